//! What the notification service consumes: the events its subscription
//! rules route ([`ROUTING`]). For each event the organisation's enabled
//! rules are matched; each matching rule's channels get one delivery, its
//! message rendered with the channel type's template, keyed by (event,
//! rule, channel) — a redelivered event, or the same event seen by two
//! processes, adds nothing — in one transaction with the event's processed
//! mark; the courier is woken after the commit.

use std::collections::HashMap;
use std::sync::Arc;

use futures::future::BoxFuture;
use secureflow_platform::Result;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{EventHandler, StoredEvent, mark_processed};
use secureflow_platform::server::Consumer;
use secureflow_proto::secureflow::events::v1::envelope::Data;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::courier::Courier;
use crate::deliveries::{first_delivered, in_app, queued};
use crate::directory::{self, Directory, Known, Person};
use crate::domain::channels as domain_channels;
use crate::domain::channels::Kind;
use crate::domain::escalation;
use crate::domain::preferences::{self, Preferences};
use crate::domain::rules::{self, Facts, SEVERITIES};
use crate::domain::templates;
use crate::store::channels::{self as channel_store, ChannelRow};
use crate::store::deliveries::{self as store, DeliveryRow, NotificationRow};
use crate::store::escalation::{self as escalation_store, EscalationRow};
use crate::store::preferences as preference_store;
use crate::store::repositories;
use crate::store::rules::{self as rule_store, RuleRow};
use crate::store::templates::TemplateRow;
use crate::templates::{Templates, rendered};

/// Routes events to channels by the organisation's subscription rules.
pub const ROUTING: Consumer = Consumer {
    name: "notification.routing",
    topics: &[
        "gate.changed",
        "sla.breached",
        "pipeline.failed",
        "pipeline.completed",
        "vulnerabilities.detected",
        "deployment.completed",
        "scan.completed",
    ],
    handler: |context| {
        Arc::new(Router {
            db: context.db.clone(),
            directory: crate::directory(context),
            templates: Templates::new(context.db.clone()),
            courier: crate::shared_courier(context),
        })
    },
};

struct Router {
    db: Database,
    directory: Directory,
    templates: Templates,
    courier: Courier,
}

/// What rules look at, and the data templates see, of an event; `None` for
/// events not routed.
fn facts_of(data: &Data) -> Option<(Facts, Value)> {
    let json =
        |value: Result<Value, serde_json::Error>| templates::snake_keys(value.unwrap_or_default());
    let (facts, value) = match data {
        Data::GateChanged(gate) => {
            // The security service names verdicts as its contract's enum
            // does (`VERDICT_FAIL`); rules and templates say `FAIL`.
            let plain = |verdict: &str| verdict.trim_start_matches("VERDICT_").to_owned();
            let mut value = json(serde_json::to_value(gate));
            value["verdict"] = Value::String(plain(&gate.verdict));
            value["previous_verdict"] = Value::String(plain(&gate.previous_verdict));
            (
                Facts {
                    event_type: "gate.changed".into(),
                    repository_id: gate.repository_id.clone(),
                    branch: gate.branch.clone(),
                    verdict: plain(&gate.verdict),
                    ..Facts::default()
                },
                value,
            )
        }
        Data::SlaBreached(breach) => (
            Facts {
                event_type: "sla.breached".into(),
                repository_id: breach.repository_id.clone(),
                severity: breach.severity.to_ascii_lowercase(),
                vulnerability_ids: vec![breach.vulnerability_id.clone()],
                ..Facts::default()
            },
            json(serde_json::to_value(breach)),
        ),
        Data::PipelineFailed(failed) => (
            Facts {
                event_type: "pipeline.failed".into(),
                repository_id: failed.repository_id.clone(),
                branch: failed.branch.clone(),
                ..Facts::default()
            },
            json(serde_json::to_value(failed)),
        ),
        Data::PipelineCompleted(completed) => (
            Facts {
                event_type: "pipeline.completed".into(),
                repository_id: completed.repository_id.clone(),
                branch: completed.branch.clone(),
                ..Facts::default()
            },
            json(serde_json::to_value(completed)),
        ),
        Data::VulnerabilitiesDetected(found) => (
            Facts {
                event_type: "vulnerability.detected".into(),
                repository_id: found.repository_id.clone(),
                branch: found.branch.clone(),
                severity: found
                    .vulnerabilities
                    .iter()
                    .map(|v| v.severity.to_ascii_lowercase())
                    .max_by_key(|severity| SEVERITIES.iter().position(|s| s == severity))
                    .unwrap_or_default(),
                vulnerability_ids: found
                    .vulnerabilities
                    .iter()
                    .map(|v| v.vulnerability_id.clone())
                    .collect(),
                ..Facts::default()
            },
            json(serde_json::to_value(found)),
        ),
        Data::DeploymentCompleted(deployed) => (
            Facts {
                event_type: "deployment.completed".into(),
                repository_id: deployed.repository_id.clone(),
                branch: deployed.branch.clone(),
                ..Facts::default()
            },
            json(serde_json::to_value(deployed)),
        ),
        Data::ScanCompleted(scan) => (
            Facts {
                event_type: "scan.completed".into(),
                repository_id: scan.repository_id.clone(),
                branch: scan.branch.clone(),
                ..Facts::default()
            },
            json(serde_json::to_value(scan)),
        ),
        _ => return None,
    };
    Some((facts, value))
}

