//! `identity_api_tokens` (long-lived tokens for automation) and `identity_refresh_tokens` (sessions: rotating refresh tokens grouped in families).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned, now_micros};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

use super::users::UserRow;

use super::flag;

/// An API token (never its secret).
#[derive(Debug, Clone, PartialEq)]
pub struct ApiTokenRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// SHA-256 of the secret.
    pub secret_hash: String,
    /// Display prefix.
    pub prefix: String,
    /// Permissions.
    pub permissions: Vec<String>,
    /// Creator.
    pub created_by: String,
    /// Expiry, µs.
    pub expire_at_us: i64,
    /// Last use, µs.
    pub last_used_us: Option<i64>,
    /// Revocation, µs.
    pub revoked_at_us: Option<i64>,
    /// Created, µs.
    pub created_at_us: i64,
}

/// A refresh token's state.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshRow {
    /// Rotation family: every token descended from one log-in.
    pub family_id: String,
    /// User.
    pub user_id: String,
    /// Organisation.
    pub organization_id: String,
    /// Expiry, µs.
    pub expire_at_us: i64,
    /// Set once exchanged.
    pub used_at_us: Option<i64>,
    /// Set once revoked.
    pub revoked_at_us: Option<i64>,
}

fn api_token_from_row(row: &AnyRow) -> Result<ApiTokenRow> {
    let permissions: String = row.try_get("permissions")?;
    Ok(ApiTokenRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        secret_hash: row.try_get("secret_hash")?,
        prefix: row.try_get("prefix")?,
        permissions: serde_json::from_str(&permissions)
            .map_err(secureflow_platform::Error::internal)?,
        created_by: row.try_get("created_by")?,
        expire_at_us: row.try_get("expire_at_us")?,
        last_used_us: row.try_get("last_used_us")?,
        revoked_at_us: row.try_get("revoked_at_us")?,
        created_at_us: row.try_get("created_at_us")?,
    })
}

/// Inserts an API token.
pub async fn insert_api_token(tx: &mut Transaction<'_, Any>, token: &ApiTokenRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_api_tokens (id, organization_id, name, secret_hash, prefix, permissions,
             created_by, expire_at_us, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&token.id)
    .bind(&token.organization_id)
    .bind(&token.name)
    .bind(&token.secret_hash)
    .bind(&token.prefix)
    .bind(serde_json::to_string(&token.permissions).map_err(secureflow_platform::Error::internal)?)
    .bind(&token.created_by)
    .bind(token.expire_at_us)
    .bind(token.created_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The API token with this secret hash, in any organisation (authentication).
pub async fn api_token_by_hash(db: &Database, secret_hash: &str) -> Result<Option<ApiTokenRow>> {
    let query =
        sqlx::query("SELECT * FROM identity_api_tokens WHERE secret_hash = $1").bind(secret_hash);
    db.row(query, api_token_from_row).await
}

/// An organisation's API token by id.
pub async fn api_token_by_id(
    db: &Database,
    organization_id: &str,
    id: &str,
) -> Result<Option<ApiTokenRow>> {
    let row = Owned("identity_api_tokens")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(api_token_from_row).transpose()
}

/// A page of an organisation's API tokens, newest first; fetches `limit + 1` rows.
pub async fn list_api_tokens(
    db: &Database,
    organization_id: &str,
    include_inactive: bool,
    page: Page,
) -> Result<Vec<ApiTokenRow>> {
    let query = sqlx::query(
        "SELECT * FROM identity_api_tokens WHERE organization_id = $1
           AND ($2 = 1 OR (revoked_at_us IS NULL AND expire_at_us > $3))
         ORDER BY created_at_us DESC, id DESC LIMIT $4 OFFSET $5",
    )
    .bind(organization_id)
    .bind(flag(include_inactive))
    .bind(now_micros());
    db.page(query, page, api_token_from_row).await
}

/// Revokes an organisation's API token; `false` when there is no such token.
pub async fn revoke_api_token(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    let changed = sqlx::query(
        "UPDATE identity_api_tokens SET revoked_at_us = COALESCE(revoked_at_us, $3)
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id)
    .bind(id)
    .bind(now_micros())
    .execute(db.writer())
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Records that a token authenticated a call.
pub async fn touch_api_token(db: &Database, id: &str, at_us: i64) -> Result<()> {
    sqlx::query("UPDATE identity_api_tokens SET last_used_us = $2 WHERE id = $1")
        .bind(id)
        .bind(at_us)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Stores a new refresh token.
pub async fn insert_refresh_token(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
    family_id: &str,
    user: &UserRow,
    expire_at_us: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_refresh_tokens (token_hash, family_id, user_id, organization_id, expire_at_us, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(family_id)
    .bind(&user.id)
    .bind(&user.organization_id)
    .bind(expire_at_us)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A refresh token's state by hash.
pub async fn refresh_token(db: &Database, token_hash: &str) -> Result<Option<RefreshRow>> {
    let row = sqlx::query("SELECT * FROM identity_refresh_tokens WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(db.pool())
        .await?;
    row.map(|row| {
        Ok(RefreshRow {
            family_id: row.try_get("family_id")?,
            user_id: row.try_get("user_id")?,
            organization_id: row.try_get("organization_id")?,
            expire_at_us: row.try_get("expire_at_us")?,
            used_at_us: row.try_get("used_at_us")?,
            revoked_at_us: row.try_get("revoked_at_us")?,
        })
    })
    .transpose()
}

/// Marks a refresh token spent; `false` if it was already spent (a replay).
pub async fn spend_refresh_token(tx: &mut Transaction<'_, Any>, token_hash: &str) -> Result<bool> {
    let changed = sqlx::query(
        "UPDATE identity_refresh_tokens SET used_at_us = $2 WHERE token_hash = $1 AND used_at_us IS NULL",
    )
    .bind(token_hash)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Revokes every refresh token of a rotation family.
pub async fn revoke_refresh_family(db: &Database, family_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE identity_refresh_tokens SET revoked_at_us = COALESCE(revoked_at_us, $2) WHERE family_id = $1",
    )
    .bind(family_id)
    .bind(now_micros())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Revokes every refresh token of a user not revoked yet, as of `at_us`.
pub async fn revoke_refresh_of_user(
    tx: &mut Transaction<'_, Any>,
    user_id: &str,
    at_us: i64,
) -> Result<()> {
    sqlx::query("UPDATE identity_refresh_tokens SET revoked_at_us = COALESCE(revoked_at_us, $2) WHERE user_id = $1")
        .bind(user_id)
        .bind(at_us)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Sessions (refresh-token families) of a user revoked since `since_us`.
pub async fn ended_sessions(
    db: &Database,
    organization_id: &str,
    user_id: &str,
    since_us: i64,
) -> Result<std::collections::BTreeSet<String>> {
    let query = sqlx::query(
        "SELECT DISTINCT family_id FROM identity_refresh_tokens
         WHERE organization_id = $1 AND user_id = $2 AND revoked_at_us >= $3",
    )
    .bind(organization_id)
    .bind(user_id)
    .bind(since_us);
    db.rows(query, |row| Ok(row.try_get("family_id")?)).await
}
