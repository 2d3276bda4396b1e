//! The event tables' SQL: the outbox (which is the embedded log), the
//! consumers' cursors and the events each consumer has processed. The only
//! place that reads or writes them.

use std::collections::BTreeSet;

use prost::Message;
use secureflow_proto::secureflow::events::v1::Envelope;
use sqlx::{Any, Row, Transaction};

use super::StoredEvent;
use crate::bulk::Bulk;
use crate::db::{Backend, Database, Placeholders};
use crate::error::{Error, Result};

/// Advisory lock key that serialises outbox appends on PostgreSQL ("sfoutbox").
const OUTBOX_LOCK_KEY: i64 = 0x7366_6f75_7462_6f78;

/// Events per insert statement (six parameters each: well under SQLite's and
/// PostgreSQL's limits).
const APPEND_CHUNK: usize = 500;

/// Inserts checked envelopes into the outbox, in the order given, with
/// multi-row inserts after taking the outbox lock (PostgreSQL).
pub(super) async fn append_rows(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    envelopes: &[Envelope],
    now_us: i64,
) -> Result<()> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(OUTBOX_LOCK_KEY)
            .execute(&mut **tx)
            .await?;
    }
    // Plain multi-row inserts with the payloads bound as bytes: a scan's
    // events are few and large (1,000 vulnerabilities each), and carrying
    // them inside a JSON text would cost more than the insert itself. Rows go
    // in in the order given, so sequence numbers follow it.
    for chunk in envelopes.chunks(APPEND_CHUNK) {
        let mut marks = Placeholders::new(backend);
        let values: Vec<String> = chunk
            .iter()
            .map(|_| {
                let row: Vec<String> = (0..6).map(|_| marks.mark()).collect();
                format!(
                    "({}, {}, {}, {}, {}, CAST({} AS BIGINT))",
                    row[0], row[1], row[2], row[3], row[4], row[5]
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO event_outbox (event_id, event_type, aggregate_id, organization_id, payload, created_at_us)
             VALUES {}",
            values.join(", ")
        );
        let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for envelope in chunk {
            let organization = envelope
                .metadata
                .as_ref()
                .map(|m| m.organization_id.clone())
                .unwrap_or_default();
            insert = insert
                .bind(envelope.event_id.clone())
                .bind(envelope.event_type.clone())
                .bind(envelope.aggregate_id.clone())
                .bind(organization)
                .bind(envelope.encode_to_vec())
                .bind(now_us);
        }
        insert.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Records that `consumer` handled `event_id`; `false` when it already had.
pub(super) async fn mark_processed(
    tx: &mut Transaction<'_, Any>,
    consumer: &str,
    event_id: &str,
    now_us: i64,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO event_processed (consumer, event_id, processed_at_us) VALUES ($1, $2, $3)
         ON CONFLICT (consumer, event_id) DO NOTHING",
    )
    .bind(consumer)
    .bind(event_id)
    .bind(now_us)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

fn decode_row(row: &sqlx::any::AnyRow) -> Result<StoredEvent> {
    let seq: i64 = row.try_get("seq")?;
    let payload: Vec<u8> = row.try_get("payload")?;
    let envelope = Envelope::decode(payload.as_slice())
        .map_err(|error| Error::internal(format!("event at seq {seq} does not decode: {error}")))?;
    Ok(StoredEvent { seq, envelope })
}

/// Up to `limit` events after `after_seq`, in order.
pub(super) async fn read_after(
    db: &Database,
    after_seq: i64,
    limit: u32,
) -> Result<Vec<StoredEvent>> {
    let rows =
        sqlx::query("SELECT seq, payload FROM event_outbox WHERE seq > $1 ORDER BY seq LIMIT $2")
            .bind(after_seq)
            .bind(i64::from(limit))
            .fetch_all(db.pool())
            .await?;
    rows.iter().map(decode_row).collect()
}

/// Up to `limit` events after `after_seq` up to `up_to_seq` whose type is
/// one of `topics`, in order.
pub(super) async fn read_range(
    db: &Database,
    after_seq: i64,
    up_to_seq: i64,
    topics: &[&str],
    limit: u32,
) -> Result<Vec<StoredEvent>> {
    // Marks in the order they appear: SQLite numbers parameters so.
    let mut marks = Placeholders::new(db.backend());
    let (after, up_to) = (marks.mark(), marks.mark());
    let listed = Bulk::new(db.backend()).texts(&mut marks);
    let most = marks.mark();
    let sql = format!(
        "SELECT seq, payload FROM event_outbox
         WHERE seq > {after} AND seq <= {up_to} AND event_type IN ({listed})
         ORDER BY seq LIMIT {most}"
    );
    let query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(after_seq)
        .bind(up_to_seq)
        .bind(serde_json::to_string(topics).map_err(Error::internal)?)
        .bind(i64::from(limit));
    db.rows(query, decode_row).await
}

/// Up to `limit` events of `organization_id` after `after_seq` (of `types`;
/// empty: every type), in order; with `newest_first`, the latest ones up to
/// `after_seq` instead, newest first.
pub(super) async fn read_organization(
    db: &Database,
    organization_id: &str,
    after_seq: i64,
    types: &[String],
    limit: u32,
    newest_first: bool,
) -> Result<Vec<StoredEvent>> {
    let mut marks = Placeholders::new(db.backend());
    let (organization, position) = (marks.mark(), marks.mark());
    let of_types = if types.is_empty() {
        String::new()
    } else {
        format!(
            "AND event_type IN ({})",
            Bulk::new(db.backend()).texts(&mut marks)
        )
    };
    let most = marks.mark();
    let (compare, order) = if newest_first {
        ("<=", "DESC")
    } else {
        (">", "ASC")
    };
    let sql = format!(
        "SELECT seq, payload FROM event_outbox
         WHERE organization_id = {organization} AND seq {compare} {position} {of_types}
         ORDER BY seq {order} LIMIT {most}"
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(organization_id.to_owned())
        .bind(after_seq);
    if !types.is_empty() {
        query = query.bind(serde_json::to_string(types).map_err(Error::internal)?);
    }
    let rows = query.bind(i64::from(limit)).fetch_all(db.pool()).await?;
    rows.iter().map(decode_row).collect()
}

/// The position of `event_id` if it is an event of `organization_id`.
pub(super) async fn seq_of(
    db: &Database,
    organization_id: &str,
    event_id: &str,
) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT seq FROM event_outbox WHERE event_id = $1 AND organization_id = $2",
    )
    .bind(event_id)
    .bind(organization_id)
    .fetch_optional(db.pool())
    .await?)
}

/// The newest committed position of the log (0 when empty).
pub(super) async fn newest_seq(db: &Database) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM event_outbox")
            .fetch_one(db.pool())
            .await?,
    )
}

