//! What a scanner step runs: the command line of each CLI scanner connector,
//! where its report appears, the report format the security service reads,
//! and which exit codes mean "it ran" (scanners exit non-zero when they find
//! something), from the step's `config`.
//!
//! Settings every scanner connector takes:
//!
//! | key | meaning | default |
//! |---|---|---|
//! | `path` | what to scan, inside the work directory | `.` |
//! | `quality_gate` | `true`: the step's outcome is the gate verdict | `false` |
//! | `args` | extra arguments (a list, or one line split at spaces) | none |
//! | `program` | the executable (name on the step's `PATH`, or a path) | the tool's |
//!
//! and `semgrep` also `rules` (its `--config`: a rules file or directory in
//! the repository, or a list of them; registry rule sets such as `p/ci` need
//! network access), default `.semgrep.yml`.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::Value;

use super::definition::Tool;

/// Where a scanner leaves its report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportAt {
    /// In the file given as the report path.
    File,
    /// On its standard output (written to the report path).
    Stdout,
    /// In a file of this name inside the directory given as the report path.
    InDirectory(&'static str),
}

/// A scanner step's run, before the report path is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanPlan {
    /// Tool.
    pub tool: Tool,
    /// Program to start.
    pub program: String,
    /// Arguments; [`REPORT`] stands for the report path.
    pub args: Vec<String>,
    /// Environment it needs besides the step's.
    pub env: Vec<(&'static str, &'static str)>,
    /// Where the report appears.
    pub report: ReportAt,
    /// The security service's name of the report format.
    pub format: &'static str,
    /// Exit codes with which a report is expected.
    pub ran: &'static [i32],
    /// The step's outcome is the gate verdict.
    pub quality_gate: bool,
}

/// A report of findings as the security service is sent it: whose, in which
/// format, and whether the gate verdict decides the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Findings {
    /// The tool that found them.
    pub tool: Tool,
    /// The security service's name of the report format.
    pub format: &'static str,
    /// The gate verdict decides the step.
    pub quality_gate: bool,
}

