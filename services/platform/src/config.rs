//! Layered configuration: built-in defaults → TOML file → `SECUREFLOW_*`
//! environment (`__` separates nesting levels) → command-line flags, then
//! [`Config::validate`].
//!
//! The environment is passed in as a map rather than read here, so tests and
//! embedders control it completely.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use crate::blobs::BlobsConfig;
pub use crate::documents::DocumentsConfig;
pub use crate::secrets::SecretsConfig;
pub use crate::tls::{ClientCertificates, TlsConfig};

/// Environment variables with the `SECUREFLOW_` prefix that belong to clients
/// (the `secureflow` CLI) or to argument parsing, not to the server config.
pub const NON_CONFIG_ENV: &[&str] = &["SECUREFLOW_TOKEN", "SECUREFLOW_SERVER", "SECUREFLOW_CONFIG"];

/// Prefix of configuration environment variables.
pub const ENV_PREFIX: &str = "SECUREFLOW";

/// Server configuration. Every field has a default, so no file is needed.
///
/// Unknown keys are refused: those of the platform's sections by their types,
/// a misspelt section by [`Config::check_sections`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// Address of the single listener (gRPC, grpc-web, REST, `/metrics`).
    pub listen: SocketAddr,
    /// Directory for the embedded database and local files.
    pub data_dir: PathBuf,
    /// Services to run, by short name (`identity`) or full gRPC name; empty runs all.
    pub services: Vec<String>,
    /// Relational storage.
    pub database: DatabaseConfig,
    /// Event log.
    pub events: EventsConfig,
    /// Logs, traces and metrics.
    pub telemetry: TelemetryConfig,
    /// Seconds in-flight requests get to finish on shutdown.
    pub shutdown_grace_seconds: u64,
    /// Encryption of secrets at rest.
    pub secrets: SecretsConfig,
    /// The HTTP edge (REST, grpc-web).
    pub gateway: GatewayConfig,
    /// TLS on the listener and to upstreams (none: plaintext).
    pub tls: TlsConfig,
    /// Where services keep blobs (artifacts): local directories or S3.
    pub blobs: BlobsConfig,
    /// Which document collections live in MongoDB (none: all in SQL).
    pub documents: DocumentsConfig,
    /// Setup/dev convenience: on first start with an empty database, create an admin
    /// API token with exactly this value. No effect once the database is initialised.
    pub bootstrap_admin_token: String,
    /// The domain services' own sections (`[identity]`, `[security]`, …), by
    /// name, each read and checked by its service ([`ConfigSection`]).
    #[serde(flatten)]
    pub sections: BTreeMap<String, serde_json::Value>,
}

/// A domain service's own section of the configuration: the service defines
/// its type (with defaults and `deny_unknown_fields`) and checks, the platform
/// only carries the values.
#[derive(Debug, Clone, Copy)]
pub struct ConfigSection {
    /// The section's name: its TOML table and the `SECUREFLOW_<NAME>__…`
    /// prefix of its environment variables.
    pub name: &'static str,
    /// Reads the section from a configuration and checks its values; the
    /// error names the key.
    pub check: fn(&Config) -> Result<(), ConfigError>,
    /// The section in effect (defaults completed), for `--print-config`.
    pub effective: fn(&Config) -> Result<serde_json::Value, ConfigError>,
    /// What the section allows but its operator most likely does not want
    /// (logged at start, shown by `GetSystemStatus`); [`no_warnings`] when
    /// nothing can be.
    pub warnings: fn(&Config) -> Vec<ConfigWarning>,
}

/// A setting to look at: valid, but most likely not what the operator wants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The setting (`notification.public_url`).
    pub key: &'static str,
    /// What is wrong and what to set.
    pub message: String,
}

/// The warnings of a section that has none.
pub fn no_warnings(_config: &Config) -> Vec<ConfigWarning> {
    Vec::new()
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from(".secureflow"),
            services: Vec::new(),
            database: DatabaseConfig::default(),
            events: EventsConfig::default(),
            telemetry: TelemetryConfig::default(),
            shutdown_grace_seconds: 10,
            secrets: SecretsConfig::default(),
            gateway: GatewayConfig::default(),
            tls: TlsConfig::default(),
            blobs: BlobsConfig::default(),
            documents: DocumentsConfig::default(),
            bootstrap_admin_token: String::new(),
            sections: BTreeMap::new(),
        }
    }
}

