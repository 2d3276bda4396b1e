//! The tool connectors against their tools: GitHub, Jenkins and a Selenium
//! Grid as local HTTP servers answering the response shapes their
//! documentation gives (each server says where its shapes come from), JMeter
//! for real (Debian's package, on a plan of this crate's against a local HTTP
//! server), `kubectl` as a stand-in that answers as kubectl does (no cluster
//! can run here), on SQLite and PostgreSQL.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secureflow_platform::testkit::{TestDatabase, wait_while, with_token};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use secureflow_proto::secureflow::pipeline::v1::*;

use crate::common;
use common::*;

/// A scanner that is not installed, one that runs but has no repository to
/// record its findings against, a server that does not answer and a wrong
/// setting: each fails at once saying what is missing, and nothing hangs.
async fn tool_steps_say_what_is_missing(database: TestDatabase) {
    let server = start(&database).await;
    let refused = create(
        &server,
        "name: wrong\nstages:\n  - name: scan\n    steps:\n      - name: s\n        tool: bandit\n        config: {severity: high, quality_gate: maybe}\n",
    )
    .await
    .expect_err("refused");
    assert!(
        refused
            .message()
            .contains("stages[0].steps[0].config.severity")
            && refused
                .message()
                .contains("not a setting of the bandit connector")
            && refused
                .message()
                .contains("config.quality_gate: must be true or false"),
        "{refused:?}"
    );
    let text = r#"name: tools
stages:
  - name: scan
    parallel: true
    env: {PATH: /nonexistent}
    steps:
      - name: trivy
        tool: trivy
      - name: zap
        tool: zap
        config: {url: "http://127.0.0.1:9", target: "http://127.0.0.1:9/app"}
      - name: custom
        tool: semgrep
        config: {program: /bin/true}
"#;
    let pipeline = create(&server, text).await.expect("created");
    let started = Instant::now();
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(done.status(), ExecutionStatus::Failed, "{done:?}");
    let trivy = step(&done, "scan", "trivy");
    assert!(
        trivy
            .failure_reason
            .contains("`trivy` is not installed or not on the step's PATH"),
        "{trivy:?}"
    );
    assert_eq!(trivy.attempts, 1, "a missing program is not retried");
    let zap = step(&done, "scan", "zap");
    assert!(
        zap.failure_reason
            .starts_with("zap: http://127.0.0.1:9 unreachable"),
        "{zap:?}"
    );
    let custom = step(&done, "scan", "custom");
    assert!(
        custom
            .failure_reason
            .contains("scanner and import steps need the pipeline to belong to a repository"),
        "{custom:?}"
    );
    server.finish(database).await;
}

/// What the local GitHub answered to: path, `Authorization`, body.
type Received = std::sync::Arc<std::sync::Mutex<Vec<(String, String, serde_json::Value)>>>;

/// A local HTTP server answering `POST /repos/{owner}/{repo}/statuses/{sha}`
/// as GitHub's REST API documents it ("Create a commit status",
/// docs.github.com/en/rest/commits/statuses): 201 with the status object for
/// the token it knows, 401 `{"message": "Bad credentials", …}` otherwise.
async fn local_github() -> (String, Received) {
    use axum::extract::{Path, State};
    use axum::http::{HeaderMap, StatusCode};
    let received = Received::default();
    async fn create_status(
        State(received): State<Received>,
        Path((owner, repo, sha)): Path<(String, String, String)>,
        headers: HeaderMap,
        body: String,
    ) -> (StatusCode, [(&'static str, &'static str); 1], String) {
        let body: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        let json = [("content-type", "application/json")];
        let authorization = headers
            .get("authorization")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let path = format!("/repos/{owner}/{repo}/statuses/{sha}");
        received
            .lock()
            .expect("lock")
            .push((path, authorization.clone(), body.clone()));
        if authorization != "Bearer ghp_local_status_token_1234" {
            return (
                StatusCode::UNAUTHORIZED,
                json,
                serde_json::json!({
                    "message": "Bad credentials",
                    "documentation_url": "https://docs.github.com/rest",
                    "status": "401"
                })
                .to_string(),
            );
        }
        (
            StatusCode::CREATED,
            json,
            serde_json::json!({
                "url": format!("https://api.github.com/repos/{owner}/{repo}/statuses/{sha}"),
                "id": 1,
                "node_id": "MDY6U3RhdHVzMQ==",
                "state": body["state"],
                "description": body["description"],
                "target_url": body["target_url"],
                "context": body["context"],
                "created_at": "2026-12-04T00:00:00Z",
                "updated_at": "2026-12-04T00:00:00Z"
            })
            .to_string(),
        )
    }
    let app = axum::Router::new()
        .route(
            "/repos/{owner}/{repo}/statuses/{sha}",
            axum::routing::post(create_status),
        )
        .with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (format!("http://{address}"), received)
}

