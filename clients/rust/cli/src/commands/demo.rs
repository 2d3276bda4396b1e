//! `demo`: fills a server with realistic data for a first look — teams,
//! people, repositories, policies, real scanner reports (Bandit, Semgrep,
//! Checkov over the deliberately vulnerable code of `examples/demo/`,
//! compiled in), triage decisions, a fix that resolves findings, and gates
//! that fail, warn and pass. Running it again adds nothing twice: what exists
//! is reused and the reports are deduplicated as any re-upload is.

use anyhow::{Context as _, Result};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::identity::v1 as identity;
use secureflow_client::proto::secureflow::notification::v1 as notification;
use secureflow_client::proto::secureflow::repository::v1 as repository;
use secureflow_client::proto::secureflow::security::v1 as security;
use secureflow_client::upload::{UploadRequest, upload_file};
use security::{Severity, Verdict, VulnerabilityStatus};
use tonic::Code;

use crate::Context;
use crate::args::DemoArgs;

/// The reports, as `scripts/demo-reports.sh` made them.
const REPORTS: &[(&str, &[u8])] = &[
    (
        "bandit-main.json",
        include_bytes!("../../../../../examples/demo/reports/bandit-main.json"),
    ),
    (
        "bandit-feature.json",
        include_bytes!("../../../../../examples/demo/reports/bandit-feature.json"),
    ),
    (
        "semgrep-main.sarif",
        include_bytes!("../../../../../examples/demo/reports/semgrep-main.sarif"),
    ),
    (
        "semgrep-feature.sarif",
        include_bytes!("../../../../../examples/demo/reports/semgrep-feature.sarif"),
    ),
    (
        "semgrep-fixed.sarif",
        include_bytes!("../../../../../examples/demo/reports/semgrep-fixed.sarif"),
    ),
    (
        "checkov.json",
        include_bytes!("../../../../../examples/demo/reports/checkov.json"),
    ),
];

/// Who the demo's people are: e-mail, name, role, team.
const PEOPLE: &[(&str, &str, &str, &str)] = &[
    (
        "dana.developer@demo.example",
        "Dana Developer",
        "developer",
        "Payments",
    ),
    (
        "sam.security@demo.example",
        "Sam Security",
        "security_engineer",
        "",
    ),
    (
        "pat.platform@demo.example",
        "Pat Platform",
        "devops_engineer",
        "Platform",
    ),
    ("vic.viewer@demo.example", "Vic Viewer", "viewer", ""),
];

/// Repositories: full name, owning team, criticality (it weighs in risk scores).
const REPOSITORIES: &[(&str, &str, repository::Criticality)] = &[
    (
        "acme/payments-api",
        "Payments",
        repository::Criticality::High,
    ),
    (
        "acme/checkout-web",
        "Payments",
        repository::Criticality::Medium,
    ),
    (
        "acme/infrastructure",
        "Platform",
        repository::Criticality::High,
    ),
];

/// Uploads in order: repository, branch, commit, report.
const UPLOADS: &[(&str, &str, &str, &str)] = &[
    (
        "acme/payments-api",
        "main",
        "4f1c2a9e0b7d",
        "bandit-main.json",
    ),
    (
        "acme/payments-api",
        "main",
        "4f1c2a9e0b7d",
        "semgrep-main.sarif",
    ),
    (
        "acme/payments-api",
        "feature/refunds",
        "9b3e71d4c2aa",
        "bandit-feature.json",
    ),
    (
        "acme/payments-api",
        "feature/refunds",
        "9b3e71d4c2aa",
        "semgrep-feature.sarif",
    ),
    (
        "acme/checkout-web",
        "main",
        "1d8f0c6b5e21",
        "semgrep-main.sarif",
    ),
    (
        "acme/infrastructure",
        "main",
        "7a2d9e4f1c03",
        "checkov.json",
    ),
    // The checkout service fixed: the same scanner finds nothing, its findings resolve.
    (
        "acme/checkout-web",
        "main",
        "c05e11a7b9d4",
        "semgrep-fixed.sarif",
    ),
];

