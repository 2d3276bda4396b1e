//! Relational storage over sqlx's `Any` driver: one code path for the embedded
//! SQLite file and for PostgreSQL. Queries use `$1`-style placeholders, which both
//! backends accept; timestamps are stored as microseconds since the Unix epoch
//! (`BIGINT`) and binary payloads as `BLOB`/`BYTEA`.

use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{Any, AnyPool, AssertSqlSafe, SqlSafeStr, Transaction};

use crate::error::{Error, ErrorCode, Result};

/// Which database a [`Database`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The embedded default: one SQLite file in the data directory.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

impl Backend {
    /// The backend a connection URL selects.
    pub fn from_url(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Self::Postgres)
        } else {
            Err(Error::new(
                ErrorCode::InvalidArgument,
                "database URL must start with `sqlite:` or `postgres://`",
            ))
        }
    }
}

/// A pooled connection to the relational store.
#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
}

/// One schema change, written once per backend.
#[derive(Debug, Clone, Copy)]
pub struct MigrationStep {
    /// Version, increasing within a service.
    pub version: i64,
    /// Short description.
    pub description: &'static str,
    /// SQL for SQLite.
    pub sqlite: &'static str,
    /// SQL for PostgreSQL.
    pub postgres: &'static str,
}

/// The migrations of one service, tracked in their own table
/// (`_migrations_<service>`) so services evolve their schemas independently.
#[derive(Debug, Clone, Copy)]
pub struct MigrationSet {
    /// Short service name (`platform`, `identity`).
    pub service: &'static str,
    /// Steps in version order.
    pub steps: &'static [MigrationStep],
}

impl Database {
    /// Connects, creating the SQLite file if needed.
    pub async fn connect(
        url: &str,
        max_connections: u32,
        acquire_timeout: Duration,
    ) -> Result<Self> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(acquire_timeout)
            .connect(url)
            .await
            .map_err(|error| {
                Error::new(
                    ErrorCode::Unavailable,
                    format!("cannot connect to the database: {error}"),
                )
            })?;
        let database = Self { pool, backend };
        if backend == Backend::Sqlite {
            // WAL lets readers proceed while one writer commits; the mode is stored in the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&database.pool)
                .await?;
        }
        Ok(database)
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection pool, for queries outside a transaction.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a transaction.
    pub async fn begin(&self) -> Result<Transaction<'static, Any>> {
        Ok(self.pool.begin().await?)
    }

    /// Applies a service's pending migrations, each in its own transaction.
    /// Concurrent starters are serialised by the migrator's lock (PostgreSQL).
    pub async fn migrate(&self, set: &MigrationSet) -> Result<()> {
        let mut migrations = Vec::with_capacity(set.steps.len());
        for step in set.steps {
            let sql = match self.backend {
                Backend::Sqlite => step.sqlite,
                Backend::Postgres => step.postgres,
            };
            migrations.push(Migration::new(
                step.version,
                step.description.into(),
                MigrationType::Simple,
                sql.into_sql_str(),
                false,
            ));
        }
        let mut migrator = Migrator::with_migrations(migrations);
        migrator.dangerous_set_table_name(format!("_migrations_{}", set.service));
        migrator.run(&self.pool).await.map_err(|error| {
            Error::new(
                ErrorCode::Unavailable,
                format!("migrating the `{}` schema failed: {error}", set.service),
            )
        })
    }

    /// Runs a statement built at run time from trusted parts (never user input).
    pub async fn execute_trusted(&self, sql: String) -> Result<u64> {
        Ok(sqlx::query(AssertSqlSafe(sql))
            .execute(&self.pool)
            .await?
            .rows_affected())
    }

    /// Closes the pool, waiting for connections to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Microseconds since the Unix epoch, the storage form of timestamps.
pub fn now_micros() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(now.as_micros()).unwrap_or(i64::MAX)
}

/// Converts stored microseconds into a protobuf timestamp.
pub fn micros_to_timestamp(micros: i64) -> pbjson_types::Timestamp {
    pbjson_types::Timestamp {
        seconds: micros.div_euclid(1_000_000),
        nanos: i32::try_from(micros.rem_euclid(1_000_000) * 1000).unwrap_or(0),
    }
}

/// Converts a protobuf timestamp into stored microseconds.
pub fn timestamp_to_micros(timestamp: &pbjson_types::Timestamp) -> i64 {
    timestamp
        .seconds
        .saturating_mul(1_000_000)
        .saturating_add(i64::from(timestamp.nanos / 1000))
}
