//! Storage and outbox contract tests, run against every backend (SQLite always;
//! PostgreSQL when reachable, and always under `CI=true`).

use crate::common;

use std::collections::{BTreeSet, HashMap};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{self, EventHandler, EventLog, StoredEvent};
use secureflow_platform::migrations::PLATFORM_MIGRATIONS;
use secureflow_platform::testkit::{TestDatabase, wait_while};
use secureflow_platform::{ErrorCode, Result};
use secureflow_proto::secureflow::events::v1::{Envelope, Metadata, ScanStarted, envelope};
use sqlx::Row;
use tokio::io::{AsyncBufReadExt, BufReader};

async fn prepare(database: &TestDatabase) -> EventLog {
    EventLog::new(
        common::migrated(database).await,
        Duration::from_millis(20),
        64,
    )
}

fn scan_started(event_id: &str) -> Envelope {
    Envelope {
        event_id: event_id.to_owned(),
        event_type: "scan.started".to_owned(),
        source: "test".to_owned(),
        aggregate_id: format!("scan-{event_id}"),
        metadata: Some(Metadata {
            organization_id: "org-1".to_owned(),
            ..Default::default()
        }),
        data: Some(envelope::Data::ScanStarted(ScanStarted {
            scan_id: format!("scan-{event_id}"),
            ..Default::default()
        })),
        ..Default::default()
    }
}

async fn write_committed(db: &Database, event_id: &str) {
    write_envelope(db, &scan_started(event_id)).await;
}

async fn write_envelope(db: &Database, envelope: &Envelope) {
    let mut tx = db.begin().await.expect("begin");
    events::append(&mut tx, db.backend(), envelope)
        .await
        .expect("append");
    tx.commit().await.expect("commit");
}

/// Records each event it is given into `received`, at most once per event id.
struct IdempotentRecorder {
    db: Database,
    consumer: &'static str,
}

impl EventHandler for IdempotentRecorder {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let mut tx = self.db.begin().await?;
            if events::mark_processed(&mut tx, self.consumer, &event.envelope.event_id).await? {
                sqlx::query("INSERT INTO received (event_id, handled_at_us) VALUES ($1, $2)")
                    .bind(&event.envelope.event_id)
                    .bind(now_micros())
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }
}

/// Handles events slowly.
struct Slow<H>(H);

impl<H: EventHandler> EventHandler for Slow<H> {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            tokio::time::sleep(Duration::from_millis(3)).await;
            self.0.handle(event).await
        })
    }
}

/// Counts the events it is offered (not idempotent: every offer counts).
struct Counting<H> {
    inner: H,
    offered: AtomicUsize,
}

impl<H: EventHandler> EventHandler for Counting<H> {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        self.offered.fetch_add(1, Ordering::SeqCst);
        self.inner.handle(event)
    }
}

async fn received(db: &Database) -> Vec<String> {
    sqlx::query("SELECT event_id FROM received ORDER BY handled_at_us")
        .fetch_all(db.pool())
        .await
        .expect("reading received")
        .iter()
        .map(|row| row.get::<String, _>("event_id"))
        .collect()
}

async fn outbox_ids(db: &Database) -> BTreeSet<String> {
    sqlx::query("SELECT event_id FROM event_outbox")
        .fetch_all(db.pool())
        .await
        .expect("reading the outbox")
        .iter()
        .map(|row| row.get::<String, _>("event_id"))
        .collect()
}

async fn migrations_are_tracked_per_service_and_apply_once(database: TestDatabase) {
    let db = database.connect().await;
    for _ in 0..2 {
        db.migrate(&PLATFORM_MIGRATIONS)
            .await
            .expect("platform migrations are idempotent");
        db.migrate(&common::RECEIVED_MIGRATIONS)
            .await
            .expect("a second service also has version 1");
    }
    for (table, steps) in [
        ("_migrations_platform", PLATFORM_MIGRATIONS.steps.len()),
        ("_migrations_receiver", 1),
    ] {
        let count: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n FROM {table}"
        )))
        .fetch_one(db.pool())
        .await
        .expect("migration table exists")
        .get("n");
        assert_eq!(
            count,
            i64::try_from(steps).expect("few steps"),
            "{table} on {:?}",
            database.backend
        );
    }
    db.close().await;
    database.cleanup().await;
}