/// Runs `demo`.
pub async fn run(context: &Context, args: DemoArgs) -> Result<u8> {
    let secureflow = context.connect().await?;
    let me = secureflow
        .identity()
        .get_current_identity(secureflow.request(identity::GetCurrentIdentityRequest {}))
        .await
        .context("who am I")?
        .into_inner();
    eprintln!("filling {} with demo data", context.server);
    let teams = teams(&secureflow).await?;
    let team_of = |name: &str| {
        teams
            .iter()
            .find(|team| team.name == name)
            .map(|team| team.id.clone())
            .unwrap_or_default()
    };
    let mut dana = String::new();
    for (email, name, role, team) in PEOPLE {
        let user = person(&secureflow, email, name, role, &args.password).await?;
        if !team.is_empty() {
            join(&secureflow, &team_of(team), &user.id).await?;
        }
        if email.starts_with("dana") {
            dana = user.id;
        }
    }
    for (full_name, team, criticality) in REPOSITORIES {
        register(&secureflow, full_name, &team_of(team), *criticality).await?;
    }
    policies(&secureflow).await?;
    routing(&secureflow, &team_of("Payments")).await?;

    let folder = tempfile::tempdir().context("a temporary folder for the reports")?;
    for (repository, branch, commit, report) in UPLOADS {
        let bytes = REPORTS
            .iter()
            .find(|(name, _)| name == report)
            .map(|(_, bytes)| *bytes)
            .context("a compiled-in report")?;
        let path = folder.path().join(report);
        std::fs::write(&path, bytes).with_context(|| path.display().to_string())?;
        let scope = security::ScanScope {
            repository_id: (*repository).to_owned(),
            branch: (*branch).to_owned(),
            commit_sha: (*commit).to_owned(),
            ..Default::default()
        };
        let done = upload_file(
            &secureflow,
            &path,
            UploadRequest {
                scope,
                format: String::new(),
            },
            |_| {},
        )
        .await?;
        let summary = done.summary.unwrap_or_default();
        let verdict = done
            .gate
            .map(|gate| {
                gate.verdict()
                    .as_str_name()
                    .trim_start_matches("VERDICT_")
                    .to_owned()
            })
            .unwrap_or_else(|| "—".to_owned());
        eprintln!(
            "  {repository} @ {branch}: {report} — {} new, {} resolved; gate {verdict}",
            summary.new, summary.resolved
        );
    }
    triage(&secureflow, &dana).await?;
    eprintln!(
        "done. Open the web UI and log in to organisation {:?} as one of:",
        me.organization
            .map(|organization| organization.slug)
            .unwrap_or_default()
    );
    for (email, _, role, _) in PEOPLE {
        eprintln!("  {email} ({role})");
    }
    eprintln!(
        "with the password you gave (--password), or \"{}\" by default.",
        DEFAULT_PASSWORD
    );
    Ok(0)
}

/// The demo people's password unless `--password` says otherwise (demo data
/// only: change it, or remove the users, before the server holds real work).
pub const DEFAULT_PASSWORD: &str = "secureflow-demo";

fn exists(status: &tonic::Status) -> bool {
    status.code() == Code::AlreadyExists
}

async fn teams(secureflow: &SecureFlow) -> Result<Vec<identity::Team>> {
    for (name, description) in [
        ("Payments", "Payment and checkout services"),
        ("Platform", "Infrastructure, CI and deployment"),
    ] {
        let created = secureflow
            .identity()
            .create_team(secureflow.request(identity::CreateTeamRequest {
                team: Some(identity::Team {
                    name: name.to_owned(),
                    description: description.to_owned(),
                    ..Default::default()
                }),
            }))
            .await;
        match created {
            Err(status) if !exists(&status) => return Err(status).context(format!("team {name}")),
            _ => {}
        }
    }
    Ok(secureflow
        .every_page(|page_token| {
            let mut client = secureflow.identity();
            let request = secureflow.request(identity::ListTeamsRequest {
                page_size: 500,
                page_token,
                ..Default::default()
            });
            async move {
                let page = client.list_teams(request).await?.into_inner();
                Ok((page.teams, page.next_page_token))
            }
        })
        .await?)
}

async fn person(
    secureflow: &SecureFlow,
    email: &str,
    name: &str,
    role: &str,
    password: &str,
) -> Result<identity::User> {
    let created = secureflow
        .identity()
        .create_user(secureflow.request(identity::CreateUserRequest {
            user: Some(identity::User {
                email: email.to_owned(),
                display_name: name.to_owned(),
                role_ids: vec![role.to_owned()],
                ..Default::default()
            }),
            password: password.to_owned(),
        }))
        .await;
    match created {
        Ok(created) => created.into_inner().user.context("the new user"),
        Err(status) if exists(&status) => secureflow
            .identity()
            .list_users(secureflow.request(identity::ListUsersRequest {
                query: email.to_owned(),
                ..Default::default()
            }))
            .await?
            .into_inner()
            .users
            .into_iter()
            .find(|user| user.email == email)
            .context(format!("user {email}")),
        Err(status) => Err(status).context(format!("user {email}")),
    }
}

