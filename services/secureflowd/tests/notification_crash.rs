//! Routed events are delivered, and none twice in effect, when the real
//! `secureflowd` is killed with SIGKILL while deliveries are in flight and
//! restarted on the same database — on SQLite and PostgreSQL.
//!
//! `pipeline.failed` events are appended to the server's event log by this
//! process (as another process of the mesh publishing does); a subscription
//! rule routes them to a webhook channel whose receiver answers slowly, so
//! that deliveries are being sent when the server dies. After the restart
//! (and, for those being sent at the kill, their lease) every event has
//! reached the receiver, under its own idempotency key; a
//! key arrives twice only for a delivery whose answer the kill cut off (the
//! receiver honours the key, so the effect is once), never more often than
//! deliveries were being sent at the kill.
//!
//! With two processes on one database, a process starting leaves alone
//! what the other is sending, and one that keeps running sends again, once
//! their lease runs out, the deliveries a killed one was sending.

use crate::common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::deployment::webhook_on_failed_pipelines;
use secureflow_notification::courier::CONCURRENCY;
use secureflow_platform::events::{self, EventContext, Publisher};
use secureflow_platform::testkit::{TestDatabase, wait_while, with_token};
use secureflow_proto::secureflow::events::v1::{Envelope, PipelineFailed, envelope::Data};
use secureflow_proto::secureflow::notification::v1 as notification;
use secureflow_proto::secureflow::notification::v1::notification_service_client::NotificationServiceClient;

const ADMIN_TOKEN: &str = "sft_notification_crash_admin_0123456789";
const PUBLISHER: Publisher = Publisher::new("secureflow.test");
const EVENTS: usize = 300;

/// How often each idempotency key arrived.
type Arrivals = Arc<Mutex<BTreeMap<String, usize>>>;

/// A webhook receiver that takes `delay` to answer.
async fn receiver(arrivals: Arrivals, delay: Duration) -> String {
    let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap| {
        let arrivals = arrivals.clone();
        async move {
            let key = headers
                .get("idempotency-key")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            *arrivals.lock().expect("lock").entry(key).or_default() += 1;
            tokio::time::sleep(delay).await;
            axum::http::StatusCode::NO_CONTENT
        }
    });
    common::serve_hook(app).await
}

fn failed(organization_id: &str, n: usize) -> Envelope {
    PUBLISHER.envelope(
        &EventContext::system(organization_id),
        format!("execution-{n}"),
        Data::PipelineFailed(PipelineFailed {
            pipeline_id: "crash-pipeline".into(),
            execution_id: format!("execution-{n}"),
            repository_id: "crash-repository".into(),
            branch: "main".into(),
            status: "failed".into(),
            failure_reason: "step `unit` exited with 1".into(),
            number: i64::try_from(n).expect("number"),
            pipeline_name: "crash".into(),
            ..Default::default()
        }),
    )
}

