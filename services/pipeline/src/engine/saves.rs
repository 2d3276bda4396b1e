//! Executions' states written together. Every running execution changes its
//! stored state several times (a step starts, its process id is known, it
//! ends); a thousand executions running at once writing each change in a
//! transaction of its own queue their transactions behind each other on
//! the one writer, and the dispatcher's claims with them. Here every state
//! (and the events that go with a final one) waiting when a write begins is
//! written in that one transaction; each writer waits for its own.

use std::sync::{Arc, OnceLock};

use secureflow_platform::db::Database;
use secureflow_platform::events::{self as platform_events, EventLog};
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::Envelope;
use tokio::sync::{mpsc, oneshot};

use crate::store::executions::{self as store, ExecutionRow};

/// Most states in one transaction.
const BATCH: usize = 512;

/// One state to store, with the events that go with it, and who waits.
struct Save {
    row: ExecutionRow,
    envelopes: Vec<Envelope>,
    done: oneshot::Sender<std::result::Result<(), String>>,
}

/// The writer of executions' states (one a process; started on first use).
#[derive(Default)]
pub(super) struct Saves {
    queue: OnceLock<mpsc::UnboundedSender<Save>>,
}

impl Saves {
    /// Stores `row` with `envelopes` (appended to the outbox in the same
    /// transaction); returns once they are committed.
    pub(super) async fn store(
        &self,
        db: &Database,
        events: &EventLog,
        row: ExecutionRow,
        envelopes: Vec<Envelope>,
    ) -> Result<()> {
        let queue = self.queue.get_or_init(|| {
            let (sender, receiver) = mpsc::unbounded_channel();
            tokio::spawn(write_batches(db.clone(), events.clone(), receiver));
            sender
        });
        let (done, answer) = oneshot::channel();
        queue
            .send(Save {
                row,
                envelopes,
                done,
            })
            .map_err(|_| Error::internal("the executions' writer stopped"))?;
        answer
            .await
            .map_err(|_| Error::internal("the executions' writer stopped"))?
            .map_err(Error::internal)
    }
}

async fn write_batches(db: Database, events: EventLog, mut queue: mpsc::UnboundedReceiver<Save>) {
    let mut batch = Vec::with_capacity(BATCH);
    while queue.recv_many(&mut batch, BATCH).await > 0 {
        let (rows, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut batch)
            .into_iter()
            .map(|save| ((save.row, save.envelopes), save.done))
            .unzip();
        let published = rows.iter().any(|(_, envelopes)| !envelopes.is_empty());
        let rows = Arc::new(rows);
        let answers = match write(&db, rows.clone()).await {
            Ok(()) => vec![Ok(()); rows.len()],
            // One state that cannot be written does not hold back the
            // others: each is written alone, and only it fails.
            Err(error) if rows.len() == 1 => vec![Err(error.to_string())],
            Err(_) => {
                let mut answers = Vec::with_capacity(rows.len());
                for one in rows.iter() {
                    let written = write(&db, Arc::new(vec![one.clone()])).await;
                    answers.push(written.map_err(|error| error.to_string()));
                }
                answers
            }
        };
        if published && answers.iter().any(std::result::Result::is_ok) {
            events.notify_committed();
        }
        for (done, answer) in waiting.into_iter().zip(answers) {
            let _ = done.send(answer);
        }
    }
}

/// Writes `rows` and their events in one transaction.
async fn write(db: &Database, rows: Arc<Vec<(ExecutionRow, Vec<Envelope>)>>) -> Result<()> {
    let writer = db.clone();
    db.write(async move {
        let mut tx = writer.begin().await?;
        for (row, envelopes) in rows.iter() {
            store::save(&mut *tx, row).await?;
            platform_events::append_all(&mut tx, writer.backend(), envelopes).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
