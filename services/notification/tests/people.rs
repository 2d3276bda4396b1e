//! People as recipients: a subscription rule naming a team and a user
//! reaches each of them in the product (their inbox: listed, marked read,
//! acknowledged) and, through the rule's e-mail channel, at their addresses
//! (a real SMTP server, aiosmtpd); users and teams of nowhere are refused;
//! what a user turns off in their preferences does not reach them there;
//! what their quiet hours hold arrives as one digest when they end.

use crate::common;

use std::time::{Duration, Instant};

use common::*;
use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_platform::testkit::{
    SmtpServer, TestDatabase, TestServer, people, wait_while, with_token,
};
use secureflow_proto::secureflow::events::v1::{Envelope, GateChanged, envelope::Data};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::notification::v1::*;

const PUBLISHER: Publisher = Publisher::new("secureflow.test");

async fn user(server: &TestServer, email: &str) -> identity::User {
    user_with_role(server, email, "developer").await
}

async fn user_with_role(server: &TestServer, email: &str, role: &str) -> identity::User {
    people::create_user(server.channel().await, ADMIN_TOKEN, email, &[role]).await
}

async fn login(server: &TestServer, email: &str) -> String {
    people::login(server.channel().await, "default", email).await
}

async fn inbox(server: &TestServer, token: &str, unread_only: bool) -> ListInboxResponse {
    client(server)
        .await
        .list_inbox(with_token(
            ListInboxRequest {
                unread_only,
                ..Default::default()
            },
            token,
        ))
        .await
        .expect("inbox")
        .into_inner()
}

