//! Ingesting one report, in three steps:
//!
//! 1. **plan** (in `store_report`): parse the report (nothing is stored if that fails)
//!    and decide, against the scope's vulnerabilities, what is new, seen again,
//!    reopened or resolved ([`crate::domain::lifecycle::plan`]);
//! 2. **apply** (`apply`): write the plan, the scan and its events in one
//!    transaction (the outbox: events exist exactly when the change does);
//! 3. **after the commit**: wake the event consumers, then evaluate the
//!    branch's gate ([`crate::gates`]) for the uploader's answer.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use secureflow_platform::db::{Backend, Database, now_micros};
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::Envelope;
use secureflow_proto::secureflow::security::v1::{GateEvaluation, ScanPhase};

use crate::assessment::Assessor;
use crate::convert;
use crate::domain::finding::Finding;
use crate::domain::formats::{Format, ParseError, parse_report, tool_without_findings};
use crate::domain::lifecycle::{self, Known, Plan};
use crate::events;
use crate::gates::{Gates, Target};
use crate::listing;
use crate::originals::Originals;
use crate::progress::Tracker;
use crate::store::scans::{ScanRow, Scans};
use crate::store::vulnerabilities::{self, NewVulnerability, SeenAgain};
use crate::store::{self, Scope, Summary};

/// Largest report accepted (the gRPC and HTTP layers enforce their own limits first).
pub const MAX_REPORT_BYTES: usize = 512 * 1024 * 1024;

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

/// Checks the scope of an upload (once, when the upload is made: [`Upload::new`]).
fn validate_scope(scope: &Scope) -> Result<()> {
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
    /// Keeps the report as uploaded.
    pub originals: &'a Originals,
    /// Where the scan records live.
    pub scans: &'a Scans,
}

/// One upload: its scope (validated), format and who sent it.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Where the report applies.
    pub scope: Scope,
    /// The format, or `None` to detect it.
    pub format: Option<Format>,
    /// Who sent it, with the correlation id and trace of the call.
    pub context: EventContext,
}

impl Upload {
    /// An upload to `scope` by the caller of `context`, after checking the scope.
    pub fn new(scope: Scope, format: Option<Format>, context: EventContext) -> Result<Self> {
        validate_scope(&scope)?;
        Ok(Self {
            scope,
            format,
            context,
        })
    }
}

/// Parses, decides and stores one report, then evaluates its gate; returns the
/// stored scan. Progress goes to `tracker`, ending with COMPLETED (with the
/// verdict) or FAILED; on failure nothing is stored.
pub async fn ingest(
    stores: Stores<'_>,
    upload: Upload,
    report: Vec<u8>,
    tracker: &Tracker,
) -> Result<ScanRow> {
    let context = upload.context.clone();
    let outcome = store_report(stores, upload, report, tracker).await;
    match &outcome {
        Ok(scan) => {
            let evaluating = std::time::Instant::now();
            let gate = verdict(stores.gates, scan, &context).await;
            tracing::debug!(scan = %scan.id, gate_ms = evaluating.elapsed().as_millis(), "gate evaluated");
            tracker.completed(convert::summary(&scan.summary), gate);
            // After the verdict: refreshing takes the write lock a while.
            if scan.summary.new >= count(listing::STATISTICS_AFTER) {
                listing::refresh_statistics(stores.db);
            }
        }
        Err(error) => tracker.failed(error.message()),
    }
    outcome
}

/// The gate verdict for a stored scan; if it cannot be evaluated, a FAIL
/// saying why (the report itself is stored either way).
async fn verdict(gates: &Gates, scan: &ScanRow, context: &EventContext) -> Option<GateEvaluation> {
    let target = Target::of_scan(scan, &scan.scope.base_branch);
    match gates.evaluate_and_record(&target, "scan", context).await {
        Ok(evaluation) => evaluation,
        Err(error) => {
            tracing::warn!(%error, scan = %scan.id, "gate evaluation failed");
            Some(crate::gates::unavailable(&target, &error))
        }
    }
}

