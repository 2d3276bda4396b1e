//! Webhook deliveries as GitHub makes them, to a release `secureflowd` started
//! on its own (the embedded SQLite in a fresh data directory, or
//! `SECUREFLOW_BENCH_DATABASE_URL`), each a signed `push` of two commits (the
//! documented payload with its own SHAs and delivery id):
//!
//! 1. **Latency**: one delivery at a time; from the moment the POST is sent to
//!    the moment its `repository.commits` event is seen by a consumer reading
//!    the event log (this process, polling the database the server writes as
//!    an out-of-process consumer does, every millisecond). p50, p99, max.
//! 2. **Throughput**: an open-loop generator sending `SECUREFLOW_BENCH_RATE`
//!    deliveries a second (default 500) for `SECUREFLOW_BENCH_SECONDS` (default
//!    60), whatever the answers take; then what was recorded and published is
//!    counted: every delivery answered 200, one delivery record and one
//!    `repository.commits` event each — none lost, none duplicated.
//!
//! Run: `cargo bench -p secureflowd --bench webhooks`. Settings:
//! `SECUREFLOW_BENCH_RATE`, `SECUREFLOW_BENCH_SECONDS`,
//! `SECUREFLOW_BENCH_LATENCY_DELIVERIES` (default 1000),
//! `SECUREFLOW_BENCH_DATABASE_URL`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

mod common;

use hmac::{Hmac, KeyInit, Mac};
use secureflow_client::SecureFlow;
use secureflow_platform::db::Database;
use secureflow_platform::events::EventLog;
use secureflow_proto::secureflow::events::v1::envelope::Data;
use serde_json::Value;

const TOKEN: &str = "sft_webhooks_bench_token_0123456789abcdef";
const SECRET: &str = "a-webhook-secret-for-the-benchmark";
const GITHUB_PUSH: &[u8] = include_bytes!("../../repository/tests/payloads/github-push.json");

/// Delivery `n` of `run`: its id, signed body and signature.
fn push(template: &Value, run: &str, n: usize) -> (String, Vec<u8>, String) {
    let mut body = template.clone();
    body["after"] = Value::String(format!("{:040x}", n + 1));
    for (index, commit) in body["commits"]
        .as_array_mut()
        .expect("commits")
        .iter_mut()
        .enumerate()
    {
        commit["id"] = Value::String(format!("{:040x}", ((n + 1) << 4) + index));
    }
    let body = body.to_string().into_bytes();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).expect("key");
    mac.update(&body);
    let signature = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    (format!("{run}-{n}"), body, signature)
}

async fn deliver(
    client: &reqwest::Client,
    url: &str,
    (id, body, signature): (String, Vec<u8>, String),
) -> Option<u16> {
    client
        .post(url)
        .header("content-type", "application/json")
        .header("x-github-event", "push")
        .header("x-github-delivery", id)
        .header("x-hub-signature-256", signature)
        .body(body)
        .send()
        .await
        .ok()
        .map(|response| response.status().as_u16())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    ms(sorted[index])
}

