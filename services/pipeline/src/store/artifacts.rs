//! `pipeline_artifacts`: the files an execution's steps produced and kept,
//! one row per file (its content is in the blob store, see
//! `engine::artifacts`).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::{Any, Row};

/// The table.
pub const TABLE: Owned = Owned("pipeline_artifacts");

/// One kept file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactRow {
    /// Execution.
    pub execution_id: String,
    /// Organisation.
    pub organization_id: String,
    /// Path in the work directory.
    pub name: String,
    /// Stage of the step that produced it.
    pub stage: String,
    /// The step.
    pub step: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// SHA-256, hex.
    pub sha256: String,
    /// Kept at, µs.
    pub created_at_us: i64,
    /// The execution that produced it, when this one reused it.
    pub reused_from: String,
    /// Removed after, µs.
    pub expires_at_us: i64,
}

macro_rules! columns {
    () => {
        "execution_id, organization_id, name, stage, step, size_bytes, sha256, created_at_us, reused_from, expires_at_us"
    };
}

fn read(row: &sqlx::any::AnyRow) -> Result<ArtifactRow> {
    Ok(ArtifactRow {
        execution_id: row.try_get("execution_id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        stage: row.try_get("stage")?,
        step: row.try_get("step")?,
        size_bytes: row.try_get("size_bytes")?,
        sha256: row.try_get("sha256")?,
        created_at_us: row.try_get("created_at_us")?,
        reused_from: row.try_get("reused_from")?,
        expires_at_us: row.try_get("expires_at_us")?,
    })
}

/// Records `rows` (a step's files), replacing any of the same name (a
/// retried step keeps its last try's).
pub async fn save(tx: &mut sqlx::Transaction<'_, Any>, rows: &[ArtifactRow]) -> Result<()> {
    for row in rows {
        sqlx::query("DELETE FROM pipeline_artifacts WHERE execution_id = $1 AND name = $2")
            .bind(row.execution_id.clone())
            .bind(row.name.clone())
            .execute(&mut **tx)
            .await?;
        sqlx::query(concat!(
            "INSERT INTO pipeline_artifacts (",
            columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        ))
        .bind(row.execution_id.clone())
        .bind(row.organization_id.clone())
        .bind(row.name.clone())
        .bind(row.stage.clone())
        .bind(row.step.clone())
        .bind(row.size_bytes)
        .bind(row.sha256.clone())
        .bind(row.created_at_us)
        .bind(row.reused_from.clone())
        .bind(row.expires_at_us)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The files execution `execution_id` of `organization_id` kept, in the order kept.
pub async fn of_execution(
    db: &Database,
    organization_id: &str,
    execution_id: &str,
) -> Result<Vec<ArtifactRow>> {
    let query = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM pipeline_artifacts
         WHERE organization_id = $1 AND execution_id = $2 ORDER BY created_at_us, name"
    ))
    .bind(organization_id.to_owned())
    .bind(execution_id.to_owned());
    db.rows(query, read).await
}

/// One file of an execution, by name.
pub async fn find(
    db: &Database,
    organization_id: &str,
    execution_id: &str,
    name: &str,
) -> Result<Option<ArtifactRow>> {
    let query = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM pipeline_artifacts
         WHERE organization_id = $1 AND execution_id = $2 AND name = $3"
    ))
    .bind(organization_id.to_owned())
    .bind(execution_id.to_owned())
    .bind(name.to_owned());
    db.row(query, read).await
}

/// Up to `limit` artifacts of every organisation expired at `now_us`, oldest first.
pub async fn expired(db: &Database, now_us: i64, limit: i64) -> Result<Vec<ArtifactRow>> {
    let query = sqlx::query(concat!(
        "SELECT ",
        columns!(),
        " FROM pipeline_artifacts WHERE expires_at_us <= $1 ORDER BY expires_at_us LIMIT $2"
    ))
    .bind(now_us)
    .bind(limit);
    db.rows(query, read).await
}

/// Forgets artifact `name` of execution `execution_id`; whether another of
/// the execution's artifacts still has digest `sha256` (its content stays).
pub async fn forget(
    tx: &mut sqlx::Transaction<'_, Any>,
    execution_id: &str,
    name: &str,
    sha256: &str,
) -> Result<bool> {
    sqlx::query("DELETE FROM pipeline_artifacts WHERE execution_id = $1 AND name = $2")
        .bind(execution_id.to_owned())
        .bind(name.to_owned())
        .execute(&mut **tx)
        .await?;
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pipeline_artifacts WHERE execution_id = $1 AND sha256 = $2",
    )
    .bind(execution_id.to_owned())
    .bind(sha256.to_owned())
    .fetch_one(&mut **tx)
    .await?;
    Ok(left > 0)
}
