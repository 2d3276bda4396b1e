//! Every RPC of every service, called as each built-in role and as anonymous,
//! expired, revoked, unknown, forged and other-tenant callers: the access layer
//! allows and denies exactly as the contract's `(secureflow.options.v1.access)` says.

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use bytes::{Buf, BufMut};
use prost_reflect::DescriptorPool;
use secureflow_identity::domain::roles::BUILT_IN_ROLES;
use secureflow_platform::access::{AccessRule, AccessTable};
use secureflow_platform::config::{Config, Overrides};
use secureflow_platform::testkit::{TestServer, with_token};
use secureflow_proto::secureflow::identity::v1 as identity;
use secureflow_proto::secureflow::identity::v1::identity_service_client::IdentityServiceClient;
use secureflow_proto::{DOMAIN_SERVICES, FILE_DESCRIPTOR_SET};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::transport::Channel;
use tonic_types::StatusExt;

const ADMIN_TOKEN: &str = "sft_access_test_admin_0123456789";
const PASSWORD: &str = "a long enough password";

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

/// Reasons the access layer gives; a handler's own errors carry other reasons.
const ACCESS_LAYER_REASONS: [&str; 5] = [
    "CREDENTIALS_MISSING",
    "PERMISSION_MISSING",
    "TOKEN_UNKNOWN",
    "TOKEN_REVOKED",
    "TOKEN_EXPIRED",
];

