//! `notification_escalation_rules`: the organisations' escalation rules,
//! their levels as one JSON column.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use super::{Statement, json, parse};
use crate::domain::escalation::EscalationRule;

/// The escalation rules table.
pub const TABLE: Owned = Owned("notification_escalation_rules");

/// A stored escalation rule.
pub type EscalationRow = super::StoredRule<EscalationRule>;

fn from_row(row: &AnyRow) -> Result<EscalationRow> {
    EscalationRow::read(row, |row| {
        Ok(EscalationRule {
            name: row.try_get("name")?,
            event_type: row.try_get("event_type")?,
            min_priority: row.try_get("min_priority")?,
            levels: parse(&row.try_get::<String, _>("levels")?)?,
            enabled: row.try_get::<i64, _>("enabled")? != 0,
        })
    })
}

/// `query` with a rule's own fields bound (`$3` onwards).
fn fields<'q>(query: Statement<'q>, rule: &EscalationRule) -> Result<Statement<'q>> {
    Ok(query
        .bind(rule.name.clone())
        .bind(rule.event_type.clone())
        .bind(rule.min_priority.clone())
        .bind(json(&rule.levels)?)
        .bind(i64::from(rule.enabled)))
}

/// Stores a new rule; ALREADY_EXISTS when the organisation has one of its
/// name.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &EscalationRow,
) -> Result<()> {
    row.insert(
        executor,
        "INSERT INTO notification_escalation_rules (organization_id, id, name, event_type,
             min_priority, levels, enabled, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        fields,
    )
    .await
}

/// Replaces a rule; whether it exists.
pub async fn update<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &EscalationRow,
) -> Result<bool> {
    row.update(
        executor,
        "UPDATE notification_escalation_rules SET name = $3, event_type = $4, min_priority = $5,
             levels = $6, enabled = $7, updated_at_us = $8
         WHERE organization_id = $1 AND id = $2",
        fields,
    )
    .await
}

/// The organisation's rule `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<EscalationRow>> {
    super::one(TABLE, db, organization_id, id, from_row).await
}

/// A page of the organisation's rules by name.
pub async fn list(db: &Database, organization_id: &str, page: Page) -> Result<Vec<EscalationRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_escalation_rules WHERE organization_id = $1
         ORDER BY name, id LIMIT $2 OFFSET $3",
    )
    .bind(organization_id.to_owned());
    db.page(query, page, from_row).await
}

/// The organisation's enabled rules, oldest first (the first that applies
/// to a notification escalates it).
pub async fn enabled(db: &Database, organization_id: &str) -> Result<Vec<EscalationRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_escalation_rules WHERE organization_id = $1 AND enabled = 1
         ORDER BY created_at_us, id",
    )
    .bind(organization_id.to_owned());
    db.rows(query, from_row).await
}

/// Deletes the organisation's rule `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}
