//! Scan records in SQL: `security_scans`, one row per ingested report.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned, SealedColumn};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Row, Transaction};

use super::{Filters, ScanRow, Scope, Summary};

/// The repository's scans, for [`crate::store::RepositoryRows`].
pub(super) const OF_REPOSITORY: crate::store::RepositoryRows = crate::store::RepositoryRows {
    table: "security_scans",
    unique_with: &[],
};

/// The sealed keys of the scans' kept originals ([`crate::originals`]),
/// re-wrapped as the service starts.
pub const REPORT_KEYS: SealedColumn = SealedColumn {
    table: "security_scans",
    keys: &["id"],
    column: "report_key",
};

/// Stores a completed scan.
pub async fn insert(tx: &mut Transaction<'_, Any>, scan: &ScanRow) -> Result<()> {
    let summary = scan.summary;
    sqlx::query(
        "INSERT INTO security_scans (id, organization_id, repository_id, branch, commit_sha, pipeline_execution_id,
             tool, format, full_scan, report_bytes, findings_parsed, duplicates_in_report, new_count,
             updated_count, reopened_count, resolved_count, uploaded_by, created_at_us, report_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
             $19)",
    )
    .bind(&scan.id)
    .bind(&scan.scope.organization_id)
    .bind(&scan.scope.repository_id)
    .bind(&scan.scope.branch)
    .bind(&scan.scope.commit_sha)
    .bind(&scan.scope.pipeline_execution_id)
    .bind(&scan.tool)
    .bind(&scan.format)
    .bind(i64::from(scan.scope.full_scan))
    .bind(scan.report_bytes)
    .bind(summary.findings_parsed)
    .bind(summary.duplicates_in_report)
    .bind(summary.new)
    .bind(summary.updated)
    .bind(summary.reopened)
    .bind(summary.resolved)
    .bind(&scan.uploaded_by)
    .bind(scan.created_at_us)
    .bind(scan.report_key.as_deref())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn scan_from_row(row: &AnyRow) -> Result<ScanRow> {
    Ok(ScanRow {
        id: row.try_get("id")?,
        scope: Scope {
            organization_id: row.try_get("organization_id")?,
            repository_id: row.try_get("repository_id")?,
            branch: row.try_get("branch")?,
            commit_sha: row.try_get("commit_sha")?,
            pipeline_execution_id: row.try_get("pipeline_execution_id")?,
            full_scan: row.try_get::<i64, _>("full_scan")? != 0,
            base_branch: String::new(),
        },
        tool: row.try_get("tool")?,
        format: row.try_get("format")?,
        report_bytes: row.try_get("report_bytes")?,
        summary: Summary {
            findings_parsed: row.try_get("findings_parsed")?,
            duplicates_in_report: row.try_get("duplicates_in_report")?,
            new: row.try_get("new_count")?,
            updated: row.try_get("updated_count")?,
            reopened: row.try_get("reopened_count")?,
            resolved: row.try_get("resolved_count")?,
        },
        uploaded_by: row.try_get("uploaded_by")?,
        created_at_us: row.try_get("created_at_us")?,
        report_key: row.try_get("report_key")?,
    })
}

/// A scan of the organisation.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<ScanRow>> {
    let row = Owned("security_scans")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(scan_from_row).transpose()
}

/// A page of the organisation's scans, newest first; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<Vec<ScanRow>> {
    Filtered::new("SELECT * FROM security_scans")
        .bound("organization_id = ?", organization_id)
        .given("repository_id = ?", &filters.repository_id)
        .given("branch = ?", &filters.branch)
        .given("tool = ?", &filters.tool)
        .page(db, "created_at_us DESC, id DESC", page, scan_from_row)
        .await
}

/// Whether the branch has been scanned at least once.
pub async fn branch_scanned(
    connection: &mut AnyConnection,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<bool> {
    let found = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM (SELECT 1 FROM security_scans
           WHERE organization_id = $1 AND repository_id = $2 AND branch = $3 LIMIT 1) scanned",
    )
    .bind(organization_id)
    .bind(repository_id)
    .bind(branch)
    .fetch_one(&mut *connection)
    .await?;
    Ok(found > 0)
}

/// Removes a purged repository's scans in `tx`; returns those whose
/// originals were kept.
pub async fn purge_repository(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
) -> Result<Vec<String>> {
    let originals = with_originals(tx, organization_id, repository_id).await?;
    OF_REPOSITORY
        .delete(tx, organization_id, repository_id)
        .await?;
    Ok(originals)
}

/// The scans of a repository whose originals are kept.
async fn with_originals(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM security_scans
         WHERE organization_id = $1 AND repository_id = $2 AND report_key IS NOT NULL",
    )
    .bind(organization_id)
    .bind(repository_id)
    .fetch_all(&mut **tx)
    .await?)
}
