//! Relational storage over sqlx's `Any` driver: one code path for the embedded
//! SQLite file and for PostgreSQL. Queries use `$1`-style placeholders, which both
//! backends accept; timestamps are stored as microseconds since the Unix epoch
//! (`BIGINT`) and binary payloads as `BLOB`/`BYTEA`.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{Any, AnyConnection, AnyPool, AssertSqlSafe, Connection, SqlSafeStr, Transaction};

use crate::config::DatabaseConfig;
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

    /// The backend a connection talks to.
    pub fn of(connection: &sqlx::AnyConnection) -> Self {
        if connection.backend_name().eq_ignore_ascii_case("sqlite") {
            Self::Sqlite
        } else {
            Self::Postgres
        }
    }
}

/// A pooled connection to the relational store.
#[derive(Debug, Clone)]
pub struct Database {
    pool: AnyPool,
    /// Where transactions and other writes run (see [`Database::writer`]).
    writer: AnyPool,
    /// PostgreSQL: the connections of transactions run by
    /// [`Database::write`], opened on its runtime (see there).
    hot_writer: Option<AnyPool>,
    backend: Backend,
    /// PostgreSQL: the connections rows are staged on with `COPY`
    /// ([`crate::bulk::Staging`]), opened when first used.
    staging: Option<sqlx::PgPool>,
    /// Bulk writes in progress ([`Database::writing_in_bulk`]).
    bulk_writes: Arc<AtomicUsize>,
}

/// Held while a bulk write runs (see [`Database::writing_in_bulk`]).
#[derive(Debug)]
pub struct BulkWrite(Arc<AtomicUsize>);

impl Drop for BulkWrite {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
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

/// Bind placeholders in order of appearance: `$1, $2, …` on PostgreSQL and
/// anonymous `?` on SQLite. (SQLite looks numbered parameters up by a linear
/// scan for every value bound, which makes statements with hundreds of values
/// quadratic; anonymous ones are bound by position.) Values must be bound in
/// the order their placeholders appear in the SQL text.
#[derive(Debug, Clone)]
pub struct Placeholders {
    backend: Backend,
    count: usize,
}

impl Placeholders {
    /// Placeholders for a statement on `backend`, starting at the first.
    pub fn new(backend: Backend) -> Self {
        Self { backend, count: 0 }
    }

    /// The next placeholder.
    pub fn mark(&mut self) -> String {
        self.count += 1;
        match self.backend {
            Backend::Postgres => format!("${}", self.count),
            Backend::Sqlite => "?".to_owned(),
        }
    }
}

/// Connections at most for staging bulk rows (one per bulk write running).
const STAGING_CONNECTIONS: u32 = 4;

/// How often the SQLite write-ahead log is checkpointed in the background.
/// Often, so that each checkpoint is small: one that copied five seconds of a
/// thousand running pipelines' state changes and synced the file held the
/// file system's other work (their work directories, their logs) for a
/// tenth of a second or more.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// Checkpoints put off at most, one after another, while bulk writes run
/// (a minute at [`CHECKPOINT_EVERY`]): a steady stream of them cannot make the
/// log grow without end.
const MAX_DEFERRED_CHECKPOINTS: u32 = 60;

/// Settings of every SQLite connection besides its page cache: 16 KiB pages
/// for a database file this connection creates (an existing file keeps the
/// size it was created with), WAL's recommended sync level (durable except on
/// power loss), and checkpoints left to the background task.
///
/// Vulnerability rows are wide (texts of half a kilobyte) and carry several
/// index entries each: inserting 100,000 of them with their indexes took
/// about a third less time with 16 KiB pages than with SQLite's 4 KiB
/// default (1.9 s → 1.3 s, the same rows copied in plain SQL).
const SQLITE_CONNECTION_PRAGMAS: &str = "PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; \
     PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0;";

impl Database {
    /// Connects with the default pool settings, creating the SQLite file if needed.
    pub async fn connect(
        url: &str,
        max_connections: u32,
        acquire_timeout: Duration,
    ) -> Result<Self> {
        let settings = DatabaseConfig {
            max_connections,
            acquire_timeout_seconds: acquire_timeout.as_secs().max(1),
            ..DatabaseConfig::default()
        };
        Self::open(url, &settings).await
    }

