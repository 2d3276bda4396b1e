//! Starting `secureflowd`'s own composition in process for the integration tests.
#![allow(dead_code, unreachable_pub)]

pub mod deployment;
pub mod git;
pub mod identity;
pub mod repository;
pub mod security;

use std::collections::HashMap;

use tokio::io::AsyncBufReadExt;

use secureflow_platform::config::{Config, Overrides};
use secureflow_platform::testkit::{TestDatabase, TestServer};

/// Starts the services named (all when empty) on `database`, bootstrapped with
/// the admin API token `token`, with extra `SECUREFLOW_*` settings.
pub async fn start(
    database: &TestDatabase,
    token: &str,
    services: &[&str],
    settings: &[(&str, String)],
) -> TestServer {
    try_start(database, token, services, settings)
        .await
        .unwrap_or_else(|error| panic!("the test server did not start: {error}"))
}

/// Like [`start`], but returns why the server refused to start.
pub async fn try_start(
    database: &TestDatabase,
    token: &str,
    services: &[&str],
    settings: &[(&str, String)],
) -> Result<TestServer, String> {
    let mut env: HashMap<String, String> = settings
        .iter()
        .map(|(key, value)| ((*key).to_owned(), value.clone()))
        .collect();
    env.insert(
        "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
        token.to_owned(),
    );
    let overrides = Overrides {
        services: services.iter().map(|s| (*s).to_owned()).collect(),
        database_url: Some(database.url.clone()),
        ..Overrides::default()
    };
    // The binary's own composition, for the services the settings select.
    let config = Config::load(None, &env, &overrides).map_err(|error| error.to_string())?;
    let composition = secureflowd::composition(&config).map_err(|error| error.to_string())?;
    env.into_iter()
        .fold(
            TestServer::on(database).composition(composition),
            |server, (key, value)| server.setting(&key, &value),
        )
        .overrides(overrides)
        .try_start()
        .await
}

/// Starts the real binary in `dir`; returns the child and the address it logged.
pub async fn spawn_binary(
    dir: &std::path::Path,
    env: &[(&str, &str)],
) -> (tokio::process::Child, std::net::SocketAddr) {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_secureflowd"));
    command
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(dir)
        .env_remove("SECUREFLOW_CONFIG")
        .envs(env.iter().copied())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    let mut child = command.spawn().expect("start secureflowd");
    let mut lines = tokio::io::BufReader::new(child.stderr.take().expect("stderr")).lines();
    let address = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        let mut said = Vec::new();
        while let Some(line) = lines.next_line().await.expect("read log") {
            if let Some(rest) = line.split("address=").nth(1) {
                return rest
                    .split_whitespace()
                    .next()
                    .expect("address")
                    .parse()
                    .expect("socket address");
            }
            said.push(line);
        }
        panic!(
            "secureflowd exited without logging its address:\n{}",
            said.join("\n")
        );
    })
    .await
    .expect("secureflowd logs where it listens");
    (child, address)
}

/// `secrets.keys` for the processes of one test deployment: they must all
/// open what the others sealed.
pub fn shared_secrets_keys() -> String {
    let key = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [7_u8; 32]);
    format!("1:{key}")
}

/// A channel to the process listening at `address`.
pub async fn connect(address: std::net::SocketAddr) -> tonic::transport::Channel {
    tonic::transport::Channel::from_shared(format!("http://{address}"))
        .expect("uri")
        .connect()
        .await
        .expect("connect")
}

/// The real binary on one database and working directory, to start, kill
/// and start again (the crash tests).
pub struct Binary {
    dir: tempfile::TempDir,
    env: Vec<(&'static str, String)>,
}

impl Binary {
    /// On `database`, with `admin_token` as its bootstrap admin token.
    pub fn on(database: &TestDatabase, admin_token: &str) -> Self {
        let _ = rustls::crypto::ring::default_provider().install_default();
        Self {
            dir: tempfile::tempdir().expect("working directory"),
            env: vec![
                ("SECUREFLOW_DATABASE__URL", database.url.clone()),
                ("SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN", admin_token.to_owned()),
            ],
        }
    }

    /// With one more setting.
    pub fn setting(mut self, key: &'static str, value: &str) -> Self {
        self.env.push((key, value.to_owned()));
        self
    }

    /// Starts it; the child and the address it logged.
    pub async fn spawn(&self) -> (tokio::process::Child, std::net::SocketAddr) {
        let env: Vec<(&str, &str)> = self
            .env
            .iter()
            .map(|(key, value)| (*key, value.as_str()))
            .collect();
        spawn_binary(self.dir.path(), &env).await
    }
}

/// The process's overall health now.
pub async fn health(
    channel: &tonic::transport::Channel,
) -> tonic_health::pb::health_check_response::ServingStatus {
    use tonic_health::pb::HealthCheckRequest;
    use tonic_health::pb::health_client::HealthClient;

    HealthClient::new(channel.clone())
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("health answers")
        .into_inner()
        .status()
}

/// Waits (at most 30 s) until the process's overall health is `wanted`.
pub async fn wait_for_health(
    channel: &tonic::transport::Channel,
    wanted: tonic_health::pb::health_check_response::ServingStatus,
) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let status = health(channel).await;
        if status == wanted {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {status:?} after 30 s, waiting for {wanted:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Serves `app` on a free port of 127.0.0.1 (a webhook receiver); its URL
/// (`http://ADDRESS/hook`).
pub async fn serve_hook(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}/hook", listener.local_addr().expect("address"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}
