//! Sending one message over one channel: the transports (the generic
//! webhook, Slack, Microsoft Teams, e-mail) and what each receiver's answer
//! means ([`Verdict`]). In-app messages are stored, not sent: the use case
//! keeps them.

pub mod email;
pub mod slack;
pub mod teams;
pub mod webhook;

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use crate::domain::channels::{Kind, reserved_address, reserved_host};
use crate::domain::deliveries::{Verdict, excerpt, http_verdict};

/// Longest wait for a receiver's answer.
pub const TIMEOUT: Duration = Duration::from_secs(15);

/// Longest an attempt can take: two receivers' answers (a Slack direct
/// message looks the person up, then posts) or an e-mail's whole exchange.
pub const LONGEST_ATTEMPT: Duration = Duration::from_secs(30);

/// One rendered message, ready for a transport.
#[derive(Debug, Clone)]
pub struct Message {
    /// The delivery it is (the webhook's `X-SecureFlow-Delivery`).
    pub delivery_id: String,
    /// Key that identifies the delivery at the receiver.
    pub idempotency_key: String,
    /// Event type.
    pub event_type: String,
    /// Event, or empty.
    pub event_id: String,
    /// Priority (`low`, `normal`, `high`, `urgent`).
    pub priority: String,
    /// Subject.
    pub subject: String,
    /// Text body (Markdown-ish: `*bold*`, `` `code` ``).
    pub text: String,
    /// HTML body (e-mail).
    pub html: String,
    /// Where the product shows what it is about.
    pub link: String,
    /// The signed link that acknowledges the delivery (empty: none).
    pub acknowledge_link: String,
    /// The event's data (the webhook's `data`).
    pub data: Value,
    /// Extra e-mail recipients (users' addresses).
    pub recipients: Vec<String>,
    /// For one user only (a digest): e-mail goes to `recipients` alone, not
    /// to the channel's own `to`.
    pub personal: bool,
}

