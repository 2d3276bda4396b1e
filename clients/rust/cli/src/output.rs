//! Printing: tables for people, JSON for programs, errors with a hint.

use comfy_table::{ContentArrangement, Table, presets};
use secureflow_client::proto::secureflow::security::v1::{
    GateEvaluation, Severity, Verdict, Vulnerability, VulnerabilityStatus,
};
use serde_json::{Value, json};

/// An error as one line, with what to do for the usual causes.
pub fn describe(error: &anyhow::Error) -> String {
    if let Some(client_error) = error.downcast_ref::<secureflow_client::Error>() {
        return describe_client(client_error);
    }
    match error.downcast_ref::<tonic::Status>() {
        Some(status) => explain(status),
        None => format!("{error:#}"),
    }
}

/// A client error for people.
pub fn describe_client(error: &secureflow_client::Error) -> String {
    match error {
        secureflow_client::Error::Connect { server, source } => format!(
            "cannot reach SecureFlow at {server}: {} — check the address (--server or \
             SECUREFLOW_SERVER) and that secureflowd is running there",
            root_cause(source)
        ),
        secureflow_client::Error::Status(status) => explain(status),
        other => other.to_string(),
    }
}

/// A status for people: lost connections said as such, refusals with how to
/// get past them.
pub fn explain(status: &tonic::Status) -> String {
    if connection_lost(status) {
        return format!(
            "the connection to the server was lost ({})",
            root_cause(status)
        );
    }
    let hint = match status.code() {
        tonic::Code::Unauthenticated => {
            " (give a valid token with --token or SECUREFLOW_TOKEN, or run `secureflow login`)"
        }
        tonic::Code::PermissionDenied => " (the token lacks a permission this needs)",
        tonic::Code::Unavailable => " (is secureflowd running at the --server address?)",
        _ => "",
    };
    format!("{}: {}{hint}", code_name(status.code()), status.message())
}

/// Whether a call failed because the connection broke (the server stopped or
/// the network dropped) rather than because the server answered.
pub fn connection_lost(status: &tonic::Status) -> bool {
    if !matches!(
        status.code(),
        tonic::Code::Unknown
            | tonic::Code::Unavailable
            | tonic::Code::Cancelled
            | tonic::Code::Internal
    ) {
        return false;
    }
    let text = format!("{} {}", status.message(), root_cause(status)).to_ascii_lowercase();
    [
        "h2 protocol error",
        "error reading a body",
        "connection reset",
        "broken pipe",
        "connection closed",
        "stream closed",
        "transport error",
        "connection refused",
        "unexpected eof",
    ]
    .iter()
    .any(|sign| text.contains(sign))
}

/// The innermost cause of an error, said once (transport errors repeat their
/// kind at every layer: `transport error: transport error: tcp connect error: …`).
pub fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut innermost = error;
    while let Some(source) = innermost.source() {
        innermost = source;
    }
    if let Some(io) = innermost.downcast_ref::<std::io::Error>() {
        return match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "connection refused".to_owned(),
            std::io::ErrorKind::TimedOut => "timed out".to_owned(),
            std::io::ErrorKind::ConnectionReset => "connection reset by the server".to_owned(),
            _ => io.to_string(),
        };
    }
    let text = innermost.to_string();
    if text.is_empty() {
        return error.to_string();
    }
    text
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

/// What a gate verdict means for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GateOutcome {
    /// PASS or WARN.
    Passed,
    /// The policies' verdict is FAIL: exit 1.
    Failed,
    /// The gate could not be evaluated (fails closed): an error to retry, exit 2.
    Unevaluated,
}

/// The outcome of a gate verdict.
pub fn gate_outcome(gate: &GateEvaluation) -> GateOutcome {
    if gate.unavailable {
        GateOutcome::Unevaluated
    } else if gate.verdict == Verdict::Fail as i32 {
        GateOutcome::Failed
    } else {
        GateOutcome::Passed
    }
}

/// A gate verdict as JSON with contract names (snake_case).
pub fn gate_json(gate: &GateEvaluation) -> Value {
    json!({
        "verdict": verdict(gate.verdict),
        "unavailable": gate.unavailable,
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
    if gate.unavailable {
        println!(
            "gate: {} — not the policies' verdict: the gate could not be evaluated \
             (an error, exit 2); the report was stored, so run `secureflow gate check` to \
             evaluate it again",
            verdict(gate.verdict)
        );
    } else {
        println!("gate: {}", verdict(gate.verdict));
    }
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

/// What a create command made: on stderr `added WHAT NAME (ID)` for people;
/// on stdout the whole of it as JSON with `json`, else its id alone, for
/// scripts to keep.
pub fn print_created<T: serde::Serialize>(
    json: bool,
    what: &str,
    created: &T,
    name: &str,
    id: &str,
) -> anyhow::Result<()> {
    eprintln!("added {what} {name} ({id})");
    if json {
        println!("{}", serde_json::to_string_pretty(created)?);
    } else {
        println!("{id}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_connection_is_said_once_and_as_such() {
        let lost =
            tonic::Status::unknown("h2 protocol error: error reading a body from connection");
        assert!(connection_lost(&lost));
        assert!(explain(&lost).starts_with("the connection to the server was lost"));
        let answered = tonic::Status::unknown("the server said no");
        assert!(!connection_lost(&answered));
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        let wrapped = anyhow::Error::new(refused).context("tcp connect error");
        let cause: &(dyn std::error::Error + 'static) = wrapped.as_ref();
        assert_eq!(root_cause(cause), "connection refused");
    }

    #[test]
    fn a_gate_that_could_not_be_evaluated_is_an_error_not_a_failure() {
        let mut gate = GateEvaluation {
            verdict: Verdict::Fail as i32,
            ..Default::default()
        };
        assert_eq!(gate_outcome(&gate), GateOutcome::Failed);
        gate.unavailable = true;
        assert_eq!(gate_outcome(&gate), GateOutcome::Unevaluated);
        gate = GateEvaluation {
            verdict: Verdict::Warn as i32,
            ..Default::default()
        };
        assert_eq!(gate_outcome(&gate), GateOutcome::Passed);
    }

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
