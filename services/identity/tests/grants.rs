//! Credentials act for their user as the user is now, and nobody grants what
//! they do not hold: through real gRPC, on SQLite and PostgreSQL.

use crate::common;

use common::{ADMIN_TOKEN, PASSWORD, client, create_user, login, start};
use secureflow_platform::testkit::{TestDatabase, people, with_token};
use secureflow_proto::secureflow::identity::v1::*;
use tonic::transport::Channel;
use tonic_types::StatusExt;

fn mask(paths: &[&str]) -> Option<pbjson_types::FieldMask> {
    Some(pbjson_types::FieldMask {
        paths: paths.iter().map(|path| (*path).to_owned()).collect(),
    })
}

fn reason(status: &tonic::Status) -> String {
    status
        .get_details_error_info()
        .map(|info| info.reason)
        .unwrap_or_default()
}

async fn access_token(channel: Channel, email: &str) -> String {
    login(channel, email, PASSWORD)
        .await
        .expect("log-in")
        .access_token
}

async fn api_token(channel: Channel, token: &str, permissions: &[&str]) -> (String, String) {
    let response = client(channel)
        .create_api_token(with_token(
            CreateApiTokenRequest {
                name: "ci".into(),
                permissions: permissions.iter().map(|p| (*p).to_owned()).collect(),
                expire_time: None,
            },
            token,
        ))
        .await
        .expect("token created")
        .into_inner();
    (response.api_token.expect("token").id, response.secret)
}

async fn list_users(channel: Channel, token: &str) -> Result<Vec<User>, tonic::Status> {
    filtered_users(channel, token, ListUsersRequest::default()).await
}

async fn filtered_users(
    channel: Channel,
    token: &str,
    request: ListUsersRequest,
) -> Result<Vec<User>, tonic::Status> {
    Ok(client(channel)
        .list_users(with_token(request, token))
        .await?
        .into_inner()
        .users)
}

async fn list_tokens(channel: Channel, token: &str) -> Result<Vec<ApiToken>, tonic::Status> {
    Ok(client(channel)
        .list_api_tokens(with_token(ListApiTokensRequest::default(), token))
        .await?
        .into_inner()
        .api_tokens)
}

async fn update_user(
    channel: Channel,
    token: &str,
    user: User,
    paths: &[&str],
) -> Result<User, tonic::Status> {
    Ok(client(channel)
        .update_user(with_token(
            UpdateUserRequest {
                user: Some(user),
                update_mask: mask(paths),
            },
            token,
        ))
        .await?
        .into_inner()
        .user
        .expect("user"))
}

async fn bind(
    channel: Channel,
    token: &str,
    role: &str,
    subject: role_binding::Subject,
) -> Result<RoleBinding, tonic::Status> {
    Ok(client(channel)
        .create_role_binding(with_token(
            CreateRoleBindingRequest {
                role_binding: Some(RoleBinding {
                    role_id: role.into(),
                    subject: Some(subject),
                    ..Default::default()
                }),
            },
            token,
        ))
        .await?
        .into_inner()
        .role_binding
        .expect("binding"))
}

async fn create_team(channel: Channel, name: &str, members: &[&str]) -> Team {
    let team = Team {
        name: name.into(),
        member_ids: members.iter().map(|m| (*m).to_owned()).collect(),
        ..Default::default()
    };
    people::create_team(channel, ADMIN_TOKEN, team).await
}

fn assert_refused(
    result: Result<impl std::fmt::Debug, tonic::Status>,
    code: tonic::Code,
) -> tonic::Status {
    let status = result.expect_err("refused");
    assert_eq!(status.code(), code, "{status:?}");
    status
}

