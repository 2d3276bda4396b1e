//! Test helpers shared by every crate's tests (feature `testkit`).
//!
//! [`TestDatabase`] gives each test a fresh database on a real backend: a SQLite
//! file in a temporary directory, or a private schema in the PostgreSQL named by
//! `SECUREFLOW_TEST_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/test`).
//! When PostgreSQL cannot be reached the PostgreSQL case is skipped with a
//! message — except under CI (see [`in_ci`]), where it fails.

pub mod certificates;
mod document_home;
mod mongo_server;
pub mod people;
mod smtp;

pub use document_home::DocumentHome;
pub use mongo_server::MongoServer;
pub use smtp::SmtpServer;

use std::time::Duration;

use crate::db::{Backend, Database};

/// Whether the tests run under CI, where a missing backend fails instead of
/// skipping: `CI` is set to anything but empty, `false` or `0` (CI services set
/// `CI=true`, `CI=1` or `CI=yes`; `.ci/run` sets it).
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| {
        let value = value.trim();
        !(value.is_empty() || value == "0" || value.eq_ignore_ascii_case("false"))
    })
}

/// The real scanners `scripts/dev-tools.sh` installs from PyPI (Semgrep in
/// `semgrep/bin`, Bandit, Checkov and detect-secrets in `tools/bin`), in
/// `SECUREFLOW_SCANNERS` or the checkout's `.venv-scanners`; `None` (a
/// failure under CI) when they are missing.
pub fn scanners() -> Option<std::path::PathBuf> {
    let dir = tools_dir();
    if dir.join("semgrep/bin/semgrep").is_file() && dir.join("tools/bin/bandit").is_file() {
        return Some(dir);
    }
    assert!(
        !in_ci(),
        "scanners not found in {} (run scripts/dev-tools.sh)",
        dir.display()
    );
    eprintln!("skipping: scanners not installed (run scripts/dev-tools.sh)");
    None
}

/// Where `scripts/dev-tools.sh` installs the test tools (`SECUREFLOW_SCANNERS`).
fn tools_dir() -> std::path::PathBuf {
    std::env::var_os("SECUREFLOW_SCANNERS").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv-scanners"),
        std::path::PathBuf::from,
    )
}

/// The Python of the virtualenv `scripts/dev-tools.sh` installs the test
/// SMTP server into (aiosmtpd, trustme); `None` (a failure under CI) when
/// missing.
pub fn smtp_python() -> Option<std::path::PathBuf> {
    let python = tools_dir().join("smtp/bin/python");
    if python.is_file() {
        return Some(python);
    }
    assert!(
        !in_ci(),
        "the test SMTP server is not installed at {} (run scripts/dev-tools.sh)",
        python.display()
    );
    eprintln!("skipping: the test SMTP server is not installed (run scripts/dev-tools.sh)");
    None
}

/// JMeter's launcher built by `scripts/dev-tools.sh` (Debian's JMeter, see
/// `services/pipeline/tests/jmeter/JmeterLauncher.java`), in the scanners'
/// directory; `None` (a failure under CI) when missing.
pub fn jmeter() -> Option<std::path::PathBuf> {
    let dir = tools_dir();
    let launcher = dir.join("jmeter/bin/jmeter");
    if launcher.is_file() {
        return Some(launcher);
    }
    assert!(
        !in_ci(),
        "JMeter not found at {} (run scripts/dev-tools.sh)",
        launcher.display()
    );
    eprintln!("skipping: JMeter not installed (run scripts/dev-tools.sh)");
    None
}

/// The real scanner reports recorded in the shared corpus
/// (`shared/fixtures/scans` beside the checkout, with its `manifest.json`),
/// or `SECUREFLOW_FIXTURES`; `None` (a failure under CI) when missing.
pub fn scanner_fixtures() -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("SECUREFLOW_FIXTURES").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/scans"),
        std::path::PathBuf::from,
    );
    if dir.join("manifest.json").is_file() {
        return Some(dir);
    }
    assert!(
        !in_ci(),
        "scanner fixtures not found at {} (set SECUREFLOW_FIXTURES)",
        dir.display()
    );
    eprintln!("skipping: scanner fixtures not found at {}", dir.display());
    None
}

