//! Webhook deliveries over real HTTP to an in-process `secureflowd`, as GitHub
//! and GitLab post them (the example payloads their documentation gives,
//! kept in `services/repository/tests/payloads/` with where each came from):
//! verified by signature or token, recorded once per delivery id, answered
//! with the status each host records, listed in the deliveries log, and
//! published as `repository.commits`, `repository.pull_requests` and
//! `repository.refs` — on SQLite and PostgreSQL.

use crate::common;

use std::time::Duration;

use hmac::{Hmac, KeyInit, Mac};
use secureflow_platform::events::EventLog;
use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use serde_json::Value;

const ADMIN_TOKEN: &str = "sft_webhook_test_admin_token_0123456789";
const SECRET: &str = "a-webhook-secret-of-enough-length";

const GITHUB_PUSH: &[u8] = include_bytes!("../../repository/tests/payloads/github-push.json");
const GITHUB_PULL_REQUEST: &[u8] =
    include_bytes!("../../repository/tests/payloads/github-pull-request.json");
const GITHUB_REVIEW: &[u8] =
    include_bytes!("../../repository/tests/payloads/github-pull-request-review.json");
const GITHUB_REVIEW_COMMENT: &[u8] =
    include_bytes!("../../repository/tests/payloads/github-pull-request-review-comment.json");
const GITHUB_CREATE: &[u8] = include_bytes!("../../repository/tests/payloads/github-create.json");
const GITHUB_RELEASE: &[u8] = include_bytes!("../../repository/tests/payloads/github-release.json");
const GITLAB_PUSH: &[u8] = include_bytes!("../../repository/tests/payloads/gitlab-push.json");
const GITLAB_MERGE_REQUEST: &[u8] =
    include_bytes!("../../repository/tests/payloads/gitlab-merge-request.json");
const GITLAB_NOTE: &[u8] =
    include_bytes!("../../repository/tests/payloads/gitlab-note-merge-request.json");
const GITLAB_RELEASE: &[u8] = include_bytes!("../../repository/tests/payloads/gitlab-release.json");

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

fn github_signature(body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).expect("key");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Registers `full_name` on `provider` with a webhook whose secret is
/// [`SECRET`]; (repository id, webhook id, delivery path).
async fn webhook(
    server: &TestServer,
    full_name: &str,
    provider: repository::Provider,
) -> (String, String, String) {
    common::repository::with_webhook(
        server.channel().await,
        ADMIN_TOKEN,
        full_name,
        provider,
        SECRET,
    )
    .await
}

/// Posts a GitHub delivery; (status, JSON answer).
async fn github(
    server: &TestServer,
    path: &str,
    event: &str,
    delivery: &str,
    signature: Option<&str>,
    body: Vec<u8>,
) -> (u16, Value) {
    let mut request = http()
        .post(format!("http://{}{path}", server.address))
        .header("content-type", "application/json")
        .header("x-github-event", event)
        .header("x-github-delivery", delivery)
        .body(body);
    if let Some(signature) = signature {
        request = request.header("x-hub-signature-256", signature);
    }
    answer(request).await
}

/// Posts a GitLab delivery; (status, JSON answer).
async fn gitlab(
    server: &TestServer,
    path: &str,
    event: &str,
    uuid: Option<&str>,
    token: &str,
    body: &[u8],
) -> (u16, Value) {
    let mut request = http()
        .post(format!("http://{}{path}", server.address))
        .header("content-type", "application/json")
        .header("x-gitlab-event", event)
        .header("x-gitlab-token", token)
        .body(body.to_vec());
    if let Some(uuid) = uuid {
        request = request.header("x-gitlab-event-uuid", uuid);
    }
    answer(request).await
}

async fn answer(request: reqwest::RequestBuilder) -> (u16, Value) {
    let response = request.send().await.expect("delivered");
    let status = response.status().as_u16();
    let text = response.text().await.expect("answer");
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// The repository service's events in the log: (topic, summary).
async fn published(server: &TestServer) -> Vec<(String, String)> {
    let log = EventLog::new(server.database().await, Duration::from_millis(50), 100);
    log.read_after(0, 10_000)
        .await
        .expect("the log")
        .into_iter()
        .filter_map(|event| {
            let summary = match event.envelope.data? {
                Data::RepositoryCommits(push) => format!(
                    "{} {} [{}]",
                    push.branch,
                    push.delivery_id,
                    push.commits
                        .iter()
                        .map(|commit| format!("{}:{}", &commit.sha[..7], commit.author_user_id))
                        .collect::<Vec<_>>()
                        .join(",")
                ),
                Data::PullRequestChanged(change) => format!(
                    "#{} {} {} {}{}",
                    change.number,
                    change.action,
                    change.state,
                    change.reviewer,
                    if change.author_user_id.is_empty() {
                        String::new()
                    } else {
                        format!(" (author {})", change.author_user_id)
                    }
                ),
                Data::RepositoryRefChanged(change) => {
                    format!("{} {} {}", change.kind, change.name, change.change)
                }
                _ => return None,
            };
            Some((event.envelope.event_type, summary))
        })
        .collect()
}

async fn count(server: &TestServer, table: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n FROM {table}"
        )))
        .fetch_one(server.database().await.pool())
        .await
        .expect("count"),
        "n",
    )
}

