//! People and their sessions: log-in with lockout, refresh-token rotation with
//! replay detection, the first admin from the setup token, user creation, and
//! the permissions a user holds.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use secureflow_platform::audit::{AuditEntry, AuditSink, NoAudit};
use secureflow_platform::auth::Caller;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::EventLog;
use secureflow_platform::{Error, ErrorCode, Result};

use crate::config::IdentityConfig;
use crate::domain::credentials::{
    REFRESH_TOKEN_PREFIX, hash_password, new_secret, password_problem, secret_hash, verify_password,
};
use crate::domain::{grants, roles};
use crate::jwt::{AccessClaims, ISSUER, KeyRing};
use crate::principals::Principals;
use crate::store::{self, UserRow};
use crate::token_cache::ApiTokenCache;

/// An issued access and refresh token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokens {
    /// JWT access token.
    pub access_token: String,
    /// Access token expiry, µs.
    pub access_expire_at_us: i64,
    /// Refresh token (single use).
    pub refresh_token: String,
    /// Refresh token expiry, µs.
    pub refresh_expire_at_us: i64,
}

/// A user to create.
#[derive(Debug, Clone, Default)]
pub struct NewUser {
    /// E-mail.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// Initial password.
    pub password: String,
    /// Roles to bind organisation-wide.
    pub role_ids: Vec<String>,
}

/// Account operations over the identity schema.
#[derive(Clone)]
pub struct Accounts {
    db: Database,
    keys: Arc<KeyRing>,
    config: IdentityConfig,
    principals: Arc<Principals>,
    token_cache: Arc<ApiTokenCache>,
    audit: Arc<dyn AuditSink>,
    events: Option<EventLog>,
}

impl std::fmt::Debug for Accounts {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Accounts")
            .field("db", &self.db)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// Full names of the RPCs whose refusals this module audits itself (they are
/// anonymous, so the access layer has no caller to audit them under).
const LOGIN: &str = "secureflow.identity.v1.IdentityService/Login";
const CHANGE_PASSWORD: &str = "secureflow.identity.v1.IdentityService/ChangePassword";
const REDEEM_SETUP_TOKEN: &str = "secureflow.identity.v1.IdentityService/RedeemSetupToken";

/// Who attempted a refused credential check, for its audit record.
#[derive(Debug, Clone, Copy)]
pub struct Attempt<'a> {
    /// The RPC.
    pub action: &'static str,
    /// The request's correlation id.
    pub correlation_id: &'a str,
}

/// Checked against when the user does not exist, so an unknown e-mail costs as
/// much time as a wrong password and the response time reveals nothing.
fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not a password anyone has"))
}

fn unauthenticated(message: &str) -> Error {
    Error::new(ErrorCode::Unauthenticated, message.to_owned())
}

impl Accounts {
    /// Account operations; `all_permissions` is every permission the contracts declare.
    pub fn new(
        db: Database,
        keys: Arc<KeyRing>,
        config: IdentityConfig,
        all_permissions: Arc<BTreeSet<String>>,
    ) -> Self {
        let principals = Principals::new(
            db.clone(),
            all_permissions,
            Duration::ZERO,
            Duration::from_secs(config.access_token_ttl_seconds),
        );
        Self {
            db,
            keys,
            config,
            principals: Arc::new(principals),
            token_cache: Arc::new(ApiTokenCache::new(Duration::ZERO)),
            audit: Arc::new(NoAudit),
            events: None,
        }
    }

    /// Publishes to `events` (wakes its consumers after commits that append).
    pub fn with_events(mut self, events: EventLog) -> Self {
        self.events = Some(events);
        self
    }

    /// Wakes the process's event consumers after a commit that appended events.
    pub fn notify_committed(&self) {
        if let Some(events) = &self.events {
            events.notify_committed();
        }
    }

    /// Records refused log-ins, lockouts and refused setup tokens in `audit`.
    pub fn with_audit(mut self, audit: Arc<dyn AuditSink>) -> Self {
        self.audit = audit;
        self
    }

    /// Appends a refusal to the organisation's audit chain (never fails the
    /// call: a refusal stays a refusal whether or not it was recorded).
    async fn audit_refusal(
        &self,
        organization_id: &str,
        actor: &str,
        resource: String,
        result: &str,
        attempt: Attempt<'_>,
    ) {
        let entry = AuditEntry {
            organization_id: organization_id.to_owned(),
            actor: actor.to_owned(),
            action: attempt.action.to_owned(),
            resource,
            result: result.to_owned(),
            correlation_id: attempt.correlation_id.to_owned(),
            time_us: now_micros(),
            change_digest: String::new(),
        };
        let _ = self.audit.record(entry).await;
    }

