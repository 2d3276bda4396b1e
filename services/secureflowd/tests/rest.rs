//! REST/JSON transcoded from the contracts' HTTP rules, over real HTTP to an
//! in-process `secureflowd`: a report uploaded as the body of
//! `POST /api/v1/security/scans`, listings with query parameters, a server
//! stream as Server-Sent Events and NDJSON, and errors as JSON with their HTTP status.

use crate::common;

use secureflow_platform::testkit::{TestDatabase, TestServer};
use serde_json::{Value, json};

const ADMIN_TOKEN: &str = "sft_rest_test_admin_token_0123456789";

async fn start(database: &TestDatabase) -> TestServer {
    start_with(database, &[]).await
}

async fn start_with(database: &TestDatabase, settings: &[(&str, &str)]) -> TestServer {
    let settings: Vec<(&str, String)> = settings
        .iter()
        .map(|(key, value)| (*key, (*value).to_owned()))
        .collect();
    common::start(database, ADMIN_TOKEN, &[], &settings).await
}

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

fn sarif(results: usize) -> String {
    let results: Vec<Value> = (0..results)
        .map(|i| {
            json!({"ruleId": format!("rule-{i}"), "level": "error", "message": {"text": format!("problem {i}")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app.py"}, "region": {"startLine": i + 1}}}]})
        })
        .collect();
    json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": results}]}).to_string()
}

#[tokio::test]
async fn reports_upload_and_vulnerabilities_list_over_rest() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let base = format!("http://{}", server.address);
    let client = http();

    let created: Value = client
        .post(format!(
            "{base}/api/v1/security/scans?scope.repository_id=repo-rest&scope.branch=main&scope.commit_sha=abc"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .header("content-type", "application/sarif+json")
        .body(sarif(3))
        .send()
        .await
        .expect("upload")
        .json()
        .await
        .expect("JSON reply");
    let scan = &created["scan"];
    assert_eq!(scan["format"], "sarif", "{created}");
    assert_eq!(
        scan["summary"]["findingsParsed"], "3",
        "int64 as a JSON string: {created}"
    );
    assert_eq!(scan["summary"]["new"], "3");
    assert_eq!(scan["scope"]["repositoryId"], "repo-rest");
    let scan_id = scan["id"].as_str().expect("id").to_owned();

    let listed: Value = client
        .get(format!(
            "{base}/api/v1/security/vulnerabilities?repository_id=repo-rest&severities=SEVERITY_HIGH&pageSize=2"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("list")
        .json()
        .await
        .expect("JSON");
    assert_eq!(listed["totalSize"], "3", "{listed}");
    assert_eq!(listed["vulnerabilities"].as_array().map(Vec::len), Some(2));
    assert!(
        !listed["nextPageToken"]
            .as_str()
            .unwrap_or_default()
            .is_empty()
    );
    let id = listed["vulnerabilities"][0]["id"]
        .as_str()
        .expect("id")
        .to_owned();

    let triaged = client
        .put(format!(
            "{base}/api/v1/security/vulnerabilities/{id}/status"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .json(&json!({"status": "VULNERABILITY_STATUS_FALSE_POSITIVE"}))
        .send()
        .await
        .expect("triage");
    assert_eq!(
        triaged.status(),
        400,
        "a false positive needs a justification"
    );
    let error: Value = triaged.json().await.expect("JSON error");
    assert_eq!(error["status"], "INVALID_ARGUMENT", "{error}");
    assert!(
        error["details"]
            .as_array()
            .is_some_and(|d| d.iter().any(|d| d["@type"]
                .as_str()
                .is_some_and(|t| t.ends_with("BadRequest")))),
        "{error}"
    );

    // A server stream as Server-Sent Events, then as NDJSON.
    let events = client
        .get(format!("{base}/api/v1/security/scans/{scan_id}/watch"))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("watch");
    assert_eq!(
        events.headers()["content-type"].to_str().expect("type"),
        "text/event-stream"
    );
    let text = events.text().await.expect("events");
    let data: Value = serde_json::from_str(
        text.strip_prefix("data: ")
            .and_then(|rest| rest.lines().next())
            .expect("one data event"),
    )
    .expect("event JSON");
    assert_eq!(data["progress"]["phase"], "SCAN_PHASE_COMPLETED", "{text}");
    let lines = client
        .get(format!("{base}/api/v1/security/scans/{scan_id}/watch"))
        .bearer_auth(ADMIN_TOKEN)
        .header("accept", "application/x-ndjson")
        .send()
        .await
        .expect("watch")
        .text()
        .await
        .expect("lines");
    assert_eq!(lines.lines().count(), 1, "{lines}");

    // The live event stream as Server-Sent Events: it never ends by itself,
    // so only its first event (the backlog's) is read.
    let mut live = client
        .get(format!(
            "{base}/api/v1/analytics/events?event_types=scan.completed&backlog=1"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("events");
    assert_eq!(live.status(), 200);
    let mut first = String::new();
    while !first.contains("\n\n") {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(10), live.chunk())
            .await
            .expect("an event in time")
            .expect("read")
            .expect("the stream goes on");
        first.push_str(std::str::from_utf8(&chunk).expect("text"));
    }
    let event: Value = serde_json::from_str(
        first
            .strip_prefix("data: ")
            .and_then(|rest| rest.lines().next())
            .expect("a data event"),
    )
    .expect("event JSON");
    assert_eq!(event["event"]["eventType"], "scan.completed", "{first}");
    assert_eq!(event["event"]["aggregateId"], scan_id, "{first}");
    drop(live);

    // A report is created as JSON and downloaded as the file itself.
    let report: Value = client
        .post(format!("{base}/api/v1/security/reports"))
        .bearer_auth(ADMIN_TOKEN)
        .json(&json!({"kind": "REPORT_KIND_FINDINGS", "format": "REPORT_FORMAT_CSV"}))
        .send()
        .await
        .expect("create report")
        .json()
        .await
        .expect("JSON reply");
    assert_eq!(
        report["report"]["status"], "REPORT_STATUS_READY",
        "{report}"
    );
    let report_id = report["report"]["id"].as_str().expect("id");
    let file = client
        .get(format!(
            "{base}/api/v1/security/reports/{report_id}/content"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("download");
    assert_eq!(file.status(), 200);
    assert_eq!(
        file.headers()["content-type"].to_str().expect("type"),
        "text/csv; charset=utf-8"
    );
    let csv = file.text().await.expect("CSV");
    assert!(csv.starts_with("id,repository_id,branch,severity"), "{csv}");
    assert_eq!(csv.lines().count(), 4, "a header and three findings: {csv}");

    server.stop().await.expect("stop");
}

#[tokio::test]
async fn repositories_over_rest_by_id_or_full_name() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let base = format!("http://{}", server.address);
    let client = http();
    let created = client
        .post(format!("{base}/api/v1/repositories"))
        .bearer_auth(ADMIN_TOKEN)
        .json(&json!({"fullName": "Acme/Payments-API", "criticality": "CRITICALITY_HIGH"}))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), 200);
    let created: Value = created.json().await.expect("JSON reply");
    let id = created["repository"]["id"].as_str().expect("id").to_owned();
    // A full name in the path, its slash written %2F, in any case.
    let found: Value = client
        .get(format!("{base}/api/v1/repositories/acme%2Fpayments-api"))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("JSON reply");
    assert_eq!(found["repository"]["id"], id.as_str(), "{found}");
    let bad = client
        .post(format!("{base}/api/v1/repositories"))
        .bearer_auth(ADMIN_TOKEN)
        .json(&json!({"fullName": "no-owner"}))
        .send()
        .await
        .expect("create");
    assert_eq!(bad.status(), 400);
    let bad: Value = bad.json().await.expect("JSON error");
    assert!(bad.to_string().contains("repository.full_name"), "{bad}");
    let deleted = client
        .delete(format!("{base}/api/v1/repositories/{id}"))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("delete");
    assert_eq!(deleted.status(), 200);
    let undelete = || {
        client
            .post(format!("{base}/api/v1/repositories/{id}/undelete"))
            .bearer_auth(ADMIN_TOKEN)
            .json(&json!({}))
            .send()
    };
    assert_eq!(undelete().await.expect("undelete").status(), 200);
    let again = undelete().await.expect("undelete");
    assert_eq!(again.status(), 400, "FAILED_PRECONDITION is HTTP 400");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn rest_errors_carry_the_grpc_status_as_http() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let base = format!("http://{}", server.address);
    let client = http();
    let cases = [
        // (method, path, token, body, expected HTTP status, expected gRPC status name)
        (
            "GET",
            "/api/v1/security/vulnerabilities",
            None,
            None,
            401,
            "UNAUTHENTICATED",
        ),
        (
            "GET",
            "/api/v1/security/vulnerabilities/nope",
            Some(ADMIN_TOKEN),
            None,
            404,
            "NOT_FOUND",
        ),
        (
            "GET",
            "/api/v1/security/vulnerabilities?page_size=x",
            Some(ADMIN_TOKEN),
            None,
            400,
            "INVALID_ARGUMENT",
        ),
        (
            "GET",
            "/api/v1/security/vulnerabilities?unknown=1",
            Some(ADMIN_TOKEN),
            None,
            400,
            "INVALID_ARGUMENT",
        ),
        (
            "POST",
            "/api/v1/security/scans?scope.repository_id=r&scope.branch=main",
            Some(ADMIN_TOKEN),
            Some("{\"runs\": [tru"),
            400,
            "INVALID_ARGUMENT",
        ),
        (
            "PUT",
            "/api/v1/security/vulnerabilities/x/status",
            Some(ADMIN_TOKEN),
            Some("not json"),
            400,
            "INVALID_ARGUMENT",
        ),
        (
            "GET",
            "/api/v1/tests/suites",
            Some(ADMIN_TOKEN),
            None,
            501,
            "UNIMPLEMENTED",
        ),
    ];
    for (method, path, token, body, status, name) in cases {
        let mut request = client.request(method.parse().expect("method"), format!("{base}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.body(body.to_owned());
        }
        let response = request.send().await.expect("response");
        assert_eq!(response.status().as_u16(), status, "{method} {path}");
        let error: Value = response.json().await.expect("JSON error body");
        assert_eq!(error["status"], name, "{method} {path}: {error}");
        assert!(!error["message"].as_str().unwrap_or_default().is_empty());
    }
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn correlation_ids_are_kept_or_created_and_returned() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let base = format!("http://{}", server.address);
    let client = http();
    let given = client
        .get(format!("{base}/api/v1/security/scans"))
        .bearer_auth(ADMIN_TOKEN)
        .header("x-correlation-id", "ci-run-42")
        .send()
        .await
        .expect("response");
    assert_eq!(given.headers()["x-correlation-id"], "ci-run-42");
    let created = client
        .get(format!("{base}/api/v1/security/scans"))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("response");
    let id = created.headers()["x-correlation-id"]
        .to_str()
        .expect("id")
        .to_owned();
    assert_eq!(id.len(), 36, "a new UUID: {id}");
    let refused = client
        .get(format!("{base}/api/v1/security/scans"))
        .header("x-correlation-id", "x".repeat(200))
        .send()
        .await
        .expect("response");
    assert_eq!(refused.status(), 401);
    assert_ne!(
        refused.headers()["x-correlation-id"]
            .to_str()
            .expect("id")
            .len(),
        200,
        "an over-long id is replaced"
    );
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn http_callers_are_rate_limited_per_credential_and_bodies_are_bounded() {
    let database = TestDatabase::sqlite();
    let server = start_with(
        &database,
        &[
            ("SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE", "3"),
            ("SECUREFLOW_GATEWAY__MAX_BODY_BYTES", "2000"),
        ],
    )
    .await;
    let base = format!("http://{}", server.address);
    let client = http();
    let list = |token: &str| {
        client
            .get(format!("{base}/api/v1/security/scans"))
            .bearer_auth(token.to_owned())
            .send()
    };
    for _ in 0..3 {
        assert_eq!(list(ADMIN_TOKEN).await.expect("response").status(), 200);
    }
    let limited = list(ADMIN_TOKEN).await.expect("response");
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    let error: Value = limited.json().await.expect("JSON");
    assert_eq!(error["status"], "RESOURCE_EXHAUSTED", "{error}");
    // The same caller over grpc-web gets the gRPC status its clients read
    // (an HTTP 429 reaches them as UNAVAILABLE), with the same retry-after.
    let limited = client
        .post(format!(
            "{base}/secureflow.security.v1.SecurityService/ListScans"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .header("content-type", "application/grpc-web+proto")
        .header("x-grpc-web", "1")
        .body(vec![0_u8; 5])
        .send()
        .await
        .expect("response");
    assert_eq!(limited.status(), 200);
    let header = |name: &str| {
        limited
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("grpc-status"), "8", "RESOURCE_EXHAUSTED");
    assert!(
        header("grpc-message").contains("rate%20limit"),
        "{}",
        header("grpc-message")
    );
    assert_eq!(header("content-type"), "application/grpc-web+proto");
    assert!(!header("retry-after").is_empty());
    // Another credential has its own budget (refused for being unknown, not for the rate).
    assert_eq!(
        list("sft_someone_else_entirely_000000")
            .await
            .expect("response")
            .status(),
        401
    );
    // The web UI's page and assets are static: never limited (a page load
    // fetches many without a credential).
    for _ in 0..6 {
        let page = client
            .get(format!("{base}/vulnerabilities"))
            .header("accept", "text/html")
            .send()
            .await
            .expect("response");
        assert_eq!(page.status(), 200, "the UI's page is not rate limited");
    }
    // Native gRPC is not limited by the edge.
    let mut health = tonic_health::pb::health_client::HealthClient::new(server.channel().await);
    for _ in 0..5 {
        health
            .check(tonic_health::pb::HealthCheckRequest::default())
            .await
            .expect("gRPC is not rate limited");
    }
    let server2 = start_with(
        &TestDatabase::sqlite(),
        &[("SECUREFLOW_GATEWAY__MAX_BODY_BYTES", "2000")],
    )
    .await;
    let too_big = client
        .post(format!(
            "http://{}/api/v1/security/scans?scope.repository_id=r&scope.branch=main",
            server2.address
        ))
        .bearer_auth(ADMIN_TOKEN)
        .body(sarif(40))
        .send()
        .await
        .expect("response");
    assert_eq!(too_big.status(), 413);
    let error: Value = too_big.json().await.expect("JSON");
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("gateway.max_body_bytes"),
        "{error}"
    );
    server2.stop().await.expect("stop");
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn cors_allows_the_configured_origins_only() {
    let database = TestDatabase::sqlite();
    let server = start_with(
        &database,
        &[(
            "SECUREFLOW_GATEWAY__CORS_ORIGINS",
            "https://app.example.com",
        )],
    )
    .await;
    let base = format!("http://{}", server.address);
    let client = http();
    let preflight = |origin: &str| {
        client
            .request(
                reqwest::Method::OPTIONS,
                format!("{base}/api/v1/security/scans"),
            )
            .header("origin", origin.to_owned())
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "authorization,content-type",
            )
            .send()
    };
    let allowed = preflight("https://app.example.com")
        .await
        .expect("preflight");
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "https://app.example.com"
    );
    let other = preflight("https://evil.example.net")
        .await
        .expect("preflight");
    assert!(!other.headers().contains_key("access-control-allow-origin"));
    let simple = client
        .get(format!("{base}/api/v1/security/scans"))
        .header("origin", "https://app.example.com")
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("response");
    assert_eq!(
        simple.headers()["access-control-allow-origin"],
        "https://app.example.com"
    );
    assert!(
        simple.headers()["access-control-expose-headers"]
            .to_str()
            .expect("list")
            .contains("x-correlation-id")
    );
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn two_gateways_share_one_rate_limit_through_redis() {
    let redis = "127.0.0.1:6379";
    if tokio::net::TcpStream::connect(redis).await.is_err() {
        assert!(
            !secureflow_platform::testkit::in_ci(),
            "Redis is required under CI at {redis}"
        );
        eprintln!("skipping: no Redis at {redis}");
        return;
    }
    // A credential of this run only: counters of earlier runs cannot interfere.
    let token = format!("sft_redis_{}", uuid::Uuid::now_v7().simple());
    // Two gateways of one deployment: one database, one Redis, one secrets key.
    let settings = [
        ("SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE", "3".to_owned()),
        (
            "SECUREFLOW_GATEWAY__RATE_LIMIT_REDIS_URL",
            format!("redis://{redis}"),
        ),
        ("SECUREFLOW_SECRETS__KEYS", common::shared_secrets_keys()),
    ];
    let database = TestDatabase::sqlite();
    let first = common::start(&database, &token, &[], &settings).await;
    let second = common::start(&database, &token, &[], &settings).await;
    let client = http();
    let call = |server: &TestServer| {
        client
            .get(format!("http://{}/api/v1/security/scans", server.address))
            .bearer_auth(token.clone())
            .send()
    };
    let minute = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_secs()
            / 60
    };
    let started = minute();
    assert_eq!(call(&first).await.expect("1").status(), 200);
    assert_eq!(call(&second).await.expect("2").status(), 200);
    assert_eq!(call(&first).await.expect("3").status(), 200);
    let limited = call(&second).await.expect("4");
    // The budget is per minute: only a run that crossed a minute boundary may pass here.
    if minute() == started || limited.status() != 200 {
        assert_eq!(
            limited.status(),
            429,
            "the fourth call overall, on the other gateway"
        );
        assert!(limited.headers().contains_key("retry-after"));
    }
    first.stop().await.expect("stop");
    second.stop().await.expect("stop");
}

#[tokio::test]
async fn rate_limits_key_on_the_verified_caller_not_on_how_the_header_is_spelt() {
    let database = TestDatabase::sqlite();
    let server = start_with(
        &database,
        &[("SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE", "3")],
    )
    .await;
    let base = format!("http://{}", server.address);
    let client = http();
    let list = |authorization: String| {
        client
            .get(format!("{base}/api/v1/security/scans"))
            .header("authorization", authorization)
            .send()
    };
    for spelling in [
        format!("Bearer {ADMIN_TOKEN}"),
        format!("Bearer  {ADMIN_TOKEN}"),
        format!("bearer {ADMIN_TOKEN}"),
    ] {
        assert_eq!(list(spelling).await.expect("response").status(), 200);
    }
    let limited = list(format!("BEARER {ADMIN_TOKEN}"))
        .await
        .expect("response");
    assert_eq!(limited.status(), 429, "one caller, one bucket");

    // Credentials that do not verify count against the address: guessing is throttled.
    let mut statuses = Vec::new();
    for attempt in 0..4 {
        let response = list(format!("Bearer sft_guess_number_{attempt:020}"))
            .await
            .expect("response");
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 429]);
    server.stop().await.expect("stop");
}

#[tokio::test]
async fn unknown_paths_answer_like_http_and_the_root_points_to_the_api() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let base = format!("http://{}", server.address);
    let client = http();
    let missing = client
        .get(format!("{base}/no/such/page"))
        .send()
        .await
        .expect("response");
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.headers()["content-type"], "application/json");
    assert!(!missing.headers().contains_key("grpc-status"));
    let error: Value = missing.json().await.expect("JSON");
    assert_eq!(error["status"], "NOT_FOUND", "{error}");
    assert!(
        error["message"]
            .as_str()
            .unwrap_or_default()
            .contains("/openapi.json"),
        "{error}"
    );
    let index: Value = client
        .get(format!("{base}/"))
        .send()
        .await
        .expect("response")
        .json()
        .await
        .expect("JSON");
    assert_eq!(index["openapi"], "/openapi.json", "{index}");
    // gRPC callers of an unknown method still get a gRPC answer.
    let mut grpc = tonic::client::Grpc::new(server.channel().await);
    grpc.ready().await.expect("ready");
    let unknown = grpc
        .unary::<(), (), _>(
            tonic::Request::new(()),
            "/secureflow.nothing.v1.Nothing/Call".parse().expect("path"),
            tonic_prost::ProstCodec::default(),
        )
        .await
        .expect_err("no such method");
    assert_eq!(unknown.code(), tonic::Code::Unimplemented);
    server.stop().await.expect("stop");
}
