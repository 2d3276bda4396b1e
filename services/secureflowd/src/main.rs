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
/// Built with `override`, it serves SQLite's C allocations too, so the pages
/// a closed report or an evicted page cache freed go back to the system
/// instead of staying in glibc's per-thread arenas (`--bench memory`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's settings, read from the environment when the process starts,
/// so `secureflowd` re-executes itself with them once when the operator has
/// not chosen their values:
/// - `MIMALLOC_PURGE_DELAY`: freed memory is kept this long (ms) before it
///   goes back to the system; the default of a second leaves idle worker
///   threads holding what they freed;
/// - `MIMALLOC_ALLOW_THP`: no transparent huge pages. With them, the first
///   touch of a fresh allocator page has the kernel zero a whole 2 MiB page:
///   a 100,000-finding upload spent a fifth of its CPU time there, and the
///   server's peak was higher (`--bench ingest`).
const ALLOCATOR_SETTINGS: [(&str, &str); 2] =
    [("MIMALLOC_PURGE_DELAY", "250"), ("MIMALLOC_ALLOW_THP", "0")];

#[cfg(unix)]
fn settle_allocator() {
    use std::os::unix::process::CommandExt;
    let unset: Vec<(&str, &str)> = ALLOCATOR_SETTINGS
        .into_iter()
        .filter(|(name, _)| std::env::var_os(name).is_none())
        .collect();
    if unset.is_empty() {
        return;
    }
    let Ok(program) = std::env::current_exe() else {
        return;
    };
    // Only returns if the re-execution failed; the defaults then stay.
    let error = std::process::Command::new(program)
        .args(std::env::args_os().skip(1))
        .envs(unset)
        .exec();
    eprintln!("secureflowd: keeping the allocator's defaults ({error})");
}

#[cfg(not(unix))]
fn settle_allocator() {}

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
    /// List the events consumers gave up on (embedded log) and exit.
    #[arg(long, conflicts_with = "replay_dead_letters")]
    dead_letters: bool,
    /// Offer the dead letters to their consumers again and exit: with Kafka,
    /// send them back to their topics; in the embedded log, have the running
    /// server handle them again.
    #[arg(long)]
    replay_dead_letters: bool,
    /// With --dead-letters or --replay-dead-letters: only this consumer's.
    #[arg(long, value_name = "NAME")]
    consumer: Option<String>,
}

const EXAMPLES: &str = "Examples:
  secureflowd                                   # everything, embedded defaults
  secureflowd --listen 0.0.0.0:8080 --data-dir /var/lib/secureflow
  secureflowd --service security --database-url postgres://secureflow@db:5432/secureflow
  secureflowd --dead-letters                     # events consumers gave up on
  secureflowd --replay-dead-letters --consumer security.organizations
  SECUREFLOW_TELEMETRY__LOG_FORMAT=json secureflowd";

fn main() -> std::process::ExitCode {
    settle_allocator();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("secureflowd: cannot start the runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run()) {
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
        print!("{}", toml_of(&secureflowd::effective(&config)?)?);
        return Ok(());
    }
    let _telemetry = telemetry::init(&config.telemetry)?;
    if args.dead_letters || args.replay_dead_letters {
        return dead_letters(&config, args.replay_dead_letters, args.consumer.as_deref()).await;
    }
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

/// Lists or replays the dead letters.
async fn dead_letters(config: &Config, replay: bool, consumer: Option<&str>) -> anyhow::Result<()> {
    let log = secureflow_platform::server::event_log(config).await?;
    if replay {
        let count = log.replay_dead_letters(consumer).await?;
        println!("{count} dead letters offered again");
        return Ok(());
    }
    if log.kafka().is_some() {
        println!(
            "events travel through Kafka: the dead letters are in the topic {}",
            config.events.kafka.topic_prefix.clone() + &config.events.kafka.dead_letter_topic
        );
    }
    let letters = log.dead_letters(consumer).await?;
    if letters.is_empty() {
        println!("no dead letters");
    }
    for letter in letters {
        println!(
            "{}\t{}\t{}\t{} attempts{}\t{}",
            letter.consumer,
            letter.event_id,
            letter.event_type,
            letter.attempts,
            if letter.replay_requested {
                ", replay asked"
            } else {
                ""
            },
            letter.reason.replace('\n', " ")
        );
    }
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