    /// Shares `principals` with the process's authenticator, so changes made
    /// here clear what it remembers.
    pub fn with_principals(mut self, principals: Arc<Principals>) -> Self {
        self.principals = principals;
        self
    }

    /// Shares `cache` with the process's authenticator, so a revocation clears it.
    pub fn with_token_cache(mut self, cache: Arc<ApiTokenCache>) -> Self {
        self.token_cache = cache;
        self
    }

    /// The API-token cache revocations clear.
    pub fn token_cache(&self) -> &ApiTokenCache {
        &self.token_cache
    }

    /// The database.
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// Every permission the contracts declare.
    pub fn all_permissions(&self) -> &BTreeSet<String> {
        self.principals.all_permissions()
    }

    /// Identity settings.
    pub fn config(&self) -> &IdentityConfig {
        &self.config
    }

    /// Users' current state and permissions (shared with the authenticator).
    pub fn principals(&self) -> &Principals {
        &self.principals
    }

    /// Issues an access token and a refresh token (continuing `family_id` on refresh).
    pub async fn issue(&self, user: &UserRow, family_id: Option<String>) -> Result<Tokens> {
        let family_id = family_id.unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
        let now_us = now_micros();
        let now_s = u64::try_from(now_us / 1_000_000).unwrap_or_default();
        let claims = AccessClaims {
            iss: ISSUER.to_owned(),
            sub: user.id.clone(),
            org: user.organization_id.clone(),
            perms: self
                .principals
                .permissions_of(&user.organization_id, &user.id)
                .await?,
            scoped: self
                .principals
                .scoped_permissions_of(&user.organization_id, &user.id)
                .await?,
            iat: now_s,
            exp: now_s + self.config.access_token_ttl_seconds,
            jti: uuid::Uuid::now_v7().to_string(),
            sid: family_id.clone(),
            iat_us: now_us,
            wl: false,
        };
        let access_token = self.keys.sign(&claims).await?;
        let refresh_token = new_secret(REFRESH_TOKEN_PREFIX);
        let refresh_expire_at_us =
            now_us + seconds_to_micros(self.config.refresh_token_ttl_seconds);
        let mut tx = self.db.begin().await?;
        store::insert_refresh_token(
            &mut tx,
            &secret_hash(&refresh_token),
            &family_id,
            user,
            refresh_expire_at_us,
        )
        .await?;
        tx.commit().await?;
        Ok(Tokens {
            access_token,
            access_expire_at_us: now_us + seconds_to_micros(self.config.access_token_ttl_seconds),
            refresh_token,
            refresh_expire_at_us,
        })
    }

    /// Logs in with a local password. Wrong credentials all look alike; repeated
    /// failures lock the account for `lockout_seconds`.
    pub async fn login(
        &self,
        organization: &str,
        email: &str,
        password: &str,
        correlation_id: &str,
    ) -> Result<(Tokens, UserRow)> {
        let invalid = || {
            unauthenticated("invalid organisation, e-mail or password").with_reason("LOGIN_FAILED")
        };
        let attempt = Attempt {
            action: LOGIN,
            correlation_id,
        };
        let email = email.trim().to_lowercase();
        let organization = store::organization_by_slug(&self.db, organization).await?;
        let user = match &organization {
            Some(org) => store::user_by_email(&self.db, &org.id, &email).await?,
            None => None,
        };
        let Some(user) = user.filter(|user| user.active && user.password_hash.is_some()) else {
            verify_password(password, dummy_hash());
            if let Some(org) = organization {
                let resource = format!("email={email}");
                self.audit_refusal(&org.id, "anonymous", resource, "LOGIN_FAILED", attempt)
                    .await;
            }
            return Err(invalid());
        };
        if !self.check_password(&user, password, attempt).await? {
            return Err(invalid());
        }
        let tokens = self.issue(&user, None).await?;
        Ok((tokens, user))
    }