/// A user of the organisation whose e-mail is the pushed commits' author's.
async fn ada(server: &TestServer) -> String {
    user(server, "Ada@Acme.example").await
}

/// A user of the organisation with `email`.
async fn user(server: &TestServer, email: &str) -> String {
    let channel = server.channel().await;
    people::create_user(channel, ADMIN_TOKEN, email, &["developer"])
        .await
        .id
}

async fn github_deliveries_are_verified_recorded_once_and_published(database: TestDatabase) {
    let server = common::start(&database, ADMIN_TOKEN, &["identity", "repository"], &[]).await;
    let ada = ada(&server).await;
    let (repository_id, webhook_id, path) =
        webhook(&server, "acme/payments-api", repository::Provider::Github).await;
    assert_eq!(path, format!("/webhooks/github/{webhook_id}"));
    let signed = |body: &[u8]| Some(github_signature(body));

    // Refused without leaving anything: a wrong, a missing and a stale signature.
    let mut tampered = GITHUB_PUSH.to_vec();
    tampered[20] ^= 1;
    for (signature, body, why) in [
        (
            Some("sha256=00".to_owned()),
            GITHUB_PUSH.to_vec(),
            "does not match",
        ),
        (None, GITHUB_PUSH.to_vec(), "is missing"),
        (signed(GITHUB_PUSH), tampered, "does not match"),
    ] {
        let (status, answer) = github(
            &server,
            &path,
            "push",
            "d-refused",
            signature.as_deref(),
            body,
        )
        .await;
        assert_eq!(status, 401, "{answer}");
        assert!(
            answer["message"].as_str().unwrap_or_default().contains(why),
            "{answer}"
        );
    }
    assert_eq!(count(&server, "repository_deliveries").await, 0);
    assert_eq!(count(&server, "repository_commits").await, 0);

    // Recorded once: the redelivery changes nothing.
    let sig = signed(GITHUB_PUSH);
    let (status, first) = github(
        &server,
        &path,
        "push",
        "d-push",
        sig.as_deref(),
        GITHUB_PUSH.to_vec(),
    )
    .await;
    assert_eq!(
        (status, first["outcome"].as_str()),
        (200, Some("recorded")),
        "{first}"
    );
    assert_eq!(first["commitsRecorded"], 2);
    let (status, again) = github(
        &server,
        &path,
        "push",
        "d-push",
        sig.as_deref(),
        GITHUB_PUSH.to_vec(),
    )
    .await;
    assert_eq!(
        (status, again["duplicate"].as_bool()),
        (200, Some(true)),
        "{again}"
    );
    assert_eq!(count(&server, "repository_commits").await, 2);

    // Malformed JSON (signed, so it is the host's): 400 naming where.
    let broken = br#"{"ref": "refs/heads/main", "before": }"#.to_vec();
    let (status, answer) = github(
        &server,
        &path,
        "push",
        "d-broken",
        signed(&broken).as_deref(),
        broken,
    )
    .await;
    assert_eq!(status, 400, "{answer}");
    let message = answer["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("body") && message.contains("line 1 column"),
        "{answer}"
    );

    // Larger than GitHub ever sends: 413 before anything is read.
    let huge = vec![b' '; 25 * 1024 * 1024 + 1];
    let (status, _) = github(&server, &path, "push", "d-huge", Some("sha256=00"), huge).await;
    assert_eq!(status, 413);

    // Another host's path, or no such webhook: 404.
    let (status, _) = gitlab(
        &server,
        &path.replace("github", "gitlab"),
        "Push Hook",
        None,
        SECRET,
        GITLAB_PUSH,
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = github(
        &server,
        "/webhooks/github/no-such-webhook",
        "push",
        "d-x",
        sig.as_deref(),
        GITHUB_PUSH.to_vec(),
    )
    .await;
    assert_eq!(status, 404);

    // An event not recorded and the ping, acknowledged; then a pull request,
    // a review, a review comment, a branch created and a release, recorded.
    let watch: &[u8] = br#"{"action": "started"}"#;
    let ping: &[u8] = br#"{"zen": "Keep it logically awesome.", "hook_id": 1}"#;
    for (event, delivery, body, status, outcome) in [
        ("watch", "d-watch", watch, 202, "ignored"),
        ("ping", "d-ping", ping, 200, "ping"),
        ("pull_request", "d-pr", GITHUB_PULL_REQUEST, 200, "recorded"),
        (
            "pull_request_review",
            "d-review",
            GITHUB_REVIEW,
            200,
            "recorded",
        ),
        (
            "pull_request_review_comment",
            "d-comment",
            GITHUB_REVIEW_COMMENT,
            200,
            "recorded",
        ),
        ("create", "d-create", GITHUB_CREATE, 200, "recorded"),
        ("release", "d-release", GITHUB_RELEASE, 200, "recorded"),
    ] {
        let signature = signed(body);
        let answer = github(
            &server,
            &path,
            event,
            delivery,
            signature.as_deref(),
            body.to_vec(),
        )
        .await;
        assert_eq!(
            (answer.0, answer.1["outcome"].as_str()),
            (status, Some(outcome)),
            "{event}: {}",
            answer.1
        );
    }

    let events = published(&server).await;
    let commits: Vec<&(String, String)> = events
        .iter()
        .filter(|(topic, _)| topic == "repository.commits")
        .collect();
    assert_eq!(
        commits.len(),
        1,
        "one repository.commits per push: {events:?}"
    );
    assert!(commits[0].1.starts_with("main d-push ["), "{commits:?}");
    assert!(
        commits[0].1.contains(&format!(":{ada}")),
        "authors matched by e-mail: {commits:?}"
    );
    let requests: Vec<&str> = events
        .iter()
        .filter(|(topic, _)| topic == "repository.pull_requests")
        .map(|(_, summary)| summary.as_str())
        .collect();
    assert_eq!(requests.len(), 3, "{requests:?}");
    assert!(requests[0].starts_with("#42 merged merged"), "{requests:?}");
    assert!(requests[1].contains(" reviewed "), "{requests:?}");
    assert!(requests[2].contains(" commented "), "{requests:?}");
    let refs: Vec<&str> = events
        .iter()
        .filter(|(topic, _)| topic == "repository.refs")
        .map(|(_, summary)| summary.as_str())
        .collect();
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert!(refs[1].starts_with("release "), "{refs:?}");

    // What was recorded, read back through REST.
    let base = format!(
        "http://{}/api/v1/repositories/{repository_id}",
        server.address
    );
    let read = |path: String| {
        let url = format!("{base}/{path}");
        async move {
            let response = http()
                .get(url)
                .bearer_auth(ADMIN_TOKEN)
                .send()
                .await
                .expect("read");
            assert_eq!(response.status(), 200, "{path}");
            response.json::<Value>().await.expect("JSON")
        }
    };
    let branches = read("branches".into()).await;
    assert_eq!(branches["branches"][0]["name"], "main", "{branches}");
    let commits = read("commits?branch=main".into()).await;
    let listed = commits["commits"].as_array().expect("commits");
    assert_eq!(listed.len(), 2, "{commits}");
    assert_eq!(listed[0]["authorUserId"], ada.as_str(), "{commits}");
    let sha = listed[1]["sha"].as_str().expect("sha").to_owned();
    let one = read(format!("commits/{sha}")).await;
    assert_eq!(one["commit"]["sha"], sha.as_str());
    let merged = read("pull-requests/42".into()).await;
    let request = &merged["pullRequest"];
    assert_eq!(request["state"], "PULL_REQUEST_STATE_MERGED", "{merged}");
    assert!(
        request["mergeTime"].is_string() && request["firstReviewTime"].is_string(),
        "{merged}"
    );
    let reviews = request["reviews"].as_array().expect("reviews");
    assert_eq!(reviews.len(), 1, "one reviewer: {merged}");
    assert_eq!(
        (
            reviews[0]["reviewer"].as_str(),
            reviews[0]["commentCount"].as_i64()
        ),
        (Some("grace"), Some(1)),
        "{merged}"
    );
    let open = read("pull-requests?state=PULL_REQUEST_STATE_OPEN".into()).await;
    assert!(
        open["pullRequests"].as_array().is_none_or(Vec::is_empty),
        "{open}"
    );

    // The deliveries log, newest first, through REST.
    let log: Value = http()
        .get(format!(
            "http://{}/api/v1/repositories/{repository_id}/webhooks/{webhook_id}/deliveries",
            server.address
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("deliveries")
        .json()
        .await
        .expect("JSON");
    let listed: Vec<(&str, &str)> = log["deliveries"]
        .as_array()
        .expect("deliveries")
        .iter()
        .map(|d| {
            (
                d["deliveryId"].as_str().unwrap_or_default(),
                d["outcome"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(listed.len(), 8, "{log}");
    assert!(
        listed.contains(&("d-push", "recorded")) && listed.contains(&("d-watch", "ignored")),
        "{log}"
    );
    assert_eq!(
        listed.last(),
        Some(&("d-push", "recorded")),
        "oldest last: {log}"
    );
    server.finish(database).await;
}

/// A GitLab delivery and what it must answer: (event, event UUID, token,
/// body, status, answer field, its value).
type GitLabCase = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static [u8],
    u16,
    &'static str,
    Value,
);

async fn gitlab_deliveries_are_verified_by_token_and_recorded_once(database: TestDatabase) {
    let server = common::start(&database, ADMIN_TOKEN, &["identity", "repository"], &[]).await;
    let grace = user(&server, "grace@acme.example").await;
    let (_, _, path) = webhook(
        &server,
        "platform/payments/ledger",
        repository::Provider::Gitlab,
    )
    .await;
    // (event, event UUID, token, body, status, answer field, its value). Without
    // an event UUID (older GitLab), the same body is the same delivery.
    let deliveries: [GitLabCase; 8] = [
        (
            "Push Hook",
            Some("u-1"),
            "not the token",
            GITLAB_PUSH,
            401,
            "status",
            "UNAUTHENTICATED".into(),
        ),
        (
            "Push Hook",
            Some("u-1"),
            SECRET,
            GITLAB_PUSH,
            200,
            "commitsRecorded",
            2.into(),
        ),
        (
            "Merge Request Hook",
            None,
            SECRET,
            GITLAB_MERGE_REQUEST,
            200,
            "outcome",
            "recorded".into(),
        ),
        (
            "Merge Request Hook",
            None,
            SECRET,
            GITLAB_MERGE_REQUEST,
            200,
            "duplicate",
            true.into(),
        ),
        (
            "Note Hook",
            Some("u-3"),
            SECRET,
            GITLAB_NOTE,
            200,
            "outcome",
            "recorded".into(),
        ),
        (
            "Release Hook",
            Some("u-4"),
            SECRET,
            GITLAB_RELEASE,
            200,
            "outcome",
            "recorded".into(),
        ),
        (
            "Issue Hook",
            Some("u-5"),
            SECRET,
            b"{}",
            202,
            "outcome",
            "ignored".into(),
        ),
        (
            "Push Hook",
            Some("u-6"),
            SECRET,
            b"{\"ref\": ",
            400,
            "status",
            "INVALID_ARGUMENT".into(),
        ),
    ];
    for (event, uuid, token, body, status, field, value) in deliveries {
        let answer = gitlab(&server, &path, event, uuid, token, body).await;
        assert_eq!(
            (answer.0, &answer.1[field]),
            (status, &value),
            "{event}: {}",
            answer.1
        );
    }
    let summaries: Vec<String> = published(&server)
        .await
        .into_iter()
        .map(|(topic, summary)| format!("{topic}: {summary}"))
        .collect();
    assert_eq!(
        summaries,
        [
            format!(
                "repository.commits: feature/ledger-export u-1 [b6568db:{grace},da15608:{grace}]"
            ),
            "repository.refs: branch feature/ledger-export created".to_owned(),
            format!("repository.pull_requests: #7 opened open  (author {grace})"),
            format!("repository.pull_requests: #7 commented open ada (author {grace})"),
            "repository.refs: release v2.1.0 published".to_owned(),
        ]
    );
    // The merge request names its author by username only; the push linked
    // that username (the pusher's) to Grace's address.
    let request = RepositoryServiceClient::new(server.channel().await)
        .get_pull_request(with_token(
            repository::GetPullRequestRequest {
                repository_id: "platform/payments/ledger".into(),
                number: 7,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("merge request")
        .into_inner()
        .pull_request
        .expect("merge request");
    assert_eq!(
        (request.author.as_str(), request.author_user_id.as_str()),
        ("grace", grace.as_str())
    );
    assert_eq!(
        request
            .reviews
            .iter()
            .map(|review| (review.reviewer.as_str(), review.reviewer_user_id.as_str()))
            .collect::<Vec<_>>(),
        [("ada", "")],
        "no address linked to ada's username"
    );
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    github_deliveries_are_verified_recorded_once_and_published,
    gitlab_deliveries_are_verified_by_token_and_recorded_once,
);
