//! `notification_deliveries`: each delivery of a notification
//! ([`super::notifications`]) to a channel or a user, with its attempts.
//! A delivery's `idempotency_key` is unique in its organisation: the same
//! event, rule and recipient never make a second one.

use secureflow_platform::Result;
use secureflow_platform::bulk::{Bulk, BulkRows, Column};
use secureflow_platform::db::{Backend, Database, Owned, Placeholders};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

use super::{json, parse};
use crate::domain::deliveries::{Attempt, Status};

/// The deliveries table.
pub const TABLE: Owned = Owned("notification_deliveries");

/// A stored delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Notification.
    pub notification_id: String,
    /// Channel.
    pub channel_id: String,
    /// Channel type.
    pub channel_type: String,
    /// Recipient user, or empty.
    pub user_id: String,
    /// Event, or empty.
    pub event_id: String,
    /// Event type.
    pub event_type: String,
    /// Rule, or empty.
    pub rule_id: String,
    /// Escalation level (0: the first delivery).
    pub escalation_level: i32,
    /// Unique key at the receiver.
    pub idempotency_key: String,
    /// State.
    pub status: Status,
    /// Attempts made.
    pub attempts: i32,
    /// The receiver's last status code.
    pub status_code: i32,
    /// The last attempt's error.
    pub error: String,
    /// Every attempt.
    pub history: Vec<Attempt>,
    /// Next attempt due, µs.
    pub next_attempt_at_us: Option<i64>,
    /// Last attempt, µs.
    pub last_attempt_at_us: Option<i64>,
    /// Delivered, µs.
    pub delivered_at_us: Option<i64>,
    /// Acknowledged, µs.
    pub acknowledged_at_us: Option<i64>,
    /// Who acknowledged it.
    pub acknowledged_by: String,
    /// Created, µs.
    pub created_at_us: i64,
    /// The message, rendered for its channel when it was routed.
    pub message: Rendered,
    /// When its user read it (in-app items).
    pub read_at_us: Option<i64>,
    /// Users' addresses an e-mail delivery goes to besides its channel's.
    pub recipients: Vec<String>,
}

/// A delivery's message, as its channel's template rendered it (the same on
/// every attempt).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    /// Subject.
    pub subject: String,
    /// Text body.
    pub body: String,
    /// HTML body.
    pub html_body: String,
    /// The event's data (JSON), the webhook's `data`.
    pub data: String,
    /// Priority.
    pub priority: String,
}

/// The columns a page of deliveries reads: each one's state, with what its
/// page does not show read as empty (`$history`, `$subject` and `$body` are
/// each the column or an empty value), so that pages do not copy rendered
/// HTML, event data and recipients out of the database for nothing.
/// [`Stored::read`] reads these rows as it reads whole ones.
macro_rules! paged_columns {
    ($history:literal, $subject:literal, $body:literal) => {
        concat!(
            "id, organization_id, notification_id, channel_id, channel_type, user_id, event_id,
             event_type, rule_id, escalation_level, idempotency_key, status, attempts,
             status_code, error, next_attempt_at_us, last_attempt_at_us, delivered_at_us,
             acknowledged_at_us, acknowledged_by, created_at_us, read_at_us, priority, ",
            $history,
            " AS history, ",
            $subject,
            " AS subject, ",
            $body,
            " AS body, '' AS html_body, '{}' AS data, '[]' AS recipients"
        )
    };
}

/// A listing of deliveries: the `Delivery` message carries the attempts, not
/// the message.
macro_rules! listed {
    () => {
        paged_columns!("history", "''", "''")
    };
}

/// An inbox page: an `InboxItem` shows the subject and the text body, not the
/// attempts.
macro_rules! inbox_columns {
    () => {
        paged_columns!("'[]'", "subject", "body")
    };
}

secureflow_platform::columns! {
    /// A delivery's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => DeliveryRow {
        id: String,
        organization_id: String,
        notification_id: String,
        channel_id: String,
        channel_type: String,
        user_id: String,
        event_id: String,
        event_type: String,
        rule_id: String,
        escalation_level: i64,
        idempotency_key: String,
        status: String,
        attempts: i64,
        status_code: i64,
        error: String,
        next_attempt_at_us: Option<i64>,
        last_attempt_at_us: Option<i64>,
        delivered_at_us: Option<i64>,
        acknowledged_at_us: Option<i64>,
        acknowledged_by: String,
        created_at_us: i64,
        read_at_us: Option<i64>,
        priority: String,
        history: String,
        subject: String,
        body: String,
        html_body: String,
        data: String,
        recipients: String,
    }
}

