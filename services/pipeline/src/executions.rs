//! Executions: queued (idempotently by request id), read, listed, cancelled,
//! their logs paged and their progress watched live.

use std::collections::BTreeMap;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::events::EventContext;
use secureflow_platform::pagination::{Page, token_at};
use secureflow_platform::{Error, Result};
use tokio::sync::{broadcast, mpsc};

use crate::domain::definition::{self, Event};
use crate::domain::run::{RunState, Status};
use crate::domain::variables;
use crate::engine::logs::{self, LogLine, Selection};
use crate::engine::{Engine, Stop, Update};
use crate::store::artifacts::{self, ArtifactRow};
use crate::store::executions::{self as store, ExecutionRow, Filters};
use crate::store::pipelines;
use crate::store::repositories;

/// Longest request id.
const MAX_REQUEST_ID: usize = 128;

/// Most executions a pipeline ListPipelines' `latest_executions` returns.
pub const MAX_LATEST: i32 = 20;

/// Most variables given for one run.
const MAX_VARIABLES: usize = 100;
/// Longest variable value, bytes.
const MAX_VARIABLE_BYTES: usize = 16 * 1024;
/// Log lines a watcher is sent from the file per read.
const REPLAY_BATCH: usize = 1000;

/// What starting an execution gives.
#[derive(Debug, Clone)]
pub struct Start {
    /// Pipeline.
    pub pipeline_id: String,
    /// What starts it.
    pub trigger: Event,
    /// Branch (default: the repository's default branch).
    pub branch: String,
    /// Commit.
    pub commit_sha: String,
    /// Pull request number, for pull-request triggers.
    pub pull_request_number: i64,
    /// Variables for this run.
    pub variables: BTreeMap<String, String>,
    /// Idempotency key.
    pub request_id: String,
    /// The finished execution this one re-runs, or empty.
    pub rerun_of: String,
    /// With `rerun_of`: what succeeded in it is not run again.
    pub from_failed_stage: bool,
}

/// What an execution runs.
#[derive(Debug)]
struct Plan {
    version: i64,
    state: RunState,
    trigger: Event,
    branch: String,
    commit_sha: String,
    pull_request_number: i64,
    variables: BTreeMap<String, String>,
}

/// An execution about to be queued.
#[derive(Debug)]
struct Draft {
    organization_id: String,
    pipeline_id: String,
    pipeline_version: i64,
    trigger: Event,
    triggered_by: String,
    branch: String,
    commit_sha: String,
    pull_request_number: i64,
    variables: BTreeMap<String, String>,
    state: RunState,
    request_id: String,
    rerun_of: String,
}

/// Stores `draft` as the pipeline's next execution, queued.
async fn queue(db: &Database, draft: Draft) -> Result<ExecutionRow> {
    let mut tx = db.begin().await?;
    let number = pipelines::next_number(&mut tx, &draft.organization_id, &draft.pipeline_id)
        .await?
        .ok_or_else(|| Error::not_found("pipeline", &draft.pipeline_id))?;
    let row = ExecutionRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: draft.organization_id,
        pipeline_id: draft.pipeline_id,
        number,
        pipeline_version: draft.pipeline_version,
        status: Status::Queued,
        trigger: draft.trigger,
        triggered_by: draft.triggered_by,
        branch: draft.branch,
        commit_sha: draft.commit_sha,
        pull_request_number: draft.pull_request_number,
        variables: draft.variables,
        state: draft.state,
        failure_reason: String::new(),
        request_id: draft.request_id,
        log_lines: 0,
        rerun_of: draft.rerun_of,
        created_at_us: now_micros(),
        started_at_us: None,
        ended_at_us: None,
    };
    store::insert(&mut tx, &row).await?;
    tx.commit().await?;
    Ok(row)
}

/// The executions of every organisation.
#[derive(Debug, Clone)]
pub struct Executions {
    db: Database,
    engine: Engine,
}

impl Executions {
    /// Over the service's database and the engine that runs them.
    pub fn new(db: Database, engine: Engine) -> Self {
        Self { db, engine }
    }

    /// The service's database.
    pub fn db(&self) -> &Database {
        &self.db
    }

