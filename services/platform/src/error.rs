//! One error type for every service and the single table that maps it to gRPC
//! status codes and HTTP statuses.
//!
//! Domain crates define their own `thiserror` enums and convert them into
//! [`Error`] at the handler boundary; storage errors are translated where they
//! happen (a unique violation becomes [`ErrorCode::AlreadyExists`]). Internal
//! errors are logged in full and reach the caller as a generic message.

use std::fmt;

use tonic_types::{ErrorDetails, StatusExt};

/// Error categories, each with one gRPC code and one HTTP status
/// (as `google/rpc/code.proto` pairs them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The request is malformed; field violations say where.
    InvalidArgument,
    /// The caller did not authenticate or the credentials are not valid.
    Unauthenticated,
    /// The caller is authenticated but lacks the permission.
    PermissionDenied,
    /// The resource does not exist (or is not visible to the caller).
    NotFound,
    /// The resource exists already.
    AlreadyExists,
    /// The resource is not in a state that allows the operation.
    FailedPrecondition,
    /// A concurrent change won; retry with fresh data.
    Aborted,
    /// A quota or rate limit was reached.
    ResourceExhausted,
    /// The operation is not built yet.
    Unimplemented,
    /// A dependency (database, broker) is unavailable; retry later.
    Unavailable,
    /// The deadline passed.
    DeadlineExceeded,
    /// A bug or an unexpected failure; details are in the server log only.
    Internal,
}

impl ErrorCode {
    /// The gRPC status code.
    pub fn grpc(self) -> tonic::Code {
        match self {
            Self::InvalidArgument => tonic::Code::InvalidArgument,
            Self::Unauthenticated => tonic::Code::Unauthenticated,
            Self::PermissionDenied => tonic::Code::PermissionDenied,
            Self::NotFound => tonic::Code::NotFound,
            Self::AlreadyExists => tonic::Code::AlreadyExists,
            Self::FailedPrecondition => tonic::Code::FailedPrecondition,
            Self::Aborted => tonic::Code::Aborted,
            Self::ResourceExhausted => tonic::Code::ResourceExhausted,
            Self::Unimplemented => tonic::Code::Unimplemented,
            Self::Unavailable => tonic::Code::Unavailable,
            Self::DeadlineExceeded => tonic::Code::DeadlineExceeded,
            Self::Internal => tonic::Code::Internal,
        }
    }

    /// The HTTP status the gateway answers with.
    pub fn http(self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            Self::InvalidArgument => S::BAD_REQUEST,
            Self::Unauthenticated => S::UNAUTHORIZED,
            Self::PermissionDenied => S::FORBIDDEN,
            Self::NotFound => S::NOT_FOUND,
            Self::AlreadyExists | Self::Aborted => S::CONFLICT,
            Self::FailedPrecondition => S::BAD_REQUEST,
            Self::ResourceExhausted => S::TOO_MANY_REQUESTS,
            Self::Unimplemented => S::NOT_IMPLEMENTED,
            Self::Unavailable => S::SERVICE_UNAVAILABLE,
            Self::DeadlineExceeded => S::GATEWAY_TIMEOUT,
            Self::Internal => S::INTERNAL_SERVER_ERROR,
        }
    }

    /// Maps a gRPC code back to a category (used by the gateway for upstream errors).
    pub fn from_grpc(code: tonic::Code) -> Self {
        use tonic::Code as C;
        match code {
            C::InvalidArgument | C::OutOfRange => Self::InvalidArgument,
            C::Unauthenticated => Self::Unauthenticated,
            C::PermissionDenied => Self::PermissionDenied,
            C::NotFound => Self::NotFound,
            C::AlreadyExists => Self::AlreadyExists,
            C::FailedPrecondition => Self::FailedPrecondition,
            C::Aborted => Self::Aborted,
            C::ResourceExhausted => Self::ResourceExhausted,
            C::Unimplemented => Self::Unimplemented,
            C::Unavailable => Self::Unavailable,
            C::DeadlineExceeded | C::Cancelled => Self::DeadlineExceeded,
            C::Ok | C::Unknown | C::Internal | C::DataLoss => Self::Internal,
        }
    }
}

/// One invalid field of a request, named by its dotted path (`policy.conditions[2].threshold`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldViolation {
    /// Dotted path of the field.
    pub field: String,
    /// What is wrong with it.
    pub description: String,
}