/// Setting problems as one line: `config.<key>: <problem>; …`.
pub fn describe(problems: Vec<SettingProblem>) -> String {
    problems
        .into_iter()
        .map(|(key, problem)| format!("config.{key}: {problem}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Placeholder of the report path in [`ScanPlan::args`].
pub const REPORT: &str = "\u{0}report";

/// Settings every scanner connector takes.
const COMMON: [&str; 4] = ["path", "quality_gate", "args", "program"];

impl ScanPlan {
    /// What its report is, for the security service.
    pub fn findings(&self) -> Findings {
        Findings {
            tool: self.tool,
            format: self.format,
            quality_gate: self.quality_gate,
        }
    }

    /// The arguments with `report` for the report path.
    pub fn args_with(&self, report: &str) -> Vec<String> {
        self.args
            .iter()
            .map(|arg| match arg.as_str() {
                REPORT => report.to_owned(),
                _ => arg.clone(),
            })
            .collect()
    }
}

/// Whether `tool` is a CLI scanner whose report goes to the security service.
pub fn is_scanner(tool: Tool) -> bool {
    matches!(
        tool,
        Tool::Semgrep
            | Tool::Gitleaks
            | Tool::Trufflehog
            | Tool::DependencyCheck
            | Tool::Trivy
            | Tool::Checkov
            | Tool::Bandit
            | Tool::DetectSecrets
    )
}

/// A problem with one setting: its key and what is wrong.
pub type SettingProblem = (String, String);

/// The run of scanner `tool` with `config` (references already expanded);
/// `Ok(None)` for a tool that is not a CLI scanner; every wrong setting otherwise.
pub fn scan_plan(
    tool: Tool,
    config: &BTreeMap<String, Value>,
) -> Result<Option<ScanPlan>, Vec<SettingProblem>> {
    if !is_scanner(tool) {
        return Ok(None);
    }
    let own: &[&str] = match tool {
        Tool::Semgrep => &["rules"],
        _ => &[],
    };
    let known: Vec<&str> = COMMON.iter().chain(own).copied().collect();
    let mut settings = Settings::new(tool.name(), &known, config);
    let rules = settings
        .list("rules", "a rules file or directory, or a list of them")
        .unwrap_or_else(|| vec![".semgrep.yml".to_owned()]);
    let path = match settings.text("path") {
        path if path.is_empty() => ".".to_owned(),
        path => path,
    };
    let program = match settings.text("program") {
        program if program.is_empty() => default_program(tool).to_owned(),
        program => program,
    };
    let quality_gate = settings.flag("quality_gate", false);
    let extra = settings.args("args");
    let path = settings.inside("path", path);
    settings.finish(())?;
    let report = REPORT.to_owned();
    let words = |list: &[&str]| {
        list.iter()
            .map(|word| (*word).to_owned())
            .collect::<Vec<_>>()
    };
    let (mut args, env, at, format, ran): (Vec<String>, Vec<_>, ReportAt, &str, &[i32]) = match tool
    {
        Tool::Semgrep => (
            [
                words(&["scan", "--metrics=off", "--disable-version-check", "--json"]),
                vec!["--output".into(), report],
                rules
                    .into_iter()
                    .flat_map(|rule| ["--config".to_owned(), rule])
                    .collect(),
            ]
            .concat(),
            vec![
                ("SEMGREP_SEND_METRICS", "off"),
                ("SEMGREP_ENABLE_VERSION_CHECK", "0"),
            ],
            ReportAt::File,
            "semgrep-json",
            &[0, 1],
        ),
        Tool::Bandit => (
            [
                words(&["-q", "-f", "json", "-o"]),
                vec![report, "-r".into()],
            ]
            .concat(),
            Vec::new(),
            ReportAt::File,
            "bandit-json",
            &[0, 1],
        ),
        Tool::DetectSecrets => (
            words(&["scan"]),
            Vec::new(),
            ReportAt::Stdout,
            "detect-secrets-json",
            &[0],
        ),
        Tool::Checkov => (
            words(&["--quiet", "--output", "json", "--directory"]),
            Vec::new(),
            ReportAt::Stdout,
            "checkov-json",
            &[0, 1],
        ),
        Tool::Gitleaks => (
            [
                words(&["detect", "--no-banner", "--report-format", "json"]),
                vec!["--report-path".into(), report, "--source".into()],
            ]
            .concat(),
            Vec::new(),
            ReportAt::File,
            "gitleaks-json",
            &[0, 1],
        ),
        Tool::Trufflehog => (
            words(&["filesystem", "--json", "--no-update"]),
            Vec::new(),
            ReportAt::Stdout,
            "trufflehog-json",
            &[0, 183],
        ),
        Tool::Trivy => (
            [
                words(&["fs", "--quiet", "--format", "json"]),
                vec!["--output".into(), report],
            ]
            .concat(),
            Vec::new(),
            ReportAt::File,
            "trivy-json",
            &[0],
        ),
        _ => (
            [
                words(&["--format", "XML", "--noupdate"]),
                vec!["--out".into(), report, "--scan".into()],
            ]
            .concat(),
            Vec::new(),
            ReportAt::InDirectory("dependency-check-report.xml"),
            "dependency-check-xml",
            &[0],
        ),
    };
    args.push(path);
    args.extend(extra);
    Ok(Some(ScanPlan {
        tool,
        program,
        args,
        env,
        report: at,
        format,
        ran,
        quality_gate,
    }))
}

/// Reads the settings of a connector that talks to a server, collecting
/// every problem (unknown keys first) so a step's message names them all.
struct Settings<'a> {
    config: &'a BTreeMap<String, Value>,
    problems: Vec<SettingProblem>,
}

impl<'a> Settings<'a> {
    fn new(tool: &'static str, known: &[&str], config: &'a BTreeMap<String, Value>) -> Self {
        Self {
            config,
            problems: unknown_settings(tool, known, config),
        }
    }

    fn problem(&mut self, key: &str, problem: impl Into<String>) {
        self.problems.push((key.to_owned(), problem.into()));
    }

    /// A text setting, trimmed; empty when absent.
    fn text(&mut self, key: &str) -> String {
        setting_text(self.config, key, &mut self.problems)
    }

    /// A text setting that must be given; `what` says what it is.
    fn required(&mut self, key: &str, what: &str) -> String {
        let value = self.text(key);
        if value.is_empty() && !self.problems.iter().any(|(named, _)| named == key) {
            self.problem(key, format!("is required: {what}"));
        }
        value
    }

    /// An http(s) address without its trailing `/` (`what` when required).
    fn url(&mut self, key: &str, required: Option<&str>) -> String {
        let value = match required {
            Some(what) => self.required(key, what),
            None => self.text(key),
        };
        if !(value.is_empty() || value.starts_with("https://") || value.starts_with("http://")) {
            self.problem(key, "must be an http(s) URL");
        }
        value.trim_end_matches('/').to_owned()
    }

    /// A credential: a secret reference when written, resolved here.
    fn secret(&mut self, key: &str, what: Option<&str>) -> String {
        match what {
            Some(what) => self.required(key, &format!("{what}, as `${{secrets.NAME}}`")),
            None => self.text(key),
        }
    }

    fn flag(&mut self, key: &str, default: bool) -> bool {
        match self.config.get(key) {
            None => default,
            Some(Value::Bool(value)) => *value,
            Some(Value::String(value)) if value.trim() == "true" => true,
            Some(Value::String(value)) if value.trim() == "false" => false,
            Some(_) => {
                self.problem(key, "must be true or false");
                default
            }
        }
    }

    fn duration(&mut self, key: &str, default: Duration) -> Duration {
        match self.text(key).as_str() {
            "" => default,
            given => humantime::parse_duration(given).unwrap_or_else(|_| {
                self.problem(key, "must be a duration such as `5m`");
                Duration::ZERO
            }),
        }
    }

    /// A map of names to texts (numbers and booleans written as text).
    fn map(&mut self, key: &str) -> Vec<(String, String)> {
        match self.config.get(key) {
            None => Vec::new(),
            Some(Value::Object(entries)) => entries
                .iter()
                .filter_map(|(name, value)| match value {
                    Value::String(text) => Some((name.clone(), text.clone())),
                    Value::Number(_) | Value::Bool(_) => Some((name.clone(), value.to_string())),
                    _ => {
                        self.problems.push((
                            format!("{key}.{name}"),
                            "must be a text, number or boolean".to_owned(),
                        ));
                        None
                    }
                })
                .collect(),
            Some(_) => {
                self.problem(key, "must be a map of names to values");
                Vec::new()
            }
        }
    }

    /// One non-empty text or a non-empty list of them; `None` when absent
    /// (or wrong: then a problem saying it must be `what`).
    fn list(&mut self, key: &str, what: &str) -> Option<Vec<String>> {
        let texts = |items: &[Value]| -> Option<Vec<String>> {
            items
                .iter()
                .map(|item| {
                    item.as_str()
                        .map(str::trim)
                        .filter(|text| !text.is_empty())
                        .map(str::to_owned)
                })
                .collect()
        };
        let found = match self.config.get(key)? {
            Value::String(one) if !one.trim().is_empty() => Some(vec![one.trim().to_owned()]),
            Value::Array(many) if !many.is_empty() => texts(many),
            _ => None,
        };
        if found.is_none() {
            self.problem(key, format!("must be {what}"));
        }
        found
    }

    /// Extra arguments: a list of texts, or one line split at spaces.
    fn args(&mut self, key: &str) -> Vec<String> {
        match self.config.get(key) {
            None => Vec::new(),
            Some(Value::String(line)) => line.split_whitespace().map(str::to_owned).collect(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            Some(Value::Array(_)) => {
                self.problem(key, "every argument must be a text");
                Vec::new()
            }
            Some(_) => {
                self.problem(key, "must be a list of arguments or one line");
                Vec::new()
            }
        }
    }

    /// A path inside the work directory.
    fn inside(&mut self, key: &str, value: String) -> String {
        if value.starts_with('/') || value.split('/').any(|part| part == "..") {
            self.problem(
                key,
                "must stay inside the work directory (relative, no `..`)",
            );
        }
        value
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<SettingProblem>> {
        match self.problems.is_empty() {
            true => Ok(value),
            false => Err(self.problems),
        }
    }
}

/// Settings of the `github` connector.
const GITHUB: [&str; 7] = [
    "token",
    "repository",
    "api_url",
    "context",
    "state",
    "description",
    "target_url",
];

/// Commit-status states GitHub accepts.
pub const STATUS_STATES: [&str; 4] = ["pending", "success", "failure", "error"];

/// A `github` step: the commit status it sets on the execution's commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitStatus {
    /// REST API root, `https://api.github.com` or a GitHub Enterprise `…/api/v3`.
    pub api_url: String,
    /// `owner/name`; empty: the pipeline's repository.
    pub repository: String,
    /// Token (a secret reference, resolved).
    pub token: String,
    /// Status context; empty: `secureflow/<pipeline>`.
    pub context: String,
    /// State; empty: from the outcome so far (`failure` after a failure, else `success`).
    pub state: String,
    /// Description; empty: made from the pipeline, run number and state.
    pub description: String,
    /// Link shown with the status.
    pub target_url: String,
}

/// The commit status of a `github` step's settings (references already
/// expanded), or every wrong setting.
pub fn commit_status(
    config: &BTreeMap<String, Value>,
) -> Result<CommitStatus, Vec<SettingProblem>> {
    let mut settings = Settings::new("github", &GITHUB, config);
    let status = CommitStatus {
        api_url: match settings.url("api_url", None) {
            url if url.is_empty() => "https://api.github.com".to_owned(),
            url => url,
        },
        repository: settings.text("repository"),
        token: settings.secret(
            "token",
            Some("a GitHub token allowed to write commit statuses"),
        ),
        context: settings.text("context"),
        state: settings.text("state"),
        description: settings.text("description"),
        target_url: settings.text("target_url"),
    };
    if !status.state.is_empty() && !STATUS_STATES.contains(&status.state.as_str()) {
        settings.problem(
            "state",
            format!("must be one of {}", STATUS_STATES.join(", ")),
        );
    }
    if !status.repository.is_empty() && status.repository.split('/').count() != 2 {
        settings.problem("repository", "must be `owner/name`");
    }
    settings.finish(status)
}

/// Setting `key` as text (empty when absent); a problem when it is not text.
fn setting_text(
    config: &BTreeMap<String, Value>,
    key: &str,
    problems: &mut Vec<SettingProblem>,
) -> String {
    match config.get(key) {
        None => String::new(),
        Some(Value::String(value)) => value.trim().to_owned(),
        Some(_) => {
            problems.push((key.to_owned(), "must be a text".to_owned()));
            String::new()
        }
    }
}

/// Settings of `config` the connector `tool` does not take.
fn unknown_settings(
    tool: &str,
    known: &[&str],
    config: &BTreeMap<String, Value>,
) -> Vec<SettingProblem> {
    config
        .keys()
        .filter(|key| !known.contains(&key.as_str()))
        .map(|key| {
            let named: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
            (
                key.clone(),
                format!(
                    "not a setting of the {tool} connector; one of {}",
                    named.join(", ")
                ),
            )
        })
        .collect()
}

/// Settings of the `sonarqube` connector.
const SONARQUBE: [&str; 5] = ["url", "token", "project", "quality_gate", "wait"];

/// A `sonarqube` step: the project whose analysis it awaits and imports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SonarProject {
    /// Server root (`https://sonar.example.com`).
    pub url: String,
    /// User or project analysis token (a secret reference, resolved).
    pub token: String,
    /// Project key.
    pub project: String,
    /// SonarQube's quality gate ERROR (or SecureFlow's FAIL) fails the step.
    pub quality_gate: bool,
    /// Longest wait for the project's pending analysis to finish.
    pub wait: Duration,
}

/// The project of a `sonarqube` step's settings (references expanded), or
/// every wrong setting.
pub fn sonar_project(
    config: &BTreeMap<String, Value>,
) -> Result<SonarProject, Vec<SettingProblem>> {
    let mut settings = Settings::new("sonarqube", &SONARQUBE, config);
    let project = SonarProject {
        url: settings.url("url", Some("the SonarQube server's address")),
        token: settings.secret("token", Some("a token allowed to browse the project")),
        project: settings.required("project", "the project key"),
        quality_gate: settings.flag("quality_gate", false),
        wait: settings.duration("wait", Duration::from_secs(300)),
    };
    settings.finish(project)
}

/// Settings of the `zap` connector.
const ZAP: [&str; 7] = [
    "url",
    "api_key",
    "target",
    "spider",
    "active_scan",
    "quality_gate",
    "wait",
];

/// A `zap` step: the target OWASP ZAP explores and attacks, through ZAP's API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZapScan {
    /// ZAP's API address (`http://zap:8080`).
    pub url: String,
    /// ZAP's API key (a secret reference, resolved); empty when ZAP runs without one.
    pub api_key: String,
    /// The application to scan.
    pub target: String,
    /// Run the spider first.
    pub spider: bool,
    /// Run the active scan (attacks) after the spider.
    pub active_scan: bool,
    /// The gate verdict decides the step.
    pub quality_gate: bool,
    /// Longest time for the whole scan.
    pub wait: Duration,
}

/// The scan of a `zap` step's settings, or every wrong setting.
pub fn zap_scan(config: &BTreeMap<String, Value>) -> Result<ZapScan, Vec<SettingProblem>> {
    let mut settings = Settings::new("zap", &ZAP, config);
    let scan = ZapScan {
        url: settings.url("url", Some("the address of ZAP's API (`http://zap:8080`)")),
        api_key: settings.secret("api_key", None),
        target: settings.url("target", Some("the address of the application to scan")),
        spider: settings.flag("spider", true),
        active_scan: settings.flag("active_scan", true),
        quality_gate: settings.flag("quality_gate", false),
        wait: settings.duration("wait", Duration::from_secs(60 * 60)),
    };
    settings.finish(scan)
}

/// Settings of the `jenkins` connector.
const JENKINS: [&str; 6] = ["url", "job", "user", "token", "parameters", "wait"];

/// A `jenkins` step: the job it triggers and follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JenkinsJob {
    /// Jenkins' root address.
    pub url: String,
    /// The job's path, folders separated by `/`.
    pub job: String,
    /// The user the API token belongs to.
    pub user: String,
    /// API token (a secret reference, resolved).
    pub token: String,
    /// Build parameters.
    pub parameters: Vec<(String, String)>,
    /// Longest time for the build, queue included.
    pub wait: Duration,
}

