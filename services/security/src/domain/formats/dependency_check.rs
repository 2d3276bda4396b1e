//! OWASP Dependency-Check reports, XML (`analysis`) and JSON (`reportSchema`):
//! one finding per vulnerability of each dependency, suppressed ones included
//! and marked `suppressed`. Both are read into the same shape first.

use roxmltree::Node;
use serde_json::Value;

use super::json::{items, text};
use super::xml::{child, child_text, children, descendants};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Cvss, Finding, Kind, Severity, find_cwe};

/// One vulnerability of a dependency, whichever syntax it came from.
#[derive(Default)]
struct Vulnerability<'a> {
    name: &'a str,
    severity: &'a str,
    cvss3_severity: &'a str,
    cvss3_score: Option<f64>,
    cvss3_vector: String,
    cvss2_score: Option<f64>,
    description: &'a str,
    cwes: Vec<&'a str>,
    references: Vec<&'a str>,
    suppressed: bool,
}

pub(super) fn parse(root: Node<'_, '_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for dependency in descendants(root, "dependency") {
        let Some(vulnerabilities) = child(dependency, "vulnerabilities") else {
            continue;
        };
        let purl = child(dependency, "identifiers")
            .into_iter()
            .flat_map(|identifiers| children(identifiers, "package"))
            .map(|package| child_text(package, "id"))
            .next()
            .unwrap_or_default();
        let file_name = child_text(dependency, "fileName");
        let component = component(purl, file_name);
        for node in vulnerabilities.children().filter(|node| node.is_element()) {
            let suppressed = match node.tag_name().name() {
                "vulnerability" => false,
                "suppressedVulnerability" => true,
                _ => continue,
            };
            let cvss3 = child(node, "cvssV3");
            let score = |parent: Option<Node<'_, '_>>, key| {
                parent.and_then(|p| child_text(p, key).parse::<f64>().ok())
            };
            let vulnerability = Vulnerability {
                name: child_text(node, "name"),
                severity: child_text(node, "severity"),
                cvss3_severity: cvss3
                    .map(|c| child_text(c, "baseSeverity"))
                    .unwrap_or_default(),
                cvss3_score: score(cvss3, "baseScore"),
                cvss3_vector: String::new(),
                cvss2_score: score(child(node, "cvssV2"), "score"),
                description: child_text(node, "description"),
                cwes: child(node, "cwes")
                    .into_iter()
                    .flat_map(|cwes| children(cwes, "cwe"))
                    .filter_map(|cwe| cwe.text())
                    .collect(),
                references: child(node, "references")
                    .into_iter()
                    .flat_map(|references| children(references, "reference"))
                    .map(|reference| child_text(reference, "url"))
                    .collect(),
                suppressed,
            };
            findings.push(finding(&vulnerability, &component, file_name));
        }
    }
    findings
}

pub(super) fn parse_json(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let dependencies = match report.get("dependencies") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(dependencies)) => dependencies,
        Some(_) => {
            return Err(ParseError::at(
                Format::DependencyCheckJson,
                "$.dependencies",
                "expected an array of dependencies",
            ));
        }
    };
    let mut findings = Vec::new();
    for dependency in dependencies {
        let purl = items(dependency, "packages")
            .iter()
            .map(|package| text(package, "id"))
            .find(|id| id.starts_with("pkg:"))
            .unwrap_or_default();
        let file_name = text(dependency, "fileName");
        let component = component(purl, file_name);
        for (suppressed, key) in [
            (false, "vulnerabilities"),
            (true, "suppressedVulnerabilities"),
        ] {
            for node in items(dependency, key) {
                let cvss3 = node.get("cvssv3").unwrap_or(&Value::Null);
                let vulnerability = Vulnerability {
                    name: text(node, "name"),
                    severity: text(node, "severity"),
                    cvss3_severity: text(cvss3, "baseSeverity"),
                    cvss3_score: cvss3.get("baseScore").and_then(Value::as_f64),
                    cvss3_vector: cvss3_vector(cvss3),
                    cvss2_score: node
                        .get("cvssv2")
                        .and_then(|cvss| cvss.get("score"))
                        .and_then(Value::as_f64),
                    description: text(node, "description"),
                    cwes: items(node, "cwes")
                        .iter()
                        .filter_map(Value::as_str)
                        .collect(),
                    references: items(node, "references")
                        .iter()
                        .map(|reference| text(reference, "url"))
                        .collect(),
                    suppressed,
                };
                findings.push(finding(&vulnerability, &component, file_name));
            }
        }
    }
    Ok(findings)
}

