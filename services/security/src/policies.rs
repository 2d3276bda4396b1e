//! Policies (quality gates): validated ([`crate::domain::gate::validate`])
//! before they are written to [`crate::store::policies`].

use secureflow_platform::db::Database;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::security::v1::Policy;
use sqlx::AnyConnection;

use crate::domain::gate;
use crate::store;

fn checked(policy: &Policy) -> Result<()> {
    gate::validate(policy).map_err(|(field, problem)| Error::invalid_field(field, problem))
}

/// Creates a policy in the caller's organisation.
pub async fn create(db: &Database, organization_id: &str, policy: Policy) -> Result<Policy> {
    checked(&policy)?;
    let id = uuid::Uuid::now_v7().to_string();
    store::policies::insert(db, organization_id, &id, &policy).await?;
    get(db, organization_id, &id).await
}

/// A policy of the organisation, or NOT_FOUND.
pub async fn get(db: &Database, organization_id: &str, id: &str) -> Result<Policy> {
    store::policies::get(db, organization_id, id)
        .await?
        .ok_or_else(|| Error::not_found("policy", id))
}

/// Replaces a policy's name, description, scope, conditions and enabled flag.
pub async fn update(db: &Database, organization_id: &str, policy: Policy) -> Result<Policy> {
    checked(&policy)?;
    if !store::policies::update(db, organization_id, &policy).await? {
        return Err(Error::not_found("policy", &policy.id));
    }
    get(db, organization_id, &policy.id).await
}

/// Deletes a policy; returns it as it was.
pub async fn delete(db: &Database, organization_id: &str, id: &str) -> Result<Policy> {
    let policy = get(db, organization_id, id).await?;
    store::policies::delete(db, organization_id, id).await?;
    Ok(policy)
}

/// A page of the organisation's policies, optionally those that apply to a repository.
pub async fn list(
    db: &Database,
    organization_id: &str,
    repository_id: &str,
    page: Page,
) -> Result<Vec<Policy>> {
    store::policies::list(db, organization_id, repository_id, page).await
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
