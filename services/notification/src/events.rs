//! What the notification service consumes: the events its subscription
//! rules route ([`ROUTING`]). For each event the organisation's enabled
//! rules are matched; each matching rule's channels get one delivery, its
//! message rendered with the channel type's template, keyed by (event,
//! rule, channel) — a redelivered event, or the same event seen by two
//! processes, adds nothing — in one transaction with the event's processed
//! mark; the courier is woken after the commit.

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
use crate::domain::deliveries::Status;
use crate::domain::rules::{self, Facts, SEVERITIES};
use crate::domain::templates::{self, Part};
use crate::store::channels as channel_store;
use crate::store::deliveries::{self as store, DeliveryRow, NotificationRow, Rendered};
use crate::store::repositories;
use crate::store::rules as rule_store;
use crate::templates::Templates;

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
            templates: Templates::new(context.db.clone()),
            courier: crate::shared_courier(context),
        })
    },
};

struct Router {
    db: Database,
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

impl Router {
    async fn route(&self, event: &StoredEvent, organization_id: &str) -> Result<()> {
        let envelope = &event.envelope;
        let Some((facts, data)) = envelope.data.as_ref().and_then(facts_of) else {
            return Ok(());
        };
        let matching: Vec<_> = rule_store::enabled(&self.db, organization_id)
            .await?
            .into_iter()
            .filter(|row| rules::matches(&row.rule, &facts))
            .collect();
        // Nothing to route: nothing to write (offered again, it is again nothing).
        if matching.is_empty() {
            return Ok(());
        }
        // RFC 3339, as the contract's JSON writes timestamps.
        let time = envelope
            .timestamp
            .as_ref()
            .and_then(|t| serde_json::to_value(t).ok())
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        let repository = match facts.repository_id.as_str() {
            "" => None,
            id => repositories::full_name(&self.db, organization_id, id).await?,
        };
        let context = templates::context(
            &facts.event_type,
            &envelope.event_id,
            &time,
            data,
            repository.as_deref().unwrap_or_default(),
            organization_id,
            "",
        );
        let now = now_micros();
        let mut notifications = Vec::new();
        let mut deliveries = Vec::new();
        for rule in &matching {
            let notification_id = uuid::Uuid::now_v7().to_string();
            let mut sent_to = Vec::new();
            for channel_id in &rule.rule.channel_ids {
                let Some(channel) =
                    channel_store::get(&self.db, organization_id, channel_id).await?
                else {
                    continue;
                };
                if !channel.enabled {
                    continue;
                }
                let template = self
                    .templates
                    .resolve(organization_id, &facts.event_type, channel.kind)
                    .await?;
                let render = |part, source: &str| {
                    templates::render(part, source, &context).unwrap_or_else(|problem| {
                        tracing::warn!(template = %template.id, %problem, "a template failed to render");
                        String::new()
                    })
                };
                let message = Rendered {
                    subject: render(Part::Subject, &template.subject),
                    body: render(Part::Body, &template.body),
                    html_body: render(Part::Html, &template.html_body),
                    // The event as templates see it: its data with type, id and time.
                    data: context["event"].to_string(),
                    priority: rule.rule.priority.clone(),
                };
                sent_to.push(channel.id.clone());
                deliveries.push(DeliveryRow {
                    id: uuid::Uuid::now_v7().to_string(),
                    organization_id: organization_id.to_owned(),
                    notification_id: notification_id.clone(),
                    channel_id: channel.id.clone(),
                    channel_type: channel.kind.name().to_owned(),
                    user_id: String::new(),
                    event_id: envelope.event_id.clone(),
                    event_type: facts.event_type.clone(),
                    rule_id: rule.id.clone(),
                    escalation_level: 0,
                    idempotency_key: delivery_key(&envelope.event_id, &rule.id, &channel.id),
                    status: Status::Pending,
                    attempts: 0,
                    status_code: 0,
                    error: String::new(),
                    history: Vec::new(),
                    next_attempt_at_us: Some(now),
                    last_attempt_at_us: None,
                    delivered_at_us: None,
                    acknowledged_at_us: None,
                    acknowledged_by: String::new(),
                    created_at_us: now,
                    message: message.clone(),
                });
            }
            if sent_to.is_empty() {
                continue;
            }
            // The notification's own subject and body: its first channel's.
            let first = deliveries
                .iter()
                .find(|d| d.notification_id == notification_id)
                .map(|d| d.message.clone())
                .unwrap_or_default();
            notifications.push(NotificationRow {
                id: notification_id,
                organization_id: organization_id.to_owned(),
                event_id: envelope.event_id.clone(),
                event_type: facts.event_type.clone(),
                rule_id: rule.id.clone(),
                template_id: String::new(),
                subject: first.subject,
                body: first.body,
                priority: rule.rule.priority.clone(),
                channel_ids: sent_to,
                user_ids: rule.rule.user_ids.clone(),
                team_ids: rule.rule.team_ids.clone(),
                created_at_us: now,
            });
        }
        let mut tx = self.db.begin().await?;
        if !mark_processed(&mut tx, ROUTING.name, &envelope.event_id).await? {
            return Ok(());
        }
        for notification in &notifications {
            store::insert_notification(&mut *tx, notification).await?;
        }
        let mut queued = 0;
        for delivery in &deliveries {
            if store::insert(&mut *tx, delivery).await? {
                queued += 1;
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
        Box::pin(self.route(event, event.organization_id()))
    }
}
