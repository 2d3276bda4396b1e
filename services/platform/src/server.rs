//! Composes domain services into one gRPC server: storage and migrations, health,
//! reflection, `/metrics`, the gateway's HTTP routes, graceful shutdown.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tokio::net::TcpListener;
use tonic::service::{Routes, RoutesBuilder};
use tonic_health::ServingStatus;
use tonic_health::server::HealthReporter;

use futures::future::BoxFuture;

use crate::access::AccessTable;
use crate::audit::{AuditSink, NoAudit};
use crate::audit_journal::{AuditJournal, JournaledAudit};
use crate::auth::{AccessState, Authenticator, InFlight, NoAuthenticator};
use crate::config::{Config, ConfigSection};
use crate::db::{Database, MigrationSet};
use crate::error::{Error, ErrorCode, Result};
use crate::events::{EventHandler, EventLog};
use crate::migrations::PLATFORM_MIGRATIONS;
use crate::secrets::Secrets;
use crate::shared::Shared;
use crate::telemetry::{self, names};

/// How long a stopping server waits, after the grace period and closing the
/// database, for the audit records of the calls it cut off.
const AUDIT_FLUSH_LIMIT: Duration = Duration::from_secs(10);

/// How long a stopping server waits for each event consumer to finish the
/// event in hand.
const CONSUMER_STOP_LIMIT: Duration = Duration::from_secs(5);

/// What a domain service is given to build its handlers.
#[derive(Clone)]
pub struct ServiceContext {
    /// Relational storage.
    pub db: Database,
    /// The event log (outbox writer side and consumers).
    pub events: EventLog,
    /// Access rules of every RPC, from the contracts.
    pub access: Arc<AccessTable>,
    /// The whole configuration.
    pub config: Arc<Config>,
    /// Encryption of secrets at rest.
    pub secrets: Arc<Secrets>,
    /// State the process's modules share (caches one fills and another invalidates).
    pub shared: Shared,
    /// Credentials and membership, answered by the identity service's authenticator.
    pub identity: Arc<dyn Authenticator>,
    /// The audit trail (records the store cannot take wait in a journal).
    pub audit: Arc<dyn AuditSink>,
    /// The document collections configured into MongoDB (none: all in SQL).
    pub documents: crate::documents::Documents,
    /// What the configuration of the services run here allows but most
    /// likely should not (logged at start).
    pub warnings: Arc<[crate::config::ConfigWarning]>,
}

impl std::fmt::Debug for ServiceContext {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("ServiceContext")
            .field("db", &self.db)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// A service's start-up work, given the context it will serve with.
pub type StartHook = fn(ServiceContext) -> BoxFuture<'static, Result<()>>;

/// A domain service as the server composes it.
#[derive(Debug, Clone, Copy)]
pub struct ServiceModule {
    /// Full gRPC service name (`secureflow.identity.v1.IdentityService`).
    pub name: &'static str,
    /// Short name used by `--service` (`identity`).
    pub short_name: &'static str,
    /// The service's schema, applied at start.
    pub migrations: Option<MigrationSet>,
    /// Adds the service's gRPC server to the routes.
    pub register: fn(&ServiceContext, &mut RoutesBuilder),
    /// Runs once after migrations, before the service reports SERVING (bootstrap, recovery).
    pub start: Option<StartHook>,
    /// The service's event consumers, run by the server from start until shutdown.
    pub consumers: &'static [Consumer],
    /// The service's own configuration section, if it has one.
    pub config: Option<ConfigSection>,
}

/// An event consumer of a service (see [`crate::events::EventLog::spawn_consumer`]).
#[derive(Debug, Clone, Copy)]
pub struct Consumer {
    /// Its name: the key of its cursor in the log (`security.organizations`).
    /// Renaming it replays the whole log to it.
    pub name: &'static str,
    /// The event types (topics) it handles; others pass it by.
    pub topics: &'static [&'static str],
    /// Builds its handler over the service context.
    pub handler: fn(&ServiceContext) -> Arc<dyn EventHandler>,
}