impl JenkinsJob {
    /// The job's address: `<url>/job/<a>/job/<b>`.
    pub fn address(&self) -> String {
        let mut address = self.url.clone();
        for part in self.job.split('/').filter(|part| !part.is_empty()) {
            address.push_str("/job/");
            address.push_str(&urlencoding(part));
        }
        address
    }
}

/// `text` for a URL path segment.
fn urlencoding(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(byte).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The job of a `jenkins` step's settings, or every wrong setting.
pub fn jenkins_job(config: &BTreeMap<String, Value>) -> Result<JenkinsJob, Vec<SettingProblem>> {
    let mut settings = Settings::new("jenkins", &JENKINS, config);
    let job = JenkinsJob {
        url: settings.url("url", Some("Jenkins' address")),
        job: settings.required("job", "the job's name (in folders: `folder/job`)"),
        user: settings.required("user", "the user whose API token is given"),
        token: settings.secret("token", Some("the user's API token")),
        parameters: settings.map("parameters"),
        wait: settings.duration("wait", Duration::from_secs(60 * 60)),
    };
    settings.finish(job)
}

/// Settings of the `selenium` connector.
const SELENIUM: [&str; 4] = ["grid", "command", "results", "wait"];

/// A `selenium` step: a test command run against a Grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeleniumRun {
    /// The Grid's (or a WebDriver's) address.
    pub grid: String,
    /// The test command (a shell line), run in the work directory.
    pub command: String,
    /// JUnit XML files it writes, inside the work directory (empty: none read).
    pub results: String,
    /// Longest wait for the Grid to be ready.
    pub wait: Duration,
}

