//! Pipelines through the contract, on SQLite and PostgreSQL: definitions
//! created from YAML or field by field, versioned, refused with line and
//! column (nothing stored); executions run for real — parallel steps
//! overlap, time limits kill a step's children, cancel stops running steps
//! and runs `finally`, retries wait their backoff, logs stream in order and
//! never hold a secret.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use secureflow_platform::testkit::{TestDatabase, TestServer, wait_while, with_token};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use secureflow_proto::secureflow::pipeline::v1::watch_execution_response::Update;
use secureflow_proto::secureflow::pipeline::v1::*;

use crate::common;
use common::*;

async fn definitions_are_versioned_and_bad_ones_refused_with_their_place(database: TestDatabase) {
    let server = start(&database).await;
    let text = "name: ci\nstages:\n  - name: build\n    steps:\n      - name: make\n        command: echo one\n";
    let created = create(&server, text).await.expect("created");
    assert_eq!((created.version, created.enabled), (1, true));
    assert_eq!(created.name, "ci");
    assert_eq!(created.definition, text);
    assert_eq!(created.stages[0].steps[0].script, "echo one");

    // A definition with two problems: both named with line and column; nothing stored.
    let bad = "name: broken\nstages:\n  - name: a\n    needs: [nowhere]\n    steps:\n      - name: s\n        command: x\n        timeout: soon\n";
    let refused = create(&server, bad).await.expect_err("refused");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument, "{refused:?}");
    assert!(
        refused.message().contains("line 4, column"),
        "{}",
        refused.message()
    );
    assert!(
        refused.message().contains("`nowhere` is not a stage"),
        "{}",
        refused.message()
    );
    assert!(
        refused.message().contains("line 8, column"),
        "{}",
        refused.message()
    );
    let listed = client(&server)
        .await
        .list_pipelines(with_token(ListPipelinesRequest::default(), ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .pipelines;
    assert_eq!(listed.len(), 1);

    // The same name again is refused.
    let taken = create(&server, text).await.expect_err("taken");
    assert_eq!(taken.code(), tonic::Code::AlreadyExists);

    // Field by field (no text): turned into the same document.
    let request = CreatePipelineRequest {
        pipeline: Some(Pipeline {
            name: "fields".into(),
            stages: vec![Stage {
                name: "only".into(),
                steps: vec![Step {
                    name: "argv".into(),
                    command: vec!["echo".into(), "hi".into()],
                    retries: 1,
                    ..Step::default()
                }],
                ..Stage::default()
            }],
            ..Pipeline::default()
        }),
    };
    let fields = client(&server)
        .await
        .create_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("from fields")
        .into_inner()
        .pipeline
        .expect("pipeline");
    assert_eq!(fields.stages[0].steps[0].command, ["echo", "hi"]);
    assert_eq!(fields.stages[0].steps[0].retries, 1);

    // An update of the definition is a new version; the executions say which they ran.
    let first = finished(&server, &execute(&server, &created).await).await;
    assert_eq!(first.pipeline_version, 1);
    // Its work directory is gone once it has finished.
    let work = server.data_dir.join("pipeline/work").join(&first.id);
    let deadline = Instant::now() + Duration::from_secs(5);
    while work.exists() {
        assert!(Instant::now() < deadline, "{} was kept", work.display());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(server.data_dir.join("pipeline/work").exists());
    let changed = text.replace("echo one", "echo two");
    let request = UpdatePipelineRequest {
        pipeline: Some(Pipeline {
            id: created.id.clone(),
            definition: changed.clone(),
            ..Pipeline::default()
        }),
        update_mask: Some(pbjson_types::FieldMask {
            paths: vec!["definition".into()],
        }),
    };
    let updated = client(&server)
        .await
        .update_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("updated")
        .into_inner()
        .pipeline
        .expect("pipeline");
    assert_eq!(updated.version, 2);
    let second = finished(&server, &execute(&server, &updated).await).await;
    assert_eq!((second.pipeline_version, second.number), (2, 2));
    assert_eq!(texts(&logs(&server, &first, 100).await, "make"), ["one"]);
    assert_eq!(texts(&logs(&server, &second, 100).await, "make"), ["two"]);

    // Deleted with its executions.
    let request = DeletePipelineRequest {
        id: created.id.clone(),
    };
    client(&server)
        .await
        .delete_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("deleted");
    let request = GetPipelineRequest { id: created.id };
    let gone = client(&server)
        .await
        .get_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect_err("gone");
    assert_eq!(gone.code(), tonic::Code::NotFound);
    server.finish(database).await;
}

/// Each step prints when it starts and ends (ns since the epoch).
const TIMED: &str = "echo start $(date +%s%N); sleep 1; echo end $(date +%s%N)";

fn span(lines: &[LogLine], step: &str) -> (u128, u128) {
    let mut start = 0;
    let mut end = 0;
    for text in texts(lines, step) {
        if let Some(value) = text.strip_prefix("start ") {
            start = value.parse().expect("start");
        }
        if let Some(value) = text.strip_prefix("end ") {
            end = value.parse().expect("end");
        }
    }
    assert!(start > 0 && end > start, "{step}: {start}..{end}");
    (start, end)
}

async fn parallel_steps_overlap_and_stages_follow_their_needs(database: TestDatabase) {
    let server = start(&database).await;
    let text = format!(
        r#"name: timing
stages:
  - name: scan
    parallel: true
    steps:
      - {{name: a, command: "{TIMED}"}}
      - {{name: b, command: "{TIMED}"}}
  - name: build
    steps:
      - {{name: c, command: "{TIMED}"}}
  - name: lint
    needs: []
    steps:
      - {{name: d, command: "{TIMED}"}}
  - name: never
    when: {{branch: release/*}}
    steps:
      - {{name: e, command: "echo no"}}
"#
    );
    let pipeline = create(&server, &text).await.expect("created");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    assert_eq!(done.status(), ExecutionStatus::Succeeded, "{done:?}");
    let lines = logs(&server, &done, 1000).await;
    let (a, b, c, d) = (
        span(&lines, "a"),
        span(&lines, "b"),
        span(&lines, "c"),
        span(&lines, "d"),
    );
    // Parallel steps overlap; `build` waits for `scan`; `lint` needs nothing.
    assert!(a.0 < b.1 && b.0 < a.1, "a {a:?} b {b:?}");
    assert!(c.0 >= a.1.max(b.1), "c {c:?} after a {a:?} b {b:?}");
    assert!(d.0 < a.1, "d {d:?} with a {a:?}");
    assert_eq!(stage(&done, "never").status(), ExecutionStatus::Skipped);
    assert_eq!(
        step(&done, "scan", "a").attempts,
        1,
        "one try without retries"
    );
    server.finish(database).await;
}

fn alive(pid: u32) -> bool {
    // A zombie has exited; its parent has not reaped it yet.
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|stat| !stat.contains(") Z "))
        .unwrap_or(false)
}

async fn a_time_limit_stops_the_step_and_what_it_started(database: TestDatabase) {
    let server = start(&database).await;
    let text = r#"name: slow
stages:
  - name: work
    steps:
      - name: hang
        command: "sleep 60 & echo child $!; sleep 60"
        timeout: 1s
      - name: after
        command: echo never
finally:
  name: tidy
  steps:
    - {name: note, command: echo tidied, when: {outcome: always}}
"#;
    let pipeline = create(&server, text).await.expect("created");
    let began = Instant::now();
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    assert!(
        began.elapsed() < Duration::from_secs(20),
        "{:?}",
        began.elapsed()
    );
    assert_eq!(done.status(), ExecutionStatus::Failed, "{done:?}");
    let hang = step(&done, "work", "hang");
    assert_eq!(hang.status(), ExecutionStatus::TimedOut);
    assert!(hang.failure_reason.contains("time limit of 1s"), "{hang:?}");
    assert_eq!(
        step(&done, "work", "after").status(),
        ExecutionStatus::Skipped
    );
    assert!(
        done.failure_reason.contains("stage `work` failed"),
        "{done:?}"
    );
    let lines = logs(&server, &done, 100).await;
    let child: u32 = texts(&lines, "hang")
        .iter()
        .find_map(|text| {
            text.strip_prefix("child ")
                .map(|pid| pid.parse().expect("pid"))
        })
        .expect("the child's pid");
    wait_while(
        Duration::from_secs(5),
        Duration::from_millis(50),
        &format!("the step's child {child} survived"),
        async || alive(child),
    )
    .await;
    assert_eq!(texts(&lines, "note"), ["tidied"]);
    // Published: started, completed (with each stage's status and duration) and failed.
    let events = published(&database).await;
    let of_this: Vec<&Data> = events
        .iter()
        .filter(|data| match data {
            Data::PipelineStarted(e) => e.execution_id == done.id,
            Data::PipelineCompleted(e) => e.execution_id == done.id,
            Data::PipelineFailed(e) => e.execution_id == done.id,
            _ => false,
        })
        .collect();
    assert_eq!(of_this.len(), 3, "{of_this:?}");
    let Some(Data::PipelineFailed(failed)) = of_this
        .iter()
        .find(|data| matches!(data, Data::PipelineFailed(_)))
    else {
        panic!("no pipeline.failed");
    };
    assert_eq!(
        (failed.status.as_str(), failed.failed_stage.as_str()),
        ("FAILED", "work")
    );
    let work = failed
        .stages
        .iter()
        .find(|s| s.name == "work")
        .expect("stage");
    assert!(
        work.duration_ms >= 1000 && work.status == "FAILED",
        "{work:?}"
    );
    assert!(failed.failure_reason.contains("timed out"), "{failed:?}");
    server.finish(database).await;
}

async fn cancel_stops_running_steps_and_runs_finally(database: TestDatabase) {
    let server = start(&database).await;
    let text = r#"name: cancellable
stages:
  - name: long
    parallel: true
    steps:
      - {name: one, command: "echo started; sleep 60"}
      - {name: two, command: "sleep 60"}
  - name: later
    steps:
      - {name: three, command: echo never}
finally:
  name: cleanup
  steps:
    - {name: tidy, command: echo cleanup ran, when: {outcome: always}}
"#;
    let pipeline = create(&server, text).await.expect("created");
    let execution = execute(&server, &pipeline).await;
    // Wait until the first step has written its line.
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(50),
        "the step never started",
        async || {
            !texts(&logs(&server, &execution, 100).await, "one").contains(&"started".to_owned())
        },
    )
    .await;
    let began = Instant::now();
    let request = CancelExecutionRequest {
        pipeline_id: execution.pipeline_id.clone(),
        execution_id: execution.id.clone(),
        reason: "not needed".into(),
    };
    client(&server)
        .await
        .cancel_execution(with_token(request.clone(), ADMIN_TOKEN))
        .await
        .expect("cancelled");
    let done = finished(&server, &execution).await;
    assert!(
        began.elapsed() < Duration::from_secs(10),
        "{:?}",
        began.elapsed()
    );
    assert_eq!(done.status(), ExecutionStatus::Cancelled, "{done:?}");
    assert!(done.failure_reason.contains("not needed"), "{done:?}");
    assert_eq!(
        step(&done, "long", "one").status(),
        ExecutionStatus::Cancelled
    );
    assert_eq!(
        step(&done, "long", "two").status(),
        ExecutionStatus::Cancelled
    );
    assert_eq!(stage(&done, "later").status(), ExecutionStatus::Skipped);
    assert_eq!(
        step(&done, "cleanup", "tidy").status(),
        ExecutionStatus::Succeeded
    );
    assert_eq!(
        texts(&logs(&server, &done, 100).await, "tidy"),
        ["cleanup ran"]
    );
    // A finished execution cannot be cancelled again.
    let again = client(&server)
        .await
        .cancel_execution(with_token(request, ADMIN_TOKEN))
        .await
        .expect_err("finished");
    assert_eq!(again.code(), tonic::Code::FailedPrecondition);
    server.finish(database).await;
}

async fn retries_wait_their_backoff_doubling(database: TestDatabase) {
    let server = start(&database).await;
    let text = r#"name: flaky
stages:
  - name: try
    steps:
      - name: fails
        command: "echo trying; exit 3"
        retries: {count: 2, backoff: 300ms}
      - name: allowed
        command: "exit 1"
        allow_failure: true
        when: {outcome: always}
"#;
    let pipeline = create(&server, text).await.expect("created");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    let fails = step(&done, "try", "fails");
    assert_eq!(fails.status(), ExecutionStatus::Failed);
    assert_eq!((fails.attempts, fails.exit_code), (3, 3), "{fails:?}");
    let start = fails.start_time.as_ref().expect("start");
    let end = fails.end_time.as_ref().expect("end");
    let took_ms =
        (end.seconds - start.seconds) * 1000 + i64::from(end.nanos - start.nanos) / 1_000_000;
    assert!(
        took_ms >= 900,
        "300 ms then 600 ms of backoff: {took_ms} ms"
    );
    let lines = texts(&logs(&server, &done, 100).await, "fails");
    assert_eq!(lines.iter().filter(|l| *l == "trying").count(), 3);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("retrying in 300ms (try 2 of 3)")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("retrying in 600ms (try 3 of 3)")),
        "{lines:?}"
    );
    // A step allowed to fail does not fail its stage on its own.
    assert_eq!(
        step(&done, "try", "allowed").status(),
        ExecutionStatus::Failed
    );
    assert_eq!(done.status(), ExecutionStatus::Failed);
    server.finish(database).await;
}

async fn logs_stream_live_in_order_and_never_hold_a_secret(database: TestDatabase) {
    let server = start(&database).await;
    let secret = "pl4nted-s3cret-value";
    let text = r#"name: chatty
secrets: [TOKEN]
stages:
  - name: wait
    steps: [{name: pause, command: "sleep 1"}]
  - name: talk
    steps:
      - name: count
        command: "seq 1 5000; echo token ${secrets.TOKEN}; echo env $T >&2"
        env: {T: "${secrets.TOKEN}"}
"#;
    let pipeline = create(&server, text).await.expect("created");
    let request = SetPipelineSecretRequest {
        pipeline_id: pipeline.id.clone(),
        name: "TOKEN".into(),
        value: secret.into(),
    };
    let with_secret = client(&server)
        .await
        .set_pipeline_secret(with_token(request, ADMIN_TOKEN))
        .await
        .expect("secret set")
        .into_inner()
        .pipeline
        .expect("pipeline");
    assert_eq!(with_secret.secrets_set, ["TOKEN"]);
    let listed = client(&server)
        .await
        .list_pipelines(with_token(ListPipelinesRequest::default(), ADMIN_TOKEN))
        .await
        .expect("listed")
        .into_inner()
        .pipelines;
    assert_eq!(
        listed[0].secrets_set,
        ["TOKEN"],
        "listed with its secrets' names"
    );
    assert!(!format!("{with_secret:?}").contains(secret));

    let execution = execute(&server, &pipeline).await;
    let mut stream = watch(&server, &execution, 0).await;
    let mut streamed = Vec::new();
    let mut snapshots = Vec::new();
    let mut steps = Vec::new();
    while let Some(update) = stream.message().await.expect("update") {
        match update.update.expect("an update") {
            Update::LogLine(line) => streamed.push(line),
            Update::Snapshot(snapshot) => snapshots.push(snapshot),
            Update::Step(change) => steps.push(change.step.expect("step").status()),
            Update::Stage(_) => {}
        }
    }
    let last = snapshots.last().expect("a final snapshot");
    assert_eq!(last.status(), ExecutionStatus::Succeeded, "{last:?}");
    assert!(
        steps.contains(&ExecutionStatus::Running) && steps.contains(&ExecutionStatus::Succeeded)
    );
    let sequences: Vec<i64> = streamed.iter().map(|line| line.sequence).collect();
    assert_eq!(sequences, (1..=5002).collect::<Vec<_>>());
    // Standard output in its order (standard error is its own pipe and may
    // come between).
    let numbers: Vec<String> = streamed
        .iter()
        .filter(|line| line.stream() == LogStream::Stdout)
        .take(5000)
        .map(|l| l.text.clone())
        .collect();
    let expected: Vec<String> = (1..=5000).map(|n| n.to_string()).collect();
    assert!(numbers == expected, "standard output out of order");
    let all: Vec<String> = streamed.iter().map(|l| l.text.clone()).collect();
    assert!(
        all.contains(&"token ***".to_owned()),
        "no masked token line"
    );
    assert!(all.contains(&"env ***".to_owned()));
    assert!(!all.iter().any(|text| text.contains(secret)));

    // The archived log reads the same, in pages.
    let archived = logs(&server, &execution, 999).await;
    assert_eq!(archived.len(), 5002);
    assert_eq!(archived, streamed);
    // Nothing on disk holds the secret either.
    let mut stack = vec![server.data_dir.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "jsonl") {
                let text = std::fs::read_to_string(&path).expect("log");
                assert!(
                    !text.contains(secret),
                    "{} holds the secret",
                    path.display()
                );
            }
        }
    }
    // A watch that resumes after line 5000 gets the last two and the end.
    let mut stream = watch(&server, &execution, 5000).await;
    let mut resumed = Vec::new();
    while let Some(update) = stream.message().await.expect("update") {
        if let Some(Update::LogLine(line)) = update.update {
            resumed.push(line.sequence);
        }
    }
    assert_eq!(resumed, [5001, 5002]);
    server.finish(database).await;
}

async fn bad_requests_change_nothing(database: TestDatabase) {
    let server = start(&database).await;
    let pipeline = create(
        &server,
        "name: small\nstages: [{name: s, steps: [{name: t, command: 'true'}]}]\n",
    )
    .await
    .expect("created");
    let mut variables = HashMap::new();
    variables.insert("SECUREFLOW_BRANCH".to_owned(), "x".to_owned());
    let request = ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        variables,
        ..ExecutePipelineRequest::default()
    };
    let refused = client(&server)
        .await
        .execute_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), tonic::Code::InvalidArgument);
    assert!(
        refused.message().contains("variables[SECUREFLOW_BRANCH]"),
        "{}",
        refused.message()
    );
    let short = SetPipelineSecretRequest {
        pipeline_id: pipeline.id.clone(),
        name: "K".into(),
        value: "abc".into(),
    };
    let refused = client(&server)
        .await
        .set_pipeline_secret(with_token(short, ADMIN_TOKEN))
        .await
        .expect_err("too short");
    assert!(
        refused.message().contains("at least 4"),
        "{}",
        refused.message()
    );
    // The same request id twice is one execution.
    let request = ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        request_id: "retry-1".into(),
        ..ExecutePipelineRequest::default()
    };
    let first = client(&server)
        .await
        .execute_pipeline(with_token(request.clone(), ADMIN_TOKEN))
        .await
        .expect("first")
        .into_inner()
        .execution
        .expect("execution");
    let second = client(&server)
        .await
        .execute_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("second")
        .into_inner()
        .execution
        .expect("execution");
    assert_eq!(first.id, second.id);
    let listed = client(&server)
        .await
        .list_executions(with_token(
            ListExecutionsRequest {
                pipeline_id: pipeline.id.clone(),
                ..ListExecutionsRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("listed")
        .into_inner()
        .executions;
    assert_eq!(listed.len(), 1);
    let unknown = client(&server)
        .await
        .get_execution_logs(with_token(
            GetExecutionLogsRequest {
                pipeline_id: pipeline.id.clone(),
                execution_id: first.id.clone(),
                page_token: "bm90LWEtdG9rZW4".into(),
                ..GetExecutionLogsRequest::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("bad token");
    assert_eq!(unknown.code(), tonic::Code::InvalidArgument);
    finished(&server, &first).await;
    server.finish(database).await;
}

/// ListPipelines with `latest_executions`: each listed pipeline's latest
/// runs, newest first, one entry a pipeline in the page's order (a pipeline
/// never run has an empty one), the same runs ListExecutions gives first;
/// none when not asked; a count outside 0 to 20 refused naming the field.
/// Each listed pipeline has its own secrets' names.
async fn pipelines_list_with_their_latest_executions(database: TestDatabase) {
    let server = start(&database).await;
    let definition = |name: &str| {
        format!("name: {name}\nstages: [{{name: s, steps: [{{name: t, command: 'true'}}]}}]\n")
    };
    let busy = create(&server, &definition("a-busy")).await.expect("a");
    let quiet = create(&server, &definition("b-quiet")).await.expect("b");
    let never = create(&server, &definition("c-never")).await.expect("c");
    for (pipeline, runs) in [(&busy, 7), (&quiet, 2)] {
        for _ in 0..runs {
            let execution = execute(&server, pipeline).await;
            finished(&server, &execution).await;
        }
    }
    let at = &server;
    let list = |page_token: String, latest_executions: i32| async move {
        client(at)
            .await
            .list_pipelines(with_token(
                ListPipelinesRequest {
                    page_size: 2,
                    page_token,
                    latest_executions,
                    ..ListPipelinesRequest::default()
                },
                ADMIN_TOKEN,
            ))
            .await
    };
    let numbers = |latest: &[PipelineExecutions]| -> Vec<(String, Vec<i64>)> {
        latest
            .iter()
            .map(|entry| {
                let numbers = entry.executions.iter().map(|run| run.number).collect();
                (entry.pipeline_id.clone(), numbers)
            })
            .collect()
    };

    // Each listed pipeline names its own secrets (read for the page's pipelines).
    let request = SetPipelineSecretRequest {
        pipeline_id: quiet.id.clone(),
        name: "KEY".into(),
        value: "quiet secret".into(),
    };
    client(&server)
        .await
        .set_pipeline_secret(with_token(request, ADMIN_TOKEN))
        .await
        .expect("secret set");

    let first = list(String::new(), 5)
        .await
        .expect("first page")
        .into_inner();
    let secrets: Vec<_> = first
        .pipelines
        .iter()
        .map(|p| p.secrets_set.clone())
        .collect();
    assert_eq!(secrets, [vec![], vec!["KEY".to_owned()]]);
    assert_eq!(
        first.pipelines[1].stages[0].name, "s",
        "the definition read"
    );
    assert_eq!(
        numbers(&first.latest_executions),
        [
            (busy.id.clone(), vec![7, 6, 5, 4, 3]),
            (quiet.id.clone(), vec![2, 1]),
        ]
    );
    let ids = |runs: &[Execution]| runs.iter().map(|run| run.id.clone()).collect::<Vec<_>>();
    let newest = listed(at, &busy.id).await;
    assert_eq!(
        ids(&first.latest_executions[0].executions),
        ids(&newest[..5]),
        "the runs ListExecutions gives first"
    );
    // Summaries: ListExecutions' runs without their stages and variables.
    let summaries: Vec<Execution> = newest[..5]
        .iter()
        .map(|run| {
            assert!(!run.stages.is_empty(), "ListExecutions gives the stages");
            Execution {
                stages: Vec::new(),
                variables: HashMap::new(),
                ..run.clone()
            }
        })
        .collect();
    assert_eq!(first.latest_executions[0].executions, summaries);
    let second = list(first.next_page_token, 5)
        .await
        .expect("second page")
        .into_inner();
    assert!(second.pipelines[0].secrets_set.is_empty());
    assert_eq!(
        numbers(&second.latest_executions),
        [(never.id.clone(), vec![])]
    );

    let one = list(String::new(), 1).await.expect("one each").into_inner();
    assert_eq!(
        numbers(&one.latest_executions),
        [(busy.id.clone(), vec![7]), (quiet.id.clone(), vec![2])]
    );
    let without = list(String::new(), 0)
        .await
        .expect("not asked")
        .into_inner();
    assert!(without.latest_executions.is_empty());
    assert_eq!(without.pipelines.len(), 2);

    for wrong in [-1, 21] {
        let refused = list(String::new(), wrong).await.expect_err("refused");
        assert_eq!(refused.code(), tonic::Code::InvalidArgument, "{refused:?}");
        assert!(
            refused.message().contains("latest_executions"),
            "{}",
            refused.message()
        );
    }
    server.finish(database).await;
}

async fn a_failed_execution_is_rerun_whole_or_from_its_failed_stage(database: TestDatabase) {
    let server = start(&database).await;
    let marker = tempfile::tempdir().expect("dir");
    let flag = marker.path().join("second-try");
    // `flaky` fails until the flag file exists.
    let text = "name: rerun\nvariables: {FLAG: none}\nstages:\n  - {name: prepare, steps: [{name: p, command: 'echo prepared'}]}\n  - {name: flaky, steps: [{name: f, command: 'test -f ${FLAG} && echo passed'}]}\n  - {name: after, steps: [{name: a, command: 'echo after'}]}\n";
    let pipeline = create(&server, text).await.expect("created");
    let mut variables = HashMap::new();
    variables.insert("FLAG".to_owned(), flag.display().to_string());
    let first = execute_with(
        &server,
        ExecutePipelineRequest {
            pipeline_id: pipeline.id.clone(),
            branch: "main".into(),
            variables,
            ..ExecutePipelineRequest::default()
        },
    )
    .await
    .expect("queued");
    let first = finished(&server, &first).await;
    assert_eq!(first.status(), ExecutionStatus::Failed);
    assert_eq!(stage(&first, "after").status(), ExecutionStatus::Skipped);

    // Not before it has finished, not from a stage of a run that succeeded.
    std::fs::write(&flag, "").expect("flag");
    let from_failed = ExecutePipelineRequest {
        pipeline_id: pipeline.id.clone(),
        rerun_of: first.id.clone(),
        from_failed_stage: true,
        ..ExecutePipelineRequest::default()
    };
    let rerun = execute_with(&server, from_failed.clone())
        .await
        .expect("re-run");
    assert_eq!(rerun.rerun_of, first.id);
    let rerun = finished(&server, &rerun).await;
    assert_eq!(rerun.status(), ExecutionStatus::Succeeded, "{rerun:?}");
    assert_eq!((rerun.branch.as_str(), rerun.pipeline_version), ("main", 1));
    let prepare = stage(&rerun, "prepare");
    assert_eq!(prepare.status(), ExecutionStatus::Succeeded);
    assert_eq!(
        prepare.failure_reason,
        format!("reused from execution #{}", first.number)
    );
    let lines = logs(&server, &rerun, 100).await;
    assert!(texts(&lines, "p").is_empty(), "the reused stage ran again");
    assert_eq!(texts(&lines, "f"), ["passed"]);
    assert_eq!(texts(&lines, "a"), ["after"]);

    let succeeded = ExecutePipelineRequest {
        rerun_of: rerun.id.clone(),
        ..from_failed
    };
    let refused = execute_with(&server, succeeded.clone())
        .await
        .expect_err("nothing failed");
    assert_eq!(refused.code(), tonic::Code::FailedPrecondition);
    let whole = execute_with(
        &server,
        ExecutePipelineRequest {
            from_failed_stage: false,
            ..succeeded
        },
    )
    .await
    .expect("whole");
    let whole = finished(&server, &whole).await;
    assert_eq!(whole.status(), ExecutionStatus::Succeeded);
    assert_eq!(texts(&logs(&server, &whole, 100).await, "p"), ["prepared"]);
    server.finish(database).await;
}

/// A server with a fixed secrets key, so that two can share one database.
async fn start_sharing(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([secureflow_identity::MODULE, secureflow_pipeline::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .setting(
            "SECUREFLOW_SECRETS__KEYS",
            "1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
        )
        .start()
        .await
}

async fn a_schedule_fires_once_across_two_servers(database: TestDatabase) {
    let first = start_sharing(&database).await;
    let second = start_sharing(&database).await;
    let text = "name: nightly\ntriggers: [{type: schedule, cron: '0 3 * * *'}]\nstages: [{name: s, steps: [{name: t, command: 'echo scheduled'}]}]\n";
    let pipeline = create(&first, text).await.expect("created");
    let db = database.connect().await;
    let next: i64 =
        sqlx::query_scalar("SELECT next_at_us FROM pipeline_schedules WHERE pipeline_id = $1")
            .bind(pipeline.id.clone())
            .fetch_one(db.pool())
            .await
            .expect("a schedule row");
    let now_us = i64::try_from(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_micros(),
    )
    .expect("micros");
    assert!(next > now_us, "fires in the future");
    // Make it due now (as if 03:00 had come).
    sqlx::query("UPDATE pipeline_schedules SET next_at_us = $1 WHERE pipeline_id = $2")
        .bind(now_us - 1_000_000)
        .bind(pipeline.id.clone())
        .execute(db.pool())
        .await
        .expect("due");
    let deadline = Instant::now() + Duration::from_secs(30);
    let execution = loop {
        if let Some(execution) = listed(&first, &pipeline.id).await.into_iter().next() {
            break execution;
        }
        assert!(Instant::now() < deadline, "the schedule never fired");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(execution.trigger(), TriggerType::Schedule);
    let done = finished(&first, &execution).await;
    assert_eq!(done.status(), ExecutionStatus::Succeeded);
    // Both servers looked at the schedule every second: it fired once.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(listed(&second, &pipeline.id).await.len(), 1);
    let moved: i64 =
        sqlx::query_scalar("SELECT next_at_us FROM pipeline_schedules WHERE pipeline_id = $1")
            .bind(pipeline.id.clone())
            .fetch_one(db.pool())
            .await
            .expect("still scheduled");
    assert!(moved > now_us, "moved on to the next firing");
    // A definition without the schedule removes it.
    let request = UpdatePipelineRequest {
        pipeline: Some(Pipeline {
            id: pipeline.id.clone(),
            definition: "name: nightly\nstages: [{name: s, steps: [{name: t, command: 'true'}]}]\n"
                .into(),
            ..Pipeline::default()
        }),
        update_mask: Some(pbjson_types::FieldMask {
            paths: vec!["definition".into()],
        }),
    };
    client(&first)
        .await
        .update_pipeline(with_token(request, ADMIN_TOKEN))
        .await
        .expect("updated");
    let left: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM pipeline_schedules WHERE pipeline_id = $1")
            .bind(pipeline.id.clone())
            .fetch_one(db.pool())
            .await
            .expect("count");
    assert_eq!(left, 0);
    db.close().await;
    second.stop().await.expect("stop");
    first.finish(database).await;
}

secureflow_platform::backend_tests!(
    definitions_are_versioned_and_bad_ones_refused_with_their_place,
    parallel_steps_overlap_and_stages_follow_their_needs,
    a_time_limit_stops_the_step_and_what_it_started,
    cancel_stops_running_steps_and_runs_finally,
    retries_wait_their_backoff_doubling,
    logs_stream_live_in_order_and_never_hold_a_secret,
    bad_requests_change_nothing,
    a_schedule_fires_once_across_two_servers,
    a_failed_execution_is_rerun_whole_or_from_its_failed_stage,
    pipelines_list_with_their_latest_executions,
);

/// A step's declared artifacts are kept when it succeeds (a directory as
/// its files), listed on the execution with size and digest, downloaded
/// through the contract byte for byte; a missing one fails its step; a
/// re-run from the failed stage finds the reused stage's artifacts in its
/// work directory.
async fn artifacts_are_kept_downloaded_and_placed_for_a_rerun(database: TestDatabase) {
    let server = start(&database).await;
    kept_downloaded_and_placed(server).await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(artifacts_are_kept_downloaded_and_placed_for_a_rerun);

/// The same with the blob store in S3 (`s3s-fs`, an S3-compatible server
/// from crates.io): the artifacts are objects of the bucket, under the
/// service's name, and nothing is kept locally. (A three-letter bucket and no
/// prefix: s3s-fs keeps each object's metadata in a file named after the
/// base64 of bucket and key, and a longer name would not fit a file name —
/// its limit, not S3's.)
#[tokio::test]
async fn artifacts_are_kept_in_s3() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let database = TestDatabase::sqlite();
    let Some(s3) = secureflow_platform::testkit::S3Server::start(&["sfa"]).await else {
        return;
    };
    let server = start_with(&database, &s3.settings("s3://sfa")).await;
    let local = server.data_dir.join("pipeline/blobs/artifacts");
    let first = kept_downloaded_and_placed(server).await;
    let in_bucket = s3
        .root()
        .join("sfa/pipeline/artifacts")
        .join(&first.organization_id)
        .join(&first.id);
    let objects = std::fs::read_dir(&in_bucket)
        .unwrap_or_else(|error| panic!("{}: {error}", in_bucket.display()))
        .filter_map(Result::ok)
        .filter(|entry| !entry.file_name().to_string_lossy().starts_with('.'))
        .count();
    assert_eq!(objects, 3, "the three artifacts of the first run");
    assert!(!local.exists(), "nothing kept locally");
    database.cleanup().await;
}

/// With the blob store in S3 an execution's log goes to the bucket when the
/// run ends: a process that has no copy of it (another machine, a replaced
/// disk) reads it from there; deleting the pipeline removes it there too.
#[tokio::test]
async fn logs_are_kept_in_s3_and_read_from_there_by_a_process_without_them() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let database = TestDatabase::sqlite();
    let Some(s3) = secureflow_platform::testkit::S3Server::start(&["sfl"]).await else {
        return;
    };
    let server = start_with(&database, &s3.settings("s3://sfl")).await;
    let definition = r#"name: logged
stages:
  - name: build
    steps:
      - name: say
        command: "echo first line && echo second line"
"#;
    let pipeline = create(&server, definition).await.expect("created");
    let run = finished(&server, &execute(&server, &pipeline).await).await;
    assert_eq!(run.status(), ExecutionStatus::Succeeded, "{run:?}");
    let name = format!("{}.jsonl", run.id);
    let in_bucket = s3
        .root()
        .join("sfl/pipeline/logs")
        .join(&run.organization_id)
        .join(&name);
    assert!(
        in_bucket.exists(),
        "{} holds the log: {}",
        in_bucket.display(),
        s3.log()
    );
    let local = server
        .data_dir
        .join("pipeline/blobs/logs")
        .join(&run.organization_id)
        .join(&name);
    let said = texts(&logs(&server, &run, 100).await, "say");
    assert_eq!(said, ["first line", "second line"]);

    std::fs::remove_file(&local).expect("the local copy removed");
    assert_eq!(texts(&logs(&server, &run, 100).await, "say"), said);
    assert!(local.exists(), "fetched back from the bucket");

    client(&server)
        .await
        .delete_pipeline(with_token(
            DeletePipelineRequest {
                id: pipeline.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deleted");
    assert!(
        !in_bucket.exists(),
        "removed from the bucket with its pipeline"
    );
    server.finish(database).await;
}

/// Runs the artifacts pipeline, checks what is kept, downloaded and placed,
/// stops the server; the first execution.
async fn kept_downloaded_and_placed(server: TestServer) -> Execution {
    use sha2::Digest;
    let dir = tempfile::tempdir().expect("dir");
    let fixed = dir.path().join("fixed");
    let text = format!(
        r#"name: artifacts
stages:
  - name: build
    steps:
      - name: make
        command: "mkdir -p dist/docs && head -c 200000 /dev/urandom > dist/app && echo guide > dist/docs/guide.txt && echo built > build.log"
        artifacts: [dist, build.log]
  - name: check
    needs: [build]
    steps:
      - name: verify
        command: "test -f {fixed} && cmp dist/app dist/app && cat dist/docs/guide.txt"
  - name: broken
    needs: [build]
    steps:
      - name: forgets
        command: "true"
        artifacts: [never/made.txt]
"#,
        fixed = fixed.display()
    );
    let pipeline = create(&server, &text).await.expect("created");
    let first = finished(&server, &execute(&server, &pipeline).await).await;
    assert_eq!(first.status(), ExecutionStatus::Failed, "{first:?}");
    let forgets = step(&first, "broken", "forgets");
    assert_eq!(
        step(&first, "build", "make").status(),
        ExecutionStatus::Succeeded,
        "{first:?}"
    );
    assert_eq!(
        (forgets.status(), forgets.failure_reason.as_str()),
        (
            ExecutionStatus::Failed,
            "artifact `never/made.txt` was not produced"
        )
    );
    let listed: Vec<(String, String, i64)> = first
        .artifacts
        .iter()
        .map(|artifact| {
            (
                artifact.name.clone(),
                artifact.step.clone(),
                artifact.size_bytes,
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("build.log".to_owned(), "make".to_owned(), 6),
            ("dist/app".to_owned(), "make".to_owned(), 200_000),
            ("dist/docs/guide.txt".to_owned(), "make".to_owned(), 6),
        ]
    );
    let download = |name: &str| DownloadArtifactRequest {
        pipeline_id: first.pipeline_id.clone(),
        execution_id: first.id.clone(),
        name: name.into(),
    };
    let mut stream = client(&server)
        .await
        .download_artifact(with_token(download("dist/app"), ADMIN_TOKEN))
        .await
        .expect("download")
        .into_inner();
    let mut described = None;
    let mut content = Vec::new();
    let mut messages = 0;
    while let Some(message) = stream.message().await.expect("a chunk") {
        messages += 1;
        if let Some(artifact) = message.artifact {
            described = Some(artifact);
        }
        content.extend(message.chunk);
    }
    let described = described.expect("described first");
    assert_eq!(content.len(), 200_000);
    assert!(messages > 3, "sent in chunks: {messages}");
    assert_eq!(
        described.sha256,
        hex::encode(sha2::Sha256::digest(&content))
    );
    let missing = client(&server)
        .await
        .download_artifact(with_token(download("dist/other"), ADMIN_TOKEN))
        .await
        .expect_err("no such artifact");
    assert_eq!(missing.code(), tonic::Code::NotFound, "{missing:?}");

    // Fixed; the re-run from the failed stage reuses `build` and its artifacts.
    std::fs::write(&fixed, "").expect("fixed");
    let rerun = execute_with(
        &server,
        ExecutePipelineRequest {
            pipeline_id: pipeline.id.clone(),
            rerun_of: first.id.clone(),
            from_failed_stage: true,
            ..ExecutePipelineRequest::default()
        },
    )
    .await
    .expect("re-run");
    let rerun = finished(&server, &rerun).await;
    let verify = step(&rerun, "check", "verify");
    assert_eq!(verify.status(), ExecutionStatus::Succeeded, "{rerun:?}");
    assert_eq!(
        texts(&logs(&server, &rerun, 1000).await, "verify"),
        ["guide"]
    );
    let reused: Vec<(&str, &str)> = rerun
        .artifacts
        .iter()
        .map(|artifact| (artifact.name.as_str(), artifact.reused_from.as_str()))
        .collect();
    assert_eq!(
        reused,
        [
            ("build.log", first.id.as_str()),
            ("dist/app", first.id.as_str()),
            ("dist/docs/guide.txt", first.id.as_str()),
        ]
    );
    server.stop().await.expect("stop");
    first
}

/// Artifacts past their pipeline's `artifact_retention` are removed — rows
/// and content — when the server looks (at start, then hourly); paths with
/// references are kept as expanded.
async fn artifacts_expire_after_their_retention(database: TestDatabase) {
    let blobs = tempfile::tempdir().expect("blobs");
    let start_with_blobs = || {
        TestServer::on(&database)
            .modules([secureflow_identity::MODULE, secureflow_pipeline::MODULE])
            .authentication(secureflow_identity::AUTHENTICATION)
            .admin_token(ADMIN_TOKEN)
            .setting(
                "SECUREFLOW_SECRETS__KEYS",
                "1:BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
            )
            .setting(
                "SECUREFLOW_PIPELINE__BLOB_DIR",
                blobs.path().to_str().expect("utf-8"),
            )
            .start()
    };
    let server = start_with_blobs().await;
    let text = "name: short-lived\nartifact_retention: 1s\nvariables: {OUT: out}\nstages:\n  - name: build\n    steps:\n      - name: make\n        command: \"mkdir -p out && echo kept > out/file.txt\"\n        artifacts: [\"${OUT}/file.txt\"]\n";
    let pipeline = create(&server, text).await.expect("created");
    let done = finished(&server, &execute(&server, &pipeline).await).await;
    assert_eq!(done.status(), ExecutionStatus::Succeeded, "{done:?}");
    let kept = done.artifacts.first().cloned().expect("kept");
    assert_eq!(kept.name, "out/file.txt");
    let created = kept.create_time.expect("created");
    let expires = kept.expire_time.expect("expires");
    assert_eq!(expires.seconds - created.seconds, 1, "{kept:?}");
    let stored = blobs
        .path()
        .join("artifacts")
        .join(&done.organization_id)
        .join(&done.id)
        .join(&kept.sha256);
    assert!(stored.is_file());
    server.stop().await.expect("stop");

    tokio::time::sleep(Duration::from_millis(1100)).await;
    let server = start_with_blobs().await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let now = get(&server, &done).await;
        // The record goes first, then the content.
        if now.artifacts.is_empty() && !stored.exists() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "never removed: {now:?}, content stored: {}",
            stored.exists()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let gone = client(&server)
        .await
        .download_artifact(with_token(
            DownloadArtifactRequest {
                pipeline_id: done.pipeline_id.clone(),
                execution_id: done.id.clone(),
                name: kept.name.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("removed");
    assert_eq!(gone.code(), tonic::Code::NotFound);
    server.finish(database).await;
}

secureflow_platform::backend_tests!(artifacts_expire_after_their_retention);
