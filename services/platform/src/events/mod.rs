//! Domain events: the transactional outbox and the embedded event log.
//!
//! A writer appends its events with [`append`] inside the same transaction as the
//! state change, so an event exists exactly when the change committed. In the
//! embedded mode the outbox table *is* the log: each consumer keeps a cursor
//! (the last `seq` it finished) and reads forward from it, so events written
//! before a crash are delivered after the restart. Delivery is at least once —
//! a consumer that crashes after its work but before moving its cursor sees the
//! event again — and consumers use [`mark_processed`] to act on each `event_id`
//! once.
//!
//! Ordering: readers must never see `seq` 7 committed while `seq` 6 is still in
//! flight, or a cursor would jump over 6. SQLite has one writer at a time, so
//! commit order is `seq` order. On PostgreSQL, [`append`] takes a
//! transaction-scoped advisory lock before inserting, which makes the holders of
//! consecutive `seq` values commit in order.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use secureflow_proto::secureflow::events::v1::{Envelope, Metadata, envelope};
use sqlx::{Any, Transaction};
use tokio::sync::{Notify, watch};

use crate::db::{Backend, Database, micros_to_timestamp, now_micros};
use crate::error::{Error, Result};

pub mod kafka;
mod store;

pub use store::DeadLetter;

/// The largest encoded envelope an append accepts (Kafka's default message
/// limit is about 1 MB). Large data goes to the blob store and the event
/// carries a reference.
pub const MAX_EVENT_BYTES: usize = 1_000_000;

/// Writes [`topic`] and [`TOPICS`] from one table, so the list cannot miss a
/// payload the match knows (the match is exhaustive).
macro_rules! topics {
    ($($variant:ident => $topic:literal,)*) => {
        /// The topic (and `event_type`) of a payload: one table, so no service
        /// spells a topic by hand.
        #[allow(deprecated)]
        pub fn topic(data: &envelope::Data) -> &'static str {
            match data {
                $(envelope::Data::$variant(_) => $topic,)*
            }
        }

        /// Every topic (event type) there is, in the contract's order.
        pub const TOPICS: &[&str] = &[$($topic,)*];
    };
}

topics! {
    RepositoryCommits => "repository.commits",
    PullRequestChanged => "repository.pull_requests",
    RepositoryChanged => "repository.repositories",
    RepositoryRefChanged => "repository.refs",
    PipelineStarted => "pipeline.started",
    PipelineCompleted => "pipeline.completed",
    PipelineFailed => "pipeline.failed",
    DeploymentStarted => "deployment.started",
    DeploymentCompleted => "deployment.completed",
    ScanStarted => "scan.started",
    ScanCompleted => "scan.completed",
    VulnerabilityDetected => "vulnerability.detected",
    VulnerabilityStatusChanged => "vulnerability.status_changed",
    GateChanged => "gate.changed",
    SlaBreached => "sla.breached",
    TestCompleted => "test.completed",
    WorkflowCompleted => "workflow.completed",
    NotificationDelivered => "notification.delivered",
    HrSynced => "hr.synced",
    UserChanged => "identity.users",
    AuditRecorded => "audit.recorded",
    OrganizationChanged => "identity.organizations",
    VulnerabilitiesDetected => "vulnerabilities.detected",
}

/// The permission, held organisation-wide, that lets a caller read events
/// of this payload (in a live stream): the read permission of the service
/// that owns them; deliveries' outcomes are the channels' managers'.
#[allow(deprecated)]
pub fn read_permission(data: &envelope::Data) -> &'static str {
    use envelope::Data;
    match data {
        Data::RepositoryCommits(_)
        | Data::PullRequestChanged(_)
        | Data::RepositoryChanged(_)
        | Data::RepositoryRefChanged(_) => "repositories.read",
        Data::PipelineStarted(_)
        | Data::PipelineCompleted(_)
        | Data::PipelineFailed(_)
        | Data::DeploymentStarted(_)
        | Data::DeploymentCompleted(_) => "pipelines.read",
        Data::ScanStarted(_)
        | Data::ScanCompleted(_)
        | Data::VulnerabilityDetected(_)
        | Data::VulnerabilityStatusChanged(_)
        | Data::GateChanged(_)
        | Data::SlaBreached(_)
        | Data::VulnerabilitiesDetected(_) => "security.read",
        Data::TestCompleted(_) => "tests.read",
        Data::WorkflowCompleted(_) => "workflows.read",
        Data::NotificationDelivered(_) => "notifications.manage",
        Data::HrSynced(_) => "hr.read",
        Data::UserChanged(_) => "users.read",
        Data::AuditRecorded(_) => "audit.read",
        Data::OrganizationChanged(_) => "organizations.read",
    }
}

