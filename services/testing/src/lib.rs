//! Testing: test suites, executions, coverage and trends.
//!
//! The contract is `secureflow.testing.v1.TestingService` (`proto/secureflow/testing/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::testing::v1::testing_service_server::{
    TestingService, TestingServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.testing.v1.TestingService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct TestingHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl TestingService for TestingHandler {}

/// The testing service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <TestingServiceServer<TestingHandler> as NamedService>::NAME,
    short_name: "testing",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(TestingServiceServer::new(TestingHandler));
    },
};