impl Stored {
    fn row(self) -> Result<DeliveryRow> {
        Ok(DeliveryRow {
            id: self.id,
            organization_id: self.organization_id,
            notification_id: self.notification_id,
            channel_id: self.channel_id,
            channel_type: self.channel_type,
            user_id: self.user_id,
            event_id: self.event_id,
            event_type: self.event_type,
            rule_id: self.rule_id,
            escalation_level: i32::try_from(self.escalation_level).unwrap_or(0),
            idempotency_key: self.idempotency_key,
            status: Status::parse(&self.status).ok_or_else(|| {
                secureflow_platform::Error::internal(format!(
                    "stored delivery state `{}`",
                    self.status
                ))
            })?,
            attempts: i32::try_from(self.attempts).unwrap_or(i32::MAX),
            status_code: i32::try_from(self.status_code).unwrap_or(0),
            error: self.error,
            history: parse(&self.history)?,
            next_attempt_at_us: self.next_attempt_at_us,
            last_attempt_at_us: self.last_attempt_at_us,
            delivered_at_us: self.delivered_at_us,
            acknowledged_at_us: self.acknowledged_at_us,
            acknowledged_by: self.acknowledged_by,
            created_at_us: self.created_at_us,
            message: Rendered {
                subject: self.subject,
                body: self.body,
                html_body: self.html_body,
                data: self.data,
                priority: self.priority,
            },
            read_at_us: self.read_at_us,
            recipients: parse(&self.recipients)?,
        })
    }
}

/// A page of deliveries, newest first, read as one value.
async fn page_of(db: &Database, statement: Filtered, page: Page) -> Result<Vec<DeliveryRow>> {
    const NEWEST_FIRST: &str = "created_at_us DESC, id DESC";
    statement
        .page_as::<Stored>(db, (NEWEST_FIRST, NEWEST_FIRST), page)
        .await
}

/// Stores a new delivery; `false` when one with its idempotency key exists
/// (nothing is written).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &DeliveryRow,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO notification_deliveries (id, organization_id, notification_id, channel_id,
             channel_type, user_id, event_id, event_type, rule_id, escalation_level,
             idempotency_key, status, attempts, status_code, error, history, next_attempt_at_us,
             last_attempt_at_us, delivered_at_us, acknowledged_at_us, acknowledged_by,
             created_at_us, subject, body, html_body, data, priority, read_at_us, recipients)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
             $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29)
         ON CONFLICT (organization_id, idempotency_key) DO NOTHING",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.notification_id.clone())
    .bind(row.channel_id.clone())
    .bind(row.channel_type.clone())
    .bind(row.user_id.clone())
    .bind(row.event_id.clone())
    .bind(row.event_type.clone())
    .bind(row.rule_id.clone())
    .bind(i64::from(row.escalation_level))
    .bind(row.idempotency_key.clone())
    .bind(row.status.name())
    .bind(i64::from(row.attempts))
    .bind(i64::from(row.status_code))
    .bind(row.error.clone())
    .bind(json(&row.history)?)
    .bind(row.next_attempt_at_us)
    .bind(row.last_attempt_at_us)
    .bind(row.delivered_at_us)
    .bind(row.acknowledged_at_us)
    .bind(row.acknowledged_by.clone())
    .bind(row.created_at_us)
    .bind(row.message.subject.clone())
    .bind(row.message.body.clone())
    .bind(row.message.html_body.clone())
    .bind(row.message.data.clone())
    .bind(row.message.priority.clone())
    .bind(row.read_at_us)
    .bind(json(&row.recipients)?)
    .execute(executor)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// Stores a delivery's state and attempts; whether it exists.
