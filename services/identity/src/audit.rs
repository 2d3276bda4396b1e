//! The append-only, hash-chained, keyed audit log. Each organisation has one
//! chain: record `n` stores the hash of record `n-1`, and its own hash covers
//! all its fields and that link, so changing, removing or reordering any record
//! breaks every hash after it. Each record also carries a MAC of its hash,
//! keyed by the installation's audit key (sealed at rest by the secrets
//! service), so someone who can edit the database but not read the key cannot
//! recompute a rewritten chain. The head of each chain (its last sequence and
//! hash, MACed) is written to a checkpoint file in the data directory after
//! every append, out of the database's reach, so deleting the newest records
//! is seen too. [`AuditLog::verify`] finds the first broken link.

use std::path::PathBuf;
use std::sync::Arc;

use futures::future::BoxFuture;
use hmac::{KeyInit, Mac};
use secureflow_platform::audit::{AuditEntry, AuditSink};
use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, ErrorCode, Result};
use sha2::{Digest, Sha256};

use crate::store;

type HmacSha256 = hmac::Hmac<Sha256>;

/// Id of the installation's audit key row.
const AUDIT_KEY_ID: &str = "chain";

/// The context the audit key is sealed under.
pub fn audit_key_context() -> String {
    format!("identity_audit_keys.sealed_key:{AUDIT_KEY_ID}")
}

/// Folder of the chains' checkpoints, in the data directory.
pub const CHECKPOINT_DIR: &str = "audit-checkpoints";

pub use crate::store::audit::{AuditRecords, AuditRow};

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