    /// Connects with `settings` (the pool and SQLite's page cache; the URL is
    /// `url`), creating the SQLite file if needed.
    pub async fn open(url: &str, settings: &DatabaseConfig) -> Result<Self> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        if backend == Backend::Sqlite {
            check_sqlite_file_writable(url)?;
        }
        // SQLite's default page cache is 2 MiB, which bulk ingestion outgrows;
        // each pooled connection keeps its own, so it is a per-connection ceiling.
        let cache_pragma = format!(
            "PRAGMA cache_size = -{}; {SQLITE_CONNECTION_PRAGMAS}",
            u64::from(settings.sqlite_cache_mib) * 1024
        );
        let options = |max_connections: u32| {
            let pragmas = cache_pragma.clone();
            AnyPoolOptions::new()
                .max_connections(max_connections)
                .acquire_timeout(Duration::from_secs(settings.acquire_timeout_seconds))
                .after_release(|connection, _| Box::pin(still_usable(connection)))
                .after_connect(move |connection, _| {
                    let pragmas = pragmas.clone();
                    Box::pin(async move {
                        if backend == Backend::Sqlite {
                            sqlx::raw_sql(AssertSqlSafe(pragmas))
                                .execute(connection)
                                .await?;
                        }
                        Ok(())
                    })
                })
        };
        let pool = options(settings.max_connections)
            .connect(url)
            .await
            .map_err(|error| connect_error(url, &error))?;
        // SQLite has one writer at a time. Writers on several connections
        // wait for its lock in SQLite's busy handler, which sleeps 1, 2, 5,
        // … up to 100 ms between looks, so that under a steady stream of
        // small transactions the lock sits free while every waiter sleeps
        // (webhook deliveries at 500/s stalled for seconds). One writing
        // connection instead: writers queue for it in the pool, in order, and
        // each starts the moment the previous one ends. An in-memory
        // database is one per connection, so it keeps a single pool.
        let writer = if backend == Backend::Sqlite && !is_sqlite_memory(url) {
            options(1)
                .connect(url)
                .await
                .map_err(|error| connect_error(url, &error))?
        } else {
            pool.clone()
        };
        let hot_writer = match backend {
            Backend::Postgres => Some(
                options(settings.max_connections)
                    .connect_lazy(url)
                    .map_err(|error| connect_error(url, &error))?,
            ),
            Backend::Sqlite => None,
        };
        let staging = match backend {
            Backend::Postgres => Some(
                sqlx::postgres::PgPoolOptions::new()
                    .max_connections(settings.max_connections.clamp(1, STAGING_CONNECTIONS))
                    .acquire_timeout(Duration::from_secs(settings.acquire_timeout_seconds))
                    .connect_lazy(url)
                    .map_err(|error| connect_error(url, &error))?,
            ),
            Backend::Sqlite => None,
        };
        let database = Self {
            pool,
            writer,
            hot_writer,
            backend,
            staging,
            bulk_writes: Arc::default(),
        };
        if backend == Backend::Sqlite {
            // WAL lets readers proceed while one writer commits; the mode is stored in the file.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&database.writer)
                .await?;
            database.spawn_checkpointer();
        }
        Ok(database)
    }

    /// SQLite connections do not checkpoint the write-ahead log as they commit
    /// (`wal_autocheckpoint = 0`: a large ingestion would otherwise copy its
    /// pages into the database file inside the caller's request); this task
    /// does it in the background instead, without blocking readers or writers,
    /// until the pool closes. A tick that finds a bulk write running waits for
    /// the next one, [`MAX_DEFERRED_CHECKPOINTS`] times at most: checkpointing
    /// the 240 MiB a 100,000-finding import leaves in the log takes about half
    /// a second, half of it CPU, which an import running beside it on two
    /// cores pays in its own time.
    fn spawn_checkpointer(&self) {
        let database = self.clone();
        tokio::spawn(async move {
            let pool = &database.pool;
            let mut tick = tokio::time::interval(CHECKPOINT_EVERY);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            tick.tick().await;
            let mut deferred = 0;
            loop {
                tick.tick().await;
                if pool.is_closed() {
                    return;
                }
                if database.bulk_write_running() && deferred < MAX_DEFERRED_CHECKPOINTS {
                    deferred += 1;
                    continue;
                }
                deferred = 0;
                if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .execute(pool)
                    .await
                {
                    if pool.is_closed() {
                        return;
                    }
                    tracing::warn!(%error, "checkpointing the SQLite write-ahead log failed");
                }
            }
        });
    }

