//! One execution, run: its definition version read, its secrets opened, a
//! work directory made, its stages run by their `needs` (those whose needs
//! are met at the same time), their steps in order or together, `finally`
//! last whatever happened, every change stored and sent to watchers, and
//! the outcome stored with its events in one transaction.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use futures::StreamExt;
use futures::stream::FuturesUnordered;
use secureflow_platform::db::now_micros;
use secureflow_platform::events::EventContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::Envelope;
use tokio::sync::{Mutex, Notify, mpsc, oneshot, watch};

use super::connectors::{self, Scope};
use super::logs::{self, Raw};
use super::process::{self, Ended, Output, Spawn, Stop};
use super::tools::{self, Extra};
use super::{Control, Inner, Update, locked};
use super::{artifacts, checkout};
use super::{github, jenkins, sonarqube, zap};
use crate::domain::connectors::{self as settings, Findings, describe, scan_plan};
use crate::domain::definition::{Action, Condition, Definition, Event, Outcome, Stage, Step, Tool};
use crate::domain::masking::Masker;
use crate::domain::run::{StageState, Status, StepState, stage_outcome};
use crate::domain::variables;
use crate::events;
use crate::store::artifacts::{self as artifact_store, ArtifactRow};
use crate::store::executions::ExecutionRow;
use crate::store::repositories::{self, KnownRepository};
use crate::store::{pipelines, secrets as secret_store};

/// Time limit of an execution whose definition sets none.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3600);

/// Lines waiting for the log writer before the steps' readers wait (and
/// with them, once the pipes fill, the steps).
const LOG_QUEUE: usize = 4096;

/// Environment variables of the server a step inherits (nothing else of the
/// server's environment reaches it).
const INHERITED: [&str; 6] = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER"];

/// Runs the control's execution (claimed: running) to its end. Never fails: what goes wrong
/// is recorded on the execution.
/// `named`: the pipeline's name and repository, as the dispatcher read them.
pub(super) async fn run(inner: &Arc<Inner>, named: Option<Named>, control: &Control) {
    let shared = control.row.clone();
    let id = shared.lock().await.id.clone();
    if let Err(error) = execute(inner, &shared, named, control).await {
        tracing::error!(%error, execution = %id, "an execution failed to run");
        let mut row = shared.lock().await;
        let now = now_micros();
        let reason = format!("the engine failed: {}", error.message());
        row.state.stop_all(Status::Failed, &reason, now);
        row.status = Status::Failed;
        row.failure_reason = reason;
        row.ended_at_us = Some(now);
        if let Err(error) = finish(inner, &row, "", "").await {
            tracing::error!(%error, execution = %id, "recording a failed execution failed");
        }
    }
    // Whatever happened, the work directory goes (unless kept for debugging).
    let work_dir = inner.config.work_root().join(&id);
    if !inner.config.keep_work_dirs
        && let Err(error) = tokio::fs::remove_dir_all(&work_dir).await
        && error.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(%error, dir = %work_dir.display(), "removing a work directory failed");
    }
    inner.finished(&id);
}

/// Records `row`, left running by a process that stopped, as failed.
pub(super) async fn interrupted(inner: &Inner, mut row: ExecutionRow) -> Result<()> {
    for pid in row.state.running_processes() {
        if process::kill_leftover(pid, &row.id) {
            tracing::warn!(execution = %row.id, pid, "killed the process group a stopped server left running");
        }
    }
    let now = now_micros();
    let reason = "interrupted: the server stopped while it ran";
    row.state.stop_all(Status::Failed, reason, now);
    row.status = Status::Failed;
    row.failure_reason = reason.to_owned();
    row.ended_at_us = Some(now);
    let pipeline = pipelines::find(inner.db.pool(), &row.organization_id, &row.pipeline_id).await?;
    let (name, repository_id) = pipeline
        .map(|p| (p.name, p.repository_id))
        .unwrap_or_default();
    finish(inner, &row, &name, &repository_id).await
}

/// Stores the final state of `row` with `pipeline.completed` (and
/// `pipeline.failed` when it failed or timed out), in one transaction.
async fn finish(inner: &Inner, row: &ExecutionRow, name: &str, repository_id: &str) -> Result<()> {
    let context = EventContext::system(&row.organization_id);
    let envelopes =
        events::PUBLISHER.envelopes(&context, events::finished(row, name, repository_id));
    store_with_events(inner, row, envelopes).await
}

/// Stores `row` with `envelopes` in one transaction (with the other
/// executions' states waiting to be written).
async fn store_with_events(
    inner: &Inner,
    row: &ExecutionRow,
    envelopes: Vec<Envelope>,
) -> Result<()> {
    inner
        .saves
        .store(&inner.db, &inner.events, row.clone(), envelopes)
        .await
}

/// How long the saver lets changes gather before it writes them.
const SETTLE: Duration = Duration::from_millis(10);