/// Whether the access layer refused the call (as opposed to the handler answering).
fn refused_by_access_layer(status: &tonic::Status) -> bool {
    if !matches!(
        status.code(),
        tonic::Code::Unauthenticated | tonic::Code::PermissionDenied
    ) {
        return false;
    }
    let reason = status
        .get_details_error_info()
        .map(|info| info.reason)
        .unwrap_or_default();
    ACCESS_LAYER_REASONS.contains(&reason.as_str())
        || status.message().starts_with("access token")
        || status.message() == "malformed access token"
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

/// One kind of caller and what the contract lets it do.
struct Principal {
    label: String,
    token: Option<String>,
    /// Permissions of a valid caller; `None` for callers whose credential must be refused.
    permissions: Option<BTreeSet<String>>,
}

impl Principal {
    fn expected_allowed(&self, rule: &AccessRule) -> bool {
        match (rule, &self.permissions) {
            (AccessRule::Anonymous, _) => true,
            (_, None) => false,
            (AccessRule::Authenticated, Some(_)) => true,
            (AccessRule::Permission(permission), Some(held)) => held.contains(permission),
        }
    }
}

async fn login(channel: Channel, organization: &str, email: &str) -> String {
    let response = IdentityServiceClient::new(channel)
        .login(identity::LoginRequest {
            organization: organization.into(),
            email: email.into(),
            password: PASSWORD.into(),
        })
        .await
        .unwrap_or_else(|status| panic!("log-in as {email}: {status:?}"));
    response.into_inner().tokens.expect("tokens").access_token
}

async fn create_user(channel: Channel, token: &str, email: &str, role: &str) {
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
        .unwrap_or_else(|status| panic!("creating {email}: {status:?}"));
}

async fn create_token(channel: Channel, admin: &str, expire_in: Duration) -> (String, String) {
    let expire = std::time::SystemTime::now() + expire_in;
    let seconds = expire
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let response = IdentityServiceClient::new(channel)
        .create_api_token(with_token(
            identity::CreateApiTokenRequest {
                name: "ci".into(),
                permissions: vec!["repositories.read".into()],
                expire_time: Some(pbjson_types::Timestamp {
                    seconds: i64::try_from(seconds).expect("seconds"),
                    nanos: 0,
                }),
            },
            admin,
        ))
        .await
        .expect("token created")
        .into_inner();
    (response.api_token.expect("token").id, response.secret)
}

/// Another organisation with an admin, written through the identity crate as an
/// operator's tooling would (creating organisations over the API is not built yet).
async fn other_tenant_admin(server: &TestServer) -> String {
    use secureflow_identity::{accounts, jwt, store};
    let db = server.database().await;
    let now = secureflow_platform::db::now_micros();
    let org = store::OrganizationRow {
        id: uuid::Uuid::now_v7().to_string(),
        slug: "other".into(),
        display_name: "Other".into(),
        created_at_us: now,
        updated_at_us: now,
        sla_policy: String::new(),
    };
    let mut tx = db.begin().await.expect("begin");
    store::insert_organization(&mut tx, &org)
        .await
        .expect("org");
    tx.commit().await.expect("commit");
    let accounts = accounts::Accounts::new(
        db.clone(),
        std::sync::Arc::new(jwt::KeyRing::new(
            db.clone(),
            std::sync::Arc::new(
                secureflow_platform::secrets::Secrets::load(
                    &server.config.secrets,
                    &server.data_dir,
                )
                .expect("keys"),
            ),
        )),
        server.config.identity.clone(),
        std::sync::Arc::new(BTreeSet::new()),
    );
    let caller = secureflow_platform::auth::Caller {
        subject: "operator".into(),
        kind: secureflow_platform::auth::CallerKind::User,
        organization_id: org.id,
        user_id: None,
        permissions: BTreeSet::new(),
        scoped_permissions: Default::default(),
    };
    let user = accounts::NewUser {
        email: "admin@other.test".into(),
        display_name: "Other admin".into(),
        password: PASSWORD.into(),
        role_ids: vec!["admin".into()],
    };
    accounts
        .create_user(&caller, user)
        .await
        .expect("other admin");
    login(server.channel().await, "other", "admin@other.test").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_rpc_allows_and_denies_exactly_as_the_contract_says() {
    let env = HashMap::from([(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        ADMIN_TOKEN.to_owned(),
    )]);
    let config = Config::load(None, &env, &Overrides::default()).expect("config");
    let server = TestServer::start(
        secureflowd::composition(&config).expect("composition"),
        &env,
        Overrides::default(),
    )
    .await;
    let channel = server.channel().await;
    let table =
        AccessTable::from_descriptor_set(FILE_DESCRIPTOR_SET, &DOMAIN_SERVICES).expect("contracts");
    let all: BTreeSet<String> = table.permissions().into_iter().map(str::to_owned).collect();

    let mut principals = Vec::new();
    for role in BUILT_IN_ROLES {
        let email = format!("{}@example.test", role.id);
        create_user(channel.clone(), ADMIN_TOKEN, &email, role.id).await;
        principals.push(Principal {
            label: role.id.to_owned(),
            token: Some(login(channel.clone(), "default", &email).await),
            permissions: Some(role.grants(&all)),
        });
    }
    let (revoked_id, revoked_secret) =
        create_token(channel.clone(), ADMIN_TOKEN, Duration::from_secs(3600)).await;
    IdentityServiceClient::new(channel.clone())
        .revoke_api_token(with_token(
            identity::RevokeApiTokenRequest { id: revoked_id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("revoked");
    let (_, expiring_secret) =
        create_token(channel.clone(), ADMIN_TOKEN, Duration::from_secs(2)).await;
    let valid_jwt = principals[0].token.clone().expect("admin jwt");
    let forged_jwt = format!(
        "{}x",
        &valid_jwt[..valid_jwt.len() - 1].trim_end_matches('x')
    );
    principals.push(Principal {
        label: "anonymous".into(),
        token: None,
        permissions: None,
    });
    principals.push(Principal {
        label: "revoked API token".into(),
        token: Some(revoked_secret),
        permissions: None,
    });
    principals.push(Principal {
        label: "unknown API token".into(),
        token: Some("sft_nope".into()),
        permissions: None,
    });
    principals.push(Principal {
        label: "forged access token".into(),
        token: Some(forged_jwt),
        permissions: None,
    });
    principals.push(Principal {
        label: "other tenant's admin".into(),
        token: Some(other_tenant_admin(&server).await),
        permissions: Some(all.clone()),
    });
    tokio::time::sleep(Duration::from_millis(2500)).await;
    principals.push(Principal {
        label: "expired API token".into(),
        token: Some(expiring_secret),
        permissions: None,
    });

    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).expect("descriptors");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for service in DOMAIN_SERVICES {
        for method in pool
            .get_service_by_name(service)
            .expect("service")
            .methods()
        {
            let path = format!("/{service}/{}", method.name());
            let rule = table.rule(&path).expect("rule");
            for principal in &principals {
                let outcome = call(
                    channel.clone(),
                    &path,
                    method.is_client_streaming(),
                    method.is_server_streaming(),
                    principal.token.as_deref(),
                )
                .await;
                let allowed = !matches!(&outcome, Err(status) if refused_by_access_layer(status));
                if allowed != principal.expected_allowed(rule) {
                    wrong.push(format!(
                        "{path} as {}: expected allowed={}, got {outcome:?}",
                        principal.label, !allowed
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} decisions were wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(checked > 1500, "{checked} calls checked");
    server.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tenant_sees_and_changes_nothing_of_ours() {
    let env = HashMap::from([(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        ADMIN_TOKEN.to_owned(),
    )]);
    let config = Config::load(None, &env, &Overrides::default()).expect("config");
    let server = TestServer::start(
        secureflowd::composition(&config).expect("composition"),
        &env,
        Overrides::default(),
    )
    .await;
    let channel = server.channel().await;
    create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "dev@example.test",
        "developer",
    )
    .await;
    let (token_id, _) = create_token(channel.clone(), ADMIN_TOKEN, Duration::from_secs(3600)).await;
    let ours = IdentityServiceClient::new(channel.clone())
        .get_current_identity(with_token(
            identity::GetCurrentIdentityRequest {},
            ADMIN_TOKEN,
        ))
        .await
        .expect("identity")
        .into_inner();
    let our_org = ours.organization.expect("organisation").id;
    let our_users = IdentityServiceClient::new(channel.clone())
        .list_users(with_token(
            identity::ListUsersRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("list")
        .into_inner()
        .users;
    let their_admin = other_tenant_admin(&server).await;
    let mut theirs = IdentityServiceClient::new(channel.clone());

    let user = theirs
        .get_user(with_token(
            identity::GetUserRequest {
                id: our_users[0].id.clone(),
            },
            &their_admin,
        ))
        .await
        .expect_err("our user is invisible");
    assert_eq!(user.code(), tonic::Code::NotFound);
    let org = theirs
        .get_organization(with_token(
            identity::GetOrganizationRequest { id: our_org },
            &their_admin,
        ))
        .await
        .expect_err("our organisation is invisible");
    assert_eq!(org.code(), tonic::Code::NotFound);
    let listed = theirs
        .list_users(with_token(
            identity::ListUsersRequest::default(),
            &their_admin,
        ))
        .await
        .expect("their list")
        .into_inner()
        .users;
    assert!(
        listed
            .iter()
            .all(|user| user.email.ends_with("@other.test")),
        "{listed:?}"
    );
    let revoke = theirs
        .revoke_api_token(with_token(
            identity::RevokeApiTokenRequest {
                id: token_id.clone(),
            },
            &their_admin,
        ))
        .await
        .expect_err("cannot revoke our token");
    assert_eq!(revoke.code(), tonic::Code::NotFound);
    let token = IdentityServiceClient::new(channel)
        .get_api_token(with_token(
            identity::GetApiTokenRequest { id: token_id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("our token")
        .into_inner()
        .api_token
        .expect("token");
    assert!(token.revoke_time.is_none(), "our token is untouched");
    server.stop().await.expect("clean shutdown");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_bound_to_one_repository_or_team_apply_only_there() {
    use secureflow_proto::secureflow::repository::v1 as repository;
    use secureflow_proto::secureflow::repository::v1::repository_service_client::RepositoryServiceClient;
    let env = HashMap::from([(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        ADMIN_TOKEN.to_owned(),
    )]);
    let config = Config::load(None, &env, &Overrides::default()).expect("config");
    let server = TestServer::start(
        secureflowd::composition(&config).expect("composition"),
        &env,
        Overrides::default(),
    )
    .await;
    let channel = server.channel().await;
    create_user(
        channel.clone(),
        ADMIN_TOKEN,
        "scoped@example.test",
        "viewer",
    )
    .await;
    let mut admin = IdentityServiceClient::new(channel.clone());
    let user = admin
        .list_users(with_token(
            identity::ListUsersRequest::default(),
            ADMIN_TOKEN,
        ))
        .await
        .expect("users")
        .into_inner()
        .users
        .into_iter()
        .find(|user| user.email == "scoped@example.test")
        .expect("user");
    let mut teams = Vec::new();
    for name in ["Payments", "Search"] {
        let team = admin
            .create_team(with_token(
                identity::CreateTeamRequest {
                    team: Some(identity::Team {
                        name: name.into(),
                        ..Default::default()
                    }),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("team")
            .into_inner()
            .team
            .expect("team");
        teams.push(team);
    }
    for (role, kind, id) in [
        ("developer", "repository", "r-1"),
        ("manager", "team", teams[0].id.as_str()),
    ] {
        admin
            .create_role_binding(with_token(
                identity::CreateRoleBindingRequest {
                    role_binding: Some(identity::RoleBinding {
                        role_id: role.into(),
                        subject: Some(identity::role_binding::Subject::UserId(user.id.clone())),
                        scope: Some(identity::ResourceScope {
                            resource_type: kind.into(),
                            resource_id: id.into(),
                        }),
                        ..Default::default()
                    }),
                },
                ADMIN_TOKEN,
            ))
            .await
            .expect("scoped binding");
    }
    let token = login(channel.clone(), "default", "scoped@example.test").await;

    let update_repository = |id: &str| repository::UpdateRepositoryRequest {
        repository: Some(repository::Repository {
            id: id.into(),
            name: "renamed".into(),
            ..Default::default()
        }),
        update_mask: None,
    };
    let mut repositories = RepositoryServiceClient::new(channel.clone());
    let allowed = repositories
        .update_repository(with_token(update_repository("r-1"), &token))
        .await
        .expect_err("repository RPCs are not built yet");
    assert_eq!(
        allowed.code(),
        tonic::Code::Unimplemented,
        "passed the access layer on r-1: {allowed:?}"
    );
    let denied = repositories
        .update_repository(with_token(update_repository("r-2"), &token))
        .await
        .expect_err("no grant on r-2");
    assert_eq!(denied.code(), tonic::Code::PermissionDenied);

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
