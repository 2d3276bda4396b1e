//! The RBAC matrix: every RPC of every service, called as each built-in role
//! and as callers whose credentials must fail (anonymous, revoked, expired,
//! unknown, forged in every way that reaches the signature check, of a
//! deactivated, deleted or signed-out user) or carry less than they were
//! given (a demoted owner's token). The expected answers do not come from the
//! product: the roles' permissions are written out below, from the
//! architecture, and each RPC's permission is read from its contract here.
//! "Allowed" means the handler ran (any answer but an access refusal); an
//! INTERNAL or UNAVAILABLE answer is wrong either way.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use base64::Engine;
use bytes::{Buf, BufMut};
use common::identity::{
    create_token, create_user, login, login_session, other_tenant_admin, update_user,
};
use common::repository::create_repository;
use prost_reflect::{DescriptorPool, Value};
use secureflow_platform::testkit::{TestDatabase, TestServer, people, with_token};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::{DOMAIN_SERVICES, FILE_DESCRIPTOR_SET};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::transport::Channel;
use tonic_types::StatusExt;

const ADMIN_TOKEN: &str = "sft_access_test_admin_0123456789";

/// Who holds what, as the architecture's role table says: for each
/// permission, the built-in roles that grant it. No tenant role grants
/// `organizations.create`: creating tenants is the instance operator's.
const ROLE_TABLE: &[(&str, &[&str])] = &[
    ("organizations.read", EVERYONE),
    ("organizations.manage", &["admin"]),
    ("organizations.create", &[]),
    ("users.read", EVERYONE),
    ("users.manage", &["admin"]),
    ("teams.read", EVERYONE),
    ("teams.manage", &["admin", "manager"]),
    ("roles.read", EVERYONE),
    ("roles.manage", &["admin"]),
    ("repositories.read", EVERYONE),
    (
        "repositories.write",
        &["admin", "devops_engineer", "developer"],
    ),
    ("repositories.delete", &["admin", "devops_engineer"]),
    ("pipelines.read", EVERYONE),
    ("pipelines.write", &["admin", "devops_engineer"]),
    (
        "pipelines.execute",
        &["admin", "devops_engineer", "developer", "qa_engineer"],
    ),
    ("security.read", EVERYONE),
    (
        "security.write",
        &["admin", "devops_engineer", "developer", "security_engineer"],
    ),
    ("security.triage", &["admin", "security_engineer"]),
    ("security.manage", &["admin", "security_engineer"]),
    ("tests.read", EVERYONE),
    (
        "tests.write",
        &["admin", "devops_engineer", "developer", "qa_engineer"],
    ),
    (
        "tests.execute",
        &["admin", "devops_engineer", "developer", "qa_engineer"],
    ),
    ("workflows.read", EVERYONE),
    (
        "workflows.write",
        &["admin", "devops_engineer", "security_engineer"],
    ),
    (
        "workflows.execute",
        &[
            "admin",
            "devops_engineer",
            "developer",
            "qa_engineer",
            "security_engineer",
        ],
    ),
    (
        "workflows.approve",
        &["admin", "security_engineer", "manager"],
    ),
    ("analytics.read", EVERYONE),
    ("hr.read", &["admin", "manager"]),
    ("hr.manage", &["admin", "manager"]),
    ("notifications.read", EVERYONE),
    (
        "notifications.send",
        &["admin", "devops_engineer", "security_engineer"],
    ),
    ("notifications.manage", &["admin", "devops_engineer"]),
    ("tokens.read", &["admin", "devops_engineer"]),
    ("tokens.manage", &["admin", "devops_engineer"]),
    ("audit.read", &["admin", "security_engineer"]),
    ("secrets.manage", &["admin"]),
    ("system.read", &["admin", "devops_engineer"]),
];

/// Every built-in role.
const EVERYONE: &[&str] = &ROLES;

