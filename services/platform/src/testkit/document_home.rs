//! Where a document collection's contract case runs: the collection in SQL
//! (SQLite or PostgreSQL), or in a fresh database of a MongoDB test server
//! ([`MongoServer`]) with the service's SQL database beside it (its keys, its
//! staged documents). A store under test is built from [`DocumentHome::db`]
//! and [`DocumentHome::documents`], as the service builds it.

use super::{MongoServer, TestDatabase};
use crate::db::{Database, MigrationSet};
use crate::documents::{Documents, DocumentsConfig};
use crate::migrations::PLATFORM_MIGRATIONS;

/// One case's home (see the module); [`DocumentHome::finish`] cleans up.
#[derive(Debug)]
pub struct DocumentHome {
    /// The service's SQL database, migrated.
    pub db: Database,
    /// The document store: SQL only, or MongoDB holding the collection.
    pub documents: Documents,
    database: TestDatabase,
    /// The MongoDB server of a MongoDB case (stopped last).
    server: Option<MongoServer>,
}

impl DocumentHome {
    /// Every collection in `database`, migrated as the server migrates a
    /// service's database: the platform's schema, then `migrations`.
    pub async fn sql(database: TestDatabase, migrations: &MigrationSet) -> Self {
        let db = database.connect().await;
        db.migrate(&PLATFORM_MIGRATIONS).await.expect("migrated");
        db.migrate(migrations).await.expect("migrated");
        Self {
            db,
            documents: Documents::sql_only(),
            database,
            server: None,
        }
    }

    /// `collection` in a fresh database of the test MongoDB (the SQL
    /// database on SQLite), or `None` when there is no MongoDB server (a
    /// failure under CI).
    pub async fn mongodb(collection: &str, migrations: &MigrationSet) -> Option<Self> {
        let server = MongoServer::start().await?;
        let config = DocumentsConfig {
            url: server.url.clone(),
            database: format!("t_{}", uuid::Uuid::now_v7().simple()),
            collections: vec![collection.to_owned()],
        };
        config
            .check()
            .expect("the test MongoDB URL is a MongoDB URL of a known collection");
        let documents = Documents::open(&config).await.expect("MongoDB URL parses");
        let mut home = Self::sql(TestDatabase::sqlite(), migrations).await;
        home.documents = documents;
        home.server = Some(server);
        Some(home)
    }

    /// Drops the MongoDB database (a real MongoDB keeps no test data) and
    /// the SQL one.
    pub async fn finish(self) {
        self.documents
            .drop_database()
            .await
            .expect("dropping the test database");
        self.db.close().await;
        self.database.cleanup().await;
        drop(self.server);
    }
}

/// One test per home for each contract case: for each
/// `async fn name(home: &DocumentHome)` listed, `name::sqlite`,
/// `name::postgres` and `name::mongodb` tests with `collection` in each home
/// and the SQL database migrated with `migrations` (PostgreSQL and MongoDB
/// skip outside CI when their server is missing, and fail under CI).
#[macro_export]
macro_rules! document_store_tests {
    ($collection:expr, $migrations:expr; $($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                use $crate::testkit::{DocumentHome, TestDatabase};

                #[tokio::test]
                async fn sqlite() {
                    let home = DocumentHome::sql(TestDatabase::sqlite(), &$migrations).await;
                    super::$name(&home).await;
                    home.finish().await;
                }

                #[tokio::test]
                async fn postgres() {
                    if let Some(database) = TestDatabase::postgres().await {
                        let home = DocumentHome::sql(database, &$migrations).await;
                        super::$name(&home).await;
                        home.finish().await;
                    }
                }

                #[tokio::test]
                async fn mongodb() {
                    if let Some(home) = DocumentHome::mongodb($collection, &$migrations).await {
                        super::$name(&home).await;
                        home.finish().await;
                    }
                }
            }
        )*
    };
}
