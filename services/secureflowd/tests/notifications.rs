//! The architecture's step 9 in one `secureflowd`: a report uploaded to the
//! security service fails a quality gate, the `gate.changed` event is routed
//! by a subscription rule, and exactly one Slack message (Block Kit, to a
//! local server standing in for Slack's incoming webhook) and one e-mail
//! (through a real SMTP server, aiosmtpd, over STARTTLS with AUTH) go out;
//! nobody acknowledges it and, after the escalation rule's delay, the
//! on-call channel hears; a second failing gate acknowledged in time —
//! through the signed link on the Slack message's button — does not
//! escalate.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_platform::testkit::{SmtpServer, TestDatabase, wait_while, with_token};
use secureflow_proto::secureflow::events::v1::{SlaBreached, envelope::Data};
use secureflow_proto::secureflow::notification::v1 as notification;
use secureflow_proto::secureflow::notification::v1::notification_service_client::NotificationServiceClient;
use secureflow_proto::secureflow::security::v1 as security_pb;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;

const ADMIN_TOKEN: &str = "sft_notifications_flow_admin_0123456";
const PUBLISHER: Publisher = Publisher::new("secureflow.test");

/// The team's Slack webhook path, and the on-call one's.
const TEAM: &str = "/services/T0/B0/team";
const ON_CALL: &str = "/services/T0/B1/on-call";

/// The escalation rule's delay (short, for the test).
const ESCALATE_AFTER: Duration = Duration::from_secs(3);

/// What the Slack stand-in received: (path, payload).
type Received = Arc<Mutex<Vec<(String, serde_json::Value)>>>;

/// The payloads received at `path`.
fn to(received: &Received, path: &str) -> Vec<serde_json::Value> {
    received
        .lock()
        .expect("lock")
        .iter()
        .filter(|(at, _)| at == path)
        .map(|(_, payload)| payload.clone())
        .collect()
}

/// A SARIF report with one error-level (high) finding.
fn sarif() -> Vec<u8> {
    common::security::one_finding_sarif("python.sql-injection", "app/db.py", 12)
}

