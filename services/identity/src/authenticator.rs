//! The platform [`Authenticator`] backed by the identity schema: API tokens are
//! looked up by hash (kept a few seconds in the process's [`ApiTokenCache`],
//! which revocation clears, so revocation stays immediate); access tokens are
//! verified by signature and carry their permissions.

use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use secureflow_platform::auth::{Authenticator, Caller, CallerKind};
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::{Error, ErrorCode, Result};

use crate::domain::credentials::secret_hash;
use crate::jwt::KeyRing;
use crate::store::{self, ApiTokenRow};
use crate::token_cache::ApiTokenCache;

/// Updating `last_used` on every call would make each call a write; once a minute is enough.
const LAST_USED_RESOLUTION_US: i64 = 60_000_000;

/// Authenticates API tokens and access tokens.
#[derive(Debug)]
pub struct IdentityAuthenticator {
    db: Database,
    keys: Arc<KeyRing>,
    cache: Arc<ApiTokenCache>,
}

impl IdentityAuthenticator {
    /// An authenticator over the identity schema in `db`.
    pub fn new(db: Database, keys: Arc<KeyRing>) -> Self {
        Self {
            db,
            keys,
            cache: Arc::new(ApiTokenCache::new(Duration::ZERO)),
        }
    }

    /// Keeps checked tokens in `cache` (shared with the identity service, whose
    /// revocations clear it).
    pub fn with_token_cache(mut self, cache: Arc<ApiTokenCache>) -> Self {
        self.cache = cache;
        self
    }

    async fn api_token(&self, secret: &str) -> Result<Caller> {
        let refused = |message: &str, reason: &'static str| {
            Error::new(ErrorCode::Unauthenticated, message.to_owned()).with_reason(reason)
        };
        let hash = secret_hash(secret);
        let token = match self.cache.get(&hash) {
            Some(token) => token,
            None => {
                let token = store::api_token_by_hash(&self.db, &hash)
                    .await?
                    .ok_or_else(|| refused("unknown API token", "TOKEN_UNKNOWN"))?;
                self.cache.put(token.clone());
                token
            }
        };
        let now = now_micros();
        if token.revoked_at_us.is_some() {
            return Err(refused("this API token was revoked", "TOKEN_REVOKED"));
        }
        if token.expire_at_us <= now {
            return Err(refused("this API token expired", "TOKEN_EXPIRED"));
        }
        if token
            .last_used_us
            .is_none_or(|last| now - last > LAST_USED_RESOLUTION_US)
        {
            store::touch_api_token(&self.db, &token.id, now).await?;
            self.cache.put(ApiTokenRow {
                last_used_us: Some(now),
                ..token.clone()
            });
        }
        Ok(Caller {
            subject: token.id,
            kind: CallerKind::ApiToken,
            organization_id: token.organization_id,
            permissions: token.permissions.into_iter().collect(),
            scoped_permissions: Default::default(),
        })
    }

    async fn access_token(&self, token: &str) -> Result<Caller> {
        let claims = self.keys.verify(token).await?;
        Ok(Caller {
            subject: claims.sub,
            kind: CallerKind::User,
            organization_id: claims.org,
            permissions: claims.perms,
            scoped_permissions: claims.scoped,
        })
    }
}

impl Authenticator for IdentityAuthenticator {
    fn authenticate<'a>(&'a self, credential: &'a str) -> BoxFuture<'a, Result<Caller>> {
        Box::pin(async move {
            // A JWT is three dot-separated parts; API tokens never contain a dot.
            if credential.matches('.').count() == 2 {
                self.access_token(credential).await
            } else {
                self.api_token(credential).await
            }
        })
    }
}
