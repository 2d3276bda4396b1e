//! Pipeline executions as users meet them, on a release `secureflowd` started
//! on its own (the embedded SQLite in a fresh data directory, or
//! `SECUREFLOW_BENCH_DATABASE_URL`):
//!
//! 1. **Concurrent triggers**: `SECUREFLOW_BENCH_EXECUTIONS` (default 1000)
//!    executions of a three-stage pipeline of short commands, requested by
//!    `SECUREFLOW_BENCH_CLIENTS` (default 100) callers at once; every one must
//!    end `succeeded` with its three stages (none lost). Trigger latency is
//!    from the moment the request is sent to its first step's start as the
//!    server recorded it (one clock: same machine): p50, p99, max, and the
//!    time until the last one finished. Run with the default worker pool and
//!    with `SECUREFLOW_BENCH_WORKERS` (default 256) workers.
//!
//!    **Triggers while they run** (part `paced`): as many executions
//!    requested at `SECUREFLOW_BENCH_RATE` (default 200) a second, each
//!    request sent at its time (an open load), of three stages whose step
//!    runs `SECUREFLOW_BENCH_STEP_SECONDS` (default 3) seconds, on 1,024
//!    workers: the executions pile up and run together (the most at once is
//!    printed); trigger latency as above.
//! 2. **Push → first step**: `SECUREFLOW_BENCH_PUSHES` (default 200) signed
//!    GitHub push webhooks, one at a time, each starting the repository's
//!    pipeline (push trigger); from the POST to the first step's start.
//! 3. **Log streaming**: one step writes `SECUREFLOW_BENCH_LOG_RATE` (default
//!    10,000) lines a second for `SECUREFLOW_BENCH_LOG_SECONDS` (default 10);
//!    a `WatchExecution` client receives them: all, in order, how far behind
//!    the step (p50/p99 of receipt time minus the line's time), and the
//!    server's resident memory before, at its highest and after.
//! 4. **A page of pipelines with their latest runs** (part `list`), as the
//!    web UI's Pipelines page asks for it: `SECUREFLOW_BENCH_LIST_PIPELINES`
//!    (default 50) pipelines with `SECUREFLOW_BENCH_LIST_RUNS` (default 20)
//!    finished executions each; 16 viewers at once for 3 s read the page of
//!    all of them with their 5 latest runs, in one request (`ListPipelines`
//!    with `latest_executions`) and, as before that field, in one request a
//!    row (`ListPipelines`, then a `ListExecutions` a pipeline, all at once).
//!    Printed: views a second, p50/p99 of a view, requests a view.
//!
//! Run: `cargo bench -p secureflowd --bench pipelines`; only some parts:
//! `SECUREFLOW_BENCH_PARTS=burst,paced,push,logs,list` (the default: all).

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

mod common;

use hmac::{Hmac, KeyInit, Mac};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::pipeline::v1 as pipeline;
use secureflow_client::proto::secureflow::pipeline::v1::watch_execution_response::Update;
use serde_json::Value;

const TOKEN: &str = "sft_pipelines_bench_token_0123456789abcdef";
const SECRET: &str = "a-webhook-secret-for-the-pipeline-bench";
const GITHUB_PUSH: &[u8] = include_bytes!("../../repository/tests/payloads/github-push.json");

/// Three stages of one short command each; `{name}` is replaced.
const THREE_STAGES: &str = "name: {name}
triggers: [{type: push, branches: [main]}]
stages:
  - name: build
    steps: [{name: compile, command: [true]}]
  - name: test
    steps: [{name: unit, command: [true]}]
  - name: package
    steps: [{name: archive, command: [true]}]
";

