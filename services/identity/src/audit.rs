//! The append-only, hash-chained audit log. Each organisation has one chain:
//! record `n` stores the hash of record `n-1`, and its own hash covers all its
//! fields and that link, so changing, removing or reordering any record breaks
//! every hash after it. [`AuditLog::verify`] finds the first broken link.

use futures::future::BoxFuture;
use secureflow_platform::audit::{AuditEntry, AuditSink};
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;
use secureflow_platform::{ErrorCode, Result};
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::any::AnyRow;

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
}

/// The first link that does not check out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    /// Sequence of the first broken record.
    pub sequence: i64,
    /// Its id.
    pub record_id: String,
    /// Hash stored in it.
    pub stored_hash: String,
    /// Hash recomputed from its content.
    pub computed_hash: String,
    /// What is wrong.
    pub reason: &'static str,
}

/// The hash of a record: SHA-256 over a JSON array of every field and the link,
/// which is unambiguous whatever the fields contain.
pub fn record_hash(sequence: i64, entry: &AuditEntry, previous_hash: &str) -> String {
    let canonical = serde_json::json!([
        entry.organization_id,
        sequence,
        entry.actor,
        entry.action,
        entry.resource,
        entry.result,
        entry.correlation_id,
        entry.time_us,
        entry.change_digest,
        previous_hash,
    ]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

/// The audit log over the identity schema.
#[derive(Debug, Clone)]
pub struct AuditLog {
    db: Database,
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
    })
}

impl AuditLog {
    /// The log in `db`.
    pub fn new(db: Database) -> Self {
        Self { db }
    }

    /// Appends an entry to its organisation's chain.
    pub async fn append(&self, entry: &AuditEntry) -> Result<AuditRow> {
        // Concurrent appends race for the next sequence; the unique key lets one win.
        let mut attempts = 0;
        loop {
            attempts += 1;
            let last = sqlx::query(
                "SELECT sequence, hash FROM identity_audit_log WHERE organization_id = $1
                 ORDER BY sequence DESC LIMIT 1",
            )
            .bind(&entry.organization_id)
            .fetch_optional(self.db.pool())
            .await?;
            let (sequence, previous_hash) = match last {
                Some(row) => (
                    row.try_get::<i64, _>("sequence")? + 1,
                    row.try_get::<String, _>("hash")?,
                ),
                None => (1, String::new()),
            };
            let record = AuditRow {
                id: uuid::Uuid::now_v7().to_string(),
                sequence,
                hash: record_hash(sequence, entry, &previous_hash),
                entry: entry.clone(),
                previous_hash,
            };
            match self.insert(&record).await {
                Err(error) if error.code() == ErrorCode::AlreadyExists && attempts < 50 => continue,
                Err(error) => return Err(error),
                Ok(()) => return Ok(record),
            }
        }
    }

    async fn insert(&self, record: &AuditRow) -> Result<()> {
        let entry = &record.entry;
        sqlx::query(
            "INSERT INTO identity_audit_log (id, organization_id, sequence, actor, action, resource, result,
                 correlation_id, time_us, change_digest, previous_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
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
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// Records of an organisation in chain order from `from_sequence`, at most `limit`.
    pub async fn read(
        &self,
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
        .fetch_all(self.db.pool())
        .await?;
        rows.iter().map(row_to_record).collect()
    }

    /// A page of an organisation's records, newest first; fetches `limit + 1`.
    pub async fn list(
        &self,
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
        .fetch_all(self.db.pool())
        .await?;
        rows.iter().map(row_to_record).collect()
    }

    /// Walks the whole chain; returns how many records were checked and the first break.
    pub async fn verify(&self, organization_id: &str) -> Result<(i64, Option<ChainBreak>)> {
        let mut checked = 0;
        let mut expected_sequence = 1;
        let mut previous_hash = String::new();
        loop {
            let batch = self.read(organization_id, expected_sequence, 1000).await?;
            if batch.is_empty() {
                return Ok((checked, None));
            }
            for record in batch {
                checked += 1;
                let computed = record_hash(record.sequence, &record.entry, &record.previous_hash);
                let reason = if record.sequence != expected_sequence {
                    Some("sequence gap: a record is missing")
                } else if record.previous_hash != previous_hash {
                    Some("previous_hash mismatch: the record before was changed or removed")
                } else if computed != record.hash {
                    Some("hash mismatch: the record was changed")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    let broken = ChainBreak {
                        sequence: record.sequence,
                        record_id: record.id,
                        stored_hash: record.hash,
                        computed_hash: computed,
                        reason,
                    };
                    return Ok((checked, Some(broken)));
                }
                previous_hash = record.hash;
                expected_sequence += 1;
            }
        }
    }
}

impl AuditSink for AuditLog {
    fn record(&self, entry: AuditEntry) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move { self.append(&entry).await.map(drop) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> AuditEntry {
        AuditEntry {
            organization_id: "o".into(),
            actor: "u".into(),
            action: "a".into(),
            resource: "id=1".into(),
            result: "OK".into(),
            correlation_id: "c".into(),
            time_us: 1,
            change_digest: "d".into(),
        }
    }

    #[test]
    fn the_hash_covers_every_field_and_the_link() {
        let base = record_hash(1, &entry(), "");
        assert_eq!(base, record_hash(1, &entry(), ""));
        assert_ne!(base, record_hash(2, &entry(), ""));
        assert_ne!(base, record_hash(1, &entry(), "x"));
        assert_ne!(
            base,
            record_hash(
                1,
                &AuditEntry {
                    actor: "v".into(),
                    ..entry()
                },
                ""
            )
        );
        assert_ne!(
            base,
            record_hash(
                1,
                &AuditEntry {
                    result: "PERMISSION_DENIED".into(),
                    ..entry()
                },
                ""
            )
        );
        // Field boundaries matter: moving a character between fields changes the hash.
        let shifted = AuditEntry {
            actor: "ua".into(),
            action: String::new(),
            ..entry()
        };
        assert_ne!(base, record_hash(1, &shifted, ""));
    }
}
