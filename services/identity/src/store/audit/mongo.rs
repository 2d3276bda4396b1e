//! The audit log's records in MongoDB: the collection `audit`, one document
//! per record (`_id` the record id), a unique index on
//! (`organization_id`, `sequence`) so two writers cannot both take a place in
//! a chain, and one on (`organization_id`, `actor`, `sequence`) for listing
//! by actor.

use futures::TryStreamExt;
use secureflow_platform::Result;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::documents::bson::{Bson, Document, doc};
use secureflow_platform::documents::{Index, MongoCollection, mongodb};
use secureflow_platform::error::{Error, ErrorCode};
use secureflow_platform::pagination::Page;
use serde::{Deserialize, Serialize};

use super::AuditRow;

/// The collection's name (`documents.collections`).
pub const COLLECTION: &str = "audit";

/// A record as MongoDB keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AuditDocument {
    #[serde(rename = "_id")]
    id: String,
    organization_id: String,
    sequence: i64,
    actor: String,
    action: String,
    resource: String,
    result: String,
    correlation_id: String,
    time_us: i64,
    change_digest: String,
    previous_hash: String,
    hash: String,
    /// Missing or null: written before the audit key existed.
    #[serde(default)]
    mac: Option<String>,
}

impl From<&AuditRow> for AuditDocument {
    fn from(record: &AuditRow) -> Self {
        let entry = &record.entry;
        Self {
            id: record.id.clone(),
            organization_id: entry.organization_id.clone(),
            sequence: record.sequence,
            actor: entry.actor.clone(),
            action: entry.action.clone(),
            resource: entry.resource.clone(),
            result: entry.result.clone(),
            correlation_id: entry.correlation_id.clone(),
            time_us: entry.time_us,
            change_digest: entry.change_digest.clone(),
            previous_hash: record.previous_hash.clone(),
            hash: record.hash.clone(),
            mac: Some(record.mac.clone()),
        }
    }
}

impl From<AuditDocument> for AuditRow {
    fn from(document: AuditDocument) -> Self {
        Self {
            id: document.id,
            sequence: document.sequence,
            entry: AuditEntry {
                organization_id: document.organization_id,
                actor: document.actor,
                action: document.action,
                resource: document.resource,
                result: document.result,
                correlation_id: document.correlation_id,
                time_us: document.time_us,
                change_digest: document.change_digest,
            },
            previous_hash: document.previous_hash,
            hash: document.hash,
            mac: document.mac.unwrap_or_default(),
        }
    }
}

/// The records in MongoDB.
#[derive(Debug, Clone)]
pub struct MongoAudit {
    collection: MongoCollection<AuditDocument>,
    /// Set once the indexes exist (created on first use, by whichever
    /// process uses the collection first; retried while that fails).
    indexed: std::sync::Arc<tokio::sync::OnceCell<()>>,
}