pub async fn save<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &DeliveryRow,
) -> Result<bool> {
    let saved = sqlx::query(
        "UPDATE notification_deliveries SET status = $3, attempts = $4, status_code = $5,
             error = $6, history = $7, next_attempt_at_us = $8, last_attempt_at_us = $9,
             delivered_at_us = $10, acknowledged_at_us = $11, acknowledged_by = $12
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(row.organization_id.clone())
    .bind(row.id.clone())
    .bind(row.status.name())
    .bind(i64::from(row.attempts))
    .bind(i64::from(row.status_code))
    .bind(row.error.clone())
    .bind(json(&row.history)?)
    .bind(row.next_attempt_at_us)
    .bind(row.last_attempt_at_us)
    .bind(row.delivered_at_us)
    .bind(row.acknowledged_at_us)
    .bind(row.acknowledged_by.clone())
    .execute(executor)
    .await?;
    Ok(saved.rows_affected() == 1)
}

/// Records attempts' outcomes — each delivery's state, attempts, answer and
/// next try — in one statement for all of `rows` (they travel as one bulk
/// parameter): on PostgreSQL a statement per delivery is a round trip
/// each, and those bounded the courier.
pub async fn save_attempts<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    backend: Backend,
    rows: &[&DeliveryRow],
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let mut marks = Placeholders::new(backend);
    let source = Bulk::new(backend).rows(
        &mut marks,
        &[
            ("organization_id", Column::Text),
            ("id", Column::Text),
            ("status", Column::Text),
            ("attempts", Column::Integer),
            ("status_code", Column::Integer),
            ("error", Column::Text),
            ("history", Column::Text),
            ("next_attempt_at_us", Column::NullableInteger),
            ("last_attempt_at_us", Column::NullableInteger),
            ("delivered_at_us", Column::NullableInteger),
        ],
    );
    let mut batch = BulkRows::new(backend);
    for row in rows {
        batch
            .row()
            .text(&row.organization_id)
            .text(&row.id)
            .text(row.status.name())
            .integer(i64::from(row.attempts))
            .integer(i64::from(row.status_code))
            .text(&row.error)
            .text(&json(&row.history)?)
            .nullable_integer(row.next_attempt_at_us)
            .nullable_integer(row.last_attempt_at_us)
            .nullable_integer(row.delivered_at_us);
    }
    let among = Bulk::new(backend).among("d.id", &source, "id");
    // Only fixed column names are formatted into the text; the rows are bound.
    let sql = format!(
        "UPDATE notification_deliveries AS d SET status = v.status, attempts = v.attempts,
             status_code = v.status_code, error = v.error, history = v.history,
             next_attempt_at_us = v.next_attempt_at_us,
             last_attempt_at_us = v.last_attempt_at_us, delivered_at_us = v.delivered_at_us
         FROM ({source}) AS v
         WHERE d.organization_id = v.organization_id AND d.id = v.id AND {among}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(batch.finish())
        .execute(executor)
        .await?;
    Ok(())
}

/// The organisation's delivery `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<DeliveryRow>> {
    super::one(TABLE, db, organization_id, id, Stored::read).await
}

/// What a list of deliveries keeps (empty values: any).
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Notification.
    pub notification_id: String,
    /// State.
    pub status: Option<Status>,
    /// Channel.
    pub channel_id: String,
    /// Event type.
    pub event_type: String,
    /// Event.
    pub event_id: String,
    /// Created at or after, µs.
    pub since_us: Option<i64>,
    /// Created before, µs.
    pub until_us: Option<i64>,
}

/// A page of the organisation's deliveries, newest first, without their
/// messages and recipients (read as empty: the `Delivery` message has neither).
/// Each filter given is a condition of its own (an empty one is none), so
/// that a notification's or an event's deliveries are read along their index
/// (migration 15) instead of walking the organisation's deliveries by time
/// until a page of them turns up.
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &Filters,
    page: Page,
) -> Result<Vec<DeliveryRow>> {
    let statement = Filtered::new(concat!(
        "SELECT ",
        listed!(),
        " FROM notification_deliveries"
    ))
    .bound("organization_id = ?", organization_id)
    .given("notification_id = ?", &filters.notification_id)
    .given(
        "status = ?",
        filters.status.map(Status::name).unwrap_or_default(),
    )
    .given("channel_id = ?", &filters.channel_id)
    .given("event_type = ?", &filters.event_type)
    .given("event_id = ?", &filters.event_id)
    .window("created_at_us", filters.since_us, filters.until_us);
    page_of(db, statement, page).await
}

