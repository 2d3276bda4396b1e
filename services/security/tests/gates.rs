//! Quality gates over real gRPC on SQLite and PostgreSQL: the verdict at the
//! end of a streamed upload, "new" measured against the base branch, failing
//! closed, re-evaluation (and `gate.changed`) after triage, KEV imports and
//! policy edits, SLA breaches, and policy validation.

use crate::common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use prost::Message as _;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::google::api::HttpBody;
use secureflow_proto::secureflow::events::v1::{Envelope, envelope};
use secureflow_proto::secureflow::identity::v1::SlaPolicy;
use secureflow_proto::secureflow::security::v1::condition::Rule;
use secureflow_proto::secureflow::security::v1::*;
use serde_json::json;
use sqlx::Row;

const REPO: &str = "repo-gates";

/// Every upload is of a new commit.
static COMMITS: AtomicUsize = AtomicUsize::new(1);

/// Uploads `report` to `branch` (base `base`, empty for the default) and
/// returns the final progress message.
async fn upload_to(server: &TestServer, branch: &str, base: &str, report: &[u8]) -> ScanProgress {
    let header = IngestReportHeader {
        scope: Some(ScanScope {
            repository_id: REPO.into(),
            branch: branch.into(),
            commit_sha: format!("commit-{}", COMMITS.fetch_add(1, Ordering::Relaxed)),
            base_branch: base.into(),
            ..Default::default()
        }),
        format: String::new(),
        file_name: "report.json".into(),
        size_bytes: i64::try_from(report.len()).expect("size"),
    };
    let streamed = stream_upload(server.channel().await, header, report, 16 * 1024)
        .await
        .expect("upload");
    assert!(streamed.status.is_none(), "{:?}", streamed.status);
    let last = streamed.progress.last().expect("progress").clone();
    assert_eq!(last.phase, ScanPhase::Completed as i32, "{last:?}");
    last
}

fn condition(rule: Rule) -> Condition {
    Condition {
        on_violation: Verdict::Fail as i32,
        rule: Some(rule),
    }
}

fn no_new_high() -> Rule {
    Rule::Threshold(ThresholdRule {
        finding_set: FindingSet::New as i32,
        min_severity: Severity::High as i32,
        max_count: 0,
        ..ThresholdRule::default()
    })
}