async fn a_consumer_gets_only_its_topics_and_passes_the_rest_at_once(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let mut tx = db.begin().await.expect("begin");
    let mut envelopes = Vec::new();
    for n in 0..500 {
        let mut other = scan_started(&format!("other-{n}"));
        other.event_type = "vulnerability.detected".to_owned();
        envelopes.push(other);
    }
    envelopes.push(scan_started("wanted"));
    events::append_all(&mut tx, db.backend(), &envelopes)
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    let recorder = Counting {
        inner: IdempotentRecorder {
            db: db.clone(),
            consumer: "picky",
        },
        offered: AtomicUsize::new(0),
    };
    let handled = log
        .deliver_pending("picky", &["scan.started"], &recorder)
        .await
        .expect("delivery");
    assert_eq!(handled, 1);
    assert_eq!(recorder.offered.load(Ordering::SeqCst), 1);
    assert_eq!(received(&db).await, ["wanted"]);
    let newest = log
        .read_after(0, 1000)
        .await
        .expect("read")
        .last()
        .expect("events")
        .seq;
    assert_eq!(
        log.cursor("picky").await.expect("cursor"),
        newest,
        "the cursor is past every event"
    );
    db.close().await;
    database.cleanup().await;
}

/// Appends an event of a topic nobody here consumes, and says so.
async fn write_other(log: &EventLog, event_id: &str) {
    let mut other = scan_started(event_id);
    other.event_type = "vulnerability.detected".to_owned();
    write_envelope(log.database(), &other).await;
    log.notify_committed();
}

async fn a_running_consumer_stores_what_it_passes_over_now_and_then(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let recorder = Arc::new(IdempotentRecorder {
        db: db.clone(),
        consumer: "lazy",
    });
    let started = std::time::Instant::now();
    let consumer = log.spawn_consumer("lazy", &["scan.started"], recorder.clone(), stop_rx);
    // Events of other topics, each announced: passed over without a cursor
    // write each (stored at most once a second).
    for n in 0..30 {
        write_other(&log, &format!("other-{n}")).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    if started.elapsed() < events::PASSED_STORED_EVERY {
        assert_eq!(
            log.cursor("lazy").await.expect("cursor"),
            0,
            "passed-over events are not stored one by one"
        );
    }
    // A wanted event is handled and its place stored at once.
    write_committed(&db, "wanted").await;
    log.notify_committed();
    wait_while(
        Duration::from_secs(10),
        Duration::from_millis(10),
        "never handled",
        async || received(&db).await.is_empty(),
    )
    .await;
    let wanted_seq = log
        .read_after(0, 1000)
        .await
        .expect("read")
        .last()
        .expect("events")
        .seq;
    // The handler's commit and the cursor's write are two writes: the cursor
    // follows at once, not in the same instant.
    wait_while(
        Duration::from_secs(5),
        Duration::from_millis(5),
        "the handled event's place was not stored",
        async || log.cursor("lazy").await.expect("cursor") != wanted_seq,
    )
    .await;
    // More passed over: after a second, stored.
    for n in 30..40 {
        write_other(&log, &format!("other-{n}")).await;
    }
    let newest = log
        .read_after(0, 1000)
        .await
        .expect("read")
        .last()
        .expect("events")
        .seq;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        // Each announcement runs the consumer again; the store comes due.
        log.notify_committed();
        if log.cursor("lazy").await.expect("cursor") == newest {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "never stored");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop_tx.send(true).expect("stop");
    consumer.await.expect("consumer stopped");
    // Started again, nothing is handled twice.
    let handled = log
        .deliver_pending("lazy", &["scan.started"], recorder.as_ref())
        .await
        .expect("delivery");
    assert_eq!(handled, 0);
    assert_eq!(received(&db).await, ["wanted"]);
    db.close().await;
    database.cleanup().await;
}

async fn committed_events_are_delivered_once_in_commit_order(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    for id in ["a", "b", "c"] {
        write_committed(&db, id).await;
    }
    let recorder = IdempotentRecorder {
        db: db.clone(),
        consumer: "recorder",
    };
    assert_eq!(
        log.deliver_pending("recorder", &[], &recorder)
            .await
            .expect("delivery"),
        3
    );
    assert_eq!(
        log.deliver_pending("recorder", &[], &recorder)
            .await
            .expect("nothing new"),
        0
    );
    write_committed(&db, "d").await;
    assert_eq!(
        log.deliver_pending("recorder", &[], &recorder)
            .await
            .expect("resumes"),
        1
    );
    assert_eq!(
        received(&db).await,
        ["a", "b", "c", "d"],
        "{:?}",
        database.backend
    );
    let first = log.read_after(0, 1).await.expect("read");
    assert_eq!(
        first[0].envelope,
        scan_started("a"),
        "the envelope round-trips"
    );
    db.close().await;
    database.cleanup().await;
}

async fn event_in_rolled_back_transaction_is_never_delivered(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let mut tx = db.begin().await.expect("begin");
    events::append(&mut tx, db.backend(), &scan_started("ghost"))
        .await
        .expect("append");
    tx.rollback().await.expect("rollback");
    write_committed(&db, "real").await;
    let recorder = IdempotentRecorder {
        db: db.clone(),
        consumer: "recorder",
    };
    log.deliver_pending("recorder", &[], &recorder)
        .await
        .expect("delivery");
    assert_eq!(received(&db).await, ["real"], "{:?}", database.backend);
    assert_eq!(outbox_ids(&db).await, BTreeSet::from(["real".to_owned()]));
    db.close().await;
    database.cleanup().await;
}

async fn invalid_envelope_is_refused_and_writes_nothing(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let mut tx = db.begin().await.expect("begin");
    let mut nameless = scan_started("x");
    nameless.event_type.clear();
    let error = events::append(&mut tx, db.backend(), &nameless)
        .await
        .expect_err("refused");
    assert_eq!(error.code(), ErrorCode::InvalidArgument);
    assert_eq!(error.violations()[0].field, "envelope.event_type");
    tx.commit().await.expect("commit");
    assert!(outbox_ids(&db).await.is_empty());
    db.close().await;
    database.cleanup().await;
}

/// Fails on one event id the first `failures` times it sees it.
struct Flaky {
    inner: IdempotentRecorder,
    poison: &'static str,
    failures: AtomicU64,
}

impl EventHandler for Flaky {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if event.envelope.event_id == self.poison && self.failures.load(Ordering::SeqCst) > 0 {
                self.failures.fetch_sub(1, Ordering::SeqCst);
                return Err(secureflow_platform::Error::new(
                    ErrorCode::Unavailable,
                    "downstream is down",
                ));
            }
            self.inner.handle(event).await
        })
    }
}

