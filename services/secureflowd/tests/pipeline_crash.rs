//! A kill -9 of the real `secureflowd` in the middle of a pipeline run leaves
//! a consistent record: at the next start the running execution is finished
//! as failed, "interrupted", with the step that was running marked so and
//! the processes it left behind (its whole group) killed; its log so far is
//! kept; an execution that was still queued runs — on SQLite and PostgreSQL.

use crate::common;

use std::time::{Duration, Instant};

use secureflow_platform::testkit::{TestDatabase, wait_while, with_token};
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_client::PipelineServiceClient;
use secureflow_proto::secureflow::pipeline::v1::*;
use tonic::transport::Channel;

const ADMIN_TOKEN: &str = "sft_pipeline_crash_admin_token_0123456789";

async fn connect(address: std::net::SocketAddr) -> PipelineServiceClient<Channel> {
    PipelineServiceClient::new(common::connect(address).await)
}

async fn create(client: &mut PipelineServiceClient<Channel>, definition: &str) -> Pipeline {
    let request = CreatePipelineRequest {
        pipeline: Some(Pipeline {
            definition: definition.into(),
            ..Pipeline::default()
        }),
    };
    client
        .create_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("created")
        .into_inner()
        .pipeline
        .expect("pipeline")
}

async fn execute(client: &mut PipelineServiceClient<Channel>, pipeline: &Pipeline) -> Execution {
    let request = ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        ..ExecutePipelineRequest::default()
    };
    client
        .execute_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("queued")
        .into_inner()
        .execution
        .expect("execution")
}

async fn get(client: &mut PipelineServiceClient<Channel>, execution: &Execution) -> Execution {
    let request = GetExecutionRequest {
        pipeline_id: execution.pipeline_id.clone(),
        execution_id: execution.id.clone(),
    };
    client
        .get_execution(with_token(request, ADMIN_TOKEN))
        .await
        .expect("read")
        .into_inner()
        .execution
        .expect("execution")
}

async fn log(client: &mut PipelineServiceClient<Channel>, execution: &Execution) -> Vec<String> {
    common::deployment::execution_log(client, ADMIN_TOKEN, execution).await
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.contains(") Z "))
        .unwrap_or(false)
}

async fn a_killed_server_leaves_a_consistent_record(database: TestDatabase) {
    let binary =
        common::Binary::on(&database, ADMIN_TOKEN).setting("SECUREFLOW_PIPELINE__WORKERS", "1");
    let (mut child, address) = binary.spawn().await;
    let mut client = connect(address).await;
    let long = create(
        &mut client,
        "name: long\nstages:\n  - name: work\n    steps:\n      - name: wait\n        command: 'sleep 300 & echo child $!; echo started; sleep 300'\n",
    )
    .await;
    let quick = create(
        &mut client,
        "name: quick\nstages: [{name: s, steps: [{name: t, command: 'echo quick ran'}]}]\n",
    )
    .await;
    let running = execute(&mut client, &long).await;
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(50),
        "the step never started",
        async || {
            !log(&mut client, &running)
                .await
                .contains(&"started".to_owned())
        },
    )
    .await;
    // One worker: this one waits in the queue.
    let queued = execute(&mut client, &quick).await;
    assert_eq!(
        get(&mut client, &queued).await.status(),
        ExecutionStatus::Queued
    );
    let state = get(&mut client, &running).await;
    assert_eq!(state.status(), ExecutionStatus::Running);
    let lines = log(&mut client, &running).await;
    let grandchild: u32 = lines
        .iter()
        .find_map(|line| {
            line.strip_prefix("child ")
                .map(|pid| pid.parse().expect("pid"))
        })
        .expect("the child's pid");
    assert!(alive(grandchild));

    child.start_kill().expect("SIGKILL");
    child.wait().await.expect("killed");
    // The step's processes outlive the server that started them…
    assert!(alive(grandchild), "the step died with the server");

    // …until the next start finishes the execution and kills them.
    let (mut child, address) = binary.spawn().await;
    let mut client = connect(address).await;
    let interrupted = get(&mut client, &running).await;
    assert_eq!(
        interrupted.status(),
        ExecutionStatus::Failed,
        "{interrupted:?}"
    );
    assert!(
        interrupted.failure_reason.contains("interrupted"),
        "{interrupted:?}"
    );
    let step = &interrupted.stages[0].steps[0];
    assert_eq!(step.status(), ExecutionStatus::Failed);
    assert!(step.failure_reason.contains("interrupted"), "{step:?}");
    assert!(interrupted.end_time.is_some());
    wait_while(
        Duration::from_secs(5),
        Duration::from_millis(50),
        "the step's processes survived the restart",
        async || alive(grandchild),
    )
    .await;
    assert!(
        log(&mut client, &running)
            .await
            .contains(&"started".to_owned())
    );
    // The queued one runs.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = get(&mut client, &queued).await;
        if now.status() == ExecutionStatus::Succeeded {
            break;
        }
        assert!(
            matches!(
                now.status(),
                ExecutionStatus::Queued | ExecutionStatus::Running
            ),
            "{now:?}"
        );
        assert!(Instant::now() < deadline, "the queued execution never ran");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(log(&mut client, &queued).await, ["quick ran"]);
    child.start_kill().expect("stop");
    child.wait().await.expect("stopped");
    database.cleanup().await;
}

secureflow_platform::backend_tests!(a_killed_server_leaves_a_consistent_record);
