//! `notification_rules`: subscription rules, their lists as JSON.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use super::{Statement, json, parse};
use crate::domain::rules::Rule;

/// The rules table.
pub const TABLE: Owned = Owned("notification_rules");

/// A stored subscription rule.
pub type RuleRow = super::StoredRule<Rule>;

fn from_row(row: &AnyRow) -> Result<RuleRow> {
    RuleRow::read(row, |row| {
        Ok(Rule {
            name: row.try_get("name")?,
            event_types: parse(&row.try_get::<String, _>("event_types")?)?,
            min_severity: row.try_get("min_severity")?,
            verdicts: parse(&row.try_get::<String, _>("verdicts")?)?,
            repository_ids: parse(&row.try_get::<String, _>("repository_ids")?)?,
            branch: row.try_get("branch")?,
            channel_ids: parse(&row.try_get::<String, _>("channel_ids")?)?,
            user_ids: parse(&row.try_get::<String, _>("user_ids")?)?,
            team_ids: parse(&row.try_get::<String, _>("team_ids")?)?,
            notify_assignee: row.try_get::<i64, _>("notify_assignee")? != 0,
            priority: row.try_get("priority")?,
            group_window_ms: row.try_get("group_window_ms")?,
            mandatory: row.try_get::<i64, _>("mandatory")? != 0,
            enabled: row.try_get::<i64, _>("enabled")? != 0,
        })
    })
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
    super::one(TABLE, db, organization_id, id, from_row).await
}

/// A page of the organisation's rules by name.
pub async fn list(db: &Database, organization_id: &str, page: Page) -> Result<Vec<RuleRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_rules WHERE organization_id = $1
         ORDER BY name, id LIMIT $2 OFFSET $3",
    )
    .bind(organization_id.to_owned());
    db.page(query, page, from_row).await
}

/// The organisation's enabled rules (matched in memory).
pub async fn enabled(db: &Database, organization_id: &str) -> Result<Vec<RuleRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_rules WHERE organization_id = $1 AND enabled = 1 ORDER BY id",
    )
    .bind(organization_id.to_owned());
    db.rows(query, from_row).await
}

/// Deletes the organisation's rule `id`; whether it had one.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    TABLE.delete(db.writer(), organization_id, id).await
}
