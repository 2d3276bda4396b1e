//! Ingesting one report: parse (nothing is stored if that fails), plan against
//! the scope's vulnerabilities, then apply the plan, store the scan and append
//! its events in one transaction.

use std::collections::BTreeSet;

use prost::Message as _;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self, EventLog};
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::{
    Envelope, Metadata, ScanCompleted, ScanStarted, VulnerabilityDetected, envelope,
};
use secureflow_proto::secureflow::security::v1::{GateEvaluation, ScanPhase};

use crate::convert;
use crate::domain::finding::Finding;
use crate::domain::formats::{Format, ParseError, parse_report};
use crate::domain::lifecycle::{self, Plan};
use crate::gates::{self, Gates, Target};
use crate::progress::Tracker;
use crate::store::{self, ScanRow, Scope, Summary};

/// Largest report accepted (the gRPC and HTTP layers enforce their own limits first).
pub const MAX_REPORT_BYTES: usize = 512 * 1024 * 1024;

/// `vulnerability.detected` events built and appended at a time.
const EVENT_BATCH: usize = 2000;

/// Service name in event envelopes.
const SOURCE: &str = "secureflow.security.v1.SecurityService";

/// A report refused with the format tried and where it broke.
pub fn refused(error: &ParseError) -> Error {
    Error::invalid_field(
        "report",
        format!(
            "{} report not accepted at {}: {}",
            error.format, error.location, error.message
        ),
    )
    .with_reason("REPORT_INVALID")
}

/// Checks the scope of an upload.
pub fn validate_scope(scope: &Scope) -> Result<()> {
    if scope.repository_id.trim().is_empty() {
        return Err(Error::invalid_field(
            "scope.repository_id",
            "must not be empty",
        ));
    }
    if scope.branch.trim().is_empty() {
        return Err(Error::invalid_field("scope.branch", "must not be empty"));
    }
    Ok(())
}

/// Where ingestion reads and writes.
#[derive(Debug, Clone, Copy)]
pub struct Stores<'a> {
    /// The database.
    pub db: &'a Database,
    /// The event log (outbox) to notify after commit.
    pub log: &'a EventLog,
    /// Seals the organisation's secret-hash salt.
    pub secrets: &'a Secrets,
    /// Evaluates the gate once the scan is stored.
    pub gates: &'a Gates,
}

/// One upload: its scope, format and who sent it.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Where the report applies.
    pub scope: Scope,
    /// The format, or `None` to detect it.
    pub format: Option<Format>,
    /// User (or token subject) that uploaded it.
    pub uploaded_by: String,
    /// Correlation id for events and logs.
    pub correlation_id: String,
}

/// Parses, decides and stores one report; returns the stored scan. Progress goes
/// to `tracker`, ending with COMPLETED or FAILED; on failure nothing is stored.
pub async fn ingest(
    stores: Stores<'_>,
    upload: Upload,
    report: Vec<u8>,
    tracker: &Tracker,
) -> Result<ScanRow> {
    let gates = stores.gates;
    let outcome = run(stores, upload, report, tracker).await;
    match &outcome {
        Ok(scan) => {
            let gate = verdict(gates, scan).await;
            tracker.completed(convert::summary(&scan.summary), gate);
        }
        Err(error) => tracker.failed(error.message()),
    }
    outcome
}

/// The gate verdict for a stored scan; if it cannot be evaluated, a FAIL
/// saying why (the report itself is stored either way).
async fn verdict(gates: &Gates, scan: &ScanRow) -> Option<GateEvaluation> {
    let target = Target {
        organization_id: scan.scope.organization_id.clone(),
        repository_id: scan.scope.repository_id.clone(),
        branch: scan.scope.branch.clone(),
        base_branch: scan.scope.base_branch.clone(),
        commit_sha: scan.scope.commit_sha.clone(),
        scan_id: scan.id.clone(),
    };
    match gates
        .evaluate_and_record(&target, "scan", &scan.uploaded_by)
        .await
    {
        Ok(evaluation) => evaluation,
        Err(error) => {
            tracing::warn!(%error, scan = %scan.id, "gate evaluation failed");
            Some(crate::gates::unavailable(&target, &error))
        }
    }
}

