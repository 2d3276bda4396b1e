//! Reports and the risk-ranked list on a repository with 100,000 open findings,
//! through gRPC: the time from `CreateReport` until the report is ready (read
//! with `GetReport` when it came back pending) for every kind and format, and
//! p50/p99 of `ListVulnerabilities` ordered by `risk desc` (every match scored,
//! one page loaded); and the posture report asked again with `reuse_within`
//! (the one made before returned). Run: `cargo bench -p secureflow-security --bench reports`;
//! `SECUREFLOW_BENCH_DATABASE_URL` measures PostgreSQL,
//! `SECUREFLOW_BENCH_FINDINGS` changes the count.

use std::time::{Duration, Instant};

use secureflow_platform::testkit::with_token;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::*;
use tonic::transport::Channel;

/// The allocator `secureflowd` ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;

use common::{TOKEN, report_from, upload};

const FINDINGS: usize = 100_000;
const LIST_CALLS: usize = 50;
const REPOSITORY: &str = "repo-report-bench";

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

/// Creates a report and waits until it is ready (with `reuse_within` set to
/// `reuse`, a ready one of the same spec may be returned at once); returns the
/// time and size.
async fn generate(
    client: &mut SecurityServiceClient<Channel>,
    kind: ReportKind,
    framework: ComplianceFramework,
    format: ReportFormat,
    reuse: Option<Duration>,
) -> (Duration, usize) {
    let started = Instant::now();
    let mut report = client
        .create_report(with_token(
            CreateReportRequest {
                reuse_within: reuse.map(|within| pbjson_types::Duration {
                    seconds: i64::try_from(within.as_secs()).unwrap_or(i64::MAX),
                    nanos: 0,
                }),
                report: Some(Report {
                    kind: kind as i32,
                    framework: framework as i32,
                    format: format as i32,
                    repository_id: REPOSITORY.into(),
                    ..Report::default()
                }),
            },
            TOKEN,
        ))
        .await
        .expect("create")
        .into_inner()
        .report
        .expect("report");
    while report.status == ReportStatus::Pending as i32 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        report = client
            .get_report(with_token(GetReportRequest { id: report.id }, TOKEN))
            .await
            .expect("get")
            .into_inner()
            .report
            .expect("report");
    }
    assert_eq!(
        report.status,
        ReportStatus::Ready as i32,
        "{}",
        report.error
    );
    (started.elapsed(), report.content.len())
}

#[tokio::main]
async fn main() {
    let (server, _dir, _url) = common::start().await;
    let findings: usize = std::env::var("SECUREFLOW_BENCH_FINDINGS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(FINDINGS);
    let mut client = SecurityServiceClient::new(server.channel().await)
        .max_decoding_message_size(1024 * 1024 * 1024);
    upload(&mut client, REPOSITORY, "main", &report_from(0, findings)).await;

    let none = ComplianceFramework::Unspecified;
    for (label, kind, framework, format) in [
        (
            "posture over 90 days",
            ReportKind::Posture,
            none,
            ReportFormat::Json,
        ),
        (
            "open by severity, age, SLA",
            ReportKind::OpenVulnerabilities,
            none,
            ReportFormat::Json,
        ),
        (
            "mean time to remediate",
            ReportKind::Mttr,
            none,
            ReportFormat::Json,
        ),
        ("per tool", ReportKind::PerTool, none, ReportFormat::Json),
        (
            "PCI-DSS 4.0 compliance",
            ReportKind::Compliance,
            ComplianceFramework::PciDss4,
            ReportFormat::Json,
        ),
        (
            "findings, JSON",
            ReportKind::Findings,
            none,
            ReportFormat::Json,
        ),
        (
            "findings, CSV",
            ReportKind::Findings,
            none,
            ReportFormat::Csv,
        ),
        (
            "findings, SARIF",
            ReportKind::Findings,
            none,
            ReportFormat::Sarif,
        ),
    ] {
        let (time, size) = generate(&mut client, kind, framework, format, None).await;
        println!(
            "report {label}: ready in {:.0} ms, {:.1} MiB",
            ms(time),
            size as f64 / (1024.0 * 1024.0)
        );
    }
    // A dashboard asking again while nothing changed: the report above reused.
    let (time, size) = generate(
        &mut client,
        ReportKind::Posture,
        none,
        ReportFormat::Json,
        Some(Duration::from_secs(600)),
    )
    .await;
    println!(
        "report posture over 90 days, asked again with reuse_within: ready in {:.0} ms, {:.1} MiB",
        ms(time),
        size as f64 / (1024.0 * 1024.0)
    );

    let request = || {
        with_token(
            ListVulnerabilitiesRequest {
                repository_id: REPOSITORY.into(),
                order_by: "risk desc".into(),
                page_size: 50,
                ..ListVulnerabilitiesRequest::default()
            },
            TOKEN,
        )
    };
    let mut times = Vec::with_capacity(LIST_CALLS);
    for _ in 0..LIST_CALLS {
        let started = Instant::now();
        let page = client
            .list_vulnerabilities(request())
            .await
            .expect("list")
            .into_inner();
        times.push(started.elapsed());
        assert_eq!(page.vulnerabilities.len(), 50);
    }
    times.sort();
    let at = |p: f64| ms(times[((times.len() - 1) as f64 * p).round() as usize]);
    println!(
        "ListVulnerabilities risk desc over {findings} findings, page of 50: p50 {:.1} ms, p99 {:.1} ms",
        at(0.5),
        at(0.99)
    );
    server.stop().await.expect("stop");
}
