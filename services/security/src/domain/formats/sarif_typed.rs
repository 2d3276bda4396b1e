//! The fast path for SARIF: the report is deserialised straight into typed,
//! borrowing structs (no `serde_json::Value` tree, strings borrowed from the
//! input unless escaped), which is several times faster and lighter than the
//! general path. It yields exactly what [`super::sarif`] yields; a report it
//! cannot read (a field of an unexpected type, say) goes to that lenient path,
//! which also words the error.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};

use super::sarif::{NOT_FAILURES, RuleFacts, kind_of, level_severity, per_location};
use crate::domain::finding::{Finding, Kind, Severity, Shared, find_cwe};
use crate::domain::secrets::is_secret_tag;

type Text<'a> = Cow<'a, str>;

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
        id: text(&rule.id).into(),
        cwe: candidates.iter().find_map(|candidate| find_cwe(candidate)),
        description: message_text(&rule.full_description).into(),
        help: text(&rule.help_uri).into(),
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
///
/// A run's results are turned into findings as they are read, one at a time,
/// when the run's `tool` came before them (as every scanner writes it): the
/// typed results of a whole report are never held at once. A run that lists
/// its results first is read whole and converted at its end; locations that
/// name an artifact by index before the run's `artifacts` were read are
/// completed once they are. Either way the findings, and their order, are
/// those of the general path.
pub(super) fn parse(bytes: &[u8]) -> Option<Vec<Finding>> {
    // Room for a finding per result (each has one `ruleId`, as scanners write
    // them), so the list is not copied as it doubles: a quick count spares
    // large reports a transient of one and a half times their findings. At
    // most one per 256 bytes of report (a real result is larger), so a report
    // made of `"ruleId"` strings cannot make it reserve more than about twice
    // its size — address space mostly, as pages never written are not resident.
    let results = memchr::memmem::find_iter(bytes, br#""ruleId""#).count();
    let mut findings = Vec::with_capacity(results.min(bytes.len() / 256));
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let versioned = LogSeed {
        findings: &mut findings,
    }
    .deserialize(&mut deserializer)
    .ok()?;
    deserializer.end().ok()?;
    versioned.then_some(findings)
}

/// The log: `version` (required by the fast path) and `runs`.
struct LogSeed<'f> {
    findings: &'f mut Vec<Finding>,
}

impl<'de> DeserializeSeed<'de> for LogSeed<'_> {
    /// Whether the log has a version.
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LogSeed<'_> {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a SARIF log")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut version: Option<Option<Text<'de>>> = None;
        let mut runs = false;
        while let Some(key) = map.next_key::<Cow<'_, str>>()? {
            match key.as_ref() {
                "version" if version.is_none() => version = Some(map.next_value()?),
                "runs" if !runs => {
                    runs = true;
                    map.next_value_seed(RunsSeed {
                        findings: &mut *self.findings,
                    })?;
                }
                "version" | "runs" => return Err(A::Error::custom("duplicate field")),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !runs {
            return Err(A::Error::missing_field("runs"));
        }
        Ok(version.flatten().is_some())
    }
}

/// The list of runs, each converted as it is read.
struct RunsSeed<'f> {
    findings: &'f mut Vec<Finding>,
}

impl<'de> DeserializeSeed<'de> for RunsSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RunsSeed<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list of runs")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(RunSeed {
                findings: &mut *self.findings,
            })?
            .is_some()
        {}
        Ok(())
    }
}

/// One run: its tool, artifacts and results.
struct RunSeed<'f> {
    findings: &'f mut Vec<Finding>,
}

impl<'de> DeserializeSeed<'de> for RunSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RunSeed<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a run")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut tool: Option<Option<Tool<'de>>> = None;
        let mut artifacts: Option<Option<Vec<Artifact<'de>>>> = None;
        let mut results_read = false;
        let mut held: Vec<SarifResult<'de>> = Vec::new();
        let mut pending = Vec::new();
        while let Some(key) = map.next_key::<Cow<'_, str>>()? {
            match key.as_ref() {
                "tool" if tool.is_none() => tool = Some(map.next_value()?),
                "artifacts" if artifacts.is_none() => {
                    artifacts = Some(map.next_value()?);
                }
                "results" if !results_read => {
                    results_read = true;
                    match &tool {
                        Some(tool) => {
                            let run = RunContext::new(tool.as_ref(), artifacts.as_ref());
                            map.next_value_seed(ResultsSeed {
                                run: &run,
                                findings: &mut *self.findings,
                                pending: &mut pending,
                            })?;
                        }
                        None => {
                            held = map
                                .next_value::<Option<Vec<SarifResult<'de>>>>()?
                                .unwrap_or_default();
                        }
                    }
                }
                "tool" | "artifacts" | "results" => {
                    return Err(A::Error::custom("duplicate field"));
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let tool = tool.flatten();
        let artifacts = artifacts.flatten();
        if !held.is_empty() {
            // Every member is read by now: artifacts absent are none at all.
            let run = RunContext::new(tool.as_ref(), Some(&artifacts));
            for result in &held {
                run.convert(result, self.findings, &mut pending);
            }
        }
        let listed = artifacts.as_deref().unwrap_or_default();
        for (position, index) in pending {
            if let Some(finding) = self.findings.get_mut(position) {
                artifact_uri(listed, index).clone_into(&mut finding.file_path);
            }
        }
        Ok(())
    }
}