/// The run of a `selenium` step's settings, or every wrong setting.
pub fn selenium_run(config: &BTreeMap<String, Value>) -> Result<SeleniumRun, Vec<SettingProblem>> {
    let mut settings = Settings::new("selenium", &SELENIUM, config);
    let grid = settings.url(
        "grid",
        Some("the Selenium Grid's address (`http://grid:4444`)"),
    );
    let command = settings.required("command", "the test command to run against the Grid");
    let results = settings.text("results");
    let run = SeleniumRun {
        grid,
        command,
        results: settings.inside("results", results),
        wait: settings.duration("wait", Duration::from_secs(60)),
    };
    settings.finish(run)
}

/// Settings of the `jmeter` connector.
const JMETER: [&str; 5] = ["plan", "properties", "program", "max_error_rate", "args"];

/// A `jmeter` step: a test plan run without its GUI.
#[derive(Debug, Clone, PartialEq)]
pub struct JmeterRun {
    /// The `.jmx` plan, inside the work directory.
    pub plan: String,
    /// `-J` properties.
    pub properties: Vec<(String, String)>,
    /// The executable.
    pub program: String,
    /// Highest share of failed samples (percent) for the step to succeed.
    pub max_error_rate: f64,
    /// Extra arguments.
    pub args: Vec<String>,
}

