//! Executions started by schedules (`schedule` triggers, [`Triggers::fire_due`])
//! and by what happens in repositories: a push
//! (`repository.commits`) starts the repository's pipelines with a `push`
//! trigger matching its branch; a pull request opened, updated or reopened
//! (`repository.pull_requests`) those with a `pull_request` trigger matching
//! its target branch. Before that, the pipeline the repository itself holds
//! at the pushed commit (`.secureflow/pipeline.yml`) is kept as a pipeline
//! of the repository (a new version when it changed), so a push runs the
//! definition of its own commit. Each event starts a pipeline at most once
//! (the event id is the execution's request id), however often it is
//! delivered.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use secureflow_platform::events::EventContext;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::{PullRequestChanged, RepositoryCommits};

use crate::domain::definition::{self, Event};
use crate::domain::schedule;
use crate::engine::checkout;
use crate::executions::{Executions, Start};
use crate::pipelines::Pipelines;
use crate::store::pipelines as store;
use crate::store::repositories::{self, KnownRepository};
use crate::store::schedules;

/// How long a repository whose definition could not be read (unreachable,
/// credentials missing) is not asked again.
const UNREADABLE_FOR: Duration = Duration::from_secs(300);

/// What starts executions from repository events.
#[derive(Debug, Clone)]
pub struct Triggers {
    pipelines: Pipelines,
    executions: Executions,
    /// Repositories whose definition could not be read, and when.
    unreadable: Arc<Mutex<HashMap<String, Instant>>>,
}

/// A change in a repository that may start pipelines.
#[derive(Debug, Clone)]
struct Change<'a> {
    repository_id: &'a str,
    event: Event,
    /// The branch the triggers' patterns are matched against (the pushed
    /// branch; a pull request's target).
    matched: &'a str,
    /// The branch the execution runs on.
    branch: &'a str,
    commit_sha: &'a str,
    pull_request_number: i64,
}

impl Triggers {
    /// Over the pipelines' and executions' use cases.
    pub fn new(pipelines: Pipelines, executions: Executions) -> Self {
        Self {
            pipelines,
            executions,
            unreadable: Arc::default(),
        }
    }

    /// Starts what a push starts; how many executions.
    pub async fn pushed(
        &self,
        context: &EventContext,
        event_id: &str,
        push: &RepositoryCommits,
    ) -> Result<usize> {
        let deleted = push.after_sha.is_empty() || push.after_sha.bytes().all(|b| b == b'0');
        if deleted {
            return Ok(0);
        }
        let change = Change {
            repository_id: &push.repository_id,
            event: Event::Push,
            matched: &push.branch,
            branch: &push.branch,
            commit_sha: &push.after_sha,
            pull_request_number: 0,
        };
        self.start(context, event_id, change).await
    }

    /// Starts what a pull request's change starts; how many executions.
    pub async fn pull_request(
        &self,
        context: &EventContext,
        event_id: &str,
        pull_request: &PullRequestChanged,
    ) -> Result<usize> {
        if !matches!(
            pull_request.action.as_str(),
            "opened" | "updated" | "reopened" | "ready_for_review"
        ) {
            return Ok(0);
        }
        let change = Change {
            repository_id: &pull_request.repository_id,
            event: Event::PullRequest,
            matched: &pull_request.target_branch,
            branch: &pull_request.source_branch,
            commit_sha: &pull_request.head_sha,
            pull_request_number: pull_request.number,
        };
        self.start(context, event_id, change).await
    }

    async fn start(
        &self,
        context: &EventContext,
        event_id: &str,
        change: Change<'_>,
    ) -> Result<usize> {
        let db = self.executions.db();
        let organization_id = &context.organization_id;
        let Some(repository) =
            repositories::find(db, organization_id, change.repository_id).await?
        else {
            return Ok(0);
        };
        if repository.deleted {
            return Ok(0);
        }
        if let Some(revision) = checkout::revision(change.commit_sha, change.branch) {
            self.keep_definition(context, &repository, revision, &change)
                .await;
        }
        let mut started = 0;
        for pipeline in store::of_repository(db, organization_id, &repository.id).await? {
            let Ok(definition) = definition::parse(&pipeline.definition) else {
                continue;
            };
            if !definition
                .triggers
                .iter()
                .any(|trigger| trigger.starts(change.event, change.matched))
            {
                continue;
            }
            let start = Start {
                pipeline_id: pipeline.id.clone(),
                trigger: change.event,
                branch: change.branch.to_owned(),
                commit_sha: change.commit_sha.to_owned(),
                pull_request_number: change.pull_request_number,
                variables: Default::default(),
                request_id: format!("event:{event_id}"),
                rerun_of: String::new(),
                from_failed_stage: false,
            };
            match self.executions.start(context, start).await {
                Ok(_) => started += 1,
                Err(error) if is_refusal(&error) => {
                    tracing::warn!(%error, pipeline = %pipeline.name, "a trigger did not start its pipeline");
                }
                Err(error) => return Err(error),
            }
        }
        Ok(started)
    }
}

