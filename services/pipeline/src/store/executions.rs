//! `pipeline_executions`: every execution, its status and its stages' and
//! steps' state (one JSON document, written only by the task running it).

use std::collections::BTreeMap;

use secureflow_platform::db::{Database, Owned, Placeholders};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use crate::domain::definition::Event;
use crate::domain::run::{RunState, Status};

/// The table.
pub const TABLE: Owned = Owned("pipeline_executions");

/// A stored execution.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Pipeline.
    pub pipeline_id: String,
    /// Number within the pipeline, from 1.
    pub number: i64,
    /// Definition version it runs.
    pub pipeline_version: i64,
    /// Status.
    pub status: Status,
    /// What started it.
    pub trigger: Event,
    /// Who started it (user or token subject, or `system`).
    pub triggered_by: String,
    /// Branch.
    pub branch: String,
    /// Commit.
    pub commit_sha: String,
    /// Pull request number (pull-request triggers).
    pub pull_request_number: i64,
    /// Variables given for this run.
    pub variables: BTreeMap<String, String>,
    /// Stages and steps.
    pub state: RunState,
    /// Why it did not succeed.
    pub failure_reason: String,
    /// The caller's idempotency key, or empty.
    pub request_id: String,
    /// Lines in its log.
    pub log_lines: i64,
    /// The execution it re-runs, or empty.
    pub rerun_of: String,
    /// Queued, µs.
    pub created_at_us: i64,
    /// Started, µs.
    pub started_at_us: Option<i64>,
    /// Finished, µs.
    pub ended_at_us: Option<i64>,
}

fn execution_from_row(row: &AnyRow) -> Result<ExecutionRow> {
    let variables: String = row.try_get("variables")?;
    let stages: String = row.try_get("stages")?;
    Ok(ExecutionRow {
        variables: serde_json::from_str(&variables).map_err(Error::internal)?,
        state: serde_json::from_str(&stages).map_err(Error::internal)?,
        ..summary_from_row(row)?
    })
}

/// The columns of an execution's summary: all but its variables and stages
/// (the larger part of a row, and of reading it).
const SUMMARY_COLUMNS: &str = "id, organization_id, pipeline_id, number, pipeline_version, status,
    trigger, triggered_by, branch, commit_sha, pull_request_number, failure_reason, request_id,
    log_lines, rerun_of, created_at_us, started_at_us, ended_at_us";

/// An execution read from [`SUMMARY_COLUMNS`]: its variables and stages
/// left empty.
fn summary_from_row(row: &AnyRow) -> Result<ExecutionRow> {
    let status: String = row.try_get("status")?;
    let trigger: String = row.try_get("trigger")?;
    let stored =
        |what: &str, value: &str| Error::internal(format!("stored {what} `{value}` is unknown"));
    Ok(ExecutionRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        pipeline_id: row.try_get("pipeline_id")?,
        number: row.try_get("number")?,
        pipeline_version: row.try_get("pipeline_version")?,
        status: Status::parse(&status).ok_or_else(|| stored("status", &status))?,
        trigger: Event::ALL
            .into_iter()
            .find(|event| event.name() == trigger)
            .ok_or_else(|| stored("trigger", &trigger))?,
        triggered_by: row.try_get("triggered_by")?,
        branch: row.try_get("branch")?,
        commit_sha: row.try_get("commit_sha")?,
        pull_request_number: row.try_get("pull_request_number")?,
        variables: BTreeMap::new(),
        state: RunState::default(),
        failure_reason: row.try_get("failure_reason")?,
        request_id: row.try_get("request_id")?,
        log_lines: row.try_get("log_lines")?,
        rerun_of: row.try_get("rerun_of")?,
        created_at_us: row.try_get("created_at_us")?,
        started_at_us: row.try_get("started_at_us")?,
        ended_at_us: row.try_get("ended_at_us")?,
    })
}

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::internal)
}

