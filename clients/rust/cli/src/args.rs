//! The command line: every command with its `--help` and examples.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// How read commands print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// Aligned columns for people (the default on a terminal).
    #[default]
    Table,
    /// JSON for programs.
    Json,
    /// SARIF 2.1.0 (vulnerability lists), for code-scanning uploads.
    Sarif,
}

/// SecureFlow from the command line and from CI.
#[derive(Debug, Parser)]
#[command(
    name = "secureflow",
    version,
    about = "SecureFlow from the command line and from CI: upload scanner reports, get the quality gate's verdict, triage vulnerabilities.",
    after_help = "Examples:\n  secureflow login --token \"$SECUREFLOW_TOKEN\"\n  secureflow scan upload semgrep.sarif trivy.json\n  secureflow vulns list --severity critical --severity high\n\nExit codes: 0 success (gate PASS or WARN), 1 the quality gate failed, 2 an error."
)]
pub struct Cli {
    /// SecureFlow server.
    #[arg(long, global = true, env = "SECUREFLOW_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// API token (`sft_…`) or access token.
    #[arg(long, global = true, env = "SECUREFLOW_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Output of read commands.
    #[arg(short = 'o', long = "output", global = true, value_enum)]
    pub output: Option<OutputFormat>,
    /// PEM file of a CA to trust for https servers, besides the system's.
    #[arg(long, global = true, env = "SECUREFLOW_CA_CERT", value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,
    /// Deadline of each call, in seconds.
    #[arg(long, global = true, default_value_t = 60, value_name = "SECONDS")]
    pub timeout: u64,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Keep a server address and token for the next commands.
    #[command(
        after_help = "Examples:\n  secureflow login --server https://secureflow.example --token sft_…\n  echo \"$PASSWORD\" | secureflow login --email me@example.com --password-stdin\n\nThe settings file is $XDG_CONFIG_HOME/secureflow/config.toml (or SECUREFLOW_CONFIG), readable only by you."
    )]
    Login(LoginArgs),
    /// Forget the kept token.
    #[command(after_help = "Example:\n  secureflow logout")]
    Logout,
    /// Upload scanner reports, or run the scanners installed here and upload theirs.
    #[command(subcommand)]
    Scan(ScanCommand),
    /// The quality gate's verdict.
    #[command(subcommand)]
    Gate(GateCommand),
    /// Vulnerabilities: list, show, triage.
    #[command(subcommand, visible_alias = "vulnerabilities")]
    Vulns(VulnsCommand),
    /// Quality-gate policies.
    #[command(subcommand)]
    Policies(PoliciesCommand),
    /// API tokens for CI.
    #[command(subcommand)]
    Tokens(TokensCommand),
    /// Fill the server with demo data for a first look (teams, people,
    /// repositories, policies, real scanner reports, triage).
    #[command(
        after_help = "Example:\n  secureflow login --token \"$SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN\"\n  secureflow demo\n\nNeeds an admin's token. The demo people log in with --password (default \"secureflow-demo\"):\nuse it on a server for trying SecureFlow, not on one holding real work."
    )]
    Demo(DemoArgs),
    /// Repositories: list, show, add, archive, delete, restore.
    #[command(subcommand, visible_alias = "repositories")]
    Repos(ReposCommand),
    /// Pipelines: create, update, run (and follow), list, show, cancel, logs.
    #[command(subcommand, visible_alias = "pipelines")]
    Pipeline(PipelineCommand),
    /// Notifications: channels (list, add, test), subscription rules (list,
    /// add) and deliveries.
    #[command(subcommand, visible_alias = "notifications")]
    Notify(NotifyCommand),
    /// Print a shell completion script.
    #[command(
        after_help = "Example:\n  secureflow completions bash > /etc/bash_completion.d/secureflow"
    )]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// `login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Log in as this user (password from standard input) instead of keeping a token.
    #[arg(long, requires = "password_stdin")]
    pub email: Option<String>,
    /// Read the password from standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// Organisation slug for `--email`.
    #[arg(long, default_value = "default")]
    pub organization: String,
}

