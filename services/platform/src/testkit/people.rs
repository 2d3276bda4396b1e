//! People, teams, roles and API tokens made through identity's public API,
//! for the tests of any crate that starts the identity service.
//!
//! Each helper panics with the status when identity refuses: a test that
//! needs the refusal calls the client itself.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use tonic::transport::Channel;

use super::with_token;

/// Every test person's password.
pub const PASSWORD: &str = "a long enough password";

/// An identity client on `channel`.
pub fn client(channel: Channel) -> IdentityServiceClient<Channel> {
    IdentityServiceClient::new(channel)
}

/// Creates a user named by `email` (also the display name) holding `roles`
/// organisation-wide, with [`PASSWORD`], as `token`.
pub async fn create_user(
    channel: Channel,
    token: &str,
    email: &str,
    roles: &[&str],
) -> identity::User {
    let user = identity::User {
        email: email.into(),
        display_name: email.into(),
        role_ids: roles.iter().map(|role| (*role).to_owned()).collect(),
        ..Default::default()
    };
    client(channel)
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

/// Creates `team`, as `token`.
pub async fn create_team(channel: Channel, token: &str, team: identity::Team) -> identity::Team {
    let name = team.name.clone();
    client(channel)
        .create_team(with_token(
            identity::CreateTeamRequest { team: Some(team) },
            token,
        ))
        .await
        .unwrap_or_else(|status| panic!("creating team {name}: {status:?}"))
        .into_inner()
        .team
        .expect("team")
}

/// Creates the custom role `name` granting `permissions`, as `token`.
pub async fn create_role(
    channel: Channel,
    token: &str,
    name: &str,
    permissions: &[&str],
) -> identity::Role {
    let role = identity::Role {
        name: name.into(),
        permissions: permissions.iter().map(|p| (*p).to_owned()).collect(),
        ..Default::default()
    };
    client(channel)
        .create_role(with_token(
            identity::CreateRoleRequest { role: Some(role) },
            token,
        ))
        .await
        .unwrap_or_else(|status| panic!("creating role {name}: {status:?}"))
        .into_inner()
        .role
        .expect("role")
}

/// Binds `binding`'s role to its subject, as `token`.
pub async fn bind_role(
    channel: Channel,
    token: &str,
    binding: identity::RoleBinding,
) -> identity::RoleBinding {
    let role = binding.role_id.clone();
    client(channel)
        .create_role_binding(with_token(
            identity::CreateRoleBindingRequest {
                role_binding: Some(binding),
            },
            token,
        ))
        .await
        .unwrap_or_else(|status| panic!("binding role {role}: {status:?}"))
        .into_inner()
        .role_binding
        .expect("binding")
}

/// Logs in to `organization` (its slug) with [`PASSWORD`]; the token pair.
pub async fn login_session(
    channel: Channel,
    organization: &str,
    email: &str,
) -> identity::TokenPair {
    client(channel)
        .login(identity::LoginRequest {
            organization: organization.into(),
            email: email.into(),
            password: PASSWORD.into(),
        })
        .await
        .unwrap_or_else(|status| panic!("log-in as {email}: {status:?}"))
        .into_inner()
        .tokens
        .expect("tokens")
}

/// Logs in to `organization` (its slug) with [`PASSWORD`]; the access token.
pub async fn login(channel: Channel, organization: &str, email: &str) -> String {
    login_session(channel, organization, email)
        .await
        .access_token
}

/// Creates an API token named `ci` carrying `permissions`, expiring in
/// `expire_in`, as `creator`; its id and secret.
pub async fn create_token(
    channel: Channel,
    creator: &str,
    permissions: &[&str],
    expire_in: Duration,
) -> (String, String) {
    let seconds = (SystemTime::now() + expire_in)
        .duration_since(UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let response = client(channel)
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