/// Stores a new (queued) execution; ALREADY_EXISTS when its request id was
/// used for the pipeline before.
pub async fn insert(tx: &mut sqlx::Transaction<'_, Any>, row: &ExecutionRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO pipeline_executions (id, organization_id, pipeline_id, number,
             pipeline_version, status, trigger, triggered_by, branch, commit_sha,
             pull_request_number, variables, stages, failure_reason, request_id, log_lines,
             created_at_us, started_at_us, ended_at_us, rerun_of)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
             $18, $19, $20)",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.pipeline_id.clone())
    .bind(row.number)
    .bind(row.pipeline_version)
    .bind(row.status.name())
    .bind(row.trigger.name())
    .bind(row.triggered_by.clone())
    .bind(row.branch.clone())
    .bind(row.commit_sha.clone())
    .bind(row.pull_request_number)
    .bind(json(&row.variables)?)
    .bind(json(&row.state)?)
    .bind(row.failure_reason.clone())
    .bind(row.request_id.clone())
    .bind(row.log_lines)
    .bind(row.created_at_us)
    .bind(row.started_at_us)
    .bind(row.ended_at_us)
    .bind(row.rerun_of.clone())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Claims the queued executions `ids` (running since `now_us`) in the
/// caller's transaction; the ids claimed (another process may have taken
/// some).
pub async fn claim_all(
    tx: &mut sqlx::Transaction<'_, Any>,
    ids: &[String],
    now_us: i64,
) -> Result<std::collections::HashSet<String>> {
    let mut claimed = std::collections::HashSet::new();
    for id in ids {
        let done = sqlx::query(
            "UPDATE pipeline_executions SET status = 'running', started_at_us = $2
             WHERE id = $1 AND status = 'queued'",
        )
        .bind(id.clone())
        .bind(now_us)
        .execute(&mut **tx)
        .await?;
        if done.rows_affected() == 1 {
            claimed.insert(id.clone());
        }
    }
    Ok(claimed)
}

/// Writes an execution's state as the task running it sees it: status,
/// stages, failure reason, log length and end. `false` when the row is gone
/// (its pipeline was deleted).
pub async fn save<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &ExecutionRow,
) -> Result<bool> {
    let saved = sqlx::query(
        "UPDATE pipeline_executions SET status = $3, stages = $4, failure_reason = $5,
             log_lines = $6, started_at_us = $7, ended_at_us = $8
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(row.organization_id.clone())
    .bind(row.id.clone())
    .bind(row.status.name())
    .bind(json(&row.state)?)
    .bind(row.failure_reason.clone())
    .bind(row.log_lines)
    .bind(row.started_at_us)
    .bind(row.ended_at_us)
    .execute(executor)
    .await?;
    Ok(saved.rows_affected() == 1)
}

/// Finishes a queued execution (cancelled before it ran) unless it has
/// started meanwhile; whether it was still queued.
pub async fn finish_queued<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &ExecutionRow,
) -> Result<bool> {
    let saved = sqlx::query(
        "UPDATE pipeline_executions SET status = $3, stages = $4, failure_reason = $5,
             ended_at_us = $6
         WHERE organization_id = $1 AND id = $2 AND status = 'queued'",
    )
    .bind(row.organization_id.clone())
    .bind(row.id.clone())
    .bind(row.status.name())
    .bind(json(&row.state)?)
    .bind(row.failure_reason.clone())
    .bind(row.ended_at_us)
    .execute(executor)
    .await?;
    Ok(saved.rows_affected() == 1)
}

/// The organisation's execution `id` of pipeline `pipeline_id` (of any
/// pipeline when `pipeline_id` is empty).
pub async fn find(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
    id: &str,
) -> Result<Option<ExecutionRow>> {
    let row = TABLE.get(db.pool(), organization_id, id).await?;
    Ok(row
        .as_ref()
        .map(execution_from_row)
        .transpose()?
        .filter(|row| pipeline_id.is_empty() || row.pipeline_id == pipeline_id))
}