/// A run's results, converted one by one as they are read.
struct ResultsSeed<'r, 'a, 'f> {
    run: &'r RunContext<'a>,
    findings: &'f mut Vec<Finding>,
    pending: &'f mut Vec<(usize, u64)>,
}

impl<'de> DeserializeSeed<'de> for ResultsSeed<'_, '_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for ResultsSeed<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a list of results")
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(result) = seq.next_element::<SarifResult<'_>>()? {
            self.run.convert(&result, self.findings, self.pending);
        }
        Ok(())
    }
}

/// What converting a run's results needs: its tool, rules and artifacts.
struct RunContext<'a> {
    tool: Shared,
    rules: &'a [Rule<'a>],
    facts: Vec<RuleFacts>,
    by_id: HashMap<&'a str, usize>,
    /// `None` while the run's artifacts have not been read.
    artifacts: Option<&'a [Artifact<'a>]>,
}

impl<'a> RunContext<'a> {
    fn new(tool: Option<&'a Tool<'a>>, artifacts: Option<&'a Option<Vec<Artifact<'a>>>>) -> Self {
        let driver = tool.and_then(|tool| tool.driver.as_ref());
        let rules = driver.and_then(|d| d.rules.as_deref()).unwrap_or_default();
        Self {
            tool: driver.map(|d| text(&d.name)).unwrap_or_default().into(),
            rules,
            facts: rules.iter().map(rule_facts).collect(),
            by_id: rules
                .iter()
                .enumerate()
                .map(|(index, rule)| (text(&rule.id), index))
                .collect(),
            artifacts: artifacts.map(|listed| listed.as_deref().unwrap_or_default()),
        }
    }

    /// Appends the findings of one result (one per location); a location
    /// naming an artifact not read yet is noted in `pending` as (finding's
    /// position, artifact index).
    fn convert(
        &self,
        result: &SarifResult<'_>,
        findings: &mut Vec<Finding>,
        pending: &mut Vec<(usize, u64)>,
    ) {
        if NOT_FAILURES.contains(&text(&result.kind)) {
            return;
        }
        let index = result
            .rule_index
            .and_then(|i| usize::try_from(i).ok())
            .filter(|index| *index < self.rules.len())
            .or_else(|| self.by_id.get(text(&result.rule_id)).copied());
        let (rule, facts) = match index {
            Some(index) => (Some(&self.rules[index]), Some(&self.facts[index])),
            None => (None, None),
        };
        let base = base_finding(&self.tool, rule, facts, result);
        let locations = result.locations.as_deref().unwrap_or_default();
        let first = findings.len();
        let located = std::cell::Cell::new(0);
        let waiting = std::cell::RefCell::new(pending);
        per_location(findings, base, locations, |finding, location| {
            let position = first + located.get();
            located.set(located.get() + 1);
            if let Some(index) = locate(finding, location, self.artifacts) {
                waiting.borrow_mut().push((position, index));
            }
        });
    }
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
    tool: &Shared,
    rule: Option<&Rule<'_>>,
    facts: Option<&RuleFacts>,
    result: &SarifResult<'_>,
) -> Finding {
    let message = render(result, rule);
    let named = text(&result.rule_id);
    let rule_id = facts.map_or_else(|| named.into(), |facts| facts.rule_id(named));
    let mut finding = Finding::of_rule(
        tool.clone(),
        rule_id,
        &message,
        severity(result, rule, facts),
        kind_of(tool),
    );
    finding.description =
        facts.map_or_else(|| message.as_str().into(), |f| f.description_or(&message));
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

/// Fills a finding's place from one location; returns the artifact index
/// the location names when the run's artifacts have not been read yet.
fn locate(
    finding: &mut Finding,
    location: &Location<'_>,
    artifacts: Option<&[Artifact<'_>]>,
) -> Option<u64> {
    let physical = location.physical_location.as_ref()?;
    let artifact = physical.artifact_location.as_ref();
    let mut uri = artifact.map(|a| text(&a.uri)).unwrap_or_default();
    let mut waiting = None;
    if uri.is_empty()
        && let Some(index) = artifact.and_then(|a| a.index)
    {
        match artifacts {
            Some(listed) => uri = artifact_uri(listed, index),
            None => waiting = Some(index),
        }
    }
    uri.clone_into(&mut finding.file_path);
    if let Some(region) = &physical.region {
        finding.line = region
            .start_line
            .and_then(|line| u32::try_from(line).ok())
            .filter(|line| *line > 0);
        message_text(&region.snippet).clone_into(&mut finding.snippet);
    }
    waiting
}

/// The URI of the run's artifact `index` ("" when there is none).
fn artifact_uri<'b>(artifacts: &'b [Artifact<'_>], index: u64) -> &'b str {
    usize::try_from(index)
        .ok()
        .and_then(|index| artifacts.get(index))
        .and_then(|artifact| artifact.location.as_ref())
        .map(|location| text(&location.uri))
        .unwrap_or_default()
}
