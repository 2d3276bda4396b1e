//! GitLab security reports: SAST (`gl-sast-report.json`) and dependency
//! scanning (`gl-dependency-scanning-report.json`). GitLab's `cve` field is its
//! compare key, stable across pipelines, and serves as the tool fingerprint.

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Confidence, Finding, Kind, Severity, Shared, find_cwe};

pub(super) fn parse(report: &Value, format: Format) -> Result<Vec<Finding>, ParseError> {
    match report.get("vulnerabilities") {
        Some(Value::Array(vulnerabilities)) => {
            Ok(vulnerabilities.iter().map(|v| finding(v, format)).collect())
        }
        _ => Err(ParseError::at(
            format,
            "$.vulnerabilities",
            "expected an array",
        )),
    }
}

/// Whether a GitLab report is a dependency-scanning report.
pub(super) fn is_dependency_scanning(report: &Value) -> bool {
    let scan_type = report
        .get("scan")
        .map(|scan| text(scan, "type"))
        .unwrap_or_default();
    let names_a_package = |v: &Value| {
        let package = v
            .get("location")
            .and_then(|l| l.get("dependency"))
            .and_then(|d| d.get("package"));
        // SAST reports may carry an empty `dependency.package`; only a named package counts.
        package.is_some_and(|p| !text(p, "name").is_empty())
    };
    report.get("dependency_files").is_some()
        || scan_type == "dependency_scanning"
        || items(report, "vulnerabilities")
            .iter()
            .any(|v| text(v, "category") == "dependency_scanning" || names_a_package(v))
}

fn finding(vulnerability: &Value, format: Format) -> Finding {
    let tool = vulnerability
        .get("scanner")
        .map(|scanner| text(scanner, "name"))
        .unwrap_or("gitlab");
    let identifiers = items(vulnerability, "identifiers");
    let identifier = |kind: &str| {
        identifiers
            .iter()
            .find(|id| text(id, "type").eq_ignore_ascii_case(kind))
    };
    let rule = identifiers
        .first()
        .map(|id| text(id, "value"))
        .unwrap_or_default();
    let title = match text(vulnerability, "name") {
        "" => text(vulnerability, "message"),
        name => name,
    };
    let severity = Severity::from_word(text(vulnerability, "severity")).unwrap_or(Severity::Info);
    let kind = match (format, text(vulnerability, "category")) {
        (Format::GitlabDependencyScanningJson, _) | (_, "dependency_scanning") => Kind::Dependency,
        (_, "secret_detection") => Kind::Secret,
        (_, "container_scanning") => Kind::Container,
        _ => Kind::Sast,
    };
    let mut finding = Finding::new(tool, rule, title, severity, kind);
    finding.description = text(vulnerability, "description").into();
    let location = vulnerability.get("location").unwrap_or(&Value::Null);
    finding.file_path = text(location, "file").to_owned();
    finding.line = line(location.get("start_line"));
    finding.cwe = identifier("cwe").and_then(|id| find_cwe(&format!("CWE-{}", text(id, "value"))));
    finding.cve_id = identifier("cve")
        .map(|id| text(id, "value").to_owned())
        .filter(|cve| cve.starts_with("CVE-"));
    if let Some(dependency) = location.get("dependency") {
        let package = dependency
            .get("package")
            .map(|p| text(p, "name"))
            .unwrap_or_default();
        finding.component = Some(Box::new(Component {
            name: package.to_owned(),
            version: text(dependency, "version").to_owned(),
            fixed_version: String::new(),
            ecosystem: text(location, "package_manager").to_owned(),
            purl: String::new(),
        }));
    }
    text(vulnerability, "solution").clone_into(&mut finding.remediation);
    finding.confidence = Confidence::from_word(text(vulnerability, "confidence"));
    {}
    let compare_key = text(vulnerability, "cve");
    if !compare_key.is_empty() {
        finding.tool_fingerprint = Some(compare_key.to_owned());
    }
    finding.references = items(vulnerability, "links")
        .iter()
        .map(|link| text(link, "url").to_owned())
        .map(Shared::from)
        .collect();
    finding.references.extend(
        identifiers
            .iter()
            .map(|id| Shared::from(text(id, "url")))
            .filter(|url| !url.is_empty()),
    );
    finding
}
