//! What the pipeline service publishes and consumes, in one place.
//!
//! Publishes (each appended in the transaction of the change it reports):
//! - `pipeline.started` when an execution starts running;
//! - `pipeline.completed` when it reaches its final state (whatever it is),
//!   with its stages' status and duration;
//! - `pipeline.failed` with it when it failed or timed out, naming the first
//!   stage that failed.
//! - `deployment.started` when a deploying step (`kubectl`) starts and
//!   `deployment.completed` when it ends, with its status; the
//!   `pipeline.completed` of an execution whose deploying step succeeded
//!   names the environment (`deployment`, `environment`).
//!
//! Consumes:
//! - `repository.repositories` ([`REPOSITORIES`]): keeps its copy of each
//!   repository (full name, default branch, clone URL, deletion) so a
//!   pipeline can name its repository and an execution check it out;
//! - `repository.commits` and `repository.pull_requests` (the same consumer,
//!   in log order): starts the pipelines whose triggers match
//!   ([`crate::triggers`]).

use std::sync::Arc;

use futures::future::BoxFuture;
use secureflow_platform::Result;
use secureflow_platform::db::Database;
use secureflow_platform::events::{
    EventContext, EventHandler, Publisher, StoredEvent, mark_processed,
};
use secureflow_platform::server::Consumer;
use secureflow_proto::secureflow::events::v1::{
    Deployment, PipelineCompleted, PipelineFailed, PipelineStageResult, PipelineStarted,
    RepositoryChanged, envelope::Data,
};

use crate::domain::run::{StageState, Status, StepState};
use crate::store::executions::ExecutionRow;
use crate::store::repositories::{self, KnownRepository};
use crate::triggers::Triggers;

/// Envelopes of this service.
pub const PUBLISHER: Publisher = Publisher::new("secureflow.pipeline.v1.PipelineService");

fn status_name(status: Status) -> String {
    status.name().to_ascii_uppercase()
}

fn duration_ms(start: Option<i64>, end: Option<i64>) -> i64 {
    match (start, end) {
        (Some(start), Some(end)) => (end - start).max(0) / 1000,
        _ => 0,
    }
}

fn stage_results(stages: &[StageState]) -> Vec<PipelineStageResult> {
    stages
        .iter()
        .map(|stage| PipelineStageResult {
            name: stage.name.clone(),
            status: status_name(stage.status),
            duration_ms: duration_ms(stage.started_at_us, stage.ended_at_us),
        })
        .collect()
}

/// `pipeline.started` of `row`, an execution of pipeline `name`.
pub fn started(row: &ExecutionRow, name: &str, repository_id: &str) -> Data {
    Data::PipelineStarted(PipelineStarted {
        pipeline_id: row.pipeline_id.clone(),
        execution_id: row.id.clone(),
        repository_id: repository_id.to_owned(),
        branch: row.branch.clone(),
        commit_sha: row.commit_sha.clone(),
        trigger: row.trigger.name().to_owned(),
        number: row.number,
        pipeline_name: name.to_owned(),
        pipeline_version: row.pipeline_version,
    })
}

/// `pipeline.completed` of `row` in its final state, and `pipeline.failed`
/// when it failed or timed out; keyed by the execution.
pub fn finished(row: &ExecutionRow, name: &str, repository_id: &str) -> Vec<(String, Data)> {
    let duration = duration_ms(
        row.started_at_us.or(Some(row.created_at_us)),
        row.ended_at_us,
    );
    let stages = stage_results(&row.state.stages);
    // The environment of the last deploying step that succeeded.
    let deployed = row
        .state
        .stages
        .iter()
        .flat_map(|stage| &stage.steps)
        .rfind(|step| step.status == Status::Succeeded && !step.environment.is_empty())
        .map(|step| step.environment.clone());
    let mut events = vec![(
        row.id.clone(),
        Data::PipelineCompleted(PipelineCompleted {
            pipeline_id: row.pipeline_id.clone(),
            execution_id: row.id.clone(),
            repository_id: repository_id.to_owned(),
            branch: row.branch.clone(),
            commit_sha: row.commit_sha.clone(),
            status: status_name(row.status),
            duration_ms: duration,
            deployment: deployed.is_some(),
            environment: deployed.unwrap_or_default(),
            stages: stages.clone(),
            number: row.number,
            pipeline_name: name.to_owned(),
            failure_reason: row.failure_reason.clone(),
        }),
    )];
    if matches!(row.status, Status::Failed | Status::TimedOut) {
        events.push((
            row.id.clone(),
            Data::PipelineFailed(PipelineFailed {
                pipeline_id: row.pipeline_id.clone(),
                execution_id: row.id.clone(),
                repository_id: repository_id.to_owned(),
                branch: row.branch.clone(),
                commit_sha: row.commit_sha.clone(),
                status: status_name(row.status),
                failure_reason: row.failure_reason.clone(),
                failed_stage: row
                    .state
                    .failed_stage()
                    .map(|stage| stage.name.clone())
                    .unwrap_or_default(),
                stages,
                number: row.number,
                pipeline_name: name.to_owned(),
                duration_ms: duration,
            }),
        ));
    }
    events
}

