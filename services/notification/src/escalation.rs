//! Escalation: the rules (saved after their levels are checked and every
//! channel they name is found in the organisation; listed, changed,
//! deleted), and the escalating itself ([`escalate_due`]): a notification
//! with a rule, first delivered and not acknowledged within a level's delay,
//! is sent to that level's channels — one delivery per channel and level,
//! keyed so that two processes, or a restart, never send a level twice —
//! until it is acknowledged or the levels run out. What is due lives in the
//! database (`escalate_at_us`), so escalation survives restarts.

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_platform::{Error, Result};

use crate::channels::check_owned;
use crate::courier::Courier;
use crate::deliveries::{emailing, for_person, has_destination, in_app, queued, writes_to_people};
use crate::directory::{self, Directory, Known};
use crate::domain::channels::Kind;
use crate::domain::escalation::{self as domain, EscalationRule};
use crate::events::delivery_key;
use crate::store::channels as channel_store;
use crate::store::deliveries::{self as deliveries, Rendered};
use crate::store::escalation::{self as store, EscalationRow};
use crate::store::notifications::{self, NotificationRow};
use crate::templates::rendered;

/// Fields `UpdateEscalationRule` may change.
const UPDATABLE: [&str; 5] = ["name", "event_type", "min_priority", "levels", "enabled"];

/// Notifications escalated per look.
const LOOK: i64 = 256;

/// The escalation rules of every organisation.
#[derive(Debug, Clone)]
pub struct EscalationRules {
    db: Database,
    directory: Directory,
}

impl EscalationRules {
    /// Over the service's database.
    pub fn new(db: Database, directory: Directory) -> Self {
        Self { db, directory }
    }

    /// Checks `rule` and that its channels are the organisation's.
    async fn check(&self, organization_id: &str, rule: &EscalationRule) -> Result<()> {
        domain::check(rule)?;
        for (level, step) in rule.levels.iter().enumerate() {
            let field = format!("escalation_rule.levels[{level}].");
            check_owned(&self.db, organization_id, &field, &step.channel_ids).await?;
            self.directory
                .check_named(
                    &mut Known::default(),
                    organization_id,
                    &format!("escalation_rule.levels[{level}]."),
                    &step.user_ids,
                    &step.team_ids,
                )
                .await?;
        }
        Ok(())
    }

    /// Creates a rule (enabled).
    pub async fn create(
        &self,
        organization_id: &str,
        mut rule: EscalationRule,
    ) -> Result<EscalationRow> {
        rule.name = rule.name.trim().to_owned();
        rule.enabled = true;
        self.check(organization_id, &rule).await?;
        let row = EscalationRow::new(organization_id, rule);
        store::insert(self.db.writer(), &row)
            .await
            .map_err(|error| crate::domain::taken(error, "an escalation rule", &row.rule.name))?;
        Ok(row)
    }

    /// The organisation's rule `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<EscalationRow> {
        store::get(&self.db, organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("escalation rule", id))
    }

    /// A page of the organisation's rules.
    pub async fn list(&self, organization_id: &str, page: Page) -> Result<Vec<EscalationRow>> {
        store::list(&self.db, organization_id, page).await
    }

    /// Applies the fields `mask` names (every updatable one when empty).
    pub async fn update(
        &self,
        organization_id: &str,
        id: &str,
        change: EscalationRule,
        mask: &[String],
    ) -> Result<EscalationRow> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let mut row = self.get(organization_id, id).await?;
        let rule = &mut row.rule;
        for field in fields {
            match field {
                "name" => rule.name = change.name.trim().to_owned(),
                "event_type" => rule.event_type = change.event_type.clone(),
                "min_priority" => rule.min_priority = change.min_priority.clone(),
                "levels" => rule.levels = change.levels.clone(),
                _ => rule.enabled = change.enabled,
            }
        }
        self.check(organization_id, &row.rule).await?;
        row.updated_at_us = now_micros();
        let found = store::update(self.db.writer(), &row)
            .await
            .map_err(|error| crate::domain::taken(error, "an escalation rule", &row.rule.name))?;
        Error::not_found_unless(found, "escalation rule", id)?;
        Ok(row)
    }

    /// Deletes the organisation's rule `id` (notifications it was escalating
    /// stop at their next level).
    pub async fn delete(&self, organization_id: &str, id: &str) -> Result<()> {
        let found = store::delete(&self.db, organization_id, id).await?;
        Error::not_found_unless(found, "escalation rule", id)
    }
}

/// The message of escalation `level` of `notification` for a channel whose
/// template is `template`: the template rendered with the notification's
/// context, the subject and text saying it was not acknowledged.
fn escalation_message(
    notification: &NotificationRow,
    template: Option<&crate::store::templates::TemplateRow>,
    level: i32,
    acknowledge_link: String,
) -> Rendered {
    let mut context: serde_json::Value =
        serde_json::from_str(&notification.context).unwrap_or_default();
    context["acknowledge_link"] = serde_json::Value::String(acknowledge_link);
    let mut message = match template {
        Some(template) => rendered(template, &context, &notification.priority),
        None => Rendered {
            subject: notification.subject.clone(),
            body: notification.body.clone(),
            html_body: String::new(),
            data: context["event"].to_string(),
            priority: notification.priority.clone(),
        },
    };
    let prefix = format!("[Escalated, level {level}: not acknowledged]");
    message.subject = format!("{prefix} {}", message.subject);
    message.body = format!("{prefix}\n{}", message.body);
    message
}

