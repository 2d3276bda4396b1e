//! `repository_repositories`: repositories, unique within an organisation by
//! their full name's [key](crate::domain::repository::full_name_key). A deleted
//! repository keeps its row (read by [`find`] and [`by_full_name`], left out of
//! [`list`] unless asked for, refused by [`update`]) and its full name until
//! [`purge`] removes it.

use std::collections::BTreeMap;

use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use sqlx::{Any, Executor};

use crate::domain::repository::{Criticality, Host, Settings, full_name_key};

const TABLE: Owned = Owned("repository_repositories");

/// A stored repository.
#[derive(Debug, Clone, PartialEq)]
pub struct RepositoryRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// What it is.
    pub settings: Settings,
    /// When it was deleted, µs; `None` while it is not.
    pub deleted_at_us: Option<i64>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

/// Binds a repository's settings (`$3` to `$13`: name, full name, its key,
/// host, clone URL, default branch, team, criticality, languages, labels,
/// archived) after the two keys a statement names first.
fn bind_settings<'q>(
    keys: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
    settings: &Settings,
) -> Result<sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>> {
    Ok(keys
        .bind(settings.name.clone())
        .bind(settings.full_name.clone())
        .bind(full_name_key(&settings.full_name))
        .bind(settings.host.name())
        .bind(settings.clone_url.clone())
        .bind(settings.default_branch.clone())
        .bind(settings.team_id.clone())
        .bind(settings.criticality.name())
        .bind(serde_json::to_string(&settings.languages).map_err(Error::internal)?)
        .bind(serde_json::to_string(&settings.labels).map_err(Error::internal)?)
        .bind(i64::from(settings.archived)))
}

/// Stores a new repository with `id` at `now_us`; ALREADY_EXISTS when the
/// organisation has one of the same full name (deleted ones included, until
/// they are purged).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    settings: &Settings,
    now_us: i64,
) -> Result<()> {
    let keys = sqlx::query(
        "INSERT INTO repository_repositories (id, organization_id, name, full_name, full_name_key,
             host, clone_url, default_branch, team_id, criticality, languages, labels, archived,
             deleted_at_us, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, NULL, $14, $14)",
    )
    .bind(id.to_owned())
    .bind(organization_id.to_owned());
    bind_settings(keys, settings)?
        .bind(now_us)
        .execute(executor)
        .await?;
    Ok(())
}

/// Replaces the settings of a repository that is not deleted; `false` when
/// there is none. ALREADY_EXISTS when the new full name is another's.
pub async fn update<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    settings: &Settings,
    now_us: i64,
) -> Result<bool> {
    let keys = sqlx::query(
        "UPDATE repository_repositories SET name = $3, full_name = $4, full_name_key = $5,
             host = $6, clone_url = $7, default_branch = $8, team_id = $9, criticality = $10,
             languages = $11, labels = $12, archived = $13, updated_at_us = $14
         WHERE organization_id = $1 AND id = $2 AND deleted_at_us IS NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned());
    let updated = bind_settings(keys, settings)?
        .bind(now_us)
        .execute(executor)
        .await?;
    Ok(updated.rows_affected() > 0)
}

/// A repository of the organisation by id, deleted or not (until purged).
pub async fn find(db: &Database, organization_id: &str, id: &str) -> Result<Option<RepositoryRow>> {
    let row = TABLE.get(db.pool(), organization_id, id).await?;
    row.as_ref().map(Stored::read).transpose()
}

/// The organisation's repository of this full name (any case), deleted or
/// not.
pub async fn by_full_name(
    db: &Database,
    organization_id: &str,
    full_name: &str,
) -> Result<Option<RepositoryRow>> {
    let key = full_name_key(full_name);
    let row = TABLE
        .get_by(db.pool(), organization_id, "full_name_key", &key)
        .await?;
    row.as_ref().map(Stored::read).transpose()
}

/// What a listing keeps.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only this team's (empty: any).
    pub team_id: String,
    /// Only those whose full name holds this text, any case (empty: any).
    pub query: String,
    /// Archived ones too.
    pub include_archived: bool,
    /// The deleted ones awaiting purge (archived or not) instead of the others.
    pub deleted: bool,
}

