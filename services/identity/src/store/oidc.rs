//! `identity_oidc_providers` (each organisation's OpenID Connect provider, the
//! client secret sealed) and `identity_oidc_logins` (log-ins in progress).

use secureflow_platform::db::{Database, SealedColumn};
use secureflow_platform::{Error, Result};
use sqlx::{Any, Row, Transaction};

use crate::oidc::OidcSettings;

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::internal)
}

/// The sealed client secret of the organisation's provider.
pub async fn sealed_client_secret(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
) -> Result<String> {
    let existing = sqlx::query(
        "SELECT sealed_client_secret FROM identity_oidc_providers WHERE organization_id = $1",
    )
    .bind(organization_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(existing.try_get("sealed_client_secret")?)
}

/// The providers' sealed client secrets, re-wrapped when keys rotate.
pub const CLIENT_SECRETS: SealedColumn = SealedColumn {
    table: "identity_oidc_providers",
    keys: &["organization_id"],
    column: "sealed_client_secret",
};

/// Stores the organisation's provider with its client secret `sealed`.
pub async fn save_provider(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    settings: &OidcSettings,
    sealed: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_oidc_providers (organization_id, issuer, client_id, sealed_client_secret, redirect_uri,
             scopes, groups_claim, group_role_mappings, default_role_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (organization_id) DO UPDATE SET issuer = excluded.issuer, client_id = excluded.client_id,
             sealed_client_secret = excluded.sealed_client_secret, redirect_uri = excluded.redirect_uri,
             scopes = excluded.scopes, groups_claim = excluded.groups_claim,
             group_role_mappings = excluded.group_role_mappings, default_role_id = excluded.default_role_id",
    )
    .bind(organization_id)
    .bind(settings.issuer.trim_end_matches('/'))
    .bind(&settings.client_id)
    .bind(sealed)
    .bind(&settings.redirect_uri)
    .bind(json(&settings.scopes)?)
    .bind(&settings.groups_claim)
    .bind(json(&settings.group_role_mappings)?)
    .bind(&settings.default_role_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The organisation's provider without its client secret, and the secret sealed.
pub async fn provider(
    db: &Database,
    organization_id: &str,
) -> Result<Option<(OidcSettings, String)>> {
    let row = sqlx::query("SELECT * FROM identity_oidc_providers WHERE organization_id = $1")
        .bind(organization_id)
        .fetch_optional(db.pool())
        .await?;
    let Some(row) = row else { return Ok(None) };
    let parse = |column: &str| -> Result<serde_json::Value> {
        let text: String = row.try_get(column)?;
        serde_json::from_str(&text).map_err(Error::internal)
    };
    let settings = OidcSettings {
        issuer: row.try_get("issuer")?,
        client_id: row.try_get("client_id")?,
        client_secret: String::new(),
        redirect_uri: row.try_get("redirect_uri")?,
        scopes: serde_json::from_value(parse("scopes")?).map_err(Error::internal)?,
        groups_claim: row.try_get("groups_claim")?,
        group_role_mappings: serde_json::from_value(parse("group_role_mappings")?)
            .map_err(Error::internal)?,
        default_role_id: row.try_get("default_role_id")?,
    };
    Ok(Some((settings, row.try_get("sealed_client_secret")?)))
}

/// A log-in in progress: what the provider's answer is checked against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLogin {
    /// The `state` sent to the provider (the key).
    pub state: String,
    /// Organisation.
    pub organization_id: String,
    /// The `nonce` the ID token must carry.
    pub nonce: String,
    /// PKCE verifier.
    pub code_verifier: String,
    /// Redirect URI used.
    pub redirect_uri: String,
    /// When it stops being accepted, µs.
    pub expire_at_us: i64,
}

/// Stores a log-in in progress.
pub async fn insert_login(db: &Database, login: &PendingLogin) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_oidc_logins (state, organization_id, nonce, code_verifier, redirect_uri, expire_at_us)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&login.state)
    .bind(&login.organization_id)
    .bind(&login.nonce)
    .bind(&login.code_verifier)
    .bind(&login.redirect_uri)
    .bind(login.expire_at_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Takes (deletes and returns) the log-in of `state`: a state is spent once.
pub async fn take_login(db: &Database, state: &str) -> Result<Option<PendingLogin>> {
    let row = sqlx::query(
        "DELETE FROM identity_oidc_logins WHERE state = $1
         RETURNING organization_id, nonce, code_verifier, redirect_uri, expire_at_us",
    )
    .bind(state)
    .fetch_optional(db.writer())
    .await?;
    row.map(|row| {
        Ok(PendingLogin {
            state: state.to_owned(),
            organization_id: row.try_get("organization_id")?,
            nonce: row.try_get("nonce")?,
            code_verifier: row.try_get("code_verifier")?,
            redirect_uri: row.try_get("redirect_uri")?,
            expire_at_us: row.try_get("expire_at_us")?,
        })
    })
    .transpose()
}