/// Who authenticates credentials for every service of the process. The identity
/// service provides it; it works from the shared database, so it is installed
/// even when the identity service itself runs in another process.
#[derive(Debug, Clone, Copy)]
pub struct Authentication {
    /// Schema the authenticator reads.
    pub migrations: MigrationSet,
    /// Builds the authenticator.
    pub authenticator: fn(&ServiceContext) -> Arc<dyn Authenticator>,
    /// Builds the audit log every mutating call is recorded in.
    pub audit: fn(&ServiceContext) -> Arc<dyn AuditSink>,
}

/// Everything a server process serves.
#[derive(Debug, Clone)]
pub struct Composition {
    /// Domain services to run.
    pub modules: Vec<ServiceModule>,
    /// Credential checking; without it only anonymous RPCs can be called.
    pub authentication: Option<Authentication>,
    /// Extra HTTP routes (the gateway); gRPC paths take precedence.
    pub http: axum::Router,
    /// Routes built over the gRPC router itself (REST transcoding): given the
    /// gRPC services behind their access layer, returns routes calling them.
    pub edge: Option<Edge>,
    /// What answers a path nothing else serves (the web UI: its assets and
    /// deep links); without it, HTTP 404 (gRPC: UNIMPLEMENTED).
    pub pages: Option<axum::Router>,
}

/// Builds HTTP routes that call the gRPC router in process.
pub type Edge = fn(grpc: axum::Router, config: &Config) -> axum::Router;

/// The service name that selects no domain service: the gateway alone, which
/// forwards to `gateway.upstreams` (split mode).
pub const GATEWAY_ONLY: &str = "gateway";

/// Picks the modules named in `config.services` (all when empty; none for
/// [`GATEWAY_ONLY`]).
pub fn select_modules(config: &Config, available: &[ServiceModule]) -> Result<Vec<ServiceModule>> {
    // Every service's section is checked, run here or not: one configuration
    // file serves every process of a split deployment.
    let sections: Vec<ConfigSection> = available
        .iter()
        .filter_map(|module| module.config)
        .collect();
    config
        .check_sections(&sections)
        .map_err(|error| Error::new(ErrorCode::InvalidArgument, error.to_string()))?;
    if config.services.is_empty() {
        return Ok(available.to_vec());
    }
    let mut selected = Vec::new();
    // `gateway` names no module: alone, it runs only the edge (split mode).
    for wanted in config.services.iter().filter(|name| *name != GATEWAY_ONLY) {
        let module = available
            .iter()
            .find(|module| module.short_name == wanted || module.name == wanted)
            .ok_or_else(|| {
                let names: Vec<&str> = available.iter().map(|module| module.short_name).collect();
                Error::invalid_field(
                    "services",
                    format!(
                        "unknown service `{wanted}`; known: {}, {GATEWAY_ONLY}",
                        names.join(", ")
                    ),
                )
            })?;
        if !selected
            .iter()
            .any(|chosen: &ServiceModule| chosen.name == module.name)
        {
            selected.push(*module);
        }
    }
    Ok(selected)
}

/// Opens the database named by the config (creating the data directory for the
/// embedded SQLite file) and applies the platform's and the modules' migrations.
pub async fn open_database(config: &Config, composition: &Composition) -> Result<Database> {
    let url = config.database_url();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).map_err(|error| {
            Error::new(
                ErrorCode::Unavailable,
                format!(
                    "cannot create data directory {}: {error}",
                    config.data_dir.display()
                ),
            )
        })?;
    }
    let db = Database::open(&url, &config.database).await?;
    db.migrate(&PLATFORM_MIGRATIONS).await?;
    if let Some(authentication) = &composition.authentication {
        db.migrate(&authentication.migrations).await?;
    }
    for module in &composition.modules {
        if let Some(migrations) = &module.migrations {
            db.migrate(migrations).await?;
        }
    }
    Ok(db)
}

/// The event log of the configured database (and Kafka, when configured),
/// for operators' tools: the dead letters, their replay.
pub async fn event_log(config: &Config) -> Result<EventLog> {
    let platform_only = Composition {
        modules: Vec::new(),
        authentication: None,
        http: axum::Router::new(),
        edge: None,
        pages: None,
    };
    let db = open_database(config, &platform_only).await?;
    let log = EventLog::new(
        db,
        Duration::from_millis(config.events.poll_interval_ms),
        config.events.batch_size,
    );
    Ok(if config.events.kafka.enabled() {
        log.with_kafka(crate::events::kafka::KafkaBus::connect(&config.events).await?)
    } else {
        log
    })
}

