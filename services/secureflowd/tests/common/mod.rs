//! Starting `secureflowd`'s own composition in process for the integration tests.
#![allow(dead_code, unreachable_pub)]

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
    let config = Config::load(None, &env, &overrides).expect("config");
    let composition = secureflowd::composition(&config).expect("composition");
    env.into_iter()
        .fold(
            TestServer::on(database).composition(composition),
            |server, (key, value)| server.setting(&key, &value),
        )
        .overrides(overrides)
        .start()
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
        while let Some(line) = lines.next_line().await.expect("read log") {
            if let Some(rest) = line.split("address=").nth(1) {
                return rest
                    .split_whitespace()
                    .next()
                    .expect("address")
                    .parse()
                    .expect("socket address");
            }
        }
        panic!("secureflowd exited without logging its address");
    })
    .await
    .expect("secureflowd logs where it listens");
    (child, address)
}
