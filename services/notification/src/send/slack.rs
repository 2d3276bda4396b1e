//! Slack: an incoming webhook (`webhook_url`), or the Web API's
//! `chat.postMessage` with a bot token (`channel` may be a user id: a direct
//! message). A message for one person (`direct_messages`) finds their Slack
//! user by e-mail address (`users.lookupByEmail`) and writes to them; a
//! person Slack does not know fails that message alone. A channel with only
//! direct messages is tested with `auth.test` (the token works). The message is Block Kit — a header with the subject, a
//! `mrkdwn` section with the text, a button to the product — with `text` as
//! the plain fallback notifications and screen readers use. A 429 is
//! retried after its `Retry-After`; the Web API's `{"ok": false, "error":
//! …}` answers (HTTP 200) are read: `invalid_auth`, `channel_not_found`
//! and the like are refused, Slack's own failures retried.

use serde_json::{Value, json};

use super::{Answer, Message, Target, get, post_json};
use crate::domain::deliveries::{Verdict, excerpt};

/// Slack's Web API.
const API: &str = "https://slack.com/api";

/// Most characters of a header block's text.
const HEADER_MAX: usize = 150;
/// Most characters of a section block's text.
const SECTION_MAX: usize = 3000;

/// Web API errors that are Slack's, not the channel's: tried again.
const TRANSIENT: &[&str] = &[
    "ratelimited",
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
];

fn cut(text: &str, most: usize) -> String {
    match text.char_indices().nth(most) {
        Some((at, _)) => format!("{}…", &text[..at.saturating_sub(3)]),
        None => text.to_owned(),
    }
}

/// The Block Kit payload of `message` (`channel`: for `chat.postMessage`).
pub fn payload(message: &Message, channel: Option<&str>) -> Value {
    let mut blocks = vec![
        json!({"type": "header", "text": {"type": "plain_text", "text": cut(&message.subject, HEADER_MAX), "emoji": true}}),
        json!({"type": "section", "text": {"type": "mrkdwn", "text": cut(&message.text, SECTION_MAX)}}),
    ];
    let mut buttons = Vec::new();
    if message.link.starts_with("http://") || message.link.starts_with("https://") {
        buttons.push(json!({
            "type": "button",
            "text": {"type": "plain_text", "text": "Open in SecureFlow"},
            "url": message.link,
        }));
    }
    if message.acknowledge_link.starts_with("http://")
        || message.acknowledge_link.starts_with("https://")
    {
        buttons.push(json!({
            "type": "button",
            "text": {"type": "plain_text", "text": "Acknowledge"},
            "style": "primary",
            "url": message.acknowledge_link,
        }));
    }
    if !buttons.is_empty() {
        blocks.push(json!({"type": "actions", "elements": buttons}));
    }
    blocks.push(json!({"type": "context", "elements": [{
        "type": "mrkdwn",
        "text": format!("{} · priority {}", message.event_type, message.priority),
    }]}));
    let mut payload = json!({
        "text": format!("{}\n{}", message.subject, message.text),
        "blocks": blocks,
    });
    if let Some(channel) = channel {
        payload["channel"] = Value::String(channel.to_owned());
    }
    payload
}

/// Sends `message`.
pub async fn send(http: &reqwest::Client, target: &Target, message: &Message) -> Answer {
    let webhook = target.setting("webhook_url");
    if !webhook.is_empty() && !message.personal {
        let body = payload(message, None).to_string().into_bytes();
        return post_json(http, webhook, &[], body, "the Slack webhook").await;
    }
    let api = match target.setting("api_url") {
        "" => API,
        url => url.trim_end_matches('/'),
    };
    let headers = [(
        "Authorization",
        format!("Bearer {}", target.credential("bot_token")),
    )];
    let channel = match (message.personal, message.recipients.first()) {
        (true, Some(email)) => {
            let found = web_api(
                get(
                    http,
                    &format!("{api}/users.lookupByEmail"),
                    &headers,
                    &[("email", email)],
                )
                .await,
            );
            match found.verdict {
                Verdict::Delivered => {
                    let said: Value = serde_json::from_str(&found.response).unwrap_or_default();
                    said["user"]["id"].as_str().unwrap_or_default().to_owned()
                }
                Verdict::Refused { reason } if found.response.contains("users_not_found") => {
                    return Answer {
                        verdict: Verdict::Undeliverable {
                            reason: format!("{email} has no Slack account here ({reason})"),
                        },
                        ..found
                    };
                }
                _ => return found,
            }
        }
        (true, None) => {
            return Answer {
                verdict: Verdict::Undeliverable {
                    reason: "the person has no e-mail address to find on Slack".into(),
                },
                status_code: 0,
                response: String::new(),
            };
        }
        (false, _) => target.setting("channel").to_owned(),
    };
    if channel.is_empty() {
        // Direct messages only: a test says whether the token works.
        let answer = post_json(
            http,
            &format!("{api}/auth.test"),
            &headers,
            b"{}".to_vec(),
            "the Slack API",
        )
        .await;
        return web_api(answer);
    }
    let body = payload(message, Some(&channel)).to_string().into_bytes();
    let answer = post_json(
        http,
        &format!("{api}/chat.postMessage"),
        &headers,
        body,
        "the Slack API",
    )
    .await;
    web_api(answer)
}

/// The Web API says what happened in its body, with HTTP 200.
fn web_api(answer: Answer) -> Answer {
    if answer.verdict != Verdict::Delivered {
        return answer;
    }
    let said: Value = serde_json::from_str(&answer.response).unwrap_or(Value::Null);
    if said["ok"].as_bool() == Some(true) {
        return answer;
    }
    let error = said["error"].as_str().unwrap_or("an answer without `ok`");
    let reason = format!("Slack answered {}", excerpt(error));
    Answer {
        verdict: match TRANSIENT.contains(&error) {
            true => Verdict::Retry {
                reason,
                after_seconds: None,
            },
            false => Verdict::Refused { reason },
        },
        ..answer
    }
}
