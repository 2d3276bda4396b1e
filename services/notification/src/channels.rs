//! Channels: created with their settings and credentials checked at their
//! fields and the credentials sealed (never returned: only their names),
//! updated (a credential sent empty is removed, one not sent is kept),
//! tested with a real message whose delivery is recorded, and resumed after
//! their deliveries paused or disabled them.

use std::collections::BTreeMap;
use std::sync::Arc;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::update_mask;
use secureflow_platform::{Error, Result};

use crate::deliveries::{first_delivered, in_app, queued};
use crate::directory::{Directory, Known};
use crate::domain::channels::{self as rules, Health, Kind};
use crate::domain::deliveries::{Attempt, Status, Verdict};
use crate::domain::templates::{self, Part, TEST};
use crate::send::{self, Message, Target};
use crate::store::channels::{self as store, ChannelRow};
use crate::store::deliveries::{self as deliveries, DeliveryRow, Rendered};
use crate::store::notifications::{NotificationRow, Notifications};
use crate::templates::Templates;

/// Fields `UpdateChannel` may change.
const UPDATABLE: [&str; 4] = ["name", "settings", "credentials", "enabled"];

/// Longest channel name.
const NAME_MAX: usize = 100;

/// A channel as a request gives it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Name.
    pub name: String,
    /// Transport (`None`: not given).
    pub kind: Option<Kind>,
    /// Settings.
    pub settings: BTreeMap<String, String>,
    /// Credentials (never logged).
    pub credentials: BTreeMap<String, String>,
    /// Switched on.
    pub enabled: bool,
}

/// The channels of every organisation.
#[derive(Clone)]
pub struct Channels {
    db: Database,
    notifications: Notifications,
    secrets: Arc<Secrets>,
    http: reqwest::Client,
    templates: Templates,
    directory: Directory,
}

impl std::fmt::Debug for Channels {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Channels").finish_non_exhaustive()
    }
}

fn check_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::invalid_field("channel.name", "is required"));
    }
    if name.chars().count() > NAME_MAX {
        return Err(Error::invalid_field(
            "channel.name",
            format!("must be at most {NAME_MAX} characters"),
        ));
    }
    Ok(name.to_owned())
}

/// Channel `row`'s credentials, opened.
pub(crate) fn open(secrets: &Secrets, row: &ChannelRow) -> Result<BTreeMap<String, String>> {
    let Some(sealed) = &row.credentials_sealed else {
        return Ok(BTreeMap::new());
    };
    let document = secrets.open(sealed, &store::seal_context(&row.id))?;
    serde_json::from_slice(&document).map_err(Error::internal)
}

impl Channels {
    /// Over the service's database, the secrets service and the templates.
    pub fn new(
        db: Database,
        notifications: Notifications,
        secrets: Arc<Secrets>,
        templates: Templates,
        directory: Directory,
    ) -> Self {
        Self {
            db,
            notifications,
            secrets,
            http: send::client(),
            templates,
            directory,
        }
    }

    fn seal(&self, id: &str, credentials: &BTreeMap<String, String>) -> Result<Option<String>> {
        if credentials.is_empty() {
            return Ok(None);
        }
        let document = serde_json::to_vec(credentials).map_err(Error::internal)?;
        Ok(Some(
            self.secrets.seal(&document, &store::seal_context(id))?,
        ))
    }

    fn open(&self, row: &ChannelRow) -> Result<BTreeMap<String, String>> {
        open(&self.secrets, row)
    }

    /// The users and teams an in-app channel names must be the
    /// organisation's.
    async fn check_people(
        &self,
        organization_id: &str,
        kind: Kind,
        settings: &BTreeMap<String, String>,
    ) -> Result<()> {
        if kind != Kind::InApp {
            return Ok(());
        }
        let ids = |key: &str| {
            settings
                .get(key)
                .map(|v| rules::list(v))
                .unwrap_or_default()
        };
        self.directory
            .check_named(
                &mut Known::default(),
                organization_id,
                "channel.settings.",
                &ids("user_ids"),
                &ids("team_ids"),
            )
            .await
    }

