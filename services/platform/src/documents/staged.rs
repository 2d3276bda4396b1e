//! Documents staged in SQL on their way to a MongoDB collection.
//!
//! A use case that changes SQL rows (and appends their events to the outbox)
//! and a MongoDB document together cannot commit both at once. So it stages
//! the document in its own SQL transaction instead ([`stage`]: the table
//! `document_staged` of the service's database, beside the event outbox), and
//! the document is kept exactly when the rows are. After the commit it
//! forwards the document to MongoDB ([`forward_ids`]).
//!
//! Forwarding replaces the document by its `_id` (inserting it when missing)
//! and only then removes the staged copy, so forwarding twice, or again after
//! a crash between the two steps, changes nothing more. What could not be
//! forwarded (MongoDB away) stays staged: the owning store reads it from there
//! meanwhile ([`staged`], [`staged_of`]) and forwards it on its next attempt
//! ([`forward_all`]: at every start and in the service's periodic work).
//!
//! A staged document is an insert or a whole replacement: it suits documents
//! written once (a scan's record) or replaced whole by one writer at a time.

use mongodb::bson::doc;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::{Any, Row, Transaction};

use crate::db::{Database, now_micros};
use crate::documents::MongoCollection;
use crate::error::{Error, Result};

/// Staged documents read per round trip when forwarding.
const BATCH: i64 = 200;

/// Stages `document` (with its `_id` equal to `id`) for the MongoDB
/// collection `collection`, in the caller's transaction; a document staged
/// before under the same id is replaced.
pub async fn stage<D: Serialize>(
    tx: &mut Transaction<'_, Any>,
    collection: &str,
    organization_id: &str,
    id: &str,
    document: &D,
) -> Result<()> {
    let body = mongodb::bson::serialize_to_vec(document).map_err(Error::internal)?;
    sqlx::query(
        "INSERT INTO document_staged (collection, id, organization_id, body, staged_at_us)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (collection, id) DO UPDATE SET organization_id = excluded.organization_id,
             body = excluded.body, staged_at_us = excluded.staged_at_us",
    )
    .bind(collection)
    .bind(id)
    .bind(organization_id)
    .bind(body)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A staged document of the organisation, by id (`None`: none staged).
pub async fn staged<T: DeserializeOwned>(
    db: &Database,
    collection: &str,
    organization_id: &str,
    id: &str,
) -> Result<Option<T>> {
    let body: Option<Vec<u8>> = sqlx::query_scalar(
        "SELECT body FROM document_staged WHERE collection = $1 AND organization_id = $2 AND id = $3",
    )
    .bind(collection)
    .bind(organization_id)
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    body.map(|body| decode(&body)).transpose()
}

/// Every staged document of the organisation, oldest first.
pub async fn staged_of<T: DeserializeOwned>(
    db: &Database,
    collection: &str,
    organization_id: &str,
) -> Result<Vec<T>> {
    let query = sqlx::query(
        "SELECT body FROM document_staged WHERE collection = $1 AND organization_id = $2
         ORDER BY staged_at_us, id",
    )
    .bind(collection)
    .bind(organization_id);
    db.rows(query, |row| decode(&row.try_get::<Vec<u8>, _>("body")?))
        .await
}

/// Forwards the staged documents of `ids` (those still staged) to
/// `collection`; how many were forwarded.
pub async fn forward_ids<T>(
    db: &Database,
    collection: &MongoCollection<T>,
    ids: &[String],
) -> Result<usize>
where
    T: Serialize + DeserializeOwned + Send + Sync,
{
    let name = collection.inner().name().to_owned();
    let mut forwarded = 0;
    for id in ids {
        let row = sqlx::query(
            "SELECT id, body, staged_at_us FROM document_staged WHERE collection = $1 AND id = $2",
        )
        .bind(&name)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
        if let Some(row) = row {
            forward_row(db, collection, &name, &row).await?;
            forwarded += 1;
        }
    }
    Ok(forwarded)
}

/// Forwards every staged document of `collection` (of one organisation when
/// `organization_id` is not empty), oldest first; how many were forwarded.
/// Stops at the first that MongoDB refuses; those not forwarded stay staged.
pub async fn forward_all<T>(
    db: &Database,
    collection: &MongoCollection<T>,
    organization_id: &str,
) -> Result<usize>
where
    T: Serialize + DeserializeOwned + Send + Sync,
{
    let name = collection.inner().name().to_owned();
    let mut forwarded = 0;
    loop {
        let rows = sqlx::query(
            "SELECT id, body, staged_at_us FROM document_staged
             WHERE collection = $1 AND ($2 = '' OR organization_id = $2)
             ORDER BY staged_at_us, id LIMIT $3",
        )
        .bind(&name)
        .bind(organization_id)
        .bind(BATCH)
        .fetch_all(db.pool())
        .await?;
        for row in &rows {
            forward_row(db, collection, &name, row).await?;
            forwarded += 1;
        }
        if rows.len() < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            return Ok(forwarded);
        }
    }
}

/// Replaces (or inserts) one staged document in MongoDB, then removes the
/// staged copy unless it was staged again meanwhile.
async fn forward_row<T>(
    db: &Database,
    collection: &MongoCollection<T>,
    name: &str,
    row: &sqlx::any::AnyRow,
) -> Result<()>
where
    T: Serialize + DeserializeOwned + Send + Sync,
{
    let id: String = row.try_get("id")?;
    let staged_at_us: i64 = row.try_get("staged_at_us")?;
    let document: T = decode(&row.try_get::<Vec<u8>, _>("body")?)?;
    collection
        .inner()
        .replace_one(doc! { "_id": &id }, &document)
        .upsert(true)
        .await?;
    sqlx::query(
        "DELETE FROM document_staged WHERE collection = $1 AND id = $2 AND staged_at_us = $3",
    )
    .bind(name)
    .bind(&id)
    .bind(staged_at_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T> {
    mongodb::bson::deserialize_from_slice(body).map_err(Error::internal)
}
