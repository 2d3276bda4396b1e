//! Listing vulnerabilities at the cost of the page: the page is read along the
//! index of its order ([`vulnerabilities::list`]), and the total matching the
//! filters is counted once per change of the organisation's vulnerabilities.
//! Totals and pages read are kept under the organisation's version
//! ([`vulnerabilities::Version`], read with the page; branch versions are
//! bumped in every transaction that changes a branch's vulnerabilities or
//! their order), so a page asked for again costs a look at the version, and
//! neither is ever stale, in one process or many. What is computed when read
//! (risk score, SLA state) is computed for every answer.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;

use crate::store::vulnerabilities::{self, Filters, Order, Version, View, VulnerabilityRow};

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

/// Rows of pages kept at most (all are dropped at once beyond): a few
/// hundred pages of 50, some tens of MiB.
const MAX_PAGE_ROWS: usize = 20_000;

/// An organisation's version and the total of one filter then.
type Total = (Version, i64);

/// What totals are kept under: the organisation and the filters' key.
type Key = (String, String);

/// What a page is kept under: its total's key, the order, the offset, the
/// limit and the view.
type PageKey = (Key, Order, i64, i64, View);

/// The rows a page read (`limit + 1` at most) at a version.
type Kept = (Version, Arc<Vec<VulnerabilityRow>>);

/// Pages read, and how many rows they hold.
#[derive(Debug, Default)]
struct Pages {
    kept: HashMap<PageKey, Kept>,
    rows: usize,
}

/// Vulnerability listings, with the totals they counted and the pages they
/// read: both kept under the organisation's version, so a page asked for
/// again (a dashboard opened by many) costs a look at the version until a
/// vulnerability of the organisation changes.
#[derive(Debug, Default)]
pub struct Listings {
    /// Key → total at a version.
    totals: Mutex<HashMap<Key, Total>>,
    /// Key → the lock its count is made under, so many callers missing the
    /// same total at once wait for one count instead of each making it.
    counting: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
    /// Pages read, at their version.
    pages: Mutex<Pages>,
}

impl Listings {
    /// A page of the organisation's vulnerabilities matching `filters`, in
    /// their order (`limit + 1` rows, read in `view`), and the total matching.
    pub async fn list(
        &self,
        db: &Database,
        organization_id: &str,
        filters: &Filters,
        page: Page,
        view: View,
    ) -> Result<(Arc<Vec<VulnerabilityRow>>, i64)> {
        let key = (
            organization_id.to_owned(),
            vulnerabilities::filters_key(filters, db.backend()),
        );
        let page_key = (key.clone(), filters.order, page.offset, page.limit, view);
        // Filters known to match nothing, and pages read before: a look at
        // the version rather than a walk along an index (one that finds
        // nothing, for a text or a tool no vulnerability has).
        let nothing = lock(&self.totals)
            .get(&key)
            .copied()
            .filter(|(_, total)| *total == 0);
        let kept = lock(&self.pages).kept.get(&page_key).cloned();
        if nothing.is_some() || kept.is_some() {
            let now = vulnerabilities::version(db, organization_id).await?;
            if nothing.is_some_and(|(at, _)| at == now) {
                return Ok((Arc::default(), 0));
            }
            if let Some((at, rows)) = kept
                && at == now
            {
                let total = self.total(db, filters, key, now, page, rows.len()).await?;
                return Ok((rows, total));
            }
        }
        let (rows, version) =
            vulnerabilities::list(db, organization_id, filters, page, view).await?;
        let rows = Arc::new(rows);
        self.keep(page_key, (version, rows.clone()));
        let total = self
            .total(db, filters, key, version, page, rows.len())
            .await?;
        Ok((rows, total))
    }

    /// The total of `filters` at `version`, where `page` read `read` rows:
    /// all of them when the page is the whole list, else kept or counted
    /// once.
    async fn total(
        &self,
        db: &Database,
        filters: &Filters,
        key: Key,
        version: Version,
        page: Page,
        read: usize,
    ) -> Result<i64> {
        let read = i64::try_from(read).unwrap_or(i64::MAX);
        if page.offset == 0 && read <= page.limit {
            // The whole list is on this page.
            self.remember(key, (version, read));
            return Ok(read);
        }
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

    fn keep(&self, key: PageKey, page: Kept) {
        let mut pages = lock(&self.pages);
        if pages.rows + page.1.len() > MAX_PAGE_ROWS {
            pages.kept.clear();
            pages.rows = 0;
        }
        pages.rows += page.1.len();
        if let Some((_, replaced)) = pages.kept.insert(key, page) {
            pages.rows -= replaced.len();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