async fn join(secureflow: &SecureFlow, team_id: &str, user_id: &str) -> Result<()> {
    let team = secureflow
        .identity()
        .get_team(secureflow.request(identity::GetTeamRequest {
            id: team_id.to_owned(),
        }))
        .await?
        .into_inner()
        .team
        .context("team")?;
    if team.member_ids.iter().any(|member| member == user_id) {
        return Ok(());
    }
    let mut members = team.member_ids.clone();
    members.push(user_id.to_owned());
    secureflow
        .identity()
        .update_team(secureflow.request(identity::UpdateTeamRequest {
            team: Some(identity::Team {
                id: team_id.to_owned(),
                member_ids: members,
                ..Default::default()
            }),
            update_mask: Some(pbjson_types::FieldMask {
                paths: vec!["member_ids".to_owned()],
            }),
        }))
        .await
        .context("team membership")?;
    Ok(())
}

async fn register(
    secureflow: &SecureFlow,
    full_name: &str,
    team_id: &str,
    criticality: repository::Criticality,
) -> Result<()> {
    let created = secureflow
        .repository()
        .create_repository(secureflow.request(repository::CreateRepositoryRequest {
            repository: Some(repository::Repository {
                full_name: full_name.to_owned(),
                team_id: team_id.to_owned(),
                default_branch: "main".to_owned(),
                criticality: criticality as i32,
                ..Default::default()
            }),
        }))
        .await;
    match created {
        Err(status) if !exists(&status) => Err(status).context(format!("repository {full_name}")),
        _ => Ok(()),
    }
}

/// The demo's policies, each scoped to a demo repository (so they judge
/// nothing else the server holds): (repository, name, description, branch,
/// findings counted, least severity, verdict).
const POLICIES: &[(
    &str,
    &str,
    &str,
    &str,
    security::FindingSet,
    Severity,
    Verdict,
)] = &[
    (
        "acme/payments-api",
        "payments-api: no high findings on main",
        "main must carry no open high or critical finding",
        "main",
        security::FindingSet::Total,
        Severity::High,
        Verdict::Fail,
    ),
    (
        "acme/payments-api",
        "payments-api: new findings on feature branches",
        "a feature branch that adds medium or worse findings warns",
        "feature/*",
        security::FindingSet::New,
        Severity::Medium,
        Verdict::Warn,
    ),
    (
        "acme/checkout-web",
        "checkout-web: no high findings on main",
        "main must carry no open high or critical finding",
        "main",
        security::FindingSet::Total,
        Severity::High,
        Verdict::Fail,
    ),
    (
        "acme/infrastructure",
        "infrastructure: no critical misconfiguration",
        "infrastructure code must carry no open critical finding",
        "main",
        security::FindingSet::Total,
        Severity::Critical,
        Verdict::Fail,
    ),
];

async fn policies(secureflow: &SecureFlow) -> Result<()> {
    let existing: Vec<String> = secureflow
        .every_page(|page_token| {
            let mut client = secureflow.security();
            let request = secureflow.request(security::ListPoliciesRequest {
                page_size: 500,
                page_token,
                ..Default::default()
            });
            async move {
                let page = client.list_policies(request).await?.into_inner();
                Ok((page.policies, page.next_page_token))
            }
        })
        .await?
        .into_iter()
        .map(|policy| policy.name)
        .collect();
    for (repository, name, description, branch, finding_set, min_severity, verdict) in POLICIES {
        if existing.iter().any(|have| have == name) {
            continue;
        }
        secureflow
            .security()
            .create_policy(secureflow.request(security::CreatePolicyRequest {
                policy: Some(security::Policy {
                    name: (*name).to_owned(),
                    description: (*description).to_owned(),
                    enabled: true,
                    scope: Some(security::PolicyScope {
                        repository_id: (*repository).to_owned(),
                        branch_patterns: vec![(*branch).to_owned()],
                    }),
                    conditions: vec![security::Condition {
                        on_violation: *verdict as i32,
                        rule: Some(security::condition::Rule::Threshold(
                            security::ThresholdRule {
                                finding_set: *finding_set as i32,
                                min_severity: *min_severity as i32,
                                max_count: 0,
                                ..Default::default()
                            },
                        )),
                    }],
                    ..Default::default()
                }),
            }))
            .await
            .context(format!("policy {name}"))?;
    }
    Ok(())
}

