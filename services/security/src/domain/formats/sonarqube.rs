//! SonarQube: the web API's `api/issues/search` and `api/hotspots/search`
//! responses, and the JSON report of `sonar-report`. SonarQube's scale sits one
//! step above ours (its CRITICAL is our High).

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Finding, Kind, Severity, find_cwe};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    if !report.is_object() {
        return Err(ParseError::at(
            Format::SonarqubeJson,
            "$",
            "expected a SonarQube response object",
        ));
    }
    let mut findings: Vec<Finding> = items(report, "issues").iter().map(issue).collect();
    findings.extend(items(report, "hotspots").iter().map(hotspot));
    Ok(findings)
}

fn severity(word: &str) -> Severity {
    match word.to_ascii_uppercase().as_str() {
        "BLOCKER" => Severity::Critical,
        "CRITICAL" | "HIGH" => Severity::High,
        "MAJOR" | "MEDIUM" => Severity::Medium,
        "MINOR" | "LOW" => Severity::Low,
        _ => Severity::Info,
    }
}

/// `project:path/to/file` → `path/to/file`.
fn file_of(component: &str) -> &str {
    component
        .split_once(':')
        .map_or(component, |(_, path)| path)
}

fn find_cve(text: &str) -> Option<String> {
    let start = text.find("CVE-")?;
    let id: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    (id.len() > 8).then_some(id)
}

fn issue(issue: &Value) -> Finding {
    let rule = text(issue, "rule");
    let key = text(issue, "key");
    let message = text(issue, "message");
    let kind = match text(issue, "type") {
        "VULNERABILITY" if rule.contains("KnownVulnerability") => Kind::Dependency,
        _ => Kind::Sast,
    };
    let mut finding = Finding::new(
        "sonarqube",
        rule,
        &format!("{rule}_{key}"),
        severity(text(issue, "severity")),
        kind,
    );
    finding.description = match text(issue, "description") {
        "" => message.to_owned(),
        description => format!("{description}\n\n{message}"),
    }
    .into();
    finding.file_path = file_of(text(issue, "component")).to_owned();
    finding.line = line(issue.get("line")).or_else(|| {
        issue
            .get("textRange")
            .and_then(|r| line(r.get("startLine")))
    });
    finding.cwe = find_cwe(message);
    finding.cve_id = find_cve(message);
    finding.tool_fingerprint = Some(key.to_owned()).filter(|key| !key.is_empty());
    // Dependency-Check's plugin writes `Filename: name:version | Reference: CVE-… | …`.
    if let Some(file) = message
        .split('|')
        .next()
        .and_then(|part| part.trim().strip_prefix("Filename:"))
    {
        let (name, version) = file.trim().rsplit_once(':').unwrap_or((file.trim(), ""));
        finding.component = Some(Box::new(Component {
            name: name.to_owned(),
            version: version.to_owned(),
            ..Component::default()
        }));
    }
    finding
}

fn hotspot(hotspot: &Value) -> Finding {
    let rule = text(hotspot, "ruleKey");
    let key = text(hotspot, "key");
    let title = format!("{rule}_{key}");
    let mut finding = Finding::new(
        "sonarqube",
        rule,
        &title,
        severity(text(hotspot, "vulnerabilityProbability")),
        Kind::Sast,
    );
    finding.description = format!(
        "{} (security category: {})",
        text(hotspot, "message"),
        text(hotspot, "securityCategory")
    )
    .into();
    finding.file_path = file_of(text(hotspot, "component")).to_owned();
    finding.line = line(hotspot.get("line"));
    finding.tool_fingerprint = Some(key.to_owned()).filter(|key| !key.is_empty());
    finding
}
