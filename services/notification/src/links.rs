//! Signed acknowledgement links. A delivered message carries a link
//! (`acknowledge_link` in templates, a button on Slack and Teams) whose
//! token is the organisation, the delivery and an expiry, sealed with the
//! server's keys (authenticated encryption: a changed or foreign token does
//! not open). Opening the link shows a page with one button; only pressing
//! it — a POST — acknowledges (`AcknowledgeDeliveryLink`), so mail
//! scanners that fetch links acknowledge nothing.

use std::sync::Arc;

use secureflow_platform::db::micros_to_timestamp;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use serde::{Deserialize, Serialize};

use crate::config::NotificationConfig;

/// What tokens are sealed for (a token of another purpose does not open).
const PURPOSE: &str = "notification.acknowledge-link";

/// Where the link's page is served (by the gateway).
pub const PATH: &str = "/notifications/acknowledge";

/// What a token says.
#[derive(Serialize, Deserialize)]
struct Claims {
    /// Organisation.
    o: String,
    /// Delivery.
    d: String,
    /// Valid until, µs.
    e: i64,
}

/// Makes and opens acknowledgement links.
#[derive(Clone)]
pub struct Links {
    secrets: Arc<Secrets>,
    public_url: String,
    valid_us: i64,
}

impl std::fmt::Debug for Links {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Links")
            .field("public_url", &self.public_url)
            .finish_non_exhaustive()
    }
}

impl Links {
    /// Links to `config.public_url`, sealed with `secrets`.
    pub fn new(secrets: Arc<Secrets>, config: &NotificationConfig) -> Self {
        Self {
            secrets,
            public_url: config.public_url.clone(),
            valid_us: i64::from(config.acknowledge_link_days) * 86_400 * 1_000_000,
        }
    }

    /// The link acknowledging the organisation's delivery `delivery_id`,
    /// valid from `now_us` for the configured days (empty if it cannot be
    /// sealed: the message goes out without it).
    pub fn link(&self, organization_id: &str, delivery_id: &str, now_us: i64) -> String {
        let claims = Claims {
            o: organization_id.to_owned(),
            d: delivery_id.to_owned(),
            e: now_us.saturating_add(self.valid_us),
        };
        let sealed = serde_json::to_vec(&claims)
            .map_err(Error::internal)
            .and_then(|plain| self.secrets.seal(&plain, PURPOSE));
        match sealed {
            Ok(token) => format!("{}{PATH}?token={token}", self.public_url),
            Err(error) => {
                tracing::warn!(%error, "an acknowledgement link could not be sealed");
                String::new()
            }
        }
    }

    /// The organisation and delivery `token` names, when it is genuine and
    /// has not expired at `now_us`.
    pub fn open(&self, token: &str, now_us: i64) -> Result<(String, String)> {
        let claims: Claims = self
            .secrets
            .open(token.trim(), PURPOSE)
            .ok()
            .and_then(|plain| serde_json::from_slice(&plain).ok())
            .ok_or_else(|| {
                Error::invalid_field(
                    "token",
                    "is not an acknowledgement link of this server (it was changed, cut short \
                     or made elsewhere)",
                )
            })?;
        if claims.e <= now_us {
            let until = serde_json::to_value(micros_to_timestamp(claims.e)).unwrap_or_default();
            return Err(Error::invalid_field(
                "token",
                format!(
                    "the link expired at {}; acknowledge in the product or with `secureflow \
                     notify ack {}`",
                    until.as_str().unwrap_or_default(),
                    claims.d
                ),
            ));
        }
        Ok((claims.o, claims.d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> Links {
        let secrets =
            Secrets::from_keys(&[format!("1:{}", "A".repeat(43) + "=")], 1).expect("keys");
        Links::new(
            Arc::new(secrets),
            &NotificationConfig {
                public_url: "https://secureflow.example.com".into(),
                acknowledge_link_days: 7,
                ..NotificationConfig::default()
            },
        )
    }

    fn token(link: &str) -> &str {
        link.split_once("?token=").expect("a token").1
    }

    #[test]
    fn a_link_opens_to_its_delivery_until_it_expires() {
        let links = links();
        let link = links.link("org-1", "delivery-1", 1_000);
        assert!(
            link.starts_with("https://secureflow.example.com/notifications/acknowledge?token=")
        );
        assert_eq!(
            links.open(token(&link), 2_000).expect("opens"),
            ("org-1".to_owned(), "delivery-1".to_owned())
        );
        let week = 7 * 86_400 * 1_000_000;
        let expired = links.open(token(&link), 1_000 + week).expect_err("expired");
        assert!(expired.to_string().contains("expired"), "{expired}");
    }

    #[test]
    fn a_changed_or_foreign_token_does_not_open() {
        let links = links();
        let link = links.link("org-1", "delivery-1", 1_000);
        let mut changed = token(&link).to_owned();
        let last = changed.pop().expect("a character");
        changed.push(if last == 'A' { 'B' } else { 'A' });
        assert!(links.open(&changed, 2_000).is_err());
        assert!(links.open("not-a-token", 2_000).is_err());
        let other_purpose = links.secrets.seal(b"{}", "other").expect("sealed");
        assert!(links.open(&other_purpose, 2_000).is_err());
    }
}
