//! The Kafka event bus (distributed mode), through `rdkafka`.
//!
//! Services keep appending their events to the outbox in the transaction of
//! the change ([`super::append`]); nothing about writing changes. What
//! changes is how events travel:
//!
//! - **The relay** reads the outbox in log order and sends each row to the
//!   topic of its type (`<topic_prefix><event_type>`), keyed by its aggregate
//!   id (so every event of one aggregate lands in one partition, in order),
//!   the encoded envelope as the value, with an idempotent producer
//!   (`acks=all`). Rows are marked published only after the broker
//!   acknowledged every one of the round; a relay killed before that sends
//!   them again (at least once). One process relays at a time: it holds the
//!   outbox's relay lease ([`store::try_relay_lease`]), the others wait.
//! - **Consumers** each form a consumer group (`<group_prefix>.<name>`)
//!   subscribed to their topics. An event's offset is stored only after its
//!   handler returned (its transaction committed) and committed from there, so
//!   a crash redelivers what was not finished; handlers stay idempotent on
//!   `event_id` ([`super::mark_processed`]). A failing event holds its
//!   partition (it and what follows it there wait, in order) while the
//!   consumer goes on with its other partitions — an event may need one of
//!   another topic first, as a push needs its repository's registration — and
//!   is tried again with a back-off, up to `events.max_attempts` times (an
//!   error saying a dependency is unavailable is retried without counting),
//!   then sent to the dead-letter topic with the failure and passed; [`KafkaBus::replay_dead_letters`]
//!   sends dead letters back to their topics.
//! - **Topics** are created at start with the configured partitions and
//!   replication (existing ones are kept as they are).
//! - **Renewed TLS files** (`events.kafka.ca_file`, `cert_file`, `key_file`)
//!   are picked up without a restart: they are checked every
//!   [`crate::tls::RELOAD_CHECK`], and once a renewal can be used (the new
//!   certificate and key go together) the relay's producer, every consumer
//!   and the shared clients are built again with it (librdkafka reads the
//!   files only when a client is created). A consumer rebuilt leaves its group
//!   and joins again: what it had not finished is redelivered.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use prost::Message as _;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{CommitMode, Consumer as _, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Headers as _, Message as _, OwnedHeaders, OwnedMessage};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer as _};
use secureflow_proto::secureflow::events::v1::Envelope;
use tokio::sync::watch;

use super::store::{self, RelayLease, Unpublished};
use super::{EventHandler, EventLog, MAX_EVENT_BYTES, StoredEvent, TOPICS};
use crate::config::{EventsConfig, KafkaConfig};
use crate::db::{Database, now_micros};
use crate::error::{Error, ErrorCode, Result};

/// Header carrying the event's position in the outbox it was relayed from
/// (consumers keep copies versioned by it).
pub const SEQ_HEADER: &str = "secureflow-seq";
/// Header carrying the event id.
pub const EVENT_ID_HEADER: &str = "secureflow-event-id";
/// Dead letters: the consumer that gave up on the event.
pub const DEAD_CONSUMER_HEADER: &str = "secureflow-dead-consumer";
/// Dead letters: the topic the event came from.
pub const DEAD_TOPIC_HEADER: &str = "secureflow-dead-topic";
/// Dead letters: where in that topic (`partition/offset`).
pub const DEAD_POSITION_HEADER: &str = "secureflow-dead-position";
/// Dead letters: the last failure, as the handler said it.
pub const DEAD_REASON_HEADER: &str = "secureflow-dead-reason";
/// Dead letters: how many times it was tried.
pub const DEAD_ATTEMPTS_HEADER: &str = "secureflow-dead-attempts";

/// How long a consumer waits for more events once it has one, to hand a
/// handler that takes batches more than one.
const BATCH_WAIT: Duration = Duration::from_millis(5);
/// How long leaving a consumer group may hold a consumer's stop.
const CLOSE_WAIT: Duration = Duration::from_secs(5);
/// How long a consumer pauses after a read failed on a lost connection.
const TRANSIENT_PAUSE: Duration = Duration::from_millis(100);
/// The longest back-off between attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// A connection to the brokers: what the relay and the consumers share.
#[derive(Clone)]
pub struct KafkaBus {
    config: KafkaConfig,
    max_attempts: u32,
    batch_size: u32,
    poll_interval: Duration,
    /// The clients every part of the bus shares (built again when the TLS
    /// files are renewed).
    shared: Arc<std::sync::RwLock<Arc<Shared>>>,
    /// How many renewals of the TLS files were taken up: a client built
    /// before the latest is built again.
    renewals: Arc<watch::Sender<u64>>,
}

/// Clients the bus keeps (built again when the TLS files are renewed).
struct Shared {
    /// Sends dead letters (the relay has its own idempotent producer).
    producer: FutureProducer,
    /// Reads metadata and watermarks (readiness, topic sizes): one client,
    /// kept, so a check every few seconds does not start a client each time.
    metadata: Arc<rdkafka::consumer::BaseConsumer>,
}

