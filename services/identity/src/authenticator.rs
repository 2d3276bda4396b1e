//! The platform [`Authenticator`] backed by the identity schema: API tokens are
//! looked up by hash on every call (so revocation is immediate); access tokens
//! are verified by signature and carry their permissions.

use std::sync::Arc;

use futures::future::BoxFuture;
use secureflow_platform::auth::{Authenticator, Caller, CallerKind};
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::{Error, ErrorCode, Result};

use crate::domain::credentials::secret_hash;
use crate::jwt::KeyRing;
use crate::store;

/// Updating `last_used` on every call would make each call a write; once a minute is enough.
const LAST_USED_RESOLUTION_US: i64 = 60_000_000;

/// Authenticates API tokens and access tokens.
#[derive(Debug)]
pub struct IdentityAuthenticator {
    db: Database,
    keys: Arc<KeyRing>,
}

impl IdentityAuthenticator {
    /// An authenticator over the identity schema in `db`.
    pub fn new(db: Database, keys: Arc<KeyRing>) -> Self {
        Self { db, keys }
    }

    async fn api_token(&self, secret: &str) -> Result<Caller> {
        let refused = |message: &str, reason: &'static str| {
            Error::new(ErrorCode::Unauthenticated, message.to_owned()).with_reason(reason)
        };
        let token = store::api_token_by_hash(&self.db, &secret_hash(secret))
            .await?
            .ok_or_else(|| refused("unknown API token", "TOKEN_UNKNOWN"))?;
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
