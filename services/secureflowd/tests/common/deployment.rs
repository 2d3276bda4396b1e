//! A distributed deployment for the tests and benches that run the commit
//! flow across processes: identity, repository, security, pipeline and
//! notification each in a `secureflowd --service NAME` process of its own,
//! and a gateway-only process in front, on one PostgreSQL database, a Kafka
//! broker and Redis; every process reaches the others through
//! `gateway.upstreams`. [`CommitFlow`] adds a repository whose pushes the
//! pipeline scans, the policy that fails it, and a webhook receiver for the
//! notifications of failed pipelines.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use secureflow_platform::testkit::{TestDatabase, with_token};
use secureflow_proto::secureflow::notification::v1 as notification;
use secureflow_proto::secureflow::notification::v1::notification_service_client::NotificationServiceClient;
use secureflow_proto::secureflow::pipeline::v1 as pipeline;
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_client::PipelineServiceClient;
use secureflow_proto::secureflow::repository::v1 as repository;
use secureflow_proto::secureflow::security::v1 as security;
use secureflow_proto::secureflow::security::v1::security_service_client::SecurityServiceClient;
use tonic::transport::Channel;

use super::git::{Remote, commit_and_push, git, push_webhook, scanned_project};

/// The Redis every process shares (revocations).
pub const REDIS: &str = "127.0.0.1:6379";
const SECRET: &str = "a-webhook-secret-for-the-distributed-flow";

/// The processes, in the order they start; the gateway last.
pub const SERVICES: [&str; 6] = [
    "identity",
    "repository",
    "security",
    "pipeline",
    "notification",
    "gateway",
];

/// One `secureflowd --service NAME` process: its port is chosen before any
/// starts, so every process knows every other's address.
pub struct Process {
    name: &'static str,
    address: SocketAddr,
    dir: PathBuf,
    child: Option<tokio::process::Child>,
    starts: usize,
}

impl Process {
    fn log(&self) -> PathBuf {
        self.dir.join(format!("{}-{}.log", self.name, self.starts))
    }
}

/// The processes of the deployment and the settings they share.
pub struct Deployment {
    _dir: tempfile::TempDir,
    processes: Vec<Process>,
    env: Vec<(String, String)>,
}