async fn routed_events_are_delivered_once_across_a_kill(database: TestDatabase) {
    let binary = common::Binary::on(&database, ADMIN_TOKEN).setting(
        "SECUREFLOW_NOTIFICATION__SENDING_LEASE_SECONDS",
        &LEASE_SECONDS.to_string(),
    );
    let (mut child, address) = binary.spawn().await;
    let arrivals: Arrivals = Arc::default();
    let url = receiver(arrivals.clone(), Duration::from_millis(40)).await;
    let channel = webhook_on_failed_pipelines(
        common::connect(address).await,
        ADMIN_TOKEN,
        "crash-hook",
        url,
    )
    .await;

    let db = database.connect().await;
    for first in (0..EVENTS).step_by(20) {
        append_failed(&db, &channel.organization_id, first..first + 20).await;
    }
    let arrived = || arrivals.lock().expect("lock").values().sum::<usize>();
    wait_while(
        Duration::from_secs(60),
        Duration::from_millis(2),
        "no deliveries arrived",
        async || arrived() < 60,
    )
    .await;
    child.start_kill().expect("SIGKILL");
    child.wait().await.expect("reaped");
    let at_kill = arrived();
    let sending = sending(&db).await;

    // Restarted on the same database: the rest is routed and delivered, and
    // what the kill cut off is sent again once its lease runs out.
    let (mut child, address) = binary.spawn().await;
    all_delivered(address, &channel.id, EVENTS, "the restart").await;
    // Time for a repeat, were one to come.
    tokio::time::sleep(Duration::from_secs(2)).await;
    // Deliveries are `sending` while their attempt is under way, not while
    // they wait their turn.
    assert!(
        sending <= i64::try_from(CONCURRENCY).expect("count"),
        "{sending} deliveries were `sending` at the kill"
    );
    let repeated = repeats(&arrivals, EVENTS, sending);
    eprintln!(
        "{:?}: {at_kill} arrived before the kill, {sending} being sent then; {repeated} keys arrived \
         twice (their answers cut off by the kill)",
        database.backend
    );
    child.start_kill().expect("stop");
    child.wait().await.expect("reaped");
    db.close().await;
    database.cleanup().await;
}

/// Seconds a delivery stays taken (short, for the test).
const LEASE_SECONDS: u64 = 12;

