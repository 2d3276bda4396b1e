//! TruffleHog: v2 JSON lines (`reason`, `stringsFound`) and v3 JSON lines
//! (`DetectorName`, `SourceMetadata`). Secrets are kept only as a hash and a
//! redacted preview; v3 findings the tool verified against the provider are Critical.

use serde_json::Value;

use super::json::{items, line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Finding, Kind, SecretEvidence, Severity};
use crate::domain::secrets::conceal;

/// Hard-coded credentials.
const CWE_HARD_CODED_CREDENTIALS: u32 = 798;

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let entries: Vec<&Value> = match report {
        Value::Array(entries) => entries.iter().collect(),
        Value::Object(_) => vec![report],
        _ => {
            return Err(ParseError::at(
                Format::TrufflehogJson,
                "$",
                "expected JSON lines of findings",
            ));
        }
    };
    Ok(entries
        .into_iter()
        .map(|entry| {
            if entry.get("DetectorName").is_some() {
                version_3(entry)
            } else {
                version_2(entry)
            }
        })
        .collect())
}

fn version_2(entry: &Value) -> Finding {
    let reason = text(entry, "reason");
    let path = text(entry, "path");
    let mut finding = Finding::new(
        "trufflehog",
        reason,
        &format!("{reason} found in {path}"),
        Severity::Medium,
        Kind::Secret,
    );
    finding.file_path = path.to_owned();
    finding.cwe = Some(CWE_HARD_CODED_CREDENTIALS);
    let strings: Vec<&str> = items(entry, "stringsFound")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    finding.secret = Some(Box::new(SecretEvidence::of(&strings.join("\n"))));
    // v2 reports each commit that touches a secret and gives no line: one finding per file and rule.
    finding.tool_fingerprint = Some(format!("{path}:{reason}"));
    finding.description = format!(
        "Found in commit {} on {}",
        text(entry, "commitHash"),
        text(entry, "branch")
    )
    .into();
    finding
}

fn version_3(entry: &Value) -> Finding {
    let detector = text(entry, "DetectorName");
    let verified = entry
        .get("Verified")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let severity = if verified {
        Severity::Critical
    } else {
        Severity::High
    };
    let source = entry
        .get("SourceMetadata")
        .and_then(|metadata| metadata.get("Data"))
        .and_then(Value::as_object)
        .and_then(|data| data.values().next())
        .unwrap_or(&Value::Null);
    let file = text(source, "file");
    let state = if verified { "verified" } else { "unverified" };
    let mut finding = Finding::new(
        "trufflehog",
        detector,
        &format!("{detector} secret ({state}) in {file}"),
        severity,
        Kind::Secret,
    );
    finding.file_path = file.to_owned();
    finding.line = line(source.get("line"));
    finding.cwe = Some(CWE_HARD_CODED_CREDENTIALS);
    let raw = match text(entry, "Raw") {
        "" => text(entry, "Redacted"),
        raw => raw,
    };
    finding.description = format!(
        "Commit {} ({})",
        text(source, "commit"),
        text(source, "link")
    )
    .into();
    conceal(&mut finding, raw);
    finding
}