impl Shared {
    fn new(config: &KafkaConfig) -> Result<Self> {
        Ok(Self {
            producer: KafkaBus::producer_client(config)
                .create()
                .map_err(|error| unavailable("creating a producer", error))?,
            metadata: Arc::new(
                KafkaBus::client(config)
                    .create()
                    .map_err(|error| unavailable("creating a client", error))?,
            ),
        })
    }
}

/// How a consumer's connection ended.
enum Ended {
    /// The server is stopping.
    Stopped,
    /// The TLS files were renewed: connect again with them, now.
    Renewed,
}

impl std::fmt::Debug for KafkaBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KafkaBus")
            .field("brokers", &self.config.brokers)
            .finish_non_exhaustive()
    }
}

fn unavailable(what: &str, error: impl std::fmt::Display) -> Error {
    Error::new(ErrorCode::Unavailable, format!("Kafka: {what}: {error}"))
}

/// A client context that logs librdkafka's lines and errors as the default
/// one does and remembers the last error line (a broker refusing the
/// credentials says so there) and the last error event ("all brokers are
/// down"), for a failure to say why.
#[derive(Clone, Default)]
struct LastError(Arc<std::sync::Mutex<Reported>>);

/// What librdkafka last reported as an error.
#[derive(Default)]
struct Reported {
    /// An error log line (the most telling).
    line: Option<String>,
    /// An error event.
    event: Option<String>,
}

impl LastError {
    fn lock(&self) -> std::sync::MutexGuard<'_, Reported> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The last error line, else the last error event.
    fn last(&self) -> Option<String> {
        let reported = self.lock();
        reported.line.clone().or_else(|| reported.event.clone())
    }

    fn has_line(&self) -> bool {
        self.lock().line.is_some()
    }
}

impl rdkafka::client::ClientContext for LastError {
    fn log(&self, level: rdkafka::config::RDKafkaLogLevel, facility: &str, message: &str) {
        use rdkafka::config::RDKafkaLogLevel as Level;
        match level {
            Level::Emerg | Level::Alert | Level::Critical | Level::Error => {
                tracing::error!(target: "librdkafka", "librdkafka: {facility} {message}");
                self.lock().line = Some(message.to_owned());
            }
            Level::Warning => {
                tracing::warn!(target: "librdkafka", "librdkafka: {facility} {message}")
            }
            Level::Notice | Level::Info => {
                tracing::info!(target: "librdkafka", "librdkafka: {facility} {message}");
            }
            Level::Debug => {
                tracing::debug!(target: "librdkafka", "librdkafka: {facility} {message}")
            }
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        tracing::error!("librdkafka: {error}: {reason}");
        self.lock().event = Some(reason.to_owned());
    }
}

/// Only for [`KafkaBus::diagnose`]'s probe, which sends nothing.
impl rdkafka::producer::ProducerContext for LastError {
    type DeliveryOpaque = ();

    fn delivery(&self, _: &rdkafka::message::DeliveryResult<'_>, (): ()) {}
}

impl KafkaBus {
    /// Connects to `events.kafka.brokers` and creates the topics that do not
    /// exist yet (every event type's and the dead-letter topic).
    pub async fn connect(events: &EventsConfig) -> Result<Self> {
        Self::check_files(&events.kafka)?;
        let bus = Self {
            config: events.kafka.clone(),
            max_attempts: events.max_attempts,
            batch_size: events.batch_size,
            poll_interval: Duration::from_millis(events.poll_interval_ms),
            shared: Arc::new(std::sync::RwLock::new(Arc::new(Shared::new(
                &events.kafka,
            )?))),
            renewals: Arc::new(watch::Sender::new(0)),
        };
        bus.provision().await?;
        if bus.config.tls {
            tokio::spawn(watch_renewals(
                Arc::downgrade(&bus.renewals),
                Arc::downgrade(&bus.shared),
                bus.config.clone(),
            ));
        }
        Ok(bus)
    }

    /// The renewal of the TLS files clients are to be built with.
    fn renewal(&self) -> u64 {
        *self.renewals.borrow()
    }

