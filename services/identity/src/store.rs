//! SQL of the identity service. Every query about tenant data takes the
//! organisation id: rows of other organisations are invisible, never forbidden.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// An organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationRow {
    /// Id.
    pub id: String,
    /// Unique slug.
    pub slug: String,
    /// Display name.
    pub display_name: String,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
    /// Remediation SLA as JSON (`critical_days`, `high_days`, `medium_days`,
    /// `low_days`); empty for the defaults.
    pub sla_policy: String,
}

/// A user, with the credential columns the log-in needs.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// E-mail (log-in name), lower-cased.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// argon2id PHC string, for local users.
    pub password_hash: Option<String>,
    /// `local` or `oidc`.
    pub auth_source: String,
    /// Subject at the OpenID Connect provider, for SSO users.
    pub external_subject: Option<String>,
    /// Deactivated users cannot log in.
    pub active: bool,
    /// Failed log-ins in a row.
    pub failed_logins: i64,
    /// Locked until, µs.
    pub locked_until_us: Option<i64>,
    /// Last successful log-in, µs.
    pub last_login_us: Option<i64>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

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

fn flag(value: bool) -> i64 {
    i64::from(value)
}

fn organization_from_row(row: &AnyRow) -> Result<OrganizationRow> {
    Ok(OrganizationRow {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        display_name: row.try_get("display_name")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
        sla_policy: row.try_get("sla_policy")?,
    })
}