/// The HTTP edge: REST/JSON and grpc-web on the listener.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GatewayConfig {
    /// Browser origins allowed by CORS (`https://app.example.com`), or `*` for any;
    /// empty allows no cross-origin calls.
    pub cors_origins: Vec<String>,
    /// REST and grpc-web requests allowed per minute per credential (per client
    /// address for calls without one); 0 turns rate limiting off.
    pub rate_limit_per_minute: u32,
    /// `redis://host:port` to share rate-limit counters between gateway processes;
    /// empty keeps them in memory.
    pub rate_limit_redis_url: String,
    /// Largest REST request body, in bytes (larger reports: `IngestReport` over gRPC).
    pub max_body_bytes: usize,
    /// Time a unary REST call may take, in seconds (streams are not cut).
    pub request_timeout_seconds: u64,
    /// Split mode: services that run in other processes, by short name
    /// (`security`) → base URL (`http://security:8080`). Calls for them (gRPC,
    /// grpc-web, REST) are forwarded there over gRPC.
    pub upstreams: std::collections::BTreeMap<String, String>,
}

impl Default for GatewayConfig {
    fn default() -> Self {
        Self {
            cors_origins: Vec::new(),
            rate_limit_per_minute: 100,
            rate_limit_redis_url: String::new(),
            max_body_bytes: 64 * 1024 * 1024,
            request_timeout_seconds: 60,
            upstreams: std::collections::BTreeMap::new(),
        }
    }
}

/// Relational storage settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    /// `sqlite://PATH` or `postgres://USER@HOST:PORT/DB`; empty means
    /// `sqlite://<data_dir>/secureflow.db`.
    pub url: String,
    /// Connection pool size. SQLite adds one writing connection; PostgreSQL
    /// a second pool of this size for hot write transactions
    /// (`Database::write`), so up to twice this many connections.
    pub max_connections: u32,
    /// Seconds to wait for a pooled connection.
    pub acquire_timeout_seconds: u64,
    /// SQLite only: the page-cache ceiling of each pooled connection, in MiB
    /// (the connections together hold up to `max_connections + 1` times it).
    /// 4 by default: 8 made no listing measurably faster (`--bench lists`)
    /// and held up to 44 MiB more once every connection had read a large
    /// branch (`--bench ingest`).
    pub sqlite_cache_mib: u32,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: String::new(),
            max_connections: 10,
            acquire_timeout_seconds: 10,
            sqlite_cache_mib: 4,
        }
    }
}

/// Event log settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventsConfig {
    /// How often consumers look for events written by other processes, in milliseconds
    /// (events written in this process wake consumers at once).
    pub poll_interval_ms: u64,
    /// Events handed to a consumer per read.
    pub batch_size: u32,
    /// Attempts at handling an event before it is dead-lettered (an error
    /// saying a dependency is unavailable is retried without counting).
    pub max_attempts: u32,
    /// Kafka: when `brokers` is set, events are relayed from the outbox to
    /// Kafka topics and consumers read them there (distributed mode).
    pub kafka: KafkaConfig,
}

impl Default for EventsConfig {
    fn default() -> Self {
        Self {
            poll_interval_ms: 500,
            batch_size: 256,
            max_attempts: 5,
            kafka: KafkaConfig::default(),
        }
    }
}

/// The Kafka event bus (`[events.kafka]`); empty `brokers` keeps the
/// embedded log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaConfig {
    /// Bootstrap brokers, `host:port[,host:port…]`; empty: no Kafka.
    pub brokers: String,
    /// Prefix of every topic name (`prod.` gives `prod.scan.completed`).
    pub topic_prefix: String,
    /// Prefix of every consumer group; a consumer's group is
    /// `<group_prefix>.<consumer name>` (`secureflow.security.organizations`).
    pub group_prefix: String,
    /// Partitions of each topic created at start (existing topics are kept).
    pub partitions: u32,
    /// Replication factor of each topic created at start.
    pub replication_factor: u32,
    /// Whether this process runs the outbox relay (one process at a time
    /// relays: the others wait for its lease).
    pub relay: bool,
    /// Events the relay reads from the outbox and sends per round.
    pub relay_batch: u32,
    /// How often the relay looks for events when the outbox was empty, in
    /// milliseconds (appends of other processes are not signalled to it;
    /// this process's wake it at once). An idle look is one indexed query.
    pub relay_poll_ms: u64,
    /// The longest a consumer's fetch waits at the broker for events, in
    /// milliseconds: the most an event may wait there when few come.
    pub fetch_wait_ms: u64,
    /// The topic failed events go to, with the failure (after the prefix).
    pub dead_letter_topic: String,
    /// Milliseconds a request to the brokers may take before it fails.
    pub timeout_ms: u64,
    /// Connect to the brokers over TLS, checking their certificates against
    /// `ca_file` (or the system's roots) and the broker's host name.
    pub tls: bool,
    /// With `tls`: PEM file of the CA(s) the brokers' certificates chain to;
    /// empty: the system's roots.
    pub ca_file: String,
    /// With `tls`: PEM certificate this process presents to brokers that ask
    /// for one (mutual TLS); set with `key_file`.
    pub cert_file: String,
    /// With `cert_file`: its PEM private key.
    pub key_file: String,
    /// SASL mechanism this process authenticates to the brokers with:
    /// `SCRAM-SHA-512`, `SCRAM-SHA-256` or `PLAIN` (PLAIN sends the password
    /// itself, so only with `tls`); empty: no SASL.
    pub sasl_mechanism: String,
    /// With `sasl_mechanism`: the user name.
    pub sasl_username: String,
    /// With `sasl_mechanism`: the password (best set through
    /// `SECUREFLOW_EVENTS__KAFKA__SASL_PASSWORD`; never printed).
    pub sasl_password: String,
}

