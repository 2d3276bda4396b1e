//! Deliveries as the API shows them: one with its attempts, and lists
//! filtered by state, channel, event and time.

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::pagination::Page;
use secureflow_platform::{Error, Result};

use crate::directory::Person;
use crate::domain::channels::Kind;
use crate::domain::deliveries::Status;
use crate::links::Links;
use crate::store::channels::ChannelRow;
use crate::store::deliveries::{self as store, DeliveryRow, Filters, Rendered};
use crate::store::notifications::{self, NotificationFilters, NotificationRow, Notifications};

/// Who acknowledged through a signed link (the link is the proof; the
/// person is not signed in).
pub const LINK: &str = "signed link";

/// A new delivery `id` of `notification` to `channel` (pending, due now),
/// keyed by `idempotency_key`.
pub fn queued(
    id: String,
    notification: &NotificationRow,
    channel: &ChannelRow,
    escalation_level: i32,
    idempotency_key: String,
    message: Rendered,
    now_us: i64,
) -> DeliveryRow {
    DeliveryRow {
        escalation_level,
        ..pending(
            id,
            notification,
            (&channel.id, channel.kind),
            idempotency_key,
            message,
            now_us,
        )
    }
}

/// A new delivery `id` of `notification` through `(channel id, kind)`:
/// pending, due now, for nobody in particular, at escalation level 0.
fn pending(
    id: String,
    notification: &NotificationRow,
    (channel_id, kind): (&str, Kind),
    idempotency_key: String,
    message: Rendered,
    now_us: i64,
) -> DeliveryRow {
    DeliveryRow {
        id,
        organization_id: notification.organization_id.clone(),
        notification_id: notification.id.clone(),
        channel_id: channel_id.to_owned(),
        channel_type: kind.name().to_owned(),
        user_id: String::new(),
        event_id: notification.event_id.clone(),
        event_type: notification.event_type.clone(),
        rule_id: notification.rule_id.clone(),
        escalation_level: 0,
        idempotency_key,
        status: Status::Pending,
        attempts: 0,
        status_code: 0,
        error: String::new(),
        history: Vec::new(),
        next_attempt_at_us: Some(now_us),
        last_attempt_at_us: None,
        delivered_at_us: None,
        acknowledged_at_us: None,
        acknowledged_by: String::new(),
        created_at_us: now_us,
        message,
        read_at_us: None,
        recipients: Vec::new(),
    }
}

/// Whether `channel` also writes to each person named, one by one (a
/// Slack channel with `direct_messages`).
pub fn writes_to_people(channel: &ChannelRow) -> bool {
    channel.kind == Kind::Slack
        && channel.settings.get("direct_messages").map(String::as_str) == Some("true")
}

/// Whether `channel` has a destination of its own besides the people it
/// writes to (a Slack channel of direct messages only has none).
pub fn has_destination(channel: &ChannelRow) -> bool {
    channel.kind != Kind::Slack
        || ["webhook_url", "channel"]
            .iter()
            .any(|key| channel.settings.get(*key).is_some_and(|v| !v.is_empty()))
}

/// `delivery` made `person`'s alone: a direct message to them, found by
/// their address.
pub fn for_person(mut delivery: DeliveryRow, person: &Person) -> DeliveryRow {
    delivery.user_id = person.id.clone();
    delivery.recipients = vec![person.email.clone()];
    delivery
}

/// `delivery` with the addresses of those of `people` who have one as its
/// recipients when it goes by email (other kinds of channel reach their own
/// destination).
pub fn emailing(mut delivery: DeliveryRow, people: &[Person]) -> DeliveryRow {
    if delivery.channel_type == Kind::Email.name() {
        delivery.recipients = people
            .iter()
            .filter(|person| !person.email.is_empty())
            .map(|person| person.email.clone())
            .collect();
    }
    delivery
}

/// Records on a notification not stored yet that it was first delivered
/// at `now_us` (an in-app item: stored is delivered), starting its
/// escalation clock; later deliveries change nothing.
pub fn first_delivered(notification: &mut NotificationRow, now_us: i64) {
    if notification.first_delivered_at_us.is_some() {
        return;
    }
    notification.first_delivered_at_us = Some(now_us);
    if !notification.escalation_rule_id.is_empty() {
        notification.escalate_at_us = Some(now_us.saturating_add(notification.escalate_after_us));
    }
}

/// A new in-app item `id` of `notification` for `user_id` (through in-app
/// channel `channel_id`, or empty when a rule names the user): delivered at
/// once — storing it is delivering it.
pub fn in_app(
    id: String,
    notification: &NotificationRow,
    channel_id: &str,
    user_id: &str,
    idempotency_key: String,
    message: Rendered,
    now_us: i64,
) -> DeliveryRow {
    DeliveryRow {
        user_id: user_id.to_owned(),
        status: Status::Delivered,
        attempts: 1,
        next_attempt_at_us: None,
        last_attempt_at_us: Some(now_us),
        delivered_at_us: Some(now_us),
        ..pending(
            id,
            notification,
            (channel_id, Kind::InApp),
            idempotency_key,
            message,
            now_us,
        )
    }
}

