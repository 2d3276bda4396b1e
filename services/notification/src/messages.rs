//! Ad-hoc messages (`SendNotification`, for people and for the workflow
//! service): a subject and body — rendered through the channel type's
//! `notification.message` template, or a saved one of that event type — to
//! channels of the organisation, queued for the courier with the
//! notification in one transaction, like routed ones. An escalation rule
//! for every event type (an empty `event_type`) escalates them too.

use secureflow_platform::db::{Database, micros_to_timestamp, now_micros};
use secureflow_platform::{Error, Result};

use crate::courier::Courier;
use crate::deliveries::{emailing, first_delivered, in_app, queued};
use crate::directory::Known;
use crate::domain::channels::Kind;
use crate::domain::escalation;
use crate::domain::invalid;
use crate::domain::rules::PRIORITIES;
use crate::domain::templates::{self, MESSAGE};
use crate::events::delivery_key;
use crate::store::channels as channel_store;
use crate::store::deliveries::{self as store, DeliveryRow};
use crate::store::escalation as escalation_store;
use crate::store::notifications::NotificationRow;
use crate::store::templates::TemplateRow;
use crate::templates::{Templates, rendered};

/// Longest subject, in characters.
pub const SUBJECT_MAX: usize = 1_000;

/// Longest body, in characters.
pub const BODY_MAX: usize = 40_000;

/// Most channels one message goes to.
pub const CHANNELS_MAX: usize = 50;

/// An ad-hoc message as asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// Subject.
    pub subject: String,
    /// Text.
    pub body: String,
    /// A saved `notification.message` template to render it with (empty:
    /// each channel type's own, or the shipped default).
    pub template_id: String,
    /// Channels.
    pub channel_ids: Vec<String>,
    /// Users (their inbox; an e-mail channel also writes to them).
    pub user_ids: Vec<String>,
    /// Teams whose members are told, as users are.
    pub team_ids: Vec<String>,
    /// Priority (`low` … `urgent`).
    pub priority: String,
}

/// Sends ad-hoc messages.
#[derive(Debug, Clone)]
pub struct Messages {
    db: Database,
    templates: Templates,
    courier: Courier,
}