/// Serves `modules` on `listener` until `shutdown` resolves, then stops accepting,
/// reports NOT_SERVING and gives in-flight calls `shutdown_grace_seconds` to finish.
pub async fn serve(
    config: Config,
    listener: TcpListener,
    composition: Composition,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<()> {
    // The sections of the services run here are read and checked before
    // anything starts (secureflowd has already refused unknown ones); what
    // they allow but should not be left so is said once, here.
    let mut warnings = Vec::new();
    for section in composition
        .modules
        .iter()
        .filter_map(|module| module.config)
    {
        (section.check)(&config)
            .map_err(|error| Error::new(ErrorCode::InvalidArgument, error.to_string()))?;
        warnings.extend((section.warnings)(&config));
    }
    for warning in &warnings {
        tracing::warn!(key = warning.key, "{}", warning.message);
    }
    // Certificates are read before anything starts: a wrong file stops the start.
    let tls = crate::tls::server(&config.tls)?;
    if config.telemetry.metrics {
        // Install the recorder before the first request is counted.
        telemetry::prometheus();
    }
    let db = open_database(&config, &composition).await?;
    let Composition {
        modules,
        authentication,
        http,
        edge,
        pages,
    } = composition;
    let service_names: Vec<&str> = modules.iter().map(|module| module.name).collect();
    let access =
        AccessTable::from_descriptor_set(secureflow_proto::FILE_DESCRIPTOR_SET, &service_names)
            .map_err(Error::internal)?;
    let mut events = EventLog::new(
        db.clone(),
        Duration::from_millis(config.events.poll_interval_ms),
        config.events.batch_size,
    )
    .with_max_attempts(config.events.max_attempts);
    if config.events.kafka.enabled() {
        let bus = crate::events::kafka::KafkaBus::connect(&config.events).await?;
        tracing::info!(brokers = %config.events.kafka.brokers, "events travel through Kafka");
        events = events.with_kafka(bus);
    }
    let secrets = Arc::new(Secrets::load(&config.secrets, &config.data_dir)?);
    let documents = crate::documents::Documents::open(&config.documents).await?;
    if documents.uses_mongodb() {
        tracing::info!(database = %config.documents.database,
            collections = ?config.documents.collections, "document collections kept in MongoDB");
    }
    let config = Arc::new(config);
    let mut context = ServiceContext {
        db: db.clone(),
        events,
        access: Arc::new(access),
        config: config.clone(),
        secrets,
        shared: Shared::default(),
        identity: Arc::new(NoAuthenticator),
        audit: Arc::new(NoAudit),
        documents: documents.clone(),
        warnings: warnings.into(),
    };
    let (authenticator, audit): (Arc<dyn Authenticator>, Arc<dyn AuditSink>) = match authentication
    {
        Some(authentication) => (
            (authentication.authenticator)(&context),
            (authentication.audit)(&context),
        ),
        None => (Arc::new(NoAuthenticator), Arc::new(NoAudit)),
    };
    context.identity = authenticator.clone();
    let audit = Arc::new(JournaledAudit::new(
        audit,
        Arc::new(AuditJournal::new(&config.data_dir)),
    ));
    context.audit = audit.clone();
    for module in &modules {
        if let Some(start) = module.start {
            start(context.clone()).await?;
        }
    }
    let recovered = audit.recover().await?;
    if recovered > 0 {
        tracing::info!(
            recovered,
            "audit records kept in the journal while the store was unavailable are stored"
        );
    }

    // Event consumers run until the server stops (then finish the event in hand).
    let (consumers_stop, consumers_stopping) = tokio::sync::watch::channel(false);
    let consumers: Vec<_> = modules
        .iter()
        .flat_map(|module| module.consumers)
        .map(|consumer| {
            context.events.spawn_consumer(
                consumer.name,
                consumer.topics,
                (consumer.handler)(&context),
                consumers_stopping.clone(),
            )
        })
        .collect();
    // Distributed mode: the outbox is relayed to Kafka (by one process at a time).
    let relay = match context.events.kafka() {
        Some(bus) if config.events.kafka.relay => {
            Some(bus.spawn_relay(context.events.clone(), consumers_stopping.clone()))
        }
        _ => None,
    };

    let (health, health_service) = tonic_health::server::health_reporter();
    set_status(&health, &modules, ServingStatus::NotServing).await;
    let services = service_routes(&config, &context, &modules, health_service)?;
    let in_flight = Arc::new(InFlight::default());
    let access_state = AccessState {
        access: context.access.clone(),
        authenticator,
        audit,
        in_flight: in_flight.clone(),
    };
    // The stack a request meets, outermost first:
    //
    //  1. `record_request`: every request, gRPC or HTTP, counted and timed;
    //  2. CORS, when origins are configured (browsers' preflights end here);
    //  3. the rate limit, per verified caller (per address for calls without
    //     a credential that verifies);
    //  4. grpc-web translation: browsers' grpc-web becomes gRPC, sent through
    //     the same stack below; other requests never meet the translator;
    //  5. routing: the services' gRPC paths, the gateway's HTTP routes, REST
    //     (calling the gRPC services through layer 6), the web UI's assets
    //     and pages, else HTTP 404;
    //  6. `enforce_access` (gRPC paths only): authenticate, apply the
    //     contract's access rule, audit mutating calls;
    //  7. the service's handler.
    //
    // Built inside out.
    let services = services.layer(axum::middleware::from_fn_with_state(
        access_state,
        crate::auth::enforce_access,
    ));
    // Services of the process call each other through the same layer.
    context
        .shared
        .get_or_insert_with(crate::mesh::Mesh::default)
        .install(services.clone());
    let rest = edge
        .map(|edge| edge(services.clone(), &config))
        .unwrap_or_default();
    let grpc_web = tower::Layer::layer(&tonic_web::GrpcWebLayer::new(), services.clone());
    let router = services.merge(http).merge(rest);
    // Replaces tonic's fallback (a gRPC UNIMPLEMENTED for any path): the
    // pages (the web UI) when served, which answer what is not theirs as
    // plain HTTP callers of an unknown path are answered: an HTTP 404.
    let router = match pages {
        Some(pages) => router.fallback_service(pages),
        None => router.fallback(crate::edge::no_route),
    };
    let router = router
        .layer(axum::middleware::from_fn_with_state(
            grpc_web,
            translate_grpc_web,
        ))
        .layer(axum::middleware::from_fn_with_state(
            crate::edge::RateLimit::from_config(&config.gateway, context.identity.clone()).await?,
            crate::edge::limit,
        ));
    let router = match crate::edge::cors(&config.gateway) {
        Some(cors) => router.layer(cors),
        None => router,
    };
    let router = router.layer(axum::middleware::from_fn_with_state(
        context.access.clone(),
        record_request,
    ));

    let address = listener.local_addr().map_err(Error::internal)?;
    // Readiness follows the backends: NOT_SERVING while one is unreachable,
    // from the start (a backend connected lazily, MongoDB say, may be out of
    // reach although the process started).
    let backends = Backends {
        db: db.clone(),
        kafka: context.events.kafka().cloned(),
        documents: context.documents.clone(),
        redis: RedisCheck::new(&config.gateway.rate_limit_redis_url),
    };
    let ready = match backends.unreachable().await {
        None => {
            set_status(&health, &modules, ServingStatus::Serving).await;
            true
        }
        Some(what) => {
            tracing::warn!(backend = %what, "a backend is unreachable: not ready");
            false
        }
    };
    let stopping = Arc::new(std::sync::atomic::AtomicBool::new(false));
    tokio::spawn(follow_backends(
        backends,
        ready,
        health.clone(),
        modules.clone(),
        stopping.clone(),
        consumers_stopping.clone(),
    ));
    tracing::info!(
        %address,
        services = modules.len(),
        database = ?db.backend(),
        data_dir = %config.data_dir.display(),
        "secureflowd listening"
    );

    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let health_on_stop = health.clone();
    let modules_on_stop = modules.clone();
    let grace = Duration::from_secs(config.shutdown_grace_seconds);
    let events_on_stop = context.events.clone();
    let draining = async move {
        shutdown.await;
        tracing::info!("shutting down: refusing new calls, draining in-flight ones");
        // Live event streams never finish by themselves: end them now.
        events_on_stop.close_streams();
        stopping.store(true, std::sync::atomic::Ordering::SeqCst);
        set_status(&health_on_stop, &modules_on_stop, ServingStatus::NotServing).await;
        let _ = stop_tx.send(());
    };
    let grace_over = async move {
        let _ = stop_rx.await;
        tokio::time::sleep(grace).await;
    };
    let routes = Routes::from(router);
    let outcome = match tls {
        Some(tls) => {
            tokio::spawn(tls.certificate.watch(consumers_stopping.clone()));
            let incoming = crate::tls::accept(listener, tls.config);
            serve_until(routes, incoming, draining, grace_over, grace).await
        }
        None => {
            // The builder's `tcp_nodelay` does not reach a listener passed in: set
            // it on the incoming connections, or every response written in two
            // parts waits for the client's delayed ACK (~40 ms).
            let incoming =
                tonic::transport::server::TcpIncoming::from(listener).with_nodelay(Some(true));
            serve_until(routes, incoming, draining, grace_over, grace).await
        }
    };
    let _ = consumers_stop.send(true);
    for consumer in consumers.into_iter().chain(relay) {
        if tokio::time::timeout(CONSUMER_STOP_LIMIT, consumer)
            .await
            .is_err()
        {
            tracing::warn!(
                "an event consumer did not stop in time; its event is offered again at the next start"
            );
        }
    }
    db.close().await;
    // Calls cut off by the grace period still write their audit records (to
    // the journal, the database being closed) before the process ends.
    if tokio::time::timeout(AUDIT_FLUSH_LIMIT, in_flight.idle())
        .await
        .is_err()
    {
        tracing::error!(
            calls = in_flight.count(),
            "stopping with audited calls whose records are not written"
        );
    }
    outcome.map_err(|error| Error::new(ErrorCode::Unavailable, format!("server failed: {error}")))
}

/// Serves `routes` on the connections of `incoming` (plaintext or TLS) until
/// `draining` resolves and the calls in flight end, or `grace_over` cuts them.
async fn serve_until<S, IO, E>(
    routes: Routes,
    incoming: S,
    draining: impl Future<Output = ()> + Send,
    grace_over: impl Future<Output = ()> + Send,
    grace: Duration,
) -> std::result::Result<(), tonic::transport::Error>
where
    S: futures::Stream<Item = std::result::Result<IO, E>> + Send,
    IO: tonic::transport::server::Connected
        + tokio::io::AsyncRead
        + tokio::io::AsyncWrite
        + Unpin
        + Send
        + 'static,
    IO::ConnectInfo: Clone + Send + Sync + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let server = tonic::transport::Server::builder()
        .accept_http1(true)
        .add_routes(routes)
        .serve_with_incoming_shutdown(incoming, draining);
    tokio::pin!(server);
    tokio::select! {
        outcome = &mut server => outcome,
        () = grace_over => {
            tracing::warn!(grace_seconds = grace.as_secs(), "calls still running after the grace period; closing them");
            Ok(())
        }
    }
}