/// The SASL mechanisms `events.kafka.sasl_mechanism` accepts.
pub const KAFKA_SASL_MECHANISMS: [&str; 3] = ["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"];

impl KafkaConfig {
    /// Whether events go through Kafka.
    pub fn enabled(&self) -> bool {
        !self.brokers.trim().is_empty()
    }

    /// Checks the section; the error names the key.
    fn check(&self) -> Result<(), (&'static str, &'static str)> {
        let name_ok = |name: &str| {
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        };
        if self.enabled()
            && self.brokers.split(',').any(|broker| {
                let broker = broker.trim();
                broker
                    .rsplit_once(':')
                    .is_none_or(|(host, port)| host.is_empty() || port.parse::<u16>().is_err())
            })
        {
            return Err((
                "events.kafka.brokers",
                "must be host:port, separated by commas",
            ));
        }
        if !name_ok(&self.topic_prefix) {
            return Err((
                "events.kafka.topic_prefix",
                "may hold only letters, digits, '.', '_' and '-'",
            ));
        }
        if self.group_prefix.is_empty() || !name_ok(&self.group_prefix) {
            return Err((
                "events.kafka.group_prefix",
                "must be letters, digits, '.', '_' and '-', not empty",
            ));
        }
        if self.dead_letter_topic.is_empty() || !name_ok(&self.dead_letter_topic) {
            return Err((
                "events.kafka.dead_letter_topic",
                "must be letters, digits, '.', '_' and '-', not empty",
            ));
        }
        if !(1..=1000).contains(&self.partitions) {
            return Err(("events.kafka.partitions", "must be between 1 and 1000"));
        }
        if !(1..=10).contains(&self.replication_factor) {
            return Err((
                "events.kafka.replication_factor",
                "must be between 1 and 10",
            ));
        }
        if !(1..=100_000).contains(&self.relay_batch) {
            return Err(("events.kafka.relay_batch", "must be between 1 and 100000"));
        }
        if !(1..=60_000).contains(&self.relay_poll_ms) {
            return Err(("events.kafka.relay_poll_ms", "must be between 1 and 60000"));
        }
        if !(1..=10_000).contains(&self.fetch_wait_ms) {
            return Err(("events.kafka.fetch_wait_ms", "must be between 1 and 10000"));
        }
        if !(100..=600_000).contains(&self.timeout_ms) {
            return Err(("events.kafka.timeout_ms", "must be between 100 and 600000"));
        }
        if self.cert_file.is_empty() != self.key_file.is_empty() {
            let missing = if self.cert_file.is_empty() {
                "events.kafka.cert_file"
            } else {
                "events.kafka.key_file"
            };
            return Err((
                missing,
                "events.kafka.cert_file and events.kafka.key_file are set together",
            ));
        }
        if !self.tls {
            for (key, value) in [
                ("events.kafka.ca_file", &self.ca_file),
                ("events.kafka.cert_file", &self.cert_file),
            ] {
                if !value.is_empty() {
                    return Err((key, "is used only with events.kafka.tls = true"));
                }
            }
        }
        self.check_sasl()
    }

    /// The SASL settings: a known mechanism with both credentials, or none.
    fn check_sasl(&self) -> Result<(), (&'static str, &'static str)> {
        if self.sasl_mechanism.is_empty() {
            for (key, value) in [
                ("events.kafka.sasl_username", &self.sasl_username),
                ("events.kafka.sasl_password", &self.sasl_password),
            ] {
                if !value.is_empty() {
                    return Err((key, "is used only with events.kafka.sasl_mechanism"));
                }
            }
            return Ok(());
        }
        if !KAFKA_SASL_MECHANISMS.contains(&self.sasl_mechanism.as_str()) {
            return Err((
                "events.kafka.sasl_mechanism",
                "must be SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN",
            ));
        }
        if self.sasl_username.is_empty() {
            return Err((
                "events.kafka.sasl_username",
                "is needed with events.kafka.sasl_mechanism",
            ));
        }
        if self.sasl_password.is_empty() {
            return Err((
                "events.kafka.sasl_password",
                "is needed with events.kafka.sasl_mechanism",
            ));
        }
        if self.sasl_mechanism == "PLAIN" && !self.tls {
            return Err((
                "events.kafka.sasl_mechanism",
                "PLAIN sends the password as it is: use it with events.kafka.tls = true, \
                 or a SCRAM mechanism",
            ));
        }
        Ok(())
    }
}

