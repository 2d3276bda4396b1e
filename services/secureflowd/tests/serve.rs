//! `secureflowd` end to end: in-process servers on `127.0.0.1:0`, and the real binary.

use crate::common;

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use secureflow_platform::config::{Config, Overrides};
use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::DOMAIN_SERVICES;
use secureflow_proto::secureflow::testing::v1::ListTestSuitesRequest;
use secureflow_proto::secureflow::testing::v1::testing_service_client::TestingServiceClient;
use tonic::transport::Channel;
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_reflection::pb::v1::ServerReflectionRequest;
use tonic_reflection::pb::v1::server_reflection_client::ServerReflectionClient;
use tonic_reflection::pb::v1::server_reflection_request::MessageRequest;
use tonic_reflection::pb::v1::server_reflection_response::MessageResponse;

/// The admin API token every test server is bootstrapped with.
const ADMIN_TOKEN: &str = "sft_test_admin_token_0123456789";

/// Starts `secureflowd`'s composition in-process.
async fn start(services: &[&str], database_url: Option<String>) -> TestServer {
    let env = HashMap::from([(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        ADMIN_TOKEN.to_owned(),
    )]);
    let overrides = Overrides {
        services: services.iter().map(|s| s.to_string()).collect(),
        database_url,
        ..Overrides::default()
    };
    let config = Config::load(None, &env, &overrides).expect("config");
    TestServer::start(
        secureflowd::composition(&config).expect("composition"),
        &env,
        overrides,
    )
    .await
}

async fn health_of(channel: Channel, service: &str) -> Result<i32, tonic::Code> {
    HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: service.to_owned(),
        })
        .await
        .map(|response| response.into_inner().status)
        .map_err(|status| status.code())
}

async fn reflected_services(channel: Channel) -> BTreeSet<String> {
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut responses = ServerReflectionClient::new(channel)
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("reflection")
        .into_inner();
    let response = responses
        .message()
        .await
        .expect("stream")
        .expect("one response");
    match response.message_response {
        Some(MessageResponse::ListServicesResponse(list)) => list
            .service
            .into_iter()
            .map(|service| service.name)
            .collect(),
        other => panic!("unexpected reflection response {other:?}"),
    }
}

#[tokio::test]
async fn every_domain_service_is_serving_and_listed_by_reflection_v1() {
    let server = start(&[], None).await;
    for service in DOMAIN_SERVICES {
        assert_eq!(
            health_of(server.channel().await, service).await,
            Ok(ServingStatus::Serving as i32),
            "{service}"
        );
    }
    let listed = reflected_services(server.channel().await).await;
    for service in DOMAIN_SERVICES {
        assert!(
            listed.contains(service),
            "{service} missing from {listed:?}"
        );
    }
    server.stop().await.expect("clean shutdown");
}

#[tokio::test]
async fn rpcs_not_built_yet_answer_unimplemented() {
    let server = start(&[], None).await;
    let mut client = TestingServiceClient::new(server.channel().await);
    let anonymous = client
        .list_test_suites(ListTestSuitesRequest::default())
        .await
        .expect_err("needs credentials");
    assert_eq!(anonymous.code(), tonic::Code::Unauthenticated);
    let request = with_token(ListTestSuitesRequest::default(), ADMIN_TOKEN);
    let error = client
        .list_test_suites(request)
        .await
        .expect_err("not built yet");
    assert_eq!(error.code(), tonic::Code::Unimplemented);
    server.stop().await.expect("clean shutdown");
}

#[tokio::test]
async fn one_service_runs_alone() {
    let server = start(&["security"], None).await;
    let security = "secureflow.security.v1.SecurityService";
    assert_eq!(
        health_of(server.channel().await, security).await,
        Ok(ServingStatus::Serving as i32)
    );
    let identity = health_of(
        server.channel().await,
        "secureflow.identity.v1.IdentityService",
    )
    .await;
    assert_eq!(identity, Err(tonic::Code::NotFound));
    let listed = reflected_services(server.channel().await).await;
    assert!(listed.contains(security));
    assert!(!listed.contains("secureflow.identity.v1.IdentityService"));
    server.stop().await.expect("clean shutdown");
}

#[tokio::test]
async fn runs_on_postgresql_with_migrations_applied_at_start() {
    let Some(database) = TestDatabase::postgres().await else {
        return;
    };
    let server = start(&[], Some(database.url.clone())).await;
    assert_eq!(
        health_of(server.channel().await, DOMAIN_SERVICES[0]).await,
        Ok(ServingStatus::Serving as i32)
    );
    server.stop().await.expect("clean shutdown");
    let db = database.connect().await;
    let outbox = sqlx::query("SELECT COUNT(*) AS n FROM event_outbox")
        .fetch_one(db.pool())
        .await;
    assert!(
        outbox.is_ok(),
        "the platform schema exists in the PostgreSQL schema"
    );
    db.close().await;
    database.cleanup().await;
}

#[tokio::test]
async fn unknown_service_name_is_refused_with_the_known_names() {
    let overrides = Overrides {
        services: vec!["secruity".into()],
        ..Overrides::default()
    };
    let config = Config::load(None, &HashMap::new(), &overrides).expect("config");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let error = secureflowd::run(config, listener, std::future::pending())
        .await
        .expect_err("refused");
    assert!(
        error.message().contains("unknown service `secruity`"),
        "{}",
        error.message()
    );
    assert!(error.message().contains("security"), "{}", error.message());
}

#[tokio::test]
async fn binary_keeps_data_under_dot_secureflow_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().expect("cwd");
    let (mut child, address) = common::spawn_binary(dir.path(), &[]).await;
    let channel = common::connect(address).await;
    assert_eq!(
        health_of(channel, DOMAIN_SERVICES[3]).await,
        Ok(ServingStatus::Serving as i32)
    );
    assert!(
        dir.path().join(".secureflow/secureflow.db").is_file(),
        "embedded database in ./.secureflow"
    );
    let pid = child.id().expect("pid").to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .expect("stops")
        .expect("wait");
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
}

#[tokio::test]
async fn binary_refuses_bad_configuration_naming_the_key() {
    let dir = tempfile::tempdir().expect("cwd");
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_secureflowd"))
        .current_dir(dir.path())
        .env("SECUREFLOW_DATABASE__MAX_CONNECTIONS", "0")
        .output()
        .await
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("database.max_connections"), "{stderr}");
    assert!(
        !dir.path().join(".secureflow").exists(),
        "nothing is created for a refused config"
    );
}

#[test]
fn modules_are_exactly_the_contract_services() {
    let names: Vec<&str> = secureflowd::MODULES
        .iter()
        .map(|module| module.name)
        .collect();
    assert_eq!(names, DOMAIN_SERVICES);
}
