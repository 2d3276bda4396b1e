//! Trivy JSON: the legacy list of targets, schema 2 (`Results`), and the
//! Kubernetes reports of `trivy k8s --format json` (`ClusterName` with
//! `Resources`, or with `Vulnerabilities` and `Misconfigurations` as lists of
//! resources, each with `Namespace`, `Kind`, `Name` and its `Results`). Each
//! target yields its vulnerabilities, failed misconfigurations, secrets (already
//! masked by Trivy, redacted again here) and licence findings; a Kubernetes
//! finding names its resource (`namespace/kind/name`) as its place and origin,
//! so the same CVE in two workloads is two vulnerabilities.

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Cvss, Finding, Kind, Severity, Shared, find_cwe};
use crate::domain::secrets::conceal;

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    // (the Kubernetes resource, if any; the target)
    let targets: Vec<(Option<String>, &Value)> = match report {
        Value::Array(targets) => targets.iter().map(|target| (None, target)).collect(),
        Value::Object(object) if object.contains_key("ClusterName") => {
            ["Resources", "Vulnerabilities", "Misconfigurations"]
                .into_iter()
                .flat_map(|list| items(report, list).iter())
                .flat_map(|resource| {
                    let label = resource_label(resource);
                    items(resource, "Results")
                        .iter()
                        .map(move |target| (Some(label.clone()), target))
                })
                .collect()
        }
        Value::Object(_) => match report.get("Results") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(results)) => results.iter().map(|target| (None, target)).collect(),
            Some(_) => {
                return Err(ParseError::at(
                    Format::TrivyJson,
                    "$.Results",
                    "expected an array",
                ));
            }
        },
        _ => {
            return Err(ParseError::at(
                Format::TrivyJson,
                "$",
                "expected a Trivy report object or list",
            ));
        }
    };
    let mut findings = Vec::new();
    for (resource, target) in targets {
        let found = target_findings(target);
        match resource {
            None => findings.extend(found),
            Some(resource) => findings.extend(found.into_iter().map(|mut finding| {
                finding.file_path = match finding.file_path.as_str() {
                    "" => resource.clone(),
                    path if path == text(target, "Target") => resource.clone(),
                    path => format!("{resource}/{path}"),
                };
                finding.origin = Some(resource.clone());
                finding
            })),
        }
    }
    Ok(findings)
}

/// A Kubernetes resource as `namespace/kind/name` (cluster-scoped: `kind/name`).
fn resource_label(resource: &Value) -> String {
    let (namespace, kind, name) = (
        text(resource, "Namespace"),
        text(resource, "Kind"),
        text(resource, "Name"),
    );
    if namespace.is_empty() {
        format!("{kind}/{name}")
    } else {
        format!("{namespace}/{kind}/{name}")
    }
}

/// What one target of a report holds.
fn target_findings(target: &Value) -> Vec<Finding> {
    let name = text(target, "Target");
    let kind = match text(target, "Class") {
        "os-pkgs" => Kind::Container,
        _ => Kind::Dependency,
    };
    let mut findings = Vec::new();
    findings.extend(
        items(target, "Vulnerabilities")
            .iter()
            .map(|v| vulnerability(v, target, kind)),
    );
    findings.extend(
        items(target, "Misconfigurations")
            .iter()
            .filter(|m| matches!(text(m, "Status"), "" | "FAIL"))
            .map(|m| misconfiguration(m, name)),
    );
    findings.extend(items(target, "Secrets").iter().map(|s| secret(s, name)));
    findings.extend(items(target, "Licenses").iter().map(|l| license(l, target)));
    findings
}

fn severity(value: &Value) -> Severity {
    Severity::from_word(text(value, "Severity")).unwrap_or(Severity::Info)
}

