//! `security_kev`, `security_epss` and `security_intel_imports`: each
//! organisation's threat intelligence (the CISA KEV catalogue and FIRST EPSS
//! scores it imported) and when each feed was imported last.

use std::collections::{HashMap, HashSet};

use secureflow_platform::Result;
use secureflow_platform::bulk::{Bulk, BulkRows, Column};
use secureflow_platform::db::{Database, Placeholders, now_micros};
use sqlx::{Any, AnyConnection, Row, Transaction};

use crate::domain::threat_intel::{EpssScore, KevEntry};

/// `security_intel_imports.source` of the KEV catalogue.
pub const KEV_SOURCE: &str = "cisa_kev";
/// `security_intel_imports.source` of EPSS scores.
pub const EPSS_SOURCE: &str = "first_epss";

/// Rows per bulk statement.
const CHUNK: usize = 5000;

/// A feed's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feed {
    /// `security_kev`.
    Kev,
    /// `security_epss`.
    Epss,
}

impl Feed {
    /// The table holding the feed.
    pub(crate) fn table(self) -> &'static str {
        match self {
            Self::Kev => "security_kev",
            Self::Epss => "security_epss",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Self::Kev => KEV_SOURCE,
            Self::Epss => EPSS_SOURCE,
        }
    }
}

async fn clear(tx: &mut Transaction<'_, Any>, organization_id: &str, feed: Feed) -> Result<()> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM {} WHERE organization_id = $1",
        feed.table()
    )))
    .bind(organization_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn record_import(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    feed: Feed,
    entries: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO security_intel_imports (organization_id, source, entries, imported_at_us)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, source) DO UPDATE SET entries = $3, imported_at_us = $4",
    )
    .bind(organization_id)
    .bind(feed.source())
    .bind(entries)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Replaces the organisation's KEV catalogue with `entries`.
pub async fn replace_kev(
    tx: &mut Transaction<'_, Any>,
    db: &Database,
    organization_id: &str,
    entries: &[KevEntry],
) -> Result<()> {
    let backend = db.backend();
    clear(tx, organization_id, Feed::Kev).await?;
    let mut marks = Placeholders::new(backend);
    let organization = marks.mark();
    let rows = Bulk::new(backend).rows(
        &mut marks,
        &[
            ("cve_id", Column::Text),
            ("date_added", Column::Text),
            ("ransomware", Column::Integer),
            ("name", Column::Text),
        ],
    );
    let sql = format!(
        "INSERT INTO security_kev (organization_id, cve_id, date_added, ransomware, name)
         SELECT {organization}, r.cve_id, r.date_added, r.ransomware, r.name FROM ({rows}) AS r WHERE true
         ON CONFLICT (organization_id, cve_id) DO NOTHING"
    );
    for chunk in entries.chunks(CHUNK) {
        let mut batch = BulkRows::new(backend);
        for entry in chunk {
            batch
                .row()
                .text(&entry.cve_id)
                .text(&entry.date_added)
                .integer(i64::from(entry.ransomware))
                .text(&entry.name);
        }
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(organization_id)
            .bind(batch.finish())
            .execute(&mut **tx)
            .await?;
    }
    let count = i64::try_from(entries.len()).unwrap_or(i64::MAX);
    record_import(tx, organization_id, Feed::Kev, count).await
}

/// Replaces the organisation's EPSS scores with `scores`.
pub async fn replace_epss(
    tx: &mut Transaction<'_, Any>,
    db: &Database,
    organization_id: &str,
    scores: &[(String, EpssScore)],
) -> Result<()> {
    let backend = db.backend();
    clear(tx, organization_id, Feed::Epss).await?;
    let mut marks = Placeholders::new(backend);
    let organization = marks.mark();
    let rows = Bulk::new(backend).rows(
        &mut marks,
        &[
            ("cve_id", Column::Text),
            ("probability", Column::Float),
            ("percentile", Column::Float),
        ],
    );
    let sql = format!(
        "INSERT INTO security_epss (organization_id, cve_id, probability, percentile)
         SELECT {organization}, r.cve_id, r.probability, r.percentile FROM ({rows}) AS r WHERE true
         ON CONFLICT (organization_id, cve_id) DO NOTHING"
    );
    for chunk in scores.chunks(CHUNK) {
        let mut batch = BulkRows::new(backend);
        for (cve, score) in chunk {
            batch
                .row()
                .text(cve)
                .float(Some(score.probability))
                .float(Some(score.percentile));
        }
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(organization_id)
            .bind(batch.finish())
            .execute(&mut **tx)
            .await?;
    }
    let count = i64::try_from(scores.len()).unwrap_or(i64::MAX);
    record_import(tx, organization_id, Feed::Epss, count).await
}

/// A column changing with every import of the organisation bound at `$1`
/// (the sum of its feeds' import times), for versions composed elsewhere
/// ([`super::vulnerabilities::Version`]).
pub(crate) const IMPORTS_VERSION: &str = "(SELECT CAST(COALESCE(SUM(imported_at_us), 0) AS BIGINT)
     FROM security_intel_imports WHERE organization_id = $1)";

/// The organisation's threat-intelligence state: whether the KEV catalogue was
/// imported, and a version that changes with every import.
pub async fn state(connection: &mut AnyConnection, organization_id: &str) -> Result<(bool, i64)> {
    let rows = sqlx::query(
        "SELECT source, imported_at_us FROM security_intel_imports WHERE organization_id = $1",
    )
    .bind(organization_id)
    .fetch_all(&mut *connection)
    .await?;
    let mut kev = false;
    let mut version = 0_i64;
    for row in rows {
        let source: String = row.try_get("source")?;
        kev |= source == KEV_SOURCE;
        version = version.wrapping_add(row.try_get::<i64, _>("imported_at_us")?);
    }
    Ok((kev, version))
}

/// Which of `cves` the organisation's KEV catalogue lists, and their EPSS probabilities.
pub async fn known_cves(
    db: &Database,
    organization_id: &str,
    cves: &[&str],
) -> Result<(HashSet<String>, HashMap<String, f64>)> {
    let mut kev = HashSet::new();
    let mut epss = HashMap::new();
    if cves.is_empty() {
        return Ok((kev, epss));
    }
    let cve_list = serde_json::to_string(cves).map_err(secureflow_platform::Error::internal)?;
    let mut marks = Placeholders::new(db.backend());
    let organization = marks.mark();
    let listed = Bulk::new(db.backend()).texts(&mut marks);
    let mut connection = db.pool().acquire().await?;
    let kev_sql = format!(
        "SELECT cve_id FROM security_kev WHERE organization_id = {organization} AND cve_id IN ({listed})"
    );
    for row in sqlx::query(sqlx::AssertSqlSafe(kev_sql))
        .bind(organization_id)
        .bind(&cve_list)
        .fetch_all(&mut *connection)
        .await?
    {
        kev.insert(row.try_get("cve_id")?);
    }
    let epss_sql = format!(
        "SELECT cve_id, probability FROM security_epss WHERE organization_id = {organization} AND cve_id IN ({listed})"
    );
    for row in sqlx::query(sqlx::AssertSqlSafe(epss_sql))
        .bind(organization_id)
        .bind(&cve_list)
        .fetch_all(&mut *connection)
        .await?
    {
        epss.insert(row.try_get("cve_id")?, row.try_get("probability")?);
    }
    Ok((kev, epss))
}
