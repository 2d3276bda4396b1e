//! `pipeline_repositories`: the repositories of every organisation as the
//! repository service published them (`repository.repositories`), kept so a
//! pipeline can name its repository and an execution can clone it without
//! reading that service's tables.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::{Any, Row};

/// The table.
pub const TABLE: Owned = Owned("pipeline_repositories");

/// A repository as this service knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownRepository {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Full name (`acme/payments-api`).
    pub full_name: String,
    /// Default branch.
    pub default_branch: String,
    /// Where to clone it from.
    pub clone_url: String,
    /// Deleted (in its grace period).
    pub deleted: bool,
}

/// Keeps `repository` as of the event at `seq`, unless a later event was
/// kept already.
pub async fn keep(
    tx: &mut sqlx::Transaction<'_, Any>,
    repository: &KnownRepository,
    seq: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO pipeline_repositories (id, organization_id, full_name, default_branch,
             clone_url, deleted, event_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name,
             default_branch = excluded.default_branch, clone_url = excluded.clone_url,
             deleted = excluded.deleted, event_seq = excluded.event_seq
         WHERE pipeline_repositories.event_seq < excluded.event_seq
             AND pipeline_repositories.organization_id = excluded.organization_id",
    )
    .bind(repository.id.clone())
    .bind(repository.organization_id.clone())
    .bind(repository.full_name.clone())
    .bind(repository.default_branch.clone())
    .bind(repository.clone_url.clone())
    .bind(i64::from(repository.deleted))
    .bind(seq)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets a purged repository.
pub async fn forget(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
) -> Result<()> {
    TABLE.delete(&mut **tx, organization_id, id).await?;
    Ok(())
}

/// The organisation's repository `id`, if known.
pub async fn find(
    db: &Database,
    organization_id: &str,
    id: &str,
) -> Result<Option<KnownRepository>> {
    let Some(row) = TABLE.get(db.pool(), organization_id, id).await? else {
        return Ok(None);
    };
    Ok(Some(KnownRepository {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        full_name: row.try_get("full_name")?,
        default_branch: row.try_get("default_branch")?,
        clone_url: row.try_get("clone_url")?,
        deleted: row.try_get::<i64, _>("deleted")? != 0,
    }))
}