    /// The shared clients.
    fn shared(&self) -> Arc<Shared> {
        self.shared
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Settings every client of the bus shares.
    fn client(config: &KafkaConfig) -> ClientConfig {
        let mut client = ClientConfig::new();
        client
            .set("bootstrap.servers", config.brokers.trim())
            .set("client.id", "secureflow")
            .set("socket.timeout.ms", config.timeout_ms.to_string())
            // Room for the largest event an append accepts, with its headers.
            .set(
                "message.max.bytes",
                (MAX_EVENT_BYTES + 64 * 1024).to_string(),
            )
            // librdkafka's own log lines go to ours (as `librdkafka` events).
            .set_log_level(rdkafka::config::RDKafkaLogLevel::Warning);
        let sasl = !config.sasl_mechanism.is_empty();
        if sasl {
            client
                .set("sasl.mechanism", &config.sasl_mechanism)
                .set("sasl.username", &config.sasl_username)
                .set("sasl.password", &config.sasl_password);
        }
        client.set(
            "security.protocol",
            match (config.tls, sasl) {
                (false, false) => "plaintext",
                (true, false) => "ssl",
                (false, true) => "sasl_plaintext",
                (true, true) => "sasl_ssl",
            },
        );
        if config.tls {
            client
                // The broker's certificate must name the host connected to.
                .set("ssl.endpoint.identification.algorithm", "https");
            if !config.ca_file.is_empty() {
                client.set("ssl.ca.location", config.ca_file.trim());
            }
            if !config.cert_file.is_empty() {
                client
                    .set("ssl.certificate.location", config.cert_file.trim())
                    .set("ssl.key.location", config.key_file.trim());
            }
        }
        client
    }

    /// The TLS files the configuration names, readable (else an error naming
    /// the key and the file): librdkafka would otherwise fail with less.
    fn check_files(config: &KafkaConfig) -> Result<()> {
        crate::tls::check_client_files(
            "events.kafka",
            &config.ca_file,
            &config.cert_file,
            &config.key_file,
        )
    }

    /// Settings of a producer: acknowledged by every in-sync replica.
    fn producer_client(config: &KafkaConfig) -> ClientConfig {
        let mut client = Self::client(config);
        client
            .set("acks", "all")
            .set("message.timeout.ms", config.timeout_ms.to_string())
            // The partitioner Java clients use, so every client agrees on
            // the partition of a key.
            .set("partitioner", "murmur2_random");
        client
    }

    /// The topic events of `event_type` go to.
    pub fn topic(&self, event_type: &str) -> String {
        format!("{}{event_type}", self.config.topic_prefix)
    }

    /// The dead-letter topic.
    pub fn dead_letter_topic(&self) -> String {
        self.topic(&self.config.dead_letter_topic)
    }

    fn timeout(&self) -> Duration {
        Duration::from_millis(self.config.timeout_ms)
    }

    async fn provision(&self) -> Result<()> {
        let admin: AdminClient<DefaultClientContext> = Self::client(&self.config)
            .create()
            .map_err(|error| unavailable("creating an admin client", error))?;
        let mut names: Vec<String> = TOPICS.iter().map(|topic| self.topic(topic)).collect();
        names.push(self.dead_letter_topic());
        let partitions = i32::try_from(self.config.partitions).unwrap_or(i32::MAX);
        let replication = i32::try_from(self.config.replication_factor).unwrap_or(i32::MAX);
        let topics: Vec<NewTopic<'_>> = names
            .iter()
            .map(|name| NewTopic::new(name, partitions, TopicReplication::Fixed(replication)))
            .collect();
        let options = AdminOptions::new()
            .operation_timeout(Some(self.timeout()))
            .request_timeout(Some(self.timeout()));
        let results = match admin.create_topics(&topics, &options).await {
            Ok(results) => results,
            Err(error) => {
                // A timeout says little; what the brokers answered (refused
                // credentials, a failed handshake) says what to fix.
                let reason = self
                    .diagnose()
                    .await
                    .map(|last| format!("; the brokers' last answer: {last}"))
                    .unwrap_or_default();
                return Err(unavailable(
                    &format!("creating topics at {}", self.config.brokers),
                    format!("{error}{reason}"),
                ));
            }
        };
        for result in results {
            match result {
                Ok(_) | Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
                Err((topic, code)) => {
                    return Err(unavailable(&format!("creating topic {topic}"), code));
                }
            }
        }
        Ok(())
    }

    /// What librdkafka reports when a client of these settings connects for
    /// two seconds: the error that kept the brokers from answering, if any.
    /// (An admin client's own reports are never read: nothing polls them.)
    async fn diagnose(&self) -> Option<String> {
        let config = Self::client(&self.config);
        tokio::task::spawn_blocking(move || {
            let context = LastError::default();
            let producer: rdkafka::producer::BaseProducer<LastError> =
                config.create_with_context(context.clone()).ok()?;
            let deadline = Instant::now() + Duration::from_secs(2);
            while !context.has_line() && Instant::now() < deadline {
                producer.poll(Duration::from_millis(100));
            }
            context.last()
        })
        .await
        .ok()
        .flatten()
    }

    // ---- the relay -------------------------------------------------------

    /// Runs the outbox relay until `shutdown` turns true: takes the lease
    /// (waiting while another process holds it), then sends what the outbox
    /// holds, woken by this process's commits and polling for others'.
    pub fn spawn_relay(
        &self,
        log: EventLog,
        mut shutdown: watch::Receiver<bool>,
    ) -> tokio::task::JoinHandle<()> {
        let bus = self.clone();
        tokio::spawn(async move {
            let mut backoff = bus.poll_interval;
            let mut renewed = bus.renewals.subscribe();
            loop {
                let wait = match bus.relay_while_leased(&log, &mut shutdown).await {
                    Ok(()) => bus.poll_interval,
                    Err(error) => {
                        tracing::warn!(%error, "event relay failed; retrying");
                        backoff = (backoff * 2).min(MAX_BACKOFF);
                        backoff
                    }
                };
                if *shutdown.borrow() {
                    return;
                }
                // Renewed TLS files are tried at once.
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = shutdown.changed() => {}
                    _ = renewed.changed() => backoff = bus.poll_interval,
                }
                if *shutdown.borrow() {
                    return;
                }
            }
        })
    }

