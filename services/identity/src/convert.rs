//! Protobuf ⇄ domain and store values, one convention: `convert::<thing>(…)`
//! builds a contract message, `convert::<thing>_from(…)` reads one.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_proto::secureflow::identity::v1 as pb;

use crate::accounts::Tokens;
use crate::audit::AuditRow;
use crate::directory::{RoleInput, TeamInput};
use crate::domain::roles::BuiltInRole;
use crate::oidc::OidcSettings;
use crate::store::{ApiTokenRow, BindingRow, OrganizationRow, RoleRow, TeamRow, UserRow};

/// An organisation.
pub fn organization(row: &OrganizationRow) -> pb::Organization {
    pb::Organization {
        id: row.id.clone(),
        slug: row.slug.clone(),
        display_name: row.display_name.clone(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        sla_policy: sla_policy(&row.sla_policy),
        ..Default::default()
    }
}

/// The stored SLA policy; unset when the organisation keeps the security
/// service's defaults.
fn sla_policy(stored: &str) -> Option<pb::SlaPolicy> {
    let days: serde_json::Value = serde_json::from_str(stored).ok()?;
    let field = |name: &str| {
        days.get(name)
            .and_then(serde_json::Value::as_i64)
            .and_then(|value| i32::try_from(value).ok())
            .unwrap_or(0)
    };
    Some(pb::SlaPolicy {
        critical_days: field("critical_days"),
        high_days: field("high_days"),
        medium_days: field("medium_days"),
        low_days: field("low_days"),
    })
}

/// An SLA policy as stored, after checking each deadline (0–3650 days).
pub fn sla_policy_from(policy: &pb::SlaPolicy) -> secureflow_platform::Result<String> {
    for (name, days) in [
        ("critical_days", policy.critical_days),
        ("high_days", policy.high_days),
        ("medium_days", policy.medium_days),
        ("low_days", policy.low_days),
    ] {
        if !(0..=3650).contains(&days) {
            return Err(secureflow_platform::Error::invalid_field(
                format!("organization.sla_policy.{name}"),
                "must be from 0 (no deadline) to 3650 days",
            ));
        }
    }
    Ok(serde_json::json!({
        "critical_days": policy.critical_days,
        "high_days": policy.high_days,
        "medium_days": policy.medium_days,
        "low_days": policy.low_days,
    })
    .to_string())
}

/// A user with its organisation-wide roles.
pub fn user(row: &UserRow, role_ids: Vec<String>, team_ids: Vec<String>) -> pb::User {
    pb::User {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        email: row.email.clone(),
        display_name: row.display_name.clone(),
        role_ids,
        team_ids,
        auth_source: match row.auth_source.as_str() {
            "oidc" => pb::AuthSource::Oidc,
            _ => pb::AuthSource::Local,
        } as i32,
        active: row.active,
        locked_until: row.locked_until_us.map(micros_to_timestamp),
        last_login_time: row.last_login_us.map(micros_to_timestamp),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        ..Default::default()
    }
}

/// A token pair.
pub fn tokens(tokens: &Tokens) -> pb::TokenPair {
    pb::TokenPair {
        access_token: tokens.access_token.clone(),
        access_token_expire_time: Some(micros_to_timestamp(tokens.access_expire_at_us)),
        refresh_token: tokens.refresh_token.clone(),
        refresh_token_expire_time: Some(micros_to_timestamp(tokens.refresh_expire_at_us)),
        token_type: "Bearer".to_owned(),
    }
}

/// An API token's metadata.
pub fn api_token(row: &ApiTokenRow) -> pb::ApiToken {
    pb::ApiToken {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: row.name.clone(),
        permissions: row.permissions.clone(),
        prefix: row.prefix.clone(),
        created_by: row.created_by.clone(),
        expire_time: Some(micros_to_timestamp(row.expire_at_us)),
        last_used_time: row.last_used_us.map(micros_to_timestamp),
        revoke_time: row.revoked_at_us.map(micros_to_timestamp),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
    }
}

/// A built-in role.
pub fn built_in_role(role: &BuiltInRole, permissions: Vec<String>) -> pb::Role {
    pb::Role {
        id: role.id.to_owned(),
        name: role.name.to_owned(),
        description: role.description.to_owned(),
        permissions,
        built_in: true,
        ..Default::default()
    }
}

/// An audit record.
pub fn audit_record(row: &AuditRow) -> pb::AuditRecord {
    pb::AuditRecord {
        id: row.id.clone(),
        organization_id: row.entry.organization_id.clone(),
        sequence: row.sequence,
        actor: row.entry.actor.clone(),
        action: row.entry.action.clone(),
        resource: row.entry.resource.clone(),
        result: row.entry.result.clone(),
        correlation_id: row.entry.correlation_id.clone(),
        time: Some(micros_to_timestamp(row.entry.time_us)),
        change_digest: row.entry.change_digest.clone(),
        previous_hash: row.previous_hash.clone(),
        hash: row.hash.clone(),
    }
}

/// A custom role.
pub fn custom_role(row: &RoleRow) -> pb::Role {
    pb::Role {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: row.name.clone(),
        description: row.description.clone(),
        permissions: row.permissions.clone(),
        built_in: false,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

/// A role binding.
pub fn binding(row: &BindingRow) -> pb::RoleBinding {
    let subject = match (&row.user_id, &row.team_id) {
        (Some(user), _) => Some(pb::role_binding::Subject::UserId(user.clone())),
        (None, Some(team)) => Some(pb::role_binding::Subject::TeamId(team.clone())),
        (None, None) => None,
    };
    pb::RoleBinding {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        role_id: row.role_id.clone(),
        subject,
        scope: row
            .resource_type
            .as_ref()
            .map(|resource_type| pb::ResourceScope {
                resource_type: resource_type.clone(),
                resource_id: row.resource_id.clone().unwrap_or_default(),
            }),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
    }
}

/// A role binding request.
pub fn binding_from(binding: pb::RoleBinding) -> BindingRow {
    let (user_id, team_id) = match binding.subject {
        Some(pb::role_binding::Subject::UserId(user)) => (Some(user), None),
        Some(pb::role_binding::Subject::TeamId(team)) => (None, Some(team)),
        None => (None, None),
    };
    let scope = binding
        .scope
        .filter(|scope| !scope.resource_type.is_empty() || !scope.resource_id.is_empty());
    BindingRow {
        role_id: binding.role_id,
        user_id,
        team_id,
        resource_type: scope
            .as_ref()
            .map(|scope| scope.resource_type.clone())
            .filter(|t| !t.is_empty()),
        resource_id: scope
            .map(|scope| scope.resource_id)
            .filter(|id| !id.is_empty()),
        ..BindingRow::default()
    }
}

/// A team.
pub fn team(row: &TeamRow) -> pb::Team {
    pb::Team {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: row.name.clone(),
        description: row.description.clone(),
        member_ids: row.member_ids.clone(),
        lead_id: row.lead_id.clone().unwrap_or_default(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

/// An organisation's provider as shown to admins (never the client secret).
pub fn oidc_provider(settings: &OidcSettings) -> pb::OidcProvider {
    pb::OidcProvider {
        issuer: settings.issuer.clone(),
        client_id: settings.client_id.clone(),
        client_secret: String::new(),
        redirect_uri: settings.redirect_uri.clone(),
        scopes: settings.scopes.clone(),
        groups_claim: settings.groups_claim.clone(),
        group_role_mappings: settings.group_role_mappings.clone().into_iter().collect(),
        default_role_id: settings.default_role_id.clone(),
    }
}

/// Provider settings from a request.
pub fn oidc_provider_from(provider: pb::OidcProvider) -> OidcSettings {
    OidcSettings {
        issuer: provider.issuer.trim_end_matches('/').to_owned(),
        client_id: provider.client_id,
        client_secret: provider.client_secret,
        redirect_uri: provider.redirect_uri,
        scopes: provider.scopes,
        groups_claim: if provider.groups_claim.is_empty() {
            "groups".to_owned()
        } else {
            provider.groups_claim
        },
        group_role_mappings: provider.group_role_mappings.into_iter().collect(),
        default_role_id: if provider.default_role_id.is_empty() {
            "viewer".to_owned()
        } else {
            provider.default_role_id
        },
    }
}

/// A custom role request.
pub fn role_from(role: pb::Role) -> RoleInput {
    RoleInput {
        name: role.name,
        description: role.description,
        permissions: role.permissions,
    }
}

/// A team request.
pub fn team_from(team: pb::Team) -> TeamInput {
    TeamInput {
        name: team.name,
        description: team.description,
        member_ids: team.member_ids,
        lead_id: team.lead_id,
    }
}
