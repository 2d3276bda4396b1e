//! Notifications in SQL: `notification_notifications`, one row per
//! notification, in every home. The row holds the notification's state
//! (first delivery, escalation, acknowledgement) and what its listing
//! filters on; its document (subject, body, context) too, unless
//! `in_documents` says the MongoDB collection holds it ([`super::mongo`]).
//! Its users and channels have a row each in `notification_addressees`,
//! which a trigger writes with it (see [`list`]).

use secureflow_platform::Result;
use secureflow_platform::bulk::{Bulk, BulkRows, Column};
use secureflow_platform::db::{Backend, Database, Owned, Placeholders};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Executor};

use super::{NotificationFilters, NotificationRow};
use crate::store::{json, parse};

/// The notifications table.
pub const TABLE: Owned = Owned("notification_notifications");

/// A row as read: the notification, with an empty document when
/// `in_documents` (it is in MongoDB).
#[derive(Debug, Clone)]
pub struct Read {
    /// The notification as its row holds it.
    pub notification: NotificationRow,
    /// Its subject, body and context are in the MongoDB collection.
    pub in_documents: bool,
}

/// Stores a notification; `in_documents`: without its subject, body and
/// context (the caller stages its document for MongoDB).
pub async fn insert<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &NotificationRow,
    in_documents: bool,
) -> Result<()> {
    let document = |value: &str| match in_documents {
        true => String::new(),
        false => value.to_owned(),
    };
    sqlx::query(
        "INSERT INTO notification_notifications (id, organization_id, event_id, event_type,
             rule_id, template_id, subject, body, priority, channel_ids, user_ids, team_ids,
             created_at_us, context, escalation_rule_id, escalation_level, escalate_after_us,
             first_delivered_at_us, escalate_at_us, in_documents)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
             $18, $19, $20)",
    )
    .bind(row.id.clone())
    .bind(row.organization_id.clone())
    .bind(row.event_id.clone())
    .bind(row.event_type.clone())
    .bind(row.rule_id.clone())
    .bind(row.template_id.clone())
    .bind(document(&row.subject))
    .bind(document(&row.body))
    .bind(row.priority.clone())
    .bind(json(&row.channel_ids)?)
    .bind(json(&row.user_ids)?)
    .bind(json(&row.team_ids)?)
    .bind(row.created_at_us)
    .bind(document(&row.context))
    .bind(row.escalation_rule_id.clone())
    .bind(i64::from(row.escalation_level))
    .bind(row.escalate_after_us)
    .bind(row.first_delivered_at_us)
    .bind(row.escalate_at_us)
    .bind(i64::from(in_documents))
    .execute(executor)
    .await?;
    Ok(())
}

/// The organisation's notification `id`.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Option<Read>> {
    crate::store::one(TABLE, db, organization_id, id, Stored::read).await
}

/// A page of the organisation's notifications, newest first. Filtered by a
/// user or a channel, they are read along that addressee's rows of
/// `notification_addressees` (kept by a trigger, see the notification
/// migrations), newest first: a page costs its own rows, however many
/// notifications the organisation holds and however few went to that
/// addressee. With both, the user's are read and the channel checked.
pub async fn list(
    db: &Database,
    organization_id: &str,
    filters: &NotificationFilters,
    page: Page,
) -> Result<Vec<Read>> {
    // The addressee whose rows are read, and a channel checked beside a user.
    let (addressee, also_channel) = match (filters.user_id.as_str(), filters.channel_id.as_str()) {
        ("", "") => (None, ""),
        ("", channel) => (Some(("a.kind = 'channel'", channel)), ""),
        (user, channel) => (Some(("a.kind = 'user'", user)), channel),
    };
    let (statement, time, order) = match addressee {
        None => (
            Filtered::new("SELECT * FROM notification_notifications n")
                .bound("n.organization_id = ?", organization_id),
            "n.created_at_us",
            "n.created_at_us DESC, n.id DESC",
        ),
        Some((kind, addressee_id)) => (
            Filtered::new(
                "SELECT n.* FROM notification_addressees a JOIN notification_notifications n
                     ON n.id = a.notification_id AND n.organization_id = a.organization_id",
            )
            .bound("a.organization_id = ?", organization_id)
            .condition(kind)
            .bound("a.addressee_id = ?", addressee_id),
            "a.created_at_us",
            "a.created_at_us DESC, a.notification_id DESC",
        ),
    };
    statement
        .given(
            "EXISTS (SELECT 1 FROM notification_addressees c
                 WHERE c.organization_id = n.organization_id AND c.kind = 'channel'
                   AND c.addressee_id = ? AND c.created_at_us = n.created_at_us
                   AND c.notification_id = n.id)",
            also_channel,
        )
        .given("n.event_type = ?", &filters.event_type)
        .window(time, filters.since_us, filters.until_us)
        .page_as::<Stored>(db, (order, "created_at_us DESC, id DESC"), page)
        .await
}

