//! The audit log in SQL: `identity_audit_log` (the records) and
//! `identity_audit_keys` (the installation's audit key, sealed).

use secureflow_platform::Result;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Row, Transaction};

use super::AuditRow;

secureflow_platform::columns! {
    /// A record's columns as read: from a row, or from a page read as one
    /// value ([`Filtered::page_as`]).
    struct Stored => AuditRow {
        id: String,
        sequence: i64,
        organization_id: String,
        actor: String,
        action: String,
        resource: String,
        result: String,
        correlation_id: String,
        time_us: i64,
        change_digest: String,
        previous_hash: String,
        hash: String,
        mac: Option<String>,
    }
}

impl Stored {
    fn row(self) -> Result<AuditRow> {
        Ok(AuditRow {
            id: self.id,
            sequence: self.sequence,
            entry: AuditEntry {
                organization_id: self.organization_id,
                actor: self.actor,
                action: self.action,
                resource: self.resource,
                result: self.result,
                correlation_id: self.correlation_id,
                time_us: self.time_us,
                change_digest: self.change_digest,
            },
            previous_hash: self.previous_hash,
            hash: self.hash,
            mac: self.mac.unwrap_or_default(),
        })
    }
}

/// The sealed audit key `id`, if created.
pub async fn sealed_key(db: &Database, id: &str) -> Result<Option<String>> {
    let row = sqlx::query("SELECT sealed_key FROM identity_audit_keys WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.map(|row| row.try_get("sealed_key")).transpose()?)
}

/// Stores the sealed audit key `id`; `false` when another process stored one first.
pub async fn insert_key(tx: &mut Transaction<'_, Any>, id: &str, sealed: &str) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO identity_audit_keys (id, sealed_key, created_at_us) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO NOTHING",
    )
    .bind(id)
    .bind(sealed)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// Replaces the sealed audit key `id` (re-wrapped under another secrets key).
pub async fn set_sealed_key(db: &Database, id: &str, sealed: &str) -> Result<()> {
    sqlx::query("UPDATE identity_audit_keys SET sealed_key = $2 WHERE id = $1")
        .bind(id)
        .bind(sealed)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Organisations with records not keyed yet.
pub(super) async fn organizations_with_unkeyed_records(db: &Database) -> Result<Vec<String>> {
    let organizations = sqlx::query_scalar(
        "SELECT DISTINCT organization_id FROM identity_audit_log WHERE mac IS NULL",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(organizations)
}

/// The organisation's records not keyed yet: (id, hash).
pub(super) async fn unkeyed_records(
    db: &Database,
    organization_id: &str,
) -> Result<Vec<(String, String)>> {
    let query = sqlx::query(
        "SELECT id, hash FROM identity_audit_log WHERE organization_id = $1 AND mac IS NULL",
    )
    .bind(organization_id);
    db.rows(query, |row| Ok((row.try_get("id")?, row.try_get("hash")?)))
        .await
}

/// Sets records' MACs ((id, MAC) pairs).
pub(super) async fn set_macs(
    tx: &mut Transaction<'_, Any>,
    macs: &[(String, String)],
) -> Result<()> {
    for (id, mac) in macs {
        sqlx::query("UPDATE identity_audit_log SET mac = $2 WHERE id = $1")
            .bind(id)
            .bind(mac)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// The head of the organisation's chain: its last sequence and hash.
pub(super) async fn head(db: &Database, organization_id: &str) -> Result<Option<(i64, String)>> {
    let last = sqlx::query(
        "SELECT sequence, hash FROM identity_audit_log WHERE organization_id = $1
         ORDER BY sequence DESC LIMIT 1",
    )
    .bind(organization_id)
    .fetch_optional(db.pool())
    .await?;
    last.map(|row| Ok((row.try_get("sequence")?, row.try_get("hash")?)))
        .transpose()
}

/// Appends records in one transaction (ALREADY_EXISTS, and none stored,
/// when another took one of their sequences first).
///
/// Rows go in ordered by (organisation, sequence): two writers racing for
/// places in two organisations' chains then wait for each other on the same
/// key in the same order and one of them loses with ALREADY_EXISTS, instead
/// of each holding the place the other waits for (a deadlock PostgreSQL
/// breaks by failing one of them).
pub(super) async fn insert_all(db: &Database, records: &[AuditRow]) -> Result<()> {
    let mut ordered: Vec<&AuditRow> = records.iter().collect();
    ordered.sort_by(|a, b| {
        (a.entry.organization_id.as_str(), a.sequence)
            .cmp(&(b.entry.organization_id.as_str(), b.sequence))
    });
    let mut tx = db.begin().await?;
    for record in ordered {
        insert(&mut tx, record).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Appends a record.
async fn insert(tx: &mut Transaction<'_, Any>, record: &AuditRow) -> Result<()> {
    let entry = &record.entry;
    sqlx::query(
            "INSERT INTO identity_audit_log (id, organization_id, sequence, actor, action, resource, result,
                 correlation_id, time_us, change_digest, previous_hash, hash, mac)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(&record.id)
        .bind(&entry.organization_id)
        .bind(record.sequence)
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(&entry.resource)
        .bind(&entry.result)
        .bind(&entry.correlation_id)
        .bind(entry.time_us)
        .bind(&entry.change_digest)
        .bind(&record.previous_hash)
        .bind(&record.hash)
        .bind(&record.mac)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Records of an organisation in chain order from `from_sequence`, at most `limit`.
pub(super) async fn read(
    db: &Database,
    organization_id: &str,
    from_sequence: i64,
    limit: i64,
) -> Result<Vec<AuditRow>> {
    let query = sqlx::query(
        "SELECT * FROM identity_audit_log WHERE organization_id = $1 AND sequence >= $2
         ORDER BY sequence LIMIT $3",
    )
    .bind(organization_id)
    .bind(from_sequence)
    .bind(limit);
    db.rows(query, Stored::read).await
}

/// A page of an organisation's records, newest first, by actor and action
/// prefix (empty: any; compared as text, so `_` and `%` are themselves);
/// fetches `limit + 1`.
pub(super) async fn list(
    db: &Database,
    organization_id: &str,
    actor: &str,
    action_prefix: &str,
    page: Page,
) -> Result<Vec<AuditRow>> {
    Filtered::new("SELECT * FROM identity_audit_log")
        .bound("organization_id = ?", organization_id)
        .given("actor = ?", actor)
        .given("substr(action, 1, length(?)) = ?", action_prefix)
        .page_as::<Stored>(db, ("sequence DESC", "sequence DESC"), page)
        .await
}
