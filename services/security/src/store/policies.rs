//! `security_policies`: quality-gate policies (scope, conditions as canonical
//! proto3 JSON, enabled flag). Callers validate before writing.

use secureflow_platform::db::{Database, Owned, micros_to_timestamp, now_micros};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::{Condition, Policy, PolicyScope};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::json_text;

/// The policies scoped to a repository, for [`super::RepositoryRows`].
pub(crate) const OF_REPOSITORY: super::RepositoryRows = super::RepositoryRows {
    table: "security_policies",
    unique_with: &[],
};

fn policy_from_row(row: &AnyRow) -> Result<Policy> {
    let patterns: String = row.try_get("branch_patterns")?;
    let conditions: String = row.try_get("conditions")?;
    Ok(Policy {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        scope: Some(PolicyScope {
            repository_id: row.try_get("repository_id")?,
            branch_patterns: serde_json::from_str(&patterns).map_err(Error::internal)?,
        }),
        conditions: serde_json::from_str::<Vec<Condition>>(&conditions).map_err(Error::internal)?,
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        create_time: Some(micros_to_timestamp(row.try_get("created_at_us")?)),
        update_time: Some(micros_to_timestamp(row.try_get("updated_at_us")?)),
    })
}

/// Binds what a policy says (`$3` to `$9`: name, description, repository,
/// branch patterns, conditions, enabled, the time) after the two keys a
/// statement names first.
fn bind_policy<'q>(
    keys: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    policy: &Policy,
) -> Result<sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>> {
    let scope = policy.scope.clone().unwrap_or_default();
    Ok(keys
        .bind(policy.name.trim().to_owned())
        .bind(policy.description.clone())
        .bind(scope.repository_id)
        .bind(json_text(&scope.branch_patterns)?)
        .bind(json_text(&policy.conditions)?)
        .bind(i64::from(policy.enabled))
        .bind(now_micros()))
}

/// Stores a new policy with `id`.
pub async fn insert(db: &Database, organization_id: &str, id: &str, policy: &Policy) -> Result<()> {
    let keys = sqlx::query(
        "INSERT INTO security_policies (id, organization_id, name, description, repository_id,
             branch_patterns, conditions, enabled, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)",
    )
    .bind(id)
    .bind(organization_id);
    bind_policy(keys, policy)?.execute(db.writer()).await?;
    Ok(())
}

/// A policy of the organisation, if any.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<Policy>> {
    let row = Owned("security_policies")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(policy_from_row).transpose()
}

/// Replaces a policy's name, description, scope, conditions and enabled flag;
/// `false` when there is no such policy.
pub async fn update(db: &Database, organization_id: &str, policy: &Policy) -> Result<bool> {
    let keys = sqlx::query(
        "UPDATE security_policies SET name = $3, description = $4, repository_id = $5,
             branch_patterns = $6, conditions = $7, enabled = $8, updated_at_us = $9
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id)
    .bind(&policy.id);
    let updated = bind_policy(keys, policy)?.execute(db.writer()).await?;
    Ok(updated.rows_affected() > 0)
}

/// Deletes a policy.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<()> {
    Owned("security_policies")
        .delete(db.pool(), organization_id, id)
        .await?;
    Ok(())
}

/// A page of the organisation's policies, optionally those that apply to a
/// repository; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<Policy>> {
    Filtered::new("SELECT * FROM security_policies")
        .bound("organization_id = ?", organization_id)
        .given("repository_id = '' OR repository_id = ?", repository_id)
        .page(db, "created_at_us, id", page, policy_from_row)
        .await
}

/// The enabled policies of the organisation that apply to a repository (any
/// branch), oldest first.
pub async fn enabled_for_repository(
    connection: &mut AnyConnection,
    organization_id: &str,
    repository_id: &str,
) -> Result<Vec<Policy>> {
    let rows = sqlx::query(
        "SELECT * FROM security_policies WHERE organization_id = $1 AND enabled = 1
             AND (repository_id = '' OR repository_id = $2)
         ORDER BY created_at_us, id",
    )
    .bind(organization_id)
    .bind(repository_id)
    .fetch_all(&mut *connection)
    .await?;
    rows.iter().map(policy_from_row).collect()
}
