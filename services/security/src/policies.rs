//! Policies (quality gates): validated ([`crate::domain::gate::validate`])
//! before they are written to [`crate::store::policies`]; after each change the
//! recorded gates the policy reaches (before and after) are re-evaluated.

use secureflow_platform::db::Database;
use secureflow_platform::events::EventContext;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result, update_mask};
use secureflow_proto::secureflow::security::v1::Policy;
use sqlx::AnyConnection;

use crate::domain::gate;
use crate::gates::{Affected, Gates};
use crate::{convert, store};

fn checked(policy: &Policy) -> Result<()> {
    gate::validate(&convert::policy_from(policy))
        .map_err(|(field, problem)| Error::invalid_field(format!("policy.{field}"), problem))
}

/// Creates a policy in the caller's organisation and re-evaluates the gates it reaches.
pub async fn create(
    db: &Database,
    gates: &Gates,
    context: &EventContext,
    policy: Policy,
) -> Result<Policy> {
    checked(&policy)?;
    let organization_id = &context.organization_id;
    let policy = in_registered_repository(db, organization_id, policy).await?;
    let id = uuid::Uuid::now_v7().to_string();
    store::policies::insert(db, organization_id, &id, &policy).await?;
    let policy = get(db, organization_id, &id).await?;
    gates.reevaluate(context, reach(&policy), CAUSE).await?;
    Ok(policy)
}

/// Why gates are re-evaluated after a policy change (`gate.changed` cause).
const CAUSE: &str = "policy_edit";

/// The fields `UpdatePolicy` can change.
const UPDATABLE: [&str; 5] = ["name", "description", "scope", "conditions", "enabled"];

/// Applies the fields `mask` names (all when empty) of `change` to the stored
/// policy, then re-evaluates the gates the policy reached before and reaches now.
pub async fn update(
    db: &Database,
    gates: &Gates,
    context: &EventContext,
    change: Policy,
    mask: &[String],
) -> Result<Policy> {
    let fields = update_mask::fields(mask, &UPDATABLE)?;
    let organization_id = &context.organization_id;
    let original = get(db, organization_id, &change.id).await?;
    let mut policy = original.clone();
    for field in fields {
        match field {
            "name" => policy.name.clone_from(&change.name),
            "description" => policy.description.clone_from(&change.description),
            "scope" => policy.scope.clone_from(&change.scope),
            "conditions" => policy.conditions.clone_from(&change.conditions),
            _ => policy.enabled = change.enabled,
        }
    }
    let policy = replace(db, organization_id, policy).await?;
    // The old scope's gates may lose the policy, the new scope's gain it.
    let (before, after) = (reach(&original), reach(&policy));
    gates.reevaluate(context, before, CAUSE).await?;
    if !matches!(before, Affected::All) && before != after {
        gates.reevaluate(context, after, CAUSE).await?;
    }
    Ok(policy)
}

/// The policy with its scope's repository named by id when it is registered
/// (a full name may be given).
async fn in_registered_repository(
    db: &Database,
    organization_id: &str,
    mut policy: Policy,
) -> Result<Policy> {
    if let Some(scope) = policy.scope.as_mut() {
        scope.repository_id =
            crate::repositories::resolve(db, organization_id, &scope.repository_id).await?;
    }
    Ok(policy)
}

/// The recorded gates a policy can reach.
fn reach(policy: &Policy) -> Affected<'_> {
    match policy
        .scope
        .as_ref()
        .map(|scope| scope.repository_id.as_str())
    {
        Some(repository) if !repository.is_empty() => Affected::Repository(repository),
        _ => Affected::All,
    }
}

/// A policy of the organisation, or NOT_FOUND.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Policy> {
    store::policies::get(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("policy", id))
}

/// Replaces a policy's name, description, scope, conditions and enabled flag.
async fn replace(db: &Database, organization_id: &str, policy: Policy) -> Result<Policy> {
    checked(&policy)?;
    let policy = in_registered_repository(db, organization_id, policy).await?;
    if !store::policies::update(db, organization_id, &policy).await? {
        return Err(Error::not_found("policy", &policy.id));
    }
    get(db, organization_id, &policy.id).await
}

/// Deletes a policy and re-evaluates the gates it reached.
pub async fn delete(db: &Database, gates: &Gates, context: &EventContext, id: &str) -> Result<()> {
    let policy = get(db, &context.organization_id, id).await?;
    store::policies::delete(db, &context.organization_id, id).await?;
    gates.reevaluate(context, reach(&policy), CAUSE).await?;
    Ok(())
}

/// A page of the organisation's policies, optionally those that apply to a repository.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<Policy>> {
    let repository_id = crate::repositories::resolve(db, organization_id, repository_id).await?;
    store::policies::list(db, organization_id, &repository_id, page).await
}

/// The enabled policies that apply to a repository and branch.
pub async fn applicable(
    connection: &mut AnyConnection,
    organization_id: &str,
    repository_id: &str,
    branch: &str,
) -> Result<Vec<Policy>> {
    let mut policies =
        store::policies::enabled_for_repository(connection, organization_id, repository_id).await?;
    policies.retain(|policy| {
        let patterns = policy
            .scope
            .as_ref()
            .map(|scope| scope.branch_patterns.as_slice())
            .unwrap_or_default();
        gate::branch_matches(patterns, branch)
    });
    Ok(policies)
}
