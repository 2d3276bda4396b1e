//! API tokens for automation: scoped to the caller's organisation and to
//! permissions the caller holds, always expiring, shown once, stored as a hash.

use secureflow_platform::auth::Caller;
use secureflow_platform::db::{now_micros, timestamp_to_micros};
use secureflow_platform::{Error, ErrorCode, Result};

use secureflow_platform::pagination::Page;

use crate::accounts::Accounts;
use crate::domain::credentials::{API_TOKEN_PREFIX, display_prefix, new_secret, secret_hash};
use crate::domain::grants;
use crate::store::{self, ApiTokenRow};

/// `created_by` of the instance operator's tokens: the bootstrap admin token
/// and tokens made with it. No user stands behind them.
pub const OPERATOR: &str = "bootstrap";

/// Lifetime of a token created without an expiry.
pub const DEFAULT_TOKEN_DAYS: i64 = 90;

const DAY_US: i64 = 86_400 * 1_000_000;

/// What a caller asks for.
#[derive(Debug, Clone, Default)]
pub struct NewApiToken {
    /// Display name.
    pub name: String,
    /// Permissions wanted.
    pub permissions: Vec<String>,
    /// Expiry, if given.
    pub expire_time: Option<pbjson_types::Timestamp>,
}

/// Checks a request against the caller's own rights; returns the expiry in µs.
pub fn validate(
    accounts: &Accounts,
    caller: &Caller,
    request: &NewApiToken,
    now_us: i64,
) -> Result<i64> {
    let name = request.name.trim();
    if name.is_empty() || name.len() > 100 {
        return Err(Error::invalid_field("name", "must be 1 to 100 characters"));
    }
    if request.permissions.is_empty() {
        return Err(Error::invalid_field(
            "permissions",
            "name at least one permission",
        ));
    }
    for (index, permission) in request.permissions.iter().enumerate() {
        if !accounts.all_permissions().contains(permission) {
            return Err(Error::invalid_field(
                format!("permissions[{index}]"),
                format!("unknown permission `{permission}`"),
            ));
        }
        if !caller.has(permission) {
            return Err(Error::new(
                ErrorCode::PermissionDenied,
                format!("a token cannot carry `{permission}`, which the caller does not hold"),
            ));
        }
    }
    let max_days = i64::from(accounts.config().max_api_token_days);
    let expire_at = match &request.expire_time {
        None => now_us + DEFAULT_TOKEN_DAYS.min(max_days) * DAY_US,
        Some(time) => timestamp_to_micros(time),
    };
    if expire_at <= now_us {
        return Err(Error::invalid_field("expire_time", "must be in the future"));
    }
    if expire_at > now_us + max_days * DAY_US {
        return Err(Error::invalid_field(
            "expire_time",
            format!("must be at most {max_days} days ahead"),
        ));
    }
    Ok(expire_at)
}

/// Creates a token; returns it with its secret, which is not stored.
pub async fn create(
    accounts: &Accounts,
    caller: &Caller,
    request: NewApiToken,
) -> Result<(ApiTokenRow, String)> {
    let now = now_micros();
    let expire_at_us = validate(accounts, caller, &request, now)?;
    let secret = new_secret(API_TOKEN_PREFIX);
    let mut permissions = request.permissions;
    permissions.sort();
    permissions.dedup();
    let row = ApiTokenRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: caller.organization_id.clone(),
        name: request.name.trim().to_owned(),
        secret_hash: secret_hash(&secret),
        prefix: display_prefix(&secret),
        permissions,
        created_by: owner_of(caller).to_owned(),
        expire_at_us,
        last_used_us: None,
        revoked_at_us: None,
        created_at_us: now,
    };
    let mut tx = accounts.db().begin().await?;
    store::insert_api_token(&mut tx, &row).await?;
    tx.commit().await?;
    Ok((row, secret))
}

/// Who a token made by `caller` belongs to: the person behind the credential
/// (a token made with an API token belongs to that token's owner).
fn owner_of(caller: &Caller) -> &str {
    caller.user_id.as_deref().unwrap_or(OPERATOR)
}

/// Whether `caller` may see and revoke `token`: their own tokens, and other
/// people's whose every permission the caller holds (an organisation admin
/// holds all). `tokens.manage` alone does not reach a more powerful person's
/// token.
pub fn may_manage(caller: &Caller, token: &ApiTokenRow) -> bool {
    token.created_by == owner_of(caller)
        || grants::not_held(caller, &token.permissions, grants::Scope::Organization).is_empty()
}

/// A token of the caller's organisation (NOT_FOUND otherwise) that the caller
/// may manage (PERMISSION_DENIED otherwise), or is.
pub async fn get(accounts: &Accounts, caller: &Caller, id: &str) -> Result<ApiTokenRow> {
    let token = store::api_token_by_id(accounts.db(), &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("API token", id))?;
    if token.id != caller.subject && !may_manage(caller, &token) {
        grants::require_held(
            caller,
            &token.permissions,
            grants::Scope::Organization,
            "managing another person's API token",
        )?;
    }
    Ok(token)
}

/// A page of the tokens the caller may manage (a page may hold fewer than
/// asked when others' tokens are left out; the page token still moves on).
pub async fn list(
    accounts: &Accounts,
    caller: &Caller,
    include_inactive: bool,
    page: Page,
) -> Result<(Vec<ApiTokenRow>, String)> {
    let rows = store::list_api_tokens(
        accounts.db(),
        &caller.organization_id,
        include_inactive,
        page,
    )
    .await?;
    let (rows, next_page_token) = page.finish(rows, "api_tokens");
    let visible = rows
        .into_iter()
        .filter(|token| may_manage(caller, token))
        .collect();
    Ok((visible, next_page_token))
}

/// Revokes a token of the caller's organisation that the caller may manage.
pub async fn revoke(accounts: &Accounts, caller: &Caller, id: &str) -> Result<ApiTokenRow> {
    get(accounts, caller, id).await?;
    if !store::revoke_api_token(accounts.db(), &caller.organization_id, id).await? {
        return Err(Error::not_found("API token", id));
    }
    accounts.token_cache().forget(id);
    get(accounts, caller, id).await
}
