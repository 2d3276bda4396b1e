//! Backfills against a local HTTP server answering as GitHub's REST API
//! documents (the response shapes of `tests/api/`, `Link` pagination, a rate
//! limit to wait out, a page that keeps failing), on SQLite and PostgreSQL:
//! every page is read once, what it says is recorded (commits completed with
//! their stats, pull requests with their reviews and comments), progress is
//! streamed, and a backfill that stopped resumes — in a restarted server — at
//! the page it had not finished.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use secureflow_proto::secureflow::repository::v1::*;
use serde_json::{Value, json};

const ADMIN_TOKEN: &str = "sft_backfill_test_admin_0123456789";
const HOST_TOKEN: &str = "ghp_backfill_test_token_0123456789";

/// The fake host: what it was asked, and its moods.
#[derive(Default)]
struct Host {
    requests: Mutex<BTreeMap<String, usize>>,
    limited_once: AtomicBool,
    failing: AtomicBool,
    /// Pull request 1 was updated just now (an incremental backfill reads it).
    touched: AtomicBool,
    base: Mutex<String>,
    /// A GitHub App's public key (PEM): installation tokens are issued to
    /// JWTs it verifies, and then the only token accepted is the one issued.
    app_key: Mutex<Option<String>>,
}

const INSTALLATION_TOKEN: &str = "ghs_installation_token_0123456789";