fn micros(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn timestamp_micros(timestamp: Option<&pbjson_types::Timestamp>) -> Option<i64> {
    timestamp.map(|t| t.seconds * 1_000_000 + i64::from(t.nanos) / 1000)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn summary(mut values: Vec<f64>) -> String {
    values.sort_by(f64::total_cmp);
    format!(
        "p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&values, 0.5),
        percentile(&values, 0.99),
        values.last().copied().unwrap_or_default()
    )
}

async fn create(client: &SecureFlow, definition: &str, repository_id: &str) -> pipeline::Pipeline {
    client
        .pipeline()
        .create_pipeline(pipeline::CreatePipelineRequest {
            pipeline: Some(pipeline::Pipeline {
                definition: definition.into(),
                repository_id: repository_id.into(),
                ..Default::default()
            }),
        })
        .await
        .expect("pipeline created")
        .into_inner()
        .pipeline
        .expect("pipeline")
}

/// Every execution of `pipeline_id`.
async fn executions(client: &SecureFlow, pipeline_id: &str) -> Vec<pipeline::Execution> {
    let mut all = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = client
            .pipeline()
            .list_executions(pipeline::ListExecutionsRequest {
                pipeline_id: pipeline_id.into(),
                page_size: 500,
                page_token: page_token.clone(),
                ..Default::default()
            })
            .await
            .expect("listed")
            .into_inner();
        all.extend(page.executions);
        if page.next_page_token.is_empty() {
            return all;
        }
        page_token = page.next_page_token;
    }
}

fn finished(execution: &pipeline::Execution) -> bool {
    !matches!(
        execution.status(),
        pipeline::ExecutionStatus::Queued | pipeline::ExecutionStatus::Running
    )
}

fn first_step_start(execution: &pipeline::Execution) -> Option<i64> {
    execution
        .stages
        .first()
        .and_then(|stage| stage.steps.first())
        .and_then(|step| timestamp_micros(step.start_time.as_ref()))
}

/// Three stages whose one step each runs `{seconds}` seconds (part 1b).
const THREE_SLOW_STAGES: &str = "name: {name}
stages:
  - name: build
    steps: [{name: compile, command: [sleep, '{seconds}']}]
  - name: test
    steps: [{name: unit, command: [sleep, '{seconds}']}]
  - name: package
    steps: [{name: archive, command: [sleep, '{seconds}']}]
";

/// The most executions running at once, from their recorded start and end.
fn peak_running(done: &[pipeline::Execution]) -> usize {
    let mut changes: Vec<(i64, i32)> = done
        .iter()
        .filter_map(|e| {
            Some([
                (timestamp_micros(e.start_time.as_ref())?, 1),
                (timestamp_micros(e.end_time.as_ref())?, -1),
            ])
        })
        .flatten()
        .collect();
    changes.sort_unstable();
    let (mut now, mut most) = (0i32, 0i32);
    for (_, change) in changes {
        now += change;
        most = most.max(now);
    }
    usize::try_from(most).unwrap_or(0)
}

/// Part 1b: `count` executions requested at `rate` a second, each request
/// sent at its time whatever the ones before it are doing (an open load),
/// of a pipeline whose steps run `seconds` seconds, so that the executions
/// pile up and run together; `MAX_WORKERS` workers so none waits for one.
async fn paced(count: usize, rate: usize, seconds: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("server");
    std::fs::create_dir_all(&data).expect("data");
    let settings = vec![("SECUREFLOW_PIPELINE__WORKERS", "1024")];
    let (mut server, address) = common::start(&data, TOKEN, &settings);
    let mut config = secureflow_client::ClientConfig::new(&address).expect("address");
    config.token = Some(TOKEN.to_owned());
    config.timeout = Duration::from_secs(600);
    let client = SecureFlow::connect(&config).await.expect("connect");
    let definition = THREE_SLOW_STAGES
        .replace("{name}", "three-slow")
        .replace("{seconds}", &seconds.to_string());
    let target = create(&client, &definition, "").await;

    let began = Instant::now();
    let every = Duration::from_secs_f64(1.0 / rate.max(1) as f64);
    let mut requests = Vec::with_capacity(count);
    for n in 0..count {
        tokio::time::sleep_until((began + every * u32::try_from(n).unwrap_or(0)).into()).await;
        let (client, id) = (client.clone(), target.id.clone());
        requests.push(tokio::spawn(async move {
            let at = micros(SystemTime::now());
            let queued = client
                .pipeline()
                .execute_pipeline(pipeline::ExecutePipelineRequest {
                    pipeline_id: id,
                    request_id: format!("paced-{n}"),
                    ..Default::default()
                })
                .await
                .expect("queued")
                .into_inner()
                .execution
                .expect("execution");
            (queued.id, at)
        }));
    }
    let mut sent = std::collections::HashMap::new();
    let first = micros(SystemTime::now());
    for request in requests {
        let (id, at) = request.await.expect("request");
        sent.insert(id, at);
    }
    let first = sent.values().copied().min().unwrap_or(first);
    let requested = began.elapsed();
    let mut done;
    loop {
        done = executions(&client, &target.id).await;
        if done.len() >= count && done.iter().all(finished) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let total = began.elapsed();
    let succeeded = done
        .iter()
        .filter(|e| e.status() == pipeline::ExecutionStatus::Succeeded && e.stages.len() == 3)
        .count();
    let mut timed: Vec<(f64, f64, String)> = done
        .iter()
        .filter_map(|e| {
            let at = *sent.get(&e.id)?;
            let start = first_step_start(e)?;
            let created = timestamp_micros(e.create_time.as_ref())?;
            let claimed = timestamp_micros(e.start_time.as_ref())?;
            Some((
                (at - first) as f64 / 1e6,
                (start - at) as f64 / 1000.0,
                format!(
                    "request → created {:.0} ms, → claimed {:.0} ms, → first step {:.0} ms",
                    (created - at) as f64 / 1000.0,
                    (claimed - created) as f64 / 1000.0,
                    (start - claimed) as f64 / 1000.0
                ),
            ))
        })
        .collect();
    let latencies: Vec<f64> = timed.iter().map(|(_, latency, _)| *latency).collect();
    // When the slowest were requested (seconds from the first request).
    timed.sort_by(|a, b| b.1.total_cmp(&a.1));
    let slowest: Vec<String> = timed
        .iter()
        .take(3)
        .map(|(at, latency, parts)| format!("{latency:.0} ms at {at:.2} s ({parts})"))
        .collect();
    println!(
        "{count} executions of a three-stage pipeline of {seconds} s steps, requested at {rate}/s \
         (all in {:.2} s), workers 1024: {} of {count} queued, {succeeded} succeeded, at most {} \
         running at once, all finished in {:.2} s; trigger latency (request → first step running) \
         while they run {}; slowest {}",
        requested.as_secs_f64(),
        done.len(),
        peak_running(&done),
        total.as_secs_f64(),
        summary(latencies),
        slowest.join(", "),
    );
    let _ = server.kill();
    let _ = server.wait();
}

/// Part 1 on a server with `workers` workers (`None`: the default).
async fn concurrent(workers: Option<&str>, count: usize, clients: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("server");
    std::fs::create_dir_all(&data).expect("data");
    let mut settings = Vec::new();
    if let Some(workers) = workers {
        settings.push(("SECUREFLOW_PIPELINE__WORKERS", workers));
    }
    let (mut server, address) = common::start(&data, TOKEN, &settings);
    let mut config = secureflow_client::ClientConfig::new(&address).expect("address");
    config.token = Some(TOKEN.to_owned());
    config.timeout = Duration::from_secs(600);
    let client = SecureFlow::connect(&config).await.expect("connect");
    let name = format!("three-{}", workers.unwrap_or("default"));
    let target = create(&client, &THREE_STAGES.replace("{name}", &name), "").await;

    let began = Instant::now();
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let sent = Arc::new(tokio::sync::Mutex::new(Vec::with_capacity(count)));
    let callers: Vec<_> = (0..clients)
        .map(|_| {
            let (client, next, sent, id) = (
                client.clone(),
                next.clone(),
                sent.clone(),
                target.id.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let n = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if n >= count {
                        return;
                    }
                    let at = micros(SystemTime::now());
                    let queued = client
                        .pipeline()
                        .execute_pipeline(pipeline::ExecutePipelineRequest {
                            pipeline_id: id.clone(),
                            request_id: format!("bench-{n}"),
                            ..Default::default()
                        })
                        .await
                        .expect("queued")
                        .into_inner()
                        .execution
                        .expect("execution");
                    let answered = micros(SystemTime::now());
                    sent.lock().await.push((queued.id, (at, answered)));
                }
            })
        })
        .collect();
    for caller in callers {
        caller.await.expect("caller");
    }
    let requested = began.elapsed();
    let mut done;
    loop {
        done = executions(&client, &target.id).await;
        if done.len() >= count && done.iter().all(finished) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let total = began.elapsed();
    let sent: std::collections::HashMap<String, (i64, i64)> =
        sent.lock().await.iter().cloned().collect();
    let succeeded = done
        .iter()
        .filter(|e| {
            e.status() == pipeline::ExecutionStatus::Succeeded
                && e.stages.len() == 3
                && e.stages
                    .iter()
                    .all(|s| s.status() == pipeline::ExecutionStatus::Succeeded)
        })
        .count();
    let latencies: Vec<f64> = done
        .iter()
        .filter_map(|e| Some((first_step_start(e)? - sent.get(&e.id)?.0) as f64 / 1000.0))
        .collect();
    // Where the time goes: the request's answer, the wait in the queue (the
    // execution's creation → its claim by a worker), the claim → first step.
    let answers: Vec<f64> = sent
        .values()
        .map(|(at, answered)| (answered - at) as f64 / 1000.0)
        .collect();
    let between = |from: fn(&pipeline::Execution) -> Option<i64>,
                   to: fn(&pipeline::Execution) -> Option<i64>| {
        done.iter()
            .filter_map(|e| Some((to(e)? - from(e)?) as f64 / 1000.0))
            .collect::<Vec<f64>>()
    };
    let created = |e: &pipeline::Execution| timestamp_micros(e.create_time.as_ref());
    let claimed = |e: &pipeline::Execution| timestamp_micros(e.start_time.as_ref());
    let waits = between(created, claimed);
    let setups = between(claimed, first_step_start);
    println!(
        "{count} executions of a three-stage pipeline, {clients} callers at once, workers {}: \
         {} of {} queued ({} distinct), {succeeded} succeeded with three stages, all requested in {:.2} s, \
         all finished in {:.2} s; trigger latency (request → first step running) {}; \
         of which: the answer {}, queued → claimed {}, claimed → first step {}",
        workers.unwrap_or("16 (default)"),
        done.len(),
        count,
        sent.len(),
        requested.as_secs_f64(),
        total.as_secs_f64(),
        summary(latencies),
        summary(answers),
        summary(waits),
        summary(setups),
    );
    let _ = server.kill();
    let _ = server.wait();
}

fn signed_push(template: &Value, n: usize) -> (String, Vec<u8>, String) {
    let mut body = template.clone();
    body["after"] = Value::String(format!("{:040x}", n + 1));
    let body = body.to_string().into_bytes();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).expect("key");
    mac.update(&body);
    let signature = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    (format!("bench-push-{n}"), body, signature)
}