    /// Queues an execution of `start.pipeline_id`; the one a request with
    /// the same request id queued before, if there is one.
    pub async fn start(&self, context: &EventContext, start: Start) -> Result<ExecutionRow> {
        let organization_id = &context.organization_id;
        check_start(&start)?;
        if !start.request_id.is_empty()
            && let Some(row) = store::by_request(
                self.db.pool(),
                organization_id,
                &start.pipeline_id,
                &start.request_id,
            )
            .await?
        {
            return Ok(row);
        }
        let pipeline = pipelines::find(self.db.pool(), organization_id, &start.pipeline_id)
            .await?
            .ok_or_else(|| Error::not_found("pipeline", &start.pipeline_id))?;
        if !pipeline.enabled {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "pipeline `{}` is disabled: enable it (UpdatePipeline with `enabled`) to run it",
                    pipeline.name
                ),
            ));
        }
        let plan = if start.rerun_of.is_empty() {
            if start.from_failed_stage {
                return Err(Error::invalid_field(
                    "from_failed_stage",
                    "only a re-run (`rerun_of`) starts from a failed stage",
                ));
            }
            let definition =
                self.engine
                    .definition(&pipeline.id, pipeline.version, &pipeline.definition)?;
            let mut branch = start.branch.trim().to_owned();
            if branch.is_empty() && !pipeline.repository_id.is_empty() {
                branch = repositories::find(&self.db, organization_id, &pipeline.repository_id)
                    .await?
                    .map(|known| known.default_branch)
                    .unwrap_or_default();
            }
            Plan {
                version: pipeline.version,
                state: RunState::planned(&definition),
                trigger: start.trigger,
                branch,
                commit_sha: start.commit_sha.trim().to_owned(),
                pull_request_number: start.pull_request_number,
                variables: start.variables.clone(),
            }
        } else {
            self.rerun_plan(organization_id, &pipeline.id, &start)
                .await?
        };
        let draft = Draft {
            organization_id: organization_id.clone(),
            pipeline_id: pipeline.id.clone(),
            pipeline_version: plan.version,
            trigger: plan.trigger,
            triggered_by: if context.actor.is_empty() {
                "system".to_owned()
            } else {
                context.actor.clone()
            },
            branch: plan.branch,
            commit_sha: plan.commit_sha,
            pull_request_number: plan.pull_request_number,
            variables: plan.variables,
            state: plan.state,
            request_id: start.request_id.clone(),
            rerun_of: start.rerun_of.clone(),
        };
        let db = self.db.clone();
        let queued = self.db.write(async move { queue(&db, draft).await }).await;
        let row = match queued {
            Ok(row) => row,
            // Another request with the same id got there first.
            Err(error)
                if error.code() == ErrorCode::AlreadyExists && !start.request_id.is_empty() =>
            {
                store::by_request(
                    self.db.pool(),
                    organization_id,
                    &pipeline.id,
                    &start.request_id,
                )
                .await?
                .ok_or(error)?
            }
            Err(error) => return Err(error),
        };
        self.engine.wake();
        Ok(row)
    }

    /// What re-running `start.rerun_of` runs: its definition version,
    /// branch, commit and variables (with `start`'s over them), and with
    /// `from_failed_stage` the stages that succeeded in it kept as they were.
    async fn rerun_plan(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        start: &Start,
    ) -> Result<Plan> {
        let original = store::find(&self.db, organization_id, pipeline_id, &start.rerun_of)
            .await?
            .ok_or_else(|| Error::not_found("execution", &start.rerun_of))?;
        if !original.status.is_final() {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "execution #{} has not finished ({}): cancel it or wait for it before re-running it",
                    original.number,
                    original.status.name()
                ),
            ));
        }
        if !start.branch.trim().is_empty() || !start.commit_sha.trim().is_empty() {
            return Err(Error::invalid_field(
                if start.branch.trim().is_empty() {
                    "commit_sha"
                } else {
                    "branch"
                },
                "a re-run runs the branch and commit of the execution it re-runs",
            ));
        }
        let text = pipelines::definition(
            &self.db,
            organization_id,
            pipeline_id,
            original.pipeline_version,
        )
        .await?
        .ok_or_else(|| Error::internal("the re-run execution's definition version is missing"))?;
        let definition = definition::parse(&text).map_err(|invalid| {
            Error::internal(format!("the stored definition no longer reads: {invalid}"))
        })?;
        let mut state = RunState::planned(&definition);
        if start.from_failed_stage {
            if original.status == Status::Succeeded {
                return Err(Error::new(
                    ErrorCode::FailedPrecondition,
                    format!(
                        "execution #{} succeeded: nothing failed to start from; re-run it whole",
                        original.number
                    ),
                ));
            }
            let reused = format!("reused from execution #{}", original.number);
            for (index, stage) in original
                .state
                .stages
                .iter()
                .enumerate()
                .take(definition.stages.len())
            {
                if stage.status == Status::Succeeded
                    && let Some(planned) = state.stages.get_mut(index)
                    && planned.name == stage.name
                {
                    *planned = stage.clone();
                    planned.reason = reused.clone();
                }
            }
        }
        let mut variables = original.variables.clone();
        variables.extend(start.variables.clone());
        Ok(Plan {
            version: original.pipeline_version,
            state,
            trigger: original.trigger,
            branch: original.branch,
            commit_sha: original.commit_sha,
            pull_request_number: original.pull_request_number,
            variables,
        })
    }

    /// The organisation's execution `id` of pipeline `pipeline_id`.
    pub async fn get(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        id: &str,
    ) -> Result<ExecutionRow> {
        store::find(&self.db, organization_id, pipeline_id, id)
            .await?
            .ok_or_else(|| Error::not_found("execution", id))
    }

    /// The organisation's execution `id` with the artifacts it kept.
    pub async fn get_with_artifacts(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        id: &str,
    ) -> Result<(ExecutionRow, Vec<ArtifactRow>)> {
        let row = self.get(organization_id, pipeline_id, id).await?;
        let kept = artifacts::of_execution(&self.db, organization_id, &row.id).await?;
        Ok((row, kept))
    }

    /// Artifact `name` of execution `id`, and its content in chunks.
    pub async fn artifact(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        id: &str,
        name: &str,
    ) -> Result<(
        ArtifactRow,
        impl futures::Stream<Item = std::io::Result<Vec<u8>>> + Send + 'static,
    )> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid_field(
                "name",
                "is required: the artifact's path in the work directory",
            ));
        }
        let row = self.get(organization_id, pipeline_id, id).await?;
        let kept = artifacts::find(&self.db, organization_id, &row.id, name)
            .await?
            .ok_or_else(|| Error::not_found("artifact", name))?;
        let content = self
            .engine
            .artifact_content(organization_id, &row.id, &kept.sha256)
            .await
            .map_err(|error| {
                if error.code() == secureflow_platform::ErrorCode::NotFound {
                    tracing::error!(artifact = name, execution = %row.id, "an artifact's content is missing");
                    Error::not_found("artifact", name)
                } else {
                    error
                }
            })?;
        Ok((kept, content))
    }

    /// A page of a pipeline's executions, newest first.
    pub async fn list(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<ExecutionRow>> {
        if pipelines::find(self.db.pool(), organization_id, pipeline_id)
            .await?
            .is_none()
        {
            return Err(Error::not_found("pipeline", pipeline_id));
        }
        store::list(&self.db, organization_id, pipeline_id, filters, page).await
    }

    /// The latest executions of each of `pipeline_ids`, up to `per_pipeline`
    /// a pipeline and newest first, in the order of `pipeline_ids` (an entry
    /// a pipeline, empty for one never run), as summaries without their
    /// variables and stages (what a list of runs shows); nothing to read when
    /// `per_pipeline` is 0. Only the organisation's executions are read.
    /// INVALID_ARGUMENT naming `latest_executions` outside 0 to
    /// [`MAX_LATEST`].
    pub async fn latest(
        &self,
        organization_id: &str,
        pipeline_ids: &[String],
        per_pipeline: i32,
    ) -> Result<Vec<(String, Vec<ExecutionRow>)>> {
        if !(0..=MAX_LATEST).contains(&per_pipeline) {
            return Err(Error::invalid_field(
                "latest_executions",
                format!("must be from 0 to {MAX_LATEST}, not {per_pipeline}"),
            ));
        }
        if per_pipeline == 0 {
            return Ok(Vec::new());
        }
        let mut by_pipeline: BTreeMap<String, Vec<ExecutionRow>> = BTreeMap::new();
        for row in
            store::latest(&self.db, organization_id, pipeline_ids, per_pipeline.into()).await?
        {
            by_pipeline
                .entry(row.pipeline_id.clone())
                .or_default()
                .push(row);
        }
        Ok(pipeline_ids
            .iter()
            .map(|pipeline_id| {
                let mut own = by_pipeline.remove(pipeline_id).unwrap_or_default();
                // UNION ALL keeps no order of its own.
                own.sort_by_key(|row| std::cmp::Reverse(row.number));
                (pipeline_id.clone(), own)
            })
            .collect())
    }

    /// Cancels execution `id`: a queued one at once, a running one by
    /// stopping its steps' process groups (its `finally` stage still runs).
    /// FAILED_PRECONDITION when it has finished.
    pub async fn cancel(
        &self,
        context: &EventContext,
        pipeline_id: &str,
        id: &str,
        reason: &str,
    ) -> Result<ExecutionRow> {
        let organization_id = &context.organization_id;
        let reason = reason.trim();
        if reason.len() > 1024 {
            return Err(Error::invalid_field("reason", "must be at most 1024 bytes"));
        }
        let by = if context.actor.is_empty() {
            "system"
        } else {
            context.actor.as_str()
        };
        let said = if reason.is_empty() {
            format!("by {by}")
        } else {
            format!("by {by}: {reason}")
        };
        let mut row = self.get(organization_id, pipeline_id, id).await?;
        if row.status == Status::Queued {
            let now = now_micros();
            row.state
                .stop_all(Status::Cancelled, "cancelled before it started", now);
            row.status = Status::Cancelled;
            row.failure_reason = format!("cancelled {said}");
            row.ended_at_us = Some(now);
            if store::finish_queued(self.db.writer(), &row).await? {
                self.engine.finished(&row.id);
                return Ok(row);
            }
            row = self.get(organization_id, pipeline_id, id).await?;
        }
        if row.status.is_final() {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "execution {} of pipeline `{pipeline_id}` has finished ({})",
                    row.number,
                    row.status.name()
                ),
            ));
        }
        if !self.engine.stop(&row.id, Stop::Cancel, &said) {
            return Err(Error::new(
                ErrorCode::Unavailable,
                format!(
                    "execution {} runs in another process of the pipeline service; cancel it there",
                    row.number
                ),
            ));
        }
        Ok(row)
    }

    /// A page of execution `id`'s log: lines of `selection`'s stage and
    /// step from the position `page.offset` (bytes) of its log.
    pub async fn logs(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        id: &str,
        selection: &Selection,
        page: Page,
    ) -> Result<(Vec<LogLine>, String)> {
        let row = self.get(organization_id, pipeline_id, id).await?;
        let path = self.engine.readable_log(organization_id, &row.id).await?;
        let limit = usize::try_from(page.limit).unwrap_or(1000);
        let offset = u64::try_from(page.offset).unwrap_or(0);
        let (lines, next) = logs::read(&path, offset, limit, selection).await?;
        let token = next.map_or_else(String::new, |next| {
            token_at(i64::try_from(next).unwrap_or(i64::MAX), "logs")
        });
        Ok((lines, token))
    }

    /// Follows execution `id`: its state now, the log lines after `after`,
    /// then every change as it happens, until it has finished (then its
    /// final state). A watcher that falls behind reads the lines it missed
    /// from the log.
    pub async fn watch(
        &self,
        organization_id: &str,
        pipeline_id: &str,
        id: &str,
        after: i64,
    ) -> Result<mpsc::Receiver<Watched>> {
        if after < 0 {
            return Err(Error::invalid_field(
                "after_log_line",
                "must not be negative",
            ));
        }
        let row = self.get(organization_id, pipeline_id, id).await?;
        let path = self.engine.readable_log(organization_id, &row.id).await?;
        let updates = (!row.status.is_final()).then(|| self.engine.subscribe(&row.id));
        let (sender, receiver) = mpsc::channel(256);
        let watcher = Watcher {
            executions: self.clone(),
            organization_id: organization_id.to_owned(),
            pipeline_id: pipeline_id.to_owned(),
            id: row.id.clone(),
            path,
            sent: after,
            sender,
        };
        tokio::spawn(watcher.run(updates));
        Ok(receiver)
    }
}

