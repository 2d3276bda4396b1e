//! `identity_signing_keys`: the keys that sign access tokens, sealed at rest.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use sqlx::{Any, Row, Transaction};

/// Signing keys not retired, newest first: (kid, sealed secret). Keys written
/// before secrets were sealed have no sealed form yet (see [`legacy_signing_keys`]).
pub async fn signing_keys(db: &Database) -> Result<Vec<(String, String)>> {
    let query = sqlx::query(
        "SELECT kid, sealed_secret FROM identity_signing_keys
         WHERE retired_at_us IS NULL AND sealed_secret IS NOT NULL ORDER BY created_at_us DESC, kid DESC",
    );
    db.rows(query, |row| {
        Ok((row.try_get("kid")?, row.try_get("sealed_secret")?))
    })
    .await
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
        .execute(db.writer())
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
