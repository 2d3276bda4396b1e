//! Listing vulnerabilities at the cost of the page: the page is read along the
//! index of its order ([`vulnerabilities::list`]), and the total matching the
//! filters is counted once per change of the organisation's vulnerabilities.
//! Totals and pages read are kept under the organisation's version
//! ([`vulnerabilities::Version`], read with the page; branch versions are
//! bumped in every transaction that changes a branch's vulnerabilities or
//! their order), so a page asked for again costs a look at the version —
//! shared by the calls that ask at once (`Looks`) — and neither is ever
//! stale, in one process or many. What a page's scores are computed from
//! (the threat intelligence on its CVEs, its repositories' criticality) is
//! read with the page and kept with it (the version covers both); what is
//! computed when read (risk score, SLA state, from the time) is computed for
//! every answer.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;

use crate::assessment::Assessor;
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

/// The rows a page read (`limit + 1` at most) at a version, and what their
/// scores are computed from.
type Kept = (Version, Arc<Vec<VulnerabilityRow>>, Arc<Assessor>);

/// A page: its rows (`limit + 1` at most), the total matching, and what the
/// rows' scores are computed from.
pub type Listed = (Arc<Vec<VulnerabilityRow>>, i64, Arc<Assessor>);

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
    /// Looks at organisations' versions, shared by the calls that wait for them.
    looks: Looks,
}

impl Listings {
    /// A page of the organisation's vulnerabilities matching `filters`, in
    /// their order (`limit + 1` rows, read in `view`), the total matching,
    /// and what the rows' scores are computed from.
    pub async fn list(
        &self,
        db: &Database,
        organization_id: &str,
        filters: &Filters,
        page: Page,
        view: View,
    ) -> Result<Listed> {
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
            let now = self.looks.version(db, organization_id).await?;
            if nothing.is_some_and(|(at, _)| at == now) {
                return Ok((Arc::default(), 0, Arc::default()));
            }
            if let Some((at, rows, assessor)) = kept
                && at == now
            {
                let total = self.total(db, filters, key, now, page, rows.len()).await?;
                return Ok((rows, total, assessor));
            }
        }
        let (rows, version) =
            vulnerabilities::list(db, organization_id, filters, page, view).await?;
        // Read after the version: if either changes meanwhile, the version a
        // later call reads differs, and the page is read again.
        let assessor = Arc::new(Assessor::load(db, organization_id, &rows).await?);
        let rows = Arc::new(rows);
        self.keep(page_key, (version, rows.clone(), assessor.clone()));
        let total = self
            .total(db, filters, key, version, page, rows.len())
            .await?;
        Ok((rows, total, assessor))
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
        if let Some((_, replaced, _)) = pages.kept.insert(key, page) {
            pages.rows -= replaced.len();
        }
    }
}

/// The outcome of a look at a version, for each call that waited for it
/// (`None` when it failed: each of them then looks for itself, to get its own
/// error).
type Seen = watch::Receiver<Option<Option<Version>>>;

/// Looks at organisations' versions shared by many calls: a call joins the
/// look that has not started yet, or makes it; a look starts once the one
/// before it (of the same organisation) has ended. So every answer comes from
/// a read that started after its call arrived — a change committed before a
/// call is never missed — while at most one read per organisation is made at a
/// time and many calls asking for kept pages at once share it (on SQLite each
/// read is a hand-off to a connection's thread, the largest cost of a kept page).
#[derive(Debug, Default)]
struct Looks {
    organizations: Mutex<HashMap<String, Flight>>,
}

/// An organisation's looks: the one running, the one waiting for it to end.
#[derive(Debug, Default)]
struct Flight {
    running: Option<Seen>,
    waiting: Option<Seen>,
}

/// What a call does on arriving: join the waiting look, or make it (and
/// start it once the look `before` it has ended).
enum Role {
    Join(Seen),
    Make {
        sender: watch::Sender<Option<Option<Version>>>,
        seen: Seen,
        before: Option<Seen>,
    },
}

impl Looks {
    /// The organisation's version as read after this call arrived.
    async fn version(&self, db: &Database, organization_id: &str) -> Result<Version> {
        self.shared(organization_id, || {
            vulnerabilities::version(db, organization_id)
        })
        .await
    }

