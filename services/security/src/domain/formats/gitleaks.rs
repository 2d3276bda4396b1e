//! Gitleaks JSON: v7 (`rule`, `offender`, `lineNumber`) and v8 (`RuleID`,
//! `Secret`, `StartLine`). The secret itself is never kept: only a hash and a
//! redacted preview.

use serde_json::Value;

use super::json::{line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Finding, Kind, Severity};
use crate::domain::secrets::conceal;

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let leaks = match report {
        Value::Null => return Ok(Vec::new()),
        Value::Array(leaks) => leaks,
        _ => {
            return Err(ParseError::at(
                Format::GitleaksJson,
                "$",
                "expected an array of leaks",
            ));
        }
    };
    leaks
        .iter()
        .enumerate()
        .map(|(index, leak)| {
            if !leak.is_object() {
                return Err(ParseError::at(
                    Format::GitleaksJson,
                    format!("$[{index}]"),
                    "expected an object",
                ));
            }
            Ok(if leak.get("RuleID").is_some() {
                version_8(leak)
            } else {
                version_7(leak)
            })
        })
        .collect()
}

fn version_7(leak: &Value) -> Finding {
    let rule = text(leak, "rule");
    let mut finding = Finding::new(
        "gitleaks",
        rule,
        &format!("Hard Coded {rule}"),
        Severity::High,
        Kind::Secret,
    );
    let offender = text(leak, "offender");
    finding.file_path = text(leak, "file").to_owned();
    finding.line = line(leak.get("lineNumber"));
    finding.snippet = text(leak, "line").to_owned();
    finding.description = format!(
        "Secret found by the `{rule}` rule in commit {}",
        text(leak, "commit")
    )
    .into();
    conceal(&mut finding, offender);
    finding
}

fn version_8(leak: &Value) -> Finding {
    let file = text(leak, "File");
    let description = text(leak, "Description");
    let title = format!("Hard coded {description} found in {file}");
    let mut finding = Finding::new(
        "gitleaks",
        text(leak, "RuleID"),
        &title,
        Severity::High,
        Kind::Secret,
    );
    let secret = text(leak, "Secret");
    finding.file_path = file.to_owned();
    finding.line = line(leak.get("StartLine"));
    finding.snippet = text(leak, "Match").to_owned();
    finding.description = format!("{description} in commit {}", text(leak, "Commit")).into();
    conceal(&mut finding, secret);
    finding
}
