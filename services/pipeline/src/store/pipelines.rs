//! `pipeline_pipelines` and `pipeline_definitions`: a pipeline, unique in
//! its organisation by repository and name, and every version of its
//! definition as written (an execution runs the version it recorded).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

/// The pipelines table.
pub const TABLE: Owned = Owned("pipeline_pipelines");
/// The definitions table.
pub const DEFINITIONS: Owned = Owned("pipeline_definitions");

/// A stored pipeline with its current definition.
#[derive(Debug, Clone, PartialEq)]
pub struct PipelineRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Repository it belongs to, or empty.
    pub repository_id: String,
    /// Name (from the definition).
    pub name: String,
    /// Whether it can be executed.
    pub enabled: bool,
    /// Current definition version, from 1.
    pub version: i64,
    /// The current definition's text.
    pub definition: String,
    /// Executions queued so far (the last one's number).
    pub executions: i64,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

const SELECT: &str = "SELECT p.id, p.organization_id, p.repository_id, p.name, p.enabled,
        p.version, p.executions, p.created_at_us, p.updated_at_us, d.definition
    FROM pipeline_pipelines p
    JOIN pipeline_definitions d ON d.pipeline_id = p.id AND d.version = p.version";

secureflow_platform::columns! {
    /// A pipeline's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => PipelineRow {
        id: String,
        organization_id: String,
        repository_id: String,
        name: String,
        enabled: i64,
        version: i64,
        definition: String,
        executions: i64,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<PipelineRow> {
        Ok(PipelineRow {
            id: self.id,
            organization_id: self.organization_id,
            repository_id: self.repository_id,
            name: self.name,
            enabled: self.enabled != 0,
            version: self.version,
            definition: self.definition,
            executions: self.executions,
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// Stores a new pipeline with its first definition; ALREADY_EXISTS when the
/// repository (or organisation) has a pipeline of that name.
pub async fn insert(
    tx: &mut sqlx::Transaction<'_, Any>,
    row: &PipelineRow,
    created_by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO pipeline_pipelines (id, organization_id, repository_id, name, enabled,
             version, executions, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7)",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.repository_id.clone())
    .bind(row.name.clone())
    .bind(i64::from(row.enabled))
    .bind(row.version)
    .bind(row.created_at_us)
    .execute(&mut **tx)
    .await?;
    insert_definition(tx, row, created_by).await
}

async fn insert_definition(
    tx: &mut sqlx::Transaction<'_, Any>,
    row: &PipelineRow,
    created_by: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO pipeline_definitions (pipeline_id, organization_id, version, definition,
             created_by, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.version)
    .bind(row.definition.clone())
    .bind(created_by.to_owned())
    .bind(row.updated_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces a pipeline's settings; a new definition version is stored when
/// `row.version` is above the stored one. `false` when there is no such
/// pipeline or another update raised its version first.
pub async fn update(
    tx: &mut sqlx::Transaction<'_, Any>,
    row: &PipelineRow,
    previous_version: i64,
    updated_by: &str,
) -> Result<bool> {
    let updated = sqlx::query(
        "UPDATE pipeline_pipelines SET repository_id = $3, name = $4, enabled = $5, version = $6,
             updated_at_us = $7
         WHERE organization_id = $1 AND id = $2 AND version = $8",
    )
    .bind(row.organization_id.clone())
    .bind(row.id.clone())
    .bind(row.repository_id.clone())
    .bind(row.name.clone())
    .bind(i64::from(row.enabled))
    .bind(row.version)
    .bind(row.updated_at_us)
    .bind(previous_version)
    .execute(&mut **tx)
    .await?;
    if updated.rows_affected() == 0 {
        return Ok(false);
    }
    if row.version > previous_version {
        insert_definition(tx, row, updated_by).await?;
    }
    Ok(true)
}

/// Takes the next execution number of a pipeline; `None` when there is no
/// such pipeline.
pub async fn next_number(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
) -> Result<Option<i64>> {
    let number = sqlx::query_scalar::<_, i64>(
        "UPDATE pipeline_pipelines SET executions = executions + 1
         WHERE organization_id = $1 AND id = $2 RETURNING executions",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(number)
}

/// The organisation's pipeline `id` with its current definition.
pub async fn find<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
) -> Result<Option<PipelineRow>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.organization_id = $1 AND p.id = $2"
    )))
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(Stored::read).transpose()
}

/// The pipeline named `name` of a repository (of the organisation when
/// `repository_id` is empty).
pub async fn by_name(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    name: &str,
) -> Result<Option<PipelineRow>> {
    let query = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.organization_id = $1 AND p.repository_id = $2 AND p.name = $3"
    )))
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(name.to_owned());
    db.row(query, Stored::read).await
}

/// The text of version `version` of a pipeline's definition.
pub async fn definition(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
    version: i64,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar::<_, String>(
        "SELECT definition FROM pipeline_definitions
         WHERE organization_id = $1 AND pipeline_id = $2 AND version = $3",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .bind(version)
    .fetch_optional(db.pool())
    .await?)
}

/// A page of the organisation's pipelines by name (of one repository when
/// `repository_id` is not empty).
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<PipelineRow>> {
    // Each read along its own index: the organisation's pipelines by name
    // (migration 6), or one repository's.
    Filtered::new(SELECT)
        .bound("p.organization_id = ?", organization_id)
        .given("p.repository_id = ?", repository_id)
        .page_as::<Stored>(db, ("p.name, p.id", "name, id"), page)
        .await
}

/// Pipelines of a repository (every organisation's copy is its own), for
/// triggers.
pub async fn of_repository(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
) -> Result<Vec<PipelineRow>> {
    let query = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.organization_id = $1 AND p.repository_id = $2 AND p.enabled = 1
         ORDER BY p.name"
    )))
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned());
    db.rows(query, Stored::read).await
}

/// Deletes a pipeline and every version of its definition; whether it had one.
pub async fn delete(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
) -> Result<bool> {
    DEFINITIONS
        .delete_by(&mut **tx, organization_id, "pipeline_id", id)
        .await?;
    TABLE.delete(&mut **tx, organization_id, id).await
}