/// The gRPC routes of the process: health, reflection, each module's service,
/// services forwarded to other processes (split mode), and `/metrics`.
fn service_routes(
    config: &Config,
    context: &ServiceContext,
    modules: &[ServiceModule],
    health: tonic_health::pb::health_server::HealthServer<
        impl tonic_health::pb::health_server::Health,
    >,
) -> Result<axum::Router> {
    let reflection = || {
        let mut builder = tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(secureflow_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .with_service_name("grpc.health.v1.Health");
        for module in modules {
            builder = builder.with_service_name(module.name);
        }
        builder
    };
    let reflection_v1 = reflection().build_v1().map_err(Error::internal)?;
    let reflection_v1alpha = reflection().build_v1alpha().map_err(Error::internal)?;
    let mut routes = Routes::builder();
    routes
        .add_service(health)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha);
    for module in modules {
        (module.register)(context, &mut routes);
    }
    let mut router = routes.routes().into_axum_router();
    for (name, url) in &config.gateway.upstreams {
        let service = upstream_service(name).ok_or_else(|| {
            Error::invalid_field(
                format!("gateway.upstreams.{name}"),
                "names no domain service",
            )
        })?;
        if modules.iter().any(|module| module.name == service) {
            continue;
        }
        router = router.route_service(
            &format!("/{service}/{{*method}}"),
            forward(service, name, url, &config.tls)?,
        );
        tracing::info!(%service, %url, "forwarding to an upstream process");
    }
    if config.telemetry.metrics {
        router = router.route("/metrics", axum::routing::get(render_metrics));
    }
    Ok(router)
}

