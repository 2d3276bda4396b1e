//! What can go wrong talking to SecureFlow.

/// A client error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration cannot work (a malformed server address, an unreadable
    /// CA certificate, a token that is not a valid header value).
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// The server could not be reached.
    #[error("cannot connect to {server}: {source}")]
    Connect {
        /// The address tried.
        server: String,
        /// Why.
        #[source]
        source: tonic::transport::Error,
    },
    /// The server answered with an error.
    #[error("{}: {}", .0.code(), .0.message())]
    Status(#[from] tonic::Status),
    /// Reading a local file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The gRPC status, when the server answered with one.
    pub fn status(&self) -> Option<&tonic::Status> {
        match self {
            Self::Status(status) => Some(status),
            _ => None,
        }
    }
}
