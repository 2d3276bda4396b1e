//! Routed events are delivered, and none twice in effect, when the real
//! `secureflowd` is killed with SIGKILL while deliveries are in flight and
//! restarted on the same database — on SQLite and PostgreSQL.
//!
//! `pipeline.failed` events are appended to the server's event log by this
//! process (as another process of the mesh publishing does); a subscription
//! rule routes them to a webhook channel whose receiver answers slowly, so
//! that deliveries are being sent when the server dies. After the restart
//! every event has reached the receiver, under its own idempotency key; a
//! key arrives twice only for a delivery whose answer the kill cut off (the
//! receiver honours the key, so the effect is once), never more often than
//! deliveries were being sent at the kill.

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

/// A webhook receiver that takes 40 ms to answer.
async fn receiver(arrivals: Arrivals) -> String {
    let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap| {
        let arrivals = arrivals.clone();
        async move {
            let key = headers
                .get("idempotency-key")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            *arrivals.lock().expect("lock").entry(key).or_default() += 1;
            tokio::time::sleep(Duration::from_millis(40)).await;
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
    let binary = common::Binary::on(&database, ADMIN_TOKEN);
    let (mut child, address) = binary.spawn().await;
    let arrivals: Arrivals = Arc::default();
    let url = receiver(arrivals.clone()).await;
    let channel = webhook_on_failed_pipelines(
        common::connect(address).await,
        ADMIN_TOKEN,
        "crash-hook",
        url,
    )
    .await;

    let db = database.connect().await;
    for batch in (0..EVENTS).collect::<Vec<_>>().chunks(20) {
        let envelopes: Vec<Envelope> = batch
            .iter()
            .map(|n| failed(&channel.organization_id, *n))
            .collect();
        let mut tx = db.begin().await.expect("transaction");
        events::append_all(&mut tx, db.backend(), &envelopes)
            .await
            .expect("appended");
        tx.commit().await.expect("committed");
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
    let sending: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM notification_deliveries WHERE status = 'sending'")
            .fetch_one(db.pool())
            .await
            .expect("counted");

    // Restarted on the same database: the rest is routed and delivered.
    let (mut child, address) = binary.spawn().await;
    let deadline = Instant::now() + Duration::from_secs(120);
    while arrivals.lock().expect("lock").len() < EVENTS {
        assert!(
            Instant::now() < deadline,
            "only {} of {EVENTS} events reached the receiver",
            arrivals.lock().expect("lock").len()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Time for a repeat, were one to come.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let arrivals = arrivals.lock().expect("lock").clone();
    assert_eq!(arrivals.len(), EVENTS, "one key per event");
    let repeated: Vec<_> = arrivals.iter().filter(|(_, count)| **count > 1).collect();
    assert!(
        repeated.iter().all(|(_, count)| **count == 2),
        "a key arrived more than twice: {repeated:?}"
    );
    // Deliveries are `sending` while their attempt is under way, not while
    // they wait their turn.
    assert!(
        sending <= i64::try_from(CONCURRENCY).expect("count"),
        "{sending} deliveries were `sending` at the kill"
    );
    assert!(
        i64::try_from(repeated.len()).expect("count") <= sending,
        "{} keys arrived twice, but only {sending} deliveries were being sent at the kill",
        repeated.len()
    );
    let mut notifications = NotificationServiceClient::new(common::connect(address).await);
    let deliveries = notifications
        .list_deliveries(with_token(
            notification::ListDeliveriesRequest {
                page_size: 500,
                channel_id: channel.id.clone(),
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deliveries")
        .into_inner()
        .deliveries;
    assert_eq!(deliveries.len(), EVENTS, "one delivery per event");
    assert!(
        deliveries
            .iter()
            .all(|d| d.status() == notification::DeliveryStatus::Delivered),
        "every delivery delivered"
    );
    eprintln!(
        "{:?}: {at_kill} arrived before the kill, {sending} being sent then; {} keys arrived \
         twice (their answers cut off by the kill)",
        database.backend,
        repeated.len()
    );
    child.start_kill().expect("stop");
    child.wait().await.expect("reaped");
    db.close().await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(routed_events_are_delivered_once_across_a_kill);