async fn a_rule_naming_a_team_and_a_user_reaches_each_in_the_product_and_by_email(
    database: TestDatabase,
) {
    let Some(smtp) = SmtpServer::start("alerts", "smtp-password") else {
        return;
    };
    let server = start(&database).await;
    let alice = user(&server, "alice@example.com").await;
    let bob = user(&server, "bob@example.com").await;
    let carol = user(&server, "carol@example.com").await;
    let _dave = user(&server, "dave@example.com").await;
    let team = identity::Team {
        name: "Payments".into(),
        member_ids: vec![alice.id.clone(), bob.id.clone()],
        ..Default::default()
    };
    let team = people::create_team(server.channel().await, ADMIN_TOKEN, team).await;
    let port = smtp.starttls_port.to_string();
    let mail = create_channel(
        &server,
        "security mail",
        ChannelType::Email,
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
    .await
    .expect("channel");
    let rule = |user_ids: Vec<String>, team_ids: Vec<String>| SubscriptionRule {
        name: format!("gates {}", user_ids.len() + team_ids.len()),
        event_types: vec!["gate.changed".into()],
        channel_ids: vec![mail.id.clone()],
        user_ids,
        team_ids,
        ..Default::default()
    };
    let create = |rule: SubscriptionRule| {
        let server = &server;
        async move {
            client(server)
                .await
                .create_subscription_rule(with_token(
                    CreateSubscriptionRuleRequest {
                        subscription_rule: Some(rule),
                    },
                    ADMIN_TOKEN,
                ))
                .await
        }
    };
    // People of nowhere are refused at their field.
    let nobody = create(rule(
        vec!["0193a000-0000-7000-8000-00000000abcd".into()],
        Vec::new(),
    ))
    .await
    .expect_err("no such user");
    assert_eq!(nobody.code(), tonic::Code::InvalidArgument);
    assert!(
        nobody.message().contains("subscription_rule.user_ids[0]"),
        "{nobody:?}"
    );
    let no_team = create(rule(Vec::new(), vec!["no-such-team".into()]))
        .await
        .expect_err("no such team");
    assert!(
        no_team.message().contains("subscription_rule.team_ids[0]"),
        "{no_team:?}"
    );
    create(rule(vec![carol.id.clone()], vec![team.id.clone()]))
        .await
        .expect("rule");

    let event = failing_gate(&alice.organization_id, 1);
    publish(&server, &event).await;

    // The e-mail goes to the channel's address and the three people's.
    let (_, envelope) = nth_mail(&smtp, 1, Duration::from_secs(30)).await;
    assert_eq!(
        recipients(&envelope),
        [
            "alice@example.com",
            "bob@example.com",
            "carol@example.com",
            "security@example.com"
        ]
    );

    // Each of them has it in their inbox, unread; dave, named by nothing, not.
    let alice_token = login(&server, "alice@example.com").await;
    let listed = inbox(&server, &alice_token, false).await;
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.unread_count, 1);
    let item = listed.items[0].clone();
    assert!(item.subject.contains("Quality gate FAIL"), "{item:?}");
    assert!(item.read_time.is_none());
    for email in ["bob@example.com", "carol@example.com"] {
        let token = login(&server, email).await;
        assert_eq!(inbox(&server, &token, true).await.items.len(), 1, "{email}");
    }
    let dave_token = login(&server, "dave@example.com").await;
    assert!(inbox(&server, &dave_token, false).await.items.is_empty());

    // Another's item cannot be marked; alice marks hers read, once.
    let bob_token = login(&server, "bob@example.com").await;
    let bobs = inbox(&server, &bob_token, false).await.items[0].id.clone();
    let mut notifications = client(&server).await;
    let refused = notifications
        .mark_inbox_read(with_token(
            MarkInboxReadRequest {
                ids: vec![item.id.clone(), bobs],
                all: false,
            },
            &alice_token,
        ))
        .await
        .expect_err("not hers");
    assert!(refused.message().contains("ids[1]"), "{refused:?}");
    assert_eq!(
        inbox(&server, &alice_token, true).await.items.len(),
        1,
        "nothing marked"
    );
    for expected in [1, 0] {
        let marked = notifications
            .mark_inbox_read(with_token(
                MarkInboxReadRequest {
                    ids: vec![item.id.clone()],
                    all: false,
                },
                &alice_token,
            ))
            .await
            .expect("marked")
            .into_inner()
            .marked;
        assert_eq!(marked, expected);
    }
    let after = inbox(&server, &alice_token, false).await;
    assert_eq!(after.unread_count, 0);
    assert!(after.items[0].read_time.is_some());
    assert!(inbox(&server, &alice_token, true).await.items.is_empty());

    // Acknowledged from the inbox.
    let acknowledged = notifications
        .acknowledge_delivery(with_token(
            AcknowledgeDeliveryRequest {
                id: item.delivery_id.clone(),
            },
            &alice_token,
        ))
        .await
        .expect("acknowledged")
        .into_inner()
        .delivery
        .expect("delivery");
    assert_eq!(acknowledged.status(), DeliveryStatus::Acknowledged);
    let after = inbox(&server, &alice_token, false).await;
    assert!(after.items[0].acknowledge_time.is_some());

    // Preferences: alice turns gate changes off by e-mail, carol everywhere.
    let mute = |event_type: &str, channel_type: ChannelType| Mute {
        event_type: event_type.into(),
        channel_type: channel_type.into(),
    };
    let update = |token: String, preferences: NotificationPreferences| {
        let server = &server;
        async move {
            client(server)
                .await
                .update_preferences(with_token(
                    UpdatePreferencesRequest {
                        preferences: Some(preferences),
                        update_mask: None,
                    },
                    &token,
                ))
                .await
        }
    };
    let bad = update(
        alice_token.clone(),
        NotificationPreferences {
            mutes: vec![mute("gate.opened", ChannelType::Email)],
            ..Default::default()
        },
    )
    .await
    .expect_err("no such event type");
    assert!(
        bad.message().contains("preferences.mutes[0].event_type"),
        "{bad:?}"
    );
    let quiet = update(
        alice_token.clone(),
        NotificationPreferences {
            quiet_hours: Some(QuietHours {
                start: "22:00".into(),
                end: "7:00".into(),
                time_zone: "Mars/Olympus".into(),
            }),
            ..Default::default()
        },
    )
    .await
    .expect_err("not a time, not a time zone");
    assert_eq!(quiet.code(), tonic::Code::InvalidArgument);
    for field in ["quiet_hours.end", "quiet_hours.time_zone"] {
        assert!(quiet.message().contains(field), "{quiet:?}");
    }
    update(
        alice_token.clone(),
        NotificationPreferences {
            mutes: vec![mute("gate.changed", ChannelType::Email)],
            ..Default::default()
        },
    )
    .await
    .expect("alice's preferences");
    let carol_token = login(&server, "carol@example.com").await;
    update(
        carol_token.clone(),
        NotificationPreferences {
            mutes: vec![mute("gate.changed", ChannelType::Unspecified)],
            ..Default::default()
        },
    )
    .await
    .expect("carol's preferences");
    let saved = notifications
        .get_preferences(with_token(GetPreferencesRequest {}, &alice_token))
        .await
        .expect("preferences")
        .into_inner()
        .preferences
        .expect("preferences");
    assert_eq!(saved.mutes, [mute("gate.changed", ChannelType::Email)]);
    assert!(saved.update_time.is_some());

    let second = failing_gate(&alice.organization_id, 2);
    publish(&server, &second).await;
    let (_, envelope) = nth_mail(&smtp, 2, Duration::from_secs(30)).await;
    assert_eq!(
        recipients(&envelope),
        ["bob@example.com", "security@example.com"]
    );
    assert_eq!(inbox(&server, &alice_token, false).await.items.len(), 2);
    assert_eq!(inbox(&server, &bob_token, false).await.items.len(), 2);
    assert_eq!(inbox(&server, &carol_token, false).await.items.len(), 1);

    // Quiet hours: bob's hold his e-mail (not his inbox) until they end,
    // then one digest reaches him alone. The window is this minute (UTC),
    // so it ends at the next.
    let mut now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_secs();
    if now % 60 >= 50 {
        tokio::time::sleep(Duration::from_secs(61 - now % 60)).await;
        now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("after 1970")
            .as_secs();
    }
    let clock = |minute: u64| format!("{:02}:{:02}", minute / 60 % 24, minute % 60);
    let minute = now / 60 % 1440;
    update(
        bob_token.clone(),
        NotificationPreferences {
            quiet_hours: Some(QuietHours {
                start: clock(minute),
                end: clock(minute + 1),
                time_zone: "UTC".into(),
            }),
            ..Default::default()
        },
    )
    .await
    .expect("bob's quiet hours");
    let third = failing_gate(&alice.organization_id, 3);
    publish(&server, &third).await;
    nth_mail(&smtp, 3, Duration::from_secs(30)).await;
    assert_eq!(
        recipients(&smtp.received()[2].1),
        ["security@example.com"],
        "bob's copy waits"
    );
    assert_eq!(
        inbox(&server, &bob_token, false).await.items.len(),
        3,
        "the inbox is silent: it fills at once"
    );
    let (digest, envelope) = nth_mail(&smtp, 4, Duration::from_secs(90)).await;
    assert_eq!(recipients(&envelope), ["bob@example.com"], "bob's alone");
    assert!(
        digest.contains("1 notification during your quiet hours"),
        "{digest}"
    );
    assert!(
        digest.replace("=\r\n", "").contains("Quality gate FAIL"),
        "{digest}"
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(smtp.received().len(), 4, "one digest");

    // The admin token is no user: it has no inbox.
    let no_user = notifications
        .list_inbox(with_token(ListInboxRequest::default(), ADMIN_TOKEN))
        .await
        .expect_err("no inbox");
    assert_eq!(no_user.code(), tonic::Code::FailedPrecondition);
    server.finish(database).await;
}

fn failing_gate(organization_id: &str, n: u32) -> Envelope {
    PUBLISHER.envelope(
        &EventContext::system(organization_id),
        format!("policy-{n}"),
        Data::GateChanged(GateChanged {
            policy_id: format!("policy-{n}"),
            repository_id: format!("repo-{n}"),
            branch: "main".into(),
            verdict: "VERDICT_FAIL".into(),
            ..Default::default()
        }),
    )
}

/// Waits for the `n`th e-mail (gives up after `patience`); it and its envelope.
async fn nth_mail(smtp: &SmtpServer, n: usize, patience: Duration) -> (String, serde_json::Value) {
    wait_while(
        patience,
        Duration::from_millis(50),
        &format!("no e-mail number {n}"),
        async || smtp.received().len() < n,
    )
    .await;
    smtp.received().remove(n - 1)
}

/// The envelope's recipients, sorted.
fn recipients(envelope: &serde_json::Value) -> Vec<String> {
    let mut to: Vec<String> = envelope["to"]
        .as_array()
        .expect("recipients")
        .iter()
        .map(|v| v.as_str().expect("address").to_owned())
        .collect();
    to.sort();
    to
}

async fn publish(server: &TestServer, envelope: &Envelope) {
    let db = server.database().await;
    let mut tx = db.begin().await.expect("transaction");
    events::append(&mut tx, db.backend(), envelope)
        .await
        .expect("appended");
    tx.commit().await.expect("committed");
}

/// Slack's Web API as its documentation gives it: `users.lookupByEmail`
/// answers the user (or `users_not_found`, HTTP 200), `auth.test` says the
/// token works; `chat.postMessage` is checked as Block Kit.
fn slack_api(uri: &axum::http::Uri) -> Option<Reply> {
    let ok = |body: serde_json::Value| Some((200, vec![], body.to_string()));
    match uri.path() {
        "/api/users.lookupByEmail" => match uri.query().unwrap_or_default() {
            "email=alice%40example.com" => ok(serde_json::json!({
                "ok": true,
                "user": {"id": "U0ALICE", "team_id": "T0", "name": "alice"}
            })),
            _ => ok(serde_json::json!({"ok": false, "error": "users_not_found"})),
        },
        "/api/auth.test" => ok(serde_json::json!({
            "ok": true, "url": "https://acme.slack.com/", "team": "Acme",
            "user": "secureflow", "team_id": "T0", "user_id": "U0BOT", "bot_id": "B0"
        })),
        _ => None,
    }
}

fn block_kit(body: &serde_json::Value) -> Result<(), String> {
    if body["channel"].as_str().is_none_or(str::is_empty) {
        return Err("channel_not_found".into());
    }
    match (body["text"].as_str(), body["blocks"].as_array()) {
        (Some(text), Some(_)) if !text.trim().is_empty() => Ok(()),
        _ => Err("invalid_blocks: text fallback and blocks expected".into()),
    }
}

async fn a_slack_channel_writes_to_each_person_directly(database: TestDatabase) {
    let server = start(&database).await;
    let alice = user(&server, "alice@example.com").await;
    // Bob has no Slack account in the workspace.
    let bob = user(&server, "bob@example.com").await;
    let slack = Receiver::start_with(
        Some(block_kit),
        (
            200,
            vec![],
            r#"{"ok": true, "channel": "D0ALICE", "ts": "1.2"}"#.into(),
        ),
        Some(slack_api),
    )
    .await;
    let api = format!("{}/api", slack.url);
    let channel = create_channel(
        &server,
        "slack-dm",
        ChannelType::Slack,
        &[("direct_messages", "true"), ("api_url", &api)],
        &[("bot_token", "xoxb-test-token")],
    )
    .await
    .expect("channel");
    // Direct messages only: the test checks the token.
    let tested = test_channel(&server, &channel.id).await;
    assert_eq!(tested.status(), DeliveryStatus::Delivered, "{tested:#?}");
    assert_eq!(slack.seen()[0].path, "/api/auth.test");
    client(&server)
        .await
        .create_subscription_rule(with_token(
            CreateSubscriptionRuleRequest {
                subscription_rule: Some(SubscriptionRule {
                    name: "gates to people".into(),
                    event_types: vec!["gate.changed".into()],
                    channel_ids: vec![channel.id.clone()],
                    user_ids: vec![alice.id.clone(), bob.id.clone()],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("rule");
    let failing = failing_gate(&alice.organization_id, 1);
    publish(&server, &failing).await;
    let deadline = Instant::now() + Duration::from_secs(30);
    let deliveries = loop {
        let deliveries = client(&server)
            .await
            .list_deliveries(with_token(
                ListDeliveriesRequest {
                    event_id: failing.event_id.clone(),
                    channel_id: channel.id.clone(),
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("listed")
            .into_inner()
            .deliveries;
        let settled = |d: &Delivery| {
            matches!(
                d.status(),
                DeliveryStatus::Delivered | DeliveryStatus::Failed
            )
        };
        if deliveries.len() == 2 && deliveries.iter().all(settled) {
            break deliveries;
        }
        assert!(Instant::now() < deadline, "not settled: {deliveries:#?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let status = |name: &str| {
        deliveries
            .iter()
            .find(|d| d.user_id == name)
            .unwrap_or_else(|| panic!("a delivery for {name}: {deliveries:#?}"))
    };
    assert_eq!(status(&alice.id).status(), DeliveryStatus::Delivered);
    let bobs = status(&bob.id);
    assert_eq!(bobs.status(), DeliveryStatus::Failed);
    assert_eq!(bobs.attempts, 1, "not retried: {bobs:#?}");
    assert!(bobs.error.contains("no Slack account"), "{bobs:#?}");
    let posted: Vec<Seen> = slack
        .seen()
        .into_iter()
        .filter(|seen| seen.path == "/api/chat.postMessage")
        .collect();
    assert_eq!(posted.len(), 1, "one direct message, to alice");
    assert_eq!(posted[0].json()["channel"], "U0ALICE");
    assert_eq!(posted[0].headers["authorization"], "Bearer xoxb-test-token");
    let lookups: Vec<String> = slack
        .seen()
        .into_iter()
        .filter(|seen| seen.path == "/api/users.lookupByEmail")
        .map(|seen| seen.query)
        .collect();
    assert_eq!(lookups.len(), 2, "{lookups:?}");
    // Someone Slack does not know is no fault of the channel.
    let after = get_channel(&server, &channel.id).await;
    assert_eq!(after.state(), ChannelState::Active, "{after:#?}");
    server.finish(database).await;
}

/// Testing an in-app channel puts the test message in the caller's inbox,
/// delivered as stored; the instance operator, who has no inbox, is refused
/// and nothing is stored.
async fn an_in_app_channel_test_reaches_the_callers_inbox(database: TestDatabase) {
    let server = start(&database).await;
    user_with_role(&server, "erin@example.com", "admin").await;
    let erin = login(&server, "erin@example.com").await;
    let channel = create_channel(&server, "inbox", ChannelType::InApp, &[], &[])
        .await
        .expect("channel");
    let test = |token: String| {
        let (server, id) = (&server, channel.id.clone());
        async move {
            client(server)
                .await
                .test_channel(with_token(TestChannelRequest { id }, &token))
                .await
        }
    };
    let refused = test(ADMIN_TOKEN.to_owned())
        .await
        .expect_err("the operator has no inbox");
    assert_eq!(
        refused.code(),
        tonic::Code::FailedPrecondition,
        "{refused:?}"
    );
    assert!(refused.message().contains("inbox"), "{refused:?}");
    assert!(inbox(&server, &erin, false).await.items.is_empty());

    let delivery = test(erin.clone())
        .await
        .expect("tested")
        .into_inner()
        .delivery
        .expect("delivery");
    assert_eq!(
        delivery.status(),
        DeliveryStatus::Delivered,
        "{delivery:#?}"
    );
    assert_eq!(delivery.channel_id, channel.id);
    let items = inbox(&server, &erin, true).await.items;
    assert_eq!(items.len(), 1, "{items:#?}");
    assert_eq!(items[0].delivery_id, delivery.id);
    assert_eq!(items[0].event_type, "notification.test");
    assert!(!items[0].subject.is_empty(), "{items:#?}");
    server.finish(database).await;
}

/// A team of more members than the identity service lists in one page (500)
/// reaches every one of them, not only the first page: the members whose
/// addresses sort last find the notification in their inbox.
async fn a_team_larger_than_a_page_reaches_every_member(database: TestDatabase) {
    const MEMBERS: usize = 503;
    let server = start(&database).await;
    let mut member_ids = Vec::with_capacity(MEMBERS);
    for n in 0..MEMBERS {
        member_ids.push(
            user(&server, &format!("member-{n:03}@example.com"))
                .await
                .id,
        );
    }
    let team = identity::Team {
        name: "Everyone".into(),
        member_ids,
        ..Default::default()
    };
    let team = people::create_team(server.channel().await, ADMIN_TOKEN, team).await;
    let channel = create_channel(&server, "inbox", ChannelType::InApp, &[], &[])
        .await
        .expect("channel");
    client(&server)
        .await
        .create_subscription_rule(with_token(
            CreateSubscriptionRuleRequest {
                subscription_rule: Some(SubscriptionRule {
                    name: "every gate".into(),
                    event_types: vec!["gate.changed".into()],
                    channel_ids: vec![channel.id.clone()],
                    team_ids: vec![team.id.clone()],
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("rule");
    publish(&server, &failing_gate(&team.organization_id, 1)).await;

    for n in [0, 499, 500, MEMBERS - 1] {
        let token = login(&server, &format!("member-{n:03}@example.com")).await;
        let server = &server;
        wait_while(
            Duration::from_secs(30),
            Duration::from_millis(100),
            &format!("member {n} of {MEMBERS} got nothing"),
            async || inbox(server, &token, false).await.items.is_empty(),
        )
        .await;
    }
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    an_in_app_channel_test_reaches_the_callers_inbox,
    a_team_larger_than_a_page_reaches_every_member,
    a_rule_naming_a_team_and_a_user_reaches_each_in_the_product_and_by_email,
    a_slack_channel_writes_to_each_person_directly,
);
