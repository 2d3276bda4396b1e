//! Notifications as users meet them, on a release `secureflowd` started on
//! its own (the embedded SQLite in a fresh data directory, or
//! `SECUREFLOW_BENCH_DATABASE_URL`), with a webhook channel pointing at a
//! local receiver and a subscription rule routing `pipeline.failed` to it.
//! Events are appended to the server's event log by this process, as another
//! process of the mesh publishing does (the same outbox the services write).
//!
//! 1. **Event → first attempt**: `SECUREFLOW_BENCH_EVENTS` (default 200)
//!    events one every 20 ms; from the event's time to the receiver getting
//!    the webhook (one clock: same machine): p50, p99, max.
//! 2. **Sustained rate**: `SECUREFLOW_BENCH_RATE` (default 1,000) events a
//!    second for `SECUREFLOW_BENCH_SECONDS` (default 60), appended a tenth of
//!    a second's worth at a time; every event must reach the receiver once:
//!    received, lost, duplicated (by `Idempotency-Key`), latency, how long
//!    the last took, and the server's resident memory before, every ten
//!    seconds, at its highest and after.
//!
//! Run: `cargo bench -p secureflowd --bench notifications`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

mod common;

use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::notification::v1 as notification;
use secureflow_platform::config::DatabaseConfig;
use secureflow_platform::db::Database;
use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_proto::secureflow::events::v1::{Envelope, PipelineFailed, envelope::Data};

const TOKEN: &str = "sft_notifications_bench_token_0123456789";
const PUBLISHER: Publisher = Publisher::new("secureflow.bench");