/// Every problem of `message` at its field.
fn check(message: &Message) -> Result<()> {
    let mut problems = Vec::new();
    let field = |name: &str| format!("notification.{name}");
    if message.subject.trim().is_empty() {
        problems.push((field("subject"), "is required".to_owned()));
    } else if message.subject.chars().count() > SUBJECT_MAX {
        problems.push((
            field("subject"),
            format!("must be at most {SUBJECT_MAX} characters"),
        ));
    }
    if message.body.chars().count() > BODY_MAX {
        problems.push((
            field("body"),
            format!("must be at most {BODY_MAX} characters"),
        ));
    }
    if message.channel_ids.is_empty() && message.user_ids.is_empty() && message.team_ids.is_empty()
    {
        problems.push((
            field("channel_ids"),
            "name at least one channel to send to".to_owned(),
        ));
    } else if message.channel_ids.len() > CHANNELS_MAX {
        problems.push((
            field("channel_ids"),
            format!("at most {CHANNELS_MAX} channels"),
        ));
    }
    if !PRIORITIES.contains(&message.priority.as_str()) {
        problems.push((
            field("priority"),
            format!("must be one of {}", PRIORITIES.join(", ")),
        ));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

impl Messages {
    /// Over the service's database, its templates and the courier.
    pub fn new(db: Database, templates: Templates, courier: Courier) -> Self {
        Self {
            db,
            templates,
            courier,
        }
    }

    /// The saved template `id` of the organisation, which must be for
    /// `notification.message`.
    async fn template(&self, organization_id: &str, id: &str) -> Result<TemplateRow> {
        let shown = self.templates.get(organization_id, id).await.map_err(|_| {
            Error::invalid_field(
                "notification.template_id",
                format!("template `{id}` not found"),
            )
        })?;
        if shown.row.event_type != MESSAGE {
            return Err(Error::invalid_field(
                "notification.template_id",
                format!(
                    "template `{id}` is for `{}`; an ad-hoc message uses a `{MESSAGE}` template",
                    shown.row.event_type
                ),
            ));
        }
        Ok(shown.row)
    }

    /// Queues `message` to its channels; the notification and its
    /// deliveries (pending).
    pub async fn send(
        &self,
        organization_id: &str,
        message: Message,
    ) -> Result<(NotificationRow, Vec<DeliveryRow>)> {
        check(&message)?;
        let directory = self.courier.directory();
        // One lookup per person: the check's answers serve the message too.
        let mut known = Known::default();
        directory
            .check_named(
                &mut known,
                organization_id,
                "notification.",
                &message.user_ids,
                &message.team_ids,
            )
            .await?;
        let people = directory
            .people(
                &mut known,
                organization_id,
                &message.user_ids,
                &message.team_ids,
            )
            .await?;
        let mut channels = Vec::with_capacity(message.channel_ids.len());
        for (index, id) in message.channel_ids.iter().enumerate() {
            let at = format!("notification.channel_ids[{index}]");
            let Some(channel) = channel_store::get(&self.db, organization_id, id).await? else {
                return Err(Error::invalid_field(
                    at,
                    format!("channel `{id}` not found"),
                ));
            };
            if !channel.enabled {
                return Err(Error::invalid_field(
                    at,
                    format!("channel `{}` is switched off", channel.name),
                ));
            }
            channels.push(channel);
        }
        let chosen = match message.template_id.as_str() {
            "" => None,
            id => Some(self.template(organization_id, id).await?),
        };
        let now = now_micros();
        let id = uuid::Uuid::now_v7().to_string();
        let time = serde_json::to_value(micros_to_timestamp(now))
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        let mut context = templates::context(
            MESSAGE,
            &id,
            &time,
            serde_json::json!({"subject": message.subject, "body": message.body}),
            "",
            organization_id,
            "",
        );
        let rule = escalation_store::enabled(&self.db, organization_id)
            .await?
            .into_iter()
            .find(|row| escalation::applies(&row.rule, MESSAGE, &message.priority));
        let mut notification = NotificationRow {
            id,
            organization_id: organization_id.to_owned(),
            event_type: MESSAGE.to_owned(),
            template_id: message.template_id.clone(),
            subject: message.subject.clone(),
            body: message.body.clone(),
            priority: message.priority.clone(),
            channel_ids: channels.iter().map(|c| c.id.clone()).collect(),
            user_ids: message.user_ids.clone(),
            team_ids: message.team_ids.clone(),
            created_at_us: now,
            context: context.to_string(),
            escalation_rule_id: rule.as_ref().map(|r| r.id.clone()).unwrap_or_default(),
            escalate_after_us: rule
                .as_ref()
                .and_then(|r| r.rule.levels.first())
                .map_or(0, |level| level.after_ms.saturating_mul(1000)),
            ..NotificationRow::default()
        };
        let mut deliveries = Vec::with_capacity(channels.len());
        for channel in &channels {
            let template = match &chosen {
                Some(template) => template.clone(),
                None => {
                    self.templates
                        .resolve(organization_id, MESSAGE, channel.kind)
                        .await?
                }
            };
            let id = uuid::Uuid::now_v7().to_string();
            context["acknowledge_link"] =
                serde_json::Value::String(self.courier.links().link(organization_id, &id, now));
            let rendered = rendered(&template, &context, &message.priority);
            let key = delivery_key(&notification.id, "", &channel.id);
            let delivery = queued(id, &notification, channel, 0, key, rendered, now);
            deliveries.push(emailing(delivery, &people));
        }
        // Each person named: an item in their inbox, delivered as stored.
        for person in &people {
            let template = match &chosen {
                Some(template) => template.clone(),
                None => {
                    self.templates
                        .resolve(organization_id, MESSAGE, Kind::InApp)
                        .await?
                }
            };
            let id = uuid::Uuid::now_v7().to_string();
            context["acknowledge_link"] =
                serde_json::Value::String(self.courier.links().link(organization_id, &id, now));
            let rendered = rendered(&template, &context, &message.priority);
            let key = delivery_key(&notification.id, "", &format!("user:{}", person.id));
            deliveries.push(in_app(
                id,
                &notification,
                "",
                &person.id,
                key,
                rendered,
                now,
            ));
            first_delivered(&mut notification, now);
        }
        if let Some(first) = deliveries.first() {
            notification.subject = first.message.subject.clone();
            notification.body = first.message.body.clone();
        }
        let notifications = self.courier.notifications();
        let mut tx = self.db.begin().await?;
        notifications.insert(&mut tx, &notification).await?;
        for delivery in &deliveries {
            store::insert(&mut *tx, delivery).await?;
        }
        tx.commit().await?;
        notifications.forward_later([&notification]);
        self.courier.wake();
        Ok((notification, deliveries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_message_names_each_problem() {
        let error = check(&Message {
            subject: " ".into(),
            body: "x".repeat(BODY_MAX + 1),
            priority: "asap".into(),
            ..Message::default()
        })
        .expect_err("refused");
        let fields: Vec<_> = error.violations().iter().map(|v| v.field.clone()).collect();
        assert_eq!(
            fields,
            [
                "notification.subject",
                "notification.body",
                "notification.channel_ids",
                "notification.priority"
            ]
        );
        assert!(
            check(&Message {
                subject: "Deploy window".into(),
                channel_ids: vec!["c".into()],
                priority: "normal".into(),
                ..Message::default()
            })
            .is_ok()
        );
    }
}
