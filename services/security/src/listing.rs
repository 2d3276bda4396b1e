//! Listing vulnerabilities at the cost of the page: the page is read along the
//! index of its order ([`vulnerabilities::list`]), and the total matching the
//! filters is counted once per change of the organisation's vulnerabilities —
//! kept under the organisation's version ([`store::vulnerabilities::organization_version`],
//! bumped in every transaction that changes a branch's vulnerabilities), so a
//! total is never stale, in one process or many.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;

use crate::store::vulnerabilities::{self, Filters, Version, VulnerabilityRow};

/// Ingestions adding at least this many vulnerabilities refresh the planner's
/// statistics ([`refresh_statistics`]).
pub const STATISTICS_AFTER: usize = 1000;

/// Refreshes, in the background and one at a time, the database's statistics
/// of the vulnerabilities: with them the planner reads a page filtered on a
/// rare value (a CVE, an assignee, a settled status) along that filter's
/// index rather than walking the order's index past every other row. Run when
/// the service starts and after ingestions that add [`STATISTICS_AFTER`] or
/// more.
pub fn refresh_statistics(db: &Database) {
    static RUNNING: AtomicBool = AtomicBool::new(false);
    if RUNNING.swap(true, Ordering::AcqRel) {
        return;
    }
    let db = db.clone();
    tokio::spawn(async move {
        if let Err(error) = vulnerabilities::analyze(&db).await {
            tracing::warn!(%error, "refreshing the statistics of vulnerabilities failed");
        }
        RUNNING.store(false, Ordering::Release);
    });
}

/// Totals kept at most (the oldest are dropped all at once beyond).
const MAX_TOTALS: usize = 10_000;

/// An organisation's version and the total of one filter then.
type Total = (Version, i64);

/// Vulnerability listings, with the totals they counted.
#[derive(Debug, Default)]
pub struct Listings {
    /// (organisation, filters key) → total at a version.
    totals: Mutex<HashMap<(String, String), Total>>,
}

impl Listings {
    /// A page of the organisation's vulnerabilities matching `filters`, in
    /// their order (`limit + 1` rows), and the total matching.
    pub async fn list(
        &self,
        db: &Database,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<(Vec<VulnerabilityRow>, i64)> {
        let (rows, version) = vulnerabilities::list(db, organization_id, filters, page).await?;
        if page.offset == 0 && rows.len() as i64 <= page.limit {
            // The whole list is on this page.
            let total = rows.len() as i64;
            return Ok((rows, total));
        }
        let key = (
            organization_id.to_owned(),
            vulnerabilities::filters_key(filters),
        );
        let cached = self
            .lock()
            .get(&key)
            .filter(|(at, _)| *at == version)
            .map(|(_, total)| *total);
        let total = match cached {
            Some(total) => total,
            None => {
                let total = vulnerabilities::count(db, organization_id, filters).await?;
                let mut totals = self.lock();
                if totals.len() >= MAX_TOTALS {
                    totals.clear();
                }
                totals.insert(key, (version, total));
                total
            }
        };
        Ok((rows, total))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), Total>> {
        self.totals
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
