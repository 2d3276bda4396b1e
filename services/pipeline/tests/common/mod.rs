//! What the pipeline service's tests share: a server with identity and
//! pipelines, and the calls they make.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_client::PipelineServiceClient;
use secureflow_proto::secureflow::pipeline::v1::*;
use tonic::transport::Channel;

pub const ADMIN_TOKEN: &str = "sft_pipeline_test_admin_0123456789ab";

pub async fn start(database: &TestDatabase) -> TestServer {
    start_with(database, &[]).await
}

/// [`start`] with extra `SECUREFLOW_*` settings.
pub async fn start_with(database: &TestDatabase, settings: &[(&str, &str)]) -> TestServer {
    settings
        .iter()
        .fold(
            TestServer::on(database)
                .modules([secureflow_identity::MODULE, secureflow_pipeline::MODULE])
                .authentication(secureflow_identity::AUTHENTICATION)
                .admin_token(ADMIN_TOKEN)
                .setting("SECUREFLOW_PIPELINE__KILL_GRACE_SECONDS", "1"),
            |server, (key, value)| server.setting(key, value),
        )
        .start()
        .await
}

pub async fn client(server: &TestServer) -> PipelineServiceClient<Channel> {
    PipelineServiceClient::new(server.channel().await)
}

pub async fn create(server: &TestServer, definition: &str) -> Result<Pipeline, tonic::Status> {
    let request = CreatePipelineRequest {
        pipeline: Some(Pipeline {
            definition: definition.into(),
            ..Pipeline::default()
        }),
    };
    let created = client(server)
        .await
        .create_pipeline(with_token(request, ADMIN_TOKEN))
        .await?;
    Ok(created.into_inner().pipeline.expect("pipeline"))
}

pub async fn execute(server: &TestServer, pipeline: &Pipeline) -> Execution {
    let request = ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        branch: "main".into(),
        ..ExecutePipelineRequest::default()
    };
    client(server)
        .await
        .execute_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("executed")
        .into_inner()
        .execution
        .expect("execution")
}

pub async fn get(server: &TestServer, execution: &Execution) -> Execution {
    let request = GetExecutionRequest {
        pipeline_id: execution.pipeline_id.clone(),
        execution_id: execution.id.clone(),
    };
    client(server)
        .await
        .get_execution(with_token(request, ADMIN_TOKEN))
        .await
        .expect("read")
        .into_inner()
        .execution
        .expect("execution")
}

pub fn is_final(execution: &Execution) -> bool {
    !matches!(
        execution.status(),
        ExecutionStatus::Queued | ExecutionStatus::Running | ExecutionStatus::Unspecified
    )
}

pub async fn finished(server: &TestServer, execution: &Execution) -> Execution {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let now = get(server, execution).await;
        if is_final(&now) {
            return now;
        }
        assert!(Instant::now() < deadline, "never finished: {now:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub async fn logs(server: &TestServer, execution: &Execution, page_size: i32) -> Vec<LogLine> {
    let mut lines = Vec::new();
    let mut token = String::new();
    loop {
        let request = GetExecutionLogsRequest {
            pipeline_id: execution.pipeline_id.clone(),
            execution_id: execution.id.clone(),
            page_size,
            page_token: token.clone(),
            ..GetExecutionLogsRequest::default()
        };
        let page = client(server)
            .await
            .get_execution_logs(with_token(request, ADMIN_TOKEN))
            .await
            .expect("logs")
            .into_inner();
        lines.extend(page.lines);
        if page.next_page_token.is_empty() {
            return lines;
        }
        token = page.next_page_token;
    }
}

/// Watches `execution` from after its log line `after_log_line`.
pub async fn watch(
    server: &TestServer,
    execution: &Execution,
    after_log_line: i64,
) -> tonic::Streaming<WatchExecutionResponse> {
    let request = WatchExecutionRequest {
        pipeline_id: execution.pipeline_id.clone(),
        execution_id: execution.id.clone(),
        after_log_line,
    };
    client(server)
        .await
        .watch_execution(with_token(request, ADMIN_TOKEN))
        .await
        .expect("watching")
        .into_inner()
}

pub fn texts(lines: &[LogLine], step: &str) -> Vec<String> {
    lines
        .iter()
        .filter(|line| line.step == step)
        .map(|line| line.text.clone())
        .collect()
}

pub fn step<'a>(execution: &'a Execution, stage: &str, step: &str) -> &'a StepRun {
    execution
        .stages
        .iter()
        .find(|s| s.name == stage)
        .and_then(|s| s.steps.iter().find(|x| x.name == step))
        .unwrap_or_else(|| panic!("no step {stage}/{step} in {execution:?}"))
}

pub fn stage<'a>(execution: &'a Execution, name: &str) -> &'a StageRun {
    execution
        .stages
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no stage {name}"))
}

pub async fn listed(server: &TestServer, pipeline_id: &str) -> Vec<Execution> {
    let request = ListExecutionsRequest {
        pipeline_id: pipeline_id.into(),
        ..ListExecutionsRequest::default()
    };
    client(server)
        .await
        .list_executions(with_token(request, ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .executions
}

pub async fn execute_with(
    server: &TestServer,
    request: ExecutePipelineRequest,
) -> Result<Execution, tonic::Status> {
    Ok(client(server)
        .await
        .execute_pipeline(with_token(request, ADMIN_TOKEN))
        .await?
        .into_inner()
        .execution
        .expect("execution"))
}

/// Every event payload published so far, in the event log's order.
pub async fn published(
    database: &TestDatabase,
) -> Vec<secureflow_proto::secureflow::events::v1::envelope::Data> {
    let db = database.connect().await;
    let events =
        secureflow_platform::events::EventLog::new(db.clone(), Duration::from_millis(50), 100)
            .read_after(0, 1000)
            .await
            .expect("the event log");
    db.close().await;
    events
        .into_iter()
        .filter_map(|event| event.envelope.data)
        .collect()
}
