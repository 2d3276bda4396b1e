//! `identity_users`: people, their credentials' state (password hash, failed log-ins, when their sessions became valid) and activity.

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned, now_micros};
use secureflow_platform::filtered::{Columns, Filtered};
use secureflow_platform::pagination::Page;
use sqlx::{Any, Row, Transaction};

use super::flag;

/// A user, with the credential columns the log-in needs.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    /// Id.
    pub id: String,
    /// Organisation.
    pub organization_id: String,
    /// E-mail (log-in name), lower-cased.
    pub email: String,
    /// Display name.
    pub display_name: String,
    /// argon2id PHC string, for local users.
    pub password_hash: Option<String>,
    /// `local` or `oidc`.
    pub auth_source: String,
    /// Subject at the OpenID Connect provider, for SSO users.
    pub external_subject: Option<String>,
    /// Deactivated users cannot log in.
    pub active: bool,
    /// Failed log-ins in a row.
    pub failed_logins: i64,
    /// Locked until, µs.
    pub locked_until_us: Option<i64>,
    /// Last successful log-in, µs.
    pub last_login_us: Option<i64>,
    /// Created, µs.
    pub created_at_us: i64,
    /// Updated, µs.
    pub updated_at_us: i64,
}

secureflow_platform::columns! {
    /// A user's columns as read: from a row, or from a page read as one value
    /// ([`Filtered::page_as`]).
    struct Stored => UserRow {
        id: String,
        organization_id: String,
        email: String,
        display_name: String,
        password_hash: Option<String>,
        auth_source: String,
        external_subject: Option<String>,
        active: i64,
        failed_logins: i64,
        locked_until_us: Option<i64>,
        last_login_us: Option<i64>,
        created_at_us: i64,
        updated_at_us: i64,
    }
}

impl Stored {
    fn row(self) -> Result<UserRow> {
        Ok(UserRow {
            id: self.id,
            organization_id: self.organization_id,
            email: self.email,
            display_name: self.display_name,
            password_hash: self.password_hash,
            auth_source: self.auth_source,
            external_subject: self.external_subject,
            active: self.active != 0,
            failed_logins: self.failed_logins,
            locked_until_us: self.locked_until_us,
            last_login_us: self.last_login_us,
            created_at_us: self.created_at_us,
            updated_at_us: self.updated_at_us,
        })
    }
}

/// Inserts a user.
pub async fn insert_user(tx: &mut Transaction<'_, Any>, user: &UserRow) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_users (id, organization_id, email, display_name, password_hash, auth_source,
             external_subject, active, failed_logins, created_at_us, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
    )
    .bind(&user.id)
    .bind(&user.organization_id)
    .bind(&user.email)
    .bind(&user.display_name)
    .bind(&user.password_hash)
    .bind(&user.auth_source)
    .bind(&user.external_subject)
    .bind(flag(user.active))
    .bind(user.created_at_us)
    .bind(user.updated_at_us)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A user of an organisation by e-mail.
pub async fn user_by_email(
    db: &Database,
    organization_id: &str,
    email: &str,
) -> Result<Option<UserRow>> {
    let row = Owned("identity_users")
        .get_by(db.pool(), organization_id, "email", email)
        .await?;
    row.as_ref().map(Stored::read).transpose()
}

/// The SSO user of an organisation with this provider subject.
pub async fn user_by_external_subject(
    db: &Database,
    organization_id: &str,
    subject: &str,
) -> Result<Option<UserRow>> {
    let query = sqlx::query(
        "SELECT * FROM identity_users WHERE organization_id = $1 AND auth_source = 'oidc' AND external_subject = $2",
    )
    .bind(organization_id)
    .bind(subject);
    db.row(query, Stored::read).await
}

/// A user of an organisation by id.
pub async fn user_by_id(db: &Database, organization_id: &str, id: &str) -> Result<Option<UserRow>> {
    let row = Owned("identity_users")
        .get(db.pool(), organization_id, id)
        .await?;
    row.as_ref().map(Stored::read).transpose()
}

/// Which users a listing returns; empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFilter {
    /// Only members of this team.
    pub team_id: String,
    /// Only users holding this role organisation-wide, directly or through a team.
    pub role_id: String,
    /// Case-insensitive substring of the e-mail or display name.
    pub query: String,
}

