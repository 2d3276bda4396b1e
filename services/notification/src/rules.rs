//! Subscription rules: saved after their conditions are checked and every
//! channel they name is found in the organisation; listed, changed and
//! deleted.

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_platform::{Error, Result};

use crate::channels::check_owned;
use crate::directory::{Directory, Known};
use crate::domain::rules::{self as domain, Rule};
use crate::store::rules::{self as store, RuleRow};

/// Fields `UpdateSubscriptionRule` may change.
const UPDATABLE: [&str; 14] = [
    "name",
    "event_types",
    "min_severity",
    "verdicts",
    "repository_ids",
    "branch",
    "channel_ids",
    "user_ids",
    "team_ids",
    "notify_assignee",
    "priority",
    "group_window",
    "mandatory",
    "enabled",
];

/// The subscription rules of every organisation.
#[derive(Debug, Clone)]
pub struct Rules {
    db: Database,
    directory: Directory,
}

impl Rules {
    /// Over the service's database.
    pub fn new(db: Database, directory: Directory) -> Self {
        Self { db, directory }
    }

    /// Checks `rule` and that its channels are the organisation's.
    async fn check(&self, organization_id: &str, rule: &Rule) -> Result<()> {
        domain::check(rule)?;
        check_owned(
            &self.db,
            organization_id,
            "subscription_rule.",
            &rule.channel_ids,
        )
        .await?;
        self.directory
            .check_named(
                &mut Known::default(),
                organization_id,
                "subscription_rule.",
                &rule.user_ids,
                &rule.team_ids,
            )
            .await
    }

    /// Creates a rule (enabled).
    pub async fn create(&self, organization_id: &str, mut rule: Rule) -> Result<RuleRow> {
        rule.name = rule.name.trim().to_owned();
        rule.enabled = true;
        if rule.priority.is_empty() {
            rule.priority = "normal".to_owned();
        }
        self.check(organization_id, &rule).await?;
        let row = RuleRow::new(organization_id, rule);
        store::insert(self.db.writer(), &row)
            .await
            .map_err(|error| crate::domain::taken(error, "a subscription rule", &row.rule.name))?;
        Ok(row)
    }

    /// The organisation's rule `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<RuleRow> {
        store::get(&self.db, organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("subscription rule", id))
    }

    /// A page of the organisation's rules (`event_type`: those matching it).
    pub async fn list(
        &self,
        organization_id: &str,
        event_type: &str,
        page: Page,
    ) -> Result<Vec<RuleRow>> {
        let mut rows = store::list(&self.db, organization_id, page).await?;
        if !event_type.is_empty() {
            rows.retain(|row| row.rule.event_types.iter().any(|t| t == event_type));
        }
        Ok(rows)
    }

    /// Applies the fields `mask` names (every updatable one when empty).
    pub async fn update(
        &self,
        organization_id: &str,
        id: &str,
        change: Rule,
        mask: &[String],
    ) -> Result<RuleRow> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let mut row = self.get(organization_id, id).await?;
        let rule = &mut row.rule;
        for field in fields {
            match field {
                "name" => rule.name = change.name.trim().to_owned(),
                "event_types" => rule.event_types = change.event_types.clone(),
                "min_severity" => rule.min_severity = change.min_severity.clone(),
                "verdicts" => rule.verdicts = change.verdicts.clone(),
                "repository_ids" => rule.repository_ids = change.repository_ids.clone(),
                "branch" => rule.branch = change.branch.clone(),
                "channel_ids" => rule.channel_ids = change.channel_ids.clone(),
                "user_ids" => rule.user_ids = change.user_ids.clone(),
                "team_ids" => rule.team_ids = change.team_ids.clone(),
                "notify_assignee" => rule.notify_assignee = change.notify_assignee,
                "priority" => rule.priority = change.priority.clone(),
                "group_window" => rule.group_window_ms = change.group_window_ms,
                "mandatory" => rule.mandatory = change.mandatory,
                _ => rule.enabled = change.enabled,
            }
        }
        self.check(organization_id, &row.rule).await?;
        row.updated_at_us = now_micros();
        let found = store::update(self.db.writer(), &row)
            .await
            .map_err(|error| crate::domain::taken(error, "a subscription rule", &row.rule.name))?;
        Error::not_found_unless(found, "subscription rule", id)?;
        Ok(row)
    }

    /// Deletes the organisation's rule `id`.
    pub async fn delete(&self, organization_id: &str, id: &str) -> Result<()> {
        let found = store::delete(&self.db, organization_id, id).await?;
        Error::not_found_unless(found, "subscription rule", id)
    }
}
