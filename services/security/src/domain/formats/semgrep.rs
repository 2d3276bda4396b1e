//! Semgrep JSON: code findings from `semgrep --json`, and dependency findings
//! from the Semgrep Supply Chain API (`vulns` with advisories).

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Confidence, Finding, Kind, Severity, Shared, find_cwe};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    if report.get("vulns").is_some_and(Value::is_array) {
        return Ok(items(report, "vulns").iter().map(supply_chain).collect());
    }
    if !report.get("results").is_some_and(Value::is_array) {
        return Err(ParseError::at(
            Format::SemgrepJson,
            "$.results",
            "expected an array of results",
        ));
    }
    Ok(items(report, "results").iter().map(finding).collect())
}

fn finding(result: &Value) -> Finding {
    let extra = result.get("extra").unwrap_or(&Value::Null);
    let metadata = extra.get("metadata").unwrap_or(&Value::Null);
    let severity = Severity::from_word(match text(extra, "severity") {
        "ERROR" => "high",
        "WARNING" => "medium",
        "INFO" => "low",
        other => other,
    })
    .unwrap_or(Severity::Medium);
    let rule_id = text(result, "check_id");
    let message = text(extra, "message");
    let title = message.lines().next().unwrap_or(rule_id);
    let mut finding = Finding::new("semgrep", rule_id, title, severity, Kind::Sast);
    finding.description = message.into();
    finding.file_path = text(result, "path").to_owned();
    finding.line = line(result.get("start").and_then(|start| start.get("line")));
    finding.snippet = text(extra, "lines").to_owned();
    finding.cwe = match metadata.get("cwe") {
        Some(Value::String(cwe)) => find_cwe(cwe),
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).find_map(find_cwe),
        _ => None,
    };
    finding.references = items(metadata, "references")
        .iter()
        .filter_map(|r| r.as_str().map(str::to_owned))
        .map(Shared::from)
        .collect();
    text(extra, "fix").clone_into(&mut finding.remediation);
    finding.confidence = Confidence::from_word(text(metadata, "confidence"));
    // Semgrep's fingerprint is stable across line moves; without a login it is a placeholder.
    let fingerprint = text(extra, "fingerprint");
    if !fingerprint.is_empty() && fingerprint != "requires login" {
        finding.tool_fingerprint = Some(fingerprint.to_owned());
    }
    finding
}

fn supply_chain(vuln: &Value) -> Finding {
    let advisory = vuln.get("advisory").unwrap_or(&Value::Null);
    let references = advisory.get("references").unwrap_or(&Value::Null);
    let severity = Severity::from_word(text(advisory, "severity")).unwrap_or(Severity::Medium);
    let title = match text(vuln, "title") {
        "" => text(advisory, "title"),
        title => title,
    };
    let mut finding = Finding::new(
        "semgrep",
        text(advisory, "ruleId"),
        title,
        severity,
        Kind::Dependency,
    );
    finding.description = text(advisory, "description").into();
    finding.cve_id = items(references, "cveIds")
        .first()
        .and_then(Value::as_str)
        .map(str::to_owned);
    finding.cwe = items(references, "cweIds")
        .iter()
        .filter_map(Value::as_str)
        .find_map(find_cwe);
    finding.references = items(references, "urls")
        .iter()
        .filter_map(|u| u.as_str().map(str::to_owned))
        .map(Shared::from)
        .collect();
    let location = vuln.get("dependencyFileLocation").unwrap_or(&Value::Null);
    // The API lists the vulnerabilities of every repository of a deployment:
    // each names its repository, which is where the lock file is.
    let repository = text(vuln, "repositoryName");
    finding.file_path = match repository {
        "" => text(location, "path").to_owned(),
        repository => format!("{repository}/{}", text(location, "path")),
    };
    finding.origin = Some(repository.to_owned()).filter(|name| !name.is_empty());
    finding.line = line(location.get("startLine"));
    let dependency = vuln.get("matchedDependency").unwrap_or(&Value::Null);
    let safe = vuln.get("closestSafeDependency").unwrap_or(&Value::Null);
    finding.component = Some(Box::new(Component {
        name: text(dependency, "name").to_owned(),
        version: text(dependency, "versionSpecifier").to_owned(),
        fixed_version: text(safe, "versionSpecifier").to_owned(),
        ecosystem: text(advisory, "ecosystem").to_owned(),
        purl: String::new(),
    }));
    finding
}
