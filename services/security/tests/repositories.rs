//! The security service keeps its own copy of what it needs of each registered
//! repository — its full name, business criticality and deletion — from the
//! repository service's `repository.repositories` events: a repository is
//! named by its id or its full name, reports of unregistered repositories keep
//! working and join the repository when it is registered, every risk score
//! counts the criticality, and a purged repository's findings go.

use crate::common;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{ADMIN_TOKEN, listed_in, trivy, upload, vulnerabilities};
use secureflow_platform::auth::NoAuthenticator;
use secureflow_platform::events::EventLog;
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
use secureflow_proto::secureflow::security::v1::{ListVulnerabilitiesRequest, Vulnerability};
use secureflow_repository::config::RepositoryConfig;
use secureflow_repository::repositories::Repositories;

async fn start(database: &TestDatabase) -> TestServer {
    TestServer::on(database)
        .modules([
            secureflow_identity::MODULE,
            secureflow_repository::MODULE,
            secureflow_security::MODULE,
        ])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN)
        .start()
        .await
}

fn repositories(
    channel: tonic::transport::Channel,
) -> RepositoryServiceClient<tonic::transport::Channel> {
    RepositoryServiceClient::new(channel)
}

/// The vulnerabilities a listing filtered by `named` (id or full name) shows.
async fn listed(server: &TestServer, named: &str) -> Vec<Vulnerability> {
    listed_in(server, named).await.vulnerabilities
}

/// The repositories of the organisation's vulnerabilities, ordered by their
/// stored risk rank (`risk desc`).
async fn ranked(server: &TestServer) -> Vec<String> {
    let request = ListVulnerabilitiesRequest {
        order_by: "risk desc".into(),
        ..Default::default()
    };
    let listed = vulnerabilities(server.channel().await, request).await;
    let repositories = listed.vulnerabilities.into_iter();
    repositories.map(|listed| listed.repository_id).collect()
}

/// Waits until the listing filtered by `named` satisfies `wanted`.
async fn wait_listed(
    server: &TestServer,
    named: &str,
    what: &str,
    wanted: impl Fn(&[Vulnerability]) -> bool,
) -> Vec<Vulnerability> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let now = listed(server, named).await;
        if wanted(&now) {
            return now;
        }
        assert!(Instant::now() < deadline, "{what}: still {now:#?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn criticality_factor(vulnerability: &Vulnerability) -> (String, f64) {
    let risk = vulnerability.risk.as_ref().expect("risk");
    let factor = risk
        .factors
        .iter()
        .find(|factor| factor.name == "criticality")
        .expect("a criticality factor");
    (factor.value.clone(), risk.score)
}