/// A page of an organisation's users matching `filter`, by e-mail; fetches `limit + 1` rows.
pub async fn list_users(
    db: &Database,
    organization_id: &str,
    filter: &UserFilter,
    page: Page,
) -> Result<Vec<UserRow>> {
    Filtered::new("SELECT * FROM identity_users u")
        .bound("u.organization_id = ?", organization_id)
        .given(
            "EXISTS (SELECT 1 FROM identity_team_members m WHERE m.team_id = ? AND m.user_id = u.id)",
            &filter.team_id,
        )
        .given(
            "EXISTS (SELECT 1 FROM identity_role_bindings b
                 WHERE b.organization_id = u.organization_id AND b.role_id = ? AND b.resource_type IS NULL
                   AND (b.user_id = u.id OR b.team_id IN (SELECT team_id FROM identity_team_members WHERE user_id = u.id)))",
            &filter.role_id,
        )
        .containing(
            "LOWER(u.email) LIKE ? ESCAPE '\\' OR LOWER(u.display_name) LIKE ? ESCAPE '\\'",
            &filter.query.to_lowercase(),
        )
        .page_as::<Stored>(db, ("u.email", "email"), page)
        .await
}

/// Counts a failed log-in; locks the account once `max_failures` is reached.
pub async fn record_login_failure(
    db: &Database,
    user_id: &str,
    max_failures: i64,
    lock_until_us: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE identity_users SET failed_logins = failed_logins + 1,
             locked_until_us = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until_us END
         WHERE id = $1",
    )
    .bind(user_id)
    .bind(max_failures)
    .bind(lock_until_us)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Resets the failure count and records the log-in time.
pub async fn record_login_success(db: &Database, user_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE identity_users SET failed_logins = 0, locked_until_us = NULL, last_login_us = $2 WHERE id = $1",
    )
    .bind(user_id)
    .bind(now_micros())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Updates a user's profile columns.
pub async fn update_user(tx: &mut Transaction<'_, Any>, user: &UserRow) -> Result<bool> {
    let changed = sqlx::query(
        "UPDATE identity_users SET display_name = $3, active = $4, updated_at_us = $5
         WHERE organization_id = $1 AND id = $2",
    )
    .bind(&user.organization_id)
    .bind(&user.id)
    .bind(&user.display_name)
    .bind(flag(user.active))
    .bind(now_micros())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Deletes a user (their bindings are the caller's to delete in the same
/// transaction: [`super::bindings::delete_of`]).
pub async fn delete_user(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    id: &str,
) -> Result<bool> {
    Owned("identity_users")
        .delete(&mut **tx, organization_id, id)
        .await
}

/// Which of `user_ids` are users of the organisation.
pub async fn existing_users(
    db: &Database,
    organization_id: &str,
    user_ids: &[String],
) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for id in user_ids {
        if user_by_id(db, organization_id, id).await?.is_some() {
            found.push(id.clone());
        }
    }
    Ok(found)
}

/// Replaces a local user's password hash.
pub async fn set_password_hash(
    tx: &mut Transaction<'_, Any>,
    user_id: &str,
    password_hash: &str,
) -> Result<()> {
    sqlx::query("UPDATE identity_users SET password_hash = $2, updated_at_us = $3 WHERE id = $1")
        .bind(user_id)
        .bind(password_hash)
        .bind(now_micros())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Refuses the user's access tokens issued before `at_us`.
pub async fn set_sessions_valid_after(
    tx: &mut Transaction<'_, Any>,
    user_id: &str,
    at_us: i64,
) -> Result<()> {
    sqlx::query("UPDATE identity_users SET sessions_valid_after_us = $2 WHERE id = $1")
        .bind(user_id)
        .bind(at_us)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether a user is active and since when their sessions are valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionState {
    /// Deactivated users' credentials are refused.
    pub active: bool,
    /// Access tokens issued before this (µs) are refused.
    pub sessions_valid_after_us: i64,
}

/// A user's [`SessionState`]; `None` when the user does not exist.
pub async fn user_session_state(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Option<SessionState>> {
    let row = sqlx::query(
        "SELECT active, sessions_valid_after_us FROM identity_users WHERE organization_id = $1 AND id = $2",
    )
    .bind(organization_id)
    .bind(user_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok(SessionState {
            active: row.try_get::<i64, _>("active")? != 0,
            sessions_valid_after_us: row.try_get("sessions_valid_after_us")?,
        })
    })
    .transpose()
}
