//! The commit flow's first half in one `secureflowd`: a signed GitHub push
//! webhook for a repository whose remote is a bare repository on disk
//! (served by `git daemon`) starts the pipeline that repository holds in
//! `.secureflow/pipeline.yml` at the pushed commit; the execution checks that
//! commit out and runs in it; a push to a branch its trigger does not name
//! starts nothing; a push that changes the definition runs the new version.
//! Then the flow's second half: Semgrep and Bandit scan the checkout, their
//! reports become the repository's vulnerabilities (sent as the pipeline) and
//! the gate verdict fails the pipeline; and the connectors of the scanners no
//! reachable registry ships run stand-ins answering with recorded real
//! reports — on SQLite and PostgreSQL.

use crate::common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::git::{Remote, commit_and_push, git, serve};
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::pipeline::v1 as pipeline;
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_client::PipelineServiceClient;
use secureflow_proto::secureflow::repository::v1 as repository;
use std::sync::Arc;

use serde_json::{Value, json};

const ADMIN_TOKEN: &str = "sft_pipeline_trigger_admin_0123456789";
const SECRET: &str = "a-webhook-secret-for-the-trigger-test";

fn definition(message: &str) -> String {
    format!(
        r#"name: from-repo
triggers: [{{type: push, branches: [main]}}]
stages:
  - name: build
    steps:
      - name: show
        command: "cat hello.txt; git rev-parse HEAD; echo {message}"
"#
    )
}

