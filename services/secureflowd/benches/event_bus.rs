//! Events across processes over Kafka, as a distributed deployment moves
//! them: this process appends events to the outbox in PostgreSQL (as a
//! service does, in transactions), a release `secureflowd` started on its
//! own relays the outbox to Kafka (the `tansu` broker `scripts/dev-tools.sh`
//! installs, or `SECUREFLOW_TEST_KAFKA_BROKERS`), and a consumer in a third
//! process (this binary again, in its own consumer group) handles them.
//!
//! 1. **Latency**: `SECUREFLOW_BENCH_LATENCY_RATE` (default 1,000) events a
//!    second for `SECUREFLOW_BENCH_LATENCY_SECONDS` (default 30), ten per
//!    transaction; from the event's time (set when it is built, before its
//!    transaction commits) to the consumer handling it: p50, p99, max.
//! 2. **Sustained rate**: `SECUREFLOW_BENCH_RATE` (default 10,000) events a
//!    second for `SECUREFLOW_BENCH_SECONDS` (default 60), a hundredth of a
//!    second's worth per transaction; every event must reach the consumer:
//!    handled, lost, redelivered, the relay's backlog every ten seconds, and
//!    how long after the last append the last event was handled.
//!
//! Run: `cargo bench -p secureflowd --bench event_bus` (needs the test
//! PostgreSQL of the README and the broker).

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

mod common;

use futures::future::BoxFuture;
use secureflow_platform::config::EventsConfig;
use secureflow_platform::db::Database;
use secureflow_platform::events::kafka::KafkaBus;
use secureflow_platform::events::{self, EventContext, EventHandler, Publisher, StoredEvent};
use secureflow_platform::migrations::PLATFORM_MIGRATIONS;
use secureflow_platform::testkit::{KafkaBroker, TestDatabase};
use secureflow_proto::secureflow::events::v1::{TestCompleted, envelope::Data};

const TOKEN: &str = "sft_event_bus_bench_token_0123456789";
const PUBLISHER: Publisher = Publisher::new("secureflow.bench");
const PREFIX: &str = "bench";
/// An event type no service consumes (the relay process runs none anyway).
const TOPIC: &str = "test.completed";

fn now_us() -> i64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn settings(brokers: &str) -> EventsConfig {
    let mut config = EventsConfig::default();
    config.kafka.brokers = brokers.to_owned();
    config.kafka.topic_prefix = format!("{PREFIX}.");
    config.kafka.group_prefix = PREFIX.to_owned();
    config
}

fn percentile(sorted: &[i64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize] as f64 / 1000.0
}

// ---- the consumer process ---------------------------------------------------

/// What the consumer saw of the phase it counts (event ids starting with it).
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    redelivered: u64,
    latency_us: Vec<i64>,
    warm: bool,
}

struct Counter {
    phase: String,
    seen: Arc<Mutex<Seen>>,
}

impl EventHandler for Counter {
    fn handle<'a>(
        &'a self,
        event: &'a StoredEvent,
    ) -> BoxFuture<'a, secureflow_platform::Result<()>> {
        let handled = now_us();
        Box::pin(async move {
            let id = &event.envelope.aggregate_id;
            let mut seen = self.seen.lock().expect("lock");
            if id.starts_with("warm") {
                seen.warm = true;
            } else if id.starts_with(&self.phase) {
                let sent = event.envelope.timestamp.as_ref().map_or(0, |time| {
                    time.seconds * 1_000_000 + i64::from(time.nanos) / 1000
                });
                if seen.ids.insert(id.clone()) {
                    seen.latency_us.push(handled - sent);
                } else {
                    seen.redelivered += 1;
                }
            }
            Ok(())
        })
    }
}

/// `event_bus consume BROKERS PHASE`: handles events in its own group,
/// printing `warm` once it gets events and `seen N` every 100 ms.
fn consume(brokers: &str, phase: &str) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let bus = KafkaBus::connect(&settings(brokers))
            .await
            .expect("connect");
        let seen: Arc<Mutex<Seen>> = Arc::default();
        let handler = Arc::new(Counter {
            phase: phase.to_owned(),
            seen: seen.clone(),
        });
        let group: &'static str = Box::leak(format!("consumer.{phase}").into_boxed_str());
        let (_stop_tx, stop) = tokio::sync::watch::channel(false);
        let _consumer = bus.spawn_consumer(group, &[TOPIC], handler, stop);
        let mut said_warm = false;
        loop {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let seen = seen.lock().expect("lock");
            if seen.warm && !said_warm {
                println!("warm");
                said_warm = true;
            }
            let mut sorted = seen.latency_us.clone();
            sorted.sort_unstable();
            println!(
                "seen {} redelivered {} p50 {:.1} p99 {:.1} max {:.1}",
                seen.ids.len(),
                seen.redelivered,
                percentile(&sorted, 0.5),
                percentile(&sorted, 0.99),
                percentile(&sorted, 1.0)
            );
        }
    });
}

// ---- the bench ---------------------------------------------------------------

