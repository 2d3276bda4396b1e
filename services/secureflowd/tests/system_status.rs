//! `GetSystemStatus`: each domain service's health as the answering process
//! sees it — served here (with the version), served by another process, or
//! absent — the version, start time and storage engine; only for holders of
//! `system.read`.

use crate::common;

use std::time::Duration;

use common::identity::create_token;
use secureflow_platform::db::Backend;
use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::secureflow::analytics::v1::analytics_service_client::AnalyticsServiceClient;
use secureflow_proto::secureflow::analytics::v1::{
    GetSystemStatusRequest, GetSystemStatusResponse, ServingState,
};

const ADMIN_TOKEN: &str = "sft_system_status_admin_token_01234";

async fn status(
    channel: tonic::transport::Channel,
    token: &str,
) -> Result<GetSystemStatusResponse, tonic::Status> {
    AnalyticsServiceClient::new(channel)
        .get_system_status(with_token(GetSystemStatusRequest {}, token))
        .await
        .map(tonic::Response::into_inner)
}

async fn every_service_is_served_here(database: TestDatabase) {
    let engine = match database.backend {
        Backend::Postgres => "postgres",
        Backend::Sqlite => "sqlite",
    };
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    let answer = status(server.channel().await, ADMIN_TOKEN)
        .await
        .expect("status");
    assert_eq!(answer.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(answer.database, engine);
    assert!(answer.start_time.is_some());
    let names: Vec<&str> = answer.services.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, secureflow_proto::DOMAIN_SERVICES);
    for service in &answer.services {
        assert_eq!(service.state(), ServingState::Serving, "{}", service.name);
        assert_eq!(service.version, env!("CARGO_PKG_VERSION"));
    }
    // Listening on a loopback address without `notification.public_url`:
    // the links in messages would open only here.
    let warned: Vec<&str> = answer.warnings.iter().map(|w| w.key.as_str()).collect();
    assert_eq!(warned, ["notification.public_url"]);
    assert!(
        answer.warnings[0]
            .message
            .contains("SECUREFLOW_NOTIFICATION__PUBLIC_URL"),
        "{:?}",
        answer.warnings
    );

    // Only for holders of `system.read`.
    let (_, reader) = create_token(
        server.channel().await,
        ADMIN_TOKEN,
        &["analytics.read", "security.read"],
        Duration::from_secs(600),
    )
    .await;
    let refused = status(server.channel().await, &reader)
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), tonic::Code::PermissionDenied, "{refused:?}");
    let (_, operator) = create_token(
        server.channel().await,
        ADMIN_TOKEN,
        &["system.read"],
        Duration::from_secs(600),
    )
    .await;
    status(server.channel().await, &operator)
        .await
        .expect("a holder of system.read");
    server.stop().await.expect("stop");
}

secureflow_platform::backend_tests!(every_service_is_served_here);

/// With the address people reach it at set, nothing to warn of.
#[tokio::test]
async fn a_public_url_people_reach_is_not_warned_of() {
    let database = TestDatabase::sqlite();
    let settings = [(
        "SECUREFLOW_NOTIFICATION__PUBLIC_URL",
        "https://secureflow.example.com".to_owned(),
    )];
    let server = common::start(&database, ADMIN_TOKEN, &[], &settings).await;
    let answer = status(server.channel().await, ADMIN_TOKEN)
        .await
        .expect("status");
    assert_eq!(answer.warnings, []);
    server.stop().await.expect("stop");
}

/// A process running some services, forwarding one: the forwarded one is
/// another process's, the rest absent.
#[tokio::test]
async fn a_split_process_names_what_it_serves_forwards_and_lacks() {
    let database = TestDatabase::sqlite();
    let server = common::start(
        &database,
        ADMIN_TOKEN,
        &["identity", "analytics"],
        &[(
            "SECUREFLOW_GATEWAY__UPSTREAMS__SECURITY",
            "http://127.0.0.1:9".to_owned(),
        )],
    )
    .await;
    let answer = status(server.channel().await, ADMIN_TOKEN)
        .await
        .expect("status");
    let state = |name: &str| {
        let service = answer
            .services
            .iter()
            .find(|service| service.name == name)
            .expect("listed");
        (service.state(), service.version.clone())
    };
    assert_eq!(
        state("secureflow.identity.v1.IdentityService"),
        (ServingState::Serving, env!("CARGO_PKG_VERSION").to_owned())
    );
    assert_eq!(
        state("secureflow.security.v1.SecurityService"),
        (ServingState::OtherProcess, String::new())
    );
    assert_eq!(
        state("secureflow.pipeline.v1.PipelineService"),
        (ServingState::Absent, String::new())
    );
    server.stop().await.expect("stop");
}