const ROLES: [&str; 7] = [
    "admin",
    "devops_engineer",
    "developer",
    "qa_engineer",
    "security_engineer",
    "manager",
    "viewer",
];

/// The permissions `role` holds, from [`ROLE_TABLE`].
fn held_by(role: &str) -> BTreeSet<String> {
    ROLE_TABLE
        .iter()
        .filter(|(_, roles)| roles.contains(&role))
        .map(|(permission, _)| (*permission).to_owned())
        .collect()
}

/// Who may call one RPC, as its contract declares.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    Anonymous,
    Authenticated,
    Permission(String),
}

/// Every RPC's rule, read from the contracts' `(secureflow.options.v1.access)`
/// option here rather than through the product's parser.
fn contract_rules(pool: &DescriptorPool) -> BTreeMap<String, (Rule, bool, bool)> {
    let option = pool
        .get_extension_by_name("secureflow.options.v1.access")
        .expect("the access option");
    let mut rules = BTreeMap::new();
    for service in DOMAIN_SERVICES {
        for method in pool
            .get_service_by_name(service)
            .expect("service")
            .methods()
        {
            let options = method.options();
            let access = options.get_extension(&option);
            let Value::Message(access) = access.as_ref() else {
                panic!("{} has no access option", method.full_name());
            };
            let field = |name: &str| access.get_field_by_name(name).map(|v| v.into_owned());
            let rule = match (
                field("permission"),
                field("anonymous"),
                field("authenticated"),
            ) {
                (_, Some(Value::Bool(true)), _) => Rule::Anonymous,
                (_, _, Some(Value::Bool(true))) => Rule::Authenticated,
                (Some(Value::String(permission)), _, _) if !permission.is_empty() => {
                    Rule::Permission(permission)
                }
                other => panic!("{}: unreadable access option {other:?}", method.full_name()),
            };
            rules.insert(
                format!("/{service}/{}", method.name()),
                (
                    rule,
                    method.is_client_streaming(),
                    method.is_server_streaming(),
                ),
            );
        }
    }
    rules
}

/// Sends and receives raw protobuf bytes, so any RPC can be called by path.
#[derive(Debug, Clone, Copy, Default)]
struct RawCodec;

impl Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawCodec;
    type Decoder = RawCodec;
    fn encoder(&mut self) -> Self::Encoder {
        RawCodec
    }
    fn decoder(&mut self) -> Self::Decoder {
        RawCodec
    }
}

