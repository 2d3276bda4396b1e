//! Scan records in MongoDB: the collection `scans`, one document per scan
//! (`_id` the scan id), indexed for the listing (organisation, newest first)
//! and for "has this branch been scanned" (organisation, repository, branch).
//! New records are staged in the security database first (see [`super`]).

use std::sync::Arc;

use futures::TryStreamExt;
use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::documents::bson::{Document, doc};
use secureflow_platform::documents::mongodb::options::FindOptions;
use secureflow_platform::documents::{Index, MongoCollection, staged};
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use tokio::sync::OnceCell;

use super::{Filters, ScanRow, Scope, Summary};

/// The collection's name (`documents.collections`).
pub const COLLECTION: &str = "scans";

/// A scan as MongoDB keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanDocument {
    #[serde(rename = "_id")]
    id: String,
    organization_id: String,
    repository_id: String,
    branch: String,
    commit_sha: String,
    pipeline_execution_id: String,
    full_scan: bool,
    tool: String,
    format: String,
    report_bytes: i64,
    findings_parsed: i64,
    duplicates_in_report: i64,
    new_count: i64,
    updated_count: i64,
    reopened_count: i64,
    resolved_count: i64,
    uploaded_by: String,
    created_at_us: i64,
    /// The sealed key of the kept original; missing: not kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    report_key: Option<String>,
}

impl From<&ScanRow> for ScanDocument {
    fn from(scan: &ScanRow) -> Self {
        let (scope, summary) = (&scan.scope, &scan.summary);
        Self {
            id: scan.id.clone(),
            organization_id: scope.organization_id.clone(),
            repository_id: scope.repository_id.clone(),
            branch: scope.branch.clone(),
            commit_sha: scope.commit_sha.clone(),
            pipeline_execution_id: scope.pipeline_execution_id.clone(),
            full_scan: scope.full_scan,
            tool: scan.tool.clone(),
            format: scan.format.clone(),
            report_bytes: scan.report_bytes,
            findings_parsed: summary.findings_parsed,
            duplicates_in_report: summary.duplicates_in_report,
            new_count: summary.new,
            updated_count: summary.updated,
            reopened_count: summary.reopened,
            resolved_count: summary.resolved,
            uploaded_by: scan.uploaded_by.clone(),
            created_at_us: scan.created_at_us,
            report_key: scan.report_key.clone(),
        }
    }
}

impl From<ScanDocument> for ScanRow {
    fn from(document: ScanDocument) -> Self {
        Self {
            id: document.id,
            scope: Scope {
                organization_id: document.organization_id,
                repository_id: document.repository_id,
                branch: document.branch,
                commit_sha: document.commit_sha,
                pipeline_execution_id: document.pipeline_execution_id,
                full_scan: document.full_scan,
                base_branch: String::new(),
            },
            tool: document.tool,
            format: document.format,
            report_bytes: document.report_bytes,
            summary: Summary {
                findings_parsed: document.findings_parsed,
                duplicates_in_report: document.duplicates_in_report,
                new: document.new_count,
                updated: document.updated_count,
                reopened: document.reopened_count,
                resolved: document.resolved_count,
            },
            uploaded_by: document.uploaded_by,
            created_at_us: document.created_at_us,
            report_key: document.report_key,
        }
    }
}

/// The records in MongoDB, and their stage in the security database.
#[derive(Debug, Clone)]
pub struct MongoScans {
    db: Database,
    collection: MongoCollection<ScanDocument>,
    /// Set once the indexes exist (created at start, or by the periodic work
    /// when MongoDB did not answer then).
    indexed: Arc<OnceCell<()>>,
}

impl MongoScans {
    /// The collection, staged through `db`.
    pub fn new(db: Database, collection: MongoCollection<ScanDocument>) -> Self {
        Self {
            db,
            collection,
            indexed: Arc::default(),
        }
    }

    async fn ensure_indexes(&self) -> Result<()> {
        self.indexed
            .get_or_try_init(|| async {
                let indexes = [
                    Index {
                        keys: doc! { "organization_id": 1, "created_at_us": -1, "_id": -1 },
                        unique: false,
                    },
                    Index {
                        keys: doc! { "organization_id": 1, "repository_id": 1, "branch": 1 },
                        unique: false,
                    },
                ];
                self.collection.ensure_indexes(&indexes).await
            })
            .await?;
        Ok(())
    }

