//! Channels and their test messages, on real receivers: a recording HTTP
//! server standing in for webhook endpoints, Slack and Microsoft Teams
//! (checking the payload shapes their documentation gives and answering with
//! their documented errors), and a real SMTP server (aiosmtpd) over STARTTLS
//! with AUTH and over implicit TLS.
//!
//! The shapes and errors come from: Slack's "Sending messages using incoming
//! webhooks" (`invalid_payload`, `no_service`, `channel_is_archived`, 429 with
//! `Retry-After`), `chat.postMessage` (`{"ok": false, "error":
//! "invalid_auth"}` answered with HTTP 200) and the Block Kit reference
//! (`header` text ≤ 150 characters, `section` text ≤ 3000); Microsoft's "Create
//! an Incoming Webhook" and "Format cards" pages (a `message` with one
//! `application/vnd.microsoft.card.adaptive` attachment; 400 for a malformed
//! card, 404/410 for a removed webhook).

use crate::common;

use common::*;
use hmac::{Hmac, KeyInit, Mac};
use secureflow_platform::testkit::{SmtpServer, TestDatabase, with_token};
use secureflow_proto::secureflow::notification::v1::*;
use serde_json::Value;
use tonic::Code;

fn fields(status: &tonic::Status) -> Vec<String> {
    use tonic_types::StatusExt;
    status
        .get_details_bad_request()
        .map(|bad| {
            bad.field_violations
                .into_iter()
                .map(|violation| violation.field)
                .collect()
        })
        .unwrap_or_default()
}