fn micros(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// What the receiver got: by idempotency key, how many times, and the
/// first one's latency (µs).
#[derive(Default)]
struct Received {
    requests: u64,
    latency_us: HashMap<String, i64>,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
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

async fn receiver(received: Arc<Mutex<Received>>) -> String {
    let app = axum::Router::new().fallback(
        move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
            let received = received.clone();
            async move {
                let now = micros(SystemTime::now());
                let key = headers
                    .get("idempotency-key")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let body: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                let sent =
                    serde_json::from_value::<pbjson_types::Timestamp>(body["data"]["time"].clone())
                        .map(|t| t.seconds * 1_000_000 + i64::from(t.nanos) / 1000)
                        .unwrap_or(now);
                let mut received = received.lock().expect("lock");
                received.requests += 1;
                received.latency_us.entry(key).or_insert(now - sent);
                axum::http::StatusCode::NO_CONTENT
            }
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/hook", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn failed(organization_id: &str, n: usize) -> Envelope {
    PUBLISHER.envelope(
        &EventContext::system(organization_id),
        format!("execution-{n}"),
        Data::PipelineFailed(PipelineFailed {
            pipeline_id: "bench-pipeline".into(),
            execution_id: format!("execution-{n}"),
            repository_id: "bench-repository".into(),
            branch: "main".into(),
            status: "failed".into(),
            failure_reason: "step `unit` exited with 1".into(),
            failed_stage: "test".into(),
            number: i64::try_from(n).unwrap_or(0),
            pipeline_name: "bench".into(),
            ..Default::default()
        }),
    )
}

async fn append(db: &Database, envelopes: &[Envelope]) {
    let mut tx = db.begin().await.expect("transaction");
    events::append_all(&mut tx, db.backend(), envelopes)
        .await
        .expect("appended");
    tx.commit().await.expect("committed");
}

/// Waits until `count` distinct events arrived or `limit` passed.
async fn until_received(
    received: &Arc<Mutex<Received>>,
    count: usize,
    limit: Duration,
) -> Duration {
    let began = Instant::now();
    while received.lock().expect("lock").latency_us.len() < count && began.elapsed() < limit {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    began.elapsed()
}

#[tokio::main]
async fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut server, address) = common::start(dir.path(), TOKEN, &[]);
    let pid = server.id();
    let mut config = secureflow_client::ClientConfig::new(&address).expect("address");
    config.token = Some(TOKEN.to_owned());
    let client = SecureFlow::connect(&config).await.expect("connect");
    let received = Arc::new(Mutex::new(Received::default()));
    let url = receiver(received.clone()).await;
    let channel = client
        .notification()
        .create_channel(client.request(notification::CreateChannelRequest {
            channel: Some(notification::Channel {
                name: "bench-hook".into(),
                r#type: notification::ChannelType::Webhook.into(),
                settings: [("url".to_owned(), url)].into(),
                credentials: [("secret".to_owned(), "bench-secret".to_owned())].into(),
                ..Default::default()
            }),
        }))
        .await
        .expect("channel")
        .into_inner()
        .channel
        .expect("channel");
    client
        .notification()
        .create_subscription_rule(client.request(notification::CreateSubscriptionRuleRequest {
            subscription_rule: Some(notification::SubscriptionRule {
                name: "failed pipelines".into(),
                event_types: vec!["pipeline.failed".into()],
                channel_ids: vec![channel.id.clone()],
                ..Default::default()
            }),
        }))
        .await
        .expect("rule");
    let url = server.database_url.clone().unwrap_or_else(|| {
        format!(
            "sqlite://{}",
            dir.path().join(".secureflow/secureflow.db").display()
        )
    });
    let db = Database::open(&url, &DatabaseConfig::default())
        .await
        .expect("the server's database");
    let organization_id = channel.organization_id.clone();
    println!(
        "notifications, {}",
        if url.starts_with("postgres") {
            "PostgreSQL"
        } else {
            "SQLite (embedded default)"
        }
    );

    // Part 1.
    let count = common::setting("SECUREFLOW_BENCH_EVENTS", 200);
    for n in 0..count {
        append(&db, &[failed(&organization_id, n)]).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    until_received(&received, count, Duration::from_secs(60)).await;
    let latencies: Vec<f64> = {
        let received = received.lock().expect("lock");
        received
            .latency_us
            .values()
            .map(|us| *us as f64 / 1000.0)
            .collect()
    };
    println!(
        "event → first delivery attempt on a webhook, {count} events one every 20 ms: {} of {count} received, {}",
        latencies.len(),
        summary(latencies)
    );

    // Part 2.
    *received.lock().expect("lock") = Received::default();
    let rate = common::setting("SECUREFLOW_BENCH_RATE", 1000);
    let seconds = common::setting("SECUREFLOW_BENCH_SECONDS", 60);
    let before = common::memory_mib(pid, "VmRSS:");
    let mut highest = before;
    // Resident memory every ten seconds: flat, or growing with the load?
    let mut samples = Vec::new();
    let began = Instant::now();
    let per_tick = (rate / 10).max(1);
    let mut n = count;
    for tick in 0..seconds * 10 {
        tokio::time::sleep_until(
            (began + Duration::from_millis(100) * u32::try_from(tick).unwrap_or(0)).into(),
        )
        .await;
        let batch: Vec<Envelope> = (0..per_tick)
            .map(|i| failed(&organization_id, n + i))
            .collect();
        n += per_tick;
        append(&db, &batch).await;
        if tick % 10 == 0 {
            let now = common::memory_mib(pid, "VmRSS:");
            highest = highest.max(now);
            if tick % 100 == 0 {
                samples.push(format!("{now:.0}"));
            }
        }
    }
    let appended = began.elapsed();
    let total = per_tick * seconds * 10;
    let drained = until_received(&received, total, Duration::from_secs(300)).await;
    highest = highest.max(common::memory_mib(pid, "VmRSS:"));
    let after = common::memory_mib(pid, "VmRSS:");
    let (requests, latencies) = {
        let received = received.lock().expect("lock");
        (
            received.requests,
            received
                .latency_us
                .values()
                .map(|us| *us as f64 / 1000.0)
                .collect::<Vec<_>>(),
        )
    };
    let distinct = latencies.len();
    println!(
        "{total} events at {rate}/s for {seconds} s (appended in {:.1} s): {distinct} received \
         ({} lost, {} duplicated), the last {:.1} s after the final append; event → receiver {}; \
         server RSS {before:.0} MiB before, {highest:.0} MiB at most, {after:.0} MiB after \
         (every 10 s: {} MiB)",
        appended.as_secs_f64(),
        total.saturating_sub(distinct),
        requests.saturating_sub(u64::try_from(distinct).unwrap_or(0)),
        drained.as_secs_f64(),
        summary(latencies),
        samples.join(", "),
    );
    let _ = server.kill();
    let _ = server.wait();
}