fn vulnerability(vuln: &Value, target: &Value, kind: Kind) -> Finding {
    let id = text(vuln, "VulnerabilityID");
    let package = text(vuln, "PkgName");
    let version = text(vuln, "InstalledVersion");
    let title = format!("{id} {package} {version}");
    let mut finding = Finding::new("trivy", id, &title, severity(vuln), kind);
    finding.description = match text(vuln, "Title") {
        "" => text(vuln, "Description").to_owned(),
        summary => format!("{summary}\n\n{}", text(vuln, "Description")),
    }
    .into();
    finding.cve_id = id.starts_with("CVE-").then(|| id.to_owned());
    finding.cwe = items(vuln, "CweIDs")
        .iter()
        .filter_map(Value::as_str)
        .find_map(find_cwe);
    // Where the package is: the file Trivy found it in (a jar inside an
    // image), else the manifest or lock file the target is.
    finding.file_path = match text(vuln, "PkgPath") {
        "" => text(target, "Target").to_owned(),
        path => path.to_owned(),
    };
    finding.references = items(vuln, "References")
        .iter()
        .filter_map(|r| r.as_str().map(str::to_owned))
        .map(Shared::from)
        .collect();
    let identifier = vuln
        .get("PkgIdentifier")
        .map(|p| text(p, "PURL"))
        .unwrap_or_default();
    let purl = [identifier, text(vuln, "Ref")]
        .into_iter()
        .find(|candidate| candidate.starts_with("pkg:"))
        .unwrap_or_default();
    finding.cvss = cvss(vuln).map(Box::new);
    let fixed = text(vuln, "FixedVersion");
    if !fixed.is_empty() {
        finding.remediation = format!("Upgrade {package} to {fixed}.");
    }
    finding.component = Some(Box::new(Component {
        name: package.to_owned(),
        version: version.to_owned(),
        fixed_version: text(vuln, "FixedVersion").to_owned(),
        ecosystem: match text(target, "Type") {
            "" => purl
                .trim_start_matches("pkg:")
                .split('/')
                .next()
                .unwrap_or_default()
                .to_owned(),
            kind => kind.to_owned(),
        },
        purl: purl.to_owned(),
    }));
    finding
}

/// Trivy's `CVSS` map by source: NVD first, then any other; v3 before v2.
fn cvss(vuln: &Value) -> Option<Cvss> {
    let Some(Value::Object(sources)) = vuln.get("CVSS") else {
        return None;
    };
    let preferred = sources.get("nvd").into_iter().chain(sources.values());
    preferred
        .flat_map(|source| {
            [("V3Score", "V3Vector"), ("V2Score", "V2Vector")]
                .into_iter()
                .filter_map(move |(score, vector)| {
                    Cvss::of(
                        source.get(score).and_then(Value::as_f64),
                        text(source, vector),
                    )
                })
        })
        .next()
}

fn misconfiguration(check: &Value, target: &str) -> Finding {
    let id = text(check, "ID");
    let title = format!("{id} - {}", text(check, "Title"));
    let mut finding = Finding::new("trivy", id, &title, severity(check), Kind::Iac);
    finding.description = format!(
        "{}\n\n{}\n\nResolution: {}",
        text(check, "Description"),
        text(check, "Message"),
        text(check, "Resolution")
    )
    .into();
    text(check, "Resolution").clone_into(&mut finding.remediation);
    finding.file_path = target.to_owned();
    finding.line = check
        .get("CauseMetadata")
        .and_then(|cause| line(cause.get("StartLine")));
    finding.references = items(check, "References")
        .iter()
        .filter_map(|r| r.as_str().map(str::to_owned))
        .map(Shared::from)
        .collect();
    finding
}

fn secret(found: &Value, target: &str) -> Finding {
    let title = format!("Secret detected in {target} - {}", text(found, "Title"));
    let mut finding = Finding::new(
        "trivy",
        text(found, "RuleID"),
        &title,
        severity(found),
        Kind::Secret,
    );
    finding.file_path = target.to_owned();
    finding.line = line(found.get("StartLine"));
    conceal(&mut finding, text(found, "Match"));
    finding
}

fn license(found: &Value, target: &Value) -> Finding {
    let name = text(found, "Name");
    let package = text(found, "PkgName");
    let title = format!("License {name} ({}) in {package}", text(found, "Category"));
    let mut finding = Finding::new(
        "trivy",
        &format!("license:{name}"),
        &title,
        severity(found),
        Kind::Dependency,
    );
    finding.file_path = text(found, "FilePath").to_owned();
    finding.description =
        format!("{package} in {} is licensed {name}", text(target, "Target")).into();
    let link = text(found, "Link");
    if !link.is_empty() {
        finding.references.push(link.into());
    }
    finding.component = Some(Box::new(Component {
        name: package.to_owned(),
        ..Component::default()
    }));
    finding
}