    /// Relays for as long as the lease holds; `Ok` when another process
    /// holds it (try again later) or the server stops.
    async fn relay_while_leased(
        &self,
        log: &EventLog,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<()> {
        let Some(mut lease) = store::try_relay_lease(log.database()).await? else {
            return Ok(());
        };
        tracing::info!(brokers = %self.config.brokers, "relaying events to Kafka");
        let mut built = self.renewal();
        let mut producer = self.relay_producer()?;
        loop {
            // Between rounds nothing is in flight: a producer built with
            // renewed TLS files takes over.
            if self.renewal() != built {
                built = self.renewal();
                producer = self.relay_producer()?;
                tracing::info!("the relay's producer uses the renewed TLS files");
            }
            let committed = log.committed();
            let sent = self.relay_round(&producer, &mut lease).await?;
            if *shutdown.borrow() {
                return Ok(());
            }
            if sent == 0 {
                tokio::select! {
                    _ = committed => {}
                    _ = tokio::time::sleep(Duration::from_millis(self.config.relay_poll_ms)) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
    }

    /// The relay's producer: idempotent, sending as soon as a round is handed
    /// over.
    fn relay_producer(&self) -> Result<FutureProducer> {
        Self::producer_client(&self.config)
            .set("enable.idempotence", "true")
            .set("linger.ms", "2")
            .create()
            .map_err(|error| unavailable("creating the relay's producer", error))
    }

    /// Sends one round of unpublished rows and marks them once all are
    /// acknowledged; returns how many were sent.
    async fn relay_round(
        &self,
        producer: &FutureProducer,
        lease: &mut RelayLease,
    ) -> Result<usize> {
        let rows = lease.unpublished(self.config.relay_batch).await?;
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            return Ok(0);
        };
        let (first, last) = (first.seq, last.seq);
        let topics: Vec<String> = rows.iter().map(|row| self.topic(&row.event_type)).collect();
        // Handed to the producer in log order (each partition keeps that
        // order: the producer is idempotent), acknowledgements awaited after.
        let mut deliveries = Vec::with_capacity(rows.len());
        for (row, topic) in rows.iter().zip(&topics) {
            let mut record = Self::record(row, topic);
            loop {
                match producer.send_result(record) {
                    Ok(delivery) => {
                        deliveries.push(delivery);
                        break;
                    }
                    Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back)) => {
                        record = back;
                        producer.poll(Duration::from_millis(10));
                        tokio::time::sleep(Duration::from_millis(5)).await;
                    }
                    Err((error, _)) => {
                        return Err(unavailable(
                            &format!("sending event {} to {topic}", row.event_id),
                            error,
                        ));
                    }
                }
            }
        }
        for (delivery, row) in deliveries.into_iter().zip(&rows) {
            match delivery.await {
                Ok(Ok(_)) => {}
                Ok(Err((error, _))) => {
                    if let Some((code, reason)) = producer.client().fatal_error() {
                        tracing::error!(?code, reason, "the relay's producer failed for good");
                    }
                    return Err(unavailable(
                        &format!("event {} was not acknowledged", row.event_id),
                        error,
                    ));
                }
                Err(_) => return Err(unavailable("sending events", "the producer stopped")),
            }
        }
        lease.mark_published(first, last, now_micros()).await?;
        Ok(rows.len())
    }

    fn record<'a>(row: &'a Unpublished, topic: &'a str) -> FutureRecord<'a, str, [u8]> {
        let seq = row.seq.to_string();
        FutureRecord::to(topic)
            .key(row.aggregate_id.as_str())
            .payload(row.payload.as_slice())
            .headers(
                OwnedHeaders::new()
                    .insert(Header {
                        key: SEQ_HEADER,
                        value: Some(seq.as_str()),
                    })
                    .insert(Header {
                        key: EVENT_ID_HEADER,
                        value: Some(row.event_id.as_str()),
                    }),
            )
    }

    /// How many messages the topic of `event_type` holds (the sum of its
    /// partitions' high watermarks; what was deleted by retention counts).
    pub async fn messages_in(&self, event_type: &str) -> Result<i64> {
        let topic = self.topic(event_type);
        let client = self.shared().metadata.clone();
        let timeout = self.timeout();
        tokio::task::spawn_blocking(move || {
            let metadata = client
                .fetch_metadata(Some(&topic), timeout)
                .map_err(|error| unavailable(&format!("describing {topic}"), error))?;
            let mut total = 0;
            for described in metadata.topics() {
                for partition in described.partitions() {
                    let (_, high) = client
                        .fetch_watermarks(&topic, partition.id(), timeout)
                        .map_err(|error| unavailable(&format!("reading {topic}"), error))?;
                    total += high;
                }
            }
            Ok(total)
        })
        .await
        .map_err(Error::internal)?
    }

    /// Whether a broker answers a metadata request within `within`; the
    /// error says why not.
    pub async fn ping(&self, within: Duration) -> std::result::Result<(), String> {
        let client = self.shared().metadata.clone();
        tokio::task::spawn_blocking(move || {
            client
                .fetch_metadata(None, within)
                .map(drop)
                .map_err(|error| error.to_string())
        })
        .await
        .map_err(|error| error.to_string())?
    }

    /// How many events wait in the outbox to be relayed.
    pub async fn unrelayed(db: &Database) -> Result<i64> {
        store::unpublished_count(db).await
    }

    // ---- consumers -------------------------------------------------------

    /// Runs the consumer `name` in its group until `shutdown` turns true,
    /// reconnecting after failures.
    pub fn spawn_consumer(
        &self,
        name: &'static str,
        topics: &'static [&'static str],
        handler: Arc<dyn EventHandler>,
        shutdown: watch::Receiver<bool>,
    ) -> tokio::task::JoinHandle<()> {
        let bus = self.clone();
        tokio::spawn(async move {
            let mut backoff = bus.poll_interval;
            let mut renewed = bus.renewals.subscribe();
            loop {
                let mut stop = shutdown.clone();
                match bus.consume(name, topics, handler.as_ref(), &mut stop).await {
                    Ok(Ended::Stopped) => return,
                    Ok(Ended::Renewed) => {
                        // That renewal is taken up: only a later one wakes
                        // a back-off.
                        renewed.mark_unchanged();
                        tracing::info!(
                            consumer = name,
                            "the consumer reconnects with the renewed TLS files"
                        );
                        backoff = bus.poll_interval;
                        continue;
                    }
                    Err(error) => {
                        tracing::warn!(consumer = name, %error, "event consumer failed; reconnecting");
                        backoff = (backoff * 2).min(MAX_BACKOFF);
                    }
                }
                // Renewed TLS files are tried at once.
                tokio::select! {
                    _ = tokio::time::sleep(backoff) => {}
                    _ = stop.changed() => {}
                    _ = renewed.changed() => backoff = bus.poll_interval,
                }
                if *stop.borrow() {
                    return;
                }
            }
        })
    }

