//! Yelp detect-secrets baseline JSON (`detect-secrets scan`): one finding per
//! reported secret. The report holds only a SHA-1 of each secret, never the
//! secret, so the preview says so.

use serde_json::Value;

use super::json::{line, text};
use super::{Format, ParseError};
use crate::domain::finding::{Finding, Kind, SecretEvidence, Severity};

pub(super) fn parse(report: &Value) -> Result<Vec<Finding>, ParseError> {
    let Some(Value::Object(files)) = report.get("results") else {
        return Err(ParseError::at(
            Format::DetectSecretsJson,
            "$.results",
            "expected an object of files",
        ));
    };
    let mut findings = Vec::new();
    for (file, secrets) in files {
        let Value::Array(secrets) = secrets else {
            return Err(ParseError::at(
                Format::DetectSecretsJson,
                format!("$.results[{file:?}]"),
                "expected an array of secrets",
            ));
        };
        for secret in secrets {
            let kind = text(secret, "type");
            let mut finding = Finding::new(
                "detect-secrets",
                kind,
                &format!("{kind} in {file}"),
                Severity::High,
                Kind::Secret,
            );
            finding.file_path = match text(secret, "filename") {
                "" => file.clone(),
                name => name.to_owned(),
            };
            finding.line = line(secret.get("line_number"));
            finding.secret = Some(Box::new(SecretEvidence {
                hash: text(secret, "hashed_secret").to_owned(),
                preview: "(not in report)".to_owned(),
            }));
            if secret.get("is_secret") == Some(&Value::Bool(false)) {
                finding.tool_status = Some("false_positive".to_owned());
            }
            finding.remediation =
                "Revoke the secret, replace it, and remove it from the repository history."
                    .to_owned();
            findings.push(finding);
        }
    }
    Ok(findings)
}
