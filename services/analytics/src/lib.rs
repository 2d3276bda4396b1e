//! Analytics: developer, team and repository metrics (DORA and quality), reports, live event stream.
//!
//! The contract is `secureflow.analytics.v1.AnalyticsService` (`proto/secureflow/analytics/v1/`).
//! Built: `StreamEvents` (the live tail of the organisation's events, [`live`]) and
//! `GetSystemStatus` (each service's health, [`system`]). The metrics and
//! report RPCs are not built yet: each answers `UNIMPLEMENTED` through the generated default
//! methods until its issue implements it.

#![forbid(unsafe_code)]

pub mod domain;
pub mod grpc;
pub mod live;
pub mod system;

use secureflow_platform::mesh::Mesh;
use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::analytics::v1::analytics_service_server::AnalyticsServiceServer;
use tonic::server::NamedService;

use crate::grpc::AnalyticsHandler;
use crate::live::LiveEvents;
use crate::system::SystemStatus;

/// The analytics service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <AnalyticsServiceServer<AnalyticsHandler> as NamedService>::NAME,
    short_name: "analytics",
    migrations: None,
    start: None,
    register: |context, routes| {
        let mesh = context.shared.get_or_insert_with(Mesh::default);
        routes.add_service(AnalyticsServiceServer::new(AnalyticsHandler::new(
            LiveEvents::new(context.events.clone(), context.identity.clone()),
            SystemStatus::new(
                mesh,
                context.config.clone(),
                context.db.backend(),
                context.warnings.clone(),
            ),
        )));
    },
};