/// `deployment.started` (or, once it ended, `deployment.completed`) of the
/// deploying step `step` of stage `stage` in `row`, in state `state`.
pub fn deployment(
    row: &ExecutionRow,
    scope: &crate::engine::connectors::Scope,
    stage: &str,
    step: &str,
    state: &StepState,
    completed: bool,
) -> Data {
    let deployment = Deployment {
        deployment_id: format!("{}/{stage}/{step}", row.id),
        pipeline_id: row.pipeline_id.clone(),
        execution_id: row.id.clone(),
        repository_id: scope.repository_id.clone(),
        environment: state.environment.clone(),
        branch: row.branch.clone(),
        commit_sha: row.commit_sha.clone(),
        tool: "kubectl".to_owned(),
        stage: stage.to_owned(),
        step: step.to_owned(),
        pipeline_name: scope.pipeline_name.clone(),
        number: row.number,
        status: if completed {
            status_name(state.status)
        } else {
            String::new()
        },
        duration_ms: if completed {
            duration_ms(state.started_at_us, state.ended_at_us)
        } else {
            0
        },
        failure_reason: if completed {
            state.reason.clone()
        } else {
            String::new()
        },
    };
    match completed {
        true => Data::DeploymentCompleted(deployment),
        false => Data::DeploymentStarted(deployment),
    }
}

/// The consumer of the repository service's events: `repository.repositories`
/// (the copy of each repository), `repository.commits` and
/// `repository.pull_requests` (triggers) — one consumer, so a push is handled
/// after the registration of its repository that came before it in the log.
pub const REPOSITORIES: Consumer = Consumer {
    name: "pipeline.repositories",
    topics: &[
        "repository.repositories",
        "repository.commits",
        "repository.pull_requests",
    ],
    handler: |context| {
        Arc::new(Repositories {
            db: context.db.clone(),
            triggers: crate::triggers(context),
            unordered: context.events.kafka().is_some(),
        })
    },
};

/// Keeps the copy of each repository; starts what pushes and pull requests
/// start (each event's executions once: the event id is their request id,
/// so a redelivered event starts nothing new).
struct Repositories {
    db: Database,
    triggers: Triggers,
    /// Events travel through Kafka: one topic per event type, so a push
    /// may come before the registration of its repository (order holds
    /// within a topic only).
    unordered: bool,
}

impl Repositories {
    async fn keep(
        &self,
        event: &StoredEvent,
        organization_id: &str,
        changed: &RepositoryChanged,
    ) -> Result<()> {
        let mut tx = self.db.begin().await?;
        if !mark_processed(&mut tx, REPOSITORIES.name, &event.envelope.event_id).await? {
            return Ok(());
        }
        if changed.change == "purged" {
            repositories::forget(&mut tx, organization_id, &changed.repository_id).await?;
        } else {
            let known = KnownRepository {
                id: changed.repository_id.clone(),
                organization_id: organization_id.to_owned(),
                full_name: changed.full_name.clone(),
                default_branch: changed.default_branch.clone(),
                clone_url: changed.clone_url.clone(),
                deleted: changed.change == "deleted",
            };
            repositories::keep(&mut tx, &known, event.seq).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

impl Repositories {
    /// Through Kafka, a change of a repository whose registration has not
    /// arrived yet is refused, to be offered again after a back-off (and
    /// dead-lettered if it never arrives); in the embedded log the
    /// registration always comes first, and an unknown repository starts
    /// nothing.
    async fn known(&self, organization_id: &str, repository_id: &str) -> Result<()> {
        if self.unordered
            && repositories::find(&self.db, organization_id, repository_id)
                .await?
                .is_none()
        {
            return Err(secureflow_platform::Error::new(
                secureflow_platform::ErrorCode::FailedPrecondition,
                format!(
                    "repository {repository_id} is not known here yet (its registration has not arrived)"
                ),
            ));
        }
        Ok(())
    }
}

impl EventHandler for Repositories {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let organization_id = event.organization_id();
            let context = EventContext::system(organization_id);
            let event_id = &event.envelope.event_id;
            let started = match &event.envelope.data {
                Some(Data::RepositoryChanged(changed)) => {
                    return self.keep(event, organization_id, changed).await;
                }
                Some(Data::RepositoryCommits(push)) => {
                    self.known(organization_id, &push.repository_id).await?;
                    self.triggers.pushed(&context, event_id, push).await?
                }
                Some(Data::PullRequestChanged(change)) => {
                    self.known(organization_id, &change.repository_id).await?;
                    self.triggers
                        .pull_request(&context, event_id, change)
                        .await?
                }
                _ => 0,
            };
            if started > 0 {
                tracing::info!(started, event = %event_id, "pipelines started by a repository event");
            }
            Ok(())
        })
    }
}
