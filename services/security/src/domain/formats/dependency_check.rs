//! OWASP Dependency-Check reports, XML (`analysis`) and JSON (`reportSchema`):
//! one finding per vulnerability of each dependency, suppressed ones included
//! and marked `suppressed`. Both are read into the same shape first.

use roxmltree::Node;
use serde_json::Value;

use super::json::{items, text};
use super::xml::{child, child_text, children, descendants};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Cvss, Finding, Kind, Severity, Shared, find_cwe};

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
        let file_name = child_text(dependency, "fileName");
        let purls: Vec<&str> = child(dependency, "identifiers")
            .into_iter()
            .flat_map(|identifiers| children(identifiers, "package"))
            .map(|package| child_text(package, "id"))
            .collect();
        let purl = match purl_of(&purls, file_name) {
            "" => pom_purl(dependency, file_name),
            purl => purl.to_owned(),
        };
        let component = component(&purl, file_name);
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
        let file_name = text(dependency, "fileName");
        let purls: Vec<&str> = items(dependency, "packages")
            .iter()
            .map(|package| text(package, "id"))
            .collect();
        let purl = purl_of(&purls, file_name);
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
/// The scanned file itself, without the archive it was found in
/// (`app.ear: dom4j-2.1.1.jar` → `dom4j-2.1.1.jar`).
fn base_file(file_name: &str) -> &str {
    file_name.rsplit(": ").next().unwrap_or(file_name).trim()
}

/// The package URL of the dependency: of the ones Dependency-Check names (a
/// shaded jar can name several), the one whose artifact the file is.
fn purl_of<'a>(purls: &[&'a str], file_name: &str) -> &'a str {
    let file = base_file(file_name).to_ascii_lowercase();
    let artifact = |purl: &str| {
        purl.split('@')
            .next()
            .and_then(|path| path.rsplit('/').next())
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let candidates: Vec<&str> = purls
        .iter()
        .copied()
        .filter(|purl| purl.starts_with("pkg:"))
        .collect();
    candidates
        .iter()
        .copied()
        .find(|purl| {
            let artifact = artifact(purl);
            !artifact.is_empty() && file.starts_with(&format!("{artifact}-"))
        })
        .or_else(|| candidates.first().copied())
        .unwrap_or_default()
}

/// A Maven package URL from the `pom` evidence Dependency-Check collected
/// (group and artifact id; the version from the evidence or the file name),
/// for reports that name no package; empty without that evidence.
fn pom_purl(dependency: Node<'_, '_>, file_name: &str) -> String {
    let evidence = |wanted: &str| {
        child(dependency, "evidenceCollected")
            .into_iter()
            .flat_map(|collected| children(collected, "evidence"))
            .find(|evidence| {
                child_text(*evidence, "source") == "pom"
                    && child_text(*evidence, "name").eq_ignore_ascii_case(wanted)
            })
            .map(|evidence| child_text(evidence, "value").trim().to_owned())
            .unwrap_or_default()
    };
    let (group, artifact) = (evidence("groupid"), evidence("artifactid"));
    if group.is_empty() || artifact.is_empty() {
        return String::new();
    }
    let version = match evidence("version") {
        version if !version.is_empty() => version,
        _ => component("", file_name).version,
    };
    format!("pkg:maven/{group}/{artifact}@{version}")
}

