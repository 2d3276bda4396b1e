//! Analytics: developer, team and repository metrics (DORA and quality), reports, live event stream.
//!
//! The contract is `secureflow.analytics.v1.AnalyticsService` (`proto/secureflow/analytics/v1/`). Its RPCs
//! are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::analytics::v1::analytics_service_server::{
    AnalyticsService, AnalyticsServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.analytics.v1.AnalyticsService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct AnalyticsHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl AnalyticsService for AnalyticsHandler {}

/// The analytics service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <AnalyticsServiceServer<AnalyticsHandler> as NamedService>::NAME,
    short_name: "analytics",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(AnalyticsServiceServer::new(AnalyticsHandler));
    },
};