    /// Marks a bulk write (a large ingestion) as running until the guard is
    /// dropped: the background checkpoint of SQLite's log waits for it.
    pub fn writing_in_bulk(&self) -> BulkWrite {
        self.bulk_writes.fetch_add(1, Ordering::AcqRel);
        BulkWrite(Arc::clone(&self.bulk_writes))
    }

    /// Whether a bulk write is running.
    pub fn bulk_write_running(&self) -> bool {
        self.bulk_writes.load(Ordering::Acquire) > 0
    }

    /// PostgreSQL: where bulk rows are staged with `COPY` before a statement
    /// of a transaction moves them into their table (see
    /// [`crate::bulk::Staging`]); `None` on SQLite.
    pub fn staging(&self) -> Option<crate::bulk::Staging> {
        self.staging.clone().map(crate::bulk::Staging::new)
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connection pool, for reads outside a transaction.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Every row of `query`, each read by `read`, collected (a `Vec`, a
    /// set…). Runs on [`Database::pool`].
    pub async fn rows<'q, T, C: FromIterator<T>>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
        read: impl Fn(&sqlx::any::AnyRow) -> Result<T>,
    ) -> Result<C> {
        query
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(read)
            .collect()
    }

    /// The row of `query`, if there is one, read by `read`. Runs on
    /// [`Database::pool`].
    pub async fn row<'q, T>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
        read: impl FnOnce(&sqlx::any::AnyRow) -> Result<T>,
    ) -> Result<Option<T>> {
        query
            .fetch_optional(&self.pool)
            .await?
            .as_ref()
            .map(read)
            .transpose()
    }

    /// One page of `query`'s rows, each read by `read`: the query's last two
    /// placeholders (`LIMIT $n OFFSET $n+1`) get the page's `limit + 1` and
    /// offset, the one extra row telling [`Page::finish`](crate::pagination::Page::finish)
    /// whether another page follows. Runs on [`Database::pool`].
    pub async fn page<'q, T>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments>,
        page: crate::pagination::Page,
        read: impl Fn(&sqlx::any::AnyRow) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.rows(query.bind(page.limit + 1).bind(page.offset), read)
            .await
    }

    /// The pool for writes outside a transaction (a single statement that
    /// inserts, updates or deletes). On SQLite its one connection is the
    /// only writer, shared with [`Database::begin`]'s transactions, so
    /// writers queue for it instead of polling SQLite's lock; on PostgreSQL
    /// it is [`Database::pool`]. Never use it while holding a transaction of
    /// the same database: on SQLite that waits for itself until the pool's
    /// acquire timeout.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// Runs `work` — a write transaction begun with [`Database::begin`] and
    /// committed inside it — where its statements follow each other without
    /// waiting behind other tasks; its result.
    ///
    /// On SQLite each statement is a round trip to the connection's own
    /// thread, and the task is woken from that thread through the runtime's
    /// shared queue, which busy workers look at only every few dozen tasks:
    /// under load (hundreds of requests parsing and verifying beside it) a
    /// transaction of ten statements held SQLite's single write lock for
    /// milliseconds, mostly waiting for its turn to send the next statement,
    /// and writers queued behind it. Here the work runs on a runtime of its
    /// own (one thread, only write transactions on it), so each statement
    /// follows the previous one at once. On PostgreSQL the same holds of
    /// each round trip to the server: transactions begun there use
    /// connections opened there, whose replies that runtime's otherwise idle
    /// thread sees at once (a busy runtime looks for ready sockets only
    /// between tasks), which shortens the time they hold row locks and the
    /// outbox's order lock. For hot write paths; the rest simply use
    /// [`Database::begin`].
    pub async fn write<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: std::future::Future<Output = Result<T>> + Send + 'static,
    {
        // In the caller's span (its logs keep their request); run to its end
        // even if the caller stops waiting, so a write is never cut short.
        writer_runtime()?
            .spawn(tracing::Instrument::instrument(
                work,
                tracing::Span::current(),
            ))
            .await
            .map_err(|error| Error::internal(format!("a write transaction failed: {error}")))?
    }

    /// Starts a transaction.
    pub async fn begin(&self) -> Result<Transaction<'static, Any>> {
        Ok(match self.backend {
            // A deferred SQLite transaction that reads, then writes, fails at
            // once (SQLITE_BUSY_SNAPSHOT, no busy wait) when another connection
            // committed in between; taking the write lock up front waits for
            // it instead.
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => match &self.hot_writer {
                Some(hot) if on_writer_runtime() => hot.begin().await?,
                _ => self.writer.begin().await?,
            },
        })
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
            .execute(&self.writer)
            .await?
            .rows_affected())
    }

    /// Refreshes the query planner's statistics of `table` (`ANALYZE`, sampled)
    /// on SQLite, which keeps none until asked: which index a filtered,
    /// ordered page is read along depends on them. PostgreSQL's autovacuum
    /// keeps them itself (an explicit `ANALYZE` after a large write would only
    /// compete with the next one).
    pub async fn analyze(&self, table: &str) -> Result<()> {
        if self.backend != Backend::Sqlite {
            return Ok(());
        }
        if table.is_empty()
            || !table
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(Error::internal(format!("not a table name: {table}")));
        }
        let mut connection = self.writer.acquire().await?;
        // Sampled: milliseconds rather than a second per 100,000 rows (holding
        // the write lock), and enough for the planner's choice.
        sqlx::query("PRAGMA analysis_limit = 1000")
            .execute(&mut *connection)
            .await?;
        sqlx::query(AssertSqlSafe(format!("ANALYZE {table}")))
            .execute(&mut *connection)
            .await?;
        Ok(())
    }

    /// Whether the database answers a trivial query within `within`; the
    /// error says why not.
    pub async fn ping(&self, within: std::time::Duration) -> std::result::Result<(), String> {
        match tokio::time::timeout(within, sqlx::query("SELECT 1").execute(self.pool())).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => Err(error.to_string()),
            Err(_) => Err(format!("no answer within {within:?}")),
        }
    }

    /// Closes the pools, waiting for connections to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
        if let Some(hot) = &self.hot_writer {
            hot.close().await;
        }
        if let Some(staging) = &self.staging {
            staging.close().await;
        }
    }
}