/// The last `seq` a consumer finished (0 before its first event).
pub(super) async fn cursor(db: &Database, consumer: &str) -> Result<i64> {
    let row = sqlx::query("SELECT last_seq FROM event_consumer_cursors WHERE consumer = $1")
        .bind(consumer)
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(row) => row.try_get("last_seq")?,
        None => 0,
    })
}

/// Moves a consumer's cursor forward to `seq` (never back).
pub(super) async fn advance_cursor(
    db: &Database,
    consumer: &str,
    seq: i64,
    now_us: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO event_consumer_cursors (consumer, last_seq, updated_at_us) VALUES ($1, $2, $3)
         ON CONFLICT (consumer) DO UPDATE SET last_seq = excluded.last_seq,
             updated_at_us = excluded.updated_at_us
         WHERE event_consumer_cursors.last_seq < excluded.last_seq",
    )
    .bind(consumer)
    .bind(seq)
    .bind(now_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Advisory lock key held by the process relaying the outbox to Kafka ("sfrelay!").
const RELAY_LOCK_KEY: i64 = 0x7366_7265_6c61_7921;

/// An outbox row not yet relayed, as the relay sends it.
#[derive(Debug, Clone)]
pub(super) struct Unpublished {
    pub seq: i64,
    pub event_type: String,
    pub aggregate_id: String,
    pub event_id: String,
    /// The encoded envelope, sent as it is.
    pub payload: Vec<u8>,
}

/// The relay's hold on the outbox. On PostgreSQL, a session advisory lock on
/// a connection of its own, through which it reads and marks rows: when the
/// relaying process dies, its connection closes, the lock goes with it and
/// another process's relay takes over. On SQLite the database belongs to one
/// process, whose one relay needs no lease.
#[derive(Debug)]
pub(super) enum RelayLease {
    Postgres(sqlx::AnyConnection),
    Sqlite(Database),
}

/// Takes the relay lease when no other process holds it.
pub(super) async fn try_relay_lease(db: &Database) -> Result<Option<RelayLease>> {
    if db.backend() != Backend::Postgres {
        return Ok(Some(RelayLease::Sqlite(db.clone())));
    }
    // Detached: dropping it closes the connection (and releases the lock)
    // instead of handing a locked connection back to the pool.
    let mut connection = db.pool().acquire().await?.detach();
    let taken: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(RELAY_LOCK_KEY)
        .fetch_one(&mut connection)
        .await?;
    Ok(taken.then_some(RelayLease::Postgres(connection)))
}

impl RelayLease {
    /// Up to `limit` rows not yet relayed, in log order.
    pub(super) async fn unpublished(&mut self, limit: u32) -> Result<Vec<Unpublished>> {
        let query = sqlx::query(
            "SELECT seq, event_type, aggregate_id, event_id, payload FROM event_outbox
             WHERE published_at_us IS NULL ORDER BY seq LIMIT $1",
        )
        .bind(i64::from(limit));
        let rows = match self {
            Self::Postgres(connection) => query.fetch_all(connection).await?,
            Self::Sqlite(db) => query.fetch_all(db.pool()).await?,
        };
        rows.iter()
            .map(|row| {
                Ok(Unpublished {
                    seq: row.try_get("seq")?,
                    event_type: row.try_get("event_type")?,
                    aggregate_id: row.try_get("aggregate_id")?,
                    event_id: row.try_get("event_id")?,
                    payload: row.try_get("payload")?,
                })
            })
            .collect()
    }

    /// Marks the rows from `first` to `last` relayed (the broker acknowledged them).
    pub(super) async fn mark_published(
        &mut self,
        first: i64,
        last: i64,
        now_us: i64,
    ) -> Result<()> {
        let query = sqlx::query(
            "UPDATE event_outbox SET published_at_us = $1
             WHERE seq >= $2 AND seq <= $3 AND published_at_us IS NULL",
        )
        .bind(now_us)
        .bind(first)
        .bind(last);
        match self {
            Self::Postgres(connection) => query.execute(connection).await?,
            Self::Sqlite(db) => query.execute(db.writer()).await?,
        };
        Ok(())
    }
}

/// How many outbox rows wait to be relayed (for health and tests).
pub(super) async fn unpublished_count(db: &Database) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM event_outbox WHERE published_at_us IS NULL")
            .fetch_one(db.pool())
            .await?,
    )
}