/// Default PostgreSQL used by tests.
pub const DEFAULT_TEST_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A database private to one test, removed when dropped (PostgreSQL schemas are
/// dropped by [`TestDatabase::cleanup`]).
#[derive(Debug)]
pub struct TestDatabase {
    /// The connection URL, for opening more pools (or other processes) on the same data.
    pub url: String,
    /// Which backend it is.
    pub backend: Backend,
    schema: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    /// A fresh SQLite file.
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("creating a temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
        Self {
            url,
            backend: Backend::Sqlite,
            schema: None,
            _dir: Some(dir),
        }
    }

    /// A SQLite file at `path` (its directory is the caller's to create and remove).
    pub fn sqlite_at(path: &std::path::Path) -> Self {
        Self {
            url: format!("sqlite://{}?mode=rwc", path.display()),
            backend: Backend::Sqlite,
            schema: None,
            _dir: None,
        }
    }

    /// A fresh schema in the test PostgreSQL, or `None` (outside CI) when it is unreachable.
    pub async fn postgres() -> Option<Self> {
        let base = std::env::var("SECUREFLOW_TEST_POSTGRES_URL")
            .unwrap_or_else(|_| DEFAULT_TEST_POSTGRES_URL.to_owned());
        match Self::postgres_in(&base).await {
            Ok(database) => Some(database),
            Err(message) => {
                if in_ci() {
                    panic!("{message} (CI requires it)");
                }
                eprintln!("skipping the PostgreSQL case: {message}");
                None
            }
        }
    }

    /// A fresh schema in the PostgreSQL database `base` names (dropped like
    /// every test schema), or why it could not be made.
    pub async fn postgres_in(base: &str) -> Result<Self, String> {
        let admin = Database::connect(base, 1, Duration::from_secs(5))
            .await
            .map_err(|error| format!("PostgreSQL at {base} is not reachable: {error}"))?;
        let schema = format!("t_{}", uuid::Uuid::now_v7().simple());
        admin
            .execute_trusted(format!("CREATE SCHEMA {schema}"))
            .await
            .map_err(|error| format!("creating a schema in {base}: {error}"))?;
        admin.close().await;
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options=-c%20search_path%3D{schema}");
        Ok(Self {
            url,
            backend: Backend::Postgres,
            schema: Some(schema),
            _dir: None,
        })
    }

    /// Every backend available: SQLite always, PostgreSQL when reachable (always under CI).
    pub async fn all() -> Vec<Self> {
        let mut databases = vec![Self::sqlite()];
        if let Some(postgres) = Self::postgres().await {
            databases.push(postgres);
        }
        databases
    }

    /// Opens a pool on this database.
    pub async fn connect(&self) -> Database {
        Database::connect(&self.url, 5, Duration::from_secs(10))
            .await
            .expect("connecting to the test database")
    }

    /// Drops the PostgreSQL schema now (SQLite files go with the temporary
    /// directory). Dropping the value does the same, so a test that fails
    /// half-way leaks nothing; calling this only makes it happen at once.
    pub async fn cleanup(mut self) {
        if let Some(schema) = self.schema.take() {
            drop_schema(&self.url, &schema).await;
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some(schema) = self.schema.take() else {
            return;
        };
        let url = self.url.clone();
        // Drop cannot wait on the test's runtime (it may be the one dropping,
        // or be gone): a thread with a runtime of its own does the work.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            if let Ok(runtime) = runtime {
                runtime.block_on(drop_schema(&url, &schema));
            }
        });
        let _ = dropped.join();
    }
}

