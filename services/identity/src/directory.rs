//! Managing the organisation's directory: users, teams, custom roles and role
//! bindings. Every operation is scoped to the caller's organisation and
//! validates its input before writing anything.

use std::collections::BTreeSet;

use secureflow_platform::auth::Caller;
use secureflow_platform::db::now_micros;
use secureflow_platform::events::EventContext;
use secureflow_platform::{Error, Result, update_mask};

use secureflow_platform::secrets::Secrets;
use secureflow_proto::secureflow::identity::v1::Organization;

use crate::accounts::Accounts;
use crate::domain::grants::{self, Scope};
use crate::domain::roles;
use crate::store::bindings::Grantee;
use crate::store::{self, BindingRow, RoleRow, TeamRow, UserRow};
use crate::{convert, oidc};

/// Whether `id` names a built-in or custom role of the organisation.
async fn role_exists(accounts: &Accounts, organization_id: &str, id: &str) -> Result<bool> {
    Ok(roles::built_in(id).is_some()
        || store::role(accounts.db(), organization_id, id)
            .await?
            .is_some())
}

async fn check_roles(
    accounts: &Accounts,
    organization_id: &str,
    role_ids: &[String],
    field: &str,
) -> Result<()> {
    for (index, role_id) in role_ids.iter().enumerate() {
        if !role_exists(accounts, organization_id, role_id).await? {
            return Err(Error::invalid_field(
                format!("{field}[{index}]"),
                format!("unknown role `{role_id}`"),
            ));
        }
    }
    Ok(())
}

/// What an id a request names refers to; [`Reference::check`] holds it to
/// the caller's organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// A user.
    User,
    /// A team.
    Team,
}

impl Reference {
    /// Refuses, naming `field`, an id (when given) that is not a user or a
    /// team (as `self` says) of the caller's organisation.
    pub async fn check(
        self,
        accounts: &Accounts,
        caller: &Caller,
        id: &str,
        field: &str,
    ) -> Result<()> {
        if id.is_empty() {
            return Ok(());
        }
        let (db, organization_id) = (accounts.db(), &caller.organization_id);
        let (found, kind) = match self {
            Self::User => (
                store::user_by_id(db, organization_id, id).await?.is_some(),
                "user",
            ),
            Self::Team => (
                store::team(db, organization_id, id).await?.is_some(),
                "team",
            ),
        };
        match found {
            true => Ok(()),
            false => Err(Error::invalid_field(
                field,
                format!("unknown {kind} `{id}`"),
            )),
        }
    }
}

/// Longest search text of a user listing.
const MAX_QUERY_CHARS: usize = 200;

/// Checks a user listing's filters: every one names something that exists.
pub async fn check_user_filter(
    accounts: &Accounts,
    caller: &Caller,
    filter: &store::UserFilter,
) -> Result<()> {
    Reference::Team
        .check(accounts, caller, &filter.team_id, "team_id")
        .await?;
    if !filter.role_id.is_empty()
        && !role_exists(accounts, &caller.organization_id, &filter.role_id).await?
    {
        return Err(Error::invalid_field(
            "role_id",
            format!("unknown role `{}`", filter.role_id),
        ));
    }
    if filter.query.chars().count() > MAX_QUERY_CHARS {
        return Err(Error::invalid_field(
            "query",
            format!("must be at most {MAX_QUERY_CHARS} characters"),
        ));
    }
    Ok(())
}

