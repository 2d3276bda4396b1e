//! Stored rows to contract messages.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_proto::secureflow::security::v1 as pb;

use crate::domain::finding::{Kind, Severity};
use crate::domain::lifecycle::Status;
use crate::store::{ScanRow, VulnerabilityRow};

/// A severity.
pub fn severity(severity: Severity) -> pb::Severity {
    match severity {
        Severity::Info => pb::Severity::Info,
        Severity::Low => pb::Severity::Low,
        Severity::Medium => pb::Severity::Medium,
        Severity::High => pb::Severity::High,
        Severity::Critical => pb::Severity::Critical,
    }
}

/// A severity from the contract (`None` for unspecified).
pub fn severity_from(value: i32) -> Option<Severity> {
    match pb::Severity::try_from(value).ok()? {
        pb::Severity::Info => Some(Severity::Info),
        pb::Severity::Low => Some(Severity::Low),
        pb::Severity::Medium => Some(Severity::Medium),
        pb::Severity::High => Some(Severity::High),
        pb::Severity::Critical => Some(Severity::Critical),
        pb::Severity::Unspecified => None,
    }
}

/// A status.
pub fn status(status: Status) -> pb::VulnerabilityStatus {
    match status {
        Status::Open => pb::VulnerabilityStatus::Open,
        Status::InProgress => pb::VulnerabilityStatus::InProgress,
        Status::Resolved => pb::VulnerabilityStatus::Resolved,
        Status::FalsePositive => pb::VulnerabilityStatus::FalsePositive,
        Status::AcceptedRisk => pb::VulnerabilityStatus::AcceptedRisk,
    }
}

/// A status from the contract (`None` for unspecified).
pub fn status_from(value: i32) -> Option<Status> {
    match pb::VulnerabilityStatus::try_from(value).ok()? {
        pb::VulnerabilityStatus::Open => Some(Status::Open),
        pb::VulnerabilityStatus::InProgress => Some(Status::InProgress),
        pb::VulnerabilityStatus::Resolved => Some(Status::Resolved),
        pb::VulnerabilityStatus::FalsePositive => Some(Status::FalsePositive),
        pb::VulnerabilityStatus::AcceptedRisk => Some(Status::AcceptedRisk),
        pb::VulnerabilityStatus::Unspecified => None,
    }
}

fn kind(kind: Kind) -> pb::FindingKind {
    match kind {
        Kind::Sast => pb::FindingKind::Sast,
        Kind::Dependency => pb::FindingKind::Dependency,
        Kind::Secret => pb::FindingKind::Secret,
        Kind::Iac => pb::FindingKind::Iac,
        Kind::Dast => pb::FindingKind::Dast,
        Kind::Container => pb::FindingKind::Container,
    }
}

/// A scan.
pub fn scan(row: &ScanRow) -> pb::Scan {
    pb::Scan {
        id: row.id.clone(),
        organization_id: row.scope.organization_id.clone(),
        scope: Some(pb::ScanScope {
            repository_id: row.scope.repository_id.clone(),
            branch: row.scope.branch.clone(),
            commit_sha: row.scope.commit_sha.clone(),
            pipeline_execution_id: row.scope.pipeline_execution_id.clone(),
            pull_request_number: 0,
            partial: !row.scope.full_scan,
        }),
        tool: row.tool.clone(),
        format: row.format.clone(),
        status: pb::ScanStatus::Completed as i32,
        summary: Some(pb::IngestionSummary {
            findings_parsed: row.summary.findings_parsed,
            duplicates_in_report: row.summary.duplicates_in_report,
            new: row.summary.new,
            updated: row.summary.updated,
            reopened: row.summary.reopened,
            resolved: row.summary.resolved,
        }),
        report_bytes: row.report_bytes,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        complete_time: Some(micros_to_timestamp(row.created_at_us)),
        uploaded_by: row.uploaded_by.clone(),
        ..Default::default()
    }
}

/// A vulnerability.
pub fn vulnerability(row: &VulnerabilityRow, organization_id: &str) -> pb::Vulnerability {
    let finding = &row.finding;
    pb::Vulnerability {
        id: row.id.clone(),
        organization_id: organization_id.to_owned(),
        title: finding.title.clone(),
        description: finding.description.clone(),
        severity: severity(finding.severity) as i32,
        cve_id: finding.cve_id.clone().unwrap_or_default(),
        cwe_id: finding
            .cwe
            .map(|cwe| format!("CWE-{cwe}"))
            .unwrap_or_default(),
        tool: finding.tool.clone(),
        file_path: finding.file_path.clone(),
        line_number: finding
            .line
            .map_or(0, |line| i32::try_from(line).unwrap_or(i32::MAX)),
        repository_id: row.repository_id.clone(),
        branch: row.branch.clone(),
        commit_sha: row.commit_sha.clone(),
        status: status(row.status) as i32,
        assigned_to: row.assigned_to.clone(),
        references: finding.references.clone(),
        first_detected: Some(micros_to_timestamp(row.first_detected_us)),
        last_seen: Some(micros_to_timestamp(row.last_seen_us)),
        rule_id: finding.rule_id.clone(),
        component: finding.component.as_ref().map(|component| pb::Component {
            name: component.name.clone(),
            version: component.version.clone(),
            fixed_version: component.fixed_version.clone(),
            ecosystem: component.ecosystem.clone(),
            ..Default::default()
        }),
        tools: row.tools.clone(),
        kind: kind(finding.kind) as i32,
        fingerprint: row.fingerprint.clone(),
        status_justification: row.status_justification.clone(),
        resolved_time: row.resolved_at_us.map(micros_to_timestamp),
        resolved_by_scan_id: row.resolved_by_scan.clone(),
        accepted_until: row.accepted_until_us.map(micros_to_timestamp),
        secret_preview: finding
            .secret
            .as_ref()
            .map(|secret| secret.preview.clone())
            .unwrap_or_default(),
        snippet: finding.snippet.clone(),
        ..Default::default()
    }
}