/// The run of a `jmeter` step's settings, or every wrong setting.
pub fn jmeter_run(config: &BTreeMap<String, Value>) -> Result<JmeterRun, Vec<SettingProblem>> {
    let mut settings = Settings::new("jmeter", &JMETER, config);
    let plan = settings.required("plan", "the test plan (`.jmx`) in the repository");
    let plan = settings.inside("plan", plan);
    let properties = settings.map("properties");
    let program = match settings.text("program") {
        program if program.is_empty() => "jmeter".to_owned(),
        program => program,
    };
    let rate = settings.text("max_error_rate");
    let max_error_rate = match rate.trim_end_matches('%').trim() {
        "" => 0.0,
        given => match given.parse::<f64>() {
            Ok(rate) if (0.0..=100.0).contains(&rate) => rate,
            _ => {
                settings.problem("max_error_rate", "must be a percentage from 0 to 100");
                0.0
            }
        },
    };
    let args = settings.args("args");
    let run = JmeterRun {
        plan,
        properties,
        program,
        max_error_rate,
        args,
    };
    settings.finish(run)
}

/// Every wrong setting of a step of `tool` as written in a definition
/// (values with `${…}` references are checked when the step runs).
pub fn written_problems(tool: Tool, config: &BTreeMap<String, Value>) -> Vec<SettingProblem> {
    let referenced = |key: &str| {
        config
            .get(key)
            .is_some_and(|value| value.to_string().contains("${"))
    };
    let checked = match tool {
        Tool::Github => commit_status(config).err(),
        Tool::Sonarqube => sonar_project(config).err(),
        Tool::Zap => zap_scan(config).err(),
        Tool::Jenkins => jenkins_job(config).err(),
        Tool::Selenium => selenium_run(config).err(),
        Tool::Jmeter => jmeter_run(config).err(),
        Tool::Kubectl => kubectl_deploy(config).err(),
        _ => scan_plan(tool, config).err(),
    };
    let mut problems: Vec<SettingProblem> = checked
        .unwrap_or_default()
        .into_iter()
        .filter(|(key, _)| !referenced(key.split('.').next().unwrap_or(key)))
        .collect();
    // A credential written into the definition would be stored and shown with it.
    for key in CREDENTIALS {
        if config.contains_key(key)
            && !referenced(key)
            && !problems.iter().any(|(named, _)| named == key)
        {
            problems.push((
                key.to_owned(),
                "must be a secret reference (`${secrets.NAME}`), never written in the definition"
                    .to_owned(),
            ));
        }
    }
    problems
}

