//! `repository_connections`: the organisation's connections to the hosts'
//! APIs, each with its token or GitHub App key sealed.

use secureflow_platform::db::{Database, Owned, SealedColumn};
use secureflow_platform::{Error, Result};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::domain::connection::{Auth, Settings};
use crate::domain::repository::Host;

const TABLE: Owned = Owned("repository_connections");

/// A stored connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// What it is.
    pub settings: Settings,
    /// The token or private key, sealed by the secrets service.
    pub secret_sealed: String,
    /// Created, µs.
    pub created_at_us: i64,
}

/// The connections' sealed secrets, re-wrapped as the service starts.
pub const SECRETS: SealedColumn = SealedColumn {
    table: "repository_connections",
    keys: &["organization_id", "id"],
    column: "secret_sealed",
};

fn connection_from_row(row: &AnyRow) -> Result<ConnectionRow> {
    let host: String = row.try_get("host")?;
    let auth: String = row.try_get("auth")?;
    let unknown =
        |what: &str, value: &str| Error::internal(format!("stored {what} `{value}` is unknown"));
    Ok(ConnectionRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        settings: Settings {
            name: row.try_get("name")?,
            host: Host::parse(&host).ok_or_else(|| unknown("host", &host))?,
            api_url: row.try_get("api_url")?,
            auth: Auth::parse(&auth).ok_or_else(|| unknown("auth", &auth))?,
            app_id: row.try_get("app_id")?,
            installation_id: row.try_get("installation_id")?,
        },
        secret_sealed: row.try_get("secret_sealed")?,
        created_at_us: row.try_get("created_at_us")?,
    })
}

/// Stores a new connection (ALREADY_EXISTS when the organisation has one of that name).
pub async fn insert(db: &Database, connection: &ConnectionRow) -> Result<()> {
    let settings = &connection.settings;
    sqlx::query(
        "INSERT INTO repository_connections (id, organization_id, name, host, api_url, auth,
             app_id, installation_id, secret_sealed, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(connection.id.clone())
    .bind(connection.organization_id.clone())
    .bind(settings.name.clone())
    .bind(settings.host.name())
    .bind(settings.api_url.clone())
    .bind(settings.auth.name())
    .bind(settings.app_id.clone())
    .bind(settings.installation_id.clone())
    .bind(connection.secret_sealed.clone())
    .bind(connection.created_at_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The organisation's connections, oldest first.
pub async fn list(db: &Database, organization_id: &str) -> Result<Vec<ConnectionRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_connections WHERE organization_id = $1 ORDER BY created_at_us, id",
    )
    .bind(organization_id.to_owned());
    db.rows(query, connection_from_row).await
}

/// A connection of the organisation, if any.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<ConnectionRow>> {
    let row = TABLE.get(db.pool(), organization_id, id).await?;
    row.as_ref().map(connection_from_row).transpose()
}

/// Deletes a connection; whether there was one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.pool(), organization_id, id).await
}