/// The MAC of `text` under `key`, hex.
fn mac_of(key: &[u8], text: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(text.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// What a checkpoint says of a chain: its last sequence and hash, MACed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checkpoint {
    /// Organisation.
    pub organization_id: String,
    /// Last sequence when written.
    pub sequence: i64,
    /// That record's hash.
    pub hash: String,
    /// MAC over the three, under the audit key.
    pub mac: String,
}

impl Checkpoint {
    fn signed_text(organization_id: &str, sequence: i64, hash: &str) -> String {
        format!("checkpoint|{organization_id}|{sequence}|{hash}")
    }
}

/// The audit log over the identity schema.
#[derive(Debug, Clone)]
pub struct AuditLog {
    /// The identity database: the audit key.
    db: Database,
    /// Where the records live (the identity database, or MongoDB).
    records: AuditRecords,
    secrets: Arc<Secrets>,
    checkpoints: PathBuf,
    key: Arc<tokio::sync::OnceCell<Vec<u8>>>,
    /// Serialises checkpoint writes of this process.
    checkpoint_lock: Arc<tokio::sync::Mutex<()>>,
    /// Serialises this process's appends: concurrent appends would race for
    /// the next sequence and all but one retry, again and again under many
    /// concurrent calls (other processes still race, and retry).
    appending: Arc<tokio::sync::Mutex<()>>,
    /// Entries waiting to be appended: whoever holds `appending` next
    /// appends all of them in one transaction (group commit).
    pending: Arc<std::sync::Mutex<Vec<Pending>>>,
}

/// An entry waiting to be appended, and who waits for its record.
type Pending = (AuditEntry, tokio::sync::oneshot::Sender<Result<AuditRow>>);

/// Entries appended in one transaction, at most.
const GROUP: usize = 512;

impl AuditLog {
    /// The log in `db`, keyed by the audit key `secrets` opens, with its
    /// checkpoints under `data_dir`.
    pub fn new(db: Database, secrets: Arc<Secrets>, data_dir: &std::path::Path) -> Self {
        Self {
            records: AuditRecords::Sql(db.clone()),
            db,
            secrets,
            checkpoints: data_dir.join(CHECKPOINT_DIR),
            key: Arc::new(tokio::sync::OnceCell::new()),
            checkpoint_lock: Arc::new(tokio::sync::Mutex::new(())),
            appending: Arc::new(tokio::sync::Mutex::new(())),
            pending: Arc::default(),
        }
    }

    /// The log with its records kept in `records` (the key stays in the
    /// identity database).
    pub fn with_records(mut self, records: AuditRecords) -> Self {
        self.records = records;
        self
    }

    /// Prepares where the records live (MongoDB: the collection's indexes).
    pub async fn prepare(&self) -> Result<()> {
        self.records.prepare().await
    }

    async fn sealed_key(&self) -> Result<Option<String>> {
        store::audit::sealed_key(&self.db, AUDIT_KEY_ID).await
    }

    /// The audit key, opened once (and created on first use).
    async fn key(&self) -> Result<&[u8]> {
        let key = self
            .key
            .get_or_try_init(|| async {
                if self.sealed_key().await?.is_none() {
                    self.ensure_key().await?;
                }
                let sealed = self.sealed_key().await?.ok_or_else(|| {
                    Error::new(ErrorCode::Unavailable, "the audit key is not created yet")
                })?;
                self.secrets.open(&sealed, &audit_key_context())
            })
            .await?;
        Ok(key)
    }

    /// Creates the audit key on first start, and keys the records written
    /// before there was one (their hash chain is checked first: a chain broken
    /// already is not blessed). Later starts do nothing: a record without a MAC
    /// then is a forgery.
    pub async fn ensure_key(&self) -> Result<()> {
        if self.sealed_key().await?.is_some() {
            return Ok(());
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(Error::internal)?;
        let sealed = self.secrets.seal(&key, &audit_key_context())?;
        let organizations = self.records.organizations_with_unkeyed_records().await?;
        let mut tx = self.db.begin().await?;
        if !store::audit::insert_key(&mut tx, AUDIT_KEY_ID, &sealed).await? {
            // Another process created it first.
            return Ok(());
        }
        for organization_id in organizations {
            let (_, broken) = self.walk(&organization_id, None).await?;
            if let Some(broken) = broken {
                tracing::error!(organization = %organization_id, sequence = broken.sequence,
                    reason = broken.reason, "the audit chain was already broken; its records stay unkeyed");
                continue;
            }
            let macs: Vec<(String, String)> = self
                .records
                .unkeyed_records(&organization_id)
                .await?
                .into_iter()
                .map(|(id, hash)| {
                    let mac = mac_of(&key, &hash);
                    (id, mac)
                })
                .collect();
            self.records.set_macs(&mut tx, &macs).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Re-seals the audit key under the active secrets key; `false` when it
    /// could not be opened.
    pub async fn rewrap_key(&self) -> Result<bool> {
        let Some(sealed) = self.sealed_key().await? else {
            return Ok(true);
        };
        match self.secrets.rewrap(&sealed) {
            Ok(Some(rewrapped)) => {
                store::audit::set_sealed_key(&self.db, AUDIT_KEY_ID, &rewrapped).await?;
                Ok(true)
            }
            Ok(None) => Ok(true),
            Err(error) => {
                tracing::error!(%error, "cannot re-wrap the audit key");
                Ok(false)
            }
        }
    }

    fn checkpoint_path(&self, organization_id: &str) -> PathBuf {
        // Organisation ids are UUIDs; anything else is hashed into a safe name.
        let safe = organization_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
        let name = if safe {
            organization_id.to_owned()
        } else {
            hex::encode(Sha256::digest(organization_id.as_bytes()))
        };
        self.checkpoints.join(format!("{name}.json"))
    }

    /// The chain's checkpoint, if this installation wrote one.
    pub fn checkpoint(&self, organization_id: &str) -> Option<Checkpoint> {
        let text = std::fs::read_to_string(self.checkpoint_path(organization_id)).ok()?;
        serde_json::from_str(&text).ok()
    }

    /// Moves the chain's checkpoint to `record` (never backwards).
    async fn write_checkpoint(&self, record: &AuditRow) -> Result<()> {
        let key = self.key().await?.to_vec();
        let _guard = self.checkpoint_lock.lock().await;
        let organization_id = &record.entry.organization_id;
        if self
            .checkpoint(organization_id)
            .is_some_and(|known| known.sequence >= record.sequence)
        {
            return Ok(());
        }
        let checkpoint = Checkpoint {
            organization_id: organization_id.clone(),
            sequence: record.sequence,
            hash: record.hash.clone(),
            mac: mac_of(
                &key,
                &Checkpoint::signed_text(organization_id, record.sequence, &record.hash),
            ),
        };
        let path = self.checkpoint_path(organization_id);
        let text = serde_json::to_string(&checkpoint).map_err(Error::internal)?;
        let unavailable = |error: std::io::Error| {
            Error::new(
                ErrorCode::Unavailable,
                format!(
                    "cannot write the audit checkpoint {}: {error}",
                    path.display()
                ),
            )
        };
        std::fs::create_dir_all(&self.checkpoints).map_err(unavailable)?;
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, text)
            .and_then(|()| std::fs::rename(&temporary, &path))
            .map_err(unavailable)
    }

    /// Appends an entry to its organisation's chain. Entries appended at the
    /// same time are written together: the caller that gets the turn
    /// appends every entry waiting, in one transaction, and each caller
    /// gets its own record once it is stored.
    pub async fn append(&self, entry: &AuditEntry) -> Result<AuditRow> {
        let (sender, receiver) = tokio::sync::oneshot::channel();
        self.waiting().push((entry.clone(), sender));
        // In a task of its own: a caller that stops waiting must not cut
        // short the appends of the others it took. The turn appends batches
        // until its own entry's record is written (often by an earlier turn),
        // so batches stay large and no turn works on for others' later entries.
        let log = self.clone();
        let turn = tokio::spawn(async move {
            let mut receiver = receiver;
            let _in_order = log.appending.lock().await;
            loop {
                if let Ok(written) = receiver.try_recv() {
                    return written;
                }
                let batch: Vec<Pending> = {
                    let mut waiting = log.waiting();
                    let take = waiting.len().min(GROUP);
                    waiting.drain(..take).collect()
                };
                if batch.is_empty() {
                    // Answered under this lock already, or never will be.
                    return receiver
                        .await
                        .map_err(|_| Error::internal("the audit record was not written"))?;
                }
                log.append_group(batch).await;
            }
        });
        turn.await
            .map_err(|error| Error::internal(format!("appending audit records failed: {error}")))?
    }

    fn waiting(&self) -> std::sync::MutexGuard<'_, Vec<Pending>> {
        self.pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Appends `batch` in one transaction and answers each waiter.
    async fn append_group(&self, batch: Vec<Pending>) {
        let (entries, waiters): (Vec<AuditEntry>, Vec<_>) = batch.into_iter().unzip();
        match self.store_group(&entries).await {
            Ok(records) => {
                for (waiter, record) in waiters.into_iter().zip(records) {
                    let _ = waiter.send(Ok(record));
                }
            }
            Err(error) => {
                for waiter in waiters {
                    let _ = waiter.send(Err(Error::new(error.code(), error.to_string())));
                }
            }
        }
    }

    /// Chains `entries` after their organisations' heads and stores them in
    /// one transaction; appends of other processes race for the same
    /// sequences, and the unique key lets one win (the loser reads the heads
    /// again).
    async fn store_group(&self, entries: &[AuditEntry]) -> Result<Vec<AuditRow>> {
        let key = self.key().await?;
        let mut attempts = 0;
        loop {
            attempts += 1;
            let mut heads: std::collections::HashMap<String, (i64, String)> =
                std::collections::HashMap::new();
            let mut records = Vec::with_capacity(entries.len());
            for entry in entries {
                if !heads.contains_key(&entry.organization_id) {
                    let head = self
                        .records
                        .head(&entry.organization_id)
                        .await?
                        .unwrap_or((0, String::new()));
                    heads.insert(entry.organization_id.clone(), head);
                }
                let head = heads
                    .get_mut(&entry.organization_id)
                    .ok_or_else(|| Error::internal("audit head missing"))?;
                let sequence = head.0 + 1;
                let hash = record_hash(sequence, entry, &head.1);
                let record = AuditRow {
                    id: uuid::Uuid::now_v7().to_string(),
                    sequence,
                    mac: mac_of(key, &hash),
                    hash: hash.clone(),
                    entry: entry.clone(),
                    previous_hash: std::mem::replace(&mut head.1, hash),
                };
                head.0 = sequence;
                records.push(record);
            }
            match self.records.insert_all(&records).await {
                Err(error)
                    if matches!(error.code(), ErrorCode::AlreadyExists | ErrorCode::Aborted)
                        && attempts < 50 =>
                {
                    continue;
                }
                Err(error) => return Err(error),
                Ok(()) => {
                    // The last record of each organisation is its checkpoint.
                    let mut last: std::collections::HashMap<&str, &AuditRow> =
                        std::collections::HashMap::new();
                    for record in &records {
                        last.insert(record.entry.organization_id.as_str(), record);
                    }
                    for record in last.into_values() {
                        if let Err(error) = self.write_checkpoint(record).await {
                            // The record is stored; only the truncation check lags.
                            tracing::error!(%error, "audit checkpoint not written");
                        }
                    }
                    return Ok(records);
                }
            }
        }
    }

    /// Records of an organisation in chain order from `from_sequence`, at most `limit`.
    pub async fn read(
        &self,
        organization_id: &str,
        from_sequence: i64,
        limit: i64,
    ) -> Result<Vec<AuditRow>> {
        self.records
            .read(organization_id, from_sequence, limit)
            .await
    }

    /// A page of an organisation's records, newest first; fetches `limit + 1`.
    pub async fn list(
        &self,
        organization_id: &str,
        actor: &str,
        action_prefix: &str,
        page: Page,
    ) -> Result<Vec<AuditRow>> {
        self.records
            .list(organization_id, actor, action_prefix, page)
            .await
    }

    /// Walks the whole chain and holds it against its checkpoint; returns how
    /// many records were checked and the first break.
    pub async fn verify(&self, organization_id: &str) -> Result<(i64, Option<ChainBreak>)> {
        let key = self.key().await?.to_vec();
        let (checked, broken) = self.walk(organization_id, Some(&key)).await?;
        if broken.is_some() {
            return Ok((checked, broken));
        }
        let Some(checkpoint) = self.checkpoint(organization_id) else {
            return Ok((checked, None));
        };
        let signed =
            Checkpoint::signed_text(organization_id, checkpoint.sequence, &checkpoint.hash);
        let reason = if checkpoint.organization_id != organization_id
            || mac_of(&key, &signed) != checkpoint.mac
        {
            Some("checkpoint forged: its MAC does not match")
        } else if checked < checkpoint.sequence {
            Some("truncated: records the checkpoint saw are missing from the end of the chain")
        } else {
            let at = self.read(organization_id, checkpoint.sequence, 1).await?;
            match at.first() {
                Some(record) if record.hash == checkpoint.hash => None,
                _ => Some("rewritten: the record the checkpoint saw has changed"),
            }
        };
        Ok((
            checked,
            reason.map(|reason| ChainBreak {
                sequence: checkpoint.sequence.min(checked + 1),
                record_id: String::new(),
                stored_hash: String::new(),
                computed_hash: checkpoint.hash.clone(),
                reason,
            }),
        ))
    }

    /// Walks the chain checking sequence, links, hashes and (given the key) MACs.
    async fn walk(
        &self,
        organization_id: &str,
        key: Option<&[u8]>,
    ) -> Result<(i64, Option<ChainBreak>)> {
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
                } else if key.is_some_and(|key| record.mac != mac_of(key, &record.hash)) {
                    Some("MAC mismatch: the record was written or rewritten without the audit key")
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