impl Default for KafkaConfig {
    fn default() -> Self {
        Self {
            brokers: String::new(),
            topic_prefix: String::new(),
            group_prefix: "secureflow".into(),
            partitions: 6,
            replication_factor: 1,
            relay: true,
            relay_batch: 1000,
            relay_poll_ms: 20,
            fetch_wait_ms: 50,
            dead_letter_topic: "secureflow.dead_letters".into(),
            timeout_ms: 10_000,
            tls: false,
            ca_file: String::new(),
            cert_file: String::new(),
            key_file: String::new(),
            sasl_mechanism: String::new(),
            sasl_username: String::new(),
            sasl_password: String::new(),
        }
    }
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Logs, traces and metrics settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TelemetryConfig {
    /// Log filter in `tracing` directive syntax (`info`, `secureflow=debug,sqlx=warn`).
    pub log_filter: String,
    /// Log format.
    pub log_format: LogFormat,
    /// OTLP/gRPC endpoint for traces (`http://127.0.0.1:4317`); empty disables export.
    pub otlp_endpoint: String,
    /// `service.name` resource attribute of exported traces.
    pub service_name: String,
    /// Serve Prometheus metrics at `/metrics`.
    pub metrics: bool,
}

impl Default for TelemetryConfig {
    fn default() -> Self {
        Self {
            log_filter: "info".to_owned(),
            log_format: LogFormat::Text,
            otlp_endpoint: String::new(),
            service_name: "secureflowd".to_owned(),
            metrics: true,
        }
    }
}

/// Values given on the command line; they override every other layer.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--listen`.
    pub listen: Option<SocketAddr>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
    /// `--service`, repeatable.
    pub services: Vec<String>,
    /// `--database-url`.
    pub database_url: Option<String>,
}

/// A configuration that could not be loaded or is not valid.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file, the environment or a flag could not be read into the config.
    #[error("configuration: {0}")]
    Load(#[from] config::ConfigError),
    /// A key no part of the server reads.
    #[error("configuration key `{key}` is unknown; sections of the services: {known}")]
    Unknown {
        /// The key.
        key: String,
        /// The services' sections.
        known: String,
    },
    /// A value is out of range or inconsistent; names the key.
    #[error("configuration key `{key}`: {problem}")]
    Invalid {
        /// Dotted key (`database.max_connections`).
        key: &'static str,
        /// What is wrong.
        problem: String,
    },
}

