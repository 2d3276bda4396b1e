//! The generic webhook: a JSON body POSTed to `url`, signed with the
//! channel's `secret`:
//!
//! - `X-SecureFlow-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` over
//!   `<t>.<body>` — a receiver recomputes it with the shared secret, compares
//!   in constant time, and refuses timestamps too far from its clock;
//! - `X-SecureFlow-Delivery`: the delivery id; `Idempotency-Key`: the same on
//!   every attempt of a delivery, so a receiver can drop repeats;
//! - `X-SecureFlow-Event`: the event type.

use hmac::{Hmac, KeyInit, Mac};
use serde_json::json;

use super::{Answer, Message, Target, post_json};

/// The signature header of `body` sent at `timestamp` (unix seconds).
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "t={timestamp},v1={}",
        hex::encode(mac.finalize().into_bytes())
    )
}

/// The JSON body of `message`.
pub fn body(message: &Message) -> Vec<u8> {
    json!({
        "delivery_id": message.delivery_id,
        "event_type": message.event_type,
        "event_id": message.event_id,
        "priority": message.priority,
        "subject": message.subject,
        "text": message.text,
        "link": message.link,
        "acknowledge_link": message.acknowledge_link,
        "data": message.data,
    })
    .to_string()
    .into_bytes()
}

/// Sends `message`.
pub async fn send(http: &reqwest::Client, target: &Target, message: &Message) -> Answer {
    let body = body(message);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    let headers = [
        (
            "X-SecureFlow-Signature",
            signature(target.credential("secret"), now, &body),
        ),
        ("X-SecureFlow-Delivery", message.delivery_id.clone()),
        ("Idempotency-Key", message.idempotency_key.clone()),
        ("X-SecureFlow-Event", message.event_type.clone()),
    ];
    post_json(http, target.setting("url"), &headers, body, "the webhook").await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_dot_body() {
        // As Python's hmac computes it:
        // hmac.new(b"secret", b"1700000000.{}", hashlib.sha256).hexdigest()
        let header = signature("secret", 1_700_000_000, b"{}");
        assert_eq!(
            header,
            "t=1700000000,v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163"
        );
        assert_ne!(header, signature("other", 1_700_000_000, b"{}"));
        assert_ne!(header, signature("secret", 1_700_000_001, b"{}"));
    }
}
