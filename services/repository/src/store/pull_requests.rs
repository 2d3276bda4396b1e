//! `repository_pull_requests` and `repository_reviews`: pull and merge
//! requests as their latest event says, and every review and review comment
//! once (by the host's id). When a request was first reviewed and first
//! approved is read from its reviews, so a review that arrives before the
//! request itself is still counted.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row, Transaction};

pub(super) const TABLE: Owned = Owned("repository_pull_requests");
pub(super) const REVIEWS: Owned = Owned("repository_reviews");

/// A pull or merge request as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PullRequestRow {
    /// Id (ours).
    pub id: String,
    /// The host's number.
    pub number: i64,
    /// Title.
    pub title: String,
    /// Author's login (empty until an event names it).
    pub author: String,
    /// Source branch.
    pub source_branch: String,
    /// Target branch.
    pub target_branch: String,
    /// Head commit.
    pub head_sha: String,
    /// `open`, `merged` or `closed`.
    pub state: String,
    /// Draft.
    pub draft: bool,
    /// Opened, µs.
    pub created_at_us: i64,
    /// Merged, µs.
    pub merged_at_us: Option<i64>,
    /// Closed, µs.
    pub closed_at_us: Option<i64>,
    /// Who merged (empty when not merged).
    pub merged_by: String,
    /// Lines added, when known.
    pub additions: Option<i64>,
    /// Lines deleted, when known.
    pub deletions: Option<i64>,
    /// Commits, when known.
    pub commits: Option<i64>,
    /// First review by someone other than the author, µs (read, not written).
    pub first_review_at_us: Option<i64>,
    /// First approval, µs (read, not written).
    pub approved_at_us: Option<i64>,
}

/// Keeps what the latest event says of a request (what it does not say —
/// the author, sizes, who merged — stays as known); the request as stored.
pub async fn save(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    request: &PullRequestRow,
    now_us: i64,
) -> Result<PullRequestRow> {
    sqlx::query(
        "INSERT INTO repository_pull_requests (id, organization_id, repository_id, number, title,
             author, source_branch, target_branch, head_sha, state, draft, created_at_us,
             merged_at_us, closed_at_us, merged_by, additions, deletions, commits, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
         ON CONFLICT (organization_id, repository_id, number) DO UPDATE SET
             title = $5,
             author = CASE WHEN $6 = '' THEN repository_pull_requests.author ELSE $6 END,
             source_branch = $7, target_branch = $8, head_sha = $9, state = $10, draft = $11,
             merged_at_us = COALESCE($13, repository_pull_requests.merged_at_us),
             closed_at_us = CASE WHEN $10 = 'open' THEN NULL
                 ELSE COALESCE($14, repository_pull_requests.closed_at_us) END,
             merged_by = CASE WHEN $15 = '' THEN repository_pull_requests.merged_by ELSE $15 END,
             additions = COALESCE($16, repository_pull_requests.additions),
             deletions = COALESCE($17, repository_pull_requests.deletions),
             commits = COALESCE($18, repository_pull_requests.commits),
             updated_at_us = $19",
    )
    .bind(request.id.clone())
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(request.number)
    .bind(request.title.clone())
    .bind(request.author.clone())
    .bind(request.source_branch.clone())
    .bind(request.target_branch.clone())
    .bind(request.head_sha.clone())
    .bind(request.state.clone())
    .bind(i64::from(request.draft))
    .bind(request.created_at_us)
    .bind(request.merged_at_us)
    .bind(request.closed_at_us)
    .bind(request.merged_by.clone())
    .bind(request.additions)
    .bind(request.deletions)
    .bind(request.commits)
    .bind(now_us)
    .execute(&mut **tx)
    .await?;
    get(&mut **tx, organization_id, repository_id, request.number)
        .await?
        .ok_or_else(|| secureflow_platform::Error::internal("a saved pull request is not found"))
}

/// A review or review comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    /// The host's id of it.
    pub activity_id: String,
    /// Reviewer's login.
    pub reviewer: String,
    /// `approved`, `changes_requested`, `commented`, `dismissed`, or `comment`.
    pub kind: String,
    /// When, µs.
    pub submitted_at_us: i64,
}

