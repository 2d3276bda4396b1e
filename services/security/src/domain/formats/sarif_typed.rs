//! The fast path for SARIF: the report is deserialised straight into typed,
//! borrowing structs (no `serde_json::Value` tree, strings borrowed from the
//! input unless escaped), which is several times faster and lighter than the
//! general path. It yields exactly what [`super::sarif`] yields; a report it
//! cannot read (a field of an unexpected type, say) goes to that lenient path,
//! which also words the error.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::sarif::{NOT_FAILURES, RuleFacts, kind_of, level_severity, per_location};
use crate::domain::finding::{Finding, Kind, Severity, find_cwe};
use crate::domain::secrets::is_secret_tag;

type Text<'a> = Cow<'a, str>;

#[derive(Deserialize)]
struct Log<'a> {
    #[serde(borrow)]
    version: Option<Text<'a>>,
    #[serde(borrow)]
    runs: Vec<Run<'a>>,
}

#[derive(Deserialize)]
struct Run<'a> {
    #[serde(borrow, default)]
    tool: Option<Tool<'a>>,
    #[serde(borrow, default)]
    artifacts: Option<Vec<Artifact<'a>>>,
    #[serde(borrow, default)]
    results: Option<Vec<SarifResult<'a>>>,
}

#[derive(Deserialize)]
struct Tool<'a> {
    #[serde(borrow, default)]
    driver: Option<Driver<'a>>,
}

#[derive(Deserialize)]
struct Driver<'a> {
    #[serde(borrow, default)]
    name: Option<Text<'a>>,
    #[serde(borrow, default)]
    rules: Option<Vec<Rule<'a>>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    #[serde(borrow, default)]
    id: Option<Text<'a>>,
    #[serde(borrow, default)]
    short_description: Option<Message<'a>>,
    #[serde(borrow, default)]
    full_description: Option<Message<'a>>,
    #[serde(borrow, default)]
    help_uri: Option<Text<'a>>,
    #[serde(borrow, default)]
    default_configuration: Option<Configuration<'a>>,
    #[serde(borrow, default)]
    properties: Option<Properties<'a>>,
    #[serde(borrow, default)]
    message_strings: Option<HashMap<Text<'a>, Message<'a>>>,
}

#[derive(Deserialize)]
struct Configuration<'a> {
    #[serde(borrow, default)]
    level: Option<Text<'a>>,
}

#[derive(Deserialize)]
struct Message<'a> {
    #[serde(borrow, default)]
    text: Option<Text<'a>>,
    #[serde(borrow, default)]
    id: Option<Text<'a>>,
    #[serde(borrow, default)]
    arguments: Option<Vec<Argument<'a>>>,
}

/// Message arguments are strings; anything else renders as "".
#[derive(Deserialize)]
#[serde(untagged)]
enum Argument<'a> {
    Text(#[serde(borrow)] Text<'a>),
    Other(IgnoredAny),
}

/// A string or a list of strings (`tags`, `cwe`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Strings<'a> {
    One(#[serde(borrow)] Text<'a>),
    Many(#[serde(borrow)] Vec<Text<'a>>),
}

impl Strings<'_> {
    fn iter(&self) -> impl Iterator<Item = &str> {
        let (one, many) = match self {
            Strings::One(text) => (Some(text.as_ref()), &[][..]),
            Strings::Many(list) => (None, list.as_slice()),
        };
        one.into_iter().chain(many.iter().map(AsRef::as_ref))
    }
}

/// `security-severity` is a number or a numeric string.
#[derive(Deserialize)]
#[serde(untagged)]
enum Score<'a> {
    Number(f64),
    Text(#[serde(borrow)] Text<'a>),
}

impl Score<'_> {
    fn value(&self) -> Option<f64> {
        match self {
            Score::Number(number) => Some(*number),
            Score::Text(text) => text.trim().parse().ok(),
        }
    }
}

#[derive(Deserialize)]
struct Properties<'a> {
    #[serde(borrow, default)]
    tags: Option<Strings<'a>>,
    #[serde(borrow, default)]
    cwe: Option<Strings<'a>>,
    #[serde(borrow, default, rename = "security-severity")]
    security_severity: Option<Score<'a>>,
}

#[derive(Deserialize)]
struct Artifact<'a> {
    #[serde(borrow, default)]
    location: Option<ArtifactLocation<'a>>,
}

