//! `security_reports`: requested reports, their state, and where their
//! generated content is (a key in the blob store; reports made before version
//! 13 of the schema keep it in the row).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned, now_micros};
use secureflow_platform::pagination::Page;
use sqlx::Row;
use sqlx::any::AnyRow;

/// The reports of one repository, for [`super::RepositoryRows`].
pub(crate) const OF_REPOSITORY: super::RepositoryRows = super::RepositoryRows {
    table: "security_reports",
    unique_with: &[],
};

/// A report as stored (kinds, formats and states by their stored names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Kind name.
    pub kind: String,
    /// Compliance framework name (empty for other kinds).
    pub framework: String,
    /// Format name.
    pub format: String,
    /// Repository, or empty for the organisation.
    pub repository_id: String,
    /// Period start, µs.
    pub start_us: i64,
    /// Period end, µs.
    pub end_us: i64,
    /// State name.
    pub status: String,
    /// Content type of the content.
    pub content_type: String,
    /// Content kept in the row by earlier versions (read only when asked for).
    pub content: Option<String>,
    /// The content's key in the blob store (empty: none there).
    pub content_key: String,
    /// Why generation failed.
    pub error: String,
    /// Who asked for it.
    pub created_by: String,
    /// Requested, µs.
    pub created_at_us: i64,
    /// Finished, µs.
    pub completed_at_us: Option<i64>,
    /// What it shows and from which data, as a key
    /// (`crate::reports::create`): equal keys, equal reports but for when
    /// they were made. Empty for reports made before version 15 of the schema.
    pub reuse_key: String,
}

fn report_from_row(row: &AnyRow, with_content: bool) -> Result<ReportRow> {
    Ok(ReportRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        kind: row.try_get("kind")?,
        framework: row.try_get("framework")?,
        format: row.try_get("format")?,
        repository_id: row.try_get("repository_id")?,
        start_us: row.try_get("start_us")?,
        end_us: row.try_get("end_us")?,
        status: row.try_get("status")?,
        content_type: row.try_get("content_type")?,
        content: if with_content {
            row.try_get("content")?
        } else {
            None
        },
        content_key: row.try_get("content_key")?,
        error: row.try_get("error")?,
        created_by: String::new(),
        created_at_us: row.try_get("created_at_us")?,
        completed_at_us: row.try_get("completed_at_us")?,
        reuse_key: String::new(),
    })
}

/// Records a requested report (its content comes with [`complete`]).
pub async fn insert(db: &Database, report: &ReportRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO security_reports (id, organization_id, kind, framework, format, repository_id,
             start_us, end_us, status, content_type, content, error, created_by, created_at_us,
             reuse_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, '', $11, $12, $13)",
    )
    .bind(&report.id)
    .bind(&report.organization_id)
    .bind(&report.kind)
    .bind(&report.framework)
    .bind(&report.format)
    .bind(&report.repository_id)
    .bind(report.start_us)
    .bind(report.end_us)
    .bind(&report.status)
    .bind(&report.content_type)
    .bind(&report.created_by)
    .bind(report.created_at_us)
    .bind(&report.reuse_key)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The newest ready report of the organisation under `reuse_key` made at
/// `since_us` or later: its id.
pub async fn reusable(
    db: &Database,
    organization_id: &str,
    reuse_key: &str,
    since_us: i64,
) -> Result<Option<String>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM security_reports
         WHERE organization_id = $1 AND reuse_key = $2 AND status = 'ready'
           AND created_at_us >= $3
         ORDER BY created_at_us DESC LIMIT 1",
    )
    .bind(organization_id)
    .bind(reuse_key)
    .bind(since_us)
    .fetch_optional(db.pool())
    .await?)
}

/// Stores a report's final state: its content's key in the blob store, or why
/// it failed.
pub async fn complete(
    db: &Database,
    id: &str,
    status: &str,
    content_key: &str,
    error: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE security_reports SET status = $1, content_key = $2, error = $3,
             completed_at_us = $4
         WHERE id = $5",
    )
    .bind(status)
    .bind(content_key)
    .bind(error)
    .bind(now_micros())
    .bind(id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// A report of the organisation, with its content when `with_content`.
pub async fn get(
    db: &Database,
    organization_id: &str,
    id: &str,
    with_content: bool,
) -> Result<Option<ReportRow>> {
    let row = Owned("security_reports")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref()
        .map(|row| report_from_row(row, with_content))
        .transpose()
}

/// A page of the organisation's reports, newest first, without content;
/// fetches `limit + 1`.
pub async fn list(db: &Database, organization_id: &str, page: Page) -> Result<Vec<ReportRow>> {
    let query = sqlx::query(
        "SELECT id, organization_id, kind, framework, format, repository_id, start_us, end_us,
                status, content_type, content_key, error, created_at_us, completed_at_us
         FROM security_reports WHERE organization_id = $1
         ORDER BY created_at_us DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(organization_id);
    db.page(query, page, |row| report_from_row(row, false))
        .await
}
