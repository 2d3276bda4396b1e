//! Repositories: registered, changed, deleted (hidden, restorable during the
//! grace period, then purged) and restored. Every change is written with its
//! `repository.repositories` event in one transaction.

use std::sync::Arc;

use secureflow_platform::auth::Authenticator;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result, update_mask};

use crate::config::RepositoryConfig;
use crate::domain::repository::{Draft, Settings};
use crate::events::{self, Change};
use crate::store::repositories::{self as store, Filters, RepositoryRow};

/// The fields `UpdateRepository` can change.
pub const UPDATABLE: [&str; 10] = [
    "name",
    "full_name",
    "provider",
    "clone_url",
    "default_branch",
    "team_id",
    "criticality",
    "languages",
    "labels",
    "archived",
];

/// Most repositories purged in one pass.
const PURGE_BATCH: i64 = 100;

/// The repositories of every organisation, and what changing them needs.
#[derive(Clone)]
pub struct Repositories {
    db: Database,
    events: EventLog,
    identity: Arc<dyn Authenticator>,
    config: RepositoryConfig,
}

impl std::fmt::Debug for Repositories {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Repositories")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Repositories {
    /// Over the service's database, event log and identity's directory.
    pub fn new(
        db: Database,
        events: EventLog,
        identity: Arc<dyn Authenticator>,
        config: RepositoryConfig,
    ) -> Self {
        Self {
            db,
            events,
            identity,
            config,
        }
    }

    /// The service's database.
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// Identity's directory (users by e-mail, teams).
    pub fn identity(&self) -> &Arc<dyn Authenticator> {
        &self.identity
    }

    /// How long a deleted repository can be restored, µs.
    pub fn grace_us(&self) -> i64 {
        self.config.grace_us()
    }

    /// Registers a repository in the caller's organisation.
    pub async fn create(&self, context: &EventContext, draft: Draft) -> Result<RepositoryRow> {
        let organization_id = &context.organization_id;
        let settings = self.checked(organization_id, draft, None).await?;
        let id = uuid::Uuid::now_v7().to_string();
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        if let Err(error) = store::insert(&mut *tx, organization_id, &id, &settings, now).await {
            drop(tx);
            return Err(self.taken(error, organization_id, &settings).await);
        }
        let row = RepositoryRow {
            id,
            organization_id: organization_id.clone(),
            settings,
            deleted_at_us: None,
            created_at_us: now,
            updated_at_us: now,
        };
        self.publish(tx, context, &row, Change::Created).await?;
        Ok(row)
    }