/// Decides whether a connection handed back to the pool may serve another
/// caller. A transaction that ended in an error may still be open: SQLite rolls
/// some failed transactions back by itself (a full disk, SQLITE_FULL), so the
/// `ROLLBACK` that sqlx sends when the transaction is dropped fails and its
/// transaction counter stays at one; every later `BEGIN IMMEDIATE` on that
/// connection would then fail ("begin_with at non-zero transaction depth").
/// The ping waits for the queued rollback to run; a connection still inside a
/// transaction after it is closed, and the pool opens a fresh one.
async fn still_usable(connection: &mut AnyConnection) -> std::result::Result<bool, sqlx::Error> {
    // A transaction committed or rolled back in full leaves nothing queued:
    // no round trip then (it would delay the next writer on SQLite's one
    // writing connection).
    if !connection.is_in_transaction() {
        return Ok(true);
    }
    connection.ping().await?;
    if connection.is_in_transaction() {
        tracing::warn!(
            "a database connection came back inside a transaction after an error; closing it"
        );
        return Ok(false);
    }
    Ok(true)
}

/// Says what is wrong when the database cannot be opened at start-up.
fn connect_error(url: &str, error: &sqlx::Error) -> Error {
    let detail = match error.as_database_error().and_then(|db| db.code()) {
        Some(code) => match sqlite_primary_code(&code) {
            Some(SQLITE_READONLY) => {
                " (the database file or its directory is read-only: the server needs to write it)"
            }
            Some(SQLITE_CANTOPEN) => {
                " (the file cannot be created or opened: check that its directory exists and is writable)"
            }
            Some(SQLITE_FULL) => " (the disk holding the database is full)",
            _ => "",
        },
        None => "",
    };
    let target = match Backend::from_url(url) {
        Ok(Backend::Sqlite) => url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:"),
        _ => "PostgreSQL",
    };
    let target = target.split('?').next().unwrap_or(target);
    Error::new(
        ErrorCode::Unavailable,
        format!("cannot open the database {target}: {error}{detail}"),
    )
}

/// The runtime [`Database::write`] runs write transactions on: one
/// thread, started on first use, kept for the life of the process.
fn writer_runtime() -> Result<&'static tokio::runtime::Handle> {
    static RUNTIME: std::sync::OnceLock<std::io::Result<tokio::runtime::Runtime>> =
        std::sync::OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .thread_name("db-writer")
                .enable_all()
                .build()
        })
        .as_ref()
        .map(tokio::runtime::Runtime::handle)
        .map_err(|error| Error::internal(format!("starting the writer thread failed: {error}")))
}