impl Encoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), tonic::Status> {
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawCodec {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Vec<u8>>, tonic::Status> {
        Ok(Some(src.copy_to_bytes(src.remaining()).to_vec()))
    }
}

/// Reasons the access layer refuses with; a handler's own refusals carry others.
const ACCESS_REFUSALS: [&str; 9] = [
    "CREDENTIALS_MISSING",
    "PERMISSION_MISSING",
    "TOKEN_UNKNOWN",
    "TOKEN_REVOKED",
    "TOKEN_EXPIRED",
    "TOKEN_INVALID",
    "PRINCIPAL_DELETED",
    "PRINCIPAL_DEACTIVATED",
    "SESSION_ENDED",
];

/// What a call came to.
#[derive(Debug)]
enum Outcome {
    /// The handler ran (whatever it answered).
    Ran,
    /// The access layer refused it.
    Refused,
    /// The server failed: neither a decision nor an answer.
    Broken(tonic::Status),
}

fn outcome(result: Result<(), tonic::Status>) -> Outcome {
    let Err(status) = result else {
        return Outcome::Ran;
    };
    let reason = status
        .get_details_error_info()
        .map(|info| info.reason)
        .unwrap_or_default();
    let access_code = matches!(
        status.code(),
        tonic::Code::Unauthenticated | tonic::Code::PermissionDenied
    );
    if access_code && ACCESS_REFUSALS.contains(&reason.as_str()) {
        return Outcome::Refused;
    }
    match status.code() {
        tonic::Code::Internal | tonic::Code::Unavailable | tonic::Code::Unknown => {
            Outcome::Broken(status)
        }
        _ => Outcome::Ran,
    }
}

async fn call(
    channel: Channel,
    path: &str,
    client_streaming: bool,
    server_streaming: bool,
    token: Option<&str>,
) -> Result<(), tonic::Status> {
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready()
        .await
        .map_err(|error| tonic::Status::unavailable(error.to_string()))?;
    let path: http::uri::PathAndQuery = path.parse().expect("path");
    fn attach<T>(message: T, token: Option<&str>) -> tonic::Request<T> {
        match token {
            Some(token) => with_token(message, token),
            None => tonic::Request::new(message),
        }
    }
    let request_stream = || attach(tokio_stream::iter(Vec::<Vec<u8>>::new()), token);
    match (client_streaming, server_streaming) {
        (false, false) => grpc
            .unary(attach(Vec::new(), token), path, RawCodec)
            .await
            .map(drop),
        (false, true) => grpc
            .server_streaming(attach(Vec::new(), token), path, RawCodec)
            .await
            .map(drop),
        (true, false) => grpc
            .client_streaming(request_stream(), path, RawCodec)
            .await
            .map(drop),
        (true, true) => grpc
            .streaming(request_stream(), path, RawCodec)
            .await
            .map(drop),
    }
}

/// One kind of caller and what it may do.
struct Principal {
    label: String,
    token: Option<String>,
    /// What a valid caller holds; `None` for callers who must be refused.
    permissions: Option<BTreeSet<String>>,
}

impl Principal {
    fn valid(label: &str, token: String, permissions: BTreeSet<String>) -> Self {
        Self {
            label: label.to_owned(),
            token: Some(token),
            permissions: Some(permissions),
        }
    }

    fn refused(label: &str, token: Option<String>) -> Self {
        Self {
            label: label.to_owned(),
            token,
            permissions: None,
        }
    }

