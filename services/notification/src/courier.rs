//! The courier: delivers what routing queued. Due deliveries (pending, or
//! retrying with their time come) to active, switched-on channels are taken
//! one by one (`sending`, a conditional update: of several processes one
//! takes each), sent, and their attempt recorded: delivered; retried with
//! exponential back-off and jitter (or the receiver's `Retry-After`) up to
//! [`MAX_ATTEMPTS`]; a channel whose attempts keep failing is paused, one
//! that refuses (4xx) disabled — their deliveries wait until an admin
//! resumes it. A taken delivery is its process's for a lease
//! (`notification.sending_lease_seconds`, longer than an attempt can last);
//! one still `sending` when its lease ends was left by a process that
//! stopped, and is tried again — by whichever process looks first, every few
//! seconds and at start — with the same idempotency key, so a receiver that
//! honours it sees it once. A process starting leaves alone what another
//! one is sending. The courier also escalates what nobody acknowledged in
//! time ([`escalation::escalate_due`]), sends groups of events and
//! digests whose time came ([`holds::release_due`]) and, on PostgreSQL, sums
//! each inbox's unread changes every second ([`store::sum_unread_changes`]).

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use tokio::sync::{Notify, Semaphore, mpsc, oneshot};

use crate::directory::Directory;
use crate::domain::channels::{Health, Kind};
use crate::domain::deliveries::{Attempt, Status, Verdict};
use crate::escalation;
use crate::holds;
use crate::links::Links;
use crate::send::{self, Message, Target};
use crate::store::channels::{self as channel_store, ChannelRow};
use crate::store::deliveries::{self as store, DeliveryRow};
use crate::store::holds as hold_store;
use crate::store::notifications::{self, Notifications};
use crate::templates::Templates;

/// Attempts before a delivery is given up on.
pub const MAX_ATTEMPTS: i32 = 8;

/// Failed attempts in a row after which a channel is paused.
pub const PAUSE_AFTER: i64 = 5;

/// Deliveries sent at once (and so, at most, `sending`).
pub const CONCURRENCY: usize = 32;

/// Longest sleep between looks (work queued by another process).
const POLL: Duration = Duration::from_secs(1);

/// How often each inbox's pending unread changes are summed on PostgreSQL
/// ([`store::sum_unread_changes`]): an inbox page sums what came since.
const SUM_UNREAD_EVERY: Duration = Duration::from_secs(1);

/// The wait before attempt `attempts + 1` after `attempts` failed ones.
pub fn backoff(attempts: i32) -> Duration {
    ExponentialBuilder::default()
        .with_min_delay(Duration::from_secs(2))
        .with_max_delay(Duration::from_secs(600))
        .with_factor(2.0)
        .with_jitter()
        .with_max_times(usize::try_from(MAX_ATTEMPTS).unwrap_or(8))
        .build()
        .nth(usize::try_from(attempts.max(1) - 1).unwrap_or(0))
        .unwrap_or(Duration::from_secs(600))
}

struct Inner {
    db: Database,
    notifications: Notifications,
    secrets: Arc<Secrets>,
    http: reqwest::Client,
    templates: Templates,
    links: Links,
    directory: Directory,
    wake: Notify,
    slots: Arc<Semaphore>,
    /// How long a delivery stays taken by the process sending it.
    lease: Duration,
    /// Attempts' outcomes, written together.
    outcomes: OnceLock<mpsc::UnboundedSender<Waiting>>,
}

/// The process's courier (cheap to clone).
#[derive(Clone)]
pub struct Courier {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Courier {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Courier").finish_non_exhaustive()
    }
}

