//! A push delivery becomes exactly one `repository.commits` event, received
//! once by a consumer, even when the real `secureflowd` is killed with SIGKILL
//! while deliveries are being received and recorded, restarted on the same
//! database, and every delivery is sent again (as GitHub's "redeliver" does
//! for those it got no answer to) — on SQLite and PostgreSQL.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use hmac::{Hmac, KeyInit, Mac};
use secureflow_platform::events::{EventHandler, EventLog, StoredEvent};
use secureflow_platform::testkit::{TestDatabase, wait_while};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use secureflow_proto::secureflow::repository::v1 as repository;
use serde_json::Value;

const ADMIN_TOKEN: &str = "sft_webhook_crash_admin_token_0123456789";
const SECRET: &str = "a-webhook-secret-for-the-crash-test";
const GITHUB_PUSH: &[u8] = include_bytes!("../../repository/tests/payloads/github-push.json");
const DELIVERIES: usize = 240;

/// Push `n`: the documented payload with its own head and commit SHAs, signed.
fn push(n: usize) -> (String, Vec<u8>, String) {
    let mut body: Value = serde_json::from_slice(GITHUB_PUSH).expect("payload");
    body["after"] = Value::String(format!("{:040x}", n + 1));
    for (index, commit) in body["commits"]
        .as_array_mut()
        .expect("commits")
        .iter_mut()
        .enumerate()
    {
        commit["id"] = Value::String(format!("{:040x}", (n << 4) + index + 1));
    }
    let body = body.to_string().into_bytes();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).expect("key");
    mac.update(&body);
    let signature = format!("sha256={}", hex::encode(mac.finalize().into_bytes()));
    (format!("crash-{n}"), body, signature)
}

/// Posts delivery `n`; its status, or `None` when no answer came.
async fn deliver(client: &reqwest::Client, url: &str, n: usize) -> Option<u16> {
    let (id, body, signature) = push(n);
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("x-github-event", "push")
        .header("x-github-delivery", id)
        .header("x-hub-signature-256", signature)
        .body(body)
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .ok()?;
    Some(response.status().as_u16())
}

/// Counts the deliveries' `repository.commits` events it is offered.
struct Consumer {
    seen: Mutex<BTreeMap<String, usize>>,
}

impl EventHandler for Consumer {
    fn handle<'a>(
        &'a self,
        event: &'a StoredEvent,
    ) -> BoxFuture<'a, secureflow_platform::Result<()>> {
        Box::pin(async move {
            if let Some(Data::RepositoryCommits(push)) = &event.envelope.data {
                *self
                    .seen
                    .lock()
                    .expect("lock")
                    .entry(push.delivery_id.clone())
                    .or_default() += 1;
            }
            Ok(())
        })
    }
}

async fn a_push_is_published_once_across_a_kill_and_redelivery(database: TestDatabase) {
    let binary = common::Binary::on(&database, ADMIN_TOKEN);
    let (mut child, address) = binary.spawn().await;
    let channel = common::connect(address).await;
    let (_, _, path) = common::repository::with_webhook(
        channel,
        ADMIN_TOKEN,
        "acme/payments-api",
        repository::Provider::Github,
        SECRET,
    )
    .await;

    // Sixteen senders until the server is killed, a while after the first answers.
    let client = reqwest::Client::new();
    let url = format!("http://{address}{path}");
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let in_flight = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let senders: Vec<_> = (0..16)
        .map(|_| {
            let (client, url, acknowledged, next, in_flight) = (
                client.clone(),
                url.clone(),
                acknowledged.clone(),
                next.clone(),
                in_flight.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let n = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if n >= DELIVERIES {
                        return;
                    }
                    in_flight.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let answer = deliver(&client, &url, n).await;
                    in_flight.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                    match answer {
                        Some(200) => {
                            acknowledged.lock().expect("lock").insert(n);
                        }
                        Some(status) => panic!("delivery {n} answered {status}"),
                        None => {}
                    }
                }
            })
        })
        .collect();
    wait_while(
        Duration::from_secs(60),
        Duration::from_millis(2),
        "no deliveries answered",
        async || acknowledged.lock().expect("lock").len() < 40,
    )
    .await;
    let in_flight_at_kill = in_flight.load(std::sync::atomic::Ordering::SeqCst);
    child.start_kill().expect("SIGKILL");
    child.wait().await.expect("reaped");
    for sender in senders {
        sender.await.expect("sender");
    }
    let answered = acknowledged.lock().expect("lock").len();
    let sent = next
        .load(std::sync::atomic::Ordering::SeqCst)
        .min(DELIVERIES);
    assert!(
        answered < sent,
        "deliveries were in flight at the kill ({answered} of {sent} answered)"
    );
    let db = database.connect().await;
    let log = EventLog::new(db.clone(), Duration::from_millis(50), 1000);
    let at_kill = log.read_after(0, 100_000).await.expect("log").len();

    // Restarted on the same database; every delivery is sent again.
    let (mut child, address) = binary.spawn().await;
    let url = format!("http://{address}{path}");
    for n in 0..DELIVERIES {
        assert_eq!(deliver(&client, &url, n).await, Some(200), "redelivery {n}");
    }
    child.start_kill().expect("stop");
    child.wait().await.expect("reaped");

    let consumer = Consumer {
        seen: Mutex::new(BTreeMap::new()),
    };
    log.deliver_pending("webhook-crash-test", &["repository.commits"], &consumer)
        .await
        .expect("consumed");
    let seen = consumer.seen.into_inner().expect("lock");
    let expected: BTreeSet<String> = (0..DELIVERIES).map(|n| push(n).0).collect();
    assert_eq!(
        seen.keys().cloned().collect::<BTreeSet<_>>(),
        expected,
        "every push published"
    );
    let repeated: Vec<_> = seen.iter().filter(|(_, count)| **count != 1).collect();
    assert!(
        repeated.is_empty(),
        "published or received more than once: {repeated:?}"
    );
    eprintln!(
        "{:?}: {answered} deliveries answered and {in_flight_at_kill} in flight at the kill, {at_kill} events then, {} after",
        database.backend,
        seen.len()
    );
    db.close().await;
    database.cleanup().await;
}

secureflow_platform::backend_tests!(a_push_is_published_once_across_a_kill_and_redelivery);
