//! What the security service publishes and consumes, in one place.
//!
//! Publishes (each appended in the transaction of the change it reports):
//! - `scan.started`, `vulnerabilities.detected` (the new or reopened ones, up
//!   to [`DETECTED_PER_EVENT`] an event) and `scan.completed` when a report is
//!   stored ([`crate::ingest`]);
//! - `vulnerability.status_changed` on triage and accepted-risk expiry
//!   ([`crate::triage`]);
//! - `sla.breached`, once per vulnerability ([`crate::breaches`]);
//! - `gate.changed` when a policy's verdict on a branch changes ([`crate::gates`]).
//!
//! Consumes:
//! - `identity.organizations` ([`ORGANIZATIONS`]): keeps the organisation's SLA
//!   policy in [`crate::store::organizations`] and re-evaluates its gates, whose
//!   verdicts can depend on deadlines.
//! - `repository.repositories` ([`REPOSITORIES`]): keeps each repository's full
//!   name, criticality and deletion ([`crate::repositories`]), then ranks the
//!   organisation's vulnerabilities again and re-evaluates the repository's gates.

use std::sync::Arc;

use futures::future::BoxFuture;
use secureflow_platform::Result;
use secureflow_platform::db::micros_to_timestamp;
use secureflow_platform::events::{
    EventContext, EventHandler, EventLog, Publisher, StoredEvent, mark_processed,
};
use secureflow_platform::server::Consumer;
use secureflow_proto::secureflow::events::v1::{
    DetectedVulnerability, GateChanged, OrganizationChanged, ScanCompleted, ScanStarted,
    SlaBreached, VulnerabilitiesDetected, VulnerabilityStatusChanged, envelope::Data,
};

use crate::domain::finding::{Finding, Severity};
use crate::domain::lifecycle::Status;
use crate::domain::sla::SlaPolicy;
use crate::gates::{Affected, Gates, Target};
use crate::store::vulnerabilities::Ranked;
use crate::store::{self, scans::ScanRow};

/// Envelopes of this service.
pub const PUBLISHER: Publisher = Publisher::new("secureflow.security.v1.SecurityService");

/// `scan.started` of a stored scan.
pub fn scan_started(scan: &ScanRow) -> (String, Data) {
    let data = Data::ScanStarted(ScanStarted {
        scan_id: scan.id.clone(),
        repository_id: scan.scope.repository_id.clone(),
        branch: scan.scope.branch.clone(),
        commit_sha: scan.scope.commit_sha.clone(),
        format: scan.format.clone(),
    });
    (scan.id.clone(), data)
}

/// `scan.completed` of a stored scan (its gate is evaluated after it commits:
/// the verdict is published as `gate.changed`).
pub fn scan_completed(scan: &ScanRow) -> (String, Data) {
    #[allow(deprecated)]
    let completed = ScanCompleted {
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
    };
    (scan.id.clone(), Data::ScanCompleted(completed))
}

/// Vulnerabilities one `vulnerabilities.detected` event carries at most.
pub const DETECTED_PER_EVENT: usize = 1000;

/// `vulnerabilities.detected` of (at most [`DETECTED_PER_EVENT`]) vulnerabilities
/// a scan found new or reopened: (id, finding, reopened).
pub fn vulnerabilities_detected(
    scan: &ScanRow,
    detected: &[(&str, &Finding, bool)],
) -> (String, Data) {
    let data = Data::VulnerabilitiesDetected(VulnerabilitiesDetected {
        scan_id: scan.id.clone(),
        repository_id: scan.scope.repository_id.clone(),
        branch: scan.scope.branch.clone(),
        vulnerabilities: detected
            .iter()
            .map(|(id, finding, reopened)| DetectedVulnerability {
                vulnerability_id: (*id).to_owned(),
                severity: finding.severity.name().to_owned(),
                title: finding.title.clone(),
                cve_id: finding.cve_id.clone().unwrap_or_default(),
                reopened: *reopened,
            })
            .collect(),
    });
    (scan.id.clone(), data)
}

/// `vulnerability.status_changed`.
pub fn status_changed(
    id: &str,
    repository_id: &str,
    previous: Status,
    status: Status,
    justification: &str,
) -> (String, Data) {
    let data = Data::VulnerabilityStatusChanged(VulnerabilityStatusChanged {
        vulnerability_id: id.to_owned(),
        repository_id: repository_id.to_owned(),
        previous_status: store::status_name(previous).to_owned(),
        status: store::status_name(status).to_owned(),
        justification: justification.to_owned(),
    });
    (id.to_owned(), data)
}

/// `sla.breached`.
pub fn sla_breached(
    id: &str,
    repository_id: &str,
    severity: Severity,
    due_us: Option<i64>,
) -> (String, Data) {
    let data = Data::SlaBreached(SlaBreached {
        vulnerability_id: id.to_owned(),
        repository_id: repository_id.to_owned(),
        severity: severity.name().to_owned(),
        due_at: due_us.map(micros_to_timestamp),
    });
    (id.to_owned(), data)
}

