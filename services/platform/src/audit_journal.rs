//! Audit entries that must not be lost when the audit store cannot take them.
//!
//! The access layer holds a call's reply until its audit record is written.
//! When the store refuses the write — the database is full, unreachable, or
//! already closed because the server is stopping — the entry goes to a journal
//! file in the data directory (flushed to the disk before the reply is
//! released), and every start moves the journal's entries into the store
//! before the server takes calls. So an audit record is as durable as the
//! change it records.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::future::BoxFuture;

use crate::audit::{AuditEntry, AuditSink};
use crate::error::{Error, ErrorCode, Result};

/// Name of the journal file in the data directory.
pub const JOURNAL_FILE: &str = "audit-journal.jsonl";

/// The journal file: one JSON entry per line.
#[derive(Debug)]
pub struct AuditJournal {
    path: PathBuf,
    lock: tokio::sync::Mutex<()>,
}

fn unavailable(what: &str, path: &Path, error: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorCode::Unavailable,
        format!("{what} the audit journal {}: {error}", path.display()),
    )
}

impl AuditJournal {
    /// The journal in `data_dir`.
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(JOURNAL_FILE),
            lock: tokio::sync::Mutex::new(()),
        }
    }

    /// Appends `entry` and flushes it to the disk.
    pub async fn append(&self, entry: &AuditEntry) -> Result<()> {
        let mut line = serde_json::to_vec(entry).map_err(Error::internal)?;
        line.push(b'\n');
        let _guard = self.lock.lock().await;
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .map_err(|error| unavailable("cannot open", &path, error))?;
            file.write_all(&line)
                .and_then(|()| file.sync_data())
                .map_err(|error| unavailable("cannot write", &path, error))
        })
        .await
        .map_err(Error::internal)?
    }

    /// Moves every journaled entry into `sink`, oldest first; entries the sink
    /// still refuses stay. Returns how many were moved.
    pub async fn drain(&self, sink: &dyn AuditSink) -> Result<usize> {
        let _guard = self.lock.lock().await;
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(error) => return Err(unavailable("cannot read", &self.path, error)),
        };
        let mut kept = Vec::new();
        let mut moved = 0;
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            // A torn last line (a crash mid-write) was never acknowledged.
            let Ok(entry) = serde_json::from_str::<AuditEntry>(line) else {
                tracing::warn!(path = %self.path.display(), "skipping a torn audit journal line");
                continue;
            };
            if !kept.is_empty() {
                kept.push(line.to_owned());
                continue;
            }
            match sink.record(entry).await {
                Ok(()) => moved += 1,
                Err(error) => {
                    tracing::warn!(%error, "the audit store still refuses journaled entries");
                    kept.push(line.to_owned());
                }
            }
        }
        let rest = kept
            .iter()
            .map(|line| format!("{line}\n"))
            .collect::<String>();
        let temporary = self.path.with_extension("jsonl.tmp");
        std::fs::write(&temporary, rest)
            .and_then(|()| std::fs::rename(&temporary, &self.path))
            .map_err(|error| unavailable("cannot rewrite", &self.path, error))?;
        if kept.is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
        Ok(moved)
    }
}

/// An [`AuditSink`] whose entries fall back to the [`AuditJournal`] when the
/// store refuses them.
pub struct JournaledAudit {
    store: Arc<dyn AuditSink>,
    journal: Arc<AuditJournal>,
}

impl JournaledAudit {
    /// `store`, backed by `journal`.
    pub fn new(store: Arc<dyn AuditSink>, journal: Arc<AuditJournal>) -> Self {
        Self { store, journal }
    }

    /// Moves what the journal holds into the store (at start-up).
    pub async fn recover(&self) -> Result<usize> {
        self.journal.drain(self.store.as_ref()).await
    }
}

impl AuditSink for JournaledAudit {
    fn record(&self, entry: AuditEntry) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            let Err(error) = self.store.record(entry.clone()).await else {
                return Ok(());
            };
            self.journal.append(&entry).await.map_err(|journal_error| {
                tracing::error!(%error, %journal_error, action = %entry.action, actor = %entry.actor,
                    "audit record lost: neither the store nor the journal took it");
                journal_error
            })?;
            tracing::warn!(%error, action = %entry.action, actor = %entry.actor,
                "audit store unavailable: the record waits in the journal until the next start");
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A store that refuses while `down` and keeps what it takes.
    #[derive(Default)]
    struct Store {
        down: Mutex<bool>,
        kept: Mutex<Vec<AuditEntry>>,
    }

    impl AuditSink for Store {
        fn record(&self, entry: AuditEntry) -> BoxFuture<'_, Result<()>> {
            Box::pin(async move {
                if *self.down.lock().expect("lock") {
                    return Err(Error::new(ErrorCode::Unavailable, "database unavailable"));
                }
                self.kept.lock().expect("lock").push(entry);
                Ok(())
            })
        }
    }

    fn entry(action: &str) -> AuditEntry {
        AuditEntry {
            organization_id: "o".into(),
            actor: "u".into(),
            action: action.into(),
            resource: String::new(),
            result: "OK".into(),
            correlation_id: "c".into(),
            time_us: 1,
            change_digest: String::new(),
        }
    }

    #[tokio::test]
    async fn entries_the_store_refuses_wait_in_the_journal_and_arrive_in_order() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Arc::new(Store::default());
        let audit = JournaledAudit::new(store.clone(), Arc::new(AuditJournal::new(dir.path())));
        audit.record(entry("first")).await.expect("stored");
        *store.down.lock().expect("lock") = true;
        audit.record(entry("second")).await.expect("journaled");
        audit.record(entry("third")).await.expect("journaled");
        assert_eq!(audit.recover().await.expect("drain"), 0, "still down");
        assert!(dir.path().join(JOURNAL_FILE).exists());
        *store.down.lock().expect("lock") = false;
        assert_eq!(audit.recover().await.expect("drain"), 2);
        let actions: Vec<String> = store
            .kept
            .lock()
            .expect("lock")
            .iter()
            .map(|entry| entry.action.clone())
            .collect();
        assert_eq!(actions, ["first", "second", "third"]);
        assert!(!dir.path().join(JOURNAL_FILE).exists(), "emptied");
        assert_eq!(audit.recover().await.expect("drain"), 0);
    }
}
