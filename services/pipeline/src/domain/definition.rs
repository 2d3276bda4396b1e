//! A pipeline definition in its YAML form (JSON is accepted too: it is
//! YAML's flow style), read and checked whole. Every problem found is
//! reported, each with its line and column and the rule it breaks, and a
//! definition with any problem is refused.
//!
//! ```yaml
//! name: Backend API Pipeline
//! triggers:
//!   - type: push
//!     branches: [main, "release/*"]
//! variables:
//!   PYTHON_VERSION: "3.12"
//! secrets: [SONAR_TOKEN]
//! timeout: 1h
//! stages:
//!   - name: security-scan
//!     parallel: true                  # its steps run at the same time
//!     steps:
//!       - name: sast
//!         tool: semgrep
//!         config: {quality_gate: true}
//!       - name: secrets
//!         tool: gitleaks
//!   - name: build                     # without `needs`: after the stage before it
//!     steps:
//!       - name: compile
//!         command: make build         # run by `sh -c`; a list is run as it is
//!         timeout: 10m
//!         retries: {count: 2, backoff: 5s}
//!         artifacts: [dist/app]
//!   - name: deploy
//!     needs: [build]
//!     when: {branch: main, event: push}
//!     steps:
//!       - name: rollout
//!         tool: kubectl
//!         config: {manifests: deploy/, context: staging}
//! finally:                            # runs whatever happened, even on cancel
//!   name: cleanup
//!   steps:
//!     - name: tidy
//!       command: [rm, -rf, tmp]
//! ```
//!
//! Tool settings (`config`) are kept as written, every scalar a string
//! (`true` is `"true"`): each tool's connector reads its own keys.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::time::Duration;

use marked_yaml::{Marker, Spanned};
use serde::Deserialize;

use super::connectors;
use super::variables::{self, BUILT_INS, Reference};

/// Longest pipeline or step time limit accepted.
pub const MAX_TIMEOUT: Duration = Duration::from_secs(7 * 24 * 3600);
/// Longest artifact retention a definition may ask.
pub const MAX_ARTIFACT_RETENTION: Duration = Duration::from_secs(3 * 365 * 24 * 3600);
/// Most retries of one step.
pub const MAX_RETRIES: u32 = 10;
/// Longest backoff between retries.
pub const MAX_BACKOFF: Duration = Duration::from_secs(3600);

/// Where a problem is in the text (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// One problem of a definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, when the text says.
    pub position: Option<Position>,
    /// The field, as a path (`stages[1].steps[0].timeout`).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(Position { line, column }) = self.position {
            write!(formatter, "line {line}, column {column}: ")?;
        }
        if !self.field.is_empty() {
            write!(formatter, "{}: ", self.field)?;
        }
        formatter.write_str(&self.message)
    }
}

/// Every problem of a definition, in the order of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub Vec<Problem>);

impl fmt::Display for Invalid {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problems: Vec<String> = self.0.iter().map(Problem::to_string).collect();
        formatter.write_str(&problems.join("; "))
    }
}

impl std::error::Error for Invalid {}

/// What starts an execution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Event {
    /// A person or an API call.
    Manual,
    /// A push to a branch.
    Push,
    /// A pull request opened or updated.
    PullRequest,
    /// A schedule.
    Schedule,
    /// A workflow step.
    Workflow,
}

impl Event {
    /// Every event, as the YAML names them.
    pub const ALL: [Event; 5] = [
        Event::Manual,
        Event::Push,
        Event::PullRequest,
        Event::Schedule,
        Event::Workflow,
    ];

    /// As the YAML names it.
    pub fn name(self) -> &'static str {
        match self {
            Event::Manual => "manual",
            Event::Push => "push",
            Event::PullRequest => "pull_request",
            Event::Schedule => "schedule",
            Event::Workflow => "workflow",
        }
    }

    fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|event| event.name() == name)
    }
}

/// When an execution starts by itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    /// What starts it.
    pub event: Event,
    /// Branch patterns (`main`, `release/*`); empty: every branch.
    pub branches: Vec<String>,
    /// Cron expression, for schedules.
    pub cron: String,
}

/// The tools steps run through their connectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tool {
    /// Semgrep (SAST).
    Semgrep,
    /// Gitleaks (secrets).
    Gitleaks,
    /// TruffleHog (secrets).
    Trufflehog,
    /// OWASP Dependency-Check (dependencies).
    DependencyCheck,
    /// Trivy (dependencies, images, IaC).
    Trivy,
    /// Checkov (IaC).
    Checkov,
    /// Bandit (Python SAST).
    Bandit,
    /// detect-secrets.
    DetectSecrets,
    /// SonarQube (API).
    Sonarqube,
    /// OWASP ZAP (API).
    Zap,
    /// Jenkins (API).
    Jenkins,
    /// Selenium Grid / WebDriver.
    Selenium,
    /// Apache JMeter.
    Jmeter,
    /// GitHub commit statuses and check runs (API).
    Github,
    /// `kubectl` deployments.
    Kubectl,
}

