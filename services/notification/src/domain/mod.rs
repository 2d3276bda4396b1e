//! The notification service's own types and pure rules: channel types and
//! their keys ([`channels`]), templates and the events they render
//! ([`templates`]). No I/O, no protobuf.

pub mod channels;
pub mod deliveries;
pub mod escalation;
pub mod preferences;
pub mod rules;
pub mod templates;

use secureflow_platform::Error;
use secureflow_platform::error::{ErrorCode, FieldViolation};

/// An INVALID_ARGUMENT naming every `(field, problem)`.
pub fn invalid(problems: Vec<(String, String)>) -> Error {
    let message = problems
        .iter()
        .map(|(field, problem)| format!("{field}: {problem}"))
        .collect::<Vec<_>>()
        .join("; ");
    Error::new(
        ErrorCode::InvalidArgument,
        format!("invalid request: {message}"),
    )
    .with_violations(
        problems
            .into_iter()
            .map(|(field, description)| FieldViolation { field, description })
            .collect(),
    )
}

/// `error`, worded as a name already taken in the organisation when it is
/// ALREADY_EXISTS (`what`: "a channel", "an escalation rule"…).
pub fn taken(error: Error, what: &str, name: &str) -> Error {
    match error.code() {
        ErrorCode::AlreadyExists => Error::new(
            ErrorCode::AlreadyExists,
            format!("{what} named `{name}` exists in the organisation"),
        ),
        _ => error,
    }
}