/// Applies the masked fields of an organisation update: every field is
/// checked before anything is written, and all are written in one
/// transaction, so a bad field changes nothing.
pub async fn update_organization(
    accounts: &Accounts,
    secrets: &Secrets,
    (caller, events): (&Caller, &EventContext),
    organization: Organization,
    mask: &[String],
) -> Result<store::OrganizationRow> {
    let db = accounts.db();
    let organization_id = &caller.organization_id;
    if organization.id != *organization_id {
        return Err(Error::not_found("organisation", &organization.id));
    }
    let fields = update_mask::fields(mask, &["display_name", "oidc", "sla_policy"])?;
    let display_name = match fields.contains("display_name") {
        true => {
            let name = organization.display_name.trim();
            if name.is_empty() || name.len() > 200 {
                return Err(Error::invalid_field(
                    "organization.display_name",
                    "must be 1 to 200 characters",
                ));
            }
            Some(name.to_owned())
        }
        false => None,
    };
    let sla_policy = match (fields.contains("sla_policy"), &organization.sla_policy) {
        (true, Some(policy)) => Some(convert::sla_policy_from(policy)?),
        (true, None) => Some(String::new()),
        (false, _) => None,
    };
    let oidc = match (fields.contains("oidc"), organization.oidc) {
        (true, Some(provider)) => {
            let settings = convert::oidc_provider_from(provider);
            let stored = oidc::load_settings(db, secrets, organization_id, false).await?;
            oidc::validate(db, organization_id, &settings, stored.is_some()).await?;
            // Users who sign in through the provider receive the mapped roles.
            let mapped = |settings: &oidc::OidcSettings| -> BTreeSet<String> {
                settings
                    .group_role_mappings
                    .values()
                    .chain(std::iter::once(&settings.default_role_id))
                    .cloned()
                    .collect()
            };
            let before = stored.as_ref().map(mapped).unwrap_or_default();
            let changed: Vec<String> = mapped(&settings)
                .symmetric_difference(&before)
                .cloned()
                .collect();
            let permissions = accounts
                .principals()
                .permissions_of_roles(organization_id, &changed)
                .await?;
            grants::require_held(
                caller,
                &permissions,
                Scope::Organization,
                "mapping sign-in groups to these roles",
            )?;
            Some(settings)
        }
        _ => None,
    };
    let mut tx = db.begin().await?;
    if let Some(name) = &display_name {
        store::rename_organization(&mut tx, organization_id, name).await?;
    }
    if let Some(sla_policy) = &sla_policy {
        store::set_sla_policy(&mut tx, organization_id, sla_policy).await?;
    }
    if let Some(settings) = &oidc {
        oidc::save_settings(&mut tx, secrets, organization_id, settings).await?;
    }
    let updated = store::organization_in(&mut tx, organization_id)
        .await?
        .ok_or_else(|| Error::not_found("organisation", organization_id))?;
    if sla_policy.is_some() {
        crate::events::organization_changed(&mut tx, db.backend(), events, &updated, "updated")
            .await?;
    }
    tx.commit().await?;
    accounts.notify_committed();
    Ok(updated)
}

/// The changes an UpdateUser may carry.
#[derive(Debug, Clone, Default)]
pub struct UserChanges {
    /// New display name.
    pub display_name: String,
    /// New organisation-wide roles.
    pub role_ids: Vec<String>,
    /// New active flag.
    pub active: bool,
}

/// Applies the masked fields of `changes` to a user, in one transaction.
/// Roles added or removed, and switching the user off or on, need the caller
/// to hold what that gives or takes away.
pub async fn update_user(
    accounts: &Accounts,
    caller: &Caller,
    id: &str,
    changes: UserChanges,
    mask: &[String],
) -> Result<UserRow> {
    let fields = update_mask::fields(mask, &["display_name", "role_ids", "active"])?;
    let db = accounts.db();
    let organization_id = &caller.organization_id;
    let mut user = store::user_by_id(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("user", id))?;
    if fields.contains("display_name") {
        let name = changes.display_name.trim();
        if name.is_empty() || name.len() > 200 {
            return Err(Error::invalid_field(
                "user.display_name",
                "must be 1 to 200 characters",
            ));
        }
        user.display_name = name.to_owned();
    }
    let switched = fields.contains("active") && changes.active != user.active;
    if switched {
        if !changes.active && user.id == caller.subject {
            return Err(Error::invalid_field(
                "user.active",
                "you cannot deactivate yourself",
            ));
        }
        let change = if changes.active {
            "reactivating this user"
        } else {
            "deactivating this user"
        };
        require_everything_of(accounts, caller, &user.id, change).await?;
        user.active = changes.active;
    }
    if fields.contains("role_ids") {
        check_roles(
            accounts,
            organization_id,
            &changes.role_ids,
            "user.role_ids",
        )
        .await?;
        let before: BTreeSet<String> =
            store::user_role_ids(db, organization_id, std::slice::from_ref(&user.id))
                .await?
                .remove(&user.id)
                .unwrap_or_default()
                .into_iter()
                .collect();
        let after: BTreeSet<String> = changes.role_ids.iter().cloned().collect();
        let changed: Vec<String> = before.symmetric_difference(&after).cloned().collect();
        let permissions = accounts
            .principals()
            .permissions_of_roles(organization_id, &changed)
            .await?;
        grants::require_held(
            caller,
            &permissions,
            Scope::Organization,
            "changing this user's roles",
        )?;
    }
    let mut tx = db.begin().await?;
    if fields.contains("role_ids") {
        store::replace_user_roles(&mut tx, organization_id, &user.id, &changes.role_ids).await?;
    }
    store::update_user(&mut tx, &user).await?;
    if switched && !user.active {
        store::end_user_sessions(&mut tx, &user.id).await?;
    }
    tx.commit().await?;
    accounts.principals().forget_all();
    store::user_by_id(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("user", id))
}

