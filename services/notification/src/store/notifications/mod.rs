//! Notifications: what was said about an event (or by someone), to whom, and
//! where its escalation stands.
//!
//! A notification is two things kept differently. Its **state** — when it was
//! first delivered, its escalation level and when the next one is due, its
//! acknowledgement — changes with its deliveries, in their transactions, and
//! the courier asks for what is due: it is always a row of
//! `notification_notifications` ([`sql`]). Its **document** — the subject,
//! the body and the context its templates were rendered with (the event's
//! data) — is written once: with `documents.collections = ["notifications"]`
//! it lives in the MongoDB collection `notifications` ([`mongo`]), and the
//! row keeps the rest (who and what it went to, for the listing's filters).
//!
//! [`Notifications`] is either home, and both pass one contract suite
//! (`tests/notification_records.rs`). A notification is written in the
//! routing's SQL transaction with its deliveries: in MongoDB's case its
//! document is staged there ([`secureflow_platform::documents::staged`]) and
//! forwarded after the commit, so it is kept exactly when they are; until
//! MongoDB took it (MongoDB away) it is read from the stage. Rows written
//! before the collection moved to MongoDB keep their document in the row and
//! are read from there.

pub mod mongo;
pub mod sql;

use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::documents::Documents;
use secureflow_platform::pagination::Page;
use sqlx::{Any, Transaction};

pub use sql::{TABLE, acknowledge, escalated, first_deliveries, next_escalation};

/// How often documents that stayed staged (MongoDB away) are offered to
/// MongoDB again.
pub const FORWARD_STAGED: std::time::Duration = std::time::Duration::from_secs(30);

/// A notification: its document and its state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NotificationRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Event that caused it, or empty.
    pub event_id: String,
    /// Its type.
    pub event_type: String,
    /// Rule that routed it, or empty.
    pub rule_id: String,
    /// Template used (empty: the shipped default, or none).
    pub template_id: String,
    /// Subject.
    pub subject: String,
    /// Text body.
    pub body: String,
    /// Priority (`low`, `normal`, `high`, `urgent`).
    pub priority: String,
    /// Channels it went to.
    pub channel_ids: Vec<String>,
    /// Users it went to.
    pub user_ids: Vec<String>,
    /// Teams it went to.
    pub team_ids: Vec<String>,
    /// Created, µs.
    pub created_at_us: i64,
    /// What its templates were rendered with (JSON), to render an
    /// escalation for other channels.
    pub context: String,
    /// The escalation rule that applies (empty: none).
    pub escalation_rule_id: String,
    /// The escalation level reached (0: none yet).
    pub escalation_level: i32,
    /// The first level's delay, µs (counted from the first delivery).
    pub escalate_after_us: i64,
    /// Its first delivery, µs.
    pub first_delivered_at_us: Option<i64>,
    /// When the next level is due, µs (`None`: not delivered yet,
    /// acknowledged, or past the last level).
    pub escalate_at_us: Option<i64>,
    /// Acknowledged, µs.
    pub acknowledged_at_us: Option<i64>,
    /// Who acknowledged it.
    pub acknowledged_by: String,
}

/// What a list of notifications keeps (empty values: any).
#[derive(Debug, Clone, Default)]
pub struct NotificationFilters {
    /// Sent to this user.
    pub user_id: String,
    /// Of this event type.
    pub event_type: String,
    /// Sent to this channel.
    pub channel_id: String,
    /// Created at or after, µs.
    pub since_us: Option<i64>,
    /// Created before, µs.
    pub until_us: Option<i64>,
}

fn ids<'a>(notifications: impl IntoIterator<Item = &'a NotificationRow>) -> Vec<String> {
    notifications
        .into_iter()
        .map(|notification| notification.id.clone())
        .collect()
}

/// Where the notifications' documents live.
#[derive(Debug, Clone)]
pub enum Notifications {
    /// In their rows of `notification_notifications`.
    Sql(Database),
    /// In the MongoDB collection `notifications` (staged in the notification
    /// database on the way).
    Mongo(mongo::MongoNotifications),
}