/// The key of the delivery of `event_id` by `rule_id` to `recipient`.
pub fn delivery_key(event_id: &str, rule_id: &str, recipient: &str) -> String {
    let mut digest = Sha256::new();
    for part in [event_id, rule_id, recipient] {
        digest.update(part.as_bytes());
        digest.update([0]);
    }
    hex::encode(&digest.finalize()[..16])
}

/// What one event adds: its notifications and their deliveries.
struct Routed {
    event_id: String,
    notifications: Vec<NotificationRow>,
    deliveries: Vec<DeliveryRow>,
}

/// The reads the events of one batch share, each made once: the
/// organisations' rules, channels, templates and repository names.
#[derive(Default)]
struct Lookups {
    rules: HashMap<String, Vec<RuleRow>>,
    channels: HashMap<(String, String), Option<ChannelRow>>,
    templates: HashMap<(String, String, &'static str), TemplateRow>,
    repositories: HashMap<(String, String), Option<String>>,
    escalations: HashMap<String, Vec<EscalationRow>>,
    people: Known,
    preferences: HashMap<(String, String), Preferences>,
}

impl Router {
    async fn rules<'l>(
        &self,
        lookups: &'l mut Lookups,
        organization_id: &str,
    ) -> Result<&'l [RuleRow]> {
        if !lookups.rules.contains_key(organization_id) {
            let rules = rule_store::enabled(&self.db, organization_id).await?;
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
            let rules = escalation_store::enabled(&self.db, organization_id).await?;
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
            self.directory
                .people(&mut lookups.people, organization_id, user_ids, team_ids)
                .await,
            "the people a rule names",
        )
    }

    /// The users the vulnerabilities are assigned to (a refusal of the
    /// security service is handled as [`Router::people`] does).
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
            self.directory
                .assignees(&mut lookups.people, organization_id, vulnerability_ids)
                .await,
            "the vulnerabilities' assignees",
        )
    }

    /// Whether `user_id` turned `event_type` off on channels of `kind`.
    async fn muted(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        user_id: &str,
        event_type: &str,
        kind: Kind,
    ) -> Result<bool> {
        let key = (organization_id.to_owned(), user_id.to_owned());
        if !lookups.preferences.contains_key(&key) {
            let saved = preference_store::get(&self.db, organization_id, user_id)
                .await?
                .map(|row| row.preferences)
                .unwrap_or_default();
            lookups.preferences.insert(key.clone(), saved);
        }
        Ok(lookups
            .preferences
            .get(&key)
            .is_some_and(|preferences| preferences::muted(preferences, event_type, kind)))
    }

    async fn channel(
        &self,
        lookups: &mut Lookups,
        organization_id: &str,
        id: &str,
    ) -> Result<Option<ChannelRow>> {
        let key = (organization_id.to_owned(), id.to_owned());
        if let Some(channel) = lookups.channels.get(&key) {
            return Ok(channel.clone());
        }
        let channel = channel_store::get(&self.db, organization_id, id).await?;
        lookups.channels.insert(key, channel.clone());
        Ok(channel)
    }

    async fn template(
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
            .templates
            .resolve(organization_id, event_type, kind)
            .await?;
        lookups.templates.insert(key, template.clone());
        Ok(template)
    }

    async fn repository(
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
        let name = repositories::full_name(&self.db, organization_id, id).await?;
        lookups.repositories.insert(key, name.clone());
        Ok(name)
    }

    /// The notifications and deliveries `event` calls for (`None`: no rule
    /// of its organisation matches it, or it is not routed).
    async fn plan(&self, event: &StoredEvent, lookups: &mut Lookups) -> Result<Option<Routed>> {
        let organization_id = event.organization_id();
        let envelope = &event.envelope;
        let Some((facts, data)) = envelope.data.as_ref().and_then(facts_of) else {
            return Ok(None);
        };
        let matching: Vec<RuleRow> = self
            .rules(lookups, organization_id)
            .await?
            .iter()
            .filter(|row| rules::matches(&row.rule, &facts))
            .cloned()
            .collect();
        // Nothing to route: nothing to write (offered again, it is again nothing).
        if matching.is_empty() {
            return Ok(None);
        }
        // RFC 3339, as the contract's JSON writes timestamps.
        let time = envelope
            .timestamp
            .as_ref()
            .and_then(|t| serde_json::to_value(t).ok())
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        let repository = self
            .repository(lookups, organization_id, &facts.repository_id)
            .await?;
        let mut context = templates::context(
            &facts.event_type,
            &envelope.event_id,
            &time,
            data,
            repository.as_deref().unwrap_or_default(),
            organization_id,
            "",
        );
        let now = now_micros();
        let mut routed = Routed {
            event_id: envelope.event_id.clone(),
            notifications: Vec::new(),
            deliveries: Vec::new(),
        };
        for rule in &matching {
            let escalation = self
                .escalation(
                    lookups,
                    organization_id,
                    &facts.event_type,
                    &rule.rule.priority,
                )
                .await?;
            let mut notification = NotificationRow {
                id: uuid::Uuid::now_v7().to_string(),
                organization_id: organization_id.to_owned(),
                event_id: envelope.event_id.clone(),
                event_type: facts.event_type.clone(),
                rule_id: rule.id.clone(),
                priority: rule.rule.priority.clone(),
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
                    self.assignees(lookups, organization_id, &facts.vulnerability_ids)
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
                let Some(channel) = self.channel(lookups, organization_id, channel_id).await?
                else {
                    continue;
                };
                if !channel.enabled {
                    continue;
                }
                if channel.kind == Kind::InApp {
                    let ids = |key: &str| {
                        channel
                            .settings
                            .get(key)
                            .map(|value| domain_channels::list(value))
                            .unwrap_or_default()
                    };
                    let members = self
                        .people(lookups, organization_id, &ids("user_ids"), &ids("team_ids"))
                        .await?;
                    inbox.extend(
                        members
                            .into_iter()
                            .map(|person| (channel.id.clone(), person)),
                    );
                    continue;
                }
                let template = self
                    .template(lookups, organization_id, &facts.event_type, channel.kind)
                    .await?;
                let id = uuid::Uuid::now_v7().to_string();
                context["acknowledge_link"] =
                    Value::String(self.courier.links().link(organization_id, &id, now));
                let message = rendered(&template, &context, &rule.rule.priority);
                let key = delivery_key(&envelope.event_id, &rule.id, &channel.id);
                let mut delivery = queued(id, &notification, &channel, 0, key, message, now);
                if channel.kind == Kind::Email {
                    for person in &named {
                        let muted = !rule.rule.mandatory
                            && self
                                .muted(
                                    lookups,
                                    organization_id,
                                    &person.id,
                                    &facts.event_type,
                                    Kind::Email,
                                )
                                .await?;
                        if !person.email.is_empty() && !muted {
                            delivery.recipients.push(person.email.clone());
                        }
                    }
                }
                deliveries.push(delivery);
            }
            // One in-app item per person, however many ways they are named.
            let mut seen = std::collections::BTreeSet::new();
            for (channel_id, person) in inbox {
                if !seen.insert(person.id.clone()) {
                    continue;
                }
                if !rule.rule.mandatory
                    && self
                        .muted(
                            lookups,
                            organization_id,
                            &person.id,
                            &facts.event_type,
                            Kind::InApp,
                        )
                        .await?
                {
                    continue;
                }
                let template = self
                    .template(lookups, organization_id, &facts.event_type, Kind::InApp)
                    .await?;
                let id = uuid::Uuid::now_v7().to_string();
                context["acknowledge_link"] =
                    Value::String(self.courier.links().link(organization_id, &id, now));
                let message = rendered(&template, &context, &rule.rule.priority);
                let key =
                    delivery_key(&envelope.event_id, &rule.id, &format!("user:{}", person.id));
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
            // The notification's own subject and body: its first channel's.
            let Some(first) = deliveries.first() else {
                continue;
            };
            notification.subject = first.message.subject.clone();
            notification.body = first.message.body.clone();
            notification.channel_ids = deliveries
                .iter()
                .map(|d| d.channel_id.clone())
                .filter(|id| !id.is_empty())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            routed.notifications.push(notification);
            routed.deliveries.extend(deliveries);
        }
        Ok(Some(routed))
    }

    /// Stores what `events` call for in one transaction, each event with its
    /// processed mark (one already processed adds nothing), and wakes the
    /// courier after the commit.
    async fn route(&self, events: &[StoredEvent]) -> Result<()> {
        let mut lookups = Lookups::default();
        let mut planned = Vec::new();
        for event in events {
            if let Some(routed) = self.plan(event, &mut lookups).await? {
                planned.push(routed);
            }
        }
        if planned.is_empty() {
            return Ok(());
        }
        let mut tx = self.db.begin().await?;
        let mut queued = 0;
        for routed in &planned {
            if !mark_processed(&mut tx, ROUTING.name, &routed.event_id).await? {
                continue;
            }
            for notification in &routed.notifications {
                store::insert_notification(&mut *tx, notification).await?;
            }
            for delivery in &routed.deliveries {
                if store::insert(&mut *tx, delivery).await? {
                    queued += 1;
                }
            }
        }
        tx.commit().await?;
        if queued > 0 {
            self.courier.wake();
        }
        Ok(())
    }
}