#[derive(Deserialize)]
struct ArtifactLocation<'a> {
    #[serde(borrow, default)]
    uri: Option<Text<'a>>,
    #[serde(default)]
    index: Option<u64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    #[serde(borrow, default)]
    rule_id: Option<Text<'a>>,
    #[serde(default)]
    rule_index: Option<u64>,
    #[serde(borrow, default)]
    kind: Option<Text<'a>>,
    #[serde(borrow, default)]
    level: Option<Text<'a>>,
    #[serde(borrow, default)]
    message: Option<Message<'a>>,
    #[serde(borrow, default)]
    locations: Option<Vec<Location<'a>>>,
    #[serde(borrow, default)]
    partial_fingerprints: Option<BTreeMap<Text<'a>, Argument<'a>>>,
    #[serde(borrow, default)]
    fingerprints: Option<BTreeMap<Text<'a>, Argument<'a>>>,
    #[serde(default)]
    suppressions: Option<Vec<IgnoredAny>>,
    #[serde(borrow, default)]
    properties: Option<Properties<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(borrow, default)]
    physical_location: Option<PhysicalLocation<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    #[serde(borrow, default)]
    artifact_location: Option<ArtifactLocation<'a>>,
    #[serde(borrow, default)]
    region: Option<Region<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    #[serde(default)]
    start_line: Option<i64>,
    #[serde(borrow, default)]
    snippet: Option<Message<'a>>,
}

fn text<'b>(value: &'b Option<Text<'_>>) -> &'b str {
    value.as_deref().unwrap_or_default()
}

fn message_text<'b>(message: &'b Option<Message<'_>>) -> &'b str {
    message.as_ref().map(|m| text(&m.text)).unwrap_or_default()
}

/// The rule's contribution, read from the typed rule.
fn rule_facts(rule: &Rule<'_>) -> RuleFacts {
    let mut candidates: Vec<&str> = Vec::new();
    if let Some(properties) = &rule.properties {
        for list in [&properties.cwe, &properties.tags].into_iter().flatten() {
            candidates.extend(list.iter());
        }
    }
    candidates.push(text(&rule.help_uri));
    candidates.push(message_text(&rule.full_description));
    candidates.push(message_text(&rule.short_description));
    RuleFacts {
        cwe: candidates.iter().find_map(|candidate| find_cwe(candidate)),
        description: message_text(&rule.full_description).to_owned(),
        help: text(&rule.help_uri).to_owned(),
        security_severity: rule
            .properties
            .as_ref()
            .and_then(|p| p.security_severity.as_ref())
            .and_then(Score::value),
        secret: rule
            .properties
            .as_ref()
            .and_then(|p| p.tags.as_ref())
            .is_some_and(|tags| tags.iter().any(is_secret_tag)),
    }
}

/// Parses a SARIF log on the fast path; `None` sends it to the general path.
pub(super) fn parse(bytes: &[u8]) -> Option<Vec<Finding>> {
    let log: Log<'_> = serde_json::from_slice(bytes).ok()?;
    log.version.as_ref()?;
    let mut findings = Vec::new();
    for run in &log.runs {
        let driver = run.tool.as_ref().and_then(|tool| tool.driver.as_ref());
        let tool = driver.map(|d| text(&d.name)).unwrap_or_default();
        let rules = driver.and_then(|d| d.rules.as_deref()).unwrap_or_default();
        let facts: Vec<RuleFacts> = rules.iter().map(rule_facts).collect();
        let by_id: HashMap<&str, usize> = rules
            .iter()
            .enumerate()
            .map(|(index, rule)| (text(&rule.id), index))
            .collect();
        let artifacts = run.artifacts.as_deref().unwrap_or_default();
        for result in run.results.as_deref().unwrap_or_default() {
            if NOT_FAILURES.contains(&text(&result.kind)) {
                continue;
            }
            let index = result
                .rule_index
                .and_then(|i| usize::try_from(i).ok())
                .filter(|index| *index < rules.len())
                .or_else(|| by_id.get(text(&result.rule_id)).copied());
            let (rule, facts) = match index {
                Some(index) => (Some(&rules[index]), Some(&facts[index])),
                None => (None, None),
            };
            let base = base_finding(tool, rule, facts, result);
            let locations = result.locations.as_deref().unwrap_or_default();
            per_location(&mut findings, base, locations, |finding, location| {
                locate(finding, location, artifacts);
            });
        }
    }
    Some(findings)
}

