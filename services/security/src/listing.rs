//! Listing vulnerabilities at the cost of the page: the page is read along the
//! index of its order ([`vulnerabilities::list`]), and the total matching the
//! filters is counted once per change of the organisation's vulnerabilities —
//! kept under the organisation's version ([`vulnerabilities::Version`], read
//! with the page; branch versions are bumped in every transaction that changes
//! a branch's vulnerabilities), so a total is never stale, in one process or
//! many.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

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

/// What totals are kept under: the organisation and the filters' key.
type Key = (String, String);

/// Vulnerability listings, with the totals they counted.
#[derive(Debug, Default)]
pub struct Listings {
    /// Key → total at a version.
    totals: Mutex<HashMap<Key, Total>>,
    /// Key → the lock its count is made under, so many callers missing the
    /// same total at once wait for one count instead of each making it.
    counting: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
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
        let key = (
            organization_id.to_owned(),
            vulnerabilities::filters_key(filters, db.backend()),
        );
        // Filters known to match nothing: a look at the version rather than
        // a walk along an index that finds nothing (a text or a tool no
        // vulnerability has).
        let known = lock(&self.totals).get(&key).copied();
        if let Some((at, 0)) = known
            && vulnerabilities::version(db, organization_id).await? == at
        {
            return Ok((Vec::new(), 0));
        }
        let (rows, version) = vulnerabilities::list(db, organization_id, filters, page).await?;
        if page.offset == 0 && rows.len() as i64 <= page.limit {
            // The whole list is on this page.
            let total = rows.len() as i64;
            self.remember(key, (version, total));
            return Ok((rows, total));
        }
        let total = self.total(db, filters, key, version).await?;
        Ok((rows, total))
    }

    /// The total of `filters` at `version`: kept, or counted once.
    async fn total(
        &self,
        db: &Database,
        filters: &Filters,
        key: Key,
        version: Version,
    ) -> Result<i64> {
        let kept = |totals: &HashMap<Key, Total>| {
            totals
                .get(&key)
                .filter(|(at, _)| *at == version)
                .map(|(_, total)| *total)
        };
        if let Some(total) = kept(&lock(&self.totals)) {
            return Ok(total);
        }
        let gate = lock(&self.counting).entry(key.clone()).or_default().clone();
        let _counting = gate.lock().await;
        if let Some(total) = kept(&lock(&self.totals)) {
            return Ok(total);
        }
        let total = vulnerabilities::count(db, &key.0, filters).await?;
        self.remember(key, (version, total));
        Ok(total)
    }

    fn remember(&self, key: Key, total: Total) {
        let mut totals = lock(&self.totals);
        if totals.len() >= MAX_TOTALS {
            totals.clear();
            lock(&self.counting).clear();
        }
        totals.insert(key, total);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
