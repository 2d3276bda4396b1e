//! Events routed by subscription rules to channels and delivered by the
//! courier: retried after a receiver's failure with the same idempotency
//! key, refused ones disabling their channel until it is resumed, a
//! redelivered event adding nothing; an ad-hoc message sent, and escalated
//! after a restart when nobody acknowledged it; rules updated by mask.

use crate::common;

use std::time::{Duration, Instant};

use common::*;
use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_platform::testkit::{TestDatabase, TestServer, wait_while, with_token};
use secureflow_proto::secureflow::events::v1::{
    DetectedVulnerability, Envelope, GateChanged, RepositoryChanged, VulnerabilitiesDetected,
    envelope::Data,
};
use secureflow_proto::secureflow::notification::v1::*;

const TEST_PUBLISHER: Publisher = Publisher::new("secureflow.test");

fn gate(organization_id: &str, verdict: &str) -> Envelope {
    TEST_PUBLISHER.envelope(
        &EventContext::system(organization_id),
        "policy-1".to_owned(),
        Data::GateChanged(GateChanged {
            policy_id: "policy-1".into(),
            repository_id: "repo-1".into(),
            branch: "main".into(),
            commit_sha: "4f2c1b9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c".into(),
            previous_verdict: "PASS".into(),
            verdict: verdict.into(),
            cause: "1 critical vulnerability".into(),
        }),
    )
}

async fn publish(server: &TestServer, envelope: &Envelope) {
    let db = server.database().await;
    let mut tx = db.begin().await.expect("transaction");
    events::append(&mut tx, db.backend(), envelope)
        .await
        .expect("appended");
    tx.commit().await.expect("committed");
}

async fn deliveries_of(server: &TestServer, event_id: &str) -> Vec<Delivery> {
    let request = ListDeliveriesRequest {
        event_id: event_id.into(),
        ..ListDeliveriesRequest::default()
    };
    deliveries(server, request).await
}

