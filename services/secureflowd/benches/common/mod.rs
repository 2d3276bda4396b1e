//! Starting a release `secureflowd` on its own for the benches that measure it
//! as users meet it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use secureflow_platform::testkit::TestDatabase;

/// A release server a bench started: the process (what it derefs to) and,
/// on PostgreSQL, the schema private to it.
pub struct Server {
    child: Child,
    /// The database URL the server uses when it is not the embedded SQLite.
    pub database_url: Option<String>,
    _schema: Option<TestDatabase>,
}

impl std::ops::Deref for Server {
    type Target = Child;

    fn deref(&self) -> &Child {
        &self.child
    }
}

impl std::ops::DerefMut for Server {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.child
    }
}

/// A schema of its own in the PostgreSQL database `SECUREFLOW_BENCH_DATABASE_URL`
/// names, dropped when the bench ends: every server a bench starts begins
/// empty, and a database used before (whose rows another data directory's
/// key sealed) does not stop it.
fn bench_schema() -> Option<TestDatabase> {
    let base = std::env::var("SECUREFLOW_BENCH_DATABASE_URL").ok()?;
    // Callers run on a runtime of their own; this one only makes the schema.
    let made = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(async {
                vacuum_catalogs(&base).await;
                TestDatabase::postgres_in(&base).await
            })
    })
    .join()
    .expect("schema thread");
    Some(made.unwrap_or_else(|error| panic!("SECUREFLOW_BENCH_DATABASE_URL: {error}")))
}

/// Vacuums the system catalogs of the database `url` names. Every test
/// schema created and dropped leaves dead rows in them, and on a PostgreSQL
/// without autovacuum (this machine's and CI's) they pile up through a day
/// of test runs: the notifications bench's p99 went from 1.1 s to 3.5 s over
/// a few runs, and back after one vacuum of 0.4 s. A role that does not own
/// the catalogs gets a warning per catalog and nothing is vacuumed.
async fn vacuum_catalogs(url: &str) {
    let db = secureflow_platform::db::Database::connect(url, 1, Duration::from_secs(10))
        .await
        .unwrap_or_else(|error| panic!("SECUREFLOW_BENCH_DATABASE_URL: {error}"));
    sqlx::raw_sql(
        "VACUUM (ANALYZE) pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_type,
             pg_catalog.pg_depend, pg_catalog.pg_index, pg_catalog.pg_constraint,
             pg_catalog.pg_namespace, pg_catalog.pg_attrdef, pg_catalog.pg_statistic,
             pg_catalog.pg_trigger, pg_catalog.pg_proc, pg_catalog.pg_shdepend",
    )
    .execute(db.pool())
    .await
    .expect("the catalogs vacuumed");
}

/// On PostgreSQL, gathers the planner's statistics of every table of the
/// server's schema, as autovacuum does within a minute or so of many rows
/// written (the PostgreSQL of this machine and of CI runs without
/// autovacuum). Without them a bench that measures right after filling an
/// organisation meets plans made for empty tables: a page of 50 of 1,000
/// pipelines was read by sorting all of them. Nothing on SQLite.
pub async fn analyze(server: &Server) {
    let Some(url) = server.database_url.as_deref() else {
        return;
    };
    let db = secureflow_platform::db::Database::connect(url, 1, Duration::from_secs(10))
        .await
        .expect("the server's database");
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()",
    )
    .fetch_all(db.pool())
    .await
    .expect("tables");
    for table in &tables {
        // A name from the catalog, quoted.
        let statement = format!("ANALYZE \"{}\"", table.replace('"', "\"\""));
        sqlx::query(sqlx::AssertSqlSafe(statement))
            .execute(db.pool())
            .await
            .expect("analyzed");
    }
}

/// The name of the database backend the benches measure.
pub fn backend() -> &'static str {
    if std::env::var("SECUREFLOW_BENCH_DATABASE_URL").is_ok() {
        "PostgreSQL"
    } else {
        "SQLite (embedded default)"
    }
}

