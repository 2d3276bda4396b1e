//! What a user may do now: whether the account is active, which of their
//! sessions have ended, and the permissions their roles give them today.
//!
//! Every credential acts for a user as that user is at the time of the call:
//! an access token is checked against the user's state (deactivated, deleted,
//! signed out, demoted), and an API token carries only what it was granted
//! *and* its owner still holds. The state is read once and kept per process for
//! `identity.api_token_cache_seconds`; every change to users, roles, bindings,
//! teams or sessions made through this process empties the cache at once, so
//! in single-binary mode a change applies to the very next call. Other processes
//! of a split deployment see it at once when revocations are shared over Redis
//! (`identity.revocation_redis_url`, [`crate::revocation`]), else within the
//! cache's lifetime.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};

use crate::domain::roles;
use crate::revocation::{Announcer, Revoked};
use crate::store;

/// More users than this in one cache lifetime empties the cache first.
const MAX_ENTRIES: usize = 10_000;

/// A user's state as credentials see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// Deactivated users' credentials are refused.
    pub active: bool,
    /// Access tokens issued before this time (µs) are refused: a password
    /// change or deactivation ended every session.
    pub sessions_valid_after_us: i64,
    /// Sessions (refresh-token families) signed out recently enough that
    /// access tokens of theirs may still be unexpired.
    pub ended_sessions: BTreeSet<String>,
    /// Organisation-wide permissions.
    pub permissions: BTreeSet<String>,
    /// Permissions on single resources, keyed `<resource_type>:<id>`.
    pub scoped_permissions: BTreeMap<String, BTreeSet<String>>,
}

type Entries = HashMap<(String, String), (Arc<Principal>, Instant)>;

/// Reads principals and keeps them for a short while.
#[derive(Debug)]
pub struct Principals {
    db: Database,
    all_permissions: Arc<BTreeSet<String>>,
    ttl: Duration,
    /// How long an access token lives: sessions ended longer ago than this
    /// cannot have unexpired access tokens.
    session_window_us: i64,
    entries: Mutex<Entries>,
    /// Tells the other processes (identity.revocation_redis_url).
    announcer: std::sync::OnceLock<Announcer>,
}

impl Principals {
    /// Principals read from `db`; `all_permissions` is what the Admin role grants.
    pub fn new(
        db: Database,
        all_permissions: Arc<BTreeSet<String>>,
        ttl: Duration,
        access_token_ttl: Duration,
    ) -> Self {
        let window = access_token_ttl.saturating_add(Duration::from_secs(60));
        Self {
            db,
            all_permissions,
            ttl,
            session_window_us: i64::try_from(window.as_micros()).unwrap_or(i64::MAX),
            entries: Mutex::new(HashMap::new()),
            announcer: std::sync::OnceLock::new(),
        }
    }

    /// Changes through this cache are announced to the other processes.
    pub fn announce_through(&self, announcer: Announcer) {
        let _ = self.announcer.set(announcer);
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, Entries> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Every permission the contracts declare.
    pub fn all_permissions(&self) -> &BTreeSet<String> {
        &self.all_permissions
    }

    /// The user's state now; `None` when the user does not exist (deleted).
    pub async fn get(
        &self,
        organization_id: &str,
        user_id: &str,
    ) -> Result<Option<Arc<Principal>>> {
        let key = (organization_id.to_owned(), user_id.to_owned());
        if let Some((principal, read_at)) = self.entries().get(&key)
            && read_at.elapsed() < self.ttl
        {
            return Ok(Some(principal.clone()));
        }
        let Some(principal) = self.load(organization_id, user_id).await? else {
            return Ok(None);
        };
        let principal = Arc::new(principal);
        if !self.ttl.is_zero() {
            let mut entries = self.entries();
            if entries.len() >= MAX_ENTRIES {
                entries.retain(|_, (_, read_at)| read_at.elapsed() < self.ttl);
                if entries.len() >= MAX_ENTRIES {
                    entries.clear();
                }
            }
            entries.insert(key, (principal.clone(), Instant::now()));
        }
        Ok(Some(principal))
    }

    /// Forgets every cached principal: called after any change to users,
    /// roles, bindings, teams or sessions. Such changes are rare next to calls,
    /// and one rule for all of them cannot miss a dependency (a team's binding
    /// changes every member).
    pub fn forget_all(&self) {
        self.forget_all_here();
        if let Some(announcer) = self.announcer.get() {
            announcer.announce(Revoked::Principals);
        }
    }

    /// Forgets every cached principal in this process only (another process
    /// changed a user).
    pub fn forget_all_here(&self) {
        self.entries().clear();
    }

    async fn load(&self, organization_id: &str, user_id: &str) -> Result<Option<Principal>> {
        let Some(state) = store::user_session_state(&self.db, organization_id, user_id).await?
        else {
            return Ok(None);
        };
        let ended_sessions = store::ended_sessions(
            &self.db,
            organization_id,
            user_id,
            now_micros().saturating_sub(self.session_window_us),
        )
        .await?;
        Ok(Some(Principal {
            active: state.active,
            sessions_valid_after_us: state.sessions_valid_after_us,
            ended_sessions,
            permissions: self.permissions_of(organization_id, user_id).await?,
            scoped_permissions: self.scoped_permissions_of(organization_id, user_id).await?,
        }))
    }

    /// The organisation-wide permissions of a user: the union of the roles bound
    /// to the user and to the user's teams.
    pub async fn permissions_of(
        &self,
        organization_id: &str,
        user_id: &str,
    ) -> Result<BTreeSet<String>> {
        let role_ids = store::effective_role_ids(&self.db, organization_id, user_id).await?;
        self.permissions_of_roles(organization_id, &role_ids).await
    }

    /// A user's permissions on single resources, keyed `<resource_type>:<id>`.
    pub async fn scoped_permissions_of(
        &self,
        organization_id: &str,
        user_id: &str,
    ) -> Result<BTreeMap<String, BTreeSet<String>>> {
        let mut by_resource: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (resource, role_id) in
            store::scoped_role_ids(&self.db, organization_id, user_id).await?
        {
            by_resource.entry(resource).or_default().push(role_id);
        }
        let mut scoped = BTreeMap::new();
        for (resource, role_ids) in by_resource {
            scoped.insert(
                resource,
                self.permissions_of_roles(organization_id, &role_ids)
                    .await?,
            );
        }
        Ok(scoped)
    }

    /// The union of what `role_ids` (built-in or the organisation's custom roles) grant.
    pub async fn permissions_of_roles(
        &self,
        organization_id: &str,
        role_ids: &[String],
    ) -> Result<BTreeSet<String>> {
        let mut permissions = BTreeSet::new();
        let mut custom = Vec::new();
        for role_id in role_ids {
            match roles::built_in(role_id) {
                Some(role) => permissions.extend(role.grants(&self.all_permissions)),
                None => custom.push(role_id.clone()),
            }
        }
        permissions
            .extend(store::custom_role_permissions(&self.db, organization_id, &custom).await?);
        Ok(permissions)
    }
}