    /// The consumer group of the consumer `name`.
    pub fn group(&self, name: &str) -> String {
        format!("{}.{name}", self.config.group_prefix)
    }

    fn group_consumer(&self, group: &str) -> Result<StreamConsumer> {
        Self::client(&self.config)
            .set("group.id", group)
            // Offsets are stored by hand once the handler has finished and
            // committed after each read (asynchronously): leaving the group
            // then has nothing left to commit and does not wait on it.
            .set("enable.auto.commit", "false")
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set("session.timeout.ms", "10000")
            .set("heartbeat.interval.ms", "1000")
            .set("fetch.wait.max.ms", self.config.fetch_wait_ms.to_string())
            .create()
            .map_err(|error| unavailable(&format!("creating consumer {group}"), error))
    }

    async fn consume(
        &self,
        name: &'static str,
        topics: &'static [&'static str],
        handler: &dyn EventHandler,
        shutdown: &mut watch::Receiver<bool>,
    ) -> Result<Ended> {
        let mut renewed = self.renewals.subscribe();
        renewed.mark_unchanged();
        let consumer = self.group_consumer(&self.group(name))?;
        let wanted: Vec<String> = if topics.is_empty() { TOPICS } else { topics }
            .iter()
            .map(|topic| self.topic(topic))
            .collect();
        let wanted: Vec<&str> = wanted.iter().map(String::as_str).collect();
        consumer
            .subscribe(&wanted)
            .map_err(|error| unavailable(&format!("subscribing {name}"), error))?;
        let mut held = HashMap::new();
        loop {
            if !held.is_empty() {
                self.retry_held(name, handler, &consumer, &mut held).await?;
                commit(&consumer);
            }
            let due = held
                .values()
                .map(|held: &Held| held.next_try)
                .min()
                .map(|at| at.saturating_duration_since(Instant::now()));
            let first = tokio::select! {
                message = consumer.recv() => message,
                () = tokio::time::sleep(due.unwrap_or_default()), if due.is_some() => continue,
                _ = shutdown.changed() => {
                    close(consumer).await;
                    return Ok(Ended::Stopped);
                }
                _ = renewed.changed() => {
                    close(consumer).await;
                    return Ok(Ended::Renewed);
                }
            };
            let first = match first {
                Ok(message) => message.detach(),
                // Lost connections (a broker restarting, a front replaced)
                // are librdkafka's to restore: the consumer keeps its place
                // in the group instead of leaving a member behind that the
                // group waits for until its session times out.
                Err(error) if consumer.client().fatal_error().is_none() => {
                    tracing::warn!(consumer = name, %error, "reading events; reconnecting");
                    tokio::time::sleep(TRANSIENT_PAUSE).await;
                    continue;
                }
                Err(error) => return Err(unavailable(&format!("reading {name}"), error)),
            };
            let mut batch = vec![first];
            while batch.len() < self.batch_size as usize {
                match tokio::time::timeout(BATCH_WAIT, consumer.recv()).await {
                    Ok(Ok(message)) => batch.push(message.detach()),
                    Ok(Err(error)) => {
                        tracing::warn!(consumer = name, %error, "reading events");
                        break;
                    }
                    Err(_) => break,
                }
            }
            self.handle(name, handler, &consumer, batch, &mut held)
                .await?;
            commit(&consumer);
            if *shutdown.borrow() {
                close(consumer).await;
                return Ok(Ended::Stopped);
            }
        }
    }

