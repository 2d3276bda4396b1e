//! `notification_repositories`: each repository's full name as the
//! repository service published it (`repository.repositories`), so messages
//! name `acme/payments-api` rather than an id, without reading that
//! service's tables.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::{Any, Row};

/// The table.
pub const TABLE: Owned = Owned("notification_repositories");

/// Keeps repository `id`'s full name as of the event at `seq`, unless a
/// later event was kept already.
pub async fn keep(
    tx: &mut sqlx::Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
    full_name: &str,
    seq: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO notification_repositories (id, organization_id, full_name, event_seq)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name,
             event_seq = excluded.event_seq
         WHERE notification_repositories.event_seq < excluded.event_seq
             AND notification_repositories.organization_id = excluded.organization_id",
    )
    .bind(id.to_owned())
    .bind(organization_id.to_owned())
    .bind(full_name.to_owned())
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

/// The full name of the organisation's repository `id`, if known.
pub async fn full_name(db: &Database, organization_id: &str, id: &str) -> Result<Option<String>> {
    let Some(row) = TABLE.get(db.pool(), organization_id, id).await? else {
        return Ok(None);
    };
    Ok(Some(row.try_get("full_name")?))
}