/// Escalates every notification whose next level is due now; how many
/// deliveries were queued. Each notification moves one level in its own
/// transaction, with its deliveries, on the condition that it is still at
/// the level read and not acknowledged.
pub async fn escalate_due(courier: &Courier) -> Result<usize> {
    let mut queued_count = 0;
    loop {
        let due = courier
            .notifications()
            .escalations_due(now_micros(), LOOK)
            .await?;
        if due.is_empty() {
            return Ok(queued_count);
        }
        let mut moved = 0;
        for notification in due {
            let (count, stepped) = escalate(courier, &notification).await?;
            queued_count += count;
            moved += usize::from(stepped);
        }
        if moved == 0 {
            return Ok(queued_count);
        }
    }
}

/// Moves `notification` to its next level; (deliveries queued, whether it
/// moved).
async fn escalate(courier: &Courier, notification: &NotificationRow) -> Result<(usize, bool)> {
    let (db, templates, links) = (courier.db(), courier.templates(), courier.links());
    let organization_id = &notification.organization_id;
    let from = notification.escalation_level;
    let to = from + 1;
    let rule = store::get(db, organization_id, &notification.escalation_rule_id)
        .await?
        .filter(|row| row.rule.enabled);
    let level = rule.as_ref().and_then(|row| {
        row.rule
            .levels
            .get(usize::try_from(from).unwrap_or(usize::MAX))
    });
    let (Some(rule), Some(level)) = (rule.as_ref(), level) else {
        // The rule was deleted, switched off or shortened: escalation stops.
        let stopped = notifications::escalated(
            db.writer(),
            organization_id,
            &notification.id,
            from,
            from,
            None,
        )
        .await?;
        return Ok((0, stopped));
    };
    let now = now_micros();
    let mut queued_rows = Vec::new();
    let people = directory::or_nobody(
        courier
            .directory()
            .people(
                &mut Known::default(),
                organization_id,
                &level.user_ids,
                &level.team_ids,
            )
            .await,
        "the people an escalation level names",
    )?;
    for person in &people {
        let template = match notification.event_type.as_str() {
            "" => None,
            event_type => Some(
                templates
                    .resolve(organization_id, event_type, Kind::InApp)
                    .await?,
            ),
        };
        let id = uuid::Uuid::now_v7().to_string();
        let link = links.link(organization_id, &id, now);
        let message = escalation_message(notification, template.as_ref(), to, link);
        let key = delivery_key(
            &notification.id,
            &format!("escalation:{}:{to}", rule.id),
            &format!("user:{}", person.id),
        );
        let mut item = in_app(id, notification, "", &person.id, key, message, now);
        item.escalation_level = to;
        queued_rows.push(item);
    }
    for channel_id in &level.channel_ids {
        let Some(channel) = channel_store::get(db, organization_id, channel_id).await? else {
            continue;
        };
        if !channel.enabled {
            continue;
        }
        let template = match notification.event_type.as_str() {
            "" => None,
            event_type => Some(
                templates
                    .resolve(organization_id, event_type, channel.kind)
                    .await?,
            ),
        };
        let level_key = format!("escalation:{}:{to}", rule.id);
        if writes_to_people(&channel) {
            for person in people.iter().filter(|person| !person.email.is_empty()) {
                let id = uuid::Uuid::now_v7().to_string();
                let link = links.link(organization_id, &id, now);
                let message = escalation_message(notification, template.as_ref(), to, link);
                let recipient = format!("{}:user:{}", channel.id, person.id);
                let key = delivery_key(&notification.id, &level_key, &recipient);
                queued_rows.push(for_person(
                    queued(id, notification, &channel, to, key, message, now),
                    person,
                ));
            }
            if !has_destination(&channel) {
                continue;
            }
        }
        let id = uuid::Uuid::now_v7().to_string();
        let link = links.link(organization_id, &id, now);
        let message = escalation_message(notification, template.as_ref(), to, link);
        let key = delivery_key(&notification.id, &level_key, &channel.id);
        let delivery = queued(id, notification, &channel, to, key, message, now);
        queued_rows.push(emailing(delivery, &people));
    }
    let next_at = notification
        .first_delivered_at_us
        .and_then(|first| domain::due_at(&rule.rule, usize::try_from(to + 1).ok()?, first));
    let mut tx = db.begin().await?;
    if !notifications::escalated(
        &mut *tx,
        organization_id,
        &notification.id,
        from,
        to,
        next_at,
    )
    .await?
    {
        return Ok((0, false));
    }
    let mut count = 0;
    for row in &queued_rows {
        if deliveries::insert(&mut *tx, row).await? {
            count += 1;
        }
    }
    tx.commit().await?;
    tracing::info!(
        notification = %notification.id,
        level = to,
        deliveries = count,
        "a notification nobody acknowledged was escalated"
    );
    Ok((count, true))
}