/// An in-app channel and the rules that route failing gates and SLA breaches
/// to it and to the Payments team (nothing leaves the server).
async fn routing(secureflow: &SecureFlow, payments: &str) -> Result<()> {
    let channels = secureflow
        .every_page(|page_token| {
            let mut client = secureflow.notification();
            let request = secureflow.request(notification::ListChannelsRequest {
                page_size: 500,
                page_token,
                ..Default::default()
            });
            async move {
                let page = client.list_channels(request).await?.into_inner();
                Ok((page.channels, page.next_page_token))
            }
        })
        .await
        .context("channels")?;
    let channel_id = match channels.into_iter().find(|c| c.name == "Security inbox") {
        Some(channel) => channel.id,
        None => {
            secureflow
                .notification()
                .create_channel(secureflow.request(notification::CreateChannelRequest {
                    channel: Some(notification::Channel {
                        name: "Security inbox".to_owned(),
                        r#type: notification::ChannelType::InApp as i32,
                        enabled: true,
                        ..Default::default()
                    }),
                }))
                .await
                .context("channel Security inbox")?
                .into_inner()
                .channel
                .context("the channel created")?
                .id
        }
    };
    let rules = [
        (
            "Failing gates to Payments",
            vec!["gate.changed".to_owned()],
            "",
            notification::Priority::High,
        ),
        (
            "Critical SLA breaches",
            vec!["sla.breached".to_owned()],
            "critical",
            notification::Priority::Urgent,
        ),
    ];
    for (name, event_types, min_severity, priority) in rules {
        let created = secureflow
            .notification()
            .create_subscription_rule(secureflow.request(
                notification::CreateSubscriptionRuleRequest {
                    subscription_rule: Some(notification::SubscriptionRule {
                        name: name.to_owned(),
                        event_types,
                        min_severity: min_severity.to_owned(),
                        channel_ids: vec![channel_id.clone()],
                        team_ids: vec![payments.to_owned()],
                        priority: priority as i32,
                        enabled: true,
                        ..Default::default()
                    }),
                },
            ))
            .await;
        match created {
            Err(status) if !exists(&status) => {
                return Err(status).context(format!("routing rule {name}"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Triage decisions on payments-api's main branch, as a security engineer
/// would make them.
async fn triage(secureflow: &SecureFlow, dana: &str) -> Result<()> {
    let found = secureflow
        .security()
        .list_vulnerabilities(
            secureflow.request(security::ListVulnerabilitiesRequest {
                repository_id: "acme/payments-api".to_owned(),
                branch: "main".to_owned(),
                // Every status: a second run finds its own decisions made.
                statuses: [
                    VulnerabilityStatus::Open,
                    VulnerabilityStatus::InProgress,
                    VulnerabilityStatus::FalsePositive,
                    VulnerabilityStatus::AcceptedRisk,
                ]
                .map(|status| status as i32)
                .to_vec(),
                page_size: 200,
                ..Default::default()
            }),
        )
        .await?
        .into_inner()
        .vulnerabilities;
    // Bandit's rule ids are `<test name>:<test id>`.
    let by_rule = |rule: &str| {
        found
            .iter()
            .find(|v| v.rule_id == rule || v.rule_id.ends_with(&format!(":{rule}")))
            .map(|v| v.id.clone())
            .with_context(|| format!("the demo's report has no finding of rule {rule}"))
    };
    let decisions = [
        (
            "B324",
            VulnerabilityStatus::FalsePositive,
            "The digest is a cache key for receipts, not an integrity check.",
            0,
        ),
        (
            "B104",
            VulnerabilityStatus::AcceptedRisk,
            "Runs behind the ingress; only the load balancer reaches this port.",
            60,
        ),
        (
            "demo.python.sql-string-format",
            VulnerabilityStatus::InProgress,
            "",
            0,
        ),
    ];
    for (rule, status, justification, days) in decisions {
        let id = by_rule(rule)?;
        let changed = secureflow
            .security()
            .update_vulnerability_status(secureflow.request(
                security::UpdateVulnerabilityStatusRequest {
                    id: id.clone(),
                    status: status as i32,
                    justification: justification.to_owned(),
                    accepted_until: (days > 0).then(|| super::days_from_now(days)),
                },
            ))
            .await;
        // A second run finds the decision made: the same status is no change.
        if let Err(status) = changed
            && status.code() != Code::FailedPrecondition
        {
            return Err(status).context(format!("triage of {rule}"));
        }
    }
    for rule in ["demo.python.sql-string-format", "B105"] {
        let id = by_rule(rule)?;
        secureflow
            .security()
            .assign_vulnerability(secureflow.request(security::AssignVulnerabilityRequest {
                id,
                assigned_to: dana.to_owned(),
            }))
            .await
            .context(format!("assigning {rule}"))?;
    }
    Ok(())
}