impl Tool {
    /// Every tool, as the YAML names them.
    pub const ALL: [Tool; 15] = [
        Tool::Semgrep,
        Tool::Gitleaks,
        Tool::Trufflehog,
        Tool::DependencyCheck,
        Tool::Trivy,
        Tool::Checkov,
        Tool::Bandit,
        Tool::DetectSecrets,
        Tool::Sonarqube,
        Tool::Zap,
        Tool::Jenkins,
        Tool::Selenium,
        Tool::Jmeter,
        Tool::Github,
        Tool::Kubectl,
    ];

    /// As the YAML names it.
    pub fn name(self) -> &'static str {
        match self {
            Tool::Semgrep => "semgrep",
            Tool::Gitleaks => "gitleaks",
            Tool::Trufflehog => "trufflehog",
            Tool::DependencyCheck => "dependency-check",
            Tool::Trivy => "trivy",
            Tool::Checkov => "checkov",
            Tool::Bandit => "bandit",
            Tool::DetectSecrets => "detect-secrets",
            Tool::Sonarqube => "sonarqube",
            Tool::Zap => "zap",
            Tool::Jenkins => "jenkins",
            Tool::Selenium => "selenium",
            Tool::Jmeter => "jmeter",
            Tool::Github => "github",
            Tool::Kubectl => "kubectl",
        }
    }

    fn named(name: &str) -> Option<Self> {
        let name = name.to_ascii_lowercase().replace('_', "-");
        Self::ALL.into_iter().find(|tool| tool.name() == name)
    }
}

/// What a step does.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Runs a tool through its connector with its settings.
    Tool {
        /// The tool.
        tool: Tool,
        /// Its settings as written (scalars as strings).
        config: BTreeMap<String, serde_json::Value>,
    },
    /// Runs a shell command line (`sh -c`).
    Shell(String),
    /// Runs a program with its arguments, no shell.
    Program(Vec<String>),
}

/// Which outcome of what ran before lets a stage or step run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Outcome {
    /// Everything before succeeded (the default).
    #[default]
    Success,
    /// Something before failed.
    Failure,
    /// Whatever happened.
    Always,
}

/// When a stage or step runs; every part given must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Condition {
    /// Branch patterns; empty: any branch.
    pub branches: Vec<String>,
    /// Events; empty: any event.
    pub events: Vec<Event>,
    /// What must have happened before.
    pub outcome: Outcome,
}

impl Condition {
    /// Whether it holds for a run on `branch` started by `event`, `failed`
    /// saying whether anything before failed. Branch patterns are globs
    /// (`release/*`), as in the security service's policies.
    pub fn holds(&self, branch: &str, event: Event, failed: bool) -> bool {
        let branch_holds = self.branches.is_empty() || branch_matches(&self.branches, branch);
        let event_holds = self.events.is_empty() || self.events.contains(&event);
        let outcome_holds = match self.outcome {
            Outcome::Success => !failed,
            Outcome::Failure => failed,
            Outcome::Always => true,
        };
        branch_holds && event_holds && outcome_holds
    }
}

impl Trigger {
    /// Whether `event` on `branch` starts an execution.
    pub fn starts(&self, event: Event, branch: &str) -> bool {
        self.event == event && (self.branches.is_empty() || branch_matches(&self.branches, branch))
    }
}

fn branch_matches(patterns: &[String], branch: &str) -> bool {
    patterns
        .iter()
        .any(|pattern| glob::Pattern::new(pattern).is_ok_and(|pattern| pattern.matches(branch)))
}

/// How often a failing step is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Retries {
    /// Tries after the first.
    pub count: u32,
    /// Wait before the first retry, doubling for each next one.
    pub backoff: Duration,
}

/// A step.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// Name, unique in its stage.
    pub name: String,
    /// What it does.
    pub action: Action,
    /// Environment variables (values may reference others).
    pub env: BTreeMap<String, String>,
    /// Time limit.
    pub timeout: Option<Duration>,
    /// Retries of a failure.
    pub retries: Retries,
    /// When it runs.
    pub when: Condition,
    /// A failure does not fail the stage.
    pub allow_failure: bool,
    /// Paths (in the work directory) it produces, kept as artifacts.
    pub artifacts: Vec<String>,
}

/// A stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// Name, unique in the pipeline.
    pub name: String,
    /// Stages that must have finished first; `None`: the stage before it.
    pub needs: Option<Vec<String>>,
    /// Its steps run at the same time (otherwise one after another).
    pub parallel: bool,
    /// Environment variables for its steps.
    pub env: BTreeMap<String, String>,
    /// When it runs.
    pub when: Condition,
    /// Steps.
    pub steps: Vec<Step>,
}

