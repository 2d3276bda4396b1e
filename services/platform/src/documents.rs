//! The document store: collections of self-contained records (identity's
//! audit log, security's scan records) that a distributed deployment may keep
//! in MongoDB.
//!
//! By default every collection stays in its service's SQL database (the
//! embedded SQLite file, or PostgreSQL), in the tables its `store/` module
//! owns. With `documents.url = "mongodb://…"` the collections named in
//! `documents.collections` move to that MongoDB database instead, collection
//! by collection; the others stay in SQL. The owning service's `store/`
//! module holds both implementations of a collection behind one type, and
//! both run the same contract suite (`services/identity/tests/audit_records.rs`:
//! on SQLite, PostgreSQL, and SecantusDB — a MongoDB-protocol server the
//! tests start — or the MongoDB named by `SECUREFLOW_TEST_MONGODB_URL`).
//!
//! A collection written together with SQL rows (a scan's record with its
//! vulnerabilities and events) stages each document in the SQL transaction
//! and forwards it to MongoDB after the commit ([`staged`]).
//!
//! Multi-document writes run in a MongoDB transaction, so the server must be
//! a replica set (a single-node one is enough: `mongod --replSet rs0` and
//! `rs.initiate()`; `deploy/compose.yaml` starts one) or a sharded cluster.

pub mod staged;

use std::sync::Arc;
use std::time::Duration;

pub use mongodb;
use mongodb::IndexModel;
pub use mongodb::bson;
use mongodb::options::{ClientOptions, IndexOptions};
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode, Result};

/// The collections that can live in MongoDB: name and what it holds.
pub const COLLECTIONS: &[(&str, &str)] = &[
    (
        "audit",
        "identity's audit log: each organisation's hash chain of audit records",
    ),
    (
        "scans",
        "security's scan records: one per ingested report, with its outcome",
    ),
    (
        "notifications",
        "the notification service's notifications: what each said (subject, body, the event's data) and to whom",
    ),
];

/// How long an operation waits for a usable MongoDB server before it fails
/// with UNAVAILABLE (the driver's own default is 30 s); a `serverSelectionTimeoutMS`
/// in the URL wins.
const SERVER_SELECTION: Duration = Duration::from_secs(5);

/// MongoDB's error code for a unique-index violation.
const DUPLICATE_KEY: i32 = 11000;
/// MongoDB's error code for a transaction on a server that cannot run one
/// (a standalone `mongod`).
const ILLEGAL_OPERATION: i32 = 20;

/// The `[documents]` section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DocumentsConfig {
    /// Empty: every collection stays in SQL; `mongodb://…` or
    /// `mongodb+srv://…`: the MongoDB deployment holding `collections`
    /// (credentials in the URL are best given as `SECUREFLOW_DOCUMENTS__URL`;
    /// never printed).
    pub url: String,
    /// With `url`: the database.
    pub database: String,
    /// With `url`: the collections kept in MongoDB (see [`COLLECTIONS`]).
    pub collections: Vec<String>,
}

impl Default for DocumentsConfig {
    fn default() -> Self {
        Self {
            url: String::new(),
            database: "secureflow".to_owned(),
            collections: Vec::new(),
        }
    }
}

impl DocumentsConfig {
    /// Checks the section; the error names the key.
    pub fn check(&self) -> std::result::Result<(), (&'static str, String)> {
        let known = || {
            COLLECTIONS
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        if let Some(unknown) = self
            .collections
            .iter()
            .find(|name| !COLLECTIONS.iter().any(|(known, _)| known == name))
        {
            return Err((
                "documents.collections",
                format!(
                    "`{unknown}` is not a document collection (known: {})",
                    known()
                ),
            ));
        }
        if self.url.is_empty() {
            if !self.collections.is_empty() {
                return Err((
                    "documents.url",
                    "documents.collections names collections for MongoDB but no URL is set"
                        .to_owned(),
                ));
            }
            return Ok(());
        }
        if !(self.url.starts_with("mongodb://") || self.url.starts_with("mongodb+srv://")) {
            return Err((
                "documents.url",
                "is not a mongodb:// or mongodb+srv:// address (empty keeps documents in SQL)"
                    .to_owned(),
            ));
        }
        if self.database.is_empty() || self.database.contains(['/', '\\', '.', ' ', '"', '$']) {
            return Err((
                "documents.database",
                format!("`{}` is not a MongoDB database name", self.database),
            ));
        }
        Ok(())
    }

    /// Whether `collection` lives in MongoDB.
    pub fn in_mongodb(&self, collection: &str) -> bool {
        !self.url.is_empty() && self.collections.iter().any(|name| name == collection)
    }
}

/// The process's MongoDB connection, when any collection lives there.
#[derive(Clone)]
pub struct Documents {
    mongodb: Option<Arc<Connected>>,
}

struct Connected {
    client: mongodb::Client,
    database: mongodb::Database,
    collections: Vec<String>,
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may hold credentials: only the database and collections show.
        let mut debug = formatter.debug_struct("Documents");
        if let Some(connected) = &self.mongodb {
            debug
                .field("database", &connected.database.name())
                .field("collections", &connected.collections);
        }
        debug.finish()
    }
}