async fn set_criticality(server: &TestServer, id: &str, criticality: repository::Criticality) {
    repositories(server.channel().await)
        .update_repository(with_token(
            repository::UpdateRepositoryRequest {
                repository: Some(repository::Repository {
                    id: id.into(),
                    criticality: criticality as i32,
                    ..Default::default()
                }),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: vec!["criticality".into()],
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("criticality set");
}

async fn a_repository_is_known_by_id_and_full_name_and_its_criticality_counts(
    database: TestDatabase,
) {
    let server = start(&database).await;
    let channel = server.channel().await;

    // Before anyone registers it, a report names the repository as it likes.
    let first = upload(
        channel.clone(),
        "Acme/Payments-API",
        &trivy("CVE-2024-0001", "HIGH"),
    )
    .await
    .expect("an unregistered repository's report is stored");
    assert_eq!(
        first.scope.expect("scope").repository_id,
        "Acme/Payments-API"
    );
    let before = listed(&server, "Acme/Payments-API").await;
    assert_eq!(before.len(), 1);
    let (value, unknown_score) = criticality_factor(&before[0]);
    assert_eq!(value, "unknown");

    // Registered (critical): the report's rows move to the id, and the score counts it.
    let registered = repositories(channel.clone())
        .create_repository(with_token(
            repository::CreateRepositoryRequest {
                repository: Some(repository::Repository {
                    full_name: "acme/payments-api".into(),
                    criticality: repository::Criticality::Critical as i32,
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("registered")
        .into_inner()
        .repository
        .expect("repository");
    let id = registered.id.clone();
    let moved = wait_listed(
        &server,
        &id,
        "the report's vulnerability under the id",
        |listed| listed.len() == 1 && criticality_factor(&listed[0]).0 == "critical",
    )
    .await;
    assert_eq!(moved[0].id, before[0].id, "the same vulnerability, moved");
    assert_eq!(moved[0].repository_id, id);
    let critical_score = criticality_factor(&moved[0]).1;
    assert!(
        (critical_score - (unknown_score * 1.3).min(100.0)).abs() < 0.11,
        "{unknown_score} × 1.3 ≠ {critical_score}"
    );
    // Named by its full name in any case, the listing is the id's.
    assert_eq!(listed(&server, "ACME/payments-api").await, moved);
    assert!(listed(&server, "Acme/Payments-API").await.len() == 1);

    // The same report again, by full name and by id: the same vulnerability.
    for named in ["ACME/PAYMENTS-API", id.as_str()] {
        let again = upload(channel.clone(), named, &trivy("CVE-2024-0001", "HIGH"))
            .await
            .expect("uploaded again");
        assert_eq!(again.scope.expect("scope").repository_id, id);
        let summary = again.summary.expect("summary");
        assert_eq!((summary.new, summary.updated), (0, 1), "{named}");
    }

    // Ordered by risk, the stored rank follows the criticality too: the
    // same finding in a repository nobody registered ranks below the
    // critical one, then above it once that is low (its own rank untouched).
    let bystander = upload(
        channel.clone(),
        "acme/bystander",
        &trivy("CVE-2024-0001", "HIGH"),
    )
    .await
    .expect("a bystander's report");
    assert_eq!(ranked(&server).await, [id.as_str(), "acme/bystander"]);
    set_criticality(&server, &id, repository::Criticality::Low).await;
    let low = wait_listed(&server, &id, "the low criticality", |listed| {
        listed.len() == 1 && criticality_factor(&listed[0]).0 == "low"
    })
    .await;
    assert!(criticality_factor(&low[0]).1 < unknown_score);
    let deadline = Instant::now() + Duration::from_secs(15);
    while ranked(&server).await != ["acme/bystander", id.as_str()] {
        assert!(
            Instant::now() < deadline,
            "the stored ranks still put the low repository first"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // Deleted: uploads are refused, naming the repository; listing still works.
    repositories(channel.clone())
        .delete_repository(with_token(
            repository::DeleteRepositoryRequest { id: id.clone() },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deleted");
    let deadline = Instant::now() + Duration::from_secs(15);
    let refused = loop {
        match upload(channel.clone(), &id, &trivy("CVE-2024-0002", "LOW")).await {
            Err(status) => break status,
            Ok(_) => {
                assert!(
                    Instant::now() < deadline,
                    "uploads to a deleted repository accepted"
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    };
    assert_eq!(refused.code(), tonic::Code::FailedPrecondition);
    assert!(refused.message().contains("is deleted"), "{refused:?}");

    // Purged: its vulnerabilities, scans and kept originals go; unrelated
    // repositories' stay.
    let other = upload(
        channel.clone(),
        "acme/other",
        &trivy("CVE-2024-0003", "LOW"),
    )
    .await
    .expect("another repository");
    let db = server.database().await;
    let events = EventLog::new(db.clone(), Duration::from_millis(50), 100);
    let purging = Repositories::new(
        db.clone(),
        events,
        Arc::new(NoAuthenticator),
        RepositoryConfig {
            deletion_grace_days: 0,
        },
    );
    assert_eq!(purging.purge_due().await.expect("purged"), 1);
    wait_listed(
        &server,
        &id,
        "the purged repository's vulnerabilities gone",
        |listed| listed.is_empty(),
    )
    .await;
    let scans: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) AS n FROM security_scans WHERE repository_id = $1")
            .bind(&id)
            .fetch_one(db.pool())
            .await
            .expect("count"),
        "n",
    );
    assert_eq!(scans, 0);
    assert_eq!(listed(&server, "acme/other").await.len(), 1);
    let originals = server
        .data_dir
        .join("security/blobs/scans")
        .join(&other.organization_id);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let left: BTreeSet<String> = std::fs::read_dir(&originals)
            .expect("originals")
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        if left == BTreeSet::from([other.id.clone(), bystander.id.clone()]) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the purged repository's originals are still kept: {left:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    a_repository_is_known_by_id_and_full_name_and_its_criticality_counts,
);