/// A checked pipeline definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Definition {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Triggers.
    pub triggers: Vec<Trigger>,
    /// Variables and their defaults (a run may override them).
    pub variables: BTreeMap<String, String>,
    /// Names of the secrets it references.
    pub secrets: Vec<String>,
    /// Time limit of a whole execution.
    pub timeout: Option<Duration>,
    /// How long its executions' artifacts are kept (none: the server's default).
    pub artifact_retention: Option<Duration>,
    /// Stages.
    pub stages: Vec<Stage>,
    /// Stage run last, whatever happened.
    pub finally: Option<Stage>,
}

impl Definition {
    /// The stages in an order that runs each after the stages it needs.
    pub fn order(&self) -> Vec<&Stage> {
        let needs = resolved_needs(&self.stages);
        let mut done: BTreeSet<usize> = BTreeSet::new();
        let mut order = Vec::with_capacity(self.stages.len());
        while order.len() < self.stages.len() {
            let ready = (0..self.stages.len()).find(|index| {
                !done.contains(index) && needs[*index].iter().all(|n| done.contains(n))
            });
            let Some(index) = ready else { break };
            done.insert(index);
            order.push(&self.stages[index]);
        }
        order
    }

    /// The indexes of the stages each stage waits for.
    pub fn needs(&self) -> Vec<Vec<usize>> {
        resolved_needs(&self.stages)
    }
}