/// Drops a test schema of the PostgreSQL at `url` (its `options=` part removed).
async fn drop_schema(url: &str, schema: &str) {
    let base = url
        .split("options=")
        .next()
        .unwrap_or_default()
        .trim_end_matches(['?', '&']);
    if let Ok(admin) = Database::connect(base, 1, Duration::from_secs(5)).await {
        let _ = admin
            .execute_trusted(format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .await;
        admin.close().await;
    }
}

/// One test per backend: for each `async fn name(database: TestDatabase)`
/// listed, `name::sqlite` and `name::postgres` tests (the PostgreSQL one
/// skips outside CI when no PostgreSQL is reachable, and fails under CI), so a
/// failure on one backend does not hide the other's result.
#[macro_export]
macro_rules! backend_tests {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    super::$name($crate::testkit::TestDatabase::sqlite()).await;
                }

                #[tokio::test]
                async fn postgres() {
                    if let Some(database) = $crate::testkit::TestDatabase::postgres().await {
                        super::$name(database).await;
                    }
                }
            }
        )*
    };
}

/// A server running in this process on `127.0.0.1:0` with a fresh data directory;
/// [`TestServer::stop`] shuts it down gracefully.
#[derive(Debug)]
pub struct TestServer {
    /// Where it listens.
    pub address: std::net::SocketAddr,
    /// Its data directory (the embedded SQLite file lives here unless a URL is given).
    pub data_dir: std::path::PathBuf,
    /// The configuration it runs with.
    pub config: crate::config::Config,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<crate::Result<()>>,
    _data: Option<tempfile::TempDir>,
}

impl TestServer {
    /// Starts `composition` with the given environment and flags (listen address and
    /// data directory are chosen here) and waits until it reports SERVING.
    pub async fn start(
        composition: crate::server::Composition,
        env: &std::collections::HashMap<String, String>,
        overrides: crate::config::Overrides,
    ) -> Self {
        match Self::try_start(composition, env, overrides).await {
            Ok(server) => server,
            Err(error) => panic!("the test server did not start: {error}"),
        }
    }

    /// Like [`TestServer::start`], but returns why the server refused to start.
    pub async fn try_start(
        composition: crate::server::Composition,
        env: &std::collections::HashMap<String, String>,
        mut overrides: crate::config::Overrides,
    ) -> Result<Self, String> {
        // A data directory given by the caller is kept (a restart on the same
        // data); otherwise a temporary one lives as long as the server.
        let data = match &overrides.data_dir {
            Some(_) => None,
            None => Some(tempfile::tempdir().expect("data dir")),
        };
        if let Some(data) = &data {
            overrides.data_dir = Some(data.path().to_path_buf());
        }
        let data_dir = overrides.data_dir.clone().expect("a data directory");
        overrides.listen = Some(std::net::SocketAddr::from(([127, 0, 0, 1], 0)));
        let config = crate::config::Config::load(None, env, &overrides)
            .map_err(|error| error.to_string())?;
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(crate::server::serve(
            config.clone(),
            listener,
            composition,
            async {
                let _ = stopped.await;
            },
        ));
        let server = Self {
            address,
            data_dir,
            config,
            stop: Some(stop),
            task,
            _data: data,
        };
        server.wait_until_answering().await
    }

    /// A new connection to the server.
    pub async fn channel(&self) -> tonic::transport::Channel {
        self.endpoint().connect().await.expect("connect")
    }

    /// Where to connect: `http://127.0.0.1:PORT`, or for a server with TLS
    /// `https://localhost:PORT`, trusting `tls.ca_file` and presenting the
    /// server's own certificate as the client's (its certificate must name
    /// `localhost`).
    pub fn endpoint(&self) -> tonic::transport::Endpoint {
        let url = if self.config.tls.serves() {
            format!("https://localhost:{}", self.address.port())
        } else {
            format!("http://{}", self.address)
        };
        crate::tls::upstream_endpoint(&self.config.tls, "tls", &url)
            .expect("the test server's address and TLS files")
    }

    /// The server's database (another pool on the same data).
    pub async fn database(&self) -> Database {
        Database::connect(&self.config.database_url(), 2, Duration::from_secs(10))
            .await
            .expect("connect to the test server's database")
    }