/// Waits (at most a minute past the lease) until the channel's `count`
/// deliveries are all delivered, asking the process at `address`.
async fn all_delivered(address: std::net::SocketAddr, channel_id: &str, count: usize, since: &str) {
    let mut notifications = NotificationServiceClient::new(common::connect(address).await);
    let within = Duration::from_secs(LEASE_SECONDS + 60);
    let deadline = Instant::now() + within;
    loop {
        let deliveries = notifications
            .list_deliveries(with_token(
                notification::ListDeliveriesRequest {
                    page_size: 500,
                    channel_id: channel_id.to_owned(),
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("deliveries")
            .into_inner()
            .deliveries;
        let delivered = deliveries
            .iter()
            .filter(|d| d.status() == notification::DeliveryStatus::Delivered)
            .count();
        if deliveries.len() == count && delivered == count {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{delivered} of {count} deliveries ({} made) delivered {} s after {since} \
             (lease {LEASE_SECONDS} s)",
            deliveries.len(),
            within.as_secs()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Checks every one of `events` keys arrived, none more than twice, and
/// at most `cut_off` twice (those whose answer a kill cut off); how many
/// arrived twice.
fn repeats(arrivals: &Arrivals, events: usize, cut_off: i64) -> usize {
    let arrivals = arrivals.lock().expect("lock").clone();
    assert_eq!(arrivals.len(), events, "one key per event");
    let repeated: Vec<_> = arrivals.iter().filter(|(_, count)| **count > 1).collect();
    assert!(
        repeated.iter().all(|(_, count)| **count == 2),
        "a key arrived more than twice: {repeated:?}"
    );
    assert!(
        i64::try_from(repeated.len()).expect("count") <= cut_off,
        "{} keys arrived twice, but only {cut_off} deliveries were being sent at the kill",
        repeated.len()
    );
    repeated.len()
}

/// Appends `pipeline.failed` events `numbers` for `organization_id`.
async fn append_failed(
    db: &secureflow_platform::db::Database,
    organization_id: &str,
    numbers: std::ops::Range<usize>,
) {
    let envelopes: Vec<Envelope> = numbers.map(|n| failed(organization_id, n)).collect();
    let mut tx = db.begin().await.expect("transaction");
    events::append_all(&mut tx, db.backend(), &envelopes)
        .await
        .expect("appended");
    tx.commit().await.expect("committed");
}

/// Deliveries `sending` now.
async fn sending(db: &secureflow_platform::db::Database) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'sending'")
        .fetch_one(db.pool())
        .await
        .expect("counted")
}

async fn two_processes_share_the_deliveries_and_take_over_a_killed_ones(database: TestDatabase) {
    const FIRST: usize = 40;
    const ALL: usize = 80;
    let lease = LEASE_SECONDS.to_string();
    // One deployment: one database, one secrets key.
    let keys = common::shared_secrets_keys();
    let process = || {
        common::Binary::on(&database, ADMIN_TOKEN)
            .setting("SECUREFLOW_NOTIFICATION__SENDING_LEASE_SECONDS", &lease)
            .setting("SECUREFLOW_SECRETS__KEYS", &keys)
    };
    let (first, second) = (process(), process());
    let (mut a, address) = first.spawn().await;
    let arrivals: Arrivals = Arc::default();
    // Slow answers: deliveries stay `sending` for seconds.
    let url = receiver(arrivals.clone(), Duration::from_secs(4)).await;
    let channel = webhook_on_failed_pipelines(
        common::connect(address).await,
        ADMIN_TOKEN,
        "shared-hook",
        url,
    )
    .await;
    let db = database.connect().await;
    let arrived = || arrivals.lock().expect("lock").len();

    // A process starting while the other is sending leaves its deliveries
    // alone: every key arrives once.
    append_failed(&db, &channel.organization_id, 0..FIRST).await;
    wait_while(
        Duration::from_secs(60),
        Duration::from_millis(5),
        "no deliveries arrived",
        async || arrived() == 0,
    )
    .await;
    let taken = sending(&db).await;
    assert!(
        taken > 0,
        "deliveries are being sent when the second process starts"
    );
    let (mut b, b_address) = second.spawn().await;
    wait_while(
        Duration::from_secs(60),
        Duration::from_millis(20),
        "the first events did not all reach the receiver",
        async || arrived() < FIRST,
    )
    .await;
    wait_while(
        Duration::from_secs(30),
        Duration::from_millis(20),
        "deliveries still being sent",
        async || sending(&db).await > 0,
    )
    .await;
    let repeated: Vec<(String, usize)> = arrivals
        .lock()
        .expect("lock")
        .iter()
        .filter(|(_, count)| **count > 1)
        .map(|(key, count)| (key.clone(), *count))
        .collect();
    assert!(
        repeated.is_empty(),
        "the second process sent again what the first was sending ({taken} then): {repeated:?}"
    );

    // The first is killed while both send; the second, still running, sends
    // what the first was sending once their lease runs out.
    // Killed once both hold some: more are being sent than one process
    // sends at once.
    append_failed(&db, &channel.organization_id, FIRST..ALL).await;
    let both = i64::try_from(CONCURRENCY).expect("count");
    wait_while(
        Duration::from_secs(60),
        Duration::from_millis(5),
        "the two processes were never sending at the same time",
        async || sending(&db).await <= both,
    )
    .await;
    let killed_at = secureflow_platform::db::now_micros();
    a.start_kill().expect("SIGKILL");
    a.wait().await.expect("reaped");
    // What the second took before the kill is answered and recorded within
    // seconds; what stays `sending` from before the kill the killed process
    // left.
    tokio::time::sleep(Duration::from_secs(7)).await;
    let orphans: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM notification_deliveries
         WHERE status = 'sending' AND last_attempt_at_us < $1",
    )
    .bind(killed_at)
    .fetch_one(db.pool())
    .await
    .expect("counted");
    assert!(orphans > 0, "the killed process was sending deliveries");
    all_delivered(b_address, &channel.id, ALL, "the kill").await;
    let repeated = repeats(&arrivals, ALL, orphans);
    eprintln!(
        "{:?}: {taken} being sent when the second process started, none sent twice; {orphans} \
         left `sending` by the kill, sent again by the running process ({repeated} keys twice)",
        database.backend
    );
    b.start_kill().expect("stop");
    b.wait().await.expect("reaped");
    db.close().await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(
    routed_events_are_delivered_once_across_a_kill,
    two_processes_share_the_deliveries_and_take_over_a_killed_ones
);
