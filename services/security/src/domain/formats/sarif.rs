//! SARIF 2.1.0: one finding per location of every failing result. Severity comes
//! from `security-severity` (rule or result) when present, else the result's
//! level, else the rule's default level; messages may be templates in the
//! rule's `messageStrings`.

use std::collections::HashMap;

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Finding, Kind, Severity, Shared, find_cwe};
use crate::domain::secrets::is_secret_tag;

/// Result kinds that are not problems.
pub(super) const NOT_FAILURES: [&str; 4] = ["pass", "notApplicable", "informational", "review"];

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let runs = report
        .get("runs")
        .and_then(Value::as_array)
        .ok_or_else(|| ParseError::at(Format::Sarif, "$.runs", "expected an array of runs"))?;
    let mut findings = Vec::new();
    for (run_index, run) in runs.iter().enumerate() {
        let driver = run
            .get("tool")
            .and_then(|tool| tool.get("driver"))
            .unwrap_or(&Value::Null);
        let tool: Shared = text(driver, "name").into();
        let rules = items(driver, "rules");
        // Rule facts are the same for every result of the rule: derive them once.
        let rule_facts: Vec<RuleFacts> = rules.iter().map(RuleFacts::of).collect();
        let no_rule = RuleFacts::none();
        let rule_index: HashMap<&str, usize> = rules
            .iter()
            .enumerate()
            .map(|(index, rule)| (text(rule, "id"), index))
            .collect();
        let artifacts = items(run, "artifacts");
        let results = match run.get("results") {
            None | Some(Value::Null) => continue,
            Some(Value::Array(results)) => results,
            Some(_) => {
                let location = format!("$.runs[{run_index}].results");
                return Err(ParseError::at(
                    Format::Sarif,
                    location,
                    "expected an array of results",
                ));
            }
        };
        for result in results {
            if NOT_FAILURES.contains(&text(result, "kind")) {
                continue;
            }
            let index = rule_position(rules, &rule_index, result);
            let (rule, facts) = match index {
                Some(index) => (&rules[index], &rule_facts[index]),
                None => (&Value::Null, &no_rule),
            };
            let base = base_finding(&tool, rule, facts, result);
            per_location(
                &mut findings,
                base,
                items(result, "locations"),
                |finding, location| {
                    locate(finding, location, artifacts);
                },
            );
        }
    }
    Ok(findings)
}

/// One finding per location of a result (the result itself when it has none),
/// the last one taking `base` without a copy. Shared with the typed path.
pub(super) fn per_location<L>(
    findings: &mut Vec<Finding>,
    base: Finding,
    locations: &[L],
    locate: impl Fn(&mut Finding, &L),
) {
    let Some((last, others)) = locations.split_last() else {
        findings.push(base);
        return;
    };
    for location in others {
        let mut finding = base.clone();
        locate(&mut finding, location);
        findings.push(finding);
    }
    let mut finding = base;
    locate(&mut finding, last);
    findings.push(finding);
}

/// What a rule contributes to each of its results (both SARIF paths).
pub(super) struct RuleFacts {
    /// The rule's id (empty when the result names no rule).
    pub(super) id: Shared,
    pub(super) cwe: Option<u32>,
    /// Its description, one copy for all its results.
    pub(super) description: Shared,
    /// Its help link (empty: none), one copy for all its results.
    pub(super) help: Shared,
    pub(super) security_severity: Option<f64>,
    /// The rule is tagged as a secret detector.
    pub(super) secret: bool,
}

impl RuleFacts {
    pub(super) fn none() -> RuleFacts {
        RuleFacts {
            id: Shared::default(),
            cwe: None,
            description: Shared::default(),
            help: Shared::default(),
            security_severity: None,
            secret: false,
        }
    }

    /// The id of a result that names `named` (empty: names none): the
    /// rule's own copy when it is the rule's.
    pub(super) fn rule_id(&self, named: &str) -> Shared {
        if named.is_empty() || named == &*self.id {
            self.id.clone()
        } else {
            named.into()
        }
    }

    /// A result's description: the rule's, or `message` when it has none.
    pub(super) fn description_or(&self, message: &str) -> Shared {
        if self.description.is_empty() {
            message.into()
        } else {
            self.description.clone()
        }
    }

    fn of(rule: &Value) -> Self {
        let mut candidates: Vec<String> = Vec::new();
        for key in ["cwe", "tags"] {
            match rule.get("properties").and_then(|p| p.get(key)) {
                Some(Value::String(text)) => candidates.push(text.clone()),
                Some(Value::Array(list)) => {
                    candidates.extend(list.iter().filter_map(|v| v.as_str().map(str::to_owned)))
                }
                _ => {}
            }
        }
        candidates.push(text(rule, "helpUri").to_owned());
        candidates.push(description(rule, "fullDescription").to_owned());
        candidates.push(description(rule, "shortDescription").to_owned());
        let tags = rule
            .get("properties")
            .and_then(|p| p.get("tags"))
            .and_then(Value::as_array);
        Self {
            id: text(rule, "id").into(),
            cwe: candidates.iter().find_map(|candidate| find_cwe(candidate)),
            description: description(rule, "fullDescription").into(),
            help: text(rule, "helpUri").into(),
            security_severity: security_severity(rule),
            secret: tags
                .is_some_and(|tags| tags.iter().filter_map(Value::as_str).any(is_secret_tag)),
        }
    }
}

