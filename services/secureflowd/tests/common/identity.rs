//! People, tokens and tenants for the access tests, made through the public
//! API (and, for a second tenant, the operator's bootstrap token).

use secureflow_platform::testkit::{TestServer, with_token};
// Not every test binary that includes `common` uses each.
#[allow(unused_imports)]
pub use secureflow_platform::testkit::people::{
    PASSWORD, create_token, create_user, login, login_session,
};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use tonic::transport::Channel;

/// The newest records of the caller's audit log (up to 1,000), as `token`.
pub async fn audit_records(
    channel: Channel,
    token: &str,
) -> Result<Vec<identity::AuditRecord>, tonic::Status> {
    Ok(IdentityServiceClient::new(channel)
        .list_audit_records(with_token(
            identity::ListAuditRecordsRequest {
                page_size: 1000,
                ..Default::default()
            },
            token,
        ))
        .await?
        .into_inner()
        .records)
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
