//! `identity_roles`: an organisation's custom roles and their permissions (built-in roles live in [`crate::domain::roles`]).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::Row;
use sqlx::any::AnyRow;

/// Permissions of an organisation's custom roles, by role id.
pub async fn custom_role_permissions(
    db: &Database,
    organization_id: &str,
    role_ids: &[String],
) -> Result<Vec<String>> {
    let mut permissions = Vec::new();
    for role_id in role_ids {
        let row = sqlx::query(
            "SELECT permissions FROM identity_roles WHERE organization_id = $1 AND id = $2",
        )
        .bind(organization_id)
        .bind(role_id)
        .fetch_optional(db.pool())
        .await?;
        if let Some(row) = row {
            let list: String = row.try_get("permissions")?;
            let parsed: Vec<String> =
                serde_json::from_str(&list).map_err(secureflow_platform::Error::internal)?;
            permissions.extend(parsed);
        }
    }
    Ok(permissions)
}

/// A custom role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRow {
    /// Id (unique in the organisation).
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Permissions.
    pub permissions: Vec<String>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

fn role_from_row(row: &AnyRow) -> Result<RoleRow> {
    let permissions: String = row.try_get("permissions")?;
    Ok(RoleRow {
        id: row.try_get("id")?,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        permissions: serde_json::from_str(&permissions)
            .map_err(secureflow_platform::Error::internal)?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// Inserts or replaces a custom role.
pub async fn upsert_role(db: &Database, role: &RoleRow) -> Result<()> {
    let permissions =
        serde_json::to_string(&role.permissions).map_err(secureflow_platform::Error::internal)?;
    sqlx::query(
        "INSERT INTO identity_roles (id, organization_id, name, description, permissions, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, id) DO UPDATE SET name = excluded.name,
             description = excluded.description, permissions = excluded.permissions,
             updated_at_us = excluded.updated_at_us",
    )
    .bind(&role.id)
    .bind(&role.organization_id)
    .bind(&role.name)
    .bind(&role.description)
    .bind(permissions)
    .bind(role.created_at_us)
    .bind(role.updated_at_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// An organisation's custom role.
pub async fn role(db: &Database, organization_id: &str, id: &str) -> Result<Option<RoleRow>> {
    let row = Owned("identity_roles")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(role_from_row).transpose()
}

/// An organisation's custom roles, by id.
pub async fn roles(db: &Database, organization_id: &str) -> Result<Vec<RoleRow>> {
    let query = sqlx::query("SELECT * FROM identity_roles WHERE organization_id = $1 ORDER BY id")
        .bind(organization_id);
    db.rows(query, role_from_row).await
}

/// Deletes a custom role (the caller checks that nothing is bound to it:
/// [`super::bindings::count_of_role`]).
pub async fn delete_role(db: &Database, organization_id: &str, id: &str) -> Result<bool> {
    Owned("identity_roles")
        .delete(db.pool(), organization_id, id)
        .await
}
