//! Open vulnerabilities as SARIF 2.1.0, the format GitHub code scanning takes.
//!
//! One run whose driver is SecureFlow; a rule per tool and rule id, with the
//! CWE as a `external/cwe/cwe-N` tag (how GitHub shows it) and the most severe
//! of its results as `security-severity`; a result per open vulnerability with
//! its normalised severity as `security-severity` (the middle of the CVSS band,
//! so a reader gets the same severity back), its fingerprint as a partial
//! fingerprint (so GitHub tracks it across uploads), and its id, tools and
//! risk score as properties.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::domain::finding::Severity;
use crate::domain::risk::severity_impact;

use super::Open;

/// A SARIF `level` for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

fn rule_id(item: &Open<'_>) -> String {
    let finding = &item.fact.finding;
    let rule = if finding.rule_id.is_empty() {
        finding.cve_id.as_deref().unwrap_or("finding")
    } else {
        &*finding.rule_id
    };
    format!("{}/{rule}", finding.tool)
}

/// Where a result is: its file and line; a finding without a file (a package,
/// an image) is placed at its package URL, or at the repository root.
fn location(item: &Open<'_>) -> Value {
    let finding = &item.fact.finding;
    let uri = if !finding.file_path.is_empty() {
        finding.file_path.clone()
    } else {
        finding
            .component
            .as_ref()
            .map(|component| component.purl.clone())
            .filter(|purl| !purl.is_empty())
            .unwrap_or_else(|| ".".to_owned())
    };
    let mut physical = json!({"artifactLocation": {"uri": uri}});
    if let Some(line) = finding.line {
        physical["region"] = json!({"startLine": line});
    }
    json!({"physicalLocation": physical})
}

fn message(item: &Open<'_>) -> String {
    let finding = &item.fact.finding;
    match &finding.component {
        Some(component) if !component.name.is_empty() => {
            let fixed = if component.fixed_version.is_empty() {
                String::new()
            } else {
                format!(", fixed in {}", component.fixed_version)
            };
            format!(
                "{} ({} {}{fixed})",
                finding.title, component.name, component.version
            )
        }
        _ => finding.title.clone(),
    }
}

/// The SARIF document of `open` (riskiest first, as [`super::open_at`] gives).
pub fn render(open: &[Open<'_>], version: &str) -> Vec<u8> {
    // Rule id → (index, rule object, most severe result).
    let mut rules: BTreeMap<String, (Value, Severity)> = BTreeMap::new();
    for item in open {
        let finding = &item.fact.finding;
        let entry = rules.entry(rule_id(item)).or_insert_with(|| {
            let mut tags = vec!["security".to_owned()];
            tags.extend(finding.cwe.map(|cwe| format!("external/cwe/cwe-{cwe}")));
            let mut rule = json!({
                "id": rule_id(item),
                "shortDescription": {"text": finding.title},
                "properties": {"tags": tags},
            });
            if !finding.remediation.is_empty() {
                rule["help"] = json!({"text": finding.remediation});
            }
            (rule, finding.severity)
        });
        entry.1 = entry.1.max(finding.severity);
    }
    let index: BTreeMap<&str, usize> = rules
        .keys()
        .enumerate()
        .map(|(position, id)| (id.as_str(), position))
        .collect();
    let results: Vec<Value> = open
        .iter()
        .map(|item| {
            let fact = item.fact;
            let finding = &fact.finding;
            let id = rule_id(item);
            let mut properties = json!({
                "security-severity": format!("{:.1}", severity_impact(Some(finding.severity))),
                "secureflow-id": fact.id,
                "risk-score": item.risk,
                "tools": fact.tool_names().collect::<Vec<_>>(),
                "branch": fact.branch,
            });
            if let Some(cwe) = finding.cwe {
                properties["cwe"] = json!(format!("CWE-{cwe}"));
            }
            if let Some(cve) = &finding.cve_id {
                properties["cve"] = json!(cve);
            }
            json!({
                "ruleId": id,
                "ruleIndex": index.get(id.as_str()).copied().unwrap_or_default(),
                "level": level(finding.severity),
                "message": {"text": message(item)},
                "locations": [location(item)],
                "partialFingerprints": {"secureflow/v1": fact.fingerprint},
                "properties": properties,
            })
        })
        .collect();
    let rules: Vec<Value> = rules
        .into_values()
        .map(|(mut rule, severity)| {
            rule["properties"]["security-severity"] =
                json!(format!("{:.1}", severity_impact(Some(severity))));
            rule
        })
        .collect();
    let document = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "SecureFlow",
                "version": version,
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_vec(&document).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::finding::{Component, Kind};
    use crate::domain::formats::{Format, parse_report};
    use crate::domain::report::open_at;
    use crate::domain::report::tests::{NOW, fact};
    use crate::domain::sla::SlaPolicy;

    #[test]
    fn our_sarif_reads_back_as_the_same_findings() {
        let mut code = fact("sqli", Severity::Critical, 3);
        code.finding.cwe = Some(89);
        code.finding.file_path = "app/db.py".to_owned();
        code.finding.line = Some(42);
        let mut package = fact("pkg", Severity::Medium, 3);
        package.finding.kind = Kind::Dependency;
        package.finding.rule_id = Default::default();
        package.finding.cve_id = Some("CVE-2021-23337".to_owned());
        package.finding.component = Some(Box::new(Component {
            name: "lodash".to_owned(),
            version: "4.17.20".to_owned(),
            fixed_version: "4.17.21".to_owned(),
            purl: "pkg:npm/lodash@4.17.20".to_owned(),
            ..Component::default()
        }));
        let facts = vec![code, package, fact("note", Severity::Info, 1)];
        let sla = SlaPolicy::default();
        let open = open_at(&facts, &sla, NOW);
        let bytes = render(&open, "0.1.0");
        let (format, findings) = parse_report(&bytes, None).expect("our SARIF parses");
        assert_eq!(format, Format::Sarif);
        assert_eq!(findings.len(), 3);
        let sqli = findings.iter().find(|f| f.title == "sqli").expect("sqli");
        assert_eq!(sqli.severity, Severity::Critical);
        assert_eq!(sqli.cwe, Some(89));
        assert_eq!(sqli.file_path, "app/db.py");
        assert_eq!(sqli.line, Some(42));
        assert_eq!(&*sqli.rule_id, "semgrep/rule");
        let package = findings
            .iter()
            .find(|f| &*f.rule_id == "semgrep/CVE-2021-23337")
            .expect("package");
        assert_eq!(package.severity, Severity::Medium);
        assert!(package.title.contains("lodash 4.17.20, fixed in 4.17.21"));
        let note = findings.iter().find(|f| f.title == "note").expect("note");
        assert_eq!(note.severity, Severity::Info);
        let json: Value = serde_json::from_slice(&bytes).expect("json");
        let results = &json["runs"][0]["results"];
        assert_eq!(results[0]["level"], "error");
        assert_eq!(
            results[0]["partialFingerprints"]["secureflow/v1"],
            "fp-sqli"
        );
        let rules = json["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules");
        // `sqli` and `note` share semgrep's `rule`.
        assert_eq!(rules.len(), 2);
        let index = results[0]["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[index]["id"], results[0]["ruleId"]);
        assert_eq!(rules[index]["properties"]["tags"][1], "external/cwe/cwe-89");
    }
}
