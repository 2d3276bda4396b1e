//! Gate evaluation on a repository with 100,000 open findings, through gRPC:
//! the base branch (`main`) and a feature branch each hold 100,000 findings
//! (the feature branch 10 more, which are "new"), and `EvaluateGate` is called
//! for the feature branch with a policy of every condition kind (the CEL one
//! over `new_findings`). Reports the first (cold) evaluation, then p50/p99 of
//! 300 sequential calls; then the same with a CEL condition over all
//! `findings`, the costliest kind. Run: `cargo bench -p secureflow-security
//! --bench gate`; `SECUREFLOW_BENCH_DATABASE_URL` measures PostgreSQL,
//! `SECUREFLOW_BENCH_FINDINGS` changes the count.

use std::time::{Duration, Instant};

use secureflow_platform::testkit::with_token;
use secureflow_proto::secureflow::security::v1::condition::Rule;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use secureflow_proto::secureflow::security::v1::*;
use tonic::transport::Channel;

/// The allocator `secureflowd` ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod common;

use common::{TOKEN, report_from, upload};

const FINDINGS: usize = 100_000;
const CALLS: usize = 300;
const REPOSITORY: &str = "repo-gate-bench";

fn condition(rule: Rule) -> Condition {
    Condition {
        on_violation: Verdict::Fail as i32,
        rule: Some(rule),
    }
}

fn every_kind(cel: &str) -> Vec<Condition> {
    vec![
        condition(Rule::Threshold(ThresholdRule {
            finding_set: FindingSet::New as i32,
            min_severity: Severity::High as i32,
            max_count: 0,
            ..ThresholdRule::default()
        })),
        condition(Rule::Threshold(ThresholdRule {
            finding_set: FindingSet::Total as i32,
            min_severity: Severity::Critical as i32,
            max_count: 10,
            tool: "semgrep".into(),
            ..ThresholdRule::default()
        })),
        condition(Rule::AnySecret(AnySecretRule::default())),
        condition(Rule::RiskScore(RiskScoreRule {
            finding_set: FindingSet::New as i32,
            threshold: 90.0,
        })),
        condition(Rule::SlaBreach(SlaBreachRule {
            min_severity: Severity::High as i32,
        })),
        condition(Rule::LicenseDeny(LicenseDenyRule {
            denied_licenses: vec!["AGPL-3.0-only".into()],
        })),
        condition(Rule::Cel(CelRule {
            expression: cel.into(),
            message: String::new(),
        })),
    ]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

async fn measure(client: &mut SecurityServiceClient<Channel>, label: &str) {
    let request = || {
        with_token(
            EvaluateGateRequest {
                repository_id: REPOSITORY.into(),
                branch: "feature".into(),
                base_branch: "main".into(),
                target: None,
            },
            TOKEN,
        )
    };
    let started = Instant::now();
    let first = client
        .evaluate_gate(request())
        .await
        .expect("evaluate")
        .into_inner()
        .evaluation
        .expect("evaluation");
    let cold = started.elapsed();
    let violations: usize = first.policies.iter().map(|p| p.violations.len()).sum();
    let mut times = Vec::with_capacity(CALLS);
    for _ in 0..CALLS {
        let started = Instant::now();
        client.evaluate_gate(request()).await.expect("evaluate");
        times.push(started.elapsed());
    }
    times.sort();
    let at = |p: f64| ms(times[((times.len() - 1) as f64 * p).round() as usize]);
    println!(
        "{label}: verdict {:?} ({violations} violated conditions); first call {:.1} ms; then {CALLS} calls p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        Verdict::try_from(first.verdict).unwrap_or(Verdict::Unspecified),
        ms(cold),
        at(0.5),
        at(0.99),
        ms(*times.last().expect("times")),
    );
}

#[tokio::main]
async fn main() {
    let (server, _dir, _url) = common::start().await;
    let findings: usize = std::env::var("SECUREFLOW_BENCH_FINDINGS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(FINDINGS);
    let mut client = SecurityServiceClient::new(server.channel().await)
        .max_decoding_message_size(64 * 1024 * 1024);
    upload(&mut client, REPOSITORY, "main", &report_from(0, findings)).await;
    upload(
        &mut client,
        REPOSITORY,
        "feature",
        &report_from(0, findings + 10),
    )
    .await;

    let policy = client
        .create_policy(with_token(
            CreatePolicyRequest {
                policy: Some(Policy {
                    name: "every condition kind".into(),
                    conditions: every_kind(
                        "new_findings.exists(f, f.severity == 'CRITICAL' && f.known_exploited)",
                    ),
                    enabled: true,
                    ..Policy::default()
                }),
            },
            TOKEN,
        ))
        .await
        .expect("policy")
        .into_inner()
        .policy
        .expect("policy");
    measure(&mut client, "every condition kind, CEL over new_findings").await;

    let mut all = policy.clone();
    all.conditions =
        every_kind("findings.exists(f, f.severity == 'CRITICAL' && f.known_exploited)");
    client
        .update_policy(with_token(
            UpdatePolicyRequest {
                policy: Some(all),
                update_mask: None,
            },
            TOKEN,
        ))
        .await
        .expect("update");
    measure(&mut client, "every condition kind, CEL over all findings").await;
    server.stop().await.expect("stop");
}