/// A `github` step in `finally` sets the commit status of the execution's
/// commit to its outcome, with the token from the pipeline's secrets (never
/// in the log); a token GitHub refuses fails the step saying why; a token
/// written into the definition is refused when it is saved.
async fn a_github_step_sets_the_commit_status(database: TestDatabase) {
    let server = start(&database).await;
    let (api, received) = local_github().await;
    let plain = "name: leaky\nstages:\n  - name: s\n    steps:\n      - name: g\n        tool: github\n        config: {token: ghp_written_down, repository: acme/api}\n";
    let refused = create(&server, plain).await.expect_err("refused");
    assert!(
        refused
            .message()
            .contains("config.token: must be a secret reference"),
        "{refused:?}"
    );
    let text = format!(
        r#"name: status
secrets: [GITHUB_TOKEN]
stages:
  - name: build
    steps: [{{name: make, command: "exit 3"}}]
finally:
  name: report
  steps:
    - name: github
      tool: github
      when: {{outcome: always}}
      config:
        token: ${{secrets.GITHUB_TOKEN}}
        repository: acme/api
        api_url: {api}
        target_url: https://ci.example.test/runs/1
"#
    );
    let pipeline = create(&server, &text).await.expect("created");
    let set_token = |value: &str| SetPipelineSecretRequest {
        pipeline_id: pipeline.id.clone(),
        name: "GITHUB_TOKEN".into(),
        value: value.into(),
    };
    client(&server)
        .await
        .set_pipeline_secret(with_token(
            set_token("ghp_local_status_token_1234"),
            ADMIN_TOKEN,
        ))
        .await
        .expect("secret");
    let sha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
    let run = |sha: &str| ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        branch: "main".into(),
        commit_sha: sha.into(),
        ..ExecutePipelineRequest::default()
    };
    let queued = execute_with(&server, run(sha)).await.expect("queued");
    let done = finished(&server, &queued).await;
    assert_eq!(done.status(), ExecutionStatus::Failed, "{done:?}");
    let github = step(&done, "report", "github");
    assert_eq!(github.status(), ExecutionStatus::Succeeded, "{github:?}");
    let requests = received.lock().expect("lock").clone();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let (path, authorization, body) = &requests[0];
    assert_eq!(path, &format!("/repos/acme/api/statuses/{sha}"));
    assert_eq!(authorization, "Bearer ghp_local_status_token_1234");
    assert_eq!(
        (
            body["state"].as_str(),
            body["context"].as_str(),
            body["description"].as_str(),
            body["target_url"].as_str()
        ),
        (
            Some("failure"),
            Some("secureflow/status"),
            Some("SecureFlow status #1: failure"),
            Some("https://ci.example.test/runs/1")
        )
    );
    let lines = logs(&server, &done, 1000).await;
    assert!(
        texts(&lines, "github")
            .iter()
            .any(|line| line
                .contains("commit status `failure` (secureflow/status) set on acme/api@")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .all(|line| !line.text.contains("ghp_local_status_token_1234")),
        "the token reached the log"
    );

    // A token GitHub refuses fails the step, saying so.
    client(&server)
        .await
        .set_pipeline_secret(with_token(set_token("ghp_revoked_token_9999"), ADMIN_TOKEN))
        .await
        .expect("secret");
    let queued = execute_with(&server, run(sha)).await.expect("queued");
    let done = finished(&server, &queued).await;
    let github = step(&done, "report", "github");
    assert_eq!(github.status(), ExecutionStatus::Failed, "{github:?}");
    assert!(
        github
            .failure_reason
            .contains("github: answered 401 Unauthorized Bad credentials (the token is not valid)"),
        "{github:?}"
    );
    server.finish(database).await;
}

