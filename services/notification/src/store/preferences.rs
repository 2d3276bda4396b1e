//! `notification_preferences`: each user's preferences, one row per user
//! of an organisation (none: nothing turned off).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, Owned};
use sqlx::any::AnyRow;
use sqlx::{Any, Executor, Row};

use super::{json, parse};
use crate::domain::preferences::{Preferences, QuietHours};

/// The preferences table.
pub const TABLE: Owned = Owned("notification_preferences");

/// A user's stored preferences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreferencesRow {
    /// Organisation.
    pub organization_id: String,
    /// The user.
    pub user_id: String,
    /// The preferences.
    pub preferences: Preferences,
    /// Updated, µs.
    pub updated_at_us: i64,
}

fn from_row(row: &AnyRow) -> Result<PreferencesRow> {
    Ok(PreferencesRow {
        organization_id: row.try_get("organization_id")?,
        user_id: row.try_get("user_id")?,
        preferences: Preferences {
            mutes: parse(&row.try_get::<String, _>("mutes")?)?,
            quiet_hours: QuietHours {
                start: row.try_get("quiet_start")?,
                end: row.try_get("quiet_end")?,
                time_zone: row.try_get("quiet_time_zone")?,
            },
        },
        updated_at_us: row.try_get("updated_at_us")?,
    })
}

/// `user_id`'s preferences in the organisation, if they saved any.
pub async fn get(
    db: &Database,
    organization_id: &str,
    user_id: &str,
) -> Result<Option<PreferencesRow>> {
    let query = sqlx::query(
        "SELECT * FROM notification_preferences WHERE organization_id = $1 AND user_id = $2",
    )
    .bind(organization_id.to_owned())
    .bind(user_id.to_owned());
    db.row(query, from_row).await
}

/// Stores `row`, replacing what the user had.
pub async fn save<'e, E: Executor<'e, Database = Any>>(
    executor: E,
    row: &PreferencesRow,
) -> Result<()> {
    let quiet = &row.preferences.quiet_hours;
    sqlx::query(
        "INSERT INTO notification_preferences (organization_id, user_id, mutes, quiet_start,
             quiet_end, quiet_time_zone, updated_at_us)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (organization_id, user_id) DO UPDATE SET mutes = excluded.mutes,
             quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end,
             quiet_time_zone = excluded.quiet_time_zone, updated_at_us = excluded.updated_at_us",
    )
    .bind(row.organization_id.clone())
    .bind(row.user_id.clone())
    .bind(json(&row.preferences.mutes)?)
    .bind(quiet.start.clone())
    .bind(quiet.end.clone())
    .bind(quiet.time_zone.clone())
    .bind(row.updated_at_us)
    .execute(executor)
    .await?;
    Ok(())
}
