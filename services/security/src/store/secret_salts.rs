//! `security_secret_salts`: each organisation's salt for secret hashes, sealed
//! by the secrets service.

use secureflow_platform::Result;
use secureflow_platform::db::SealedColumn;
use secureflow_platform::secrets::Secrets;
use sqlx::{Any, Row, Transaction};

/// The organisations' sealed salts, re-wrapped as the service starts.
pub const SALTS: SealedColumn = SealedColumn {
    table: "security_secret_salts",
    keys: &["organization_id"],
    column: "sealed_salt",
};

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
