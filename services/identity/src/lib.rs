//! Identity and access: organisations, users, teams, roles, API tokens, log-in, audit trail, secrets at rest.
//!
//! The contract is `secureflow.identity.v1.IdentityService` (`proto/secureflow/identity/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::identity::v1::identity_service_server::{
    IdentityService, IdentityServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.identity.v1.IdentityService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdentityHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl IdentityService for IdentityHandler {}

/// The identity service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    name: <IdentityServiceServer<IdentityHandler> as NamedService>::NAME,
    short_name: "identity",
    migrations: None,
    register: |_context, routes| {
        routes.add_service(IdentityServiceServer::new(IdentityHandler));
    },
};
