//! `security_gates`: the last verdict of each branch, and what it was
//! evaluated for.

use std::collections::BTreeMap;

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use sqlx::{Any, Row, Transaction};

use super::json_text;

/// The repository's recorded verdicts, for [`super::RepositoryRows`].
pub(crate) const OF_REPOSITORY: super::RepositoryRows = super::RepositoryRows {
    table: "security_gates",
    unique_with: &["branch"],
};

/// What a recorded gate was evaluated for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recorded {
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Base branch named (empty: the default).
    pub base_branch: String,
    /// Commit evaluated.
    pub commit_sha: String,
    /// Scan evaluated.
    pub scan_id: String,
}

/// A branch's verdict as recorded: overall and per policy (policy id → verdict name).
#[derive(Debug, Clone)]
pub struct Verdicts<'a> {
    /// Overall verdict name.
    pub overall: &'a str,
    /// Per policy.
    pub policies: &'a BTreeMap<String, String>,
}

/// The per-policy verdicts last recorded for a branch (empty when none).
pub async fn previous_verdicts(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<BTreeMap<String, String>> {
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT policy_verdicts FROM security_gates
         WHERE organization_id = $1 AND repository_id = $2 AND branch = $3",
    )
    .bind(organization_id)
    .bind(repository_id)
    .bind(branch)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(stored
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

/// Records a branch's verdicts, replacing the previous ones.
pub async fn record(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    gate: &Recorded,
    verdicts: Verdicts<'_>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO security_gates (organization_id, repository_id, branch, base_branch, commit_sha,
             scan_id, verdict, policy_verdicts, evaluated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (organization_id, repository_id, branch) DO UPDATE SET
             base_branch = $4, commit_sha = $5, scan_id = $6, verdict = $7,
             policy_verdicts = $8, evaluated_at_us = $9",
    )
    .bind(organization_id)
    .bind(&gate.repository_id)
    .bind(&gate.branch)
    .bind(&gate.base_branch)
    .bind(&gate.commit_sha)
    .bind(&gate.scan_id)
    .bind(verdicts.overall)
    .bind(json_text(verdicts.policies)?)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Every recorded gate of the organisation.
pub async fn recorded(db: &Database, organization_id: &str) -> Result<Vec<Recorded>> {
    let query = sqlx::query(
        "SELECT repository_id, branch, base_branch, commit_sha, scan_id FROM security_gates
         WHERE organization_id = $1",
    )
    .bind(organization_id);
    db.rows(query, |row| {
        Ok(Recorded {
            repository_id: row.try_get("repository_id")?,
            branch: row.try_get("branch")?,
            base_branch: row.try_get("base_branch")?,
            commit_sha: row.try_get("commit_sha")?,
            scan_id: row.try_get("scan_id")?,
        })
    })
    .await
}