async fn executions(server: &TestServer, pipeline_id: &str) -> Vec<pipeline::Execution> {
    PipelineServiceClient::new(server.channel().await)
        .list_executions(with_token(
            pipeline::ListExecutionsRequest {
                pipeline_id: pipeline_id.into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .executions
}

/// Waits for the `count`th execution of the pipeline named `name` of the
/// repository to finish; (pipeline, that execution).
async fn nth_finished(
    server: &TestServer,
    repository_id: &str,
    name: &str,
    count: usize,
) -> (pipeline::Pipeline, pipeline::Execution) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let listed = PipelineServiceClient::new(server.channel().await)
            .list_pipelines(with_token(
                pipeline::ListPipelinesRequest {
                    repository_id: repository_id.into(),
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("listed")
            .into_inner()
            .pipelines;
        if let Some(found) = listed.into_iter().find(|p| p.name == name) {
            let runs = executions(server, &found.id).await;
            if runs.len() >= count {
                let run = runs[runs.len() - count].clone();
                if !matches!(
                    run.status(),
                    pipeline::ExecutionStatus::Queued | pipeline::ExecutionStatus::Running
                ) {
                    return (found, run);
                }
            }
        }
        assert!(
            Instant::now() < deadline,
            "execution {count} of `{name}` never finished"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Commits `definition` and `hello` on `branch` of `work`, pushes it, and
/// delivers GitHub's push webhook of it as `delivery` to `path`; the commit.
async fn push(
    server: &TestServer,
    work: &Path,
    path: &str,
    delivery: &str,
    branch: &str,
    definition: &str,
    hello: &str,
) -> String {
    let sha = commit_and_push(work, branch, definition, hello);
    common::git::push_webhook(server.address, SECRET, path, delivery, branch, &sha).await;
    sha
}

async fn log(server: &TestServer, run: &pipeline::Execution) -> Vec<String> {
    let mut client = PipelineServiceClient::new(server.channel().await);
    common::deployment::execution_log(&mut client, ADMIN_TOKEN, run).await
}

/// A bare repository on disk served by `git daemon`, a working copy whose
/// `origin` it is, and one `secureflowd` with the repository registered
/// (GitHub provider, signed webhooks).
struct Setup {
    dir: tempfile::TempDir,
    work: std::path::PathBuf,
    _remote: Remote,
    server: TestServer,
    repository_id: String,
    delivery_path: String,
}

async fn set_up(database: &TestDatabase) -> Setup {
    set_up_with(database, &[]).await
}

/// [`set_up`] with extra `SECUREFLOW_*` settings.
async fn set_up_with(database: &TestDatabase, settings: &[(&str, String)]) -> Setup {
    let dir = tempfile::tempdir().expect("dir");
    let base = dir.path().join("served");
    std::fs::create_dir_all(&base).expect("dir");
    git(&base, &["init", "-q", "--bare", "remote.git"]);
    let work = dir.path().join("work");
    std::fs::create_dir_all(&work).expect("dir");
    git(&work, &["init", "-q", "-b", "main"]);
    let origin = base.join("remote.git").display().to_string();
    git(&work, &["remote", "add", "origin", &origin]);
    let remote = serve(&base).await;
    let server = common::start(database, ADMIN_TOKEN, &[], settings).await;
    let registered = repository::Repository {
        full_name: "acme/payments-api".into(),
        provider: repository::Provider::Github as i32,
        clone_url: remote.url.clone(),
        default_branch: "main".into(),
        ..Default::default()
    };
    let (repository_id, _, delivery_path) = common::repository::register_with_webhook(
        server.channel().await,
        ADMIN_TOKEN,
        registered,
        SECRET,
    )
    .await;
    // The pipeline service learns of the repository from its event; a
    // pipeline naming it is refused until then.
    let db = server.database().await;
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let known: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM pipeline_repositories WHERE id = $1")
                .bind(&repository_id)
                .fetch_one(db.pool())
                .await
                .expect("the pipeline service's repositories");
        if known > 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the pipeline service never learnt of the repository"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    db.close().await;
    Setup {
        dir,
        work,
        _remote: remote,
        server,
        repository_id,
        delivery_path,
    }
}

async fn a_push_runs_the_pipeline_its_commit_holds(database: TestDatabase) {
    // Bound whole: the directory and the daemon live until the test ends.
    let Setup {
        dir: _dir,
        work,
        _remote: _daemon,
        server,
        repository_id,
        delivery_path,
    } = set_up(&database).await;
    let first = push(
        &server,
        &work,
        &delivery_path,
        "push-1",
        "main",
        &definition("v1"),
        "hello from the repository\n",
    )
    .await;
    let (found, run) = nth_finished(&server, &repository_id, "from-repo", 1).await;
    assert_eq!(
        run.status(),
        pipeline::ExecutionStatus::Succeeded,
        "{run:?}"
    );
    assert_eq!(run.trigger(), pipeline::TriggerType::Push);
    assert_eq!(
        (run.branch.as_str(), run.commit_sha.as_str()),
        ("main", first.as_str())
    );
    assert_eq!((found.version, run.pipeline_version), (1, 1));
    let lines = log(&server, &run).await;
    assert!(
        lines.contains(&"hello from the repository".to_owned()),
        "{lines:?}"
    );
    assert!(lines.contains(&first), "{lines:?}");
    assert!(lines.contains(&"v1".to_owned()), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.starts_with("checking out")),
        "{lines:?}"
    );

    // A branch the trigger does not name starts nothing; a changed
    // definition on main runs as version 2.
    push(
        &server,
        &work,
        &delivery_path,
        "push-2",
        "feature",
        &definition("feature"),
        "feature\n",
    )
    .await;
    git(&work, &["checkout", "-q", "main"]);
    let second = push(
        &server,
        &work,
        &delivery_path,
        "push-3",
        "main",
        &definition("v2"),
        "second\n",
    )
    .await;
    let (found, run) = nth_finished(&server, &repository_id, "from-repo", 2).await;
    assert_eq!(
        run.status(),
        pipeline::ExecutionStatus::Succeeded,
        "{run:?}"
    );
    assert_eq!((found.version, run.pipeline_version), (2, 2));
    assert_eq!(run.commit_sha, second);
    let lines = log(&server, &run).await;
    assert!(
        lines.contains(&"second".to_owned()) && lines.contains(&"v2".to_owned()),
        "{lines:?}"
    );
    // Pushes are handled in order: the feature push came before, and started nothing.
    let all = executions(&server, &found.id).await;
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(all.iter().all(|run| run.branch == "main"));
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_push_runs_the_pipeline_its_commit_holds);

/// The architecture's commit flow: a signed push → the pipeline the
/// repository holds → Semgrep and Bandit scan the checkout → their reports
/// become vulnerabilities in the security service (sent as the pipeline's
/// identity) → the gate verdict fails the pipeline → `pipeline.failed`.
async fn a_push_is_scanned_and_the_gate_decides_the_pipeline(database: TestDatabase) {
    scanned_and_gated(database, &[]).await;
}

/// The commit flow with events travelling through Kafka (a broker of the
/// test's own): the push reaches the pipeline service, and the gate's
/// outcome the rest, as consumer groups reading the relayed outbox.
mod a_push_is_scanned_and_the_gate_decides_the_pipeline_over_kafka {
    use super::*;

    #[tokio::test]
    async fn postgres() {
        let Some(database) = TestDatabase::postgres().await else {
            return;
        };
        let Some(broker) = secureflow_platform::testkit::KafkaBroker::start().await else {
            return;
        };
        scanned_and_gated(
            database,
            &[
                ("SECUREFLOW_EVENTS__KAFKA__BROKERS", broker.brokers.clone()),
                ("SECUREFLOW_EVENTS__KAFKA__PARTITIONS", "2".to_owned()),
            ],
        )
        .await;
    }
}

async fn scanned_and_gated(database: TestDatabase, settings: &[(&str, String)]) {
    use secureflow_proto::secureflow::events::v1::envelope::Data;
    use secureflow_proto::secureflow::security::v1 as security;
    use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;

    let Some(scanners) = secureflow_platform::testkit::scanners() else {
        return;
    };
    // Bound whole: the directory and the daemon live until the test ends.
    let Setup {
        dir: _dir,
        work,
        _remote: _daemon,
        server,
        repository_id,
        delivery_path,
    } = set_up_with(&database, settings).await;
    let definition = common::git::scanned_project(&work, &scanners, "");
    common::security::fail_on_high_findings(server.channel().await, ADMIN_TOKEN).await;
    let mut security = SecurityServiceClient::new(server.channel().await);
    let sha = push(
        &server,
        &work,
        &delivery_path,
        "push-scan",
        "main",
        &definition,
        "scan me\n",
    )
    .await;
    let (_, run) = nth_finished(&server, &repository_id, "commit-flow", 1).await;
    let lines = log(&server, &run).await;
    assert_eq!(
        run.status(),
        pipeline::ExecutionStatus::Failed,
        "{run:?} {lines:?}"
    );
    let scan = &run.stages[0];
    let step = |name: &str| {
        scan.steps
            .iter()
            .find(|step| step.name == name)
            .unwrap_or_else(|| panic!("step {name}"))
            .clone()
    };
    let (semgrep, bandit) = (step("semgrep"), step("bandit"));
    assert_eq!(
        semgrep.status(),
        pipeline::ExecutionStatus::Succeeded,
        "{semgrep:?} {lines:?}"
    );
    assert_eq!(
        bandit.status(),
        pipeline::ExecutionStatus::Failed,
        "{bandit:?}"
    );
    assert!(
        bandit
            .failure_reason
            .contains("quality gate FAIL (no high findings)"),
        "{bandit:?}"
    );
    assert!(!semgrep.scan_id.is_empty() && !bandit.scan_id.is_empty());
    assert_eq!(
        run.stages[1].status(),
        pipeline::ExecutionStatus::Skipped,
        "the deploy stage does not run after a failed gate"
    );
    assert!(
        lines.iter().any(|line| line == "quality gate: FAIL"),
        "{lines:?}"
    );

    // The findings are the repository's vulnerabilities, from both tools, at the commit.
    let listed =
        common::deployment::vulnerabilities(server.channel().await, ADMIN_TOKEN, &repository_id)
            .await;
    let rules: Vec<&str> = listed.iter().map(|v| v.rule_id.as_str()).collect();
    assert!(
        rules.iter().any(|rule| rule.ends_with("python-eval"))
            && rules.iter().any(|rule| rule.ends_with("B602")),
        "{rules:?}"
    );
    let scanned = security
        .get_scan(with_token(
            security::GetScanRequest {
                id: bandit.scan_id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("scan")
        .into_inner()
        .scan
        .expect("scan");
    let scope = scanned.scope.expect("scope");
    assert_eq!(
        (
            scope.branch.as_str(),
            scope.commit_sha.as_str(),
            scope.pipeline_execution_id.as_str()
        ),
        ("main", sha.as_str(), run.id.as_str())
    );

    // The uploads were made as the pipeline, and audited as such.
    let records = common::identity::audit_records(server.channel().await, ADMIN_TOKEN)
        .await
        .expect("audit");
    let uploads: Vec<(&str, &str)> = records
        .iter()
        .filter(|record| record.action.ends_with("SecurityService/IngestReport"))
        .map(|record| (record.actor.as_str(), record.result.as_str()))
        .collect();
    let actor = format!("pipeline:{}", run.pipeline_id);
    assert_eq!(
        uploads,
        [(actor.as_str(), "OK"), (actor.as_str(), "OK")],
        "{records:?}"
    );

    // Published: `pipeline.failed` for this execution, naming the scan stage.
    let db = database.connect().await;
    let events =
        secureflow_platform::events::EventLog::new(db.clone(), Duration::from_millis(50), 100)
            .read_after(0, 1000)
            .await
            .expect("the event log");
    db.close().await;
    let failed = events
        .iter()
        .filter_map(|event| event.envelope.data.as_ref())
        .find_map(|data| match data {
            Data::PipelineFailed(failed) if failed.execution_id == run.id => Some(failed.clone()),
            _ => None,
        })
        .expect("pipeline.failed published");
    assert_eq!(failed.failed_stage, "scan", "{failed:?}");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_push_is_scanned_and_the_gate_decides_the_pipeline);

/// How a stand-in writes its report.
enum Writes {
    /// On standard output.
    Stdout,
    /// To the file given after this option.
    File(&'static str),
    /// To a file of this name in the directory given after this option.
    Into(&'static str, &'static str),
}

/// Creates pipeline `text` of the repository, sets its secret `(name,
/// value)`, runs it on `main` at `sha`, and checks its first step ended
/// `expected`; that step and the execution's log.
async fn run_with_secret(
    server: &TestServer,
    repository_id: &str,
    text: String,
    (name, value): (&str, &str),
    sha: &str,
    expected: pipeline::ExecutionStatus,
) -> (pipeline::StepRun, Vec<String>) {
    let mut pipelines = PipelineServiceClient::new(server.channel().await);
    let created = pipelines
        .create_pipeline(with_token(
            pipeline::CreatePipelineRequest {
                pipeline: Some(pipeline::Pipeline {
                    definition: text,
                    repository_id: repository_id.to_owned(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("created")
        .into_inner()
        .pipeline
        .expect("pipeline");
    pipelines
        .set_pipeline_secret(with_token(
            pipeline::SetPipelineSecretRequest {
                pipeline_id: created.id.clone(),
                name: name.into(),
                value: value.into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("secret");
    pipelines
        .execute_pipeline(with_token(
            pipeline::ExecutePipelineRequest {
                pipeline_id: created.id.clone(),
                branch: "main".into(),
                commit_sha: sha.to_owned(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("queued");
    let (_, run) = nth_finished(server, repository_id, &created.name, 1).await;
    let lines = log(server, &run).await;
    let step = run.stages[0].steps[0].clone();
    assert_eq!(step.status(), expected, "{step:?} {lines:?}");
    (step, lines)
}

/// The security service's scan `id`.
async fn scan_of(
    server: &TestServer,
    id: &str,
) -> secureflow_proto::secureflow::security::v1::Scan {
    use secureflow_proto::secureflow::security::v1 as security;
    use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
    SecurityServiceClient::new(server.channel().await)
        .get_scan(with_token(
            security::GetScanRequest { id: id.to_owned() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("scan")
        .into_inner()
        .scan
        .expect("scan")
}

/// Scan `scan_id` holds a report in `format` of `findings` findings.
async fn assert_imported(server: &TestServer, scan_id: &str, format: &str, findings: i64) {
    let scan = scan_of(server, scan_id).await;
    let summary = scan.summary.expect("summary");
    assert_eq!(
        (scan.format.as_str(), summary.findings_parsed),
        (format, findings),
        "{summary:?}"
    );
}

/// Serves `app` on a free local port; its address.
async fn serve_http(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    format!("http://{address}")
}

/// A stand-in for a scanner no reachable registry ships: checks that it is
/// called the way the real tool must be (`expect`ed arguments), then writes
/// the tool's recorded report where the connector asked for it and exits
/// with `code`.
fn stand_in(bin: &Path, name: &str, expect: &[&str], writes: Writes, report: &Path, code: i32) {
    use std::os::unix::fs::PermissionsExt;
    let checks: String = expect
        .iter()
        .map(|arg| {
            format!(
                "case \" $* \" in *\" {arg} \"*) ;; *) echo \"{name}: missing {arg}\" >&2; exit 64;; esac\n"
            )
        })
        .collect();
    let report = report.display();
    let find = |option: &str| {
        format!("while [ $# -gt 0 ]; do [ \"$1\" = {option} ] && target=\"$2\"; shift; done\n")
    };
    let write = match writes {
        Writes::Stdout => format!("cat '{report}'\n"),
        Writes::File(option) => format!("{}cp '{report}' \"$target\"\n", find(option)),
        Writes::Into(option, file) => {
            format!("{}cp '{report}' \"$target/{file}\"\n", find(option))
        }
    };
    let path = bin.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{checks}{write}exit {code}\n")).expect("script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("mode");
}

/// Gitleaks, TruffleHog, Trivy and OWASP Dependency-Check have no package
/// on a reachable registry: their connectors run stand-ins that answer with
/// the tools' recorded real reports; each report reaches the security
/// service in its format with the findings the corpus expects.
async fn scanners_without_a_package_send_their_recorded_reports(database: TestDatabase) {
    use secureflow_proto::secureflow::security::v1 as security;
    use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;

    let Some(fixtures) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    // Bound whole: the directory and the daemon live until the test ends.
    let Setup {
        dir,
        work,
        _remote: _daemon,
        server,
        repository_id,
        delivery_path,
    } = set_up(&database).await;
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    stand_in(
        &bin,
        "gitleaks",
        &["detect", "--report-format", "json", "--source"],
        Writes::File("--report-path"),
        &fixtures.join("gitleaks/data_many.json"),
        1,
    );
    stand_in(
        &bin,
        "trufflehog",
        &["filesystem", "--json"],
        Writes::Stdout,
        &fixtures.join("trufflehog/v3_github.json"),
        0,
    );
    stand_in(
        &bin,
        "trivy",
        &["fs", "--format", "json"],
        Writes::File("--output"),
        &fixtures.join("trivy/scheme_2_many_vulns.json"),
        0,
    );
    stand_in(
        &bin,
        "dependency-check.sh",
        &["--format", "XML", "--scan"],
        Writes::Into("--out", "dependency-check-report.xml"),
        &fixtures.join("dependency_check/PR6439.xml"),
        0,
    );
    let definition = format!(
        r#"name: recorded
triggers: [{{type: push, branches: [main]}}]
stages:
  - name: scan
    parallel: true
    env: {{PATH: "{}:/usr/bin:/bin"}}
    steps:
      - {{name: gitleaks, tool: gitleaks}}
      - {{name: trufflehog, tool: trufflehog}}
      - {{name: trivy, tool: trivy}}
      - {{name: dependency-check, tool: dependency-check}}
"#,
        bin.display()
    );
    push(
        &server,
        &work,
        &delivery_path,
        "push-recorded",
        "main",
        &definition,
        "recorded\n",
    )
    .await;
    let (_, run) = nth_finished(&server, &repository_id, "recorded", 1).await;
    let lines = log(&server, &run).await;
    assert_eq!(
        run.status(),
        pipeline::ExecutionStatus::Succeeded,
        "{run:?} {lines:?}"
    );
    let mut security = SecurityServiceClient::new(server.channel().await);
    let mut found = Vec::new();
    for step in &run.stages[0].steps {
        let scan = security
            .get_scan(with_token(
                security::GetScanRequest {
                    id: step.scan_id.clone(),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("scan")
            .into_inner()
            .scan
            .expect("scan");
        let summary = scan.summary.expect("summary");
        // The corpus counts distinct findings (TruffleHog's report repeats one).
        let distinct = summary.findings_parsed - summary.duplicates_in_report;
        found.push((step.name.clone(), scan.format, distinct));
    }
    found.sort();
    let expected: Vec<(String, String, i64)> = [
        ("dependency-check", "dependency-check-xml", 34),
        ("gitleaks", "gitleaks-json", 2),
        ("trivy", "trivy-json", 5),
        ("trufflehog", "trufflehog-json", 3),
    ]
    .into_iter()
    .map(|(step, format, count)| (step.to_owned(), format.to_owned(), count))
    .collect();
    assert_eq!(found, expected);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(scanners_without_a_package_send_their_recorded_reports);

/// A local HTTP server answering the SonarQube Web API calls the connector
/// makes, with the response shapes SonarQube documents (`/api/ce/component`:
/// `queue` and `current` task; `/api/qualitygates/project_status`:
/// `projectStatus` with its conditions; `/api/issues/search` and
/// `/api/hotspots/search`: `paging` and the items, here two issues a page)
/// and the recorded real API answers of the fixture corpus. The analysis is
/// still queued at the first look. Anything but the expected bearer token
/// gets 401.
async fn local_sonarqube(fixtures: &Path) -> String {
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode};
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Clone)]
    struct Sonar {
        issues: Vec<Value>,
        hotspots: Vec<Value>,
        looks: Arc<AtomicUsize>,
    }
    type Answer = (StatusCode, [(&'static str, &'static str); 1], String);
    fn answer(code: StatusCode, body: Value) -> Answer {
        (
            code,
            [("content-type", "application/json")],
            body.to_string(),
        )
    }
    fn authorised(headers: &HeaderMap) -> bool {
        headers.get("authorization").and_then(|v| v.to_str().ok())
            == Some("Bearer squ_local_sonar_token_1234")
    }
    let read = |file: &str| -> Value {
        serde_json::from_slice(&std::fs::read(fixtures.join(file)).expect("fixture")).expect("json")
    };
    let sonar = Sonar {
        issues: read("sonarqube/findings_over_api.json")["issues"]
            .as_array()
            .cloned()
            .unwrap_or_default(),
        hotspots: read("sonarqube/findings_over_api_hotspots.json")["hotspots"]
            .as_array()
            .cloned()
            .unwrap_or_default(),
        looks: Arc::default(),
    };
    let app = axum::Router::new()
        .route(
            "/api/ce/component",
            axum::routing::get(|State(sonar): State<Sonar>, headers: HeaderMap| async move {
                if !authorised(&headers) {
                    return answer(StatusCode::UNAUTHORIZED, json!({"errors": [{"msg": "Unauthorized"}]}));
                }
                let task = |status: &str| json!({"id": "AVAS", "type": "REPORT", "componentKey": "payments-api", "status": status});
                match sonar.looks.fetch_add(1, Ordering::SeqCst) {
                    0 => answer(StatusCode::OK, json!({"queue": [task("IN_PROGRESS")]})),
                    _ => answer(StatusCode::OK, json!({"queue": [], "current": task("SUCCESS")})),
                }
            }),
        )
        .route(
            "/api/qualitygates/project_status",
            axum::routing::get(|headers: HeaderMap| async move {
                if !authorised(&headers) {
                    return answer(StatusCode::UNAUTHORIZED, json!({"errors": [{"msg": "Unauthorized"}]}));
                }
                answer(StatusCode::OK, json!({"projectStatus": {
                    "status": "ERROR",
                    "conditions": [
                        {"status": "ERROR", "metricKey": "new_security_rating", "comparator": "GT", "errorThreshold": "1", "actualValue": "5"},
                        {"status": "OK", "metricKey": "new_coverage", "comparator": "LT", "errorThreshold": "80", "actualValue": "91.2"}
                    ],
                    "ignoredConditions": false
                }}))
            }),
        )
        .route(
            "/api/issues/search",
            axum::routing::get(
                |State(sonar): State<Sonar>, uri: axum::http::Uri, headers: HeaderMap| async move {
                    let query: HashMap<&str, &str> = uri
                        .query()
                        .unwrap_or_default()
                        .split('&')
                        .filter_map(|pair| pair.split_once('='))
                        .collect();
                    if !authorised(&headers) || query.get("componentKeys").copied() != Some("payments-api") {
                        return answer(StatusCode::UNAUTHORIZED, json!({"errors": [{"msg": "Unauthorized"}]}));
                    }
                    let page: usize = query.get("p").and_then(|p| p.parse().ok()).unwrap_or(1);
                    let items: Vec<Value> = sonar.issues.iter().skip((page - 1) * 2).take(2).cloned().collect();
                    answer(StatusCode::OK, json!({
                        "paging": {"pageIndex": page, "pageSize": 2, "total": sonar.issues.len()},
                        "issues": items, "components": [], "facets": []
                    }))
                },
            ),
        )
        .route(
            "/api/hotspots/search",
            axum::routing::get(|State(sonar): State<Sonar>, headers: HeaderMap| async move {
                if !authorised(&headers) {
                    return answer(StatusCode::UNAUTHORIZED, json!({"errors": [{"msg": "Unauthorized"}]}));
                }
                answer(StatusCode::OK, json!({
                    "paging": {"pageIndex": 1, "pageSize": 500, "total": sonar.hotspots.len()},
                    "hotspots": sonar.hotspots, "components": []
                }))
            }),
        )
        .with_state(sonar);
    serve_http(app).await
}

/// A `sonarqube` step awaits the project's analysis, reads its quality gate
/// and imports every page of its issues and hotspots into the security
/// service; with `quality_gate: true` SonarQube's ERROR fails the step with
/// the failed conditions.
async fn a_sonarqube_step_imports_the_analysis_and_its_gate(database: TestDatabase) {
    let Some(fixtures) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    // Bound whole: the directory and the daemon live until the test ends.
    let Setup {
        dir: _dir,
        work,
        _remote: _daemon,
        server,
        repository_id,
        delivery_path: _,
    } = set_up(&database).await;
    let sonar = local_sonarqube(&fixtures).await;
    let sha = commit_and_push(&work, "main", &definition("unused"), "code\n");
    let text = format!(
        r#"name: sonar
secrets: [SONAR_TOKEN]
stages:
  - name: quality
    steps:
      - name: sonarqube
        tool: sonarqube
        config:
          url: {sonar}
          token: ${{secrets.SONAR_TOKEN}}
          project: payments-api
          quality_gate: true
          wait: 30s
"#
    );
    let (step, lines) = run_with_secret(
        &server,
        &repository_id,
        text,
        ("SONAR_TOKEN", "squ_local_sonar_token_1234"),
        &sha,
        pipeline::ExecutionStatus::Failed,
    )
    .await;
    assert_eq!(
        step.failure_reason,
        "SonarQube quality gate ERROR (new_security_rating is 5 (must not be GT 1))"
    );
    assert!(
        lines
            .iter()
            .any(|line| line
                == "sonarqube: quality gate ERROR; 5 open issues and 4 hotspots to review"),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .all(|line| !line.contains("squ_local_sonar_token_1234"))
    );
    assert_imported(&server, &step.scan_id, "sonarqube-json", 9).await;
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_sonarqube_step_imports_the_analysis_and_its_gate);

/// A local OWASP ZAP answering the API calls the connector makes with the
/// shapes ZAP's API documents (zaproxy.org/docs/api: `core/view/version`,
/// `spider`/`ascan` `action/scan` → `{"scan": id}` and `view/status` →
/// `{"status": percent}`, `pscan/view/recordsToScan`, and the traditional
/// XML report at `/OTHER/core/other/xmlreport/`, here the corpus's recorded
/// real report). Scans progress 40 % a look; a wrong `X-ZAP-API-Key` gets
/// ZAP's `bad_api_key` error.
async fn local_zap(fixtures: &Path) -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode, Uri};
    use axum::response::{IntoResponse, Response};

    #[derive(Clone)]
    struct Zap {
        report: Arc<Vec<u8>>,
        calls: Arc<std::sync::Mutex<Vec<String>>>,
    }
    async fn answer(State(zap): State<Zap>, uri: Uri, headers: HeaderMap) -> Response {
        let looks = {
            let mut calls = zap.calls.lock().expect("lock");
            calls.push(uri.to_string());
            calls
                .iter()
                .filter(|call| call.starts_with(uri.path()))
                .count()
        };
        if headers.get("x-zap-api-key").and_then(|v| v.to_str().ok()) != Some("zap-local-key-1234")
        {
            let body = json!({"code": "bad_api_key", "message": "Bad API Key"});
            return (StatusCode::BAD_REQUEST, body.to_string()).into_response();
        }
        let json = |value: Value| {
            ([("content-type", "application/json")], value.to_string()).into_response()
        };
        let percent = |looks: usize| (looks * 40).min(100).to_string();
        match uri.path() {
            "/JSON/core/view/version/" => json(json!({"version": "2.16.1"})),
            "/JSON/spider/action/scan/" | "/JSON/ascan/action/scan/" => json(json!({"scan": "3"})),
            "/JSON/spider/view/status/" | "/JSON/ascan/view/status/" => {
                json(json!({"status": percent(looks)}))
            }
            "/JSON/pscan/view/recordsToScan/" => {
                json(json!({"recordsToScan": if looks == 1 { "4" } else { "0" }}))
            }
            "/OTHER/core/other/xmlreport/" => {
                ([("content-type", "application/xml")], zap.report.to_vec()).into_response()
            }
            _ => (
                StatusCode::BAD_REQUEST,
                json!({"code": "bad_view", "message": "No Implementor"}).to_string(),
            )
                .into_response(),
        }
    }
    let zap = Zap {
        report: Arc::new(std::fs::read(fixtures.join("zap/some_2.9.0.xml")).expect("fixture")),
        calls: Arc::default(),
    };
    let calls = zap.calls.clone();
    let app = axum::Router::new().fallback(answer).with_state(zap);
    (serve_http(app).await, calls)
}

/// A `zap` step spiders and actively scans its target through ZAP's API,
/// with the progress in the step's log, waits for the passive scan, and
/// sends ZAP's report to the security service: the corpus's 7 alerts.
async fn a_zap_step_scans_the_target_and_imports_the_alerts(database: TestDatabase) {
    let Some(fixtures) = secureflow_platform::testkit::scanner_fixtures() else {
        return;
    };
    // Bound whole: the directory and the daemon live until the test ends.
    let Setup {
        dir: _dir,
        work,
        _remote: _daemon,
        server,
        repository_id,
        delivery_path: _,
    } = set_up(&database).await;
    let (zap, calls) = local_zap(&fixtures).await;
    let sha = commit_and_push(&work, "main", &definition("unused"), "code\n");
    let text = format!(
        r#"name: dast
secrets: [ZAP_KEY]
stages:
  - name: dast
    steps:
      - name: zap
        tool: zap
        config:
          url: {zap}
          api_key: ${{secrets.ZAP_KEY}}
          target: https://staging.example.test
          wait: 1m
"#
    );
    let (step, lines) = run_with_secret(
        &server,
        &repository_id,
        text,
        ("ZAP_KEY", "zap-local-key-1234"),
        &sha,
        pipeline::ExecutionStatus::Succeeded,
    )
    .await;
    let progress: Vec<&str> = lines
        .iter()
        .map(String::as_str)
        .filter(|line| line.starts_with("zap: spider") || line.starts_with("zap: active scan"))
        .collect();
    assert_eq!(
        progress,
        [
            "zap: spider of https://staging.example.test started",
            "zap: spider 40%",
            "zap: spider 80%",
            "zap: spider 100%",
            "zap: active scan of https://staging.example.test started",
            "zap: active scan 40%",
            "zap: active scan 80%",
            "zap: active scan 100%",
        ],
        "{lines:?}"
    );
    assert!(
        calls.lock().expect("lock").iter().any(|call| call
            .starts_with("/JSON/spider/action/scan/?url=https%3A%2F%2Fstaging.example.test")),
        "the spider was not started on the target"
    );
    assert!(
        lines
            .iter()
            .all(|line| !line.contains("zap-local-key-1234"))
    );
    assert_imported(&server, &step.scan_id, "zap-xml", 7).await;
    server.finish(database).await;
}

secureflow_platform::backend_tests!(a_zap_step_scans_the_target_and_imports_the_alerts);