/// The execution a request id queued for a pipeline, if any.
pub async fn by_request<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    pipeline_id: &str,
    request_id: &str,
) -> Result<Option<ExecutionRow>> {
    let row = sqlx::query(
        "SELECT * FROM pipeline_executions
         WHERE organization_id = $1 AND pipeline_id = $2 AND request_id = $3",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .bind(request_id.to_owned())
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(execution_from_row).transpose()
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only this status.
    pub status: Option<Status>,
    /// Only this branch (empty: any).
    pub branch: String,
}

/// A page of a pipeline's executions, newest first.
pub async fn list(
    db: &Database,
    organization_id: &str,
    pipeline_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<Vec<ExecutionRow>> {
    Filtered::new("SELECT * FROM pipeline_executions")
        .bound("organization_id = ?", organization_id)
        .bound("pipeline_id = ?", pipeline_id)
        .given("status = ?", filters.status.map_or("", Status::name))
        .given("branch = ?", &filters.branch)
        .page(db, "number DESC", page, execution_from_row)
        .await
}

/// Pipelines one statement reads the latest executions of (SQLite allows
/// 500 selects in one compound statement).
const LATEST_CHUNK: usize = 100;

/// The latest `per_pipeline` executions of each of the organisation's
/// pipelines `pipeline_ids`, newest first within a pipeline, as summaries
/// (variables and stages left empty): one indexed `LIMIT` read a pipeline
/// (on `(pipeline_id, number)`), joined with `UNION ALL`, so that the cost is
/// the rows returned, not the pipelines' histories.
pub async fn latest(
    db: &Database,
    organization_id: &str,
    pipeline_ids: &[String],
    per_pipeline: i64,
) -> Result<Vec<ExecutionRow>> {
    let mut found = Vec::new();
    for chunk in pipeline_ids.chunks(LATEST_CHUNK) {
        let mut marks = Placeholders::new(db.backend());
        let sql = (0..chunk.len())
            .map(|n| {
                format!(
                    "SELECT * FROM (SELECT {SUMMARY_COLUMNS} FROM pipeline_executions
                     WHERE organization_id = {} AND pipeline_id = {}
                     ORDER BY number DESC LIMIT {}) AS latest{n}",
                    marks.mark(),
                    marks.mark(),
                    marks.mark()
                )
            })
            .collect::<Vec<_>>()
            .join(" UNION ALL ");
        // Only placeholders are written into the text; every value is bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for pipeline_id in chunk {
            query = query
                .bind(organization_id.to_owned())
                .bind(pipeline_id.clone())
                .bind(per_pipeline);
        }
        let rows: Vec<ExecutionRow> = db.rows(query, summary_from_row).await?;
        found.extend(rows);
    }
    Ok(found)
}

/// Up to `limit` queued executions of every organisation, oldest first.
pub async fn queued(db: &Database, limit: i64) -> Result<Vec<ExecutionRow>> {
    let query = sqlx::query(
        "SELECT * FROM pipeline_executions WHERE status = 'queued'
         ORDER BY created_at_us, id LIMIT $1",
    )
    .bind(limit);
    db.rows(query, execution_from_row).await
}

/// Every running execution of every organisation.
pub async fn running(db: &Database) -> Result<Vec<ExecutionRow>> {
    let query = sqlx::query(
        "SELECT * FROM pipeline_executions WHERE status = 'running' ORDER BY created_at_us, id",
    );
    db.rows(query, execution_from_row).await
}

/// Ids of a pipeline's executions (to remove their logs with it).
pub async fn ids_of_pipeline<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar::<_, String>(
        "SELECT id FROM pipeline_executions WHERE organization_id = $1 AND pipeline_id = $2",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .fetch_all(executor)
    .await?)
}

/// Deletes a pipeline's executions.
pub async fn delete_of_pipeline(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<u64> {
    TABLE
        .delete_by(&mut **tx, organization_id, "pipeline_id", pipeline_id)
        .await
}

/// How many of a pipeline's executions are queued or running.
pub async fn active_of_pipeline<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    pipeline_id: &str,
) -> Result<i64> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM pipeline_executions
         WHERE organization_id = $1 AND pipeline_id = $2 AND status IN ('queued', 'running')",
    )
    .bind(organization_id.to_owned())
    .bind(pipeline_id.to_owned())
    .fetch_one(executor)
    .await?)
}
