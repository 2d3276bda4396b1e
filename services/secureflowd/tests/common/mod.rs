//! Starting `secureflowd`'s own composition in process for the integration tests.
#![allow(dead_code, unreachable_pub)]

pub mod identity;
pub mod repository;

use std::collections::HashMap;

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
