//! Workflows: event-driven automations and their executions.
//!
//! The contract is `secureflow.workflow.v1.WorkflowService` (`proto/secureflow/workflow/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::workflow::v1::workflow_service_server::{
    WorkflowService, WorkflowServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.workflow.v1.WorkflowService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkflowHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl WorkflowService for WorkflowHandler {}

/// The workflow service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <WorkflowServiceServer<WorkflowHandler> as NamedService>::NAME,
    short_name: "workflow",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(WorkflowServiceServer::new(WorkflowHandler));
    },
};
