//! The commit flow across processes, as a distributed deployment runs it:
//! identity, repository, pipeline, security and notification each in a
//! `secureflowd --service NAME` process of its own, a gateway-only process
//! in front, on one PostgreSQL database, a Kafka broker (every event between
//! services travels through it), Redis (revocations) and MongoDB (the audit
//! log, which every process writes to, the security service's scan records
//! and the notifications' documents). Each process calls the others
//! through `gateway.upstreams`.
//!
//! A signed push webhook reaches the gateway → the repository process
//! accepts it and publishes the push → the pipeline process runs the
//! pipeline the commit holds: Semgrep and Bandit scan the checkout and send
//! their reports to the security process (as the pipeline's workload) →
//! vulnerabilities stored → the gate verdict fails the pipeline →
//! `pipeline.failed` → the notification process delivers it to a webhook
//! receiver. Then a second push, during which the security process is
//! killed (SIGKILL) and started again: the scan steps' uploads fail while it
//! is away and are tried again, and the flow completes exactly once — one
//! execution, one notification, the same vulnerabilities. Last, the audit
//! log the six processes wrote to MongoDB side by side is one intact chain,
//! the scans are the scan records in MongoDB, and the notifications listed
//! read their text from the documents in MongoDB.
//!
//! The times from webhook to gate verdict and to notification are printed
//! (`--nocapture`).

use crate::common;

use std::time::{Duration, Instant};

use common::deployment::{CommitFlow, REDIS, millis_between, time_of};
use futures::TryStreamExt;
use secureflow_platform::documents::{Documents, DocumentsConfig};
use secureflow_platform::testkit::with_token;
use secureflow_platform::testkit::{KafkaBroker, MongoServer, TestDatabase};
use secureflow_proto::secureflow::identity::v1::VerifyAuditChainRequest;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::notification::v1 as notification;
use secureflow_proto::secureflow::pipeline::v1 as pipeline;
use secureflow_proto::secureflow::security::v1 as security;

const ADMIN_TOKEN: &str = "sft_distributed_admin_token_0123456789";

/// Asserts the execution failed at the scan stage on the gate's verdict.
fn assert_gated(run: &pipeline::Execution, lines: &[String]) {
    assert_eq!(
        run.status(),
        pipeline::ExecutionStatus::Failed,
        "{run:?} {lines:?}"
    );
    let scan = &run.stages[0];
    let bandit = scan
        .steps
        .iter()
        .find(|step| step.name == "bandit")
        .expect("bandit step");
    assert!(
        bandit
            .failure_reason
            .contains("quality gate FAIL (no high findings)"),
        "{bandit:?} {lines:?}"
    );
    assert_eq!(
        run.stages[1].status(),
        pipeline::ExecutionStatus::Skipped,
        "the deploy stage does not run after a failed gate"
    );
}

