//! `repository_contributors`: who committed to a repository, as its host
//! counts (backfills replace each contributor's row with what the host says).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Row, Transaction};

pub(super) const TABLE: Owned = Owned("repository_contributors");

/// A contributor as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContributorRow {
    /// Host account (GitHub login), or empty.
    pub login: String,
    /// Name, or empty.
    pub name: String,
    /// E-mail, or empty.
    pub email: String,
    /// Commits the host counts.
    pub commits: i64,
    /// Lines added, when the host counts them.
    pub additions: Option<i64>,
    /// Lines deleted, when the host counts them.
    pub deletions: Option<i64>,
    /// The organisation's user, or empty.
    pub user_id: String,
    /// When the host last said, µs.
    pub updated_at_us: i64,
}

impl ContributorRow {
    /// What the contributor is known by in the repository: the login, else
    /// the e-mail (lower case), else the name.
    fn handle(&self) -> String {
        if !self.login.is_empty() {
            self.login.clone()
        } else if !self.email.is_empty() {
            self.email.to_lowercase()
        } else {
            self.name.clone()
        }
    }
}

/// Records contributors (replacing what was known of each).
pub async fn save(
    tx: &mut Transaction<'_, Any>,
    (organization_id, repository_id): (&str, &str),
    contributors: &[ContributorRow],
) -> Result<()> {
    for contributor in contributors {
        sqlx::query(
            "INSERT INTO repository_contributors (organization_id, repository_id, handle, login,
                 name, email, commits, additions, deletions, user_id, updated_at_us)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             ON CONFLICT (organization_id, repository_id, handle) DO UPDATE SET
                 login = $4, name = $5, email = $6, commits = $7, additions = $8,
                 deletions = $9, user_id = $10, updated_at_us = $11",
        )
        .bind(organization_id.to_owned())
        .bind(repository_id.to_owned())
        .bind(contributor.handle())
        .bind(contributor.login.clone())
        .bind(contributor.name.clone())
        .bind(contributor.email.clone())
        .bind(contributor.commits)
        .bind(contributor.additions)
        .bind(contributor.deletions)
        .bind(contributor.user_id.clone())
        .bind(contributor.updated_at_us)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A page of a repository's contributors, most commits first; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<ContributorRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_contributors WHERE organization_id = $1 AND repository_id = $2
         ORDER BY commits DESC, handle LIMIT $3 OFFSET $4",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned());
    db.page(query, page, |row| {
        Ok(ContributorRow {
            login: row.try_get("login")?,
            name: row.try_get("name")?,
            email: row.try_get("email")?,
            commits: row.try_get("commits")?,
            additions: row.try_get("additions")?,
            deletions: row.try_get("deletions")?,
            user_id: row.try_get("user_id")?,
            updated_at_us: row.try_get("updated_at_us")?,
        })
    })
    .await
}