/// What a watcher is sent.
#[derive(Debug, Clone)]
pub enum Watched {
    /// The whole execution.
    Snapshot(Box<ExecutionRow>),
    /// One change.
    Update(Update),
}

struct Watcher {
    executions: Executions,
    organization_id: String,
    pipeline_id: String,
    id: String,
    path: std::path::PathBuf,
    /// The last log line sent.
    sent: i64,
    sender: mpsc::Sender<Watched>,
}

impl Watcher {
    async fn snapshot(&self) -> Option<ExecutionRow> {
        // A running execution's state as the engine holds it: the stored one
        // lags a moment behind, and the changes in between went out before
        // this watcher subscribed.
        let row = match self.executions.engine.live(&self.id).await {
            Some(row) => row,
            None => self
                .executions
                .get(&self.organization_id, &self.pipeline_id, &self.id)
                .await
                .ok()?,
        };
        self.sender
            .send(Watched::Snapshot(Box::new(row.clone())))
            .await
            .ok()?;
        Some(row)
    }

    /// Sends the log lines after `self.sent` that are in the file; `None`
    /// when the watcher went away.
    async fn replay(&mut self) -> Option<()> {
        let mut offset = 0;
        loop {
            let selection = Selection {
                after: self.sent,
                ..Selection::default()
            };
            let (lines, next) = logs::read(&self.path, offset, REPLAY_BATCH, &selection)
                .await
                .ok()?;
            for line in lines {
                self.sent = line.sequence;
                self.sender
                    .send(Watched::Update(Update::Line(std::sync::Arc::new(line))))
                    .await
                    .ok()?;
            }
            match next {
                Some(next) => offset = next,
                None => return Some(()),
            }
        }
    }

