//! The security service's storage: the only place with SQL, one module per
//! aggregate, each the only writer of its tables (see docs/architecture.md).
//! Every query is scoped by organisation.
//!
//! - [`scans`] — `security_scans` (one row per ingested report).
//! - [`vulnerabilities`] — `security_vulnerabilities`, `security_sightings`,
//!   `security_occurrences` and `security_branch_versions` (deduplicated
//!   findings, when and at which commit each was last reported — narrow rows
//!   apart from the wide ones, which a re-import then leaves alone — their
//!   lifecycle and triage, their reports, and what invalidates cached gate
//!   inputs and listing totals), and on PostgreSQL
//!   `security_staged_vulnerabilities`, where a large import's new rows are
//!   staged with `COPY` on their way into `security_vulnerabilities`.
//! - [`secret_salts`] — `security_secret_salts` (per-organisation salts of secret hashes).
//! - [`policies`] — `security_policies`.
//! - [`gates`] — `security_gates` (last verdict per branch).
//! - [`intel`] — `security_kev`, `security_epss`, `security_intel_imports`.
//! - [`reports`] — `security_reports`.
//! - [`organizations`] — `security_organizations`, this service's copy of what
//!   it needs of each organisation (the SLA policy), kept from identity's events.
//! - [`repositories`] — `security_repositories`, this service's copy of each
//!   registered repository's full name, criticality and deletion, kept from
//!   the repository service's events.
//!
//! A read that needs more than one of the service's tables (a vulnerability
//! with its threat intelligence) lives in the module of the table it lists;
//! writes to a table come only from its own module.

use secureflow_platform::Result;
use sqlx::{Any, Transaction};

use crate::domain::finding::{Kind, Severity};
use crate::domain::lifecycle::Status;

pub mod gates;
pub mod intel;
pub mod organizations;
pub mod policies;
pub mod reports;
pub mod repositories;
pub mod scans;
pub mod secret_salts;
pub mod vulnerabilities;

pub use scans::{Scope, Summary};

/// Status as stored.
pub fn status_name(status: Status) -> &'static str {
    status.name()
}

/// Status from its stored name.
pub(crate) fn status_from(name: &str) -> Status {
    match name {
        "in_progress" => Status::InProgress,
        "resolved" => Status::Resolved,
        "false_positive" => Status::FalsePositive,
        "accepted_risk" => Status::AcceptedRisk,
        _ => Status::Open,
    }
}

/// Severity as stored (sortable number).
pub fn severity_number(severity: Severity) -> i64 {
    match severity {
        Severity::Info => 1,
        Severity::Low => 2,
        Severity::Medium => 3,
        Severity::High => 4,
        Severity::Critical => 5,
    }
}

/// Severity from its stored number.
pub(crate) fn severity_from(number: i64) -> Severity {
    match number {
        5 => Severity::Critical,
        4 => Severity::High,
        3 => Severity::Medium,
        2 => Severity::Low,
        _ => Severity::Info,
    }
}

/// Kind as stored.
pub fn kind_name(kind: Kind) -> &'static str {
    kind.name()
}

/// Kind from its stored name.
pub(crate) fn kind_from(name: &str) -> Kind {
    match name {
        "dependency" => Kind::Dependency,
        "secret" => Kind::Secret,
        "iac" => Kind::Iac,
        "dast" => Kind::Dast,
        "container" => Kind::Container,
        _ => Kind::Sast,
    }
}

pub(crate) fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(secureflow_platform::Error::internal)
}

/// What a table's module names to move or drop a repository's rows
/// ([`repositories`] re-keys rows stored under a full name to the id the name
/// was registered with, and drops what a purged repository leaves).
pub(crate) struct RepositoryRows {
    /// The table.
    pub table: &'static str,
    /// The columns besides organisation and repository that make a row unique
    /// (empty when nothing is unique per repository): a row is moved only when
    /// no row under the id holds the same values.
    pub unique_with: &'static [&'static str],
}

impl RepositoryRows {
    /// Moves the organisation's rows stored under the repository named
    /// `full_name_key` (compared in lowercase) to `repository_id`; how many.
    pub(crate) async fn rekey(
        &self,
        tx: &mut Transaction<'_, Any>,
        organization_id: &str,
        full_name_key: &str,
        repository_id: &str,
    ) -> Result<u64> {
        let table = self.table;
        let clash: String = self
            .unique_with
            .iter()
            .map(|column| format!(" AND held.{column} = {table}.{column}"))
            .collect();
        let unique = if self.unique_with.is_empty() {
            String::new()
        } else {
            format!(
                " AND NOT EXISTS (SELECT 1 FROM {table} held
                   WHERE held.organization_id = $1 AND held.repository_id = $3{clash})"
            )
        };
        let moved = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE {table} SET repository_id = $3
             WHERE organization_id = $1 AND LOWER(repository_id) = $2{unique}"
        )))
        .bind(organization_id)
        .bind(full_name_key)
        .bind(repository_id)
        .execute(&mut **tx)
        .await?;
        Ok(moved.rows_affected())
    }

    /// Deletes the organisation's rows of `repository_id`; how many.
    pub(crate) async fn delete(
        &self,
        tx: &mut Transaction<'_, Any>,
        organization_id: &str,
        repository_id: &str,
    ) -> Result<u64> {
        let deleted = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {} WHERE organization_id = $1 AND repository_id = $2",
            self.table
        )))
        .bind(organization_id)
        .bind(repository_id)
        .execute(&mut **tx)
        .await?;
        Ok(deleted.rows_affected())
    }
}