async fn create_policy(server: &TestServer, name: &str, conditions: Vec<Condition>) -> Policy {
    client(server.channel().await)
        .create_policy(with_token(
            CreatePolicyRequest {
                policy: Some(Policy {
                    name: name.into(),
                    conditions,
                    enabled: true,
                    ..Policy::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("policy created")
        .into_inner()
        .policy
        .expect("policy")
}

async fn evaluate(server: &TestServer, branch: &str, base: &str) -> GateEvaluation {
    client(server.channel().await)
        .evaluate_gate(with_token(
            EvaluateGateRequest {
                repository_id: REPO.into(),
                branch: branch.into(),
                base_branch: base.into(),
                target: None,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("evaluated")
        .into_inner()
        .evaluation
        .expect("evaluation")
}

async fn vulnerability(server: &TestServer, id: &str) -> Vulnerability {
    client(server.channel().await)
        .get_vulnerability(with_token(
            GetVulnerabilityRequest { id: id.to_owned() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("vulnerability")
        .into_inner()
        .vulnerability
        .expect("vulnerability")
}

fn verdict(evaluation: &GateEvaluation) -> Verdict {
    Verdict::try_from(evaluation.verdict).expect("verdict")
}

fn failed_ids(evaluation: &GateEvaluation) -> Vec<String> {
    evaluation
        .policies
        .iter()
        .flat_map(|policy| &policy.violations)
        .flat_map(|violation| violation.vulnerability_ids.clone())
        .collect()
}

/// Every `gate.changed` event so far: (branch, previous, verdict, cause).
async fn gate_events(server: &TestServer) -> Vec<(String, String, String, String)> {
    let db = server.database().await;
    let rows = sqlx::query(
        "SELECT payload FROM event_outbox WHERE event_type = 'gate.changed' ORDER BY seq",
    )
    .fetch_all(db.pool())
    .await
    .expect("events");
    rows.iter()
        .map(|row| {
            let payload: Vec<u8> = row.get("payload");
            match Envelope::decode(payload.as_slice()).expect("envelope").data {
                Some(envelope::Data::GateChanged(changed)) => (
                    changed.branch,
                    changed.previous_verdict,
                    changed.verdict,
                    changed.cause,
                ),
                other => panic!("{other:?}"),
            }
        })
        .collect()
}

async fn the_upload_ends_with_the_verdict_and_new_means_absent_from_the_base_branch(
    database: TestDatabase,
) {
    let server = start(&database).await;
    // No policy yet: no gate applies, and the stream says so by omitting it.
    let first = upload_to(&server, "main", "", &sarif(&[(1, 1, 10), (2, 2, 20)])).await;
    assert!(first.gate.is_none(), "{:?}", first.gate);
    create_policy(
        &server,
        "no new high findings",
        vec![condition(no_new_high())],
    )
    .await;

    // A feature branch with the two findings of main: nothing new, PASS.
    let same = upload_to(
        &server,
        "feature/a",
        "main",
        &sarif(&[(1, 1, 10), (2, 2, 20)]),
    )
    .await;
    let gate = same.gate.expect("a gate applies");
    assert_eq!(verdict(&gate), Verdict::Pass, "{gate:?}");
    assert_eq!(gate.base_branch, "main");

    // One more finding on another branch: FAIL, naming only the new one.
    let more = upload_to(
        &server,
        "feature/b",
        "main",
        &sarif(&[(1, 1, 10), (2, 2, 20), (3, 3, 30)]),
    )
    .await;
    let gate = more.gate.expect("gate");
    assert_eq!(verdict(&gate), Verdict::Fail);
    let ids = failed_ids(&gate);
    assert_eq!(ids.len(), 1, "{gate:?}");
    let new = vulnerability(&server, &ids[0]).await;
    assert_eq!(new.rule_id, "rule-3");
    assert_eq!(
        gate.policies[0].violations[0].message,
        "1 new HIGH+ finding, at most 0 allowed"
    );

    // On the base branch itself, new means first seen by this scan.
    let main_again = upload_to(&server, "main", "", &sarif(&[(1, 1, 10), (2, 2, 20)])).await;
    assert_eq!(verdict(&main_again.gate.expect("gate")), Verdict::Pass);
    let main_new = upload_to(
        &server,
        "main",
        "",
        &sarif(&[(1, 1, 10), (2, 2, 20), (4, 4, 4)]),
    )
    .await;
    assert_eq!(verdict(&main_new.gate.expect("gate")), Verdict::Fail);

    // A pull request into a branch never scanned cannot tell what is new: fail closed.
    let unknown_base = upload_to(&server, "feature/c", "release/9", &sarif(&[(1, 1, 10)])).await;
    let gate = unknown_base.gate.expect("gate");
    assert_eq!(verdict(&gate), Verdict::Fail);
    let violation = &gate.policies[0].violations[0];
    assert!(violation.evaluation_error);
    assert!(
        violation
            .message
            .contains("`release/9` has never been scanned"),
        "{violation:?}"
    );
    server.finish(database).await;
}

async fn a_triage_decision_re_evaluates_the_gate_and_publishes_gate_changed(
    database: TestDatabase,
) {
    let server = start(&database).await;
    create_policy(
        &server,
        "no new high findings",
        vec![condition(no_new_high())],
    )
    .await;
    upload_to(&server, "main", "", &sarif(&[(1, 1, 10)])).await;
    let feature = upload_to(
        &server,
        "feature/x",
        "main",
        &sarif(&[(1, 1, 10), (5, 5, 50)]),
    )
    .await;
    let gate = feature.gate.expect("gate");
    assert_eq!(verdict(&gate), Verdict::Fail);
    let id = failed_ids(&gate).remove(0);

    client(server.channel().await)
        .update_vulnerability_status(with_token(
            UpdateVulnerabilityStatusRequest {
                id,
                status: VulnerabilityStatus::FalsePositive as i32,
                justification: "test fixture, never deployed".into(),
                accepted_until: None,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("triaged");
    // Re-evaluated at once: the stored verdict and a gate.changed event.
    let events = gate_events(&server).await;
    assert!(
        events.contains(&(
            "feature/x".to_owned(),
            "VERDICT_FAIL".to_owned(),
            "VERDICT_PASS".to_owned(),
            "triage".to_owned()
        )),
        "{events:?}"
    );
    assert_eq!(
        verdict(&evaluate(&server, "feature/x", "main").await),
        Verdict::Pass
    );
    server.finish(database).await;
}

async fn known_exploitation_and_risk_come_from_imported_threat_intelligence(
    database: TestDatabase,
) {
    let server = start(&database).await;
    create_policy(
        &server,
        "nothing known exploited",
        vec![Condition {
            on_violation: Verdict::Warn as i32,
            rule: Some(Rule::KnownExploited(KnownExploitedRule {
                finding_set: FindingSet::Total as i32,
            })),
        }],
    )
    .await;
    create_policy(
        &server,
        "nothing very risky",
        vec![Condition {
            on_violation: Verdict::Warn as i32,
            rule: Some(Rule::RiskScore(RiskScoreRule {
                finding_set: FindingSet::Total as i32,
                threshold: 70.0,
            })),
        }],
    )
    .await;
    let before = upload_to(&server, "main", "", &trivy("CVE-2021-44228", "MEDIUM")).await;
    let gate = before.gate.expect("gate");
    // No catalogue yet: the KEV condition cannot be evaluated and fails
    // closed (FAIL, though the policy only warns when violated).
    assert_eq!(verdict(&gate), Verdict::Fail);
    assert!(
        gate.policies[0].violations[0]
            .message
            .contains("no KEV catalogue")
    );
    assert_eq!(gate.policies[1].verdict, Verdict::Pass as i32, "{gate:?}");

    // A bad file is refused, saying where, and changes nothing.
    let bad = client(server.channel().await)
        .import_threat_intel(with_token(
            ImportThreatIntelRequest {
                source: ThreatIntelSource::Epss as i32,
                content: Some(HttpBody {
                    content_type: "text/csv".into(),
                    data: b"cve,epss,percentile\nCVE-2021-44228,high,0.9\n".to_vec(),
                    extensions: Vec::new(),
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("refused");
    assert_eq!(bad.code(), tonic::Code::InvalidArgument);
    assert!(bad.message().contains("line 2"), "{}", bad.message());

    let kev = json!({"catalogVersion": "2024.01.02", "count": 1, "vulnerabilities": [
        {"cveID": "CVE-2021-44228", "vulnerabilityName": "Log4Shell", "dateAdded": "2021-12-10",
         "knownRansomwareCampaignUse": "Known"}]});
    let imported = import(
        &server,
        ThreatIntelSource::CisaKev,
        kev.to_string().as_bytes(),
    )
    .await;
    assert_eq!(imported.entries, 1);
    assert_eq!(imported.vulnerabilities_rescored, 1);
    assert_eq!(imported.gates_reevaluated, 1);
    let epss = b"#model_version:v2023.03.01\ncve,epss,percentile\nCVE-2021-44228,0.97,0.999\n";
    import(&server, ThreatIntelSource::Epss, epss).await;
    let after = evaluate(&server, "main", "").await;
    // Now evaluable: a violation with the policy's own verdict (WARN).
    assert_eq!(verdict(&after), Verdict::Warn);
    let kev_policy = &after.policies[0];
    assert!(!kev_policy.violations[0].evaluation_error, "{kev_policy:?}");
    assert_eq!(kev_policy.violations[0].vulnerability_ids.len(), 1);
    // The vulnerability explains its score factor by factor, with its SLA deadline.
    let vulnerability =
        vulnerability(&server, &kev_policy.violations[0].vulnerability_ids[0]).await;
    let risk = vulnerability.risk.expect("risk");
    let points = |name: &str| {
        risk.factors
            .iter()
            .find(|factor| factor.name == name)
            .map(|factor| factor.contribution)
    };
    assert_eq!(points("severity"), Some(27.5), "{risk:?}");
    assert_eq!(points("kev"), Some(25.0));
    assert!((risk.score - 67.1).abs() < 0.2, "{risk:?}");
    assert!(vulnerability.sla_due_time.is_some() && !vulnerability.sla_breached);
    // The posture rolls it up: exposure (67.1 ÷ 100)² = 0.45, 100 ÷ 1.045 = 95.7.
    let posture = client(server.channel().await)
        .get_posture(with_token(GetPostureRequest::default(), ADMIN_TOKEN))
        .await
        .expect("posture")
        .into_inner();
    assert!((posture.score - 95.7).abs() < 0.15, "{posture:?}");
    assert_eq!(posture.open_by_severity.get("MEDIUM"), Some(&1));
    assert_eq!(posture.sla_breached, 0);
    assert!(posture.explanation[0].contains("over 1 open vulnerabilities"));
    // Medium (5.5 × 5 = 27.5) + KEV 25 + EPSS 0.97 × 15 = 14.6: 67.1, under 70.
    assert_eq!(after.policies[1].verdict, Verdict::Pass as i32, "{after:?}");
    let events = gate_events(&server).await;
    assert!(
        events.contains(&(
            "main".to_owned(),
            "VERDICT_FAIL".to_owned(),
            "VERDICT_WARN".to_owned(),
            "kev_import".to_owned()
        )),
        "{events:?}"
    );
    server.finish(database).await;
}

async fn sla_breaches_and_cel_expressions_fail_their_policies(database: TestDatabase) {
    let server = start(&database).await;
    create_policy(
        &server,
        "remediate in time",
        vec![condition(Rule::SlaBreach(SlaBreachRule {
            min_severity: Severity::High as i32,
        }))],
    )
    .await;
    create_policy(
        &server,
        "CEL: no critical dependency",
        vec![condition(Rule::Cel(CelRule {
            expression: "findings.exists(f, f.severity == 'CRITICAL' && f.kind == 'DEPENDENCY')"
                .into(),
            message: "a critical dependency is open".into(),
        }))],
    )
    .await;
    let fresh = upload_to(&server, "main", "", &trivy("CVE-2024-0001", "CRITICAL")).await;
    let gate = fresh.gate.expect("gate");
    assert_eq!(
        gate.policies[0].verdict,
        Verdict::Pass as i32,
        "fresh: within SLA"
    );
    assert_eq!(
        gate.policies[1].violations[0].message,
        "a critical dependency is open"
    );
    // Forty days later (the default SLA for critical is 7 days).
    let db = server.database().await;
    sqlx::query("UPDATE security_vulnerabilities SET first_detected_us = first_detected_us - $1")
        .bind(40_i64 * 86_400 * 1_000_000)
        .execute(db.pool())
        .await
        .expect("age");
    // The minute's sweep announces the breach (once), marks the branch
    // changed, and the gate flips.
    let log = secureflow_platform::events::EventLog::new(
        db.clone(),
        std::time::Duration::from_secs(1),
        100,
    );
    let breached = secureflow_security::breaches::announce(&db, &log)
        .await
        .expect("sweep");
    assert_eq!(breached.len(), 1, "{breached:?}");
    assert!(
        secureflow_security::breaches::announce(&db, &log)
            .await
            .expect("sweep again")
            .is_empty(),
        "announced once"
    );
    let announced: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM event_outbox WHERE event_type = 'sla.breached'")
            .fetch_one(db.pool())
            .await
            .expect("events");
    assert_eq!(announced, 1);
    let later = evaluate(&server, "main", "").await;
    assert_eq!(later.policies[0].verdict, Verdict::Fail as i32, "{later:?}");
    assert!(
        later.policies[0].violations[0]
            .message
            .contains("past its SLA")
    );

    // The organisation's own SLA (identity service) moves the deadline.
    let sla = |critical_days: i32| SlaPolicy {
        critical_days,
        high_days: 30,
        medium_days: 90,
        low_days: 180,
    };
    let refused = set_sla_policy(server.channel().await, sla(-1))
        .await
        .expect_err("refused");
    assert!(
        refused
            .message()
            .contains("organization.sla_policy.critical_days"),
        "{}",
        refused.message()
    );
    let updated = set_sla_policy(server.channel().await, sla(60))
        .await
        .expect("updated");
    assert_eq!(updated.sla_policy.map(|sla| sla.critical_days), Some(60));
    // Security keeps its copy of the policy from identity's
    // `identity.organizations` events: current within moments, not at once.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let relaxed = loop {
        let evaluation = evaluate(&server, "main", "").await;
        if evaluation.policies[0].verdict == Verdict::Pass as i32
            || std::time::Instant::now() > deadline
        {
            break evaluation;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(
        relaxed.policies[0].verdict,
        Verdict::Pass as i32,
        "{relaxed:?}"
    );
    server.finish(database).await;
}

async fn bad_policies_are_refused_naming_the_field_and_nothing_is_stored(database: TestDatabase) {
    let server = start(&database).await;
    let refused = client(server.channel().await)
        .create_policy(with_token(
            CreatePolicyRequest {
                policy: Some(Policy {
                    name: "broken".into(),
                    conditions: vec![condition(Rule::Cel(CelRule {
                        expression: "findings.exists(f, ".into(),
                        message: String::new(),
                    }))],
                    enabled: true,
                    ..Policy::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(
        refused
            .message()
            .contains("policy.conditions[0].cel.expression"),
        "{}",
        refused.message()
    );
    let listed = client(server.channel().await)
        .list_policies(with_token(ListPoliciesRequest::default(), ADMIN_TOKEN))
        .await
        .expect("list")
        .into_inner();
    assert!(listed.policies.is_empty());

    // Editing a policy re-evaluates the gates it reaches.
    let policy = create_policy(&server, "no new high", vec![condition(no_new_high())]).await;
    upload_to(&server, "main", "", &sarif(&[(1, 1, 1)])).await;
    assert_eq!(verdict(&evaluate(&server, "main", "").await), Verdict::Pass);
    let mut edited = policy.clone();
    edited.conditions = vec![condition(Rule::Threshold(ThresholdRule {
        finding_set: FindingSet::Total as i32,
        max_count: 0,
        ..ThresholdRule::default()
    }))];
    client(server.channel().await)
        .update_policy(with_token(
            UpdatePolicyRequest {
                policy: Some(edited),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: vec!["conditions".into()],
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("updated");
    let events = gate_events(&server).await;
    assert!(
        events.contains(&(
            "main".to_owned(),
            "VERDICT_PASS".to_owned(),
            "VERDICT_FAIL".to_owned(),
            "policy_edit".to_owned()
        )),
        "{events:?}"
    );
    server.finish(database).await;
}

/// Listed for a repository: the organisation's policies for every
/// repository and that repository's, not another's.
async fn policies_listed_for_a_repository_are_those_that_apply_to_it(database: TestDatabase) {
    let server = start(&database).await;
    let mut names = Vec::new();
    for (name, repository_id) in [
        ("everywhere", ""),
        ("here", REPO),
        ("elsewhere", "repo-other"),
    ] {
        let policy = Policy {
            name: name.into(),
            conditions: vec![condition(no_new_high())],
            enabled: true,
            scope: Some(PolicyScope {
                repository_id: repository_id.into(),
                branch_patterns: Vec::new(),
            }),
            ..Policy::default()
        };
        client(server.channel().await)
            .create_policy(with_token(
                CreatePolicyRequest {
                    policy: Some(policy),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("policy created");
        names.push(name);
    }
    let listed = |repository_id: &str| {
        let request = ListPoliciesRequest {
            repository_id: repository_id.into(),
            ..ListPoliciesRequest::default()
        };
        let server = &server;
        async move {
            let listed = client(server.channel().await)
                .list_policies(with_token(request, ADMIN_TOKEN))
                .await
                .expect("listed")
                .into_inner();
            listed
                .policies
                .into_iter()
                .map(|policy| policy.name)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(listed("").await, names, "every policy, oldest first");
    assert_eq!(listed(REPO).await, ["everywhere", "here"]);
    assert_eq!(listed("repo-none").await, ["everywhere"]);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    policies_listed_for_a_repository_are_those_that_apply_to_it,
    the_upload_ends_with_the_verdict_and_new_means_absent_from_the_base_branch,
    a_triage_decision_re_evaluates_the_gate_and_publishes_gate_changed,
    known_exploitation_and_risk_come_from_imported_threat_intelligence,
    sla_breaches_and_cel_expressions_fail_their_policies,
    bad_policies_are_refused_naming_the_field_and_nothing_is_stored,
);