fn resolved_needs(stages: &[Stage]) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = stages
        .iter()
        .enumerate()
        .map(|(at, stage)| (stage.name.as_str(), at))
        .collect();
    stages
        .iter()
        .enumerate()
        .map(|(at, stage)| match &stage.needs {
            None if at == 0 => Vec::new(),
            None => vec![at - 1],
            Some(names) => names
                .iter()
                .filter_map(|name| index.get(name.as_str()).copied())
                .collect(),
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The text as written.

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPipeline {
    name: Spanned<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    triggers: Vec<Spanned<RawTrigger>>,
    #[serde(default)]
    variables: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    secrets: Vec<Spanned<String>>,
    #[serde(default)]
    timeout: Option<Spanned<String>>,
    #[serde(default)]
    artifact_retention: Option<Spanned<String>>,
    stages: Spanned<Vec<Spanned<RawStage>>>,
    #[serde(default)]
    finally: Option<Spanned<RawStage>>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    #[serde(rename = "type")]
    event: Spanned<String>,
    #[serde(default)]
    branches: Vec<Spanned<String>>,
    #[serde(default)]
    cron: Option<Spanned<String>>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStage {
    name: Spanned<String>,
    #[serde(default)]
    needs: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    parallel: bool,
    #[serde(default)]
    env: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    when: Option<Spanned<RawCondition>>,
    steps: Spanned<Vec<Spanned<RawStep>>>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    name: Spanned<String>,
    #[serde(default)]
    tool: Option<Spanned<String>>,
    #[serde(default)]
    config: Option<Spanned<BTreeMap<String, serde_json::Value>>>,
    #[serde(default)]
    command: Option<Spanned<RawCommand>>,
    #[serde(default)]
    env: HashMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    timeout: Option<Spanned<String>>,
    #[serde(default)]
    retries: Option<Spanned<serde_json::Value>>,
    #[serde(default)]
    when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    allow_failure: bool,
    #[serde(default)]
    artifacts: Vec<Spanned<String>>,
}

#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum RawCommand {
    Line(String),
    Program(Vec<String>),
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[serde(default)]
    branch: Option<OneOrMany>,
    #[serde(default)]
    event: Option<OneOrMany>,
    #[serde(default)]
    outcome: Option<String>,
}

#[derive(Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

// ---------------------------------------------------------------------------
// Reading and checking.

/// The value under a span (`Spanned` only lends it).
trait Inner<T> {
    fn into_inner(self) -> T;
}

impl<T: Clone> Inner<T> for Spanned<T> {
    fn into_inner(self) -> T {
        T::clone(&self)
    }
}

fn position(marker: Option<&Marker>) -> Option<Position> {
    marker.map(|marker| Position {
        line: marker.line(),
        column: marker.column(),
    })
}

fn at<T>(spanned: &Spanned<T>) -> Option<Position> {
    position(spanned.span().start())
}

/// An environment value with the field it sits in.
type Valued = (Spanned<String>, String);

/// Collects problems as the definition is read.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, position: Option<Position>, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            position,
            field: field.to_owned(),
            message: message.into(),
        });
    }

    fn name(&mut self, name: &Spanned<String>, field: &str) -> String {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            self.problem(at(name), field, "must not be empty");
        } else if trimmed.len() > 100 {
            self.problem(at(name), field, "must be at most 100 characters");
        }
        trimmed.to_owned()
    }

    fn patterns(&mut self, patterns: &[String], position: Option<Position>, field: &str) {
        for pattern in patterns {
            if pattern.is_empty() {
                self.problem(position, field, "a branch pattern must not be empty");
            } else if let Err(error) = glob::Pattern::new(pattern) {
                self.problem(
                    position,
                    field,
                    format!("`{pattern}` is not a branch pattern: {error}"),
                );
            }
        }
    }

    fn duration(
        &mut self,
        text: &str,
        position: Option<Position>,
        field: &str,
        max: Duration,
    ) -> Option<Duration> {
        match humantime::parse_duration(text.trim()) {
            Ok(duration) if duration.is_zero() => {
                self.problem(position, field, "must be longer than zero");
                None
            }
            Ok(duration) if duration > max => {
                self.problem(
                    position,
                    field,
                    format!("must be at most {}", humantime::format_duration(max)),
                );
                None
            }
            Ok(duration) => Some(duration),
            Err(error) => {
                self.problem(
                    position,
                    field,
                    format!(
                        "`{text}` is not a duration ({error}); write e.g. `90s`, `10m`, `1h30m`"
                    ),
                );
                None
            }
        }
    }

    fn env(
        &mut self,
        env: HashMap<Spanned<String>, Spanned<String>>,
        field: &str,
    ) -> (BTreeMap<String, String>, Vec<Valued>) {
        let mut pairs: Vec<_> = env.into_iter().collect();
        pairs.sort_by_key(|(key, _)| at(key));
        let mut values = BTreeMap::new();
        let mut texts = Vec::new();
        for (key, value) in pairs {
            if !variables::is_name(&key) {
                self.problem(
                    at(&key),
                    field,
                    format!("`{}` is not a variable name (letters, digits and `_`, not starting with a digit)", key.as_str()),
                );
            }
            values.insert(key.to_string(), value.to_string());
            texts.push((value, format!("{field}.{}", key.as_str())));
        }
        (values, texts)
    }

    fn condition(&mut self, when: Option<Spanned<RawCondition>>, field: &str) -> Condition {
        let Some(when) = when else {
            return Condition::default();
        };
        let position = at(&when);
        let raw = when.into_inner();
        let mut condition = Condition {
            branches: raw.branch.map(OneOrMany::into_vec).unwrap_or_default(),
            ..Condition::default()
        };
        self.patterns(&condition.branches, position, &format!("{field}.branch"));
        for event in raw.event.map(OneOrMany::into_vec).unwrap_or_default() {
            match Event::named(&event) {
                Some(event) => condition.events.push(event),
                None => self.problem(
                    position,
                    &format!("{field}.event"),
                    format!(
                        "`{event}` is not an event; one of {}",
                        names(Event::ALL.map(Event::name))
                    ),
                ),
            }
        }
        condition.outcome = match raw.outcome.as_deref() {
            None | Some("success") => Outcome::Success,
            Some("failure") => Outcome::Failure,
            Some("always") => Outcome::Always,
            Some(other) => {
                self.problem(
                    position,
                    &format!("{field}.outcome"),
                    format!("`{other}` is not an outcome; one of `success`, `failure`, `always`"),
                );
                Outcome::Success
            }
        };
        condition
    }

    fn stage(&mut self, raw: Spanned<RawStage>, field: &str, texts: &mut Vec<Text>) -> Stage {
        let raw = raw.into_inner();
        let name = self.name(&raw.name, &format!("{field}.name"));
        let (env, env_texts) = self.env(raw.env, &format!("{field}.env"));
        let scope: BTreeSet<String> = env.keys().cloned().collect();
        for (value, value_field) in env_texts {
            texts.push(Text::new(value, value_field, scope.clone()));
        }
        let when = self.condition(raw.when, &format!("{field}.when"));
        if raw.steps.is_empty() {
            self.problem(
                at(&raw.steps),
                &format!("{field}.steps"),
                "a stage has at least one step",
            );
        }
        let mut steps = Vec::new();
        let mut seen: HashMap<String, Option<Position>> = HashMap::new();
        for (index, step) in raw.steps.into_inner().into_iter().enumerate() {
            let step_field = format!("{field}.steps[{index}]");
            let position = at(&step.name);
            let step = self.step(step, &step_field, &scope, texts);
            if let Some(first) = seen.get(&step.name) {
                self.problem(
                    position,
                    &format!("{step_field}.name"),
                    format!(
                        "`{}` names another step of the stage too{}",
                        step.name,
                        line_of(*first)
                    ),
                );
            }
            seen.insert(step.name.clone(), position);
            steps.push(step);
        }
        Stage {
            name,
            needs: raw
                .needs
                .map(|needs| needs.iter().map(|need| need.trim().to_owned()).collect()),
            parallel: raw.parallel,
            env,
            when,
            steps,
        }
    }

    fn step(
        &mut self,
        raw: Spanned<RawStep>,
        field: &str,
        stage_scope: &BTreeSet<String>,
        texts: &mut Vec<Text>,
    ) -> Step {
        let position = at(&raw);
        let raw = raw.into_inner();
        let name = self.name(&raw.name, &format!("{field}.name"));
        let (env, env_texts) = self.env(raw.env, &format!("{field}.env"));
        let mut scope = stage_scope.clone();
        scope.extend(env.keys().cloned());
        for (value, value_field) in env_texts {
            texts.push(Text::new(value, value_field, scope.clone()));
        }
        let action = match (raw.tool, raw.command) {
            (Some(_), Some(command)) => {
                self.problem(
                    at(&command),
                    &format!("{field}.command"),
                    "a step has a `tool` or a `command`, not both",
                );
                Action::Shell(String::new())
            }
            (None, None) => {
                self.problem(
                    position,
                    field,
                    "a step needs a `tool` (with its `config`) or a `command`",
                );
                Action::Shell(String::new())
            }
            (Some(tool), None) => {
                let config_at = raw.config.as_ref().and_then(at).or_else(|| at(&tool));
                let config = raw.config.map(Inner::into_inner).unwrap_or_default();
                for (key, value) in &config {
                    collect_config_texts(
                        value,
                        &format!("{field}.config.{key}"),
                        at(&tool),
                        &scope,
                        texts,
                    );
                }
                match Tool::named(tool.as_str()) {
                    Some(known) => {
                        // Settings with references are checked when the step runs.
                        for (key, problem) in connectors::written_problems(known, &config) {
                            self.problem(config_at, &format!("{field}.config.{key}"), problem);
                        }
                        Action::Tool {
                            tool: known,
                            config,
                        }
                    }
                    None => {
                        self.problem(
                            at(&tool),
                            &format!("{field}.tool"),
                            format!(
                                "`{}` is not a tool this product runs; one of {} (or run it with `command`)",
                                tool.as_str(),
                                names(Tool::ALL.map(Tool::name))
                            ),
                        );
                        Action::Shell(String::new())
                    }
                }
            }
            (None, Some(command)) => {
                let command_at = at(&command);
                if raw.config.is_some() {
                    self.problem(
                        command_at,
                        &format!("{field}.config"),
                        "`config` belongs to a `tool` step",
                    );
                }
                match command.into_inner() {
                    RawCommand::Line(line) if line.trim().is_empty() => {
                        self.problem(command_at, &format!("{field}.command"), "must not be empty");
                        Action::Shell(line)
                    }
                    RawCommand::Line(line) => {
                        texts.push(Text::at(
                            &line,
                            command_at,
                            format!("{field}.command"),
                            scope.clone(),
                        ));
                        Action::Shell(line)
                    }
                    RawCommand::Program(argv) => {
                        if argv.first().is_none_or(|program| program.trim().is_empty()) {
                            self.problem(
                                command_at,
                                &format!("{field}.command"),
                                "names no program",
                            );
                        }
                        for (index, arg) in argv.iter().enumerate() {
                            texts.push(Text::at(
                                arg,
                                command_at,
                                format!("{field}.command[{index}]"),
                                scope.clone(),
                            ));
                        }
                        Action::Program(argv)
                    }
                }
            }
        };
        let timeout = raw.timeout.and_then(|timeout| {
            self.duration(
                &timeout,
                at(&timeout),
                &format!("{field}.timeout"),
                MAX_TIMEOUT,
            )
        });
        let retries = match raw.retries {
            None => Retries::default(),
            Some(retries) => {
                let retries_at = at(&retries);
                // A count, or `{count, backoff}` (scalars arrive as strings).
                let (count, backoff) = match retries.into_inner() {
                    serde_json::Value::String(count) => (count, None),
                    serde_json::Value::Object(mut fields) => {
                        let count = match fields.remove("count") {
                            Some(serde_json::Value::String(count)) => count,
                            _ => String::new(),
                        };
                        let backoff = match fields.remove("backoff") {
                            Some(serde_json::Value::String(backoff)) => Some(backoff),
                            _ => None,
                        };
                        if let Some(other) = fields.keys().next() {
                            self.problem(
                                retries_at,
                                &format!("{field}.retries"),
                                format!("unknown field `{other}`: `count` and `backoff` are read"),
                            );
                        }
                        (count, backoff)
                    }
                    _ => (String::new(), None),
                };
                let count = match count.trim().parse::<u32>() {
                    Ok(count) => count,
                    Err(_) => {
                        self.problem(
                            retries_at,
                            &format!("{field}.retries.count"),
                            "a number of retries (`retries: 2` or `retries: {count: 2, backoff: 5s}`)",
                        );
                        0
                    }
                };
                if count > MAX_RETRIES {
                    self.problem(
                        retries_at,
                        &format!("{field}.retries.count"),
                        format!("must be at most {MAX_RETRIES}"),
                    );
                }
                let backoff = match backoff {
                    Some(text) => self
                        .duration(
                            &text,
                            retries_at,
                            &format!("{field}.retries.backoff"),
                            MAX_BACKOFF,
                        )
                        .unwrap_or_default(),
                    None => Duration::from_secs(1),
                };
                Retries {
                    count: count.min(MAX_RETRIES),
                    backoff,
                }
            }
        };
        let when = self.condition(raw.when, &format!("{field}.when"));
        let mut artifacts = Vec::new();
        for (index, path) in raw.artifacts.iter().enumerate() {
            let artifact_field = format!("{field}.artifacts[{index}]");
            let trimmed = path.trim();
            if trimmed.is_empty()
                || trimmed.starts_with('/')
                || trimmed.split('/').any(|part| part == "..")
            {
                self.problem(
                    at(path),
                    &artifact_field,
                    format!(
                        "`{}` is not a path inside the work directory (relative, no `..`)",
                        path.as_str()
                    ),
                );
            }
            texts.push(Text::at(path, at(path), artifact_field, scope.clone()));
            artifacts.push(trimmed.to_owned());
        }
        Step {
            name,
            action,
            env,
            timeout,
            retries,
            when,
            allow_failure: raw.allow_failure,
            artifacts,
        }
    }
}