    /// Applies the fields `mask` names (all updatable ones when empty) of
    /// `change` to the repository `id` (or full name).
    pub async fn update(
        &self,
        context: &EventContext,
        id: &str,
        change: Draft,
        mask: &[String],
    ) -> Result<RepositoryRow> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let organization_id = &context.organization_id;
        let current = self.live(organization_id, id).await?;
        let mut draft = Draft::from(current.settings.clone());
        for field in fields {
            match field {
                "name" => draft.name = change.name.clone(),
                "full_name" => draft.full_name = change.full_name.clone(),
                "provider" => draft.host = change.host,
                "clone_url" => draft.clone_url = change.clone_url.clone(),
                "default_branch" => draft.default_branch = change.default_branch.clone(),
                "team_id" => draft.team_id = change.team_id.clone(),
                "criticality" => draft.criticality = change.criticality,
                "languages" => draft.languages = change.languages.clone(),
                "labels" => draft.labels = change.labels.clone(),
                _ => draft.archived = change.archived,
            }
        }
        let settings = self
            .checked(organization_id, draft, Some(&current.settings))
            .await?;
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        let updated =
            match store::update(&mut *tx, organization_id, &current.id, &settings, now).await {
                Ok(updated) => updated,
                Err(error) => {
                    drop(tx);
                    return Err(self.taken(error, organization_id, &settings).await);
                }
            };
        if !updated {
            return Err(Error::not_found("repository", id));
        }
        let row = RepositoryRow {
            settings,
            updated_at_us: now,
            ..current
        };
        self.publish(tx, context, &row, Change::Updated).await?;
        Ok(row)
    }

    /// Deletes the repository `id` (or full name): hidden at once, purged
    /// after the grace period unless restored.
    pub async fn delete(&self, context: &EventContext, id: &str) -> Result<RepositoryRow> {
        let organization_id = &context.organization_id;
        let current = self.live(organization_id, id).await?;
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        if !store::mark_deleted(&mut *tx, organization_id, &current.id, now).await? {
            return Err(Error::not_found("repository", id));
        }
        let row = RepositoryRow {
            deleted_at_us: Some(now),
            updated_at_us: now,
            ..current
        };
        let expires_at_us = now.saturating_add(self.grace_us());
        self.publish(tx, context, &row, Change::Deleted { expires_at_us })
            .await?;
        Ok(row)
    }

    /// Restores the deleted repository `id` before its purge.
    pub async fn undelete(&self, context: &EventContext, id: &str) -> Result<RepositoryRow> {
        let organization_id = &context.organization_id;
        let current = self.find(organization_id, id).await?;
        if current.deleted_at_us.is_none() {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!("repository `{id}` is not deleted"),
            ));
        }
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        if !store::undelete(&mut *tx, organization_id, &current.id, now).await? {
            return Err(Error::not_found("repository", id));
        }
        let row = RepositoryRow {
            deleted_at_us: None,
            updated_at_us: now,
            ..current
        };
        self.publish(tx, context, &row, Change::Undeleted).await?;
        Ok(row)
    }

    /// Purges the repositories whose grace period has ended (with their
    /// webhooks); how many.
    pub async fn purge_due(&self) -> Result<usize> {
        let cutoff = now_micros().saturating_sub(self.grace_us());
        let due = store::pending_purge(&self.db, cutoff, PURGE_BATCH).await?;
        let mut purged = 0;
        for row in due {
            let mut tx = self.db.begin().await?;
            crate::store::webhooks::delete_of_repository(&mut *tx, &row.organization_id, &row.id)
                .await?;
            crate::store::delete_records(&mut tx, &row.organization_id, &row.id).await?;
            if store::purge(&mut *tx, &row.organization_id, &row.id).await? {
                let context = EventContext::system(&row.organization_id);
                self.publish(tx, &context, &row, Change::Purged).await?;
                purged += 1;
            }
        }
        Ok(purged)
    }

    /// The repository `id` (or full name, any case), deleted or not.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<RepositoryRow> {
        self.find(organization_id, id).await
    }

    /// A page of the organisation's repositories; INVALID_ARGUMENT for a team
    /// filter that names no team of the organisation.
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<RepositoryRow>> {
        if !filters.team_id.is_empty()
            && !self
                .identity
                .is_team(organization_id, &filters.team_id)
                .await?
        {
            return Err(Error::invalid_field(
                "team_id",
                format!("`{}` is not a team of this organisation", filters.team_id),
            ));
        }
        store::list(&self.db, organization_id, filters, page).await
    }

    async fn find(&self, organization_id: &str, id: &str) -> Result<RepositoryRow> {
        let found = if id.contains('/') {
            store::by_full_name(&self.db, organization_id, id).await?
        } else {
            store::find(&self.db, organization_id, id).await?
        };
        found.ok_or_else(|| Error::not_found("repository", id))
    }

    /// The repository `id` (or full name) when it is not deleted;
    /// FAILED_PRECONDITION when it is.
    pub(crate) async fn live(&self, organization_id: &str, id: &str) -> Result<RepositoryRow> {
        let row = self.find(organization_id, id).await?;
        if row.deleted_at_us.is_some() {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!("repository `{id}` is deleted: restore it with UndeleteRepository first"),
            ));
        }
        Ok(row)
    }

    /// `draft` checked, with its team one of the organisation's (unless it
    /// is the team the repository already had).
    async fn checked(
        &self,
        organization_id: &str,
        draft: Draft,
        current: Option<&Settings>,
    ) -> Result<Settings> {
        let settings = draft.checked().map_err(|(field, problem)| {
            Error::invalid_field(format!("repository.{field}"), problem)
        })?;
        let kept = current.is_some_and(|current| current.team_id == settings.team_id);
        if !settings.team_id.is_empty()
            && !kept
            && !self
                .identity
                .is_team(organization_id, &settings.team_id)
                .await?
        {
            return Err(Error::invalid_field(
                "repository.team_id",
                format!("`{}` is not a team of this organisation", settings.team_id),
            ));
        }
        Ok(settings)
    }

    /// ALREADY_EXISTS naming the repository that holds the name (and how to
    /// restore it when it is deleted); other errors as they are.
    async fn taken(&self, error: Error, organization_id: &str, settings: &Settings) -> Error {
        if error.code() != ErrorCode::AlreadyExists {
            return error;
        }
        let holder = store::by_full_name(&self.db, organization_id, &settings.full_name).await;
        let message = match holder {
            Ok(Some(holder)) if holder.deleted_at_us.is_some() => format!(
                "repository `{}` ({}) holds this name: it is deleted and keeps its name until it is purged; restore it with UndeleteRepository",
                holder.settings.full_name, holder.id
            ),
            Ok(Some(holder)) => format!(
                "the organisation already has repository `{}` ({}); full names are compared in any case",
                holder.settings.full_name, holder.id
            ),
            _ => format!(
                "the organisation already has a repository `{}`",
                settings.full_name
            ),
        };
        Error::new(ErrorCode::AlreadyExists, message)
    }

    async fn publish(
        &self,
        mut tx: sqlx::Transaction<'static, sqlx::Any>,
        context: &EventContext,
        row: &RepositoryRow,
        change: Change,
    ) -> Result<()> {
        let (aggregate, data) = events::repository_changed(row, change);
        let envelope = events::PUBLISHER.envelope(context, aggregate, data);
        platform_events::append(&mut tx, self.db.backend(), &envelope).await?;
        tx.commit().await?;
        self.events.notify_committed();
        Ok(())
    }
}