/// Whether the calling task runs on [`writer_runtime`].
fn on_writer_runtime() -> bool {
    let current = tokio::runtime::Handle::try_current().map(|handle| handle.id());
    match (current, writer_runtime()) {
        (Ok(current), Ok(writer)) => current == writer.id(),
        _ => false,
    }
}

/// Whether a SQLite URL names an in-memory database.
fn is_sqlite_memory(url: &str) -> bool {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    path.starts_with(":memory:") || path.contains("mode=memory")
}

/// Refuses at once, saying why, a SQLite file the server could not write:
/// SQLite itself only says "unable to open database file", and the pool retries
/// that until its acquire timeout.
fn check_sqlite_file_writable(url: &str) -> Result<()> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = std::path::Path::new(path.split('?').next().unwrap_or(path));
    if path.as_os_str().is_empty() || path == std::path::Path::new(":memory:") {
        return Ok(());
    }
    let refuse = |what: String| Err(Error::new(ErrorCode::Unavailable, what));
    if path.exists() {
        return match std::fs::OpenOptions::new().write(true).open(path) {
            Ok(_) => Ok(()),
            Err(error) => refuse(format!(
                "the database file {} is not writable ({error}): the server needs to write it; \
                 check its permissions and that its filesystem is not mounted read-only",
                path.display()
            )),
        };
    }
    let directory = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let probe = directory.join(format!(".secureflow-write-check-{}", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(error) => refuse(format!(
            "cannot create the database file {} ({error}): its directory {} must exist and be \
             writable, on a filesystem not mounted read-only",
            path.display(),
            directory.display()
        )),
    }
}

/// SQLite's primary result codes this crate gives a meaning to.
pub(crate) const SQLITE_READONLY: i64 = 8;
pub(crate) const SQLITE_FULL: i64 = 13;
pub(crate) const SQLITE_CANTOPEN: i64 = 14;

/// The primary result code of a SQLite (extended) error code, `None` for
/// PostgreSQL's SQLSTATEs (always five characters; SQLite's codes have at most four digits).
pub(crate) fn sqlite_primary_code(code: &str) -> Option<i64> {
    if code.len() > 4 {
        return None;
    }
    code.parse::<i64>().ok().map(|code| code & 0xff)
}

/// A table whose rows each belong to one organisation and are known by `id`
/// (columns `organization_id` and `id`): looking rows up and deleting them
/// within the caller's organisation, by id or by another column, the same for
/// every such table. Column names are the caller's constants, never input.
#[derive(Debug, Clone, Copy)]
pub struct Owned(pub &'static str);

impl Owned {
    /// The organisation's row `id`, if it has one.
    pub async fn get<'e, E>(
        self,
        executor: E,
        organization_id: &'e str,
        id: &'e str,
    ) -> Result<Option<sqlx::any::AnyRow>>
    where
        E: sqlx::Executor<'e, Database = Any>,
    {
        self.get_by(executor, organization_id, "id", id).await
    }

    /// The organisation's row whose `column` is `value`, if it has one (a
    /// column unique within the organisation).
    pub async fn get_by<'e, E>(
        self,
        executor: E,
        organization_id: &'e str,
        column: &'static str,
        value: &'e str,
    ) -> Result<Option<sqlx::any::AnyRow>>
    where
        E: sqlx::Executor<'e, Database = Any>,
    {
        let query = self.statement("SELECT *", column, "", organization_id, value);
        Ok(query.fetch_optional(executor).await?)
    }

    /// Every row of the organisation whose `column` is `value`, by id.
    pub async fn all_by<'e, E>(
        self,
        executor: E,
        organization_id: &'e str,
        column: &'static str,
        value: &'e str,
    ) -> Result<Vec<sqlx::any::AnyRow>>
    where
        E: sqlx::Executor<'e, Database = Any>,
    {
        let query = self.statement("SELECT *", column, " ORDER BY id", organization_id, value);
        Ok(query.fetch_all(executor).await?)
    }

    /// Deletes the organisation's row `id`; whether it had one.
    pub async fn delete<'e, E>(
        self,
        executor: E,
        organization_id: &'e str,
        id: &'e str,
    ) -> Result<bool>
    where
        E: sqlx::Executor<'e, Database = Any>,
    {
        Ok(self.delete_by(executor, organization_id, "id", id).await? == 1)
    }

    /// Deletes the organisation's rows whose `column` is `value`; how many.
    pub async fn delete_by<'e, E>(
        self,
        executor: E,
        organization_id: &'e str,
        column: &'static str,
        value: &'e str,
    ) -> Result<u64>
    where
        E: sqlx::Executor<'e, Database = Any>,
    {
        let query = self.statement("DELETE", column, "", organization_id, value);
        Ok(query.execute(executor).await?.rows_affected())
    }

    /// `<verb> FROM <table> WHERE organization_id = $1 AND <column> = $2<tail>`, bound.
    fn statement<'q>(
        self,
        verb: &str,
        column: &'static str,
        tail: &str,
        organization_id: &'q str,
        value: &'q str,
    ) -> sqlx::query::Query<'q, Any, sqlx::any::AnyArguments> {
        let sql = format!(
            "{verb} FROM {} WHERE organization_id = $1 AND {column} = $2{tail}",
            self.0
        );
        sqlx::query(AssertSqlSafe(sql))
            .bind(organization_id)
            .bind(value)
    }
}