/// Deliveries whose attempt is due (pending, or retrying with the time
/// come) to channels that are switched on and active, oldest first.
/// PostgreSQL takes each active channel's first `limit` from its index
/// (migration 11), so a look costs the look, not the backlog; SQLite's
/// planner walks its index of waiting deliveries in order by itself.
pub async fn due(db: &Database, now_us: i64, limit: i64) -> Result<Vec<DeliveryRow>> {
    let sql = match db.backend() {
        Backend::Postgres => {
            "SELECT d.* FROM notification_channels c
             CROSS JOIN LATERAL (
                 SELECT * FROM notification_deliveries w
                 WHERE w.channel_id = c.id AND w.status IN ('pending', 'retrying')
                   AND w.next_attempt_at_us <= $1
                 ORDER BY w.next_attempt_at_us, w.id LIMIT $2) AS d
             WHERE c.enabled = 1 AND c.state = 'active'
             ORDER BY d.next_attempt_at_us, d.id LIMIT $2"
        }
        Backend::Sqlite => {
            "SELECT d.* FROM notification_deliveries d
             JOIN notification_channels c ON c.id = d.channel_id
             WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at_us <= $1
               AND c.enabled = 1 AND c.state = 'active'
             ORDER BY d.next_attempt_at_us, d.id LIMIT $2"
        }
    };
    let query = sqlx::query(sql).bind(now_us).bind(limit);
    db.rows(query, Stored::read).await
}

/// The soonest time a pending or retrying delivery to an active channel is
/// due, µs (on PostgreSQL each channel's first from its index, as [`due`]
/// reads them).
pub async fn next_due(db: &Database) -> Result<Option<i64>> {
    let sql = match db.backend() {
        Backend::Postgres => {
            "SELECT MIN((SELECT MIN(d.next_attempt_at_us) FROM notification_deliveries d
                         WHERE d.channel_id = c.id AND d.status IN ('pending', 'retrying')))
             FROM notification_channels c WHERE c.enabled = 1 AND c.state = 'active'"
        }
        Backend::Sqlite => {
            "SELECT MIN(d.next_attempt_at_us) FROM notification_deliveries d
             JOIN notification_channels c ON c.id = d.channel_id
             WHERE d.status IN ('pending', 'retrying') AND c.enabled = 1 AND c.state = 'active'"
        }
    };
    Ok(sqlx::query_scalar(sql).fetch_one(db.pool()).await?)
}

/// Takes deliveries `ids` for an attempt (`sending`) in one statement; the
/// ids this process took (another may have taken some).
pub async fn claim<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    backend: Backend,
    ids: &[String],
    now_us: i64,
) -> Result<Vec<String>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut marks = Placeholders::new(backend);
    let now = marks.mark();
    let listed: Vec<String> = ids.iter().map(|_| marks.mark()).collect();
    let sql = format!(
        "UPDATE notification_deliveries SET status = 'sending', last_attempt_at_us = {now}
         WHERE id IN ({}) AND status IN ('pending', 'retrying') RETURNING id",
        listed.join(", ")
    );
    // Only placeholders are formatted into the text; every value is bound.
    let mut query = sqlx::query_scalar::<_, String>(sqlx::AssertSqlSafe(sql)).bind(now_us);
    for id in ids {
        query = query.bind(id.clone());
    }
    Ok(query.fetch_all(executor).await?)
}

/// Deliveries taken (`sending`) before `taken_before_us` — their lease
/// ran out, so the process that took them stopped: tried again now (with
/// the same idempotency key); how many.
pub async fn requeue_sending<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    now_us: i64,
    taken_before_us: i64,
) -> Result<u64> {
    let requeued = sqlx::query(
        "UPDATE notification_deliveries SET status = 'retrying', next_attempt_at_us = $1
         WHERE status = 'sending' AND last_attempt_at_us < $2",
    )
    .bind(now_us)
    .bind(taken_before_us)
    .execute(executor)
    .await?;
    Ok(requeued.rows_affected())
}

