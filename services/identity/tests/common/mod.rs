//! Helpers shared by the identity service's integration tests.
#![allow(dead_code, unreachable_pub)]

use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::secureflow::identity::v1::*;
use tonic::transport::Channel;

pub const ADMIN_TOKEN: &str = "sft_identity_test_admin_0123456789";
pub use secureflow_platform::testkit::people::PASSWORD;

pub async fn start(database: &TestDatabase) -> TestServer {
    start_with_keys(database, "").await.expect("server starts")
}

/// Starts the identity service; `keys` is `SECUREFLOW_SECRETS__KEYS` (empty: the key file).
pub async fn start_with_keys(database: &TestDatabase, keys: &str) -> Result<TestServer, String> {
    let server = TestServer::on(database)
        .modules([secureflow_identity::MODULE])
        .authentication(secureflow_identity::AUTHENTICATION)
        .admin_token(ADMIN_TOKEN);
    let server = if keys.is_empty() {
        server
    } else {
        server.setting("SECUREFLOW_SECRETS__KEYS", keys)
    };
    server.try_start().await
}

pub fn client(channel: Channel) -> IdentityServiceClient<Channel> {
    people::client(channel)
}

pub async fn create_user(channel: Channel, email: &str, roles: &[&str]) -> User {
    people::create_user(channel, ADMIN_TOKEN, email, roles).await
}

pub async fn login(
    channel: Channel,
    email: &str,
    password: &str,
) -> Result<TokenPair, tonic::Status> {
    let request = LoginRequest {
        organization: "default".into(),
        email: email.into(),
        password: password.into(),
    };
    Ok(client(channel)
        .login(request)
        .await?
        .into_inner()
        .tokens
        .expect("tokens"))
}

pub async fn audit_records(channel: Channel) -> Vec<AuditRecord> {
    let response = client(channel)
        .list_audit_records(with_token(
            ListAuditRecordsRequest {
                page_size: 1000,
                ..Default::default()
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("audit list");
    response.into_inner().records
}

pub async fn verify(channel: Channel) -> VerifyAuditChainResponse {
    client(channel)
        .verify_audit_chain(with_token(VerifyAuditChainRequest {}, ADMIN_TOKEN))
        .await
        .expect("verify")
        .into_inner()
}
