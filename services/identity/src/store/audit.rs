//! `identity_audit_log` (each organisation's hash chain of audit records) and
//! `identity_audit_keys` (the installation's audit key, sealed). The chain's
//! rules are [`crate::audit`]'s.

use secureflow_platform::Result;
use secureflow_platform::audit::AuditEntry;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// A stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    /// Id.
    pub id: String,
    /// Position in the organisation's chain, from 1.
    pub sequence: i64,
    /// The entry.
    pub entry: AuditEntry,
    /// Hash of the previous record ("" for the first).
    pub previous_hash: String,
    /// Hash of this record.
    pub hash: String,
    /// HMAC-SHA256 of `hash` under the audit key (empty in records written
    /// outside SecureFlow).
    pub mac: String,
}

fn row_to_record(row: &AnyRow) -> Result<AuditRow> {
    Ok(AuditRow {
        id: row.try_get("id")?,
        sequence: row.try_get("sequence")?,
        entry: AuditEntry {
            organization_id: row.try_get("organization_id")?,
            actor: row.try_get("actor")?,
            action: row.try_get("action")?,
            resource: row.try_get("resource")?,
            result: row.try_get("result")?,
            correlation_id: row.try_get("correlation_id")?,
            time_us: row.try_get("time_us")?,
            change_digest: row.try_get("change_digest")?,
        },
        previous_hash: row.try_get("previous_hash")?,
        hash: row.try_get("hash")?,
        mac: row.try_get::<Option<String>, _>("mac")?.unwrap_or_default(),
    })
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
pub async fn organizations_with_unkeyed_records(db: &Database) -> Result<Vec<String>> {
    let organizations = sqlx::query_scalar(
        "SELECT DISTINCT organization_id FROM identity_audit_log WHERE mac IS NULL",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(organizations)
}

/// The organisation's records not keyed yet: (id, hash).
pub async fn unkeyed_records(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
) -> Result<Vec<(String, String)>> {
    let rows = sqlx::query(
        "SELECT id, hash FROM identity_audit_log WHERE organization_id = $1 AND mac IS NULL",
    )
    .bind(organization_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("hash")?)))
        .collect()
}

/// Sets a record's MAC.
pub async fn set_mac(tx: &mut Transaction<'_, Any>, id: &str, mac: &str) -> Result<()> {
    sqlx::query("UPDATE identity_audit_log SET mac = $2 WHERE id = $1")
        .bind(id)
        .bind(mac)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The head of the organisation's chain: its last sequence and hash.
pub async fn head(db: &Database, organization_id: &str) -> Result<Option<(i64, String)>> {
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
pub async fn insert_all(db: &Database, records: &[AuditRow]) -> Result<()> {
    let mut tx = db.begin().await?;
    for record in records {
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
pub async fn read(
    db: &Database,
    organization_id: &str,
    from_sequence: i64,
    limit: i64,
) -> Result<Vec<AuditRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_audit_log WHERE organization_id = $1 AND sequence >= $2
         ORDER BY sequence LIMIT $3",
    )
    .bind(organization_id)
    .bind(from_sequence)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(row_to_record).collect()
}

/// A page of an organisation's records, newest first, by actor and action
/// prefix (empty: any); fetches `limit + 1`.
pub async fn list(
    db: &Database,
    organization_id: &str,
    actor: &str,
    action_prefix: &str,
    page: Page,
) -> Result<Vec<AuditRow>> {
    let rows = sqlx::query(
        "SELECT * FROM identity_audit_log WHERE organization_id = $1
           AND ($2 = '' OR actor = $2) AND ($3 = '' OR action LIKE $3 || '%')
         ORDER BY sequence DESC LIMIT $4 OFFSET $5",
    )
    .bind(organization_id)
    .bind(actor)
    .bind(action_prefix)
    .bind(page.limit + 1)
    .bind(page.offset)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(row_to_record).collect()
}