/// Requests a local server received: `METHOD path?query`, `Authorization`, body.
type Requests = Arc<Mutex<Vec<(String, String, String)>>>;

/// Serves `app` on a free local port; its address.
async fn serve(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{address}")
}

/// A local Jenkins answering the remote access API as Jenkins documents it
/// (jenkins.io/doc/book/using/remote-access-api, and the `api/json` of a
/// queue item, a build and a test report): `buildWithParameters` answers
/// 201 with the queue item in `Location`; the item waits once (`why`) and
/// then names its build (`executable`); the console grows in two parts
/// (`X-Text-Size`, `X-More-Data`); build #42 of `qa/api-tests` ends
/// UNSTABLE with one of four tests failed. Job `qa/forever` never ends
/// until it is stopped (`POST …/stop`). Only `ci-bot` with its API token
/// (HTTP basic) is let in.
async fn local_jenkins() -> (String, Requests) {
    use axum::extract::State;
    use axum::http::{HeaderMap, Method, StatusCode, Uri};
    use axum::response::{IntoResponse, Response};

    #[derive(Clone, Default)]
    struct Jenkins {
        requests: Requests,
        base: Arc<Mutex<String>>,
        looks: Arc<Mutex<u32>>,
    }
    async fn answer(
        State(jenkins): State<Jenkins>,
        method: Method,
        uri: Uri,
        headers: HeaderMap,
        body: String,
    ) -> Response {
        let authorization = headers
            .get("authorization")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        jenkins.requests.lock().expect("lock").push((
            format!("{method} {uri}"),
            authorization.clone(),
            body,
        ));
        // base64("ci-bot:jenkins-api-token-1234")
        if authorization != "Basic Y2ktYm90OmplbmtpbnMtYXBpLXRva2VuLTEyMzQ=" {
            return (
                StatusCode::UNAUTHORIZED,
                "Invalid password/token for user: ci-bot",
            )
                .into_response();
        }
        let base = jenkins.base.lock().expect("lock").clone();
        let json = |value: serde_json::Value| {
            ([("content-type", "application/json")], value.to_string()).into_response()
        };
        let path = uri.path();
        let start: u64 = uri
            .query()
            .and_then(|query| query.strip_prefix("start="))
            .and_then(|start| start.parse().ok())
            .unwrap_or_default();
        match (method.as_str(), path) {
            ("POST", "/job/qa/job/api-tests/buildWithParameters") => (
                StatusCode::CREATED,
                [("location", format!("{base}/queue/item/7/"))],
            )
                .into_response(),
            ("POST", "/job/qa/job/forever/build") => (
                StatusCode::CREATED,
                [("location", format!("{base}/queue/item/8/"))],
            )
                .into_response(),
            ("GET", "/queue/item/7/api/json") => {
                let mut looks = jenkins.looks.lock().expect("lock");
                *looks += 1;
                match *looks {
                    1 => json(serde_json::json!({
                        "_class": "hudson.model.Queue$WaitingItem",
                        "id": 7, "blocked": false, "buildable": false,
                        "why": "In the quiet period. Expires in 0 ms",
                        "executable": null
                    })),
                    _ => json(serde_json::json!({
                        "_class": "hudson.model.Queue$LeftItem",
                        "id": 7, "cancelled": false,
                        "executable": {"_class": "hudson.model.FreeStyleBuild", "number": 42,
                                        "url": format!("{base}/job/qa/job/api-tests/42/")}
                    })),
                }
            }
            ("GET", "/queue/item/8/api/json") => json(serde_json::json!({
                "_class": "hudson.model.Queue$LeftItem", "id": 8, "cancelled": false,
                "executable": {"number": 43, "url": format!("{base}/job/qa/job/forever/43/")}
            })),
            ("GET", "/job/qa/job/api-tests/42/logText/progressiveText") => {
                let first = "Started by remote host\nRunning API tests\n";
                let second = "Tests: 4, failures: 1\nFinished: UNSTABLE\n";
                let (text, more) = match start {
                    0 => (first, "true"),
                    _ => (second, "false"),
                };
                let size = (first.len() + if start == 0 { 0 } else { second.len() }).to_string();
                (
                    [("x-text-size", size), ("x-more-data", more.to_owned())],
                    text.to_owned(),
                )
                    .into_response()
            }
            ("GET", "/job/qa/job/forever/43/logText/progressiveText") => {
                let text = if start == 0 { "waiting forever\n" } else { "" };
                (
                    [
                        ("x-text-size", "16".to_owned()),
                        ("x-more-data", "true".to_owned()),
                    ],
                    text.to_owned(),
                )
                    .into_response()
            }
            ("GET", "/job/qa/job/api-tests/42/api/json") => json(serde_json::json!({
                "_class": "hudson.model.FreeStyleBuild", "building": false,
                "number": 42, "result": "UNSTABLE", "duration": 5123
            })),
            ("GET", "/job/qa/job/api-tests/42/testReport/api/json") => json(serde_json::json!({
                "_class": "hudson.tasks.junit.TestResult",
                "duration": 1.2, "empty": false,
                "failCount": 1, "passCount": 3, "skipCount": 0,
                "suites": [{"name": "api.LoginTest", "cases": [
                    {"className": "api.LoginTest", "name": "accepts", "status": "PASSED"},
                    {"className": "api.LoginTest", "name": "rejects_bad_password",
                     "status": "REGRESSION", "errorDetails": "expected 401 but was 500"},
                    {"className": "api.LoginTest", "name": "locks", "status": "FIXED"},
                    {"className": "api.LoginTest", "name": "logs_out", "status": "PASSED"}
                ]}]
            })),
            ("POST", "/job/qa/job/forever/43/stop") => StatusCode::OK.into_response(),
            _ => (StatusCode::NOT_FOUND, "Not Found").into_response(),
        }
    }
    let jenkins = Jenkins::default();
    let requests = jenkins.requests.clone();
    let base_slot = jenkins.base.clone();
    let base = serve(axum::Router::new().fallback(answer).with_state(jenkins)).await;
    *base_slot.lock().expect("lock") = base.clone();
    (base, requests)
}

