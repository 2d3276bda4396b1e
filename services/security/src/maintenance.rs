//! What the service does on its own, every minute: accepted risks whose expiry
//! passed reopen ([`crate::triage::reopen_expired`]), SLA breaches are announced
//! ([`crate::breaches::announce`]), the gates of the branches concerned are
//! re-evaluated, gate inputs nobody used lately are forgotten, and the ranks
//! of vulnerabilities whose risk grows with age are brought up to date
//! ([`crate::ranking::refresh_moving`]), and scan records that stayed staged
//! while MongoDB was away are forwarded there.

use std::time::Duration;

use secureflow_platform::db::Database;
use secureflow_platform::events::{EventContext, EventLog};

use crate::gates::{Affected, Gates};
use crate::store::scans::Scans;
use crate::{breaches, ranking, triage};

/// How often [`tick`] runs.
pub const INTERVAL: Duration = Duration::from_secs(60);

/// One round of the service's own work. Failures are logged; the next round
/// tries again.
pub async fn tick(db: &Database, log: &EventLog, gates: &Gates, scans: &Scans) {
    gates.expire_idle();
    if let Err(error) = scans.forward_staged().await {
        tracing::warn!(%error, "forwarding staged scan records to MongoDB failed");
    }
    let mut touched: Vec<(String, String, String, &str)> = Vec::new();
    match triage::reopen_expired(db, log).await {
        Ok(reopened) => touched.extend(
            reopened
                .into_iter()
                .map(|r| (r.organization_id, r.repository_id, r.branch, "risk_expired")),
        ),
        Err(error) => tracing::warn!(%error, "reopening expired accepted risks failed"),
    }
    match breaches::announce(db, log).await {
        Ok(breached) => touched.extend(
            breached
                .into_iter()
                .map(|b| (b.organization_id, b.repository_id, b.branch, "sla_breached")),
        ),
        Err(error) => tracing::warn!(%error, "announcing SLA breaches failed"),
    }
    if let Err(error) = ranking::refresh_moving(db).await {
        tracing::warn!(%error, "ranking vulnerabilities again failed");
    }
    touched.sort();
    touched.dedup();
    for (organization, repository, branch, cause) in &touched {
        let affected = Affected::Branch { repository, branch };
        let context = EventContext::system(organization);
        if let Err(error) = gates.reevaluate(&context, affected, cause).await {
            tracing::warn!(%error, "re-evaluating gates failed");
        }
    }
}
