//! Ingestion as a CI job meets it: a release `secureflowd` started on its own
//! (no configuration: the embedded SQLite in a fresh data directory), and the
//! report of `shared/bench/gen_sarif.py --count 100000` (a Semgrep-shaped SARIF
//! of about 63 MiB with snippets and rule metadata) uploaded with the client
//! library the `secureflow` CLI uses (`upload_file`: 1 MiB chunks, progress
//! followed to the end). Each round uploads it to a new repository (first
//! import), then again (unchanged re-import); the client's wall clock of each,
//! and the server's peak resident memory, are printed.
//!
//! Run: `cargo bench -p secureflowd --bench ingest`. Settings:
//! `SECUREFLOW_BENCH_FINDINGS` (default 100000), `SECUREFLOW_BENCH_ROUNDS`
//! (default 3), `SECUREFLOW_BENCH_DATABASE_URL` (a PostgreSQL URL to measure
//! that backend instead, e.g. `postgres://postgres@127.0.0.1:5432/test`: the
//! server gets a fresh schema there, dropped when the bench ends).

use std::time::Instant;

mod common;

use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::security::v1::ScanPhase;
use secureflow_client::upload::upload_file;

const TOKEN: &str = "sft_ingest_bench_token_0123456789abcdef";

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let findings = common::setting("SECUREFLOW_BENCH_FINDINGS", 100_000);
    let rounds = common::setting("SECUREFLOW_BENCH_ROUNDS", 3).max(1);
    let dir = tempfile::tempdir().expect("scratch");
    let path = common::report(dir.path(), findings);
    let megabytes = std::fs::metadata(&path).expect("report").len() as f64 / 1_048_576.0;
    let (mut server, config, backend) = common::serve(dir.path(), TOKEN);
    let client = SecureFlow::connect(&config).await.expect("connects");
    let (mut first, mut again) = (Vec::new(), Vec::new());
    for round in 0..rounds {
        let repository = format!("bench/ingest-{round}-{}", std::process::id());
        for times in [&mut first, &mut again] {
            let request = common::upload_to(&repository);
            let started = Instant::now();
            let last = upload_file(&client, &path, request, |_| {})
                .await
                .expect("uploaded");
            assert_eq!(last.phase, ScanPhase::Completed as i32, "{last:?}");
            times.push(started.elapsed().as_secs_f64());
        }
    }
    let peak = common::memory_mib(server.id(), "VmHWM:");
    let _ = server.kill();
    let _ = server.wait();
    println!(
        "ingest, {findings} Semgrep-shaped SARIF results ({megabytes:.0} MiB), release secureflowd on {backend}, {rounds} rounds"
    );
    println!(
        "  first import:        median {:.2} s  (all: {first:.2?})",
        median(&mut first.clone())
    );
    println!(
        "  unchanged re-import: median {:.2} s  (all: {again:.2?})",
        median(&mut again.clone())
    );
    println!("  server peak RSS:     {peak:.0} MiB");
}