    /// Waits until the server answers health checks: it has then checked
    /// its backends and says whether it is ready (a test of a process whose
    /// backend is away asks itself).
    async fn wait_until_answering(mut self) -> Result<Self, String> {
        use tonic_health::pb::HealthCheckRequest;
        use tonic_health::pb::health_client::HealthClient;
        for _ in 0..400 {
            if let Ok(channel) = self.endpoint().connect().await {
                let check = HealthClient::new(channel)
                    .check(HealthCheckRequest {
                        service: String::new(),
                    })
                    .await;
                if check.is_ok() {
                    return Ok(self);
                }
            }
            if self.task.is_finished() {
                return match (&mut self.task).await {
                    Ok(Err(error)) => Err(error.to_string()),
                    Ok(Ok(())) => Err("the server stopped during start-up".to_owned()),
                    Err(error) => Err(format!("the server task failed: {error}")),
                };
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        Err(format!("server at {} never answered", self.address))
    }

    /// Stops the server and returns how `serve` ended.
    pub async fn stop(mut self) -> crate::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.task).await.expect("server task")
    }

    /// How a test ends: stops the server, which must stop cleanly, then
    /// drops the test database's schema.
    pub async fn finish(self, database: TestDatabase) {
        self.stop().await.expect("the server stops cleanly");
        database.cleanup().await;
    }
}

/// What a test starts: services on a test database, with an admin API token
/// and settings — one start-up for every crate's tests:
///
/// ```ignore
/// let server = TestServer::on(&database)
///     .modules([secureflow_identity::MODULE, secureflow_security::MODULE])
///     .authentication(secureflow_identity::AUTHENTICATION)
///     .admin_token(ADMIN_TOKEN)
///     .start()
///     .await;
/// ```
#[derive(Debug)]
pub struct TestServerBuilder<'a> {
    database: &'a TestDatabase,
    composition: crate::server::Composition,
    env: std::collections::HashMap<String, String>,
    overrides: crate::config::Overrides,
}

impl TestServer {
    /// Starts describing a server on `database` (no services yet).
    pub fn on(database: &TestDatabase) -> TestServerBuilder<'_> {
        TestServerBuilder {
            database,
            composition: crate::server::Composition {
                modules: Vec::new(),
                authentication: None,
                http: axum::Router::new(),
                edge: None,
                pages: None,
            },
            env: std::collections::HashMap::new(),
            overrides: crate::config::Overrides::default(),
        }
    }
}

impl TestServerBuilder<'_> {
    /// The services to run.
    pub fn modules(
        mut self,
        modules: impl IntoIterator<Item = crate::server::ServiceModule>,
    ) -> Self {
        self.composition.modules = modules.into_iter().collect();
        self
    }

    /// Who checks credentials (the identity service's authenticator).
    pub fn authentication(mut self, authentication: crate::server::Authentication) -> Self {
        self.composition.authentication = Some(authentication);
        self
    }

    /// A whole composition (the binary's, with the gateway), instead of modules.
    pub fn composition(mut self, composition: crate::server::Composition) -> Self {
        self.composition = composition;
        self
    }

    /// An admin API token with this value, made on first start.
    pub fn admin_token(self, token: &str) -> Self {
        self.setting("SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN", token)
    }

    /// A setting, as its environment variable (`SECUREFLOW_SECRETS__KEYS`).
    pub fn setting(mut self, key: &str, value: &str) -> Self {
        self.env.insert(key.to_owned(), value.to_owned());
        self
    }

    /// Command-line values (a kept data directory, services to select…); the
    /// database is always the test database.
    pub fn overrides(mut self, overrides: crate::config::Overrides) -> Self {
        self.overrides = overrides;
        self
    }

    /// Starts it and waits until it answers (ready, unless a backend is
    /// out of reach); panics if it does not.
    pub async fn start(self) -> TestServer {
        match self.try_start().await {
            Ok(server) => server,
            Err(error) => panic!("the test server did not start: {error}"),
        }
    }

    /// Starts it, or says why it refused to.
    pub async fn try_start(self) -> Result<TestServer, String> {
        let overrides = crate::config::Overrides {
            database_url: Some(self.database.url.clone()),
            ..self.overrides
        };
        TestServer::try_start(self.composition, &self.env, overrides).await
    }
}

