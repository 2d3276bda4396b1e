//! What a subscription rule sends about an event, or about a group of
//! events released together ([`Planner::notify`]): the notification, one
//! delivery per channel (its message rendered with the channel type's
//! template, keyed by (event, rule, channel)), one in-app item per person,
//! the people's addresses on the rule's e-mail channels and a direct
//! message to each on its Slack channels with `direct_messages` — minus
//! those who muted the event type there, and those in their quiet hours,
//! whose copy waits in their digest ([`crate::holds`]). The reads the events of one batch share
//! are made once ([`Lookups`]). Nothing here writes until
//! [`Planned::store`], inside the caller's transaction.

use std::collections::{BTreeSet, HashMap};

use secureflow_platform::Result;
use serde_json::{Value, json};

use crate::courier::Courier;
use crate::deliveries::{
    first_delivered, for_person, has_destination, in_app, queued, writes_to_people,
};
use crate::directory::{self, Known, Person};
use crate::domain::channels::{self as domain_channels, Kind};
use crate::domain::escalation;
use crate::domain::preferences::{self, Preferences};
use crate::events::delivery_key;
use crate::store::channels::{self as channel_store, ChannelRow};
use crate::store::deliveries::{self as store, DeliveryRow, Rendered};
use crate::store::escalation::{self as escalation_store, EscalationRow};
use crate::store::holds::{self as hold_store, HeldItem, HoldKind, HoldRow};
use crate::store::notifications::{NotificationRow, Notifications};
use crate::store::preferences as preference_store;
use crate::store::repositories;
use crate::store::rules::{self as rule_store, RuleRow};
use crate::store::templates::TemplateRow;
use crate::templates::rendered;

/// The priority quiet hours let through.
pub const URGENT: &str = "urgent";

/// The reads the events of one batch share, each made once: the
/// organisations' rules, channels, templates, repository names, escalation
/// rules, people and preferences.
#[derive(Default)]
pub struct Lookups {
    rules: HashMap<String, Vec<RuleRow>>,
    channels: HashMap<(String, String), Option<ChannelRow>>,
    templates: HashMap<(String, String, &'static str), TemplateRow>,
    repositories: HashMap<(String, String), Option<String>>,
    escalations: HashMap<String, Vec<EscalationRow>>,
    people: Known,
    preferences: HashMap<(String, String), Preferences>,
}

/// What a notification is about.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    /// The event type.
    pub event_type: &'a str,
    /// The event (of a group: its first).
    pub event_id: &'a str,
    /// What delivery keys start from: the event, or the group.
    pub key: &'a str,
    /// The vulnerabilities concerned (their assignees may be told).
    pub vulnerability_ids: &'a [String],
}

/// What routing or a release calls for, written together.
#[derive(Debug, Default)]
pub struct Planned {
    /// Notifications.
    pub notifications: Vec<NotificationRow>,
    /// Their deliveries.
    pub deliveries: Vec<DeliveryRow>,
    /// Items joining a hold (a group's events, a digest's messages).
    pub held: Vec<(HoldRow, HeldItem)>,
}

impl Planned {
    /// Adds `other`'s rows.
    pub fn extend(&mut self, other: Planned) {
        self.notifications.extend(other.notifications);
        self.deliveries.extend(other.deliveries);
        self.held.extend(other.held);
    }

    /// Writes it in `tx`, its notifications into `notifications`; how many
    /// deliveries were queued (one already there by its key is not queued
    /// again). After the commit, [`Notifications::forward_later`] its notifications.
    pub async fn store(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Any>,
        notifications: &Notifications,
    ) -> Result<usize> {
        for notification in &self.notifications {
            notifications.insert(tx, notification).await?;
        }
        let mut queued = 0;
        for delivery in &self.deliveries {
            if store::insert(&mut **tx, delivery).await? {
                queued += 1;
            }
        }
        for (hold, item) in &self.held {
            hold_store::join(tx, hold, item).await?;
        }
        Ok(queued)
    }
}

/// A message held for a user's digest (the payload of a digest's item).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Digested {
    /// Event type of the message.
    pub event_type: String,
    /// When it would have been sent, µs.
    pub at_us: i64,
    /// The user's address.
    pub email: String,
    /// Its subject.
    pub subject: String,
    /// Its text body.
    pub body: String,
    /// Its HTML body.
    pub html_body: String,
}

