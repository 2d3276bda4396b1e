//! Scan records: one per ingested report, with its outcome.
//!
//! They live in `security_scans` ([`sql`]) or, with
//! `documents.collections = ["scans"]`, in the MongoDB collection `scans`
//! ([`mongo`]); [`Scans`] is either, and both pass the same contract suite
//! (`tests/scan_records.rs`). A scan is stored in the ingestion's SQL
//! transaction with its vulnerabilities and events: in MongoDB's case it is
//! staged there ([`secureflow_platform::documents::staged`]) and forwarded
//! after the commit, so it is kept exactly when they are; until MongoDB took
//! it (MongoDB away) it is read from the stage.

pub mod mongo;
pub mod sql;

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::documents::Documents;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use sqlx::{Any, AnyConnection, Transaction};

use sql::OF_REPOSITORY;

/// Where a report applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Organisation.
    pub organization_id: String,
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Commit.
    pub commit_sha: String,
    /// Pipeline execution, if any.
    pub pipeline_execution_id: String,
    /// The report covers the whole scope for its tool.
    pub full_scan: bool,
    /// Base branch for the gate verdict (empty: the default); not stored with the scan.
    pub base_branch: String,
}

/// What ingesting a report did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Findings read.
    pub findings_parsed: i64,
    /// Repeats inside the report.
    pub duplicates_in_report: i64,
    /// New vulnerabilities.
    pub new: i64,
    /// Known vulnerabilities reported again.
    pub updated: i64,
    /// Resolved vulnerabilities back again.
    pub reopened: i64,
    /// Vulnerabilities resolved.
    pub resolved: i64,
}

/// A stored scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanRow {
    /// Id.
    pub id: String,
    /// Scope.
    pub scope: Scope,
    /// Tool.
    pub tool: String,
    /// Format.
    pub format: String,
    /// Report size.
    pub report_bytes: i64,
    /// Outcome.
    pub summary: Summary,
    /// Uploader.
    pub uploaded_by: String,
    /// Received, µs.
    pub created_at_us: i64,
    /// The sealed key of the original kept in the blob store; `None`: not kept.
    pub report_key: Option<String>,
}

/// Filters of a scan listing (empty means any).
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Repository.
    pub repository_id: String,
    /// Branch.
    pub branch: String,
    /// Tool.
    pub tool: String,
}

impl Filters {
    /// Whether a scan of `repository_id`, `branch` and `tool` is listed.
    pub fn keeps(&self, repository_id: &str, branch: &str, tool: &str) -> bool {
        [
            (&self.repository_id, repository_id),
            (&self.branch, branch),
            (&self.tool, tool),
        ]
        .iter()
        .all(|(wanted, value)| wanted.is_empty() || wanted.as_str() == *value)
    }
}

/// Where the scan records live.
#[derive(Debug, Clone)]
pub enum Scans {
    /// `security_scans` in the security database.
    Sql(Database),
    /// The MongoDB collection `scans` (staged in the security database on the way).
    Mongo(mongo::MongoScans),
}

impl Scans {
    /// The records' home: MongoDB when `documents` holds the `scans`
    /// collection, else `db`.
    pub fn new(db: &Database, documents: &Documents) -> Self {
        match documents.collection(mongo::COLLECTION) {
            Some(collection) => Self::Mongo(mongo::MongoScans::new(db.clone(), collection)),
            None => Self::Sql(db.clone()),
        }
    }

    /// Before serving: the indexes (MongoDB), what an earlier run staged but
    /// could not forward, and the originals' keys under the active key
    /// version. MongoDB being away does not stop the start (it is logged:
    /// its records keep their keys until a start re-wraps them).
    pub async fn prepare(&self, secrets: &Secrets) -> Result<()> {
        match self {
            Self::Sql(db) => {
                sql::REPORT_KEYS.rewrap(db, secrets).await?;
            }
            Self::Mongo(mongo) => {
                if let Err(error) = mongo.prepare(secrets).await {
                    tracing::error!(%error,
                        "scan records in MongoDB not prepared (staged ones stay staged; kept originals' keys are re-wrapped at a later start: keep the old key configured until then)");
                }
            }
        }
        Ok(())
    }

    /// Stores a completed scan in the caller's transaction (MongoDB: stages
    /// it; [`Scans::forward`] after the commit).
    pub async fn insert(&self, tx: &mut Transaction<'_, Any>, scan: &ScanRow) -> Result<()> {
        match self {
            Self::Sql(_) => sql::insert(tx, scan).await,
            Self::Mongo(mongo) => mongo.stage(tx, scan).await,
        }
    }

    /// After the commit: moves the staged scan into MongoDB. Best effort: a
    /// MongoDB that is away leaves it staged (readable, forwarded later).
    pub async fn forward(&self, id: &str) {
        if let Self::Mongo(mongo) = self
            && let Err(error) = mongo.forward(id).await
        {
            tracing::warn!(%error, scan = %id, "scan record stays staged until MongoDB takes it");
        }
    }

    /// The periodic work: forwards what stayed staged (MongoDB).
    pub async fn forward_staged(&self) -> Result<usize> {
        match self {
            Self::Sql(_) => Ok(0),
            Self::Mongo(mongo) => mongo.forward_staged("").await,
        }
    }

    /// A scan of the organisation.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<Option<ScanRow>> {
        match self {
            Self::Sql(db) => sql::get(db, organization_id, id).await,
            Self::Mongo(mongo) => mongo.get(organization_id, id).await,
        }
    }

    /// A page of the organisation's scans, newest first; fetches `limit + 1`.
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<ScanRow>> {
        match self {
            Self::Sql(db) => sql::list(db, organization_id, filters, page).await,
            Self::Mongo(mongo) => mongo.list(organization_id, filters, page).await,
        }
    }

    /// Whether the branch has been scanned at least once (SQL: on
    /// `connection`, the gate evaluation's).
    pub async fn branch_scanned(
        &self,
        connection: &mut AnyConnection,
        organization_id: &str,
        repository_id: &str,
        branch: &str,
    ) -> Result<bool> {
        match self {
            Self::Sql(_) => {
                sql::branch_scanned(connection, organization_id, repository_id, branch).await
            }
            Self::Mongo(mongo) => {
                mongo
                    .branch_scanned(organization_id, repository_id, branch)
                    .await
            }
        }
    }

    /// A purged repository's scans: removed (SQL: in `tx`; MongoDB: at once,
    /// before the caller commits: should the commit fail, the purge runs
    /// again and removes nothing more); returns those whose originals were
    /// kept, to remove them from the blob store after the commit.
    pub async fn purge_repository(
        &self,
        tx: &mut Transaction<'_, Any>,
        organization_id: &str,
        repository_id: &str,
    ) -> Result<Vec<String>> {
        match self {
            Self::Sql(_) => sql::purge_repository(tx, organization_id, repository_id).await,
            Self::Mongo(mongo) => mongo.purge_repository(organization_id, repository_id).await,
        }
    }

    /// Scans stored under a repository's full name (`key`) move to its id
    /// (SQL: in `tx`; MongoDB: at once, before the caller commits: moving
    /// them again changes nothing).
    pub async fn rekey_repository(
        &self,
        tx: &mut Transaction<'_, Any>,
        organization_id: &str,
        key: &str,
        repository_id: &str,
    ) -> Result<()> {
        match self {
            Self::Sql(_) => {
                OF_REPOSITORY
                    .rekey(tx, organization_id, key, repository_id)
                    .await?;
                Ok(())
            }
            Self::Mongo(mongo) => {
                mongo
                    .rekey_repository(organization_id, key, repository_id)
                    .await
            }
        }
    }
}