async fn api_tokens_act_for_their_owner_as_the_owner_is_now(database: TestDatabase) {
    let server = start(&database).await;
    let devops = create_user(
        server.channel().await,
        "ops@example.test",
        &["devops_engineer"],
    )
    .await;
    let jwt = access_token(server.channel().await, "ops@example.test").await;
    let (_, secret) = api_token(server.channel().await, &jwt, &["users.read", "tokens.read"]).await;
    list_tokens(server.channel().await, &secret)
        .await
        .expect("the token reads tokens while its owner may");

    // Demoted to Viewer: the token keeps only what the owner still holds.
    update_user(
        server.channel().await,
        ADMIN_TOKEN,
        User {
            id: devops.id.clone(),
            role_ids: vec!["viewer".into()],
            ..Default::default()
        },
        &["role_ids"],
    )
    .await
    .expect("demoted");
    let demoted = assert_refused(
        list_tokens(server.channel().await, &secret).await,
        tonic::Code::PermissionDenied,
    );
    assert_eq!(reason(&demoted), "PERMISSION_MISSING");
    list_users(server.channel().await, &secret)
        .await
        .expect("users.read is still the owner's");
    assert_refused(
        list_tokens(server.channel().await, &jwt).await,
        tonic::Code::PermissionDenied,
    );

    // Deactivated: every credential of theirs stops at once.
    update_user(
        server.channel().await,
        ADMIN_TOKEN,
        User {
            id: devops.id.clone(),
            active: false,
            ..Default::default()
        },
        &["active"],
    )
    .await
    .expect("deactivated");
    for credential in [&secret, &jwt] {
        let refused = assert_refused(
            list_users(server.channel().await, credential).await,
            tonic::Code::Unauthenticated,
        );
        assert_eq!(reason(&refused), "PRINCIPAL_DEACTIVATED");
    }

    // Reactivated: the API token works again, the old session stays ended.
    update_user(
        server.channel().await,
        ADMIN_TOKEN,
        User {
            id: devops.id.clone(),
            active: true,
            ..Default::default()
        },
        &["active"],
    )
    .await
    .expect("reactivated");
    list_users(server.channel().await, &secret)
        .await
        .expect("the token follows its owner back");
    let ended = assert_refused(
        list_users(server.channel().await, &jwt).await,
        tonic::Code::Unauthenticated,
    );
    assert_eq!(reason(&ended), "SESSION_ENDED");

    // Deleted: nothing of theirs works.
    client(server.channel().await)
        .delete_user(with_token(
            DeleteUserRequest {
                id: devops.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("deleted");
    let gone = assert_refused(
        list_users(server.channel().await, &secret).await,
        tonic::Code::Unauthenticated,
    );
    assert_eq!(reason(&gone), "PRINCIPAL_DELETED");
    server.finish(database).await;
}

async fn signing_out_or_changing_the_password_ends_access_tokens(database: TestDatabase) {
    let server = start(&database).await;
    create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    let first = login(server.channel().await, "dev@example.test", PASSWORD)
        .await
        .expect("first session");
    let second = access_token(server.channel().await, "dev@example.test").await;
    client(server.channel().await)
        .logout(with_token(
            LogoutRequest {
                refresh_token: first.refresh_token.clone(),
            },
            &first.access_token,
        ))
        .await
        .expect("signed out");
    let signed_out = assert_refused(
        list_users(server.channel().await, &first.access_token).await,
        tonic::Code::Unauthenticated,
    );
    assert_eq!(reason(&signed_out), "SESSION_ENDED");
    list_users(server.channel().await, &second)
        .await
        .expect("another session goes on");

    // Wrong current passwords count towards the lockout, as failed log-ins do.
    let mut statuses = Vec::new();
    for _ in 0..6 {
        let status = client(server.channel().await)
            .change_password(with_token(
                ChangePasswordRequest {
                    current_password: "not the password at all".into(),
                    new_password: "another long password".into(),
                },
                &second,
            ))
            .await
            .expect_err("wrong current password");
        statuses.push(reason(&status));
    }
    assert_eq!(
        statuses.last().map(String::as_str),
        Some("ACCOUNT_LOCKED"),
        "{statuses:?}"
    );
    let locked = assert_refused(
        login(server.channel().await, "dev@example.test", PASSWORD).await,
        tonic::Code::Unauthenticated,
    );
    assert_eq!(reason(&locked), "ACCOUNT_LOCKED");
    server.finish(database).await;
}

async fn a_password_change_ends_the_sessions_it_was_made_from(database: TestDatabase) {
    let server = start(&database).await;
    create_user(server.channel().await, "dev@example.test", &["developer"]).await;
    let session = access_token(server.channel().await, "dev@example.test").await;
    client(server.channel().await)
        .change_password(with_token(
            ChangePasswordRequest {
                current_password: PASSWORD.into(),
                new_password: "another long password".into(),
            },
            &session,
        ))
        .await
        .expect("changed");
    let ended = assert_refused(
        list_users(server.channel().await, &session).await,
        tonic::Code::Unauthenticated,
    );
    assert_eq!(reason(&ended), "SESSION_ENDED");
    server.finish(database).await;
}

/// A custom role that manages people and roles but holds little else.
async fn lead(channel: Channel) -> String {
    client(channel.clone())
        .create_role(with_token(
            CreateRoleRequest {
                role: Some(Role {
                    name: "Lead".into(),
                    permissions: [
                        "organizations.read",
                        "users.read",
                        "users.manage",
                        "teams.read",
                        "teams.manage",
                        "roles.read",
                        "roles.manage",
                        "tokens.read",
                        "tokens.manage",
                    ]
                    .iter()
                    .map(|p| (*p).to_owned())
                    .collect(),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("role");
    create_user(channel.clone(), "lead@example.test", &["lead"]).await;
    access_token(channel, "lead@example.test").await
}

async fn nobody_grants_or_takes_away_what_they_do_not_hold(database: TestDatabase) {
    let server = start(&database).await;
    let channel = server.channel().await;
    let lead_token = lead(channel.clone()).await;
    let me = client(channel.clone())
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, &lead_token))
        .await
        .expect("me")
        .into_inner()
        .user
        .expect("user");
    let admin = create_user(channel.clone(), "admin@example.test", &["admin"]).await;
    let admin_jwt = access_token(channel.clone(), "admin@example.test").await;
    let (admin_token_id, _) =
        api_token(channel.clone(), &admin_jwt, &["audit.read", "users.read"]).await;
    let viewer = create_user(channel.clone(), "viewer@example.test", &["viewer"]).await;

    let escalations = [
        (
            "bind Admin to oneself",
            bind(
                channel.clone(),
                &lead_token,
                "admin",
                role_binding::Subject::UserId(me.id.clone()),
            )
            .await
            .map(drop),
        ),
        (
            "give oneself Developer",
            update_user(
                channel.clone(),
                &lead_token,
                User {
                    id: me.id.clone(),
                    role_ids: vec!["lead".into(), "developer".into()],
                    ..Default::default()
                },
                &["role_ids"],
            )
            .await
            .map(drop),
        ),
        (
            "take Viewer away",
            update_user(
                channel.clone(),
                &lead_token,
                User {
                    id: viewer.id.clone(),
                    role_ids: vec![],
                    ..Default::default()
                },
                &["role_ids"],
            )
            .await
            .map(drop),
        ),
        (
            "create a user with Admin",
            client(channel.clone())
                .create_user(with_token(
                    CreateUserRequest {
                        user: Some(User {
                            email: "new@example.test".into(),
                            display_name: "New".into(),
                            role_ids: vec!["admin".into()],
                            ..Default::default()
                        }),
                        password: PASSWORD.into(),
                    },
                    &lead_token,
                ))
                .await
                .map(drop),
        ),
        (
            "create a role with audit.read",
            client(channel.clone())
                .create_role(with_token(
                    CreateRoleRequest {
                        role: Some(Role {
                            name: "Auditor".into(),
                            permissions: vec!["audit.read".into()],
                            ..Default::default()
                        }),
                    },
                    &lead_token,
                ))
                .await
                .map(drop),
        ),
        (
            "add audit.read to one's own role",
            client(channel.clone())
                .update_role(with_token(
                    UpdateRoleRequest {
                        role: Some(Role {
                            id: "lead".into(),
                            permissions: vec!["users.read".into(), "audit.read".into()],
                            ..Default::default()
                        }),
                        update_mask: mask(&["permissions"]),
                    },
                    &lead_token,
                ))
                .await
                .map(drop),
        ),
        (
            "deactivate an admin",
            update_user(
                channel.clone(),
                &lead_token,
                User {
                    id: admin.id.clone(),
                    active: false,
                    ..Default::default()
                },
                &["active"],
            )
            .await
            .map(drop),
        ),
        (
            "delete an admin",
            client(channel.clone())
                .delete_user(with_token(
                    DeleteUserRequest {
                        id: admin.id.clone(),
                    },
                    &lead_token,
                ))
                .await
                .map(drop),
        ),
        (
            "revoke an admin's API token",
            client(channel.clone())
                .revoke_api_token(with_token(
                    RevokeApiTokenRequest {
                        id: admin_token_id.clone(),
                    },
                    &lead_token,
                ))
                .await
                .map(drop),
        ),
    ];
    for (what, outcome) in escalations {
        let status = outcome.expect_err(what);
        assert_eq!(
            status.code(),
            tonic::Code::PermissionDenied,
            "{what}: {status:?}"
        );
        assert_eq!(reason(&status), "GRANT_NOT_HELD", "{what}: {status:?}");
    }
    let listed = list_tokens(channel.clone(), &lead_token)
        .await
        .expect("list");
    assert!(
        listed.iter().all(|token| token.id != admin_token_id),
        "an admin's token is not the lead's to see"
    );
    // What the lead holds, the lead may grant.
    client(channel.clone())
        .create_role(with_token(
            CreateRoleRequest {
                role: Some(Role {
                    name: "Reader".into(),
                    permissions: vec!["users.read".into(), "teams.read".into()],
                    ..Default::default()
                }),
            },
            &lead_token,
        ))
        .await
        .expect("a role within the lead's own permissions");
    bind(
        channel.clone(),
        &lead_token,
        "reader",
        role_binding::Subject::UserId(viewer.id.clone()),
    )
    .await
    .expect("binding a role within the lead's own permissions");
    let current = client(channel.clone())
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, &lead_token))
        .await
        .expect("still a lead")
        .into_inner();
    assert!(!current.permissions.contains(&"audit.read".to_owned()));
    server.finish(database).await;
}

async fn a_manager_cannot_join_a_team_that_carries_admin(database: TestDatabase) {
    let server = start(&database).await;
    let channel = server.channel().await;
    let manager = create_user(channel.clone(), "manager@example.test", &["manager"]).await;
    let token = access_token(channel.clone(), "manager@example.test").await;
    let admins = create_team(channel.clone(), "Admins", &[]).await;
    bind(
        channel.clone(),
        ADMIN_TOKEN,
        "admin",
        role_binding::Subject::TeamId(admins.id.clone()),
    )
    .await
    .expect("team bound to admin");
    let joined = client(channel.clone())
        .update_team(with_token(
            UpdateTeamRequest {
                team: Some(Team {
                    id: admins.id.clone(),
                    member_ids: vec![manager.id.clone()],
                    ..Default::default()
                }),
                update_mask: mask(&["member_ids"]),
            },
            &token,
        ))
        .await;
    let status = assert_refused(joined, tonic::Code::PermissionDenied);
    assert_eq!(reason(&status), "GRANT_NOT_HELD");
    let fresh = access_token(channel.clone(), "manager@example.test").await;
    let identity = client(channel.clone())
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, &fresh))
        .await
        .expect("identity")
        .into_inner();
    assert!(
        !identity.permissions.contains(&"users.manage".to_owned()),
        "still a manager"
    );
    // A team carrying nothing the manager lacks is the manager's to staff.
    let plain = create_team(channel.clone(), "Plain", &[]).await;
    client(channel.clone())
        .update_team(with_token(
            UpdateTeamRequest {
                team: Some(Team {
                    id: plain.id.clone(),
                    member_ids: vec![manager.id.clone()],
                    ..Default::default()
                }),
                update_mask: mask(&["member_ids"]),
            },
            &token,
        ))
        .await
        .expect("joined a plain team");
    server.finish(database).await;
}

async fn user_lists_honour_every_filter_and_the_callers_scope(database: TestDatabase) {
    let server = start(&database).await;
    let channel = server.channel().await;
    let alice = create_user(channel.clone(), "alice@example.test", &["developer"]).await;
    let bob = create_user(channel.clone(), "bob@example.test", &["viewer"]).await;
    let scoped = create_user(channel.clone(), "lead@example.test", &[]).await;
    let payments = create_team(channel.clone(), "Payments", &[&alice.id]).await;
    let search = create_team(channel.clone(), "Search", &[&bob.id]).await;
    client(channel.clone())
        .create_role_binding(with_token(
            CreateRoleBindingRequest {
                role_binding: Some(RoleBinding {
                    role_id: "manager".into(),
                    subject: Some(role_binding::Subject::UserId(scoped.id.clone())),
                    scope: Some(ResourceScope {
                        resource_type: "team".into(),
                        resource_id: payments.id.clone(),
                    }),
                    ..Default::default()
                }),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("manager of Payments only");
    let emails =
        |users: Vec<User>| -> Vec<String> { users.into_iter().map(|user| user.email).collect() };
    let by = |team_id: &str, role_id: &str, query: &str| ListUsersRequest {
        team_id: team_id.into(),
        role_id: role_id.into(),
        query: query.into(),
        ..Default::default()
    };
    let admin = |request| filtered_users(channel.clone(), ADMIN_TOKEN, request);
    assert_eq!(
        emails(admin(by(&payments.id, "", "")).await.expect("team")),
        ["alice@example.test"]
    );
    assert_eq!(
        emails(admin(by("", "viewer", "")).await.expect("role")),
        ["bob@example.test"]
    );
    assert_eq!(
        emails(admin(by("", "", "ALI")).await.expect("query")),
        ["alice@example.test"]
    );
    assert!(
        admin(by("", "", "%"))
            .await
            .expect("a wildcard is a character")
            .is_empty()
    );

    let token = access_token(channel.clone(), "lead@example.test").await;
    let mine = filtered_users(channel.clone(), &token, by(&payments.id, "", ""))
        .await
        .expect("the scoped manager lists its team");
    assert_eq!(emails(mine), ["alice@example.test"]);
    assert_refused(
        filtered_users(channel.clone(), &token, by(&search.id, "", "")).await,
        tonic::Code::PermissionDenied,
    );
    assert_refused(
        filtered_users(channel.clone(), &token, by("", "", "")).await,
        tonic::Code::PermissionDenied,
    );

    for (request, field, naming) in [
        (
            by("no-such-team", "", ""),
            "team_id",
            "unknown team `no-such-team`",
        ),
        (by("", "no-such-role", ""), "role_id", "no-such-role"),
        (by("", "", &"x".repeat(201)), "query", ""),
    ] {
        let status = assert_refused(admin(request).await, tonic::Code::InvalidArgument);
        let violations = status
            .get_details_bad_request()
            .expect("field")
            .field_violations;
        assert_eq!(violations[0].field, field);
        assert!(
            violations[0].description.contains(naming),
            "{:?}",
            violations[0]
        );
    }
    server.finish(database).await;
}

async fn a_bad_organisation_setting_changes_nothing_and_tenants_are_the_operators(
    database: TestDatabase,
) {
    let server = start(&database).await;
    let channel = server.channel().await;
    let identity = client(channel.clone())
        .get_current_identity(with_token(GetCurrentIdentityRequest {}, ADMIN_TOKEN))
        .await
        .expect("identity")
        .into_inner();
    let before = identity.organization.expect("organisation");
    let refused = client(channel.clone())
        .update_organization(with_token(
            UpdateOrganizationRequest {
                organization: Some(Organization {
                    id: before.id.clone(),
                    display_name: "Renamed".into(),
                    oidc: Some(OidcProvider {
                        issuer: "not a url".into(),
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                update_mask: mask(&["display_name", "oidc"]),
            },
            ADMIN_TOKEN,
        ))
        .await;
    assert_refused(refused, tonic::Code::InvalidArgument);
    let after = client(channel.clone())
        .get_organization(with_token(
            GetOrganizationRequest {
                id: before.id.clone(),
            },
            ADMIN_TOKEN,
        ))
        .await
        .expect("organisation")
        .into_inner()
        .organization
        .expect("organisation");
    assert_eq!(after.display_name, before.display_name, "nothing written");

    create_user(channel.clone(), "admin@example.test", &["admin"]).await;
    let tenant_admin = access_token(channel.clone(), "admin@example.test").await;
    let create = |slug: &str| CreateOrganizationRequest {
        organization: Some(Organization {
            slug: slug.into(),
            display_name: slug.into(),
            ..Default::default()
        }),
    };
    let status = assert_refused(
        client(channel.clone())
            .create_organization(with_token(create("by-admin"), &tenant_admin))
            .await,
        tonic::Code::PermissionDenied,
    );
    assert!(
        status.message().contains("organizations.create"),
        "{status:?}"
    );
    let smuggled = client(channel.clone())
        .create_api_token(with_token(
            CreateApiTokenRequest {
                name: "tenant maker".into(),
                permissions: vec!["organizations.create".into()],
                expire_time: None,
            },
            &tenant_admin,
        ))
        .await;
    assert_refused(smuggled, tonic::Code::PermissionDenied);
    client(channel.clone())
        .create_organization(with_token(create("by-operator"), ADMIN_TOKEN))
        .await
        .expect("the operator creates tenants");
    server.finish(database).await;
}

secureflow_platform::backend_tests!(
    api_tokens_act_for_their_owner_as_the_owner_is_now,
    signing_out_or_changing_the_password_ends_access_tokens,
    a_password_change_ends_the_sessions_it_was_made_from,
    nobody_grants_or_takes_away_what_they_do_not_hold,
    a_manager_cannot_join_a_team_that_carries_admin,
    user_lists_honour_every_filter_and_the_callers_scope,
    a_bad_organisation_setting_changes_nothing_and_tenants_are_the_operators,
);