/// The domain service a `gateway.upstreams` key names: its full gRPC name
/// (`secureflow.security.v1.SecurityService`) or its package's short name
/// (`security`).
pub fn upstream_service(name: &str) -> Option<&'static str> {
    secureflow_proto::DOMAIN_SERVICES
        .iter()
        .copied()
        .find(|full| {
            *full == name
                || full
                    .strip_prefix("secureflow.")
                    .and_then(|rest| rest.split('.').next())
                    == Some(name)
        })
}

/// How often a process checks the backends it depends on.
pub const BACKENDS_CHECKED_EVERY: Duration = Duration::from_secs(2);

/// What a process depends on to serve.
struct Backends {
    db: Database,
    kafka: Option<crate::events::kafka::KafkaBus>,
    /// MongoDB, when document collections live there.
    documents: crate::documents::Documents,
    /// The rate limit's Redis (empty: none).
    redis: RedisCheck,
}

/// The rate limit's Redis, checked over one connection kept between checks
/// (re-established by the connection manager after a failure) rather than a
/// new connection every time.
struct RedisCheck {
    /// Empty: no Redis.
    url: String,
    connection: tokio::sync::Mutex<Option<redis::aio::ConnectionManager>>,
}

impl RedisCheck {
    fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            connection: tokio::sync::Mutex::new(None),
        }
    }

    /// PINGs Redis (when one is configured).
    async fn ping(&self) -> redis::RedisResult<()> {
        if self.url.is_empty() {
            return Ok(());
        }
        let mut connection = self.connection.lock().await;
        let manager = match connection.as_mut() {
            Some(manager) => manager,
            None => {
                let client = redis::Client::open(self.url.as_str())?;
                connection.insert(redis::aio::ConnectionManager::new(client).await?)
            }
        };
        redis::cmd("PING")
            .query_async::<String>(manager)
            .await
            .map(drop)
    }
}

