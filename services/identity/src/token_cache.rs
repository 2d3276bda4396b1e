//! API tokens recently read from the database, so a busy client does not cost a
//! lookup per call. Entries live `identity.api_token_cache_seconds`; revoking a
//! token forgets it at once (the cache is shared by the process's authenticator
//! and identity service), so revocation stays immediate within a process.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::revocation::{Announcer, Revoked};
use crate::store::ApiTokenRow;

/// More distinct tokens than this in one TTL window empties the cache first.
const MAX_ENTRIES: usize = 10_000;

/// Token rows by secret hash, each with the time it was read.
#[derive(Debug)]
pub struct ApiTokenCache {
    ttl: Duration,
    entries: Mutex<HashMap<String, (ApiTokenRow, Instant)>>,
    /// Tells the other processes (identity.revocation_redis_url).
    announcer: std::sync::OnceLock<Announcer>,
}

impl ApiTokenCache {
    /// A cache keeping rows for `ttl` (zero keeps nothing).
    pub fn new(ttl: Duration) -> Self {
        Self {
            ttl,
            entries: Mutex::new(HashMap::new()),
            announcer: std::sync::OnceLock::new(),
        }
    }

    /// Revocations through this cache are announced to the other processes.
    pub fn announce_through(&self, announcer: Announcer) {
        let _ = self.announcer.set(announcer);
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, (ApiTokenRow, Instant)>> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The row for `secret_hash` if it was read less than the TTL ago.
    pub fn get(&self, secret_hash: &str) -> Option<ApiTokenRow> {
        let entries = self.entries();
        let (row, read_at) = entries.get(secret_hash)?;
        (read_at.elapsed() < self.ttl).then(|| row.clone())
    }

    /// Remembers `row`, read now.
    pub fn put(&self, row: ApiTokenRow) {
        if self.ttl.is_zero() {
            return;
        }
        let mut entries = self.entries();
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, (_, read_at)| read_at.elapsed() < self.ttl);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(row.secret_hash.clone(), (row, Instant::now()));
    }

    /// Forgets the token with id `token_id` (after a revocation), here and,
    /// when revocations are shared, in every process.
    pub fn forget(&self, token_id: &str) {
        self.forget_here(token_id);
        if let Some(announcer) = self.announcer.get() {
            announcer.announce(Revoked::Token(token_id.to_owned()));
        }
    }

    /// Forgets the token with id `token_id` in this process only (another
    /// process revoked it).
    pub fn forget_here(&self, token_id: &str) {
        self.entries().retain(|_, (row, _)| row.id != token_id);
    }

    /// Forgets every token in this process only.
    pub fn forget_all_here(&self) {
        self.entries().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, hash: &str) -> ApiTokenRow {
        ApiTokenRow {
            id: id.to_owned(),
            organization_id: "org".to_owned(),
            name: "ci".to_owned(),
            secret_hash: hash.to_owned(),
            prefix: "sft_".to_owned(),
            permissions: vec!["security.scans.read".to_owned()],
            created_by: "user".to_owned(),
            expire_at_us: i64::MAX,
            last_used_us: None,
            revoked_at_us: None,
            created_at_us: 0,
        }
    }

    #[test]
    fn rows_are_kept_for_the_ttl_and_forgotten_on_revocation() {
        let cache = ApiTokenCache::new(Duration::from_secs(60));
        cache.put(row("t1", "h1"));
        cache.put(row("t2", "h2"));
        assert_eq!(cache.get("h1").map(|row| row.id), Some("t1".to_owned()));
        cache.forget("t1");
        assert!(cache.get("h1").is_none());
        assert!(cache.get("h2").is_some());
    }

    #[test]
    fn a_zero_ttl_keeps_nothing_and_old_rows_expire() {
        let none = ApiTokenCache::new(Duration::ZERO);
        none.put(row("t1", "h1"));
        assert!(none.get("h1").is_none());
        let short = ApiTokenCache::new(Duration::from_millis(20));
        short.put(row("t1", "h1"));
        std::thread::sleep(Duration::from_millis(40));
        assert!(short.get("h1").is_none());
    }
}