/// `gate.changed` of one policy on a branch (`verdict` empty: the policy no
/// longer applies).
pub fn gate_changed(
    target: &Target,
    policy_id: &str,
    previous: &str,
    verdict: &str,
    cause: &str,
) -> (String, Data) {
    let data = Data::GateChanged(GateChanged {
        policy_id: policy_id.to_owned(),
        repository_id: target.repository_id.clone(),
        branch: target.branch.clone(),
        commit_sha: target.commit_sha.clone(),
        previous_verdict: previous.to_owned(),
        verdict: verdict.to_owned(),
        cause: cause.to_owned(),
    });
    (format!("{}/{}", target.repository_id, target.branch), data)
}

/// The consumer of `identity.organizations`.
pub const ORGANIZATIONS: Consumer = Consumer {
    name: "security.organizations",
    topics: &["identity.organizations"],
    handler: |context| {
        Arc::new(Organizations {
            log: context.events.clone(),
            gates: crate::gates(context),
        })
    },
};

/// Keeps each organisation's SLA policy and re-evaluates its gates when it changes.
struct Organizations {
    log: EventLog,
    gates: Arc<Gates>,
}

impl EventHandler for Organizations {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let Some(Data::OrganizationChanged(changed)) = &event.envelope.data else {
                return Ok(());
            };
            let db = self.log.database();
            let mut tx = db.begin().await?;
            if !mark_processed(&mut tx, ORGANIZATIONS.name, &event.envelope.event_id).await? {
                return Ok(());
            }
            store::organizations::save(
                &mut tx,
                &changed.organization_id,
                &sla_policy(changed),
                event.seq,
            )
            .await?;
            tx.commit().await?;
            // The policy is kept, so the event is handled: a failed
            // re-ranking or re-evaluation is logged (ranks are made good when
            // the service starts again; every later evaluation of a gate
            // uses the new policy).
            if let Err(error) =
                crate::ranking::refresh(db, &changed.organization_id, Ranked::All).await
            {
                tracing::warn!(%error, organization = %changed.organization_id,
                    "ranking vulnerabilities after an SLA change failed");
            }
            let context = EventContext::system(&changed.organization_id);
            if let Err(error) = self
                .gates
                .reevaluate(&context, Affected::All, "sla_policy")
                .await
            {
                tracing::warn!(%error, organization = %changed.organization_id,
                    "re-evaluating gates after an SLA change failed");
            }
            Ok(())
        })
    }
}

/// The consumer of `repository.repositories`.
pub const REPOSITORIES: Consumer = Consumer {
    name: "security.repositories",
    topics: &["repository.repositories"],
    handler: |context| {
        Arc::new(Repositories {
            log: context.events.clone(),
            gates: crate::gates(context),
            originals: crate::originals::Originals::of(context),
            scans: crate::scans(context),
        })
    },
};

/// Keeps the copy of each repository and makes its scores and gates good.
struct Repositories {
    log: EventLog,
    gates: Arc<Gates>,
    originals: Arc<crate::originals::Originals>,
    scans: Arc<crate::store::scans::Scans>,
}

impl EventHandler for Repositories {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let Some(Data::RepositoryChanged(changed)) = &event.envelope.data else {
                return Ok(());
            };
            let organization_id = event.organization_id();
            let db = self.log.database();
            let kept = crate::repositories::keep(
                db,
                &self.scans,
                REPOSITORIES.name,
                &event.envelope.event_id,
                event.seq,
                organization_id,
                changed,
            )
            .await?;
            if let crate::repositories::Kept::Purged { originals } = &kept {
                self.originals.discard(organization_id, originals).await;
            }
            // Scores and gates move only with the criticality or the rows.
            if kept != (crate::repositories::Kept::Copy { rescore: true }) {
                return Ok(());
            }
            // As for an SLA change: the copy is kept, so a failed re-ranking
            // or re-evaluation is logged and made good later.
            // Only this repository's rows can move: ranking the whole
            // organisation for each repository event made registering a
            // thousand repositories a long stall for a large organisation.
            let which = Ranked::Repository(&changed.repository_id);
            if let Err(error) = crate::ranking::refresh(db, organization_id, which).await {
                tracing::warn!(%error, organization = %organization_id,
                    "ranking vulnerabilities after a repository change failed");
            }
            {
                let context = EventContext::system(organization_id);
                let affected = Affected::Repository(&changed.repository_id);
                if let Err(error) = self
                    .gates
                    .reevaluate(&context, affected, "repository")
                    .await
                {
                    tracing::warn!(%error, repository = %changed.repository_id,
                        "re-evaluating gates after a repository change failed");
                }
            }
            Ok(())
        })
    }
}

/// The SLA policy an event carries; unset means the defaults, a zero no deadline.
fn sla_policy(changed: &OrganizationChanged) -> SlaPolicy {
    let days = |value: i32| u32::try_from(value).unwrap_or(0);
    changed
        .sla_policy
        .as_ref()
        .map_or_else(SlaPolicy::default, |sla| SlaPolicy {
            critical_days: days(sla.critical_days),
            high_days: days(sla.high_days),
            medium_days: days(sla.medium_days),
            low_days: days(sla.low_days),
        })
}
