//! CycloneDX 1.4–1.6 `vulnerabilities` (JSON and XML) and the vulnerability
//! extension of older XML BOMs (`v:vulnerability` inside components): one
//! finding per affected component; a VEX analysis state is kept as the tool status.

use std::collections::HashMap;

use roxmltree::Node;
use serde_json::Value;

use super::json::{items, text};
use super::xml::{child, child_text, children, descendants};
use crate::domain::finding::{Component, Finding, Kind, Severity};

/// Namespace of the pre-1.4 vulnerability extension.
const EXTENSION_NAMESPACE: &str = "http://cyclonedx.org/schema/ext/vulnerability/1.0";

/// What a vulnerability entry says, whatever the encoding.
struct Entry {
    id: String,
    severity: Severity,
    cwe: Option<u32>,
    description: String,
    recommendation: String,
    state: Option<String>,
}

fn finding(entry: &Entry, component: Option<&Component>) -> Finding {
    let title = match component {
        Some(c) if !c.version.is_empty() => format!("{}:{} | {}", c.name, c.version, entry.id),
        Some(c) => format!("{} | {}", c.name, entry.id),
        None => entry.id.clone(),
    };
    let mut finding = Finding::new(
        "cyclonedx",
        &entry.id,
        &title,
        entry.severity,
        Kind::Dependency,
    );
    finding.description = entry.description.clone().into();
    finding.cve_id = entry.id.starts_with("CVE-").then(|| entry.id.clone());
    finding.cwe = entry.cwe;
    finding.component = component.cloned().map(Box::new);
    finding.tool_status = entry.state.clone();
    finding.remediation.clone_from(&entry.recommendation);
    finding
}

/// The most severe of the ratings (tools list them in any order); a score
/// counts only when no rating names a severity.
fn severity_of<'a>(ratings: impl Iterator<Item = (&'a str, Option<f64>)>) -> Severity {
    let mut named: Option<Severity> = None;
    let mut scored: Option<Severity> = None;
    for (word, value) in ratings {
        if let Some(severity) = Severity::from_word(word).filter(|_| !word.is_empty()) {
            named = named.max(Some(severity));
        }
        if let Some(score) = value {
            scored = scored.max(Some(Severity::from_score(score)));
        }
    }
    named.or(scored).unwrap_or(Severity::Info)
}

fn purl_component(purl: &str, name: &str, version: &str) -> Component {
    let ecosystem = purl
        .trim_start_matches("pkg:")
        .split('/')
        .next()
        .unwrap_or_default();
    Component {
        name: name.to_owned(),
        version: version.to_owned(),
        fixed_version: String::new(),
        ecosystem: ecosystem.to_owned(),
        purl: purl.to_owned(),
    }
}

/// CycloneDX JSON.
pub(super) fn parse_json(report: &Value) -> Vec<Finding> {
    let mut components = HashMap::new();
    let mut pending: Vec<&Value> = items(report, "components").iter().collect();
    if let Some(main) = report
        .get("metadata")
        .and_then(|metadata| metadata.get("component"))
    {
        pending.push(main);
    }
    while let Some(component) = pending.pop() {
        let reference = text(component, "bom-ref");
        if !reference.is_empty() {
            let name = text(component, "name");
            components.insert(
                reference,
                purl_component(text(component, "purl"), name, text(component, "version")),
            );
        }
        pending.extend(items(component, "components"));
    }
    let mut findings = Vec::new();
    for vulnerability in items(report, "vulnerabilities") {
        let ratings = items(vulnerability, "ratings").iter().map(|rating| {
            (
                text(rating, "severity"),
                rating.get("score").and_then(Value::as_f64),
            )
        });
        let entry = Entry {
            id: text(vulnerability, "id").to_owned(),
            severity: severity_of(ratings),
            cwe: items(vulnerability, "cwes")
                .iter()
                .find_map(Value::as_u64)
                .and_then(|c| u32::try_from(c).ok()),
            description: text(vulnerability, "description").to_owned(),
            recommendation: text(vulnerability, "recommendation").to_owned(),
            state: vulnerability
                .get("analysis")
                .map(|a| text(a, "state").to_owned())
                .filter(|s| !s.is_empty()),
        };
        let affected = items(vulnerability, "affects");
        if affected.is_empty() {
            findings.push(finding(&entry, None));
        }
        for affect in affected {
            findings.push(finding(&entry, components.get(text(affect, "ref"))));
        }
    }
    findings
}

fn xml_entry(vulnerability: Node<'_, '_>) -> Entry {
    let ratings: Vec<(&str, Option<f64>)> = child(vulnerability, "ratings")
        .into_iter()
        .flat_map(|ratings| children(ratings, "rating"))
        .map(|rating| {
            let score = child_text(rating, "score").parse().ok().or_else(|| {
                child(rating, "score")
                    .map(|score| child_text(score, "base"))
                    .and_then(|base| base.parse().ok())
            });
            (child_text(rating, "severity"), score)
        })
        .collect();
    Entry {
        id: child_text(vulnerability, "id").to_owned(),
        severity: severity_of(ratings.into_iter()),
        cwe: child(vulnerability, "cwes").and_then(|cwes| child_text(cwes, "cwe").parse().ok()),
        description: child_text(vulnerability, "description").to_owned(),
        recommendation: match child_text(vulnerability, "recommendation") {
            "" => child(vulnerability, "recommendations")
                .map(|r| child_text(r, "recommendation"))
                .unwrap_or_default(),
            text => text,
        }
        .to_owned(),
        state: child(vulnerability, "analysis")
            .map(|a| child_text(a, "state").to_owned())
            .filter(|s| !s.is_empty()),
    }
}

fn xml_component(component: Node<'_, '_>) -> Component {
    purl_component(
        child_text(component, "purl"),
        child_text(component, "name"),
        child_text(component, "version"),
    )
}

/// CycloneDX XML (a `bom` root).
pub(super) fn parse_xml(root: Node<'_, '_>) -> Vec<Finding> {
    let mut components: HashMap<&str, Component> = HashMap::new();
    for component in descendants(root, "component") {
        let parsed = xml_component(component);
        if let Some(reference) = component.attribute("bom-ref") {
            components.insert(reference, parsed.clone());
        }
        if let Some(purl) = child(component, "purl").and_then(|purl| purl.text()) {
            components.insert(purl.trim(), parsed);
        }
    }
    let mut findings = Vec::new();
    for vulnerability in descendants(root, "vulnerability") {
        let entry = xml_entry(vulnerability);
        if vulnerability.tag_name().namespace() == Some(EXTENSION_NAMESPACE) {
            // Extension entries name their component (`ref`) or sit inside it.
            let named = vulnerability
                .attribute("ref")
                .and_then(|reference| components.get(reference))
                .cloned();
            let owner = || {
                vulnerability
                    .ancestors()
                    .find(|node| node.is_element() && node.tag_name().name() == "component")
                    .map(xml_component)
            };
            findings.push(finding(&entry, named.or_else(owner).as_ref()));
            continue;
        }
        let targets: Vec<&str> = child(vulnerability, "affects")
            .into_iter()
            .flat_map(|affects| children(affects, "target"))
            .map(|target| child_text(target, "ref"))
            .collect();
        if targets.is_empty() {
            findings.push(finding(&entry, None));
        }
        for target in targets {
            findings.push(finding(&entry, components.get(target)));
        }
    }
    findings
}
