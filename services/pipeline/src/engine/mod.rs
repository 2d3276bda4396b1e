//! The execution engine: a bounded pool of workers fed from the queue of
//! executions in the database (oldest first, at most
//! `[pipeline].organization_limit` per organisation at once), the task that
//! runs each execution ([`runner`]), the processes of its steps
//! ([`process`]), its log ([`logs`]) and the live updates watchers follow.
//!
//! The queue is the `pipeline_executions` table: an execution is claimed
//! (`queued` → `running`) by one conditional update, so two processes never
//! run the same one. When the server starts, executions left `running` by a
//! process that stopped are finished as failed, "interrupted", with their
//! running steps marked so ([`Engine::recover`]); queued ones simply wait for
//! a worker.

pub mod artifacts;
pub mod checkout;
pub mod connectors;
pub mod github;
pub mod jenkins;
pub mod logs;
pub mod process;
mod runner;
mod saves;
pub mod sonarqube;
pub mod tools;
pub mod zap;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use secureflow_platform::Error;
use secureflow_platform::Result;
use secureflow_platform::auth::Authenticator;
use secureflow_platform::blobs::BlobStore;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self, EventContext, EventLog};
use secureflow_platform::mesh::Mesh;
use secureflow_platform::secrets::Secrets;
use tokio::sync::{Notify, broadcast, watch};

use crate::config::PipelineConfig;
use crate::domain::definition::Definition;
use crate::domain::run::{StageState, Status, StepState};
use crate::store::artifacts as artifact_store;
use crate::store::executions as store;
use crate::store::pipelines;

pub use process::Stop;

/// One change of a running execution, as watchers receive it.
#[derive(Debug, Clone)]
pub enum Update {
    /// A line of output (after it is in the log file).
    Line(Arc<logs::LogLine>),
    /// A stage's new state.
    Stage(Arc<StageState>),
    /// A step's new state, with its stage's name.
    Step(Arc<str>, Arc<StepState>),
    /// The execution reached its final state (stored).
    Finished,
}

/// Updates kept for a watcher that is behind; one further behind reads the
/// log file again.
const HUB_CAPACITY: usize = 4096;

/// How often the queue is looked at when nothing wakes the dispatcher (work
/// queued by another process).
const POLL: Duration = Duration::from_secs(1);

/// What stops a running execution.
#[derive(Debug)]
struct Control {
    /// The stages' stop signal.
    main: watch::Sender<Stop>,
    /// The `finally` stage's: set only by a cancel while it runs.
    finally: watch::Sender<Stop>,
    /// Why it was cancelled.
    reason: Mutex<String>,
    /// The execution as it runs (stored a moment later): what a watcher
    /// starts from.
    row: Arc<tokio::sync::Mutex<store::ExecutionRow>>,
}

#[derive(Debug, Default)]
struct Slots {
    running: HashMap<String, (String, Arc<Control>)>,
    per_organization: HashMap<String, usize>,
}

struct Inner {
    db: Database,
    events: EventLog,
    secrets: Arc<Secrets>,
    config: PipelineConfig,
    /// Issues the workload tokens scanner steps send their reports with.
    identity: Arc<dyn Authenticator>,
    /// The process's services (the security service, for reports).
    mesh: Arc<Mesh>,
    /// HTTP client of the API-driven connectors.
    http: reqwest::Client,
    /// Where artifacts are kept.
    blobs: BlobStore,
    wake: Notify,
    slots: Mutex<Slots>,
    hubs: Mutex<HashMap<String, broadcast::Sender<Update>>>,
    /// Definitions read, by pipeline and version (versions never change),
    /// the [`DEFINITIONS_KEPT`] most used of them.
    definitions: moka::sync::Cache<(String, i64), Arc<Definition>>,
    /// Executions' states, written together.
    saves: saves::Saves,
    started: AtomicBool,
}

/// Parsed definitions kept in memory, at most: the least used go first.
const DEFINITIONS_KEPT: u64 = 1024;

impl Inner {
    /// Version `version` of pipeline `pipeline_id`'s definition, parsed.
    async fn definition(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        version: i64,
    ) -> Result<Arc<Definition>> {
        if let Some(known) = self.definitions.get(&(pipeline_id.to_owned(), version)) {
            return Ok(known);
        }
        let text = pipelines::definition(&self.db, organization_id, pipeline_id, version)
            .await?
            .ok_or_else(|| {
                secureflow_platform::Error::internal(format!(
                    "version {version} of the definition is missing"
                ))
            })?;
        self.parsed(pipeline_id, version, &text)
    }

