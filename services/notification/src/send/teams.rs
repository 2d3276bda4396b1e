//! Microsoft Teams: an incoming webhook or a Workflows ("When a Teams
//! webhook request is received") URL, sent a message with one Adaptive Card
//! attachment — the subject as a bold heading, the text, the priority and
//! event as facts, and a button to the product. Teams answers 4xx for a
//! removed or malformed webhook (refused) and 429/5xx when it is busy
//! (retried).

use serde_json::{Value, json};

use super::{Answer, Message, Target, post_json};

/// The message with its Adaptive Card.
pub fn payload(message: &Message) -> Value {
    let mut card = json!({
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": [
            {"type": "TextBlock", "text": message.subject, "weight": "Bolder", "size": "Medium", "wrap": true},
            {"type": "TextBlock", "text": message.text, "wrap": true},
            {"type": "FactSet", "facts": [
                {"title": "Event", "value": message.event_type},
                {"title": "Priority", "value": message.priority},
            ]},
        ],
    });
    let mut actions = Vec::new();
    for (title, url) in [
        ("Open in SecureFlow", &message.link),
        ("Acknowledge", &message.acknowledge_link),
    ] {
        if url.starts_with("http://") || url.starts_with("https://") {
            actions.push(json!({"type": "Action.OpenUrl", "title": title, "url": url}));
        }
    }
    if !actions.is_empty() {
        card["actions"] = json!(actions);
    }
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": card,
        }],
    })
}

/// Sends `message`.
pub async fn send(http: &reqwest::Client, target: &Target, message: &Message) -> Answer {
    let body = payload(message).to_string().into_bytes();
    post_json(http, target.setting("url"), &[], body, "the Teams webhook").await
}
