//! What the notification service consumes: the events its subscription
//! rules route ([`ROUTING`]). For each event the organisation's enabled
//! rules are matched; each matching rule's channels get one delivery, its
//! message rendered with the channel type's template, keyed by (event,
//! rule, channel) — a redelivered event, or the same event seen by two
//! processes, adds nothing — in one transaction with the event's processed
//! mark ([`crate::plan`]); a rule with a grouping window adds the event to
//! its open group instead, sent as one message when the window closes
//! ([`crate::holds`]). The courier is woken after the commit.

use std::sync::Arc;

use futures::future::BoxFuture;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::events::{EventHandler, StoredEvent, mark_processed};
use secureflow_platform::server::Consumer;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::envelope::Data;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::domain::rules::{self, Facts, SEVERITIES};
use crate::domain::templates;
use crate::plan::{About, Lookups, Planned, Planner};
use crate::store::holds::{HeldItem, HoldKind, HoldRow};
use crate::store::repositories;
use crate::store::rules::RuleRow;

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
            planner: Planner::new(crate::shared_courier(context)),
        })
    },
};

struct Router {
    planner: Planner,
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

/// What one event adds.
struct Routed {
    event_id: String,
    planned: Planned,
}

/// What a rule's group gathers from one event (a hold's item).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct GroupedEvent {
    /// The event.
    pub event_id: String,
    /// What its templates render with.
    pub context: Value,
    /// The vulnerabilities concerned.
    pub vulnerability_ids: Vec<String>,
}

/// The hold a rule with a grouping window gathers `facts`' event into: one
/// per rule, event type, repository and branch, sent `group_window` after
/// its first event.
fn group(organization_id: &str, rule: &RuleRow, facts: &Facts, now: i64) -> HoldRow {
    HoldRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: organization_id.to_owned(),
        hold_key: format!(
            "group:{}:{}",
            rule.id,
            delivery_key(&facts.event_type, &facts.repository_id, &facts.branch)
        ),
        kind: HoldKind::Group,
        rule_id: rule.id.clone(),
        user_id: String::new(),
        channel_id: String::new(),
        event_type: facts.event_type.clone(),
        opened_at_us: now,
        due_at_us: now.saturating_add(rule.rule.group_window_ms.saturating_mul(1000)),
        version: 1,
    }
}

impl Router {
    /// What `event` calls for (`None`: no rule of its organisation matches
    /// it, or it is not routed): a rule with a grouping window adds the
    /// event to its open group; the others notify now.
    async fn plan(&self, event: &StoredEvent, lookups: &mut Lookups) -> Result<Option<Routed>> {
        let organization_id = event.organization_id();
        let envelope = &event.envelope;
        let Some((facts, data)) = envelope.data.as_ref().and_then(facts_of) else {
            return Ok(None);
        };
        let matching: Vec<RuleRow> = self
            .planner
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
            .planner
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
            planned: Planned::default(),
        };
        for rule in &matching {
            if rule.rule.group_window_ms > 0 {
                let item = GroupedEvent {
                    event_id: envelope.event_id.clone(),
                    context: context.clone(),
                    vulnerability_ids: facts.vulnerability_ids.clone(),
                };
                routed.planned.held.push((
                    group(organization_id, rule, &facts, now),
                    HeldItem {
                        item_key: envelope.event_id.clone(),
                        created_at_us: now,
                        payload: serde_json::to_string(&item).map_err(Error::internal)?,
                    },
                ));
                continue;
            }
            let about = About {
                event_type: &facts.event_type,
                event_id: &envelope.event_id,
                key: &envelope.event_id,
                vulnerability_ids: &facts.vulnerability_ids,
            };
            let planned = self
                .planner
                .notify(lookups, organization_id, rule, about, &mut context, now)
                .await?;
            routed.planned.extend(planned);
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
        let courier = self.planner.courier();
        let mut tx = courier.db().begin().await?;
        let mut queued = 0;
        let mut held = false;
        for routed in &planned {
            if !mark_processed(&mut tx, ROUTING.name, &routed.event_id).await? {
                continue;
            }
            queued += routed
                .planned
                .store(&mut tx, courier.notifications())
                .await?;
            held |= !routed.planned.held.is_empty();
        }
        tx.commit().await?;
        courier.notifications().forward_later(
            planned
                .iter()
                .flat_map(|routed| &routed.planned.notifications),
        );
        if queued > 0 || held {
            courier.wake();
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
