//! Tenants are walled off: another organisation's admin, who holds every
//! permission in their own organisation, gets NOT_FOUND from every RPC that
//! names one of our resources, and changes nothing; and no request of ours can
//! point at one of theirs (an assignee, a team member, a binding's subject, a
//! repository's team).

use crate::common;

use common::identity::{create_user, other_tenant_admin};
use common::repository::create_repository;
use secureflow_platform::testkit::{TestDatabase, people, with_token};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::notification::v1 as notification;
use secureflow_proto::secureflow::notification::v1::notification_service_client::NotificationServiceClient;
use secureflow_proto::secureflow::pipeline::v1 as pipeline;
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_client::PipelineServiceClient;
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use secureflow_proto::secureflow::security::v1 as security;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_tenancy_test_admin_0123456789";

fn sarif() -> Vec<u8> {
    common::security::one_finding_sarif("python.eval", "app.py", 3)
}

fn mask(paths: &[&str]) -> Option<pbjson_types::FieldMask> {
    Some(pbjson_types::FieldMask {
        paths: paths.iter().map(|p| (*p).to_owned()).collect(),
    })
}

/// `(rpc, answer)`: what `client.rpc(request)` answered when asked with `token`.
macro_rules! ask {
    ($token:expr => $client:ident.$rpc:ident($request:expr)) => {
        (
            stringify!($rpc),
            $client.$rpc(with_token($request, $token)).await.map(drop),
        )
    };
}

/// What `rpc` answers `token` (it must answer): the response's `field`.
macro_rules! listed {
    ($token:expr => $client:ident.$rpc:ident($request:expr).$field:ident) => {
        $client
            .$rpc(with_token($request, $token))
            .await
            .expect(stringify!($rpc))
            .into_inner()
            .$field
    };
}

/// The calls that did not answer with `code`, said for the failure message.
fn answered_otherwise(
    answers: Vec<(&str, Result<(), tonic::Status>)>,
    code: tonic::Code,
) -> Vec<String> {
    answers
        .into_iter()
        .filter(|(_, answer)| !matches!(answer, Err(status) if status.code() == code))
        .map(|(rpc, answer)| format!("{rpc}: {answer:?}"))
        .collect()
}

/// Our resources, one of each kind an RPC can name.
struct Ours {
    organization: String,
    user: String,
    team: String,
    role: String,
    binding: String,
    token: String,
    scan: String,
    vulnerability: String,
    policy: String,
    report: String,
    repository: String,
    connection: String,
    pipeline: String,
    execution: String,
    channel: String,
    template: String,
    delivery: String,
    rule: String,
    escalation: String,
}

