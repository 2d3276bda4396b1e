//! OWASP ZAP reports, XML (`OWASPZAPReport`) and JSON (`site[].alerts[]`): one
//! finding per alert, located at its first instance. Both carry the same fields.

use roxmltree::Node;
use serde_json::Value;

use super::json::{items, text};
use super::xml::{child, child_text, descendants};
use crate::domain::finding::{Confidence, Finding, Kind, Severity, Shared};

pub(super) fn parse(root: Node<'_, '_>) -> Vec<Finding> {
    descendants(root, "alertitem")
        .map(|item| {
            let instance = child(item, "instances")
                .and_then(|instances| child(instances, "instance"))
                .map(|instance| {
                    ["uri", "method", "param"].map(|key| child_text(instance, key).to_owned())
                });
            alert(|key| child_text(item, key).to_owned(), instance)
        })
        .collect()
}

pub(super) fn parse_json(report: &Value) -> Vec<Finding> {
    items(report, "site")
        .iter()
        .flat_map(|site| items(site, "alerts"))
        .map(|item| {
            let instance = items(item, "instances").first().map(|instance| {
                ["uri", "method", "param"].map(|key| text(instance, key).to_owned())
            });
            // ZAP writes numbers as strings, but accept numbers too.
            let field = |key: &str| match item.get(key) {
                Some(Value::String(text)) => text.clone(),
                Some(Value::Number(number)) => number.to_string(),
                _ => String::new(),
            };
            alert(field, instance)
        })
        .collect()
}

fn alert(field: impl Fn(&str) -> String, instance: Option<[String; 3]>) -> Finding {
    let severity = match field("riskcode").as_str() {
        "3" => Severity::High,
        "2" => Severity::Medium,
        "1" => Severity::Low,
        _ => Severity::Info,
    };
    let title = match field("alert") {
        alert if alert.is_empty() => field("name"),
        alert => alert,
    };
    let mut finding = Finding::new("zap", &field("pluginid"), &title, severity, Kind::Dast);
    let solution = field("solution");
    finding.description = format!("{}\n\nSolution: {solution}", field("desc")).into();
    finding.remediation = strip_paragraphs(&solution);
    finding.confidence = Confidence::from_word(&field("confidence"));
    finding.cwe = field("cweid").parse().ok().filter(|cwe| *cwe > 0);
    if let Some([uri, method, param]) = instance {
        finding.file_path = uri;
        finding.snippet = format!("{method} {param}").trim().to_owned();
    }
    finding.references = field("reference")
        .split(['\n', ' '])
        .map(strip_paragraphs)
        .filter(|reference| reference.starts_with("http"))
        .map(Shared::from)
        .collect();
    finding
}

/// ZAP wraps text in `<p>…</p>`.
fn strip_paragraphs(text: &str) -> String {
    text.replace("<p>", "")
        .replace("</p>", "\n")
        .trim()
        .to_owned()
}
