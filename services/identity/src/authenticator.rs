//! The platform [`Authenticator`] backed by the identity schema: API tokens are
//! looked up by hash (kept a few seconds in the process's [`ApiTokenCache`],
//! which revocation clears, so revocation stays immediate); access tokens are
//! verified by signature. Either acts for its user as that user is now
//! ([`Principals`]): a deactivated or deleted user's credentials, and access
//! tokens of ended sessions, are refused; permissions are what the user's roles
//! give today (for an API token, what it was granted and its owner still holds).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use secureflow_platform::auth::{
    Authenticator, Caller, CallerKind, WORKLOAD_PERMISSIONS, WORKLOAD_TOKEN_TTL_LIMIT,
    WorkloadGrant,
};
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::{Error, ErrorCode, Result};

use crate::domain::credentials::secret_hash;
use crate::jwt::{AccessClaims, ISSUER, KeyRing};
use crate::principals::{Principal, Principals};
use crate::store::{self, ApiTokenRow};
use crate::token_cache::ApiTokenCache;
use crate::tokens::OPERATOR;

/// Updating `last_used` on every call would make each call a write; once a minute is enough.
const LAST_USED_RESOLUTION_US: i64 = 60_000_000;

/// Authenticates API tokens and access tokens.
#[derive(Debug)]
pub struct IdentityAuthenticator {
    db: Database,
    keys: Arc<KeyRing>,
    cache: Arc<ApiTokenCache>,
    principals: Arc<Principals>,
}

fn refused(message: &str, reason: &'static str) -> Error {
    Error::new(ErrorCode::Unauthenticated, message.to_owned()).with_reason(reason)
}

impl IdentityAuthenticator {
    /// An authenticator over the identity schema in `db`, reading users' state
    /// through `principals`.
    pub fn new(db: Database, keys: Arc<KeyRing>, principals: Arc<Principals>) -> Self {
        Self {
            db,
            keys,
            cache: Arc::new(ApiTokenCache::new(Duration::ZERO)),
            principals,
        }
    }

    /// The user `user_id` as a credential of theirs may act now, or the refusal.
    async fn principal(
        &self,
        organization_id: &str,
        user_id: &str,
        whose: &str,
    ) -> Result<Arc<Principal>> {
        let principal = self
            .principals
            .get(organization_id, user_id)
            .await?
            .ok_or_else(|| {
                refused(
                    &format!("the user {whose} no longer exists"),
                    "PRINCIPAL_DELETED",
                )
            })?;
        if !principal.active {
            return Err(refused(
                &format!("the user {whose} is deactivated"),
                "PRINCIPAL_DEACTIVATED",
            ));
        }
        Ok(principal)
    }

    /// Keeps checked tokens in `cache` (shared with the identity service, whose
    /// revocations clear it).
    pub fn with_token_cache(mut self, cache: Arc<ApiTokenCache>) -> Self {
        self.cache = cache;
        self
    }

    async fn api_token(&self, secret: &str) -> Result<Caller> {
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
        let granted: BTreeSet<String> = token.permissions.iter().cloned().collect();
        if token.created_by == OPERATOR {
            // The instance operator's tokens: no user behind them to follow.
            return Ok(Caller {
                subject: token.id,
                kind: CallerKind::ApiToken,
                organization_id: token.organization_id,
                user_id: None,
                permissions: granted,
                scoped_permissions: Default::default(),
            });
        }
        let owner = self
            .principal(
                &token.organization_id,
                &token.created_by,
                "who owns this API token",
            )
            .await?;
        Ok(Caller {
            subject: token.id,
            kind: CallerKind::ApiToken,
            organization_id: token.organization_id,
            user_id: Some(token.created_by),
            permissions: granted.intersection(&owner.permissions).cloned().collect(),
            scoped_permissions: owner
                .scoped_permissions
                .iter()
                .map(|(resource, held)| {
                    (
                        resource.clone(),
                        held.intersection(&granted).cloned().collect(),
                    )
                })
                .collect(),
        })
    }

    async fn access_token(&self, token: &str) -> Result<Caller> {
        let claims = self.keys.verify(token).await?;
        if claims.wl {
            // Issued by `workload_token` below to a service of the mesh: no
            // user behind it; what it may do was bounded when it was issued.
            return Ok(Caller {
                subject: claims.sub,
                kind: CallerKind::Workload,
                organization_id: claims.org,
                user_id: None,
                permissions: claims
                    .perms
                    .into_iter()
                    .filter(|held| WORKLOAD_PERMISSIONS.contains(&held.as_str()))
                    .collect(),
                scoped_permissions: Default::default(),
            });
        }
        let principal = self
            .principal(&claims.org, &claims.sub, "of this access token")
            .await?;
        if claims.issued_at_us() < principal.sessions_valid_after_us {
            return Err(refused(
                "this session was ended (password changed or account deactivated); log in again",
                "SESSION_ENDED",
            ));
        }
        if principal.ended_sessions.contains(&claims.sid) {
            return Err(refused(
                "this session was signed out; log in again",
                "SESSION_ENDED",
            ));
        }
        Ok(Caller {
            subject: claims.sub.clone(),
            kind: CallerKind::User,
            organization_id: claims.org,
            user_id: Some(claims.sub),
            permissions: principal.permissions.clone(),
            scoped_permissions: principal.scoped_permissions.clone(),
        })
    }
}