/// Refuses `change` to a user unless the caller holds everything the user
/// holds, organisation-wide and on each resource: nobody disarms someone more
/// powerful than they are.
async fn require_everything_of(
    accounts: &Accounts,
    caller: &Caller,
    user_id: &str,
    change: &str,
) -> Result<()> {
    let principals = accounts.principals();
    let organization_id = &caller.organization_id;
    let held = principals.permissions_of(organization_id, user_id).await?;
    grants::require_held(caller, &held, Scope::Organization, change)?;
    for (resource, held) in principals
        .scoped_permissions_of(organization_id, user_id)
        .await?
    {
        grants::require_held(caller, &held, Scope::Resource(&resource), change)?;
    }
    Ok(())
}

/// Deletes a user other than the caller, who must hold everything the user holds.
pub async fn delete_user(accounts: &Accounts, caller: &Caller, id: &str) -> Result<()> {
    if id == caller.subject {
        return Err(Error::invalid_field("id", "you cannot delete yourself"));
    }
    if store::user_by_id(accounts.db(), &caller.organization_id, id)
        .await?
        .is_none()
    {
        return Err(Error::not_found("user", id));
    }
    require_everything_of(accounts, caller, id, "deleting this user").await?;
    delete_grantee(accounts, caller, Grantee::User, id).await
}

/// Deletes a user or team with the bindings that grant to it, in one
/// transaction; everyone's permissions are worked out again.
async fn delete_grantee(
    accounts: &Accounts,
    caller: &Caller,
    grantee: Grantee,
    id: &str,
) -> Result<()> {
    let organization_id = &caller.organization_id;
    let mut tx = accounts.db().begin().await?;
    store::bindings::delete_of(&mut tx, organization_id, grantee, id).await?;
    let deleted = match grantee {
        Grantee::User => store::delete_user(&mut tx, organization_id, id).await?,
        Grantee::Team => store::delete_team(&mut tx, organization_id, id).await?,
    };
    tx.commit().await?;
    accounts.principals().forget_all();
    Error::not_found_unless(deleted, grantee.name(), id)
}

/// A custom role as requested.
#[derive(Debug, Clone, Default)]
pub struct RoleInput {
    /// Display name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Permissions.
    pub permissions: Vec<String>,
}

fn validate_role(accounts: &Accounts, input: &RoleInput) -> Result<()> {
    let name = input.name.trim();
    if name.is_empty() || name.len() > 100 {
        return Err(Error::invalid_field(
            "role.name",
            "must be 1 to 100 characters",
        ));
    }
    if input.permissions.is_empty() {
        return Err(Error::invalid_field(
            "role.permissions",
            "name at least one permission",
        ));
    }
    for (index, permission) in input.permissions.iter().enumerate() {
        if !accounts.all_permissions().contains(permission) {
            return Err(Error::invalid_field(
                format!("role.permissions[{index}]"),
                format!("unknown permission `{permission}`"),
            ));
        }
    }
    Ok(())
}

/// The id a custom role gets from its name (`Release Manager` → `release_manager`).
pub fn role_id_from_name(name: &str) -> String {
    let mut id = String::new();
    for character in name.trim().chars() {
        if character.is_ascii_alphanumeric() {
            id.push(character.to_ascii_lowercase());
        } else if !id.ends_with('_') {
            id.push('_');
        }
    }
    id.trim_matches('_').to_owned()
}