/// Readiness follows the backends: a process whose Kafka goes away reports
/// NOT_SERVING (and `GetSystemStatus` says so), and SERVING again by itself
/// once the broker is back.
#[tokio::test]
async fn a_process_is_not_ready_while_kafka_is_away_and_ready_again_after() {
    use tonic_health::pb::health_check_response::ServingStatus;

    let Some(mut broker) = secureflow_platform::testkit::KafkaBroker::start().await else {
        return;
    };
    let database = TestDatabase::sqlite();
    let server = common::start(
        &database,
        ADMIN_TOKEN,
        &["identity", "analytics"],
        &[
            ("SECUREFLOW_EVENTS__KAFKA__BROKERS", broker.brokers.clone()),
            ("SECUREFLOW_EVENTS__KAFKA__TIMEOUT_MS", "2000".to_owned()),
        ],
    )
    .await;
    let channel = server.channel().await;
    common::wait_for_health(&channel, ServingStatus::Serving).await;
    broker.kill();
    common::wait_for_health(&channel, ServingStatus::NotServing).await;
    let seen = status(channel.clone(), ADMIN_TOKEN)
        .await
        .expect("the status still answers");
    assert!(
        seen.services
            .iter()
            .any(|service| service.state() == ServingState::NotServing),
        "{seen:?}"
    );
    broker.restart().await;
    common::wait_for_health(&channel, ServingStatus::Serving).await;
    server.stop().await.expect("stopped");
}

/// With the audit log's collection in a MongoDB that does not answer, the
/// process starts but is NOT_SERVING from the start; changes are still made and their audit
/// records wait in the journal (reading the log says MongoDB is unavailable);
/// the next start, with a MongoDB that answers, stores them there.
#[tokio::test]
async fn audit_records_wait_in_the_journal_while_their_mongodb_is_away() {
    use secureflow_platform::config::Overrides;
    use secureflow_platform::documents::{Documents, DocumentsConfig};
    use secureflow_platform::testkit::{MongoServer, TestServer};
    use tonic_health::pb::health_check_response::ServingStatus;

    let Some(mongodb) = MongoServer::start().await else {
        return;
    };
    let documents = DocumentsConfig {
        url: mongodb.url.clone(),
        database: format!("t_{}", uuid::Uuid::now_v7().simple()),
        collections: vec!["audit".to_owned()],
    };
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let database = TestDatabase::sqlite();
    let data = tempfile::tempdir().expect("data directory");
    let start = |url: String| {
        let server = TestServer::on(&database)
            .modules([secureflow_identity::MODULE])
            .authentication(secureflow_identity::AUTHENTICATION)
            .admin_token(ADMIN_TOKEN)
            .overrides(Overrides {
                data_dir: Some(data.path().to_path_buf()),
                ..Overrides::default()
            });
        server
            .setting("SECUREFLOW_DOCUMENTS__URL", &url)
            .setting("SECUREFLOW_DOCUMENTS__DATABASE", &documents.database)
            .setting("SECUREFLOW_DOCUMENTS__COLLECTIONS", "audit")
            .start()
    };

    let away = format!("mongodb://127.0.0.1:{closed_port}/?serverSelectionTimeoutMS=300");
    let server = start(away).await;
    let channel = server.channel().await;
    // Not ready from the start.
    assert_eq!(common::health(&channel).await, ServingStatus::NotServing);
    common::identity::create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "kept@example.test",
        &["viewer"],
    )
    .await;
    let refused = common::identity::audit_records(channel.clone(), ADMIN_TOKEN)
        .await
        .expect_err("the log is away");
    assert_eq!(refused.code(), tonic::Code::Unavailable, "{refused:?}");
    assert!(refused.message().contains("MongoDB"), "{refused:?}");
    server.stop().await.expect("stopped");
    let journal = std::fs::read_to_string(
        data.path()
            .join(secureflow_platform::audit_journal::JOURNAL_FILE),
    )
    .expect("the journal holds the records");
    assert!(journal.contains("CreateUser"), "{journal}");

    let server = start(mongodb.url.clone()).await;
    let channel = server.channel().await;
    common::wait_for_health(&channel, ServingStatus::Serving).await;
    let records = common::identity::audit_records(channel, ADMIN_TOKEN)
        .await
        .expect("the log answers");
    assert!(
        records
            .iter()
            .any(|record| record.action.ends_with("/CreateUser")),
        "{records:?}"
    );
    server.stop().await.expect("stopped");
    Documents::open(&documents)
        .await
        .expect("MongoDB URL parses")
        .drop_database()
        .await
        .expect("dropping the test database");
}