    /// Handles a read: as one batch when the handler takes batches, none of
    /// its partitions is held and it succeeds; otherwise event by event. An
    /// event that fails holds its partition (it and what follows it there
    /// wait, in order) while the consumer goes on with the other partitions
    /// — an event may need one of another topic first — and is tried again
    /// after a back-off ([`KafkaBus::retry_held`]).
    async fn handle(
        &self,
        name: &'static str,
        handler: &dyn EventHandler,
        consumer: &StreamConsumer,
        batch: Vec<OwnedMessage>,
        held: &mut HashMap<(String, i32), Held>,
    ) -> Result<()> {
        let free = batch
            .iter()
            .all(|message| !held.contains_key(&partition_of(message)));
        if free && batch.len() > 1 {
            let events: Option<Vec<StoredEvent>> =
                batch.iter().map(|message| decode(message).ok()).collect();
            if let Some(events) = events
                && let Some(together) = handler.handle_batch(&events)
            {
                match together.await {
                    Ok(()) => {
                        for message in &batch {
                            store_offset(consumer, message);
                        }
                        return Ok(());
                    }
                    Err(error) => tracing::warn!(
                        consumer = name, %error,
                        "a batch of events failed; handling them one at a time"
                    ),
                }
            }
        }
        for message in batch {
            let partition = partition_of(&message);
            if let Some(waiting) = held.get_mut(&partition) {
                waiting.messages.push_back(message);
                continue;
            }
            match self.attempt(name, handler, &message).await? {
                None => store_offset(consumer, &message),
                Some(error) => {
                    let attempts = u32::from(error.code() != ErrorCode::Unavailable);
                    if attempts >= self.max_attempts {
                        self.dead_letter(name, &message, &error, attempts).await?;
                        store_offset(consumer, &message);
                        continue;
                    }
                    held.insert(
                        partition,
                        Held {
                            messages: VecDeque::from([message]),
                            attempts,
                            backoff: self.poll_interval,
                            next_try: Instant::now() + self.poll_interval,
                        },
                    );
                }
            }
        }
        Ok(())
    }

    /// Tries again the first event of each held partition whose back-off
    /// is over; a success lets the partition's next events through, an
    /// event out of attempts is dead-lettered.
    async fn retry_held(
        &self,
        name: &'static str,
        handler: &dyn EventHandler,
        consumer: &StreamConsumer,
        held: &mut HashMap<(String, i32), Held>,
    ) -> Result<()> {
        let now = Instant::now();
        let due: Vec<(String, i32)> = held
            .iter()
            .filter(|(_, waiting)| waiting.next_try <= now)
            .map(|(partition, _)| partition.clone())
            .collect();
        for partition in due {
            while let Some(waiting) = held.get_mut(&partition) {
                let Some(head) = waiting.messages.front() else {
                    held.remove(&partition);
                    break;
                };
                match self.attempt(name, handler, head).await? {
                    None => {
                        store_offset(consumer, head);
                        waiting.messages.pop_front();
                        waiting.attempts = 0;
                        waiting.backoff = self.poll_interval;
                    }
                    Some(error) => {
                        if error.code() != ErrorCode::Unavailable {
                            waiting.attempts += 1;
                        }
                        if waiting.attempts >= self.max_attempts {
                            self.dead_letter(name, head, &error, waiting.attempts)
                                .await?;
                            store_offset(consumer, head);
                            waiting.messages.pop_front();
                            waiting.attempts = 0;
                            waiting.backoff = self.poll_interval;
                            continue;
                        }
                        tracing::warn!(
                            consumer = name, topic = head.topic(), partition = head.partition(),
                            offset = head.offset(), attempts = waiting.attempts, %error,
                            "event handler failed; its partition waits and the event is tried again"
                        );
                        waiting.backoff = (waiting.backoff * 2).min(MAX_BACKOFF);
                        waiting.next_try = Instant::now() + waiting.backoff;
                        break;
                    }
                }
            }
        }
        Ok(())
    }