/// Creates a custom role.
pub async fn create_role(
    accounts: &Accounts,
    caller: &Caller,
    input: RoleInput,
) -> Result<RoleRow> {
    validate_role(accounts, &input)?;
    grants::require_held(
        caller,
        &input.permissions,
        Scope::Organization,
        "creating this role",
    )?;
    let id = role_id_from_name(&input.name);
    if id.is_empty() {
        return Err(Error::invalid_field(
            "role.name",
            "must contain letters or digits",
        ));
    }
    if role_exists(accounts, &caller.organization_id, &id).await? {
        return Err(Error::new(
            secureflow_platform::ErrorCode::AlreadyExists,
            format!("role `{id}` exists"),
        ));
    }
    let now = now_micros();
    let mut permissions = input.permissions;
    permissions.sort();
    permissions.dedup();
    let role = RoleRow {
        id,
        organization_id: caller.organization_id.clone(),
        name: input.name.trim().to_owned(),
        description: input.description,
        permissions,
        created_at_us: now,
        updated_at_us: now,
    };
    store::upsert_role(accounts.db(), &role).await?;
    Ok(role)
}

/// Updates a custom role; built-in roles cannot change.
pub async fn update_role(
    accounts: &Accounts,
    caller: &Caller,
    id: &str,
    input: RoleInput,
    mask: &[String],
) -> Result<RoleRow> {
    if roles::built_in(id).is_some() {
        return Err(Error::invalid_field(
            "role.id",
            format!("`{id}` is a built-in role and cannot change"),
        ));
    }
    let fields = update_mask::fields(mask, &["name", "description", "permissions"])?;
    let mut role = store::role(accounts.db(), &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("role", id))?;
    let merged = RoleInput {
        name: update_mask::pick(&fields, "name", input.name, &role.name),
        description: update_mask::pick(
            &fields,
            "description",
            input.description,
            &role.description,
        ),
        permissions: update_mask::pick(
            &fields,
            "permissions",
            input.permissions,
            &role.permissions,
        ),
    };
    validate_role(accounts, &merged)?;
    let before: BTreeSet<String> = role.permissions.iter().cloned().collect();
    let after: BTreeSet<String> = merged.permissions.iter().cloned().collect();
    grants::require_held(
        caller,
        &grants::difference(&before, &after),
        Scope::Organization,
        "changing this role's permissions (everyone bound to it)",
    )?;
    role.name = merged.name.trim().to_owned();
    role.description = merged.description;
    role.permissions = merged.permissions;
    role.permissions.sort();
    role.permissions.dedup();
    role.updated_at_us = now_micros();
    store::upsert_role(accounts.db(), &role).await?;
    accounts.principals().forget_all();
    Ok(role)
}

/// Deletes a custom role that nothing grants any more.
pub async fn delete_role(accounts: &Accounts, caller: &Caller, id: &str) -> Result<()> {
    if roles::built_in(id).is_some() {
        return Err(Error::invalid_field(
            "id",
            format!("`{id}` is a built-in role and cannot be deleted"),
        ));
    }
    let bound = store::bindings::count_of_role(accounts.db(), &caller.organization_id, id).await?;
    if bound > 0 {
        return Err(Error::new(
            secureflow_platform::ErrorCode::FailedPrecondition,
            format!("role `{id}` is still granted by {bound} binding(s); delete them first"),
        ));
    }
    let found = store::delete_role(accounts.db(), &caller.organization_id, id).await?;
    Error::not_found_unless(found, "role", id)
}

/// A page of the organisation's bindings, of one user and/or team when named
/// (each must be of the organisation); fetches `limit + 1`.
pub async fn list_bindings(
    accounts: &Accounts,
    caller: &Caller,
    (user_id, team_id): (&str, &str),
    page: secureflow_platform::pagination::Page,
) -> Result<Vec<BindingRow>> {
    Reference::User
        .check(accounts, caller, user_id, "user_id")
        .await?;
    Reference::Team
        .check(accounts, caller, team_id, "team_id")
        .await?;
    store::list_bindings(
        accounts.db(),
        &caller.organization_id,
        user_id,
        team_id,
        page,
    )
    .await
}