/// The package by its own coordinates (Maven `groupId:artifactId`, the npm or
/// PyPI name) from its package URL; without one, from the file's name
/// (`dom4j-2.1.1.jar` → `dom4j` 2.1.1), never the archive path.
fn component(purl: &str, file_name: &str) -> Component {
    let (path, version) = purl.split_once('@').unwrap_or((purl, ""));
    let mut parts = path.trim_start_matches("pkg:").splitn(2, '/');
    let ecosystem = parts.next().unwrap_or_default();
    let name = parts.next().unwrap_or_default();
    // npm scopes are percent-encoded in package URLs (`%40babel/core`).
    let name = match ecosystem {
        "maven" => name.replace('/', ":"),
        _ => name.replace("%40", "@"),
    };
    if !name.is_empty() {
        return Component {
            name,
            version: version
                .split(['?', '#'])
                .next()
                .unwrap_or_default()
                .to_owned(),
            fixed_version: String::new(),
            ecosystem: ecosystem.to_owned(),
            purl: purl.to_owned(),
        };
    }
    let file = base_file(file_name);
    let (stem, extension) = file.rsplit_once('.').unwrap_or((file, ""));
    // `name-1.2.3` → (`name`, `1.2.3`): the version starts at the first `-digit`.
    let split = stem
        .char_indices()
        .find(|(index, c)| *c == '-' && stem[index + 1..].starts_with(|d: char| d.is_ascii_digit()))
        .map(|(index, _)| index);
    let (name, version) = match split {
        Some(index) => (&stem[..index], &stem[index + 1..]),
        None => (stem, ""),
    };
    Component {
        name: name.to_owned(),
        version: version.to_owned(),
        fixed_version: String::new(),
        ecosystem: match extension {
            "jar" | "war" | "ear" => "maven".to_owned(),
            _ => String::new(),
        },
        purl: String::new(),
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
    finding.description = vulnerability.description.into();
    finding.file_path = file_name.to_owned();
    finding.cve_id = id.starts_with("CVE-").then(|| id.to_owned());
    finding.cwe = vulnerability.cwes.iter().find_map(|cwe| find_cwe(cwe));
    finding.cvss = Cvss::of(vulnerability.cvss3_score, &vulnerability.cvss3_vector)
        .or_else(|| Cvss::of(vulnerability.cvss2_score, ""))
        .map(Box::new);
    if let Some(cvss) = finding.cvss.as_mut().filter(|cvss| cvss.version.is_empty()) {
        cvss.version = if vulnerability.cvss3_score.is_some() {
            "3"
        } else {
            "2"
        }
        .to_owned();
    }
    finding.component = Some(Box::new(component.clone()));
    finding.references = vulnerability
        .references
        .iter()
        .filter(|url| !url.is_empty())
        .map(|url| Shared::from(*url))
        .collect();
    if vulnerability.suppressed {
        finding.tool_status = Some("suppressed".to_owned());
    }
    finding
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_are_named_by_their_coordinates_not_the_archive() {
        // The purl of the artifact the file is, among those of a shaded jar.
        let purls = [
            "pkg:maven/org.apache.activemq/activemq-client@5.16.5",
            "pkg:maven/org.apache.activemq/activemq-broker@5.16.5",
        ];
        let purl = purl_of(&purls, "activemq-broker-5.16.5.jar");
        let broker = component(purl, "activemq-broker-5.16.5.jar");
        assert_eq!(broker.name, "org.apache.activemq:activemq-broker");
        // No purl: the file's own name and version, without the archive.
        let bare = component("", "shop.ear: dom4j-2.1.1.jar");
        assert_eq!(
            (
                bare.name.as_str(),
                bare.version.as_str(),
                bare.ecosystem.as_str()
            ),
            ("dom4j", "2.1.1", "maven")
        );
        let npm = component("pkg:npm/%40babel/core@7.1.0", "package-lock.json");
        assert_eq!(
            (npm.name.as_str(), npm.version.as_str()),
            ("@babel/core", "7.1.0")
        );
    }

    #[test]
    fn pom_evidence_gives_maven_coordinates_when_no_package_is_named() {
        let xml = r#"<analysis><dependencies><dependency>
            <fileName>shop.ear: dom4j-2.1.1.jar</fileName>
            <evidenceCollected>
              <evidence type="vendor"><source>pom</source><name>groupid</name><value>org.dom4j</value></evidence>
              <evidence type="product"><source>pom</source><name>artifactid</name><value>dom4j</value></evidence>
            </evidenceCollected>
            <vulnerabilities><vulnerability><name>CVE-2020-10683</name><severity>CRITICAL</severity></vulnerability></vulnerabilities>
          </dependency></dependencies></analysis>"#;
        let document = roxmltree::Document::parse(xml).expect("xml");
        let findings = parse(document.root_element());
        let component = findings[0].component.as_ref().expect("component");
        assert_eq!(
            (component.name.as_str(), component.version.as_str()),
            ("org.dom4j:dom4j", "2.1.1")
        );
        assert!(
            findings[0].title.starts_with("org.dom4j:dom4j:2.1.1"),
            "{}",
            findings[0].title
        );
    }
}