async fn failing_handler_keeps_the_cursor_before_the_failed_event(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    for id in ["1", "2", "3"] {
        write_committed(&db, id).await;
    }
    let flaky = Flaky {
        inner: IdempotentRecorder {
            db: db.clone(),
            consumer: "flaky",
        },
        poison: "2",
        failures: AtomicU64::new(1),
    };
    let error = log
        .deliver_pending("flaky", &[], &flaky)
        .await
        .expect_err("handler failed");
    assert_eq!(error.code(), ErrorCode::Unavailable);
    assert_eq!(received(&db).await, ["1"]);
    let first_seq = log.read_after(0, 1).await.expect("read")[0].seq;
    assert_eq!(log.cursor("flaky").await.expect("cursor"), first_seq);
    assert_eq!(
        log.deliver_pending("flaky", &[], &flaky)
            .await
            .expect("retry succeeds"),
        2
    );
    assert_eq!(
        received(&db).await,
        ["1", "2", "3"],
        "{:?}",
        database.backend
    );
    db.close().await;
    database.cleanup().await;
}

/// Records a whole read in one transaction; fails (writing nothing) while
/// `failures` lasts.
struct Batched {
    db: Database,
    batches: std::sync::Mutex<Vec<usize>>,
    failures: AtomicU64,
}

