//! `notification_templates`: an organisation's own templates, at most one
//! per event type and channel type (`""`: every channel type); where it has
//! none the shipped default renders.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

/// The templates table.
pub const TABLE: Owned = Owned("notification_templates");

/// A stored template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// Event type it renders.
    pub event_type: String,
    /// Channel type it is for (`""`: every type).
    pub channel_type: String,
    /// Subject template.
    pub subject: String,
    /// Text body template.
    pub body: String,
    /// HTML body template (e-mail).
    pub html_body: String,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

fn from_row(row: &AnyRow) -> Result<TemplateRow> {
    Ok(TemplateRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        event_type: row.try_get("event_type")?,
        channel_type: row.try_get("channel_type")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        html_body: row.try_get("html_body")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// `query` with the template's organisation and id (`$1`, `$2`) and its
/// fields (`$3` … `$8`) bound.
fn bound<'q>(
    query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    row: &TemplateRow,
) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
    query
        .bind(row.organization_id.clone())
        .bind(row.id.clone())
        .bind(row.name.clone())
        .bind(row.event_type.clone())
        .bind(row.channel_type.clone())
        .bind(row.subject.clone())
        .bind(row.body.clone())
        .bind(row.html_body.clone())
}

/// Stores a new template; ALREADY_EXISTS when the organisation has one for
/// that event and channel type.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &TemplateRow,
) -> Result<()> {
    let query = sqlx::query(
        "INSERT INTO notification_templates (organization_id, id, name, event_type, channel_type,
             subject, body, html_body, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    );
    bound(query, row)
        .bind(row.created_at_us)
        .bind(row.updated_at_us)
        .execute(executor)
        .await?;
    Ok(())
}

/// Replaces a template's fields; whether it exists.
pub async fn update<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &TemplateRow,
) -> Result<bool> {
    let query = sqlx::query(
        "UPDATE notification_templates SET name = $3, event_type = $4, channel_type = $5,
             subject = $6, body = $7, html_body = $8, updated_at_us = $9
         WHERE organization_id = $1 AND id = $2",
    );
    let updated = bound(query, row)
        .bind(row.updated_at_us)
        .execute(executor)
        .await?;
    Ok(updated.rows_affected() == 1)
}

/// The organisation's template `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<TemplateRow>> {
    super::one(TABLE, db, organization_id, id, from_row).await
}

/// The organisation's template for `event_type` on `channel_type`: its own
/// for that channel type, else its own for every type.
pub async fn for_event(
    db: &Database,
    organization_id: &str,
    event_type: &str,
    channel_type: &str,
) -> Result<Option<TemplateRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_templates
         WHERE organization_id = $1 AND event_type = $2 AND channel_type IN ($3, '')
         ORDER BY channel_type DESC LIMIT 1",
    )
    .bind(organization_id.to_owned())
    .bind(event_type.to_owned())
    .bind(channel_type.to_owned());
    db.row(query, from_row).await
}

/// A page of the organisation's templates by event type and name
/// (`event_type`: only those; empty: all).
pub async fn list(
    db: &Database,
    organization_id: &str,
    event_type: &str,
    page: Page,
) -> Result<Vec<TemplateRow>> {
    Filtered::new("SELECT * FROM notification_templates")
        .bound("organization_id = ?", organization_id)
        .given("event_type = ?", event_type)
        .page(db, "event_type, channel_type, id", page, from_row)
        .await
}

/// Deletes the organisation's template `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}
