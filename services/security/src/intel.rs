//! Threat-intelligence imports: a KEV catalogue or EPSS file replaces the
//! organisation's previous one in one transaction (so a refused file changes
//! nothing), then every recorded gate of the organisation is re-evaluated.

use secureflow_platform::bulk::{Bulk, Column, JsonRows};
use secureflow_platform::db::{Database, Placeholders, now_micros};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::ThreatIntelSource;

use crate::domain::lifecycle::Status;
use crate::domain::threat_intel::{self, EpssScore, KevEntry};
use crate::store;

/// `security_intel_imports.source` of the KEV catalogue.
pub const KEV_SOURCE: &str = "cisa_kev";
/// `security_intel_imports.source` of EPSS scores.
pub const EPSS_SOURCE: &str = "first_epss";

/// Rows per bulk statement.
const CHUNK: usize = 5000;

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported {
    /// Entries in the file.
    pub entries: i64,
    /// Open vulnerabilities of the organisation whose CVE the file lists.
    pub vulnerabilities_rescored: i64,
}

enum Parsed {
    Kev(Vec<KevEntry>),
    Epss(Vec<(String, EpssScore)>),
}

/// Parses `content` as `source` and replaces the organisation's data with it.
pub async fn import(
    db: &Database,
    organization_id: &str,
    source: i32,
    content: Vec<u8>,
) -> Result<Imported> {
    let source = ThreatIntelSource::try_from(source)
        .ok()
        .filter(|source| *source != ThreatIntelSource::Unspecified)
        .ok_or_else(|| {
            Error::invalid_field(
                "source",
                "must be THREAT_INTEL_SOURCE_CISA_KEV or THREAT_INTEL_SOURCE_EPSS",
            )
        })?;
    if content.is_empty() {
        return Err(Error::invalid_field("content", "is empty"));
    }
    let parsed = tokio::task::spawn_blocking(move || match source {
        ThreatIntelSource::CisaKev => threat_intel::parse_kev(&content).map(Parsed::Kev),
        _ => threat_intel::parse_epss(&content).map(Parsed::Epss),
    })
    .await
    .map_err(Error::internal)?
    .map_err(|error| Error::invalid_field("content", error.to_string()))?;
    let backend = db.backend();
    let mut tx = db.begin().await?;
    let (table, name, entries) = match &parsed {
        Parsed::Kev(entries) => ("security_kev", KEV_SOURCE, entries.len()),
        Parsed::Epss(scores) => ("security_epss", EPSS_SOURCE, scores.len()),
    };
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM {table} WHERE organization_id = $1"
    )))
    .bind(organization_id)
    .execute(&mut *tx)
    .await?;
    match &parsed {
        Parsed::Kev(entries) => {
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
                let mut json = JsonRows::new();
                for entry in chunk {
                    json.row()
                        .text(&entry.cve_id)
                        .text(&entry.date_added)
                        .integer(i64::from(entry.ransomware))
                        .text(&entry.name);
                }
                sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(organization_id)
                    .bind(json.finish())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        Parsed::Epss(scores) => {
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
                let mut json = JsonRows::new();
                for (cve, score) in chunk {
                    json.row()
                        .text(cve)
                        .float(Some(score.probability))
                        .float(Some(score.percentile));
                }
                sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(organization_id)
                    .bind(json.finish())
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    let entries = i64::try_from(entries).unwrap_or(i64::MAX);
    sqlx::query(
        "INSERT INTO security_intel_imports (organization_id, source, entries, imported_at_us)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (organization_id, source) DO UPDATE SET entries = $3, imported_at_us = $4",
    )
    .bind(organization_id)
    .bind(name)
    .bind(entries)
    .bind(now_micros())
    .execute(&mut *tx)
    .await?;
    let rescored: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM security_vulnerabilities v JOIN {table} t
           ON t.organization_id = v.organization_id AND t.cve_id = v.cve_id
         WHERE v.organization_id = $1 AND v.status IN ($2, $3)"
    )))
    .bind(organization_id)
    .bind(store::status_name(Status::Open))
    .bind(store::status_name(Status::InProgress))
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Imported {
        entries,
        vulnerabilities_rescored: rescored,
    })
}
