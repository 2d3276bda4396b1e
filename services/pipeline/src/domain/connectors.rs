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
    let mut problems = Vec::new();
    let own: &[&str] = match tool {
        Tool::Semgrep => &["rules"],
        _ => &[],
    };
    for key in config.keys() {
        if !COMMON.contains(&key.as_str()) && !own.contains(&key.as_str()) {
            let known: Vec<String> = COMMON
                .iter()
                .chain(own)
                .map(|name| format!("`{name}`"))
                .collect();
            problems.push((
                key.clone(),
                format!(
                    "not a setting of the {} connector; one of {}",
                    tool.name(),
                    known.join(", ")
                ),
            ));
        }
    }
    let rules: Vec<String> = match config.get("rules") {
        None => vec![".semgrep.yml".to_owned()],
        Some(Value::String(one)) if !one.trim().is_empty() => vec![one.trim().to_owned()],
        Some(Value::Array(many))
            if !many.is_empty()
                && many
                    .iter()
                    .all(|rule| rule.as_str().is_some_and(|rule| !rule.trim().is_empty())) =>
        {
            many.iter()
                .filter_map(Value::as_str)
                .map(|rule| rule.trim().to_owned())
                .collect()
        }
        Some(_) => {
            problems.push((
                "rules".to_owned(),
                "must be a rules file or directory, or a list of them".to_owned(),
            ));
            Vec::new()
        }
    };
    let mut text = |key: &str, default: &str| -> String {
        match config.get(key) {
            None => default.to_owned(),
            Some(Value::String(value)) if !value.trim().is_empty() => value.trim().to_owned(),
            Some(_) => {
                problems.push((key.to_owned(), "must be a non-empty text".to_owned()));
                default.to_owned()
            }
        }
    };
    let path = text("path", ".");
    let program = text("program", default_program(tool));
    let quality_gate = match text("quality_gate", "false").as_str() {
        "true" => true,
        "false" => false,
        _ => {
            problems.push((
                "quality_gate".to_owned(),
                "must be true or false".to_owned(),
            ));
            false
        }
    };
    let extra: Vec<String> = match config.get("args") {
        None => Vec::new(),
        Some(Value::String(line)) => line.split_whitespace().map(str::to_owned).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(arg) => Some(arg.clone()),
                _ => {
                    problems.push((
                        "args".to_owned(),
                        "every argument must be a text".to_owned(),
                    ));
                    None
                }
            })
            .collect(),
        Some(_) => {
            problems.push((
                "args".to_owned(),
                "must be a list of arguments or one line".to_owned(),
            ));
            Vec::new()
        }
    };
    if path.starts_with('/') || path.split('/').any(|part| part == "..") {
        problems.push((
            "path".to_owned(),
            "must stay inside the work directory (relative, no `..`)".to_owned(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
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
    let mut problems = unknown_settings("github", &GITHUB, config);
    let mut text = |key: &str| setting_text(config, key, &mut problems);
    let status = CommitStatus {
        api_url: match text("api_url") {
            url if url.is_empty() => "https://api.github.com".to_owned(),
            url => url.trim_end_matches('/').to_owned(),
        },
        repository: text("repository"),
        token: text("token"),
        context: text("context"),
        state: text("state"),
        description: text("description"),
        target_url: text("target_url"),
    };
    if status.token.is_empty() {
        problems.push((
            "token".to_owned(),
            "is required: a GitHub token allowed to write commit statuses, as `${secrets.NAME}`"
                .to_owned(),
        ));
    }
    if !status.state.is_empty() && !STATUS_STATES.contains(&status.state.as_str()) {
        problems.push((
            "state".to_owned(),
            format!("must be one of {}", STATUS_STATES.join(", ")),
        ));
    }
    if !status.repository.is_empty() && status.repository.split('/').count() != 2 {
        problems.push(("repository".to_owned(), "must be `owner/name`".to_owned()));
    }
    if !(status.api_url.starts_with("https://") || status.api_url.starts_with("http://")) {
        problems.push(("api_url".to_owned(), "must be an http(s) URL".to_owned()));
    }
    match problems.is_empty() {
        true => Ok(status),
        false => Err(problems),
    }
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
    pub wait: std::time::Duration,
}

/// The project of a `sonarqube` step's settings (references expanded), or
/// every wrong setting.
pub fn sonar_project(
    config: &BTreeMap<String, Value>,
) -> Result<SonarProject, Vec<SettingProblem>> {
    let mut problems = unknown_settings("sonarqube", &SONARQUBE, config);
    let mut text = |key: &str| setting_text(config, key, &mut problems);
    let url = text("url").trim_end_matches('/').to_owned();
    let token = text("token");
    let project = text("project");
    let quality_gate = text("quality_gate");
    let wait = text("wait");
    for (key, value, what) in [
        ("url", &url, "the SonarQube server's address"),
        (
            "token",
            &token,
            "a token allowed to browse the project, as `${secrets.NAME}`",
        ),
        ("project", &project, "the project key"),
    ] {
        if value.is_empty() {
            problems.push((key.to_owned(), format!("is required: {what}")));
        }
    }
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        problems.push(("url".to_owned(), "must be an http(s) URL".to_owned()));
    }
    let quality_gate = match quality_gate.as_str() {
        "" | "false" => false,
        "true" => true,
        _ => {
            problems.push((
                "quality_gate".to_owned(),
                "must be true or false".to_owned(),
            ));
            false
        }
    };
    let wait = match wait.as_str() {
        "" => Ok(std::time::Duration::from_secs(300)),
        given => humantime::parse_duration(given).map_err(|_| ()),
    }
    .unwrap_or_else(|()| {
        problems.push((
            "wait".to_owned(),
            "must be a duration such as `5m`".to_owned(),
        ));
        std::time::Duration::ZERO
    });
    match problems.is_empty() {
        true => Ok(SonarProject {
            url,
            token,
            project,
            quality_gate,
            wait,
        }),
        false => Err(problems),
    }
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
        _ => scan_plan(tool, config).err(),
    };
    let mut problems: Vec<SettingProblem> = checked
        .unwrap_or_default()
        .into_iter()
        .filter(|(key, _)| !referenced(key))
        .collect();
    // A credential written into the definition would be stored and shown with it.
    if matches!(tool, Tool::Github | Tool::Sonarqube)
        && config.contains_key("token")
        && !referenced("token")
    {
        problems.push((
            "token".to_owned(),
            "must be a secret reference (`${secrets.NAME}`), never written in the definition"
                .to_owned(),
        ));
    }
    problems
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
