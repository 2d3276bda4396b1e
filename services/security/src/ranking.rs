//! The stored ranks listings are ordered by (`risk desc`, `sla_due asc`), kept
//! current: new vulnerabilities are ranked as they are stored (ingestion),
//! and [`refresh`] ranks again those whose inputs changed — every one of an
//! organisation when its SLA policy changes, those with a CVE when its threat
//! intelligence does, a repository's when its criticality does (or rows move
//! into it), and, every maintenance round ([`refresh_moving`]),
//! those whose score still grows with age (until their SLA deadline) or that
//! were never ranked (rows older than the ranks). A stored score is written
//! again only when it moved by [`RISK_STEP`] or more, so a round costs the rows
//! that changed. Scores shown are always computed when read
//! ([`crate::assessment::Assessor`]); the order may lag a score's age term by
//! one round.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};

use crate::assessment::Assessor;
use crate::maintenance;
use crate::store::vulnerabilities::{self, Ranked, Ranks};

/// The smallest change of a score worth writing (half the shown precision).
pub const RISK_STEP: f64 = 0.05;

/// One refresh at a time in this process, so an older computation never
/// overwrites a newer one.
static REFRESHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Ranks again the organisation's vulnerabilities `which` selects; how many
/// ranks changed.
pub async fn refresh(db: &Database, organization_id: &str, which: Ranked<'_>) -> Result<usize> {
    let _one = REFRESHING.lock().await;
    let keys = vulnerabilities::rank_keys(db, organization_id, which).await?;
    if keys.is_empty() {
        return Ok(0);
    }
    let cves = keys.iter().map(|key| key.cve_id.as_str());
    let assessor = Assessor::for_cves(db, organization_id, cves).await?;
    let changed: Vec<(String, Ranks)> = keys
        .into_iter()
        .filter_map(|key| {
            let ranks = assessor.ranks(
                &key.repository_id,
                key.severity,
                key.cvss_score,
                &key.cve_id,
                key.first_detected_us,
            );
            let stored = key.ranks;
            let moved = stored.risk_score < 0.0
                || (ranks.risk_score - stored.risk_score).abs() >= RISK_STEP
                || ranks.sla_due_us != stored.sla_due_us;
            moved.then_some((key.id, ranks))
        })
        .collect();
    vulnerabilities::set_ranks(db, organization_id, &changed).await?;
    Ok(changed.len())
}

/// Ranks every vulnerability of every organisation again (when the service
/// starts: a refresh a stop interrupted is made good).
pub async fn refresh_all(db: &Database) -> Result<usize> {
    refresh_everywhere(db, Ranked::All).await
}

/// Ranks again, in every organisation, the vulnerabilities never ranked and
/// those whose score's age term grew since the previous round.
pub async fn refresh_moving(db: &Database) -> Result<usize> {
    // Two rounds back: a deadline that passed since the last round gets its
    // final rank.
    let since = now_micros() - 2 * i64::try_from(maintenance::INTERVAL.as_micros()).unwrap_or(0);
    refresh_everywhere(db, Ranked::Moving { since }).await
}

/// [`refresh`] in every organisation holding vulnerabilities.
async fn refresh_everywhere(db: &Database, which: Ranked<'_>) -> Result<usize> {
    let mut changed = 0;
    for organization_id in vulnerabilities::organizations(db).await? {
        changed += refresh(db, &organization_id, which).await?;
    }
    Ok(changed)
}
