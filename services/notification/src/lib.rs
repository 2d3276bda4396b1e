//! Notifications: channels, templates, deliveries and escalation.
//!
//! The contract is `secureflow.notification.v1.NotificationService`
//! (`proto/secureflow/notification/v1/`). Built so far: the channel types and
//! their keys, and templates with their checks and the shipped defaults
//! ([`domain`]). The RPCs not built yet answer `UNIMPLEMENTED` through the
//! generated default methods.

#![forbid(unsafe_code)]

pub mod domain;

use secureflow_platform::server::ServiceModule;
use secureflow_proto::secureflow::notification::v1::notification_service_server::{
    NotificationService, NotificationServiceServer,
};
use tonic::server::NamedService;

/// gRPC handler of `secureflow.notification.v1.NotificationService`.
#[derive(Debug, Clone, Copy, Default)]
pub struct NotificationHandler;

// Every RPC keeps the generated default (UNIMPLEMENTED) until it is built.
impl NotificationService for NotificationHandler {}

/// The notification service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: None,
    name: <NotificationServiceServer<NotificationHandler> as NamedService>::NAME,
    short_name: "notification",
    migrations: None,
    start: None,
    register: |_context, routes| {
        routes.add_service(NotificationServiceServer::new(NotificationHandler));
    },
};