/// The `repository.commits` events after `after`: (log position, delivery id).
async fn commits_after(log: &EventLog, after: i64) -> Vec<(i64, String)> {
    log.read_after(after, 10_000)
        .await
        .expect("the event log")
        .into_iter()
        .map(|event| {
            let delivery = match event.envelope.data {
                Some(Data::RepositoryCommits(push)) => push.delivery_id,
                _ => String::new(),
            };
            (event.seq, delivery)
        })
        .collect()
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let rate = common::setting("SECUREFLOW_BENCH_RATE", 500);
    let seconds = common::setting("SECUREFLOW_BENCH_SECONDS", 60);
    let latency_deliveries = common::setting("SECUREFLOW_BENCH_LATENCY_DELIVERIES", 1000);
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut server, config, backend) = common::serve(dir.path(), TOKEN);
    let database_url = server.database_url.clone().unwrap_or_else(|| {
        format!(
            "sqlite://{}",
            dir.path()
                .join("server/.secureflow/secureflow.db")
                .display()
        )
    });
    let client = SecureFlow::connect(&config).await.expect("connect");
    let (_, path) = common::github_repository_with_webhook(&client, SECRET).await;
    let url = format!("{}{path}", config.server);
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(256)
        .build()
        .expect("HTTP client");
    let template: Value = serde_json::from_slice(GITHUB_PUSH).expect("payload");
    let db = Database::connect(&database_url, 2, Duration::from_secs(10))
        .await
        .expect("the server's database");
    let log = EventLog::new(db.clone(), Duration::from_millis(1), 1000);
    println!("webhook deliveries, {backend}");

    // 1. Push → repository.commits seen by a consumer, one at a time.
    let mut seen_up_to = commits_after(&log, 0)
        .await
        .last()
        .map_or(0, |(seq, _)| *seq);
    let mut latencies = Vec::with_capacity(latency_deliveries);
    for n in 0..latency_deliveries {
        let delivery = push(&template, "latency", n);
        let id = delivery.0.clone();
        let sent = Instant::now();
        assert_eq!(
            deliver(&http, &url, delivery).await,
            Some(200),
            "delivery {n}"
        );
        'seen: loop {
            for (seq, delivery) in commits_after(&log, seen_up_to).await {
                seen_up_to = seq;
                if delivery == id {
                    break 'seen;
                }
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        latencies.push(sent.elapsed());
    }
    latencies.sort_unstable();
    println!(
        "push → repository.commits seen by a consumer, {latency_deliveries} deliveries one at a time: \
         p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        ms(*latencies.last().expect("latencies")),
    );

    // 2. `rate` deliveries a second for `seconds`, open loop.
    let total = rate * seconds;
    let answers = Arc::new(tokio::sync::Mutex::new(Vec::with_capacity(total)));
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for n in 0..total {
        let due = start + interval * u32::try_from(n).expect("count");
        tokio::time::sleep_until(due.into()).await;
        let (http, url, answers) = (http.clone(), url.clone(), answers.clone());
        let delivery = push(&template, "load", n);
        tasks.spawn(async move {
            let sent = Instant::now();
            let status = deliver(&http, &url, delivery).await;
            answers.lock().await.push((status, sent.elapsed()));
        });
        while tasks.try_join_next().is_some() {}
    }
    let sending = start.elapsed();
    while tasks.join_next().await.is_some() {}
    let answered_in = start.elapsed();
    let answers = answers.lock().await;
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    for (status, _) in answers.iter() {
        *statuses
            .entry(status.map_or_else(|| "no answer".to_owned(), |code| code.to_string()))
            .or_default() += 1;
    }
    let mut times: Vec<Duration> = answers.iter().map(|(_, time)| *time).collect();
    times.sort_unstable();
    // Wait for the last events, then count them per delivery.
    let mut published: BTreeMap<String, usize> = BTreeMap::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while published.len() < total && Instant::now() < deadline {
        for (seq, delivery) in commits_after(&log, seen_up_to).await {
            seen_up_to = seq;
            if delivery.starts_with("load-") {
                *published.entry(delivery).or_default() += 1;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let duplicated = published.values().filter(|count| **count > 1).count();
    let recorded: i64 = sqlx::Row::get(
        &sqlx::query(
            "SELECT COUNT(*) AS n FROM repository_deliveries WHERE delivery_id LIKE 'load-%'",
        )
        .fetch_one(db.pool())
        .await
        .expect("count"),
        "n",
    );
    println!(
        "{rate} deliveries/s for {seconds} s: {total} sent in {:.1} s ({:.0}/s), all answered in {:.1} s; \
         answers {statuses:?}; answer p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        sending.as_secs_f64(),
        total as f64 / sending.as_secs_f64(),
        answered_in.as_secs_f64(),
        percentile(&times, 0.50),
        percentile(&times, 0.99),
        ms(*times.last().expect("answers")),
    );
    println!(
        "recorded {recorded} deliveries, {} repository.commits events for {total} pushes: \
         {} lost, {duplicated} duplicated",
        published.values().sum::<usize>(),
        total - published.len(),
    );
    db.close().await;
    let _ = server.kill();
    let _ = server.wait();
}