/// `demo`.
#[derive(Debug, Args, Clone)]
pub struct DemoArgs {
    /// Password of the demo people (at least 12 characters).
    #[arg(long, default_value = crate::commands::demo::DEFAULT_PASSWORD)]
    pub password: String,
}

/// Where findings apply; detected from CI and git when not given.
#[derive(Debug, Args, Clone, Default)]
pub struct ScopeArgs {
    /// Repository (`owner/name`).
    #[arg(long)]
    pub repo: Option<String>,
    /// Branch.
    #[arg(long)]
    pub branch: Option<String>,
    /// Commit SHA.
    #[arg(long)]
    pub commit: Option<String>,
    /// Base branch "new" findings are measured against (a pull request's target).
    #[arg(long)]
    pub base_branch: Option<String>,
    /// Pull/merge request number.
    #[arg(long)]
    pub pull_request: Option<i64>,
}

/// `scan …`.
#[derive(Debug, Subcommand)]
pub enum ScanCommand {
    /// Stream reports to SecureFlow with live progress; print the summary and the gate verdict.
    #[command(
        after_help = "Examples:\n  secureflow scan upload semgrep.sarif\n  secureflow scan upload trivy.json --format trivy-json --repo acme/web --branch main --commit $(git rev-parse HEAD)\n  secureflow scan upload reports/*.json -o json\n\nRepository, branch and commit come from GitHub Actions, GitLab CI or Jenkins, else from git.\nExit codes: 0 gate PASS or WARN (or no policy), 1 gate FAIL, 2 error."
    )]
    Upload(UploadArgs),
    /// Run the scanners installed on this machine (semgrep, gitleaks, trivy, checkov, bandit, detect-secrets) and upload their reports.
    #[command(
        after_help = "Examples:\n  secureflow scan run\n  secureflow scan run src/ --scanner semgrep --scanner bandit\n  SECUREFLOW_SEMGREP_CONFIG=rules.yaml secureflow scan run   # semgrep with local rules, offline\n\nScanners not installed are skipped and named; none installed is an error. Semgrep uses\n`--config auto` (its rule registry) unless SECUREFLOW_SEMGREP_CONFIG names rules."
    )]
    Run(RunArgs),
}

/// `scan upload`.
#[derive(Debug, Args)]
pub struct UploadArgs {
    /// Report files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Report format (`auto` detects it).
    #[arg(long, default_value = "auto")]
    pub format: String,
    /// Mark the reports partial: findings they lack are not resolved.
    #[arg(long)]
    pub partial: bool,
    /// Where the findings apply.
    #[command(flatten)]
    pub scope: ScopeArgs,
}

/// `scan run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// The directory to scan.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Only these scanners (repeatable).
    #[arg(long = "scanner", value_name = "NAME")]
    pub scanners: Vec<String>,
    /// Where the findings apply.
    #[command(flatten)]
    pub scope: ScopeArgs,
}

/// `gate …`.
#[derive(Debug, Subcommand)]
pub enum GateCommand {
    /// Evaluate the gate of a branch (or commit) now.
    #[command(
        after_help = "Examples:\n  secureflow gate check\n  secureflow gate check --repo acme/web --branch feature/x --base-branch main\n\nExit codes: 0 PASS or WARN, 1 FAIL, 2 error."
    )]
    Check(ScopeArgs),
}

/// `vulns …`.
#[derive(Debug, Subcommand)]
pub enum VulnsCommand {
    /// List vulnerabilities (open and in progress unless `--status` says otherwise).
    #[command(
        after_help = "Examples:\n  secureflow vulns list --severity critical --severity high\n  secureflow vulns list --repo acme/web --order-by 'risk desc' -o json\n  secureflow vulns list -o sarif > open.sarif"
    )]
    List(ListArgs),
    /// Show one vulnerability with its risk factors and occurrences.
    #[command(after_help = "Example:\n  secureflow vulns show 0193a…")]
    Show {
        /// Vulnerability id.
        id: String,
    },
    /// Triage: set a vulnerability's status.
    #[command(
        after_help = "Examples:\n  secureflow vulns set-status 0193a… false-positive --justification 'test fixture'\n  secureflow vulns set-status 0193a… accepted-risk --justification 'mitigated by WAF' --expires 2027-03-31"
    )]
    SetStatus(SetStatusArgs),
}