    /// Checks a user's password under the lockout rule: refused while the
    /// account is locked; a wrong password counts a failure (locking the
    /// account after `max_failed_logins`), a right one clears the count.
    async fn check_password(
        &self,
        user: &UserRow,
        password: &str,
        attempt: Attempt<'_>,
    ) -> Result<bool> {
        let now = now_micros();
        let resource = format!("user_id={}", user.id);
        if let Some(until) = user.locked_until_us.filter(|until| *until > now) {
            self.audit_refusal(
                &user.organization_id,
                &user.id,
                resource,
                "ACCOUNT_LOCKED",
                attempt,
            )
            .await;
            let minutes = (until - now) / 60_000_000 + 1;
            return Err(unauthenticated(&format!(
                "account locked after repeated failed log-ins; try again in {minutes} minute(s)"
            ))
            .with_reason("ACCOUNT_LOCKED"));
        }
        if !verify_password(
            password,
            user.password_hash.as_deref().unwrap_or(dummy_hash()),
        ) {
            let max = i64::from(self.config.max_failed_logins);
            let lock_until = now + seconds_to_micros(self.config.lockout_seconds);
            store::record_login_failure(&self.db, &user.id, max, lock_until).await?;
            let locks_now = user.failed_logins + 1 >= max;
            let result = if locks_now {
                "ACCOUNT_LOCKED"
            } else {
                "LOGIN_FAILED"
            };
            self.audit_refusal(&user.organization_id, &user.id, resource, result, attempt)
                .await;
            return Ok(false);
        }
        store::record_login_success(&self.db, &user.id).await?;
        Ok(true)
    }

    /// Exchanges a refresh token for a new pair. A token used twice means it was
    /// stolen: the whole session family is revoked.
    pub async fn refresh(&self, refresh_token: &str) -> Result<Tokens> {
        let invalid =
            || unauthenticated("refresh token is not valid").with_reason("REFRESH_INVALID");
        let hash = secret_hash(refresh_token);
        let row = store::refresh_token(&self.db, &hash)
            .await?
            .ok_or_else(invalid)?;
        if row.revoked_at_us.is_some() || row.expire_at_us <= now_micros() {
            return Err(invalid());
        }
        let mut tx = self.db.begin().await?;
        if !store::spend_refresh_token(&mut tx, &hash).await? {
            drop(tx);
            store::revoke_refresh_family(&self.db, &row.family_id).await?;
            tracing::warn!(family = %row.family_id, "refresh token replayed; session revoked");
            return Err(unauthenticated(
                "refresh token was already used; the session has been revoked",
            )
            .with_reason("REFRESH_REUSED"));
        }
        tx.commit().await?;
        let user = store::user_by_id(&self.db, &row.organization_id, &row.user_id)
            .await?
            .filter(|user| user.active)
            .ok_or_else(invalid)?;
        self.issue(&user, Some(row.family_id)).await
    }

    /// Revokes the session of a refresh token belonging to the caller.
    pub async fn logout(&self, caller: &Caller, refresh_token: &str) -> Result<()> {
        let row = store::refresh_token(&self.db, &secret_hash(refresh_token)).await?;
        match row {
            Some(row)
                if row.user_id == caller.subject
                    && row.organization_id == caller.organization_id =>
            {
                store::revoke_refresh_family(&self.db, &row.family_id).await?;
                // Access tokens of the session stop at the next call.
                self.principals.forget_all();
                Ok(())
            }
            _ => Err(Error::invalid_field(
                "refresh_token",
                "is not a session of the caller",
            )),
        }
    }

    /// Creates the first admin of an organisation with its one-time setup token.
    pub async fn redeem_setup_token(
        &self,
        setup_token: &str,
        user: NewUser,
        correlation_id: &str,
    ) -> Result<(UserRow, Tokens)> {
        validate_new_user(&user)?;
        let hash = secret_hash(setup_token);
        let mut tx = self.db.begin().await?;
        let Some(organization_id) = store::redeem_setup_token(&mut tx, &hash).await? else {
            drop(tx);
            // A spent token is recorded in its organisation's chain; an unknown
            // one belongs to no organisation and goes to the log.
            match store::setup_token_organization(&self.db, &hash).await? {
                Some(organization_id) => {
                    let attempt = Attempt {
                        action: REDEEM_SETUP_TOKEN,
                        correlation_id,
                    };
                    let resource = format!("email={}", user.email.trim().to_lowercase());
                    self.audit_refusal(
                        &organization_id,
                        "anonymous",
                        resource,
                        "SETUP_TOKEN_INVALID",
                        attempt,
                    )
                    .await;
                }
                None => tracing::warn!(correlation_id, "an unknown setup token was refused"),
            }
            return Err(
                unauthenticated("setup token is unknown or was already used")
                    .with_reason("SETUP_TOKEN_INVALID"),
            );
        };
        let row = insert_user(&mut tx, &organization_id, &user, &["admin".to_owned()]).await?;
        tx.commit().await?;
        let tokens = self.issue(&row, None).await?;
        Ok((row, tokens))
    }