fn user_from_row(row: &AnyRow) -> Result<UserRow> {
    Ok(UserRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        auth_source: row.try_get("auth_source")?,
        external_subject: row.try_get("external_subject")?,
        active: row.try_get::<i64, _>("active")? != 0,
        failed_logins: row.try_get("failed_logins")?,
        locked_until_us: row.try_get("locked_until_us")?,
        last_login_us: row.try_get("last_login_us")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
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

/// How many organisations exist (0 means a fresh installation).
pub async fn organization_count(db: &Database) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM identity_organizations")
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}

/// Inserts an organisation.
pub async fn insert_organization(
    tx: &mut Transaction<'_, Any>,
    org: &OrganizationRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_organizations (id, slug, display_name, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&org.id)
    .bind(&org.slug)
    .bind(&org.display_name)
    .bind(org.created_at_us)
    .bind(org.updated_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An organisation by id.
pub async fn organization(db: &Database, id: &str) -> Result<Option<OrganizationRow>> {
    let row = sqlx::query("SELECT * FROM identity_organizations WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(organization_from_row).transpose()
}

/// An organisation by id, read inside a transaction.
pub async fn organization_in(
    tx: &mut Transaction<'_, Any>,
    id: &str,
) -> Result<Option<OrganizationRow>> {
    let row = sqlx::query("SELECT * FROM identity_organizations WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(organization_from_row).transpose()
}

/// Organisations never announced with an `identity.organizations` event.
pub async fn unannounced_organizations(db: &Database) -> Result<Vec<OrganizationRow>> {
    let rows = sqlx::query("SELECT * FROM identity_organizations WHERE announced = 0 ORDER BY id")
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(organization_from_row).collect()
}

/// Records that an organisation's event is in the outbox (same transaction).
pub async fn mark_announced(tx: &mut Transaction<'_, Any>, id: &str) -> Result<()> {
    sqlx::query("UPDATE identity_organizations SET announced = 1 WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An organisation by slug.
pub async fn organization_by_slug(db: &Database, slug: &str) -> Result<Option<OrganizationRow>> {
    let row = sqlx::query("SELECT * FROM identity_organizations WHERE slug = $1")
        .bind(slug)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(organization_from_row).transpose()
}

/// Inserts a user.
pub async fn insert_user(tx: &mut Transaction<'_, Any>, user: &UserRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_users (id, organization_id, email, display_name, password_hash, auth_source,
             external_subject, active, failed_logins, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
    )
    .bind(&user.id)
    .bind(&user.organization_id)
    .bind(&user.email)
    .bind(&user.display_name)
    .bind(&user.password_hash)
    .bind(&user.auth_source)
    .bind(&user.external_subject)
    .bind(flag(user.active))
    .bind(user.created_at_us)
    .bind(user.updated_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A user of an organisation by e-mail.
pub async fn user_by_email(
    db: &Database,
    organization_id: &str,
    email: &str,
) -> Result<Option<UserRow>> {
    let row = sqlx::query("SELECT * FROM identity_users WHERE organization_id = $1 AND email = $2")
        .bind(organization_id)
        .bind(email)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// The SSO user of an organisation with this provider subject.
pub async fn user_by_external_subject(
    db: &Database,
    organization_id: &str,
    subject: &str,
) -> Result<Option<UserRow>> {
    let row = sqlx::query(
        "SELECT * FROM identity_users WHERE organization_id = $1 AND auth_source = 'oidc' AND external_subject = $2",
    )
    .bind(organization_id)
    .bind(subject)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// Changes an organisation's display name.
pub async fn rename_organization(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    display_name: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_organizations SET display_name = $2, updated_at_us = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(display_name)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Sets an organisation's SLA policy (JSON, see [`OrganizationRow::sla_policy`]).
pub async fn set_sla_policy(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    sla_policy: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_organizations SET sla_policy = $2, updated_at_us = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(sla_policy)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A user of an organisation by id.
pub async fn user_by_id(db: &Database, organization_id: &str, id: &str) -> Result<Option<UserRow>> {
    let row = sqlx::query("SELECT * FROM identity_users WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(user_from_row).transpose()
}

/// Which users a listing returns; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFilter {
    /// Only members of this team.
    pub team_id: String,
    /// Only users holding this role organisation-wide, directly or through a team.
    pub role_id: String,
    /// Case-insensitive substring of the e-mail or display name.
    pub query: String,
}

/// `text` as a LIKE pattern matching it anywhere, with `\` escaping the
/// pattern's own wildcards.
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for character in text.to_lowercase().chars() {
        if matches!(character, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(character);
    }
    pattern.push('%');
    pattern
}

/// A page of an organisation's users matching `filter`, by e-mail; fetches `limit + 1` rows.
pub async fn list_users(
    db: &Database,
    organization_id: &str,
    filter: &UserFilter,
    page: Page,
) -> Result<Vec<UserRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_users u WHERE u.organization_id = $1
           AND ($2 = '' OR EXISTS (SELECT 1 FROM identity_team_members m WHERE m.team_id = $2 AND m.user_id = u.id))
           AND ($3 = '' OR EXISTS (SELECT 1 FROM identity_role_bindings b
                 WHERE b.organization_id = u.organization_id AND b.role_id = $3 AND b.resource_type IS NULL
                   AND (b.user_id = u.id OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = u.id))))
           AND ($4 = '%%' OR LOWER(u.email) LIKE $4 ESCAPE '\\' OR LOWER(u.display_name) LIKE $4 ESCAPE '\\')
         ORDER BY u.email LIMIT $5 OFFSET $6",
    )
    .bind(organization_id)
    .bind(&filter.team_id)
    .bind(&filter.role_id)
    .bind(contains_pattern(&filter.query))
    .bind(page.limit + 1)
    .bind(page.offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(user_from_row).collect()
}

/// Counts a failed log-in; locks the account once `max_failures` is reached.
pub async fn record_login_failure(
    db: &Database,
    user_id: &str,
    max_failures: i64,
    lock_until_us: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_users SET failed_logins = failed_logins + 1,
             locked_until_us = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until_us END
         WHERE id = $1",
    )
    .bind(user_id)
    .bind(max_failures)
    .bind(lock_until_us)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Resets the failure count and records the log-in time.
pub async fn record_login_success(db: &Database, user_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE identity_users SET failed_logins = 0, locked_until_us = NULL, last_login_us = $2 WHERE id = $1",
    )
    .bind(user_id)
    .bind(now_micros())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Grants a role organisation-wide to a user.
pub async fn bind_role_to_user(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    role_id: &str,
    user_id: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_role_bindings (id, organization_id, role_id, user_id, created_at_us)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(organization_id)
    .bind(role_id)
    .bind(user_id)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ids of the roles bound organisation-wide to a user.
pub async fn user_role_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT role_id FROM identity_role_bindings
         WHERE organization_id = $1 AND user_id = $2 AND resource_type IS NULL ORDER BY role_id",
    )
    .bind(organization_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(|row| Ok(row.try_get("role_id")?)).collect()
}

/// Ids of the roles a user holds organisation-wide: bound to the user, or to a
/// team the user is a member of.
pub async fn effective_role_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT role_id FROM identity_role_bindings b
         WHERE b.organization_id = $1 AND b.resource_type IS NULL
           AND (b.user_id = $2 OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = $2))
         ORDER BY role_id",
    )
    .bind(organization_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(|row| Ok(row.try_get("role_id")?)).collect()
}

/// Roles a user holds on single resources, directly or through a team:
/// (`<resource_type>:<id>`, role id).
pub async fn scoped_role_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT resource_type, resource_id, role_id FROM identity_role_bindings b
         WHERE b.organization_id = $1 AND b.resource_type IS NOT NULL
           AND (b.user_id = $2 OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = $2))",
    )
    .bind(organization_id)
    .bind(user_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            let kind: String = row.try_get("resource_type")?;
            let id: String = row.try_get("resource_id")?;
            Ok((format!("{kind}:{id}"), row.try_get("role_id")?))
        })
        .collect()
}

/// Permissions of an organisation's custom roles, by role id.
pub async fn custom_role_permissions(
    db: &Database,
    organization_id: &str,
    role_ids: &[String],
) -> Result<Vec<String>> {
    let mut permissions = Vec::new();
    for role_id in role_ids {
        let row = sqlx::query(
            "SELECT permissions FROM identity_roles WHERE organization_id = $1 AND id = $2",
        )
        .bind(organization_id)
        .bind(role_id)
        .fetch_optional(db.pool())
        .await?;
        if let Some(row) = row {
            let list: String = row.try_get("permissions")?;
            let parsed: Vec<String> =
                serde_json::from_str(&list).map_err(secureflow_platform::Error::internal)?;
            permissions.extend(parsed);
        }
    }
    Ok(permissions)
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
    let row = sqlx::query("SELECT * FROM identity_api_tokens WHERE secret_hash = $1")
        .bind(secret_hash)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(api_token_from_row).transpose()
}

/// An organisation's API token by id.
pub async fn api_token_by_id(
    db: &Database,
    organization_id: &str,
    id: &str,
) -> Result<Option<ApiTokenRow>> {
    let row =
        sqlx::query("SELECT * FROM identity_api_tokens WHERE organization_id = $1 AND id = $2")
            .bind(organization_id)
            .bind(id)
            .fetch_optional(db.pool())
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
    let rows = sqlx::query(
        "SELECT * FROM identity_api_tokens WHERE organization_id = $1
           AND ($2 = 1 OR (revoked_at_us IS NULL AND expire_at_us > $3))
         ORDER BY created_at_us DESC, id DESC LIMIT $4 OFFSET $5",
    )
    .bind(organization_id)
    .bind(flag(include_inactive))
    .bind(now_micros())
    .bind(page.limit + 1)
    .bind(page.offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(api_token_from_row).collect()
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
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Records that a token authenticated a call.
pub async fn touch_api_token(db: &Database, id: &str, at_us: i64) -> Result<()> {
    sqlx::query("UPDATE identity_api_tokens SET last_used_us = $2 WHERE id = $1")
        .bind(id)
        .bind(at_us)
        .execute(db.pool())
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
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Signing keys not retired, newest first: (kid, sealed secret). Keys written
/// before secrets were sealed have no sealed form yet (see [`legacy_signing_keys`]).
pub async fn signing_keys(db: &Database) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT kid, sealed_secret FROM identity_signing_keys
         WHERE retired_at_us IS NULL AND sealed_secret IS NOT NULL ORDER BY created_at_us DESC, kid DESC",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("kid")?, row.try_get("sealed_secret")?)))
        .collect()
}

/// Keys still stored in clear (from before sealing): (kid, secret).
pub async fn legacy_signing_keys(db: &Database) -> Result<Vec<(String, Vec<u8>)>> {
    let rows =
        sqlx::query("SELECT kid, secret FROM identity_signing_keys WHERE sealed_secret IS NULL")
            .fetch_all(db.pool())
            .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("kid")?, row.try_get("secret")?)))
        .collect()
}

/// Stores a key's sealed form and erases the clear bytes.
pub async fn set_sealed_signing_key(db: &Database, kid: &str, sealed: &str) -> Result<()> {
    sqlx::query("UPDATE identity_signing_keys SET sealed_secret = $2, secret = $3 WHERE kid = $1")
        .bind(kid)
        .bind(sealed)
        .bind(Vec::<u8>::new())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Stores a new signing key, sealed.
pub async fn insert_signing_key(
    tx: &mut Transaction<'_, Any>,
    kid: &str,
    sealed: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_signing_keys (kid, secret, sealed_secret, created_at_us) VALUES ($1, $2, $3, $4)",
    )
    .bind(kid)
    .bind(Vec::<u8>::new())
    .bind(sealed)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Stores the one-time setup token of an organisation.
pub async fn insert_setup_token(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    token_hash: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_setup_tokens (organization_id, token_hash, created_at_us) VALUES ($1, $2, $3)",
    )
    .bind(organization_id)
    .bind(token_hash)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Spends a setup token; returns its organisation, or `None` if unknown or spent.
pub async fn redeem_setup_token(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
) -> Result<Option<String>> {
    let row = sqlx::query(
        "UPDATE identity_setup_tokens SET redeemed_at_us = $2
         WHERE token_hash = $1 AND redeemed_at_us IS NULL RETURNING organization_id",
    )
    .bind(token_hash)
    .bind(now_micros())
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|row| Ok(row.try_get("organization_id")?))
        .transpose()
}

/// The organisation a setup token (by hash) belongs to, redeemed or not.
pub async fn setup_token_organization(db: &Database, token_hash: &str) -> Result<Option<String>> {
    let row =
        sqlx::query("SELECT organization_id FROM identity_setup_tokens WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(db.pool())
            .await?;
    row.map(|row| Ok(row.try_get("organization_id")?))
        .transpose()
}

/// Updates a user's profile columns.
pub async fn update_user(tx: &mut Transaction<'_, Any>, user: &UserRow) -> Result<bool> {
    let changed = sqlx::query(
        "UPDATE identity_users SET display_name = $3, active = $4, updated_at_us = $5
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(&user.organization_id)
    .bind(&user.id)
    .bind(&user.display_name)
    .bind(flag(user.active))
    .bind(now_micros())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Replaces a user's organisation-wide roles.
pub async fn replace_user_roles(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    user_id: &str,
    role_ids: &[String],
) -> Result<()> {
    sqlx::query(
        "DELETE FROM identity_role_bindings
         WHERE organization_id = $1 AND user_id = $2 AND resource_type IS NULL",
    )
    .bind(organization_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    for role_id in role_ids {
        bind_role_to_user(tx, organization_id, role_id, user_id).await?;
    }
    Ok(())
}

/// Deletes a user with their sessions and bindings.
pub async fn delete_user(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM identity_role_bindings WHERE organization_id = $1 AND user_id = $2")
        .bind(organization_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM identity_users WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(deleted == 1)
}

/// A custom role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// Id (unique in the organisation).
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Permissions.
    pub permissions: Vec<String>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

fn role_from_row(row: &AnyRow) -> Result<RoleRow> {
    let permissions: String = row.try_get("permissions")?;
    Ok(RoleRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        permissions: serde_json::from_str(&permissions)
            .map_err(secureflow_platform::Error::internal)?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// Inserts or replaces a custom role.
pub async fn upsert_role(db: &Database, role: &RoleRow) -> Result<()> {
    let permissions =
        serde_json::to_string(&role.permissions).map_err(secureflow_platform::Error::internal)?;
    sqlx::query(
        "INSERT INTO identity_roles (id, organization_id, name, description, permissions, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, id) DO UPDATE SET name = excluded.name,
             description = excluded.description, permissions = excluded.permissions,
             updated_at_us = excluded.updated_at_us",
    )
    .bind(&role.id)
    .bind(&role.organization_id)
    .bind(&role.name)
    .bind(&role.description)
    .bind(permissions)
    .bind(role.created_at_us)
    .bind(role.updated_at_us)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// An organisation's custom role.
pub async fn role(db: &Database, organization_id: &str, id: &str) -> Result<Option<RoleRow>> {
    let row = sqlx::query("SELECT * FROM identity_roles WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(role_from_row).transpose()
}

/// An organisation's custom roles, by id.
pub async fn roles(db: &Database, organization_id: &str) -> Result<Vec<RoleRow>> {
    let rows = sqlx::query("SELECT * FROM identity_roles WHERE organization_id = $1 ORDER BY id")
        .bind(organization_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(role_from_row).collect()
}

/// Deletes a custom role that nothing is bound to; `Err(FailedPrecondition)` when bound.
pub async fn delete_role(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    let bound: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM identity_role_bindings WHERE organization_id = $1 AND role_id = $2",
    )
    .bind(organization_id)
    .bind(id)
    .fetch_one(db.pool())
    .await?
    .try_get("n")?;
    if bound > 0 {
        return Err(secureflow_platform::Error::new(
            secureflow_platform::ErrorCode::FailedPrecondition,
            format!("role `{id}` is still granted by {bound} binding(s); delete them first"),
        ));
    }
    let deleted = sqlx::query("DELETE FROM identity_roles WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(deleted == 1)
}

/// A role binding.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BindingRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Role granted.
    pub role_id: String,
    /// User receiving it.
    pub user_id: Option<String>,
    /// Team receiving it.
    pub team_id: Option<String>,
    /// Kind of resource it is limited to.
    pub resource_type: Option<String>,
    /// Resource it is limited to.
    pub resource_id: Option<String>,
    /// Created, µs.
    pub created_at_us: i64,
}

fn binding_from_row(row: &AnyRow) -> Result<BindingRow> {
    Ok(BindingRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        role_id: row.try_get("role_id")?,
        user_id: row.try_get("user_id")?,
        team_id: row.try_get("team_id")?,
        resource_type: row.try_get("resource_type")?,
        resource_id: row.try_get("resource_id")?,
        created_at_us: row.try_get("created_at_us")?,
    })
}

/// Inserts a role binding.
pub async fn insert_binding(db: &Database, binding: &BindingRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_role_bindings
             (id, organization_id, role_id, user_id, team_id, resource_type, resource_id, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&binding.id)
    .bind(&binding.organization_id)
    .bind(&binding.role_id)
    .bind(&binding.user_id)
    .bind(&binding.team_id)
    .bind(&binding.resource_type)
    .bind(&binding.resource_id)
    .bind(binding.created_at_us)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// A page of an organisation's bindings, optionally for one user or team; fetches `limit + 1`.
pub async fn list_bindings(
    db: &Database,
    organization_id: &str,
    user_id: &str,
    team_id: &str,
    page: Page,
) -> Result<Vec<BindingRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_role_bindings WHERE organization_id = $1
           AND ($2 = '' OR user_id = $2) AND ($3 = '' OR team_id = $3)
         ORDER BY created_at_us, id LIMIT $4 OFFSET $5",
    )
    .bind(organization_id)
    .bind(user_id)
    .bind(team_id)
    .bind(page.limit + 1)
    .bind(page.offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(binding_from_row).collect()
}

/// An organisation's binding by id.
pub async fn binding(db: &Database, organization_id: &str, id: &str) -> Result<Option<BindingRow>> {
    let row =
        sqlx::query("SELECT * FROM identity_role_bindings WHERE organization_id = $1 AND id = $2")
            .bind(organization_id)
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    row.as_ref().map(binding_from_row).transpose()
}

/// Every binding that grants a role to a team.
pub async fn team_bindings(
    db: &Database,
    organization_id: &str,
    team_id: &str,
) -> Result<Vec<BindingRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_role_bindings WHERE organization_id = $1 AND team_id = $2 ORDER BY id",
    )
    .bind(organization_id)
    .bind(team_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(binding_from_row).collect()
}

/// Deletes a binding.
pub async fn delete_binding(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    let deleted =
        sqlx::query("DELETE FROM identity_role_bindings WHERE organization_id = $1 AND id = $2")
            .bind(organization_id)
            .bind(id)
            .execute(db.pool())
            .await?
            .rows_affected();
    Ok(deleted == 1)
}

/// A team with its members.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TeamRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Unique name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Lead user id.
    pub lead_id: Option<String>,
    /// Member user ids, sorted.
    pub member_ids: Vec<String>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

/// Inserts or updates a team and replaces its members, in one transaction.
pub async fn save_team(db: &Database, team: &TeamRow) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO identity_teams (id, organization_id, name, description, lead_id, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
             lead_id = excluded.lead_id, updated_at_us = excluded.updated_at_us",
    )
    .bind(&team.id)
    .bind(&team.organization_id)
    .bind(&team.name)
    .bind(&team.description)
    .bind(&team.lead_id)
    .bind(team.created_at_us)
    .bind(team.updated_at_us)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM identity_team_members WHERE team_id = $1")
        .bind(&team.id)
        .execute(&mut *tx)
        .await?;
    for member in &team.member_ids {
        sqlx::query("INSERT INTO identity_team_members (team_id, user_id) VALUES ($1, $2)")
            .bind(&team.id)
            .bind(member)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn team_members(db: &Database, team_id: &str) -> Result<Vec<String>> {
    let rows = sqlx::query(
        "SELECT user_id FROM identity_team_members WHERE team_id = $1 ORDER BY user_id",
    )
    .bind(team_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(|row| Ok(row.try_get("user_id")?)).collect()
}

async fn team_from_row(db: &Database, row: &AnyRow) -> Result<TeamRow> {
    let id: String = row.try_get("id")?;
    Ok(TeamRow {
        member_ids: team_members(db, &id).await?,
        id,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        lead_id: row.try_get("lead_id")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// An organisation's team.
pub async fn team(db: &Database, organization_id: &str, id: &str) -> Result<Option<TeamRow>> {
    let row = sqlx::query("SELECT * FROM identity_teams WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    match row {
        Some(row) => Ok(Some(team_from_row(db, &row).await?)),
        None => Ok(None),
    }
}

/// A page of an organisation's teams by name, optionally with one member; fetches `limit + 1`.
pub async fn list_teams(
    db: &Database,
    organization_id: &str,
    member_id: &str,
    page: Page,
) -> Result<Vec<TeamRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_teams t WHERE organization_id = $1
           AND ($2 = '' OR EXISTS (SELECT 1 FROM identity_team_members m WHERE m.team_id = t.id AND m.user_id = $2))
         ORDER BY name LIMIT $3 OFFSET $4",
    )
    .bind(organization_id)
    .bind(member_id)
    .bind(page.limit + 1)
    .bind(page.offset)
    .fetch_all(db.pool())
    .await?;
    let mut teams = Vec::with_capacity(rows.len());
    for row in &rows {
        teams.push(team_from_row(db, row).await?);
    }
    Ok(teams)
}

/// Deletes a team (its bindings go with it).
pub async fn delete_team(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM identity_role_bindings WHERE organization_id = $1 AND team_id = $2")
        .bind(organization_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let deleted = sqlx::query("DELETE FROM identity_teams WHERE organization_id = $1 AND id = $2")
        .bind(organization_id)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    Ok(deleted == 1)
}

/// Which of `user_ids` are users of the organisation.
pub async fn existing_users(
    db: &Database,
    organization_id: &str,
    user_ids: &[String],
) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for id in user_ids {
        if user_by_id(db, organization_id, id).await?.is_some() {
            found.push(id.clone());
        }
    }
    Ok(found)
}

/// Replaces a local user's password hash.
pub async fn set_password_hash(
    tx: &mut Transaction<'_, Any>,
    user_id: &str,
    password_hash: &str,
) -> Result<()> {
    sqlx::query("UPDATE identity_users SET password_hash = $2, updated_at_us = $3 WHERE id = $1")
        .bind(user_id)
        .bind(password_hash)
        .bind(now_micros())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Ends every session of a user: refresh tokens are revoked and access tokens
/// issued until now are refused.
pub async fn end_user_sessions(tx: &mut Transaction<'_, Any>, user_id: &str) -> Result<()> {
    let now = now_micros();
    sqlx::query("UPDATE identity_refresh_tokens SET revoked_at_us = COALESCE(revoked_at_us, $2) WHERE user_id = $1")
        .bind(user_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE identity_users SET sessions_valid_after_us = $2 WHERE id = $1")
        .bind(user_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether a user is active and since when their sessions are valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionState {
    /// Deactivated users' credentials are refused.
    pub active: bool,
    /// Access tokens issued before this (µs) are refused.
    pub sessions_valid_after_us: i64,
}

/// A user's [`SessionState`]; `None` when the user does not exist.
pub async fn user_session_state(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Option<SessionState>> {
    let row = sqlx::query(
        "SELECT active, sessions_valid_after_us FROM identity_users WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok(SessionState {
            active: row.try_get::<i64, _>("active")? != 0,
            sessions_valid_after_us: row.try_get("sessions_valid_after_us")?,
        })
    })
    .transpose()
}

/// Sessions (refresh-token families) of a user revoked since `since_us`.
pub async fn ended_sessions(
    db: &Database,
    organization_id: &str,
    user_id: &str,
    since_us: i64,
) -> Result<std::collections::BTreeSet<String>> {
    let rows = sqlx::query(
        "SELECT DISTINCT family_id FROM identity_refresh_tokens
         WHERE organization_id = $1 AND user_id = $2 AND revoked_at_us >= $3",
    )
    .bind(organization_id)
    .bind(user_id)
    .bind(since_us)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| Ok(row.try_get("family_id")?))
        .collect()
}