impl Triggers {
    /// Keeps the pipeline the repository holds at `revision`, if any and
    /// if its triggers start on `change` (the definition on a branch it does
    /// not run for changes nothing).
    async fn keep_definition(
        &self,
        context: &EventContext,
        repository: &KnownRepository,
        revision: &str,
        change: &Change<'_>,
    ) {
        if repository.clone_url.is_empty() {
            return;
        }
        let recently = |unreadable: &mut HashMap<String, Instant>| {
            unreadable.retain(|_, since| since.elapsed() < UNREADABLE_FOR);
            unreadable.contains_key(&repository.id)
        };
        if recently(
            &mut self
                .unreadable
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        ) {
            return;
        }
        match checkout::read_file(&repository.clone_url, revision, checkout::DEFINITION_PATH).await
        {
            Ok(Some(text)) => {
                let applies = definition::parse(&text).map_or(true, |definition| {
                    definition
                        .triggers
                        .iter()
                        .any(|trigger| trigger.starts(change.event, change.matched))
                });
                if !applies {
                    return;
                }
                if let Err(error) = self
                    .pipelines
                    .keep_from_repository(context, &repository.id, &text)
                    .await
                {
                    tracing::warn!(%error, repository = %repository.full_name, revision,
                        "the repository's pipeline definition was not kept");
                }
            }
            Ok(None) => {}
            Err(problem) => {
                tracing::warn!(%problem, repository = %repository.full_name, revision,
                    "reading the repository's pipeline definition failed; not asked again for 5 minutes");
                self.unreadable
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .insert(repository.id.clone(), Instant::now());
            }
        }
    }
}

impl Triggers {
    /// Starts the executions whose schedules are due (each firing once,
    /// whichever process claims it); how many.
    pub async fn fire_due(&self) -> Result<usize> {
        let db = self.executions.db();
        let now = secureflow_platform::db::now_micros();
        let mut started = 0;
        for due in schedules::due(db, now, 100).await? {
            let next = match schedule::next_after(&due.cron, now.max(due.next_at_us)) {
                Ok(next) => next,
                Err(problem) => {
                    tracing::warn!(%problem, pipeline = %due.pipeline_id, "a schedule cannot fire");
                    continue;
                }
            };
            if !schedules::advance(db, &due, next).await? {
                continue;
            }
            let context = EventContext::system(&due.organization_id);
            let Some(pipeline) =
                store::find(db.pool(), &due.organization_id, &due.pipeline_id).await?
            else {
                continue;
            };
            let branch = match repositories::find(db, &due.organization_id, &pipeline.repository_id)
                .await?
            {
                Some(repository) => repository.default_branch,
                None => String::new(),
            };
            let start = Start {
                pipeline_id: pipeline.id.clone(),
                trigger: Event::Schedule,
                branch,
                commit_sha: String::new(),
                pull_request_number: 0,
                variables: Default::default(),
                request_id: format!("schedule:{}:{}", due.cron, due.next_at_us),
                rerun_of: String::new(),
                from_failed_stage: false,
            };
            match self.executions.start(&context, start).await {
                Ok(_) => started += 1,
                Err(error) if is_refusal(&error) => {
                    tracing::warn!(%error, pipeline = %pipeline.name, "a schedule did not start its pipeline");
                }
                Err(error) => return Err(error),
            }
        }
        Ok(started)
    }
}

/// A refusal of the request (nothing to retry), as opposed to a failure.
fn is_refusal(error: &Error) -> bool {
    use secureflow_platform::error::ErrorCode;
    matches!(
        error.code(),
        ErrorCode::InvalidArgument | ErrorCode::FailedPrecondition | ErrorCode::NotFound
    )
}