/// Grants a role to a user or team, organisation-wide or on one resource.
pub async fn create_binding(
    accounts: &Accounts,
    caller: &Caller,
    mut binding: BindingRow,
) -> Result<BindingRow> {
    let organization_id = caller.organization_id.clone();
    if !role_exists(accounts, &organization_id, &binding.role_id).await? {
        return Err(Error::invalid_field(
            "role_binding.role_id",
            format!("unknown role `{}`", binding.role_id),
        ));
    }
    match (&binding.user_id, &binding.team_id) {
        (Some(user), None) => {
            if store::user_by_id(accounts.db(), &organization_id, user)
                .await?
                .is_none()
            {
                return Err(Error::invalid_field(
                    "role_binding.user_id",
                    format!("unknown user `{user}`"),
                ));
            }
        }
        (None, Some(team)) => {
            if store::team(accounts.db(), &organization_id, team)
                .await?
                .is_none()
            {
                return Err(Error::invalid_field(
                    "role_binding.team_id",
                    format!("unknown team `{team}`"),
                ));
            }
        }
        _ => {
            return Err(Error::invalid_field(
                "role_binding.subject",
                "give exactly one of user_id or team_id",
            ));
        }
    }
    if binding.resource_type.is_some() != binding.resource_id.is_some() {
        return Err(Error::invalid_field(
            "role_binding.scope",
            "give both resource_type and resource_id, or neither",
        ));
    }
    if binding.resource_type.as_deref() == Some("team") {
        Reference::Team
            .check(
                accounts,
                caller,
                binding.resource_id.as_deref().unwrap_or_default(),
                "role_binding.scope.resource_id",
            )
            .await?;
    }
    require_binding_held(accounts, caller, &binding, "binding this role").await?;
    binding.id = uuid::Uuid::now_v7().to_string();
    binding.organization_id = organization_id;
    binding.created_at_us = now_micros();
    store::insert_binding(accounts.db(), &binding).await?;
    accounts.principals().forget_all();
    Ok(binding)
}

/// Removes a binding; the caller must hold what it grants, where it grants it.
pub async fn delete_binding(accounts: &Accounts, caller: &Caller, id: &str) -> Result<()> {
    let db = accounts.db();
    let binding = store::binding(db, &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("role binding", id))?;
    require_binding_held(accounts, caller, &binding, "removing this role binding").await?;
    let deleted = store::delete_binding(db, &caller.organization_id, id).await?;
    accounts.principals().forget_all();
    Error::not_found_unless(deleted, "role binding", id)
}

/// Refuses `change` unless the caller holds every permission of the binding's
/// role on the binding's scope.
async fn require_binding_held(
    accounts: &Accounts,
    caller: &Caller,
    binding: &BindingRow,
    change: &str,
) -> Result<()> {
    let permissions = accounts
        .principals()
        .permissions_of_roles(
            &caller.organization_id,
            std::slice::from_ref(&binding.role_id),
        )
        .await?;
    let resource = match (&binding.resource_type, &binding.resource_id) {
        (Some(kind), Some(id)) => Some(format!("{kind}:{id}")),
        _ => None,
    };
    let scope = resource
        .as_deref()
        .map_or(Scope::Organization, Scope::Resource);
    grants::require_held(
        caller,
        &permissions,
        scope,
        &format!("{change} (`{}`)", binding.role_id),
    )
}

/// Refuses `change` to a team's members unless the caller holds what every
/// binding of the team gives them.
async fn require_team_bindings_held(
    accounts: &Accounts,
    caller: &Caller,
    team_id: &str,
    change: &str,
) -> Result<()> {
    for binding in store::team_bindings(accounts.db(), &caller.organization_id, team_id).await? {
        require_binding_held(accounts, caller, &binding, change).await?;
    }
    Ok(())
}

/// Deletes a team; its members lose what its bindings gave them, so the caller
/// must hold that.
pub async fn delete_team(accounts: &Accounts, caller: &Caller, id: &str) -> Result<()> {
    let db = accounts.db();
    let team = store::team(db, &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("team", id))?;
    if !team.member_ids.is_empty() {
        require_team_bindings_held(accounts, caller, id, "deleting this team").await?;
    }
    delete_grantee(accounts, caller, Grantee::Team, id).await
}

