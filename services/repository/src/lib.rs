//! Repositories: connected repositories, verified webhooks, branches, commits, pull requests and reviews.
//!
//! The contract is `secureflow.repository.v1.RepositoryService` (`proto/secureflow/repository/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

pub mod domain;
pub mod migrations;
pub mod store;

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::repository::v1::repository_service_server::{
    RepositoryService, RepositoryServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.repository.v1.RepositoryService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct RepositoryHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl RepositoryService for RepositoryHandler {}

/// The repository service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <RepositoryServiceServer<RepositoryHandler> as NamedService>::NAME,
    short_name: "repository",
    migrations: Some(migrations::REPOSITORY_MIGRATIONS),
    start: None,
    register: |_context, routes| {
        routes.add_service(RepositoryServiceServer::new(RepositoryHandler));
    },
};
