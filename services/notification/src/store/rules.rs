//! `notification_rules`: subscription rules, their lists as JSON.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

use super::{Statement, json, parse};
use crate::domain::rules::Rule;

/// The rules table.
pub const TABLE: Owned = Owned("notification_rules");

/// A stored subscription rule.
pub type RuleRow = super::StoredRule<Rule>;

secureflow_platform::columns! {
    /// A rule's columns as read: from a row, or from a page read as one value
    /// ([`Filtered::page_as`]).
    struct Stored => RuleRow {
        id: String,
        organization_id: String,
        name: String,
        event_types: String,
        min_severity: String,
        verdicts: String,
        repository_ids: String,
        branch: String,
        channel_ids: String,
        user_ids: String,
        team_ids: String,
        notify_assignee: i64,
        priority: String,
        group_window_ms: i64,
        mandatory: i64,
        enabled: i64,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<RuleRow> {
        Ok(RuleRow {
            id: self.id,
            organization_id: self.organization_id,
            rule: Rule {
                name: self.name,
                event_types: parse(&self.event_types)?,
                min_severity: self.min_severity,
                verdicts: parse(&self.verdicts)?,
                repository_ids: parse(&self.repository_ids)?,
                branch: self.branch,
                channel_ids: parse(&self.channel_ids)?,
                user_ids: parse(&self.user_ids)?,
                team_ids: parse(&self.team_ids)?,
                notify_assignee: self.notify_assignee != 0,
                priority: self.priority,
                group_window_ms: self.group_window_ms,
                mandatory: self.mandatory != 0,
                enabled: self.enabled != 0,
            },
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// `query` with a rule's own fields bound (`$3` onwards).
fn fields<'q>(query: Statement<'q>, rule: &Rule) -> Result<Statement<'q>> {
    Ok(query
        .bind(rule.name.clone())
        .bind(json(&rule.event_types)?)
        .bind(rule.min_severity.clone())
        .bind(json(&rule.verdicts)?)
        .bind(json(&rule.repository_ids)?)
        .bind(rule.branch.clone())
        .bind(json(&rule.channel_ids)?)
        .bind(json(&rule.user_ids)?)
        .bind(json(&rule.team_ids)?)
        .bind(i64::from(rule.notify_assignee))
        .bind(rule.priority.clone())
        .bind(rule.group_window_ms)
        .bind(i64::from(rule.mandatory))
        .bind(i64::from(rule.enabled)))
}

/// Stores a new rule; ALREADY_EXISTS when the organisation has one of its
/// name.
pub async fn insert<'e, E: Executor<'e, Database = Any>>(executor: E, row: &RuleRow) -> Result<()> {
    row.insert(
        executor,
        "INSERT INTO notification_rules (organization_id, id, name, event_types, min_severity,
             verdicts, repository_ids, branch, channel_ids, user_ids, team_ids, notify_assignee,
             priority, group_window_ms, mandatory, enabled, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
        fields,
    )
    .await
}

/// Replaces a rule; whether it exists.
pub async fn update<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &RuleRow,
) -> Result<bool> {
    row.update(
        executor,
        "UPDATE notification_rules SET name = $3, event_types = $4, min_severity = $5,
             verdicts = $6, repository_ids = $7, branch = $8, channel_ids = $9, user_ids = $10,
             team_ids = $11, notify_assignee = $12, priority = $13, group_window_ms = $14,
             mandatory = $15, enabled = $16, updated_at_us = $17
         WHERE organization_id = $1 AND id = $2",
        fields,
    )
    .await
}

/// The organisation's rule `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<RuleRow>> {
    super::one(TABLE, db, organization_id, id, Stored::read).await
}

/// A page of the organisation's rules by name.
pub async fn list(db: &Database, organization_id: &str, page: Page) -> Result<Vec<RuleRow>> {
    Filtered::new("SELECT * FROM notification_rules")
        .bound("organization_id = ?", organization_id)
        .page_as::<Stored>(db, ("name, id", "name, id"), page)
        .await
}

/// The organisation's enabled rules (matched in memory).
pub async fn enabled(db: &Database, organization_id: &str) -> Result<Vec<RuleRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_rules WHERE organization_id = $1 AND enabled = 1 ORDER BY id",
    )
    .bind(organization_id.to_owned());
    db.rows(query, Stored::read).await
}

/// Deletes the organisation's rule `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}