/// The error every SecureFlow service returns.
#[derive(Debug)]
pub struct Error {
    code: ErrorCode,
    message: String,
    reason: Option<&'static str>,
    violations: Vec<FieldViolation>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

/// Result with the platform [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An error of a category with a message for the caller.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            reason: None,
            violations: Vec::new(),
            source: None,
        }
    }

    /// Invalid input in one field.
    pub fn invalid_field(field: impl Into<String>, description: impl Into<String>) -> Self {
        let violation = FieldViolation {
            field: field.into(),
            description: description.into(),
        };
        let message = format!("invalid {}: {}", violation.field, violation.description);
        Self::new(ErrorCode::InvalidArgument, message).with_violations(vec![violation])
    }

    /// A resource that does not exist.
    pub fn not_found(kind: &str, id: &str) -> Self {
        Self::new(ErrorCode::NotFound, format!("{kind} `{id}` not found"))
    }

    /// `Ok` when `found`, else [`Error::not_found`]: the answer of a change
    /// to a row that may not exist (a delete that deleted nothing…).
    pub fn not_found_unless(found: bool, kind: &str, id: &str) -> Result<()> {
        if found {
            Ok(())
        } else {
            Err(Self::not_found(kind, id))
        }
    }

    /// An RPC whose logic is not built yet.
    pub fn unimplemented(what: &str) -> Self {
        Self::new(
            ErrorCode::Unimplemented,
            format!("{what} is not implemented yet"),
        )
    }

    /// An unexpected failure; `source` is logged, the caller sees a generic message.
    pub fn internal(source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        let mut error = Self::new(ErrorCode::Internal, "internal error");
        error.source = Some(source.into());
        error
    }

    /// Attaches the underlying failure (logged, never shown to the caller).
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Attaches a machine-readable UPPER_SNAKE reason (`google.rpc.ErrorInfo`).
    pub fn with_reason(mut self, reason: &'static str) -> Self {
        self.reason = Some(reason);
        self
    }

    /// Attaches field violations (`google.rpc.BadRequest`).
    pub fn with_violations(mut self, violations: Vec<FieldViolation>) -> Self {
        self.violations = violations;
        self
    }

    /// The category.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The message shown to the caller.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The field violations, if any.
    pub fn violations(&self) -> &[FieldViolation] {
        &self.violations
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.code, self.message)?;
        if let Some(source) = &self.source {
            write!(f, " ({source})")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}

/// Domain used in `google.rpc.ErrorInfo`.
pub const ERROR_DOMAIN: &str = "secureflow.dev";

impl From<Error> for tonic::Status {
    fn from(error: Error) -> Self {
        if error.code == ErrorCode::Internal {
            tracing::error!(error = %error, "internal error");
        }
        let mut details = ErrorDetails::new();
        if let Some(reason) = error.reason {
            details.set_error_info(reason, ERROR_DOMAIN, std::collections::HashMap::new());
        }
        for violation in &error.violations {
            details.add_bad_request_violation(&violation.field, &violation.description);
        }
        tonic::Status::with_error_details(error.code.grpc(), error.message, details)
    }
}

impl From<sqlx::Error> for Error {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::RowNotFound => Self::new(ErrorCode::NotFound, "not found"),
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                Self::new(ErrorCode::AlreadyExists, "already exists")
            }
            sqlx::Error::Database(db) if is_disk_full(db.code().as_deref()) => {
                tracing::error!(%error, "the database's disk is full");
                Self::new(
                    ErrorCode::ResourceExhausted,
                    "the disk holding the database is full: nothing was stored; \
                     free space there (the data directory in the embedded mode) and retry",
                )
                .with_reason("DISK_FULL")
            }
            sqlx::Error::Database(db) if is_read_only(db.code().as_deref()) => {
                tracing::error!(%error, "the database is read-only");
                Self::new(
                    ErrorCode::Unavailable,
                    "the database is read-only: nothing was stored; the operator must make \
                     it writable",
                )
                .with_reason("DATABASE_READ_ONLY")
            }
            sqlx::Error::Database(db) if is_conflict(db.code().as_deref()) => {
                tracing::debug!(%error, "transaction lost a conflict");
                let mut aborted = Self::new(
                    ErrorCode::Aborted,
                    "the change conflicted with a concurrent one and was not stored; retry",
                )
                .with_reason("CONCURRENT_CHANGE");
                aborted.source = Some(Box::new(error));
                aborted
            }
            sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed => {
                let mut unavailable = Self::new(ErrorCode::Unavailable, "database unavailable");
                unavailable.source = Some(Box::new(error));
                unavailable
            }
            _ => Self::internal(error),
        }
    }
}

