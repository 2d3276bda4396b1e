//! `repository_branches`: each branch of a repository and its head, as the
//! host last told (pushes, branch creation and deletion, backfill).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Row, Transaction};

pub(super) const TABLE: Owned = Owned("repository_branches");

/// A branch as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchRow {
    /// Name.
    pub name: String,
    /// Head commit.
    pub head_sha: String,
    /// When the head last moved, µs.
    pub updated_at_us: i64,
    /// Whether the host protects it, when known (a backfill reads it; a
    /// push does not say, and leaves what is known).
    pub protected: Option<bool>,
}

/// Sets a branch's head (creating the branch), and its protection when known.
pub async fn set_head(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    branch: &BranchRow,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO repository_branches (organization_id, repository_id, name, head_sha,
             updated_at_us, protected)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (organization_id, repository_id, name)
         DO UPDATE SET head_sha = $4, updated_at_us = $5,
             protected = COALESCE($6, repository_branches.protected)",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(branch.name.clone())
    .bind(branch.head_sha.clone())
    .bind(branch.updated_at_us)
    .bind(branch.protected.map(i64::from))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Forgets a deleted branch.
pub async fn delete(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    name: &str,
) -> Result<()> {
    sqlx::query(
        "DELETE FROM repository_branches WHERE organization_id = $1 AND repository_id = $2 AND name = $3",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(name.to_owned())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A page of a repository's branches by name; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<BranchRow>> {
    let query = sqlx::query(
        "SELECT name, head_sha, updated_at_us, protected FROM repository_branches
         WHERE organization_id = $1 AND repository_id = $2 ORDER BY name LIMIT $3 OFFSET $4",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned());
    db.page(query, page, |row| {
        Ok(BranchRow {
            name: row.try_get("name")?,
            head_sha: row.try_get("head_sha")?,
            updated_at_us: row.try_get("updated_at_us")?,
            protected: row
                .try_get::<Option<i64>, _>("protected")?
                .map(|protected| protected != 0),
        })
    })
    .await
}