/// Plans notifications with the courier's database, directory, templates
/// and links.
#[derive(Clone)]
pub struct Planner {
    courier: Courier,
}

impl Planner {
    /// Over `courier`'s parts.
    pub fn new(courier: Courier) -> Self {
        Self { courier }
    }

    /// The courier.
    pub fn courier(&self) -> &Courier {
        &self.courier
    }

    /// The organisation's enabled rules.
    pub async fn rules<'l>(
        &self,
        lookups: &'l mut Lookups,
        organization_id: &str,
    ) -> Result<&'l [RuleRow]> {
        if !lookups.rules.contains_key(organization_id) {
            let rules = rule_store::enabled(self.courier.db(), organization_id).await?;
            lookups.rules.insert(organization_id.to_owned(), rules);
        }
        Ok(lookups
            .rules
            .get(organization_id)
            .map(Vec::as_slice)
            .unwrap_or_default())
    }

    /// The organisation's first enabled escalation rule that applies to a
    /// notification of `event_type` at `priority`.
    async fn escalation(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        event_type: &str,
        priority: &str,
    ) -> Result<Option<EscalationRow>> {
        if !lookups.escalations.contains_key(organization_id) {
            let rules = escalation_store::enabled(self.courier.db(), organization_id).await?;
            lookups
                .escalations
                .insert(organization_id.to_owned(), rules);
        }
        Ok(lookups
            .escalations
            .get(organization_id)
            .and_then(|rules| {
                rules
                    .iter()
                    .find(|row| escalation::applies(&row.rule, event_type, priority))
            })
            .cloned())
    }

    /// The people `user_ids` and the members of `team_ids` name. The
    /// identity service busy or starting fails the batch (it is offered
    /// again); a lasting refusal is logged and the people left out, so the
    /// channels still hear.
    async fn people(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        user_ids: &[String],
        team_ids: &[String],
    ) -> Result<Vec<Person>> {
        if user_ids.is_empty() && team_ids.is_empty() {
            return Ok(Vec::new());
        }
        directory::or_nobody(
            self.courier
                .directory()
                .people(&mut lookups.people, organization_id, user_ids, team_ids)
                .await,
            "the people a rule names",
        )
    }

    /// The users the vulnerabilities are assigned to (a refusal of the
    /// security service is handled as [`Planner::people`] does).
    async fn assignees(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        vulnerability_ids: &[String],
    ) -> Result<Vec<String>> {
        if vulnerability_ids.is_empty() {
            return Ok(Vec::new());
        }
        directory::or_nobody(
            self.courier
                .directory()
                .assignees(&mut lookups.people, organization_id, vulnerability_ids)
                .await,
            "the vulnerabilities' assignees",
        )
    }

    async fn preferences<'l>(
        &self,
        lookups: &'l mut Lookups,
        organization_id: &str,
        user_id: &str,
    ) -> Result<&'l Preferences> {
        let key = (organization_id.to_owned(), user_id.to_owned());
        if !lookups.preferences.contains_key(&key) {
            let saved = preference_store::get(self.courier.db(), organization_id, user_id)
                .await?
                .map(|row| row.preferences)
                .unwrap_or_default();
            lookups.preferences.insert(key.clone(), saved);
        }
        Ok(lookups.preferences.entry(key).or_default())
    }

    /// Whether `person` hears `event_type` on channels of `kind` from
    /// `rule` (a mandatory rule is heard whatever the preferences say).
    async fn muted(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        rule: &RuleRow,
        user_id: &str,
        event_type: &str,
        kind: Kind,
    ) -> Result<bool> {
        if rule.rule.mandatory {
            return Ok(false);
        }
        let preferences = self.preferences(lookups, organization_id, user_id).await?;
        Ok(preferences::muted(preferences, event_type, kind))
    }

    /// How `rule`'s message about `event_type` reaches `person` at their
    /// address on channels of `kind` at `now_us`: not at all (no address,
    /// or they muted it there), now, or held for their digest until their
    /// quiet hours end (never for an urgent or mandatory rule).
    async fn reach(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        rule: &RuleRow,
        person: &Person,
        (event_type, kind): (&str, Kind),
        now_us: i64,
    ) -> Result<Reach> {
        if person.email.is_empty()
            || self
                .muted(lookups, organization_id, rule, &person.id, event_type, kind)
                .await?
        {
            return Ok(Reach::Not);
        }
        if rule.rule.mandatory || rule.rule.priority == URGENT {
            return Ok(Reach::Now);
        }
        let preferences = self
            .preferences(lookups, organization_id, &person.id)
            .await?;
        Ok(
            match preferences::quiet_until(&preferences.quiet_hours, now_us) {
                Some(until_us) => Reach::HeldUntil(until_us),
                None => Reach::Now,
            },
        )
    }

    /// The organisation's channel `id`.
    pub async fn channel(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<ChannelRow>> {
        let key = (organization_id.to_owned(), id.to_owned());
        if let Some(channel) = lookups.channels.get(&key) {
            return Ok(channel.clone());
        }
        let channel = channel_store::get(self.courier.db(), organization_id, id).await?;
        lookups.channels.insert(key, channel.clone());
        Ok(channel)
    }

    /// The template of `event_type` for channels of `kind`.
    pub async fn template(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        event_type: &str,
        kind: Kind,
    ) -> Result<TemplateRow> {
        let key = (
            organization_id.to_owned(),
            event_type.to_owned(),
            kind.name(),
        );
        if let Some(template) = lookups.templates.get(&key) {
            return Ok(template.clone());
        }
        let template = self
            .courier
            .templates()
            .resolve(organization_id, event_type, kind)
            .await?;
        lookups.templates.insert(key, template.clone());
        Ok(template)
    }

    /// The full name of the organisation's repository `id`, if known.
    pub async fn repository(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<String>> {
        if id.is_empty() {
            return Ok(None);
        }
        let key = (organization_id.to_owned(), id.to_owned());
        if let Some(name) = lookups.repositories.get(&key) {
            return Ok(name.clone());
        }
        let name = repositories::full_name(self.courier.db(), organization_id, id).await?;
        lookups.repositories.insert(key, name.clone());
        Ok(name)
    }

    /// `message`, rendered for a delivery `id` made now: `context` with the
    /// delivery's own acknowledgement link.
    fn render(
        &self,
        template: &TemplateRow,
        context: &mut Value,
        organization_id: &str,
        id: &str,
        priority: &str,
        now_us: i64,
    ) -> Rendered {
        context["acknowledge_link"] =
            Value::String(self.courier.links().link(organization_id, id, now_us));
        rendered(template, context, priority)
    }

    /// What `rule` sends about `about`, rendered with `context`: nothing
    /// when none of its channels or people is left to tell.
    pub async fn notify(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        rule: &RuleRow,
        about: About<'_>,
        context: &mut Value,
        now: i64,
    ) -> Result<Planned> {
        let mut planned = Planned::default();
        let priority = rule.rule.priority.as_str();
        let escalation = self
            .escalation(lookups, organization_id, about.event_type, priority)
            .await?;
        let mut notification = NotificationRow {
            id: uuid::Uuid::now_v7().to_string(),
            organization_id: organization_id.to_owned(),
            event_id: about.event_id.to_owned(),
            event_type: about.event_type.to_owned(),
            rule_id: rule.id.clone(),
            priority: priority.to_owned(),
            user_ids: rule.rule.user_ids.clone(),
            team_ids: rule.rule.team_ids.clone(),
            created_at_us: now,
            context: context.to_string(),
            escalation_rule_id: escalation
                .as_ref()
                .map(|e| e.id.clone())
                .unwrap_or_default(),
            escalate_after_us: escalation
                .as_ref()
                .and_then(|e| e.rule.levels.first())
                .map_or(0, |level| level.after_ms.saturating_mul(1000)),
            ..NotificationRow::default()
        };
        let mut deliveries = Vec::new();
        // People: those the rule names (their inbox; its e-mail channels
        // also write to their addresses), and those its in-app channels name.
        let mut user_ids = rule.rule.user_ids.clone();
        if rule.rule.notify_assignee {
            user_ids.extend(
                self.assignees(lookups, organization_id, about.vulnerability_ids)
                    .await?,
            );
        }
        let named = self
            .people(lookups, organization_id, &user_ids, &rule.rule.team_ids)
            .await?;
        let mut inbox: Vec<(String, Person)> = named
            .iter()
            .map(|person| (String::new(), person.clone()))
            .collect();
        for channel_id in &rule.rule.channel_ids {
            let Some(channel) = self.channel(lookups, organization_id, channel_id).await? else {
                continue;
            };
            if !channel.enabled {
                continue;
            }
            let listed = |key: &str| {
                channel
                    .settings
                    .get(key)
                    .map(|value| domain_channels::list(value))
                    .unwrap_or_default()
            };
            if channel.kind == Kind::InApp {
                let members = self
                    .people(
                        lookups,
                        organization_id,
                        &listed("user_ids"),
                        &listed("team_ids"),
                    )
                    .await?;
                inbox.extend(
                    members
                        .into_iter()
                        .map(|person| (channel.id.clone(), person)),
                );
                continue;
            }
            let template = self
                .template(lookups, organization_id, about.event_type, channel.kind)
                .await?;
            if writes_to_people(&channel) {
                for person in &named {
                    let reach = self
                        .reach(
                            lookups,
                            organization_id,
                            rule,
                            person,
                            (about.event_type, channel.kind),
                            now,
                        )
                        .await?;
                    if reach == Reach::Not {
                        continue;
                    }
                    let id = uuid::Uuid::now_v7().to_string();
                    let message =
                        self.render(&template, context, organization_id, &id, priority, now);
                    let recipient = format!("{}:user:{}", channel.id, person.id);
                    let key = delivery_key(about.key, &rule.id, &recipient);
                    let direct = for_person(
                        queued(id, &notification, &channel, 0, key, message, now),
                        person,
                    );
                    match reach {
                        Reach::HeldUntil(until) => planned.held.push(digest_item(
                            &notification,
                            &channel,
                            person,
                            &direct,
                            until,
                            now,
                        )?),
                        _ => deliveries.push(direct),
                    }
                }
                if !has_destination(&channel) {
                    continue;
                }
            }
            let id = uuid::Uuid::now_v7().to_string();
            let message = self.render(&template, context, organization_id, &id, priority, now);
            let key = delivery_key(about.key, &rule.id, &channel.id);
            let mut delivery = queued(id, &notification, &channel, 0, key, message, now);
            if channel.kind == Kind::Email {
                for person in &named {
                    match self
                        .reach(
                            lookups,
                            organization_id,
                            rule,
                            person,
                            (about.event_type, Kind::Email),
                            now,
                        )
                        .await?
                    {
                        Reach::Not => {}
                        Reach::Now => delivery.recipients.push(person.email.clone()),
                        Reach::HeldUntil(until) => planned.held.push(digest_item(
                            &notification,
                            &channel,
                            person,
                            &delivery,
                            until,
                            now,
                        )?),
                    }
                }
                // Everyone it was for is muted or quiet, and the channel
                // has no addresses of its own: nothing to send.
                if delivery.recipients.is_empty() && listed("to").is_empty() {
                    continue;
                }
            }
            deliveries.push(delivery);
        }
        // One in-app item per person, however many ways they are named.
        let mut seen = BTreeSet::new();
        for (channel_id, person) in inbox {
            if !seen.insert(person.id.clone())
                || self
                    .muted(
                        lookups,
                        organization_id,
                        rule,
                        &person.id,
                        about.event_type,
                        Kind::InApp,
                    )
                    .await?
            {
                continue;
            }
            let template = self
                .template(lookups, organization_id, about.event_type, Kind::InApp)
                .await?;
            let id = uuid::Uuid::now_v7().to_string();
            let message = self.render(&template, context, organization_id, &id, priority, now);
            let key = delivery_key(about.key, &rule.id, &format!("user:{}", person.id));
            deliveries.push(in_app(
                id,
                &notification,
                &channel_id,
                &person.id,
                key,
                message,
                now,
            ));
            // Stored is delivered: the escalation clock starts now.
            first_delivered(&mut notification, now);
        }
        // The notification's own subject and body: its first channel's (or
        // its first held message's).
        let first = deliveries
            .first()
            .map(|d| (d.message.subject.clone(), d.message.body.clone()))
            .or_else(|| {
                planned.held.first().and_then(|(_, item)| {
                    serde_json::from_str::<Digested>(&item.payload)
                        .ok()
                        .map(|held| (held.subject, held.body))
                })
            });
        let Some((subject, body)) = first else {
            return Ok(planned);
        };
        notification.subject = subject;
        notification.body = body;
        notification.channel_ids = deliveries
            .iter()
            .map(|d| d.channel_id.clone())
            .filter(|id| !id.is_empty())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        planned.notifications.push(notification);
        planned.deliveries.extend(deliveries);
        Ok(planned)
    }
}

/// How a rule's message reaches a person at their address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Not at all: they have no address, or muted it on that kind of channel.
    Not,
    /// Now.
    Now,
    /// In their digest, when their quiet hours end (µs).
    HeldUntil(i64),
}