/// A page of the organisation's repositories that are not deleted (or, with
/// [`Filters::deleted`], that are), by full name; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<Vec<RepositoryRow>> {
    let statement = Filtered::new("SELECT * FROM repository_repositories")
        .bound("organization_id = ?", organization_id)
        .given("team_id = ?", &filters.team_id)
        .containing(
            "full_name_key LIKE ? ESCAPE '\\'",
            &filters.query.to_lowercase(),
        );
    let statement = match (filters.deleted, filters.include_archived) {
        (true, _) => statement.condition("deleted_at_us IS NOT NULL"),
        (false, true) => statement.condition("deleted_at_us IS NULL"),
        (false, false) => statement
            .condition("deleted_at_us IS NULL")
            .condition("archived = 0"),
    };
    statement
        .page_as::<Stored>(db, ("full_name_key, id", "full_name_key, id"), page)
        .await
}

secureflow_platform::columns! {
    /// A repository's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => RepositoryRow {
        id: String,
        organization_id: String,
        name: String,
        full_name: String,
        host: String,
        clone_url: String,
        default_branch: String,
        team_id: String,
        criticality: String,
        languages: String,
        labels: String,
        archived: i64,
        deleted_at_us: Option<i64>,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<RepositoryRow> {
        let stored = |what: &str, value: &str| {
            Error::internal(format!("stored {what} `{value}` is unknown"))
        };
        Ok(RepositoryRow {
            id: self.id,
            organization_id: self.organization_id,
            settings: Settings {
                name: self.name,
                full_name: self.full_name,
                host: Host::parse(&self.host).ok_or_else(|| stored("host", &self.host))?,
                clone_url: self.clone_url,
                default_branch: self.default_branch,
                team_id: self.team_id,
                criticality: Criticality::parse(&self.criticality)
                    .ok_or_else(|| stored("criticality", &self.criticality))?,
                languages: serde_json::from_str::<Vec<String>>(&self.languages)
                    .map_err(Error::internal)?,
                labels: serde_json::from_str::<BTreeMap<String, String>>(&self.labels)
                    .map_err(Error::internal)?,
                archived: self.archived != 0,
            },
            deleted_at_us: self.deleted_at_us,
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// Marks a repository deleted at `now_us`; `false` when there is none (or it
/// already is).
pub async fn mark_deleted<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    now_us: i64,
) -> Result<bool> {
    let marked = sqlx::query(
        "UPDATE repository_repositories SET deleted_at_us = $3, updated_at_us = $3
         WHERE organization_id = $1 AND id = $2 AND deleted_at_us IS NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(now_us)
    .execute(executor)
    .await?;
    Ok(marked.rows_affected() > 0)
}

/// Restores a deleted repository at `now_us`; `false` when there is no
/// deleted repository `id`.
pub async fn undelete<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    now_us: i64,
) -> Result<bool> {
    let restored = sqlx::query(
        "UPDATE repository_repositories SET deleted_at_us = NULL, updated_at_us = $3
         WHERE organization_id = $1 AND id = $2 AND deleted_at_us IS NOT NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(now_us)
    .execute(executor)
    .await?;
    Ok(restored.rows_affected() > 0)
}

/// Repositories deleted before `cutoff_us` (any organisation), at most `limit`.
pub async fn pending_purge(
    db: &Database,
    cutoff_us: i64,
    limit: i64,
) -> Result<Vec<RepositoryRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_repositories WHERE deleted_at_us < $1 ORDER BY deleted_at_us, id LIMIT $2",
    )
    .bind(cutoff_us)
    .bind(limit);
    db.rows(query, Stored::read).await
}

/// Removes a deleted repository's row for good; whether it did.
pub async fn purge<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
) -> Result<bool> {
    let purged = sqlx::query(
        "DELETE FROM repository_repositories
         WHERE organization_id = $1 AND id = $2 AND deleted_at_us IS NOT NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .execute(executor)
    .await?;
    Ok(purged.rows_affected() > 0)
}
