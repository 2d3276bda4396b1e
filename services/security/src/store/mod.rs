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
//!   inputs and listing totals).
//! - [`secret_salts`] — `security_secret_salts` (per-organisation salts of secret hashes).
//! - [`policies`] — `security_policies`.
//! - [`gates`] — `security_gates` (last verdict per branch).
//! - [`intel`] — `security_kev`, `security_epss`, `security_intel_imports`.
//! - [`reports`] — `security_reports`.
//! - [`organizations`] — `security_organizations`, this service's copy of what
//!   it needs of each organisation (the SLA policy), kept from identity's events.
//!
//! A read that needs more than one of the service's tables (a vulnerability
//! with its threat intelligence) lives in the module of the table it lists;
//! writes to a table come only from its own module.

use secureflow_platform::Result;

use crate::domain::finding::{Kind, Severity};
use crate::domain::lifecycle::Status;

pub mod gates;
pub mod intel;
pub mod organizations;
pub mod policies;
pub mod reports;
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