    async fn run(mut self, updates: Option<broadcast::Receiver<Update>>) {
        let Some(row) = self.snapshot().await else {
            return;
        };
        if self.replay().await.is_none() {
            return;
        }
        if row.status.is_final() {
            // Finished before (or as) the watch began: the state and the log
            // are all; a hub this watch made for it is dropped.
            if updates.is_some() {
                self.executions.engine.finished(&self.id);
            }
            return;
        }
        let Some(mut updates) = updates else {
            return;
        };
        loop {
            match updates.recv().await {
                Ok(Update::Line(line)) => {
                    if line.sequence <= self.sent {
                        continue;
                    }
                    self.sent = line.sequence;
                    if self
                        .sender
                        .send(Watched::Update(Update::Line(line)))
                        .await
                        .is_err()
                    {
                        return;
                    }
                }
                Ok(Update::Finished) | Err(broadcast::error::RecvError::Closed) => {
                    // Lines written after the last one told of, then the end.
                    let _ = self.replay().await;
                    let _ = self.snapshot().await;
                    return;
                }
                Ok(update) => {
                    if self.sender.send(Watched::Update(update)).await.is_err() {
                        return;
                    }
                }
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    if self.replay().await.is_none() {
                        return;
                    }
                    // Statuses missed are in the state.
                    if self.snapshot().await.is_none() {
                        return;
                    }
                }
            }
        }
    }
}