    /// Hands one message's event to the handler: `None` when it is done
    /// (handled, or dead-lettered for not being an event), else the error.
    async fn attempt(
        &self,
        name: &'static str,
        handler: &dyn EventHandler,
        message: &OwnedMessage,
    ) -> Result<Option<Error>> {
        match decode(message) {
            Err(error) => {
                self.dead_letter(name, message, &error, 1).await?;
                Ok(None)
            }
            Ok(event) => Ok(super::handle_one(handler, &event).await.err()),
        }
    }

    async fn dead_letter(
        &self,
        consumer: &str,
        message: &OwnedMessage,
        error: &Error,
        attempts: u32,
    ) -> Result<()> {
        tracing::error!(
            consumer, topic = message.topic(), partition = message.partition(),
            offset = message.offset(), attempts, %error,
            "event dead-lettered"
        );
        let position = format!("{}/{}", message.partition(), message.offset());
        let attempts = attempts.to_string();
        let reason = error.to_string();
        let mut headers = OwnedHeaders::new();
        if let Some(original) = message.headers() {
            for header in original.iter() {
                if !header.key.starts_with("secureflow-dead-") {
                    headers = headers.insert(Header {
                        key: header.key,
                        value: header.value,
                    });
                }
            }
        }
        let headers = [
            (DEAD_CONSUMER_HEADER, consumer),
            (DEAD_TOPIC_HEADER, message.topic()),
            (DEAD_POSITION_HEADER, position.as_str()),
            (DEAD_REASON_HEADER, reason.as_str()),
            (DEAD_ATTEMPTS_HEADER, attempts.as_str()),
        ]
        .into_iter()
        .fold(headers, |headers, (key, value)| {
            headers.insert(Header {
                key,
                value: Some(value),
            })
        });
        self.forward(message, &self.dead_letter_topic(), headers)
            .await
            .map_err(|error| unavailable("sending a dead letter", error))
    }

    /// Sends `message`'s key and value to `topic` with `headers`.
    async fn forward<M: rdkafka::message::Message>(
        &self,
        message: &M,
        topic: &str,
        headers: OwnedHeaders,
    ) -> std::result::Result<(), KafkaError> {
        let mut record = FutureRecord::<[u8], [u8]>::to(topic).headers(headers);
        if let Some(key) = message.key() {
            record = record.key(key);
        }
        if let Some(payload) = message.payload() {
            record = record.payload(payload);
        }
        self.shared()
            .producer
            .send(record, self.timeout())
            .await
            .map(drop)
            .map_err(|(error, _)| error)
    }