/// Acknowledges delivered delivery `id` at `at_us` for `by`; `false` when
/// it is not delivered (any more: someone acknowledged it meanwhile).
pub async fn acknowledge<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    at_us: i64,
    by: &str,
) -> Result<bool> {
    let acknowledged = sqlx::query(
        "UPDATE notification_deliveries SET status = 'acknowledged', acknowledged_at_us = $3,
             acknowledged_by = $4
         WHERE organization_id = $1 AND id = $2 AND status = 'delivered'",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(at_us)
    .bind(by.to_owned())
    .execute(executor)
    .await?;
    Ok(acknowledged.rows_affected() == 1)
}

/// A page of `user_id`'s in-app items in the organisation, newest first
/// (`unread_only`: those not read yet), read along the index of the user's
/// items or of their unread ones (migration 13); without their HTML bodies,
/// data, recipients and attempts (read as empty: an `InboxItem` has none).
pub async fn inbox(
    db: &Database,
    organization_id: &str,
    user_id: &str,
    unread_only: bool,
    page: Page,
) -> Result<Vec<DeliveryRow>> {
    // Each names its index's condition as it is.
    let statement = Filtered::new(concat!(
        "SELECT ",
        inbox_columns!(),
        " FROM notification_deliveries"
    ))
    .bound("organization_id = ?", organization_id)
    .bound("user_id = ?", user_id)
    .condition("channel_type = 'in_app'");
    let statement = match unread_only {
        true => statement.condition("read_at_us IS NULL"),
        false => statement,
    };
    page_of(db, statement, page).await
}

/// How many of `user_id`'s in-app items are unread: on SQLite the count its
/// triggers keep (migration 14), one row; on PostgreSQL the sum of the
/// user's changes (migration 16): one row, and the changes since
/// [`sum_unread_changes`] last ran.
pub async fn unread(db: &Database, organization_id: &str, user_id: &str) -> Result<i64> {
    let sql = match db.backend() {
        Backend::Sqlite => {
            "SELECT COALESCE((SELECT unread FROM notification_unread
                              WHERE organization_id = $1 AND user_id = $2), 0)"
        }
        Backend::Postgres => {
            "SELECT CAST(COALESCE(SUM(delta), 0) AS BIGINT) FROM notification_unread_changes
             WHERE organization_id = $1 AND user_id = $2"
        }
    };
    Ok(sqlx::query_scalar(sql)
        .bind(organization_id.to_owned())
        .bind(user_id.to_owned())
        .fetch_one(db.pool())
        .await?)
}

/// Users whose pending unread changes one [`sum_unread_changes`] sums.
const SUMMED_USERS: i64 = 1_000;

/// On PostgreSQL, replaces the unread changes of up to 1,000
/// users that have pending ones (added by migration 16's trigger) with one
/// row each, their sum; how many rows that left. Changes added meanwhile are
/// left for the next time, and two processes summing at once each sum only
/// the rows they removed, so every user's total stays what it was (a total
/// of 0 keeps no row). Nothing on SQLite, which keeps a count (migration 14).
pub async fn sum_unread_changes(db: &Database) -> Result<u64> {
    if db.backend() != Backend::Postgres {
        return Ok(0);
    }
    let summed = sqlx::query(
        "WITH touched AS (
             SELECT DISTINCT organization_id, user_id FROM notification_unread_changes
             WHERE pending = 1 LIMIT $1),
         gone AS (
             DELETE FROM notification_unread_changes c USING touched t
             WHERE c.organization_id = t.organization_id AND c.user_id = t.user_id
             RETURNING c.organization_id, c.user_id, c.delta)
         INSERT INTO notification_unread_changes (organization_id, user_id, delta, pending)
         SELECT organization_id, user_id, SUM(delta), 0 FROM gone
         GROUP BY organization_id, user_id HAVING SUM(delta) <> 0",
    )
    .bind(SUMMED_USERS)
    .execute(db.writer())
    .await?;
    Ok(summed.rows_affected())
}

/// Whether `id` is one of `user_id`'s in-app items.
pub async fn is_inbox_item<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    user_id: &str,
    id: &str,
) -> Result<bool> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT id FROM notification_deliveries
         WHERE organization_id = $1 AND user_id = $2 AND id = $3 AND channel_type = 'in_app'",
    )
    .bind(organization_id.to_owned())
    .bind(user_id.to_owned())
    .bind(id.to_owned())
    .fetch_optional(executor)
    .await?;
    Ok(found.is_some())
}

/// Marks `user_id`'s in-app items read at `at_us` (`id`: that one; `None`:
/// every unread one); how many were unread.
pub async fn mark_read<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    user_id: &str,
    id: Option<&str>,
    at_us: i64,
) -> Result<u64> {
    // One statement each way, so PostgreSQL's plan for one item reads it by
    // key rather than walking the user's unread items; only constant SQL is
    // in the text.
    let one = if id.is_some() { " AND id = $4" } else { "" };
    let marked = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE notification_deliveries SET read_at_us = $3
         WHERE organization_id = $1 AND user_id = $2 AND channel_type = 'in_app'
           AND read_at_us IS NULL{one}"
    )))
    .bind(organization_id.to_owned())
    .bind(user_id.to_owned())
    .bind(at_us);
    let marked = match id {
        Some(id) => marked.bind(id.to_owned()),
        None => marked,
    }
    .execute(executor)
    .await?;
    Ok(marked.rows_affected())
}
