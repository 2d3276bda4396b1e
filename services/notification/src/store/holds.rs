//! `notification_holds` and `notification_held`: what waits to be sent
//! together — the events a subscription rule groups within its window, and
//! the messages a user's quiet hours hold for their digest. One open hold
//! per key; joining it raises its `version`, and releasing it (deleting it
//! and its items) only happens if the version is still the one read, so an
//! item that joins while a hold is being released is never lost: the
//! release fails and is tried again with it.

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

/// What a hold gathers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoldKind {
    /// Events one rule groups into one message.
    Group,
    /// Messages held through one user's quiet hours, sent as one digest.
    Digest,
}

impl HoldKind {
    fn name(self) -> &'static str {
        match self {
            HoldKind::Group => "group",
            HoldKind::Digest => "digest",
        }
    }
}

/// An open hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoldRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// What it gathers; one open hold per key.
    pub hold_key: String,
    /// Its kind.
    pub kind: HoldKind,
    /// The grouping rule (groups).
    pub rule_id: String,
    /// The user (digests).
    pub user_id: String,
    /// The channel the digest goes to (digests).
    pub channel_id: String,
    /// The type of the events grouped (groups).
    pub event_type: String,
    /// Opened, µs.
    pub opened_at_us: i64,
    /// When it is sent, µs.
    pub due_at_us: i64,
    /// Raised by every item that joins.
    pub version: i64,
}

/// One item waiting in a hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldItem {
    /// Unique in its hold (the event, the delivery key): an item offered
    /// twice is kept once.
    pub item_key: String,
    /// Joined, µs.
    pub created_at_us: i64,
    /// What it carries (JSON the use case wrote).
    pub payload: String,
}

fn from_row(row: &AnyRow) -> Result<HoldRow> {
    Ok(HoldRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        hold_key: row.try_get("hold_key")?,
        kind: match row.try_get::<String, _>("kind")?.as_str() {
            "digest" => HoldKind::Digest,
            _ => HoldKind::Group,
        },
        rule_id: row.try_get("rule_id")?,
        user_id: row.try_get("user_id")?,
        channel_id: row.try_get("channel_id")?,
        event_type: row.try_get("event_type")?,
        opened_at_us: row.try_get("opened_at_us")?,
        due_at_us: row.try_get("due_at_us")?,
        version: row.try_get("version")?,
    })
}

/// Adds `item` to the open hold of `hold`'s key — opening `hold` when there
/// is none (its due time then counts) — and returns the hold's id. An item
/// already there is kept once.
pub async fn join(
    tx: &mut sqlx::Transaction<'_, Any>,
    hold: &HoldRow,
    item: &HeldItem,
) -> Result<String> {
    let id: String = sqlx::query_scalar(
        "INSERT INTO notification_holds (id, organization_id, hold_key, kind, rule_id, user_id,
             channel_id, event_type, opened_at_us, due_at_us, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)
         ON CONFLICT (organization_id, hold_key)
         DO UPDATE SET version = notification_holds.version + 1
         RETURNING id",
    )
    .bind(hold.id.clone())
    .bind(hold.organization_id.clone())
    .bind(hold.hold_key.clone())
    .bind(hold.kind.name())
    .bind(hold.rule_id.clone())
    .bind(hold.user_id.clone())
    .bind(hold.channel_id.clone())
    .bind(hold.event_type.clone())
    .bind(hold.opened_at_us)
    .bind(hold.due_at_us)
    .fetch_one(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO notification_held (hold_id, item_key, created_at_us, payload)
         VALUES ($1, $2, $3, $4) ON CONFLICT (hold_id, item_key) DO NOTHING",
    )
    .bind(id.clone())
    .bind(item.item_key.clone())
    .bind(item.created_at_us)
    .bind(item.payload.clone())
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Holds due by `now_us`, soonest first.
pub async fn due(db: &Database, now_us: i64, limit: i64) -> Result<Vec<HoldRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_holds WHERE due_at_us <= $1 ORDER BY due_at_us, id LIMIT $2",
    )
    .bind(now_us)
    .bind(limit);
    db.rows(query, from_row).await
}

/// The soonest time a hold is due, µs.
pub async fn next_due(db: &Database) -> Result<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT MIN(due_at_us) FROM notification_holds")
            .fetch_one(db.pool())
            .await?,
    )
}

/// The items of hold `id`, in the order they joined.
pub async fn items(db: &Database, id: &str) -> Result<Vec<HeldItem>> {
    let query = sqlx::query(
        "SELECT item_key, created_at_us, payload FROM notification_held
         WHERE hold_id = $1 ORDER BY created_at_us, item_key",
    )
    .bind(id.to_owned());
    db.rows(query, |row| {
        Ok(HeldItem {
            item_key: row.try_get("item_key")?,
            created_at_us: row.try_get("created_at_us")?,
            payload: row.try_get("payload")?,
        })
    })
    .await
}

/// Releases `hold` — deletes it and its items — if nothing joined it since
/// it was read at `hold.version`; whether it was released.
pub async fn release(tx: &mut sqlx::Transaction<'_, Any>, hold: &HoldRow) -> Result<bool> {
    let released = sqlx::query("DELETE FROM notification_holds WHERE id = $1 AND version = $2")
        .bind(hold.id.clone())
        .bind(hold.version)
        .execute(&mut **tx)
        .await?
        .rows_affected()
        == 1;
    if released {
        delete_items(&mut **tx, &hold.id).await?;
    }
    Ok(released)
}

async fn delete_items<'e, E: Executor<'e, Database = Any>>(executor: E, id: &str) -> Result<()> {
    sqlx::query("DELETE FROM notification_held WHERE hold_id = $1")
        .bind(id.to_owned())
        .execute(executor)
        .await?;
    Ok(())
}