    /// Creates the indexes, forwards what stayed staged, and re-wraps the
    /// kept originals' keys under the active key version.
    pub async fn prepare(&self, secrets: &Secrets) -> Result<()> {
        self.forward_staged("").await?;
        let filter = doc! { "report_key": { "$type": "string" } };
        let sealed: Vec<(String, String)> = self
            .collection
            .inner()
            .find(filter)
            .await?
            .try_filter_map(|scan| async move { Ok(scan.report_key.map(|key| (scan.id, key))) })
            .try_collect()
            .await?;
        let pending = secrets
            .rewrap_each(COLLECTION, sealed, |id, rewrapped| async move {
                self.collection
                    .inner()
                    .update_one(
                        doc! { "_id": id },
                        doc! { "$set": { "report_key": rewrapped } },
                    )
                    .await?;
                Ok(())
            })
            .await?;
        if pending > 0 {
            tracing::error!(
                pending,
                "scan records' sealed keys not re-wrapped under the active key: keep the old key configured"
            );
        }
        Ok(())
    }

    /// Stages a scan in the caller's transaction.
    pub async fn stage(&self, tx: &mut Transaction<'_, Any>, scan: &ScanRow) -> Result<()> {
        let document = ScanDocument::from(scan);
        staged::stage(
            tx,
            COLLECTION,
            &scan.scope.organization_id,
            &scan.id,
            &document,
        )
        .await
    }

    /// Moves one staged scan into MongoDB.
    pub async fn forward(&self, id: &str) -> Result<()> {
        staged::forward_ids(&self.db, &self.collection, &[id.to_owned()]).await?;
        Ok(())
    }

    /// Moves every staged scan (of one organisation unless empty) into
    /// MongoDB, creating the indexes first if they are not there yet.
    pub async fn forward_staged(&self, organization_id: &str) -> Result<usize> {
        self.ensure_indexes().await?;
        staged::forward_all(&self.db, &self.collection, organization_id).await
    }