/// Settings that hold credentials.
const CREDENTIALS: [&str; 3] = ["token", "api_key", "kubeconfig"];

/// Settings of the `kubectl` connector.
const KUBECTL: [&str; 7] = [
    "manifests",
    "context",
    "namespace",
    "kubeconfig",
    "environment",
    "rollout_timeout",
    "program",
];

/// A `kubectl` step: manifests applied to a cluster, then their rollouts awaited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubectlDeploy {
    /// Manifest files or directories, inside the work directory.
    pub manifests: Vec<String>,
    /// kubeconfig context (empty: the kubeconfig's current one).
    pub context: String,
    /// Namespace (empty: the context's).
    pub namespace: String,
    /// A kubeconfig's content (a secret reference, resolved); empty: the
    /// server's own (`KUBECONFIG` or `~/.kube/config`).
    pub kubeconfig: String,
    /// The environment named in the deployment events (default: the
    /// namespace, else the context, else `default`).
    pub environment: String,
    /// Longest wait for each rollout.
    pub rollout_timeout: Duration,
    /// The executable.
    pub program: String,
}

/// The deployment of a `kubectl` step's settings, or every wrong setting.
pub fn kubectl_deploy(
    config: &BTreeMap<String, Value>,
) -> Result<KubectlDeploy, Vec<SettingProblem>> {
    let mut settings = Settings::new("kubectl", &KUBECTL, config);
    if !config.contains_key("manifests") {
        settings.problem(
            "manifests",
            "is required: the manifest files or directories to apply",
        );
    }
    let manifests = settings
        .list("manifests", "a path or a list of paths")
        .unwrap_or_default()
        .into_iter()
        .map(|path| settings.inside("manifests", path))
        .collect();
    let context = settings.text("context");
    let namespace = settings.text("namespace");
    let environment = match settings.text("environment") {
        given if !given.is_empty() => given,
        _ if !namespace.is_empty() => namespace.clone(),
        _ if !context.is_empty() => context.clone(),
        _ => "default".to_owned(),
    };
    let deploy = KubectlDeploy {
        manifests,
        context,
        namespace,
        kubeconfig: settings.secret("kubeconfig", None),
        environment,
        rollout_timeout: settings.duration("rollout_timeout", Duration::from_secs(300)),
        program: match settings.text("program") {
            program if program.is_empty() => "kubectl".to_owned(),
            program => program,
        },
    };
    settings.finish(deploy)
}