async fn ours(channel: Channel) -> Ours {
    let mut identity = IdentityServiceClient::new(channel.clone());
    let mut security = SecurityServiceClient::new(channel.clone());
    let user = create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "dev@example.test",
        &["developer"],
    )
    .await;
    let organization = user.organization_id.clone();
    let team = people::create_team(
        channel.clone(),
        ADMIN_TOKEN,
        identity::Team {
            name: "Payments".into(),
            member_ids: vec![user.id.clone()],
            ..Default::default()
        },
    )
    .await;
    let role = people::create_role(channel.clone(), ADMIN_TOKEN, "Auditor", &["audit.read"]).await;
    let binding = people::bind_role(
        channel.clone(),
        ADMIN_TOKEN,
        identity::RoleBinding {
            role_id: role.id.clone(),
            subject: Some(identity::role_binding::Subject::UserId(user.id.clone())),
            ..Default::default()
        },
    )
    .await;
    let token = identity
        .create_api_token(with_token(
            identity::CreateApiTokenRequest {
                name: "ci".into(),
                permissions: vec!["security.read".into()],
                expire_time: None,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("token")
        .into_inner()
        .api_token
        .expect("token");
    let scan =
        common::security::upload_sarif(channel.clone(), ADMIN_TOKEN, "r-ours", "main", sarif())
            .await;
    let vulnerability = security
        .list_vulnerabilities(with_token(
            security::ListVulnerabilitiesRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("list")
        .into_inner()
        .vulnerabilities
        .remove(0);
    let policy = security
        .create_policy(with_token(
            security::CreatePolicyRequest {
                policy: Some(security::Policy {
                    name: "no secrets".into(),
                    enabled: true,
                    conditions: vec![security::Condition {
                        on_violation: security::Verdict::Fail as i32,
                        rule: Some(security::condition::Rule::AnySecret(
                            security::AnySecretRule::default(),
                        )),
                    }],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("policy")
        .into_inner()
        .policy
        .expect("policy");
    let report = security
        .create_report(with_token(
            security::CreateReportRequest {
                reuse_within: None,
                report: Some(security::Report {
                    kind: security::ReportKind::Findings as i32,
                    format: security::ReportFormat::Json as i32,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("report")
        .into_inner()
        .report
        .expect("report");
    let repository = create_repository(channel.clone(), ADMIN_TOKEN, "acme/ours", &team.id).await;
    let connection = RepositoryServiceClient::new(channel.clone())
        .create_connection(with_token(
            repository::CreateConnectionRequest {
                connection: Some(repository::Connection {
                    provider: repository::Provider::Github as i32,
                    auth: repository::ConnectionAuth::Token as i32,
                    token: "ghp_tenancy_test_token_0123456789".into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("connection")
        .into_inner()
        .connection
        .expect("connection");
    let mut pipelines = PipelineServiceClient::new(channel.clone());
    let created = pipelines
        .create_pipeline(with_token(
            pipeline::CreatePipelineRequest {
                pipeline: Some(pipeline::Pipeline {
                    definition:
                        "name: ours\nstages: [{name: s, steps: [{name: t, command: 'true'}]}]\n"
                            .into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("pipeline")
        .into_inner()
        .pipeline
        .expect("pipeline");
    let execution = pipelines
        .execute_pipeline(with_token(
            pipeline::ExecutePipelineRequest {
                pipeline_id: created.id.clone(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("execution")
        .into_inner()
        .execution
        .expect("execution");
    let mut notifications = NotificationServiceClient::new(channel.clone());
    let hook = notifications
        .create_channel(with_token(
            notification::CreateChannelRequest {
                channel: Some(notification::Channel {
                    name: "ours".into(),
                    r#type: notification::ChannelType::Webhook.into(),
                    // Nothing listens: the test message's delivery fails, recorded.
                    settings: [("url".to_owned(), "http://127.0.0.1:9/hook".to_owned())].into(),
                    credentials: [("secret".to_owned(), "our-secret".to_owned())].into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("channel")
        .into_inner()
        .channel
        .expect("channel");
    let template = notifications
        .create_template(with_token(
            notification::CreateTemplateRequest {
                template: Some(notification::Template {
                    name: "ours".into(),
                    event_type: "gate.changed".into(),
                    subject: "{{ event.verdict }}".into(),
                    body: "{{ event.verdict }}".into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("template")
        .into_inner()
        .template
        .expect("template");
    let delivery = notifications
        .test_channel(with_token(
            notification::TestChannelRequest {
                id: hook.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("tested")
        .into_inner()
        .delivery
        .expect("delivery");
    let rule = notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "ours".into(),
                    event_types: vec!["gate.changed".into()],
                    channel_ids: vec![hook.id.clone()],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("rule")
        .into_inner()
        .subscription_rule
        .expect("rule");
    let escalation = notifications
        .create_escalation_rule(with_token(
            notification::CreateEscalationRuleRequest {
                escalation_rule: Some(notification::EscalationRule {
                    name: "ours".into(),
                    levels: vec![notification::EscalationLevel {
                        after: Some(pbjson_types::Duration {
                            seconds: 900,
                            nanos: 0,
                        }),
                        channel_ids: vec![hook.id.clone()],
                        ..Default::default()
                    }],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("escalation rule")
        .into_inner()
        .escalation_rule
        .expect("escalation rule");
    Ours {
        escalation: escalation.id,
        rule: rule.id,
        channel: hook.id,
        template: template.id,
        delivery: delivery.id,
        pipeline: created.id,
        execution: execution.id,
        connection: connection.id,
        organization,
        user: user.id,
        team: team.id,
        role: role.id,
        binding: binding.id,
        token: token.id,
        scan: scan.id,
        vulnerability: vulnerability.id,
        policy: policy.id,
        report: report.id,
        repository: repository.id,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tenant_gets_not_found_for_everything_of_ours_and_changes_nothing() {
    let database = TestDatabase::sqlite();
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    let channel = server.channel().await;
    let ours = ours(channel.clone()).await;
    let (theirs, _) = other_tenant_admin(&server, ADMIN_TOKEN).await;
    let mut identity = IdentityServiceClient::new(channel.clone());
    let mut security = SecurityServiceClient::new(channel.clone());

    let mut answers: Vec<(&str, Result<(), tonic::Status>)> = vec![
        ask!(&theirs => identity.get_organization(identity::GetOrganizationRequest {
            id: ours.organization.clone(),
        })),
        ask!(&theirs => identity.update_organization(identity::UpdateOrganizationRequest {
            organization: Some(identity::Organization {
                id: ours.organization.clone(),
                display_name: "Taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["display_name"]),
        })),
        ask!(&theirs => identity.get_user(identity::GetUserRequest { id: ours.user.clone() })),
        ask!(&theirs => identity.update_user(identity::UpdateUserRequest {
            user: Some(identity::User {
                id: ours.user.clone(),
                display_name: "Taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["display_name"]),
        })),
        ask!(&theirs => identity.delete_user(identity::DeleteUserRequest {
            id: ours.user.clone(),
        })),
        ask!(&theirs => identity.get_team(identity::GetTeamRequest { id: ours.team.clone() })),
        ask!(&theirs => identity.update_team(identity::UpdateTeamRequest {
            team: Some(identity::Team {
                id: ours.team.clone(),
                description: "taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["description"]),
        })),
        ask!(&theirs => identity.delete_team(identity::DeleteTeamRequest {
            id: ours.team.clone(),
        })),
        ask!(&theirs => identity.get_role(identity::GetRoleRequest { id: ours.role.clone() })),
        ask!(&theirs => identity.update_role(identity::UpdateRoleRequest {
            role: Some(identity::Role {
                id: ours.role.clone(),
                description: "taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["description"]),
        })),
        ask!(&theirs => identity.delete_role(identity::DeleteRoleRequest {
            id: ours.role.clone(),
        })),
        ask!(&theirs => identity.delete_role_binding(identity::DeleteRoleBindingRequest {
            id: ours.binding.clone(),
        })),
        ask!(&theirs => identity.get_api_token(identity::GetApiTokenRequest {
            id: ours.token.clone(),
        })),
        ask!(&theirs => identity.revoke_api_token(identity::RevokeApiTokenRequest {
            id: ours.token.clone(),
        })),
        ask!(&theirs => security.get_scan(security::GetScanRequest { id: ours.scan.clone() })),
        ask!(&theirs => security.get_scan_report(security::GetScanReportRequest {
            id: ours.scan.clone(),
        })),
        ask!(&theirs => security.get_vulnerability(security::GetVulnerabilityRequest {
            id: ours.vulnerability.clone(),
        })),
        ask!(&theirs => security.update_vulnerability_status(security::UpdateVulnerabilityStatusRequest {
            id: ours.vulnerability.clone(),
            status: security::VulnerabilityStatus::InProgress as i32,
            ..Default::default()
        })),
        ask!(&theirs => security.assign_vulnerability(security::AssignVulnerabilityRequest {
            id: ours.vulnerability.clone(),
            assigned_to: String::new(),
        })),
        ask!(&theirs => security.get_policy(security::GetPolicyRequest {
            id: ours.policy.clone(),
        })),
        ask!(&theirs => security.update_policy(security::UpdatePolicyRequest {
            policy: Some(security::Policy {
                id: ours.policy.clone(),
                name: "taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["name"]),
        })),
        ask!(&theirs => security.delete_policy(security::DeletePolicyRequest {
            id: ours.policy.clone(),
        })),
        ask!(&theirs => security.get_report(security::GetReportRequest {
            id: ours.report.clone(),
        })),
        ask!(&theirs => security.get_report_content(security::GetReportContentRequest {
            id: ours.report.clone(),
        })),
    ];
    let watched = match security
        .watch_scan(with_token(
            security::WatchScanRequest {
                id: ours.scan.clone(),
            },
            &theirs,
        ))
        .await
    {
        Ok(stream) => stream.into_inner().message().await.map(drop),
        Err(status) => Err(status),
    };
    answers.push(("watch_scan", watched));
    let mut repositories = RepositoryServiceClient::new(channel.clone());
    let change = || repository::Repository {
        id: ours.repository.clone(),
        criticality: repository::Criticality::Low as i32,
        ..Default::default()
    };
    answers.extend([
        ask!(&theirs => repositories.get_repository(repository::GetRepositoryRequest {
            id: ours.repository.clone(),
        })),
        ask!(&theirs => repositories.get_repository(repository::GetRepositoryRequest {
            id: "acme/ours".into(),
        })),
        ask!(&theirs => repositories.update_repository(repository::UpdateRepositoryRequest {
            repository: Some(change()),
            update_mask: mask(&["criticality"]),
        })),
        ask!(&theirs => repositories.delete_repository(repository::DeleteRepositoryRequest {
            id: ours.repository.clone(),
        })),
        ask!(&theirs => repositories.undelete_repository(repository::UndeleteRepositoryRequest {
            id: ours.repository.clone(),
        })),
        ask!(&theirs => repositories.list_webhooks(repository::ListWebhooksRequest {
            repository_id: ours.repository.clone(),
        })),
        ask!(&theirs => repositories.create_webhook(repository::CreateWebhookRequest {
            repository_id: ours.repository.clone(),
            webhook: None,
        })),
        ask!(&theirs => repositories.delete_webhook(repository::DeleteWebhookRequest {
            repository_id: ours.repository.clone(),
            id: "any".into(),
        })),
        ask!(&theirs => repositories.list_webhook_deliveries(repository::ListWebhookDeliveriesRequest {
            repository_id: ours.repository.clone(),
            webhook_id: "any".into(),
            ..Default::default()
        })),
        ask!(&theirs => repositories.list_branches(repository::ListBranchesRequest {
            repository_id: ours.repository.clone(),
            ..Default::default()
        })),
        ask!(&theirs => repositories.list_contributors(repository::ListContributorsRequest {
            repository_id: ours.repository.clone(),
            ..Default::default()
        })),
        ask!(&theirs => repositories.list_commits(repository::ListCommitsRequest {
            repository_id: "acme/ours".into(),
            ..Default::default()
        })),
        ask!(&theirs => repositories.get_commit(repository::GetCommitRequest {
            repository_id: ours.repository.clone(),
            sha: "0".repeat(40),
        })),
        ask!(&theirs => repositories.list_pull_requests(repository::ListPullRequestsRequest {
            repository_id: ours.repository.clone(),
            ..Default::default()
        })),
        ask!(&theirs => repositories.get_pull_request(repository::GetPullRequestRequest {
            repository_id: ours.repository.clone(),
            number: 1,
        })),
        ask!(&theirs => repositories.delete_connection(repository::DeleteConnectionRequest {
            id: ours.connection.clone(),
        })),
    ]);
    let mut pipelines = PipelineServiceClient::new(channel.clone());
    let (pipeline_id, execution_id) = (ours.pipeline.clone(), ours.execution.clone());
    answers.extend([
        ask!(&theirs => pipelines.get_pipeline(pipeline::GetPipelineRequest {
            id: pipeline_id.clone(),
        })),
        ask!(&theirs => pipelines.update_pipeline(pipeline::UpdatePipelineRequest {
            pipeline: Some(pipeline::Pipeline {
                id: pipeline_id.clone(),
                ..Default::default()
            }),
            update_mask: mask(&["enabled"]),
        })),
        ask!(&theirs => pipelines.delete_pipeline(pipeline::DeletePipelineRequest {
            id: pipeline_id.clone(),
        })),
        ask!(&theirs => pipelines.execute_pipeline(pipeline::ExecutePipelineRequest {
            pipeline_id: pipeline_id.clone(),
            ..Default::default()
        })),
        ask!(&theirs => pipelines.list_executions(pipeline::ListExecutionsRequest {
            pipeline_id: pipeline_id.clone(),
            ..Default::default()
        })),
        ask!(&theirs => pipelines.get_execution(pipeline::GetExecutionRequest {
            pipeline_id: pipeline_id.clone(),
            execution_id: execution_id.clone(),
        })),
        ask!(&theirs => pipelines.watch_execution(pipeline::WatchExecutionRequest {
            pipeline_id: pipeline_id.clone(),
            execution_id: execution_id.clone(),
            after_log_line: 0,
        })),
        ask!(&theirs => pipelines.cancel_execution(pipeline::CancelExecutionRequest {
            pipeline_id: pipeline_id.clone(),
            execution_id: execution_id.clone(),
            reason: String::new(),
        })),
        ask!(&theirs => pipelines.get_execution_logs(pipeline::GetExecutionLogsRequest {
            pipeline_id: pipeline_id.clone(),
            execution_id: execution_id.clone(),
            ..Default::default()
        })),
        ask!(&theirs => pipelines.download_artifact(pipeline::DownloadArtifactRequest {
            pipeline_id: pipeline_id.clone(),
            execution_id: execution_id.clone(),
            name: "dist/app".into(),
        })),
        ask!(&theirs => pipelines.set_pipeline_secret(pipeline::SetPipelineSecretRequest {
            pipeline_id: pipeline_id.clone(),
            name: "TOKEN".into(),
            value: "taken-value".into(),
        })),
        ask!(&theirs => pipelines.delete_pipeline_secret(pipeline::DeletePipelineSecretRequest {
            pipeline_id: pipeline_id.clone(),
            name: "TOKEN".into(),
        })),
    ]);
    let mut notifications = NotificationServiceClient::new(channel.clone());
    let (channel_id, template_id) = (ours.channel.clone(), ours.template.clone());
    answers.extend([
        ask!(&theirs => notifications.get_channel(notification::GetChannelRequest {
            id: channel_id.clone(),
        })),
        ask!(&theirs => notifications.update_channel(notification::UpdateChannelRequest {
            channel: Some(notification::Channel {
                id: channel_id.clone(),
                name: "taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["name"]),
        })),
        ask!(&theirs => notifications.test_channel(notification::TestChannelRequest {
            id: channel_id.clone(),
        })),
        ask!(&theirs => notifications.resume_channel(notification::ResumeChannelRequest {
            id: channel_id.clone(),
        })),
        ask!(&theirs => notifications.delete_channel(notification::DeleteChannelRequest {
            id: channel_id.clone(),
        })),
        ask!(&theirs => notifications.get_template(notification::GetTemplateRequest {
            id: template_id.clone(),
        })),
        ask!(&theirs => notifications.update_template(notification::UpdateTemplateRequest {
            template: Some(notification::Template {
                id: template_id.clone(),
                name: "taken".into(),
                ..Default::default()
            }),
            update_mask: mask(&["name"]),
        })),
        ask!(&theirs => notifications.preview_template(notification::PreviewTemplateRequest {
            template: Some(notification::Template {
                id: template_id.clone(),
                ..Default::default()
            }),
        })),
        ask!(&theirs => notifications.delete_template(notification::DeleteTemplateRequest {
            id: template_id.clone(),
        })),
        ask!(&theirs => notifications.get_delivery(notification::GetDeliveryRequest {
            id: ours.delivery.clone(),
        })),
        ask!(&theirs => notifications.update_subscription_rule(
            notification::UpdateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    id: ours.rule.clone(),
                    name: "taken".into(),
                    ..Default::default()
                }),
                update_mask: mask(&["name"]),
            }
        )),
        ask!(&theirs => notifications.delete_subscription_rule(
            notification::DeleteSubscriptionRuleRequest {
                id: ours.rule.clone(),
            }
        )),
        ask!(&theirs => notifications.acknowledge_delivery(
            notification::AcknowledgeDeliveryRequest {
                id: ours.delivery.clone(),
            }
        )),
        ask!(&theirs => notifications.update_escalation_rule(
            notification::UpdateEscalationRuleRequest {
                escalation_rule: Some(notification::EscalationRule {
                    id: ours.escalation.clone(),
                    enabled: false,
                    ..Default::default()
                }),
                update_mask: mask(&["enabled"]),
            }
        )),
        ask!(&theirs => notifications.delete_escalation_rule(
            notification::DeleteEscalationRuleRequest {
                id: ours.escalation.clone(),
            }
        )),
    ]);
    let wrong = answered_otherwise(answers, tonic::Code::NotFound);
    assert!(wrong.is_empty(), "not NOT_FOUND:\n{}", wrong.join("\n"));
    // Their lists do not show ours.
    assert!(
        listed!(&theirs => notifications.list_deliveries(Default::default()).deliveries).is_empty()
    );
    assert!(
        listed!(&theirs => notifications.list_channels(Default::default()).channels).is_empty()
    );
    assert!(
        listed!(&theirs => notifications.list_notifications(Default::default()).notifications)
            .is_empty()
    );
    assert!(
        listed!(&theirs => notifications.list_escalation_rules(Default::default()).escalation_rules)
            .is_empty()
    );
    // Their ad-hoc message cannot go to our channel.
    let pointed = notifications
        .send_notification(with_token(
            notification::SendNotificationRequest {
                notification: Some(notification::Notification {
                    subject: "theirs".into(),
                    channel_ids: vec![ours.channel.clone()],
                    ..Default::default()
                }),
            },
            &theirs,
        ))
        .await
        .expect_err("not their channel");
    assert_eq!(pointed.code(), tonic::Code::InvalidArgument, "{pointed:?}");
    // Their escalation rule cannot send to our channel.
    let pointed = notifications
        .create_escalation_rule(with_token(
            notification::CreateEscalationRuleRequest {
                escalation_rule: Some(notification::EscalationRule {
                    name: "theirs".into(),
                    levels: vec![notification::EscalationLevel {
                        after: Some(pbjson_types::Duration {
                            seconds: 60,
                            nanos: 0,
                        }),
                        channel_ids: vec![ours.channel.clone()],
                        ..Default::default()
                    }],
                    ..Default::default()
                }),
            },
            &theirs,
        ))
        .await
        .expect_err("not their channel");
    assert_eq!(pointed.code(), tonic::Code::InvalidArgument, "{pointed:?}");
    // Their rule cannot send to our channel.
    let pointed = notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "theirs".into(),
                    event_types: vec!["gate.changed".into()],
                    channel_ids: vec![ours.channel.clone()],
                    ..Default::default()
                }),
            },
            &theirs,
        ))
        .await
        .expect_err("not their channel");
    assert_eq!(pointed.code(), tonic::Code::InvalidArgument, "{pointed:?}");

    // Their pipeline cannot name our repository.
    let pointed = pipelines
        .create_pipeline(with_token(
            pipeline::CreatePipelineRequest {
                pipeline: Some(pipeline::Pipeline {
                    repository_id: ours.repository.clone(),
                    definition:
                        "name: theirs\nstages: [{name: s, steps: [{name: t, command: 'true'}]}]\n"
                            .into(),
                    ..Default::default()
                }),
            },
            &theirs,
        ))
        .await
        .expect_err("not their repository");
    assert_eq!(pointed.code(), tonic::Code::InvalidArgument, "{pointed:?}");
    assert!(
        pointed.message().contains("pipeline.repository_id"),
        "{pointed:?}"
    );

    // Their connections list does not show ours; ours is still there.
    let listed = |token: String| {
        let mut client = RepositoryServiceClient::new(channel.clone());
        async move {
            client
                .list_connections(with_token(repository::ListConnectionsRequest {}, &token))
                .await
                .expect("connections")
                .into_inner()
                .connections
                .into_iter()
                .map(|connection| connection.id)
                .collect::<Vec<_>>()
        }
    };
    assert!(listed(theirs.clone()).await.is_empty());
    assert_eq!(
        listed(ADMIN_TOKEN.to_owned()).await,
        std::slice::from_ref(&ours.connection)
    );

    // Nothing of ours changed.
    let user = identity
        .get_user(with_token(
            identity::GetUserRequest {
                id: ours.user.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our user")
        .into_inner()
        .user
        .expect("user");
    assert_eq!(user.display_name, "dev@example.test");
    let organization = identity
        .get_organization(with_token(
            identity::GetOrganizationRequest {
                id: ours.organization.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("ours")
        .into_inner()
        .organization
        .expect("organisation");
    assert_ne!(organization.display_name, "Taken");
    identity
        .get_team(with_token(
            identity::GetTeamRequest {
                id: ours.team.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our team");
    identity
        .get_role(with_token(
            identity::GetRoleRequest {
                id: ours.role.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our role");
    let token = identity
        .get_api_token(with_token(
            identity::GetApiTokenRequest {
                id: ours.token.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our token")
        .into_inner()
        .api_token
        .expect("token");
    assert!(token.revoke_time.is_none());
    let vulnerability = security
        .get_vulnerability(with_token(
            security::GetVulnerabilityRequest {
                id: ours.vulnerability.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("ours")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    assert_eq!(
        vulnerability.status,
        security::VulnerabilityStatus::Open as i32
    );
    let policy = security
        .get_policy(with_token(
            security::GetPolicyRequest {
                id: ours.policy.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our policy")
        .into_inner()
        .policy
        .expect("policy");
    assert_eq!(policy.name, "no secrets");
    let kept = repositories
        .get_repository(with_token(
            repository::GetRepositoryRequest {
                id: ours.repository.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our repository")
        .into_inner()
        .repository
        .expect("repository");
    assert!(kept.delete_time.is_none());
    assert_eq!(
        kept.criticality,
        repository::Criticality::Unspecified as i32
    );
    let theirs_listed =
        listed!(&theirs => repositories.list_repositories(Default::default()).repositories);
    assert!(theirs_listed.is_empty(), "{theirs_listed:?}");
    let listed = listed!(&theirs => identity.list_users(Default::default()).users);
    assert!(
        listed
            .iter()
            .all(|user| user.email.ends_with("@other.test")),
        "{listed:?}"
    );
    server.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_request_of_ours_can_point_at_another_tenants_people() {
    let database = TestDatabase::sqlite();
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    let channel = server.channel().await;
    let ours = ours(channel.clone()).await;
    let (theirs, their_admin) = other_tenant_admin(&server, ADMIN_TOKEN).await;
    let stranger = their_admin.id;
    let mut identity = IdentityServiceClient::new(channel.clone());
    let mut security = SecurityServiceClient::new(channel.clone());
    let mut repositories = RepositoryServiceClient::new(channel.clone());
    let their_team = identity::Team {
        name: "Theirs".into(),
        ..Default::default()
    };
    let their_team = people::create_team(channel.clone(), &theirs, their_team)
        .await
        .id;
    let answers: Vec<(&str, Result<(), tonic::Status>)> = vec![
        ask!(ADMIN_TOKEN => repositories.create_repository(repository::CreateRepositoryRequest {
            repository: Some(repository::Repository {
                full_name: "acme/theirs".into(),
                team_id: their_team.clone(),
                ..Default::default()
            }),
        })),
        ask!(ADMIN_TOKEN => repositories.update_repository(repository::UpdateRepositoryRequest {
            repository: Some(repository::Repository {
                id: ours.repository.clone(),
                team_id: their_team.clone(),
                ..Default::default()
            }),
            update_mask: mask(&["team_id"]),
        })),
        ask!(ADMIN_TOKEN => security.assign_vulnerability(security::AssignVulnerabilityRequest {
            id: ours.vulnerability.clone(),
            assigned_to: stranger.clone(),
        })),
        ask!(ADMIN_TOKEN => identity.create_role_binding(identity::CreateRoleBindingRequest {
            role_binding: Some(identity::RoleBinding {
                role_id: "viewer".into(),
                subject: Some(identity::role_binding::Subject::UserId(
                    stranger.clone(),
                )),
                ..Default::default()
            }),
        })),
        ask!(ADMIN_TOKEN => identity.update_team(identity::UpdateTeamRequest {
            team: Some(identity::Team {
                id: ours.team.clone(),
                member_ids: vec![stranger.clone()],
                ..Default::default()
            }),
            update_mask: mask(&["member_ids"]),
        })),
        ask!(ADMIN_TOKEN => identity.list_teams(identity::ListTeamsRequest {
            member_id: stranger.clone(),
            ..Default::default()
        })),
        ask!(ADMIN_TOKEN => identity.list_role_bindings(identity::ListRoleBindingsRequest {
            user_id: stranger.clone(),
            ..Default::default()
        })),
    ];
    let wrong = answered_otherwise(answers, tonic::Code::InvalidArgument);
    assert!(
        wrong.is_empty(),
        "not refused as unknown:\n{}",
        wrong.join("\n")
    );
    let vulnerability = security
        .get_vulnerability(with_token(
            security::GetVulnerabilityRequest {
                id: ours.vulnerability.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("ours")
        .into_inner()
        .vulnerability
        .expect("vulnerability");
    assert!(vulnerability.assigned_to.is_empty(), "nothing assigned");
    security
        .assign_vulnerability(with_token(
            security::AssignVulnerabilityRequest {
                id: ours.vulnerability.clone(),
                assigned_to: ours.user.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("one of ours can be assigned");
    server.stop().await.expect("clean shutdown");
}
