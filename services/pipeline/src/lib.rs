//! Pipelines: definitions, executions, cancellation and live stage/step status and logs.
//!
//! The contract is `secureflow.pipeline.v1.PipelineService` (`proto/secureflow/pipeline/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it. Built so far: [`domain::definition`]
//! (the YAML form of a pipeline, read and checked with every problem's line and
//! column) and [`domain::variables`] (`${NAME}` and `${secrets.NAME}` references).

#![forbid(unsafe_code)]

pub mod convert;
pub mod domain;

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_server::{
    PipelineService, PipelineServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.pipeline.v1.PipelineService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct PipelineHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl PipelineService for PipelineHandler {}

/// The pipeline service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <PipelineServiceServer<PipelineHandler> as NamedService>::NAME,
    short_name: "pipeline",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(PipelineServiceServer::new(PipelineHandler));
    },
};
