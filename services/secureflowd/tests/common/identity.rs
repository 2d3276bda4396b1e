//! People, tokens and tenants for the access tests, made through the public
//! API (and, for a second tenant, the operator's bootstrap token).

use std::time::Duration;

use secureflow_platform::testkit::{TestServer, with_token};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use tonic::transport::Channel;

/// Every test person's password.
pub const PASSWORD: &str = "a long enough password";

/// Logs in; the access token.
pub async fn login(channel: Channel, organization: &str, email: &str) -> String {
    login_session(channel, organization, email)
        .await
        .access_token
}

/// Logs in; the whole token pair.
pub async fn login_session(
    channel: Channel,
    organization: &str,
    email: &str,
) -> identity::TokenPair {
    let response = IdentityServiceClient::new(channel)
        .login(identity::LoginRequest {
            organization: organization.into(),
            email: email.into(),
            password: PASSWORD.into(),
        })
        .await
        .unwrap_or_else(|status| panic!("log-in as {email}: {status:?}"));
    response.into_inner().tokens.expect("tokens")
}

/// Creates a user with one role, as `token`.
pub async fn create_user(channel: Channel, token: &str, email: &str, role: &str) -> identity::User {
    let user = identity::User {
        email: email.into(),
        display_name: email.into(),
        role_ids: vec![role.into()],
        ..Default::default()
    };
    IdentityServiceClient::new(channel)
        .create_user(with_token(
            identity::CreateUserRequest {
                user: Some(user),
                password: PASSWORD.into(),
            },
            token,
        ))
        .await
        .unwrap_or_else(|status| panic!("creating {email}: {status:?}"))
        .into_inner()
        .user
        .expect("user")
}

/// Creates an API token carrying `permissions`, expiring in `expire_in`, as
/// `creator`; its id and secret.
pub async fn create_token(
    channel: Channel,
    creator: &str,
    permissions: &[&str],
    expire_in: Duration,
) -> (String, String) {
    let expire = std::time::SystemTime::now() + expire_in;
    let seconds = expire
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let response = IdentityServiceClient::new(channel)
        .create_api_token(with_token(
            identity::CreateApiTokenRequest {
                name: "ci".into(),
                permissions: permissions.iter().map(|p| (*p).to_owned()).collect(),
                expire_time: Some(pbjson_types::Timestamp {
                    seconds: i64::try_from(seconds).expect("seconds"),
                    nanos: 0,
                }),
            },
            creator,
        ))
        .await
        .unwrap_or_else(|status| panic!("token with {permissions:?}: {status:?}"))
        .into_inner();
    (response.api_token.expect("token").id, response.secret)
}

/// Changes masked fields of a user, as `token`.
pub async fn update_user(
    channel: Channel,
    token: &str,
    user: identity::User,
    paths: &[&str],
) -> Result<identity::User, tonic::Status> {
    Ok(IdentityServiceClient::new(channel)
        .update_user(with_token(
            identity::UpdateUserRequest {
                user: Some(user),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: paths.iter().map(|p| (*p).to_owned()).collect(),
                }),
            },
            token,
        ))
        .await?
        .into_inner()
        .user
        .expect("user"))
}

/// A second organisation, created by the instance operator, with an admin
/// who logged in; the admin's access token and user.
pub async fn other_tenant_admin(server: &TestServer, operator: &str) -> (String, identity::User) {
    let channel = server.channel().await;
    let created = IdentityServiceClient::new(channel.clone())
        .create_organization(with_token(
            identity::CreateOrganizationRequest {
                organization: Some(identity::Organization {
                    slug: "other".into(),
                    display_name: "Other".into(),
                    ..Default::default()
                }),
            },
            operator,
        ))
        .await
        .expect("the operator creates a tenant")
        .into_inner();
    let redeemed = IdentityServiceClient::new(channel.clone())
        .redeem_setup_token(identity::RedeemSetupTokenRequest {
            setup_token: created.setup_token,
            email: "admin@other.test".into(),
            display_name: "Other admin".into(),
            password: PASSWORD.into(),
        })
        .await
        .expect("their first admin")
        .into_inner();
    let token = redeemed.tokens.expect("tokens").access_token;
    (token, redeemed.user.expect("user"))
}