/// `vulns list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Severities (repeatable): critical, high, medium, low, info.
    #[arg(long = "severity", value_name = "SEVERITY")]
    pub severities: Vec<String>,
    /// Statuses (repeatable): open, in-progress, resolved, false-positive, accepted-risk.
    #[arg(long = "status", value_name = "STATUS")]
    pub statuses: Vec<String>,
    /// Repository (repeatable: any of them, at most 1,000).
    #[arg(long = "repo", value_name = "REPOSITORY")]
    pub repos: Vec<String>,
    /// Branch.
    #[arg(long)]
    pub branch: Option<String>,
    /// Tool (repeatable).
    #[arg(long = "tool", value_name = "TOOL")]
    pub tools: Vec<String>,
    /// Text in title, description, file or rule.
    #[arg(long)]
    pub query: Option<String>,
    /// `risk desc`, `severity desc`, `first_detected desc`, `last_seen desc`, `sla_due asc`.
    #[arg(long)]
    pub order_by: Option<String>,
    /// At most this many (all pages are read up to it).
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

/// `vulns set-status`.
#[derive(Debug, Args)]
pub struct SetStatusArgs {
    /// Vulnerability id.
    pub id: String,
    /// open, in-progress, resolved, false-positive, accepted-risk.
    pub status: String,
    /// Why (required for false-positive and accepted-risk).
    #[arg(long)]
    pub justification: Option<String>,
    /// When an accepted risk expires (YYYY-MM-DD or RFC 3339).
    #[arg(long)]
    pub expires: Option<String>,
}

/// `policies …`.
#[derive(Debug, Subcommand)]
pub enum PoliciesCommand {
    /// List policies.
    #[command(
        after_help = "Examples:\n  secureflow policies list\n  secureflow policies list -o json"
    )]
    List,
    /// Show one policy (as proto3 JSON).
    #[command(after_help = "Example:\n  secureflow policies show 0193a…")]
    Show {
        /// Policy id.
        id: String,
    },
    /// Create a policy from a JSON file (the `Policy` message in proto3 JSON).
    #[command(
        after_help = "Example:\n  secureflow policies create --file no-new-high.json\n\nno-new-high.json:\n  {\"name\": \"no new high\", \"enabled\": true, \"conditions\": [{\"onViolation\": \"VERDICT_FAIL\",\n   \"threshold\": {\"findingSet\": \"FINDING_SET_NEW\", \"minSeverity\": \"SEVERITY_HIGH\", \"maxCount\": 0}}]}"
    )]
    Create {
        /// The policy as JSON (`-` for standard input).
        #[arg(long)]
        file: PathBuf,
    },
    /// Delete a policy.
    #[command(after_help = "Example:\n  secureflow policies delete 0193a…")]
    Delete {
        /// Policy id.
        id: String,
    },
}

/// `notify …`.
#[derive(Debug, Subcommand)]
pub enum NotifyCommand {
    /// Channels: where notifications go.
    #[command(subcommand)]
    Channels(ChannelsCommand),
    /// Subscription rules: which events go to which channels.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Escalation rules: who is told when nobody acknowledges.
    #[command(subcommand)]
    Escalation(EscalationCommand),
    /// Acknowledge a delivery: its notification stops escalating.
    #[command(after_help = "Example:\n  secureflow notify ack 0193a…")]
    Ack {
        /// Delivery id (from `secureflow notify deliveries`, or the message).
        id: String,
    },
    /// Deliveries, newest first, with their state and the receiver's last answer.
    #[command(
        after_help = "Examples:\n  secureflow notify deliveries\n  secureflow notify deliveries --failed --channel '#security-alerts'"
    )]
    Deliveries {
        /// Only those that failed for good.
        #[arg(long)]
        failed: bool,
        /// Only those to this channel (name or id).
        #[arg(long)]
        channel: Option<String>,
        /// Only those of this event type (`gate.changed`).
        #[arg(long)]
        event: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: i32,
    },
}

