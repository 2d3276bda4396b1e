//! `identity_teams` and `identity_team_members`.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::Filtered;
use secureflow_platform::pagination::Page;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// A team with its members.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TeamRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// Unique name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Lead user id.
    pub lead_id: Option<String>,
    /// Member user ids, sorted.
    pub member_ids: Vec<String>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

/// Ids of the teams `user_id` is a member of, sorted.
pub async fn user_team_ids(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Vec<String>> {
    let query = sqlx::query(
        "SELECT m.team_id FROM identity_team_members m
         JOIN identity_teams t ON t.id = m.team_id
         WHERE t.organization_id = $1 AND m.user_id = $2 ORDER BY m.team_id",
    )
    .bind(organization_id)
    .bind(user_id);
    db.rows(query, |row| Ok(row.try_get("team_id")?)).await
}

/// Inserts or updates a team and replaces its members, in one transaction.
pub async fn save_team(db: &Database, team: &TeamRow) -> Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO identity_teams (id, organization_id, name, description, lead_id, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
             lead_id = excluded.lead_id, updated_at_us = excluded.updated_at_us",
    )
    .bind(&team.id)
    .bind(&team.organization_id)
    .bind(&team.name)
    .bind(&team.description)
    .bind(&team.lead_id)
    .bind(team.created_at_us)
    .bind(team.updated_at_us)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM identity_team_members WHERE team_id = $1")
        .bind(&team.id)
        .execute(&mut *tx)
        .await?;
    for member in &team.member_ids {
        sqlx::query("INSERT INTO identity_team_members (team_id, user_id) VALUES ($1, $2)")
            .bind(&team.id)
            .bind(member)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

async fn team_members(db: &Database, team_id: &str) -> Result<Vec<String>> {
    let query = sqlx::query(
        "SELECT user_id FROM identity_team_members WHERE team_id = $1 ORDER BY user_id",
    )
    .bind(team_id);
    db.rows(query, |row| Ok(row.try_get("user_id")?)).await
}

async fn team_from_row(db: &Database, row: &AnyRow) -> Result<TeamRow> {
    let id: String = row.try_get("id")?;
    Ok(TeamRow {
        member_ids: team_members(db, &id).await?,
        id,
        organization_id: row.try_get("organization_id")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        lead_id: row.try_get("lead_id")?,
        created_at_us: row.try_get("created_at_us")?,
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// An organisation's team.
pub async fn team(db: &Database, organization_id: &str, id: &str) -> Result<Option<TeamRow>> {
    let row = Owned("identity_teams")
        .get(db.pool(), organization_id, id)
        .await?;
    match row {
        Some(row) => Ok(Some(team_from_row(db, &row).await?)),
        None => Ok(None),
    }
}

/// A page of an organisation's teams by name, optionally with one member; fetches `limit + 1`.
pub async fn list_teams(
    db: &Database,
    organization_id: &str,
    member_id: &str,
    page: Page,
) -> Result<Vec<TeamRow>> {
    let rows = Filtered::new("SELECT * FROM identity_teams t")
        .bound("organization_id = ?", organization_id)
        .given(
            "EXISTS (SELECT 1 FROM identity_team_members m WHERE m.team_id = t.id AND m.user_id = ?)",
            member_id,
        )
        .paged("name", page)
        .fetch_all(db.pool())
        .await?;
    let mut teams = Vec::with_capacity(rows.len());
    for row in &rows {
        teams.push(team_from_row(db, row).await?);
    }
    Ok(teams)
}

/// Deletes a team (its bindings are the caller's to delete in the same
/// transaction: [`super::bindings::delete_of`]).
pub async fn delete_team(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
) -> Result<bool> {
    Owned("identity_teams")
        .delete(&mut **tx, organization_id, id)
        .await
}
