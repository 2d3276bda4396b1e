//! Split mode: a gateway-only `secureflowd` (`--service gateway`) forwards
//! gRPC, grpc-web and REST calls for the services it does not run to the
//! processes named in `gateway.upstreams`, which authenticate and answer.

use crate::common;

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

/// A revocation made through one process is refused by another at once
/// when revocations are shared over Redis; without it, the other process
/// trusts its cache for `identity.api_token_cache_seconds`.
async fn revoked_in_one_process_elsewhere(shared: bool) -> Option<bool> {
    use secureflow_proto::secureflow::identity::v1::RevokeApiTokenRequest;
    use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;

    let redis = "127.0.0.1:6379";
    let database = TestDatabase::postgres().await?;
    if shared && tokio::net::TcpStream::connect(redis).await.is_err() {
        assert!(
            !secureflow_platform::testkit::in_ci(),
            "Redis is required under CI at {redis}"
        );
        eprintln!("skipping: no Redis at {redis}");
        return None;
    }
    let mut settings = vec![
        // Long enough that only the shared revocation can explain a refusal.
        (
            "SECUREFLOW_IDENTITY__API_TOKEN_CACHE_SECONDS",
            "300".to_owned(),
        ),
        ("SECUREFLOW_SECRETS__KEYS", common::shared_secrets_keys()),
    ];
    if shared {
        settings.push((
            "SECUREFLOW_IDENTITY__REVOCATION_REDIS_URL",
            format!("redis://{redis}"),
        ));
    }
    let identity = start(&database, &["identity"], &settings).await;
    let security = start(&database, &["identity", "security"], &settings).await;
    let (token_id, reader) = common::identity::create_token(
        identity.channel().await,
        ADMIN_TOKEN,
        &["security.read"],
        std::time::Duration::from_secs(3600),
    )
    .await;
    let list = |token: String| {
        let security = &security;
        async move {
            SecurityServiceClient::new(security.channel().await)
                .list_scans(with_token(ListScansRequest::default(), &token))
                .await
        }
    };
    // The security process checks the token and keeps it.
    list(reader.clone()).await.expect("the token works");
    // Let the subscriptions settle before the revocation is published.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    IdentityServiceClient::new(identity.channel().await)
        .revoke_api_token(with_token(
            RevokeApiTokenRequest { id: token_id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("revoked");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    let refused = loop {
        match list(reader.clone()).await {
            Err(status) => {
                assert_eq!(status.code(), tonic::Code::Unauthenticated, "{status:?}");
                break true;
            }
            Ok(_) if std::time::Instant::now() >= deadline => break false,
            Ok(_) => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
        }
    };
    identity.stop().await.expect("stop");
    security.finish(database).await;
    Some(refused)
}

#[tokio::test]
async fn a_token_revoked_in_one_process_is_refused_by_the_others_at_once_with_redis() {
    if let Some(refused) = revoked_in_one_process_elsewhere(true).await {
        assert!(
            refused,
            "the other process refused the revoked token within 2 s"
        );
    }
}

#[tokio::test]
async fn without_redis_another_process_trusts_its_cache_until_it_expires() {
    if let Some(refused) = revoked_in_one_process_elsewhere(false).await {
        assert!(
            !refused,
            "without shared revocations the cache holds (the control)"
        );
    }
}
