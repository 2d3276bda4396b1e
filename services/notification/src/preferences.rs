//! Each user's preferences, read and changed by the user themself (the
//! caller's own; nobody sets another's), and applied when people are told:
//! a muted event type does not reach the user on that channel type unless
//! the rule is mandatory or it is an escalation; during quiet hours the
//! user's e-mail waits for their digest (urgent and mandatory rules, and
//! escalations, still arrive at once).

use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::update_mask;

use crate::domain::preferences::{self as domain, Preferences};
use crate::store::preferences::{self as store, PreferencesRow};

/// Fields `UpdatePreferences` may change.
const UPDATABLE: [&str; 2] = ["mutes", "quiet_hours"];

/// The preferences of every user.
#[derive(Debug, Clone)]
pub struct UserPreferences {
    db: Database,
}

impl UserPreferences {
    /// Over the service's database.
    pub fn new(db: Database) -> Self {
        Self { db }
    }

    /// `user_id`'s preferences (nothing turned off when never saved).
    pub async fn get(&self, organization_id: &str, user_id: &str) -> Result<PreferencesRow> {
        Ok(store::get(&self.db, organization_id, user_id)
            .await?
            .unwrap_or_else(|| PreferencesRow {
                organization_id: organization_id.to_owned(),
                user_id: user_id.to_owned(),
                preferences: Preferences::default(),
                updated_at_us: 0,
            }))
    }

    /// Applies the fields `mask` names (both when empty).
    pub async fn update(
        &self,
        organization_id: &str,
        user_id: &str,
        change: Preferences,
        mask: &[String],
    ) -> Result<PreferencesRow> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let mut row = self.get(organization_id, user_id).await?;
        for field in fields {
            match field {
                "mutes" => row.preferences.mutes = change.mutes.clone(),
                _ => row.preferences.quiet_hours = change.quiet_hours.clone(),
            }
        }
        domain::check(&row.preferences)?;
        row.updated_at_us = now_micros();
        store::save(self.db.writer(), &row).await?;
        Ok(row)
    }
}
