//! `pipeline_secrets`: a pipeline's secret values, sealed by the secrets
//! service, read only by the engine when a step runs and never returned.

use std::collections::HashMap;

use secureflow_platform::bulk::Bulk;
use secureflow_platform::db::{Database, Owned, Placeholders, SealedColumn};
use secureflow_platform::{Error, Result};
use sqlx::{Any, Row};

/// The secrets table.
pub const TABLE: Owned = Owned("pipeline_secrets");

/// The sealed column, re-wrapped under the active key at start.
pub const SEALED: SealedColumn = SealedColumn {
    table: "pipeline_secrets",
    keys: &["pipeline_id", "name"],
    column: "value_sealed",
};

/// The context a value is sealed under: its row.
pub fn seal_context(pipeline_id: &str, name: &str) -> String {
    format!("pipeline_secrets/{pipeline_id}/{name}")
}

/// Stores (or replaces) a sealed value.
pub async fn put(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
    name: &str,
    sealed: &str,
    now_us: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO pipeline_secrets (pipeline_id, organization_id, name, value_sealed,
             updated_at_us)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (pipeline_id, name) DO UPDATE SET value_sealed = excluded.value_sealed,
             updated_at_us = excluded.updated_at_us",
    )
    .bind(pipeline_id.to_owned())
    .bind(organization_id.to_owned())
    .bind(name.to_owned())
    .bind(sealed.to_owned())
    .bind(now_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Deletes a value; whether there was one.
pub async fn delete(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
    name: &str,
) -> Result<bool> {
    let deleted = sqlx::query(
        "DELETE FROM pipeline_secrets WHERE organization_id = $1 AND pipeline_id = $2 AND name = $3",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .bind(name.to_owned())
    .execute(db.writer())
    .await?;
    Ok(deleted.rows_affected() > 0)
}

/// A pipeline's secrets as `(name, sealed value)`, by name.
pub async fn sealed(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT name, value_sealed FROM pipeline_secrets
         WHERE organization_id = $1 AND pipeline_id = $2 ORDER BY name",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .fetch_all(db.pool())
    .await?;
    let values = rows
        .iter()
        .map(|row| Ok((row.try_get("name")?, row.try_get("value_sealed")?)))
        .collect::<Result<Vec<(String, String)>>>()?;
    Ok(values)
}

/// The names of the secrets that have a value, by pipeline, of the
/// organisation's pipelines `pipeline_ids` (a page of pipelines: one read
/// that costs the page, not the organisation).
pub async fn names_by_pipeline(
    db: &Database,
    organization_id: &str,
    pipeline_ids: &[String],
) -> Result<HashMap<String, Vec<String>>> {
    if pipeline_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut marks = Placeholders::new(db.backend());
    let organization = marks.mark();
    // The ids travel as one bound value (a JSON array), expanded by the database.
    let listed = Bulk::new(db.backend()).texts(&mut marks);
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT pipeline_id, name FROM pipeline_secrets
         WHERE organization_id = {organization} AND pipeline_id IN ({listed})
         ORDER BY pipeline_id, name"
    )))
    .bind(organization_id.to_owned())
    .bind(serde_json::to_string(pipeline_ids).map_err(Error::internal)?)
    .fetch_all(db.pool())
    .await?;
    let mut names: HashMap<String, Vec<String>> = HashMap::new();
    for row in &rows {
        names
            .entry(row.try_get("pipeline_id")?)
            .or_default()
            .push(row.try_get("name")?);
    }
    Ok(names)
}

/// Deletes a pipeline's secrets (with the pipeline).
pub async fn delete_of_pipeline(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<()> {
    TABLE
        .delete_by(&mut **tx, organization_id, "pipeline_id", pipeline_id)
        .await?;
    Ok(())
}