async fn run(
    stores: Stores<'_>,
    upload: Upload,
    report: Vec<u8>,
    tracker: &Tracker,
) -> Result<ScanRow> {
    validate_scope(&upload.scope)?;
    if report.len() > MAX_REPORT_BYTES {
        return Err(too_large());
    }
    let report_bytes = i64::try_from(report.len()).unwrap_or(i64::MAX);
    tracker.update(|progress| {
        progress.phase = ScanPhase::Parsing as i32;
        progress.bytes_received = report_bytes;
    });
    // Parsing is CPU work: off the async workers. The report is dropped once parsed.
    let requested = upload.format;
    let (format, mut findings) =
        tokio::task::spawn_blocking(move || parse_report(&report, requested))
            .await
            .map_err(Error::internal)?
            .map_err(|error| refused(&error))?;
    tracker.update(|progress| {
        progress.format = format.name().to_owned();
        progress.findings_parsed = count(findings.len());
        progress.phase = ScanPhase::Deduplicating as i32;
    });
    let tool = findings
        .first()
        .map(|finding| finding.tool.clone())
        .unwrap_or_else(|| format.name().to_owned());
    let now = now_micros();
    let mut scan = ScanRow {
        id: tracker.scan_id().to_owned(),
        scope: upload.scope,
        tool: tool.clone(),
        format: format.name().to_owned(),
        report_bytes,
        summary: Summary::default(),
        uploaded_by: upload.uploaded_by,
        created_at_us: now,
    };
    let backend = stores.db.backend();
    let mut tx = stores.db.begin().await?;
    if findings.iter().any(|finding| finding.secret.is_some()) {
        let salt = store::secret_salt(&mut tx, &scan.scope.organization_id, stores.secrets).await?;
        for secret in findings.iter_mut().filter_map(|f| f.secret.as_mut()) {
            secret.salt(&salt);
        }
    }
    let known = store::known(&mut tx, backend, &scan.scope).await?;
    let plan = lifecycle::plan(findings, &known, &tool, scan.scope.full_scan);
    scan.summary = summary(&plan);
    let distinct = plan.new.len() + plan.updated.len() + plan.reopened.len();
    tracker.update(|progress| {
        progress.findings_distinct = count(distinct);
        progress.phase = ScanPhase::Storing as i32;
    });
    let mut detected = Vec::new();
    let new_rows: Vec<store::NewVulnerability<'_>> = plan
        .new
        .iter()
        .map(|(fingerprint, finding, _)| store::NewVulnerability {
            id: uuid::Uuid::now_v7().to_string(),
            fingerprint,
            finding,
        })
        .collect();
    let mut stored_progress = |stored: usize| {
        tracker.update(|progress| progress.findings_stored += count(stored));
    };
    store::insert_vulnerabilities(&mut tx, backend, &scan, &new_rows, &mut stored_progress).await?;
    // Occurrences record what was learned and why it was merged: returns and
    // other tools' reports (the first report is kept on the vulnerability itself).
    let mut occurrences: Vec<(String, &Finding, String)> = Vec::new();
    detected.extend(
        new_rows
            .iter()
            .map(|row| (row.id.as_str(), row.finding, false)),
    );
    let mut seen = Vec::with_capacity(plan.updated.len() + plan.reopened.len());
    for (reopen, list) in [(false, &plan.updated), (true, &plan.reopened)] {
        for (id, fingerprint, finding) in list {
            let mut tools: BTreeSet<String> = known
                .get(fingerprint)
                .map(|k| k.tools.clone())
                .unwrap_or_default();
            let from_new_tool = tools.insert(finding.tool.clone());
            let tools = serde_json::to_string(&tools).map_err(Error::internal)?;
            seen.push(store::SeenAgain {
                id,
                finding,
                tools,
                reopen,
            });
            if reopen {
                let reason = format!(
                    "reported again after it was resolved ({})",
                    finding.match_basis()
                );
                occurrences.push((id.clone(), finding, reason));
                detected.push((id.as_str(), finding, true));
            } else if from_new_tool {
                let reason = format!("reported by another tool: {}", finding.match_basis());
                occurrences.push((id.clone(), finding, reason));
            }
        }
    }
    store::seen_again_all(
        &mut tx,
        backend,
        &seen,
        &scan.scope.commit_sha,
        now,
        &mut stored_progress,
    )
    .await?;
    store::insert_occurrences(&mut tx, backend, &scan, &occurrences).await?;
    store::resolve_all(&mut tx, backend, &plan.resolved, &scan.id, now).await?;
    for (id, dropped) in &plan.tool_dropped {
        if let Some(existing) = known.values().find(|known| &known.id == id) {
            let mut tools = existing.tools.clone();
            tools.remove(dropped);
            store::set_tools(&mut tx, id, &tools).await?;
        }
    }
    store::insert_scan(&mut tx, &scan).await?;
    let metadata = Metadata {
        organization_id: scan.scope.organization_id.clone(),
        user_id: scan.uploaded_by.clone(),
        correlation_id: upload.correlation_id,
        traceparent: String::new(),
    };
    let started = envelope::Data::ScanStarted(ScanStarted {
        scan_id: scan.id.clone(),
        repository_id: scan.scope.repository_id.clone(),
        branch: scan.scope.branch.clone(),
        commit_sha: scan.scope.commit_sha.clone(),
        format: scan.format.clone(),
    });
    let started = event("scan.started", &scan.id, &metadata, started);
    events::append(&mut tx, backend, &started).await?;
    // Detected events are built and written a batch at a time, not all held at once.
    let detected_event = |(id, finding, reopened): &(&str, &Finding, bool)| {
        let data = envelope::Data::VulnerabilityDetected(VulnerabilityDetected {
            vulnerability_id: (*id).to_owned(),
            scan_id: scan.id.clone(),
            repository_id: scan.scope.repository_id.clone(),
            branch: scan.scope.branch.clone(),
            severity: finding.severity.name().to_owned(),
            title: finding.title.clone(),
            cve_id: finding.cve_id.clone().unwrap_or_default(),
            reopened: *reopened,
        });
        event("vulnerability.detected", id, &metadata, data)
    };
    for batch in detected.chunks(EVENT_BATCH) {
        let envelopes: Vec<Envelope> = batch.iter().map(detected_event).collect();
        events::append_all(&mut tx, backend, &envelopes).await?;
    }
    let completed = envelope::Data::ScanCompleted(ScanCompleted {
        scan_id: scan.id.clone(),
        repository_id: scan.scope.repository_id.clone(),
        branch: scan.scope.branch.clone(),
        commit_sha: scan.scope.commit_sha.clone(),
        tool: scan.tool.clone(),
        findings_parsed: scan.summary.findings_parsed,
        duplicates_in_report: scan.summary.duplicates_in_report,
        new: scan.summary.new,
        updated: scan.summary.updated,
        reopened: scan.summary.reopened,
        resolved: scan.summary.resolved,
        gate_verdict: String::new(),
    });
    let completed = event("scan.completed", &scan.id, &metadata, completed);
    events::append(&mut tx, backend, &completed).await?;
    gates::bump_branch(
        &mut tx,
        &scan.scope.organization_id,
        &scan.scope.repository_id,
        &scan.scope.branch,
    )
    .await?;
    tx.commit().await?;
    stores.log.notify_committed();
    Ok(scan)
}

