//! `notification_channels`: where notifications go, with their settings,
//! their credentials sealed as one document (never returned), and their
//! health.

use std::collections::BTreeMap;

use secureflow_platform::Result;
use secureflow_platform::bulk::{Bulk, BulkRows, Column};
use secureflow_platform::db::{Backend, Database, Owned, Placeholders, SealedColumn};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

use super::{json, parse};
use crate::domain::channels::{Health, Kind};

/// The channels table.
pub const TABLE: Owned = Owned("notification_channels");

/// The sealed credentials, re-wrapped under the active key at start.
pub const SEALED: SealedColumn = SealedColumn {
    table: "notification_channels",
    keys: &["id"],
    column: "credentials_sealed",
};

/// The context a channel's credentials are sealed under: its row.
pub fn seal_context(id: &str) -> String {
    format!("notification_channels/{id}")
}

/// A stored channel.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Name, unique in the organisation.
    pub name: String,
    /// Transport.
    pub kind: Kind,
    /// Settings.
    pub settings: BTreeMap<String, String>,
    /// Credentials as one sealed JSON document (`None`: none).
    pub credentials_sealed: Option<String>,
    /// Names of the credentials set.
    pub credential_keys: Vec<String>,
    /// Switched on by its admins.
    pub enabled: bool,
    /// Health.
    pub health: Health,
    /// Why it is paused or disabled.
    pub health_reason: String,
    /// When the health last changed, µs.
    pub health_changed_at_us: i64,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

secureflow_platform::columns! {
    /// A channel's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => ChannelRow {
        id: String,
        organization_id: String,
        name: String,
        kind as "type": String,
        settings: String,
        credentials_sealed: Option<String>,
        credential_keys: String,
        enabled: i64,
        state: String,
        state_reason: String,
        state_changed_at_us: i64,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<ChannelRow> {
        Ok(ChannelRow {
            kind: Kind::parse(&self.kind).ok_or_else(|| {
                secureflow_platform::Error::internal(format!(
                    "stored channel type `{}` unknown",
                    self.kind
                ))
            })?,
            id: self.id,
            organization_id: self.organization_id,
            name: self.name,
            settings: parse(&self.settings)?,
            credentials_sealed: self.credentials_sealed,
            credential_keys: parse(&self.credential_keys)?,
            enabled: self.enabled != 0,
            health: Health::parse(&self.state),
            health_reason: self.state_reason,
            health_changed_at_us: self.state_changed_at_us,
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// Stores a new channel; ALREADY_EXISTS when the organisation has one of
/// that name.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &ChannelRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO notification_channels (id, organization_id, name, type, settings,
             credentials_sealed, credential_keys, enabled, state, state_reason,
             state_changed_at_us, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.name.clone())
    .bind(row.kind.name())
    .bind(json(&row.settings)?)
    .bind(row.credentials_sealed.clone())
    .bind(json(&row.credential_keys)?)
    .bind(i64::from(row.enabled))
    .bind(row.health.name())
    .bind(row.health_reason.clone())
    .bind(row.health_changed_at_us)
    .bind(row.created_at_us)
    .bind(row.updated_at_us)
    .execute(executor)
    .await?;
    Ok(())
}

/// Replaces a channel's name, settings, credentials and switch, if it was
/// last updated at `previous_update_us` (no other update in between);
/// whether it was.
pub async fn update<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &ChannelRow,
    previous_update_us: i64,
) -> Result<bool> {
    let updated = sqlx::query(
        "UPDATE notification_channels SET name = $3, settings = $4, credentials_sealed = $5,
             credential_keys = $6, enabled = $7, updated_at_us = $8
         WHERE organization_id = $1 AND id = $2 AND updated_at_us = $9",
    )
    .bind(row.organization_id.clone())
    .bind(row.id.clone())
    .bind(row.name.clone())
    .bind(json(&row.settings)?)
    .bind(row.credentials_sealed.clone())
    .bind(json(&row.credential_keys)?)
    .bind(i64::from(row.enabled))
    .bind(row.updated_at_us)
    .bind(previous_update_us)
    .execute(executor)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Sets a channel's health; whether it has that id.
pub async fn set_health<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    health: Health,
    reason: &str,
    now_us: i64,
) -> Result<bool> {
    let updated = sqlx::query(
        "UPDATE notification_channels SET state = $3, state_reason = $4, state_changed_at_us = $5,
             failures = 0
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(health.name())
    .bind(reason.to_owned())
    .bind(now_us)
    .execute(executor)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// The organisation's channel `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<ChannelRow>> {
    super::one(TABLE, db, organization_id, id, Stored::read).await
}

/// A page of the organisation's channels by name (`kind`: only those).
pub async fn list(
    db: &Database,
    organization_id: &str,
    kind: Option<Kind>,
    page: Page,
) -> Result<Vec<ChannelRow>> {
    Filtered::new("SELECT * FROM notification_channels")
        .bound("organization_id = ?", organization_id)
        .given("type = ?", kind.map(Kind::name).unwrap_or_default())
        .page_as::<Stored>(db, ("name, id", "name, id"), page)
        .await
}

/// Deletes the organisation's channel `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}

/// Adds `failures` to channel `id`'s run of failed attempts (`restart`: a
/// success came first, so the run is `failures` now); the run.
pub async fn add_failures<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    restart: bool,
    failures: i64,
) -> Result<i64> {
    let run: Option<i64> = sqlx::query_scalar(
        "UPDATE notification_channels
         SET failures = CASE WHEN $3 = 1 THEN $4 ELSE failures + $4 END
         WHERE organization_id = $1 AND id = $2
         RETURNING failures",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(i64::from(restart))
    .bind(failures)
    .fetch_optional(executor)
    .await?;
    Ok(run.unwrap_or(0))
}

/// Ends the runs of failures of `channels` (organisation, id) that
/// succeeded, in one statement. A channel with no run is not written: on
/// PostgreSQL every update leaves a dead row version behind, and a busy
/// channel succeeds thousands of times a minute.
pub async fn end_runs<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    backend: Backend,
    channels: &[(String, String)],
) -> Result<()> {
    if channels.is_empty() {
        return Ok(());
    }
    let mut marks = Placeholders::new(backend);
    let source = Bulk::new(backend).rows(
        &mut marks,
        &[("organization_id", Column::Text), ("id", Column::Text)],
    );
    let mut batch = BulkRows::new(backend);
    for (organization_id, id) in channels {
        batch.row().text(organization_id).text(id);
    }
    let among = Bulk::new(backend).among("c.id", &source, "id");
    // Only fixed column names are formatted into the text; the ids are bound.
    let sql = format!(
        "UPDATE notification_channels AS c SET failures = 0 FROM ({source}) AS v
         WHERE c.organization_id = v.organization_id AND c.id = v.id AND c.failures <> 0
           AND {among}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(batch.finish())
        .execute(executor)
        .await?;
    Ok(())
}