    /// What `read` answers for the organisation, read after this call arrived:
    /// by this call, or by another that made the look this one joined.
    async fn shared<F, R>(&self, organization_id: &str, read: F) -> Result<Version>
    where
        F: Fn() -> R,
        R: std::future::Future<Output = Result<Version>>,
    {
        let role = {
            let mut flights = lock(&self.organizations);
            let flight = flights.entry(organization_id.to_owned()).or_default();
            // A waiting look whose maker went away (its call was dropped) is
            // replaced, not joined.
            match flight
                .waiting
                .as_ref()
                .filter(|seen| seen.has_changed().is_ok())
            {
                Some(seen) => Role::Join(seen.clone()),
                None => {
                    let (sender, seen) = watch::channel(None);
                    flight.waiting = Some(seen.clone());
                    Role::Make {
                        sender,
                        seen,
                        before: flight.running.clone(),
                    }
                }
            }
        };
        let (sender, seen, before) = match role {
            Role::Join(mut joined) => {
                let seen = joined
                    .wait_for(Option::is_some)
                    .await
                    .ok()
                    .and_then(|seen| seen.flatten());
                return match seen {
                    Some(version) => Ok(version),
                    None => read().await,
                };
            }
            Role::Make {
                sender,
                seen,
                before,
            } => (sender, seen, before),
        };
        if let Some(mut before) = before {
            // Ends with a value, or with an error when its maker went away.
            let _ = before.wait_for(Option::is_some).await;
        }
        {
            let mut flights = lock(&self.organizations);
            let flight = flights.entry(organization_id.to_owned()).or_default();
            if flight
                .waiting
                .as_ref()
                .is_some_and(|waiting| waiting.same_channel(&seen))
            {
                flight.waiting = None;
            }
            flight.running = Some(seen.clone());
        }
        let read = read().await;
        sender.send_replace(Some(read.as_ref().ok().copied()));
        let mut flights = lock(&self.organizations);
        if let Some(flight) = flights.get_mut(organization_id)
            && flight
                .running
                .as_ref()
                .is_some_and(|running| running.same_channel(&seen))
        {
            flight.running = None;
            if flight.waiting.is_none() {
                flights.remove(organization_id);
            }
        }
        read
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicI64;
    use std::time::Duration;

    /// Reads numbered in the order they start, each held until `release`
    /// lets one through.
    struct Reads {
        started: AtomicI64,
        release: tokio::sync::Semaphore,
    }

    impl Default for Reads {
        fn default() -> Self {
            Self {
                started: AtomicI64::new(0),
                release: tokio::sync::Semaphore::new(0),
            }
        }
    }

    impl Reads {
        async fn read(&self) -> Result<Version> {
            let number = self.started.fetch_add(1, Ordering::SeqCst) + 1;
            self.release.acquire().await.expect("open").forget();
            Ok(version(number))
        }

        fn started(&self) -> i64 {
            self.started.load(Ordering::SeqCst)
        }
    }

    fn version(branches_total: i64) -> Version {
        Version {
            branches_total,
            ..Version::default()
        }
    }

    async fn until(what: impl Fn() -> bool) {
        for _ in 0..500 {
            if what() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        panic!("never happened");
    }

    /// A call of its own, reading with `reads`.
    fn call(looks: &Arc<Looks>, reads: &Arc<Reads>) -> tokio::task::JoinHandle<Result<Version>> {
        let (looks, reads) = (looks.clone(), reads.clone());
        tokio::spawn(async move { looks.shared("org", || reads.read()).await })
    }

    #[tokio::test]
    async fn a_call_never_takes_a_read_that_started_before_it() {
        let (looks, reads) = (Arc::new(Looks::default()), Arc::new(Reads::default()));
        let first = call(&looks, &reads);
        until(|| reads.started() == 1).await;
        // Arrive while the first read runs: they share the next one.
        let later: Vec<_> = (0..10).map(|_| call(&looks, &reads)).collect();
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert_eq!(
            reads.started(),
            1,
            "the next read waits for the running one"
        );
        reads.release.add_permits(1);
        assert_eq!(first.await.expect("first").expect("read"), version(1));
        until(|| reads.started() == 2).await;
        reads.release.add_permits(1);
        for call in later {
            assert_eq!(call.await.expect("later").expect("read"), version(2));
        }
        assert_eq!(reads.started(), 2, "ten calls, one read");
        // Alone again: a read of its own.
        reads.release.add_permits(1);
        assert_eq!(
            looks.shared("org", || reads.read()).await.expect("read"),
            version(3)
        );
        assert!(lock(&looks.organizations).is_empty(), "nothing left behind");
    }

    #[tokio::test]
    async fn calls_go_on_when_the_call_making_their_read_is_dropped() {
        let (looks, reads) = (Arc::new(Looks::default()), Arc::new(Reads::default()));
        let first = call(&looks, &reads);
        until(|| reads.started() == 1).await;
        // The maker of the waiting read, dropped before its read starts.
        let maker = call(&looks, &reads);
        tokio::time::sleep(Duration::from_millis(20)).await;
        let joined = call(&looks, &reads);
        tokio::time::sleep(Duration::from_millis(20)).await;
        maker.abort();
        // The first, dropped while it reads.
        first.abort();
        reads.release.add_permits(10);
        let answer = tokio::time::timeout(Duration::from_secs(5), joined)
            .await
            .expect("the joined call answers")
            .expect("joined")
            .expect("read");
        assert!(answer.branches_total >= 2, "{answer:?}");
        let next =
            tokio::time::timeout(Duration::from_secs(5), looks.shared("org", || reads.read()))
                .await
                .expect("a later call answers");
        assert!(next.expect("read").branches_total > answer.branches_total);
    }

    #[tokio::test]
    async fn a_failed_read_leaves_each_call_its_own_error() {
        let looks = Looks::default();
        let failed = looks
            .shared("org", || async {
                Err(secureflow_platform::Error::new(
                    secureflow_platform::ErrorCode::Unavailable,
                    "database",
                ))
            })
            .await;
        assert!(failed.is_err());
        let read = looks.shared("org", || async { Ok(version(7)) }).await;
        assert_eq!(read.expect("read"), version(7));
    }
}