impl Batched {
    async fn record(&self, events: &[StoredEvent]) -> Result<()> {
        let mut tx = self.db.begin().await?;
        for event in events {
            if events::mark_processed(&mut tx, "batched", &event.envelope.event_id).await? {
                sqlx::query("INSERT INTO received (event_id, handled_at_us) VALUES ($1, $2)")
                    .bind(&event.envelope.event_id)
                    .bind(event.seq)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        if self.failures.load(Ordering::SeqCst) > 0 {
            self.failures.fetch_sub(1, Ordering::SeqCst);
            return Err(secureflow_platform::Error::new(
                ErrorCode::Unavailable,
                "downstream is down",
            ));
        }
        tx.commit().await?;
        self.batches.lock().expect("batches").push(events.len());
        Ok(())
    }
}

impl EventHandler for Batched {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(self.record(std::slice::from_ref(event)))
    }

    fn handle_batch<'a>(&'a self, events: &'a [StoredEvent]) -> Option<BoxFuture<'a, Result<()>>> {
        Some(Box::pin(self.record(events)))
    }
}

async fn a_batch_handler_gets_each_read_whole_and_a_failed_one_again(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let ids: Vec<String> = (0..100).map(|n| format!("{n:03}")).collect();
    let envelopes: Vec<Envelope> = ids.iter().map(|id| scan_started(id)).collect();
    let mut tx = db.begin().await.expect("begin");
    events::append_all(&mut tx, db.backend(), &envelopes)
        .await
        .expect("append");
    tx.commit().await.expect("commit");
    let batched = Batched {
        db: db.clone(),
        batches: std::sync::Mutex::default(),
        failures: AtomicU64::new(1),
    };
    // The first read (64 events, the log's batch size) fails whole: nothing
    // of it is kept and the cursor does not move.
    let error = log
        .deliver_pending("batched", &[], &batched)
        .await
        .expect_err("the handler failed");
    assert_eq!(error.code(), ErrorCode::Unavailable);
    assert!(received(&db).await.is_empty());
    assert_eq!(log.cursor("batched").await.expect("cursor"), 0);
    // Offered again: two reads, each handled in one go, every event once.
    let handled = log
        .deliver_pending("batched", &[], &batched)
        .await
        .expect("handled");
    assert_eq!(handled, 100);
    assert_eq!(*batched.batches.lock().expect("batches"), [64, 36]);
    assert_eq!(received(&db).await, ids, "{:?}", database.backend);
    let newest = log
        .read_after(0, 1000)
        .await
        .expect("read")
        .last()
        .map(|e| e.seq);
    assert_eq!(Some(log.cursor("batched").await.expect("cursor")), newest);
    db.close().await;
    database.cleanup().await;
}

async fn concurrent_writers_never_let_a_live_consumer_skip_an_event(database: TestDatabase) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let recorder = Arc::new(IdempotentRecorder {
        db: db.clone(),
        consumer: "live",
    });
    let consumer = log.spawn_consumer("live", &[], recorder.clone(), stop_rx);
    let mut writers = Vec::new();
    for writer in 0..6 {
        let db = db.clone();
        let log = log.clone();
        writers.push(tokio::spawn(async move {
            for n in 0..20 {
                write_committed(&db, &format!("w{writer}-{n}")).await;
                log.notify_committed();
            }
        }));
    }
    for writer in writers {
        writer.await.expect("writer finished");
    }
    let expected = outbox_ids(&db).await;
    assert_eq!(expected.len(), 120);
    tokio::time::timeout(Duration::from_secs(20), async {
        while received(&db).await.len() < expected.len() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the live consumer caught up");
    stop_tx.send(true).expect("stop");
    consumer.await.expect("consumer stopped");
    let got = received(&db).await;
    assert_eq!(
        got.len(),
        expected.len(),
        "no duplicates on {:?}",
        database.backend
    );
    assert_eq!(got.into_iter().collect::<BTreeSet<_>>(), expected);
    db.close().await;
    database.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_never_let_a_live_consumer_skip_an_event_sqlite() {
    concurrent_writers_never_let_a_live_consumer_skip_an_event(TestDatabase::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_never_let_a_live_consumer_skip_an_event_postgres() {
    if let Some(database) = TestDatabase::postgres().await {
        concurrent_writers_never_let_a_live_consumer_skip_an_event(database).await;
    }
}

const CHILD_URL_ENV: &str = "SECUREFLOW_TEST_CRASH_CHILD_URL";

/// Helper process for `events_written_before_kill_9_are_delivered_after_restart_once_each`:
/// writes events and consumes them concurrently, printing each committed id, until killed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "helper process started (and killed) by the kill -9 test"]
async fn crash_child_writes_and_consumes_until_killed() {
    let url = std::env::var(CHILD_URL_ENV).expect("started by the kill -9 test");
    let db = Database::connect(&url, 4, Duration::from_secs(10))
        .await
        .expect("connect");
    let log = EventLog::new(db.clone(), Duration::from_millis(5), 8);
    let (_stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    // The consumer is slower than the writer, so events are in flight (written,
    // not yet handled) whenever the kill comes.
    let recorder = Arc::new(Slow(IdempotentRecorder {
        db: db.clone(),
        consumer: "crash",
    }));
    let _consumer = log.spawn_consumer("crash", &[], recorder, stop_rx);
    for n in 0u64.. {
        let id = format!("crash-{n}");
        write_committed(&db, &id).await;
        log.notify_committed();
        println!("committed {id}");
    }
}

async fn events_written_before_kill_9_are_delivered_after_restart_once_each(
    database: TestDatabase,
) {
    let log = prepare(&database).await;
    let db = log.database().clone();
    let mut child = tokio::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            common::test_name(
                module_path!(),
                "crash_child_writes_and_consumes_until_killed",
            )
            .as_str(),
            "--exact",
            "--ignored",
            "--nocapture",
        ])
        .env(CHILD_URL_ENV, &database.url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("starting the child process");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut committed = BTreeSet::new();
    // Kill once the child has committed a good number of events and its
    // consumer has handled some (it starts a little after the writer).
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while committed.len() < 60 || received(&db).await.len() < 5 {
        assert!(
            std::time::Instant::now() < deadline,
            "the child's consumer never handled an event"
        );
        let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
            .await
            .expect("child makes progress")
            .expect("reading child output")
            .expect("child is alive");
        if let Some(id) = line.strip_prefix("committed ") {
            committed.insert(id.to_owned());
        }
    }
    child.start_kill().expect("SIGKILL");
    child.wait().await.expect("child reaped");
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(id) = line.strip_prefix("committed ") {
            committed.insert(id.to_owned());
        }
    }
    let before_restart = received(&db).await.len();
    let written_at_kill = outbox_ids(&db).await.len();
    assert!(
        before_restart > 0,
        "the consumer handled events before the kill"
    );
    assert!(
        before_restart < written_at_kill,
        "events were in flight at the kill ({before_restart} handled of {written_at_kill})"
    );
    let cursor_at_kill = log.cursor("crash").await.expect("cursor");
    assert!(cursor_at_kill > 0, "the cursor was saved before the kill");

    // "Restart": a fresh process-side consumer with the same name picks up from the cursor.
    let restarted = EventLog::new(database.connect().await, Duration::from_millis(20), 64);
    let recorder = Counting {
        inner: IdempotentRecorder {
            db: restarted.database().clone(),
            consumer: "crash",
        },
        offered: AtomicUsize::new(0),
    };
    restarted
        .deliver_pending("crash", &[], &recorder)
        .await
        .expect("delivery after restart");
    // The cursor is durable: after the restart only events past it are offered
    // (at most one handled before the kill whose cursor move was cut off).
    let offered = recorder.offered.load(Ordering::SeqCst);
    assert!(
        offered <= written_at_kill - before_restart + 1,
        "{offered} events offered after the restart; {} were left",
        written_at_kill - before_restart
    );

    let all_written = outbox_ids(&db).await;
    assert!(
        committed.is_subset(&all_written),
        "every acknowledged commit survived the kill"
    );
    let got = received(&db).await;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for id in &got {
        *counts.entry(id).or_default() += 1;
    }
    let repeated: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        repeated.is_empty(),
        "delivered more than once: {repeated:?}"
    );
    assert_eq!(
        got.iter().cloned().collect::<BTreeSet<_>>(),
        all_written,
        "{:?}",
        database.backend
    );
    eprintln!(
        "{:?}: {} events written, {} handled before the kill, {} after the restart",
        database.backend,
        all_written.len(),
        before_restart,
        got.len() - before_restart
    );
    db.close().await;
    restarted.database().close().await;
    database.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_written_before_kill_9_are_delivered_after_restart_once_each_sqlite() {
    events_written_before_kill_9_are_delivered_after_restart_once_each(TestDatabase::sqlite())
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_written_before_kill_9_are_delivered_after_restart_once_each_postgres() {
    if let Some(database) = TestDatabase::postgres().await {
        events_written_before_kill_9_are_delivered_after_restart_once_each(database).await;
    }
}

secureflow_platform::backend_tests!(
    a_consumer_gets_only_its_topics_and_passes_the_rest_at_once,
    a_running_consumer_stores_what_it_passes_over_now_and_then,
    migrations_are_tracked_per_service_and_apply_once,
    committed_events_are_delivered_once_in_commit_order,
    event_in_rolled_back_transaction_is_never_delivered,
    invalid_envelope_is_refused_and_writes_nothing,
    failing_handler_keeps_the_cursor_before_the_failed_event,
    a_batch_handler_gets_each_read_whole_and_a_failed_one_again,
);