impl Courier {
    /// A courier over the service's database and its notifications' home,
    /// taking deliveries for `lease`; it sends nothing until
    /// [`Courier::start`].
    pub fn new(
        db: Database,
        notifications: Notifications,
        secrets: Arc<Secrets>,
        links: Links,
        directory: Directory,
        lease: Duration,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                db: db.clone(),
                notifications,
                secrets,
                http: send::client(),
                templates: Templates::new(db.clone()),
                links,
                directory,
                wake: Notify::new(),
                slots: Arc::new(Semaphore::new(CONCURRENCY)),
                lease,
                outcomes: OnceLock::new(),
            }),
        }
    }

    /// The acknowledgement links its messages carry.
    pub fn links(&self) -> &Links {
        &self.inner.links
    }

    /// The service's database.
    pub fn db(&self) -> &Database {
        &self.inner.db
    }

    /// The notifications (their documents in SQL or MongoDB).
    pub fn notifications(&self) -> &Notifications {
        &self.inner.notifications
    }

    /// Its templates.
    pub fn templates(&self) -> &Templates {
        &self.inner.templates
    }

    /// Who is who (the identity service's API).
    pub fn directory(&self) -> &Directory {
        &self.inner.directory
    }

    /// Tells the courier there may be work.
    pub fn wake(&self) {
        self.inner.wake.notify_one();
    }

    /// Requeues what a stopped process left `sending`, then delivers until
    /// the process ends (requeuing again every few seconds: a process of
    /// the deployment may stop and not come back).
    pub async fn start(&self) -> Result<()> {
        self.requeue_expired().await?;
        let courier = self.clone();
        let every = (self.inner.lease / 4).clamp(Duration::from_secs(1), Duration::from_secs(15));
        tokio::spawn(async move {
            let mut next_requeue = tokio::time::Instant::now() + every;
            let mut next_sum = tokio::time::Instant::now();
            loop {
                let db = &courier.inner.db;
                if tokio::time::Instant::now() >= next_requeue {
                    next_requeue = tokio::time::Instant::now() + every;
                    if let Err(error) = courier.requeue_expired().await {
                        tracing::warn!(%error, "requeuing deliveries whose lease ran out failed");
                    }
                }
                if tokio::time::Instant::now() >= next_sum {
                    next_sum = tokio::time::Instant::now() + SUM_UNREAD_EVERY;
                    if let Err(error) = store::sum_unread_changes(db).await {
                        tracing::warn!(%error, "summing inboxes' unread changes failed");
                    }
                }
                if let Err(error) = escalation::escalate_due(&courier).await {
                    tracing::warn!(%error, "escalating notifications failed");
                }
                if let Err(error) = holds::release_due(&courier).await {
                    tracing::warn!(%error, "sending grouped messages and digests failed");
                }
                if let Err(error) = courier.deliver_due().await {
                    tracing::warn!(%error, "delivering notifications failed");
                }
                let soonest = [
                    store::next_due(db).await,
                    notifications::next_escalation(db).await,
                    hold_store::next_due(db).await,
                ]
                .into_iter()
                .filter_map(|next| next.ok().flatten())
                .min();
                let wait = match soonest {
                    Some(at) => Duration::from_micros(
                        u64::try_from((at - now_micros()).max(0)).unwrap_or(0),
                    )
                    .min(POLL),
                    None => POLL,
                };
                tokio::select! {
                    () = courier.inner.wake.notified() => {}
                    () = tokio::time::sleep(wait) => {}
                }
            }
        });
        Ok(())
    }

    /// Makes deliveries whose lease ran out due now: the process that took
    /// them stopped while sending.
    async fn requeue_expired(&self) -> Result<()> {
        let now = now_micros();
        let lease = i64::try_from(self.inner.lease.as_micros()).unwrap_or(i64::MAX);
        let requeued =
            store::requeue_sending(self.inner.db.writer(), now, now.saturating_sub(lease)).await?;
        if requeued > 0 {
            tracing::warn!(
                requeued,
                "deliveries left by a process that stopped while sending them are tried again"
            );
            self.wake();
        }
        Ok(())
    }

    /// Sends every delivery due now. Only as many are taken (`sending`) as
    /// can be sent at once: a delivery is `sending` while its attempt is
    /// under way, not while it waits its turn (so a stop interrupts, and
    /// a process sends again once their lease ends, at most
    /// [`CONCURRENCY`] of them).
    async fn deliver_due(&self) -> Result<()> {
        let slots = &self.inner.slots;
        loop {
            let first = slots
                .clone()
                .acquire_owned()
                .await
                .map_err(Error::internal)?;
            let mut permits = vec![first];
            while let Ok(permit) = slots.clone().try_acquire_owned() {
                permits.push(permit);
            }
            let limit = i64::try_from(permits.len()).unwrap_or(1);
            let due = store::due(&self.inner.db, now_micros(), limit).await?;
            if due.is_empty() {
                return Ok(());
            }
            // Taken together: one statement for the whole look.
            let db = &self.inner.db;
            let ids: Vec<String> = due.iter().map(|row| row.id.clone()).collect();
            let taken = store::claim(db.writer(), db.backend(), &ids, now_micros()).await?;
            let claimed: Vec<DeliveryRow> = due
                .into_iter()
                .filter(|row| taken.contains(&row.id))
                .collect();
            // Those taken are `sending` now: the next look finds the rest.
            if claimed.is_empty() {
                return Ok(());
            }
            // Each channel of the look read once (a look's deliveries mostly
            // share a few channels), not once per attempt.
            let mut channels: BTreeMap<(&str, &str), Arc<Option<ChannelRow>>> = BTreeMap::new();
            for row in &claimed {
                let key = (row.organization_id.as_str(), row.channel_id.as_str());
                if let Entry::Vacant(entry) = channels.entry(key) {
                    let channel = channel_store::get(db, key.0, key.1).await?;
                    entry.insert(Arc::new(channel));
                }
            }
            let channels: Vec<Arc<Option<ChannelRow>>> = claimed
                .iter()
                .map(|row| {
                    let key = (row.organization_id.as_str(), row.channel_id.as_str());
                    channels.get(&key).cloned().unwrap_or_default()
                })
                .collect();
            for ((row, channel), permit) in claimed.into_iter().zip(channels).zip(permits) {
                let courier = self.clone();
                tokio::spawn(async move {
                    let _permit = permit;
                    if let Err(error) = courier.attempt(row, &channel).await {
                        tracing::warn!(%error, "recording a delivery attempt failed");
                    }
                });
            }
        }
    }

    /// Records `outcome` with the other attempts' outcomes waiting (one
    /// transaction for all of them); returns once it is committed.
    async fn record(&self, outcome: Outcome) -> Result<()> {
        let queue = self.inner.outcomes.get_or_init(|| {
            let (sender, receiver) = mpsc::unbounded_channel();
            tokio::spawn(record_batches(self.inner.db.clone(), receiver));
            sender
        });
        let (done, answer) = oneshot::channel();
        queue
            .send((outcome, done))
            .map_err(|_| Error::internal("the outcomes' writer stopped"))?;
        answer
            .await
            .map_err(|_| Error::internal("the outcomes' writer stopped"))?
            .map_err(Error::internal)
    }

    /// One attempt of `row` (taken: `sending`).
    async fn attempt(&self, mut row: DeliveryRow, channel: &Option<ChannelRow>) -> Result<()> {
        let began = now_micros();
        let clock = std::time::Instant::now();
        let answer = match channel {
            None => None,
            Some(channel) => {
                let target = Target {
                    kind: channel.kind,
                    settings: channel.settings.clone(),
                    credentials: crate::channels::open(&self.inner.secrets, channel)?,
                };
                let message = Message {
                    delivery_id: row.id.clone(),
                    idempotency_key: row.idempotency_key.clone(),
                    event_type: row.event_type.clone(),
                    event_id: row.event_id.clone(),
                    priority: row.message.priority.clone(),
                    subject: row.message.subject.clone(),
                    text: row.message.body.clone(),
                    html: row.message.html_body.clone(),
                    link: String::new(),
                    acknowledge_link: self.inner.links.link(
                        &row.organization_id,
                        &row.id,
                        now_micros(),
                    ),
                    data: serde_json::from_str(&row.message.data).unwrap_or_default(),
                    recipients: row.recipients.clone(),
                    personal: row.channel_type != Kind::InApp.name() && !row.user_id.is_empty(),
                };
                Some(send::send(&self.inner.http, &target, &message).await)
            }
        };
        let (verdict, status_code, response) = match answer {
            Some(answer) => (answer.verdict, answer.status_code, answer.response),
            None => (
                Verdict::Refused {
                    reason: "the channel was deleted".to_owned(),
                },
                0,
                String::new(),
            ),
        };
        row.attempts += 1;
        row.status_code = status_code;
        row.last_attempt_at_us = Some(began);
        let error = verdict.reason().to_owned();
        // Nothing the channel did: it does not count on its health.
        let counted = channel.is_some() && !matches!(verdict, Verdict::Undeliverable { .. });
        row.history.push(Attempt {
            number: row.attempts,
            at_us: began,
            status_code,
            error: error.clone(),
            duration_ms: i64::try_from(clock.elapsed().as_millis()).unwrap_or(i64::MAX),
            response,
        });
        row.error = error.clone();
        let mut health = None;
        match verdict {
            Verdict::Delivered => {
                row.status = Status::Delivered;
                row.delivered_at_us = Some(now_micros());
                row.next_attempt_at_us = None;
            }
            Verdict::Undeliverable { .. } => {
                row.status = Status::Failed;
                row.next_attempt_at_us = None;
            }
            _ if row.attempts >= MAX_ATTEMPTS || channel.is_none() => {
                row.status = Status::Failed;
                row.next_attempt_at_us = None;
            }
            Verdict::Retry { after_seconds, .. } => {
                let wait =
                    backoff(row.attempts).max(Duration::from_secs(after_seconds.unwrap_or(0)));
                row.status = Status::Retrying;
                row.next_attempt_at_us =
                    Some(now_micros() + i64::try_from(wait.as_micros()).unwrap_or(i64::MAX / 2));
            }
            // Refused: the channel is disabled and the delivery waits for
            // an admin to fix and resume it.
            Verdict::Refused { .. } => {
                row.status = Status::Retrying;
                row.next_attempt_at_us = Some(now_micros());
                health = Some(Health::Disabled);
            }
        }
        self.record(Outcome {
            row,
            counted,
            health,
            error,
        })
        .await
    }
}