impl Deployment {
    /// Chooses a port for each process (none starts yet).
    pub fn new(database: &TestDatabase, brokers: &str, token: &str) -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let processes: Vec<Process> = SERVICES
            .iter()
            .map(|name| {
                let address =
                    SocketAddr::from(([127, 0, 0, 1], secureflow_platform::testkit::free_port()));
                let home = dir.path().join(name);
                std::fs::create_dir_all(&home).expect("dir");
                Process {
                    name,
                    address,
                    dir: home,
                    child: None,
                    starts: 0,
                }
            })
            .collect();
        let mut env = vec![
            ("SECUREFLOW_DATABASE__URL".to_owned(), database.url.clone()),
            (
                "SECUREFLOW_SECRETS__KEYS".to_owned(),
                super::shared_secrets_keys(),
            ),
            (
                "SECUREFLOW_EVENTS__KAFKA__BROKERS".to_owned(),
                brokers.to_owned(),
            ),
            (
                "SECUREFLOW_EVENTS__KAFKA__PARTITIONS".to_owned(),
                "2".into(),
            ),
            (
                "SECUREFLOW_IDENTITY__REVOCATION_REDIS_URL".to_owned(),
                format!("redis://{REDIS}"),
            ),
            (
                "SECUREFLOW_BOOTSTRAP_ADMIN_TOKEN".to_owned(),
                token.to_owned(),
            ),
        ];
        for process in processes.iter().filter(|p| p.name != "gateway") {
            env.push((
                format!(
                    "SECUREFLOW_GATEWAY__UPSTREAMS__{}",
                    process.name.to_uppercase()
                ),
                format!("http://{}", process.address),
            ));
        }
        Self {
            _dir: dir,
            processes,
            env,
        }
    }

    fn process(&mut self, name: &str) -> &mut Process {
        self.processes
            .iter_mut()
            .find(|process| process.name == name)
            .unwrap_or_else(|| panic!("no process {name}"))
    }

    /// Where the process `name` listens.
    pub fn address(&self, name: &str) -> SocketAddr {
        self.processes
            .iter()
            .find(|process| process.name == name)
            .map(|process| process.address)
            .unwrap_or_else(|| panic!("no process {name}"))
    }

    /// Starts the process `name` and waits until it serves.
    pub async fn start(&mut self, name: &str) {
        let env = self.env.clone();
        let process = self.process(name);
        process.starts += 1;
        let log = std::fs::File::create(process.log()).expect("log file");
        let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_secureflowd"))
            .args(["--listen", &process.address.to_string()])
            .args(["--service", process.name])
            .current_dir(&process.dir)
            .env_remove("SECUREFLOW_CONFIG")
            .envs(env)
            .stdout(std::process::Stdio::null())
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .expect("start secureflowd");
        process.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let text = std::fs::read_to_string(process.log()).unwrap_or_default();
            if text.contains("secureflowd listening") {
                return;
            }
            let exited = process
                .child
                .as_mut()
                .and_then(|child| child.try_wait().ok().flatten());
            assert!(
                exited.is_none() && Instant::now() < deadline,
                "the {name} process did not start ({exited:?}):\n{text}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Kills the process `name` with SIGKILL.
    pub async fn kill(&mut self, name: &str) {
        let process = self.process(name);
        let mut child = process.child.take().expect("running");
        child.start_kill().expect("SIGKILL");
        child.wait().await.expect("reaped");
    }

    /// A channel to the gateway.
    pub async fn channel(&self) -> Channel {
        Channel::from_shared(format!("http://{}", self.address("gateway")))
            .expect("uri")
            .connect()
            .await
            .expect("connect to the gateway")
    }
}

impl Drop for Deployment {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // What each process said, for the failure's reader.
            for process in &self.processes {
                for start in 1..=process.starts {
                    let path = process.dir.join(format!("{}-{start}.log", process.name));
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    let tail: Vec<&str> = text.lines().rev().take(40).collect();
                    eprintln!("---- {} (start {start}) ----", process.name);
                    for line in tail.into_iter().rev() {
                        eprintln!("{line}");
                    }
                }
            }
        }
    }
}

/// A webhook channel to `url` (named `name`) and a rule sending every
/// `pipeline.failed` notification to it, as `token`.
pub async fn webhook_on_failed_pipelines(
    channel: Channel,
    token: &str,
    name: &str,
    url: String,
) -> notification::Channel {
    let mut notifications = NotificationServiceClient::new(channel);
    let hook = notifications
        .create_channel(with_token(
            notification::CreateChannelRequest {
                channel: Some(notification::Channel {
                    name: name.into(),
                    r#type: notification::ChannelType::Webhook.into(),
                    settings: [("url".to_owned(), url)].into(),
                    credentials: [("secret".to_owned(), format!("{name}-secret"))].into(),
                    ..Default::default()
                }),
            },
            token,
        ))
        .await
        .expect("channel")
        .into_inner()
        .channel
        .expect("channel");
    notifications
        .create_subscription_rule(with_token(
            notification::CreateSubscriptionRuleRequest {
                subscription_rule: Some(notification::SubscriptionRule {
                    name: "failed pipelines".into(),
                    event_types: vec!["pipeline.failed".into()],
                    channel_ids: vec![hook.id.clone()],
                    ..Default::default()
                }),
            },
            token,
        ))
        .await
        .expect("rule");
    hook
}

/// When each notification arrived, by idempotency key.
pub type Arrivals = Arc<Mutex<BTreeMap<String, Vec<SystemTime>>>>;