/// `text` as a regular expression matching itself.
fn literal(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if "\\^$.|?*+()[]{}".contains(character) {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// Records are refused as a conflict when another writer's transaction
/// touched the same places first (MongoDB aborts ours with a transient
/// transaction error rather than a duplicate key): the caller reads the
/// chain's head again, as after ALREADY_EXISTS.
fn conflict(error: mongodb::error::Error) -> Error {
    if error.contains_label(mongodb::error::TRANSIENT_TRANSACTION_ERROR) {
        return Error::new(
            ErrorCode::Aborted,
            "another writer appended to the audit chain first",
        );
    }
    Error::from(error)
}

impl MongoAudit {
    /// The records in `collection`.
    pub fn new(collection: MongoCollection<AuditDocument>) -> Self {
        Self {
            collection,
            indexed: std::sync::Arc::default(),
        }
    }

    pub(super) async fn prepare(&self) -> Result<()> {
        self.indexed().await.map(drop)
    }

    /// The collection, its indexes created.
    async fn indexed(&self) -> Result<&mongodb::Collection<AuditDocument>> {
        self.indexed
            .get_or_try_init(|| self.create_indexes())
            .await?;
        Ok(self.collection.inner())
    }

    /// Creates the indexes (a no-op for those that exist).
    async fn create_indexes(&self) -> Result<()> {
        self.collection
            .ensure_indexes(&[
                Index {
                    keys: doc! { "organization_id": 1, "sequence": 1 },
                    unique: true,
                },
                Index {
                    keys: doc! { "organization_id": 1, "actor": 1, "sequence": 1 },
                    unique: false,
                },
            ])
            .await
    }

    async fn find(
        &self,
        filter: Document,
        sort: Document,
        skip: u64,
        limit: i64,
    ) -> Result<Vec<AuditRow>> {
        let documents: Vec<AuditDocument> = self
            .indexed()
            .await?
            .find(filter)
            .sort(sort)
            .skip(skip)
            .limit(limit)
            .await?
            .try_collect()
            .await?;
        Ok(documents.into_iter().map(AuditRow::from).collect())
    }

    pub(super) async fn head(&self, organization_id: &str) -> Result<Option<(i64, String)>> {
        let last = self
            .find(
                doc! { "organization_id": organization_id },
                doc! { "sequence": -1 },
                0,
                1,
            )
            .await?;
        Ok(last
            .into_iter()
            .next()
            .map(|record| (record.sequence, record.hash)))
    }

    pub(super) async fn insert_all(&self, records: &[AuditRow]) -> Result<()> {
        let documents: Vec<AuditDocument> = records.iter().map(AuditDocument::from).collect();
        let collection = self.indexed().await?;
        match documents.as_slice() {
            [] => Ok(()),
            // One document is atomic by itself (and works on a standalone server).
            [one] => {
                collection.insert_one(one).await.map_err(conflict)?;
                Ok(())
            }
            many => {
                let mut session = self.collection.session().await?;
                session.start_transaction().await.map_err(conflict)?;
                if let Err(error) = collection.insert_many(many).session(&mut session).await {
                    // The server aborted it already after most errors.
                    let _ = session.abort_transaction().await;
                    return Err(conflict(error));
                }
                session.commit_transaction().await.map_err(conflict)?;
                Ok(())
            }
        }
    }

    pub(super) async fn read(
        &self,
        organization_id: &str,
        from_sequence: i64,
        limit: i64,
    ) -> Result<Vec<AuditRow>> {
        self.find(
            doc! { "organization_id": organization_id, "sequence": { "$gte": from_sequence } },
            doc! { "sequence": 1 },
            0,
            limit,
        )
        .await
    }

    pub(super) async fn list(
        &self,
        organization_id: &str,
        actor: &str,
        action_prefix: &str,
        page: Page,
    ) -> Result<Vec<AuditRow>> {
        let mut filter = doc! { "organization_id": organization_id };
        if !actor.is_empty() {
            filter.insert("actor", actor);
        }
        if !action_prefix.is_empty() {
            filter.insert(
                "action",
                doc! { "$regex": format!("^{}", literal(action_prefix)) },
            );
        }
        let skip = u64::try_from(page.offset).unwrap_or(0);
        self.find(filter, doc! { "sequence": -1 }, skip, page.limit + 1)
            .await
    }

    pub(super) async fn organizations_with_unkeyed_records(&self) -> Result<Vec<String>> {
        let organizations = self
            .indexed()
            .await?
            .distinct("organization_id", doc! { "mac": Bson::Null })
            .await?;
        Ok(organizations
            .into_iter()
            .filter_map(|organization| match organization {
                Bson::String(organization) => Some(organization),
                _ => None,
            })
            .collect())
    }

    pub(super) async fn unkeyed_records(
        &self,
        organization_id: &str,
    ) -> Result<Vec<(String, String)>> {
        let records = self
            .find(
                doc! { "organization_id": organization_id, "mac": Bson::Null },
                doc! { "sequence": 1 },
                0,
                0,
            )
            .await?;
        Ok(records
            .into_iter()
            .map(|record| (record.id, record.hash))
            .collect())
    }

    pub(super) async fn set_macs(&self, macs: &[(String, String)]) -> Result<()> {
        for (id, mac) in macs {
            self.indexed()
                .await?
                .update_one(doc! { "_id": id }, doc! { "$set": { "mac": mac } })
                .await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefix_is_matched_literally() {
        assert_eq!(literal("a.b"), "a\\.b");
        assert_eq!(literal("/x.v1.Y/Create*"), "/x\\.v1\\.Y/Create\\*");
        assert_eq!(literal("plain_name%"), "plain_name%");
    }

    #[test]
    fn a_record_round_trips_through_its_document() {
        let record = AuditRow {
            id: "r".into(),
            sequence: 3,
            entry: AuditEntry {
                organization_id: "o".into(),
                actor: "u".into(),
                action: "a".into(),
                resource: "id=1".into(),
                result: "OK".into(),
                correlation_id: "c".into(),
                time_us: 7,
                change_digest: "d".into(),
            },
            previous_hash: "p".into(),
            hash: "h".into(),
            mac: "m".into(),
        };
        let stored = secureflow_platform::documents::bson::serialize_to_document(
            &AuditDocument::from(&record),
        )
        .expect("ok");
        assert_eq!(stored.get_str("_id").expect("ok"), "r");
        assert_eq!(stored.get_i64("sequence").expect("ok"), 3);
        let back: AuditDocument =
            secureflow_platform::documents::bson::deserialize_from_document(stored).expect("ok");
        assert_eq!(AuditRow::from(back), record);
    }
}