/// Adds `authorization: Bearer <token>` to a request.
pub fn with_token<T>(message: T, token: &str) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {token}")
            .parse()
            .expect("token is valid metadata"),
    );
    request
}

/// A small tmpfs mounted on a temporary directory, for tests of full and
/// read-only disks; unmounted when dropped. Mounting needs root: outside CI a
/// test may skip when [`Tmpfs::mount`] fails, under CI it must not
/// ([`Tmpfs::mount_or_skip`]).
#[derive(Debug)]
pub struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `mebibytes`, or says why it cannot.
    pub fn mount(mebibytes: u32) -> std::result::Result<Self, String> {
        let dir = tempfile::tempdir().map_err(|error| error.to_string())?;
        run_mount(&[
            "-t",
            "tmpfs",
            "-o",
            &format!("size={mebibytes}m"),
            "tmpfs",
            &dir.path().display().to_string(),
        ])?;
        Ok(Self { dir })
    }

    /// [`Tmpfs::mount`], or `None` with a message when this machine cannot
    /// (never under CI, where it panics).
    pub fn mount_or_skip(mebibytes: u32) -> Option<Self> {
        match Self::mount(mebibytes) {
            Ok(tmpfs) => Some(tmpfs),
            Err(problem) if in_ci() => {
                panic!("{problem} (CI requires this test to run)")
            }
            Err(problem) => {
                eprintln!("skipping: {problem}");
                None
            }
        }
    }

    /// Where it is mounted.
    pub fn path(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Makes it read-only (or writable again).
    pub fn set_read_only(&self, read_only: bool) -> std::result::Result<(), String> {
        let mode = if read_only {
            "remount,ro"
        } else {
            "remount,rw"
        };
        let path = self.path().display().to_string();
        // A file written just before may still be open for a moment (a closed
        // pool's SQLite connections finish closing on their worker threads):
        // the kernel then refuses a read-only remount as busy. Try again for
        // up to two seconds.
        let mut attempts = 40;
        loop {
            match run_mount(&["-o", mode, &path]) {
                Err(error) if error.contains("busy") && attempts > 0 => {
                    attempts -= 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                outcome => return outcome,
            }
        }
    }

    /// Writes a file until the filesystem refuses more; returns its path.
    pub fn fill(&self) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).expect("creating the filler file");
        let block = vec![0xa5_u8; 64 * 1024];
        while file
            .write_all(&block)
            .and_then(|()| file.sync_data())
            .is_ok()
        {}
        path
    }
}