    fn may(&self, rule: &Rule) -> bool {
        match (rule, &self.permissions) {
            (Rule::Anonymous, _) => true,
            (_, None) => false,
            (Rule::Authenticated, Some(_)) => true,
            (Rule::Permission(permission), Some(held)) => held.contains(permission),
        }
    }
}

async fn start() -> (TestServer, TestDatabase) {
    let database = TestDatabase::sqlite();
    let server = common::start(&database, ADMIN_TOKEN, &[], &[]).await;
    (server, database)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn json_part(token: &str, index: usize) -> serde_json::Value {
    let part = token.split('.').nth(index).expect("a JWT part");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(part)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON")
}

fn hs256(header: &serde_json::Value, payload: &serde_json::Value, key: &[u8]) -> String {
    let mut jwt_header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    jwt_header.kid = header["kid"].as_str().map(str::to_owned);
    jsonwebtoken::encode(
        &jwt_header,
        payload,
        &jsonwebtoken::EncodingKey::from_secret(key),
    )
    .expect("signed")
}

/// Access tokens forged in each way that reaches the signature check, from a
/// real one (`valid`, a viewer's) whose claims are raised to everything.
async fn forged_tokens(server: &TestServer, valid: &str) -> Vec<(&'static str, String)> {
    let header = json_part(valid, 0);
    let mut payload = json_part(valid, 1);
    let everything: Vec<&str> = ROLE_TABLE
        .iter()
        .map(|(permission, _)| *permission)
        .collect();
    payload["perms"] = serde_json::json!(everything);
    let signature = valid.split('.').nth(2).expect("signature");
    let raised = b64(payload.to_string().as_bytes());
    let mut forged = vec![
        (
            "an edited payload with the original signature",
            format!(
                "{}.{raised}.{signature}",
                valid.split('.').next().expect("header")
            ),
        ),
        (
            "signed with another key",
            hs256(&header, &payload, &[42_u8; 32]),
        ),
        (
            "alg none",
            format!(
                "{}.{raised}.",
                b64(
                    serde_json::json!({"alg": "none", "typ": "JWT", "kid": header["kid"]})
                        .to_string()
                        .as_bytes()
                )
            ),
        ),
        (
            "alg RS256",
            format!(
                "{}.{raised}.{}",
                b64(
                    serde_json::json!({"alg": "RS256", "typ": "JWT", "kid": header["kid"]})
                        .to_string()
                        .as_bytes()
                ),
                b64(&[7_u8; 256])
            ),
        ),
        (
            "an unknown kid",
            hs256(
                &serde_json::json!({"kid": "no-such-key"}),
                &payload,
                &[42_u8; 32],
            ),
        ),
    ];
    // Signed with the server's own key, but expired an hour ago.
    let db = server.database().await;
    let secrets = std::sync::Arc::new(
        secureflow_platform::secrets::Secrets::load(&server.config.secrets, &server.data_dir)
            .expect("keys"),
    );
    let keys = secureflow_identity::jwt::KeyRing::new(db, secrets);
    let mut claims: secureflow_identity::jwt::AccessClaims =
        serde_json::from_value(json_part(valid, 1)).expect("claims");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    claims.iat = now - 7200;
    claims.iat_us = 0;
    claims.exp = now - 3600;
    forged.push(("expired", keys.sign(&claims).await.expect("signed")));
    forged
}

/// Users whose credentials outlive a change to them: the credential and what
/// it may still do.
async fn changed_people(channel: Channel) -> Vec<Principal> {
    let granted = [
        "repositories.read",
        "repositories.write",
        "security.read",
        "security.write",
        "tokens.read",
    ];
    let mut people = Vec::new();
    for change in ["deactivated", "deleted", "demoted"] {
        let email = format!("{change}@example.test");
        let user = create_user(channel.clone(), ADMIN_TOKEN, &email, &["devops_engineer"]).await;
        let session = login(channel.clone(), "default", &email).await;
        let (_, api_token) = create_token(
            channel.clone(),
            &session,
            &granted,
            Duration::from_secs(3600),
        )
        .await;
        match change {
            "deactivated" => {
                let user = identity::User {
                    id: user.id,
                    active: false,
                    ..Default::default()
                };
                update_user(channel.clone(), ADMIN_TOKEN, user, &["active"])
                    .await
                    .expect("deactivated");
                people.push(Principal::refused(
                    "deactivated owner's API token",
                    Some(api_token),
                ));
                people.push(Principal::refused(
                    "deactivated user's access token",
                    Some(session),
                ));
            }
            "deleted" => {
                IdentityServiceClient::new(channel.clone())
                    .delete_user(with_token(
                        identity::DeleteUserRequest { id: user.id },
                        ADMIN_TOKEN,
                    ))
                    .await
                    .expect("deleted");
                people.push(Principal::refused(
                    "deleted owner's API token",
                    Some(api_token),
                ));
                people.push(Principal::refused(
                    "deleted user's access token",
                    Some(session),
                ));
            }
            _ => {
                let user = identity::User {
                    id: user.id,
                    role_ids: vec!["viewer".into()],
                    ..Default::default()
                };
                update_user(channel.clone(), ADMIN_TOKEN, user, &["role_ids"])
                    .await
                    .expect("demoted");
                let viewer = held_by("viewer");
                let kept = granted
                    .iter()
                    .map(|p| (*p).to_owned())
                    .filter(|p| viewer.contains(p))
                    .collect();
                people.push(Principal::valid(
                    "demoted owner's API token",
                    api_token,
                    kept,
                ));
                people.push(Principal::valid(
                    "demoted user's access token",
                    session,
                    viewer,
                ));
            }
        }
    }
    let email = "signed-out@example.test";
    create_user(channel.clone(), ADMIN_TOKEN, email, &["developer"]).await;
    let session = login_session(channel.clone(), "default", email).await;
    IdentityServiceClient::new(channel.clone())
        .logout(with_token(
            identity::LogoutRequest {
                refresh_token: session.refresh_token.clone(),
            },
            &session.access_token,
        ))
        .await
        .expect("signed out");
    people.push(Principal::refused(
        "signed-out session",
        Some(session.access_token),
    ));
    people
}

#[test]
fn the_role_table_covers_exactly_the_contracts_permissions() {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptors");
    let in_contracts: BTreeSet<String> = contract_rules(&pool)
        .into_values()
        .filter_map(|(rule, _, _)| match rule {
            Rule::Permission(permission) => Some(permission),
            _ => None,
        })
        .collect();
    let in_table: BTreeSet<String> = ROLE_TABLE.iter().map(|(p, _)| (*p).to_owned()).collect();
    assert_eq!(
        in_table, in_contracts,
        "a permission was added or removed: update ROLE_TABLE"
    );
    for (permission, roles) in ROLE_TABLE {
        assert!(
            roles.iter().all(|role| ROLES.contains(role)),
            "{permission}: {roles:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_rpc_allows_and_denies_exactly_as_the_contract_says() {
    let (server, _database) = start().await;
    let channel = server.channel().await;
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptors");
    let rules = contract_rules(&pool);

    let mut principals = Vec::new();
    for role in ROLES {
        let email = format!("{role}@example.test");
        create_user(channel.clone(), ADMIN_TOKEN, &email, &[role]).await;
        let token = login(channel.clone(), "default", &email).await;
        principals.push(Principal::valid(role, token, held_by(role)));
    }
    let viewer_token = principals[6].token.clone().expect("viewer");
    for (how, token) in forged_tokens(&server, &viewer_token).await {
        principals.push(Principal::refused(&format!("forged: {how}"), Some(token)));
    }
    let (revoked_id, revoked) = create_token(
        channel.clone(),
        ADMIN_TOKEN,
        &["repositories.read"],
        Duration::from_secs(3600),
    )
    .await;
    IdentityServiceClient::new(channel.clone())
        .revoke_api_token(with_token(
            identity::RevokeApiTokenRequest { id: revoked_id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("revoked");
    let (_, expiring) = create_token(
        channel.clone(),
        ADMIN_TOKEN,
        &["repositories.read"],
        Duration::from_secs(2),
    )
    .await;
    principals.push(Principal::refused("anonymous", None));
    principals.push(Principal::refused("revoked API token", Some(revoked)));
    principals.push(Principal::refused(
        "unknown API token",
        Some("sft_nope".into()),
    ));
    principals.extend(changed_people(channel.clone()).await);
    let (their_admin, _) = other_tenant_admin(&server, ADMIN_TOKEN).await;
    principals.push(Principal::valid(
        "other tenant's admin",
        their_admin,
        held_by("admin"),
    ));
    let (_, operator_scoped) = create_token(
        channel.clone(),
        ADMIN_TOKEN,
        &["organizations.create"],
        Duration::from_secs(3600),
    )
    .await;
    principals.push(Principal::valid(
        "operator's token for new tenants",
        operator_scoped,
        BTreeSet::from(["organizations.create".to_owned()]),
    ));
    tokio::time::sleep(Duration::from_millis(2500)).await;
    principals.push(Principal::refused("expired API token", Some(expiring)));

    let mut checked = 0;
    let mut wrong = Vec::new();
    for (path, (rule, client_streaming, server_streaming)) in &rules {
        for principal in &principals {
            let result = call(
                channel.clone(),
                path,
                *client_streaming,
                *server_streaming,
                principal.token.as_deref(),
            )
            .await;
            let expected = principal.may(rule);
            match (outcome(result), expected) {
                (Outcome::Ran, true) | (Outcome::Refused, false) => {}
                (Outcome::Broken(status), _) => wrong.push(format!(
                    "{path} as {}: the server failed: {status:?}",
                    principal.label
                )),
                (got, expected) => wrong.push(format!(
                    "{path} as {}: expected {}, got {got:?}",
                    principal.label,
                    if expected {
                        "the handler to run"
                    } else {
                        "a refusal"
                    }
                )),
            }
            checked += 1;
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} decisions were wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(checked > 3000, "{checked} calls checked");
    server.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn escalation_paths_are_refused_for_every_role_that_could_try_them() {
    let (server, _database) = start().await;
    let channel = server.channel().await;
    let mut identity_client = IdentityServiceClient::new(channel.clone());
    create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "root@example.test",
        &["admin"],
    )
    .await;
    let admin_session = login(channel.clone(), "default", "root@example.test").await;
    let (admin_token_id, _) = create_token(
        channel.clone(),
        &admin_session,
        &["audit.read", "tokens.manage"],
        Duration::from_secs(3600),
    )
    .await;
    let admins = people::create_team(
        channel.clone(),
        ADMIN_TOKEN,
        identity::Team {
            name: "Admins".into(),
            ..Default::default()
        },
    )
    .await;
    people::bind_role(
        channel.clone(),
        ADMIN_TOKEN,
        identity::RoleBinding {
            role_id: "admin".into(),
            subject: Some(identity::role_binding::Subject::TeamId(admins.id.clone())),
            ..Default::default()
        },
    )
    .await;

    let mut tried = 0;
    let mut wrong = Vec::new();
    for role in ROLES.iter().filter(|role| **role != "admin") {
        let held = held_by(role);
        let email = format!("{role}@example.test");
        let me = create_user(channel.clone(), ADMIN_TOKEN, &email, &[role]).await;
        let token = login(channel.clone(), "default", &email).await;
        let mut attempts: Vec<(&str, Result<(), tonic::Status>)> = Vec::new();
        if held.contains("teams.manage") {
            let joined = identity_client
                .update_team(with_token(
                    identity::UpdateTeamRequest {
                        team: Some(identity::Team {
                            id: admins.id.clone(),
                            member_ids: vec![me.id.clone()],
                            ..Default::default()
                        }),
                        update_mask: Some(pbjson_types::FieldMask {
                            paths: vec!["member_ids".into()],
                        }),
                    },
                    &token,
                ))
                .await;
            attempts.push(("joining a team bound to Admin", joined.map(drop)));
        }
        if held.contains("tokens.manage") {
            let revoked = identity_client
                .revoke_api_token(with_token(
                    identity::RevokeApiTokenRequest {
                        id: admin_token_id.clone(),
                    },
                    &token,
                ))
                .await;
            attempts.push(("revoking an admin's API token", revoked.map(drop)));
        }
        if held.contains("roles.manage") {
            let bound = identity_client
                .create_role_binding(with_token(
                    identity::CreateRoleBindingRequest {
                        role_binding: Some(identity::RoleBinding {
                            role_id: "admin".into(),
                            subject: Some(identity::role_binding::Subject::UserId(me.id.clone())),
                            ..Default::default()
                        }),
                    },
                    &token,
                ))
                .await;
            attempts.push(("binding Admin to oneself", bound.map(drop)));
        }
        if held.contains("tokens.read") {
            let listed = identity_client
                .list_api_tokens(with_token(
                    identity::ListApiTokensRequest::default(),
                    &token,
                ))
                .await
                .expect("own tokens listed")
                .into_inner();
            if listed.api_tokens.iter().any(|t| t.id == admin_token_id) {
                wrong.push(format!("{role} lists an admin's token"));
            }
        }
        for (what, result) in attempts {
            tried += 1;
            match result {
                Err(status)
                    if status.code() == tonic::Code::PermissionDenied
                        && status.get_details_error_info().map(|i| i.reason).as_deref()
                            == Some("GRANT_NOT_HELD") => {}
                other => wrong.push(format!("{role} {what}: {other:?}")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(tried >= 2, "manager and DevOps tried ({tried})");
    let session = login(channel.clone(), "default", "manager@example.test").await;
    let identity = identity_client
        .get_current_identity(with_token(identity::GetCurrentIdentityRequest {}, &session))
        .await
        .expect("identity")
        .into_inner();
    assert!(!identity.permissions.contains(&"users.manage".to_owned()));
    server.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_bound_to_one_repository_or_team_apply_only_there() {
    use secureflow_proto::secureflow::repository::v1 as repository;
    use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
    let (server, _database) = start().await;
    let channel = server.channel().await;
    let user = create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "scoped@example.test",
        &["viewer"],
    )
    .await;
    let mut repositories = RepositoryServiceClient::new(channel.clone());
    let mut repository_ids = Vec::new();
    for full_name in ["acme/payments", "acme/search"] {
        let created = create_repository(channel.clone(), ADMIN_TOKEN, full_name, "").await;
        repository_ids.push(created.id);
    }
    let mut teams = Vec::new();
    for name in ["Payments", "Search"] {
        let team = identity::Team {
            name: name.into(),
            ..Default::default()
        };
        let team = people::create_team(channel.clone(), ADMIN_TOKEN, team).await;
        teams.push(team);
    }
    for (role, kind, id) in [
        ("developer", "repository", repository_ids[0].as_str()),
        ("manager", "team", teams[0].id.as_str()),
    ] {
        let binding = identity::RoleBinding {
            role_id: role.into(),
            subject: Some(identity::role_binding::Subject::UserId(user.id.clone())),
            scope: Some(identity::ResourceScope {
                resource_type: kind.into(),
                resource_id: id.into(),
            }),
            ..Default::default()
        };
        people::bind_role(channel.clone(), ADMIN_TOKEN, binding).await;
    }
    let token = login(channel.clone(), "default", "scoped@example.test").await;

    let update_repository = |id: &str| repository::UpdateRepositoryRequest {
        repository: Some(repository::Repository {
            id: id.into(),
            name: "renamed".into(),
            ..Default::default()
        }),
        update_mask: Some(pbjson_types::FieldMask {
            paths: vec!["name".into()],
        }),
    };
    let renamed = repositories
        .update_repository(with_token(update_repository(&repository_ids[0]), &token))
        .await
        .expect("developer of acme/payments")
        .into_inner()
        .repository
        .expect("repository");
    assert_eq!(renamed.name, "renamed");
    let denied = repositories
        .update_repository(with_token(update_repository(&repository_ids[1]), &token))
        .await
        .expect_err("no grant on acme/search");
    assert_eq!(denied.code(), tonic::Code::PermissionDenied);
    // A grant on one repository creates none: the id of a new repository is
    // the server's to assign, so naming the granted one in it counts for nothing.
    let create = repositories
        .create_repository(with_token(
            repository::CreateRepositoryRequest {
                repository: Some(repository::Repository {
                    id: repository_ids[0].clone(),
                    full_name: "acme/sneaky".into(),
                    ..Default::default()
                }),
            },
            &token,
        ))
        .await
        .expect_err("no organisation-wide repositories.write");
    assert_eq!(create.code(), tonic::Code::PermissionDenied);

    let rename = |team: &identity::Team| identity::UpdateTeamRequest {
        team: Some(identity::Team {
            id: team.id.clone(),
            description: "ours".into(),
            ..Default::default()
        }),
        update_mask: Some(pbjson_types::FieldMask {
            paths: vec!["description".into()],
        }),
    };
    let mut identity_client = IdentityServiceClient::new(channel);
    identity_client
        .update_team(with_token(rename(&teams[0]), &token))
        .await
        .expect("manager of Payments");
    let other = identity_client
        .update_team(with_token(rename(&teams[1]), &token))
        .await
        .expect_err("not Search");
    assert_eq!(other.code(), tonic::Code::PermissionDenied);
    server.stop().await.expect("clean shutdown");
}
