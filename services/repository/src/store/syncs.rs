//! `repository_syncs`: each repository's last (or running) backfill, with the
//! cursor a restart resumes from.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

pub(super) const TABLE: Owned = Owned("repository_syncs");

/// A backfill as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncRow {
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// Connection read through.
    pub connection_id: String,
    /// `running`, `rate_limited`, `succeeded`, `failed`.
    pub state: String,
    /// `branches`, `commits`, `contributors`, `pull_requests`, `reviews`, or empty.
    pub phase: String,
    /// Where to go on (JSON, the backfill's own).
    pub cursor: String,
    /// Branches read.
    pub branches: i64,
    /// Commits read.
    pub commits: i64,
    /// Requests read.
    pub pull_requests: i64,
    /// Reviews and comments read.
    pub reviews: i64,
    /// Contributors read.
    pub contributors: i64,
    /// API requests made.
    pub requests: i64,
    /// While rate limited: when it goes on, µs.
    pub resume_at_us: Option<i64>,
    /// Why it failed.
    pub error: String,
    /// Reading everything (else what changed since `since_us`).
    pub full: bool,
    /// Incremental: what changed since, µs.
    pub since_us: Option<i64>,
    /// Started, µs.
    pub started_at_us: i64,
    /// Last progress, µs.
    pub updated_at_us: i64,
    /// Finished, µs.
    pub finished_at_us: Option<i64>,
    /// Start of the last backfill that succeeded, µs (the next one reads from there).
    pub last_success_at_us: Option<i64>,
}

/// Saves a backfill's state (inserted or replaced).
pub async fn save<'e, E: Executor<'e, Database = Any>>(executor: E, sync: &SyncRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO repository_syncs (organization_id, repository_id, connection_id, state, phase,
             cursor, branches, commits, pull_requests, reviews, requests, resume_at_us, error,
             full_sync, since_us, started_at_us, updated_at_us, finished_at_us, last_success_at_us,
             contributors)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
             $20)
         ON CONFLICT (organization_id, repository_id) DO UPDATE SET
             connection_id = $3, state = $4, phase = $5, cursor = $6, branches = $7, commits = $8,
             pull_requests = $9, reviews = $10, requests = $11, resume_at_us = $12, error = $13,
             full_sync = $14, since_us = $15, started_at_us = $16, updated_at_us = $17,
             finished_at_us = $18, last_success_at_us = $19, contributors = $20",
    )
    .bind(sync.organization_id.clone())
    .bind(sync.repository_id.clone())
    .bind(sync.connection_id.clone())
    .bind(sync.state.clone())
    .bind(sync.phase.clone())
    .bind(sync.cursor.clone())
    .bind(sync.branches)
    .bind(sync.commits)
    .bind(sync.pull_requests)
    .bind(sync.reviews)
    .bind(sync.requests)
    .bind(sync.resume_at_us)
    .bind(sync.error.clone())
    .bind(i64::from(sync.full))
    .bind(sync.since_us)
    .bind(sync.started_at_us)
    .bind(sync.updated_at_us)
    .bind(sync.finished_at_us)
    .bind(sync.last_success_at_us)
    .bind(sync.contributors)
    .execute(executor)
    .await?;
    Ok(())
}

fn sync_from_row(row: &AnyRow) -> Result<SyncRow> {
    Ok(SyncRow {
        organization_id: row.try_get("organization_id")?,
        repository_id: row.try_get("repository_id")?,
        connection_id: row.try_get("connection_id")?,
        state: row.try_get("state")?,
        phase: row.try_get("phase")?,
        cursor: row.try_get("cursor")?,
        branches: row.try_get("branches")?,
        commits: row.try_get("commits")?,
        pull_requests: row.try_get("pull_requests")?,
        reviews: row.try_get("reviews")?,
        contributors: row.try_get("contributors")?,
        requests: row.try_get("requests")?,
        resume_at_us: row.try_get("resume_at_us")?,
        error: row.try_get("error")?,
        full: row.try_get::<i64, _>("full_sync")? != 0,
        since_us: row.try_get("since_us")?,
        started_at_us: row.try_get("started_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
        finished_at_us: row.try_get("finished_at_us")?,
        last_success_at_us: row.try_get("last_success_at_us")?,
    })
}

/// A repository's backfill, if it ever had one.
pub async fn get(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
) -> Result<Option<SyncRow>> {
    let row = TABLE
        .get_by(db.pool(), organization_id, "repository_id", repository_id)
        .await?;
    row.as_ref().map(sync_from_row).transpose()
}

/// Backfills a stop interrupted (running or waiting out a rate limit), in
/// every organisation: resumed when the service starts.
pub async fn unfinished(db: &Database) -> Result<Vec<SyncRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_syncs WHERE state IN ('running', 'rate_limited')
         ORDER BY updated_at_us",
    );
    db.rows(query, sync_from_row).await
}
