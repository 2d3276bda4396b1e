//! Sending what waited ([`release_due`]): a rule's group of events when its
//! window closes — one message listing them, to the rule's channels and
//! people as one event would go ([`Planner::notify`]) — and a user's
//! digest when their quiet hours end — one e-mail with every message they
//! held. A hold is released in one transaction with what it sends, and only
//! if nothing joined it since it was read (else it is read again), so an
//! event arriving as its group closes is in that message or the next, never
//! lost and never in both; deliveries are keyed by the hold, so a release
//! repeated after a crash queues nothing twice.

use std::collections::BTreeSet;

use chrono::{DateTime, SecondsFormat};
use secureflow_platform::Result;
use secureflow_platform::db::now_micros;
use serde_json::json;

use crate::courier::Courier;
use crate::deliveries::queued;
use crate::domain::templates::{self, DIGEST};
use crate::events::{GroupedEvent, delivery_key};
use crate::plan::{About, Digested, Lookups, Planned, Planner, grouped};
use crate::store::holds::{self as store, HeldItem, HoldKind, HoldRow};
use crate::store::notifications::NotificationRow;
use crate::store::rules as rule_store;
use crate::templates::rendered;

/// Holds released per look.
const LOOK: i64 = 64;

/// Sends every hold due now; how many deliveries that queued.
pub async fn release_due(courier: &Courier) -> Result<usize> {
    let db = courier.db();
    let due = store::due(db, now_micros(), LOOK).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let planner = Planner::new(courier.clone());
    let mut lookups = Lookups::default();
    let mut queued = 0;
    for hold in due {
        let items = store::items(db, &hold.id).await?;
        let planned = match hold.kind {
            HoldKind::Group => group(&planner, &mut lookups, &hold, &items).await?,
            HoldKind::Digest => digest(&planner, &mut lookups, &hold, &items).await?,
        };
        let mut tx = db.begin().await?;
        // Something joined since it was read: the next look reads it again.
        if !store::release(&mut tx, &hold).await? {
            continue;
        }
        queued += planned.store(&mut tx, courier.notifications()).await?;
        tx.commit().await?;
        courier
            .notifications()
            .forward_later(&planned.notifications);
        tracing::debug!(hold = %hold.id, items = items.len(), "a hold was released");
    }
    if queued > 0 {
        courier.wake();
    }
    Ok(queued)
}

/// `items` as `T`, those that do not read skipped (logged).
fn payloads<T: serde::de::DeserializeOwned>(hold: &HoldRow, items: &[HeldItem]) -> Vec<T> {
    items
        .iter()
        .filter_map(|item| match serde_json::from_str(&item.payload) {
            Ok(payload) => Some(payload),
            Err(error) => {
                tracing::warn!(hold = %hold.id, item = %item.item_key, %error, "a held item does not read");
                None
            }
        })
        .collect()
}

/// The message a group of events sends (nothing when its rule was deleted
/// or switched off meanwhile).
async fn group(
    planner: &Planner,
    lookups: &mut Lookups,
    hold: &HoldRow,
    items: &[HeldItem],
) -> Result<Planned> {
    let events: Vec<GroupedEvent> = payloads(hold, items);
    let Some(first) = events.first() else {
        return Ok(Planned::default());
    };
    let event_id = first.event_id.clone();
    let rule = rule_store::get(planner.courier().db(), &hold.organization_id, &hold.rule_id)
        .await?
        .filter(|row| row.rule.enabled);
    let Some(rule) = rule else {
        tracing::info!(hold = %hold.id, events = events.len(), "a group's rule is gone or off: nothing sent");
        return Ok(Planned::default());
    };
    let vulnerability_ids: Vec<String> = events
        .iter()
        .flat_map(|event| event.vulnerability_ids.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut context = grouped(events.into_iter().map(|event| event.context).collect());
    let key = format!("group:{}", hold.id);
    let about = About {
        event_type: &hold.event_type,
        event_id: &event_id,
        key: &key,
        vulnerability_ids: &vulnerability_ids,
    };
    planner
        .notify(
            lookups,
            &hold.organization_id,
            &rule,
            about,
            &mut context,
            now_micros(),
        )
        .await
}

/// RFC 3339 of `at_us`.
fn rfc3339(at_us: i64) -> String {
    DateTime::from_timestamp_micros(at_us)
        .map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// A user's digest: one e-mail on the channel their messages were for,
/// listing them (nothing when the channel was deleted or switched off).
async fn digest(
    planner: &Planner,
    lookups: &mut Lookups,
    hold: &HoldRow,
    items: &[HeldItem],
) -> Result<Planned> {
    let messages: Vec<Digested> = payloads(hold, items);
    let organization_id = hold.organization_id.as_str();
    let Some(last) = messages.last() else {
        return Ok(Planned::default());
    };
    let channel = planner
        .channel(lookups, organization_id, &hold.channel_id)
        .await?
        .filter(|channel| channel.enabled);
    let Some(channel) = channel else {
        tracing::info!(hold = %hold.id, "a digest's channel is gone or off: nothing sent");
        return Ok(Planned::default());
    };
    let now = now_micros();
    let data = json!({
        "count": messages.len(),
        "since": rfc3339(hold.opened_at_us),
        "messages": messages.iter().map(|message| json!({
            "event_type": message.event_type,
            "time": rfc3339(message.at_us),
            "subject": message.subject,
            "body": message.body,
        })).collect::<Vec<_>>(),
    });
    let context = templates::context(
        DIGEST,
        &hold.id,
        &rfc3339(now),
        data,
        "",
        organization_id,
        "",
    );
    let template = planner
        .template(lookups, organization_id, DIGEST, channel.kind)
        .await?;
    let message = rendered(&template, &context, "normal");
    let notification = NotificationRow {
        id: uuid::Uuid::now_v7().to_string(),
        organization_id: organization_id.to_owned(),
        event_type: DIGEST.to_owned(),
        subject: message.subject.clone(),
        body: message.body.clone(),
        priority: "normal".to_owned(),
        channel_ids: vec![channel.id.clone()],
        user_ids: vec![hold.user_id.clone()],
        created_at_us: now,
        context: context.to_string(),
        ..NotificationRow::default()
    };
    let key = delivery_key(&hold.id, DIGEST, &channel.id);
    let mut delivery = queued(
        uuid::Uuid::now_v7().to_string(),
        &notification,
        &channel,
        0,
        key,
        message,
        now,
    );
    // The user's alone (not the channel's `to`; not an inbox item).
    delivery.user_id = hold.user_id.clone();
    delivery.recipients = vec![last.email.clone()];
    Ok(Planned {
        notifications: vec![notification],
        deliveries: vec![delivery],
        held: Vec::new(),
    })
}