impl Notifications {
    /// The documents' home: MongoDB when `documents` holds the
    /// `notifications` collection, else their rows in `db`.
    pub fn new(db: &Database, documents: &Documents) -> Self {
        match documents.collection(mongo::COLLECTION) {
            Some(collection) => Self::Mongo(mongo::MongoNotifications::new(db.clone(), collection)),
            None => Self::Sql(db.clone()),
        }
    }

    fn db(&self) -> &Database {
        match self {
            Self::Sql(db) => db,
            Self::Mongo(mongo) => mongo.db(),
        }
    }

    /// Stores a new notification in the caller's transaction (MongoDB: its
    /// row, and its document staged; [`Notifications::forward_later`] after
    /// the commit).
    pub async fn insert(
        &self,
        tx: &mut Transaction<'_, Any>,
        notification: &NotificationRow,
    ) -> Result<()> {
        match self {
            Self::Sql(_) => sql::insert(&mut **tx, notification, false).await,
            Self::Mongo(mongo) => {
                sql::insert(&mut **tx, notification, true).await?;
                mongo.stage(tx, notification).await
            }
        }
    }

    /// After the commit: moves the staged documents of `notifications` into
    /// MongoDB. Best effort: a MongoDB that is away leaves them staged
    /// (readable, forwarded later).
    pub async fn forward<'a>(&self, notifications: impl IntoIterator<Item = &'a NotificationRow>) {
        if let Self::Mongo(mongo) = self {
            let ids = ids(notifications);
            if let Err(error) = mongo.forward(&ids).await {
                tracing::warn!(%error, notifications = ids.len(),
                    "notification documents stay staged until MongoDB takes them");
            }
        }
    }

    /// [`Notifications::forward`] in the background, so that routing and
    /// the courier do not wait for MongoDB (nor for it to be found away).
    pub fn forward_later<'a>(&self, notifications: impl IntoIterator<Item = &'a NotificationRow>) {
        if let Self::Mongo(mongo) = self {
            let ids = ids(notifications);
            if !ids.is_empty() {
                mongo.forward_later(ids);
            }
        }
    }

    /// Forwards what stayed staged (MongoDB); how many documents moved.
    pub async fn forward_staged(&self) -> Result<usize> {
        match self {
            Self::Sql(_) => Ok(0),
            Self::Mongo(mongo) => mongo.forward_staged().await,
        }
    }

    /// From the start on, every [`FORWARD_STAGED`]: forwards what an earlier
    /// run, or a MongoDB that was away, left staged — in a task of its own
    /// (MongoDB): neither the start nor the courier waits for MongoDB.
    pub fn keep_forwarding(&self) {
        if let Self::Mongo(_) = self {
            let notifications = self.clone();
            tokio::spawn(async move {
                loop {
                    match notifications.forward_staged().await {
                        Ok(0) => {}
                        Ok(forwarded) => tracing::info!(
                            forwarded,
                            "staged notification documents forwarded to MongoDB"
                        ),
                        Err(error) => tracing::warn!(%error,
                            "staged notification documents not forwarded to MongoDB yet"),
                    }
                    tokio::time::sleep(FORWARD_STAGED).await;
                }
            });
        }
    }

    /// The organisation's notification `id`, whole.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<Option<NotificationRow>> {
        let read = sql::get(self.db(), organization_id, id).await?;
        Ok(self.whole(read.into_iter().collect()).await?.pop())
    }

    /// A page of the organisation's notifications, newest first, whole;
    /// fetches `limit + 1`.
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &NotificationFilters,
        page: Page,
    ) -> Result<Vec<NotificationRow>> {
        let read = sql::list(self.db(), organization_id, filters, page).await?;
        self.whole(read).await
    }

    /// Notifications whose next escalation level is due, soonest first, whole.
    pub async fn escalations_due(&self, now_us: i64, limit: i64) -> Result<Vec<NotificationRow>> {
        let read = sql::escalations_due(self.db(), now_us, limit).await?;
        self.whole(read).await
    }

    /// Rows read with their documents (MongoDB: those whose document is
    /// there; in SQL each row holds its own).
    async fn whole(&self, read: Vec<sql::Read>) -> Result<Vec<NotificationRow>> {
        match self {
            Self::Sql(_) => Ok(read.into_iter().map(|read| read.notification).collect()),
            Self::Mongo(mongo) => mongo.whole(read).await,
        }
    }
}
