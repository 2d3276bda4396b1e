//! The audit log's records and key.
//!
//! - Records (each organisation's hash chain; the chain's rules are
//!   [`crate::audit`]'s) live in `identity_audit_log` ([`sql`]) or, with
//!   `documents.collections = ["audit"]`, in the MongoDB collection `audit`
//!   ([`mongo`]). [`AuditRecords`] is either; both pass the same contract
//!   suite (`tests/audit_records.rs`).
//! - The installation's audit key, sealed, always lives in
//!   `identity_audit_keys` beside the other keys ([`sealed_key`] and friends).

pub mod mongo;
pub mod sql;

use secureflow_platform::Result;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::db::Database;
use secureflow_platform::documents::Documents;
use secureflow_platform::pagination::Page;
pub use sql::{insert_key, sealed_key, set_sealed_key};
use sqlx::{Any, Transaction};

/// A stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Id.
    pub id: String,
    /// Position in the organisation's chain, from 1.
    pub sequence: i64,
    /// The entry.
    pub entry: AuditEntry,
    /// Hash of the previous record ("" for the first).
    pub previous_hash: String,
    /// Hash of this record.
    pub hash: String,
    /// HMAC-SHA256 of `hash` under the audit key (empty in records written
    /// outside SecureFlow).
    pub mac: String,
}

/// Where the audit records live.
#[derive(Debug, Clone)]
pub enum AuditRecords {
    /// `identity_audit_log` in the identity database.
    Sql(Database),
    /// The MongoDB collection `audit`.
    Mongo(mongo::MongoAudit),
}

impl AuditRecords {
    /// The records' home: MongoDB when `documents` holds the `audit`
    /// collection, else `db`.
    pub fn new(db: &Database, documents: &Documents) -> Self {
        match documents.collection(mongo::COLLECTION) {
            Some(collection) => Self::Mongo(mongo::MongoAudit::new(collection)),
            None => Self::Sql(db.clone()),
        }
    }

    /// Creates what the store needs beyond the migrations (MongoDB: the
    /// collection's indexes, also created on first use when this fails).
    pub async fn prepare(&self) -> Result<()> {
        match self {
            Self::Sql(_) => Ok(()),
            Self::Mongo(mongo) => mongo.prepare().await,
        }
    }

    /// The head of the organisation's chain: its last sequence and hash.
    pub async fn head(&self, organization_id: &str) -> Result<Option<(i64, String)>> {
        match self {
            Self::Sql(db) => sql::head(db, organization_id).await,
            Self::Mongo(mongo) => mongo.head(organization_id).await,
        }
    }

    /// Appends records atomically (ALREADY_EXISTS or ABORTED, and none
    /// stored, when another writer took one of their sequences first).
    pub async fn insert_all(&self, records: &[AuditRow]) -> Result<()> {
        match self {
            Self::Sql(db) => sql::insert_all(db, records).await,
            Self::Mongo(mongo) => mongo.insert_all(records).await,
        }
    }

    /// Records of an organisation in chain order from `from_sequence`, at most `limit`.
    pub async fn read(
        &self,
        organization_id: &str,
        from_sequence: i64,
        limit: i64,
    ) -> Result<Vec<AuditRow>> {
        match self {
            Self::Sql(db) => sql::read(db, organization_id, from_sequence, limit).await,
            Self::Mongo(mongo) => mongo.read(organization_id, from_sequence, limit).await,
        }
    }

    /// A page of an organisation's records, newest first, by actor and
    /// action prefix (empty: any); fetches `limit + 1`.
    pub async fn list(
        &self,
        organization_id: &str,
        actor: &str,
        action_prefix: &str,
        page: Page,
    ) -> Result<Vec<AuditRow>> {
        match self {
            Self::Sql(db) => sql::list(db, organization_id, actor, action_prefix, page).await,
            Self::Mongo(mongo) => {
                mongo
                    .list(organization_id, actor, action_prefix, page)
                    .await
            }
        }
    }

    /// Organisations with records not keyed yet (written before the audit key existed).
    pub async fn organizations_with_unkeyed_records(&self) -> Result<Vec<String>> {
        match self {
            Self::Sql(db) => sql::organizations_with_unkeyed_records(db).await,
            Self::Mongo(mongo) => mongo.organizations_with_unkeyed_records().await,
        }
    }

    /// The organisation's records not keyed yet: (id, hash).
    pub async fn unkeyed_records(&self, organization_id: &str) -> Result<Vec<(String, String)>> {
        match self {
            Self::Sql(db) => sql::unkeyed_records(db, organization_id).await,
            Self::Mongo(mongo) => mongo.unkeyed_records(organization_id).await,
        }
    }

    /// Sets records' MACs ((id, MAC) pairs): in SQL inside `tx` (the one
    /// storing the key, so both land or neither); in MongoDB at once.
    pub async fn set_macs(
        &self,
        tx: &mut Transaction<'_, Any>,
        macs: &[(String, String)],
    ) -> Result<()> {
        match self {
            Self::Sql(_) => sql::set_macs(tx, macs).await,
            Self::Mongo(mongo) => mongo.set_macs(macs).await,
        }
    }
}