/// Waits until `done` holds for the event's deliveries; them.
async fn wait_for(
    server: &TestServer,
    event_id: &str,
    done: impl Fn(&[Delivery]) -> bool,
) -> Vec<Delivery> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let deliveries = deliveries_of(server, event_id).await;
        if done(&deliveries) {
            return deliveries;
        }
        assert!(
            Instant::now() < deadline,
            "gave up waiting: {deliveries:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A rule sending gate changes to `channel_id`.
fn gate_rule(name: &str, channel_id: &str) -> SubscriptionRule {
    SubscriptionRule {
        name: name.into(),
        event_types: vec!["gate.changed".into()],
        channel_ids: vec![channel_id.to_owned()],
        ..SubscriptionRule::default()
    }
}

async fn create_rule(
    server: &TestServer,
    rule: SubscriptionRule,
) -> Result<SubscriptionRule, tonic::Status> {
    Ok(client(server)
        .await
        .create_subscription_rule(with_token(
            CreateSubscriptionRuleRequest {
                subscription_rule: Some(rule),
            },
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner()
        .subscription_rule
        .expect("rule"))
}

async fn a_failing_gate_is_delivered_once_after_a_retry(database: TestDatabase) {
    let data = tempfile::tempdir().expect("data directory");
    let server = start_at(&database, data.path()).await;
    let hook = Receiver::start(None, (204, vec![], String::new())).await;
    hook.answer((503, vec![], "busy".into()));
    let channel = webhook_channel(&server, "gates", &hook.url, "s3cret").await;
    let organization_id = channel.organization_id.clone();

    // A rule naming a channel of nowhere, or nothing routed, is refused.
    let refused = create_rule(&server, gate_rule("bad", "no-such-channel"))
        .await
        .expect_err("unknown channel");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(
        refused.message().contains("channel_ids[0]"),
        "{}",
        refused.message()
    );
    let rule = create_rule(
        &server,
        SubscriptionRule {
            branch: "main".into(),
            priority: Priority::High.into(),
            ..gate_rule("failing gates", &channel.id)
        },
    )
    .await
    .expect("rule");
    assert!(rule.enabled);

    // The repository service announces the repository: messages name it.
    let announced = TEST_PUBLISHER.envelope(
        &EventContext::system(&organization_id),
        "repo-1".to_owned(),
        Data::RepositoryChanged(RepositoryChanged {
            repository_id: "repo-1".into(),
            full_name: "acme/payments-api".into(),
            change: "created".into(),
            ..Default::default()
        }),
    );
    publish(&server, &announced).await;
    let db = server.database().await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let known: Option<String> = sqlx::query_scalar(
            "SELECT full_name FROM notification_repositories WHERE id = 'repo-1'",
        )
        .fetch_optional(db.pool())
        .await
        .expect("read");
        if known.is_some() {
            break;
        }
        assert!(Instant::now() < deadline, "the repository was never kept");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let failing = gate(&organization_id, "FAIL");
    publish(&server, &failing).await;
    // A passing gate matches no rule.
    let passing = gate(&organization_id, "PASS");
    publish(&server, &passing).await;

    let delivered = wait_for(&server, &failing.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    let delivery = &delivered[0];
    assert_eq!(delivery.attempts, 2, "{delivery:#?}");
    assert_eq!(delivery.attempt_history[0].status_code, 503);
    assert_eq!(delivery.attempt_history[1].status_code, 204);
    assert_eq!(delivery.rule_id, rule.id);
    assert_eq!(delivery.event_type, "gate.changed");
    // The time window, with a filter and alone: `since` takes the delivery's
    // own time, `until` does not.
    let created = delivery.create_time.expect("created");
    let window = |since, until| {
        let request = ListDeliveriesRequest {
            event_id: failing.event_id.clone(),
            since,
            until,
            ..ListDeliveriesRequest::default()
        };
        let server = &server;
        async move { deliveries(server, request).await.len() }
    };
    let mut later = created;
    later.seconds += 1;
    assert_eq!(window(Some(created), None).await, 1);
    assert_eq!(window(None, Some(created)).await, 0);
    assert_eq!(window(Some(created), Some(later)).await, 1);
    assert_eq!(window(Some(later), None).await, 0);
    let alone = ListDeliveriesRequest {
        until: Some(created),
        ..ListDeliveriesRequest::default()
    };
    assert!(
        deliveries(&server, alone)
            .await
            .iter()
            .all(|other| other.id != delivery.id),
        "a delivery made at `until` is outside the window"
    );
    let seen = hook.seen();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        seen[0].headers["idempotency-key"], seen[1].headers["idempotency-key"],
        "a retry carries the same key"
    );
    let body = seen[1].json();
    assert_eq!(
        body["subject"],
        "Quality gate FAIL on acme/payments-api (main)"
    );
    assert_eq!(body["priority"], "high");
    assert_eq!(body["data"]["verdict"], "FAIL");
    assert_eq!(body["data"]["repository_id"], "repo-1");
    assert!(deliveries_of(&server, &passing.event_id).await.is_empty());

    // Every event offered again, as after a stop between the routing's
    // commit and the consumer's cursor (its marks and cursor forgotten, the
    // server restarted): nothing new is queued or sent.
    server.stop().await.expect("stopped");
    let db = database.connect().await;
    db.execute_trusted(
        "DELETE FROM event_processed WHERE consumer = 'notification.routing'".to_owned(),
    )
    .await
    .expect("marks forgotten");
    db.execute_trusted(
        "UPDATE event_consumer_cursors SET last_seq = 0 WHERE consumer = 'notification.routing'"
            .to_owned(),
    )
    .await
    .expect("cursor moved back");
    let server = start_at(&database, data.path()).await;
    let later = gate(&organization_id, "FAIL");
    publish(&server, &later).await;
    wait_for(&server, &later.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    assert_eq!(deliveries_of(&server, &failing.event_id).await.len(), 1);
    assert_eq!(
        hook.seen().len(),
        3,
        "one more message, for the later event only"
    );
    server.finish(database).await;
}

async fn a_refusing_receiver_disables_its_channel_until_resumed(database: TestDatabase) {
    let server = start(&database).await;
    let teams = Receiver::start(None, (200, vec![], "1".into())).await;
    teams.answer((410, vec![], "Webhook removed".into()));
    let channel = create_channel(
        &server,
        "teams",
        ChannelType::MsTeams,
        &[("url", &teams.url)],
        &[],
    )
    .await
    .expect("channel");
    create_rule(&server, gate_rule("gates", &channel.id))
        .await
        .expect("rule");
    let failing = gate(&channel.organization_id, "FAIL");
    publish(&server, &failing).await;
    let waiting = wait_for(&server, &failing.event_id, |d| {
        d.len() == 1 && d[0].attempts == 1
    })
    .await;
    assert_eq!(waiting[0].status(), DeliveryStatus::Retrying);
    assert_eq!(waiting[0].status_code, 410);
    let mut client = client(&server).await;
    let disabled = get_channel(&server, &channel.id).await;
    assert_eq!(disabled.state(), ChannelState::Disabled);
    assert_eq!(
        disabled.state_reason,
        "the receiver refused it (410): Webhook removed"
    );
    // Nothing is sent while it is disabled.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(teams.seen().len(), 1);

    let resumed = client
        .resume_channel(with_token(
            ResumeChannelRequest {
                id: channel.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("resumed")
        .into_inner()
        .channel
        .expect("channel");
    assert_eq!(resumed.state(), ChannelState::Active);
    let delivered = wait_for(&server, &failing.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    assert_eq!(delivered[0].attempts, 2);
    assert_eq!(teams.seen().len(), 2);
    server.finish(database).await;
}

async fn send(
    server: &TestServer,
    notification: Notification,
) -> Result<SendNotificationResponse, tonic::Status> {
    Ok(client(server)
        .await
        .send_notification(with_token(
            SendNotificationRequest {
                notification: Some(notification),
            },
            ADMIN_TOKEN,
        ))
        .await?
        .into_inner())
}

/// An escalation rule for urgent notifications: `channel_id` after `after_seconds`.
async fn urgent_escalation(
    server: &TestServer,
    name: &str,
    after_seconds: i64,
    channel_id: &str,
) -> EscalationRule {
    client(server)
        .await
        .create_escalation_rule(with_token(
            CreateEscalationRuleRequest {
                escalation_rule: Some(EscalationRule {
                    name: name.into(),
                    min_priority: Priority::Urgent.into(),
                    levels: vec![EscalationLevel {
                        after: Some(pbjson_types::Duration {
                            seconds: after_seconds,
                            nanos: 0,
                        }),
                        channel_ids: vec![channel_id.to_owned()],
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
        .expect("rule")
}

async fn an_ad_hoc_message_is_sent_and_escalates_across_a_restart(database: TestDatabase) {
    let data = tempfile::tempdir().expect("data directory");
    let server = start_at(&database, data.path()).await;
    let hook = Receiver::start(None, (204, vec![], String::new())).await;
    let lead = Receiver::start(None, (204, vec![], String::new())).await;
    let team = webhook_channel(&server, "team", &hook.url, "s3cret").await;
    let on_call = webhook_channel(&server, "lead", &lead.url, "s3cret").await;
    urgent_escalation(&server, "urgent to the lead", 3, &on_call.id).await;

    // Bad messages are refused at their fields, and send nothing.
    let refused = send(
        &server,
        Notification {
            body: "no subject".into(),
            channel_ids: vec!["nowhere".into()],
            ..Default::default()
        },
    )
    .await
    .expect_err("no subject");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(
        refused.message().contains("notification.subject"),
        "{refused:?}"
    );
    let nowhere = send(
        &server,
        Notification {
            subject: "Deploy freeze".into(),
            channel_ids: vec![team.id.clone(), "nowhere".into()],
            ..Default::default()
        },
    )
    .await
    .expect_err("a channel of nowhere");
    assert!(
        nowhere.message().contains("notification.channel_ids[1]"),
        "{nowhere:?}"
    );
    let people = send(
        &server,
        Notification {
            subject: "Deploy freeze".into(),
            user_ids: vec!["someone".into()],
            ..Default::default()
        },
    )
    .await
    .expect_err("no such user");
    assert_eq!(people.code(), tonic::Code::InvalidArgument);
    assert!(
        people.message().contains("notification.user_ids[0]"),
        "{people:?}"
    );
    assert!(hook.seen().is_empty());

    // An urgent one: sent at once; nobody acknowledges it.
    let sent = send(
        &server,
        Notification {
            subject: "Deploy freeze from 18:00".into(),
            body: "Production is frozen until Monday.".into(),
            channel_ids: vec![team.id.clone()],
            priority: Priority::Urgent.into(),
            ..Default::default()
        },
    )
    .await
    .expect("sent");
    let notification = sent.notification.expect("notification");
    assert_eq!(notification.event_type, "notification.message");
    assert_eq!(sent.deliveries.len(), 1);
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(20),
        "the message was not sent",
        async || hook.seen().is_empty(),
    )
    .await;
    let body = hook.seen()[0].json();
    assert_eq!(body["subject"], "Deploy freeze from 18:00");
    assert!(
        body["text"]
            .as_str()
            .is_some_and(|text| text.contains("Production is frozen")),
        "{body}"
    );

    // Once the delivery is recorded (the receiver answers before the server
    // records it; stopped in between, the courier would rightly send it
    // again), the server stops before the level falls due; restarted, it
    // escalates.
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(20),
        "the delivery was not recorded as delivered",
        async || {
            deliveries(
                &server,
                ListDeliveriesRequest {
                    notification_id: notification.id.clone(),
                    status: DeliveryStatus::Delivered.into(),
                    ..Default::default()
                },
            )
            .await
            .is_empty()
        },
    )
    .await;
    server.stop().await.expect("stopped");
    let server = start_at(&database, data.path()).await;
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(50),
        "no escalation after the restart",
        async || lead.seen().is_empty(),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(lead.seen().len(), 1, "escalated once");
    assert_eq!(
        hook.seen().len(),
        1,
        "the team's message was not sent again"
    );
    let escalated = lead.seen()[0].json();
    assert!(
        escalated["subject"]
            .as_str()
            .is_some_and(|s| s.starts_with("[Escalated, level 1: not acknowledged] Deploy freeze")),
        "{escalated}"
    );
    let listed = client(&server)
        .await
        .list_notifications(with_token(
            ListNotificationsRequest {
                channel_id: team.id.clone(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .notifications;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, notification.id);
    assert_eq!(listed[0].escalation_level, 1);
    assert!(listed[0].first_delivery_time.is_some());
    assert!(
        listed[0].next_escalation_time.is_none(),
        "no level after the last"
    );
    server.finish(database).await;
}

fn detected(organization_id: &str, scan: &str, branch: &str, ids: &[&str]) -> Envelope {
    TEST_PUBLISHER.envelope(
        &EventContext::system(organization_id),
        scan.to_owned(),
        Data::VulnerabilitiesDetected(VulnerabilitiesDetected {
            scan_id: scan.into(),
            repository_id: "repo-1".into(),
            branch: branch.into(),
            vulnerabilities: ids
                .iter()
                .map(|id| DetectedVulnerability {
                    vulnerability_id: (*id).into(),
                    severity: "HIGH".into(),
                    title: format!("finding {id}"),
                    ..Default::default()
                })
                .collect(),
        }),
    )
}

async fn events_within_a_rules_window_are_sent_as_one_message(database: TestDatabase) {
    let data = tempfile::tempdir().expect("data directory");
    let server = start_at(&database, data.path()).await;
    let hook = Receiver::start(None, (204, vec![], String::new())).await;
    let channel = webhook_channel(&server, "findings", &hook.url, "s3cret").await;
    let organization_id = channel.organization_id.clone();
    create_rule(
        &server,
        SubscriptionRule {
            name: "new findings".into(),
            event_types: vec!["vulnerability.detected".into()],
            channel_ids: vec![channel.id.clone()],
            group_window: Some(pbjson_types::Duration {
                seconds: 3,
                nanos: 0,
            }),
            ..SubscriptionRule::default()
        },
    )
    .await
    .expect("rule");

    // Two scanners of one commit (one finding seen by both), and another
    // branch, within the window.
    let semgrep = detected(&organization_id, "scan-1", "main", &["v1", "v2"]);
    let bandit = detected(&organization_id, "scan-2", "main", &["v2", "v3"]);
    let other = detected(&organization_id, "scan-3", "release/1.0", &["v9"]);
    for envelope in [&semgrep, &bandit, &other] {
        publish(&server, envelope).await;
    }
    // The window closes while the server is stopped: restarted, it sends
    // the group once.
    tokio::time::sleep(Duration::from_millis(500)).await;
    server.stop().await.expect("stopped");
    assert!(hook.seen().is_empty(), "nothing before the window closes");
    let server = start_at(&database, data.path()).await;
    let grouped = wait_for(&server, &semgrep.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    wait_for(&server, &other.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    assert!(deliveries_of(&server, &bandit.event_id).await.is_empty());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let seen = hook.seen();
    assert_eq!(seen.len(), 2, "one message per branch");
    let main = seen
        .iter()
        .map(Seen::json)
        .find(|body| body["data"]["branch"] == "main")
        .expect("main's message");
    assert_eq!(main["subject"], "3 new vulnerabilities in repo-1");
    let ids: Vec<&str> = main["data"]["vulnerabilities"]
        .as_array()
        .expect("listed")
        .iter()
        .filter_map(|v| v["vulnerability_id"].as_str())
        .collect();
    assert_eq!(ids, ["v1", "v2", "v3"]);
    assert_eq!(grouped[0].event_id, semgrep.event_id);

    // A later event opens a new group.
    let later = detected(&organization_id, "scan-4", "main", &["v4"]);
    publish(&server, &later).await;
    wait_for(&server, &later.event_id, |d| {
        d.len() == 1 && d[0].status() == DeliveryStatus::Delivered
    })
    .await;
    assert_eq!(hook.seen().len(), 3);
    server.finish(database).await;
}

/// The two kinds of rules change the fields an update names and keep the
/// others, refuse a name another rule has, and answer NOT_FOUND for a rule
/// that is not there (also once deleted).
async fn rules_change_what_an_update_names(database: TestDatabase) {
    let server = start(&database).await;
    let hook = Receiver::start(None, (204, vec![], String::new())).await;
    let channel = webhook_channel(&server, "team", &hook.url, "s3cret").await;
    let mut notifications = client(&server).await;
    let mask = |paths: &[&str]| {
        Some(pbjson_types::FieldMask {
            paths: paths.iter().map(|path| (*path).to_owned()).collect(),
        })
    };

    let rule = create_rule(
        &server,
        SubscriptionRule {
            branch: "main".into(),
            ..gate_rule("failing gates", &channel.id)
        },
    )
    .await
    .expect("subscription rule");
    create_rule(&server, gate_rule("other", &channel.id))
        .await
        .expect("another rule");
    let update = |rule: SubscriptionRule, paths: &[&str]| {
        with_token(
            UpdateSubscriptionRuleRequest {
                subscription_rule: Some(rule),
                update_mask: mask(paths),
            },
            ADMIN_TOKEN,
        )
    };
    let changed = notifications
        .update_subscription_rule(update(
            SubscriptionRule {
                id: rule.id.clone(),
                name: "gates on release".into(),
                branch: "release".into(),
                ..SubscriptionRule::default()
            },
            &["name", "branch"],
        ))
        .await
        .expect("updated")
        .into_inner()
        .subscription_rule
        .expect("rule");
    assert_eq!(
        (changed.name.as_str(), changed.branch.as_str()),
        ("gates on release", "release")
    );
    assert_eq!(
        changed.event_types, rule.event_types,
        "not in the mask: kept"
    );
    assert_eq!(changed.channel_ids, rule.channel_ids);
    let listed = notifications
        .list_subscription_rules(with_token(
            ListSubscriptionRulesRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .subscription_rules;
    let stored = listed
        .iter()
        .find(|listed| listed.id == rule.id)
        .expect("the rule");
    assert_eq!(stored, &changed, "stored as answered");
    let taken = notifications
        .update_subscription_rule(update(
            SubscriptionRule {
                id: rule.id.clone(),
                name: "other".into(),
                ..SubscriptionRule::default()
            },
            &["name"],
        ))
        .await
        .expect_err("the name is taken");
    assert_eq!(taken.code(), tonic::Code::AlreadyExists, "{taken:?}");
    let missing = notifications
        .update_subscription_rule(update(
            SubscriptionRule {
                id: "no-such-rule".into(),
                name: "x".into(),
                ..SubscriptionRule::default()
            },
            &["name"],
        ))
        .await
        .expect_err("no such rule");
    assert_eq!(missing.code(), tonic::Code::NotFound, "{missing:?}");

    let escalation = urgent_escalation(&server, "urgent to the team", 60, &channel.id).await;
    let changed = notifications
        .update_escalation_rule(with_token(
            UpdateEscalationRuleRequest {
                escalation_rule: Some(EscalationRule {
                    id: escalation.id.clone(),
                    min_priority: Priority::High.into(),
                    ..Default::default()
                }),
                update_mask: mask(&["min_priority"]),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("updated")
        .into_inner()
        .escalation_rule
        .expect("rule");
    assert_eq!(changed.min_priority, i32::from(Priority::High));
    assert_eq!(changed.name, escalation.name, "not in the mask: kept");
    assert_eq!(changed.levels, escalation.levels);
    let listed = notifications
        .list_escalation_rules(with_token(
            ListEscalationRulesRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .escalation_rules;
    assert_eq!(listed, vec![changed], "stored as answered");

    // Deleted once; a second time there is nothing to delete.
    for expected in [tonic::Code::Ok, tonic::Code::NotFound] {
        let code = |answer: Result<_, tonic::Status>| {
            answer.map_or_else(|s| s.code(), |_| tonic::Code::Ok)
        };
        let escalation_deleted = notifications
            .delete_escalation_rule(with_token(
                DeleteEscalationRuleRequest {
                    id: escalation.id.clone(),
                },
                ADMIN_TOKEN,
            ))
            .await;
        assert_eq!(code(escalation_deleted.map(drop)), expected);
        let rule_deleted = notifications
            .delete_subscription_rule(with_token(
                DeleteSubscriptionRuleRequest {
                    id: rule.id.clone(),
                },
                ADMIN_TOKEN,
            ))
            .await;
        assert_eq!(code(rule_deleted.map(drop)), expected);
    }
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    rules_change_what_an_update_names,
    events_within_a_rules_window_are_sent_as_one_message,
    a_failing_gate_is_delivered_once_after_a_retry,
    a_refusing_receiver_disables_its_channel_until_resumed,
    an_ad_hoc_message_is_sent_and_escalates_across_a_restart,
);
