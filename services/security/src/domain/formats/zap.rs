//! OWASP ZAP XML report: one finding per alert, located at its first instance.

use roxmltree::Node;

use super::xml::{child, child_text, descendants};
use crate::domain::finding::{Finding, Kind, Severity};

pub(super) fn parse(root: Node<'_, '_>) -> Vec<Finding> {
    descendants(root, "alertitem").map(alert).collect()
}

fn alert(item: Node<'_, '_>) -> Finding {
    let severity = match child_text(item, "riskcode") {
        "3" => Severity::High,
        "2" => Severity::Medium,
        "1" => Severity::Low,
        _ => Severity::Info,
    };
    let title = match child_text(item, "alert") {
        "" => child_text(item, "name"),
        alert => alert,
    };
    let mut finding = Finding::new(
        "zap",
        child_text(item, "pluginid"),
        title,
        severity,
        Kind::Dast,
    );
    finding.description = format!(
        "{}\n\nSolution: {}",
        child_text(item, "desc"),
        child_text(item, "solution")
    );
    finding.cwe = child_text(item, "cweid")
        .parse()
        .ok()
        .filter(|cwe| *cwe > 0);
    if let Some(instance) =
        child(item, "instances").and_then(|instances| child(instances, "instance"))
    {
        finding.file_path = child_text(instance, "uri").to_owned();
        finding.snippet = format!(
            "{} {}",
            child_text(instance, "method"),
            child_text(instance, "param")
        )
        .trim()
        .to_owned();
    }
    finding.references = child_text(item, "reference")
        .split(['\n', ' '])
        .map(|reference| {
            reference
                .trim()
                .trim_start_matches("<p>")
                .trim_end_matches("</p>")
        })
        .filter(|reference| reference.starts_with("http"))
        .map(str::to_owned)
        .collect();
    finding
}