/// Why a workload grant cannot be issued, if it cannot.
fn workload_refusal(grant: &WorkloadGrant) -> Option<String> {
    let (kind, id) = grant.subject.split_once(':').unwrap_or_default();
    if kind.is_empty() || id.is_empty() || grant.subject.chars().any(char::is_control) {
        return Some(format!(
            "workload subject `{}` is not `<kind>:<id>`",
            grant.subject
        ));
    }
    if let Some(extra) = grant
        .permissions
        .iter()
        .find(|asked| !WORKLOAD_PERMISSIONS.contains(&asked.as_str()))
    {
        return Some(format!(
            "a workload token cannot carry `{extra}` (only {})",
            WORKLOAD_PERMISSIONS.join(", ")
        ));
    }
    if grant.ttl.is_zero() || grant.ttl > WORKLOAD_TOKEN_TTL_LIMIT {
        return Some(format!(
            "a workload token lives more than 0 s and at most {} s",
            WORKLOAD_TOKEN_TTL_LIMIT.as_secs()
        ));
    }
    None
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

    fn workload_token<'a>(&'a self, grant: &'a WorkloadGrant) -> BoxFuture<'a, Result<String>> {
        Box::pin(async move {
            if let Some(problem) = workload_refusal(grant) {
                return Err(Error::new(ErrorCode::PermissionDenied, problem));
            }
            if store::organization(&self.db, &grant.organization_id)
                .await?
                .is_none()
            {
                return Err(Error::not_found("organisation", &grant.organization_id));
            }
            let now_us = now_micros();
            let now_s = u64::try_from(now_us / 1_000_000).unwrap_or_default();
            let claims = AccessClaims {
                iss: ISSUER.to_owned(),
                sub: grant.subject.clone(),
                org: grant.organization_id.clone(),
                perms: grant.permissions.clone(),
                scoped: Default::default(),
                iat: now_s,
                exp: now_s + grant.ttl.as_secs().max(1),
                jti: uuid::Uuid::now_v7().to_string(),
                sid: String::new(),
                iat_us: now_us,
                wl: true,
            };
            self.keys.sign(&claims).await
        })
    }

    fn is_member<'a>(
        &'a self,
        organization_id: &'a str,
        user_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async move {
            Ok(store::user_by_id(&self.db, organization_id, user_id)
                .await?
                .is_some())
        })
    }

    fn is_team<'a>(
        &'a self,
        organization_id: &'a str,
        team_id: &'a str,
    ) -> BoxFuture<'a, Result<bool>> {
        Box::pin(async move {
            Ok(store::team(&self.db, organization_id, team_id)
                .await?
                .is_some())
        })
    }

    fn user_with_email<'a>(
        &'a self,
        organization_id: &'a str,
        email: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>>> {
        Box::pin(async move {
            let email = email.trim().to_lowercase();
            if email.is_empty() {
                return Ok(None);
            }
            Ok(store::user_by_email(&self.db, organization_id, &email)
                .await?
                .map(|user| user.id))
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::time::Duration;

    use super::*;

    fn grant(subject: &str, permissions: &[&str], ttl: u64) -> WorkloadGrant {
        WorkloadGrant {
            organization_id: "org".to_owned(),
            subject: subject.to_owned(),
            permissions: permissions
                .iter()
                .map(|p| (*p).to_owned())
                .collect::<BTreeSet<_>>(),
            ttl: Duration::from_secs(ttl),
        }
    }

    #[test]
    fn workload_grants_hold_only_the_workload_permissions_briefly() {
        assert_eq!(
            workload_refusal(&grant("pipeline:p-1", &["security.write"], 900)),
            None
        );
        let refused = |g: WorkloadGrant| workload_refusal(&g).expect("refused");
        assert!(
            refused(grant("pipeline:p-1", &["security.manage"], 900))
                .contains("cannot carry `security.manage`")
        );
        assert!(
            refused(grant("pipeline:p-1", &["identity.admin"], 900)).contains("identity.admin")
        );
        assert!(refused(grant("p-1", &["security.read"], 900)).contains("`<kind>:<id>`"));
        assert!(refused(grant("pipeline:", &[], 900)).contains("`<kind>:<id>`"));
        assert!(refused(grant("pipeline:p-1", &[], 0)).contains("at most"));
        assert!(refused(grant("pipeline:p-1", &[], 7200)).contains("at most 3600 s"));
    }
}
