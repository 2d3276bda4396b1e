//! `secureflow.identity.v1.IdentityService` handlers: decode, call the account
//! and token operations, encode. Permission checks happen before these run
//! (the platform's access layer); handlers only scope by the caller's organisation.
//! RPCs not listed here keep the generated `UNIMPLEMENTED` default.

use std::sync::Arc;

use secureflow_platform::auth::{Reply, caller, correlation_id_of, event_context, ok};
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result, update_mask};
use secureflow_proto::secureflow::identity::v1::identity_service_server::IdentityService;
use secureflow_proto::secureflow::identity::v1::*;
use tonic::{Request, Response, Status};

use crate::accounts::{Accounts, NewUser};
use crate::audit::AuditLog;
use crate::directory::{self, UserChanges};
use crate::domain::roles::{self, BUILT_IN_ROLES};
use crate::oidc::{self, OidcClient};
use crate::tokens::{self, NewApiToken};
use crate::{convert, store};

/// Handler of the identity service.
#[derive(Debug, Clone)]
pub struct IdentityHandler {
    accounts: Arc<Accounts>,
    audit: AuditLog,
    secrets: Arc<Secrets>,
    oidc: Arc<tokio::sync::OnceCell<OidcClient>>,
}

impl IdentityHandler {
    /// A handler over `accounts`, the audit log and the secrets keys.
    pub fn new(accounts: Arc<Accounts>, audit: AuditLog, secrets: Arc<Secrets>) -> Self {
        Self {
            accounts,
            audit,
            secrets,
            oidc: Arc::new(tokio::sync::OnceCell::new()),
        }
    }

    async fn oidc_client(&self) -> Result<&OidcClient> {
        self.oidc
            .get_or_try_init(|| async { OidcClient::new() })
            .await
    }

    async fn organization_message(&self, row: &store::OrganizationRow) -> Result<Organization> {
        let mut message = convert::organization(row);
        let settings =
            oidc::load_settings(self.accounts.db(), &self.secrets, &row.id, false).await?;
        message.oidc = settings.map(|settings| convert::oidc_provider(&settings));
        Ok(message)
    }

    async fn user_message(&self, user: &store::UserRow) -> Result<User> {
        let mut users = self
            .user_messages(&user.organization_id, std::slice::from_ref(user))
            .await?;
        Ok(users.remove(0))
    }

    /// The organisation's `users` with the roles bound to them and their
    /// teams: two statements for a page, not two per user.
    async fn user_messages(
        &self,
        organization_id: &str,
        users: &[store::UserRow],
    ) -> Result<Vec<User>> {
        let db = self.accounts.db();
        let ids: Vec<String> = users.iter().map(|user| user.id.clone()).collect();
        let mut roles = store::user_role_ids(db, organization_id, &ids).await?;
        let mut teams = store::user_team_ids(db, organization_id, &ids).await?;
        Ok(users
            .iter()
            .map(|user| {
                let roles = roles.remove(&user.id).unwrap_or_default();
                let teams = teams.remove(&user.id).unwrap_or_default();
                convert::user(user, roles, teams)
            })
            .collect())
    }
}

#[tonic::async_trait]
impl IdentityService for IdentityHandler {
    async fn login(&self, request: Request<LoginRequest>) -> Reply<LoginResponse> {
        let correlation_id = correlation_id_of(&request);
        let request = request.into_inner();
        let (tokens, user) = self
            .accounts
            .login(
                &request.organization,
                &request.email,
                &request.password,
                &correlation_id,
            )
            .await?;
        ok(LoginResponse {
            tokens: Some(convert::tokens(&tokens)),
            user: Some(self.user_message(&user).await?),
        })
    }

    async fn refresh_token(
        &self,
        request: Request<RefreshTokenRequest>,
    ) -> Reply<RefreshTokenResponse> {
        let tokens = self
            .accounts
            .refresh(&request.into_inner().refresh_token)
            .await?;
        ok(RefreshTokenResponse {
            tokens: Some(convert::tokens(&tokens)),
        })
    }

    async fn logout(&self, request: Request<LogoutRequest>) -> Reply<LogoutResponse> {
        let caller = caller(&request)?;
        self.accounts
            .logout(&caller, &request.into_inner().refresh_token)
            .await?;
        ok(LogoutResponse {})
    }