/// Who and what caused events: the organisation, the acting user or token,
/// the correlation id and W3C trace context of the request (see
/// [`crate::auth::event_context`] for a call's, [`EventContext::system`] for
/// background work).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventContext {
    /// Organisation (tenant).
    pub organization_id: String,
    /// User or API token subject; empty for system activity.
    pub actor: String,
    /// Correlation id of the originating request.
    pub correlation_id: String,
    /// W3C `traceparent` of the originating request; empty to take the
    /// current span's when the envelope is built.
    pub traceparent: String,
}

impl EventContext {
    /// Background activity of the service in an organisation (a timer, a
    /// consumer): no actor, a fresh correlation id.
    pub fn system(organization_id: &str) -> Self {
        Self {
            organization_id: organization_id.to_owned(),
            correlation_id: uuid::Uuid::now_v7().to_string(),
            ..Self::default()
        }
    }

    fn metadata(&self) -> Metadata {
        let traceparent = if self.traceparent.is_empty() {
            crate::telemetry::current_traceparent().unwrap_or_default()
        } else {
            self.traceparent.clone()
        };
        Metadata {
            organization_id: self.organization_id.clone(),
            user_id: self.actor.clone(),
            correlation_id: self.correlation_id.clone(),
            traceparent,
        }
    }
}

/// Builds the envelopes of one service: event id (UUIDv7), type from the
/// payload ([`topic`]), time, source, and the metadata of an [`EventContext`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Publisher {
    source: &'static str,
}

impl Publisher {
    /// The publisher of the service named `source` (its full gRPC name).
    pub const fn new(source: &'static str) -> Self {
        Self { source }
    }

    /// The envelope of `data` about `aggregate_id`, caused as `context` says.
    pub fn envelope(
        &self,
        context: &EventContext,
        aggregate_id: impl Into<String>,
        data: envelope::Data,
    ) -> Envelope {
        self.with_metadata(context.metadata(), aggregate_id, data)
    }

    /// Envelopes of many payloads of one context (the metadata is built once).
    pub fn envelopes<I>(&self, context: &EventContext, items: I) -> Vec<Envelope>
    where
        I: IntoIterator<Item = (String, envelope::Data)>,
    {
        let metadata = context.metadata();
        items
            .into_iter()
            .map(|(aggregate_id, data)| self.with_metadata(metadata.clone(), aggregate_id, data))
            .collect()
    }

    fn with_metadata(
        &self,
        metadata: Metadata,
        aggregate_id: impl Into<String>,
        data: envelope::Data,
    ) -> Envelope {
        Envelope {
            event_id: uuid::Uuid::now_v7().to_string(),
            event_type: topic(&data).to_owned(),
            timestamp: Some(micros_to_timestamp(now_micros())),
            source: self.source.to_owned(),
            aggregate_id: aggregate_id.into(),
            metadata: Some(metadata),
            data: Some(data),
        }
    }
}

/// An event read back from the log.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Position in the log, increasing in commit order.
    pub seq: i64,
    /// The event.
    pub envelope: Envelope,
}

impl StoredEvent {
    /// The organisation the event belongs to (from its metadata; empty when
    /// it has none).
    pub fn organization_id(&self) -> &str {
        self.envelope
            .metadata
            .as_ref()
            .map_or("", |metadata| metadata.organization_id.as_str())
    }
}

