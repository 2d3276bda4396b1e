//! A backfill resumes by itself where it stopped when the real `secureflowd`
//! is killed with SIGKILL in the middle of it and started again on the same
//! data: every page written before the kill is not asked again, the page in
//! flight at most once more, and nothing is counted or recorded twice — on
//! SQLite and PostgreSQL. The host is a local server answering as GitHub's
//! REST API documents (`services/repository/tests/api/`), slowly.

use crate::common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use serde_json::{Value, json};
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_backfill_crash_admin_token_0123456789";
const HOST_TOKEN: &str = "ghp_backfill_crash_host_token_0123456789";
/// Pages of commits, and commits a page.
const PAGES: usize = 6;
const PER_PAGE: usize = 5;
/// How long the host takes to answer a page of commits.
const SLOW: Duration = Duration::from_millis(400);

fn payload(name: &str) -> Value {
    let path = format!(
        "{}/../repository/tests/api/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_slice(&std::fs::read(path).expect("payload")).expect("JSON")
}

/// Commit `n`, as the list gives it (no stats) or as its own page does.
fn commit(n: usize, detailed: bool) -> Value {
    let mut commit = payload("github-commit");
    commit["sha"] = format!("{n:040x}").into();
    if !detailed {
        let object = commit.as_object_mut().expect("object");
        object.remove("stats");
        object.remove("files");
    }
    commit
}

fn json_response(body: &Value) -> Response {
    ([("content-type", "application/json")], body.to_string()).into_response()
}

/// What the host was asked, by path and query.
type Asked = Arc<Mutex<BTreeMap<String, usize>>>;

async fn answer(State((asked, base)): State<(Asked, String)>, request: Request) -> Response {
    let uri = request.uri().to_string();
    *asked.lock().expect("lock").entry(uri.clone()).or_default() += 1;
    let authorized = request
        .headers()
        .get("authorization")
        .and_then(|value| value.to_str().ok())
        == Some(&format!("Bearer {HOST_TOKEN}"));
    if !authorized {
        return (axum::http::StatusCode::UNAUTHORIZED, "{}").into_response();
    }
    let path = request
        .uri()
        .path()
        .trim_start_matches("/repos/acme/ledger");
    let body = match path {
        "/branches" => payload("github-branches"),
        "/contributors" | "/pulls" => json!([]),
        "/commits" => {
            tokio::time::sleep(SLOW).await;
            let page: usize = request
                .uri()
                .query()
                .and_then(|query| query.split('&').find_map(|p| p.strip_prefix("page=")))
                .map_or(1, |page| page.parse().expect("page"));
            let commits: Vec<Value> = (0..PER_PAGE)
                .map(|i| commit((page - 1) * PER_PAGE + i + 1, false))
                .collect();
            let mut response = json_response(&Value::from(commits));
            if page < PAGES {
                let next = format!(
                    "<{base}/repos/acme/ledger/commits?per_page=100&page={}>; rel=\"next\"",
                    page + 1
                );
                response
                    .headers_mut()
                    .insert("link", next.parse().expect("header"));
            }
            return response;
        }
        other if other.starts_with("/commits/") => {
            let n = usize::from_str_radix(other.trim_start_matches("/commits/"), 16).expect("sha");
            commit(n, true)
        }
        _ => return (axum::http::StatusCode::NOT_FOUND, "{}").into_response(),
    };
    json_response(&body)
}

async fn fake_github(asked: Asked) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let app = axum::Router::new()
        .fallback(answer)
        .with_state((asked, base.clone()));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("fake host") });
    base
}

async fn connect(address: std::net::SocketAddr) -> RepositoryServiceClient<Channel> {
    RepositoryServiceClient::new(common::connect(address).await)
}