/// `text` quoted for a POSIX shell.
pub fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

impl KubectlDeploy {
    /// The shell script the step runs: apply every manifest (printing what
    /// was applied), then await the rollout of each Deployment, StatefulSet
    /// and DaemonSet applied. `$KUBECTL` is the program.
    pub fn script(&self) -> String {
        let mut common = String::new();
        if !self.context.is_empty() {
            common.push_str(&format!(" --context {}", shell_quote(&self.context)));
        }
        if !self.namespace.is_empty() {
            common.push_str(&format!(" --namespace {}", shell_quote(&self.namespace)));
        }
        let files: String = self
            .manifests
            .iter()
            .map(|path| format!(" -f {}", shell_quote(path)))
            .collect();
        format!(
            "set -eu\n\
             applied=$(\"$KUBECTL\"{common} apply -o name{files})\n\
             printf '%s\\n' \"$applied\"\n\
             for resource in $applied; do\n\
             \x20 case \"$resource\" in\n\
             \x20   deployment*|statefulset*|daemonset*)\n\
             \x20     \"$KUBECTL\"{common} rollout status \"$resource\" --timeout={}s ;;\n\
             \x20 esac\n\
             done\n",
            self.rollout_timeout.as_secs().max(1)
        )
    }
}

fn default_program(tool: Tool) -> &'static str {
    match tool {
        Tool::DependencyCheck => "dependency-check.sh",
        other => other.name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, Value)]) -> BTreeMap<String, Value> {
        pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), value.clone()))
            .collect()
    }

    #[test]
    fn scanners_write_their_report_where_the_engine_reads_it() {
        let plan = scan_plan(
            Tool::Semgrep,
            &config(&[
                ("rules", Value::from("rules.yaml")),
                ("quality_gate", Value::from("true")),
                ("path", Value::from("src")),
            ]),
        )
        .expect("valid")
        .expect("a scanner");
        assert!(plan.quality_gate);
        let args = plan.args_with("/tmp/r.json");
        assert_eq!(
            args,
            [
                "scan",
                "--metrics=off",
                "--disable-version-check",
                "--json",
                "--output",
                "/tmp/r.json",
                "--config",
                "rules.yaml",
                "src"
            ]
        );
        let bandit = scan_plan(
            Tool::Bandit,
            &config(&[("args", Value::from("-ll -x tests"))]),
        )
        .expect("valid")
        .expect("a scanner");
        assert_eq!(
            bandit.args_with("r"),
            [
                "-q", "-f", "json", "-o", "r", "-r", ".", "-ll", "-x", "tests"
            ]
        );
        assert_eq!((bandit.format, bandit.ran), ("bandit-json", &[0, 1][..]));
        assert_eq!(
            scan_plan(Tool::Kubectl, &BTreeMap::new()).expect("not checked here"),
            None
        );
    }

    #[test]
    fn wrong_settings_are_all_named() {
        let problems = scan_plan(
            Tool::Bandit,
            &config(&[
                ("rules", Value::from("x")),
                ("quality_gate", Value::from("yes")),
                ("path", Value::from("../elsewhere")),
                ("args", Value::from(3)),
            ]),
        )
        .expect_err("invalid");
        let keys: Vec<&str> = problems.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(keys, ["rules", "quality_gate", "args", "path"]);
        assert!(
            problems[0]
                .1
                .contains("not a setting of the bandit connector")
        );
        let sonar = written_problems(
            Tool::Sonarqube,
            &config(&[
                ("token", Value::from("squ_written_down")),
                ("wait", Value::from("soon")),
            ]),
        );
        let keys: Vec<&str> = sonar.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(keys, ["url", "project", "wait", "token"], "{sonar:?}");
        assert!(sonar[3].1.contains("secret reference"));
        let github = written_problems(
            Tool::Github,
            &config(&[
                ("token", Value::from("${secrets.GH}")),
                ("state", Value::from("green")),
            ]),
        );
        assert_eq!(github.len(), 1, "{github:?}");
        assert!(github[0].1.contains("pending, success, failure, error"));
    }
}