    /// Creates a channel (switched on).
    pub async fn create(&self, organization_id: &str, input: Input) -> Result<ChannelRow> {
        let name = check_name(&input.name)?;
        let kind = input
            .kind
            .ok_or_else(|| Error::invalid_field("channel.type", "is required"))?;
        rules::check(kind, &input.settings, &input.credentials, &[])?;
        self.check_people(organization_id, kind, &input.settings)
            .await?;
        let now = now_micros();
        let id = uuid::Uuid::now_v7().to_string();
        let row = ChannelRow {
            credentials_sealed: self.seal(&id, &input.credentials)?,
            credential_keys: input.credentials.keys().cloned().collect(),
            id,
            organization_id: organization_id.to_owned(),
            name,
            kind,
            settings: input.settings,
            enabled: true,
            health: Health::Active,
            health_reason: String::new(),
            health_changed_at_us: now,
            created_at_us: now,
            updated_at_us: now,
        };
        store::insert(self.db.writer(), &row)
            .await
            .map_err(|error| crate::domain::taken(error, "a channel", &row.name))?;
        Ok(row)
    }

    /// The organisation's channel `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<ChannelRow> {
        store::get(&self.db, organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("channel", id))
    }

    /// A page of the organisation's channels.
    pub async fn list(
        &self,
        organization_id: &str,
        kind: Option<Kind>,
        page: Page,
    ) -> Result<Vec<ChannelRow>> {
        store::list(&self.db, organization_id, kind, page).await
    }

    /// Applies the fields `mask` names (every updatable one when empty).
    pub async fn update(
        &self,
        organization_id: &str,
        id: &str,
        change: Input,
        mask: &[String],
    ) -> Result<ChannelRow> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let current = self.get(organization_id, id).await?;
        if change.kind.is_some_and(|kind| kind != current.kind) {
            return Err(Error::invalid_field(
                "channel.type",
                format!(
                    "a channel's type cannot change (it is {}): create another channel",
                    current.kind.name()
                ),
            ));
        }
        let mut row = current.clone();
        let mut credentials = self.open(&current)?;
        let mut given_credentials = BTreeMap::new();
        for field in fields {
            match field {
                "name" => row.name = check_name(&change.name)?,
                "settings" => row.settings = change.settings.clone(),
                "credentials" => {
                    for (key, value) in &change.credentials {
                        match value.is_empty() {
                            // Sent empty: removed.
                            true => {
                                credentials.remove(key);
                            }
                            false => {
                                given_credentials.insert(key.clone(), value.clone());
                            }
                        }
                    }
                }
                _ => row.enabled = change.enabled,
            }
        }
        let kept: Vec<String> = credentials
            .keys()
            .filter(|key| !given_credentials.contains_key(*key))
            .cloned()
            .collect();
        rules::check(row.kind, &row.settings, &given_credentials, &kept)?;
        self.check_people(organization_id, row.kind, &row.settings)
            .await?;
        credentials.extend(given_credentials);
        row.credentials_sealed = self.seal(&row.id, &credentials)?;
        row.credential_keys = credentials.keys().cloned().collect();
        row.updated_at_us = now_micros().max(current.updated_at_us + 1);
        let updated = store::update(self.db.writer(), &row, current.updated_at_us)
            .await
            .map_err(|error| crate::domain::taken(error, "a channel", &row.name))?;
        if !updated {
            return Err(Error::new(
                ErrorCode::Aborted,
                "the channel changed while this update was made: read it again and retry",
            ));
        }
        Ok(row)
    }

    /// Deletes the organisation's channel `id`.
    pub async fn delete(&self, organization_id: &str, id: &str) -> Result<()> {
        let found = store::delete(&self.db, organization_id, id).await?;
        Error::not_found_unless(found, "channel", id)
    }

    /// Makes a paused or disabled channel active again.
    pub async fn resume(&self, organization_id: &str, id: &str) -> Result<ChannelRow> {
        let mut row = self.get(organization_id, id).await?;
        let now = now_micros();
        store::set_health(
            self.db.writer(),
            organization_id,
            id,
            Health::Active,
            "",
            now,
        )
        .await?;
        row.health = Health::Active;
        row.health_reason.clear();
        row.health_changed_at_us = now;
        Ok(row)
    }

    /// Sends the test message to channel `id` once and records the delivery
    /// with the receiver's answer (the channel's health is left as it was).
    /// An in-app channel's test message is an item in the inbox of the person
    /// calling (`user_id`), delivered as stored; the instance operator, who
    /// has no inbox, is refused.
    pub async fn test(
        &self,
        organization_id: &str,
        id: &str,
        user_id: Option<&str>,
    ) -> Result<DeliveryRow> {
        let row = self.get(organization_id, id).await?;
        let inbox = match (row.kind, user_id) {
            (Kind::InApp, Some(user_id)) => Some(user_id),
            (Kind::InApp, None) => {
                return Err(Error::new(
                    ErrorCode::FailedPrecondition,
                    "an in-app channel's test message goes to the inbox of the person calling, \
                     and the instance operator has none: test it as a user of the organisation",
                ));
            }
            _ => None,
        };
        let template = self
            .templates
            .resolve(organization_id, TEST, row.kind)
            .await?;
        let context = templates::sample(TEST);
        let mut context = context;
        context["event"]["channel"] = serde_json::Value::String(row.name.clone());
        let render = |part, source: &str| {
            templates::render(part, source, &context).map_err(|problem| {
                Error::new(
                    ErrorCode::FailedPrecondition,
                    format!("the test template does not render: {problem}"),
                )
            })
        };
        let subject = render(Part::Subject, &template.subject)?;
        let body = render(Part::Body, &template.body)?;
        let html = render(Part::Html, &template.html_body)?;
        let now = now_micros();
        let notification = NotificationRow {
            id: uuid::Uuid::now_v7().to_string(),
            organization_id: organization_id.to_owned(),
            event_type: TEST.to_owned(),
            template_id: template.id.clone(),
            subject: subject.clone(),
            body: body.clone(),
            priority: "normal".to_owned(),
            channel_ids: vec![row.id.clone()],
            created_at_us: now,
            ..NotificationRow::default()
        };
        let delivery_id = uuid::Uuid::now_v7().to_string();
        let message = Rendered {
            subject: subject.clone(),
            body: body.clone(),
            html_body: html.clone(),
            data: context["event"].to_string(),
            priority: "normal".to_owned(),
        };
        let key = format!("test-{delivery_id}");
        if let Some(user_id) = inbox {
            let mut notification = notification;
            first_delivered(&mut notification, now);
            let item = in_app(
                delivery_id,
                &notification,
                &row.id,
                user_id,
                key,
                message,
                now,
            );
            let mut tx = self.db.begin().await?;
            self.notifications.insert(&mut tx, &notification).await?;
            deliveries::insert(&mut *tx, &item).await?;
            tx.commit().await?;
            self.notifications.forward_later([&notification]);
            return Ok(item);
        }
        let target = Target {
            kind: row.kind,
            settings: row.settings.clone(),
            credentials: self.open(&row)?,
        };
        let mut delivery = queued(delivery_id, &notification, &row, 0, key, message, now);
        // Sent here and now, not by the courier.
        delivery.status = Status::Sending;
        delivery.next_attempt_at_us = None;
        let mut tx = self.db.begin().await?;
        self.notifications.insert(&mut tx, &notification).await?;
        deliveries::insert(&mut *tx, &delivery).await?;
        tx.commit().await?;
        self.notifications.forward_later([&notification]);

        let message = Message {
            delivery_id: delivery.id.clone(),
            idempotency_key: delivery.idempotency_key.clone(),
            event_type: TEST.to_owned(),
            event_id: String::new(),
            priority: "normal".to_owned(),
            subject,
            text: body,
            html,
            link: String::new(),
            acknowledge_link: String::new(),
            data: context["event"].clone(),
            recipients: Vec::new(),
            personal: false,
        };
        let began = std::time::Instant::now();
        let answer = send::send(&self.http, &target, &message).await;
        let error = answer.verdict.reason().to_owned();
        delivery.attempts = 1;
        delivery.status_code = answer.status_code;
        delivery.last_attempt_at_us = Some(now);
        delivery.history.push(Attempt {
            number: 1,
            at_us: now,
            status_code: answer.status_code,
            error: error.clone(),
            duration_ms: i64::try_from(began.elapsed().as_millis()).unwrap_or(i64::MAX),
            response: answer.response,
        });
        match answer.verdict {
            Verdict::Delivered => {
                delivery.status = Status::Delivered;
                delivery.delivered_at_us = Some(now_micros());
            }
            // A test is tried once: the answer is what the admin wants.
            _ => {
                delivery.status = Status::Failed;
                delivery.error = error;
            }
        }
        deliveries::save(self.db.writer(), &delivery).await?;
        Ok(delivery)
    }
}

/// Checks that every channel `ids` names is the organisation's:
/// INVALID_ARGUMENT at `{field}channel_ids[i]` for the first that is not.
pub async fn check_owned(
    db: &Database,
    organization_id: &str,
    field: &str,
    ids: &[String],
) -> Result<()> {
    for (index, id) in ids.iter().enumerate() {
        if store::get(db, organization_id, id).await?.is_none() {
            return Err(Error::invalid_field(
                format!("{field}channel_ids[{index}]"),
                format!("channel `{id}` not found"),
            ));
        }
    }
    Ok(())
}
