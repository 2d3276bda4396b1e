//! `secureflowd`: the SecureFlow server.
//!
//! With no arguments it serves every service on 127.0.0.1:8080 with the embedded
//! defaults (SQLite under `./.secureflow/`). See the README's configuration reference.

#![forbid(unsafe_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use secureflow_platform::config::{Config, Overrides};
use secureflow_platform::telemetry;

/// mimalloc: markedly cheaper than the system allocator for the many small,
/// short-lived allocations of request handling (measured by `--bench gateway`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The SecureFlow DevSecOps control plane server.
#[derive(Debug, Parser)]
#[command(version, about, after_help = EXAMPLES)]
struct Args {
    /// Address to serve gRPC, grpc-web, REST and /metrics on [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR")]
    listen: Option<SocketAddr>,
    /// Directory for the embedded database and local files [default: ./.secureflow].
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Run only this service (short name such as `security`, or full gRPC name); repeatable.
    #[arg(long = "service", value_name = "NAME")]
    services: Vec<String>,
    /// TOML configuration file.
    #[arg(long, value_name = "FILE", env = "SECUREFLOW_CONFIG")]
    config: Option<PathBuf>,
    /// Database URL (`sqlite://PATH` or `postgres://USER@HOST:PORT/DB`).
    #[arg(long, value_name = "URL")]
    database_url: Option<String>,
    /// Print the effective configuration as TOML and exit.
    #[arg(long)]
    print_config: bool,
}

const EXAMPLES: &str = "Examples:
  secureflowd                                   # everything, embedded defaults
  secureflowd --listen 0.0.0.0:8080 --data-dir /var/lib/secureflow
  secureflowd --service security --database-url postgres://secureflow@db:5432/secureflow
  SECUREFLOW_TELEMETRY__LOG_FORMAT=json secureflowd";

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match run().await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("secureflowd: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    let args = Args::parse();
    let env: HashMap<String, String> = std::env::vars().collect();
    let overrides = Overrides {
        listen: args.listen,
        data_dir: args.data_dir,
        services: args.services,
        database_url: args.database_url,
    };
    let config = Config::load(args.config.as_deref(), &env, &overrides)?;
    if args.print_config {
        print!("{}", toml_of(&config)?);
        return Ok(());
    }
    let _telemetry = telemetry::init(&config.telemetry)?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| {
            format!(
                "cannot listen on {} (use --listen to pick another address)",
                config.listen
            )
        })?;
    secureflowd::run(config, listener, shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

fn toml_of(config: &Config) -> anyhow::Result<String> {
    Ok(toml::to_string_pretty(config)?)
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