#[tokio::test]
async fn the_commit_flow_runs_across_processes_and_survives_a_killed_service() {
    let Some(database) = TestDatabase::postgres().await else {
        return;
    };
    if tokio::net::TcpStream::connect(REDIS).await.is_err() {
        assert!(
            !secureflow_platform::testkit::in_ci(),
            "Redis is required under CI at {REDIS}"
        );
        eprintln!("skipping: no Redis at {REDIS}");
        return;
    }
    let Some(scanners) = secureflow_platform::testkit::scanners() else {
        return;
    };
    let Some(broker) = KafkaBroker::start().await else {
        return;
    };
    let Some(mongodb) = MongoServer::start().await else {
        return;
    };
    let documents = format!("t_{}", uuid::Uuid::now_v7().simple());
    // The uploads are tried again while the security process is away.
    let mut flow = CommitFlow::start(
        &database,
        &broker.brokers,
        &scanners,
        ADMIN_TOKEN,
        (
            "retries: {count: 6, backoff: 1s}",
            &[
                ("SECUREFLOW_DOCUMENTS__URL", &mongodb.url),
                ("SECUREFLOW_DOCUMENTS__DATABASE", &documents),
                (
                    "SECUREFLOW_DOCUMENTS__COLLECTIONS",
                    "audit,scans,notifications",
                ),
            ],
        ),
    )
    .await;

    // 1. The whole flow, every process up.
    let (sha, pushed) = flow.push().await;
    let first = flow.execution(1, true).await;
    let lines = flow.log(&first).await;
    assert_gated(&first, &lines);
    assert_eq!(first.commit_sha, sha);
    let arrived = flow.notified(1).await;
    let stored = flow.vulnerabilities().await;
    let rules: Vec<&str> = stored.iter().map(|v| v.rule_id.as_str()).collect();
    assert!(
        rules.iter().any(|rule| rule.ends_with("python-eval"))
            && rules.iter().any(|rule| rule.ends_with("B602")),
        "{rules:?}"
    );
    let verdict = time_of(first.stages[0].end_time.as_ref());
    let notification = arrived.values().flatten().copied().min().expect("arrival");
    eprintln!(
        "figures: webhook → gate verdict {} ms, webhook → notification {} ms",
        millis_between(pushed, verdict),
        millis_between(pushed, notification)
    );

    // 2. Again, the security process killed while the pipeline scans.
    let (second_sha, _) = flow.push().await;
    let running = flow.execution(2, false).await;
    flow.deployment.kill("security").await;
    // Away until an upload has failed for it and is being tried again.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let lines = flow.log(&running).await;
        if lines.iter().any(|line| line.starts_with("retrying in")) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no upload was refused while the security process was away: {lines:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    flow.deployment.start("security").await;
    let second = flow.execution(2, true).await;
    assert_eq!(second.id, running.id);
    assert_eq!(second.commit_sha, second_sha);
    let lines = flow.log(&second).await;
    assert_gated(&second, &lines);
    let arrived = flow.notified(2).await;

    // Exactly once: two executions, two notifications (one delivery each,
    // nothing more within a while), the same vulnerabilities.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(flow.executions().await.len(), 2);
    let arrived_now = flow.arrivals.lock().expect("lock").clone();
    assert_eq!(arrived_now, arrived, "a notification arrived again");
    assert!(
        arrived.values().all(|times| times.len() == 1),
        "{arrived:?}"
    );
    let again = flow.vulnerabilities().await;
    let ids = |list: &[security::Vulnerability]| {
        let mut ids: Vec<String> = list.iter().map(|v| v.id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&again), ids(&stored), "the same vulnerabilities");

    // The audit log in MongoDB: the records of every process, one chain.
    let records = common::identity::audit_records(flow.channel.clone(), ADMIN_TOKEN)
        .await
        .expect("the audit log answers");
    for action in [
        "RepositoryService/CreateRepository",
        "SecurityService/IngestReport",
        "NotificationService/CreateChannel",
    ] {
        assert!(
            records.iter().any(|record| record.action.ends_with(action)),
            "no {action} record in {records:?}"
        );
    }
    let verified = IdentityServiceClient::new(flow.channel.clone())
        .verify_audit_chain(with_token(VerifyAuditChainRequest {}, ADMIN_TOKEN))
        .await
        .expect("verified")
        .into_inner();
    assert!(verified.valid, "{verified:?}");
    assert!(verified.records_checked >= 3, "{verified:?}");

    // The scan records in MongoDB: one per upload, as the security service
    // lists them (nothing left staged in its database).
    let store = Documents::open(&DocumentsConfig {
        url: mongodb.url.clone(),
        database: documents,
        collections: vec![
            "audit".to_owned(),
            "scans".to_owned(),
            "notifications".to_owned(),
        ],
    })
    .await
    .expect("MongoDB URL parses");
    let in_mongodb = store
        .collection::<secureflow_platform::documents::bson::Document>("scans")
        .expect("in MongoDB")
        .inner()
        .count_documents(secureflow_platform::documents::bson::doc! {})
        .await
        .expect("counted");
    let listed =
        security::security_service_client::SecurityServiceClient::new(flow.channel.clone())
            .list_scans(with_token(
                security::ListScansRequest {
                    page_size: 100,
                    ..Default::default()
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("listed")
            .into_inner()
            .scans;
    assert!(in_mongodb >= 2, "{in_mongodb} scan records in MongoDB");
    assert_eq!(usize::try_from(in_mongodb).ok(), Some(listed.len()));

    // The notifications: each one listed reads its subject from its document
    // in MongoDB (nothing left staged).
    let in_mongodb: Vec<secureflow_platform::documents::bson::Document> = store
        .collection("notifications")
        .expect("in MongoDB")
        .inner()
        .find(secureflow_platform::documents::bson::doc! {})
        .await
        .expect("found")
        .try_collect()
        .await
        .expect("read");
    let listed = notification::notification_service_client::NotificationServiceClient::new(
        flow.channel.clone(),
    )
    .list_notifications(with_token(
        notification::ListNotificationsRequest {
            page_size: 100,
            ..Default::default()
        },
        ADMIN_TOKEN,
    ))
    .await
    .expect("listed")
    .into_inner()
    .notifications;
    assert!(listed.len() >= 2, "{listed:?}");
    assert_eq!(in_mongodb.len(), listed.len());
    for listed in &listed {
        let document = in_mongodb
            .iter()
            .find(|document| document.get_str("_id").ok() == Some(listed.id.as_str()))
            .unwrap_or_else(|| panic!("no document of notification {}", listed.id));
        assert!(!listed.subject.is_empty(), "{listed:?}");
        assert_eq!(
            document.get_str("subject").ok(),
            Some(listed.subject.as_str())
        );
    }

    flow.stop().await;
    // A real MongoDB (SECUREFLOW_TEST_MONGODB_URL) keeps no test database.
    store
        .drop_database()
        .await
        .expect("dropping the test database");
    drop(broker);
    database.cleanup().await;
}