    /// Changes the caller's own local password and ends every other session.
    pub async fn change_password(
        &self,
        caller: &Caller,
        current: &str,
        new: &str,
        correlation_id: &str,
    ) -> Result<()> {
        let user = store::user_by_id(&self.db, &caller.organization_id, &caller.subject)
            .await?
            .filter(|user| user.password_hash.is_some())
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::FailedPrecondition,
                    "only people with a local password can change it",
                )
            })?;
        // A wrong current password is a failed log-in: a stolen session
        // cannot guess the password without meeting the lockout.
        let attempt = Attempt {
            action: CHANGE_PASSWORD,
            correlation_id,
        };
        if !self.check_password(&user, current, attempt).await? {
            return Err(Error::invalid_field(
                "current_password",
                "is not the current password",
            ));
        }
        if let Some(problem) = password_problem(new) {
            return Err(Error::invalid_field("new_password", problem));
        }
        let mut tx = self.db.begin().await?;
        store::set_password_hash(&mut tx, &user.id, &hash_password(new)).await?;
        store::end_user_sessions(&mut tx, &user.id).await?;
        tx.commit().await?;
        self.principals.forget_all();
        Ok(())
    }

    /// Creates a local user in the caller's organisation.
    pub async fn create_user(&self, caller: &Caller, user: NewUser) -> Result<UserRow> {
        validate_new_user(&user)?;
        for (index, role_id) in user.role_ids.iter().enumerate() {
            let known = roles::built_in(role_id).is_some()
                || store::role(&self.db, &caller.organization_id, role_id)
                    .await?
                    .is_some();
            if !known {
                return Err(Error::invalid_field(
                    format!("user.role_ids[{index}]"),
                    format!("unknown role `{role_id}`"),
                ));
            }
        }
        let granted = self
            .principals
            .permissions_of_roles(&caller.organization_id, &user.role_ids)
            .await?;
        grants::require_held(
            caller,
            &granted,
            grants::Scope::Organization,
            "creating a user with these roles",
        )?;
        let mut tx = self.db.begin().await?;
        let row = insert_user(&mut tx, &caller.organization_id, &user, &user.role_ids)
            .await
            .map_err(|error| {
                if error.code() == ErrorCode::AlreadyExists {
                    Error::new(
                        ErrorCode::AlreadyExists,
                        format!("a user with e-mail `{}` exists", user.email),
                    )
                } else {
                    error
                }
            })?;
        tx.commit().await?;
        Ok(row)
    }
}

fn seconds_to_micros(seconds: u64) -> i64 {
    i64::try_from(seconds)
        .unwrap_or(i64::MAX / 1_000_000)
        .saturating_mul(1_000_000)
}

fn validate_new_user(user: &NewUser) -> Result<()> {
    let email = user.email.trim();
    if email.len() > 254 || !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
        return Err(Error::invalid_field("email", "must be an e-mail address"));
    }
    if user.display_name.trim().is_empty() || user.display_name.len() > 200 {
        return Err(Error::invalid_field(
            "display_name",
            "must be 1 to 200 characters",
        ));
    }
    if let Some(problem) = password_problem(&user.password) {
        return Err(Error::invalid_field("password", problem));
    }
    Ok(())
}

async fn insert_user(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    organization_id: &str,
    user: &NewUser,
    role_ids: &[String],
) -> Result<UserRow> {
    let now = now_micros();
    let row = UserRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: organization_id.to_owned(),
        email: user.email.trim().to_lowercase(),
        display_name: user.display_name.trim().to_owned(),
        password_hash: Some(hash_password(&user.password)),
        auth_source: "local".to_owned(),
        external_subject: None,
        active: true,
        failed_logins: 0,
        locked_until_us: None,
        last_login_us: None,
        created_at_us: now,
        updated_at_us: now,
    };
    store::insert_user(tx, &row).await?;
    for role_id in role_ids {
        store::bind_role_to_user(tx, organization_id, role_id, &row.id).await?;
    }
    Ok(row)
}
