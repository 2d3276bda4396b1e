//! The embedded server's memory under a mixed load and after it: a release
//! `secureflowd` started on its own (no configuration, a fresh data
//! directory), then two minutes of uploads of `shared/bench/gen_sarif.py`
//! reports (re-import variants of 20,000 findings on several repositories and
//! branches) alongside reads (vulnerability pages by severity and by risk,
//! single vulnerabilities, scans, gate evaluations, findings reports), then a
//! quiet half minute. Prints the server's resident memory before, at its peak,
//! and when idle. Run: `cargo bench -p secureflowd --bench memory`;
//! `MEMORY_BENCH_SECONDS` shortens or lengthens the load.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use secureflow_platform::testkit::with_token;
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::security::v1 as security;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use tonic::transport::Channel;

mod common;

const TOKEN: &str = "sft_memory_bench_token_0123456789abcdef";
const REPOSITORIES: usize = 4;
const FINDINGS: usize = 20_000;
const IDLE: Duration = Duration::from_secs(120);

/// Resident memory of `pid`, MiB.
fn rss_mib(pid: u32) -> f64 {
    common::memory_mib(pid, "VmRSS:")
}

/// Re-import variants from the shared generator: each drops the first tenth
/// of the previous one and adds a tenth.
fn reports(dir: &Path) -> Vec<Vec<u8>> {
    let generator =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/gen_sarif.py");
    (0..4)
        .map(|variant| {
            let output = dir.join(format!("variant{variant}.sarif"));
            let status = Command::new("python3")
                .arg(&generator)
                .args(["--start", &(variant * FINDINGS / 10).to_string()])
                .args(["--count", &FINDINGS.to_string()])
                .arg("-o")
                .arg(&output)
                .status()
                .expect("python3 runs the generator");
            assert!(status.success(), "{} failed", generator.display());
            std::fs::read(&output).expect("report")
        })
        .collect()
}

async fn uploads(
    channel: Channel,
    reports: Arc<Vec<Vec<u8>>>,
    stop: Arc<AtomicBool>,
    count: Arc<AtomicU64>,
) {
    let mut client = SecurityServiceClient::new(channel);
    let mut round = 0_usize;
    while !stop.load(Ordering::Relaxed) {
        let request = security::CreateScanRequest {
            scope: Some(security::ScanScope {
                repository_id: format!("repo-{}", round % REPOSITORIES),
                branch: if round.is_multiple_of(3) {
                    "feature".into()
                } else {
                    "main".into()
                },
                commit_sha: format!("{round:040x}"),
                ..Default::default()
            }),
            format: String::new(),
            report: Some(HttpBody {
                content_type: "application/sarif+json".into(),
                data: reports[round % reports.len()].clone(),
                extensions: Vec::new(),
            }),
        };
        client
            .create_scan(with_token(request, TOKEN))
            .await
            .expect("upload");
        count.fetch_add(1, Ordering::Relaxed);
        round += 1;
    }
}

async fn reads(channel: Channel, stop: Arc<AtomicBool>, count: Arc<AtomicU64>) {
    // Findings reports come back whole: tens of MiB.
    let mut client = SecurityServiceClient::new(channel).max_decoding_message_size(256 << 20);
    let mut round = 0_usize;
    while !stop.load(Ordering::Relaxed) {
        let repository = format!("repo-{}", round % REPOSITORIES);
        let order = if round.is_multiple_of(2) {
            "risk desc"
        } else {
            "severity desc"
        };
        let page = client
            .list_vulnerabilities(with_token(
                security::ListVulnerabilitiesRequest {
                    page_size: 100,
                    repository_id: repository.clone(),
                    order_by: order.into(),
                    ..Default::default()
                },
                TOKEN,
            ))
            .await
            .expect("list")
            .into_inner();
        for vulnerability in page.vulnerabilities.iter().take(5) {
            client
                .get_vulnerability(with_token(
                    security::GetVulnerabilityRequest {
                        id: vulnerability.id.clone(),
                    },
                    TOKEN,
                ))
                .await
                .expect("get");
        }
        client
            .list_scans(with_token(security::ListScansRequest::default(), TOKEN))
            .await
            .expect("scans");
        client
            .evaluate_gate(with_token(
                security::EvaluateGateRequest {
                    repository_id: repository.clone(),
                    branch: "feature".into(),
                    base_branch: "main".into(),
                    target: None,
                },
                TOKEN,
            ))
            .await
            .expect("gate");
        if round.is_multiple_of(10) {
            client
                .create_report(with_token(
                    security::CreateReportRequest {
                        reuse_within: None,
                        report: Some(security::Report {
                            kind: security::ReportKind::Findings as i32,
                            format: security::ReportFormat::Json as i32,
                            repository_id: repository,
                            ..Default::default()
                        }),
                    },
                    TOKEN,
                ))
                .await
                .expect("report");
        }
        count.fetch_add(1, Ordering::Relaxed);
        round += 1;
    }
}

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::var("MEMORY_BENCH_SECONDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(120);
    let dir = tempfile::tempdir().expect("temp dir");
    let reports = Arc::new(reports(dir.path()));
    let (mut server, address) = common::start(
        dir.path(),
        TOKEN,
        &[("SECUREFLOW_TELEMETRY__LOG_FILTER", "info")],
    );
    let pid = server.id();
    let channel = Channel::from_shared(format!("http://{address}"))
        .expect("address")
        .connect()
        .await
        .expect("connect");
    // A policy, so uploads and evaluations do the gate's work.
    SecurityServiceClient::new(channel.clone())
        .create_policy(with_token(
            security::CreatePolicyRequest {
                policy: Some(security::Policy {
                    name: "no new critical".into(),
                    enabled: true,
                    conditions: vec![security::Condition {
                        on_violation: security::Verdict::Fail as i32,
                        rule: Some(security::condition::Rule::Threshold(
                            security::ThresholdRule {
                                finding_set: security::FindingSet::New as i32,
                                min_severity: security::Severity::Critical as i32,
                                max_count: 0,
                                ..Default::default()
                            },
                        )),
                    }],
                    ..Default::default()
                }),
            },
            TOKEN,
        ))
        .await
        .expect("policy");
    let started_rss = rss_mib(pid);
    let stop = Arc::new(AtomicBool::new(false));
    let (uploaded, read) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let mut workers = Vec::new();
    for _ in 0..2 {
        workers.push(tokio::spawn(uploads(
            channel.clone(),
            reports.clone(),
            stop.clone(),
            uploaded.clone(),
        )));
    }
    for _ in 0..4 {
        workers.push(tokio::spawn(reads(
            channel.clone(),
            stop.clone(),
            read.clone(),
        )));
    }
    let load_until = Instant::now() + Duration::from_secs(seconds);
    let mut peak: f64 = started_rss;
    while Instant::now() < load_until {
        tokio::time::sleep(Duration::from_millis(500)).await;
        peak = peak.max(rss_mib(pid));
    }
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker.await.expect("worker");
    }
    let after_load = rss_mib(pid);
    tokio::time::sleep(IDLE).await;
    let idle = rss_mib(pid);
    println!(
        "memory, {seconds} s of mixed load ({} uploads of {FINDINGS}-finding reports, {} read rounds): RSS at start {started_rss:.0} MiB, peak {peak:.0} MiB, at the end of the load {after_load:.0} MiB, idle {} s later {idle:.0} MiB",
        uploaded.load(Ordering::Relaxed),
        read.load(Ordering::Relaxed),
        IDLE.as_secs(),
    );
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(pid.to_string())
        .status();
    let _ = server.wait();
}
