//! `identity_role_bindings`: who holds which role, organisation-wide or on one repository or team, directly or through a team.

use std::collections::BTreeMap;

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned, now_micros};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// Grants a role organisation-wide to a user.
pub async fn bind_role_to_user(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    role_id: &str,
    user_id: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_role_bindings (id, organization_id, role_id, user_id, created_at_us)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(organization_id)
    .bind(role_id)
    .bind(user_id)
    .bind(now_micros())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ids of the roles bound organisation-wide to each of `user_ids` (to the
/// user, not through a team), by user, each sorted; a user bound to none is
/// not in the map. One statement for a page of users.
pub async fn user_role_ids(
    db: &Database,
    organization_id: &str,
    user_ids: &[String],
) -> Result<BTreeMap<String, Vec<String>>> {
    let statement = Filtered::new("SELECT user_id, role_id FROM identity_role_bindings")
        .bound("organization_id = ?", organization_id)
        .one_of("user_id", user_ids)
        .condition("resource_type IS NULL");
    super::by_user(db, statement, "role_id").await
}

/// Ids of the roles a user holds organisation-wide: bound to the user, or to a
/// team the user is a member of.
pub async fn effective_role_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<String>> {
    let query = sqlx::query(
        "SELECT DISTINCT role_id FROM identity_role_bindings b
         WHERE b.organization_id = $1 AND b.resource_type IS NULL
           AND (b.user_id = $2 OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = $2))
         ORDER BY role_id",
    )
    .bind(organization_id)
    .bind(user_id);
    db.rows(query, |row| Ok(row.try_get("role_id")?)).await
}

/// Roles a user holds on single resources, directly or through a team:
/// (`<resource_type>:<id>`, role id).
pub async fn scoped_role_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<(String, String)>> {
    let query = sqlx::query(
        "SELECT DISTINCT resource_type, resource_id, role_id FROM identity_role_bindings b
         WHERE b.organization_id = $1 AND b.resource_type IS NOT NULL
           AND (b.user_id = $2 OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = $2))",
    )
    .bind(organization_id)
    .bind(user_id);
    db.rows(query, |row| {
        let kind: String = row.try_get("resource_type")?;
        let id: String = row.try_get("resource_id")?;
        Ok((format!("{kind}:{id}"), row.try_get("role_id")?))
    })
    .await
}

/// Replaces a user's organisation-wide roles.
pub async fn replace_user_roles(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    user_id: &str,
    role_ids: &[String],
) -> Result<()> {
    sqlx::query(
        "DELETE FROM identity_role_bindings
         WHERE organization_id = $1 AND user_id = $2 AND resource_type IS NULL",
    )
    .bind(organization_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    for role_id in role_ids {
        bind_role_to_user(tx, organization_id, role_id, user_id).await?;
    }
    Ok(())
}

/// A role binding.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BindingRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Role granted.
    pub role_id: String,
    /// User receiving it.
    pub user_id: Option<String>,
    /// Team receiving it.
    pub team_id: Option<String>,
    /// Kind of resource it is limited to.
    pub resource_type: Option<String>,
    /// Resource it is limited to.
    pub resource_id: Option<String>,
    /// Created, µs.
    pub created_at_us: i64,
}

fn binding_from_row(row: &AnyRow) -> Result<BindingRow> {
    Ok(BindingRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        role_id: row.try_get("role_id")?,
        user_id: row.try_get("user_id")?,
        team_id: row.try_get("team_id")?,
        resource_type: row.try_get("resource_type")?,
        resource_id: row.try_get("resource_id")?,
        created_at_us: row.try_get("created_at_us")?,
    })
}

/// Inserts a role binding.
pub async fn insert_binding(db: &Database, binding: &BindingRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_role_bindings
             (id, organization_id, role_id, user_id, team_id, resource_type, resource_id, created_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&binding.id)
    .bind(&binding.organization_id)
    .bind(&binding.role_id)
    .bind(&binding.user_id)
    .bind(&binding.team_id)
    .bind(&binding.resource_type)
    .bind(&binding.resource_id)
    .bind(binding.created_at_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// A page of an organisation's bindings, optionally for one user or team; fetches `limit + 1`.
pub async fn list_bindings(
    db: &Database,
    organization_id: &str,
    user_id: &str,
    team_id: &str,
    page: Page,
) -> Result<Vec<BindingRow>> {
    Filtered::new("SELECT * FROM identity_role_bindings")
        .bound("organization_id = ?", organization_id)
        .given("user_id = ?", user_id)
        .given("team_id = ?", team_id)
        .page(db, "created_at_us, id", page, binding_from_row)
        .await
}

/// An organisation's binding by id.
pub async fn binding(db: &Database, organization_id: &str, id: &str) -> Result<Option<BindingRow>> {
    let row = Owned("identity_role_bindings")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(binding_from_row).transpose()
}

/// Every binding that grants a role to a team.
pub async fn team_bindings(
    db: &Database,
    organization_id: &str,
    team_id: &str,
) -> Result<Vec<BindingRow>> {
    let rows = Owned("identity_role_bindings")
        .all_by(db.pool(), organization_id, "team_id", team_id)
        .await?;
    rows.iter().map(binding_from_row).collect()
}

/// Deletes a binding.
pub async fn delete_binding(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    Owned("identity_role_bindings")
        .delete(db.pool(), organization_id, id)
        .await
}

/// Whom a binding grants its role to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grantee {
    /// A user (`user_id`).
    User,
    /// A team, and so its members (`team_id`).
    Team,
}

impl Grantee {
    /// What it is called in messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Team => "team",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Self::User => "user_id",
            Self::Team => "team_id",
        }
    }
}

/// Deletes every binding of a user or team.
pub async fn delete_of(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    grantee: Grantee,
    id: &str,
) -> Result<()> {
    Owned("identity_role_bindings")
        .delete_by(&mut **tx, organization_id, grantee.column(), id)
        .await?;
    Ok(())
}

/// How many bindings grant a role.
pub async fn count_of_role(db: &Database, organization_id: &str, role_id: &str) -> Result<i64> {
    let bound: i64 = sqlx::query(
        "SELECT COUNT(*) AS n FROM identity_role_bindings WHERE organization_id = $1 AND role_id = $2",
    )
    .bind(organization_id)
    .bind(role_id)
    .fetch_one(db.pool())
    .await?
    .try_get("n")?;
    Ok(bound)
}
