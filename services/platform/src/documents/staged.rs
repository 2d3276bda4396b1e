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

use crate::bulk::{Bulk, BulkRows, Column};
use crate::db::{Database, Placeholders, now_micros};
use crate::documents::MongoCollection;
use crate::error::{Error, Result};

/// Staged documents read per round trip when forwarding.
const BATCH: i64 = 200;

/// Documents written to MongoDB at once when forwarding.
const CONCURRENT: usize = 16;

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
    for chunk in ids.chunks(usize::try_from(BATCH).unwrap_or(200)) {
        let rows = rows_of_ids(db, &name, chunk).await?;
        forwarded += forward_rows(db, collection, &name, &rows).await?;
    }
    Ok(forwarded)
}

/// The staged documents of `ids` in `collection` (those still staged, in no
/// particular order; the caller checks whose they are).
pub async fn staged_ids<T: DeserializeOwned>(
    db: &Database,
    collection: &str,
    ids: &[String],
) -> Result<Vec<T>> {
    let mut documents = Vec::new();
    for chunk in ids.chunks(usize::try_from(BATCH).unwrap_or(200)) {
        for row in rows_of_ids(db, collection, chunk).await? {
            documents.push(decode(&row.try_get::<Vec<u8>, _>("body")?)?);
        }
    }
    Ok(documents)
}

/// The staged rows (id, body, staged_at_us) of `ids` in `collection`.
async fn rows_of_ids(
    db: &Database,
    collection: &str,
    ids: &[String],
) -> Result<Vec<sqlx::any::AnyRow>> {
    let mut marks = Placeholders::new(db.backend());
    let of_collection = marks.mark();
    let listed = Bulk::new(db.backend()).texts(&mut marks);
    let sql = format!(
        "SELECT id, body, staged_at_us FROM document_staged
         WHERE collection = {of_collection} AND id IN ({listed})"
    );
    // Only placeholders are formatted into the text; every value is bound.
    Ok(sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(collection)
        .bind(serde_json::to_string(ids).map_err(Error::internal)?)
        .fetch_all(db.pool())
        .await?)
}

/// Forwards every staged document of `collection` (of one organisation when
/// `organization_id` is not empty), oldest first; how many were forwarded.
/// Stops at the first batch that MongoDB refuses; those not forwarded stay
/// staged.
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
        forwarded += forward_rows(db, collection, &name, &rows).await?;
        if rows.len() < usize::try_from(BATCH).unwrap_or(usize::MAX) {
            return Ok(forwarded);
        }
    }
}

/// Replaces (or inserts) staged documents in MongoDB, [`CONCURRENT`] at a
/// time, then removes their staged copies in one statement — each unless it
/// was staged again meanwhile; how many.
async fn forward_rows<T>(
    db: &Database,
    collection: &MongoCollection<T>,
    name: &str,
    rows: &[sqlx::any::AnyRow],
) -> Result<usize>
where
    T: Serialize + DeserializeOwned + Send + Sync,
{
    if rows.is_empty() {
        return Ok(0);
    }
    let mut forwarded = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get("id")?;
        let staged_at_us: i64 = row.try_get("staged_at_us")?;
        let document: T = decode(&row.try_get::<Vec<u8>, _>("body")?)?;
        forwarded.push((id, staged_at_us, document));
    }
    for writes in forwarded.chunks(CONCURRENT) {
        let writes: Vec<_> = writes
            .iter()
            .map(|(id, _, document)| {
                collection
                    .inner()
                    .replace_one(doc! { "_id": id }, document)
                    .upsert(true)
                    .into_future()
            })
            .collect();
        futures::future::try_join_all(writes).await?;
    }
    let backend = db.backend();
    let mut marks = Placeholders::new(backend);
    let of_collection = marks.mark();
    let source = Bulk::new(backend).rows(
        &mut marks,
        &[("id", Column::Text), ("staged_at_us", Column::Integer)],
    );
    let mut batch = BulkRows::new(backend);
    for (id, staged_at_us, _) in &forwarded {
        batch.row().text(id).integer(*staged_at_us);
    }
    // Only placeholders and fixed names are formatted into the text. A row
    // value list, so each is found by the key (a correlated EXISTS made
    // SQLite walk every staged row of the collection once per batch).
    let sql = format!(
        "DELETE FROM document_staged WHERE collection = {of_collection}
           AND (id, staged_at_us) IN (SELECT v.id, v.staged_at_us FROM ({source}) AS v)"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(name)
        .bind(batch.finish())
        .execute(db.writer())
        .await?;
    Ok(forwarded.len())
}

fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T> {
    mongodb::bson::deserialize_from_slice(body).map_err(Error::internal)
}