fn rule_position(rules: &[Value], by_id: &HashMap<&str, usize>, result: &Value) -> Option<usize> {
    let by_index = result
        .get("ruleIndex")
        .and_then(Value::as_u64)
        .and_then(|i| usize::try_from(i).ok());
    by_index
        .filter(|index| *index < rules.len())
        .or_else(|| by_id.get(text(result, "ruleId")).copied())
}

fn message_text(result: &Value, rule: &Value) -> String {
    let message = result.get("message").unwrap_or(&Value::Null);
    let direct = text(message, "text");
    if !direct.is_empty() {
        return direct.to_owned();
    }
    let template = rule
        .get("messageStrings")
        .and_then(|strings| strings.get(text(message, "id")))
        .map(|entry| text(entry, "text"))
        .unwrap_or_default();
    let mut rendered = template.to_owned();
    for (index, argument) in items(message, "arguments").iter().enumerate() {
        rendered = rendered.replace(
            &format!("{{{index}}}"),
            argument.as_str().unwrap_or_default(),
        );
    }
    if rendered.is_empty() {
        description(rule, "shortDescription").to_owned()
    } else {
        rendered
    }
}

fn description<'a>(rule: &'a Value, key: &str) -> &'a str {
    rule.get(key)
        .map(|value| text(value, "text"))
        .unwrap_or_default()
}

fn security_severity(value: &Value) -> Option<f64> {
    let raw = value.get("properties")?.get("security-severity")?;
    raw.as_f64().or_else(|| raw.as_str()?.trim().parse().ok())
}

fn severity(result: &Value, rule: &Value, facts: &RuleFacts) -> Severity {
    if let Some(score) = security_severity(result).or(facts.security_severity) {
        return Severity::from_score(score);
    }
    let level = match text(result, "level") {
        "" => rule
            .get("defaultConfiguration")
            .map(|c| text(c, "level"))
            .unwrap_or_default(),
        level => level,
    };
    level_severity(level)
}

/// A SARIF `level` as a severity.
pub(super) fn level_severity(level: &str) -> Severity {
    match level {
        "error" => Severity::High,
        "note" => Severity::Low,
        "none" => Severity::Info,
        _ => Severity::Medium,
    }
}

fn cwe(result: &Value, facts: &RuleFacts, message: &str) -> Option<u32> {
    let from_result = ["cwe", "tags"].iter().find_map(|key| {
        match result.get("properties").and_then(|p| p.get(*key)) {
            Some(Value::String(text)) => find_cwe(text),
            Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).find_map(find_cwe),
            _ => None,
        }
    });
    from_result.or(facts.cwe).or_else(|| find_cwe(message))
}

pub(super) fn kind_of(tool: &str) -> Kind {
    let tool = tool.to_ascii_lowercase();
    if ["checkov", "kics", "tfsec", "terrascan"]
        .iter()
        .any(|name| tool.contains(name))
    {
        Kind::Iac
    } else if ["gitleaks", "trufflehog", "detect-secrets"]
        .iter()
        .any(|name| tool.contains(name))
    {
        Kind::Secret
    } else if [
        "dependency-check",
        "dependency check",
        "grype",
        "snyk open source",
    ]
    .iter()
    .any(|name| tool.contains(name))
    {
        Kind::Dependency
    } else {
        Kind::Sast
    }
}

fn base_finding(tool: &Shared, rule: &Value, facts: &RuleFacts, result: &Value) -> Finding {
    let message = message_text(result, rule);
    let mut finding = Finding::of_rule(
        tool.clone(),
        facts.rule_id(text(result, "ruleId")),
        &message,
        severity(result, rule, facts),
        kind_of(tool),
    );
    finding.description = facts.description_or(&message);
    finding.cwe = cwe(result, facts, &message);
    if facts.secret {
        finding.kind = Kind::Secret;
    }
    if !items(result, "suppressions").is_empty() {
        finding.tool_status = Some("suppressed".to_owned());
    }
    if !facts.help.is_empty() {
        finding.references.push(facts.help.clone());
    }
    let fingerprints = result
        .get("partialFingerprints")
        .or_else(|| result.get("fingerprints"));
    if let Some(Value::Object(map)) = fingerprints {
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort();
        finding.tool_fingerprint = keys
            .first()
            .and_then(|key| Some(format!("{key}={}", map[*key].as_str()?)));
    }
    finding
}

fn locate(finding: &mut Finding, location: &Value, artifacts: &[Value]) {
    let Some(physical) = location.get("physicalLocation") else {
        return;
    };
    let artifact = physical.get("artifactLocation").unwrap_or(&Value::Null);
    let mut uri = text(artifact, "uri").to_owned();
    if uri.is_empty()
        && let Some(indexed) = artifact
            .get("index")
            .and_then(Value::as_u64)
            .and_then(|i| artifacts.get(usize::try_from(i).ok()?))
    {
        uri = indexed
            .get("location")
            .map(|l| text(l, "uri"))
            .unwrap_or_default()
            .to_owned();
    }
    finding.file_path = uri;
    if let Some(region) = physical.get("region") {
        finding.line = line(region.get("startLine"));
        finding.snippet = region
            .get("snippet")
            .map(|s| text(s, "text"))
            .unwrap_or_default()
            .to_owned();
    }
}
