//! End-to-end ingestion: 100,000 distinct SARIF results streamed over gRPC
//! (`IngestReport`, 1 MiB chunks) to a server on the embedded default (SQLite),
//! parsed, deduplicated, stored, summarised — first import, then an unchanged
//! re-import — with the time of each phase (from the progress stream) and the
//! process's peak memory (server and client together).
//! Run: `cargo bench -p secureflow-security --bench ingest`; set
//! `SECUREFLOW_BENCH_DATABASE_URL` (e.g. `postgres://postgres@127.0.0.1:5432/test`)
//! to measure PostgreSQL instead.

use std::collections::HashMap;
use std::time::Instant;

/// The allocator `secureflowd` ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use secureflow_platform::testkit::with_token;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::*;

mod common;

use common::{TOKEN, report};

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

fn seconds(progress: &ScanProgress) -> f64 {
    progress
        .time
        .map(|t| t.seconds as f64 + f64::from(t.nanos) / 1e9)
        .unwrap_or_default()
}

#[tokio::main]
async fn main() {
    let (server, _dir, url) = common::start().await;
    let bytes = report(100_000);
    let backend = if url.starts_with("sqlite") {
        "SQLite"
    } else {
        "PostgreSQL"
    };
    let rounds: usize = std::env::var("SECUREFLOW_BENCH_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(3);
    let mut times: HashMap<&str, Vec<f64>> = HashMap::new();
    // Each round ingests into a new repository: a first import, then the same report again.
    for _ in 0..rounds {
        let repository = format!("repo-{}", uuid::Uuid::now_v7());
        for label in ["first import", "unchanged re-import"] {
            let mut client = SecurityServiceClient::new(server.channel().await)
                .max_decoding_message_size(64 * 1024 * 1024);
            let header = IngestReportHeader {
                scope: Some(ScanScope {
                    repository_id: repository.clone(),
                    branch: "main".into(),
                    ..Default::default()
                }),
                size_bytes: i64::try_from(bytes.len()).expect("size"),
                ..Default::default()
            };
            let mut messages = vec![IngestReportRequest {
                part: Some(ingest_report_request::Part::Header(header)),
            }];
            messages.extend(bytes.chunks(1024 * 1024).map(|chunk| IngestReportRequest {
                part: Some(ingest_report_request::Part::Chunk(chunk.to_vec())),
            }));
            let started = Instant::now();
            let mut stream = client
                .ingest_report(with_token(futures::stream::iter(messages), TOKEN))
                .await
                .expect("upload")
                .into_inner();
            let mut first_of_phase: Vec<(i32, f64)> = Vec::new();
            let mut last = None;
            while let Some(message) = stream.message().await.expect("progress") {
                let progress = message.progress.expect("progress");
                if first_of_phase.last().map(|(phase, _)| *phase) != Some(progress.phase) {
                    first_of_phase.push((progress.phase, seconds(&progress)));
                }
                last = Some(progress);
            }
            let elapsed = started.elapsed().as_secs_f64();
            let last = last.expect("final progress");
            let summary = last.summary.expect("summary");
            let phases: Vec<String> = first_of_phase
                .windows(2)
                .map(|pair| {
                    let name = ScanPhase::try_from(pair[0].0)
                        .map(|phase| {
                            phase
                                .as_str_name()
                                .trim_start_matches("SCAN_PHASE_")
                                .to_lowercase()
                        })
                        .unwrap_or_default();
                    format!("{name} {:.2} s", pair[1].1 - pair[0].1)
                })
                .collect();
            println!(
                "{label}: {elapsed:.2} s end to end on {backend} ({} parsed, {} new, {} updated; {})",
                summary.findings_parsed,
                summary.new,
                summary.updated,
                phases.join(", ")
            );
            times.entry(label).or_default().push(elapsed);
        }
    }
    for label in ["first import", "unchanged re-import"] {
        let mut measured = times.remove(label).unwrap_or_default();
        measured.sort_by(f64::total_cmp);
        if let (Some(best), Some(median)) = (measured.first(), measured.get(measured.len() / 2)) {
            println!("{label} on {backend}: median {median:.2} s, best {best:.2} s of {rounds}");
        }
    }
    println!(
        "peak memory: {:.0} MiB, server and client in one process ({:.1} MiB report)",
        peak_rss_mib(),
        bytes.len() as f64 / 1048576.0
    );
    server.stop().await.expect("stop");
}