/// Dependency-Check 8+ writes the CVSS v3 metrics one by one; the vector is rebuilt from them.
fn cvss3_vector(cvss: &Value) -> String {
    let metric = |key: &str| text(cvss, key).chars().next().unwrap_or_default();
    let parts = [
        ("AV", metric("attackVector")),
        ("AC", metric("attackComplexity")),
        ("PR", metric("privilegesRequired")),
        ("UI", metric("userInteraction")),
        ("S", metric("scope")),
        ("C", metric("confidentialityImpact")),
        ("I", metric("integrityImpact")),
        ("A", metric("availabilityImpact")),
    ];
    if parts.iter().any(|(_, value)| *value == char::default()) {
        return String::new();
    }
    let version = match text(cvss, "version") {
        "" => "3.1",
        version => version,
    };
    let metrics: Vec<String> = parts
        .iter()
        .map(|(key, value)| format!("{key}:{value}"))
        .collect();
    format!("CVSS:{version}/{}", metrics.join("/"))
}

/// The package a dependency is, from its package URL (`pkg:maven/group/artifact@version`).
fn component(purl: &str, file_name: &str) -> Component {
    let (path, version) = purl.split_once('@').unwrap_or((purl, ""));
    let mut parts = path.trim_start_matches("pkg:").splitn(2, '/');
    let ecosystem = parts.next().unwrap_or_default();
    let name = parts.next().unwrap_or_default().replace('/', ":");
    Component {
        name: if name.is_empty() {
            file_name.to_owned()
        } else {
            name
        },
        version: version
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_owned(),
        fixed_version: String::new(),
        ecosystem: ecosystem.to_owned(),
        purl: purl.to_owned(),
    }
}

fn finding(vulnerability: &Vulnerability<'_>, component: &Component, file_name: &str) -> Finding {
    let id = vulnerability.name;
    let severity_word = match vulnerability.severity {
        "" => vulnerability.cvss3_severity,
        word => word,
    };
    let severity = Severity::from_word(severity_word).unwrap_or(Severity::Medium);
    let label = if component.version.is_empty() {
        component.name.clone()
    } else {
        format!("{}:{}", component.name, component.version)
    };
    let mut finding = Finding::new(
        "dependency-check",
        id,
        &format!("{label} | {id}"),
        severity,
        Kind::Dependency,
    );
    vulnerability
        .description
        .clone_into(&mut finding.description);
    finding.file_path = file_name.to_owned();
    finding.cve_id = id.starts_with("CVE-").then(|| id.to_owned());
    finding.cwe = vulnerability.cwes.iter().find_map(|cwe| find_cwe(cwe));
    finding.cvss = Cvss::of(vulnerability.cvss3_score, &vulnerability.cvss3_vector)
        .or_else(|| Cvss::of(vulnerability.cvss2_score, ""));
    if let Some(cvss) = finding.cvss.as_mut().filter(|cvss| cvss.version.is_empty()) {
        cvss.version = if vulnerability.cvss3_score.is_some() {
            "3"
        } else {
            "2"
        }
        .to_owned();
    }
    finding.component = Some(component.clone());
    finding.references = vulnerability
        .references
        .iter()
        .filter(|url| !url.is_empty())
        .map(|url| (*url).to_owned())
        .collect();
    if vulnerability.suppressed {
        finding.tool_status = Some("suppressed".to_owned());
    }
    finding
}