/// A team as requested.
#[derive(Debug, Clone, Default)]
pub struct TeamInput {
    /// Unique name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Member user ids.
    pub member_ids: Vec<String>,
    /// Lead user id.
    pub lead_id: String,
}

async fn check_team(accounts: &Accounts, organization_id: &str, input: &TeamInput) -> Result<()> {
    let name = input.name.trim();
    if name.is_empty() || name.len() > 100 {
        return Err(Error::invalid_field(
            "team.name",
            "must be 1 to 100 characters",
        ));
    }
    let found = store::existing_users(accounts.db(), organization_id, &input.member_ids).await?;
    for (index, member) in input.member_ids.iter().enumerate() {
        if !found.contains(member) {
            return Err(Error::invalid_field(
                format!("team.member_ids[{index}]"),
                format!("unknown user `{member}`"),
            ));
        }
    }
    if !input.lead_id.is_empty() && !input.member_ids.contains(&input.lead_id) {
        return Err(Error::invalid_field(
            "team.lead_id",
            "the lead must be a member",
        ));
    }
    Ok(())
}

fn unique_members(mut member_ids: Vec<String>) -> Vec<String> {
    member_ids.sort();
    member_ids.dedup();
    member_ids
}

/// Creates a team.
pub async fn create_team(
    accounts: &Accounts,
    caller: &Caller,
    input: TeamInput,
) -> Result<TeamRow> {
    check_team(accounts, &caller.organization_id, &input).await?;
    let now = now_micros();
    let team = TeamRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: caller.organization_id.clone(),
        name: input.name.trim().to_owned(),
        description: input.description,
        lead_id: Some(input.lead_id).filter(|lead| !lead.is_empty()),
        member_ids: unique_members(input.member_ids),
        created_at_us: now,
        updated_at_us: now,
    };
    store::save_team(accounts.db(), &team)
        .await
        .map_err(|error| {
            if error.code() == secureflow_platform::ErrorCode::AlreadyExists {
                Error::new(error.code(), format!("a team named `{}` exists", team.name))
            } else {
                error
            }
        })?;
    Ok(team)
}

/// Updates the masked fields of a team.
pub async fn update_team(
    accounts: &Accounts,
    caller: &Caller,
    id: &str,
    input: TeamInput,
    mask: &[String],
) -> Result<TeamRow> {
    let fields = update_mask::fields(mask, &["name", "description", "member_ids", "lead_id"])?;
    let mut team = store::team(accounts.db(), &caller.organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("team", id))?;
    let merged = TeamInput {
        name: update_mask::pick(&fields, "name", input.name, &team.name),
        description: update_mask::pick(
            &fields,
            "description",
            input.description,
            &team.description,
        ),
        member_ids: update_mask::pick(&fields, "member_ids", input.member_ids, &team.member_ids),
        lead_id: update_mask::pick(
            &fields,
            "lead_id",
            input.lead_id,
            &team.lead_id.clone().unwrap_or_default(),
        ),
    };
    check_team(accounts, &caller.organization_id, &merged).await?;
    let before: BTreeSet<&String> = team.member_ids.iter().collect();
    let after: BTreeSet<&String> = merged.member_ids.iter().collect();
    if before != after {
        require_team_bindings_held(accounts, caller, id, "changing this team's members").await?;
    }
    team.name = merged.name.trim().to_owned();
    team.description = merged.description;
    team.member_ids = unique_members(merged.member_ids);
    team.lead_id = Some(merged.lead_id).filter(|lead| !lead.is_empty());
    team.updated_at_us = now_micros();
    store::save_team(accounts.db(), &team).await?;
    accounts.principals().forget_all();
    Ok(team)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_ids_are_derived_from_names() {
        assert_eq!(role_id_from_name("Release Manager"), "release_manager");
        assert_eq!(role_id_from_name("  QA -- Lead!  "), "qa_lead");
        assert_eq!(role_id_from_name("!!!"), "");
    }
}