/// `POST /app/installations/99/access_tokens`, as GitHub documents it.
fn issue_installation_token(host: &Host, headers: &HeaderMap) -> Response {
    let Some(public) = host.app_key.lock().expect("lock").clone() else {
        return (StatusCode::NOT_FOUND, r#"{"message": "Not Found"}"#).into_response();
    };
    let jwt = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let key = jsonwebtoken::DecodingKey::from_rsa_pem(public.as_bytes()).expect("public key");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_issuer(&["123"]);
    validation.set_required_spec_claims(&["exp", "iss"]);
    if jsonwebtoken::decode::<Value>(jwt, &key, &validation).is_err() {
        return (
            StatusCode::UNAUTHORIZED,
            r#"{"message": "A JSON web token could not be decoded"}"#,
        )
            .into_response();
    }
    let in_an_hour = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
        + 3600;
    let expires = chrono::DateTime::from_timestamp(i64::try_from(in_an_hour).expect("time"), 0)
        .expect("time");
    (
        StatusCode::CREATED,
        Json(json!({"token": INSTALLATION_TOKEN, "expires_at": expires.to_rfc3339(), "permissions": {"contents": "read"}})),
    )
        .into_response()
}

fn payload(name: &str) -> Value {
    let path = format!("{}/tests/api/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).expect("payload")).expect("JSON")
}

/// A JSON body.
struct Json(Value);

impl IntoResponse for Json {
    fn into_response(self) -> Response {
        ([("content-type", "application/json")], self.0.to_string()).into_response()
    }
}

fn sha(n: usize) -> String {
    format!("{n:040x}")
}

/// A commit as the list gives it (no stats) or as its own page does.
fn commit(n: usize, detailed: bool) -> Value {
    let mut commit = payload("github-commit");
    commit["sha"] = sha(n).into();
    commit["commit"]["message"] = format!("change {n}").into();
    if !detailed {
        let object = commit.as_object_mut().expect("object");
        object.remove("stats");
        object.remove("files");
    }
    commit
}

fn pull(number: i64) -> Value {
    let mut pull = payload("github-pulls")[0].clone();
    pull["number"] = number.into();
    pull
}

async fn answer(State(host): State<Arc<Host>>, headers: HeaderMap, request: Request) -> Response {
    let uri = request.uri().to_string();
    *host
        .requests
        .lock()
        .expect("lock")
        .entry(uri.clone())
        .or_default() += 1;
    if request.uri().path() == "/app/installations/99/access_tokens" {
        return issue_installation_token(&host, &headers);
    }
    let token = if host.app_key.lock().expect("lock").is_some() {
        INSTALLATION_TOKEN
    } else {
        HOST_TOKEN
    };
    if headers.get("authorization").and_then(|v| v.to_str().ok())
        != Some(&format!("Bearer {token}"))
    {
        return (
            StatusCode::UNAUTHORIZED,
            r#"{"message": "Bad credentials"}"#,
        )
            .into_response();
    }
    let base = host.base.lock().expect("lock").clone();
    let path = request.uri().path().trim_start_matches("/repos/acme/api");
    let page2 = uri.contains("page=2");
    let link = |next: &str| {
        [(
            "link",
            format!("<{base}{next}>; rel=\"next\", <{base}{next}>; rel=\"last\""),
        )]
    };
    let body = match path {
        "/branches" => payload("github-branches"),
        "/contributors" => payload("github-contributors"),
        // What changed since the last backfill: nothing.
        "/commits" if uri.contains("since=") => json!([]),
        "/pulls" if !page2 && host.touched.load(Ordering::SeqCst) => {
            // Newest update first: pull 1 now, then pull 2 as before, older
            // than the last backfill — the next page need not be read.
            let mut touched = pull(1);
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .expect("clock")
                .as_secs();
            let now = chrono::DateTime::from_timestamp(i64::try_from(now).expect("time"), 0)
                .expect("time");
            touched["updated_at"] = now.to_rfc3339().into();
            return (
                link("/repos/acme/api/pulls?state=all&per_page=100&page=2"),
                Json(json!([touched, pull(2)])),
            )
                .into_response();
        }
        "/commits" if !page2 => {
            return (
                link("/repos/acme/api/commits?per_page=100&page=2"),
                Json(json!([commit(1, false), commit(2, false)])),
            )
                .into_response();
        }
        "/commits" => json!([commit(3, false)]),
        "/pulls" if !page2 => {
            return (
                link("/repos/acme/api/pulls?state=all&per_page=100&page=2"),
                Json(json!([pull(1)])),
            )
                .into_response();
        }
        "/pulls" => {
            if !host.limited_once.swap(true, Ordering::SeqCst) {
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [("retry-after", "1")],
                    r#"{"message": "You have exceeded a secondary rate limit."}"#,
                )
                    .into_response();
            }
            if host.failing.load(Ordering::SeqCst) {
                return (StatusCode::BAD_GATEWAY, "upstream trouble").into_response();
            }
            json!([pull(2)])
        }
        other if other.starts_with("/commits/") => {
            let n = usize::from_str_radix(other.trim_start_matches("/commits/"), 16).expect("sha");
            commit(n, true)
        }
        other if other.ends_with("/reviews") => payload("github-reviews"),
        other if other.ends_with("/comments") => payload("github-review-comments"),
        _ => return (StatusCode::NOT_FOUND, r#"{"message": "Not Found"}"#).into_response(),
    };
    Json(body).into_response()
}

async fn fake_github(host: Arc<Host>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    *host.base.lock().expect("lock") = base.clone();
    let app = axum::Router::new().fallback(answer).with_state(host);
    tokio::spawn(async move { axum::serve(listener, app).await.expect("fake host") });
    base
}

async fn start(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_repository::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        // One key across the restart (the connection's token is sealed with it).
        .setting(
            "SECUREFLOW_SECRETS__KEYS",
            "1:AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
        )
        .start()
        .await
}

/// Registers `full_name` on the connection's host and creates `connection`.
async fn setup(server: &TestServer, full_name: &str, connection: Connection) {
    let mut client = RepositoryServiceClient::new(server.channel().await);
    client
        .create_repository(with_token(
            CreateRepositoryRequest {
                repository: Some(Repository {
                    full_name: full_name.into(),
                    provider: connection.provider,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("repository");
    client
        .create_connection(with_token(
            CreateConnectionRequest {
                connection: Some(connection),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("connection");
}

/// A token connection to `provider`'s API at `api_url`.
fn token_connection(provider: Provider, api_url: String) -> Connection {
    Connection {
        provider: provider as i32,
        api_url,
        auth: ConnectionAuth::Token as i32,
        token: HOST_TOKEN.into(),
        ..Default::default()
    }
}

/// Runs a backfill to its end; every state streamed.
async fn sync(server: &TestServer, repository: &str) -> Vec<Sync> {
    let mut stream = RepositoryServiceClient::new(server.channel().await)
        .sync_repository(with_token(
            SyncRepositoryRequest {
                repository_id: repository.into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("started")
        .into_inner();
    let mut seen = Vec::new();
    while let Some(message) = stream.message().await.expect("progress") {
        seen.push(message.sync.expect("sync"));
    }
    seen
}

fn asked(host: &Host, part: &str) -> usize {
    host.requests
        .lock()
        .expect("lock")
        .iter()
        .filter(|(uri, _)| uri.contains(part))
        .map(|(_, count)| count)
        .sum()
}

async fn a_backfill_reads_every_page_once_waits_out_limits_and_resumes(database: TestDatabase) {
    let host = Arc::new(Host::default());
    let base = fake_github(host.clone()).await;
    host.failing.store(true, Ordering::SeqCst);
    let server = start(&database).await;
    setup(
        &server,
        "acme/api",
        token_connection(Provider::Github, base),
    )
    .await;
    // The commits' author is a user of the organisation (matched by e-mail).
    let mona = people::create_user(
        server.channel().await,
        ADMIN_TOKEN,
        "mona@github.com",
        &["developer"],
    )
    .await
    .id;

    // The last page of pull requests keeps failing: the backfill stops there.
    let first = sync(&server, "acme/api").await;
    let last = first.last().expect("states");
    assert_eq!(last.state, SyncState::Failed as i32, "{last:?}");
    assert!(last.error.contains("502"), "{last:?}");
    assert!(
        first
            .iter()
            .any(|sync| sync.state == SyncState::RateLimited as i32 && sync.resume_time.is_some()),
        "the rate limit was waited out visibly: {first:?}"
    );
    assert_eq!((last.branches, last.commits, last.pull_requests), (2, 3, 1));
    server.stop().await.expect("stop");

    // Restarted, the backfill resumes at that page: nothing read twice.
    host.failing.store(false, Ordering::SeqCst);
    let server = start(&database).await;
    let second = sync(&server, "acme/api").await;
    let done = second.last().expect("states");
    assert_eq!(done.state, SyncState::Succeeded as i32, "{done:?}");
    assert_eq!(
        (
            done.branches,
            done.commits,
            done.pull_requests,
            done.reviews
        ),
        (2, 3, 2, 4),
        "{done:?}"
    );
    assert_eq!(asked(&host, "/branches"), 1);
    assert_eq!(
        asked(&host, "/commits?"),
        2,
        "two pages of commits, once each"
    );
    assert_eq!(asked(&host, &format!("/commits/{}", sha(1))), 1);
    assert_eq!(
        asked(&host, "/pulls?state=all&per_page=100&sort"),
        1,
        "the first page of pulls once"
    );
    assert_eq!(asked(&host, "/pulls/1/reviews"), 1);
    assert_eq!(asked(&host, "/pulls/2/comments"), 1);

    // What it recorded.
    let mut client = RepositoryServiceClient::new(server.channel().await);
    let commits = client
        .list_commits(with_token(
            ListCommitsRequest {
                repository_id: "acme/api".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("commits")
        .into_inner()
        .commits;
    assert_eq!(commits.len(), 3);
    assert!(
        commits.iter().all(|c| c.author_user_id == mona),
        "{commits:?}"
    );
    assert!(
        commits
            .iter()
            .all(|c| c.additions == 104 && c.files_changed == 1 && c.parent_shas.len() == 1),
        "{commits:?}"
    );
    let pull = client
        .get_pull_request(with_token(
            GetPullRequestRequest {
                repository_id: "acme/api".into(),
                number: 2,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("pull request")
        .into_inner()
        .pull_request
        .expect("pull request");
    assert_eq!(pull.author, "octocat");
    // Known by login only: matched through the address its commits linked to it.
    assert_eq!(pull.author_user_id, mona, "{pull:?}");
    let reviewer = &pull.reviews[0];
    assert_eq!(
        (
            reviewer.reviewer.as_str(),
            reviewer.state,
            reviewer.comment_count
        ),
        ("hubot", ReviewState::Approved as i32, 1)
    );
    assert_eq!(reviewer.reviewer_user_id, "", "no address linked to hubot");
    let state = client
        .get_sync(with_token(
            GetSyncRequest {
                repository_id: "acme/api".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("state")
        .into_inner()
        .sync
        .expect("sync");
    assert_eq!(state.state, SyncState::Succeeded as i32);
    assert_eq!(state.contributors, 2, "{state:?}");

    // Branch protection as the host says.
    let branches = client
        .list_branches(with_token(
            ListBranchesRequest {
                repository_id: "acme/api".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("branches")
        .into_inner()
        .branches;
    let protected: Vec<(&str, bool)> = branches
        .iter()
        .map(|branch| (branch.name.as_str(), branch.protected))
        .collect();
    assert_eq!(
        protected,
        [("feature/refunds", false), ("main", true)],
        "{branches:?}"
    );
    // Contributors, most commits first: the account is the user its
    // commits' e-mail matched; the address GitHub links to no account is kept as it is.
    assert!(commits.iter().all(|c| c.author_login == "octocat"));
    let contributors = client
        .list_contributors(with_token(
            ListContributorsRequest {
                repository_id: "acme/api".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("contributors")
        .into_inner()
        .contributors;
    let read: Vec<(&str, &str, i64, &str)> = contributors
        .iter()
        .map(|c| {
            (
                c.login.as_str(),
                c.email.as_str(),
                c.commits,
                c.user_id.as_str(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("octocat", "", 32, mona.as_str()),
            ("", "mona@users.example", 5, ""),
        ]
    );

    // Incremental: commits since the last backfill (none), pull requests
    // newest update first until one older than it — pull 1 and its reviews
    // again, pull 2 neither, the second page not at all.
    host.touched.store(true, Ordering::SeqCst);
    let pages_before = asked(&host, "page=2");
    let third = sync(&server, "acme/api").await;
    let done = third.last().expect("states");
    assert_eq!(done.state, SyncState::Succeeded as i32, "{done:?}");
    assert!(!done.full);
    assert_eq!((done.commits, done.pull_requests), (0, 1), "{done:?}");
    assert_eq!(
        asked(&host, "since="),
        1,
        "commits asked since the last one"
    );
    assert_eq!(asked(&host, "page=2"), pages_before, "no older page read");
    assert_eq!(asked(&host, "/pulls/1/reviews"), 2);
    assert_eq!(asked(&host, "/pulls/2/reviews"), 1);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_backfill_reads_every_page_once_waits_out_limits_and_resumes);

/// The fake GitLab: `X-Next-Page` pagination, `RateLimit-*` headers, `PRIVATE-TOKEN`.
async fn gitlab_answer(
    State(host): State<Arc<Host>>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let uri = request.uri().to_string();
    *host
        .requests
        .lock()
        .expect("lock")
        .entry(uri.clone())
        .or_default() += 1;
    if headers.get("private-token").and_then(|v| v.to_str().ok()) != Some(HOST_TOKEN) {
        return (
            StatusCode::UNAUTHORIZED,
            r#"{"message": "401 Unauthorized"}"#,
        )
            .into_response();
    }
    let path = request
        .uri()
        .path()
        .trim_start_matches("/api/v4/projects/platform%2Fledger");
    let next = |page: &str| [("x-next-page", page.to_owned())];
    match path {
        "/repository/branches" => Json(payload("gitlab-branches")).into_response(),
        "/repository/contributors" => Json(payload("gitlab-contributors")).into_response(),
        "/repository/commits" if !uri.contains("page=2") => {
            let mut first = payload("gitlab-commits")[0].clone();
            first["id"] = sha(1).into();
            (next("2"), Json(json!([first]))).into_response()
        }
        "/repository/commits" => {
            let mut second = payload("gitlab-commits")[0].clone();
            second["id"] = sha(2).into();
            (next(""), Json(json!([second]))).into_response()
        }
        "/merge_requests" => {
            if !host.limited_once.swap(true, Ordering::SeqCst) {
                let reset = (std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .expect("clock")
                    .as_secs()
                    + 1)
                .to_string();
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [
                        ("ratelimit-remaining", "0".to_owned()),
                        ("ratelimit-reset", reset),
                    ],
                    "Retry later",
                )
                    .into_response();
            }
            Json(payload("gitlab-merge-requests")).into_response()
        }
        "/merge_requests/1/notes" => Json(payload("gitlab-notes")).into_response(),
        _ => (StatusCode::NOT_FOUND, r#"{"message": "404 Not found"}"#).into_response(),
    }
}

async fn a_gitlab_backfill_follows_next_page_and_waits_out_its_limit(database: TestDatabase) {
    let host = Arc::new(Host::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}/api/v4", listener.local_addr().expect("address"));
    let app = axum::Router::new()
        .fallback(gitlab_answer)
        .with_state(host.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.expect("fake host") });
    let server = start(&database).await;
    setup(
        &server,
        "platform/ledger",
        token_connection(Provider::Gitlab, base),
    )
    .await;
    let mut client = RepositoryServiceClient::new(server.channel().await);
    let seen = sync(&server, "PLATFORM/ledger").await;
    let done = seen.last().expect("states");
    assert_eq!(done.state, SyncState::Succeeded as i32, "{done:?}");
    assert_eq!(
        (
            done.branches,
            done.commits,
            done.pull_requests,
            done.reviews
        ),
        (1, 2, 1, 1),
        "system notes are not comments: {done:?}"
    );
    assert_eq!(done.contributors, 2, "{done:?}");
    assert!(
        seen.iter()
            .any(|sync| sync.state == SyncState::RateLimited as i32),
        "{seen:?}"
    );
    assert_eq!(
        asked(&host, "/repository/commits?"),
        2,
        "two pages, once each"
    );
    assert!(asked(&host, "with_stats=true") == 2);
    let request = client
        .get_pull_request(with_token(
            GetPullRequestRequest {
                repository_id: "platform/ledger".into(),
                number: 1,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("merge request")
        .into_inner()
        .pull_request
        .expect("merge request");
    assert_eq!(
        (
            request.state,
            request.merged_by.as_str(),
            request.author.as_str()
        ),
        (PullRequestState::Merged as i32, "admin", "admin")
    );
    assert_eq!(request.reviews.len(), 1);
    let commits = client
        .list_commits(with_token(
            ListCommitsRequest {
                repository_id: "platform/ledger".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("commits")
        .into_inner()
        .commits;
    assert!(
        commits
            .iter()
            .all(|c| c.additions == 15 && c.deletions == 10),
        "{commits:?}"
    );
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_gitlab_backfill_follows_next_page_and_waits_out_its_limit);

/// An RSA key pair made for the test by `openssl` (private PEM, public PEM).
fn key_pair() -> (String, String) {
    let private = std::process::Command::new("openssl")
        .args(["genrsa", "2048"])
        .output()
        .expect("openssl makes a key");
    assert!(private.status.success(), "{private:?}");
    let mut public = std::process::Command::new("openssl")
        .args(["rsa", "-pubout"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("openssl");
    use std::io::Write;
    public
        .stdin
        .take()
        .expect("stdin")
        .write_all(&private.stdout)
        .expect("key in");
    let public = public.wait_with_output().expect("public key");
    (
        String::from_utf8(private.stdout).expect("PEM"),
        String::from_utf8(public.stdout).expect("PEM"),
    )
}

async fn a_github_app_backfills_with_installation_tokens(database: TestDatabase) {
    let (private, public) = key_pair();
    let host = Arc::new(Host::default());
    *host.app_key.lock().expect("lock") = Some(public);
    let base = fake_github(host.clone()).await;
    let server = start(&database).await;
    let app = Connection {
        provider: Provider::Github as i32,
        api_url: base,
        auth: ConnectionAuth::GithubApp as i32,
        app_id: "123".into(),
        installation_id: "99".into(),
        private_key: private,
        ..Default::default()
    };
    setup(&server, "acme/api", app).await;
    let done = sync(&server, "acme/api").await.pop().expect("states");
    assert_eq!(done.state, SyncState::Succeeded as i32, "{done:?}");
    assert_eq!((done.commits, done.pull_requests), (3, 2));
    assert_eq!(
        asked(&host, "/app/installations/99/access_tokens"),
        1,
        "one token for the whole backfill"
    );
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_github_app_backfills_with_installation_tokens);
