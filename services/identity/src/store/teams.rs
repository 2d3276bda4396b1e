//! `identity_teams` and `identity_team_members`.

use std::collections::BTreeMap;

use secureflow_platform::Result;
use secureflow_platform::bulk::Bulk;
use secureflow_platform::db::{Database, Owned};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Transaction};

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

/// Ids of the teams each of `user_ids` is a member of, by user, each
/// sorted; a user of no team is not in the map. One statement for a page of
/// users, read along the members' index by user (migration 11).
pub async fn user_team_ids(
    db: &Database,
    organization_id: &str,
    user_ids: &[String],
) -> Result<BTreeMap<String, Vec<String>>> {
    let statement = Filtered::new(
        "SELECT m.user_id AS user_id, m.team_id AS team_id FROM identity_team_members m
         JOIN identity_teams t ON t.id = m.team_id",
    )
    .bound("t.organization_id = ?", organization_id)
    .one_of("m.user_id", user_ids);
    super::by_user(db, statement, "team_id").await
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

secureflow_platform::columns! {
    /// A team's columns as read, its members' ids as one JSON list
    /// ([`select`]).
    struct Stored => TeamRow {
        id: String,
        organization_id: String,
        name: String,
        description: String,
        lead_id: Option<String>,
        member_ids: String,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<TeamRow> {
        Ok(TeamRow {
            id: self.id,
            organization_id: self.organization_id,
            name: self.name,
            description: self.description,
            lead_id: self.lead_id,
            member_ids: serde_json::from_str(&self.member_ids)
                .map_err(secureflow_platform::Error::internal)?,
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// Teams (`t`) with their members' ids, sorted, as one column: one statement
/// for a page of teams, not one more for each team.
fn select(db: &Database) -> Filtered {
    let members = Bulk::new(db.backend()).list_ordered("m.user_id", "m.user_id");
    Filtered::new(&format!(
        "SELECT t.*, (SELECT {members} FROM identity_team_members m WHERE m.team_id = t.id)
             AS member_ids
         FROM identity_teams t"
    ))
}

/// An organisation's team.
pub async fn team(db: &Database, organization_id: &str, id: &str) -> Result<Option<TeamRow>> {
    let statement = select(db)
        .bound("t.organization_id = ?", organization_id)
        .bound("t.id = ?", id);
    db.row(statement.query(), Stored::read).await
}

/// A page of an organisation's teams by name, optionally with one member; fetches `limit + 1`.
pub async fn list_teams(
    db: &Database,
    organization_id: &str,
    member_id: &str,
    page: Page,
) -> Result<Vec<TeamRow>> {
    select(db)
        .bound("t.organization_id = ?", organization_id)
        .given(
            "EXISTS (SELECT 1 FROM identity_team_members m WHERE m.team_id = t.id AND m.user_id = ?)",
            member_id,
        )
        .page_as::<Stored>(db, ("t.name", "name"), page)
        .await
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