async fn state(client: &mut RepositoryServiceClient<Channel>) -> repository::Sync {
    client
        .get_sync(with_token(
            repository::GetSyncRequest {
                repository_id: "acme/ledger".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("sync state")
        .into_inner()
        .sync
        .unwrap_or_default()
}

fn asked_commit_pages(asked: &Asked) -> BTreeMap<String, usize> {
    asked
        .lock()
        .expect("lock")
        .iter()
        .filter(|(uri, _)| uri.contains("/commits?"))
        .map(|(uri, count)| (uri.clone(), *count))
        .collect()
}

async fn a_backfill_killed_midway_resumes_by_itself(database: TestDatabase) {
    let asked = Asked::default();
    let base = fake_github(asked.clone()).await;
    let binary = common::Binary::on(&database, ADMIN_TOKEN);
    let (mut child, address) = binary.spawn().await;
    let mut client = connect(address).await;
    client
        .create_repository(with_token(
            repository::CreateRepositoryRequest {
                repository: Some(repository::Repository {
                    full_name: "acme/ledger".into(),
                    provider: repository::Provider::Github as i32,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("repository");
    client
        .create_connection(with_token(
            repository::CreateConnectionRequest {
                connection: Some(repository::Connection {
                    provider: repository::Provider::Github as i32,
                    api_url: base,
                    auth: repository::ConnectionAuth::Token as i32,
                    token: HOST_TOKEN.into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("connection");
    let _progress = client
        .sync_repository(with_token(
            repository::SyncRepositoryRequest {
                repository_id: "acme/ledger".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("backfill started");

    // Killed once two pages of commits are written, with more to read.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let at_kill = loop {
        let now = state(&mut client).await;
        if now.commits >= i64::try_from(2 * PER_PAGE).expect("count") {
            break now;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the backfill never got going: {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    child.start_kill().expect("SIGKILL");
    child.wait().await.expect("reaped");
    let total = i64::try_from(PAGES * PER_PAGE).expect("count");
    assert_eq!(at_kill.state, repository::SyncState::Running as i32);
    assert!(at_kill.commits < total, "killed midway: {at_kill:?}");
    let pages_at_kill = asked_commit_pages(&asked);

    // Started again on the same data, it resumes by itself (no one asks).
    let (mut child, address) = binary.spawn().await;
    let mut client = connect(address).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    let done = loop {
        let now = state(&mut client).await;
        if now.state != repository::SyncState::Running as i32 {
            break now;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the backfill did not resume: {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(
        done.state,
        repository::SyncState::Succeeded as i32,
        "{done:?}"
    );
    assert_eq!(done.commits, total, "each commit counted once: {done:?}");
    assert_eq!(done.branches, 2, "{done:?}");

    // Pages written before the kill were not asked again; the one in
    // flight at most once more; every page read.
    let pages = asked_commit_pages(&asked);
    assert_eq!(pages.len(), PAGES, "every page asked: {pages:?}");
    let again: Vec<_> = pages
        .iter()
        .filter(|(uri, count)| **count > pages_at_kill.get(*uri).copied().unwrap_or(0))
        .filter(|(uri, _)| pages_at_kill.contains_key(*uri))
        .collect();
    assert!(
        again.len() <= 1,
        "pages asked again after the restart: {again:?}"
    );
    assert!(pages.values().all(|count| *count <= 2), "{pages:?}");
    let written_before = usize::try_from(at_kill.commits).expect("count") / PER_PAGE;
    for page in 1..=written_before {
        let uri = if page == 1 {
            "/repos/acme/ledger/commits?per_page=100".to_owned()
        } else {
            format!("/repos/acme/ledger/commits?per_page=100&page={page}")
        };
        assert_eq!(
            pages.get(&uri),
            Some(&1),
            "page {page} read once: {pages:?}"
        );
    }
    let branches = asked
        .lock()
        .expect("lock")
        .iter()
        .filter(|(uri, _)| uri.contains("/branches"))
        .map(|(_, count)| *count)
        .sum::<usize>();
    assert_eq!(branches, 1, "branches were written before the kill");

    // Recorded once each.
    let commits = client
        .list_commits(with_token(
            repository::ListCommitsRequest {
                repository_id: "acme/ledger".into(),
                page_size: 500,
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("commits")
        .into_inner()
        .commits;
    assert_eq!(commits.len(), PAGES * PER_PAGE);
    assert!(commits.iter().all(|commit| commit.additions == 104));
    child.start_kill().expect("stop");
    child.wait().await.expect("reaped");
    eprintln!(
        "{:?}: killed at {} commits; pages asked {pages:?}",
        database.backend, at_kill.commits
    );
    database.cleanup().await;
}

secureflow_platform::backend_tests!(a_backfill_killed_midway_resumes_by_itself);
