//! `notification_escalation_rules`: the organisations' escalation rules,
//! their levels as one JSON column.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

use super::{Statement, json, parse};
use crate::domain::escalation::EscalationRule;

/// The escalation rules table.
pub const TABLE: Owned = Owned("notification_escalation_rules");

/// A stored escalation rule.
pub type EscalationRow = super::StoredRule<EscalationRule>;

secureflow_platform::columns! {
    /// A rule's columns as read: from a row, or from a page read as one value
    /// ([`Filtered::page_as`]).
    struct Stored => EscalationRow {
        id: String,
        organization_id: String,
        name: String,
        event_type: String,
        min_priority: String,
        levels: String,
        enabled: i64,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<EscalationRow> {
        Ok(EscalationRow {
            id: self.id,
            organization_id: self.organization_id,
            rule: EscalationRule {
                name: self.name,
                event_type: self.event_type,
                min_priority: self.min_priority,
                levels: parse(&self.levels)?,
                enabled: self.enabled != 0,
            },
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
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
    super::one(TABLE, db, organization_id, id, Stored::read).await
}

/// A page of the organisation's rules by name.
pub async fn list(db: &Database, organization_id: &str, page: Page) -> Result<Vec<EscalationRow>> {
    Filtered::new("SELECT * FROM notification_escalation_rules")
        .bound("organization_id = ?", organization_id)
        .page_as::<Stored>(db, ("name, id", "name, id"), page)
        .await
}

/// The organisation's enabled rules, oldest first (the first that applies
/// to a notification escalates it).
pub async fn enabled(db: &Database, organization_id: &str) -> Result<Vec<EscalationRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_escalation_rules WHERE organization_id = $1 AND enabled = 1
         ORDER BY created_at_us, id",
    )
    .bind(organization_id.to_owned());
    db.rows(query, Stored::read).await
}

/// Deletes the organisation's rule `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}