secureflow_platform::columns! {
    /// A notification's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => Read {
        id: String,
        organization_id: String,
        event_id: String,
        event_type: String,
        rule_id: String,
        template_id: String,
        subject: String,
        body: String,
        priority: String,
        channel_ids: String,
        user_ids: String,
        team_ids: String,
        created_at_us: i64,
        context: String,
        escalation_rule_id: String,
        escalation_level: i64,
        escalate_after_us: i64,
        first_delivered_at_us: Option<i64>,
        escalate_at_us: Option<i64>,
        acknowledged_at_us: Option<i64>,
        acknowledged_by: String,
        in_documents: i64,
    }
}

impl Stored {
    fn row(self) -> Result<Read> {
        let notification = NotificationRow {
            id: self.id,
            organization_id: self.organization_id,
            event_id: self.event_id,
            event_type: self.event_type,
            rule_id: self.rule_id,
            template_id: self.template_id,
            subject: self.subject,
            body: self.body,
            priority: self.priority,
            channel_ids: parse(&self.channel_ids)?,
            user_ids: parse(&self.user_ids)?,
            team_ids: parse(&self.team_ids)?,
            created_at_us: self.created_at_us,
            context: self.context,
            escalation_rule_id: self.escalation_rule_id,
            escalation_level: i32::try_from(self.escalation_level).unwrap_or(0),
            escalate_after_us: self.escalate_after_us,
            first_delivered_at_us: self.first_delivered_at_us,
            escalate_at_us: self.escalate_at_us,
            acknowledged_at_us: self.acknowledged_at_us,
            acknowledged_by: self.acknowledged_by,
        };
        Ok(Read {
            notification,
            in_documents: self.in_documents != 0,
        })
    }
}

/// Notifications whose next escalation level is due, soonest first.
pub async fn escalations_due(db: &Database, now_us: i64, limit: i64) -> Result<Vec<Read>> {
    let query = sqlx::query(
        "SELECT * FROM notification_notifications
         WHERE escalate_at_us <= $1 AND acknowledged_at_us IS NULL
         ORDER BY escalate_at_us, id LIMIT $2",
    )
    .bind(now_us)
    .bind(limit);
    db.rows(query, Stored::read).await
}

/// Records notifications' first deliveries, `(organization, notification,
/// at)`, in one statement: when one has an escalation rule and is not
/// acknowledged, its first level falls due after the level's delay. Later
/// deliveries change nothing.
pub async fn first_deliveries<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    backend: Backend,
    firsts: &[(String, String, i64)],
) -> Result<()> {
    if firsts.is_empty() {
        return Ok(());
    }
    let mut marks = Placeholders::new(backend);
    let source = Bulk::new(backend).rows(
        &mut marks,
        &[
            ("organization_id", Column::Text),
            ("id", Column::Text),
            ("at_us", Column::Integer),
        ],
    );
    let mut batch = BulkRows::new(backend);
    for (organization_id, id, at_us) in firsts {
        batch.row().text(organization_id).text(id).integer(*at_us);
    }
    let among = Bulk::new(backend).among("n.id", &source, "id");
    let sql = format!(
        "UPDATE notification_notifications AS n SET first_delivered_at_us = v.at_us,
             escalate_at_us = CASE WHEN n.escalation_rule_id <> ''
                 AND n.acknowledged_at_us IS NULL THEN v.at_us + n.escalate_after_us END
         FROM ({source}) AS v
         WHERE n.organization_id = v.organization_id AND n.id = v.id
           AND n.first_delivered_at_us IS NULL AND {among}"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(batch.finish())
        .execute(executor)
        .await?;
    Ok(())
}

/// The soonest time an escalation level falls due, µs (an acknowledged
/// notification has none: read from the index alone).
pub async fn next_escalation(db: &Database) -> Result<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT MIN(escalate_at_us) FROM notification_notifications")
            .fetch_one(db.pool())
            .await?,
    )
}

/// Moves notification `id` from escalation level `from` to `to`, the next
/// one due at `next_at_us` (`None`: no more); `false` when it is no longer
/// at `from` or was acknowledged (another process escalated it, or someone
/// acknowledged it meanwhile).
pub async fn escalated<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    from: i32,
    to: i32,
    next_at_us: Option<i64>,
) -> Result<bool> {
    let moved = sqlx::query(
        "UPDATE notification_notifications SET escalation_level = $4, escalate_at_us = $5
         WHERE organization_id = $1 AND id = $2 AND escalation_level = $3
           AND acknowledged_at_us IS NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(i64::from(from))
    .bind(i64::from(to))
    .bind(next_at_us)
    .execute(executor)
    .await?;
    Ok(moved.rows_affected() == 1)
}

/// Acknowledges notification `id` (its escalation stops); `false` when it
/// already was.
pub async fn acknowledge<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    organization_id: &str,
    id: &str,
    at_us: i64,
    by: &str,
) -> Result<bool> {
    let acknowledged = sqlx::query(
        "UPDATE notification_notifications SET acknowledged_at_us = $3, acknowledged_by = $4,
             escalate_at_us = NULL
         WHERE organization_id = $1 AND id = $2 AND acknowledged_at_us IS NULL",
    )
    .bind(organization_id.to_owned())
    .bind(id.to_owned())
    .bind(at_us)
    .bind(by.to_owned())
    .execute(executor)
    .await?;
    Ok(acknowledged.rows_affected() == 1)
}