impl Backends {
    /// The first backend that does not answer, and why.
    async fn unreachable(&self) -> Option<String> {
        let within = BACKENDS_CHECKED_EVERY;
        if let Err(error) = self.db.ping(within).await {
            return Some(format!("the database: {error}"));
        }
        if let Some(kafka) = &self.kafka
            && let Err(error) = kafka.ping(within).await
        {
            return Some(format!("Kafka: {error}"));
        }
        if let Err(error) = self.documents.ping(within).await {
            return Some(format!("MongoDB: {error}"));
        }
        match tokio::time::timeout(within, self.redis.ping()).await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => return Some(format!("Redis: {error}")),
            Err(_) => return Some(format!("Redis: no answer within {within:?}")),
        }
        None
    }
}

/// Reports the services NOT_SERVING while a backend is unreachable and
/// SERVING again once every one answers (not after the server began to stop);
/// `ready`: what they are reported as now.
async fn follow_backends(
    backends: Backends,
    mut ready: bool,
    health: HealthReporter,
    modules: Vec<ServiceModule>,
    stopping: Arc<std::sync::atomic::AtomicBool>,
    mut stopped: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(BACKENDS_CHECKED_EVERY) => {}
            _ = stopped.changed() => return,
        }
        let unreachable = backends.unreachable().await;
        if stopping.load(std::sync::atomic::Ordering::SeqCst) || *stopped.borrow() {
            return;
        }
        match (&unreachable, ready) {
            (Some(what), true) => {
                tracing::warn!(backend = %what, "a backend is unreachable: not ready");
                set_status(&health, &modules, ServingStatus::NotServing).await;
                ready = false;
            }
            (None, false) => {
                tracing::info!("every backend answers again: ready");
                set_status(&health, &modules, ServingStatus::Serving).await;
                ready = true;
            }
            _ => {}
        }
    }
}

async fn set_status(health: &HealthReporter, modules: &[ServiceModule], status: ServingStatus) {
    for module in modules {
        health.set_service_status(module.name, status).await;
    }
    health.set_service_status("", status).await;
}

async fn render_metrics() -> impl IntoResponse {
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        telemetry::prometheus().render(),
    )
}

