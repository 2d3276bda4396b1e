//! Calls from one service of the process to another's API.
//!
//! A service never reads another service's tables: it calls the owner's gRPC
//! API. In one process that call goes through the process's own gRPC routes
//! behind their access layer ([`crate::auth::enforce_access`]) — the same
//! authentication, permission check and audit record as a call from outside —
//! without a socket. The server installs the routes once they are built; a
//! service asks for a [`MeshChannel`] when it makes a call.
//!
//! A service that runs in another process (split mode) answers `UNIMPLEMENTED`
//! here; calling it by its address comes with distributed mode.

use std::sync::OnceLock;

use crate::error::{Error, ErrorCode, Result};

/// The process's gRPC routes, once the server has built them. One per process,
/// found through [`crate::shared::Shared`].
#[derive(Debug, Default)]
pub struct Mesh {
    routes: OnceLock<axum::Router>,
}

/// A gRPC channel to the services of the process: give it to a generated
/// client (`SecurityServiceClient::new(channel)`).
pub type MeshChannel = axum::Router;

impl Mesh {
    /// Installs the routes (behind their access layer); later calls keep the first.
    pub fn install(&self, routes: axum::Router) {
        let _ = self.routes.set(routes);
    }

    /// A channel to the process's services; `UNAVAILABLE` before the server serves.
    pub fn channel(&self) -> Result<MeshChannel> {
        self.routes.get().cloned().ok_or_else(|| {
            Error::new(
                ErrorCode::Unavailable,
                "the server is not serving yet: calls between services are not possible",
            )
        })
    }
}