/// The deliveries of every organisation.
#[derive(Debug, Clone)]
pub struct Deliveries {
    db: Database,
    notifications: Notifications,
}

impl Deliveries {
    /// Over the service's database and its notifications' home.
    pub fn new(db: Database, notifications: Notifications) -> Self {
        Self { db, notifications }
    }

    /// The organisation's delivery `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<DeliveryRow> {
        store::get(&self.db, organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("delivery", id))
    }

    /// Acknowledges the organisation's delivery `id` for `by`: the delivery
    /// is `acknowledged` and its notification's escalation stops, together;
    /// the delivery, and whether it had been acknowledged before (then
    /// nothing changes — also when someone acknowledges it at the same
    /// moment). A delivery not delivered (yet) cannot be.
    pub async fn acknowledge(
        &self,
        organization_id: &str,
        id: &str,
        by: &str,
    ) -> Result<(DeliveryRow, bool)> {
        let mut row = self.get(organization_id, id).await?;
        match row.status {
            Status::Acknowledged => return Ok((row, true)),
            Status::Delivered => {}
            status => {
                return Err(Error::new(
                    ErrorCode::FailedPrecondition,
                    format!(
                        "delivery `{id}` is {}: only a delivered message can be acknowledged",
                        status.name()
                    ),
                ));
            }
        }
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        if !store::acknowledge(&mut *tx, organization_id, id, now, by).await? {
            drop(tx);
            return Ok((self.get(organization_id, id).await?, true));
        }
        notifications::acknowledge(&mut *tx, organization_id, &row.notification_id, now, by)
            .await?;
        tx.commit().await?;
        row.status = Status::Acknowledged;
        row.acknowledged_at_us = Some(now);
        row.acknowledged_by = by.to_owned();
        Ok((row, false))
    }

    /// Acknowledges the delivery a signed link's `token` names (see
    /// [`crate::links`]), as [`Deliveries::acknowledge`] does.
    pub async fn acknowledge_link(
        &self,
        links: &Links,
        token: &str,
    ) -> Result<(DeliveryRow, bool)> {
        let (organization_id, id) = links.open(token, now_micros())?;
        self.acknowledge(&organization_id, &id, LINK).await
    }

    /// A page of `user_id`'s in-app items, newest first, and how many are
    /// unread.
    pub async fn inbox(
        &self,
        organization_id: &str,
        user_id: &str,
        unread_only: bool,
        page: Page,
    ) -> Result<(Vec<DeliveryRow>, i64)> {
        // Two reads of their own: asked for together.
        tokio::try_join!(
            store::inbox(&self.db, organization_id, user_id, unread_only, page),
            store::unread(&self.db, organization_id, user_id),
        )
    }

    /// Marks `user_id`'s in-app items `ids` read (`all`: every one); how
    /// many were unread. An id that is not one of the user's items is
    /// refused and nothing is marked.
    pub async fn mark_read(
        &self,
        organization_id: &str,
        user_id: &str,
        ids: &[String],
        all: bool,
    ) -> Result<u64> {
        if all != ids.is_empty() {
            return Err(Error::invalid_field(
                "ids",
                "give the items' ids, or all (not both)",
            ));
        }
        let now = now_micros();
        let mut tx = self.db.begin().await?;
        if all {
            let marked = store::mark_read(&mut *tx, organization_id, user_id, None, now).await?;
            tx.commit().await?;
            return Ok(marked);
        }
        let mut marked = 0;
        for (index, id) in ids.iter().enumerate() {
            if !store::is_inbox_item(&mut *tx, organization_id, user_id, id).await? {
                return Err(Error::invalid_field(
                    format!("ids[{index}]"),
                    format!("`{id}` is not an item of your inbox"),
                ));
            }
            marked += store::mark_read(&mut *tx, organization_id, user_id, Some(id), now).await?;
        }
        tx.commit().await?;
        Ok(marked)
    }

    /// A page of the organisation's notifications, newest first.
    pub async fn notifications(
        &self,
        organization_id: &str,
        filters: &NotificationFilters,
        page: Page,
    ) -> Result<Vec<NotificationRow>> {
        check_window(filters.since_us, filters.until_us)?;
        self.notifications
            .list(organization_id, filters, page)
            .await
    }

    /// A page of the organisation's deliveries, newest first.
    pub async fn list(
        &self,
        organization_id: &str,
        filters: &Filters,
        page: Page,
    ) -> Result<Vec<DeliveryRow>> {
        check_window(filters.since_us, filters.until_us)?;
        store::list(&self.db, organization_id, filters, page).await
    }
}

/// A time window's `until` must come after its `since`.
fn check_window(since_us: Option<i64>, until_us: Option<i64>) -> Result<()> {
    match (since_us, until_us) {
        (Some(since), Some(until)) if since >= until => {
            Err(Error::invalid_field("until", "must be after since"))
        }
        _ => Ok(()),
    }
}