/// Appends an event to the outbox inside the caller's transaction.
///
/// The envelope must carry `event_id`, `event_type` and `aggregate_id`; the
/// organisation comes from its metadata.
pub async fn append(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    envelope: &Envelope,
) -> Result<()> {
    append_all(tx, backend, std::slice::from_ref(envelope))
        .await
        .map_err(|error| match error.violations().first() {
            // Name the field as a single envelope, not an element of a batch.
            Some(violation) => Error::invalid_field(
                violation.field.replace("envelopes[0]", "envelope"),
                violation.description.clone(),
            ),
            None => error,
        })
}

/// Appends many events in the caller's transaction with multi-row inserts (one
/// advisory lock for the batch on PostgreSQL); the same rules as [`append`].
pub async fn append_all(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
    envelopes: &[Envelope],
) -> Result<()> {
    if envelopes.is_empty() {
        return Ok(());
    }
    for (index, envelope) in envelopes.iter().enumerate() {
        for (field, value) in [
            ("event_id", &envelope.event_id),
            ("event_type", &envelope.event_type),
            ("aggregate_id", &envelope.aggregate_id),
        ] {
            if value.is_empty() {
                return Err(Error::invalid_field(
                    format!("envelopes[{index}].{field}"),
                    "must not be empty",
                ));
            }
        }
        let size = prost::Message::encoded_len(envelope);
        if size > MAX_EVENT_BYTES {
            return Err(Error::invalid_field(
                format!("envelopes[{index}]"),
                format!(
                    "the {} event is {size} bytes encoded, over the {MAX_EVENT_BYTES}-byte limit of an event; keep large data in the blob store and carry a reference",
                    envelope.event_type
                ),
            ));
        }
    }
    store::append_rows(tx, backend, envelopes, now_micros()).await
}

/// Records, inside the consumer's transaction, that `consumer` handled `event_id`.
/// Returns `false` when it had already done so: the caller then skips its work
/// and rolls back (or simply drops) the transaction.
pub async fn mark_processed(
    tx: &mut Transaction<'_, Any>,
    consumer: &str,
    event_id: &str,
) -> Result<bool> {
    store::mark_processed(tx, consumer, event_id, now_micros()).await
}

/// Something that reacts to events. Returning an error leaves the cursor where it
/// was; the event is offered again after a back-off.
pub trait EventHandler: Send + Sync + 'static {
    /// Handles one event.
    fn handle<'a>(&'a self, event: &'a StoredEvent) -> BoxFuture<'a, Result<()>>;

    /// Handles a read's events together, all or nothing — typically in one
    /// transaction, each event's processed mark with its effects — for a
    /// consumer whose events come faster than one transaction each can keep
    /// up with. `None` (the default): the events are handed to
    /// [`EventHandler::handle`] one at a time, the cursor stored after each.
    /// With `Some`, the cursor is stored once after the whole batch; an
    /// error offers the whole batch again (after a back-off), so the handler
    /// must skip what it already processed (its processed marks).
    fn handle_batch<'a>(&'a self, events: &'a [StoredEvent]) -> Option<BoxFuture<'a, Result<()>>> {
        let _ = events;
        None
    }
}

/// One event, through the handler's batch path when it has one.
pub(crate) async fn handle_one(handler: &dyn EventHandler, event: &StoredEvent) -> Result<()> {
    match handler.handle_batch(std::slice::from_ref(event)) {
        Some(together) => together.await,
        None => handler.handle(event).await,
    }
}

/// How often a running consumer stores how far it passed over events of
/// other topics (see [`EventLog::spawn_consumer`]).
pub const PASSED_STORED_EVERY: Duration = Duration::from_secs(1);

/// A running consumer's topics and wake-up.
#[derive(Debug)]
struct Subscription {
    topics: &'static [&'static str],
    wake: Arc<Notify>,
}

/// How far a running consumer has read, beyond its stored cursor.
#[derive(Debug)]
struct Passed {
    seq: i64,
    stored_at: std::time::Instant,
}

impl Passed {
    fn stored(seq: i64) -> Self {
        Self {
            seq,
            stored_at: std::time::Instant::now(),
        }
    }

    fn store_due(&self) -> bool {
        self.stored_at.elapsed() >= PASSED_STORED_EVERY
    }
}

/// The consumers whose replay was asked for, and when that was read.
type Replaying = (std::time::Instant, BTreeSet<String>);