    async fn redeem_setup_token(
        &self,
        request: Request<RedeemSetupTokenRequest>,
    ) -> Reply<RedeemSetupTokenResponse> {
        let correlation_id = correlation_id_of(&request);
        let request = request.into_inner();
        let user = NewUser {
            email: request.email,
            display_name: request.display_name,
            password: request.password,
            role_ids: Vec::new(),
        };
        let (user, tokens) = self
            .accounts
            .redeem_setup_token(&request.setup_token, user, &correlation_id)
            .await?;
        ok(RedeemSetupTokenResponse {
            user: Some(self.user_message(&user).await?),
            tokens: Some(convert::tokens(&tokens)),
        })
    }

    async fn get_current_identity(
        &self,
        request: Request<GetCurrentIdentityRequest>,
    ) -> Reply<GetCurrentIdentityResponse> {
        let caller = caller(&request)?;
        let db = self.accounts.db();
        let organization = store::organization(db, &caller.organization_id).await?;
        let mut response = GetCurrentIdentityResponse {
            organization: organization.as_ref().map(convert::organization),
            permissions: caller.permissions.iter().cloned().collect(),
            ..Default::default()
        };
        match caller.kind {
            secureflow_platform::auth::CallerKind::User => {
                if let Some(user) =
                    store::user_by_id(db, &caller.organization_id, &caller.subject).await?
                {
                    response.user = Some(self.user_message(&user).await?);
                }
            }
            secureflow_platform::auth::CallerKind::ApiToken => {
                let token = tokens::get(&self.accounts, &caller, &caller.subject).await?;
                response.api_token = Some(convert::api_token(&token));
            }
            // The platform's own work: its permissions are the whole answer.
            secureflow_platform::auth::CallerKind::Workload => {}
        }
        ok(response)
    }