    /// Sends the dead letters written since the last replay back to the
    /// topics they came from (every consumer group sees them again; the
    /// consumers that had handled them skip them by their processed marks),
    /// with `consumer` set, only those that consumer gave up on (the others
    /// stay for a later replay of their own). Stops when the dead-letter
    /// topic has nothing newer; returns how many were sent.
    pub async fn replay_dead_letters(&self, consumer: Option<&str>) -> Result<u64> {
        let group = self.group(&format!(
            "dead_letters.replay{}",
            consumer.map(|name| format!(".{name}")).unwrap_or_default()
        ));
        let reader = self.group_consumer(&group)?;
        let topic = self.dead_letter_topic();
        reader
            .subscribe(&[topic.as_str()])
            .map_err(|error| unavailable("reading the dead letters", error))?;
        let mut replayed = 0;
        // The first read waits for the group to be joined; after it, a
        // quiet second means the topic is read to its end.
        let mut quiet = self.timeout();
        loop {
            let message = match tokio::time::timeout(quiet, reader.recv()).await {
                Err(_) => break,
                Ok(message) => {
                    message.map_err(|error| unavailable("reading the dead letters", error))?
                }
            };
            quiet = Duration::from_secs(1);
            let header = |key: &str| -> Option<String> {
                message.headers().and_then(|headers| {
                    headers
                        .iter()
                        .find(|header| header.key == key)
                        .and_then(|header| header.value)
                        .map(|value| String::from_utf8_lossy(value).into_owned())
                })
            };
            let from = header(DEAD_CONSUMER_HEADER);
            if consumer.is_none_or(|wanted| from.as_deref() == Some(wanted))
                && let Some(original) = header(DEAD_TOPIC_HEADER)
            {
                let mut headers = OwnedHeaders::new();
                for name in [SEQ_HEADER, EVENT_ID_HEADER] {
                    if let Some(value) = header(name) {
                        headers = headers.insert(Header {
                            key: name,
                            value: Some(value.as_str()),
                        });
                    }
                }
                self.forward(&message, &original, headers)
                    .await
                    .map_err(|error| unavailable("replaying a dead letter", error))?;
                replayed += 1;
            }
            reader
                .store_offset_from_message(&message)
                .map_err(|error| unavailable("recording the replay", error))?;
        }
        close(reader).await;
        Ok(replayed)
    }
}

/// Takes up renewals of the Kafka TLS files until the bus is dropped: checks
/// them every [`crate::tls::RELOAD_CHECK`] and, once the files changed and
/// can be used together, builds the shared clients again and counts a
/// renewal (the relay and the consumers then build theirs again). A renewal
/// written half-way is tried again at the next check.
async fn watch_renewals(
    renewals: std::sync::Weak<watch::Sender<u64>>,
    shared: std::sync::Weak<std::sync::RwLock<Arc<Shared>>>,
    config: KafkaConfig,
) {
    let mut files = crate::tls::WatchedFiles::new([
        config.ca_file.as_str(),
        config.cert_file.as_str(),
        config.key_file.as_str(),
    ]);
    if files.is_empty() {
        return;
    }
    loop {
        tokio::time::sleep(crate::tls::RELOAD_CHECK).await;
        let (Some(renewals), Some(shared)) = (renewals.upgrade(), shared.upgrade()) else {
            return;
        };
        let Some(now) = files.changed() else {
            continue;
        };
        match KafkaBus::check_files(&config).and_then(|()| Shared::new(&config)) {
            Ok(fresh) => {
                let old = std::mem::replace(
                    &mut *shared
                        .write()
                        .unwrap_or_else(|poisoned| poisoned.into_inner()),
                    Arc::new(fresh),
                );
                // Closing librdkafka clients waits on their threads.
                tokio::task::spawn_blocking(move || drop(old));
                files.accept(now);
                renewals.send_modify(|renewal| *renewal += 1);
                tracing::info!("the Kafka TLS files changed: clients connect again with them");
            }
            Err(error) => {
                tracing::warn!(%error, "the renewed Kafka TLS files cannot be used yet; keeping the current ones");
            }
        }
    }
}

/// Leaves the group, committing the offsets stored for finished events
/// (what was not finished is redelivered to the group). Closing waits on the
/// brokers (librdkafka loops until the group is left), so it runs on a
/// thread of its own, awaited for a while: a broker that never answers
/// leaves that thread waiting, not the server's shutdown (the group then
/// notices the member gone after its session timeout).
async fn close(consumer: StreamConsumer) {
    let (closed_tx, closed) = tokio::sync::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("kafka-close".into())
        .spawn(move || {
            match consumer.commit_consumer_state(CommitMode::Sync) {
                Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
                Err(error) => tracing::warn!(%error, "committing consumed offsets at close"),
            }
            drop(consumer);
            let _ = closed_tx.send(());
        });
    if spawned.is_ok() && tokio::time::timeout(CLOSE_WAIT, closed).await.is_err() {
        tracing::warn!("a Kafka consumer did not leave its group in time");
    }
}

/// A partition held behind an event that failed.
#[derive(Debug)]
struct Held {
    /// The failed event first, then what came after it, in order.
    messages: VecDeque<OwnedMessage>,
    /// Failed attempts at the first (`UNAVAILABLE` not counted).
    attempts: u32,
    backoff: Duration,
    next_try: Instant,
}

fn partition_of(message: &OwnedMessage) -> (String, i32) {
    (message.topic().to_owned(), message.partition())
}

/// Stores a handled message's offset for the next commit. After a
/// rebalance the partition may belong to another member: it starts from the
/// last commit and skips what the processed marks say is done.
fn store_offset(consumer: &StreamConsumer, message: &OwnedMessage) {
    let _ = consumer.store_offset(message.topic(), message.partition(), message.offset());
}

/// Commits the stored offsets without waiting (nothing stored: nothing to do).
fn commit(consumer: &StreamConsumer) {
    match consumer.commit_consumer_state(CommitMode::Async) {
        Ok(()) | Err(KafkaError::ConsumerCommit(RDKafkaErrorCode::NoOffset)) => {}
        Err(error) => tracing::warn!(%error, "committing consumed offsets"),
    }
}

/// The event a relayed message carries.
fn decode(message: &OwnedMessage) -> Result<StoredEvent> {
    let at = || {
        format!(
            "message {}/{}/{}",
            message.topic(),
            message.partition(),
            message.offset()
        )
    };
    let payload = message
        .payload()
        .ok_or_else(|| Error::new(ErrorCode::InvalidArgument, format!("{} has no value", at())))?;
    let envelope = Envelope::decode(payload).map_err(|error| {
        Error::new(
            ErrorCode::InvalidArgument,
            format!("{} is not an event envelope: {error}", at()),
        )
    })?;
    let seq = message
        .headers()
        .and_then(|headers| {
            headers
                .iter()
                .find(|header| header.key == SEQ_HEADER)
                .and_then(|header| header.value)
        })
        .and_then(|value| std::str::from_utf8(value).ok()?.parse::<i64>().ok())
        .ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidArgument,
                format!("{} has no {SEQ_HEADER} header", at()),
            )
        })?;
    Ok(StoredEvent { seq, envelope })
}