/// Plans and applies one report; the consumers are woken after the commit.
async fn store_report(
    stores: Stores<'_>,
    mut upload: Upload,
    report: Vec<u8>,
    tracker: &Tracker,
) -> Result<ScanRow> {
    if report.len() > MAX_REPORT_BYTES {
        return Err(too_large());
    }
    // A registered repository's full name means its id.
    upload.scope.repository_id = crate::repositories::resolve_for_upload(
        stores.db,
        &upload.scope.organization_id,
        &upload.scope.repository_id,
    )
    .await?;
    let started = std::time::Instant::now();
    // Until committed: the log's background checkpoint waits (see `Database`).
    let _bulk = (report.len() >= BULK_REPORT_BYTES).then(|| stores.db.writing_in_bulk());
    let report_bytes = i64::try_from(report.len()).unwrap_or(i64::MAX);
    tracker.update(|progress| {
        progress.phase = ScanPhase::Parsing as i32;
        progress.bytes_received = report_bytes;
    });
    // Parsing is CPU work: off the async workers. The report is dropped once
    // parsed and kept.
    let requested = upload.format;
    let report = Arc::new(report);
    let for_parsing = report.clone();
    let parsing = tokio::task::spawn_blocking(move || {
        parse_report(&for_parsing, requested).map(|(format, findings)| {
            // A clean report names its tool itself (nothing else does).
            let tool = match findings.first() {
                Some(finding) => finding.tool.clone(),
                None => tool_without_findings(format, &for_parsing).into(),
            };
            (format, findings, tool)
        })
    });
    // Meanwhile, on the other core, the original is compressed, encrypted and
    // kept (removed again if the scan is not stored). The write transaction is
    // taken first, so nothing changes the scope's vulnerabilities before the
    // plan is applied (a report that does not parse rolls it back). They are
    // read after the parse (see below): read during it, they and a large
    // report's findings made the server's peak (100,000 of each: 45 MiB more).
    let keeping = stores.originals.keep(
        stores.secrets,
        &upload.scope.organization_id,
        tracker.scan_id(),
        report,
    );
    let mut tx = stores.db.begin().await?;
    let (parsed, kept) = futures::future::join(parsing, keeping).await;
    let (format, mut findings, tool) = parsed
        .map_err(Error::internal)?
        .map_err(|error| refused(&error))?;
    // A report in which secrets were found is not kept: its original would
    // hold them in clear, which nothing else stores (dropping the claim
    // removes what was stored).
    let (report_key, unclaimed) = kept
        .filter(|_| findings.iter().all(|finding| finding.secret.is_none()))
        .unzip();
    let parsed = started.elapsed();
    tracker.update(|progress| {
        progress.format = format.name().to_owned();
        progress.findings_parsed = count(findings.len());
        progress.phase = ScanPhase::Deduplicating as i32;
    });
    let mut scan = ScanRow {
        id: tracker.scan_id().to_owned(),
        scope: upload.scope,
        tool: tool.to_string(),
        format: format.name().to_owned(),
        report_bytes,
        summary: Summary::default(),
        uploaded_by: upload.context.actor.clone(),
        created_at_us: now_micros(),
        report_key,
    };
    // What ranking new vulnerabilities needs (read outside the transaction).
    let cves = findings.iter().filter_map(|f| f.cve_id.as_deref());
    let assessor = Assessor::for_cves(stores.db, &scan.scope.organization_id, cves).await?;
    if findings.iter().any(|finding| finding.secret.is_some()) {
        let salt = store::secret_salts::get_or_create(
            &mut tx,
            &scan.scope.organization_id,
            stores.secrets,
        )
        .await?;
        for secret in findings.iter_mut().filter_map(|f| f.secret.as_mut()) {
            secret.salt(&salt);
        }
    }
    // The report's distinct findings (their fingerprints: CPU work, off the
    // async workers) while the scope's vulnerabilities are read.
    let distinct = tokio::task::spawn_blocking(move || {
        let distinct = lifecycle::Distinct::of(&findings);
        (findings, distinct)
    });
    let (distinct, known) = futures::future::join(
        distinct,
        vulnerabilities::known(&mut tx, stores.db.backend(), &scan.scope),
    )
    .await;
    let (findings, distinct) = distinct.map_err(Error::internal)?;
    let known = known?;
    // What the report's findings do to the scope's vulnerabilities.
    let plan = lifecycle::plan_distinct(&findings, distinct, &known, &tool, scan.scope.full_scan);
    scan.summary = summary(&plan);
    tracker.update(|progress| {
        progress.findings_distinct =
            count(plan.new.len() + plan.updated.len() + plan.reopened.len());
        progress.phase = ScanPhase::Storing as i32;
    });
    let planned = started.elapsed();
    apply(
        &mut tx,
        stores,
        &scan,
        &plan,
        Basis {
            known: &known,
            assessor: &assessor,
        },
        &upload.context,
        tracker,
    )
    .await?;
    let applied = started.elapsed();
    tx.commit().await?;
    if let Some(unclaimed) = unclaimed {
        unclaimed.claim();
    }
    stores.log.notify_committed();
    stores.scans.forward(&scan.id).await;
    tracing::debug!(
        scan = %scan.id,
        findings = plan.findings_parsed,
        parse_ms = parsed.as_millis(),
        plan_ms = (planned - parsed).as_millis(),
        apply_ms = (applied - planned).as_millis(),
        commit_ms = (started.elapsed() - applied).as_millis(),
        "report stored"
    );
    Ok(scan)
}

