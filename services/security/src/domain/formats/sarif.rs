//! SARIF 2.1.0: one finding per location of every failing result. Severity comes
//! from `security-severity` (rule or result) when present, else the result's
//! level, else the rule's default level; messages may be templates in the
//! rule's `messageStrings`.

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Finding, Kind, Severity, find_cwe};

/// Result kinds that are not problems.
const NOT_FAILURES: [&str; 4] = ["pass", "notApplicable", "informational", "review"];

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
        let tool = text(driver, "name");
        let rules = items(driver, "rules");
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
            let rule = find_rule(rules, result);
            let base = base_finding(tool, rule, result);
            let locations = items(result, "locations");
            if locations.is_empty() {
                findings.push(base);
                continue;
            }
            for location in locations {
                let mut finding = base.clone();
                locate(&mut finding, location, artifacts);
                findings.push(finding);
            }
        }
    }
    Ok(findings)
}

fn find_rule<'a>(rules: &'a [Value], result: &Value) -> &'a Value {
    let by_index = result
        .get("ruleIndex")
        .and_then(Value::as_u64)
        .and_then(|i| rules.get(usize::try_from(i).ok()?));
    let id = text(result, "ruleId");
    by_index
        .or_else(|| {
            rules
                .iter()
                .find(|rule| !id.is_empty() && text(rule, "id") == id)
        })
        .unwrap_or(&Value::Null)
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

fn severity(result: &Value, rule: &Value) -> Severity {
    if let Some(score) = security_severity(result).or_else(|| security_severity(rule)) {
        return Severity::from_score(score);
    }
    let level = match text(result, "level") {
        "" => rule
            .get("defaultConfiguration")
            .map(|c| text(c, "level"))
            .unwrap_or_default(),
        level => level,
    };
    match level {
        "error" => Severity::High,
        "note" => Severity::Low,
        "none" => Severity::Info,
        _ => Severity::Medium,
    }
}

fn cwe(result: &Value, rule: &Value, message: &str) -> Option<u32> {
    let property =
        |value: &Value, key: &str| value.get("properties").and_then(|p| p.get(key)).cloned();
    let mut candidates: Vec<String> = Vec::new();
    for value in [
        property(result, "cwe"),
        property(rule, "cwe"),
        property(rule, "tags"),
        property(result, "tags"),
    ]
    .into_iter()
    .flatten()
    {
        match value {
            Value::String(text) => candidates.push(text),
            Value::Array(list) => {
                candidates.extend(list.iter().filter_map(|v| v.as_str().map(str::to_owned)))
            }
            _ => {}
        }
    }
    candidates.push(text(rule, "helpUri").to_owned());
    candidates.push(description(rule, "fullDescription").to_owned());
    candidates.push(description(rule, "shortDescription").to_owned());
    candidates.push(message.to_owned());
    candidates.iter().find_map(|candidate| find_cwe(candidate))
}

fn kind_of(tool: &str) -> Kind {
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

fn base_finding(tool: &str, rule: &Value, result: &Value) -> Finding {
    let message = message_text(result, rule);
    let rule_id = match text(result, "ruleId") {
        "" => text(rule, "id"),
        id => id,
    };
    let mut finding = Finding::new(
        tool,
        rule_id,
        &message,
        severity(result, rule),
        kind_of(tool),
    );
    finding.description = match description(rule, "fullDescription") {
        "" => message.clone(),
        full => full.to_owned(),
    };
    finding.cwe = cwe(result, rule, &message);
    if !items(result, "suppressions").is_empty() {
        finding.tool_status = Some("suppressed".to_owned());
    }
    let help = text(rule, "helpUri");
    if !help.is_empty() {
        finding.references.push(help.to_owned());
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