async fn channel(
    client: &mut NotificationServiceClient<tonic::transport::Channel>,
    name: &str,
    kind: notification::ChannelType,
    settings: &[(&str, &str)],
    credentials: &[(&str, &str)],
) -> String {
    let pairs = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    client
        .create_channel(with_token(
            notification::CreateChannelRequest {
                channel: Some(notification::Channel {
                    name: name.into(),
                    r#type: kind.into(),
                    settings: pairs(settings),
                    credentials: pairs(credentials),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("channel")
        .into_inner()
        .channel
        .expect("channel")
        .id
}

async fn a_failing_gate_sends_one_slack_message_and_one_email_then_escalates_unless_acknowledged(
    database: TestDatabase,
) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let Some(smtp) = SmtpServer::start("alerts", "smtp-password") else {
        return;
    };
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;

    // Slack's incoming webhooks (the team's channel and the on-call one, by
    // path): Block Kit in, "ok" out.
    let slack: Received = Arc::default();
    let seen = slack.clone();
    let app = axum::Router::new().fallback(move |uri: axum::http::Uri, body: axum::body::Bytes| {
        let seen = seen.clone();
        async move {
            let payload: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            if payload["blocks"].as_array().is_none() || payload["text"].as_str().is_none() {
                return (axum::http::StatusCode::BAD_REQUEST, "invalid_payload");
            }
            seen.lock()
                .expect("lock")
                .push((uri.path().to_owned(), payload));
            (axum::http::StatusCode::OK, "ok")
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let slack_url = format!("http://{address}{TEAM}");
    let on_call_url = format!("http://{address}{ON_CALL}");
    tokio::spawn(async move { axum::serve(listener, app).await });

    let mut notifications = NotificationServiceClient::new(server.channel().await);
    let slack_channel = channel(
        &mut notifications,
        "#security-alerts",
        notification::ChannelType::Slack,
        &[("webhook_url", &slack_url)],
        &[],
    )
    .await;
    let port = smtp.starttls_port.to_string();
    let mail_channel = channel(
        &mut notifications,
        "security team",
        notification::ChannelType::Email,
        &[
            ("host", "127.0.0.1"),
            ("port", &port),
            ("from", "SecureFlow <secureflow@example.com>"),
            ("to", "security@example.com"),
            ("username", "alerts"),
            ("ca_certificate", &smtp.ca_pem),
        ],
        &[("password", "smtp-password")],
    )
    .await;
    let on_call = channel(
        &mut notifications,
        "#on-call",
        notification::ChannelType::Slack,
        &[("webhook_url", &on_call_url)],
        &[],
    )
    .await;
    // Nobody acknowledges within the (short) delay: the on-call channel hears.
    notifications
        .create_escalation_rule(with_token(
            notification::CreateEscalationRuleRequest {
                escalation_rule: Some(notification::EscalationRule {
                    name: "failing gates to on-call".into(),
                    event_type: "gate.changed".into(),
                    min_priority: notification::Priority::High.into(),
                    levels: vec![notification::EscalationLevel {
                        after: Some(pbjson_types::Duration {
                            seconds: i64::try_from(ESCALATE_AFTER.as_secs()).expect("seconds"),
                            nanos: 0,
                        }),
                        channel_ids: vec![on_call],
                        ..Default::default()
                    }],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("escalation rule");
    notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "failing gates".into(),
                    event_types: vec!["gate.changed".into()],
                    channel_ids: vec![slack_channel.clone(), mail_channel],
                    priority: notification::Priority::High.into(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("rule");

    common::security::fail_on_high_findings(server.channel().await, ADMIN_TOKEN).await;
    common::security::upload_sarif(
        server.channel().await,
        ADMIN_TOKEN,
        "payments-api",
        "main",
        sarif(),
    )
    .await;

    let deadline = Instant::now() + Duration::from_secs(60);
    while to(&slack, TEAM).is_empty() || smtp.mails().is_empty() {
        if Instant::now() >= deadline {
            let db = server.database().await;
            let types: Vec<String> = sqlx::query_scalar("SELECT event_type FROM event_outbox")
                .fetch_all(db.pool())
                .await
                .unwrap_or_default();
            let deliveries = notifications
                .list_deliveries(with_token(
                    notification::ListDeliveriesRequest::default(),
                    ADMIN_TOKEN,
                ))
                .await
                .expect("deliveries")
                .into_inner()
                .deliveries;
            panic!("no Slack message or e-mail; events {types:?}; deliveries {deliveries:#?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Time for a second message, were one to come.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let messages = to(&slack, TEAM);
    assert_eq!(
        messages.len(),
        1,
        "exactly one Slack message: {messages:#?}"
    );
    assert_eq!(
        messages[0]["blocks"][0]["text"]["text"],
        "Quality gate FAIL on payments-api (main)"
    );
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "exactly one e-mail");
    assert!(
        mails[0].contains("Subject: Quality gate FAIL on payments-api (main)"),
        "{}",
        mails[0]
    );
    // The text part renders although the event leaves its empty fields out
    // (no commit, no previous verdict).
    assert!(
        mails[0].contains("The quality gate of *payments-api* on `main` is now *FAIL*"),
        "{}",
        mails[0]
    );
    let delivered = notifications
        .list_deliveries(with_token(
            notification::ListDeliveriesRequest {
                event_type: "gate.changed".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deliveries")
        .into_inner()
        .deliveries;
    assert_eq!(delivered.len(), 2);
    assert!(
        delivered
            .iter()
            .all(|d| d.status() == notification::DeliveryStatus::Delivered)
    );

    // Not acknowledged: after the delay, the on-call channel gets it, once.
    wait_while(
        ESCALATE_AFTER + Duration::from_secs(30),
        Duration::from_millis(100),
        "no escalation to on-call",
        async || to(&slack, ON_CALL).is_empty(),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let escalated = to(&slack, ON_CALL);
    assert_eq!(escalated.len(), 1, "one escalation: {escalated:#?}");
    assert!(
        escalated[0]["text"].as_str().is_some_and(|text| text
            .contains("[Escalated, level 1: not acknowledged]")
            && text.contains("payments-api")),
        "{:#?}",
        escalated[0]
    );
    let escalated_notification = notifications
        .list_notifications(with_token(
            notification::ListNotificationsRequest {
                event_type: "gate.changed".into(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("notifications")
        .into_inner()
        .notifications;
    assert_eq!(escalated_notification.len(), 1);
    assert_eq!(escalated_notification[0].escalation_level, 1);
    assert!(escalated_notification[0].next_escalation_time.is_none());

    // Acknowledged in time: no escalation. A second repository fails its gate.
    let first: Vec<String> = delivered.iter().map(|d| d.id.clone()).collect();
    common::security::upload_sarif(
        server.channel().await,
        ADMIN_TOKEN,
        "billing-api",
        "main",
        sarif(),
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(60);
    let delivery = loop {
        let delivered = notifications
            .list_deliveries(with_token(
                notification::ListDeliveriesRequest {
                    status: notification::DeliveryStatus::Delivered.into(),
                    channel_id: slack_channel.clone(),
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("deliveries")
            .into_inner()
            .deliveries;
        if let Some(delivery) = delivered
            .into_iter()
            .find(|delivery| !first.contains(&delivery.id))
        {
            break delivery;
        }
        assert!(
            Instant::now() < deadline,
            "the second gate was not delivered"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    // Through the signed link on the Slack message's "Acknowledge" button:
    // opening it only asks; the form's POST acknowledges.
    let messages = to(&slack, TEAM);
    let billing = messages
        .iter()
        .find(|m| {
            m["text"]
                .as_str()
                .is_some_and(|t| t.contains("billing-api"))
        })
        .expect("the second gate's Slack message");
    let link = billing["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .filter_map(|block| block["elements"].as_array())
        .flatten()
        .find(|element| element["text"]["text"] == "Acknowledge")
        .and_then(|button| button["url"].as_str())
        .expect("an Acknowledge button")
        .to_owned();
    let (_, path) = link
        .split_once("/notifications/acknowledge")
        .expect("the link's path");
    let page_url = format!("http://{}/notifications/acknowledge", server.address);
    let http = reqwest::Client::new();
    let asked = http
        .get(format!("{page_url}{path}"))
        .send()
        .await
        .expect("page");
    assert_eq!(asked.status(), reqwest::StatusCode::OK);
    assert_eq!(
        asked.headers()["referrer-policy"],
        "no-referrer",
        "the token stays out of referrers"
    );
    let asked = asked.text().await.expect("page");
    assert!(asked.contains("<form method=\"post\""), "{asked}");
    let token = path.trim_start_matches("?token=");
    let post = |token: String| http.post(&page_url).form(&[("token", token)]).send();
    let done = post(token.to_owned()).await.expect("acknowledged");
    assert_eq!(done.status(), reqwest::StatusCode::OK);
    let done = done.text().await.expect("page");
    assert!(
        done.contains("<h1>Acknowledged</h1>") && done.contains("billing-api"),
        "{done}"
    );
    let again = post(token.to_owned())
        .await
        .expect("again")
        .text()
        .await
        .expect("page");
    assert!(again.contains("Already acknowledged"), "{again}");
    let forged = post(format!("{token}x")).await.expect("forged");
    assert_eq!(forged.status(), reqwest::StatusCode::BAD_REQUEST);
    let acknowledged = notifications
        .get_delivery(with_token(
            notification::GetDeliveryRequest {
                id: delivery.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("delivery")
        .into_inner()
        .delivery
        .expect("delivery");
    assert_eq!(
        acknowledged.status(),
        notification::DeliveryStatus::Acknowledged
    );
    assert_eq!(acknowledged.acknowledged_by, "signed link");
    // The e-mail carried its own link in its text and HTML.
    let billing_mail = smtp.wait_for("billing-api").await;
    // (Undoing quoted-printable, should the mail have been sent so.)
    let unfolded = billing_mail.replace("=\r\n", "").replace("=3D", "=");
    assert!(
        unfolded.contains("/notifications/acknowledge?token="),
        "{billing_mail}"
    );
    tokio::time::sleep(ESCALATE_AFTER + Duration::from_secs(3)).await;
    let escalated = to(&slack, ON_CALL);
    assert_eq!(
        escalated.len(),
        1,
        "the acknowledged notification did not escalate: {escalated:#?}"
    );
    // A delivery not delivered yet cannot be acknowledged; another
    // organisation's (or a made-up) id is not found.
    let missing = notifications
        .acknowledge_delivery(with_token(
            notification::AcknowledgeDeliveryRequest {
                id: "0193a000-0000-7000-8000-000000000000".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown delivery");
    assert_eq!(missing.code(), tonic::Code::NotFound);
    server.finish(database).await;
}

async fn an_sla_breach_reaches_the_vulnerabilitys_assignee_in_their_inbox(database: TestDatabase) {
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    common::security::upload_sarif(
        server.channel().await,
        ADMIN_TOKEN,
        "payments-api",
        "main",
        sarif(),
    )
    .await;
    let mut security = SecurityServiceClient::new(server.channel().await);
    let vulnerability = security
        .list_vulnerabilities(with_token(
            security_pb::ListVulnerabilitiesRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("vulnerabilities")
        .into_inner()
        .vulnerabilities
        .remove(0);
    let developer = common::identity::create_user(
        server.channel().await,
        ADMIN_TOKEN,
        "assignee@example.test",
        &["developer"],
    )
    .await;
    security
        .assign_vulnerability(with_token(
            security_pb::AssignVulnerabilityRequest {
                id: vulnerability.id.clone(),
                assigned_to: developer.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("assigned");
    let mut notifications = NotificationServiceClient::new(server.channel().await);
    // Only events that name vulnerabilities have assignees.
    let refused = notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "gates to assignees".into(),
                    event_types: vec!["gate.changed".into()],
                    notify_assignee: true,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("gates have no assignee");
    assert!(
        refused
            .message()
            .contains("subscription_rule.notify_assignee"),
        "{refused:?}"
    );
    notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "breaches to assignees".into(),
                    event_types: vec!["sla.breached".into()],
                    notify_assignee: true,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("rule");

    // The security service's SLA check would publish this once the deadline
    // passes; the test appends it to the event log itself.
    let breach = PUBLISHER.envelope(
        &EventContext::system(&developer.organization_id),
        vulnerability.id.clone(),
        Data::SlaBreached(SlaBreached {
            vulnerability_id: vulnerability.id.clone(),
            repository_id: vulnerability.repository_id.clone(),
            severity: "high".into(),
            ..Default::default()
        }),
    );
    let db = server.database().await;
    let mut tx = db.begin().await.expect("transaction");
    events::append(&mut tx, db.backend(), &breach)
        .await
        .expect("appended");
    tx.commit().await.expect("committed");

    let token =
        common::identity::login(server.channel().await, "default", "assignee@example.test").await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let items = loop {
        let items = notifications
            .list_inbox(with_token(
                notification::ListInboxRequest::default(),
                &token,
            ))
            .await
            .expect("inbox")
            .into_inner()
            .items;
        if !items.is_empty() {
            break items;
        }
        assert!(Instant::now() < deadline, "nothing in the assignee's inbox");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].event_type, "sla.breached");
    assert!(items[0].subject.contains("SLA"), "{:?}", items[0]);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    a_failing_gate_sends_one_slack_message_and_one_email_then_escalates_unless_acknowledged,
    an_sla_breach_reaches_the_vulnerabilitys_assignee_in_their_inbox,
);