/// The error for a report over [`MAX_REPORT_BYTES`] (refused as invalid input,
/// like any other report that cannot be accepted).
pub fn too_large() -> Error {
    Error::invalid_field(
        "report",
        format!("reports are limited to {MAX_REPORT_BYTES} bytes; this one is larger"),
    )
    .with_reason("REPORT_TOO_LARGE")
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn summary(plan: &Plan) -> Summary {
    Summary {
        findings_parsed: count(plan.findings_parsed),
        duplicates_in_report: count(plan.duplicates_in_report),
        new: count(plan.new.len()),
        updated: count(plan.updated.len()),
        reopened: count(plan.reopened.len()),
        resolved: count(plan.resolved.len()),
    }
}

fn event(
    event_type: &str,
    aggregate_id: &str,
    metadata: &Metadata,
    data: envelope::Data,
) -> Envelope {
    let now = now_micros();
    let envelope = Envelope {
        event_id: uuid::Uuid::now_v7().to_string(),
        event_type: event_type.to_owned(),
        timestamp: Some(secureflow_platform::db::micros_to_timestamp(now)),
        source: SOURCE.to_owned(),
        aggregate_id: aggregate_id.to_owned(),
        metadata: Some(metadata.clone()),
        data: Some(data),
    };
    debug_assert!(envelope.encoded_len() > 0);
    envelope
}