/// An attempt's outcome to store.
struct Outcome {
    /// The delivery after the attempt.
    row: DeliveryRow,
    /// Whether it counts on its channel's run of failures (the channel exists).
    counted: bool,
    /// The channel's new health, when the answer decides it.
    health: Option<Health>,
    /// What went wrong.
    error: String,
}

type Waiting = (Outcome, oneshot::Sender<std::result::Result<(), String>>);

/// Most outcomes in one transaction.
const BATCH: usize = 256;

async fn record_batches(db: Database, mut queue: mpsc::UnboundedReceiver<Waiting>) {
    let mut batch = Vec::with_capacity(BATCH);
    while queue.recv_many(&mut batch, BATCH).await > 0 {
        let waiting = std::mem::take(&mut batch);
        let written = write_outcomes(&db, waiting.iter().map(|(outcome, _)| outcome)).await;
        let answer = written.map_err(|error| error.to_string());
        for (_, done) in waiting {
            let _ = done.send(answer.clone());
        }
    }
}

/// Stores outcomes — each delivery's state, its notification's first
/// delivery, its channel's run of failures and health — in one
/// transaction, a statement for all deliveries and one for all
/// notifications (a round trip per delivery bounded the courier on
/// PostgreSQL); only channels whose run or health changes get one each.
async fn write_outcomes<'a>(
    db: &Database,
    outcomes: impl Iterator<Item = &'a Outcome>,
) -> Result<()> {
    let outcomes: Vec<&Outcome> = outcomes.collect();
    let mut tx = db.begin().await?;
    let rows: Vec<&DeliveryRow> = outcomes.iter().map(|outcome| &outcome.row).collect();
    store::save_attempts(&mut *tx, db.backend(), &rows).await?;
    let mut firsts: BTreeMap<(String, String), i64> = BTreeMap::new();
    for row in &rows {
        if let (Some(at), 0) = (row.delivered_at_us, row.escalation_level) {
            let first = firsts
                .entry((row.organization_id.clone(), row.notification_id.clone()))
                .or_insert(at);
            *first = (*first).min(at);
        }
    }
    let firsts: Vec<(String, String, i64)> = firsts
        .into_iter()
        .map(|((organization_id, id), at)| (organization_id, id, at))
        .collect();
    notifications::first_deliveries(&mut *tx, db.backend(), &firsts).await?;
    // Each channel's outcomes, in order: a success ends a run of failures.
    let mut channels: BTreeMap<(String, String), Run> = BTreeMap::new();
    for outcome in outcomes.iter().filter(|outcome| outcome.counted) {
        let row = &outcome.row;
        let run = channels
            .entry((row.organization_id.clone(), row.channel_id.clone()))
            .or_default();
        match row.status == Status::Delivered {
            true => {
                run.ended = true;
                run.failures = 0;
            }
            false => {
                run.failures += 1;
                run.error.clone_from(&outcome.error);
            }
        }
        if outcome.health.is_some() {
            run.health = outcome.health;
        }
    }
    let mut succeeded = Vec::new();
    for ((organization_id, channel_id), run) in channels {
        if run.failures == 0 && run.health.is_none() {
            succeeded.push((organization_id, channel_id));
            continue;
        }
        let failures = channel_store::add_failures(
            &mut *tx,
            &organization_id,
            &channel_id,
            run.ended,
            run.failures,
        )
        .await?;
        let health = run
            .health
            .or((failures >= PAUSE_AFTER).then_some(Health::Paused));
        if let Some(health) = health {
            channel_store::set_health(
                &mut *tx,
                &organization_id,
                &channel_id,
                health,
                &run.error,
                now_micros(),
            )
            .await?;
        }
    }
    channel_store::end_runs(&mut *tx, db.backend(), &succeeded).await?;
    tx.commit().await?;
    Ok(())
}

/// What one batch of outcomes does to a channel's run of failures.
#[derive(Default)]
struct Run {
    /// A success came: the run restarts from `failures`.
    ended: bool,
    /// Failures since (or, without a success, to add).
    failures: i64,
    /// The health an answer decided.
    health: Option<Health>,
    /// The last failure's reason.
    error: String,
}
