//! Bandit JSON (`bandit -f json`).

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Confidence, Finding, Kind, Severity};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    if !report.get("results").is_some_and(Value::is_array) {
        return Err(ParseError::at(
            Format::BanditJson,
            "$.results",
            "expected an array of results",
        ));
    }
    Ok(items(report, "results").iter().map(finding).collect())
}

fn finding(result: &Value) -> Finding {
    let severity = Severity::from_word(text(result, "issue_severity")).unwrap_or(Severity::Medium);
    let rule_id = format!("{}:{}", text(result, "test_name"), text(result, "test_id"));
    let mut finding = Finding::new(
        "bandit",
        &rule_id,
        text(result, "issue_text"),
        severity,
        Kind::Sast,
    );
    finding.file_path = text(result, "filename").to_owned();
    finding.line = line(result.get("line_number"));
    finding.snippet = without_line_numbers(text(result, "code"));
    finding.confidence = Confidence::from_word(text(result, "issue_confidence"));
    finding.description = text(result, "issue_text").into();
    finding.cwe = result
        .get("issue_cwe")
        .and_then(|cwe| cwe.get("id"))
        .and_then(Value::as_u64)
        .and_then(|id| u32::try_from(id).ok());
    let more = text(result, "more_info");
    if !more.is_empty() {
        finding.references.push(more.into());
    }
    finding
}

/// Bandit prefixes each line of `code` with its line number (`12 x = eval(y)`);
/// those would make moved code look new, so they are dropped.
fn without_line_numbers(code: &str) -> String {
    code.lines()
        .map(|line| {
            let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && line[digits..].starts_with(' ') {
                &line[digits + 1..]
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_numbers_are_dropped_from_code() {
        assert_eq!(
            super::without_line_numbers("12 def run(c):\n13     return eval(c)\n"),
            "def run(c):\n    return eval(c)"
        );
    }
}
