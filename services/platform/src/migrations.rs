//! The platform's own schema: the transactional outbox that doubles as the
//! embedded event log, consumer cursors and the idempotency ledger, and the
//! documents staged on their way to MongoDB.

use crate::db::{MigrationSet, MigrationStep};

/// The version-1 schema, with the two spellings that differ between backends
/// (an auto-increasing key and a binary column) filled in.
macro_rules! event_log_schema {
    ($identity_key:literal, $binary:literal) => {
        concat!(
            "CREATE TABLE event_outbox (
                seq ", $identity_key, ",
                event_id TEXT NOT NULL UNIQUE,
                event_type TEXT NOT NULL,
                aggregate_id TEXT NOT NULL,
                organization_id TEXT NOT NULL,
                payload ", $binary, " NOT NULL,
                created_at_us BIGINT NOT NULL,
                published_at_us BIGINT
            );
            CREATE INDEX event_outbox_unpublished ON event_outbox (seq) WHERE published_at_us IS NULL;
            CREATE TABLE event_consumer_cursors (
                consumer TEXT PRIMARY KEY,
                last_seq BIGINT NOT NULL,
                updated_at_us BIGINT NOT NULL
            );
            CREATE TABLE event_processed (
                consumer TEXT NOT NULL,
                event_id TEXT NOT NULL,
                processed_at_us BIGINT NOT NULL,
                PRIMARY KEY (consumer, event_id)
            );"
        )
    };
}

/// Documents written in a SQL transaction for a MongoDB collection, until
/// they are forwarded there ([`crate::documents::staged`]).
macro_rules! staged_documents {
    ($binary:literal) => {
        concat!(
            "CREATE TABLE document_staged (
                collection TEXT NOT NULL,
                id TEXT NOT NULL,
                organization_id TEXT NOT NULL,
                body ",
            $binary,
            " NOT NULL,
                staged_at_us BIGINT NOT NULL,
                PRIMARY KEY (collection, id)
            )"
        )
    };
}

/// Migrations of the platform schema, applied before any service's.
pub const PLATFORM_MIGRATIONS: MigrationSet = MigrationSet {
    service: "platform",
    steps: &[
        MigrationStep {
            version: 1,
            description: "event outbox, consumer cursors, processed events",
            sqlite: event_log_schema!("INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB"),
            postgres: event_log_schema!("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BYTEA"),
        },
        MigrationStep {
            version: 2,
            description: "event payloads compressed with LZ4 where the server has it (PostgreSQL)",
            sqlite: "SELECT 1",
            postgres: LZ4_PAYLOADS,
        },
        MigrationStep {
            version: 3,
            description: "events readable by organisation in order (live event streams)",
            sqlite: ORGANIZATION_INDEX,
            postgres: ORGANIZATION_INDEX,
        },
        MigrationStep {
            version: 4,
            description: "events a consumer gave up on (the embedded log's dead letters)",
            sqlite: DEAD_LETTERS,
            postgres: DEAD_LETTERS,
        },
        MigrationStep {
            version: 5,
            description: "documents staged on their way to MongoDB",
            sqlite: staged_documents!("BLOB"),
            postgres: staged_documents!("BYTEA"),
        },
    ],
};

/// The events each consumer of the embedded log gave up on after
/// `events.max_attempts`, with the last failure; `replay_requested` marks
/// those to be offered again.
const DEAD_LETTERS: &str = "CREATE TABLE event_dead_letters (
        consumer TEXT NOT NULL,
        seq BIGINT NOT NULL,
        event_id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        reason TEXT NOT NULL,
        attempts BIGINT NOT NULL,
        dead_at_us BIGINT NOT NULL,
        replay_requested BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (consumer, seq)
    )";

/// An organisation's events in log order, for its live streams and their backlog.
const ORGANIZATION_INDEX: &str =
    "CREATE INDEX event_outbox_organization ON event_outbox (organization_id, seq)";

/// PostgreSQL compresses values over about 2 KB, with its own `pglz` unless a
/// column says otherwise. The events of one large upload carry tens of
/// megabytes (100,000 new vulnerabilities: 21 MB in 100 events), which `pglz`
/// took about 0.17 s to compress inside the upload's transaction, LZ4 about
/// 0.03 s (measured in SQL alone, for about twice the stored size). A server
/// built without LZ4 (or older than PostgreSQL 14) keeps `pglz`.
const LZ4_PAYLOADS: &str = "DO $$
    BEGIN
        EXECUTE 'ALTER TABLE event_outbox ALTER COLUMN payload SET COMPRESSION lz4';
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'event payloads keep the default compression: %', SQLERRM;
    END
    $$";