/// A channel as a transport needs it: its settings and opened credentials.
#[derive(Clone)]
pub struct Target {
    /// Transport.
    pub kind: Kind,
    /// Settings.
    pub settings: BTreeMap<String, String>,
    /// Credentials, opened (never logged: no `Debug`).
    pub credentials: BTreeMap<String, String>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Target")
            .field("kind", &self.kind)
            .field("settings", &self.settings)
            .field("credentials", &self.credentials.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Target {
    fn setting(&self, key: &str) -> &str {
        self.settings.get(key).map_or("", String::as_str)
    }

    fn credential(&self, key: &str) -> &str {
        self.credentials.get(key).map_or("", String::as_str)
    }
}

/// The receiver's answer to one attempt.
#[derive(Debug, Clone)]
pub struct Answer {
    /// Status code (HTTP status, SMTP reply code; 0: no answer).
    pub status_code: i32,
    /// The start of what it said.
    pub response: String,
    /// What it means.
    pub verdict: Verdict,
}

impl Answer {
    /// No answer: the receiver could not be reached (tried again later).
    fn unreachable(what: &str, error: impl std::fmt::Display) -> Self {
        Self {
            status_code: 0,
            response: String::new(),
            verdict: Verdict::Retry {
                reason: format!("{what} could not be reached: {error}"),
                after_seconds: None,
            },
        }
    }
}

/// Resolves receivers' host names, leaving out reserved addresses
/// ([`reserved_address`]: link-local metadata services and the like), so a
/// name pointed at one after the channel was saved is not sent to either.
#[derive(Debug)]
struct GuardedResolver;

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let found: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed = allowed_addresses(found);
            if allowed.is_empty() {
                return Err(format!(
                    "{host} resolves to no address a channel may send to (link-local, unspecified, multicast and broadcast addresses are refused)"
                )
                .into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The addresses a channel may send to, of those a name resolved to.
fn allowed_addresses(found: Vec<std::net::SocketAddr>) -> Vec<std::net::SocketAddr> {
    found
        .into_iter()
        .filter(|address| !reserved_address(address.ip()))
        .collect()
}

/// A refusal when `url` names a reserved address literally (a name is
/// checked when it is resolved).
fn refused_target(url: &str) -> Option<Answer> {
    let reason = reserved_host(&url::Url::parse(url).ok()?)?;
    Some(Answer {
        status_code: 0,
        response: String::new(),
        verdict: Verdict::Refused { reason },
    })
}

/// The HTTP client the transports share (time limit, no redirects, reserved
/// addresses never connected to).
pub fn client() -> reqwest::Client {
    // reqwest is built without a crypto provider of its own: the process's.
    secureflow_platform::tls::install_crypto_provider();
    reqwest::Client::builder()
        .dns_resolver(std::sync::Arc::new(GuardedResolver))
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("SecureFlow/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_default()
}

/// Sends `message` to `target` once.
pub async fn send(http: &reqwest::Client, target: &Target, message: &Message) -> Answer {
    match target.kind {
        Kind::Webhook => webhook::send(http, target, message).await,
        Kind::Slack => slack::send(http, target, message).await,
        Kind::Teams => teams::send(http, target, message).await,
        Kind::Email => email::send(target, message).await,
        Kind::InApp => Answer {
            status_code: 0,
            response: String::new(),
            verdict: Verdict::Delivered,
        },
    }
}

/// POSTs `body` as JSON with `headers` and reads the answer the plain way
/// (2xx delivered, 429/5xx retried with `Retry-After`, other 4xx refused).
async fn post_json(
    http: &reqwest::Client,
    url: &str,
    headers: &[(&str, String)],
    body: Vec<u8>,
    what: &str,
) -> Answer {
    if let Some(refused) = refused_target(url) {
        return refused;
    }
    let mut request = http
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    match request.send().await {
        Ok(response) => read(response).await,
        Err(error) => Answer::unreachable(what, error.without_url()),
    }
}

/// GETs `url` with `query` and `headers`, the answer read as [`post_json`]'s.
async fn get(
    http: &reqwest::Client,
    url: &str,
    headers: &[(&str, String)],
    query: &[(&str, &str)],
) -> Answer {
    let url = match url::Url::parse_with_params(url, query) {
        Ok(url) => url,
        Err(error) => {
            return Answer {
                status_code: 0,
                response: String::new(),
                verdict: Verdict::Refused {
                    reason: format!("not a URL: {error}"),
                },
            };
        }
    };
    if let Some(refused) = refused_target(url.as_str()) {
        return refused;
    }
    let mut request = http.get(url);
    for (name, value) in headers {
        request = request.header(*name, value);
    }
    match request.send().await {
        Ok(response) => read(response).await,
        Err(error) => Answer::unreachable("the Slack API", error.without_url()),
    }
}

/// The answer of an HTTP receiver.
async fn read(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    let body = response.text().await.unwrap_or_default();
    Answer {
        status_code: i32::from(status),
        response: excerpt(&body),
        verdict: http_verdict(status, &body, retry_after),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolving_to_reserved_addresses_keep_only_the_others() {
        let found: Vec<std::net::SocketAddr> = ["169.254.169.254:0", "10.1.2.3:0", "[fe80::1]:0"]
            .iter()
            .map(|address| address.parse().expect("address"))
            .collect();
        let allowed = allowed_addresses(found);
        assert_eq!(allowed, vec!["10.1.2.3:0".parse().expect("address")]);
        assert!(allowed_addresses(vec!["169.254.169.254:0".parse().expect("address")]).is_empty());
    }

    #[tokio::test]
    async fn a_reserved_address_is_refused_without_a_connection() {
        let answer = post_json(
            &client(),
            "http://169.254.169.254/latest/meta-data/",
            &[],
            b"{}".to_vec(),
            "the webhook",
        )
        .await;
        assert_eq!(answer.status_code, 0);
        assert!(
            matches!(&answer.verdict, Verdict::Refused { reason } if reason.contains("169.254.169.254")),
            "{:?}",
            answer.verdict
        );
        // Loopback is not refused by the guard, as a literal or as a name
        // resolved through it (nothing listens on port 9: unreachable, retried).
        for url in ["http://127.0.0.1:9/", "http://localhost:9/"] {
            let answer = post_json(&client(), url, &[], b"{}".to_vec(), "the webhook").await;
            assert!(
                matches!(answer.verdict, Verdict::Retry { .. }),
                "{url}: {:?}",
                answer.verdict
            );
        }
    }
}
