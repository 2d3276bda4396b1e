//! `secureflow`: SecureFlow from the command line and from CI.
//!
//! Exit codes: 0 success (a gate that passed or warned), 1 a quality gate that
//! failed, 2 any error (bad usage, unreachable server, refused call).

#![forbid(unsafe_code)]

mod args;
mod ci;
mod commands;
mod output;
mod progress;
mod settings;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context as _, Result};
use clap::{CommandFactory, Parser};
use secureflow_client::{ClientConfig, SecureFlow};

use crate::args::{Cli, Command, OutputFormat};

/// Exit code of a failed quality gate.
pub const EXIT_GATE_FAILED: u8 = 1;
/// Exit code of an error.
pub const EXIT_ERROR: u8 = 2;

/// What every command needs: where the server is, who calls, how to print.
#[derive(Debug)]
pub struct Context {
    /// Server address (flag, environment, settings file, default).
    pub server: String,
    /// Token (flag, environment, settings file), if any.
    pub token: Option<String>,
    /// Output of read commands.
    pub output: OutputFormat,
    /// Call deadline.
    pub timeout: Duration,
    /// Extra CA certificate file.
    pub ca_cert: Option<PathBuf>,
    /// The settings file.
    pub settings_path: PathBuf,
}

impl Context {
    fn new(cli: &Cli) -> Result<Self> {
        let explicit = std::env::var_os("SECUREFLOW_CONFIG").map(PathBuf::from);
        let settings_path = settings::path(explicit.as_deref())?;
        let saved = settings::load(&settings_path)?;
        let non_empty = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
        let server = non_empty(&cli.server)
            .or_else(|| Some(saved.server.clone()).filter(|s| !s.is_empty()))
            .unwrap_or_else(|| settings::DEFAULT_SERVER.to_owned());
        let token = non_empty(&cli.token).or_else(|| Some(saved.token).filter(|t| !t.is_empty()));
        Ok(Self {
            server,
            token,
            output: cli.output.unwrap_or_default(),
            timeout: Duration::from_secs(cli.timeout.max(1)),
            ca_cert: cli.ca_cert.clone(),
            settings_path,
        })
    }

    /// The client configuration.
    pub fn client_config(&self) -> Result<ClientConfig> {
        let mut config = ClientConfig::new(&self.server)?;
        if let Some(token) = &self.token {
            config = config.with_token(token);
        }
        config.timeout = self.timeout;
        if let Some(path) = &self.ca_cert {
            config.ca_certificate =
                Some(std::fs::read(path).with_context(|| format!("{}", path.display()))?);
        }
        Ok(config)
    }

    /// A connection to the server, for a command that needs a token.
    pub async fn connect(&self) -> Result<SecureFlow> {
        if self.token.is_none() {
            anyhow::bail!(
                "no token: give one with --token or the SECUREFLOW_TOKEN environment variable, \
                 or keep one with `secureflow login`"
            );
        }
        Ok(SecureFlow::connect(&self.client_config()?).await?)
    }
}

async fn run(cli: Cli) -> Result<u8> {
    let context = Context::new(&cli)?;
    match cli.command {
        Command::Login(login) => commands::login::login(&context, login).await,
        Command::Logout => commands::login::logout(&context),
        Command::Scan(scan) => commands::scan::run(&context, scan).await,
        Command::Gate(gate) => commands::gate::run(&context, gate).await,
        Command::Vulns(vulns) => commands::vulns::run(&context, vulns).await,
        Command::Policies(policies) => commands::policies::run(&context, policies).await,
        Command::Tokens(tokens) => commands::tokens::run(&context, tokens).await,
        Command::Demo(demo) => commands::demo::run(&context, demo).await,
        Command::Repos(repos) => commands::repos::run(&context, repos).await,
        Command::Pipeline(pipeline) => commands::pipeline::run(&context, pipeline).await,
        Command::Notify(notify) => commands::notify::run(&context, notify).await,
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "secureflow",
                &mut std::io::stdout(),
            );
            Ok(0)
        }
    }
}

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`| head`, `| grep -m1`)
    // ends the command quietly, as it does any Unix tool, instead of a
    // panic on the closed pipe.
    sigpipe::reset();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start: {error}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {}", output::describe(&error));
            ExitCode::from(EXIT_ERROR)
        }
    }
}
