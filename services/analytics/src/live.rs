//! Live event streams: the organisation's events as they commit, limited to
//! what the caller may read, optionally after a backlog or from a cursor.
//! A stream lasts only as long as what opened it: its credential is checked
//! again every [`RECHECK`], and the stream ends (cleanly: a client reconnects
//! with its current credential and resumes) once the credential no longer
//! authenticates — revoked, expired, its user deactivated — or now carries
//! other permissions.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use secureflow_platform::auth::{Authenticator, Caller};
use secureflow_platform::events::{self, EventLog, StoredEvent};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::Envelope;
use tokio::sync::mpsc;

use crate::domain::StreamSpec;

/// Events read from the log at a time.
const READ_BATCH: u32 = 200;

/// Events read to find a backlog's visible ones (a caller may not read
/// every type).
const BACKLOG_READ: u32 = 500;

/// Envelopes sent ahead of a slow reader before the stream waits for it.
const AHEAD: usize = 64;

/// How often a stream's credential is checked again.
pub const RECHECK: Duration = Duration::from_secs(5);

/// Opens live streams over the event log.
#[derive(Clone)]
pub struct LiveEvents {
    log: EventLog,
    authenticator: Arc<dyn Authenticator>,
}

impl std::fmt::Debug for LiveEvents {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("LiveEvents")
            .field("log", &self.log)
            .finish_non_exhaustive()
    }
}

/// One stream's items: events, or the error that ended it.
pub type Items = mpsc::Receiver<Result<Envelope>>;

impl LiveEvents {
    /// Streams over `log`, their credentials checked again by `authenticator`.
    pub fn new(log: EventLog, authenticator: Arc<dyn Authenticator>) -> Self {
        Self { log, authenticator }
    }

    /// Starts a stream for `caller`: checks where it starts (before any
    /// event is sent, so a wrong cursor is an error, not an empty stream),
    /// then follows the log until the reader goes away, the server stops or
    /// `credential` (what authenticated `caller`) no longer holds.
    pub async fn open(&self, caller: &Caller, credential: &str, spec: StreamSpec) -> Result<Items> {
        let organization = caller.organization_id.clone();
        let start = match &spec.after_event_id {
            Some(id) => self.log.seq_of(&organization, id).await?.ok_or_else(|| {
                Error::invalid_field(
                    "after_event_id",
                    format!("{id:?} is not an event of this organisation's log"),
                )
            })?,
            None => self.log.newest_seq().await?,
        };
        let reader = Reader {
            log: self.log.clone(),
            organization,
            permissions: caller.permissions.clone(),
            spec,
            authenticator: self.authenticator.clone(),
            credential: credential.to_owned(),
        };
        let backlog = reader.backlog(start).await?;
        let (sender, items) = mpsc::channel(AHEAD);
        tokio::spawn(reader.follow(start, backlog, sender));
        Ok(items)
    }
}

/// What one stream reads and may show.
struct Reader {
    log: EventLog,
    organization: String,
    permissions: BTreeSet<String>,
    spec: StreamSpec,
    authenticator: Arc<dyn Authenticator>,
    credential: String,
}

impl Reader {
    /// Whether the stream's credential still authenticates, in the same
    /// organisation, with the same permissions.
    async fn still_holds(&self) -> bool {
        match self.authenticator.authenticate(&self.credential).await {
            Ok(caller) => {
                caller.organization_id == self.organization
                    && caller.permissions == self.permissions
            }
            Err(error) => {
                tracing::debug!(%error, "a live event stream's credential no longer holds");
                false
            }
        }
    }

    /// The event as the reader gets it, or `None` when it may not read it.
    fn shown(&self, event: &StoredEvent) -> Option<Envelope> {
        let data = event.envelope.data.as_ref()?;
        if !self.permissions.contains(events::read_permission(data)) {
            return None;
        }
        let mut envelope = event.envelope.clone();
        if self.spec.omit_data {
            envelope.data = None;
        }
        Some(envelope)
    }

    /// The latest events up to `start` the reader may see, oldest first.
    async fn backlog(&self, start: i64) -> Result<Vec<Envelope>> {
        if self.spec.backlog == 0 {
            return Ok(Vec::new());
        }
        let latest = self
            .log
            .organization_latest(
                &self.organization,
                start,
                &self.spec.event_types,
                BACKLOG_READ,
            )
            .await?;
        let shown: Vec<Envelope> = latest
            .iter()
            .filter_map(|event| self.shown(event))
            .collect();
        let skip = shown.len().saturating_sub(self.spec.backlog as usize);
        Ok(shown.into_iter().skip(skip).collect())
    }

    /// Sends the backlog, then every event after `cursor` as it commits.
    async fn follow(
        self,
        mut cursor: i64,
        backlog: Vec<Envelope>,
        sender: mpsc::Sender<Result<Envelope>>,
    ) {
        for envelope in backlog {
            if sender.send(Ok(envelope)).await.is_err() {
                return;
            }
        }
        let mut closing = self.log.streams_closing();
        let mut recheck = tokio::time::Instant::now() + RECHECK;
        loop {
            if tokio::time::Instant::now() >= recheck {
                if !self.still_holds().await {
                    return;
                }
                recheck = tokio::time::Instant::now() + RECHECK;
            }
            // Armed before reading, so a commit during the read wakes the wait.
            let committed = self.log.committed();
            tokio::pin!(committed);
            committed.as_mut().enable();
            let batch = match self
                .log
                .organization_events(
                    &self.organization,
                    cursor,
                    &self.spec.event_types,
                    READ_BATCH,
                )
                .await
            {
                Ok(batch) => batch,
                Err(error) => {
                    tracing::warn!(%error, "a live event stream could not read the log");
                    let _ = sender.send(Err(error)).await;
                    return;
                }
            };
            for event in &batch {
                cursor = event.seq;
                if let Some(envelope) = self.shown(event)
                    && sender.send(Ok(envelope)).await.is_err()
                {
                    return;
                }
            }
            if batch.len() == READ_BATCH as usize {
                continue;
            }
            tokio::select! {
                () = &mut committed => {}
                () = tokio::time::sleep(self.log.poll_interval().min(RECHECK)) => {}
                () = sender.closed() => return,
                _ = closing.wait_for(|closing| *closing) => return,
            }
        }
    }
}