fn line_of(position: Option<Position>) -> String {
    position.map_or_else(String::new, |position| format!(" (line {})", position.line))
}

fn names<const N: usize>(all: [&str; N]) -> String {
    all.iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A text whose references are checked once every name is known.
struct Text {
    text: String,
    position: Option<Position>,
    field: String,
    /// Environment names in scope besides the pipeline's variables.
    scope: BTreeSet<String>,
}

impl Text {
    fn new(value: Spanned<String>, field: String, scope: BTreeSet<String>) -> Self {
        let position = at(&value);
        Self {
            text: value.into_inner(),
            position,
            field,
            scope,
        }
    }

    fn at(text: &str, position: Option<Position>, field: String, scope: BTreeSet<String>) -> Self {
        Self {
            text: text.to_owned(),
            position,
            field,
            scope,
        }
    }
}

fn collect_config_texts(
    value: &serde_json::Value,
    field: &str,
    position: Option<Position>,
    scope: &BTreeSet<String>,
    texts: &mut Vec<Text>,
) {
    match value {
        serde_json::Value::String(text) => {
            texts.push(Text::at(text, position, field.to_owned(), scope.clone()))
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_config_texts(item, &format!("{field}[{index}]"), position, scope, texts);
            }
        }
        serde_json::Value::Object(entries) => {
            for (key, item) in entries {
                collect_config_texts(item, &format!("{field}.{key}"), position, scope, texts);
            }
        }
        _ => {}
    }
}