/// Failed attempts by consumer, position and whether the attempt was a whole batch.
type Failures = std::collections::HashMap<(String, i64, bool), u32>;

/// The embedded event log: the outbox table read through per-consumer cursors.
#[derive(Debug, Clone)]
pub struct EventLog {
    db: Database,
    wake: Arc<Notify>,
    /// The running consumers' topics (empty: all) and wake-ups, for
    /// [`EventLog::notify_committed_of`]; registered for the log's lifetime
    /// (consumers run as long as the server).
    subscribed: Arc<std::sync::Mutex<Vec<Subscription>>>,
    /// Woken on every commit that appended events: live streams of the log
    /// ([`EventLog::committed`]).
    followers: Arc<Notify>,
    /// Turns true when the server stops: live streams end.
    closing: Arc<watch::Sender<bool>>,
    poll_interval: Duration,
    batch_size: u32,
    /// Distributed mode: consumers read Kafka instead of the outbox.
    kafka: Option<kafka::KafkaBus>,
    /// Attempts at an event before it is dead-lettered.
    max_attempts: u32,
    /// Failed attempts so far, by consumer, position and whether the
    /// attempt was a whole batch.
    failures: Arc<std::sync::Mutex<Failures>>,
    /// The consumers whose dead letters' replay was asked for (by any
    /// process), as last read and when: read for all of this process's
    /// consumers at once, at most every [`PASSED_STORED_EVERY`].
    replaying: Arc<tokio::sync::Mutex<Option<Replaying>>>,
}

impl EventLog {
    /// A log over `db`; consumers poll every `poll_interval` for events written
    /// by other processes and are woken at once by [`EventLog::notify_committed`].
    pub fn new(db: Database, poll_interval: Duration, batch_size: u32) -> Self {
        Self {
            db,
            wake: Arc::new(Notify::new()),
            subscribed: Arc::default(),
            followers: Arc::new(Notify::new()),
            closing: Arc::new(watch::Sender::new(false)),
            poll_interval,
            batch_size,
            kafka: None,
            max_attempts: 5,
            failures: Arc::default(),
            replaying: Arc::default(),
        }
    }

    /// The log with events dead-lettered after `attempts` failed attempts
    /// (5 unless set; see [`EventLog::dead_letters`]).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The events consumers gave up on (of `consumer`, or every consumer),
    /// oldest first. Embedded log only: with Kafka they are in the
    /// dead-letter topic.
    pub async fn dead_letters(&self, consumer: Option<&str>) -> Result<Vec<DeadLetter>> {
        store::dead_letters(&self.db, consumer).await
    }

    /// Offers the dead letters (of `consumer`, or every consumer) again:
    /// with Kafka, sends them back to their topics
    /// ([`kafka::KafkaBus::replay_dead_letters`]); in the embedded log, asks
    /// the running consumers to handle them again (within about a second;
    /// one that fails again stays a dead letter). Returns how many.
    pub async fn replay_dead_letters(&self, consumer: Option<&str>) -> Result<u64> {
        match &self.kafka {
            Some(bus) => bus.replay_dead_letters(consumer).await,
            None => store::request_replay(&self.db, consumer).await,
        }
    }

    /// Counts a failed attempt at `seq` (`batch`: a whole read); `true` once
    /// the attempts are used up. An error saying a dependency is away is
    /// waited for, not counted against the event.
    fn used_up(&self, consumer: &str, seq: i64, batch: bool, error: &Error) -> bool {
        if error.code() == crate::error::ErrorCode::Unavailable {
            return false;
        }
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let key = (consumer.to_owned(), seq, batch);
        let attempts = failures.entry(key.clone()).or_insert(0);
        *attempts += 1;
        if *attempts < self.max_attempts {
            return false;
        }
        failures.remove(&key);
        true
    }

