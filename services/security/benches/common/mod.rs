//! Shared by the security benches.

use std::collections::HashMap;

use secureflow_platform::config::Overrides;
use secureflow_platform::server::Composition;
use secureflow_platform::testkit::{TestServer, with_token};
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::*;
use tonic::transport::Channel;

/// The admin API token the bench server is bootstrapped with.
pub const TOKEN: &str = "sft_bench_admin_token_0123456789abcdef";

/// An in-process identity + security server on a temporary SQLite file, or on
/// `SECUREFLOW_BENCH_DATABASE_URL`; other `SECUREFLOW_*` variables configure it.
/// Returns the server, the directory to keep alive, and the database URL.
pub async fn start() -> (TestServer, tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = std::env::var("SECUREFLOW_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.db").display()
        )
    });
    let composition = Composition {
        modules: vec![secureflow_identity::MODULE, secureflow_security::MODULE],
        authentication: Some(secureflow_identity::AUTHENTICATION),
        http: axum::Router::new(),
        edge: None,
        pages: None,
    };
    let mut env = HashMap::from([(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        TOKEN.to_owned(),
    )]);
    env.extend(std::env::vars().filter(|(name, _)| {
        name.starts_with("SECUREFLOW_") && !name.starts_with("SECUREFLOW_BENCH_")
    }));
    let overrides = Overrides {
        database_url: Some(url.clone()),
        ..Overrides::default()
    };
    (
        TestServer::start(composition, &env, overrides).await,
        dir,
        url,
    )
}

/// A SARIF report of `results` distinct results (200 rules over 5,000 files).
#[allow(dead_code)]
pub fn report(results: usize) -> Vec<u8> {
    report_from(0, results)
}

/// Results numbered `first..first + results`, so two ranges overlap exactly
/// where their numbers do.
pub fn report_from(first: usize, results: usize) -> Vec<u8> {
    let mut out = String::from(
        r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"semgrep"}},"results":["#,
    );
    for index in first..first + results {
        if index > first {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"ruleId":"rule-{}","level":"error","message":{{"text":"problem {index}"}},"locations":[{{"physicalLocation":{{"artifactLocation":{{"uri":"src/f{}.py"}},"region":{{"startLine":{},"snippet":{{"text":"call_{index}(x)"}}}}}}}}]}}"#,
            index % 200,
            index % 5000,
            1 + index % 900
        ));
    }
    out.push_str("]}]}");
    out.into_bytes()
}

/// Streams `report` to `branch` of `repository` (base `main`) and prints how
/// many findings were stored.
#[allow(dead_code)]
pub async fn upload(
    client: &mut SecurityServiceClient<Channel>,
    repository: &str,
    branch: &str,
    report: &[u8],
) {
    let header = IngestReportHeader {
        scope: Some(ScanScope {
            repository_id: repository.into(),
            branch: branch.into(),
            commit_sha: format!("{branch}-head"),
            base_branch: "main".into(),
            ..Default::default()
        }),
        size_bytes: i64::try_from(report.len()).expect("size"),
        ..Default::default()
    };
    let mut messages = vec![IngestReportRequest {
        part: Some(ingest_report_request::Part::Header(header)),
    }];
    messages.extend(report.chunks(1024 * 1024).map(|chunk| IngestReportRequest {
        part: Some(ingest_report_request::Part::Chunk(chunk.to_vec())),
    }));
    let mut stream = client
        .ingest_report(with_token(futures::stream::iter(messages), TOKEN))
        .await
        .expect("upload")
        .into_inner();
    while let Some(message) = stream.message().await.expect("progress") {
        let progress = message.progress.expect("progress");
        if progress.phase == ScanPhase::Completed as i32 {
            let summary = progress.summary.expect("summary");
            println!(
                "{branch}: {} findings stored",
                summary.new + summary.updated
            );
        }
    }
}