/// `person`'s copy of `delivery` (an e-mail on `channel`), held for their
/// digest until `until_us`.
fn digest_item(
    notification: &NotificationRow,
    channel: &ChannelRow,
    person: &Person,
    delivery: &DeliveryRow,
    until_us: i64,
    now_us: i64,
) -> Result<(HoldRow, HeldItem)> {
    let held = Digested {
        event_type: notification.event_type.clone(),
        at_us: now_us,
        email: person.email.clone(),
        subject: delivery.message.subject.clone(),
        body: delivery.message.body.clone(),
        html_body: delivery.message.html_body.clone(),
    };
    let hold = HoldRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: notification.organization_id.clone(),
        hold_key: format!("digest:{}:{}", person.id, channel.id),
        kind: HoldKind::Digest,
        rule_id: String::new(),
        user_id: person.id.clone(),
        channel_id: channel.id.clone(),
        event_type: String::new(),
        opened_at_us: now_us,
        due_at_us: until_us,
        version: 1,
    };
    let item = HeldItem {
        item_key: format!("{}:{}", delivery.idempotency_key, person.id),
        created_at_us: now_us,
        payload: serde_json::to_string(&held).map_err(secureflow_platform::Error::internal)?,
    };
    Ok((hold, item))
}

/// The context of a group's message from its events' contexts, in the
/// order they came: the last event's (the state now), with `events` every
/// event and — for `vulnerability.detected` — every vulnerability found,
/// each once.
pub fn grouped(contexts: Vec<Value>) -> Value {
    let events: Vec<Value> = contexts
        .iter()
        .map(|context| context["event"].clone())
        .collect();
    let mut vulnerabilities = Vec::new();
    let mut seen = BTreeSet::new();
    for event in &events {
        for vulnerability in event["vulnerabilities"].as_array().into_iter().flatten() {
            let id = vulnerability["vulnerability_id"]
                .as_str()
                .unwrap_or_default();
            if id.is_empty() || seen.insert(id.to_owned()) {
                vulnerabilities.push(vulnerability.clone());
            }
        }
    }
    let mut context = contexts.into_iter().last().unwrap_or_else(|| json!({}));
    if context["event"]["vulnerabilities"].is_array() {
        context["event"]["vulnerabilities"] = Value::Array(vulnerabilities);
    }
    context["events"] = Value::Array(events);
    context
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_reads_as_its_last_event_with_every_vulnerability_once() {
        let found = |id: &str, vulnerabilities: Value| json!({"event": {"id": id, "vulnerabilities": vulnerabilities}, "events": []});
        let context = grouped(vec![
            found(
                "e1",
                json!([{"vulnerability_id": "v1"}, {"vulnerability_id": "v2"}]),
            ),
            found(
                "e2",
                json!([{"vulnerability_id": "v2"}, {"vulnerability_id": "v3"}]),
            ),
        ]);
        assert_eq!(context["event"]["id"], "e2");
        let ids: Vec<&str> = context["event"]["vulnerabilities"]
            .as_array()
            .expect("listed")
            .iter()
            .filter_map(|v| v["vulnerability_id"].as_str())
            .collect();
        assert_eq!(ids, ["v1", "v2", "v3"]);
        assert_eq!(context["events"].as_array().map(Vec::len), Some(2));
        // Events without vulnerabilities keep their shape.
        let gate = grouped(vec![json!({"event": {"verdict": "FAIL"}})]);
        assert!(gate["event"].get("vulnerabilities").is_none());
    }
}