    fn succeeded(&self, consumer: &str, seq: i64, batch: bool) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !failures.is_empty() {
            failures.remove(&(consumer.to_owned(), seq, batch));
        }
    }

    /// Hands `events` to the handler one at a time, moving the cursor after
    /// each; an event whose attempts are used up is dead-lettered and passed.
    async fn deliver_each(
        &self,
        consumer: &str,
        handler: &dyn EventHandler,
        events: &[StoredEvent],
    ) -> Result<u64> {
        for event in events {
            match handle_one(handler, event).await {
                Ok(()) => self.succeeded(consumer, event.seq, false),
                Err(error) if self.used_up(consumer, event.seq, false, &error) => {
                    tracing::error!(
                        consumer, event_id = %event.envelope.event_id,
                        attempts = self.max_attempts, %error, "event dead-lettered"
                    );
                    store::dead_letter(
                        &self.db,
                        consumer,
                        event,
                        &error.to_string(),
                        self.max_attempts,
                        now_micros(),
                    )
                    .await?;
                }
                Err(error) => return Err(error),
            }
            self.advance_cursor(consumer, event.seq).await?;
        }
        Ok(events.len() as u64)
    }

    /// Whether a replay of `consumer`'s dead letters was asked for (as read
    /// at most [`PASSED_STORED_EVERY`] ago, for every consumer at once).
    async fn replay_asked(&self, consumer: &str) -> Result<bool> {
        let mut replaying = self.replaying.lock().await;
        let fresh = replaying
            .as_ref()
            .filter(|(read_at, _)| read_at.elapsed() < PASSED_STORED_EVERY);
        if let Some((_, consumers)) = fresh {
            return Ok(consumers.contains(consumer));
        }
        let consumers = store::consumers_replaying(&self.db).await?;
        let asked = consumers.contains(consumer);
        *replaying = Some((std::time::Instant::now(), consumers));
        Ok(asked)
    }

    /// Handles the dead letters of `consumer` whose replay was asked for; a
    /// success removes the dead letter, a failure keeps it (not asked for).
    async fn replay(&self, consumer: &str, handler: &dyn EventHandler) -> Result<()> {
        for event in store::replay_requested(&self.db, consumer).await? {
            match handle_one(handler, &event).await {
                Ok(()) => store::forget_dead_letter(&self.db, consumer, event.seq).await?,
                Err(error) => {
                    store::dead_letter(
                        &self.db,
                        consumer,
                        &event,
                        &error.to_string(),
                        1,
                        now_micros(),
                    )
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// The log with its consumers reading `bus` (the outbox relayed to
    /// Kafka) instead of the outbox.
    pub fn with_kafka(mut self, bus: kafka::KafkaBus) -> Self {
        self.kafka = Some(bus);
        self
    }

    /// The Kafka bus the consumers read, in distributed mode.
    pub fn kafka(&self) -> Option<&kafka::KafkaBus> {
        self.kafka.as_ref()
    }

    /// The database the log lives in.
    pub fn database(&self) -> &Database {
        &self.db
    }

    /// Wakes this process's consumers; call after committing a transaction that appended events.
    pub fn notify_committed(&self) {
        self.wake.notify_waiters();
        self.followers.notify_waiters();
    }

    /// Wakes only the consumers of `event_types` (and those of every type):
    /// for a use case that commits often and whose events few consumers
    /// want, so the others do not each read the log on every commit.
    pub fn notify_committed_of<'a>(&self, event_types: impl IntoIterator<Item = &'a str>) {
        self.followers.notify_waiters();
        let types: Vec<&str> = event_types.into_iter().collect();
        let subscribed = self
            .subscribed
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for subscription in subscribed.iter() {
            let wanted = subscription.topics.is_empty()
                || subscription
                    .topics
                    .iter()
                    .any(|topic| types.contains(topic));
            if wanted {
                subscription.wake.notify_waiters();
            }
        }
    }

    /// Resolves when this process next commits events (every commit, of any
    /// type); writes of other processes are seen by polling every
    /// [`EventLog::poll_interval`]. Enable the future before reading, so a
    /// commit between the read and the wait is not missed.
    pub fn committed(&self) -> tokio::sync::futures::Notified<'_> {
        self.followers.notified()
    }

    /// Ends the live streams of the log (the server is stopping: a stream
    /// would otherwise hold it for the whole grace period).
    pub fn close_streams(&self) {
        self.closing.send_replace(true);
    }

    /// Turns true when live streams must end ([`EventLog::close_streams`]).
    pub fn streams_closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// How often readers look for events written by other processes.
    pub fn poll_interval(&self) -> Duration {
        self.poll_interval
    }

    /// The newest committed position of the log (0 when empty).
    pub async fn newest_seq(&self) -> Result<i64> {
        store::newest_seq(&self.db).await
    }

    /// The position of `event_id` when it is an event of `organization_id`.
    pub async fn seq_of(&self, organization_id: &str, event_id: &str) -> Result<Option<i64>> {
        store::seq_of(&self.db, organization_id, event_id).await
    }

    /// Up to `limit` events of `organization_id` after `after_seq` whose
    /// type is one of `types` (empty: any), in order.
    pub async fn organization_events(
        &self,
        organization_id: &str,
        after_seq: i64,
        types: &[String],
        limit: u32,
    ) -> Result<Vec<StoredEvent>> {
        store::read_organization(&self.db, organization_id, after_seq, types, limit, false).await
    }

    /// The latest `limit` events of `organization_id` up to `up_to_seq`
    /// whose type is one of `types` (empty: any), oldest first.
    pub async fn organization_latest(
        &self,
        organization_id: &str,
        up_to_seq: i64,
        types: &[String],
        limit: u32,
    ) -> Result<Vec<StoredEvent>> {
        let mut events =
            store::read_organization(&self.db, organization_id, up_to_seq, types, limit, true)
                .await?;
        events.reverse();
        Ok(events)
    }

    /// Reads up to `limit` events after `after_seq`, in order.
    pub async fn read_after(&self, after_seq: i64, limit: u32) -> Result<Vec<StoredEvent>> {
        store::read_after(&self.db, after_seq, limit).await
    }

    /// The last `seq` a consumer finished (0 before its first event).
    pub async fn cursor(&self, consumer: &str) -> Result<i64> {
        store::cursor(&self.db, consumer).await
    }

    async fn advance_cursor(&self, consumer: &str, seq: i64) -> Result<()> {
        store::advance_cursor(&self.db, consumer, seq, now_micros()).await
    }

    /// Delivers every event after the consumer's cursor whose type is one of
    /// `topics` (empty: every type), one at a time, moving the cursor after
    /// each; events of other types are passed over without a write each (the
    /// cursor moves past them once a read finds no more). Stops at the first
    /// handler error (the cursor stays before the failed event). Returns how
    /// many events were handled.
    pub async fn deliver_pending(
        &self,
        consumer: &str,
        topics: &[&str],
        handler: &dyn EventHandler,
    ) -> Result<u64> {
        self.deliver(consumer, topics, handler, None).await
    }

    /// [`EventLog::deliver_pending`]; with `passed`, a running consumer's
    /// memory of where it is: events of other topics passed over are not
    /// stored as the cursor each time (a write on every commit of every
    /// service, per consumer — on SQLite, each competing for its one writer)
    /// but at most every [`PASSED_STORED_EVERY`]. After a restart such a
    /// consumer reads again from its stored cursor: only what it passed over
    /// since, not what it handled (each handled event moves the stored cursor).
    async fn deliver(
        &self,
        consumer: &str,
        topics: &[&str],
        handler: &dyn EventHandler,
        mut passed: Option<&mut Passed>,
    ) -> Result<u64> {
        let mut delivered = 0;
        loop {
            let stored = self.cursor(consumer).await?;
            let cursor = passed
                .as_ref()
                .map_or(stored, |passed| passed.seq.max(stored));
            // Every event up to the newest committed one (commit order is seq
            // order) is either read here or of no interest.
            let newest = store::newest_seq(&self.db).await?;
            if newest <= cursor {
                // Nothing new: store what was passed over when it is due.
                if let Some(passed) = passed.as_deref_mut()
                    && passed.seq > stored
                    && passed.store_due()
                {
                    self.advance_cursor(consumer, passed.seq).await?;
                    *passed = Passed::stored(passed.seq);
                }
                return Ok(delivered);
            }
            let batch = self.read_range(cursor, newest, topics).await?;
            let exhausted = batch.len() < self.batch_size as usize;
            match (batch.last(), handler.handle_batch(&batch)) {
                (Some(last), Some(together)) => {
                    let first = batch.first().map_or(0, |event| event.seq);
                    match together.await {
                        Ok(()) => self.succeeded(consumer, first, true),
                        // The read keeps failing: one event at a time, to
                        // find (and dead-letter) the one that fails.
                        Err(error) if self.used_up(consumer, first, true, &error) => {
                            self.deliver_each(consumer, handler, &batch).await?;
                        }
                        Err(error) => return Err(error),
                    }
                    delivered += batch.len() as u64;
                    // Passed over with the batch: what it was read up to.
                    let up_to = if exhausted { newest } else { last.seq };
                    self.advance_cursor(consumer, up_to).await?;
                    if let Some(passed) = passed.as_deref_mut() {
                        *passed = Passed::stored(up_to);
                    }
                    if exhausted {
                        return Ok(delivered);
                    }
                    continue;
                }
                _ => delivered += self.deliver_each(consumer, handler, &batch).await?,
            }
            if exhausted {
                match passed.as_deref_mut() {
                    Some(passed) if delivered == 0 && !passed.store_due() => passed.seq = newest,
                    Some(passed) => {
                        self.advance_cursor(consumer, newest).await?;
                        *passed = Passed::stored(newest);
                    }
                    None => self.advance_cursor(consumer, newest).await?,
                }
                return Ok(delivered);
            }
        }
    }

    /// Events after `after_seq` up to `up_to_seq` of `topics` (empty: any), in
    /// order, at most a batch.
    async fn read_range(
        &self,
        after_seq: i64,
        up_to_seq: i64,
        topics: &[&str],
    ) -> Result<Vec<StoredEvent>> {
        if topics.is_empty() {
            let mut events = self.read_after(after_seq, self.batch_size).await?;
            events.retain(|event| event.seq <= up_to_seq);
            return Ok(events);
        }
        store::read_range(&self.db, after_seq, up_to_seq, topics, self.batch_size).await
    }

    /// Runs a consumer until `shutdown` turns true: delivers what is pending, then
    /// waits for a wake-up or the poll interval. With Kafka
    /// ([`EventLog::with_kafka`]), the consumer reads its consumer group there. Handler errors are logged and
    /// retried with exponential back-off (capped at 30 s).
    pub fn spawn_consumer(
        &self,
        consumer: &'static str,
        topics: &'static [&'static str],
        handler: Arc<dyn EventHandler>,
        mut shutdown: watch::Receiver<bool>,
    ) -> tokio::task::JoinHandle<()> {
        if let Some(bus) = &self.kafka {
            return bus.spawn_consumer(consumer, topics, handler, shutdown);
        }
        let log = self.clone();
        let own_wake = Arc::new(Notify::new());
        log.subscribed
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(Subscription {
                topics,
                wake: own_wake.clone(),
            });
        tokio::spawn(async move {
            let mut backoff = log.poll_interval;
            let mut passed = Passed::stored(0);
            let mut replays_checked = Passed::stored(0);
            loop {
                let notified = log.wake.notified();
                let notified_of = own_wake.notified();
                // Replays asked for (by any process) are looked for now and
                // then: one query for all of this process's consumers.
                if replays_checked.store_due() {
                    replays_checked = Passed::stored(0);
                    let replayed = match log.replay_asked(consumer).await {
                        Ok(true) => log.replay(consumer, handler.as_ref()).await,
                        Ok(false) => Ok(()),
                        Err(error) => Err(error),
                    };
                    if let Err(error) = replayed {
                        tracing::warn!(consumer, %error, "replaying dead letters failed");
                    }
                }
                let wait = match log
                    .deliver(consumer, topics, handler.as_ref(), Some(&mut passed))
                    .await
                {
                    Ok(_) => {
                        backoff = log.poll_interval;
                        log.poll_interval
                    }
                    Err(error) => {
                        tracing::warn!(consumer, %error, "event consumer failed; retrying");
                        backoff = (backoff * 2).min(Duration::from_secs(30));
                        backoff
                    }
                };
                tokio::select! {
                    _ = notified => {}
                    _ = notified_of => {}
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => {}
                }
                if *shutdown.borrow() {
                    return;
                }
            }
        })
    }
}
