//! Test helpers shared by every crate's tests (feature `testkit`).
//!
//! [`TestDatabase`] gives each test a fresh database on a real backend: a SQLite
//! file in a temporary directory, or a private schema in the PostgreSQL named by
//! `SECUREFLOW_TEST_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/test`).
//! When PostgreSQL cannot be reached the PostgreSQL case is skipped with a
//! message — except under `CI=true`, where it fails.

use std::time::Duration;

use crate::db::{Backend, Database};

/// Default PostgreSQL used by tests.
pub const DEFAULT_TEST_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A database private to one test, removed when dropped (PostgreSQL schemas are
/// dropped by [`TestDatabase::cleanup`]).
#[derive(Debug)]
pub struct TestDatabase {
    /// The connection URL, for opening more pools (or other processes) on the same data.
    pub url: String,
    /// Which backend it is.
    pub backend: Backend,
    schema: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    /// A fresh SQLite file.
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("creating a temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        Self {
            url,
            backend: Backend::Sqlite,
            schema: None,
            _dir: Some(dir),
        }
    }

    /// A fresh schema in the test PostgreSQL, or `None` (outside CI) when it is unreachable.
    pub async fn postgres() -> Option<Self> {
        let base = std::env::var("SECUREFLOW_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| DEFAULT_TEST_POSTGRES_URL.to_owned());
        let admin = match Database::connect(&base, 1, Duration::from_secs(5)).await {
            Ok(admin) => admin,
            Err(error) => {
                let message = format!("PostgreSQL at {base} is not reachable: {error}");
                if std::env::var("CI").as_deref() == Ok("true") {
                    panic!("{message} (CI=true requires it)");
                }
                eprintln!("skipping the PostgreSQL case: {message}");
                return None;
            }
        };
        let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
        admin
            .execute_trusted(format!("CREATE SCHEMA {schema}"))
            .await
            .expect("creating a test schema");
        admin.close().await;
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        Some(Self {
            url,
            backend: Backend::Postgres,
            schema: Some(schema),
            _dir: None,
        })
    }

    /// Every backend available: SQLite always, PostgreSQL when reachable (always under CI).
    pub async fn all() -> Vec<Self> {
        let mut databases = vec![Self::sqlite()];
        if let Some(postgres) = Self::postgres().await {
            databases.push(postgres);
        }
        databases
    }

    /// Opens a pool on this database.
    pub async fn connect(&self) -> Database {
        Database::connect(&self.url, 5, Duration::from_secs(10))
            .await
            .expect("connecting to the test database")
    }

    /// Drops the PostgreSQL schema (SQLite files go with the temporary directory).
    pub async fn cleanup(self) {
        let Some(schema) = &self.schema else { return };
        let base = self
            .url
            .split("options=")
            .next()
            .unwrap_or_default()
            .trim_end_matches(['?', '&']);
        if let Ok(admin) = Database::connect(base, 1, Duration::from_secs(5)).await {
            let _ = admin
                .execute_trusted(format!("DROP SCHEMA {schema} CASCADE"))
                .await;
            admin.close().await;
        }
    }
}
