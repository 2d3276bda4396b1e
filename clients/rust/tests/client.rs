//! The client against an in-process server over real gRPC: a report streamed from a
//! file with every progress update handed over, a refused report returning the
//! server's status after its FAILED update, tokens on every call, and retries of an
//! idempotent call that a stopped server cannot answer.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use secureflow_client::proto::secureflow::security::v1::{
    ListVulnerabilitiesRequest, ScanPhase, ScanScope,
};
use secureflow_client::upload::{UploadRequest, upload_file};
use secureflow_client::{ClientConfig, Error, RetryPolicy, SecureFlow};
use secureflow_platform::testkit::{TestDatabase, TestServer};

const TOKEN: &str = "sft_client_test_admin_0123456789";

async fn start(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_security::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(TOKEN)
        .start()
        .await
}

fn sarif(results: usize) -> String {
    let results: Vec<serde_json::Value> = (0..results)
        .map(|i| {
            serde_json::json!({"ruleId": format!("rule-{i}"), "level": "error",
                "message": {"text": format!("problem {i}")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app.py"}, "region": {"startLine": i + 1}}}]})
        })
        .collect();
    serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": results}]})
        .to_string()
}

fn scope() -> ScanScope {
    ScanScope {
        repository_id: "client-test".into(),
        branch: "main".into(),
        ..ScanScope::default()
    }
}

#[tokio::test]
async fn uploads_stream_their_progress_and_refusals_carry_the_status() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let config = ClientConfig::new(&format!("http://{}", server.address))
        .expect("config")
        .with_token(TOKEN);
    let secureflow = SecureFlow::connect(&config).await.expect("connects");
    let directory = tempfile::tempdir().expect("dir");

    // A report of several chunks: progress from receiving to completed.
    let report = directory.path().join("semgrep.sarif");
    std::fs::write(&report, sarif(20_000)).expect("write");
    assert!(std::fs::metadata(&report).expect("meta").len() > 2 * 1024 * 1024);
    let mut phases = Vec::new();
    let last = upload_file(
        &secureflow,
        &report,
        UploadRequest {
            scope: scope(),
            format: String::new(),
        },
        |progress| phases.push(progress.phase),
    )
    .await
    .expect("uploaded");
    assert_eq!(last.phase, ScanPhase::Completed as i32);
    assert_eq!(last.summary.expect("summary").new, 20_000);
    assert!(
        phases.contains(&(ScanPhase::Receiving as i32)),
        "{phases:?}"
    );
    assert!(phases.contains(&(ScanPhase::Storing as i32)), "{phases:?}");

    let listed = secureflow
        .idempotent(|| {
            let mut client = secureflow.security();
            let request = secureflow.request(ListVulnerabilitiesRequest {
                repository_id: "client-test".into(),
                page_size: 1,
                ..ListVulnerabilitiesRequest::default()
            });
            async move { client.list_vulnerabilities(request).await }
        })
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(listed.total_size, 20_000);

    // Every page of a list, once each: 40 pages of 500.
    let mut pages = 0;
    let every = secureflow
        .every_page(|page_token| {
            pages += 1;
            let mut client = secureflow.security();
            let request = secureflow.request(ListVulnerabilitiesRequest {
                repository_id: "client-test".into(),
                page_size: 500,
                page_token,
                ..ListVulnerabilitiesRequest::default()
            });
            async move {
                let page = client.list_vulnerabilities(request).await?.into_inner();
                Ok((page.vulnerabilities, page.next_page_token))
            }
        })
        .await
        .expect("every page");
    assert_eq!(pages, 40);
    let ids: std::collections::HashSet<_> = every.iter().map(|v| v.id.as_str()).collect();
    assert_eq!((every.len(), ids.len()), (20_000, 20_000));

    // A broken report: FAILED is handed over, then the status comes back.
    let broken = directory.path().join("broken.json");
    std::fs::write(&broken, "{\"runs\": [").expect("write");
    let mut failed = false;
    let refused = upload_file(
        &secureflow,
        &broken,
        UploadRequest {
            scope: scope(),
            format: String::new(),
        },
        |progress| failed |= progress.phase == ScanPhase::Failed as i32,
    )
    .await
    .expect_err("refused");
    assert_eq!(
        refused.status().map(tonic::Status::code),
        Some(tonic::Code::InvalidArgument),
        "{refused}"
    );
    assert!(failed);

    // A missing file is the caller's error, named.
    let missing = upload_file(
        &secureflow,
        &directory.path().join("nope.json"),
        UploadRequest::default(),
        |_| {},
    )
    .await
    .expect_err("missing");
    assert!(matches!(missing, Error::Io { .. }), "{missing}");
    assert!(missing.to_string().contains("nope.json"));

    // Without the token the server refuses.
    let anonymous = SecureFlow::connect(
        &ClientConfig::new(&format!("http://{}", server.address)).expect("config"),
    )
    .await
    .expect("connects");
    let status = anonymous
        .security()
        .list_vulnerabilities(ListVulnerabilitiesRequest::default())
        .await
        .expect_err("refused");
    assert_eq!(status.code(), tonic::Code::Unauthenticated);

    // Once the server is gone, idempotent calls are retried, then fail as UNAVAILABLE.
    let mut quick = config.clone();
    quick.retry = RetryPolicy {
        max_retries: 2,
        min_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(20),
    };
    let connected = SecureFlow::connect(&quick).await.expect("connects");
    server.stop().await.expect("stop");
    let attempts = AtomicUsize::new(0);
    let result = connected
        .idempotent(|| {
            attempts.fetch_add(1, Ordering::SeqCst);
            let mut client = connected.security();
            async move {
                client
                    .list_vulnerabilities(ListVulnerabilitiesRequest::default())
                    .await
            }
        })
        .await;
    assert_eq!(result.expect_err("down").code(), tonic::Code::Unavailable);
    assert_eq!(
        attempts.load(Ordering::SeqCst),
        3,
        "the first try and two retries"
    );
    database.cleanup().await;
}