/// SQLite's SQLITE_FULL (any extended form) or PostgreSQL's `disk_full` (53100).
fn is_disk_full(code: Option<&str>) -> bool {
    match code {
        Some("53100") => true,
        Some(code) => crate::db::sqlite_primary_code(code) == Some(crate::db::SQLITE_FULL),
        None => false,
    }
}

/// SQLite's SQLITE_READONLY (any extended form) or PostgreSQL's
/// `read_only_sql_transaction` (25006).
fn is_read_only(code: Option<&str>) -> bool {
    match code {
        Some("25006") => true,
        Some(code) => crate::db::sqlite_primary_code(code) == Some(crate::db::SQLITE_READONLY),
        None => false,
    }
}

/// PostgreSQL's `serialization_failure` (40001) and `deadlock_detected`
/// (40P01): the transaction was rolled back and may simply be retried.
fn is_conflict(code: Option<&str>) -> bool {
    matches!(code, Some("40001" | "40P01"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_maps_to_matching_grpc_and_http() {
        let table = [
            (
                ErrorCode::InvalidArgument,
                tonic::Code::InvalidArgument,
                400,
            ),
            (
                ErrorCode::Unauthenticated,
                tonic::Code::Unauthenticated,
                401,
            ),
            (
                ErrorCode::PermissionDenied,
                tonic::Code::PermissionDenied,
                403,
            ),
            (ErrorCode::NotFound, tonic::Code::NotFound, 404),
            (ErrorCode::AlreadyExists, tonic::Code::AlreadyExists, 409),
            (
                ErrorCode::FailedPrecondition,
                tonic::Code::FailedPrecondition,
                400,
            ),
            (ErrorCode::Aborted, tonic::Code::Aborted, 409),
            (
                ErrorCode::ResourceExhausted,
                tonic::Code::ResourceExhausted,
                429,
            ),
            (ErrorCode::Unimplemented, tonic::Code::Unimplemented, 501),
            (ErrorCode::Unavailable, tonic::Code::Unavailable, 503),
            (
                ErrorCode::DeadlineExceeded,
                tonic::Code::DeadlineExceeded,
                504,
            ),
            (ErrorCode::Internal, tonic::Code::Internal, 500),
        ];
        for (code, grpc, http) in table {
            assert_eq!(code.grpc(), grpc, "{code:?}");
            assert_eq!(code.http().as_u16(), http, "{code:?}");
            assert_eq!(ErrorCode::from_grpc(grpc), code, "{code:?}");
        }
    }

    #[test]
    fn field_violation_becomes_bad_request_details() {
        let status: tonic::Status = Error::invalid_field("policy.name", "must not be empty").into();
        assert_eq!(status.code(), tonic::Code::InvalidArgument);
        assert_eq!(status.message(), "invalid policy.name: must not be empty");
        let details = status.get_error_details();
        let bad_request = details.bad_request().expect("bad request details");
        assert_eq!(bad_request.field_violations[0].field, "policy.name");
    }

    #[test]
    fn disk_full_and_read_only_codes_are_recognised_on_both_backends() {
        assert!(is_disk_full(Some("13")));
        assert!(is_disk_full(Some("53100")));
        assert!(
            !is_disk_full(Some("2067")),
            "a unique violation is not a full disk"
        );
        assert!(!is_disk_full(None));
        assert!(is_read_only(Some("8")));
        assert!(is_read_only(Some("1032")), "SQLITE_READONLY_DBMOVED");
        assert!(is_read_only(Some("25006")));
        assert!(!is_read_only(Some("23505")));
        assert!(is_conflict(Some("40P01")));
        assert!(is_conflict(Some("40001")));
        assert!(!is_conflict(Some("23505")));
        assert!(!is_conflict(None));
    }

    #[test]
    fn internal_errors_hide_their_cause_from_the_caller() {
        let status: tonic::Status = Error::internal("connection string with a password").into();
        assert_eq!(status.code(), tonic::Code::Internal);
        assert_eq!(status.message(), "internal error");
    }
}
