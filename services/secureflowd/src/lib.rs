//! `secureflowd` composition: which services exist and how the binary starts them.
//! The binary (`main.rs`) only parses arguments and calls [`run`], so tests start
//! the same server in-process.

#![forbid(unsafe_code)]

use std::future::Future;

use secureflow_platform::config::Config;
use secureflow_platform::server::{self, Composition, ServiceModule};
use tokio::net::TcpListener;

/// Every domain service, in dependency order.
pub const MODULES: [ServiceModule; 9] = [
    secureflow_identity::MODULE,
    secureflow_repository::MODULE,
    secureflow_pipeline::MODULE,
    secureflow_security::MODULE,
    secureflow_testing::MODULE,
    secureflow_workflow::MODULE,
    secureflow_analytics::MODULE,
    secureflow_hr::MODULE,
    secureflow_notification::MODULE,
];

/// The services the config selects, identity's authenticator and the gateway.
pub fn composition(config: &Config) -> secureflow_platform::Result<Composition> {
    Ok(Composition {
        modules: server::select_modules(config, &MODULES)?,
        authentication: Some(secureflow_identity::AUTHENTICATION),
        http: secureflow_gateway::router(),
        edge: Some(secureflow_gateway::rest_routes),
        pages: Some(secureflow_gateway::web::pages()),
    })
}

/// The configuration as it is in effect: every service's section checked and
/// completed with its defaults, secrets redacted (what `--print-config` shows).
pub fn effective(config: &Config) -> secureflow_platform::Result<Config> {
    server::select_modules(config, &MODULES)?;
    let mut effective = config.clone();
    for section in MODULES.iter().filter_map(|module| module.config) {
        let values = (section.effective)(config).map_err(|error| {
            secureflow_platform::Error::invalid_field("config", error.to_string())
        })?;
        effective.sections.insert(section.name.to_owned(), values);
    }
    Ok(effective.redacted())
}

/// Serves the services the config selects, plus the gateway, on `listener` until `shutdown`.
pub async fn run(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> secureflow_platform::Result<()> {
    let composition = composition(&config)?;
    server::serve(config, listener, composition, shutdown).await
}
