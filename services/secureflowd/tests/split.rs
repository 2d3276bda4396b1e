//! Split mode: a gateway-only `secureflowd` (`--service gateway`) forwards
//! gRPC, grpc-web and REST calls for the services it does not run to the
//! processes named in `gateway.upstreams`, which authenticate and answer.

mod common;

use secureflow_platform::testkit::{TestDatabase, TestServer, with_token};
use secureflow_proto::secureflow::security::v1::ListScansRequest;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use serde_json::Value;

const ADMIN_TOKEN: &str = "sft_split_mode_admin_token_0123456789";

async fn start(database: &TestDatabase, services: &[&str], env: &[(&str, String)]) -> TestServer {
    common::start(database, ADMIN_TOKEN, services, env).await
}

#[tokio::test]
async fn a_gateway_alone_forwards_to_the_service_processes() {
    let backend_db = TestDatabase::sqlite();
    let backend = start(&backend_db, &["identity", "security"], &[]).await;
    let upstream = format!("http://{}", backend.address);
    let gateway_db = TestDatabase::sqlite();
    let gateway = start(
        &gateway_db,
        &["gateway"],
        &[
            ("SECUREFLOW_GATEWAY__UPSTREAMS__SECURITY", upstream.clone()),
            ("SECUREFLOW_GATEWAY__UPSTREAMS__IDENTITY", upstream),
        ],
    )
    .await;

    // Native gRPC through the gateway.
    let scans = SecurityServiceClient::new(gateway.channel().await)
        .list_scans(with_token(ListScansRequest::default(), ADMIN_TOKEN))
        .await
        .expect("forwarded gRPC call")
        .into_inner();
    assert!(scans.scans.is_empty());

    // REST through the gateway: a report uploaded, then listed.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let report = r#"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"semgrep"}},"results":[{"ruleId":"r","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.py"},"region":{"startLine":1}}}]}]}]}"#;
    let created: Value = http
        .post(format!(
            "http://{}/api/v1/security/scans?scope.repository_id=split&scope.branch=main",
            gateway.address
        ))
        .bearer_auth(ADMIN_TOKEN)
        .body(report)
        .send()
        .await
        .expect("REST upload")
        .json()
        .await
        .expect("JSON");
    assert_eq!(created["scan"]["summary"]["new"], "1", "{created}");
    // The upstream authenticates: a wrong token is refused there.
    let refused = http
        .get(format!("http://{}/api/v1/security/scans", gateway.address))
        .bearer_auth("sft_not_a_real_token_00000000000000")
        .send()
        .await
        .expect("response");
    assert_eq!(refused.status(), 401);
    // A service neither run nor forwarded is unimplemented here.
    let missing = http
        .get(format!("http://{}/api/v1/pipelines", gateway.address))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("response");
    assert_eq!(missing.status(), 501);

    // The upstream stopping makes calls UNAVAILABLE (503), not hang or crash.
    backend.stop().await.expect("stop backend");
    let down = http
        .get(format!("http://{}/api/v1/security/scans", gateway.address))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .expect("response");
    assert_eq!(down.status(), 503);
    gateway.stop().await.expect("stop gateway");
}