fn check_start(start: &Start) -> Result<()> {
    if start.request_id.len() > MAX_REQUEST_ID {
        return Err(Error::invalid_field(
            "request_id",
            format!("must be at most {MAX_REQUEST_ID} bytes"),
        ));
    }
    if start.variables.len() > MAX_VARIABLES {
        return Err(Error::invalid_field(
            "variables",
            format!("at most {MAX_VARIABLES} variables"),
        ));
    }
    for (name, value) in &start.variables {
        if !variables::is_name(name) {
            return Err(Error::invalid_field(
                format!("variables[{name}]"),
                "a variable name is made of letters, digits and `_`, not starting with a digit",
            ));
        }
        if name.starts_with("SECUREFLOW_") {
            return Err(Error::invalid_field(
                format!("variables[{name}]"),
                "names starting with `SECUREFLOW_` are the execution's own",
            ));
        }
        if value.len() > MAX_VARIABLE_BYTES {
            return Err(Error::invalid_field(
                format!("variables[{name}]"),
                format!("must be at most {MAX_VARIABLE_BYTES} bytes"),
            ));
        }
    }
    if start.branch.len() > 255 || start.commit_sha.len() > 64 {
        return Err(Error::invalid_field(
            if start.branch.len() > 255 {
                "branch"
            } else {
                "commit_sha"
            },
            "is too long",
        ));
    }
    Ok(())
}
