//! Deliveries: their states and attempts, and what a receiver's answer
//! means for the delivery and for its channel.

use serde::{Deserialize, Serialize};

/// A delivery's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Waiting to be sent.
    Pending,
    /// An attempt is under way.
    Sending,
    /// The receiver took it.
    Delivered,
    /// Given up on.
    Failed,
    /// An attempt failed; another is due.
    Retrying,
    /// Someone acknowledged it.
    Acknowledged,
}

impl Status {
    /// Every state.
    pub const ALL: [Status; 6] = [
        Status::Pending,
        Status::Sending,
        Status::Delivered,
        Status::Failed,
        Status::Retrying,
        Status::Acknowledged,
    ];

    /// Its name in the database.
    pub fn name(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Sending => "sending",
            Status::Delivered => "delivered",
            Status::Failed => "failed",
            Status::Retrying => "retrying",
            Status::Acknowledged => "acknowledged",
        }
    }

    /// The state named `name`.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.name() == name)
    }
}

/// One try to deliver, as kept on the delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    /// 1 for the first.
    pub number: i32,
    /// When it began, µs.
    pub at_us: i64,
    /// The receiver's status code (HTTP status, SMTP reply; 0: no answer).
    pub status_code: i32,
    /// What went wrong; empty when delivered.
    pub error: String,
    /// How long it took, ms.
    pub duration_ms: i64,
    /// The start of the receiver's answer.
    pub response: String,
}

/// What a receiver's answer means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Taken.
    Delivered,
    /// Try again later (server error, 429, time-out, no connection); the
    /// receiver may have said when.
    Retry {
        /// Why.
        reason: String,
        /// The receiver's `Retry-After`, seconds.
        after_seconds: Option<u64>,
    },
    /// Refused for good (4xx: a revoked webhook, a bad token): retrying
    /// cannot help until someone changes the channel.
    Refused {
        /// Why.
        reason: String,
    },
    /// This message cannot be delivered (a Slack direct message to someone
    /// who has no Slack account): the delivery fails; the channel is fine.
    Undeliverable {
        /// Why.
        reason: String,
    },
}

impl Verdict {
    /// What went wrong (empty: delivered).
    pub fn reason(&self) -> &str {
        match self {
            Verdict::Delivered => "",
            Verdict::Retry { reason, .. }
            | Verdict::Refused { reason }
            | Verdict::Undeliverable { reason } => reason,
        }
    }
}

/// The most of a receiver's answer kept on an attempt.
pub const RESPONSE_KEPT: usize = 512;

/// `text` cut to at most [`RESPONSE_KEPT`] bytes on a character boundary.
pub fn excerpt(text: &str) -> String {
    if text.len() <= RESPONSE_KEPT {
        return text.to_owned();
    }
    let mut end = RESPONSE_KEPT;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

/// What an HTTP status means for a delivery.
pub fn http_verdict(status: u16, body: &str, retry_after: Option<u64>) -> Verdict {
    let said = excerpt(body.trim());
    match status {
        200..=299 => Verdict::Delivered,
        429 => Verdict::Retry {
            reason: format!("the receiver asked to slow down (429){}", detail(&said)),
            after_seconds: retry_after,
        },
        408 | 500..=599 => Verdict::Retry {
            reason: format!("the receiver failed ({status}){}", detail(&said)),
            after_seconds: retry_after,
        },
        _ => Verdict::Refused {
            reason: format!("the receiver refused it ({status}){}", detail(&said)),
        },
    }
}

fn detail(said: &str) -> String {
    match said.is_empty() {
        true => String::new(),
        false => format!(": {said}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_mean_delivered_retry_or_refused() {
        assert_eq!(http_verdict(204, "", None), Verdict::Delivered);
        assert_eq!(
            http_verdict(429, "slow down", Some(30)),
            Verdict::Retry {
                reason: "the receiver asked to slow down (429): slow down".into(),
                after_seconds: Some(30)
            }
        );
        assert!(matches!(http_verdict(503, "", None), Verdict::Retry { .. }));
        assert_eq!(
            http_verdict(410, "channel_is_archived", None),
            Verdict::Refused {
                reason: "the receiver refused it (410): channel_is_archived".into()
            }
        );
        assert_eq!(excerpt(&"é".repeat(400)).len(), 512 + "…".len());
    }
}