/// A webhook receiver recording arrivals; its URL.
pub async fn receiver(arrivals: Arrivals) -> String {
    let app = axum::Router::new().fallback(move |headers: axum::http::HeaderMap| {
        let arrivals = arrivals.clone();
        async move {
            let key = headers
                .get("idempotency-key")
                .and_then(|value| value.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            arrivals
                .lock()
                .expect("lock")
                .entry(key)
                .or_default()
                .push(SystemTime::now());
            axum::http::StatusCode::NO_CONTENT
        }
    });
    super::serve_hook(app).await
}

/// The executions of the `commit-flow` pipeline of the repository, newest first.
async fn executions(
    channel: Channel,
    token: &str,
    repository_id: &str,
) -> Vec<pipeline::Execution> {
    let mut client = PipelineServiceClient::new(channel);
    let listed = client
        .list_pipelines(with_token(
            pipeline::ListPipelinesRequest {
                repository_id: repository_id.into(),
                ..Default::default()
            },
            token,
        ))
        .await
        .expect("pipelines")
        .into_inner()
        .pipelines;
    let Some(found) = listed.into_iter().find(|p| p.name == "commit-flow") else {
        return Vec::new();
    };
    client
        .list_executions(with_token(
            pipeline::ListExecutionsRequest {
                pipeline_id: found.id,
                ..Default::default()
            },
            token,
        ))
        .await
        .expect("executions")
        .into_inner()
        .executions
}

/// Waits for the `count`th execution to exist and (when `finished`) to end.
async fn nth_execution(
    channel: &Channel,
    token: &str,
    repository_id: &str,
    count: usize,
    finished: bool,
) -> pipeline::Execution {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let runs = executions(channel.clone(), token, repository_id).await;
        if runs.len() >= count {
            let run = runs[runs.len() - count].clone();
            let running = matches!(
                run.status(),
                pipeline::ExecutionStatus::Queued | pipeline::ExecutionStatus::Running
            );
            if !finished || !running {
                return run;
            }
        }
        assert!(
            Instant::now() < deadline,
            "execution {count} never {}",
            if finished { "finished" } else { "started" }
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The text of an execution's log lines, as `token`.
pub async fn execution_log(
    client: &mut PipelineServiceClient<Channel>,
    token: &str,
    run: &pipeline::Execution,
) -> Vec<String> {
    client
        .get_execution_logs(with_token(
            pipeline::GetExecutionLogsRequest {
                pipeline_id: run.pipeline_id.clone(),
                execution_id: run.id.clone(),
                ..Default::default()
            },
            token,
        ))
        .await
        .expect("logs")
        .into_inner()
        .lines
        .into_iter()
        .map(|line| line.text)
        .collect()
}

/// A repository's vulnerabilities (the first 100), as `token`.
pub async fn vulnerabilities(
    channel: Channel,
    token: &str,
    repository_id: &str,
) -> Vec<security::Vulnerability> {
    SecurityServiceClient::new(channel)
        .list_vulnerabilities(with_token(
            security::ListVulnerabilitiesRequest {
                repository_id: repository_id.into(),
                page_size: 100,
                ..Default::default()
            },
            token,
        ))
        .await
        .expect("vulnerabilities")
        .into_inner()
        .vulnerabilities
}

pub fn millis_between(from: SystemTime, to: SystemTime) -> u128 {
    to.duration_since(from).unwrap_or_default().as_millis()
}

pub fn time_of(timestamp: Option<&pbjson_types::Timestamp>) -> SystemTime {
    let timestamp = timestamp.expect("a time");
    SystemTime::UNIX_EPOCH
        + Duration::from_secs(u64::try_from(timestamp.seconds).expect("after 1970"))
        + Duration::from_nanos(u64::try_from(timestamp.nanos).expect("nanos"))
}

/// Waits until `count` notifications arrived; the arrivals.
async fn notified(arrivals: &Arrivals, count: usize) -> BTreeMap<String, Vec<SystemTime>> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let now = arrivals.lock().expect("lock").clone();
        if now.len() >= count {
            return now;
        }
        assert!(
            Instant::now() < deadline,
            "{count} notifications never arrived: {now:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The commit flow on a [`Deployment`]: a repository (its remote served by
/// `git daemon`) holding the `commit-flow` pipeline, the policy "no high
/// findings", and a webhook channel to [`receiver`] for `pipeline.failed`.
pub struct CommitFlow {
    /// The processes.
    pub deployment: Deployment,
    /// To the gateway.
    pub channel: Channel,
    /// The repository's id.
    pub repository_id: String,
    /// The notifications received.
    pub arrivals: Arrivals,
    token: String,
    delivery_path: String,
    work: PathBuf,
    definition: String,
    pushes: usize,
    _remote: Remote,
    _dir: tempfile::TempDir,
}

impl CommitFlow {
    /// Starts every process, with `settings` (environment variables) besides
    /// the deployment's own, and sets the flow up through the gateway (each
    /// call answered by its service's process); `step_options` are added to
    /// each scan step.
    pub async fn start(
        database: &TestDatabase,
        brokers: &str,
        scanners: &Path,
        token: &str,
        (step_options, settings): (&str, &[(&str, &str)]),
    ) -> Self {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut deployment = Deployment::new(database, brokers, token);
        deployment.env.extend(
            settings
                .iter()
                .map(|(key, value)| ((*key).to_owned(), (*value).to_owned())),
        );
        for name in SERVICES {
            deployment.start(name).await;
        }
        let channel = deployment.channel().await;
        let dir = tempfile::tempdir().expect("dir");
        let base = dir.path().join("served");
        std::fs::create_dir_all(&base).expect("dir");
        git(&base, &["init", "-q", "--bare", "remote.git"]);
        let work = dir.path().join("work");
        std::fs::create_dir_all(&work).expect("dir");
        git(&work, &["init", "-q", "-b", "main"]);
        let origin = base.join("remote.git").display().to_string();
        git(&work, &["remote", "add", "origin", &origin]);
        let remote = super::git::serve(&base).await;
        let definition = scanned_project(&work, scanners, step_options);
        let (repository_id, _, delivery_path) = super::repository::register_with_webhook(
            channel.clone(),
            token,
            repository::Repository {
                full_name: "acme/payments-api".into(),
                provider: repository::Provider::Github as i32,
                clone_url: remote.url.clone(),
                default_branch: "main".into(),
                ..Default::default()
            },
            SECRET,
        )
        .await;
        super::security::fail_on_high_findings(channel.clone(), token).await;
        let arrivals: Arrivals = Arc::default();
        let url = receiver(arrivals.clone()).await;
        webhook_on_failed_pipelines(channel.clone(), token, "ci-hook", url).await;
        Self {
            deployment,
            channel,
            repository_id,
            arrivals,
            token: token.to_owned(),
            delivery_path,
            work,
            definition,
            pushes: 0,
            _remote: remote,
            _dir: dir,
        }
    }

    /// Commits a change, pushes it and delivers the signed push webhook to
    /// the gateway; the commit and when the webhook was sent.
    pub async fn push(&mut self) -> (String, SystemTime) {
        self.pushes += 1;
        let sha = commit_and_push(
            &self.work,
            "main",
            &self.definition,
            &format!("change {}\n", self.pushes),
        );
        let pushed = SystemTime::now();
        push_webhook(
            self.deployment.address("gateway"),
            SECRET,
            &self.delivery_path,
            &format!("push-{}", self.pushes),
            "main",
            &sha,
        )
        .await;
        (sha, pushed)
    }

    /// The `count`th execution, once it exists (and, when `finished`, ended).
    pub async fn execution(&self, count: usize, finished: bool) -> pipeline::Execution {
        nth_execution(
            &self.channel,
            &self.token,
            &self.repository_id,
            count,
            finished,
        )
        .await
    }

    /// Every execution so far.
    pub async fn executions(&self) -> Vec<pipeline::Execution> {
        executions(self.channel.clone(), &self.token, &self.repository_id).await
    }

    /// The execution's log lines.
    pub async fn log(&self, run: &pipeline::Execution) -> Vec<String> {
        let mut client = PipelineServiceClient::new(self.channel.clone());
        execution_log(&mut client, &self.token, run).await
    }

    /// The repository's vulnerabilities.
    pub async fn vulnerabilities(&self) -> Vec<security::Vulnerability> {
        vulnerabilities(self.channel.clone(), &self.token, &self.repository_id).await
    }

    /// Waits for `count` notifications (by idempotency key); when each arrived.
    pub async fn notified(&self, count: usize) -> BTreeMap<String, Vec<SystemTime>> {
        notified(&self.arrivals, count).await
    }

    /// Stops every process.
    pub async fn stop(mut self) {
        for name in SERVICES.iter().rev() {
            self.deployment.kill(name).await;
        }
    }
}
