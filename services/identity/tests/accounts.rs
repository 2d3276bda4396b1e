//! Identity behaviour through real gRPC, on SQLite and PostgreSQL.

use crate::common;

use common::{
    ADMIN_TOKEN, PASSWORD, audit_records, client, create_user, login, start, start_with_keys,
    verify,
};

use std::collections::BTreeSet;
use std::sync::Arc;

use secureflow_identity::accounts::{Accounts, NewUser};
use secureflow_identity::bootstrap;
use secureflow_identity::jwt::KeyRing;
use secureflow_platform::config::Config;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::testkit::{TestDatabase, people, with_token};
use secureflow_proto::secureflow::identity::v1::*;
use sqlx::Row;

async fn mutating_calls_are_audited_and_tampering_is_detected(database: TestDatabase) {
    let server = start(&database).await;
    let dev = create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    let dev_token = login(server.channel().await, "dev@example.test", PASSWORD)
        .await
        .expect("log-in")
        .access_token;
    let refused = client(server.channel().await)
        .revoke_api_token(with_token(
            RevokeApiTokenRequest { id: "t-x".into() },
            &dev_token,
        ))
        .await
        .expect_err("developers cannot manage tokens");
    assert_eq!(refused.code(), tonic::Code::PermissionDenied);
    client(server.channel().await)
        .revoke_api_token(with_token(
            RevokeApiTokenRequest {
                id: "t-missing".into(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("no such token");
    // A call completes only once its audit record is written: no waiting needed.
    let records = audit_records(server.channel().await).await;
    let outcomes: Vec<(&str, &str, &str)> = records
        .iter()
        .rev()
        .map(|r| {
            (
                r.action.rsplit('/').next().unwrap_or_default(),
                r.result.as_str(),
                r.resource.as_str(),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("CreateUser", "OK", ""),
            ("RevokeApiToken", "PERMISSION_DENIED", ""),
            ("RevokeApiToken", "NOT_FOUND", "id=t-missing"),
        ],
        "{records:?}"
    );
    assert_eq!(
        records[1].actor, dev.id,
        "the refused call is attributed to the developer"
    );
    assert!(
        records
            .iter()
            .all(|r| r.change_digest.len() == 64 || r.result == "PERMISSION_DENIED")
    );
    let valid = verify(server.channel().await).await;
    assert!(valid.valid && valid.records_checked == 3, "{valid:?}");

    let mut export = client(server.channel().await)
        .export_audit_records(with_token(
            ExportAuditRecordsRequest { from_sequence: 1 },
            ADMIN_TOKEN,
        ))
        .await
        .expect("export")
        .into_inner();
    let mut sequences = Vec::new();
    while let Some(message) = export.message().await.expect("stream") {
        sequences.push(message.record.expect("record").sequence);
    }
    assert_eq!(sequences, [1, 2, 3]);

    let db = server.database().await;
    sqlx::query("UPDATE identity_audit_log SET actor = 'someone-else' WHERE sequence = 2")
        .execute(db.pool())
        .await
        .expect("tamper");
    let tampered = verify(server.channel().await).await;
    assert!(!tampered.valid);
    let broken = tampered.first_break.expect("break reported");
    assert_eq!(broken.sequence, 2);
    assert!(broken.reason.contains("hash mismatch"), "{broken:?}");

    sqlx::query("UPDATE identity_audit_log SET actor = $1 WHERE sequence = 2")
        .bind(&dev.id)
        .execute(db.pool())
        .await
        .expect("restore");
    sqlx::query("DELETE FROM identity_audit_log WHERE sequence = 1")
        .execute(db.pool())
        .await
        .expect("delete");
    let removed = verify(server.channel().await).await;
    assert_eq!(
        removed.first_break.expect("break").sequence,
        2,
        "a removed record breaks the chain"
    );
    db.close().await;
    server.finish(database).await;
}

async fn repeated_failed_log_ins_lock_the_account(database: TestDatabase) {
    let server = start(&database).await;
    create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    assert!(
        login(server.channel().await, "dev@example.test", PASSWORD)
            .await
            .is_ok()
    );
    for _ in 0..secureflow_identity::config::IdentityConfig::of(&server.config)
        .expect("identity section")
        .max_failed_logins
    {
        let error = login(
            server.channel().await,
            "dev@example.test",
            "wrong password!!",
        )
        .await
        .expect_err("bad");
        assert_eq!(error.code(), tonic::Code::Unauthenticated);
        assert!(
            error
                .message()
                .contains("invalid organisation, e-mail or password")
        );
    }
    let locked = login(server.channel().await, "dev@example.test", PASSWORD)
        .await
        .expect_err("locked");
    assert!(locked.message().contains("locked"), "{locked:?}");
    let unknown = login(server.channel().await, "nobody@example.test", PASSWORD)
        .await
        .expect_err("unknown");
    assert_eq!(
        unknown.message(),
        "invalid organisation, e-mail or password",
        "no account enumeration"
    );
    server.finish(database).await;
}

async fn refresh_tokens_rotate_and_a_replay_revokes_the_session(database: TestDatabase) {
    let server = start(&database).await;
    create_user(server.channel().await, "qa@example.test", &["qa_engineer"]).await;
    let first = login(server.channel().await, "qa@example.test", PASSWORD)
        .await
        .expect("log-in");
    let refresh = |token: String| {
        let channel = server.channel();
        async move {
            client(channel.await)
                .refresh_token(RefreshTokenRequest {
                    refresh_token: token,
                })
                .await
        }
    };
    let second = refresh(first.refresh_token.clone())
        .await
        .expect("rotated")
        .into_inner()
        .tokens
        .expect("tokens");
    assert_ne!(second.refresh_token, first.refresh_token);
    let me = client(server.channel().await)
        .get_current_identity(with_token(
            GetCurrentIdentityRequest {},
            &second.access_token,
        ))
        .await
        .expect("new access token works")
        .into_inner();
    assert!(me.permissions.contains(&"tests.execute".to_owned()));
    assert_eq!(me.user.expect("user").email, "qa@example.test");

    let replay = refresh(first.refresh_token)
        .await
        .expect_err("spent token replayed");
    assert!(replay.message().contains("already used"), "{replay:?}");
    let after_replay = refresh(second.refresh_token)
        .await
        .expect_err("the whole session is revoked");
    assert_eq!(after_replay.code(), tonic::Code::Unauthenticated);
    server.finish(database).await;
}

async fn revoking_an_api_token_denies_its_next_call(database: TestDatabase) {
    let server = start(&database).await;
    let created = client(server.channel().await)
        .create_api_token(with_token(
            CreateApiTokenRequest {
                name: "github-actions".into(),
                permissions: vec!["users.read".into()],
                expire_time: None,
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("created")
        .into_inner();
    let secret = created.secret;
    let token = created.api_token.expect("metadata");
    assert!(
        secret.starts_with(&token.prefix),
        "the prefix identifies the secret"
    );
    let list = || async {
        client(server.channel().await)
            .list_users(with_token(ListUsersRequest::default(), &secret))
            .await
    };
    assert!(list().await.is_ok(), "the token works before revocation");
    let stored = client(server.channel().await)
        .get_api_token(with_token(
            GetApiTokenRequest {
                id: token.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("get")
        .into_inner()
        .api_token
        .expect("token");
    assert!(stored.last_used_time.is_some(), "last use is recorded");
    client(server.channel().await)
        .revoke_api_token(with_token(
            RevokeApiTokenRequest { id: token.id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("revoked");
    let denied = list().await.expect_err("revoked token refused");
    assert_eq!(denied.code(), tonic::Code::Unauthenticated);
    assert!(denied.message().contains("revoked"), "{denied:?}");
    server.finish(database).await;
}

#[tokio::test]
async fn tokens_cannot_carry_more_than_their_creator_holds() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    create_user(
        server.channel().await,
        "ops@example.test",
        &["devops_engineer"],
    )
    .await;
    let ops = login(server.channel().await, "ops@example.test", PASSWORD)
        .await
        .expect("log-in")
        .access_token;
    let create = |permissions: Vec<String>| {
        let channel = server.channel();
        let ops = ops.clone();
        async move {
            let request = CreateApiTokenRequest {
                name: "ci".into(),
                permissions,
                expire_time: None,
            };
            client(channel.await)
                .create_api_token(with_token(request, &ops))
                .await
        }
    };
    assert!(create(vec!["pipelines.execute".into()]).await.is_ok());
    let escalation = create(vec!["security.triage".into()])
        .await
        .expect_err("not held by DevOps");
    assert_eq!(escalation.code(), tonic::Code::PermissionDenied);
    let unknown = create(vec!["everything.all".into()])
        .await
        .expect_err("unknown permission");
    assert_eq!(unknown.code(), tonic::Code::InvalidArgument);
    assert!(unknown.message().contains("permissions[0]"), "{unknown:?}");
    server.stop().await.expect("stop");
}

async fn the_setup_token_creates_the_first_admin_exactly_once(database: TestDatabase) {
    let db = database.connect().await;
    db.migrate(&secureflow_identity::migrations::IDENTITY_MIGRATIONS)
        .await
        .expect("schema");
    let config = Config::default();
    let all: BTreeSet<String> = ["users.read".to_owned()].into();
    let secrets =
        Arc::new(Secrets::from_keys(&[format!("1:{}", "A".repeat(43) + "=")], 0).expect("key"));
    let first = bootstrap::initialise(&db, &config, &secrets, &all)
        .await
        .expect("first start")
        .expect("initialised");
    assert!(
        bootstrap::initialise(&db, &config, &secrets, &all)
            .await
            .expect("second start")
            .is_none()
    );
    let accounts = Accounts::new(
        db.clone(),
        Arc::new(KeyRing::new(db.clone(), secrets.clone())),
        secureflow_identity::config::IdentityConfig::of(&config).expect("identity section"),
        Arc::new(all),
    );
    let admin = NewUser {
        email: "Admin@Example.test".into(),
        display_name: "Admin".into(),
        password: PASSWORD.into(),
        role_ids: Vec::new(),
    };
    let (user, tokens) = accounts
        .redeem_setup_token(&first.setup_token, admin.clone(), "test")
        .await
        .expect("redeemed");
    assert_eq!(user.email, "admin@example.test");
    assert!(!tokens.access_token.is_empty());
    assert!(
        accounts
            .principals()
            .permissions_of(&user.organization_id, &user.id)
            .await
            .expect("permissions")
            .contains("users.read")
    );
    let again = accounts
        .redeem_setup_token(&first.setup_token, admin, "test")
        .await
        .expect_err("spent");
    assert_eq!(
        again.code(),
        secureflow_platform::ErrorCode::Unauthenticated
    );
    db.close().await;
    database.cleanup().await;
}

#[tokio::test]
async fn bad_input_names_the_field_and_creates_nothing() {
    let database = TestDatabase::sqlite();
    let server = start(&database).await;
    let attempt = |user: User, password: &str| {
        let channel = server.channel();
        let password = password.to_owned();
        async move {
            client(channel.await)
                .create_user(with_token(
                    CreateUserRequest {
                        user: Some(user),
                        password,
                    },
                    ADMIN_TOKEN,
                ))
                .await
        }
    };
    let valid = User {
        email: "a@example.test".into(),
        display_name: "A".into(),
        ..Default::default()
    };
    let cases = [
        (
            User {
                email: "not-an-address".into(),
                ..valid.clone()
            },
            PASSWORD,
            "email",
        ),
        (valid.clone(), "short", "password"),
        (
            User {
                role_ids: vec!["wizard".into()],
                ..valid.clone()
            },
            PASSWORD,
            "user.role_ids[0]",
        ),
    ];
    for (user, password, field) in cases {
        let error = attempt(user, password).await.expect_err("refused");
        assert_eq!(error.code(), tonic::Code::InvalidArgument);
        assert!(error.message().contains(field), "{field}: {error:?}");
    }
    let users = client(server.channel().await)
        .list_users(with_token(ListUsersRequest::default(), ADMIN_TOKEN))
        .await
        .expect("list")
        .into_inner();
    assert!(users.users.is_empty(), "nothing was created");
    attempt(valid.clone(), PASSWORD).await.expect("valid user");
    let duplicate = attempt(valid, PASSWORD).await.expect_err("same e-mail");
    assert_eq!(duplicate.code(), tonic::Code::AlreadyExists);
    server.stop().await.expect("stop");
}

async fn signing_keys_are_sealed_and_survive_kek_rotation(database: TestDatabase) {
    use base64::Engine;
    let encode = |byte: u8| base64::engine::general_purpose::STANDARD.encode([byte; 32]);
    let (k1, k2) = (format!("1:{}", encode(1)), format!("2:{}", encode(2)));
    let server = start_with_keys(&database, &k1)
        .await
        .expect("starts with key 1");
    create_user(
        server.channel().await,
        "sec@example.test",
        &["security_engineer"],
    )
    .await;
    let token = login(server.channel().await, "sec@example.test", PASSWORD)
        .await
        .expect("log-in")
        .access_token;
    let db = server.database().await;
    let row = sqlx::query("SELECT secret, sealed_secret FROM identity_signing_keys")
        .fetch_one(db.pool())
        .await
        .expect("key");
    assert!(
        row.get::<Vec<u8>, _>("secret").is_empty(),
        "no clear key bytes are stored"
    );
    let sealed: String = row.get("sealed_secret");
    assert_eq!(Secrets::version_of(&sealed), Some(1));
    // An organisation's OpenID Connect client secret, sealed under key 1.
    let organization: String = sqlx::query("SELECT id FROM identity_organizations LIMIT 1")
        .fetch_one(db.pool())
        .await
        .expect("organisation")
        .get("id");
    let context = secureflow_identity::oidc::secret_context(&organization);
    let client_secret = Secrets::from_keys(std::slice::from_ref(&k1), 1)
        .expect("key 1")
        .seal(b"the client secret", &context)
        .expect("sealed");
    sqlx::query(
        "INSERT INTO identity_oidc_providers (organization_id, issuer, client_id, sealed_client_secret,
             redirect_uri, scopes, groups_claim, group_role_mappings, default_role_id)
         VALUES ($1, 'https://idp.example.test', 'secureflow', $2, 'https://app.example.test/cb',
             '[]', 'groups', '{}', 'viewer')",
    )
    .bind(organization.clone())
    .bind(client_secret)
    .execute(db.pool())
    .await
    .expect("provider");
    db.close().await;
    server.stop().await.expect("stop");

    let both = format!("{k1},{k2}");
    let server = start_with_keys(&database, &both)
        .await
        .expect("starts with keys 1 and 2");
    let me = client(server.channel().await)
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, &token))
        .await;
    assert!(me.is_ok(), "tokens signed before rotation stay valid");
    let rotated = client(server.channel().await)
        .rotate_encryption_key(with_token(RotateEncryptionKeyRequest {}, ADMIN_TOKEN))
        .await
        .expect("rotation")
        .into_inner();
    assert_eq!(
        (rotated.active_key_version, rotated.secrets_pending_rewrap),
        (2, 0)
    );
    server.stop().await.expect("stop");
    let db = database.connect().await;
    let sealed: String = sqlx::query(
        "SELECT sealed_client_secret FROM identity_oidc_providers WHERE organization_id = $1",
    )
    .bind(organization.clone())
    .fetch_one(db.pool())
    .await
    .expect("provider")
    .get("sealed_client_secret");
    assert_eq!(
        Secrets::version_of(&sealed),
        Some(2),
        "re-wrapped by the rotation"
    );
    let opened = Secrets::from_keys(std::slice::from_ref(&k2), 2)
        .expect("key 2")
        .open(&sealed, &context)
        .expect("opens with key 2 alone");
    assert_eq!(opened, b"the client secret");
    db.close().await;

    let server = start_with_keys(&database, &k2)
        .await
        .expect("starts with key 2 alone");
    assert!(
        login(server.channel().await, "sec@example.test", PASSWORD)
            .await
            .is_ok()
    );
    server.stop().await.expect("stop");

    let refused = start_with_keys(&database, &k1)
        .await
        .expect_err("key 1 can no longer open the stored key");
    assert!(refused.contains("key version 2"), "{refused}");
    database.cleanup().await;
}

#[tokio::test]
async fn signing_keys_are_sealed_and_survive_kek_rotation_sqlite() {
    signing_keys_are_sealed_and_survive_kek_rotation(TestDatabase::sqlite()).await;
}

#[tokio::test]
async fn signing_keys_are_sealed_and_survive_kek_rotation_postgres() {
    if let Some(database) = TestDatabase::postgres().await {
        signing_keys_are_sealed_and_survive_kek_rotation(database).await;
    }
}

async fn roles_granted_to_a_team_reach_its_members_and_bound_roles_cannot_be_deleted(
    database: TestDatabase,
) {
    let server = start(&database).await;
    let viewer = create_user(server.channel().await, "viewer@example.test", &["viewer"]).await;
    let mut admin = client(server.channel().await);
    let role = people::create_role(
        server.channel().await,
        ADMIN_TOKEN,
        "Release Manager",
        &["pipelines.execute"],
    )
    .await;
    assert_eq!(role.id, "release_manager");
    let team = Team {
        name: "Platform".into(),
        member_ids: vec![viewer.id.clone()],
        lead_id: viewer.id.clone(),
        ..Default::default()
    };
    let team = people::create_team(server.channel().await, ADMIN_TOKEN, team).await;
    // The member's user says which teams they are in.
    let member = admin
        .get_user(with_token(
            GetUserRequest {
                id: viewer.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("the member")
        .into_inner()
        .user
        .expect("user");
    assert_eq!(member.team_ids, vec![team.id.clone()]);
    let binding = RoleBinding {
        role_id: role.id.clone(),
        subject: Some(role_binding::Subject::TeamId(team.id.clone())),
        ..Default::default()
    };
    let binding = people::bind_role(server.channel().await, ADMIN_TOKEN, binding).await;

    let token = login(server.channel().await, "viewer@example.test", PASSWORD)
        .await
        .expect("log-in")
        .access_token;
    let me = client(server.channel().await)
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, &token))
        .await
        .expect("me")
        .into_inner();
    assert!(
        me.permissions.contains(&"pipelines.execute".to_owned()),
        "granted through the team"
    );
    assert!(
        me.permissions.contains(&"repositories.read".to_owned()),
        "and the viewer role"
    );

    let refused = admin
        .delete_role(with_token(
            DeleteRoleRequest {
                id: role.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("still bound");
    assert_eq!(refused.code(), tonic::Code::FailedPrecondition);
    admin
        .delete_role_binding(with_token(
            DeleteRoleBindingRequest { id: binding.id },
            ADMIN_TOKEN,
        ))
        .await
        .expect("unbound");
    admin
        .delete_role(with_token(DeleteRoleRequest { id: role.id }, ADMIN_TOKEN))
        .await
        .expect("deleted");

    let bad_mask = admin
        .update_user(with_token(
            UpdateUserRequest {
                user: Some(User {
                    id: viewer.id.clone(),
                    ..Default::default()
                }),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: vec!["email".into()],
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect_err("email cannot be updated");
    assert!(
        bad_mask.message().contains("update_mask.paths[0]"),
        "{bad_mask:?}"
    );
    let promoted = admin
        .update_user(with_token(
            UpdateUserRequest {
                user: Some(User {
                    id: viewer.id.clone(),
                    role_ids: vec!["developer".into()],
                    ..Default::default()
                }),
                update_mask: Some(pbjson_types::FieldMask {
                    paths: vec!["role_ids".into()],
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("roles replaced")
        .into_inner()
        .user
        .expect("user");
    assert_eq!(promoted.role_ids, ["developer"]);
    assert_eq!(
        promoted.display_name, "viewer@example.test",
        "fields outside the mask are untouched"
    );
    admin
        .delete_user(with_token(DeleteUserRequest { id: viewer.id }, ADMIN_TOKEN))
        .await
        .expect("deleted");
    let gone = login(server.channel().await, "viewer@example.test", PASSWORD)
        .await
        .expect_err("deleted user");
    assert_eq!(gone.code(), tonic::Code::Unauthenticated);
    server.finish(database).await;
}

async fn a_new_tenant_gets_its_own_first_admin_and_passwords_can_change(database: TestDatabase) {
    let server = start(&database).await;
    let mut admin = client(server.channel().await);
    let create = |slug: &str| CreateOrganizationRequest {
        organization: Some(Organization {
            slug: slug.into(),
            display_name: "Acme".into(),
            ..Default::default()
        }),
    };
    let invalid = admin
        .create_organization(with_token(create("Acme Corp"), ADMIN_TOKEN))
        .await
        .expect_err("bad slug");
    assert!(
        invalid.message().contains("organization.slug"),
        "{invalid:?}"
    );
    let created = admin
        .create_organization(with_token(create("acme"), ADMIN_TOKEN))
        .await
        .expect("created")
        .into_inner();
    let duplicate = admin
        .create_organization(with_token(create("acme"), ADMIN_TOKEN))
        .await
        .expect_err("taken");
    assert_eq!(duplicate.code(), tonic::Code::AlreadyExists);
    let first_admin = client(server.channel().await)
        .redeem_setup_token(RedeemSetupTokenRequest {
            setup_token: created.setup_token,
            email: "root@acme.test".into(),
            display_name: "Acme admin".into(),
            password: PASSWORD.into(),
        })
        .await
        .expect("redeemed")
        .into_inner();
    let acme_org = created.organization.expect("organisation").id;
    assert_eq!(first_admin.user.expect("user").organization_id, acme_org);

    create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    let tokens = login(server.channel().await, "dev@example.test", PASSWORD)
        .await
        .expect("log-in");
    let change = |current: &str, new: &str| ChangePasswordRequest {
        current_password: current.into(),
        new_password: new.into(),
    };
    let wrong = client(server.channel().await)
        .change_password(with_token(
            change("not it at all", "a brand new passphrase"),
            &tokens.access_token,
        ))
        .await
        .expect_err("wrong current password");
    assert!(wrong.message().contains("current_password"), "{wrong:?}");
    client(server.channel().await)
        .change_password(with_token(
            change(PASSWORD, "a brand new passphrase"),
            &tokens.access_token,
        ))
        .await
        .expect("changed");
    let old_session = client(server.channel().await)
        .refresh_token(RefreshTokenRequest {
            refresh_token: tokens.refresh_token,
        })
        .await
        .expect_err("sessions end on a password change");
    assert_eq!(old_session.code(), tonic::Code::Unauthenticated);
    assert!(
        login(server.channel().await, "dev@example.test", PASSWORD)
            .await
            .is_err()
    );
    assert!(
        login(
            server.channel().await,
            "dev@example.test",
            "a brand new passphrase"
        )
        .await
        .is_ok()
    );
    server.finish(database).await;
}

/// A page of users names each one's roles (bound to the user organisation-wide,
/// not through a team) and teams, and a page of teams each one's members, all
/// sorted, from one statement per list (and one per page for the roles and
/// the teams), not one per item.
async fn pages_of_users_and_teams_name_their_roles_teams_and_members(database: TestDatabase) {
    let server = start(&database).await;
    let both = create_user(
        server.channel().await,
        "both@example.test",
        &["viewer", "developer"],
    )
    .await;
    let one = create_user(server.channel().await, "one@example.test", &["viewer"]).await;
    let none = create_user(server.channel().await, "none@example.test", &[]).await;
    let team = |name: &str, members: &[&User]| Team {
        name: name.into(),
        member_ids: members.iter().map(|user| user.id.clone()).collect(),
        ..Default::default()
    };
    let platform = team("Platform", &[&none, &both]);
    let platform = people::create_team(server.channel().await, ADMIN_TOKEN, platform).await;
    let apps =
        people::create_team(server.channel().await, ADMIN_TOKEN, team("Apps", &[&both])).await;
    // A role held through a team is not one bound to its members.
    let binding = RoleBinding {
        role_id: "qa_engineer".into(),
        subject: Some(role_binding::Subject::TeamId(platform.id.clone())),
        ..Default::default()
    };
    people::bind_role(server.channel().await, ADMIN_TOKEN, binding).await;

    let mut listed = Vec::new();
    let mut page_token = String::new();
    loop {
        let request = ListUsersRequest {
            page_size: 2,
            page_token,
            ..Default::default()
        };
        let page = client(server.channel().await)
            .list_users(with_token(request, ADMIN_TOKEN))
            .await
            .expect("a page of users")
            .into_inner();
        assert!(page.users.len() <= 2, "{page:?}");
        listed.extend(page.users);
        page_token = page.next_page_token;
        if page_token.is_empty() {
            break;
        }
    }
    let emails: Vec<&str> = listed.iter().map(|user| user.email.as_str()).collect();
    let mut sorted = emails.clone();
    sorted.sort_unstable();
    assert_eq!(emails, sorted, "listed by e-mail");
    let of = |user: &User| {
        let listed = listed
            .iter()
            .find(|listed| listed.id == user.id)
            .unwrap_or_else(|| panic!("{} listed", user.email));
        (listed.role_ids.clone(), listed.team_ids.clone())
    };
    let mut teams_of_both = vec![platform.id.clone(), apps.id.clone()];
    teams_of_both.sort_unstable();
    assert_eq!(
        of(&both),
        (
            vec!["developer".to_owned(), "viewer".to_owned()],
            teams_of_both
        )
    );
    assert_eq!(of(&one), (vec!["viewer".to_owned()], vec![]));
    assert_eq!(of(&none), (vec![], vec![platform.id.clone()]));

    let teams = client(server.channel().await)
        .list_teams(with_token(ListTeamsRequest::default(), ADMIN_TOKEN))
        .await
        .expect("teams")
        .into_inner()
        .teams;
    let names: Vec<&str> = teams.iter().map(|team| team.name.as_str()).collect();
    assert_eq!(names, ["Apps", "Platform"]);
    let mut members = vec![none.id.clone(), both.id.clone()];
    members.sort_unstable();
    assert_eq!(teams[0].member_ids, vec![both.id.clone()]);
    assert_eq!(teams[1].member_ids, members);
    let got = client(server.channel().await)
        .get_team(with_token(
            GetTeamRequest {
                id: platform.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("the team")
        .into_inner()
        .team
        .expect("team");
    assert_eq!(got.member_ids, members);
}

secureflow_platform::backend_tests!(
    mutating_calls_are_audited_and_tampering_is_detected,
    repeated_failed_log_ins_lock_the_account,
    refresh_tokens_rotate_and_a_replay_revokes_the_session,
    revoking_an_api_token_denies_its_next_call,
    the_setup_token_creates_the_first_admin_exactly_once,
    roles_granted_to_a_team_reach_its_members_and_bound_roles_cannot_be_deleted,
    a_new_tenant_gets_its_own_first_admin_and_passwords_can_change,
    pages_of_users_and_teams_name_their_roles_teams_and_members,
);