/// A `jenkins` step triggers the job with its parameters, follows the queue
/// and the console into the step's log, and fails with the build's result
/// and failed tests; cancelling a running build stops it in Jenkins.
async fn a_jenkins_step_follows_the_build_and_stops_it_on_cancel(database: TestDatabase) {
    let server = start(&database).await;
    let (jenkins, requests) = local_jenkins().await;
    let text = format!(
        r#"name: remote-tests
secrets: [JENKINS_TOKEN]
stages:
  - name: test
    steps:
      - name: api
        tool: jenkins
        config:
          url: {jenkins}
          job: qa/api-tests
          user: ci-bot
          token: ${{secrets.JENKINS_TOKEN}}
          parameters: {{BRANCH: "${{SECUREFLOW_BRANCH}}", SUITE: smoke, RETRIES: 2}}
"#
    );
    let pipeline = create(&server, &text).await.expect("created");
    let secret = |pipeline: &Pipeline| SetPipelineSecretRequest {
        pipeline_id: pipeline.id.clone(),
        name: "JENKINS_TOKEN".into(),
        value: "jenkins-api-token-1234".into(),
    };
    client(&server)
        .await
        .set_pipeline_secret(with_token(secret(&pipeline), ADMIN_TOKEN))
        .await
        .expect("secret");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    let api = step(&done, "test", "api");
    assert_eq!(api.status(), ExecutionStatus::Failed, "{api:?}");
    assert_eq!(
        api.failure_reason,
        "jenkins: build #42 ended UNSTABLE: 1 of 4 tests failed"
    );
    let lines = texts(&logs(&server, &done, 1000).await, "api");
    let console: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|line| !line.starts_with("jenkins:") && !line.starts_with("  failed:"))
        .collect();
    assert_eq!(
        console,
        [
            "Started by remote host",
            "Running API tests",
            "Tests: 4, failures: 1",
            "Finished: UNSTABLE"
        ],
        "{lines:?}"
    );
    assert!(
        lines.contains(&"jenkins: waiting: In the quiet period. Expires in 0 ms".to_owned())
            && lines
                .contains(&"jenkins: build #42: 4 tests: 3 passed, 1 failed, 0 skipped".to_owned())
            && lines.contains(
                &"  failed: api.LoginTest.rejects_bad_password: expected 401 but was 500"
                    .to_owned()
            ),
        "{lines:?}"
    );
    let triggered = requests
        .lock()
        .expect("lock")
        .iter()
        .find(|(request, _, _)| request.ends_with("/buildWithParameters"))
        .cloned()
        .expect("triggered");
    assert_eq!(triggered.2, "BRANCH=main&RETRIES=2&SUITE=smoke");
    assert!(
        lines
            .iter()
            .all(|line| !line.contains("jenkins-api-token-1234")),
        "the token reached the log"
    );

    // A build that never ends: cancelling the execution stops it in Jenkins.
    let text = format!(
        "name: forever\nsecrets: [JENKINS_TOKEN]\nstages:\n  - name: test\n    steps:\n      - name: long\n        tool: jenkins\n        config: {{url: \"{jenkins}\", job: qa/forever, user: ci-bot, token: \"${{secrets.JENKINS_TOKEN}}\"}}\n"
    );
    let forever = create(&server, &text).await.expect("created");
    client(&server)
        .await
        .set_pipeline_secret(with_token(secret(&forever), ADMIN_TOKEN))
        .await
        .expect("secret");
    let running = execute(&server, &forever).await;
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(50),
        "the build never started",
        async || {
            !requests
                .lock()
                .expect("lock")
                .iter()
                .any(|(request, _, _)| request.contains("/forever/43/logText"))
        },
    )
    .await;
    client(&server)
        .await
        .cancel_execution(with_token(
            CancelExecutionRequest {
                pipeline_id: forever.id.clone(),
                execution_id: running.id.clone(),
                ..CancelExecutionRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("cancelled");
    let done = finished(&server, &running).await;
    assert_eq!(done.status(), ExecutionStatus::Cancelled, "{done:?}");
    wait_while(
        Duration::from_secs(10),
        Duration::from_millis(50),
        "the build was not stopped in Jenkins",
        async || {
            !requests
                .lock()
                .expect("lock")
                .iter()
                .any(|(request, _, _)| request == "POST /job/qa/job/forever/43/stop")
        },
    )
    .await;
    server.finish(database).await;
}

/// A local Selenium Grid answering `GET /status` as the W3C WebDriver
/// specification and Selenium's Grid documentation give it
/// (`{"value": {"ready": …, "message": …, "nodes": […]}}`): not ready at
/// the first look, ready after; and `POST /session` with a new session's
/// id and capabilities (WebDriver "New Session").
async fn local_grid() -> (String, Requests) {
    use axum::extract::State;
    use axum::http::{Method, Uri};

    #[derive(Clone, Default)]
    struct Grid {
        requests: Requests,
    }
    async fn answer(
        State(grid): State<Grid>,
        method: Method,
        uri: Uri,
        body: String,
    ) -> ([(&'static str, &'static str); 1], String) {
        let looks = {
            let mut requests = grid.requests.lock().expect("lock");
            requests.push((format!("{method} {uri}"), String::new(), body));
            requests
                .iter()
                .filter(|(request, _, _)| request == "GET /status")
                .count()
        };
        let json = [("content-type", "application/json")];
        let value = match (method.as_str(), uri.path()) {
            ("GET", "/status") if looks == 1 => serde_json::json!({"value": {
                "ready": false, "message": "Selenium Grid not ready.", "nodes": []}}),
            ("GET", "/status") => serde_json::json!({"value": {
                "ready": true, "message": "Selenium Grid ready.",
                "nodes": [{"availability": "UP", "maxSessions": 1}]}}),
            ("POST", "/session") => serde_json::json!({"value": {
                "sessionId": "4b8f6a5e9c3d2b1a",
                "capabilities": {"browserName": "chrome", "browserVersion": "131.0"}}}),
            _ => serde_json::json!({"value": {"error": "unknown command",
                "message": "Unable to find handler", "stacktrace": ""}}),
        };
        (json, value.to_string())
    }
    let grid = Grid::default();
    let requests = grid.requests.clone();
    let base = serve(axum::Router::new().fallback(answer).with_state(grid)).await;
    (base, requests)
}

/// A `selenium` step waits for the Grid to be ready, runs its test command
/// with the Grid's address (which opens a WebDriver session there), and
/// reads the JUnit results it wrote: a failed test fails the step, named.
async fn a_selenium_step_runs_its_tests_against_the_grid(database: TestDatabase) {
    let server = start(&database).await;
    let (grid, requests) = local_grid().await;
    // The "test suite": opens a session on the Grid it is given, then writes
    // its JUnit report, one test failed.
    let suite = r#"python3 -c 'import json, os, urllib.request; r = urllib.request.Request(os.environ["SELENIUM_REMOTE_URL"] + "/session", data=json.dumps({"capabilities": {"alwaysMatch": {"browserName": "chrome"}}}).encode(), headers={"Content-Type": "application/json"}); print("session", json.load(urllib.request.urlopen(r))["value"]["sessionId"])' && mkdir -p reports && printf '%s' '<testsuite name="ui"><testcase classname="ui.Login" name="opens"/><testcase classname="ui.Login" name="rejects"><failure message="no error banner shown"/></testcase></testsuite>' > reports/ui.xml && exit 1"#;
    let text = format!(
        "name: ui\nstages:\n  - name: e2e\n    steps:\n      - name: browser\n        tool: selenium\n        config:\n          grid: {grid}\n          results: reports\n          wait: 20s\n          command: >-\n            {suite}\n"
    );
    let pipeline = create(&server, &text).await.expect("created");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    let browser = step(&done, "e2e", "browser");
    let lines = texts(&logs(&server, &done, 1000).await, "browser");
    assert_eq!(
        browser.status(),
        ExecutionStatus::Failed,
        "{browser:?} {lines:?}"
    );
    assert_eq!(browser.failure_reason, "selenium: 1 of 2 tests failed");
    for expected in [
        "selenium: waiting for the Grid (Selenium Grid not ready.)",
        &format!("selenium: the Grid at {grid} is ready"),
        "session 4b8f6a5e9c3d2b1a",
        "selenium: 2 tests: 1 passed, 1 failed, 0 skipped",
        "  failed: ui.Login.rejects: no error banner shown",
    ] {
        assert!(
            lines.iter().any(|line| line == expected),
            "{expected}: {lines:?}"
        );
    }
    assert!(
        requests
            .lock()
            .expect("lock")
            .iter()
            .any(|(request, _, body)| request == "POST /session" && body.contains("alwaysMatch")),
        "no session was asked for"
    );
    server.finish(database).await;
}

/// A local web application for JMeter: `/` answers 200, anything else 404.
async fn local_application() -> u16 {
    let app = axum::Router::new()
        .route("/", axum::routing::get(|| async { "hello" }))
        .fallback(|| async { (axum::http::StatusCode::NOT_FOUND, "not here") });
    let base = serve(app).await;
    base.rsplit(':')
        .next()
        .and_then(|port| port.parse().ok())
        .expect("a port")
}

/// A `jmeter` step runs a real JMeter (Debian's package) on this crate's
/// plan (two users, five loops, a page and a missing page) against a local
/// application: its results are summed up per sampler, and the step holds
/// them to its error-rate limit.
async fn a_jmeter_step_runs_the_plan_and_holds_its_error_rate(database: TestDatabase) {
    let Some(jmeter) = secureflow_platform::testkit::jmeter() else {
        return;
    };
    let server = start(&database).await;
    let port = local_application().await;
    let plan = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jmeter/smoke.jmx");
    let text = format!(
        r#"name: load
variables: {{PORT: "{port}"}}
stages:
  - name: prepare
    steps: [{{name: plan, command: "cp {plan} smoke.jmx"}}]
  - name: load
    needs: [prepare]
    parallel: true
    steps:
      - name: lenient
        tool: jmeter
        config:
          plan: smoke.jmx
          program: {jmeter}
          properties: {{port: "${{PORT}}", loops: 5}}
          max_error_rate: 60%
      - name: strict
        tool: jmeter
        config:
          plan: smoke.jmx
          program: {jmeter}
          properties: {{port: "${{PORT}}", loops: 5}}
          max_error_rate: 10
"#,
        plan = plan.display(),
        jmeter = jmeter.display()
    );
    let pipeline = create(&server, &text).await.expect("created");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    let lines = logs(&server, &done, 5000).await;
    let lenient = step(&done, "load", "lenient");
    assert_eq!(
        lenient.status(),
        ExecutionStatus::Succeeded,
        "{lenient:?} {:?}",
        texts(&lines, "lenient")
    );
    let strict = step(&done, "load", "strict");
    assert_eq!(strict.status(), ExecutionStatus::Failed, "{strict:?}");
    assert_eq!(
        strict.failure_reason,
        "jmeter: 50.00% of 20 samples failed (at most 10% allowed: `config.max_error_rate`)"
    );
    let summary = texts(&lines, "lenient");
    assert!(
        summary
            .iter()
            .any(|line| line.starts_with("jmeter: 20 samples, 10 errors (50.00%), mean ")),
        "{summary:?}"
    );
    assert!(
        summary
            .iter()
            .any(|line| line.starts_with("  home: 10 samples, 0 errors"))
            && summary
                .iter()
                .any(|line| line.starts_with("  missing: 10 samples, 10 errors")),
        "{summary:?}"
    );
    server.finish(database).await;
}

/// A stand-in `kubectl` (no cluster can run here): records its arguments
/// and `KUBECONFIG`'s content, and answers `apply -o name` and
/// `rollout status` with what kubectl prints.
fn stand_in_kubectl(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("kubectl");
    let calls = dir.join("calls");
    std::fs::write(
        &path,
        format!(
            r#"#!/bin/sh
echo "$*" >> '{calls}'
[ -n "${{KUBECONFIG:-}}" ] && cat "$KUBECONFIG" >> '{calls}.kubeconfig'
case "$*" in
  *" apply -o name "*) printf 'deployment.apps/api\nservice/api\nconfigmap/api-settings\n' ;;
  *" rollout status deployment.apps/api "*) echo 'deployment "api" successfully rolled out' ;;
  *) echo "kubectl: unexpected $*" >&2; exit 1 ;;
esac
"#,
            calls = calls.display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("mode");
    path
}

/// A `kubectl` step applies its manifests to its context and namespace,
/// awaits the rollout of the Deployment it applied, with the kubeconfig
/// from the pipeline's secrets in a private file, and publishes
/// `deployment.started` and `deployment.completed`; the execution's
/// `pipeline.completed` names the environment.
async fn a_kubectl_step_deploys_and_publishes_deployment_events(database: TestDatabase) {
    let server = start(&database).await;
    let dir = tempfile::tempdir().expect("dir");
    let kubectl = stand_in_kubectl(dir.path());
    let text = format!(
        r#"name: release
secrets: [KUBECONFIG]
stages:
  - name: manifests
    steps: [{{name: write, command: "mkdir -p deploy && echo 'kind: Deployment' > deploy/api.yaml"}}]
  - name: deploy
    needs: [manifests]
    steps:
      - name: staging
        tool: kubectl
        config:
          manifests: [deploy/api.yaml]
          context: kind-staging
          namespace: shop
          environment: staging
          kubeconfig: ${{secrets.KUBECONFIG}}
          rollout_timeout: 2m
          program: {kubectl}
"#,
        kubectl = kubectl.display()
    );
    let pipeline = create(&server, &text).await.expect("created");
    client(&server)
        .await
        .set_pipeline_secret(with_token(
            SetPipelineSecretRequest {
                pipeline_id: pipeline.id.clone(),
                name: "KUBECONFIG".into(),
                value: "apiVersion: v1\nkind: Config\n# secret-kubeconfig-marker\n".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("secret");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    let lines = logs(&server, &done, 1000).await;
    assert_eq!(
        done.status(),
        ExecutionStatus::Succeeded,
        "{done:?} {:?}",
        texts(&lines, "staging")
    );
    let calls = std::fs::read_to_string(dir.path().join("calls")).expect("calls");
    assert_eq!(
        calls.lines().collect::<Vec<_>>(),
        [
            "--context kind-staging --namespace shop apply -o name -f deploy/api.yaml",
            "--context kind-staging --namespace shop rollout status deployment.apps/api --timeout=120s",
        ]
    );
    let kubeconfig =
        std::fs::read_to_string(dir.path().join("calls.kubeconfig")).expect("kubeconfig");
    assert!(kubeconfig.contains("secret-kubeconfig-marker"));
    assert!(
        texts(&lines, "staging").contains(&"deployment \"api\" successfully rolled out".to_owned())
            && lines
                .iter()
                .all(|line| !line.text.contains("secret-kubeconfig-marker")),
        "{lines:?}"
    );
    let mut seen = Vec::new();
    for event in &published(&database).await {
        match Some(event) {
            Some(Data::DeploymentStarted(started)) if started.execution_id == done.id => {
                assert_eq!(
                    (
                        started.environment.as_str(),
                        started.tool.as_str(),
                        started.status.as_str()
                    ),
                    ("staging", "kubectl", "")
                );
                seen.push("deployment.started".to_owned());
            }
            Some(Data::DeploymentCompleted(completed)) if completed.execution_id == done.id => {
                assert_eq!(
                    (
                        completed.environment.as_str(),
                        completed.status.as_str(),
                        completed.deployment_id.as_str()
                    ),
                    (
                        "staging",
                        "SUCCEEDED",
                        format!("{}/deploy/staging", done.id).as_str()
                    )
                );
                seen.push("deployment.completed".to_owned());
            }
            Some(Data::PipelineCompleted(completed)) if completed.execution_id == done.id => {
                seen.push(format!(
                    "pipeline.completed deployment={} environment={}",
                    completed.deployment, completed.environment
                ));
            }
            _ => {}
        }
    }
    assert_eq!(
        seen,
        [
            "deployment.started",
            "deployment.completed",
            "pipeline.completed deployment=true environment=staging"
        ]
    );
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    tool_steps_say_what_is_missing,
    a_github_step_sets_the_commit_status,
    a_jenkins_step_follows_the_build_and_stops_it_on_cancel,
    a_selenium_step_runs_its_tests_against_the_grid,
    a_jmeter_step_runs_the_plan_and_holds_its_error_rate,
    a_kubectl_step_deploys_and_publishes_deployment_events,
);