    async fn get_organization(
        &self,
        request: Request<GetOrganizationRequest>,
    ) -> Reply<GetOrganizationResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        // Only the caller's own organisation is visible.
        let organization = match id == caller.organization_id {
            true => store::organization(self.accounts.db(), &id).await?,
            false => None,
        };
        let organization = organization.ok_or_else(|| Error::not_found("organisation", &id))?;
        ok(GetOrganizationResponse {
            organization: Some(self.organization_message(&organization).await?),
        })
    }

    async fn get_user(&self, request: Request<GetUserRequest>) -> Reply<GetUserResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let user = store::user_by_id(self.accounts.db(), &caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("user", &id))?;
        ok(GetUserResponse {
            user: Some(self.user_message(&user).await?),
        })
    }

    async fn list_users(&self, request: Request<ListUsersRequest>) -> Reply<ListUsersResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "users")?;
        let filter = store::UserFilter {
            team_id: request.team_id,
            role_id: request.role_id,
            query: request.query,
        };
        directory::check_user_filter(&self.accounts, &caller, &filter).await?;
        let rows =
            store::list_users(self.accounts.db(), &caller.organization_id, &filter, page).await?;
        let (rows, next_page_token) = page.finish(rows, "users");
        let users = self.user_messages(&caller.organization_id, &rows).await?;
        ok(ListUsersResponse {
            users,
            next_page_token,
        })
    }

    async fn create_user(&self, request: Request<CreateUserRequest>) -> Reply<CreateUserResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let user = request.user.unwrap_or_default();
        let new_user = NewUser {
            email: user.email,
            display_name: user.display_name,
            password: request.password,
            role_ids: user.role_ids,
        };
        let row = self.accounts.create_user(&caller, new_user).await?;
        ok(CreateUserResponse {
            user: Some(self.user_message(&row).await?),
        })
    }

    async fn get_role(&self, request: Request<GetRoleRequest>) -> Reply<GetRoleResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let role = match roles::built_in(&id) {
            Some(role) => {
                let permissions = role
                    .grants(self.accounts.all_permissions())
                    .into_iter()
                    .collect();
                convert::built_in_role(role, permissions)
            }
            None => store::role(self.accounts.db(), &caller.organization_id, &id)
                .await?
                .map(|row| convert::custom_role(&row))
                .ok_or_else(|| Error::not_found("role", &id))?,
        };
        ok(GetRoleResponse { role: Some(role) })
    }

    async fn list_roles(&self, request: Request<ListRolesRequest>) -> Reply<ListRolesResponse> {
        let caller = caller(&request)?;
        let mut roles: Vec<Role> = BUILT_IN_ROLES
            .iter()
            .map(|role| {
                let permissions = role
                    .grants(self.accounts.all_permissions())
                    .into_iter()
                    .collect();
                convert::built_in_role(role, permissions)
            })
            .collect();
        let custom = store::roles(self.accounts.db(), &caller.organization_id).await?;
        roles.extend(custom.iter().map(convert::custom_role));
        ok(ListRolesResponse {
            roles,
            next_page_token: String::new(),
        })
    }

    async fn create_role(&self, request: Request<CreateRoleRequest>) -> Reply<CreateRoleResponse> {
        let caller = caller(&request)?;
        let input = convert::role_from(request.into_inner().role.unwrap_or_default());
        let row = directory::create_role(&self.accounts, &caller, input).await?;
        ok(CreateRoleResponse {
            role: Some(convert::custom_role(&row)),
        })
    }

    async fn update_role(&self, request: Request<UpdateRoleRequest>) -> Reply<UpdateRoleResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let role = request.role.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let id = role.id.clone();
        let row = directory::update_role(
            &self.accounts,
            &caller,
            &id,
            convert::role_from(role),
            &mask,
        )
        .await?;
        ok(UpdateRoleResponse {
            role: Some(convert::custom_role(&row)),
        })
    }

    async fn delete_role(&self, request: Request<DeleteRoleRequest>) -> Reply<DeleteRoleResponse> {
        let caller = caller(&request)?;
        directory::delete_role(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(DeleteRoleResponse {})
    }

    async fn list_role_bindings(
        &self,
        request: Request<ListRoleBindingsRequest>,
    ) -> Reply<ListRoleBindingsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "role_bindings")?;
        let filter = (request.user_id.as_str(), request.team_id.as_str());
        let rows = directory::list_bindings(&self.accounts, &caller, filter, page).await?;
        let (rows, next_page_token) = page.finish(rows, "role_bindings");
        let role_bindings = rows.iter().map(convert::binding).collect();
        ok(ListRoleBindingsResponse {
            role_bindings,
            next_page_token,
        })
    }

    async fn create_role_binding(
        &self,
        request: Request<CreateRoleBindingRequest>,
    ) -> Reply<CreateRoleBindingResponse> {
        let caller = caller(&request)?;
        let binding = convert::binding_from(request.into_inner().role_binding.unwrap_or_default());
        let row = directory::create_binding(&self.accounts, &caller, binding).await?;
        ok(CreateRoleBindingResponse {
            role_binding: Some(convert::binding(&row)),
        })
    }

    async fn delete_role_binding(
        &self,
        request: Request<DeleteRoleBindingRequest>,
    ) -> Reply<DeleteRoleBindingResponse> {
        let caller = caller(&request)?;
        directory::delete_binding(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(DeleteRoleBindingResponse {})
    }

    async fn update_user(&self, request: Request<UpdateUserRequest>) -> Reply<UpdateUserResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let user = request.user.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let changes = UserChanges {
            display_name: user.display_name,
            role_ids: user.role_ids,
            active: user.active,
        };
        let row = directory::update_user(&self.accounts, &caller, &user.id, changes, &mask).await?;
        ok(UpdateUserResponse {
            user: Some(self.user_message(&row).await?),
        })
    }

    async fn delete_user(&self, request: Request<DeleteUserRequest>) -> Reply<DeleteUserResponse> {
        let caller = caller(&request)?;
        directory::delete_user(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(DeleteUserResponse {})
    }

    async fn get_team(&self, request: Request<GetTeamRequest>) -> Reply<GetTeamResponse> {
        let caller = caller(&request)?;
        let id = request.into_inner().id;
        let team = store::team(self.accounts.db(), &caller.organization_id, &id)
            .await?
            .ok_or_else(|| Error::not_found("team", &id))?;
        ok(GetTeamResponse {
            team: Some(convert::team(&team)),
        })
    }

    async fn list_teams(&self, request: Request<ListTeamsRequest>) -> Reply<ListTeamsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "teams")?;
        directory::Reference::User
            .check(&self.accounts, &caller, &request.member_id, "member_id")
            .await?;
        let rows = store::list_teams(
            self.accounts.db(),
            &caller.organization_id,
            &request.member_id,
            page,
        )
        .await?;
        let (rows, next_page_token) = page.finish(rows, "teams");
        let teams = rows.iter().map(convert::team).collect();
        ok(ListTeamsResponse {
            teams,
            next_page_token,
        })
    }

    async fn create_team(&self, request: Request<CreateTeamRequest>) -> Reply<CreateTeamResponse> {
        let caller = caller(&request)?;
        let input = convert::team_from(request.into_inner().team.unwrap_or_default());
        let row = directory::create_team(&self.accounts, &caller, input).await?;
        ok(CreateTeamResponse {
            team: Some(convert::team(&row)),
        })
    }

    async fn update_team(&self, request: Request<UpdateTeamRequest>) -> Reply<UpdateTeamResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let team = request.team.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let id = team.id.clone();
        let row = directory::update_team(
            &self.accounts,
            &caller,
            &id,
            convert::team_from(team),
            &mask,
        )
        .await?;
        ok(UpdateTeamResponse {
            team: Some(convert::team(&row)),
        })
    }

    async fn delete_team(&self, request: Request<DeleteTeamRequest>) -> Reply<DeleteTeamResponse> {
        let caller = caller(&request)?;
        directory::delete_team(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(DeleteTeamResponse {})
    }

    async fn list_organizations(
        &self,
        request: Request<ListOrganizationsRequest>,
    ) -> Reply<ListOrganizationsResponse> {
        let caller = caller(&request)?;
        // A caller belongs to one organisation and sees only it.
        let organization = store::organization(self.accounts.db(), &caller.organization_id).await?;
        ok(ListOrganizationsResponse {
            organizations: organization.iter().map(convert::organization).collect(),
            next_page_token: String::new(),
        })
    }

    async fn list_permissions(
        &self,
        _request: Request<ListPermissionsRequest>,
    ) -> Reply<ListPermissionsResponse> {
        let permissions = self
            .accounts
            .all_permissions()
            .iter()
            .map(|name| Permission {
                name: name.clone(),
                description: String::new(),
            })
            .collect();
        ok(ListPermissionsResponse { permissions })
    }

    async fn get_api_token(
        &self,
        request: Request<GetApiTokenRequest>,
    ) -> Reply<GetApiTokenResponse> {
        let caller = caller(&request)?;
        let token = tokens::get(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(GetApiTokenResponse {
            api_token: Some(convert::api_token(&token)),
        })
    }

    async fn list_api_tokens(
        &self,
        request: Request<ListApiTokensRequest>,
    ) -> Reply<ListApiTokensResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::of(&request, "api_tokens")?;
        let (rows, next_page_token) =
            tokens::list(&self.accounts, &caller, request.include_inactive, page).await?;
        let api_tokens = rows.iter().map(convert::api_token).collect();
        ok(ListApiTokensResponse {
            api_tokens,
            next_page_token,
        })
    }

    async fn create_api_token(
        &self,
        request: Request<CreateApiTokenRequest>,
    ) -> Reply<CreateApiTokenResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let new_token = NewApiToken {
            name: request.name,
            permissions: request.permissions,
            expire_time: request.expire_time,
        };
        let (row, secret) = tokens::create(&self.accounts, &caller, new_token).await?;
        ok(CreateApiTokenResponse {
            api_token: Some(convert::api_token(&row)),
            secret,
        })
    }

    async fn revoke_api_token(
        &self,
        request: Request<RevokeApiTokenRequest>,
    ) -> Reply<RevokeApiTokenResponse> {
        let caller = caller(&request)?;
        let row = tokens::revoke(&self.accounts, &caller, &request.into_inner().id).await?;
        ok(RevokeApiTokenResponse {
            api_token: Some(convert::api_token(&row)),
        })
    }

    async fn list_audit_records(
        &self,
        request: Request<ListAuditRecordsRequest>,
    ) -> Reply<ListAuditRecordsResponse> {
        let caller = caller(&request)?;
        let request = request.into_inner();
        let page = Page::sized(&request, 50, 1000, "audit")?;
        let rows = self
            .audit
            .list(
                &caller.organization_id,
                &request.actor,
                &request.action_prefix,
                page,
            )
            .await?;
        let (rows, next_page_token) = page.finish(rows, "audit");
        let records = rows.iter().map(convert::audit_record).collect();
        ok(ListAuditRecordsResponse {
            records,
            next_page_token,
        })
    }

    async fn export_audit_records(
        &self,
        request: Request<ExportAuditRecordsRequest>,
    ) -> Reply<tonic::codegen::BoxStream<ExportAuditRecordsResponse>> {
        let caller = caller(&request)?;
        let from = request.into_inner().from_sequence.max(1);
        let audit = self.audit.clone();
        let organization_id = caller.organization_id;
        // Page through the chain so a long log never sits in memory at once.
        let pages = futures::stream::unfold(Some(from), move |next| {
            let audit = audit.clone();
            let organization_id = organization_id.clone();
            async move {
                let from = next?;
                match audit.read(&organization_id, from, 500).await {
                    Ok(rows) if rows.is_empty() => None,
                    Ok(rows) => {
                        let following = rows.last().map(|row| row.sequence + 1);
                        let messages: Vec<_> = rows
                            .iter()
                            .map(|row| {
                                Ok(ExportAuditRecordsResponse {
                                    record: Some(convert::audit_record(row)),
                                })
                            })
                            .collect();
                        Some((futures::stream::iter(messages), following))
                    }
                    Err(error) => {
                        Some((futures::stream::iter(vec![Err(Status::from(error))]), None))
                    }
                }
            }
        });
        Ok(Response::new(Box::pin(futures::StreamExt::flatten(pages))))
    }

    async fn verify_audit_chain(
        &self,
        request: Request<VerifyAuditChainRequest>,
    ) -> Reply<VerifyAuditChainResponse> {
        let caller = caller(&request)?;
        let (records_checked, first_break) = self.audit.verify(&caller.organization_id).await?;
        ok(VerifyAuditChainResponse {
            valid: first_break.is_none(),
            records_checked,
            first_break: first_break.map(|broken| AuditChainBreak {
                sequence: broken.sequence,
                record_id: broken.record_id,
                stored_hash: broken.stored_hash,
                computed_hash: broken.computed_hash,
                reason: broken.reason.to_owned(),
            }),
        })
    }

    async fn rotate_encryption_key(
        &self,
        _request: Request<RotateEncryptionKeyRequest>,
    ) -> Reply<RotateEncryptionKeyResponse> {
        let signing = crate::bootstrap::rewrap_secrets(self.accounts.db(), &self.secrets).await?;
        let audit = i64::from(!self.audit.rewrap_key().await?);
        ok(RotateEncryptionKeyResponse {
            active_key_version: i32::try_from(self.secrets.active_version()).unwrap_or(i32::MAX),
            secrets_pending_rewrap: signing + audit,
        })
    }

    async fn begin_oidc_login(
        &self,
        request: Request<BeginOidcLoginRequest>,
    ) -> Reply<BeginOidcLoginResponse> {
        let request = request.into_inner();
        let client = self.oidc_client().await?;
        let (authorization_url, state) = oidc::begin(
            &self.accounts,
            client,
            &self.secrets,
            &request.organization,
            &request.redirect_uri,
        )
        .await?;
        ok(BeginOidcLoginResponse {
            authorization_url,
            state,
        })
    }

    async fn complete_oidc_login(
        &self,
        request: Request<CompleteOidcLoginRequest>,
    ) -> Reply<CompleteOidcLoginResponse> {
        let request = request.into_inner();
        let client = self.oidc_client().await?;
        let (tokens, user) = oidc::complete(
            &self.accounts,
            client,
            &self.secrets,
            &request.code,
            &request.state,
        )
        .await?;
        ok(CompleteOidcLoginResponse {
            tokens: Some(convert::tokens(&tokens)),
            user: Some(self.user_message(&user).await?),
        })
    }

    async fn update_organization(
        &self,
        request: Request<UpdateOrganizationRequest>,
    ) -> Reply<UpdateOrganizationResponse> {
        let caller = caller(&request)?;
        let events = event_context(&request)?;
        let request = request.into_inner();
        let organization = request.organization.unwrap_or_default();
        let mask = update_mask::paths(request.update_mask);
        let row = directory::update_organization(
            &self.accounts,
            &self.secrets,
            (&caller, &events),
            organization,
            &mask,
        )
        .await?;
        ok(UpdateOrganizationResponse {
            organization: Some(self.organization_message(&row).await?),
        })
    }

    async fn change_password(
        &self,
        request: Request<ChangePasswordRequest>,
    ) -> Reply<ChangePasswordResponse> {
        let caller = caller(&request)?;
        let correlation_id = correlation_id_of(&request);
        let request = request.into_inner();
        self.accounts
            .change_password(
                &caller,
                &request.current_password,
                &request.new_password,
                &correlation_id,
            )
            .await?;
        ok(ChangePasswordResponse {})
    }

    async fn create_organization(
        &self,
        request: Request<CreateOrganizationRequest>,
    ) -> Reply<CreateOrganizationResponse> {
        let events = event_context(&request)?;
        let organization = request.into_inner().organization.unwrap_or_default();
        let (row, setup_token) = crate::bootstrap::create_organization(
            self.accounts.db(),
            &events,
            &organization.slug,
            &organization.display_name,
        )
        .await?;
        self.accounts.notify_committed();
        ok(CreateOrganizationResponse {
            organization: Some(convert::organization(&row)),
            setup_token,
        })
    }
}
