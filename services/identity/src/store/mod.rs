//! The identity service's storage: the only place with SQL, one module per
//! aggregate, each the only writer of its tables (docs/architecture.md). Every
//! query about tenant data takes the organisation id: rows of other
//! organisations are invisible, never forbidden.
//!
//! - [`organizations`] — `identity_organizations`, `identity_setup_tokens`.
//! - [`users`] — `identity_users`.
//! - [`roles`](mod@roles) — `identity_roles`.
//! - [`bindings`] — `identity_role_bindings`.
//! - [`teams`] — `identity_teams`, `identity_team_members`.
//! - [`tokens`] — `identity_api_tokens`, `identity_refresh_tokens`.
//! - [`keys`] — `identity_signing_keys`.
//! - [`audit`] — `identity_audit_log` (or the MongoDB collection `audit`), `identity_audit_keys`.
//! - [`oidc`] — `identity_oidc_providers`, `identity_oidc_logins`.
//!
//! The modules' items are re-exported here (`store::user_by_id`), so callers
//! name the operation, not the file.

pub mod audit;
pub mod bindings;
pub mod keys;
pub mod oidc;
pub mod organizations;
pub mod roles;
pub mod teams;
pub mod tokens;
pub mod users;

pub use bindings::*;
pub use keys::*;
pub use organizations::*;
pub use roles::*;
pub use teams::*;
pub use tokens::*;
pub use users::*;

/// The rows of `statement`, each a `user_id` and an id in `column`, as each
/// user's ids, sorted and each once; read as one value.
async fn by_user(
    db: &secureflow_platform::db::Database,
    statement: secureflow_platform::filtered::Filtered,
    column: &'static str,
) -> secureflow_platform::Result<std::collections::BTreeMap<String, Vec<String>>> {
    let pairs: Vec<(String, String)> = statement.all_as(db, &["user_id", column]).await?;
    let mut ids = std::collections::BTreeMap::<String, Vec<String>>::new();
    for (user_id, id) in pairs {
        ids.entry(user_id).or_default().push(id);
    }
    for of_user in ids.values_mut() {
        of_user.sort_unstable();
        of_user.dedup();
    }
    Ok(ids)
}

pub(crate) fn flag(value: bool) -> i64 {
    i64::from(value)
}

/// Ends every session of a user: refresh tokens are revoked and access tokens
/// issued until now are refused.
pub async fn end_user_sessions(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user_id: &str,
) -> secureflow_platform::Result<()> {
    let now = secureflow_platform::db::now_micros();
    tokens::revoke_refresh_of_user(tx, user_id, now).await?;
    users::set_sessions_valid_after(tx, user_id, now).await
}