/// What a plan was made against: the scope's vulnerabilities, and what ranking
/// new ones needs.
struct Basis<'a> {
    known: &'a HashMap<String, Known>,
    assessor: &'a Assessor,
}

/// Writes a plan: new vulnerabilities, those seen again or reopened (with an
/// occurrence saying why they were merged), resolutions, the scan, and the
/// events of it all, in the caller's transaction.
async fn apply(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    stores: Stores<'_>,
    scan: &ScanRow,
    plan: &Plan<'_>,
    Basis { known, assessor }: Basis<'_>,
    context: &EventContext,
    tracker: &Tracker,
) -> Result<()> {
    let db = stores.db;
    let backend = db.backend();
    let now = scan.created_at_us;
    // In the order of their key (organisation, repository, branch,
    // fingerprint) and with ids ascending: every index of the table then
    // takes the new rows at a few places instead of all over its pages
    // (100,000 rows: a fifth less time to insert them).
    let mut new: Vec<&(String, &Finding, usize)> = plan.new.iter().collect();
    new.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let new_rows: Vec<NewVulnerability<'_>> = new
        .into_iter()
        .zip(new_ids()?)
        .map(|((fingerprint, finding, _), id)| NewVulnerability {
            id,
            fingerprint,
            finding,
            ranks: assessor.ranks(
                &scan.scope.repository_id,
                finding.severity,
                finding.cvss.as_ref().map(|cvss| cvss.score),
                finding.cve_id.as_deref().unwrap_or_default(),
                now,
            ),
        })
        .collect();
    let mut stored_progress = |stored: usize| {
        tracker.update(|progress| progress.findings_stored += count(stored));
    };
    // Occurrences record what was learned and why it was merged: returns and
    // other tools' reports (the first report is kept on the vulnerability itself).
    let mut occurrences: Vec<(String, &Finding, String)> = Vec::new();
    let mut detected: Vec<(&str, &Finding, bool)> = new_rows
        .iter()
        .map(|row| (row.id.as_str(), row.finding, false))
        .collect();
    let mut seen = Vec::with_capacity(plan.updated.len() + plan.reopened.len());
    for (reopen, list) in [(false, &plan.updated), (true, &plan.reopened)] {
        for (id, fingerprint, finding) in list {
            let finding: &Finding = finding;
            let stored = known.get(fingerprint);
            // The stored list changes only when another tool reports it ("" keeps it).
            let from_new_tool = !stored.is_some_and(|k| k.tools.contains(&*finding.tool));
            let tools = if from_new_tool {
                let mut tools: BTreeSet<String> =
                    stored.map(|k| (*k.tools).clone()).unwrap_or_default();
                tools.insert(finding.tool.to_string());
                serde_json::to_string(&tools).map_err(Error::internal)?
            } else {
                String::new()
            };
            let moved = stored.is_none_or(|k| k.place != finding.place_digest());
            seen.push(SeenAgain {
                id,
                finding,
                changed: moved || !tools.is_empty(),
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
    let staging = db.staging();
    let inserting = vulnerabilities::insert_vulnerabilities(
        tx,
        backend,
        staging.as_ref(),
        scan,
        &new_rows,
        &mut stored_progress,
    );
    // PostgreSQL: the events of what was detected are built while the server
    // stores the new rows (100,000: a third of a second of this process's
    // time, which followed the inserts). SQLite stores them in this process:
    // its events are built group by group as they are appended, so that they
    // are not all held at once.
    let detected_events = if backend == Backend::Postgres {
        let (inserted, events) =
            futures::future::join(inserting, detected_envelopes(scan, &detected, context)).await;
        inserted?;
        Some(events)
    } else {
        inserting.await?;
        None
    };
    vulnerabilities::seen_again_all(tx, backend, scan, &seen, &mut stored_progress).await?;
    vulnerabilities::insert_occurrences(tx, backend, scan, &occurrences).await?;
    vulnerabilities::resolve_all(tx, backend, &plan.resolved, &scan.id, now).await?;
    for (id, dropped) in &plan.tool_dropped {
        if let Some(existing) = known.values().find(|known| &known.id == id) {
            let mut tools = (*existing.tools).clone();
            tools.remove(dropped);
            vulnerabilities::set_tools(tx, id, &tools).await?;
        }
    }
    stores.scans.insert(tx, scan).await?;
    let publishing = std::time::Instant::now();
    publish(tx, db, scan, &detected, detected_events, context).await?;
    tracing::debug!(
        scan = %scan.id,
        detected = detected.len(),
        publish_ms = publishing.elapsed().as_millis(),
        "events appended"
    );
    store::vulnerabilities::bump_branch(
        tx,
        &scan.scope.organization_id,
        &scan.scope.repository_id,
        &scan.scope.branch,
    )
    .await
}

/// Ids for new vulnerabilities, ascending: UUIDv7s of this millisecond whose
/// random part is one random number counted up (one call for randomness, not
/// one per id; 73 random bits keep two uploads in the same millisecond apart).
fn new_ids() -> Result<impl Iterator<Item = String>> {
    let mut seed = [0u8; 10];
    getrandom::fill(&mut seed).map_err(Error::internal)?;
    let millis = u64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis(),
    )
    .unwrap_or(u64::MAX);
    // The low 62 bits are the variant's random field: start below 2^61 so
    // counting up never reaches the two bits the variant takes.
    let start = u64::from_be_bytes(seed[2..].try_into().unwrap_or_default()) >> 3;
    Ok((0u64..).map(move |index| {
        let mut bytes = seed;
        bytes[2..].copy_from_slice(&(start + index).to_be_bytes());
        uuid::Builder::from_unix_timestamp_millis(millis, &bytes)
            .into_uuid()
            .to_string()
    }))
}

/// Appends the scan's events: `scan.started`, `vulnerabilities.detected` for
/// the new and reopened vulnerabilities (many to an event), and
/// `scan.completed`.
async fn publish(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    db: &Database,
    scan: &ScanRow,
    detected: &[(&str, &Finding, bool)],
    detected_events: Option<Vec<Envelope>>,
    context: &EventContext,
) -> Result<()> {
    let backend = db.backend();
    let started = events::PUBLISHER.envelopes(context, [events::scan_started(scan)]);
    platform_events::append_all(tx, backend, &started).await?;
    match detected_events {
        Some(built) => {
            for group in built.chunks(EVENTS_PER_APPEND) {
                platform_events::append_all(tx, backend, group).await?;
            }
        }
        // A few events at a time: those of a large scan carry tens of
        // megabytes, which need not all be in memory at once.
        None => {
            for group in detected.chunks(events::DETECTED_PER_EVENT * EVENTS_PER_APPEND) {
                let envelopes = events::PUBLISHER.envelopes(
                    context,
                    group
                        .chunks(events::DETECTED_PER_EVENT)
                        .map(|batch| events::vulnerabilities_detected(scan, batch)),
                );
                platform_events::append_all(tx, backend, &envelopes).await?;
            }
        }
    }
    let completed = events::PUBLISHER.envelopes(context, [events::scan_completed(scan)]);
    platform_events::append_all(tx, backend, &completed).await
}

/// The `vulnerabilities.detected` events of `detected`, built an event at a
/// time, giving way to the task's other work after each (they are built
/// beside the statements storing the rows).
async fn detected_envelopes(
    scan: &ScanRow,
    detected: &[(&str, &Finding, bool)],
    context: &EventContext,
) -> Vec<Envelope> {
    let mut envelopes = Vec::with_capacity(detected.len().div_ceil(events::DETECTED_PER_EVENT));
    for batch in detected.chunks(events::DETECTED_PER_EVENT) {
        envelopes.extend(
            events::PUBLISHER.envelopes(context, [events::vulnerabilities_detected(scan, batch)]),
        );
        tokio::task::yield_now().await;
    }
    envelopes
}

/// `vulnerabilities.detected` events built and appended together.
const EVENTS_PER_APPEND: usize = 10;

/// Reports from which storing counts as a bulk write (a few thousand findings).
const BULK_REPORT_BYTES: usize = 1 << 20;

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

fn summary(plan: &Plan<'_>) -> Summary {
    Summary {
        findings_parsed: count(plan.findings_parsed),
        duplicates_in_report: count(plan.duplicates_in_report),
        new: count(plan.new.len()),
        updated: count(plan.updated.len()),
        reopened: count(plan.reopened.len()),
        resolved: count(plan.resolved.len()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn new_ids_are_distinct_ascending_version_7_uuids() {
        let ids: Vec<String> = super::new_ids().expect("randomness").take(10_000).collect();
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]));
        for id in [&ids[0], &ids[9_999]] {
            let uuid = uuid::Uuid::parse_str(id).expect("a UUID");
            assert_eq!(uuid.get_version_num(), 7);
            assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122);
        }
        let other: Vec<String> = super::new_ids().expect("randomness").take(10).collect();
        assert!(other.iter().all(|id| !ids.contains(id)));
    }
}
