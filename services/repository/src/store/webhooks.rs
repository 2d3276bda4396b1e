//! `repository_webhooks`: a repository's webhooks, their subscribed events and
//! sealed secrets.

use secureflow_platform::db::{Database, Owned, SealedColumn};
use secureflow_platform::{Error, Result};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::domain::repository::Host;

const TABLE: Owned = Owned("repository_webhooks");

/// A stored webhook.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRow {
    /// Id (in the delivery path).
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// The host delivering (how deliveries are verified).
    pub host: Host,
    /// Events subscribed to (none: all).
    pub events: Vec<String>,
    /// The secret, sealed by the secrets service.
    pub secret_sealed: String,
    /// Whether deliveries are accepted.
    pub active: bool,
    /// Last delivery accepted, µs (read from the deliveries log, so that
    /// concurrent deliveries never wait on the webhook's row; the column of
    /// that name is no longer written).
    pub last_delivery_at_us: Option<i64>,
    /// Created, µs.
    pub created_at_us: i64,
}

fn webhook_from_row(row: &AnyRow) -> Result<WebhookRow> {
    let host: String = row.try_get("host")?;
    let events: String = row.try_get("events")?;
    Ok(WebhookRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        repository_id: row.try_get("repository_id")?,
        host: Host::parse(&host)
            .ok_or_else(|| Error::internal(format!("stored host `{host}` is unknown")))?,
        events: serde_json::from_str(&events).map_err(Error::internal)?,
        secret_sealed: row.try_get("secret_sealed")?,
        active: row.try_get::<i64, _>("active")? != 0,
        last_delivery_at_us: row.try_get("last_delivery_at_us")?,
        created_at_us: row.try_get("created_at_us")?,
    })
}

/// Stores a new webhook.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    webhook: &WebhookRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO repository_webhooks (id, organization_id, repository_id, host, events,
             secret_sealed, active, last_delivery_at_us, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(webhook.id.clone())
    .bind(webhook.organization_id.clone())
    .bind(webhook.repository_id.clone())
    .bind(webhook.host.name())
    .bind(serde_json::to_string(&webhook.events).map_err(Error::internal)?)
    .bind(webhook.secret_sealed.clone())
    .bind(i64::from(webhook.active))
    .bind(webhook.last_delivery_at_us)
    .bind(webhook.created_at_us)
    .execute(executor)
    .await?;
    Ok(())
}

/// A repository's webhooks, oldest first.
pub async fn of_repository(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
) -> Result<Vec<WebhookRow>> {
    let query = sqlx::query(
        "SELECT w.id, w.organization_id, w.repository_id, w.host, w.events, w.secret_sealed,
             w.active, w.created_at_us,
             (SELECT MAX(d.received_at_us) FROM repository_deliveries d
               WHERE d.webhook_id = w.id) AS last_delivery_at_us
         FROM repository_webhooks w WHERE w.organization_id = $1 AND w.repository_id = $2
         ORDER BY w.created_at_us, w.id",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned());
    db.rows(query, webhook_from_row).await
}

/// The webhook a delivery path names, in whichever organisation holds it: a
/// delivery carries no credential but its signature, so the path's id is how
/// the receiver finds the organisation, the repository and the secret.
pub async fn by_delivery_path(db: &Database, id: &str) -> Result<Option<WebhookRow>> {
    let query = sqlx::query("SELECT * FROM repository_webhooks WHERE id = $1").bind(id.to_owned());
    db.row(query, webhook_from_row).await
}

/// The webhooks' sealed secrets, re-wrapped as the service starts.
pub const SECRETS: SealedColumn = SealedColumn {
    table: "repository_webhooks",
    keys: &["organization_id", "id"],
    column: "secret_sealed",
};

/// Deletes one webhook of a repository; whether there was one.
pub async fn delete<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    repository_id: &str,
    id: &str,
) -> Result<bool> {
    let deleted = sqlx::query(
        "DELETE FROM repository_webhooks WHERE organization_id = $1 AND repository_id = $2 AND id = $3",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(id.to_owned())
    .execute(executor)
    .await?;
    Ok(deleted.rows_affected() > 0)
}

/// Deletes a repository's webhooks (when it is purged); how many.
pub async fn delete_of_repository<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &'e str,
    repository_id: &'e str,
) -> Result<u64> {
    TABLE
        .delete_by(executor, organization_id, "repository_id", repository_id)
        .await
}