async fn channels_keep_their_credentials_sealed_and_refuse_bad_settings(database: TestDatabase) {
    let server = start(&database).await;
    let secret = "whsec-planted-0123456789";
    let channel = webhook_channel(
        &server,
        "audit-hook",
        "https://hooks.example.com/secureflow",
        secret,
    )
    .await;
    assert_eq!(channel.credential_keys, ["secret"]);
    assert!(
        channel.credentials.is_empty(),
        "credentials are never returned"
    );
    assert_eq!(channel.state(), ChannelState::Active);
    assert!(channel.enabled);

    // Sealed at rest: the stored column does not hold the value.
    let db = server.database().await;
    let stored: Option<String> =
        sqlx::query_scalar("SELECT credentials_sealed FROM notification_channels WHERE id = $1")
            .bind(channel.id.clone())
            .fetch_one(db.pool())
            .await
            .expect("row");
    let stored = stored.expect("sealed credentials");
    assert!(
        !stored.contains(secret) && !stored.contains("whsec"),
        "sealed"
    );

    // Read back: no credentials, by id or in lists.
    let mut client = client(&server).await;
    let read = get_channel(&server, &channel.id).await;
    assert!(read.credentials.is_empty());
    let listed = client
        .list_channels(with_token(ListChannelsRequest::default(), ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(listed.channels.len(), 1);
    assert!(listed.channels[0].credentials.is_empty());

    // Bad input: every problem at its field, nothing stored.
    let refused = create_channel(
        &server,
        "broken",
        ChannelType::Webhook,
        &[
            ("url", "ftp://hooks.example.com"),
            ("colour", "red"),
            ("secret", "x"),
        ],
        &[],
    )
    .await
    .expect_err("refused");
    assert_eq!(refused.code(), Code::InvalidArgument);
    let named = fields(&refused);
    for field in [
        "channel.settings.url",
        "channel.settings.colour",
        "channel.settings.secret",
        "channel.credentials.secret",
    ] {
        assert!(named.contains(&field.to_owned()), "{field} in {named:?}");
    }
    let refused = create_channel(&server, "", ChannelType::Unspecified, &[], &[])
        .await
        .expect_err("no name");
    assert_eq!(fields(&refused), ["channel.name"]);
    let taken = create_channel(
        &server,
        "audit-hook",
        ChannelType::MsTeams,
        &[("url", "https://example.webhook.office.com/x")],
        &[],
    )
    .await
    .expect_err("name taken");
    assert_eq!(taken.code(), Code::AlreadyExists);
    let listed = client
        .list_channels(with_token(ListChannelsRequest::default(), ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner();
    assert_eq!(listed.channels.len(), 1, "nothing stored by refused calls");

    // Update: rename, the secret kept when not sent; removing a required
    // credential or changing the type is refused.
    let renamed = update_channel(
        &server,
        Channel {
            id: channel.id.clone(),
            name: "audit-webhook".into(),
            ..Channel::default()
        },
        &["name"],
    )
    .await
    .expect("renamed");
    assert_eq!(renamed.name, "audit-webhook");
    assert_eq!(renamed.credential_keys, ["secret"]);
    let removed = update_channel(
        &server,
        Channel {
            id: channel.id.clone(),
            credentials: map(&[("secret", "")]),
            ..Channel::default()
        },
        &["credentials"],
    )
    .await
    .expect_err("secret required");
    assert_eq!(fields(&removed), ["channel.credentials.secret"]);
    let retyped = update_channel(
        &server,
        Channel {
            id: channel.id.clone(),
            r#type: ChannelType::Slack.into(),
            ..Channel::default()
        },
        &[],
    )
    .await
    .expect_err("type is fixed");
    assert_eq!(fields(&retyped), ["channel.type"]);

    client
        .delete_channel(with_token(
            DeleteChannelRequest {
                id: channel.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deleted");
    let gone = client
        .get_channel(with_token(
            GetChannelRequest {
                id: channel.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("gone");
    assert_eq!(gone.code(), Code::NotFound);
    server.finish(database).await;
}

fn slack_shape(body: &Value) -> Result<(), String> {
    let text = body["text"]
        .as_str()
        .ok_or("invalid_payload: no text fallback")?;
    if text.trim().is_empty() {
        return Err("invalid_payload: empty text".into());
    }
    let blocks = body["blocks"]
        .as_array()
        .ok_or("invalid_blocks: no blocks")?;
    for block in blocks {
        match block["type"].as_str() {
            Some("header") => {
                if block["text"]["type"] != "plain_text"
                    || block["text"]["text"]
                        .as_str()
                        .is_none_or(|t| t.chars().count() > 150)
                {
                    return Err("invalid_blocks: header must be plain_text of at most 150".into());
                }
            }
            Some("section") => {
                if !matches!(
                    block["text"]["type"].as_str(),
                    Some("mrkdwn" | "plain_text")
                ) || block["text"]["text"]
                    .as_str()
                    .is_none_or(|t| t.chars().count() > 3000)
                {
                    return Err("invalid_blocks: section text".into());
                }
            }
            Some("actions" | "context" | "divider") => {}
            other => return Err(format!("invalid_blocks: unknown block type {other:?}")),
        }
    }
    Ok(())
}

fn teams_shape(body: &Value) -> Result<(), String> {
    if body["type"] != "message" {
        return Err("Bad payload: type must be message".into());
    }
    let attachment = &body["attachments"][0];
    if attachment["contentType"] != "application/vnd.microsoft.card.adaptive" {
        return Err("Bad payload: not an Adaptive Card attachment".into());
    }
    let card = &attachment["content"];
    if card["type"] != "AdaptiveCard" || card["version"].as_str().is_none() {
        return Err("Bad payload: card type or version".into());
    }
    let elements = card["body"]
        .as_array()
        .ok_or("Bad payload: card without body")?;
    if elements
        .iter()
        .any(|element| element["type"].as_str().is_none())
    {
        return Err("Bad payload: element without type".into());
    }
    Ok(())
}

async fn test_messages_reach_webhooks_slack_and_teams_as_documented(database: TestDatabase) {
    let server = start(&database).await;

    // The generic webhook: signed, with the delivery's idempotency key.
    let hook = Receiver::start(None, (204, vec![], String::new())).await;
    let secret = "whsec-test-secret-42";
    let channel = webhook_channel(&server, "hook", &format!("{}/incoming", hook.url), secret).await;
    let delivery = test_channel(&server, &channel.id).await;
    assert_eq!(delivery.status(), DeliveryStatus::Delivered, "{delivery:?}");
    assert_eq!(delivery.status_code, 204);
    assert_eq!(delivery.attempts, 1);
    assert_eq!(delivery.attempt_history.len(), 1);
    let seen = hook.seen();
    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    assert_eq!(request.path, "/incoming");
    assert_eq!(request.headers["idempotency-key"], delivery.idempotency_key);
    assert_eq!(request.headers["x-secureflow-delivery"], delivery.id);
    assert_eq!(request.headers["x-secureflow-event"], "notification.test");
    // A receiver verifies the signature as docs/notifications.md says.
    let header = &request.headers["x-secureflow-signature"];
    let (timestamp, signature) = header
        .strip_prefix("t=")
        .and_then(|rest| rest.split_once(",v1="))
        .expect("t=…,v1=…");
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(format!("{timestamp}.").as_bytes());
    mac.update(&request.body);
    mac.verify_slice(&hex::decode(signature).expect("hex"))
        .expect("the signature verifies with the shared secret");
    let body = request.json();
    assert_eq!(body["subject"], "SecureFlow test message");
    assert_eq!(body["data"]["channel"], "hook");
    assert!(!String::from_utf8_lossy(&request.body).contains(secret));
    // A refusal is reported with the receiver's answer.
    hook.answer((410, vec![], "webhook removed".into()));
    let refused = test_channel(&server, &channel.id).await;
    assert_eq!(refused.status(), DeliveryStatus::Failed);
    assert_eq!(refused.status_code, 410);
    assert_eq!(
        refused.error,
        "the receiver refused it (410): webhook removed"
    );
    assert_eq!(refused.attempt_history[0].response, "webhook removed");
    assert_ne!(refused.idempotency_key, delivery.idempotency_key);

    // Slack through an incoming webhook: Block Kit, 429 with Retry-After.
    let slack = Receiver::start(Some(slack_shape), (200, vec![], "ok".into())).await;
    let webhook = create_channel(
        &server,
        "slack-webhook",
        ChannelType::Slack,
        &[("webhook_url", &format!("{}/services/T0/B0/x", slack.url))],
        &[],
    )
    .await
    .expect("created");
    test_delivered(&server, &webhook.id).await;
    let blocks = slack.seen()[0].json();
    assert_eq!(blocks["blocks"][0]["type"], "header");
    assert_eq!(
        blocks["blocks"][0]["text"]["text"],
        "SecureFlow test message"
    );
    slack.answer((
        429,
        vec![("retry-after", "30".into())],
        "rate_limited".into(),
    ));
    let limited = test_channel(&server, &webhook.id).await;
    assert_eq!(limited.status(), DeliveryStatus::Failed);
    assert_eq!(limited.status_code, 429);
    assert!(
        limited.error.contains("slow down (429)"),
        "{}",
        limited.error
    );

    // Slack's Web API with a bot token: the token as bearer, the answer's
    // `ok` read (invalid_token comes with HTTP 200).
    let api = Receiver::start(
        Some(slack_shape),
        (
            200,
            vec![],
            r#"{"ok":true,"channel":"U123","ts":"1.2"}"#.into(),
        ),
    )
    .await;
    let bot = create_channel(
        &server,
        "slack-dm",
        ChannelType::Slack,
        &[
            ("channel", "U123"),
            ("api_url", &format!("{}/api", api.url)),
        ],
        &[("bot_token", "xoxb-test-token")],
    )
    .await
    .expect("created");
    test_delivered(&server, &bot.id).await;
    let call = &api.seen()[0];
    assert_eq!(call.path, "/api/chat.postMessage");
    assert_eq!(call.headers["authorization"], "Bearer xoxb-test-token");
    assert_eq!(call.json()["channel"], "U123");
    api.answer((
        200,
        vec![],
        r#"{"ok":false,"error":"invalid_token"}"#.into(),
    ));
    let refused = test_channel(&server, &bot.id).await;
    assert_eq!(refused.status(), DeliveryStatus::Failed);
    assert_eq!(refused.error, "Slack answered invalid_token");

    // Teams: an Adaptive Card; a removed webhook's 4xx.
    let teams = Receiver::start(Some(teams_shape), (200, vec![], "1".into())).await;
    let card = create_channel(
        &server,
        "teams",
        ChannelType::MsTeams,
        &[("url", &format!("{}/webhookb2/x", teams.url))],
        &[],
    )
    .await
    .expect("created");
    test_delivered(&server, &card.id).await;
    let sent = teams.seen()[0].json();
    assert_eq!(
        sent["attachments"][0]["content"]["body"][0]["text"],
        "SecureFlow test message"
    );
    teams.answer((404, vec![], "Webhook not found".into()));
    let gone = test_channel(&server, &card.id).await;
    assert_eq!(gone.status(), DeliveryStatus::Failed);
    assert_eq!(gone.status_code, 404);

    // Deliveries read back, filtered.
    let mut client = client(&server).await;
    let failed = deliveries(
        &server,
        ListDeliveriesRequest {
            status: DeliveryStatus::Failed.into(),
            ..ListDeliveriesRequest::default()
        },
    )
    .await;
    assert_eq!(failed.len(), 4);
    let of_hook = deliveries(
        &server,
        ListDeliveriesRequest {
            channel_id: channel.id.clone(),
            ..ListDeliveriesRequest::default()
        },
    )
    .await;
    assert_eq!(of_hook.len(), 2);
    let one = client
        .get_delivery(with_token(
            GetDeliveryRequest {
                id: delivery.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("read")
        .into_inner()
        .delivery
        .expect("delivery");
    assert_eq!(one.attempt_history.len(), 1);
    assert_eq!(one.attempt_history[0].status_code, 204);
    server.finish(database).await;
}

async fn test_messages_go_through_a_real_smtp_server(database: TestDatabase) {
    let Some(smtp) = SmtpServer::start("alerts", "smtp-password-7") else {
        return;
    };
    let server = start(&database).await;
    let starttls = create_channel(
        &server,
        "mail",
        ChannelType::Email,
        &[
            ("host", "127.0.0.1"),
            ("port", &smtp.starttls_port.to_string()),
            ("from", "SecureFlow <secureflow@example.com>"),
            ("to", "security@example.com, oncall@example.com"),
            ("username", "alerts"),
            ("ca_certificate", &smtp.ca_pem),
        ],
        &[("password", "smtp-password-7")],
    )
    .await
    .expect("created");
    let delivered = test_delivered(&server, &starttls.id).await;
    assert_eq!(delivered.status_code, 250);
    let implicit = create_channel(
        &server,
        "mail-tls",
        ChannelType::Email,
        &[
            ("host", "127.0.0.1"),
            ("port", &smtp.tls_port.to_string()),
            ("security", "tls"),
            ("from", "secureflow@example.com"),
            ("to", "security@example.com"),
            ("ca_certificate", &smtp.ca_pem),
        ],
        &[],
    )
    .await
    .expect("created");
    test_delivered(&server, &implicit.id).await;

    let received = smtp.received();
    assert_eq!(received.len(), 2);
    let (mail, envelope) = &received[0];
    assert_eq!(envelope["tls"], true);
    assert_eq!(envelope["authenticated"], true);
    assert_eq!(
        envelope["to"],
        serde_json::json!(["oncall@example.com", "security@example.com"])
    );
    assert!(mail.contains("Subject: SecureFlow test message"), "{mail}");
    assert!(mail.contains("multipart/alternative"), "{mail}");
    assert!(
        mail.contains("text/plain") && mail.contains("text/html"),
        "{mail}"
    );
    assert!(
        mail.contains(&format!(
            "<{}@secureflow>",
            delivered_key(&received, 0, &server).await
        )),
        "the Message-ID carries the delivery's idempotency key"
    );
    assert_eq!(received[1].1["tls"], true);

    // A wrong password is refused by the server, and said so.
    update_channel(
        &server,
        Channel {
            id: starttls.id.clone(),
            credentials: map(&[("password", "wrong")]),
            ..Channel::default()
        },
        &["credentials"],
    )
    .await
    .expect("updated");
    let refused = test_channel(&server, &starttls.id).await;
    assert_eq!(refused.status(), DeliveryStatus::Failed);
    assert_eq!(refused.status_code, 535, "{refused:?}");
    assert_eq!(smtp.received().len(), 2, "nothing more was accepted");
    server.finish(database).await;
}

/// The idempotency key of the delivery the `index`th message was.
async fn delivered_key(
    received: &[(String, Value)],
    index: usize,
    server: &secureflow_platform::testkit::TestServer,
) -> String {
    let deliveries = deliveries(server, ListDeliveriesRequest::default()).await;
    // Newest first; the messages in the order received.
    let oldest_first: Vec<_> = deliveries.iter().rev().collect();
    assert!(received.len() <= oldest_first.len());
    oldest_first[index].idempotency_key.clone()
}

async fn templates_are_checked_when_saved_and_preview_with_samples(database: TestDatabase) {
    let server = start(&database).await;
    let mut client = client(&server).await;
    let create = |template: Template| CreateTemplateRequest {
        template: Some(template),
    };
    let broken = client
        .create_template(with_token(
            create(Template {
                name: "gate".into(),
                event_type: "gate.changed".into(),
                subject: "Gate {{ event.verdict }}".into(),
                body: "Verdict\n  {{ event.verdict }\n".into(),
                ..Template::default()
            }),
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("syntax error");
    assert_eq!(broken.code(), Code::InvalidArgument);
    assert_eq!(fields(&broken), ["template.body"]);
    assert!(
        broken.message().contains("line 2, column"),
        "{}",
        broken.message()
    );
    let unknown = client
        .create_template(with_token(
            create(Template {
                name: "gate".into(),
                event_type: "gate.changed".into(),
                subject: "Gate {{ event.verdit }}".into(),
                body: "ok".into(),
                ..Template::default()
            }),
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown variable");
    assert_eq!(fields(&unknown), ["template.subject"]);
    assert!(
        unknown.message().contains("`event.verdit`"),
        "{}",
        unknown.message()
    );
    let unknown_event = client
        .create_template(with_token(
            create(Template {
                name: "x".into(),
                event_type: "gate.exploded".into(),
                subject: "x".into(),
                body: "x".into(),
                ..Template::default()
            }),
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("unknown event");
    assert_eq!(fields(&unknown_event), ["template.event_type"]);

    // A valid one for the test message on webhooks: TestChannel uses it.
    let own = client
        .create_template(with_token(
            create(Template {
                name: "our test".into(),
                event_type: "notification.test".into(),
                channel_type: ChannelType::Webhook.into(),
                subject: "Hello from {{ event.channel }}".into(),
                body: "It works.".into(),
                ..Template::default()
            }),
            ADMIN_TOKEN,
        ))
        .await
        .expect("created")
        .into_inner()
        .template
        .expect("template");
    assert!(!own.shipped);
    let listed = client
        .list_templates(with_token(
            ListTemplatesRequest {
                page_size: 500,
                ..ListTemplatesRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .templates;
    assert_eq!(listed[0].id, own.id, "the organisation's own first");
    let shipped: Vec<&str> = listed
        .iter()
        .filter(|t| t.shipped)
        .map(|t| t.event_type.as_str())
        .collect();
    for event in [
        "gate.changed",
        "sla.breached",
        "pipeline.failed",
        "vulnerability.detected",
        "deployment.completed",
        "scan.completed",
    ] {
        assert!(shipped.contains(&event), "a shipped default for {event}");
    }
    let hook = Receiver::start(None, (200, vec![], String::new())).await;
    let channel = webhook_channel(&server, "hook", &hook.url, "s").await;
    let delivered = test_channel(&server, &channel.id).await;
    assert_eq!(delivered.status(), DeliveryStatus::Delivered);
    assert_eq!(hook.seen()[0].json()["subject"], "Hello from hook");

    // Previews: a shipped default, and an unsaved draft.
    let preview = client
        .preview_template(with_token(
            PreviewTemplateRequest {
                template: Some(Template {
                    id: "shipped:gate.changed".into(),
                    ..Template::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("previewed")
        .into_inner();
    assert_eq!(
        preview.subject,
        "Quality gate FAIL on acme/payments-api (main)"
    );
    assert!(
        preview.html_body.contains("<strong>FAIL</strong>"),
        "{}",
        preview.html_body
    );
    assert!(preview.sample.contains("\"verdict\": \"FAIL\""));
    let draft = client
        .preview_template(with_token(
            PreviewTemplateRequest {
                template: Some(Template {
                    event_type: "vulnerability.detected".into(),
                    subject: "{{ event.vulnerabilities | length }} found".into(),
                    body: "{% for v in event.vulnerabilities %}{{ v.severity }} {% endfor %}"
                        .into(),
                    ..Template::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("previewed")
        .into_inner();
    assert_eq!(draft.subject, "2 found");
    assert_eq!(draft.body, "critical high ");
    let read_only = client
        .delete_template(with_token(
            DeleteTemplateRequest {
                id: "shipped:gate.changed".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("shipped");
    assert_eq!(read_only.code(), Code::FailedPrecondition);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    channels_keep_their_credentials_sealed_and_refuse_bad_settings,
    test_messages_reach_webhooks_slack_and_teams_as_documented,
    test_messages_go_through_a_real_smtp_server,
    templates_are_checked_when_saved_and_preview_with_samples,
);
