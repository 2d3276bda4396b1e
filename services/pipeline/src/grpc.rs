//! `secureflow.pipeline.v1.PipelineService` handlers. Each converts, calls
//! the use case that does the work, and maps the result.

use futures::StreamExt;
use secureflow_platform::auth::{Reply, caller, event_context, ok};
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_server::PipelineService;
use secureflow_proto::secureflow::pipeline::v1::watch_execution_response::Update as Sent;
use secureflow_proto::secureflow::pipeline::v1::*;
use tonic::{Request, Response};

use crate::convert;
use crate::domain::definition::Event;
use crate::engine::Update;
use crate::engine::logs::Selection;
use crate::executions::{Executions, Start, Watched};
use crate::pipelines::Pipelines;
use crate::store::executions::Filters;

/// Handler of the pipeline service.
#[derive(Debug, Clone)]
pub struct PipelineHandler {
    pipelines: Pipelines,
    executions: Executions,
}

impl PipelineHandler {
    /// A handler over the pipelines' and executions' use cases.
    pub fn new(pipelines: Pipelines, executions: Executions) -> Self {
        Self {
            pipelines,
            executions,
        }
    }
}

fn watched(item: Watched) -> WatchExecutionResponse {
    let update = match item {
        Watched::Snapshot(row) => Sent::Snapshot(convert::execution(&row)),
        Watched::Update(Update::Line(line)) => Sent::LogLine(convert::log_line(&line)),
        Watched::Update(Update::Stage(stage)) => Sent::Stage(convert::stage_run(&stage)),
        Watched::Update(Update::Step(stage, step)) => Sent::Step(StepStatusChange {
            stage: stage.to_string(),
            step: Some(convert::step_run(&step)),
        }),
        Watched::Update(Update::Finished) => return WatchExecutionResponse { update: None },
    };
    WatchExecutionResponse {
        update: Some(update),
    }
}