/// The channel types, as the CLI names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChannelKind {
    /// Signed HTTP webhook (`url`; credential `secret`).
    Webhook,
    /// Slack (`webhook_url`, or `channel` with credential `bot_token`).
    Slack,
    /// Microsoft Teams (`url`).
    Teams,
    /// E-mail over SMTP (`host`, `port`, `security`, `from`, `to`, `username`; credential `password`).
    Email,
    /// In the product (`user_ids`, `team_ids`).
    InApp,
}

/// `notify channels …`.
#[derive(Debug, Subcommand)]
pub enum ChannelsCommand {
    /// List channels with their state (credentials are never shown, only their names).
    #[command(after_help = "Example:\n  secureflow notify channels list")]
    List,
    /// Add a channel. Settings are given with --set; credentials with
    /// --credential from an environment variable or a file, never on the command line.
    #[command(
        after_help = "Examples:\n  secureflow notify channels add '#security-alerts' --type slack --set webhook_url=https://hooks.slack.com/services/T0/B0/x\n  WEBHOOK_SECRET=… secureflow notify channels add audit --type webhook --set url=https://audit.example/hook --credential secret=env:WEBHOOK_SECRET\n\nThe keys of each type are listed in docs/notifications.md."
    )]
    Add {
        /// Name, unique in the organisation.
        name: String,
        /// Channel type.
        #[arg(long = "type", value_enum)]
        kind: ChannelKind,
        /// A setting (repeatable), `KEY=VALUE`.
        #[arg(long = "set", value_name = "KEY=VALUE")]
        settings: Vec<String>,
        /// A credential (repeatable), `KEY=env:VARIABLE` or `KEY=file:PATH`.
        #[arg(long = "credential", value_name = "KEY=env:VAR|file:PATH")]
        credentials: Vec<String>,
    },
    /// Send a test message and show the receiver's answer (exit 1 if it was not delivered).
    #[command(after_help = "Example:\n  secureflow notify channels test '#security-alerts'")]
    Test {
        /// Channel name or id.
        channel: String,
    },
}

/// `notify rules …`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List subscription rules.
    #[command(after_help = "Example:\n  secureflow notify rules list")]
    List,
    /// Add a subscription rule.
    #[command(
        after_help = "Example:\n  secureflow notify rules add failing-gates --event gate.changed --channel '#security-alerts' --channel security-mail --branch main --priority high"
    )]
    Add {
        /// Name, unique in the organisation.
        name: String,
        /// Event type (repeatable): gate.changed, sla.breached, pipeline.failed,
        /// pipeline.completed, vulnerability.detected, deployment.completed, scan.completed.
        #[arg(long = "event", required = true, value_name = "TYPE")]
        events: Vec<String>,
        /// Channel name or id (repeatable).
        #[arg(long = "channel", required = true, value_name = "CHANNEL")]
        channels: Vec<String>,
        /// Only this branch (a glob: `release/*`).
        #[arg(long)]
        branch: Option<String>,
        /// Only this repository id (repeatable).
        #[arg(long = "repository", value_name = "ID")]
        repositories: Vec<String>,
        /// Lowest severity: info, low, medium, high, critical.
        #[arg(long)]
        min_severity: Option<String>,
        /// Gate verdicts that match gate.changed (repeatable; default FAIL).
        #[arg(long = "verdict", value_name = "VERDICT")]
        verdicts: Vec<String>,
        /// Priority: low, normal, high, urgent.
        #[arg(long, default_value = "normal")]
        priority: String,
    },
}

/// `notify escalation …`.
#[derive(Debug, Subcommand)]
pub enum EscalationCommand {
    /// List escalation rules with their levels.
    #[command(after_help = "Example:\n  secureflow notify escalation list")]
    List,
    /// Add an escalation rule. Each --level is `DELAY=CHANNEL[,CHANNEL…]`, its
    /// delay counted from the notification's first delivery.
    #[command(
        after_help = "Example:\n  secureflow notify escalation add failing-gates --event gate.changed --min-priority high --level 15m=team-lead --level 1h=head-of-security,#security-alerts"
    )]
    Add {
        /// Name, unique in the organisation.
        name: String,
        /// Event type it applies to (default: every type).
        #[arg(long = "event", value_name = "TYPE")]
        event: Option<String>,
        /// Lowest priority it applies to: low, normal, high, urgent.
        #[arg(long, default_value = "normal")]
        min_priority: String,
        /// A level (repeatable, in order): `DELAY=CHANNEL[,CHANNEL…]`, DELAY as `90s`, `15m`, `2h`.
        #[arg(long = "level", required = true, value_name = "DELAY=CHANNELS")]
        levels: Vec<String>,
    },
}