impl Config {
    /// Loads the layers in order and validates the result.
    pub fn load(
        file: Option<&Path>,
        env: &HashMap<String, String>,
        overrides: &Overrides,
    ) -> Result<Self, ConfigError> {
        let defaults = config::Config::try_from(&Config::default())?;
        let mut builder = config::Config::builder().add_source(defaults);
        if let Some(path) = file {
            builder = builder.add_source(config::File::from(path).format(config::FileFormat::Toml));
        }
        let server_env: HashMap<String, String> = env
            .iter()
            .filter(|(key, _)| !NON_CONFIG_ENV.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        builder = builder.add_source(
            config::Environment::with_prefix(ENV_PREFIX)
                .prefix_separator("_")
                .separator("__")
                .list_separator(",")
                .with_list_parse_key("services")
                .with_list_parse_key("secrets.keys")
                .with_list_parse_key("gateway.cors_origins")
                .with_list_parse_key("tls.client_names")
                .with_list_parse_key("documents.collections")
                .try_parsing(true)
                .source(Some(server_env)),
        );
        if let Some(listen) = overrides.listen {
            builder = builder.set_override("listen", listen.to_string())?;
        }
        if let Some(data_dir) = &overrides.data_dir {
            builder = builder.set_override("data_dir", data_dir.to_string_lossy().into_owned())?;
        }
        if !overrides.services.is_empty() {
            builder = builder.set_override("services", overrides.services.clone())?;
        }
        if let Some(url) = &overrides.database_url {
            builder = builder.set_override("database.url", url.clone())?;
        }
        let config: Config = builder.build()?.try_deserialize()?;
        config.validate()?;
        Ok(config)
    }

    /// Checks ranges and consistency; the error names the key.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |key, problem: &str| ConfigError::Invalid {
            key,
            problem: problem.to_owned(),
        };
        if self.data_dir.as_os_str().is_empty() {
            return Err(invalid("data_dir", "must not be empty"));
        }
        if let Err((key, problem)) = self
            .tls
            .check()
            .and_then(|()| self.blobs.check())
            .and_then(|()| self.documents.check())
        {
            return Err(ConfigError::Invalid { key, problem });
        }
        if !(1..=1000).contains(&self.database.max_connections) {
            return Err(invalid(
                "database.max_connections",
                "must be between 1 and 1000",
            ));
        }
        if self.database.acquire_timeout_seconds == 0 {
            return Err(invalid(
                "database.acquire_timeout_seconds",
                "must be at least 1",
            ));
        }
        if !(1..=4096).contains(&self.database.sqlite_cache_mib) {
            return Err(invalid(
                "database.sqlite_cache_mib",
                "must be between 1 and 4096",
            ));
        }
        if !self.database.url.is_empty()
            && let Err(error) = crate::db::Backend::from_url(&self.database.url)
        {
            return Err(invalid("database.url", error.message()));
        }
        if self.events.poll_interval_ms == 0 || self.events.poll_interval_ms > 60_000 {
            return Err(invalid(
                "events.poll_interval_ms",
                "must be between 1 and 60000",
            ));
        }
        if self.events.batch_size == 0 || self.events.batch_size > 10_000 {
            return Err(invalid("events.batch_size", "must be between 1 and 10000"));
        }
        if !(1..=100).contains(&self.events.max_attempts) {
            return Err(invalid("events.max_attempts", "must be between 1 and 100"));
        }
        self.events
            .kafka
            .check()
            .map_err(|(key, problem)| invalid(key, problem))?;
        let endpoint = &self.telemetry.otlp_endpoint;
        if !endpoint.is_empty() && !endpoint.starts_with("http") {
            return Err(invalid(
                "telemetry.otlp_endpoint",
                "must be an http:// or https:// URL",
            ));
        }
        if let Err(error) = tracing_subscriber::EnvFilter::try_new(&self.telemetry.log_filter) {
            return Err(invalid("telemetry.log_filter", &error.to_string()));
        }
        if self.gateway.max_body_bytes == 0 {
            return Err(invalid("gateway.max_body_bytes", "must be at least 1"));
        }
        if self.gateway.request_timeout_seconds == 0 {
            return Err(invalid(
                "gateway.request_timeout_seconds",
                "must be at least 1",
            ));
        }
        let redis = &self.gateway.rate_limit_redis_url;
        if !(redis.is_empty() || redis.starts_with("redis://") || redis.starts_with("rediss://")) {
            return Err(invalid(
                "gateway.rate_limit_redis_url",
                "must be a redis:// or rediss:// URL",
            ));
        }
        for (service, url) in &self.gateway.upstreams {
            if !(url.starts_with("http://") || url.starts_with("https://"))
                || url.parse::<http::Uri>().is_err()
            {
                return Err(ConfigError::Invalid {
                    key: "gateway.upstreams",
                    problem: format!("`{service}`: `{url}` is not an http:// or https:// URL"),
                });
            }
        }
        for origin in &self.gateway.cors_origins {
            if origin != "*"
                && (!(origin.starts_with("http://") || origin.starts_with("https://"))
                    || origin.trim_end_matches('/').matches('/').count() != 2)
            {
                return Err(invalid(
                    "gateway.cors_origins",
                    "each origin must be `*` or scheme://host[:port], without a path",
                ));
            }
        }
        if !self.secrets.keys.is_empty()
            && let Err(error) =
                crate::secrets::Secrets::from_keys(&self.secrets.keys, self.secrets.active_version)
        {
            let key = if error.message().contains("active_version") {
                "secrets.active_version"
            } else {
                "secrets.keys"
            };
            return Err(invalid(key, error.message()));
        }
        let token = &self.bootstrap_admin_token;
        if !token.is_empty() && token.len() < 20 {
            return Err(invalid(
                "bootstrap_admin_token",
                "must be at least 20 characters",
            ));
        }
        if token.contains('.') || token.chars().any(char::is_whitespace) {
            return Err(invalid(
                "bootstrap_admin_token",
                "must not contain dots or white space",
            ));
        }
        Ok(())
    }

    /// A service's section, read into its type (defaults where the
    /// configuration is silent; unknown keys refused when the type says so).
    pub fn section<T: DeserializeOwned + Default>(
        &self,
        name: &'static str,
    ) -> Result<T, ConfigError> {
        match self.sections.get(name) {
            None => Ok(T::default()),
            // Read through the `config` crate, which gives a value as the
            // type asks (an environment value `3` as text or number alike).
            Some(value) => config::Config::try_from(value)
                .and_then(config::Config::try_deserialize)
                .map_err(|error| ConfigError::Invalid {
                    key: name,
                    problem: error.to_string(),
                }),
        }
    }

    /// Refuses sections no service defines (a misspelt `[securty]`, a
    /// top-level key that is not one) and runs each known section's checks.
    pub fn check_sections(&self, known: &[ConfigSection]) -> Result<(), ConfigError> {
        for name in self.sections.keys() {
            if !known.iter().any(|section| section.name == name) {
                let names: Vec<&str> = known.iter().map(|section| section.name).collect();
                return Err(ConfigError::Unknown {
                    key: name.clone(),
                    known: names.join(", "),
                });
            }
        }
        for section in known {
            (section.check)(self)?;
        }
        Ok(())
    }

    /// The configuration with its secrets replaced by `<redacted>` (what
    /// `--print-config` shows): key material, the bootstrap token, the blob
    /// store's secret key, the Kafka SASL password, and the passwords in URLs (database, MongoDB,
    /// Redis, and any URL of a service's section).
    pub fn redacted(&self) -> Self {
        const REDACTED: &str = "<redacted>";
        let mut shown = self.clone();
        for key in &mut shown.secrets.keys {
            let version = key.split_once(':').map_or("", |(version, _)| version);
            *key = format!("{version}:{REDACTED}");
        }
        if !shown.bootstrap_admin_token.is_empty() {
            shown.bootstrap_admin_token = REDACTED.to_owned();
        }
        for secret in [
            &mut shown.blobs.secret_access_key,
            &mut shown.events.kafka.sasl_password,
        ] {
            if !secret.is_empty() {
                REDACTED.clone_into(secret);
            }
        }
        for url in [
            &mut shown.database.url,
            &mut shown.documents.url,
            &mut shown.gateway.rate_limit_redis_url,
        ] {
            *url = redact_url(url);
        }
        for section in shown.sections.values_mut() {
            redact_urls_in(section);
        }
        shown
    }

    /// The database URL in effect: the configured one, or the embedded SQLite file.
    pub fn database_url(&self) -> String {
        if self.database.url.is_empty() {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("secureflow.db").display()
            )
        } else {
            self.database.url.clone()
        }
    }
}