impl Documents {
    /// Every collection in SQL.
    pub fn sql_only() -> Self {
        Self { mongodb: None }
    }

    /// The store `config` names. Connecting happens on first use (and at
    /// every readiness check): an unreachable server makes the process not
    /// ready and its operations UNAVAILABLE, it does not stop the start.
    pub async fn open(config: &DocumentsConfig) -> Result<Self> {
        if config.url.is_empty() || config.collections.is_empty() {
            return Ok(Self::sql_only());
        }
        // The driver's messages may quote the URL, credentials and all.
        let invalid = |error: mongodb::error::Error| {
            let message = error.to_string().replace(&config.url, "<documents.url>");
            Error::new(
                ErrorCode::InvalidArgument,
                format!("documents.url: {message}"),
            )
        };
        let mut options = ClientOptions::parse(config.url.as_str())
            .await
            .map_err(invalid)?;
        if options.server_selection_timeout.is_none() {
            options.server_selection_timeout = Some(SERVER_SELECTION);
        }
        if options.app_name.is_none() {
            options.app_name = Some("secureflowd".to_owned());
        }
        let client = mongodb::Client::with_options(options).map_err(invalid)?;
        let database = client.database(&config.database);
        Ok(Self {
            mongodb: Some(Arc::new(Connected {
                client,
                database,
                collections: config.collections.clone(),
            })),
        })
    }

    /// Whether any collection lives in MongoDB.
    pub fn uses_mongodb(&self) -> bool {
        self.mongodb.is_some()
    }

    /// `name` in MongoDB, when configured there (`None`: it stays in SQL).
    pub fn collection<T: Send + Sync>(&self, name: &str) -> Option<MongoCollection<T>> {
        let connected = self.mongodb.as_ref()?;
        connected
            .collections
            .iter()
            .any(|configured| configured == name)
            .then(|| MongoCollection {
                client: connected.client.clone(),
                collection: connected.database.collection(name),
            })
    }

    /// Removes the whole MongoDB database (test suites clean up with it).
    pub async fn drop_database(&self) -> Result<()> {
        if let Some(connected) = &self.mongodb {
            connected.database.drop().await?;
        }
        Ok(())
    }

    /// Checks that MongoDB answers (when used) within `within`.
    pub async fn ping(&self, within: Duration) -> std::result::Result<(), String> {
        let Some(connected) = &self.mongodb else {
            return Ok(());
        };
        let ping = connected.database.run_command(bson::doc! { "ping": 1 });
        match tokio::time::timeout(within, ping).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err(format!("no answer within {within:?}")),
        }
    }
}

/// A collection in MongoDB, typed by its documents.
#[derive(Debug, Clone)]
pub struct MongoCollection<T: Send + Sync> {
    client: mongodb::Client,
    collection: mongodb::Collection<T>,
}

/// An index: its keys in order (`1` ascending, `-1` descending) and whether
/// it is unique.
#[derive(Debug, Clone)]
pub struct Index {
    /// The keys, e.g. `doc! { "organization_id": 1, "sequence": 1 }`.
    pub keys: bson::Document,
    /// Unique: a second document with the same keys is refused (ALREADY_EXISTS).
    pub unique: bool,
}

impl<T: Send + Sync> MongoCollection<T> {
    /// The driver's collection.
    pub fn inner(&self) -> &mongodb::Collection<T> {
        &self.collection
    }

    /// Creates `indexes` if missing (creating an existing index is a no-op).
    pub async fn ensure_indexes(&self, indexes: &[Index]) -> Result<()> {
        let models = indexes.iter().map(|index| {
            IndexModel::builder()
                .keys(index.keys.clone())
                .options(IndexOptions::builder().unique(index.unique).build())
                .build()
        });
        self.collection
            .create_indexes(models)
            .await
            .map_err(Error::from)?;
        Ok(())
    }

    /// A session for a multi-document transaction.
    pub async fn session(&self) -> Result<mongodb::ClientSession> {
        Ok(self.client.start_session().await?)
    }
}

/// The server-side codes an error carries (command and write errors).
fn codes(error: &mongodb::error::Error) -> Vec<i32> {
    use mongodb::error::{ErrorKind, WriteFailure};
    match error.kind.as_ref() {
        ErrorKind::Command(command) => vec![command.code],
        ErrorKind::Write(WriteFailure::WriteError(write)) => vec![write.code],
        ErrorKind::InsertMany(insert) => insert
            .write_errors
            .iter()
            .flatten()
            .map(|write| write.code)
            .collect(),
        _ => Vec::new(),
    }
}