/// Metric label for a request path: contract RPCs and known HTTP routes by name,
/// anything else as `unmatched`, so arbitrary URLs cannot grow the label set.
fn path_label(access: &AccessTable, request: &Request) -> String {
    let path = request.uri().path();
    if access.rule(path).is_some() || path.starts_with("/grpc.") {
        return path.to_owned();
    }
    match request.extensions().get::<axum::extract::MatchedPath>() {
        Some(matched) if !matched.as_str().contains('*') => matched.as_str().to_owned(),
        _ => "unmatched".to_owned(),
    }
}

/// Forwards a service's calls to the process at `url` over gRPC (split mode);
/// when it cannot be reached the caller gets `UNAVAILABLE`.
/// An `https://` upstream is reached over TLS: its certificate must chain to
/// `tls.ca_file` and name the URL's host, and this process presents its own
/// (the current one: renewals are picked up, [`crate::tls::UpstreamChannel`]).
fn forward(
    service: &'static str,
    name: &str,
    url: &str,
    tls: &crate::tls::TlsConfig,
) -> Result<tower::util::BoxCloneSyncService<Request, Response, std::convert::Infallible>> {
    let key = format!("gateway.upstreams.{name}");
    let upstream = crate::tls::UpstreamChannel::new(tls, &key, url)?;
    Ok(tower::util::BoxCloneSyncService::new(tower::service_fn(
        move |request: Request| {
            let channel = upstream.channel();
            async move {
                let request = request.map(tonic::body::Body::new);
                let response = match tower::ServiceExt::oneshot(channel, request).await {
                    Ok(response) => response.map(axum::body::Body::new),
                    Err(error) => {
                        tonic::Status::unavailable(format!("{service} is not reachable: {error}"))
                            .into_http::<axum::body::Body>()
                    }
                };
                Ok::<_, std::convert::Infallible>(response)
            }
        },
    )))
}

/// Sends grpc-web requests to the translator, everything else on.
async fn translate_grpc_web(
    axum::extract::State(grpc_web): axum::extract::State<tonic_web::GrpcWebService<axum::Router>>,
    request: Request,
    next: Next,
) -> Response {
    let is_grpc_web = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/grpc-web"));
    if !is_grpc_web {
        return next.run(request).await;
    }
    match tower::ServiceExt::oneshot(grpc_web, request).await {
        Ok(response) => response.map(axum::body::Body::new),
        Err(never) => match never {},
    }
}

/// The outermost layer, for every request (gRPC, grpc-web, REST): the
/// correlation id (accepted from `x-correlation-id` or created, passed inward
/// and returned), a tracing span carrying it, metrics, and the access log.
async fn record_request(
    axum::extract::State(access): axum::extract::State<Arc<AccessTable>>,
    mut request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let correlation = crate::auth::correlation_id(request.headers());
    let correlation_header = http::HeaderValue::from_str(&correlation).ok();
    if let Some(value) = &correlation_header {
        request
            .headers_mut()
            .insert("x-correlation-id", value.clone());
    }
    let method = request.method().clone();
    let path = path_label(&access, &request);
    let span = tracing::info_span!("request", correlation_id = %correlation, path = %path);
    let mut response = tracing::Instrument::instrument(next.run(request), span.clone()).await;
    if let Some(value) = correlation_header {
        response.headers_mut().insert("x-correlation-id", value);
    }
    // gRPC errors from unary handlers travel as trailers-only responses, so
    // `grpc-status` is in the headers; a successful call's status follows in the trailers.
    let code = match response.headers().get("grpc-status") {
        Some(value) => value.to_str().unwrap_or("unknown").to_owned(),
        None if path.starts_with("/secureflow.") || path.starts_with("/grpc.") => "0".to_owned(),
        None => response.status().as_u16().to_string(),
    };
    let elapsed = started.elapsed();
    let probe = path.starts_with("/grpc.health") || path == "/metrics" || path == "/healthz";
    if probe {
        tracing::debug!(parent: &span, %method, code = %code, elapsed_ms = elapsed.as_secs_f64() * 1e3, "request");
    } else {
        tracing::info!(parent: &span, %method, code = %code, elapsed_ms = elapsed.as_secs_f64() * 1e3, "request");
    }
    metrics::counter!(names::REQUESTS_TOTAL, "path" => path.clone(), "code" => code).increment(1);
    metrics::histogram!(names::REQUEST_DURATION_SECONDS, "path" => path)
        .record(elapsed.as_secs_f64());
    response
}
