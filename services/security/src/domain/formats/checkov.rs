//! Checkov JSON: one report object, or a list of them (one per check type).

use serde_json::Value;

use super::json::{items, text};
use super::{Format, ParseError};
use crate::domain::finding::{Component, Finding, Kind, Severity};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let reports: Vec<&Value> = match report {
        Value::Array(list) => list.iter().collect(),
        Value::Object(_) => vec![report],
        _ => {
            return Err(ParseError::at(
                Format::CheckovJson,
                "$",
                "expected a report object or a list of them",
            ));
        }
    };
    let mut findings = Vec::new();
    for (index, report) in reports.into_iter().enumerate() {
        let check_type = text(report, "check_type");
        let Some(results) = report.get("results") else {
            continue;
        };
        if !results.is_object() {
            return Err(ParseError::at(
                Format::CheckovJson,
                format!("$[{index}].results"),
                "expected an object",
            ));
        }
        for check in items(results, "failed_checks") {
            let severity = Severity::from_word(text(check, "severity")).unwrap_or(Severity::Medium);
            let mut finding = Finding::new(
                "checkov",
                text(check, "check_id"),
                text(check, "check_name"),
                severity,
                Kind::Iac,
            );
            finding.file_path = text(check, "file_path").to_owned();
            finding.line = check
                .get("file_line_range")
                .and_then(Value::as_array)
                .and_then(|range| range.first())
                .and_then(Value::as_u64)
                .and_then(|line| u32::try_from(line).ok());
            finding.description = format!("{} ({check_type})", text(check, "check_name")).into();
            let resource = text(check, "resource");
            if !resource.is_empty() {
                finding.component = Some(Box::new(Component {
                    name: resource.to_owned(),
                    ..Component::default()
                }));
            }
            let guideline = text(check, "guideline");
            if !guideline.is_empty() {
                finding.references.push(guideline.into());
            }
            findings.push(finding);
        }
    }
    Ok(findings)
}