fn run_mount(args: &[&str]) -> std::result::Result<(), String> {
    let output = std::process::Command::new("mount")
        .args(args)
        .output()
        .map_err(|error| format!("cannot run mount: {error}"))?;
    if output.status.success() {
        return Ok(());
    }
    Err(format!(
        "mount {} failed (it needs root): {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr).trim()
    ))
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

/// A Kafka-protocol broker for a test: `tansu` (from crates.io, installed by
/// `scripts/dev-tools.sh` into the checkout's `.tools`) started on a free
/// loopback port with in-memory storage, stopped when dropped; or the
/// brokers named by `SECUREFLOW_TEST_KAFKA_BROKERS` (a real Kafka), which
/// are left running. [`KafkaBroker::start`] gives `None` (a failure under
/// CI) when neither is there.
#[derive(Debug)]
pub struct KafkaBroker {
    /// `host:port` to bootstrap from (what the broker advertises).
    pub brokers: String,
    /// `host:port` the broker listens on (`brokers` unless it is behind a
    /// proxy, [`KafkaBroker::start_behind`]).
    pub listens: String,
    process: Option<std::process::Child>,
    /// Where tansu keeps its data: memory, or a SQLite file (which
    /// [`KafkaBroker::start_authenticating`] needs: tansu keeps SCRAM
    /// credentials only there).
    storage: String,
    /// Whether clients must authenticate (SASL).
    authentication: bool,
    storage_dir: Option<tempfile::TempDir>,
}

/// The `tansu` binary `scripts/dev-tools.sh` installs (`SECUREFLOW_TANSU`
/// names another).
pub fn tansu() -> std::path::PathBuf {
    std::env::var_os("SECUREFLOW_TANSU").map_or_else(
        || {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../.tools/tansu-0.6.0-libsql/bin/tansu")
        },
        std::path::PathBuf::from,
    )
}

impl KafkaBroker {
    /// Starts a broker (see the type).
    pub async fn start() -> Option<Self> {
        if let Ok(brokers) = std::env::var("SECUREFLOW_TEST_KAFKA_BROKERS")
            && !brokers.trim().is_empty()
        {
            return Some(Self {
                listens: brokers.clone(),
                brokers,
                process: None,
                storage: String::new(),
                authentication: false,
                storage_dir: None,
            });
        }
        let address = format!("127.0.0.1:{}", free_port());
        Self::launch(&address, address.clone()).await
    }

    /// Starts `tansu` (never an external broker) requiring SASL
    /// authentication, knowing `users` (name, password) for SCRAM-SHA-512
    /// and SCRAM-SHA-256: they are created through a first start without
    /// authentication, on storage the second start keeps.
    pub async fn start_authenticating(users: &[(&str, &str)]) -> Option<Self> {
        let address = format!("127.0.0.1:{}", free_port());
        let mut broker = Self::installed(&address, address.clone())?;
        // tansu reads a SQLite URL's path from its working directory.
        broker.storage = "sqlite://tansu.db".to_owned();
        broker.storage_dir = Some(tempfile::tempdir().expect("tansu's storage directory"));
        broker.spawn().await;
        for (name, password) in users {
            for mechanism in ["scram512", "scram256"] {
                let created = std::process::Command::new(tansu())
                    .args(["user", "create", "--broker"])
                    .arg(format!("tcp://{}", broker.listens))
                    .args(["--mechanism", mechanism, name, password])
                    .output()
                    .expect("tansu user create runs");
                assert!(
                    created.status.success(),
                    "tansu user create {name} ({mechanism}): {}",
                    String::from_utf8_lossy(&created.stderr)
                );
            }
        }
        broker.authentication = true;
        broker.restart().await;
        Some(broker)
    }

    /// Starts `tansu` (never an external broker) on a free loopback port of
    /// its own ([`KafkaBroker::listens`]), advertising `advertised`
    /// (`host:port`) to its clients: where a proxy of the test (a TLS front,
    /// say) listens and passes connections on.
    pub async fn start_behind(advertised: &str) -> Option<Self> {
        Self::launch(advertised, format!("127.0.0.1:{}", free_port())).await
    }

    async fn launch(advertised: &str, listens: String) -> Option<Self> {
        let mut broker = Self::installed(advertised, listens)?;
        broker.spawn().await;
        Some(broker)
    }

    /// A broker on memory storage, not started yet; `None` (a failure under
    /// CI) when tansu is not installed.
    fn installed(advertised: &str, listens: String) -> Option<Self> {
        let binary = tansu();
        if !binary.is_file() {
            assert!(
                !in_ci(),
                "the Kafka broker (tansu) is not installed at {} (run scripts/dev-tools.sh)",
                binary.display()
            );
            eprintln!(
                "skipping: the Kafka broker (tansu) is not installed (run scripts/dev-tools.sh)"
            );
            return None;
        }
        Some(Self {
            brokers: advertised.to_owned(),
            listens,
            process: None,
            storage: "memory://tansu/".to_owned(),
            authentication: false,
            storage_dir: None,
        })
    }

    /// Starts the broker again on the same address (after [`KafkaBroker::kill`];
    /// on memory storage topics and messages are gone).
    pub async fn restart(&mut self) {
        self.kill();
        self.spawn().await;
    }

    async fn spawn(&mut self) {
        let binary = tansu();
        let listener = format!("tcp://{}", self.listens);
        let advertised = format!("tcp://{}", self.brokers);
        let mut command = std::process::Command::new(&binary);
        command
            .args([
                "broker",
                "--listener-url",
                &listener,
                "--advertised-listener-url",
                &advertised,
            ])
            .args(["--storage-engine", &self.storage, "--silent"]);
        if self.authentication {
            command.arg("--authentication");
        }
        if let Some(dir) = &self.storage_dir {
            command.current_dir(dir.path());
        }
        self.process = Some(
            command
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap_or_else(|error| panic!("starting {}: {error}", binary.display())),
        );
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(self.listens.as_str())
            .await
            .is_err()
        {
            assert!(
                std::time::Instant::now() < deadline,
                "the Kafka broker did not listen on {} within 20 s",
                self.listens
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kills the broker now (a broker outage).
    pub fn kill(&mut self) {
        if let Some(mut process) = self.process.take() {
            let _ = process.kill();
            let _ = process.wait();
        }
    }
}

impl Drop for KafkaBroker {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Waits while `pending` answers `true`, asking every `every`; panics
/// with `what` (what did not happen) when it still does after `within`.
pub async fn wait_while(
    within: Duration,
    every: Duration,
    what: &str,
    mut pending: impl AsyncFnMut() -> bool,
) {
    let deadline = std::time::Instant::now() + within;
    while pending().await {
        assert!(std::time::Instant::now() < deadline, "{what}");
        tokio::time::sleep(every).await;
    }
}

/// A free loopback port (free when asked).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// A TLS-terminating proxy for a test: accepts TLS on a loopback port with
/// `tls` (the server's own [`crate::tls::server`] configuration: TLS 1.3,
/// mutual TLS when `tls.ca_file` is set) and relays each connection's bytes
/// to `upstream` in plaintext — a TLS front for a server of the test that
/// speaks none itself. Counts the handshakes that failed; stopped, with its
/// connections, when dropped.
#[derive(Debug)]
pub struct TlsProxy {
    /// `127.0.0.1:PORT` it accepts on.
    pub address: String,
    refused: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    task: tokio::task::JoinHandle<()>,
    /// Turns true when the proxy is dropped: its connections close too.
    closed: tokio::sync::watch::Sender<bool>,
}

impl TlsProxy {
    /// Starts one on `address` (`127.0.0.1:PORT`) in front of `upstream`.
    pub async fn start(address: &str, tls: &crate::tls::TlsConfig, upstream: &str) -> Self {
        let server = crate::tls::server(tls)
            .expect("the proxy's TLS settings")
            .expect("the proxy serves TLS");
        let acceptor = tokio_rustls::TlsAcceptor::from(server.config);
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .expect("the proxy's port");
        let refused = std::sync::Arc::<std::sync::Mutex<Vec<String>>>::default();
        let counted = refused.clone();
        let upstream = upstream.to_owned();
        let (closed, closing) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(async move {
            while let Ok((incoming, _)) = listener.accept().await {
                let (acceptor, upstream, counted, mut closing) = (
                    acceptor.clone(),
                    upstream.clone(),
                    counted.clone(),
                    closing.clone(),
                );
                tokio::spawn(async move {
                    let mut tls = match acceptor.accept(incoming).await {
                        Ok(tls) => tls,
                        Err(error) => {
                            counted
                                .lock()
                                .unwrap_or_else(std::sync::PoisonError::into_inner)
                                .push(error.to_string());
                            return;
                        }
                    };
                    if let Ok(mut plain) = tokio::net::TcpStream::connect(&upstream).await {
                        tokio::select! {
                            _ = tokio::io::copy_bidirectional(&mut tls, &mut plain) => {}
                            _ = closing.wait_for(|closed| *closed) => {}
                        }
                    }
                });
            }
        });
        Self {
            address: address.to_owned(),
            refused,
            task,
            closed,
        }
    }

    /// Handshakes refused so far (no certificate, one of another CA, not TLS…).
    pub fn refused(&self) -> usize {
        self.refusals().len()
    }

    /// Why each handshake refused so far failed, as rustls said it.
    pub fn refusals(&self) -> Vec<String> {
        self.refused
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Stops it and closes its connections; its port is free on return.
    pub async fn stop(mut self) {
        let _ = self.closed.send(true);
        self.task.abort();
        let _ = (&mut self.task).await;
    }
}

impl Drop for TlsProxy {
    fn drop(&mut self) {
        self.task.abort();
        let _ = self.closed.send(true);
    }
}

/// An S3-compatible server for a test: `s3s-fs` (from crates.io, installed
/// by `scripts/dev-tools.sh` into the checkout's `.tools`) on a free
/// loopback port over a temporary directory, with its own credentials,
/// stopped when dropped. [`S3Server::start`] gives `None` (a failure under
/// CI) when it is not installed.
#[derive(Debug)]
pub struct S3Server {
    /// `http://127.0.0.1:PORT`.
    pub endpoint: String,
    /// The access key it accepts.
    pub access_key: String,
    /// The secret key it accepts.
    pub secret_key: String,
    process: std::process::Child,
    root: tempfile::TempDir,
}

impl S3Server {
    /// The binary `scripts/dev-tools.sh` installs (`SECUREFLOW_S3S_FS` names another).
    pub fn binary() -> std::path::PathBuf {
        std::env::var_os("SECUREFLOW_S3S_FS").map_or_else(
            || {
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../.tools/s3s-fs-0.14.1/bin/s3s-fs")
            },
            std::path::PathBuf::from,
        )
    }

    /// Starts a server (see the type) holding the buckets named.
    pub async fn start(buckets: &[&str]) -> Option<Self> {
        let binary = Self::binary();
        if !binary.is_file() {
            assert!(
                !in_ci(),
                "the S3 server (s3s-fs) is not installed at {} (run scripts/dev-tools.sh)",
                binary.display()
            );
            eprintln!(
                "skipping: the S3 server (s3s-fs) is not installed (run scripts/dev-tools.sh)"
            );
            return None;
        }
        let root = tempfile::tempdir().expect("S3 root");
        for bucket in buckets {
            // A bucket of s3s-fs is a directory of its root.
            std::fs::create_dir_all(root.path().join("data").join(bucket)).expect("bucket");
        }
        let port = free_port();
        let (access_key, secret_key) = (
            "secureflow-test-access".to_owned(),
            uuid::Uuid::now_v7().simple().to_string(),
        );
        let data = root.path().join("data");
        let log = std::fs::File::create(root.path().join("s3s-fs.log")).expect("log");
        let process = std::process::Command::new(&binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", &access_key, "--secret-key", &secret_key])
            .arg(&data)
            .env("RUST_LOG", "s3s_fs=debug,s3s=info")
            .stdin(std::process::Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .unwrap_or_else(|error| panic!("starting {}: {error}", binary.display()));
        let address = format!("127.0.0.1:{port}");
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while tokio::net::TcpStream::connect(address.as_str())
            .await
            .is_err()
        {
            assert!(
                std::time::Instant::now() < deadline,
                "the S3 server did not listen on {address} within 20 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Some(Self {
            endpoint: format!("http://{address}"),
            access_key,
            secret_key,
            process,
            root,
        })
    }

    /// The settings that put a server's blob store in `url` (`s3://bucket`
    /// or `s3://bucket/prefix`) of this server; the secret key is the last.
    pub fn settings<'a>(&'a self, url: &'a str) -> [(&'static str, &'a str); 4] {
        [
            ("SECUREFLOW_BLOBS__URL", url),
            ("SECUREFLOW_BLOBS__ENDPOINT", &self.endpoint),
            ("SECUREFLOW_BLOBS__ACCESS_KEY_ID", &self.access_key),
            ("SECUREFLOW_BLOBS__SECRET_ACCESS_KEY", &self.secret_key),
        ]
    }

    /// The directory holding the buckets' files.
    pub fn root(&self) -> std::path::PathBuf {
        self.root.path().join("data")
    }

    /// What the server logged.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.root.path().join("s3s-fs.log")).unwrap_or_default()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        if std::thread::panicking() {
            // What the server said, for the failure's reader.
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            eprintln!("---- s3s-fs ----");
            for line in tail.into_iter().rev() {
                eprintln!("{line}");
            }
        }
    }
}
