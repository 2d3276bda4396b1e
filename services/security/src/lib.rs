//! Security: scanner report ingestion, deduplicated vulnerabilities and their lifecycle, policies and quality gates, reports.
//!
//! The contract is `secureflow.security.v1.SecurityService` (`proto/secureflow/security/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

pub mod domain;

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::security::v1::security_service_server::{
    SecurityService, SecurityServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.security.v1.SecurityService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SecurityHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl SecurityService for SecurityHandler {}

/// The security service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    name: <SecurityServiceServer<SecurityHandler> as NamedService>::NAME,
    short_name: "security",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(SecurityServiceServer::new(SecurityHandler));
    },
};
