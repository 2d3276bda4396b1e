//! SLA breaches: open vulnerabilities past their organisation's deadline are
//! announced once each (`sla.breached`), their branches marked changed, and the
//! gates of those branches re-evaluated by the caller.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};

use crate::domain::finding::Severity;
use crate::{events, store};

const DAY_US: i64 = 86_400 * 1_000_000;

/// A branch with newly breached vulnerabilities.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BreachedBranch {
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
}

/// Announces every breach not announced yet; returns the branches they are on.
pub async fn announce(db: &Database, log: &EventLog) -> Result<Vec<BreachedBranch>> {
    let now = now_micros();
    let mut branches = Vec::new();
    for organization_id in
        store::vulnerabilities::organizations_with_unannounced_breaches(db).await?
    {
        let policy = {
            let mut connection = db.pool().acquire().await?;
            store::organizations::sla_policy(&mut connection, &organization_id).await?
        };
        // Detected at or before this instant, per severity, means past due now
        // (i64::MIN where the severity has no deadline).
        let cutoff = |severity: Severity| {
            policy
                .days(severity)
                .map_or(i64::MIN, |days| now - i64::from(days) * DAY_US)
        };
        let mut tx = db.begin().await?;
        let breached =
            store::vulnerabilities::mark_breaches_announced(&mut tx, &organization_id, now, cutoff)
                .await?;
        let mut changed: Vec<BreachedBranch> = breached
            .iter()
            .map(|vulnerability| BreachedBranch {
                organization_id: organization_id.clone(),
                repository_id: vulnerability.repository_id.clone(),
                branch: vulnerability.branch.clone(),
            })
            .collect();
        changed.sort();
        changed.dedup();
        for branch in &changed {
            store::vulnerabilities::bump_branch(
                &mut tx,
                &branch.organization_id,
                &branch.repository_id,
                &branch.branch,
            )
            .await?;
        }
        let context = EventContext::system(&organization_id);
        for chunk in breached.chunks(2000) {
            let envelopes = events::PUBLISHER.envelopes(
                &context,
                chunk.iter().map(|vulnerability| {
                    events::sla_breached(
                        &vulnerability.id,
                        &vulnerability.repository_id,
                        vulnerability.severity,
                        policy.due_us(vulnerability.severity, vulnerability.first_detected_us),
                    )
                }),
            );
            platform_events::append_all(&mut tx, db.backend(), &envelopes).await?;
        }
        tx.commit().await?;
        if !breached.is_empty() {
            log.notify_committed();
        }
        branches.extend(changed);
    }
    Ok(branches)
}