    /// A scan of the organisation: MongoDB's, or the staged one.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<Option<ScanRow>> {
        let filter = doc! { "_id": id, "organization_id": organization_id };
        // Not in MongoDB (or MongoDB away): it may be staged.
        let found = match self.collection.inner().find_one(filter).await {
            Ok(Some(document)) => return Ok(Some(document.into())),
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        };
        match staged::staged::<ScanDocument>(&self.db, COLLECTION, organization_id, id).await? {
            Some(document) => Ok(Some(document.into())),
            None => found.map_err(Into::into),
        }
    }

    /// A page of the organisation's scans, newest first; fetches `limit + 1`.
    /// Those staged and not forwarded yet are listed in their place among
    /// MongoDB's (a staged copy stands for the scan wherever MongoDB has it).
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<ScanRow>> {
        let mut staged: Vec<ScanDocument> =
            staged::staged_of(&self.db, COLLECTION, organization_id).await?;
        staged.retain(|scan| filters.keeps(&scan.repository_id, &scan.branch, &scan.tool));
        staged.sort_by(newest_first);
        let mut filter = doc! { "organization_id": organization_id };
        for (field, value) in [
            ("repository_id", &filters.repository_id),
            ("branch", &filters.branch),
            ("tool", &filters.tool),
        ] {
            if !value.is_empty() {
                filter.insert(field, value.as_str());
            }
        }
        if !staged.is_empty() {
            let ids: Vec<&str> = staged.iter().map(|scan| scan.id.as_str()).collect();
            filter.insert("_id", doc! { "$nin": ids });
        }
        // At most `staged.len()` staged scans come before a stored one, so
        // the stored ones of the page are within this window.
        let skip = page.offset.saturating_sub(staged.len() as i64).max(0);
        let window = page.limit + 1 + staged.len() as i64;
        let options = FindOptions::builder()
            .sort(doc! { "created_at_us": -1, "_id": -1 })
            .skip(u64::try_from(skip).unwrap_or(0))
            .limit(window)
            .build();
        let stored: Vec<ScanDocument> = self
            .collection
            .inner()
            .find(filter.clone())
            .with_options(options)
            .await?
            .try_collect()
            .await?;

        // Each scan's place in the merged listing.
        let mut placed: Vec<(i64, ScanDocument)> = Vec::with_capacity(stored.len() + staged.len());
        let fetched_all = i64::try_from(stored.len()).unwrap_or(i64::MAX) < window;
        for (index, scan) in staged.iter().enumerate() {
            let fetched_every_newer = skip == 0
                && (fetched_all
                    || stored
                        .last()
                        .is_some_and(|last| newest_first(scan, last).is_lt()));
            let newer_stored = if fetched_every_newer {
                stored
                    .iter()
                    .filter(|other| newest_first(other, scan).is_lt())
                    .count() as u64
            } else {
                let mut newer = filter.clone();
                newer.insert(
                    "$or",
                    vec![
                        doc! { "created_at_us": { "$gt": scan.created_at_us } },
                        doc! { "created_at_us": scan.created_at_us, "_id": { "$gt": &scan.id } },
                    ],
                );
                self.collection.inner().count_documents(newer).await?
            };
            placed.push((index as i64 + newer_stored as i64, scan.clone()));
        }
        for (index, scan) in stored.into_iter().enumerate() {
            let newer_staged = staged
                .iter()
                .filter(|other| newest_first(other, &scan).is_lt())
                .count();
            placed.push((skip + (index + newer_staged) as i64, scan));
        }
        placed.retain(|(place, _)| (page.offset..page.offset + page.limit + 1).contains(place));
        placed.sort_by_key(|(place, _)| *place);
        Ok(placed.into_iter().map(|(_, scan)| scan.into()).collect())
    }

    /// Whether the branch has been scanned at least once (in MongoDB or staged).
    pub async fn branch_scanned(
        &self,
        organization_id: &str,
        repository_id: &str,
        branch: &str,
    ) -> Result<bool> {
        let staged: Vec<ScanDocument> =
            staged::staged_of(&self.db, COLLECTION, organization_id).await?;
        if staged
            .iter()
            .any(|scan| scan.repository_id == repository_id && scan.branch == branch)
        {
            return Ok(true);
        }
        let filter = doc! {
            "organization_id": organization_id,
            "repository_id": repository_id,
            "branch": branch,
        };
        Ok(self.collection.inner().find_one(filter).await?.is_some())
    }

    /// Removes a purged repository's scans (the staged ones forwarded first);
    /// returns those whose originals were kept.
    pub async fn purge_repository(
        &self,
        organization_id: &str,
        repository_id: &str,
    ) -> Result<Vec<String>> {
        self.forward_staged(organization_id).await?;
        let filter = doc! { "organization_id": organization_id, "repository_id": repository_id };
        let mut kept = doc! { "report_key": { "$type": "string" } };
        kept.extend(filter.clone());
        let originals: Vec<String> = self
            .collection
            .inner()
            .clone_with_type::<Document>()
            .find(kept)
            .projection(doc! { "_id": 1 })
            .await?
            .try_filter_map(|found| async move { Ok(found.get_str("_id").ok().map(str::to_owned)) })
            .try_collect()
            .await?;
        self.collection.inner().delete_many(filter).await?;
        Ok(originals)
    }

    /// Scans stored under a repository's full name (`key`) move to its id
    /// (the staged ones forwarded first).
    pub async fn rekey_repository(
        &self,
        organization_id: &str,
        key: &str,
        repository_id: &str,
    ) -> Result<()> {
        self.forward_staged(organization_id).await?;
        self.collection
            .inner()
            .update_many(
                doc! { "organization_id": organization_id, "repository_id": key },
                doc! { "$set": { "repository_id": repository_id } },
            )
            .await?;
        Ok(())
    }
}

/// The listing's order: newest first, the larger id first at the same time.
fn newest_first(a: &ScanDocument, b: &ScanDocument) -> std::cmp::Ordering {
    (b.created_at_us, &b.id).cmp(&(a.created_at_us, &a.id))
}