/// `url` with the password of its credentials (`scheme://user:password@host`,
/// `redis://:password@host`) replaced by `<redacted>`; other text unchanged.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((credentials, host)) = rest.rsplit_once('@')
        && let Some((user, _password)) = credentials.split_once(':')
    {
        return format!("{scheme}://{user}:<redacted>@{host}");
    }
    url.to_owned()
}

/// Redacts the passwords of every URL in a service's section (a Redis URL
/// with a password, for one), however deep it sits.
fn redact_urls_in(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::String(text) => *text = redact_url(text),
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_urls_in),
        serde_json::Value::Object(fields) => fields.values_mut().for_each(redact_urls_in),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_need_no_file_and_no_environment() {
        let config = Config::load(None, &HashMap::new(), &Overrides::default()).expect("loads");
        assert_eq!(config, Config::default());
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert!(
            config
                .database_url()
                .starts_with("sqlite://.secureflow/secureflow.db")
        );
    }

    #[test]
    fn printed_configuration_shows_no_secret() {
        let config = Config::load(
            None,
            &env(&[
                (
                    "SECUREFLOW_SECRETS__KEYS",
                    "1:c2VjcmV0LWtleS1tYXRlcmlhbC1vZi0zMi1ieXRlcyE=",
                ),
                (
                    "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN",
                    "sft_the_bootstrap_token",
                ),
                ("SECUREFLOW_BLOBS__URL", "s3://bucket"),
                ("SECUREFLOW_BLOBS__ACCESS_KEY_ID", "AKIAEXAMPLE"),
                ("SECUREFLOW_BLOBS__SECRET_ACCESS_KEY", "the-secret-key"),
                (
                    "SECUREFLOW_DATABASE__URL",
                    "postgres://secureflow:db-password@db:5432/secureflow",
                ),
                (
                    "SECUREFLOW_DOCUMENTS__URL",
                    "mongodb://secureflow:mongo-password@mongo:27017/?replicaSet=rs0",
                ),
                ("SECUREFLOW_DOCUMENTS__COLLECTIONS", "audit"),
                (
                    "SECUREFLOW_GATEWAY__RATE_LIMIT_REDIS_URL",
                    "redis://:redis-password@redis:6379",
                ),
                (
                    "SECUREFLOW_IDENTITY__REVOCATION_REDIS_URL",
                    "rediss://default:section-password@redis:6380/1",
                ),
            ]),
            &Overrides::default(),
        )
        .expect("loads");
        let shown = format!("{:?}", config.redacted());
        for secret in [
            "c2VjcmV0LWtleS1tYXRlcmlhbC1vZi0zMi1ieXRlcyE=",
            "sft_the_bootstrap_token",
            "the-secret-key",
            "db-password",
            "mongo-password",
            "redis-password",
            "section-password",
        ] {
            assert!(!shown.contains(secret), "{secret} shown: {shown}");
        }
        let redacted = config.redacted();
        assert_eq!(redacted.secrets.keys, ["1:<redacted>"]);
        assert_eq!(
            redacted.database.url,
            "postgres://secureflow:<redacted>@db:5432/secureflow"
        );
        assert_eq!(redacted.blobs.access_key_id, "AKIAEXAMPLE");
        assert_eq!(
            redacted.documents.url,
            "mongodb://secureflow:<redacted>@mongo:27017/?replicaSet=rs0"
        );
        assert_eq!(redacted.documents.collections, ["audit"]);
        assert_eq!(
            redacted.gateway.rate_limit_redis_url,
            "redis://:<redacted>@redis:6379"
        );
        assert_eq!(
            redacted.sections["identity"]["revocation_redis_url"],
            "rediss://default:<redacted>@redis:6380/1"
        );
        assert_eq!(redact_url("redis://redis:6379"), "redis://redis:6379");
    }

    #[test]
    fn tls_settings_are_checked_naming_the_key() {
        let load = |pairs: &[(&str, &str)]| {
            Config::load(None, &env(pairs), &Overrides::default()).map_err(|e| e.to_string())
        };
        let error = load(&[("SECUREFLOW_TLS__CERT_FILE", "/etc/tls/server.crt")])
            .expect_err("a certificate without its key");
        assert!(error.contains("tls.key_file"), "{error}");
        let error = load(&[("SECUREFLOW_TLS__CLIENT_NAMES", "gateway")])
            .expect_err("client names without a CA");
        assert!(error.contains("tls.client_names"), "{error}");
        let error = load(&[("SECUREFLOW_TLS__CLIENT_CERTIFICATES", "sometimes")])
            .expect_err("an unknown mode");
        assert!(error.contains("client_certificates"), "{error}");
        let config = load(&[
            ("SECUREFLOW_TLS__CERT_FILE", "/etc/tls/server.crt"),
            ("SECUREFLOW_TLS__KEY_FILE", "/etc/tls/server.key"),
            ("SECUREFLOW_TLS__CA_FILE", "/etc/tls/ca.crt"),
            ("SECUREFLOW_TLS__CLIENT_NAMES", "gateway,pipeline"),
        ])
        .expect("loads");
        assert!(config.tls.serves());
        assert_eq!(config.tls.client_names, ["gateway", "pipeline"]);
        assert_eq!(config.tls.client_certificates, ClientCertificates::Required);
    }

    #[test]
    fn kafka_tls_settings_are_checked_naming_the_key() {
        let load = |pairs: &[(&str, &str)]| {
            Config::load(None, &env(pairs), &Overrides::default()).map_err(|e| e.to_string())
        };
        let brokers = ("SECUREFLOW_EVENTS__KAFKA__BROKERS", "kafka:9093");
        let error = load(&[
            brokers,
            ("SECUREFLOW_EVENTS__KAFKA__CA_FILE", "/tls/ca.crt"),
        ])
        .expect_err("a CA without TLS");
        assert!(error.contains("events.kafka.ca_file"), "{error}");
        assert!(error.contains("events.kafka.tls = true"), "{error}");
        let error = load(&[
            brokers,
            ("SECUREFLOW_EVENTS__KAFKA__TLS", "true"),
            ("SECUREFLOW_EVENTS__KAFKA__KEY_FILE", "/tls/client.key"),
        ])
        .expect_err("a key without its certificate");
        assert!(error.contains("events.kafka.cert_file"), "{error}");
        let config = load(&[
            brokers,
            ("SECUREFLOW_EVENTS__KAFKA__TLS", "true"),
            ("SECUREFLOW_EVENTS__KAFKA__CA_FILE", "/tls/ca.crt"),
            ("SECUREFLOW_EVENTS__KAFKA__CERT_FILE", "/tls/client.crt"),
            ("SECUREFLOW_EVENTS__KAFKA__KEY_FILE", "/tls/client.key"),
        ])
        .expect("loads");
        assert!(config.events.kafka.tls);
        assert_eq!(config.events.kafka.key_file, "/tls/client.key");
    }

    #[test]
    fn kafka_sasl_settings_are_checked_naming_the_key() {
        let load = |pairs: &[(&str, &str)]| {
            Config::load(None, &env(pairs), &Overrides::default()).map_err(|e| e.to_string())
        };
        let brokers = ("SECUREFLOW_EVENTS__KAFKA__BROKERS", "kafka:9093");
        let scram = ("SECUREFLOW_EVENTS__KAFKA__SASL_MECHANISM", "SCRAM-SHA-512");
        let user = ("SECUREFLOW_EVENTS__KAFKA__SASL_USERNAME", "secureflow");
        let password = ("SECUREFLOW_EVENTS__KAFKA__SASL_PASSWORD", "kafka-password");
        for (pairs, key, says) in [
            (
                vec![
                    brokers,
                    ("SECUREFLOW_EVENTS__KAFKA__SASL_MECHANISM", "GSSAPI"),
                ],
                "events.kafka.sasl_mechanism",
                "SCRAM-SHA-512",
            ),
            (
                vec![brokers, scram, password],
                "events.kafka.sasl_username",
                "is needed",
            ),
            (
                vec![brokers, scram, user],
                "events.kafka.sasl_password",
                "is needed",
            ),
            (
                vec![brokers, user, password],
                "events.kafka.sasl_username",
                "only with events.kafka.sasl_mechanism",
            ),
            (
                vec![
                    brokers,
                    ("SECUREFLOW_EVENTS__KAFKA__SASL_MECHANISM", "PLAIN"),
                    user,
                    password,
                ],
                "events.kafka.sasl_mechanism",
                "events.kafka.tls = true",
            ),
        ] {
            let error = load(&pairs).expect_err(key);
            assert!(error.contains(key) && error.contains(says), "{error}");
        }
        let config = load(&[brokers, scram, user, password]).expect("SCRAM without TLS");
        assert_eq!(config.events.kafka.sasl_mechanism, "SCRAM-SHA-512");
        load(&[
            brokers,
            ("SECUREFLOW_EVENTS__KAFKA__TLS", "true"),
            ("SECUREFLOW_EVENTS__KAFKA__SASL_MECHANISM", "PLAIN"),
            user,
            password,
        ])
        .expect("PLAIN over TLS");
        let shown = format!("{:?}", config.redacted());
        assert!(!shown.contains("kafka-password"), "{shown}");
        assert_eq!(config.redacted().events.kafka.sasl_password, "<redacted>");
    }

    #[test]
    fn layers_apply_in_order_file_then_env_then_flags() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("secureflow.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\ndata_dir = \"/from/file\"\n[database]\nmax_connections = 3\n",
        )
        .expect("write");
        let env = env(&[
            ("SECUREFLOW_DATA_DIR", "/from/env"),
            ("SECUREFLOW_DATABASE__MAX_CONNECTIONS", "7"),
            ("SECUREFLOW_SERVICES", "identity,security"),
            ("SECUREFLOW_TOKEN", "client-side value, ignored"),
            ("UNRELATED", "ignored"),
        ]);
        let flags = Overrides {
            data_dir: Some("/from/flag".into()),
            ..Overrides::default()
        };
        let config = Config::load(Some(&file), &env, &flags).expect("loads");
        assert_eq!(config.listen.to_string(), "127.0.0.1:9000");
        assert_eq!(config.database.max_connections, 7);
        assert_eq!(config.data_dir, PathBuf::from("/from/flag"));
        assert_eq!(config.services, vec!["identity", "security"]);
    }

    #[test]
    fn unknown_keys_are_refused_with_their_name() {
        let env = env(&[("SECUREFLOW_DATABASE__MAX_CONECTIONS", "7")]);
        let error = Config::load(None, &env, &Overrides::default()).expect_err("refused");
        assert!(error.to_string().contains("max_conections"), "{error}");
    }

    #[test]
    fn out_of_range_values_name_the_key() {
        let zero = env(&[("SECUREFLOW_DATABASE__MAX_CONNECTIONS", "0")]);
        let error = Config::load(None, &zero, &Overrides::default()).expect_err("refused");
        assert!(
            error.to_string().contains("database.max_connections"),
            "{error}"
        );
        let mysql = env(&[("SECUREFLOW_DATABASE__URL", "mysql://x")]);
        let error = Config::load(None, &mysql, &Overrides::default()).expect_err("refused");
        assert!(error.to_string().contains("database.url"), "{error}");
    }

    #[derive(Debug, Default, Serialize, Deserialize)]
    #[serde(deny_unknown_fields, default)]
    struct Demo {
        days: u32,
        name: String,
    }

    const DEMO: ConfigSection = ConfigSection {
        name: "demo",
        check: |config| config.section::<Demo>("demo").map(drop),
        effective: |config| {
            let demo: Demo = config.section("demo")?;
            Ok(serde_json::to_value(demo).unwrap_or_default())
        },
        warnings: no_warnings,
    };

    #[test]
    fn service_sections_are_read_by_their_service_and_misspelt_ones_refused() {
        let given = env(&[
            ("SECUREFLOW_DEMO__DAYS", "3"),
            ("SECUREFLOW_DEMO__NAME", "42"),
        ]);
        let config = Config::load(None, &given, &Overrides::default()).expect("loads");
        config.check_sections(&[DEMO]).expect("known section");
        let demo: Demo = config.section("demo").expect("read");
        assert_eq!((demo.days, demo.name.as_str()), (3, "42"));
        let absent: Demo = Config::default().section("demo").expect("defaults");
        assert_eq!(absent.days, 0);

        let misspelt_key = env(&[("SECUREFLOW_DEMO__DAIS", "3")]);
        let config = Config::load(None, &misspelt_key, &Overrides::default()).expect("loads");
        let error = config.check_sections(&[DEMO]).expect_err("refused");
        assert!(error.to_string().contains("dais"), "{error}");

        let misspelt_section = env(&[("SECUREFLOW_DEMOS__DAYS", "3")]);
        let config = Config::load(None, &misspelt_section, &Overrides::default()).expect("loads");
        let error = config.check_sections(&[DEMO]).expect_err("refused");
        assert!(error.to_string().contains("`demos` is unknown"), "{error}");
    }
}