/// Reads and checks a definition.
pub fn parse(text: &str) -> Result<Definition, Invalid> {
    let options = marked_yaml::LoaderOptions::default().error_on_duplicate_keys(true);
    let raw: RawPipeline = marked_yaml::from_yaml_with_options(0, text, options)
        .map_err(|error| Invalid(vec![unreadable(text, &error)]))?;
    let mut checker = Checker::default();
    let name = checker.name(&raw.name, "name");
    let mut triggers = Vec::new();
    for (index, trigger) in raw.triggers.into_iter().enumerate() {
        let field = format!("triggers[{index}]");
        let trigger = trigger.into_inner();
        let Some(event) = Event::named(trigger.event.trim()) else {
            checker.problem(
                at(&trigger.event),
                &format!("{field}.type"),
                format!(
                    "`{}` is not a trigger; one of {}",
                    trigger.event.as_str(),
                    names(Event::ALL.map(Event::name))
                ),
            );
            continue;
        };
        let cron = trigger
            .cron
            .as_ref()
            .map(|cron| cron.trim().to_owned())
            .unwrap_or_default();
        match (&trigger.cron, event) {
            (None, Event::Schedule) => {
                checker.problem(
                    at(&trigger.event),
                    &field,
                    "a `schedule` trigger needs its `cron` expression",
                );
            }
            (Some(cron), Event::Schedule) if super::schedule::parse(cron).is_err() => {
                let problem = super::schedule::parse(cron).err().unwrap_or_default();
                checker.problem(at(cron), &format!("{field}.cron"), problem);
            }
            (Some(cron), event) if event != Event::Schedule => {
                checker.problem(
                    at(cron),
                    &format!("{field}.cron"),
                    "only a `schedule` trigger has a `cron`",
                );
            }
            _ => {}
        }
        let branches: Vec<String> = trigger
            .branches
            .iter()
            .map(|branch| branch.trim().to_owned())
            .collect();
        checker.patterns(&branches, at(&trigger.event), &format!("{field}.branches"));
        triggers.push(Trigger {
            event,
            branches,
            cron,
        });
    }
    let mut variables = BTreeMap::new();
    let mut texts = Vec::new();
    let mut pairs: Vec<_> = raw.variables.into_iter().collect();
    pairs.sort_by_key(|(key, _)| at(key));
    for (key, value) in pairs {
        if !variables::is_name(&key) {
            checker.problem(
                at(&key),
                "variables",
                format!("`{}` is not a variable name (letters, digits and `_`, not starting with a digit)", key.as_str()),
            );
        } else if key.starts_with("SECUREFLOW_") {
            checker.problem(
                at(&key),
                "variables",
                format!(
                    "`{}`: names starting with `SECUREFLOW_` are the execution's own",
                    key.as_str()
                ),
            );
        }
        texts.push(Text::new(
            value.clone(),
            format!("variables.{}", key.as_str()),
            BTreeSet::new(),
        ));
        variables.insert(key.to_string(), value.to_string());
    }
    let mut secrets = Vec::new();
    for (index, secret) in raw.secrets.iter().enumerate() {
        if !variables::is_name(secret) {
            checker.problem(
                at(secret),
                &format!("secrets[{index}]"),
                format!("`{}` is not a secret name", secret.as_str()),
            );
        }
        secrets.push(secret.trim().to_owned());
    }
    let timeout = raw
        .timeout
        .and_then(|timeout| checker.duration(&timeout, at(&timeout), "timeout", MAX_TIMEOUT));
    let artifact_retention = raw.artifact_retention.and_then(|retention| {
        checker.duration(
            &retention,
            at(&retention),
            "artifact_retention",
            MAX_ARTIFACT_RETENTION,
        )
    });
    if raw.stages.is_empty() {
        checker.problem(
            at(&raw.stages),
            "stages",
            "a pipeline has at least one stage",
        );
    }
    let mut stages = Vec::new();
    let mut positions: Vec<(Option<Position>, Vec<Option<Position>>)> = Vec::new();
    let mut seen: HashMap<String, Option<Position>> = HashMap::new();
    for (index, stage) in raw.stages.into_inner().into_iter().enumerate() {
        let field = format!("stages[{index}]");
        let position = at(&stage.name);
        let need_positions = stage
            .needs
            .as_ref()
            .map(|needs| needs.iter().map(at).collect())
            .unwrap_or_default();
        let stage = checker.stage(stage, &field, &mut texts);
        if let Some(first) = seen.get(&stage.name) {
            checker.problem(
                position,
                &format!("{field}.name"),
                format!(
                    "`{}` names another stage too{}",
                    stage.name,
                    line_of(*first)
                ),
            );
        }
        seen.insert(stage.name.clone(), position);
        positions.push((position, need_positions));
        stages.push(stage);
    }
    let finally = raw.finally.map(|stage| {
        let position = at(&stage.name);
        let stage = checker.stage(stage, "finally", &mut texts);
        if stage.needs.is_some() {
            checker.problem(
                position,
                "finally.needs",
                "the `finally` stage runs last; it has no `needs`",
            );
        }
        if seen.contains_key(&stage.name) {
            checker.problem(
                position,
                "finally.name",
                format!("`{}` names a stage too", stage.name),
            );
        }
        stage
    });
    check_needs(&mut checker, &stages, &positions);
    check_references(&mut checker, &texts, &variables, &secrets);
    if !checker.problems.is_empty() {
        let mut problems = checker.problems;
        problems.sort_by_key(|problem| problem.position);
        return Err(Invalid(problems));
    }
    Ok(Definition {
        name,
        description: raw.description.unwrap_or_default(),
        triggers,
        variables,
        secrets,
        timeout,
        artifact_retention,
        stages,
        finally,
    })
}