#[tonic::async_trait]
impl PipelineService for PipelineHandler {
    async fn get_pipeline(
        &self,
        request: Request<GetPipelineRequest>,
    ) -> Reply<GetPipelineResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let read = self.pipelines.get(&caller.organization_id, &id).await?;
        ok(GetPipelineResponse {
            pipeline: Some(convert::pipeline_of(&read)),
        })
    }

    async fn list_pipelines(
        &self,
        request: Request<ListPipelinesRequest>,
    ) -> Reply<ListPipelinesResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "pipelines")?;
        let read = self
            .pipelines
            .list(&caller.organization_id, request.repository_id.trim(), page)
            .await?;
        let (read, next_page_token) = page.finish(read, "pipelines");
        let ids: Vec<String> = read
            .iter()
            .map(|pipeline| pipeline.row.id.clone())
            .collect();
        let latest = self
            .executions
            .latest(&caller.organization_id, &ids, request.latest_executions)
            .await?;
        ok(ListPipelinesResponse {
            pipelines: read.iter().map(convert::pipeline_of).collect(),
            next_page_token,
            latest_executions: latest
                .into_iter()
                .map(|(pipeline_id, rows)| PipelineExecutions {
                    pipeline_id,
                    executions: rows.iter().map(convert::execution).collect(),
                })
                .collect(),
        })
    }

    async fn create_pipeline(
        &self,
        request: Request<CreatePipelineRequest>,
    ) -> Reply<CreatePipelineResponse> {
        let context = event_context(&request)?;
        let message = request.into_inner().pipeline.unwrap_or_default();
        let mut input = convert::pipeline_from(&message);
        // A new pipeline is enabled; UpdatePipeline disables it.
        input.enabled = true;
        let read = self.pipelines.create(&context, input).await?;
        ok(CreatePipelineResponse {
            pipeline: Some(convert::pipeline_of(&read)),
        })
    }

    async fn update_pipeline(
        &self,
        request: Request<UpdatePipelineRequest>,
    ) -> Reply<UpdatePipelineResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let message = request.pipeline.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let input = convert::pipeline_from(&message);
        let read = self
            .pipelines
            .update(&context, &message.id, input, &mask)
            .await?;
        ok(UpdatePipelineResponse {
            pipeline: Some(convert::pipeline_of(&read)),
        })
    }

    async fn delete_pipeline(
        &self,
        request: Request<DeletePipelineRequest>,
    ) -> Reply<DeletePipelineResponse> {
        let context = event_context(&request)?;
        let id = request.into_inner().id;
        self.pipelines.delete(&context, &id).await?;
        ok(DeletePipelineResponse {})
    }

    async fn execute_pipeline(
        &self,
        request: Request<ExecutePipelineRequest>,
    ) -> Reply<ExecutePipelineResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let start = Start {
            pipeline_id: request.pipeline_id,
            trigger: Event::Manual,
            branch: request.branch,
            commit_sha: request.commit_sha,
            pull_request_number: 0,
            variables: request.variables.into_iter().collect(),
            request_id: request.request_id,
            rerun_of: request.rerun_of.trim().to_owned(),
            from_failed_stage: request.from_failed_stage,
        };
        let row = self.executions.start(&context, start).await?;
        ok(ExecutePipelineResponse {
            execution: Some(convert::execution(&row)),
        })
    }

    async fn list_executions(
        &self,
        request: Request<ListExecutionsRequest>,
    ) -> Reply<ListExecutionsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "executions")?;
        let filters = Filters {
            status: convert::status_from(request.status),
            branch: request.branch.trim().to_owned(),
        };
        let rows = self
            .executions
            .list(
                &caller.organization_id,
                &request.pipeline_id,
                &filters,
                page,
            )
            .await?;
        let (rows, next_page_token) = page.finish(rows, "executions");
        ok(ListExecutionsResponse {
            executions: rows.iter().map(convert::execution).collect(),
            next_page_token,
        })
    }

    async fn get_execution(
        &self,
        request: Request<GetExecutionRequest>,
    ) -> Reply<GetExecutionResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let (row, kept) = self
            .executions
            .get_with_artifacts(
                &caller.organization_id,
                &request.pipeline_id,
                &request.execution_id,
            )
            .await?;
        let mut execution = convert::execution(&row);
        execution.artifacts = kept.iter().map(convert::artifact).collect();
        ok(GetExecutionResponse {
            execution: Some(execution),
        })
    }

    async fn download_artifact(
        &self,
        request: Request<DownloadArtifactRequest>,
    ) -> Reply<tonic::codegen::BoxStream<DownloadArtifactResponse>> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let (kept, content) = self
            .executions
            .artifact(
                &caller.organization_id,
                &request.pipeline_id,
                &request.execution_id,
                &request.name,
            )
            .await?;
        let first = DownloadArtifactResponse {
            artifact: Some(convert::artifact(&kept)),
            chunk: Vec::new(),
        };
        let chunks = content.map(|chunk| {
            chunk
                .map(|chunk| DownloadArtifactResponse {
                    artifact: None,
                    chunk,
                })
                .map_err(|error| {
                    tonic::Status::data_loss(format!("reading the artifact failed: {error}"))
                })
        });
        let stream = futures::stream::once(std::future::ready(Ok(first))).chain(chunks);
        Ok(Response::new(Box::pin(stream)))
    }

    async fn watch_execution(
        &self,
        request: Request<WatchExecutionRequest>,
    ) -> Reply<tonic::codegen::BoxStream<WatchExecutionResponse>> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let receiver = self
            .executions
            .watch(
                &caller.organization_id,
                &request.pipeline_id,
                &request.execution_id,
                request.after_log_line,
            )
            .await?;
        let stream = tokio_stream::wrappers::ReceiverStream::new(receiver).filter_map(|item| {
            let response = watched(item);
            std::future::ready(response.update.is_some().then_some(Ok(response)))
        });
        Ok(Response::new(Box::pin(stream)))
    }

    async fn cancel_execution(
        &self,
        request: Request<CancelExecutionRequest>,
    ) -> Reply<CancelExecutionResponse> {
        let context = event_context(&request)?;
        let request = request.into_inner();
        let row = self
            .executions
            .cancel(
                &context,
                &request.pipeline_id,
                &request.execution_id,
                &request.reason,
            )
            .await?;
        ok(CancelExecutionResponse {
            execution: Some(convert::execution(&row)),
        })
    }

    async fn get_execution_logs(
        &self,
        request: Request<GetExecutionLogsRequest>,
    ) -> Reply<GetExecutionLogsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::sized(&request, 1000, 10_000, "logs")?;
        let selection = Selection {
            stage: request.stage.trim().to_owned(),
            step: request.step.trim().to_owned(),
            after: 0,
        };
        let (lines, next_page_token) = self
            .executions
            .logs(
                &caller.organization_id,
                &request.pipeline_id,
                &request.execution_id,
                &selection,
                page,
            )
            .await?;
        ok(GetExecutionLogsResponse {
            lines: lines.iter().map(convert::log_line).collect(),
            next_page_token,
        })
    }

    async fn set_pipeline_secret(
        &self,
        request: Request<SetPipelineSecretRequest>,
    ) -> Reply<SetPipelineSecretResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let read = self
            .pipelines
            .set_secret(
                &caller.organization_id,
                &request.pipeline_id,
                request.name.trim(),
                &request.value,
            )
            .await?;
        ok(SetPipelineSecretResponse {
            pipeline: Some(convert::pipeline_of(&read)),
        })
    }

    async fn delete_pipeline_secret(
        &self,
        request: Request<DeletePipelineSecretRequest>,
    ) -> Reply<DeletePipelineSecretResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        self.pipelines
            .delete_secret(
                &caller.organization_id,
                &request.pipeline_id,
                request.name.trim(),
            )
            .await?;
        ok(DeletePipelineSecretResponse {})
    }
}
