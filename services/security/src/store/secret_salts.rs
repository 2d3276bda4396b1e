//! `security_secret_salts`: each organisation's salt for secret hashes, sealed
//! by the secrets service.

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::secrets::Secrets;
use sqlx::{Any, Row, Transaction};

/// Re-wraps every organisation's sealed salt under the secrets service's
/// active key version (run at start: key rotation restarts the server with
/// the new key active); how many could not be.
pub async fn rewrap(db: &Database, secrets: &Secrets) -> Result<usize> {
    let rows = sqlx::query("SELECT organization_id, sealed_salt FROM security_secret_salts")
        .fetch_all(db.pool())
        .await?;
    let sealed = rows
        .iter()
        .map(|row| Ok((row.try_get("organization_id")?, row.try_get("sealed_salt")?)))
        .collect::<Result<Vec<(String, String)>>>()?;
    secrets
        .rewrap_each(
            "secret salt",
            sealed,
            |organization_id, sealed| async move {
                sqlx::query(
                    "UPDATE security_secret_salts SET sealed_salt = $2 WHERE organization_id = $1",
                )
                .bind(organization_id)
                .bind(sealed)
                .execute(db.pool())
                .await?;
                Ok(())
            },
        )
        .await
}

/// The organisation's salt for secret hashes, made on first use and kept sealed.
pub async fn get_or_create(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    secrets: &Secrets,
) -> Result<Vec<u8>> {
    let context = format!("security/secret-salt/{organization_id}");
    let select = "SELECT sealed_salt FROM security_secret_salts WHERE organization_id = $1";
    if let Some(row) = sqlx::query(select)
        .bind(organization_id)
        .fetch_optional(&mut **tx)
        .await?
    {
        return secrets.open(&row.try_get::<String, _>("sealed_salt")?, &context);
    }
    let mut salt = [0u8; 32];
    getrandom::fill(&mut salt).map_err(secureflow_platform::Error::internal)?;
    sqlx::query(
        "INSERT INTO security_secret_salts (organization_id, sealed_salt) VALUES ($1, $2)
         ON CONFLICT (organization_id) DO NOTHING",
    )
    .bind(organization_id)
    .bind(secrets.seal(&salt, &context)?)
    .execute(&mut **tx)
    .await?;
    let row = sqlx::query(select)
        .bind(organization_id)
        .fetch_one(&mut **tx)
        .await?;
    secrets.open(&row.try_get::<String, _>("sealed_salt")?, &context)
}
