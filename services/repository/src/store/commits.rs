//! `repository_commits`: commits of a repository, each once (a commit pushed
//! to a second branch keeps the branch it was first seen on), with what the
//! push carried; a backfill fills in what pushes do not say (parents, stats).

use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

pub(super) const TABLE: Owned = Owned("repository_commits");

/// A commit as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommitRow {
    /// Full SHA.
    pub sha: String,
    /// Branch it was first seen on.
    pub branch: String,
    /// Whole message.
    pub message: String,
    /// Author name.
    pub author_name: String,
    /// Author e-mail.
    pub author_email: String,
    /// The organisation's user the author is, or empty.
    pub author_user_id: String,
    /// The author's account at the host (GitHub login), or empty.
    pub author_login: String,
    /// Committer name.
    pub committer_name: String,
    /// Committer e-mail.
    pub committer_email: String,
    /// Authored, µs.
    pub authored_at_us: i64,
    /// Committed, µs, when known.
    pub committed_at_us: Option<i64>,
    /// Parents, when known.
    pub parent_shas: Vec<String>,
    /// Lines added, when known.
    pub additions: Option<i64>,
    /// Lines deleted, when known.
    pub deletions: Option<i64>,
    /// Files changed, when known.
    pub files_changed: Option<i64>,
}

/// What recording a commit seen before does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Leaves it as it is (a push: what it carries is already there).
    Keep,
    /// Fills in what it lacked — parents, commit time, stats — from a
    /// backfill, which reads more than a push carries.
    Complete,
}

/// Records commits; how many were new (or, with [`Seen::Complete`], new or completed).
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    (organization_id, repository_id): (&str, &str),
    commits: &[CommitRow],
    seen: Seen,
    now_us: i64,
) -> Result<u64> {
    let on_conflict = match seen {
        Seen::Keep => "DO NOTHING",
        Seen::Complete => {
            "DO UPDATE SET
                 parent_shas = CASE WHEN repository_commits.parent_shas = '[]'
                     THEN excluded.parent_shas ELSE repository_commits.parent_shas END,
                 committed_at_us = COALESCE(repository_commits.committed_at_us, excluded.committed_at_us),
                 additions = COALESCE(repository_commits.additions, excluded.additions),
                 deletions = COALESCE(repository_commits.deletions, excluded.deletions),
                 files_changed = COALESCE(repository_commits.files_changed, excluded.files_changed),
                 author_login = CASE WHEN repository_commits.author_login = ''
                     THEN excluded.author_login ELSE repository_commits.author_login END"
        }
    };
    let sql = format!(
        "INSERT INTO repository_commits (organization_id, repository_id, sha, branch, message,
             author_name, author_email, author_user_id, committer_name, committer_email,
             authored_at_us, committed_at_us, parent_shas, additions, deletions, files_changed,
             recorded_at_us, author_login)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         ON CONFLICT (organization_id, repository_id, sha) {on_conflict}"
    );
    let mut new = 0;
    for commit in commits {
        let inserted = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(organization_id.to_owned())
            .bind(repository_id.to_owned())
            .bind(commit.sha.clone())
            .bind(commit.branch.clone())
            .bind(commit.message.clone())
            .bind(commit.author_name.clone())
            .bind(commit.author_email.clone())
            .bind(commit.author_user_id.clone())
            .bind(commit.committer_name.clone())
            .bind(commit.committer_email.clone())
            .bind(commit.authored_at_us)
            .bind(commit.committed_at_us)
            .bind(serde_json::to_string(&commit.parent_shas).map_err(Error::internal)?)
            .bind(commit.additions)
            .bind(commit.deletions)
            .bind(commit.files_changed)
            .bind(now_us)
            .bind(commit.author_login.clone())
            .execute(&mut **tx)
            .await?;
        new += inserted.rows_affected();
    }
    Ok(new)
}

/// What a listing of commits keeps.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Only this branch (empty: all).
    pub branch: String,
    /// Only this author e-mail (empty: all).
    pub author_email: String,
    /// Authored at or after, µs.
    pub start_us: Option<i64>,
    /// Authored before, µs.
    pub end_us: Option<i64>,
}

/// A page of a repository's commits, newest first; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<Vec<CommitRow>> {
    Filtered::new("SELECT * FROM repository_commits")
        .bound("organization_id = ?", organization_id)
        .bound("repository_id = ?", repository_id)
        .given("branch = ?", &filters.branch)
        .given("LOWER(author_email) = LOWER(?)", &filters.author_email)
        .window("authored_at_us", filters.start_us, filters.end_us)
        .page(db, "authored_at_us DESC, sha", page, commit_from_row)
        .await
}

/// A commit of a repository.
pub async fn get(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    sha: &str,
) -> Result<Option<CommitRow>> {
    let query = sqlx::query(
        "SELECT * FROM repository_commits WHERE organization_id = $1 AND repository_id = $2 AND sha = $3",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(sha.to_owned());
    db.row(query, commit_from_row).await
}

fn commit_from_row(row: &AnyRow) -> Result<CommitRow> {
    let parents: String = row.try_get("parent_shas")?;
    Ok(CommitRow {
        sha: row.try_get("sha")?,
        branch: row.try_get("branch")?,
        message: row.try_get("message")?,
        author_name: row.try_get("author_name")?,
        author_email: row.try_get("author_email")?,
        author_user_id: row.try_get("author_user_id")?,
        author_login: row.try_get("author_login")?,
        committer_name: row.try_get("committer_name")?,
        committer_email: row.try_get("committer_email")?,
        authored_at_us: row.try_get("authored_at_us")?,
        committed_at_us: row.try_get("committed_at_us")?,
        parent_shas: serde_json::from_str(&parents).map_err(Error::internal)?,
        additions: row.try_get("additions")?,
        deletions: row.try_get("deletions")?,
        files_changed: row.try_get("files_changed")?,
    })
}