/// Writes an execution's state as it changes while it runs: changes only
/// mark it to be written, and one write takes every change made while the
/// one before it was under way (a step's start, its process id and its end
/// are often one write).
struct Saver {
    wake: Arc<Notify>,
    stop: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Saver {
    fn spawn(inner: &Arc<Inner>, row: &Arc<Mutex<ExecutionRow>>) -> Self {
        let wake = Arc::new(Notify::new());
        let stop = Arc::new(AtomicBool::new(false));
        let task = {
            let (inner, row, wake, stop) = (inner.clone(), row.clone(), wake.clone(), stop.clone());
            tokio::spawn(async move {
                let mut written_pids = Vec::new();
                loop {
                    wake.notified().await;
                    // Changes close together are written together (fewer
                    // writes while many executions run), but a new process
                    // id at once: a stopped server's successor kills what it
                    // finds recorded.
                    let pids = row.lock().await.state.running_processes();
                    if pids == written_pids && !stop.load(Ordering::SeqCst) {
                        tokio::time::sleep(SETTLE).await;
                    }
                    let snapshot = row.lock().await.clone();
                    written_pids = snapshot.state.running_processes();
                    let written = inner
                        .saves
                        .store(&inner.db, &inner.events, snapshot, Vec::new())
                        .await;
                    if let Err(error) = written {
                        tracing::warn!(%error, "storing an execution's state failed");
                    }
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                }
            })
        };
        Self { wake, stop, task }
    }

    /// Marks the state to be written.
    fn dirty(&self) {
        self.wake.notify_one();
    }

    /// Writes what is pending and stops (before the final state is stored,
    /// so no write of an older state follows it).
    async fn close(self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake.notify_one();
        let _ = self.task.await;
    }
}

/// What every step of the execution shares.
struct Run {
    /// The branch it runs on and what started it (for `when`).
    branch: String,
    event: Event,
    saver: Saver,
    inner: Arc<Inner>,
    row: Arc<Mutex<ExecutionRow>>,
    definition: Arc<Definition>,
    /// Variables, built-ins and run overrides (not yet stage or step env).
    values: BTreeMap<String, String>,
    secrets: BTreeMap<String, String>,
    work_dir: PathBuf,
    lines: mpsc::Sender<Raw>,
    /// Inherited part of every step's environment.
    base_env: BTreeMap<String, String>,
    /// What scanner steps' reports apply to.
    scope: Scope,
}

/// A pipeline's name and repository.
#[derive(Debug, Clone)]
pub(super) struct Named {
    /// Name.
    pub name: String,
    /// Repository (empty: none).
    pub repository_id: String,
}

async fn execute(
    inner: &Arc<Inner>,
    shared: &Arc<Mutex<ExecutionRow>>,
    named: Option<Named>,
    control: &Control,
) -> Result<()> {
    let row = shared.lock().await.clone();
    let pipeline = match named {
        Some(named) => named,
        None => pipelines::find(inner.db.pool(), &row.organization_id, &row.pipeline_id)
            .await?
            .map(|pipeline| Named {
                name: pipeline.name,
                repository_id: pipeline.repository_id,
            })
            .ok_or_else(|| Error::not_found("pipeline", &row.pipeline_id))?,
    };
    let definition = inner
        .definition(&row.organization_id, &row.pipeline_id, row.pipeline_version)
        .await?;
    let mut secrets = BTreeMap::new();
    // A definition that references no secret needs none opened.
    let sealed = match definition.secrets.is_empty() {
        true => Vec::new(),
        false => secret_store::sealed(&inner.db, &row.organization_id, &row.pipeline_id).await?,
    };
    for (name, sealed) in sealed {
        let value = inner.secrets.open(
            &sealed,
            &secret_store::seal_context(&row.pipeline_id, &name),
        )?;
        secrets.insert(name, String::from_utf8_lossy(&value).into_owned());
    }
    let masker = Masker::new(secrets.values().map(String::as_str));
    let work_dir = inner.config.work_root().join(&row.id);
    tokio::fs::create_dir_all(&work_dir)
        .await
        .map_err(|error| Error::internal(format!("making the work directory failed: {error}")))?;
    let log_path = logs::path_of(&inner.config.blob_root(), &row.organization_id, &row.id)
        .ok_or_else(|| Error::internal("execution id unfit for a path"))?;
    let log_key = logs::key(&row.organization_id, &row.id);
    let writer = logs::Writer::open(
        &log_path,
        masker,
        inner.config.max_log_line_bytes,
        row.log_lines,
    )
    .await?;
    let (lines, receiver) = mpsc::channel(LOG_QUEUE);
    let log_task = {
        let inner = inner.clone();
        let id = row.id.clone();
        tokio::spawn(logs::run_writer(writer, receiver, move |written| {
            for line in written {
                inner.publish(&id, Update::Line(Arc::new(line)));
            }
        }))
    };

    let mut values: BTreeMap<String, String> = definition.variables.clone();
    values.extend(row.variables.clone());
    for (name, value) in [
        ("SECUREFLOW_PIPELINE", pipeline.name.clone()),
        ("SECUREFLOW_EXECUTION_ID", row.id.clone()),
        ("SECUREFLOW_EXECUTION_NUMBER", row.number.to_string()),
        ("SECUREFLOW_BRANCH", row.branch.clone()),
        ("SECUREFLOW_COMMIT", row.commit_sha.clone()),
        ("SECUREFLOW_EVENT", row.trigger.name().to_owned()),
        ("SECUREFLOW_WORKDIR", work_dir.display().to_string()),
    ] {
        values.insert(name.to_owned(), value);
    }
    let base_env = process::inherited(&INHERITED);

    // Started: claimed by the dispatcher, with `pipeline.started`.
    let saver = Saver::spawn(inner, shared);

    let known = match pipeline.repository_id.as_str() {
        "" => None,
        id => repositories::find(&inner.db, &row.organization_id, id).await?,
    };
    let run = Arc::new(Run {
        branch: row.branch.clone(),
        event: row.trigger,
        saver,
        inner: inner.clone(),
        row: shared.clone(),
        definition,
        values,
        secrets,
        work_dir: work_dir.clone(),
        lines,
        base_env,
        scope: Scope {
            organization_id: row.organization_id.clone(),
            pipeline_id: row.pipeline_id.clone(),
            pipeline_name: pipeline.name.clone(),
            repository_id: pipeline.repository_id.clone(),
            repository_full_name: known
                .as_ref()
                .map(|repository| repository.full_name.clone())
                .unwrap_or_default(),
            branch: row.branch.clone(),
            commit_sha: row.commit_sha.clone(),
            execution_id: row.id.clone(),
            pull_request_number: row.pull_request_number,
        },
    });

    // The execution's own time limit stops what runs, as a cancel would.
    let limit = run.definition.timeout.unwrap_or(DEFAULT_TIMEOUT);
    let main = control.main.subscribe();
    let timer = {
        let stop = control.main.clone();
        tokio::spawn(async move {
            tokio::time::sleep(limit).await;
            stop.send_if_modified(|now| {
                let running = *now == Stop::Running;
                if running {
                    *now = Stop::Timeout;
                }
                running
            });
        })
    };
    let checked_out = match &known {
        Some(repository) => check_out(&run, repository, &row, main.clone())
            .await
            .map_err(|problem| format!("the checkout failed: {problem}")),
        None => Ok(()),
    };
    let prepared = match checked_out {
        Ok(()) => place_reused(&run, &row).await,
        failed => failed,
    };
    let main_failed = match &prepared {
        Ok(()) => run_stages(&run, main.clone()).await,
        Err(problem) => {
            for index in 0..run.definition.stages.len() {
                let reason = problem.clone();
                let reused = run
                    .row
                    .lock()
                    .await
                    .state
                    .stages
                    .get(index)
                    .is_some_and(|stage| stage.status.is_final());
                if reused {
                    continue;
                }
                change_stage(&run, index, |state, now| {
                    state.end_unrun(Status::Skipped, reason, "its stage did not run", now);
                })
                .await;
            }
            true
        }
    };
    timer.abort();
    let stopped = *main.borrow();
    let finally_failed = match run.definition.finally.clone() {
        Some(stage) => {
            let index = run.definition.stages.len();
            let failed_before = main_failed || stopped != Stop::Running;
            let status = run_stage(
                &run,
                index,
                &stage,
                failed_before,
                control.finally.subscribe(),
                true,
            )
            .await;
            status.is_failure()
        }
        None => false,
    };

    // The outcome.
    // Every step has ended: with the last sender gone the writer finishes.
    match Arc::try_unwrap(run) {
        Ok(run) => run.saver.close().await,
        Err(_) => tracing::error!("an execution's steps outlived it"),
    }
    let written = match tokio::time::timeout(Duration::from_secs(30), log_task).await {
        Ok(Ok(written)) => written,
        _ => shared.lock().await.log_lines,
    };
    // With a shared blob store the whole log goes there before the run is
    // recorded as ended, so any process can serve it (and it outlives this
    // machine's disk); the file here stays as this process's copy.
    if !inner.blobs.is_local()
        && let Some(key) = &log_key
        && let Err(error) = inner.blobs.put_file(key, &log_path).await
    {
        tracing::warn!(%error, "the execution's log is kept on this machine only");
    }
    let mut row = shared.lock().await;
    let now = now_micros();
    row.log_lines = written;
    row.ended_at_us = Some(now);
    let (status, reason) = match stopped {
        Stop::Cancel => {
            let reason = locked(&control.reason).clone();
            (
                Status::Cancelled,
                if reason.is_empty() {
                    "cancelled".to_owned()
                } else {
                    format!("cancelled: {reason}")
                },
            )
        }
        Stop::Timeout => (
            Status::TimedOut,
            format!(
                "ran past its time limit of {}",
                humantime::format_duration(limit)
            ),
        ),
        Stop::Running if prepared.is_err() => (
            Status::Failed,
            prepared.as_ref().err().cloned().unwrap_or_default(),
        ),
        Stop::Running => match row.state.failed_stage() {
            Some(stage) => (
                Status::Failed,
                format!("stage `{}` failed: {}", stage.name, stage.reason),
            ),
            None if finally_failed => (Status::Failed, "the `finally` stage failed".to_owned()),
            None => (Status::Succeeded, String::new()),
        },
    };
    row.state
        .stop_all(Status::Skipped, "the execution ended first", now);
    row.status = status;
    row.failure_reason = reason;
    finish(inner, &row, &pipeline.name, &pipeline.repository_id).await?;
    drop(row);
    Ok(())
}

/// Places the artifacts of the stages a re-run reuses (final when it
/// starts) in its work directory and records them as its own, reused.
async fn place_reused(run: &Run, row: &ExecutionRow) -> std::result::Result<(), String> {
    if row.rerun_of.is_empty() {
        return Ok(());
    }
    let reused: BTreeSet<String> = run
        .row
        .lock()
        .await
        .state
        .stages
        .iter()
        .filter(|stage| stage.status.is_final())
        .map(|stage| stage.name.clone())
        .collect();
    if reused.is_empty() {
        return Ok(());
    }
    let failed = |error: Error| format!("reading the reused stages' artifacts failed: {error}");
    let kept: Vec<ArtifactRow> =
        artifact_store::of_execution(&run.inner.db, &row.organization_id, &row.rerun_of)
            .await
            .map_err(failed)?
            .into_iter()
            .filter(|artifact| reused.contains(&artifact.stage))
            .collect();
    if kept.is_empty() {
        return Ok(());
    }
    let times = (now_micros(), expiry(run));
    let placed = artifacts::place(&run.inner.blobs, &run.work_dir, &row.id, &kept, times).await?;
    record_artifacts(&run.inner, placed).await.map_err(failed)
}

/// Records kept or placed artifacts.
async fn record_artifacts(inner: &Inner, rows: Vec<ArtifactRow>) -> Result<()> {
    let db = inner.db.clone();
    inner
        .db
        .write(async move {
            let mut tx = db.begin().await?;
            artifact_store::save(&mut tx, &rows).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
}

/// When artifacts kept now expire: after the definition's
/// `artifact_retention`, else the server's default.
fn expiry(run: &Run) -> i64 {
    let retention = run
        .definition
        .artifact_retention
        .unwrap_or(Duration::from_secs(
            u64::from(run.inner.config.artifact_retention_days) * 24 * 3600,
        ));
    now_micros().saturating_add(i64::try_from(retention.as_micros()).unwrap_or(i64::MAX))
}

/// Keeps the artifacts step `step` of stage `stage_name` declares (it
/// succeeded), their paths' references expanded.
async fn keep_artifacts(
    run: &Run,
    stage_name: &str,
    step: &Step,
    stage_values: &BTreeMap<String, String>,
    output: &Output,
) -> std::result::Result<(), String> {
    let values = step_values(run, step, stage_values)?;
    let declared = step
        .artifacts
        .iter()
        .map(|path| {
            variables::expand(path, &values, &run.secrets)
                .map_err(|variables::Malformed(_, message)| format!("artifact `{path}`: {message}"))
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let (organization_id, execution_id) = {
        let row = run.row.lock().await;
        (row.organization_id.clone(), row.id.clone())
    };
    let keeper = artifacts::Keeper {
        blobs: &run.inner.blobs,
        organization_id: &organization_id,
        execution_id: &execution_id,
        work_dir: &run.work_dir,
        stage: stage_name,
        step: &step.name,
        expires_at_us: expiry(run),
    };
    let rows = artifacts::keep(&keeper, &declared, now_micros()).await?;
    for row in &rows {
        output
            .note(format!(
                "artifact {} kept ({} bytes, sha256 {})",
                row.name, row.size_bytes, row.sha256
            ))
            .await;
    }
    record_artifacts(&run.inner, rows)
        .await
        .map_err(|error| format!("recording the artifacts failed: {error}"))
}

/// Checks the execution's commit (or branch) of `repository` out into the
/// work directory, git's output logged as the execution's own (no stage,
/// step `checkout`); what went wrong otherwise.
async fn check_out(
    run: &Run,
    repository: &KnownRepository,
    row: &ExecutionRow,
    stop: watch::Receiver<Stop>,
) -> std::result::Result<(), String> {
    let output = Output {
        stage: Arc::from(""),
        step: Arc::from("checkout"),
        lines: run.lines.clone(),
    };
    if repository.clone_url.is_empty() {
        output
            .note(format!(
                "repository `{}` has no clone URL: the work directory starts empty",
                repository.full_name
            ))
            .await;
        return Ok(());
    }
    let branch = if row.branch.is_empty() {
        repository.default_branch.as_str()
    } else {
        row.branch.as_str()
    };
    let Some(revision) = checkout::revision(&row.commit_sha, branch) else {
        return Err("no commit or branch to check out".to_owned());
    };
    checkout::checkout(
        &repository.clone_url,
        revision,
        &run.work_dir,
        &output,
        stop,
        run.inner.config.kill_grace(),
    )
    .await
}

/// Runs the stages by their needs; whether any failed.
async fn run_stages(run: &Arc<Run>, stop: watch::Receiver<Stop>) -> bool {
    let stages = &run.definition.stages;
    let needs = run.definition.needs();
    let ancestors: Vec<BTreeSet<usize>> = (0..stages.len())
        .map(|index| {
            let mut seen = BTreeSet::new();
            let mut next = needs[index].clone();
            while let Some(stage) = next.pop() {
                if seen.insert(stage) {
                    next.extend(needs[stage].iter().copied());
                }
            }
            seen
        })
        .collect();
    // Stages already final when the run starts (reused by a re-run) count
    // as done with their outcome.
    let mut status: Vec<Option<Status>> = {
        let row = run.row.lock().await;
        (0..stages.len())
            .map(|index| {
                row.state
                    .stages
                    .get(index)
                    .map(|stage| stage.status)
                    .filter(|status| status.is_final())
            })
            .collect()
    };
    let mut started: Vec<bool> = status.iter().map(Option::is_some).collect();
    let mut running = FuturesUnordered::new();
    loop {
        for index in 0..stages.len() {
            if started[index] || !needs[index].iter().all(|need| status[*need].is_some()) {
                continue;
            }
            started[index] = true;
            let failed_before = ancestors[index]
                .iter()
                .any(|before| status[*before].is_some_and(Status::is_failure));
            let (run, stop) = (run.clone(), stop.clone());
            running.push(async move {
                let stage = &run.definition.stages[index];
                (
                    index,
                    run_stage(&run, index, stage, failed_before, stop, false).await,
                )
            });
        }
        match running.next().await {
            Some((index, outcome)) => status[index] = Some(outcome),
            None => break,
        }
    }
    status
        .iter()
        .any(|status| status.is_some_and(Status::is_failure))
}

/// Runs stage `index`; its final status.
async fn run_stage(
    run: &Arc<Run>,
    index: usize,
    stage: &Stage,
    failed_before: bool,
    stop: watch::Receiver<Stop>,
    finally: bool,
) -> Status {
    let holds = stage_holds(stage, finally, &run.branch, run.event, failed_before);
    let skip = skip_reason(finally, &stop, holds, failed_before, "stage");
    if let Some(reason) = skip {
        return change_stage(run, index, |state, now| {
            state.end_unrun(Status::Skipped, reason, "its stage did not run", now);
        })
        .await;
    }
    change_stage(run, index, |state, now| {
        state.status = Status::Running;
        state.started_at_us = Some(now);
    })
    .await;
    let mut values = run.values.clone();
    let mut problem = None;
    for (name, value) in &stage.env {
        match variables::expand(value, &values, &run.secrets) {
            Ok(expanded) => {
                values.insert(name.clone(), expanded);
            }
            Err(variables::Malformed(_, message)) => {
                problem = Some(format!("env `{name}`: {message}"));
            }
        }
    }
    values.insert("SECUREFLOW_STAGE".to_owned(), stage.name.clone());
    if let Some(problem) = problem {
        return change_stage(run, index, |state, now| {
            state.end_unrun(Status::Failed, problem, "its stage could not start", now);
        })
        .await;
    }
    let values = Arc::new(values);
    let mut outcomes: Vec<(StepState, bool)> = Vec::with_capacity(stage.steps.len());
    if stage.parallel {
        let steps = stage.steps.iter().enumerate().map(|(at, step)| {
            let (values, stop) = (values.clone(), stop.clone());
            async move {
                let state = run_step(
                    run,
                    index,
                    at,
                    &stage.name,
                    step,
                    &values,
                    failed_before,
                    stop,
                    finally,
                )
                .await;
                (state, step.allow_failure)
            }
        });
        outcomes = futures::future::join_all(steps).await;
    } else {
        let mut failed = failed_before;
        for (at, step) in stage.steps.iter().enumerate() {
            let state = run_step(
                run,
                index,
                at,
                &stage.name,
                step,
                &values,
                failed,
                stop.clone(),
                finally,
            )
            .await;
            if state.status.is_failure() && !step.allow_failure {
                failed = true;
            }
            outcomes.push((state, step.allow_failure));
        }
    }
    let (status, reason) = stage_outcome(&outcomes);
    let reason = match outcomes
        .iter()
        .find(|(step, allowed)| step.status.is_failure() && !allowed)
    {
        Some((step, _)) if !step.reason.is_empty() => format!("{reason} ({})", step.reason),
        _ => reason,
    };
    change_stage(run, index, |state, now| {
        state.status = status;
        state.reason = reason;
        state.ended_at_us = Some(now);
    })
    .await
}

/// Why a stage or step (`what`) does not run, if it does not: the execution
/// was stopped (but in `finally`), or its condition does not hold.
fn skip_reason(
    finally: bool,
    stop: &watch::Receiver<Stop>,
    holds: bool,
    failed_before: bool,
    what: &str,
) -> Option<String> {
    if !finally && *stop.borrow() != Stop::Running {
        Some("the execution was stopped first".to_owned())
    } else if !holds {
        Some(if failed_before {
            format!("a {what} before it failed")
        } else {
            "its condition did not hold".to_owned()
        })
    } else {
        None
    }
}

/// Whether a stage's condition holds; the `finally` stage runs whatever
/// happened before (only its branches and events count; its steps'
/// conditions choose by outcome).
fn stage_holds(
    stage: &Stage,
    finally: bool,
    branch: &str,
    event: Event,
    failed_before: bool,
) -> bool {
    if finally {
        let when = Condition {
            outcome: Outcome::Always,
            ..stage.when.clone()
        };
        return when.holds(branch, event, failed_before);
    }
    stage.when.holds(branch, event, failed_before)
}

/// Runs step `at` of stage `index`; its final state.
#[allow(clippy::too_many_arguments)]
async fn run_step(
    run: &Arc<Run>,
    index: usize,
    at: usize,
    stage_name: &str,
    step: &Step,
    stage_values: &BTreeMap<String, String>,
    failed_before: bool,
    stop: watch::Receiver<Stop>,
    finally: bool,
) -> StepState {
    let holds = step.when.holds(&run.branch, run.event, failed_before);
    let skip = skip_reason(finally, &stop, holds, failed_before, "step");
    if let Some(reason) = skip {
        return change_step(run, index, at, |state, now| {
            state.status = Status::Skipped;
            state.reason = reason;
            state.ended_at_us = Some(now);
        })
        .await;
    }
    change_step(run, index, at, |state, now| {
        state.status = Status::Running;
        state.started_at_us = Some(now);
    })
    .await;
    let output = Output {
        stage: Arc::from(stage_name),
        step: Arc::from(step.name.as_str()),
        lines: run.lines.clone(),
    };
    if let Action::Tool {
        tool: tool @ (Tool::Github | Tool::Sonarqube | Tool::Zap | Tool::Jenkins),
        config,
    } = &step.action
    {
        change_step(run, index, at, |state, _| state.attempts = 1).await;
        let mut stopping = stop.clone();
        let limit = step.timeout.unwrap_or(Duration::MAX);
        let work = async {
            match tool {
                Tool::Github => {
                    commit_status(run, step, config, stage_values, failed_before, &output).await
                }
                Tool::Sonarqube => {
                    sonarqube_step(run, (index, at), step, config, stage_values, &output).await
                }
                Tool::Zap => zap_step(run, (index, at), step, config, stage_values, &output).await,
                _ => jenkins_step(run, step, config, stage_values, &output).await,
            }
            .unwrap_or_else(|problem| (Status::Failed, problem))
        };
        // Dropping the work on cancel or at a time limit stops what it
        // started at the tool (the ZAP scan, the Jenkins build).
        let (status, reason) = tokio::select! {
            done = tokio::time::timeout(limit, work) => done.unwrap_or_else(|_| (
                Status::TimedOut,
                format!(
                    "ran past its time limit of {}",
                    humantime::format_duration(limit)
                ),
            )),
            Ok(why) = stopping.wait_for(|now| *now != Stop::Running) => match *why {
                Stop::Cancel => (Status::Cancelled, "cancelled".to_owned()),
                _ => (
                    Status::TimedOut,
                    "the execution ran past its time limit".to_owned(),
                ),
            },
        };
        if !reason.is_empty() {
            output.note(reason.clone()).await;
        }
        return change_step(run, index, at, |state, now| {
            state.status = status;
            state.reason = reason;
            state.ended_at_us = Some(now);
        })
        .await;
    }
    let (spawn, extra) = match prepared(run, step, stage_values) {
        Ok(prepared) => prepared,
        Err(problem) => {
            output
                .note(format!("the step cannot start: {problem}"))
                .await;
            return change_step(run, index, at, |state, now| {
                state.status = Status::Failed;
                state.reason = problem;
                state.ended_at_us = Some(now);
            })
            .await;
        }
    };
    let deploying = match &extra {
        Some(Extra::Kubectl(deploy)) => {
            let environment = deploy.environment.clone();
            change_step(run, index, at, |state, _| {
                state.environment = environment;
            })
            .await;
            deployment(run, (index, at), stage_name, step, false).await;
            true
        }
        _ => false,
    };
    let tries = step.retries.count + 1;
    let mut outcome = (Status::Failed, String::new(), None);
    for attempt in 1..=tries {
        if attempt > 1 {
            let wait = step
                .retries
                .backoff
                .saturating_mul(1 << (attempt - 2).min(20));
            output
                .note(format!(
                    "retrying in {} (try {attempt} of {tries}): {}",
                    humantime::format_duration(wait),
                    outcome.1
                ))
                .await;
            let mut waiting = stop.clone();
            let stopped = tokio::select! {
                () = tokio::time::sleep(wait) => false,
                _ = waiting.wait_for(|now| *now != Stop::Running) => true,
            };
            if stopped {
                break;
            }
        }
        change_step(run, index, at, |state, _| state.attempts = attempt).await;
        let mut spawn = spawn.clone();
        let report = match &extra {
            Some(extra) => {
                let prepared =
                    tools::prepare(extra, &mut spawn, &run.work_dir, &run.inner.http, &output);
                let mut waiting = stop.clone();
                let prepared = tokio::select! {
                    prepared = prepared => Some(prepared),
                    _ = waiting.wait_for(|now| *now != Stop::Running) => None,
                };
                match prepared {
                    None => {
                        let why = *stop.borrow();
                        outcome = step_outcome(Ended::Stopped(why), "", &output).await;
                        break;
                    }
                    Some(Ok(report)) => report,
                    Some(Err(problem)) => {
                        output.note(problem.clone()).await;
                        outcome = (Status::Failed, problem, None);
                        continue;
                    }
                }
            }
            None => None,
        };
        let (started, pid) = oneshot::channel();
        let running = process::run(spawn, &output, stop.clone(), started);
        tokio::pin!(running);
        let ended = tokio::select! {
            ended = &mut running => ended,
            Ok(pid) = pid => {
                change_step(run, index, at, |state, _| state.pid = Some(pid)).await;
                running.await
            }
        };
        let mut retriable = !matches!(ended, Ended::NotStarted(_) | Ended::Stopped(_));
        let timeout_text = step
            .timeout
            .map(|limit| humantime::format_duration(limit).to_string())
            .unwrap_or_default();
        outcome = match (ended, extra.as_ref(), report.as_ref()) {
            (Ended::Exited(code), Some(Extra::Scan(plan)), Some(report))
                if plan.ran.contains(&code) =>
            {
                let delivered = connectors::deliver(
                    plan,
                    report,
                    &run.scope,
                    run.inner.identity.as_ref(),
                    &run.inner.mesh,
                    &output,
                )
                .await;
                record_scan(run, (index, at), &delivered.scan_id).await;
                if !delivered.reason.is_empty() {
                    output.note(delivered.reason.clone()).await;
                }
                retriable = delivered.retriable;
                (delivered.status, delivered.reason, Some(code))
            }
            (Ended::Exited(code), Some(Extra::Scan(plan)), _) => (
                Status::Failed,
                format!(
                    "{} exited with code {code}, which means it could not scan (it reports findings with {})",
                    plan.tool.name(),
                    plan.ran
                        .iter()
                        .map(i32::to_string)
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
                Some(code),
            ),
            (Ended::Exited(code), Some(Extra::Selenium(selenium)), _) => {
                let (status, reason) =
                    tools::selenium_outcome(selenium, code, &run.work_dir, &output).await;
                (status, reason, Some(code))
            }
            (Ended::Exited(0), Some(Extra::Jmeter(jmeter)), Some(report)) => {
                let (status, reason) = tools::jmeter_outcome(jmeter, report, &output).await;
                (status, reason, Some(0))
            }
            (ended, _, _) => step_outcome(ended, &timeout_text, &output).await,
        };
        let retry = matches!(outcome.0, Status::Failed | Status::TimedOut) && retriable;
        if !retry {
            break;
        }
    }
    let (mut status, mut reason, exit_code) = outcome;
    if status == Status::Succeeded
        && !step.artifacts.is_empty()
        && let Err(problem) = keep_artifacts(run, stage_name, step, stage_values, &output).await
    {
        output.note(problem.clone()).await;
        (status, reason) = (Status::Failed, problem);
    }
    let ended = change_step(run, index, at, |state, now| {
        state.status = status;
        state.reason = reason;
        state.exit_code = exit_code;
        state.ended_at_us = Some(now);
        state.pid = None;
    })
    .await;
    if deploying {
        deployment(run, (index, at), stage_name, step, true).await;
    }
    ended
}

/// Publishes `deployment.started` or (`completed`) `deployment.completed`
/// of a deploying step in its state now, stored with the execution's state
/// in one transaction.
async fn deployment(
    run: &Run,
    (index, at): (usize, usize),
    stage_name: &str,
    step: &Step,
    completed: bool,
) {
    let row = run.row.lock().await.clone();
    let Some(state) = row
        .state
        .stages
        .get(index)
        .and_then(|stage| stage.steps.get(at))
    else {
        return;
    };
    let data = events::deployment(&row, &run.scope, stage_name, &step.name, state, completed);
    let context = EventContext::system(&row.organization_id);
    let envelope = events::PUBLISHER.envelope(&context, row.id.clone(), data);
    if let Err(error) = store_with_events(&run.inner, &row, vec![envelope]).await {
        tracing::error!(%error, execution = %row.id, "recording a deployment event failed");
    }
}

/// A process's end as a step's outcome: status, reason and exit code.
async fn step_outcome(
    ended: Ended,
    timeout_text: &str,
    output: &Output,
) -> (Status, String, Option<i32>) {
    match ended {
        Ended::Exited(0) => (Status::Succeeded, String::new(), Some(0)),
        Ended::Exited(code) => (
            Status::Failed,
            format!("exited with code {code}"),
            Some(code),
        ),
        Ended::Signalled(signal) => (Status::Failed, format!("ended by signal {signal}"), None),
        Ended::TimedOut => (
            Status::TimedOut,
            format!(
                "ran past its time limit of {timeout_text}: it and the processes it started were stopped"
            ),
            None,
        ),
        Ended::Stopped(Stop::Cancel) => (Status::Cancelled, "cancelled".to_owned(), None),
        Ended::Stopped(_) => (
            Status::TimedOut,
            "the execution ran past its time limit".to_owned(),
            None,
        ),
        Ended::NotStarted(problem) => {
            output.note(problem.clone()).await;
            (Status::Failed, problem, None)
        }
    }
}

/// The process a step runs, its references expanded, with the scanner plan of
/// a scanner step; what is wrong otherwise.
fn prepared(
    run: &Run,
    step: &Step,
    stage_values: &BTreeMap<String, String>,
) -> std::result::Result<(Spawn, Option<Extra>), String> {
    let values = step_values(run, step, stage_values)?;
    let expand = |text: &str| {
        variables::expand(text, &values, &run.secrets)
            .map_err(|variables::Malformed(_, message)| message)
    };
    let mut extra = None;
    let (program, args) = match &step.action {
        Action::Shell(line) => ("sh".to_owned(), vec!["-c".to_owned(), expand(line)?]),
        Action::Program(argv) => {
            let mut argv = argv
                .iter()
                .map(|arg| expand(arg))
                .collect::<std::result::Result<Vec<_>, _>>()?;
            if argv.is_empty() {
                return Err("the command is empty".to_owned());
            }
            let program = argv.remove(0);
            (program, argv)
        }
        Action::Tool { tool, config } => {
            let expanded = expand_config(config, &expand)?;
            let connector = match tool {
                Tool::Selenium => {
                    settings::selenium_run(&expanded).map(|run| Some(Extra::Selenium(run)))
                }
                Tool::Jmeter => settings::jmeter_run(&expanded).map(|run| Some(Extra::Jmeter(run))),
                Tool::Kubectl => {
                    settings::kubectl_deploy(&expanded).map(|deploy| Some(Extra::Kubectl(deploy)))
                }
                _ => scan_plan(*tool, &expanded).map(|plan| plan.map(Extra::Scan)),
            };
            let connector = match connector {
                Ok(Some(connector)) => connector,
                Ok(None) => {
                    return Err(format!(
                        "the `{}` connector runs in the server, not as a process",
                        tool.name()
                    ));
                }
                Err(problems) => return Err(describe(problems)),
            };
            let command = connector.command();
            extra = Some(connector);
            command
        }
    };
    let mut env = run.base_env.clone();
    env.extend(values);
    Ok((
        Spawn {
            program,
            args,
            env,
            dir: run.work_dir.clone(),
            timeout: step.timeout,
            kill_grace: run.inner.config.kill_grace(),
            max_line_bytes: run.inner.config.max_log_line_bytes,
            stdout_to: None,
        },
        extra,
    ))
}

/// The values a step's references resolve to: the stage's, then the step's
/// own `env` (each may use those before it), and `SECUREFLOW_STEP`.
fn step_values(
    run: &Run,
    step: &Step,
    stage_values: &BTreeMap<String, String>,
) -> std::result::Result<BTreeMap<String, String>, String> {
    let mut values = stage_values.clone();
    for (name, value) in &step.env {
        let expanded = variables::expand(value, &values, &run.secrets)
            .map_err(|variables::Malformed(_, message)| format!("env `{name}`: {message}"))?;
        values.insert(name.clone(), expanded);
    }
    values.insert("SECUREFLOW_STEP".to_owned(), step.name.clone());
    Ok(values)
}

/// A tool's settings with their references expanded.
fn expand_config(
    config: &BTreeMap<String, serde_json::Value>,
    expand: &impl Fn(&str) -> std::result::Result<String, String>,
) -> std::result::Result<BTreeMap<String, serde_json::Value>, String> {
    config
        .iter()
        .map(|(key, value)| Ok((key.clone(), expand_value(value, expand)?)))
        .collect()
}

/// A step's tool settings with their references expanded, checked by `check`.
fn step_settings<T>(
    run: &Run,
    step: &Step,
    config: &BTreeMap<String, serde_json::Value>,
    stage_values: &BTreeMap<String, String>,
    check: impl Fn(
        &BTreeMap<String, serde_json::Value>,
    ) -> std::result::Result<T, Vec<(String, String)>>,
) -> std::result::Result<T, String> {
    let values = step_values(run, step, stage_values)?;
    let expand = |text: &str| {
        variables::expand(text, &values, &run.secrets)
            .map_err(|variables::Malformed(_, message)| message)
    };
    let expanded = expand_config(config, &expand)?;
    check(&expanded).map_err(describe)
}

/// The `sonarqube` step: the analysis awaited, its gate read, its findings
/// sent to the security service.
async fn sonarqube_step(
    run: &Run,
    (index, at): (usize, usize),
    step: &Step,
    config: &BTreeMap<String, serde_json::Value>,
    stage_values: &BTreeMap<String, String>,
    output: &Output,
) -> std::result::Result<(Status, String), String> {
    let project = step_settings(run, step, config, stage_values, settings::sonar_project)?;
    let imported = sonarqube::import(&run.inner.http, &project, output).await?;
    output
        .note(format!(
            "sonarqube: quality gate {}; {} open issues and {} hotspots to review",
            imported.gate, imported.issues, imported.hotspots
        ))
        .await;
    for condition in &imported.failed_conditions {
        output.note(format!("  {condition}")).await;
    }
    let findings = Findings {
        tool: Tool::Sonarqube,
        format: "sonarqube-json",
        quality_gate: project.quality_gate,
    };
    let delivered = send_findings(run, (index, at), &findings, imported.report, output).await;
    if project.quality_gate && imported.gate == "ERROR" {
        return Err(format!(
            "SonarQube quality gate ERROR ({})",
            imported.failed_conditions.join("; ")
        ));
    }
    Ok((delivered.status, delivered.reason))
}

/// The `zap` step: the target spidered and scanned in ZAP, its alerts sent
/// to the security service.
async fn zap_step(
    run: &Run,
    (index, at): (usize, usize),
    step: &Step,
    config: &BTreeMap<String, serde_json::Value>,
    stage_values: &BTreeMap<String, String>,
    output: &Output,
) -> std::result::Result<(Status, String), String> {
    let scan = step_settings(run, step, config, stage_values, settings::zap_scan)?;
    let report = zap::scan(&run.inner.http, &scan, output).await?;
    let findings = Findings {
        tool: Tool::Zap,
        format: "zap-xml",
        quality_gate: scan.quality_gate,
    };
    let delivered = send_findings(run, (index, at), &findings, report, output).await;
    Ok((delivered.status, delivered.reason))
}

/// Sends an API-driven tool's findings to the security service and links
/// the step to the scan they became.
async fn send_findings(
    run: &Run,
    (index, at): (usize, usize),
    findings: &Findings,
    report: Vec<u8>,
    output: &Output,
) -> connectors::Delivered {
    let delivered = connectors::deliver_bytes(
        findings,
        report,
        &run.scope,
        run.inner.identity.as_ref(),
        &run.inner.mesh,
        output,
    )
    .await;
    record_scan(run, (index, at), &delivered.scan_id).await;
    delivered
}

/// The `jenkins` step: the job triggered and followed to its result.
async fn jenkins_step(
    run: &Run,
    step: &Step,
    config: &BTreeMap<String, serde_json::Value>,
    stage_values: &BTreeMap<String, String>,
    output: &Output,
) -> std::result::Result<(Status, String), String> {
    let job = step_settings(run, step, config, stage_values, settings::jenkins_job)?;
    jenkins::build(&run.inner.http, &job, output).await
}

/// Links step `at` of stage `index` to the scan its report became, if any.
async fn record_scan(run: &Run, (index, at): (usize, usize), scan_id: &str) {
    if !scan_id.is_empty() {
        let scan_id = scan_id.to_owned();
        change_step(run, index, at, |state, _| state.scan_id = scan_id).await;
    }
}

/// The `github` step: its settings expanded and checked, then the status set.
async fn commit_status(
    run: &Run,
    step: &Step,
    config: &BTreeMap<String, serde_json::Value>,
    stage_values: &BTreeMap<String, String>,
    failed_before: bool,
    output: &Output,
) -> std::result::Result<(Status, String), String> {
    let status = step_settings(run, step, config, stage_values, settings::commit_status)?;
    let value = |name: &str| run.values.get(name).map_or("", String::as_str);
    let subject = github::Subject {
        repository: &run.scope.repository_full_name,
        commit_sha: &run.scope.commit_sha,
        pipeline: value("SECUREFLOW_PIPELINE"),
        number: value("SECUREFLOW_EXECUTION_NUMBER"),
        failed_before,
    };
    Ok(github::set_status(&run.inner.http, &status, &subject, output).await)
}

/// A tool setting with its references expanded (texts inside lists and maps too).
fn expand_value(
    value: &serde_json::Value,
    expand: &impl Fn(&str) -> std::result::Result<String, String>,
) -> std::result::Result<serde_json::Value, String> {
    use serde_json::Value;
    Ok(match value {
        Value::String(text) => Value::String(expand(text)?),
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| expand_value(item, expand))
                .collect::<std::result::Result<_, _>>()?,
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, item)| Ok((key.clone(), expand_value(item, expand)?)))
                .collect::<std::result::Result<_, String>>()?,
        ),
        other => other.clone(),
    })
}

/// Applies `change` to stage `index`, stores the execution and tells the
/// watchers; the stage's status after it.
async fn change_stage(
    run: &Run,
    index: usize,
    change: impl FnOnce(&mut StageState, i64),
) -> Status {
    let mut row = run.row.lock().await;
    let Some(state) = row.state.stages.get_mut(index) else {
        return Status::Failed;
    };
    change(state, now_micros());
    let state = state.clone();
    run.saver.dirty();
    let status = state.status;
    run.inner.publish(&row.id, Update::Stage(Arc::new(state)));
    status
}

/// Applies `change` to step `at` of stage `index`, stores the execution and
/// tells the watchers; the step's state after it.
async fn change_step(
    run: &Run,
    index: usize,
    at: usize,
    change: impl FnOnce(&mut StepState, i64),
) -> StepState {
    let mut row = run.row.lock().await;
    let Some(stage) = row.state.stages.get_mut(index) else {
        return failed_step();
    };
    let stage_name: Arc<str> = Arc::from(stage.name.as_str());
    let Some(state) = stage.steps.get_mut(at) else {
        return failed_step();
    };
    change(state, now_micros());
    let state = state.clone();
    run.saver.dirty();
    run.inner
        .publish(&row.id, Update::Step(stage_name, Arc::new(state.clone())));
    state
}

fn failed_step() -> StepState {
    StepState {
        name: String::new(),
        status: Status::Failed,
        exit_code: None,
        started_at_us: None,
        ended_at_us: None,
        reason: "no such step".to_owned(),
        attempts: 0,
        scan_id: String::new(),
        environment: String::new(),
        pid: None,
    }
}
