//! Notifications' documents in MongoDB: the collection `notifications`, one
//! document per notification (`_id` the notification id), as it was created.
//! It is read by `_id` only (the rows in SQL are what is listed and what
//! falls due), so it needs no index of its own. New documents are staged in
//! the notification database first (see [`super`]).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use futures::TryStreamExt;
use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::documents::bson::doc;
use secureflow_platform::documents::{MongoCollection, staged};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use tokio::sync::mpsc;

use super::NotificationRow;
use super::sql::Read;

/// The collection's name (`documents.collections`).
pub const COLLECTION: &str = "notifications";

/// A notification as MongoDB keeps it: what was said, to whom, about what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationDocument {
    #[serde(rename = "_id")]
    id: String,
    organization_id: String,
    event_id: String,
    event_type: String,
    rule_id: String,
    template_id: String,
    subject: String,
    body: String,
    priority: String,
    channel_ids: Vec<String>,
    user_ids: Vec<String>,
    team_ids: Vec<String>,
    created_at_us: i64,
    /// What its templates were rendered with, as JSON text (read back whole
    /// to render an escalation).
    context: String,
}

impl From<&NotificationRow> for NotificationDocument {
    fn from(row: &NotificationRow) -> Self {
        Self {
            id: row.id.clone(),
            organization_id: row.organization_id.clone(),
            event_id: row.event_id.clone(),
            event_type: row.event_type.clone(),
            rule_id: row.rule_id.clone(),
            template_id: row.template_id.clone(),
            subject: row.subject.clone(),
            body: row.body.clone(),
            priority: row.priority.clone(),
            channel_ids: row.channel_ids.clone(),
            user_ids: row.user_ids.clone(),
            team_ids: row.team_ids.clone(),
            created_at_us: row.created_at_us,
            context: row.context.clone(),
        }
    }
}

/// The documents in MongoDB, and their stage in the notification database.
#[derive(Debug, Clone)]
pub struct MongoNotifications {
    db: Database,
    collection: MongoCollection<NotificationDocument>,
    /// The background forwarder's queue (started on first use).
    forwarder: Arc<OnceLock<mpsc::UnboundedSender<Vec<String>>>>,
}

impl MongoNotifications {
    /// The collection, staged through `db`.
    pub fn new(db: Database, collection: MongoCollection<NotificationDocument>) -> Self {
        Self {
            db,
            collection,
            forwarder: Arc::default(),
        }
    }

    /// The notification database (the rows, and the stage).
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// Stages a notification's document in the caller's transaction.
    pub async fn stage(
        &self,
        tx: &mut Transaction<'_, Any>,
        notification: &NotificationRow,
    ) -> Result<()> {
        let document = NotificationDocument::from(notification);
        staged::stage(
            tx,
            COLLECTION,
            &notification.organization_id,
            &notification.id,
            &document,
        )
        .await
    }

    /// Moves staged documents `ids` into MongoDB.
    pub async fn forward(&self, ids: &[String]) -> Result<()> {
        staged::forward_ids(&self.db, &self.collection, ids).await?;
        Ok(())
    }

    /// Hands staged documents `ids` to the background forwarder: one task
    /// that forwards whatever was handed to it since its last round, as one
    /// batch, so a busy router's commits do not each start a forward of
    /// their own. What it could not forward (MongoDB away) stays staged for
    /// the periodic [`MongoNotifications::forward_staged`].
    pub fn forward_later(&self, ids: Vec<String>) {
        let queue = self.forwarder.get_or_init(|| {
            let (queue, mut handed) = mpsc::unbounded_channel::<Vec<String>>();
            let (db, collection) = (self.db.clone(), self.collection.clone());
            tokio::spawn(async move {
                while let Some(mut ids) = handed.recv().await {
                    while let Ok(more) = handed.try_recv() {
                        ids.extend(more);
                    }
                    if let Err(error) = staged::forward_ids(&db, &collection, &ids).await {
                        tracing::warn!(%error, notifications = ids.len(),
                            "notification documents stay staged until MongoDB takes them");
                    }
                }
            });
            queue
        });
        // The forwarder ends only with the runtime.
        let _ = queue.send(ids);
    }

    /// Moves every staged document into MongoDB.
    pub async fn forward_staged(&self) -> Result<usize> {
        staged::forward_all(&self.db, &self.collection, "").await
    }

    /// `read` with the documents of those whose document is in MongoDB:
    /// MongoDB's, or the staged ones. A document neither place holds while
    /// MongoDB is away fails the read (UNAVAILABLE); one MongoDB does not
    /// have either is left empty (and logged).
    pub async fn whole(&self, read: Vec<Read>) -> Result<Vec<NotificationRow>> {
        let wanted: Vec<String> = read
            .iter()
            .filter(|read| read.in_documents)
            .map(|read| read.notification.id.clone())
            .collect();
        if wanted.is_empty() {
            return Ok(read.into_iter().map(|read| read.notification).collect());
        }
        let fetched = async {
            let filter = doc! { "_id": { "$in": wanted.clone() } };
            self.collection
                .inner()
                .find(filter)
                .await?
                .try_collect::<Vec<_>>()
                .await
        }
        .await;
        let (in_mongodb, unreachable) = match fetched {
            Ok(documents) => (documents, None),
            Err(error) => (Vec::new(), Some(error)),
        };
        let mut found: HashMap<String, NotificationDocument> = in_mongodb
            .into_iter()
            .map(|document| (document.id.clone(), document))
            .collect();
        // Those MongoDB does not have (yet): from the stage, in one read.
        let missing: Vec<String> = wanted
            .into_iter()
            .filter(|id| !found.contains_key(id))
            .collect();
        if !missing.is_empty() {
            let staged: Vec<NotificationDocument> =
                staged::staged_ids(&self.db, COLLECTION, &missing).await?;
            found.extend(
                staged
                    .into_iter()
                    .map(|document| (document.id.clone(), document)),
            );
            for id in missing.iter().filter(|id| !found.contains_key(*id)) {
                match &unreachable {
                    Some(error) => return Err(error.clone().into()),
                    None => tracing::error!(notification = %id,
                        "a notification's document is neither in MongoDB nor staged"),
                }
            }
        }
        Ok(read
            .into_iter()
            .map(|read| {
                let mut notification = read.notification;
                if let Some(document) = found
                    .remove(&notification.id)
                    .filter(|document| document.organization_id == notification.organization_id)
                {
                    notification.subject = document.subject;
                    notification.body = document.body;
                    notification.context = document.context;
                }
                notification
            })
            .collect())
    }
}