/// Starts the release server in `dir` (its data directory: no configuration
/// beyond an admin token, no rate limit, and `settings`) on the embedded
/// SQLite, or on a fresh schema of `SECUREFLOW_BENCH_DATABASE_URL` unless
/// `settings` name a database; the server and the address it listens on.
pub fn start(dir: &Path, token: &str, settings: &[(&str, &str)]) -> (Server, String) {
    let given = settings
        .iter()
        .find(|(key, _)| *key == "SECUREFLOW_DATABASE__URL")
        .map(|(_, url)| (*url).to_owned());
    let schema = if given.is_none() {
        bench_schema()
    } else {
        None
    };
    let database_url = schema.as_ref().map(|schema| schema.url.clone()).or(given);
    let log = dir.join("secureflowd.log");
    let mut command = Command::new(env!("CARGO_BIN_EXE_secureflowd"));
    command
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(dir)
        .env("SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN", token)
        .env("SECUREFLOW_GATEWAY__RATE_LIMIT_PER_MINUTE", "0")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"));
    // The benches' own settings are not the server's.
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("SECUREFLOW_BENCH_")) {
        command.env_remove(name);
    }
    for (key, value) in settings {
        command.env(key, value);
    }
    if let Some(schema) = &schema {
        command.env("SECUREFLOW_DATABASE__URL", &schema.url);
    }
    let mut child = command.spawn().expect("secureflowd starts");
    for _ in 0..600 {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if let Some(at) = text.find("address=") {
            let address: String = text[at + 8..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
                .collect();
            let server = Server {
                child,
                database_url,
                _schema: schema,
            };
            return (server, address);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!(
        "secureflowd did not start:\n{}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
}

/// A figure of `/proc/<pid>/status` (`VmRSS:`, `VmHWM:`), MiB.
pub fn memory_mib(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|value| value.split_whitespace().next())
        .and_then(|kib| kib.parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0)
}

/// A number from the environment (`SECUREFLOW_BENCH_*`), or `default`.
pub fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// The benchmark report of `findings` results in `dir`, from the shared
/// generator (`shared/bench/gen_sarif.py`).
pub fn report(dir: &Path, findings: usize) -> PathBuf {
    let generator =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/gen_sarif.py");
    let output = dir.join(format!("semgrep-{findings}.sarif"));
    let status = Command::new("python3")
        .arg(&generator)
        .args(["--count", &findings.to_string(), "-o"])
        .arg(&output)
        .status()
        .expect("python3 runs the generator");
    assert!(status.success(), "{} failed", generator.display());
    output
}

/// Starts the release server for a bench with a data directory below `dir`
/// (as [`start`] does): the server, a client configuration for it
/// (authenticated with `token`, long deadline) and the backend's name.
pub fn serve(dir: &Path, token: &str) -> (Server, secureflow_client::ClientConfig, &'static str) {
    let data = dir.join("server");
    std::fs::create_dir_all(&data).expect("data dir");
    let (server, address) = start(&data, token, &[]);
    let mut config = secureflow_client::ClientConfig::new(&address).expect("address");
    config.token = Some(token.to_owned());
    config.timeout = Duration::from_secs(600);
    (server, config, backend())
}

/// An upload to the `main` branch of `repository`, its format detected.
pub fn upload_to(repository: &str) -> secureflow_client::upload::UploadRequest {
    secureflow_client::upload::UploadRequest {
        scope: secureflow_client::proto::secureflow::security::v1::ScanScope {
            repository_id: repository.to_owned(),
            branch: "main".into(),
            ..Default::default()
        },
        format: String::new(),
    }
}

/// Registers the GitHub repository `acme/payments-api` with a webhook whose
/// secret is `secret`; (repository id, delivery path).
pub async fn github_repository_with_webhook(
    client: &secureflow_client::SecureFlow,
    secret: &str,
) -> (String, String) {
    use secureflow_client::proto::secureflow::repository::v1 as repository;
    let created = client
        .repository()
        .create_repository(repository::CreateRepositoryRequest {
            repository: Some(repository::Repository {
                full_name: "acme/payments-api".into(),
                provider: repository::Provider::Github as i32,
                ..Default::default()
            }),
        })
        .await
        .expect("repository")
        .into_inner()
        .repository
        .expect("repository");
    let path = client
        .repository()
        .create_webhook(repository::CreateWebhookRequest {
            repository_id: created.id.clone(),
            webhook: Some(repository::Webhook {
                secret: secret.into(),
                ..Default::default()
            }),
        })
        .await
        .expect("webhook")
        .into_inner()
        .webhook
        .expect("webhook")
        .delivery_path;
    (created.id, path)
}