    /// `text`, version `version` of pipeline `pipeline_id`'s definition,
    /// parsed (once: kept for the executions that follow).
    fn parsed(&self, pipeline_id: &str, version: i64, text: &str) -> Result<Arc<Definition>> {
        let key = (pipeline_id.to_owned(), version);
        if let Some(known) = self.definitions.get(&key) {
            return Ok(known);
        }
        let definition = Arc::new(crate::domain::definition::parse(text).map_err(|invalid| {
            secureflow_platform::Error::internal(format!(
                "the stored definition no longer reads: {invalid}"
            ))
        })?);
        self.definitions.insert(key, definition.clone());
        Ok(definition)
    }
}

/// The other services the engine works with.
#[derive(Clone)]
pub struct Peers {
    /// Identity, for workload tokens.
    pub identity: Arc<dyn Authenticator>,
    /// The process's services.
    pub mesh: Arc<Mesh>,
    /// Where artifacts are kept.
    pub blobs: BlobStore,
}

/// The engine of one process (cheap to clone).
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Engine")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}

fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Engine {
    /// An engine over the service's database, event log and secrets; it
    /// runs nothing until [`Engine::start`].
    pub fn new(
        db: Database,
        events: EventLog,
        secrets: Arc<Secrets>,
        config: PipelineConfig,
        peers: Peers,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                db,
                events,
                secrets,
                config,
                identity: peers.identity,
                mesh: peers.mesh,
                http: connectors::client(),
                blobs: peers.blobs,
                wake: Notify::new(),
                slots: Mutex::new(Slots::default()),
                hubs: Mutex::new(HashMap::new()),
                definitions: moka::sync::Cache::new(DEFINITIONS_KEPT),
                saves: saves::Saves::default(),
                started: AtomicBool::new(false),
            }),
        }
    }

    /// Starts the dispatcher (once).
    pub fn start(&self) {
        if self.inner.started.swap(true, Ordering::SeqCst) {
            return;
        }
        let engine = self.clone();
        tokio::spawn(async move {
            loop {
                if let Err(error) = engine.dispatch().await {
                    tracing::warn!(%error, "starting queued executions failed");
                }
                tokio::select! {
                    () = engine.inner.wake.notified() => {}
                    () = tokio::time::sleep(POLL) => {}
                }
            }
        });
    }

    /// `text`, version `version` of pipeline `pipeline_id`'s definition,
    /// parsed; the engine keeps it for the executions it will run.
    pub fn definition(
        &self,
        pipeline_id: &str,
        version: i64,
        text: &str,
    ) -> Result<Arc<Definition>> {
        self.inner.parsed(pipeline_id, version, text)
    }

    /// Removes the artifacts that expired (rows, then content), a batch at
    /// a time; how many.
    pub async fn expire_artifacts(&self) -> Result<usize> {
        let mut removed = 0;
        loop {
            let expired = artifact_store::expired(&self.inner.db, now_micros(), 500).await?;
            if expired.is_empty() {
                return Ok(removed);
            }
            removed += expired.len();
            // One transaction a batch; then the content no record names any more.
            let db = self.inner.db.clone();
            let unnamed = self
                .inner
                .db
                .write(async move {
                    let mut tx = db.begin().await?;
                    let mut unnamed = Vec::new();
                    for row in expired {
                        let shared = artifact_store::forget(
                            &mut tx,
                            &row.execution_id,
                            &row.name,
                            &row.sha256,
                        )
                        .await?;
                        if !shared {
                            unnamed.push(row);
                        }
                    }
                    tx.commit().await?;
                    Ok(unnamed)
                })
                .await?;
            for row in &unnamed {
                artifacts::remove(&self.inner.blobs, row).await;
            }
        }
    }

    /// Tells the dispatcher there may be work.
    pub fn wake(&self) {
        self.inner.wake.notify_one();
    }

    /// Finishes the executions a stopped process left running: failed,
    /// "interrupted", their running steps and stages too; how many.
    pub async fn recover(&self) -> Result<usize> {
        let interrupted = store::running(&self.inner.db).await?;
        let count = interrupted.len();
        for row in interrupted {
            runner::interrupted(&self.inner, row).await?;
        }
        Ok(count)
    }

    /// Stops execution `id` if it runs in this process (`why`: cancel or
    /// time limit); whether it does. A second cancel while its `finally`
    /// stage runs stops that too.
    pub fn stop(&self, id: &str, why: Stop, reason: &str) -> bool {
        let control = locked(&self.inner.slots)
            .running
            .get(id)
            .map(|(_, control)| control.clone());
        let Some(control) = control else {
            return false;
        };
        let first = control.main.send_if_modified(|now| {
            let running = *now == Stop::Running;
            if running {
                *now = why;
            }
            running
        });
        if first {
            *locked(&control.reason) = reason.to_owned();
        } else {
            control.finally.send_replace(why);
        }
        true
    }

    /// Execution `id` as it is now, if it runs in this process (its stored
    /// state follows a moment later).
    pub async fn live(&self, id: &str) -> Option<store::ExecutionRow> {
        let control = locked(&self.inner.slots)
            .running
            .get(id)
            .map(|(_, control)| control.clone())?;
        let row = control.row.lock().await.clone();
        Some(row)
    }

    /// Follows execution `id`: every update from now on.
    pub fn subscribe(&self, id: &str) -> broadcast::Receiver<Update> {
        locked(&self.inner.hubs)
            .entry(id.to_owned())
            .or_insert_with(|| broadcast::channel(HUB_CAPACITY).0)
            .subscribe()
    }

    /// Tells execution `id`'s watchers it has finished, and forgets them.
    pub fn finished(&self, id: &str) {
        self.inner.finished(id);
    }

    /// Where execution `id`'s log is; `None` for ids not the server's own.
    pub fn log_path(&self, organization_id: &str, id: &str) -> Option<PathBuf> {
        logs::path_of(&self.inner.config.blob_root(), organization_id, id)
    }

    /// Where execution `id`'s log can be read here: the file its run wrote
    /// or, when this machine has none (another process ran it, or the disk
    /// was replaced) and the blob store is shared, a copy fetched from there
    /// (a log the blob store does not hold either reads as empty).
    pub async fn readable_log(&self, organization_id: &str, id: &str) -> Result<PathBuf> {
        let path = self
            .log_path(organization_id, id)
            .ok_or_else(|| Error::not_found("execution", id))?;
        let blobs = &self.inner.blobs;
        if blobs.is_local() || tokio::fs::try_exists(&path).await.unwrap_or(false) {
            return Ok(path);
        }
        let Some(key) = logs::key(organization_id, id) else {
            return Ok(path);
        };
        // A log the blob store does not hold either reads as empty.
        match blobs.download(&key, &path).await {
            Err(error) if error.code() != secureflow_platform::error::ErrorCode::NotFound => {
                Err(error)
            }
            _ => Ok(path),
        }
    }

    /// The content of execution `id`'s artifact with digest `sha256`, in
    /// chunks; `NOT_FOUND` when it is not kept.
    pub async fn artifact_content(
        &self,
        organization_id: &str,
        id: &str,
        sha256: &str,
    ) -> Result<impl futures::Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static + use<>>
    {
        let key = artifacts::key(organization_id, id, sha256)
            .ok_or_else(|| Error::not_found("artifact", sha256))?;
        self.inner.blobs.read(&key).await
    }

    /// Whether the blob store can be used (checked at start).
    pub fn blobs_ready(&self) -> Result<()> {
        self.inner.blobs.ready()
    }

    /// Removes execution `id`'s log (its pipeline was deleted), here and
    /// in a shared blob store.
    pub async fn forget_logs(&self, organization_id: &str, id: &str) {
        if let Some(path) = self.log_path(organization_id, id) {
            logs::remove(&path).await;
        }
        if !self.inner.blobs.is_local()
            && let Some(key) = logs::key(organization_id, id)
            && let Err(error) = self.inner.blobs.delete(&key).await
        {
            tracing::warn!(%error, execution = %id, "the execution's log stays in the blob store");
        }
    }

    /// Starts queued executions while workers are free.
    async fn dispatch(&self) -> Result<()> {
        let inner = &self.inner;
        let workers = inner.config.workers as usize;
        let per_organization = inner.config.organization_limit();
        loop {
            let free = workers.saturating_sub(locked(&inner.slots).running.len());
            if free == 0 {
                return Ok(());
            }
            let queued =
                store::queued(&inner.db, i64::try_from(free * 2 + 32).unwrap_or(64)).await?;
            if queued.is_empty() {
                return Ok(());
            }
            // Those that fit the free workers and the organisations' limits,
            // claimed together in one write (one at a time, the claims
            // queued behind the running executions' writes and made the
            // last of a burst wait).
            let mut chosen = Vec::new();
            {
                let slots = locked(&inner.slots);
                let mut planned: HashMap<String, usize> = HashMap::new();
                for row in queued {
                    let busy = slots
                        .per_organization
                        .get(&row.organization_id)
                        .copied()
                        .unwrap_or(0)
                        + planned.get(&row.organization_id).copied().unwrap_or(0);
                    if slots.running.len() + chosen.len() >= workers || busy >= per_organization {
                        continue;
                    }
                    *planned.entry(row.organization_id.clone()).or_insert(0) += 1;
                    chosen.push(row);
                }
            }
            if chosen.is_empty() {
                return Ok(());
            }
            // Claimed with their `pipeline.started`, in one transaction.
            let now = now_micros();
            let mut started_events = Vec::new();
            let mut named: HashMap<String, Option<runner::Named>> = HashMap::new();
            for row in &chosen {
                if !named.contains_key(&row.pipeline_id) {
                    let found =
                        pipelines::find(inner.db.pool(), &row.organization_id, &row.pipeline_id)
                            .await?
                            .map(|pipeline| runner::Named {
                                name: pipeline.name,
                                repository_id: pipeline.repository_id,
                            });
                    named.insert(row.pipeline_id.clone(), found);
                }
                // A deleted pipeline: its execution fails when it runs.
                if let Some(Some(pipeline)) = named.get(&row.pipeline_id) {
                    let mut running = row.clone();
                    running.status = Status::Running;
                    running.started_at_us = Some(now);
                    let context = EventContext::system(&row.organization_id);
                    let data =
                        crate::events::started(&running, &pipeline.name, &pipeline.repository_id);
                    started_events.push((
                        row.id.clone(),
                        crate::events::PUBLISHER.envelope(&context, row.id.clone(), data),
                    ));
                }
            }
            let (db, ids) = (
                inner.db.clone(),
                chosen.iter().map(|row| row.id.clone()).collect::<Vec<_>>(),
            );
            let claimed = inner
                .db
                .write(async move {
                    let mut tx = db.begin().await?;
                    let claimed = store::claim_all(&mut tx, &ids, now).await?;
                    let envelopes: Vec<_> = started_events
                        .into_iter()
                        .filter(|(id, _)| claimed.contains(id))
                        .map(|(_, envelope)| envelope)
                        .collect();
                    events::append_all(&mut tx, db.backend(), &envelopes).await?;
                    tx.commit().await?;
                    Ok(claimed)
                })
                .await?;
            inner.events.notify_committed();
            let mut started = 0;
            for mut row in chosen {
                if !claimed.contains(&row.id) {
                    continue;
                }
                row.status = Status::Running;
                row.started_at_us = Some(now);
                let (id, organization_id, pipeline_id) = (
                    row.id.clone(),
                    row.organization_id.clone(),
                    row.pipeline_id.clone(),
                );
                let control = Arc::new(Control {
                    main: watch::channel(Stop::Running).0,
                    finally: watch::channel(Stop::Running).0,
                    reason: Mutex::new(String::new()),
                    row: Arc::new(tokio::sync::Mutex::new(row)),
                });
                {
                    let mut slots = locked(&inner.slots);
                    slots
                        .running
                        .insert(id.clone(), (organization_id.clone(), control.clone()));
                    *slots.per_organization.entry(organization_id).or_insert(0) += 1;
                }
                let named_as = named.get(&pipeline_id).cloned().flatten();
                let engine = self.clone();
                tokio::spawn(async move {
                    runner::run(&engine.inner, named_as, &control).await;
                    engine.inner.release(&id);
                });
                started += 1;
            }
            if started == 0 {
                return Ok(());
            }
        }
    }
}

impl Inner {
    fn publish(&self, id: &str, update: Update) {
        if let Some(hub) = locked(&self.hubs).get(id) {
            let _ = hub.send(update);
        }
    }

    fn finished(&self, id: &str) {
        if let Some(hub) = locked(&self.hubs).remove(id) {
            let _ = hub.send(Update::Finished);
        }
    }

    /// Gives execution `id`'s worker back and wakes the dispatcher.
    fn release(&self, id: &str) {
        {
            let mut slots = locked(&self.slots);
            if let Some((organization_id, _)) = slots.running.remove(id)
                && let Some(busy) = slots.per_organization.get_mut(&organization_id)
            {
                *busy = busy.saturating_sub(1);
                if *busy == 0 {
                    slots.per_organization.remove(&organization_id);
                }
            }
        }
        self.wake.notify_one();
    }
}