/// `tokens …`.
#[derive(Debug, Subcommand)]
pub enum TokensCommand {
    /// List API tokens.
    #[command(after_help = "Examples:\n  secureflow tokens list\n  secureflow tokens list -o json")]
    List,
    /// Create an API token; its secret is printed once.
    #[command(
        after_help = "Example:\n  secureflow tokens create ci-web --permission security.write --permission security.read --days 90"
    )]
    Create {
        /// Display name.
        name: String,
        /// Permissions (repeatable); each must be held by you.
        #[arg(long = "permission", required = true, value_name = "PERMISSION")]
        permissions: Vec<String>,
        /// Days until it expires (at most 365).
        #[arg(long, default_value_t = 90)]
        days: i64,
    },
    /// Revoke an API token.
    #[command(after_help = "Example:\n  secureflow tokens revoke 0193a…")]
    Revoke {
        /// Token id.
        id: String,
    },
}

/// `repos …`.
#[derive(Debug, Subcommand)]
pub enum ReposCommand {
    /// List repositories, by full name.
    #[command(
        after_help = "Examples:\n  secureflow repos list\n  secureflow repos list --query payments --archived\n  secureflow repos list --deleted -o json"
    )]
    List {
        /// Only those whose full name holds this text (any case).
        #[arg(long)]
        query: Option<String>,
        /// Only this team's (team id).
        #[arg(long)]
        team: Option<String>,
        /// Archived ones too.
        #[arg(long)]
        archived: bool,
        /// The deleted ones awaiting purge instead.
        #[arg(long)]
        deleted: bool,
    },
    /// Show a repository.
    #[command(
        after_help = "Examples:\n  secureflow repos show acme/payments-api\n  secureflow repos show 0193a…"
    )]
    Show {
        /// Id or full name.
        repository: String,
    },
    /// Register a repository.
    #[command(
        after_help = "Example:\n  secureflow repos add acme/payments-api --clone-url https://github.com/acme/payments-api.git --criticality high --label tier=1"
    )]
    Add {
        /// Full name as the host shows it (`owner/name`, `group/subgroup/name`).
        full_name: String,
        /// Clone URL (no credentials in it); the host is inferred from it.
        #[arg(long)]
        clone_url: Option<String>,
        /// Default branch (`main` when not given).
        #[arg(long)]
        default_branch: Option<String>,
        /// Owning team id.
        #[arg(long)]
        team: Option<String>,
        /// Business criticality.
        #[arg(long, value_enum)]
        criticality: Option<CriticalityArg>,
        /// Labels (repeatable), `key=value`.
        #[arg(long = "label", value_name = "KEY=VALUE")]
        labels: Vec<String>,
    },
    /// Archive a repository (history kept), or bring it back with `--undo`.
    #[command(
        after_help = "Examples:\n  secureflow repos archive acme/old-tool\n  secureflow repos archive acme/old-tool --undo"
    )]
    Archive {
        /// Id or full name.
        repository: String,
        /// Unarchive instead.
        #[arg(long)]
        undo: bool,
    },
    /// Delete a repository: restorable with `repos restore` until its grace period ends.
    #[command(after_help = "Example:\n  secureflow repos delete acme/old-tool")]
    Delete {
        /// Id or full name.
        repository: String,
    },
    /// Restore a deleted repository.
    #[command(after_help = "Example:\n  secureflow repos restore 0193a…")]
    Restore {
        /// Id (from `repos list --deleted`).
        id: String,
    },
    /// A repository's webhooks.
    #[command(subcommand)]
    Webhook(WebhookCommand),
    /// Backfill a repository from its host's API (branches, commits with stats,
    /// contributors, pull/merge requests, reviews), showing progress until it ends; an
    /// interrupted backfill resumes where it stopped.
    #[command(
        after_help = "Examples:\n  secureflow repos sync acme/payments-api\n  secureflow repos sync acme/payments-api --full --connection 0193a…"
    )]
    Sync {
        /// Repository id or full name.
        repository: String,
        /// Connection to read through (default: the organisation's one for the host).
        #[arg(long)]
        connection: Option<String>,
        /// Read everything again, not only what changed since the last backfill.
        #[arg(long)]
        full: bool,
    },
}

