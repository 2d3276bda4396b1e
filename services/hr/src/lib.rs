//! HR integration: employee sync, performance reviews with engineering metrics, benchmarks.
//!
//! The contract is `secureflow.hr.v1.HrService` (`proto/secureflow/hr/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::hr::v1::hr_service_server::{HrService, HrServiceServer};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.hr.v1.HrService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct HrHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl HrService for HrHandler {}

/// The hr service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <HrServiceServer<HrHandler> as NamedService>::NAME,
    short_name: "hr",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(HrServiceServer::new(HrHandler));
    },
};