/// Records a review or comment on request `number` unless recorded before;
/// whether it was new.
pub async fn add_review(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    number: i64,
    review: &ReviewRow,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO repository_reviews (organization_id, repository_id, number, activity_id,
             reviewer, kind, submitted_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, repository_id, number, activity_id) DO NOTHING",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(number)
    .bind(review.activity_id.clone())
    .bind(review.reviewer.clone())
    .bind(review.kind.clone())
    .bind(review.submitted_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(inserted.rows_affected() > 0)
}

/// A request of the repository by number, as stored (if it has been seen).
pub async fn get<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    repository_id: &str,
    number: i64,
) -> Result<Option<PullRequestRow>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE p.organization_id = $1 AND p.repository_id = $2 AND p.number = $3"
    )))
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(number)
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(pull_request_from_row).transpose()
}

/// A page of the repository's requests in `state` (empty: any) into
/// `target_branch` (empty: any), newest first; fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    (state, target_branch): (&str, &str),
    page: Page,
) -> Result<Vec<PullRequestRow>> {
    Filtered::new(SELECT)
        .bound("p.organization_id = ?", organization_id)
        .bound("p.repository_id = ?", repository_id)
        .given("p.state = ?", state)
        .given("p.target_branch = ?", target_branch)
        .page(
            db,
            "p.created_at_us DESC, p.number DESC",
            page,
            pull_request_from_row,
        )
        .await
}

/// A request's reviews per reviewer: (reviewer, latest review state or
/// empty, comments, latest activity µs), by reviewer.
pub async fn reviewers(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    number: i64,
) -> Result<Vec<(String, String, i64, i64)>> {
    let query = sqlx::query(
        "SELECT reviewer,
             (SELECT latest.kind FROM repository_reviews latest
               WHERE latest.organization_id = $1 AND latest.repository_id = $2
                 AND latest.number = $3 AND latest.reviewer = r.reviewer AND latest.kind <> 'comment'
               ORDER BY latest.submitted_at_us DESC LIMIT 1) AS state,
             SUM(CASE WHEN kind = 'comment' THEN 1 ELSE 0 END) AS comments,
             MAX(submitted_at_us) AS latest
         FROM repository_reviews r
         WHERE organization_id = $1 AND repository_id = $2 AND number = $3
         GROUP BY reviewer ORDER BY reviewer",
    )
    .bind(organization_id.to_owned())
    .bind(repository_id.to_owned())
    .bind(number);
    db.rows(query, |row| {
        Ok((
            row.try_get("reviewer")?,
            row.try_get::<Option<String>, _>("state")?
                .unwrap_or_default(),
            row.try_get("comments")?,
            row.try_get("latest")?,
        ))
    })
    .await
}

/// The requests' columns with their first review and approval, for the
/// organisation `$1` and repository `$2`, where `condition`.
/// A request's columns with the times of its first review by another and its
/// first approval.
const SELECT: &str = "SELECT p.*,
         (SELECT MIN(r.submitted_at_us) FROM repository_reviews r
           WHERE r.organization_id = p.organization_id AND r.repository_id = p.repository_id
             AND r.number = p.number AND r.reviewer <> p.author) AS first_review_at_us,
         (SELECT MIN(r.submitted_at_us) FROM repository_reviews r
           WHERE r.organization_id = p.organization_id AND r.repository_id = p.repository_id
             AND r.number = p.number AND r.kind = 'approved') AS approved_at_us
     FROM repository_pull_requests p";

fn pull_request_from_row(row: &AnyRow) -> Result<PullRequestRow> {
    Ok(PullRequestRow {
        id: row.try_get("id")?,
        number: row.try_get("number")?,
        title: row.try_get("title")?,
        author: row.try_get("author")?,
        source_branch: row.try_get("source_branch")?,
        target_branch: row.try_get("target_branch")?,
        head_sha: row.try_get("head_sha")?,
        state: row.try_get("state")?,
        draft: row.try_get::<i64, _>("draft")? != 0,
        created_at_us: row.try_get("created_at_us")?,
        merged_at_us: row.try_get("merged_at_us")?,
        closed_at_us: row.try_get("closed_at_us")?,
        merged_by: row.try_get("merged_by")?,
        additions: row.try_get("additions")?,
        deletions: row.try_get("deletions")?,
        commits: row.try_get("commits")?,
        first_review_at_us: row.try_get("first_review_at_us")?,
        approved_at_us: row.try_get("approved_at_us")?,
    })
}
