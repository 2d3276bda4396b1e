//! End-to-end ingestion into the embedded default (SQLite): 100,000 distinct
//! SARIF results, first import and unchanged re-import, with peak memory.
//! Run: `cargo bench -p secureflow-security --bench ingest` (set
//! SECUREFLOW_BENCH_DATABASE_URL to measure PostgreSQL instead).

use std::time::{Duration, Instant};

use secureflow_platform::config::SecretsConfig;
use secureflow_platform::db::Database;
use secureflow_platform::events::EventLog;
use secureflow_platform::migrations::PLATFORM_MIGRATIONS;
use secureflow_platform::secrets::Secrets;
use secureflow_security::ingest;
use secureflow_security::migrations::SECURITY_MIGRATIONS;
use secureflow_security::progress::Tracker;
use secureflow_security::store::Scope;

fn report(results: usize) -> Vec<u8> {
    let mut out = String::from(
        r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"semgrep"}},"results":["#,
    );
    for index in 0..results {
        if index > 0 {
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

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|value| value.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = std::env::var("SECUREFLOW_BENCH_DATABASE_URL").unwrap_or_else(|_| {
        format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.db").display()
        )
    });
    let db = Database::connect(&url, 4, Duration::from_secs(30))
        .await
        .expect("database");
    db.migrate(&PLATFORM_MIGRATIONS)
        .await
        .expect("platform schema");
    db.migrate(&SECURITY_MIGRATIONS)
        .await
        .expect("security schema");
    let log = EventLog::new(db.clone(), Duration::from_secs(1), 256);
    let secrets = Secrets::load(&SecretsConfig::default(), dir.path()).expect("secrets");
    let stores = ingest::Stores {
        db: &db,
        log: &log,
        secrets: &secrets,
    };
    let bytes = report(100_000);
    let scope = Scope {
        organization_id: "bench".into(),
        repository_id: format!("repo-{}", uuid::Uuid::now_v7()),
        branch: "main".into(),
        full_scan: true,
        ..Scope::default()
    };
    for label in ["first import", "unchanged re-import"] {
        let started = Instant::now();
        let upload = ingest::Upload {
            scope: scope.clone(),
            format: None,
            uploaded_by: "bench".into(),
            correlation_id: String::new(),
        };
        let tracker = Tracker::detached(&uuid::Uuid::now_v7().to_string());
        let scan = ingest::ingest(stores, upload, bytes.clone(), &tracker)
            .await
            .expect("ingested");
        println!(
            "{label}: {:.2} s ({} parsed, {} new, {} updated) on {}",
            started.elapsed().as_secs_f64(),
            scan.summary.findings_parsed,
            scan.summary.new,
            scan.summary.updated,
            if url.starts_with("sqlite") {
                "SQLite"
            } else {
                "PostgreSQL"
            }
        );
    }
    println!(
        "peak memory: {:.0} MiB ({:.1} MiB report)",
        peak_rss_mib(),
        bytes.len() as f64 / 1048576.0
    );
}