async fn append(db: &Database, ids: impl Iterator<Item = String>) {
    let context = EventContext::system("org-bench");
    let envelopes = PUBLISHER.envelopes(
        &context,
        ids.map(|id| {
            (
                id.clone(),
                Data::TestCompleted(TestCompleted {
                    execution_id: id,
                    ..Default::default()
                }),
            )
        }),
    );
    let mut tx = db.begin().await.expect("begin");
    events::append_all(&mut tx, db.backend(), &envelopes)
        .await
        .expect("append");
    tx.commit().await.expect("commit");
}

async fn backlog(db: &Database) -> i64 {
    KafkaBus::unrelayed(db).await.expect("backlog")
}

/// Starts the consumer process for `phase`, warms it up (events until it
/// has joined its group and handles them) and returns its progress lines.
async fn consumer(
    db: &Database,
    brokers: &str,
    phase: &str,
) -> (std::process::Child, std::sync::mpsc::Receiver<String>) {
    let mut child = Command::new(std::env::current_exe().expect("bench binary"))
        .args(["consume", brokers, phase])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("consumer process");
    let (lines_tx, lines) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().expect("stdout");
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                return;
            }
        }
    });
    let started = Instant::now();
    let mut n = 0;
    loop {
        append(db, std::iter::once(format!("warm-{phase}-{n}"))).await;
        n += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
        if lines.try_iter().any(|line| line == "warm") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the consumer never started"
        );
    }
    (child, lines)
}

/// Waits until the consumer has seen `count` events of its phase; the last line.
fn wait_for(lines: &std::sync::mpsc::Receiver<String>, count: usize) -> (String, Instant) {
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let line = lines
            .recv_timeout(Duration::from_secs(30))
            .expect("the consumer reports");
        let seen: usize = line
            .strip_prefix("seen ")
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if seen >= count {
            return (line, Instant::now());
        }
        assert!(
            Instant::now() < deadline,
            "only {seen} of {count} events arrived: {line}"
        );
    }
}

async fn run_phase(db: &Database, brokers: &str, phase: &str, rate: usize, seconds: usize) {
    let (mut child, lines) = consumer(db, brokers, phase).await;
    // A transaction every 10 ms, a hundredth of a second's events each.
    let per_tick = (rate / 100).max(1);
    let ticks = seconds * 100;
    let started = Instant::now();
    let mut backlogs = Vec::new();
    for tick in 0..ticks {
        append(
            db,
            (0..per_tick).map(|n| format!("{phase}-{}", tick * per_tick + n)),
        )
        .await;
        if tick % 1000 == 999 {
            backlogs.push(backlog(db).await);
        }
        let due = started + Duration::from_millis(10 * (tick as u64 + 1));
        tokio::time::sleep_until(due.into()).await;
    }
    let appended = Instant::now();
    let elapsed = appended - started;
    let count = per_tick * ticks;
    let (line, done) = wait_for(&lines, count);
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "  {count} events in {:.1} s ({:.0}/s appended); consumer: {line}",
        elapsed.as_secs_f64(),
        count as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  relay backlog every 10 s: {backlogs:?}; last event handled {:.2} s after the last append",
        (done - appended).as_secs_f64()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("consume") {
        consume(&args[2], &args[3]);
        return;
    }
    if args.iter().any(|arg| arg == "--list") {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let broker = KafkaBroker::start().await.expect("a Kafka broker (run scripts/dev-tools.sh)");
        let database = TestDatabase::postgres().await.expect("the test PostgreSQL");
        let db = database.connect().await;
        db.migrate(&PLATFORM_MIGRATIONS).await.expect("migrations");
        let dir = tempfile::tempdir().expect("dir");
        let url = database.url.clone();
        let (mut server, _address) = common::start(
            dir.path(),
            TOKEN,
            &[
                ("SECUREFLOW_SERVICES", "gateway"),
                ("SECUREFLOW_DATABASE__URL", url.as_str()),
                ("SECUREFLOW_EVENTS__KAFKA__BROKERS", broker.brokers.as_str()),
                ("SECUREFLOW_EVENTS__KAFKA__TOPIC_PREFIX", "bench."),
                ("SECUREFLOW_EVENTS__KAFKA__GROUP_PREFIX", "bench"),
            ],
        );
        println!("event bus: PostgreSQL outbox → release secureflowd relay → Kafka (tansu) → consumer process");
        let rate = common::setting("SECUREFLOW_BENCH_LATENCY_RATE", 1000);
        let seconds = common::setting("SECUREFLOW_BENCH_LATENCY_SECONDS", 30);
        println!("latency: {rate} events/s for {seconds} s");
        run_phase(&db, &broker.brokers, "latency", rate, seconds).await;
        let rate = common::setting("SECUREFLOW_BENCH_RATE", 10_000);
        let seconds = common::setting("SECUREFLOW_BENCH_SECONDS", 60);
        println!("sustained: {rate} events/s for {seconds} s");
        run_phase(&db, &broker.brokers, "sustained", rate, seconds).await;
        let _ = server.kill();
        let _ = server.wait();
        database.cleanup().await;
    });
}
