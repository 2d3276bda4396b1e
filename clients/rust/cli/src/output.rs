//! Printing: tables for people, JSON for programs, errors with a hint.

use comfy_table::{ContentArrangement, Table, presets};
use secureflow_client::proto::secureflow::security::v1::{
    GateEvaluation, Severity, Verdict, Vulnerability, VulnerabilityStatus,
};
use serde_json::{Value, json};

/// An error as one line, with what to do for the usual causes.
pub fn describe(error: &anyhow::Error) -> String {
    let status = error.downcast_ref::<tonic::Status>().or_else(|| {
        error
            .downcast_ref::<secureflow_client::Error>()
            .and_then(secureflow_client::Error::status)
    });
    let Some(status) = status else {
        return format!("{error:#}");
    };
    let hint = match status.code() {
        tonic::Code::Unauthenticated => {
            " (log in with `secureflow login`, or set SECUREFLOW_TOKEN)"
        }
        tonic::Code::PermissionDenied => " (the token lacks a permission this needs)",
        tonic::Code::Unavailable => " (is secureflowd running at the --server address?)",
        _ => "",
    };
    format!("{}: {}{hint}", code_name(status.code()), status.message())
}

/// A gRPC code as its UPPER_SNAKE name.
pub fn code_name(code: tonic::Code) -> String {
    format!("{code:?}")
        .chars()
        .enumerate()
        .flat_map(|(index, c)| {
            let separator = (index > 0 && c.is_ascii_uppercase()).then_some('_');
            separator
                .into_iter()
                .chain(std::iter::once(c.to_ascii_uppercase()))
        })
        .collect()
}

/// A table with a header, sized to the terminal.
pub fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().map(|h| h.to_ascii_uppercase()));
    table
}

/// `CRITICAL`, `HIGH`, ….
pub fn severity(value: i32) -> &'static str {
    Severity::try_from(value)
        .map(|s| s.as_str_name().trim_start_matches("SEVERITY_"))
        .unwrap_or("?")
}

/// `OPEN`, `FALSE_POSITIVE`, ….
pub fn status(value: i32) -> &'static str {
    VulnerabilityStatus::try_from(value)
        .map(|s| s.as_str_name().trim_start_matches("VULNERABILITY_STATUS_"))
        .unwrap_or("?")
}

/// `PASS`, `WARN`, `FAIL`.
pub fn verdict(value: i32) -> &'static str {
    Verdict::try_from(value)
        .map(|v| v.as_str_name().trim_start_matches("VERDICT_"))
        .unwrap_or("?")
}

/// Where a vulnerability is: `file:line`, or the package and version.
pub fn location(vulnerability: &Vulnerability) -> String {
    if !vulnerability.file_path.is_empty() {
        if vulnerability.line_number > 0 {
            return format!("{}:{}", vulnerability.file_path, vulnerability.line_number);
        }
        return vulnerability.file_path.clone();
    }
    vulnerability
        .component
        .as_ref()
        .map(|c| format!("{}@{}", c.name, c.version))
        .unwrap_or_default()
}

/// A gate verdict as JSON with contract names (snake_case).
pub fn gate_json(gate: &GateEvaluation) -> Value {
    json!({
        "verdict": verdict(gate.verdict),
        "repository_id": gate.repository_id,
        "branch": gate.branch,
        "base_branch": gate.base_branch,
        "policies": gate.policies.iter().map(|policy| json!({
            "policy_id": policy.policy_id,
            "policy_name": policy.policy_name,
            "verdict": verdict(policy.verdict),
            "violations": policy.violations.iter().map(|violation| json!({
                "condition_index": violation.condition_index,
                "verdict": verdict(violation.verdict),
                "message": violation.message,
                "vulnerability_ids": violation.vulnerability_ids,
                "evaluation_error": violation.evaluation_error,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// A gate verdict for people: the verdict, then each policy that did not
/// pass with its failed conditions and a few of the findings behind them.
pub fn print_gate(gate: &GateEvaluation) {
    println!("gate: {}", verdict(gate.verdict));
    for policy in &gate.policies {
        if policy.verdict == Verdict::Pass as i32 {
            continue;
        }
        println!("  {} — {}", policy.policy_name, verdict(policy.verdict));
        for violation in &policy.violations {
            let closed = if violation.evaluation_error {
                " (could not be evaluated: fails closed)"
            } else {
                ""
            };
            println!("    ✗ {}{closed}", violation.message);
            let shown: Vec<&str> = violation
                .vulnerability_ids
                .iter()
                .take(5)
                .map(String::as_str)
                .collect();
            if !shown.is_empty() {
                let more = violation
                    .vulnerability_ids
                    .len()
                    .saturating_sub(shown.len());
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                println!("      {}{more}", shown.join(", "));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_named_as_grpc_names_them() {
        assert_eq!(code_name(tonic::Code::InvalidArgument), "INVALID_ARGUMENT");
        assert_eq!(code_name(tonic::Code::Unauthenticated), "UNAUTHENTICATED");
        let error = anyhow::Error::new(tonic::Status::unauthenticated("no token"));
        assert!(describe(&error).contains("secureflow login"));
    }

    #[test]
    fn names_drop_their_enum_prefix() {
        assert_eq!(severity(Severity::Critical as i32), "CRITICAL");
        assert_eq!(verdict(Verdict::Fail as i32), "FAIL");
        assert_eq!(
            status(VulnerabilityStatus::FalsePositive as i32),
            "FALSE_POSITIVE"
        );
    }
}