/// `repos webhook …`.
#[derive(Debug, Subcommand)]
pub enum WebhookCommand {
    /// Create a webhook; prints the URL to give the host and the secret, once.
    #[command(
        after_help = "Examples:\n  secureflow repos webhook create acme/payments-api\n  secureflow repos webhook create acme/payments-api --event push --event pull_request"
    )]
    Create {
        /// Repository id or full name.
        repository: String,
        /// Events (repeatable; all when none): push, pull_request, pull_request_review,
        /// pull_request_review_comment, create, delete, release, tag_push, note.
        #[arg(long = "event", value_name = "EVENT")]
        events: Vec<String>,
    },
    /// List a repository's webhooks (never their secrets).
    #[command(after_help = "Example:\n  secureflow repos webhook list acme/payments-api")]
    List {
        /// Repository id or full name.
        repository: String,
    },
    /// A webhook's recent deliveries, newest first: event, outcome, what was
    /// recorded or why it was ignored (deliveries that did not verify are not kept).
    #[command(
        after_help = "Example:\n  secureflow repos webhook deliveries acme/payments-api 0193a… --limit 20"
    )]
    Deliveries {
        /// Repository id or full name.
        repository: String,
        /// Webhook id.
        id: String,
        /// How many to show.
        #[arg(long, default_value_t = 50)]
        limit: i32,
    },
    /// Delete a webhook.
    #[command(after_help = "Example:\n  secureflow repos webhook delete acme/payments-api 0193a…")]
    Delete {
        /// Repository id or full name.
        repository: String,
        /// Webhook id.
        id: String,
    },
}

/// A repository's business criticality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CriticalityArg {
    /// Internal tooling.
    Low,
    /// Ordinary product code.
    Medium,
    /// Customer-facing or handles personal data.
    High,
    /// Payments, authentication, safety.
    Critical,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_command_shows_examples_in_its_help() {
        fn leaves(command: &clap::Command, path: String, out: &mut Vec<(String, bool)>) {
            let subcommands: Vec<_> = command
                .get_subcommands()
                .filter(|sub| sub.get_name() != "help")
                .collect();
            if subcommands.is_empty() {
                let help = command
                    .get_after_help()
                    .map(|h| h.to_string())
                    .unwrap_or_default();
                out.push((path, help.contains("Example")));
                return;
            }
            for sub in subcommands {
                leaves(sub, format!("{path} {}", sub.get_name()), out);
            }
        }
        let mut found = Vec::new();
        leaves(&Cli::command(), "secureflow".into(), &mut found);
        let missing: Vec<_> = found
            .iter()
            .filter(|(_, has)| !has)
            .map(|(p, _)| p)
            .collect();
        assert!(missing.is_empty(), "no examples in --help of {missing:?}");
        assert!(found.len() >= 15, "{found:?}");
    }
}

