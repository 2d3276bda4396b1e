//! Revocations shared by every process over Redis.
//!
//! Each process keeps checked API tokens and users' states for
//! `identity.api_token_cache_seconds` ([`ApiTokenCache`], [`Principals`]); a
//! change made through a process (a token revoked, a user deactivated, a role
//! or binding changed, a session ended) empties its own caches at once. With
//! `identity.revocation_redis_url` set, the change is also published on a
//! Redis channel that every process subscribes to, and each empties its
//! caches when the message arrives — so a revoked token or a deactivated
//! user is refused by every process of a split deployment at once, not
//! within the cache's lifetime. A process that loses its subscription empties
//! its caches when it has it again (it may have missed messages); while it
//! is away, its caches fall back to their lifetime.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::mpsc;

use crate::principals::Principals;
use crate::token_cache::ApiTokenCache;

/// The channel revocations are published on.
pub const CHANNEL: &str = "secureflow:identity:revocations";

/// What a process announces: an API token revoked, or users' states changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Revoked {
    /// The API token with this id.
    Token(String),
    /// Some user's state (every cached principal is read again).
    Principals,
}

impl Revoked {
    fn message(&self) -> String {
        match self {
            Self::Token(id) => format!("token {id}"),
            Self::Principals => "principals".to_owned(),
        }
    }

    fn parse(message: &str) -> Option<Self> {
        match message.split_once(' ') {
            Some(("token", id)) if !id.is_empty() => Some(Self::Token(id.to_owned())),
            None if message == "principals" => Some(Self::Principals),
            _ => None,
        }
    }
}

/// Sends announcements to the publishing task (cheap, never blocks).
#[derive(Debug, Clone)]
pub struct Announcer(mpsc::UnboundedSender<Revoked>);

impl Announcer {
    /// Publishes `revoked` to the other processes.
    pub fn announce(&self, revoked: Revoked) {
        let _ = self.0.send(revoked);
    }
}

/// Starts publishing this process's revocations on `url` and applying the
/// other processes' to `tokens` and `principals`; the announcer the caches
/// publish through. Tasks run as long as the process.
pub fn start(url: &str, tokens: Arc<ApiTokenCache>, principals: Arc<Principals>) -> Announcer {
    let (sender, mut outgoing) = mpsc::unbounded_channel::<Revoked>();
    match redis::Client::open(url) {
        Ok(client) => {
            let publishing = client.clone();
            tokio::spawn(async move {
                let mut connection = None;
                while let Some(revoked) = outgoing.recv().await {
                    if connection.is_none() {
                        connection = redis::aio::ConnectionManager::new(publishing.clone())
                            .await
                            .map_err(|error| {
                                tracing::warn!(%error, "cannot reach Redis to publish a revocation; other processes notice it within the cache's lifetime");
                            })
                            .ok();
                    }
                    let Some(manager) = connection.as_mut() else {
                        continue;
                    };
                    let published: redis::RedisResult<i64> = redis::cmd("PUBLISH")
                        .arg(CHANNEL)
                        .arg(revoked.message())
                        .query_async(manager)
                        .await;
                    if let Err(error) = published {
                        tracing::warn!(%error, "publishing a revocation failed; other processes notice it within the cache's lifetime");
                    }
                }
            });
            tokio::spawn(listen(client, tokens, principals));
        }
        Err(error) => {
            // The URL was checked with the configuration; this is unexpected.
            tracing::error!(%error, "identity.revocation_redis_url: revocations stay in this process");
        }
    }
    Announcer(sender)
}

/// Applies the revocations other processes publish, resubscribing after a
/// lost connection (and emptying the caches then: messages may have been missed).
async fn listen(client: redis::Client, tokens: Arc<ApiTokenCache>, principals: Arc<Principals>) {
    let mut backoff = Duration::from_millis(200);
    loop {
        match client.get_async_pubsub().await {
            Ok(mut pubsub) => match pubsub.subscribe(CHANNEL).await {
                Ok(()) => {
                    tokens.forget_all_here();
                    principals.forget_all_here();
                    tracing::info!("following revocations over Redis");
                    backoff = Duration::from_millis(200);
                    let mut messages = pubsub.on_message();
                    while let Some(message) = messages.next().await {
                        let text: String = message.get_payload().unwrap_or_default();
                        match Revoked::parse(&text) {
                            Some(Revoked::Token(id)) => tokens.forget_here(&id),
                            Some(Revoked::Principals) => principals.forget_all_here(),
                            None => {
                                tracing::warn!(message = %text, "an unknown revocation message")
                            }
                        }
                    }
                    tracing::warn!("the revocation subscription ended; resubscribing");
                }
                Err(error) => tracing::warn!(%error, "cannot subscribe to revocations"),
            },
            Err(error) => {
                tracing::warn!(%error, "cannot reach Redis for revocations; caches keep their lifetime")
            }
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(10));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_read_back() {
        for revoked in [Revoked::Token("t-1".to_owned()), Revoked::Principals] {
            assert_eq!(Revoked::parse(&revoked.message()), Some(revoked));
        }
        assert_eq!(Revoked::parse("token "), None);
        assert_eq!(Revoked::parse("something"), None);
    }
}