/// A column of sealed values ([`crate::secrets::Secrets::seal`]) in a service's
/// table, with the text columns that key its rows: what the service re-wraps
/// under the active key as it starts, so the old key can be removed after a
/// rotation. Names are the owning store module's constants, never input.
#[derive(Debug, Clone, Copy)]
pub struct SealedColumn {
    /// Table.
    pub table: &'static str,
    /// The columns that key a row.
    pub keys: &'static [&'static str],
    /// The sealed column.
    pub column: &'static str,
}

/// A row's key, shown in logs as its parts joined by `/` (never the value).
struct RowKey(Vec<String>);

impl std::fmt::Display for RowKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0.join("/"))
    }
}

impl SealedColumn {
    /// Re-wraps every value of the column under the active key version; how
    /// many could not be (each logged by its row's key, and their count with
    /// what to do).
    pub async fn rewrap(self, db: &Database, secrets: &crate::secrets::Secrets) -> Result<usize> {
        use sqlx::Row;
        let Self {
            table,
            keys,
            column,
        } = self;
        let select = format!(
            "SELECT {}, {column} AS sealed FROM {table} WHERE {column} IS NOT NULL",
            keys.join(", ")
        );
        let rows = sqlx::query(AssertSqlSafe(select))
            .fetch_all(db.pool())
            .await?;
        let mut values = Vec::with_capacity(rows.len());
        for row in &rows {
            let key = keys
                .iter()
                .map(|key| row.try_get::<String, _>(*key))
                .collect::<std::result::Result<Vec<_>, _>>()?;
            values.push((RowKey(key), row.try_get::<String, _>("sealed")?));
        }
        let matched: Vec<String> = keys
            .iter()
            .enumerate()
            .map(|(index, key)| format!("{key} = ${}", index + 2))
            .collect();
        let update = format!(
            "UPDATE {table} SET {column} = $1 WHERE {}",
            matched.join(" AND ")
        );
        let pending = secrets
            .rewrap_each(table, values, |RowKey(key), sealed| {
                let update = update.clone();
                async move {
                    let mut query = sqlx::query(AssertSqlSafe(update)).bind(sealed);
                    for part in key {
                        query = query.bind(part);
                    }
                    query.execute(db.writer()).await?;
                    Ok(())
                }
            })
            .await?;
        if pending > 0 {
            tracing::error!(
                table,
                pending,
                "sealed values not re-wrapped under the active key: keep the old key configured"
            );
        }
        Ok(pending)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_bulk_write_runs_while_any_clone_holds_its_guard() {
        let dir = tempfile::tempdir().expect("scratch");
        let url = format!("sqlite://{}/bulk.db?mode=rwc", dir.path().display());
        let db = Database::connect(&url, 1, Duration::from_secs(5))
            .await
            .expect("sqlite");
        assert!(!db.bulk_write_running());
        let first = db.writing_in_bulk();
        let second = db.clone().writing_in_bulk();
        drop(first);
        assert!(db.bulk_write_running());
        drop(second);
        assert!(!db.bulk_write_running());
    }
}
