//! Protobuf ⇄ domain and store values, one convention: `convert::<thing>(…)`
//! builds a contract message, `convert::<thing>_from(…)` reads one.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_proto::secureflow::security::v1 as pb;

use crate::domain::finding::{Confidence, Kind, Severity};
use crate::domain::gate;
use crate::domain::lifecycle::Status;
use crate::store::Summary;
use crate::store::scans::ScanRow;
use crate::store::vulnerabilities::{Occurrence, VulnerabilityRow};

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

/// The values of a repeated enum filter, or INVALID_ARGUMENT naming the first
/// one that is unspecified, unknown or matches nothing findings can have.
pub fn filter_values<T>(
    values: &[i32],
    field: &str,
    convert: impl Fn(i32) -> Option<T>,
) -> Result<Vec<T>, secureflow_platform::Error> {
    values
        .iter()
        .enumerate()
        .map(|(index, value)| {
            convert(*value).ok_or_else(|| {
                secureflow_platform::Error::invalid_field(
                    format!("{field}[{index}]"),
                    format!("`{value}` is not a value this filter accepts"),
                )
            })
        })
        .collect()
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

/// Ingestion counts.
pub fn summary(summary: &Summary) -> pb::IngestionSummary {
    pb::IngestionSummary {
        findings_parsed: summary.findings_parsed,
        duplicates_in_report: summary.duplicates_in_report,
        new: summary.new,
        updated: summary.updated,
        reopened: summary.reopened,
        resolved: summary.resolved,
    }
}

/// The progress of a stored (completed) scan, for watchers that come after it.
pub fn completed_progress(row: &ScanRow) -> pb::ScanProgress {
    pb::ScanProgress {
        scan_id: row.id.clone(),
        phase: pb::ScanPhase::Completed as i32,
        bytes_received: row.report_bytes,
        findings_parsed: row.summary.findings_parsed,
        findings_distinct: row.summary.findings_parsed - row.summary.duplicates_in_report,
        findings_stored: row.summary.new + row.summary.updated + row.summary.reopened,
        summary: Some(summary(&row.summary)),
        format: row.format.clone(),
        time: Some(micros_to_timestamp(row.created_at_us)),
        ..Default::default()
    }
}

/// A kind from the contract (`None` for unspecified or kinds not produced).
pub fn kind_from(value: i32) -> Option<Kind> {
    match pb::FindingKind::try_from(value).ok()? {
        pb::FindingKind::Sast => Some(Kind::Sast),
        pb::FindingKind::Dependency => Some(Kind::Dependency),
        pb::FindingKind::Secret => Some(Kind::Secret),
        pb::FindingKind::Iac => Some(Kind::Iac),
        pb::FindingKind::Dast => Some(Kind::Dast),
        pb::FindingKind::Container => Some(Kind::Container),
        pb::FindingKind::License | pb::FindingKind::Unspecified => None,
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
            base_branch: row.scope.base_branch.clone(),
        }),
        tool: row.tool.clone(),
        format: row.format.clone(),
        status: pb::ScanStatus::Completed as i32,
        summary: Some(summary(&row.summary)),
        report_bytes: row.report_bytes,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        complete_time: Some(micros_to_timestamp(row.created_at_us)),
        uploaded_by: row.uploaded_by.clone(),
        report_kept: row.report_key.is_some(),
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
        description: finding.description.to_string(),
        severity: severity(finding.severity) as i32,
        cve_id: finding.cve_id.clone().unwrap_or_default(),
        cwe_id: finding
            .cwe
            .map(|cwe| format!("CWE-{cwe}"))
            .unwrap_or_default(),
        tool: finding.tool.to_string(),
        file_path: finding.file_path.clone(),
        line_number: finding
            .line
            .map_or(0, |line| i32::try_from(line).unwrap_or(i32::MAX)),
        repository_id: row.repository_id.clone(),
        branch: row.branch.clone(),
        commit_sha: row.commit_sha.clone(),
        status: status(row.status) as i32,
        assigned_to: row.assigned_to.clone(),
        references: finding.references.iter().map(|r| r.to_string()).collect(),
        first_detected: Some(micros_to_timestamp(row.first_detected_us)),
        last_seen: Some(micros_to_timestamp(row.last_seen_us)),
        rule_id: finding.rule_id.to_string(),
        component: finding.component.as_ref().map(|component| pb::Component {
            name: component.name.clone(),
            version: component.version.clone(),
            fixed_version: component.fixed_version.clone(),
            ecosystem: component.ecosystem.clone(),
            purl: component.purl.clone(),
            ..Default::default()
        }),
        remediation: finding.remediation.clone(),
        cvss: finding.cvss.as_ref().map(|cvss| pb::Cvss {
            vector: cvss.vector.clone(),
            score: cvss.score,
            version: cvss.version.clone(),
        }),
        confidence: finding
            .confidence
            .map_or(pb::Confidence::Unspecified, |c| match c {
                Confidence::Low => pb::Confidence::Low,
                Confidence::Medium => pb::Confidence::Medium,
                Confidence::High => pb::Confidence::High,
            }) as i32,
        status_changed_by: row.status_changed_by.clone(),
        status_change_time: row.status_changed_us.map(micros_to_timestamp),
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

/// How a report was merged into a vulnerability.
pub fn occurrence(row: &Occurrence) -> pb::Occurrence {
    pb::Occurrence {
        scan_id: row.scan_id.clone(),
        tool: row.tool.clone(),
        rule_id: row.rule_id.clone(),
        file_path: row.file_path.clone(),
        line_number: i32::try_from(row.line).unwrap_or(0),
        commit_sha: row.commit_sha.clone(),
        seen_time: Some(micros_to_timestamp(row.seen_at_us)),
        merge_reason: row.merge_reason.clone(),
    }
}

/// Most repositories one `ListVulnerabilities` request names in `repository_ids`.
const MAX_REPOSITORY_IDS: usize = 1000;

/// The filters and order of a `ListVulnerabilities` request (open and in
/// progress when no status is named); unknown values are refused naming the field.
pub fn vulnerability_filters_from(
    request: pb::ListVulnerabilitiesRequest,
) -> secureflow_platform::Result<crate::store::vulnerabilities::Filters> {
    use crate::store::vulnerabilities::{Filters, Order};
    use secureflow_platform::Error;
    let mut statuses = filter_values(&request.statuses, "statuses", status_from)?;
    if statuses.is_empty() {
        statuses = vec![Status::Open, Status::InProgress];
    }
    let cwe = match request.cwe_id.trim() {
        "" => None,
        text => Some(
            crate::domain::finding::find_cwe(text)
                .or_else(|| text.parse().ok())
                .ok_or_else(|| {
                    Error::invalid_field(
                        "cwe_id",
                        format!("`{text}` is not a CWE id (`CWE-79` or `79`)"),
                    )
                })?,
        ),
    };
    let order = Order::parse(&request.order_by).ok_or_else(|| {
        Error::invalid_field(
            "order_by",
            format!(
                "unknown sort order `{}`; use `risk desc`, `severity desc`, \
                 `first_detected desc`, `last_seen desc` or `sla_due asc`",
                request.order_by
            ),
        )
    })?;
    if request.repository_ids.len() > MAX_REPOSITORY_IDS {
        return Err(Error::invalid_field(
            "repository_ids",
            format!(
                "names {} repositories; at most {MAX_REPOSITORY_IDS} in one list",
                request.repository_ids.len()
            ),
        ));
    }
    if let Some(index) = request
        .repository_ids
        .iter()
        .position(|id| id.trim().is_empty())
    {
        return Err(Error::invalid_field(
            format!("repository_ids[{index}]"),
            "must name a repository",
        ));
    }
    Ok(Filters {
        statuses,
        severities: filter_values(&request.severities, "severities", severity_from)?,
        tools: request.tools,
        repository_id: request.repository_id,
        repository_ids: request.repository_ids,
        branch: request.branch,
        cve_id: request.cve_id,
        cwe,
        query: request.query,
        component: request.component,
        assigned_to: request.assigned_to,
        kinds: filter_values(&request.kinds, "kinds", kind_from)?,
        order,
    })
}

/// How much of each vulnerability a `ListVulnerabilities` request asks for.
pub fn vulnerability_view_from(
    view: i32,
) -> secureflow_platform::Result<crate::store::vulnerabilities::View> {
    use crate::store::vulnerabilities::View;
    match pb::VulnerabilityView::try_from(view) {
        Ok(pb::VulnerabilityView::Basic) => Ok(View::Basic),
        Ok(pb::VulnerabilityView::Full | pb::VulnerabilityView::Unspecified) => Ok(View::Full),
        Err(_) => Err(secureflow_platform::Error::invalid_field(
            "view",
            format!("unknown view {view}; use BASIC or FULL"),
        )),
    }
}

/// The gate an `EvaluateGate` request names.
pub fn gate_request_from(request: pb::EvaluateGateRequest) -> crate::gates::Requested {
    use pb::evaluate_gate_request::Target;
    let (scan_id, commit_sha) = match request.target {
        Some(Target::ScanId(id)) => (Some(id), None),
        Some(Target::CommitSha(commit)) => (None, Some(commit)),
        None => (None, None),
    };
    crate::gates::Requested {
        repository_id: request.repository_id,
        branch: request.branch,
        base_branch: request.base_branch,
        scan_id,
        commit_sha,
    }
}

/// A policy as the gate evaluates it. Stored policies were validated; a
/// condition without a rule stays without one (it fails closed).
pub fn policy_from(policy: &pb::Policy) -> gate::Policy {
    use pb::condition::Rule as PbRule;
    let set = |value: i32| match pb::FindingSet::try_from(value) {
        Ok(pb::FindingSet::Total) => gate::FindingSet::Total,
        _ => gate::FindingSet::New,
    };
    let rule = |rule: &PbRule| match rule {
        PbRule::Threshold(rule) => gate::Rule::Threshold {
            set: set(rule.finding_set),
            min_severity: severity_from(rule.min_severity),
            max_count: rule.max_count,
            tool: rule.tool.clone(),
            kind: if rule.kind == pb::FindingKind::License as i32 {
                gate::KindFilter::License
            } else {
                kind_from(rule.kind).map_or(gate::KindFilter::Any, gate::KindFilter::Kind)
            },
        },
        PbRule::AnySecret(rule) => gate::Rule::AnySecret {
            set: set(rule.finding_set),
        },
        PbRule::KnownExploited(rule) => gate::Rule::KnownExploited {
            set: set(rule.finding_set),
        },
        PbRule::RiskScore(rule) => gate::Rule::RiskScore {
            set: set(rule.finding_set),
            threshold: rule.threshold,
        },
        PbRule::SlaBreach(rule) => gate::Rule::SlaBreach {
            min_severity: severity_from(rule.min_severity),
        },
        PbRule::LicenseDeny(rule) => gate::Rule::LicenseDeny {
            denied_licenses: rule.denied_licenses.clone(),
        },
        PbRule::Cel(rule) => gate::Rule::Cel {
            expression: rule.expression.clone(),
            message: rule.message.clone(),
        },
    };
    gate::Policy {
        id: policy.id.clone(),
        name: policy.name.clone(),
        branch_patterns: policy
            .scope
            .as_ref()
            .map(|scope| scope.branch_patterns.clone())
            .unwrap_or_default(),
        conditions: policy
            .conditions
            .iter()
            .map(|condition| gate::Condition {
                rule: condition.rule.as_ref().map(rule),
                on_violation: match pb::Verdict::try_from(condition.on_violation) {
                    Ok(pb::Verdict::Warn) => gate::Verdict::Warn,
                    _ => gate::Verdict::Fail,
                },
            })
            .collect(),
    }
}

/// A verdict.
pub fn verdict(verdict: gate::Verdict) -> pb::Verdict {
    match verdict {
        gate::Verdict::Pass => pb::Verdict::Pass,
        gate::Verdict::Warn => pb::Verdict::Warn,
        gate::Verdict::Fail => pb::Verdict::Fail,
    }
}

/// A policy's result.
pub fn policy_result(result: gate::PolicyResult) -> pb::PolicyResult {
    pb::PolicyResult {
        policy_id: result.policy_id,
        policy_name: result.policy_name,
        verdict: verdict(result.verdict) as i32,
        violations: result
            .violations
            .into_iter()
            .map(|violation| pb::ConditionResult {
                condition_index: i32::try_from(violation.condition_index).unwrap_or(i32::MAX),
                verdict: verdict(violation.verdict) as i32,
                message: violation.message,
                vulnerability_ids: violation.vulnerability_ids,
                evaluation_error: violation.evaluation_error,
            })
            .collect(),
    }
}