/// Part 2.
async fn pushes(client: &SecureFlow, server: &str, count: usize) {
    let (repository_id, path) = common::github_repository_with_webhook(client, SECRET).await;
    // The pipeline service's copy of the repository comes from its event.
    let target = loop {
        let attempt = client
            .pipeline()
            .create_pipeline(pipeline::CreatePipelineRequest {
                pipeline: Some(pipeline::Pipeline {
                    definition: THREE_STAGES.replace("{name}", "on-push"),
                    repository_id: repository_id.clone(),
                    ..Default::default()
                }),
            })
            .await;
        match attempt {
            Ok(created) => break created.into_inner().pipeline.expect("pipeline"),
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    let http = reqwest::Client::new();
    let url = format!("{server}{path}");
    let template: Value = serde_json::from_slice(GITHUB_PUSH).expect("payload");
    let mut latencies = Vec::with_capacity(count);
    for n in 0..count {
        let (id, body, signature) = signed_push(&template, n);
        let at = micros(SystemTime::now());
        let status = http
            .post(&url)
            .header("content-type", "application/json")
            .header("x-github-event", "push")
            .header("x-github-delivery", id)
            .header("x-hub-signature-256", signature)
            .body(body)
            .send()
            .await
            .expect("delivered")
            .status();
        assert_eq!(status, 200);
        let started = loop {
            let listed = client
                .pipeline()
                .list_executions(pipeline::ListExecutionsRequest {
                    pipeline_id: target.id.clone(),
                    page_size: 1,
                    ..Default::default()
                })
                .await
                .expect("listed")
                .into_inner()
                .executions;
            if let Some(start) = listed
                .first()
                .filter(|e| e.number == i64::try_from(n).unwrap_or(0) + 1)
                .and_then(first_step_start)
            {
                break start;
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        };
        latencies.push((started - at) as f64 / 1000.0);
    }
    println!(
        "signed push webhook → first step running, {count} pushes one at a time: {}",
        summary(latencies)
    );
}

/// Part 3.
async fn logs(client: &SecureFlow, pid: u32, rate: usize, seconds: usize) {
    let script = format!(
        "import sys, time\nstart = time.time()\nfor s in range({seconds}):\n    for i in range({rate}):\n        print(s * {rate} + i, time.time_ns() // 1000)\n        if i % 100 == 99:\n            sys.stdout.flush()\n            pause = start + s + (i + 1) / {rate} - time.time()\n            if pause > 0:\n                time.sleep(pause)\nsys.stdout.flush()\n"
    );
    let definition = format!(
        "name: chatty\nstages:\n  - name: talk\n    steps:\n      - name: lines\n        command: [python3, -c, {}]\n",
        serde_json::to_string(&script).expect("script")
    );
    let target = create(client, &definition, "").await;
    let before = common::memory_mib(pid, "VmRSS:");
    let execution = client
        .pipeline()
        .execute_pipeline(pipeline::ExecutePipelineRequest {
            pipeline_id: target.id.clone(),
            ..Default::default()
        })
        .await
        .expect("queued")
        .into_inner()
        .execution
        .expect("execution");
    let mut stream = client
        .pipeline()
        .watch_execution(pipeline::WatchExecutionRequest {
            pipeline_id: target.id.clone(),
            execution_id: execution.id.clone(),
            after_log_line: 0,
        })
        .await
        .expect("watching")
        .into_inner();
    let peak = Arc::new(std::sync::Mutex::new(before));
    let sampler = {
        let peak = peak.clone();
        tokio::spawn(async move {
            loop {
                let now = common::memory_mib(pid, "VmRSS:");
                {
                    let mut peak = peak.lock().expect("peak");
                    *peak = peak.max(now);
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    };
    let began = Instant::now();
    let mut expected = 0u64;
    let mut in_order = true;
    let mut lags = Vec::with_capacity(rate * seconds);
    let mut last = None;
    while let Some(message) = stream.message().await.expect("update") {
        match message.update {
            Some(Update::LogLine(line)) => {
                let mut parts = line.text.split_whitespace();
                let number: u64 = parts
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(u64::MAX);
                let written: i64 = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                if number != expected {
                    in_order = false;
                }
                expected = number + 1;
                lags.push((micros(SystemTime::now()) - written) as f64 / 1000.0);
            }
            Some(Update::Snapshot(snapshot)) => last = Some(snapshot),
            _ => {}
        }
    }
    let took = began.elapsed();
    sampler.abort();
    let after = common::memory_mib(pid, "VmRSS:");
    let peak = *peak.lock().expect("peak");
    let status = last.map(|e| e.status()).unwrap_or_default();
    println!(
        "log streaming, one step writing {rate} lines/s for {seconds} s: {} of {} lines received \
         {}, at {:.0} lines/s over {:.1} s, {status:?}; behind the step {}; server RSS {before:.0} MiB \
         before, {peak:.0} MiB at most, {after:.0} MiB after",
        lags.len(),
        rate * seconds,
        if in_order { "in order" } else { "OUT OF ORDER" },
        lags.len() as f64 / took.as_secs_f64(),
        took.as_secs_f64(),
        summary(lags),
    );
}

/// Latest runs a pipeline the web UI's Pipelines page shows.
const LATEST_RUNS: i32 = 5;

/// The first page of `page_size` pipelines, with each one's
/// `latest_executions` latest runs.
async fn pipelines_page(
    client: &SecureFlow,
    page_size: i32,
    latest_executions: i32,
) -> pipeline::ListPipelinesResponse {
    client
        .pipeline()
        .list_pipelines(pipeline::ListPipelinesRequest {
            page_size,
            latest_executions,
            ..Default::default()
        })
        .await
        .expect("listed")
        .into_inner()
}

/// Part 4: a page of `pipelines` pipelines with their latest runs, read in
/// one request and in one request a row.
async fn listing(pipelines: usize, runs: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut server, config, _) = common::serve(dir.path(), TOKEN);
    let client = SecureFlow::connect(&config).await.expect("connect");
    let mut made = Vec::with_capacity(pipelines);
    for n in 0..pipelines {
        let name = format!("list-{n:04}");
        made.push(create(&client, &THREE_STAGES.replace("{name}", &name), "").await);
    }
    let seeded = Instant::now();
    let queued = futures::future::join_all(made.iter().map(|target| {
        let client = client.clone();
        async move {
            for n in 0..runs {
                client
                    .pipeline()
                    .execute_pipeline(pipeline::ExecutePipelineRequest {
                        pipeline_id: target.id.clone(),
                        request_id: format!("list-{n}"),
                        ..Default::default()
                    })
                    .await
                    .expect("queued");
            }
        }
    }));
    queued.await;
    for target in &made {
        loop {
            let done = executions(&client, &target.id).await;
            if done.len() >= runs && done.iter().all(finished) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    println!(
        "{pipelines} pipelines with {runs} finished executions each, run in {:.1} s",
        seeded.elapsed().as_secs_f64()
    );
    let page_size = i32::try_from(pipelines).expect("pipelines");

    // One request: the page and each pipeline's latest runs.
    let one = move |client: SecureFlow| async move {
        let page = pipelines_page(&client, page_size, LATEST_RUNS).await;
        assert_eq!(page.latest_executions.len(), page.pipelines.len());
        let shown: usize = page
            .latest_executions
            .iter()
            .map(|e| e.executions.len())
            .sum();
        (1, shown)
    };
    // A request a row: the page, then each pipeline's latest runs at once.
    let per_row = move |client: SecureFlow| async move {
        let page = pipelines_page(&client, page_size, 0).await;
        let latest = futures::future::join_all(page.pipelines.iter().map(|row| {
            let mut pipelines = client.pipeline();
            let request = pipeline::ListExecutionsRequest {
                pipeline_id: row.id.clone(),
                page_size: LATEST_RUNS,
                ..Default::default()
            };
            async move {
                pipelines
                    .list_executions(request)
                    .await
                    .expect("executions")
            }
        }))
        .await;
        let shown: usize = latest.iter().map(|e| e.get_ref().executions.len()).sum();
        (1 + latest.len(), shown)
    };
    // For reference: the page alone, without runs.
    let bare = move |client: SecureFlow| async move {
        let page = pipelines_page(&client, page_size, 0).await;
        assert_eq!(page.pipelines.len(), pipelines);
        (1, 0)
    };
    let (views, seconds, latencies, _) = viewers(&client, bare, 0).await;
    println!(
        "a page of {pipelines} pipelines alone (no runs): {:.0} views/s, {}",
        views as f64 / seconds,
        summary(latencies)
    );
    let expected = pipelines * runs.min(LATEST_RUNS as usize);
    let (views, seconds, latencies, requests) = viewers(&client, one, expected).await;
    println!(
        "a page of {pipelines} pipelines with their {LATEST_RUNS} latest runs, one request \
         (latest_executions): {:.0} views/s, {}, {requests} request a view",
        views as f64 / seconds,
        summary(latencies)
    );
    let (views, seconds, latencies, requests) = viewers(&client, per_row, expected).await;
    println!(
        "the same page, a request a row (ListPipelines, then ListExecutions a pipeline): \
         {:.0} views/s, {}, {requests} requests a view",
        views as f64 / seconds,
        summary(latencies)
    );
    let _ = server.kill();
    let _ = server.wait();
}

/// Viewers at once reading a page by `view` for 3 s: views, seconds, each
/// view's latency in ms, and requests a view. Every view must show
/// `expected` runs.
async fn viewers<F, Fut>(
    client: &SecureFlow,
    view: F,
    expected: usize,
) -> (usize, f64, Vec<f64>, usize)
where
    F: Fn(SecureFlow) -> Fut + Copy + Send + 'static,
    Fut: std::future::Future<Output = (usize, usize)> + Send,
{
    const VIEWERS: usize = 16;
    let until = Instant::now() + Duration::from_secs(3);
    let began = Instant::now();
    let tasks: Vec<_> = (0..VIEWERS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut requests = 0;
                while Instant::now() < until {
                    let at = Instant::now();
                    let (asked, shown) = view(client.clone()).await;
                    assert_eq!(shown, expected, "runs shown");
                    latencies.push(at.elapsed().as_secs_f64() * 1000.0);
                    requests = asked;
                }
                (latencies, requests)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut requests = 0;
    for task in tasks {
        let (own, asked) = task.await.expect("viewer");
        latencies.extend(own);
        requests = asked;
    }
    let seconds = began.elapsed().as_secs_f64();
    (latencies.len(), seconds, latencies, requests)
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let count = common::setting("SECUREFLOW_BENCH_EXECUTIONS", 1000);
    let clients = common::setting("SECUREFLOW_BENCH_CLIENTS", 100);
    let workers = std::env::var("SECUREFLOW_BENCH_WORKERS").unwrap_or_else(|_| "256".into());
    println!("pipelines, {}", common::backend());
    let parts = std::env::var("SECUREFLOW_BENCH_PARTS")
        .unwrap_or_else(|_| "burst,paced,push,logs,list".into());
    let part = |name: &str| parts.split(',').any(|part| part.trim() == name);
    if part("burst") {
        concurrent(None, count, clients).await;
        concurrent(Some(&workers), count, clients).await;
    }
    if part("paced") {
        paced(
            count,
            common::setting("SECUREFLOW_BENCH_RATE", 200),
            common::setting("SECUREFLOW_BENCH_STEP_SECONDS", 3),
        )
        .await;
    }
    if part("list") {
        listing(
            common::setting("SECUREFLOW_BENCH_LIST_PIPELINES", 50),
            common::setting("SECUREFLOW_BENCH_LIST_RUNS", 20),
        )
        .await;
    }
    if !part("push") && !part("logs") {
        return;
    }

    let dir = tempfile::tempdir().expect("temp dir");
    let (mut server, config, _) = common::serve(dir.path(), TOKEN);
    let client = SecureFlow::connect(&config).await.expect("connect");
    if part("push") {
        pushes(
            &client,
            &config.server,
            common::setting("SECUREFLOW_BENCH_PUSHES", 200),
        )
        .await;
    }
    if part("logs") {
        logs(
            &client,
            server.id(),
            common::setting("SECUREFLOW_BENCH_LOG_RATE", 10_000),
            common::setting("SECUREFLOW_BENCH_LOG_SECONDS", 10),
        )
        .await;
    }
    let _ = server.kill();
    let _ = server.wait();
}
