//! `npm audit --json`: v6 (`advisories`, one finding per advisory) and v7+
//! (`vulnerabilities`, one finding per vulnerable package, described by its
//! first advisory).

use serde_json::Value;

use super::json::{items, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Cvss, Finding, Kind, Severity, find_cwe};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    if let Some(advisories) = report.get("advisories") {
        let advisories = advisories.as_object().ok_or_else(|| {
            ParseError::at(Format::NpmAuditJson, "$.advisories", "expected an object")
        })?;
        return Ok(advisories.values().map(version_6).collect());
    }
    let vulnerabilities = report
        .get("vulnerabilities")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            ParseError::at(
                Format::NpmAuditJson,
                "$.vulnerabilities",
                "expected an object",
            )
        })?;
    Ok(vulnerabilities
        .iter()
        .map(|(name, vulnerability)| version_7(name, vulnerability))
        .collect())
}

fn severity(word: &str) -> Severity {
    Severity::from_word(word).unwrap_or(Severity::Medium)
}

fn cwe_of(value: Option<&Value>) -> Option<u32> {
    match value? {
        Value::String(text) => find_cwe(text),
        Value::Array(list) => list.iter().filter_map(Value::as_str).find_map(find_cwe),
        _ => None,
    }
}

fn version_6(advisory: &Value) -> Finding {
    let module = text(advisory, "module_name");
    let id = advisory
        .get("id")
        .map(|id| id.to_string().trim_matches('"').to_owned())
        .unwrap_or_default();
    let mut finding = Finding::new(
        "npm audit",
        &id,
        text(advisory, "title"),
        severity(text(advisory, "severity")),
        Kind::Dependency,
    );
    finding.description = text(advisory, "overview").into();
    finding.cwe = cwe_of(advisory.get("cwe"));
    finding.cve_id = items(advisory, "cves")
        .first()
        .and_then(Value::as_str)
        .map(str::to_owned);
    let first = items(advisory, "findings").first().unwrap_or(&Value::Null);
    finding.file_path = items(first, "paths")
        .first()
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    finding.component = Some(Box::new(Component {
        name: module.to_owned(),
        version: text(first, "version").to_owned(),
        fixed_version: text(advisory, "patched_versions").to_owned(),
        ecosystem: "npm".to_owned(),
        purl: String::new(),
    }));
    text(advisory, "recommendation").clone_into(&mut finding.remediation);
    finding.cvss = cvss_of(advisory).map(Box::new);
    let url = text(advisory, "url");
    if !url.is_empty() {
        finding.references.push(url.into());
    }
    finding
}

fn version_7(name: &str, vulnerability: &Value) -> Finding {
    let advisory = items(vulnerability, "via")
        .iter()
        .find(|via| via.is_object())
        .unwrap_or(&Value::Null);
    let title = match text(advisory, "title") {
        "" => format!(
            "{name} is vulnerable through {}",
            items(vulnerability, "via")
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        title => title.to_owned(),
    };
    let rule = advisory
        .get("source")
        .map(ToString::to_string)
        .unwrap_or_else(|| name.to_owned());
    let mut finding = Finding::new(
        "npm audit",
        &rule,
        &title,
        severity(text(vulnerability, "severity")),
        Kind::Dependency,
    );
    finding.cwe = cwe_of(advisory.get("cwe"));
    finding.file_path = items(vulnerability, "nodes")
        .first()
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let fixed = match vulnerability.get("fixAvailable") {
        Some(Value::Object(fix)) => text(&Value::Object(fix.clone()), "version").to_owned(),
        _ => String::new(),
    };
    finding.component = Some(Box::new(Component {
        name: name.to_owned(),
        version: text(vulnerability, "range").to_owned(),
        fixed_version: fixed,
        ecosystem: "npm".to_owned(),
        purl: String::new(),
    }));
    finding.cvss = cvss_of(advisory).map(Box::new);
    if let Some(Value::Object(fix)) = vulnerability.get("fixAvailable") {
        let fix = Value::Object(fix.clone());
        finding.remediation = format!(
            "Upgrade {} to {}.",
            text(&fix, "name"),
            text(&fix, "version")
        );
    }
    let url = text(advisory, "url");
    if !url.is_empty() {
        finding.references.push(url.into());
    }
    finding
}

/// The advisory's CVSS (`{"score": 9.8, "vectorString": "CVSS:3.1/…"}`); npm writes a zero score when it has none.
fn cvss_of(advisory: &Value) -> Option<Cvss> {
    let cvss = advisory.get("cvss")?;
    let score = cvss
        .get("score")
        .and_then(Value::as_f64)
        .filter(|score| *score > 0.0);
    let vector = match cvss.get("vectorString") {
        Some(Value::String(vector)) => vector.as_str(),
        _ => "",
    };
    Cvss::of(score, vector)
}