fn render(result: &SarifResult<'_>, rule: Option<&Rule<'_>>) -> String {
    let direct = message_text(&result.message);
    if !direct.is_empty() {
        return direct.to_owned();
    }
    let message = result.message.as_ref();
    let template = rule
        .and_then(|rule| rule.message_strings.as_ref())
        .and_then(|strings| strings.get(message.map(|m| text(&m.id)).unwrap_or_default()))
        .map(|entry| text(&entry.text))
        .unwrap_or_default();
    let mut rendered = template.to_owned();
    let arguments = message
        .and_then(|m| m.arguments.as_deref())
        .unwrap_or_default();
    for (index, argument) in arguments.iter().enumerate() {
        let value = match argument {
            Argument::Text(text) => text.as_ref(),
            Argument::Other(_) => "",
        };
        rendered = rendered.replace(&format!("{{{index}}}"), value);
    }
    if rendered.is_empty() {
        rule.map(|rule| message_text(&rule.short_description))
            .unwrap_or_default()
            .to_owned()
    } else {
        rendered
    }
}

fn severity(
    result: &SarifResult<'_>,
    rule: Option<&Rule<'_>>,
    facts: Option<&RuleFacts>,
) -> Severity {
    let own = result
        .properties
        .as_ref()
        .and_then(|p| p.security_severity.as_ref())
        .and_then(Score::value);
    if let Some(score) = own.or(facts.and_then(|f| f.security_severity)) {
        return Severity::from_score(score);
    }
    let level = match text(&result.level) {
        "" => rule
            .and_then(|r| r.default_configuration.as_ref())
            .map(|c| text(&c.level))
            .unwrap_or_default(),
        level => level,
    };
    level_severity(level)
}

fn base_finding(
    tool: &str,
    rule: Option<&Rule<'_>>,
    facts: Option<&RuleFacts>,
    result: &SarifResult<'_>,
) -> Finding {
    let message = render(result, rule);
    let rule_id = match text(&result.rule_id) {
        "" => rule.map(|r| text(&r.id)).unwrap_or_default(),
        id => id,
    };
    let mut finding = Finding::new(
        tool,
        rule_id,
        &message,
        severity(result, rule, facts),
        kind_of(tool),
    );
    let description = facts.map(|f| f.description.as_str()).unwrap_or_default();
    finding.description = if description.is_empty() {
        message.clone()
    } else {
        description.to_owned()
    };
    let own_cwe = result.properties.as_ref().and_then(|properties| {
        [&properties.cwe, &properties.tags]
            .into_iter()
            .flatten()
            .find_map(|list| list.iter().find_map(find_cwe))
    });
    finding.cwe = own_cwe
        .or(facts.and_then(|f| f.cwe))
        .or_else(|| find_cwe(&message));
    if facts.is_some_and(|f| f.secret) {
        finding.kind = Kind::Secret;
    }
    if result.suppressions.as_ref().is_some_and(|s| !s.is_empty()) {
        finding.tool_status = Some("suppressed".to_owned());
    }
    if let Some(help) = facts.map(|f| &f.help).filter(|help| !help.is_empty()) {
        finding.references.push(help.clone());
    }
    let fingerprints = result
        .partial_fingerprints
        .as_ref()
        .or(result.fingerprints.as_ref());
    if let Some((key, Argument::Text(value))) = fingerprints.and_then(|map| map.iter().next()) {
        finding.tool_fingerprint = Some(format!("{key}={value}"));
    }
    finding
}

fn locate(finding: &mut Finding, location: &Location<'_>, artifacts: &[Artifact<'_>]) {
    let Some(physical) = &location.physical_location else {
        return;
    };
    let artifact = physical.artifact_location.as_ref();
    let mut uri = artifact.map(|a| text(&a.uri)).unwrap_or_default();
    if uri.is_empty()
        && let Some(indexed) = artifact
            .and_then(|a| a.index)
            .and_then(|i| artifacts.get(usize::try_from(i).ok()?))
    {
        uri = indexed
            .location
            .as_ref()
            .map(|l| text(&l.uri))
            .unwrap_or_default();
    }
    uri.clone_into(&mut finding.file_path);
    if let Some(region) = &physical.region {
        finding.line = region
            .start_line
            .and_then(|line| u32::try_from(line).ok())
            .filter(|line| *line > 0);
        message_text(&region.snippet).clone_into(&mut finding.snippet);
    }
}