impl From<mongodb::error::Error> for Error {
    fn from(error: mongodb::error::Error) -> Self {
        use mongodb::error::ErrorKind;
        let codes = codes(&error);
        if codes.contains(&DUPLICATE_KEY) {
            return Self::new(ErrorCode::AlreadyExists, "already exists");
        }
        if codes.contains(&ILLEGAL_OPERATION) && error.to_string().contains("replica set") {
            return Self::new(
                ErrorCode::FailedPrecondition,
                "MongoDB cannot run transactions on a standalone server: documents.url must \
                 name a replica set (a single-node one will do) or a sharded cluster",
            );
        }
        match error.kind.as_ref() {
            ErrorKind::ServerSelection { .. }
            | ErrorKind::Io(_)
            | ErrorKind::ConnectionPoolCleared { .. }
            | ErrorKind::DnsResolve { .. } => Self::new(
                ErrorCode::Unavailable,
                "MongoDB (documents.url) is unavailable: retry later",
            )
            .with_source(error),
            _ => Self::internal(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mongodb(collections: &[&str]) -> DocumentsConfig {
        DocumentsConfig {
            url: "mongodb://127.0.0.1:27017/?replicaSet=rs0".to_owned(),
            collections: collections.iter().map(|name| (*name).to_owned()).collect(),
            ..DocumentsConfig::default()
        }
    }

    #[test]
    fn the_section_is_checked_naming_the_key() {
        assert_eq!(DocumentsConfig::default().check(), Ok(()));
        assert_eq!(mongodb(&["audit"]).check(), Ok(()));
        let unknown = mongodb(&["audit", "secrets"]).check().expect_err("refused");
        assert_eq!(unknown.0, "documents.collections");
        assert!(unknown.1.contains("`secrets`") && unknown.1.contains("audit"));
        let no_url = DocumentsConfig {
            url: String::new(),
            ..mongodb(&["audit"])
        };
        assert_eq!(no_url.check().expect_err("refused").0, "documents.url");
        let http = DocumentsConfig {
            url: "http://mongo:27017".to_owned(),
            ..mongodb(&["audit"])
        };
        assert_eq!(http.check().expect_err("refused").0, "documents.url");
        let database = DocumentsConfig {
            database: "a.b".to_owned(),
            ..mongodb(&["audit"])
        };
        assert_eq!(
            database.check().expect_err("refused").0,
            "documents.database"
        );
    }

    /// Hashes, signatures and form parameters across the services rely on
    /// JSON objects keeping their keys sorted; bson 2 (the driver's default)
    /// would turn on serde_json's `preserve_order` for the whole build.
    #[test]
    fn json_objects_stay_sorted_with_the_driver_in_the_build() {
        let object = serde_json::json!({ "b": 1, "a": 2 });
        assert_eq!(object.to_string(), r#"{"a":2,"b":1}"#);
    }

    #[test]
    fn only_configured_collections_live_in_mongodb() {
        assert!(mongodb(&["audit"]).in_mongodb("audit"));
        assert!(!mongodb(&[]).in_mongodb("audit"));
        assert!(!DocumentsConfig::default().in_mongodb("audit"));
    }

    #[tokio::test]
    async fn a_url_that_does_not_parse_is_refused_without_echoing_it() {
        let config = DocumentsConfig {
            url: "mongodb://user:hunter2@/".to_owned(),
            ..mongodb(&["audit"])
        };
        let error = Documents::open(&config).await.expect_err("refused");
        assert_eq!(error.code(), ErrorCode::InvalidArgument);
        assert!(error.to_string().contains("documents.url"), "{error}");
        assert!(!error.to_string().contains("hunter2"), "{error}");
    }

    #[tokio::test]
    async fn nothing_connects_when_every_collection_stays_in_sql() {
        let config = DocumentsConfig {
            url: "mongodb://127.0.0.1:1".to_owned(),
            ..DocumentsConfig::default()
        };
        let documents = Documents::open(&config).await.expect("ok");
        assert!(!documents.uses_mongodb());
        assert!(documents.collection::<bson::Document>("audit").is_none());
        assert_eq!(documents.ping(Duration::from_millis(100)).await, Ok(()));
    }

    #[tokio::test]
    async fn an_unreachable_server_is_reported_not_waited_for() {
        let config = DocumentsConfig {
            url: "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300".to_owned(),
            ..mongodb(&["audit"])
        };
        let documents = Documents::open(&config).await.expect("ok");
        assert!(documents.ping(Duration::from_secs(5)).await.is_err());
        let audit = documents.collection::<bson::Document>("audit").expect("ok");
        let error = audit
            .inner()
            .insert_one(bson::doc! { "a": 1 })
            .await
            .map_err(Error::from)
            .expect_err("refused");
        assert_eq!(error.code(), ErrorCode::Unavailable, "{error}");
    }
}