/// `pipeline …`.
#[derive(Debug, Subcommand)]
pub enum PipelineCommand {
    /// Create a pipeline from its definition (YAML or JSON; docs/pipelines.md).
    #[command(
        after_help = "Examples:\n  secureflow pipeline create --file pipeline.yml\n  secureflow pipeline create --file .secureflow/pipeline.yml --repo acme/payments-api"
    )]
    Create {
        /// The definition file (`-` for standard input).
        #[arg(long, short)]
        file: std::path::PathBuf,
        /// Repository it belongs to (id).
        #[arg(long)]
        repo: Option<String>,
    },
    /// Replace a pipeline's definition (a new version).
    #[command(after_help = "Example:\n  secureflow pipeline update ci --file pipeline.yml")]
    Update {
        /// Pipeline name or id.
        pipeline: String,
        /// The definition file (`-` for standard input).
        #[arg(long, short)]
        file: std::path::PathBuf,
        /// Repository of the pipeline, when the name is used in several.
        #[arg(long)]
        repo: Option<String>,
    },
    /// Run a pipeline; with `--follow`, stream its stages, steps and logs and exit
    /// with its outcome.
    #[command(
        after_help = "Examples:\n  secureflow pipeline run ci --follow\n  secureflow pipeline run ci --param LEVEL=high --branch main --follow\n\nExit codes with --follow: 0 succeeded, 1 failed, cancelled or timed out, 2 error."
    )]
    Run {
        /// Pipeline name or id.
        pipeline: String,
        /// Variables for this run (repeatable), `KEY=VALUE`.
        #[arg(long = "param", value_name = "KEY=VALUE")]
        params: Vec<String>,
        /// Branch to run on.
        #[arg(long)]
        branch: Option<String>,
        /// Commit to run.
        #[arg(long)]
        commit: Option<String>,
        /// Repository of the pipeline, when the name is used in several.
        #[arg(long)]
        repo: Option<String>,
        /// Stream the execution until it ends.
        #[arg(long)]
        follow: bool,
    },
    /// Re-run a finished execution: whole, or with `--from-failed` only what did not
    /// succeed (the stages that did keep their outcome).
    #[command(
        after_help = "Examples:\n  secureflow pipeline rerun 0193b… --from-failed --follow\n  secureflow pipeline rerun 0193b… --param LEVEL=low"
    )]
    Rerun {
        /// Execution id.
        execution: String,
        /// Only the stages that did not succeed.
        #[arg(long)]
        from_failed: bool,
        /// Variables overriding the execution's (repeatable), `KEY=VALUE`.
        #[arg(long = "param", value_name = "KEY=VALUE")]
        params: Vec<String>,
        /// Stream the new execution until it ends.
        #[arg(long)]
        follow: bool,
    },
    /// List pipelines with their last run, or a pipeline's executions with
    /// `--executions`.
    #[command(
        after_help = "Examples:\n  secureflow pipeline list\n  secureflow pipeline list --repo 0193a…\n  secureflow pipeline list --executions ci"
    )]
    List {
        /// Only this repository's (id).
        #[arg(long)]
        repo: Option<String>,
        /// The latest 100 executions of this pipeline (name or id) instead,
        /// newest first.
        #[arg(long, value_name = "PIPELINE")]
        executions: Option<String>,
    },
    /// Show a pipeline (its definition), or an execution by its id.
    #[command(
        after_help = "Examples:\n  secureflow pipeline show ci\n  secureflow pipeline show 0193b… -o json"
    )]
    Show {
        /// Pipeline name or id, or execution id.
        target: String,
    },
    /// Cancel an execution: its running steps are stopped, its `finally` stage runs.
    #[command(after_help = "Example:\n  secureflow pipeline cancel 0193b… --reason \"superseded\"")]
    Cancel {
        /// Execution id.
        execution: String,
        /// Why.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Print an execution's log; with `--follow`, until it ends.
    #[command(
        after_help = "Examples:\n  secureflow pipeline logs 0193b…\n  secureflow pipeline logs 0193b… --step compile --follow"
    )]
    Logs {
        /// Execution id.
        execution: String,
        /// Only this stage.
        #[arg(long)]
        stage: Option<String>,
        /// Only this step.
        #[arg(long)]
        step: Option<String>,
        /// Keep printing until the execution ends.
        #[arg(long)]
        follow: bool,
    },
    /// Download one of an execution's artifacts (`show EXEC` lists them).
    #[command(
        after_help = "Examples:\n  secureflow pipeline download 0193b… dist/app\n  secureflow pipeline download 0193b… reports/junit.xml --to - | head"
    )]
    Download {
        /// Execution id.
        execution: String,
        /// The artifact's name (its path in the work directory).
        name: String,
        /// Where to write it (`-`: standard output); default: its file name,
        /// in the current directory.
        #[arg(long, value_name = "FILE")]
        to: Option<std::path::PathBuf>,
    },
}