/// Keeps the copy of each repository's full name.
pub const REPOSITORIES: Consumer = Consumer {
    name: "notification.repositories",
    topics: &["repository.repositories"],
    handler: |context| {
        Arc::new(Repositories {
            db: context.db.clone(),
        })
    },
};

struct Repositories {
    db: Database,
}

impl EventHandler for Repositories {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(async move {
            let Some(Data::RepositoryChanged(changed)) = &event.envelope.data else {
                return Ok(());
            };
            let organization_id = event.organization_id();
            let mut tx = self.db.begin().await?;
            if !mark_processed(&mut tx, REPOSITORIES.name, &event.envelope.event_id).await? {
                return Ok(());
            }
            match changed.change.as_str() {
                "purged" => {
                    repositories::forget(&mut tx, organization_id, &changed.repository_id).await?;
                }
                _ => {
                    repositories::keep(
                        &mut tx,
                        organization_id,
                        &changed.repository_id,
                        &changed.full_name,
                        event.seq,
                    )
                    .await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }
}

impl EventHandler for Router {
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>> {
        Box::pin(self.route(std::slice::from_ref(event)))
    }

    /// A read's events are routed in one transaction: at a thousand events
    /// a second, one transaction (and cursor write) each is more than the
    /// one writer of the embedded database keeps up with.
    fn handle_batch<'a>(&'a self, events: &'a [StoredEvent]) -> Option<BoxFuture<'a, Result<()>>> {
        Some(Box::pin(self.route(events)))
    }
}
