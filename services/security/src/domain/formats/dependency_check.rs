//! OWASP Dependency-Check XML: one finding per vulnerability of each dependency,
//! suppressed ones included and marked `suppressed`.

use roxmltree::Node;

use super::xml::{child, child_text, children, descendants};
use crate::domain::finding::{Component, Finding, Kind, Severity};

pub(super) fn parse(root: Node<'_, '_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for dependency in descendants(root, "dependency") {
        let Some(vulnerabilities) = child(dependency, "vulnerabilities") else {
            continue;
        };
        let component = component(dependency);
        for vulnerability in vulnerabilities.children().filter(|node| node.is_element()) {
            let suppressed = match vulnerability.tag_name().name() {
                "vulnerability" => false,
                "suppressedVulnerability" => true,
                _ => continue,
            };
            let mut finding = finding(
                vulnerability,
                &component,
                child_text(dependency, "fileName"),
            );
            if suppressed {
                finding.tool_status = Some("suppressed".to_owned());
            }
            findings.push(finding);
        }
    }
    findings
}

/// The package a dependency is, from its package URL (`pkg:maven/group/artifact@version`).
fn component(dependency: Node<'_, '_>) -> Component {
    let purl = child(dependency, "identifiers")
        .into_iter()
        .flat_map(|identifiers| children(identifiers, "package"))
        .map(|package| child_text(package, "id"))
        .next()
        .unwrap_or_default();
    let (path, version) = purl.split_once('@').unwrap_or((purl, ""));
    let mut parts = path.trim_start_matches("pkg:").splitn(2, '/');
    let ecosystem = parts.next().unwrap_or_default();
    let name = parts.next().unwrap_or_default().replace('/', ":");
    let file_name = child_text(dependency, "fileName");
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
    }
}

fn finding(vulnerability: Node<'_, '_>, component: &Component, file_name: &str) -> Finding {
    let id = child_text(vulnerability, "name");
    let severity_word = match child_text(vulnerability, "severity") {
        "" => child(vulnerability, "cvssV3")
            .map(|cvss| child_text(cvss, "baseSeverity"))
            .unwrap_or_default(),
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
    finding.description = child_text(vulnerability, "description").to_owned();
    finding.file_path = file_name.to_owned();
    finding.cve_id = id.starts_with("CVE-").then(|| id.to_owned());
    finding.cwe = child(vulnerability, "cwes")
        .and_then(|cwes| child(cwes, "cwe"))
        .and_then(|cwe| cwe.text())
        .and_then(crate::domain::finding::find_cwe);
    finding.component = Some(component.clone());
    finding.references = child(vulnerability, "references")
        .into_iter()
        .flat_map(|references| children(references, "reference"))
        .map(|reference| child_text(reference, "url").to_owned())
        .filter(|url| !url.is_empty())
        .collect();
    finding
}