/// Records that `consumer` gave up on `event` (the embedded log's dead letter).
pub(super) async fn dead_letter(
    db: &Database,
    consumer: &str,
    event: &StoredEvent,
    reason: &str,
    attempts: u32,
    now_us: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO event_dead_letters (consumer, seq, event_id, event_type, reason, attempts,
             dead_at_us, replay_requested)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0)
         ON CONFLICT (consumer, seq) DO UPDATE SET reason = excluded.reason,
             attempts = event_dead_letters.attempts + excluded.attempts,
             dead_at_us = excluded.dead_at_us, replay_requested = 0",
    )
    .bind(consumer)
    .bind(event.seq)
    .bind(event.envelope.event_id.clone())
    .bind(event.envelope.event_type.clone())
    .bind(reason)
    .bind(i64::from(attempts))
    .bind(now_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// A dead letter of the embedded log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLetter {
    /// The consumer that gave up.
    pub consumer: String,
    /// The event's position in the log.
    pub seq: i64,
    /// The event id.
    pub event_id: String,
    /// The event type.
    pub event_type: String,
    /// The last failure.
    pub reason: String,
    /// How many times it was tried, over every replay.
    pub attempts: i64,
    /// Whether a replay was asked for and has not happened yet.
    pub replay_requested: bool,
}

/// The dead letters (of `consumer`, or every consumer), oldest first.
pub(super) async fn dead_letters(db: &Database, consumer: Option<&str>) -> Result<Vec<DeadLetter>> {
    let query = sqlx::query(
        "SELECT consumer, seq, event_id, event_type, reason, attempts, replay_requested
         FROM event_dead_letters WHERE ($1 = '' OR consumer = $1) ORDER BY seq, consumer",
    )
    .bind(consumer.unwrap_or_default());
    db.rows(query, |row| {
        Ok(DeadLetter {
            consumer: row.try_get("consumer")?,
            seq: row.try_get("seq")?,
            event_id: row.try_get("event_id")?,
            event_type: row.try_get("event_type")?,
            reason: row.try_get("reason")?,
            attempts: row.try_get("attempts")?,
            replay_requested: row.try_get::<i64, _>("replay_requested")? != 0,
        })
    })
    .await
}

/// Asks for the dead letters (of `consumer`, or all) to be offered again;
/// returns how many.
pub(super) async fn request_replay(db: &Database, consumer: Option<&str>) -> Result<u64> {
    Ok(sqlx::query(
        "UPDATE event_dead_letters SET replay_requested = 1
         WHERE replay_requested = 0 AND ($1 = '' OR consumer = $1)",
    )
    .bind(consumer.unwrap_or_default())
    .execute(db.writer())
    .await?
    .rows_affected())
}

/// The consumers with dead letters whose replay was asked for.
pub(super) async fn consumers_replaying(db: &Database) -> Result<BTreeSet<String>> {
    let rows =
        sqlx::query("SELECT DISTINCT consumer FROM event_dead_letters WHERE replay_requested = 1")
            .fetch_all(db.pool())
            .await?;
    rows.iter()
        .map(|row| Ok(row.try_get("consumer")?))
        .collect()
}

/// The events of `consumer`'s dead letters whose replay was asked for.
pub(super) async fn replay_requested(db: &Database, consumer: &str) -> Result<Vec<StoredEvent>> {
    let query = sqlx::query(
        "SELECT o.seq, o.payload FROM event_dead_letters d JOIN event_outbox o ON o.seq = d.seq
         WHERE d.consumer = $1 AND d.replay_requested = 1 ORDER BY d.seq",
    )
    .bind(consumer);
    db.rows(query, decode_row).await
}

/// Removes a dead letter once its replay succeeded.
pub(super) async fn forget_dead_letter(db: &Database, consumer: &str, seq: i64) -> Result<()> {
    sqlx::query("DELETE FROM event_dead_letters WHERE consumer = $1 AND seq = $2")
        .bind(consumer)
        .bind(seq)
        .execute(db.writer())
        .await?;
    Ok(())
}
