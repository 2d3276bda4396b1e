//! `repository_deliveries`: each delivery a webhook accepted, once per host
//! delivery id (the idempotency key), for the "recent deliveries" view.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

pub(super) const TABLE: Owned = Owned("repository_deliveries");

/// A delivery accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    /// Webhook.
    pub webhook_id: String,
    /// The host's delivery id.
    pub delivery_id: String,
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// The host's event name.
    pub event: String,
    /// `recorded`, `ping` or `ignored`.
    pub outcome: String,
    /// What was recorded or why it was ignored.
    pub detail: String,
    /// Commits recorded.
    pub commits_recorded: i64,
    /// Received, µs.
    pub received_at_us: i64,
}

/// Records a delivery with what it came to, last in its transaction;
/// `false` (nothing written) when the webhook already accepted this delivery
/// id — the caller rolls back what it did.
pub async fn record(tx: &mut Transaction<'_, Any>, delivery: &DeliveryRow) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO repository_deliveries (webhook_id, delivery_id, organization_id,
             repository_id, event, outcome, detail, commits_recorded, received_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (webhook_id, delivery_id) DO NOTHING",
    )
    .bind(delivery.webhook_id.clone())
    .bind(delivery.delivery_id.clone())
    .bind(delivery.organization_id.clone())
    .bind(delivery.repository_id.clone())
    .bind(delivery.event.clone())
    .bind(delivery.outcome.clone())
    .bind(delivery.detail.clone())
    .bind(delivery.commits_recorded)
    .bind(delivery.received_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() > 0)
}

/// A page of a webhook's deliveries, newest first; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    webhook_id: &str,
    page: Page,
) -> Result<Vec<DeliveryRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_deliveries WHERE organization_id = $1 AND webhook_id = $2
         ORDER BY received_at_us DESC, delivery_id DESC LIMIT $3 OFFSET $4",
    )
    .bind(organization_id.to_owned())
    .bind(webhook_id.to_owned());
    db.page(query, page, delivery_from_row).await
}

fn delivery_from_row(row: &AnyRow) -> Result<DeliveryRow> {
    Ok(DeliveryRow {
        webhook_id: row.try_get("webhook_id")?,
        delivery_id: row.try_get("delivery_id")?,
        organization_id: row.try_get("organization_id")?,
        repository_id: row.try_get("repository_id")?,
        event: row.try_get("event")?,
        outcome: row.try_get("outcome")?,
        detail: row.try_get("detail")?,
        commits_recorded: row.try_get("commits_recorded")?,
        received_at_us: row.try_get("received_at_us")?,
    })
}