/// `needs` name stages of the pipeline, not the stage itself, without a cycle.
fn check_needs(
    checker: &mut Checker,
    stages: &[Stage],
    positions: &[(Option<Position>, Vec<Option<Position>>)],
) {
    let known: HashMap<&str, usize> = stages
        .iter()
        .enumerate()
        .map(|(at, stage)| (stage.name.as_str(), at))
        .collect();
    for (index, stage) in stages.iter().enumerate() {
        for (need_index, need) in stage.needs.iter().flatten().enumerate() {
            let position = positions[index].1.get(need_index).copied().flatten();
            let field = format!("stages[{index}].needs[{need_index}]");
            match known.get(need.as_str()) {
                None => checker.problem(
                    position,
                    &field,
                    format!("`{need}` is not a stage of this pipeline"),
                ),
                Some(&other) if other == index => {
                    checker.problem(position, &field, "a stage cannot need itself")
                }
                Some(_) => {}
            }
        }
    }
    // The graph as it will run (unknown names dropped), less the self-needs
    // named above.
    let mut graph = resolved_needs(stages);
    for (index, needs) in graph.iter_mut().enumerate() {
        needs.retain(|&need| need != index);
    }
    // Depth-first search; the first cycle found is named in full.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(
        node: usize,
        graph: &[Vec<usize>],
        marks: &mut [Mark],
        path: &mut Vec<usize>,
    ) -> Option<Vec<usize>> {
        marks[node] = Mark::Open;
        path.push(node);
        for &next in &graph[node] {
            match marks[next] {
                Mark::Open => {
                    let start = path.iter().position(|&n| n == next).unwrap_or(0);
                    let mut cycle = path[start..].to_vec();
                    cycle.push(next);
                    return Some(cycle);
                }
                Mark::New => {
                    if let Some(cycle) = visit(next, graph, marks, path) {
                        return Some(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks[node] = Mark::Done;
        None
    }
    let mut marks = vec![Mark::New; stages.len()];
    for start in 0..stages.len() {
        if marks[start] != Mark::New {
            continue;
        }
        if let Some(cycle) = visit(start, &graph, &mut marks, &mut Vec::new()) {
            let first = cycle[0];
            let route: Vec<&str> = cycle
                .iter()
                .rev()
                .map(|&n| stages[n].name.as_str())
                .collect();
            checker.problem(
                positions[first].0,
                &format!("stages[{first}].needs"),
                format!(
                    "the stages need each other in a cycle: {}",
                    route.join(" → ")
                ),
            );
            return;
        }
    }
}

/// Every `${NAME}` names a variable, an environment entry in scope or a
/// built-in; every `${secrets.NAME}` a secret the pipeline lists.
fn check_references(
    checker: &mut Checker,
    texts: &[Text],
    variables: &BTreeMap<String, String>,
    secrets: &[String],
) {
    for text in texts {
        match variables::references(&text.text) {
            Err(variables::Malformed(_, message)) => {
                checker.problem(text.position, &text.field, message)
            }
            Ok(references) => {
                for reference in references {
                    match reference {
                        Reference::Variable(name)
                            if !variables.contains_key(&name)
                                && !text.scope.contains(&name)
                                && !BUILT_INS.contains(&name.as_str()) =>
                        {
                            checker.problem(
                                text.position,
                                &text.field,
                                format!(
                                    "`${{{name}}}` is not defined: declare it under `variables` (a run may override it) or `env`"
                                ),
                            );
                        }
                        Reference::Secret(name) if !secrets.contains(&name) => {
                            checker.problem(
                                text.position,
                                &text.field,
                                format!("`${{secrets.{name}}}`: the secret `{name}` is not listed under `secrets`"),
                            );
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// A text that is not a pipeline's shape: where and why.
fn unreadable(text: &str, error: &marked_yaml::FromYamlError) -> Problem {
    use marked_yaml::{FromYamlError, LoadError};
    let (marker, message) = match error {
        FromYamlError::ParseYaml(load) => {
            let marker = match load {
                LoadError::TopLevelMustBeMapping(marker)
                | LoadError::TopLevelMustBeSequence(marker)
                | LoadError::UnexpectedAnchor(marker)
                | LoadError::MappingKeyMustBeScalar(marker)
                | LoadError::UnexpectedTag(marker)
                | LoadError::ScanError(marker, _) => Some(*marker),
                _ => None,
            };
            let message = match load {
                LoadError::TopLevelMustBeMapping(_) => {
                    "a pipeline is a mapping (`name:`, `stages:`, …)".to_owned()
                }
                LoadError::UnexpectedAnchor(_) => "anchors and aliases are not accepted".to_owned(),
                LoadError::UnexpectedTag(_) => "tags (`!name`) are not accepted".to_owned(),
                LoadError::ScanError(_, scan) => format!("not YAML: {}", scan.info()),
                other => other.to_string(),
            };
            (marker, message)
        }
        FromYamlError::FromNode(node) => {
            let marker = node.start_mark().filter(|marker| marker.line() > 0);
            let located = match &**node {
                marked_yaml::Error::UnknownFieldError(field, _, _) if marker.is_none() => {
                    locate_key(text, field)
                }
                _ => None,
            };
            let message = match &**node {
                marked_yaml::Error::UnknownFieldError(field, expected, _) => format!(
                    "unknown field `{field}`; the fields here are {}",
                    expected
                        .iter()
                        .map(|name| format!("`{name}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => node.to_string(),
            };
            return Problem {
                position: position(marker.as_ref()).or(located),
                field: String::new(),
                message,
            };
        }
    };
    Problem {
        position: position(marker.as_ref()),
        field: String::new(),
        message,
    }
}

/// Where `key` is first written as a mapping key (`key:` at a line's
/// start, after `- `, or inside `{…}`), for errors the reader gives no place.
fn locate_key(text: &str, key: &str) -> Option<Position> {
    let written = format!("{key}:");
    text.lines().enumerate().find_map(|(line, content)| {
        content.match_indices(&written).find_map(|(column, _)| {
            let before = content[..column].trim_end();
            let starts_key = before.is_empty()
                || before.ends_with('-')
                || before.ends_with('{')
                || before.ends_with(',');
            starts_key.then_some(Position {
                line: line + 1,
                column: content[..column].chars().count() + 1,
            })
        })
    })
}

#[cfg(test)]
#[path = "definition_tests.rs"]
mod tests;
