//! Notifications: channels, templates, routing, deliveries, people and
//! escalation.
//!
//! The contract is `secureflow.notification.v1.NotificationService`
//! (`proto/secureflow/notification/v1/`). Channels of every type with their
//! settings checked and credentials sealed ([`channels`]); the transports
//! that send over them ([`send`]: signed webhooks, Slack Block Kit, Teams
//! Adaptive Cards, e-mail over SMTP); templates with their checks, previews
//! and shipped defaults ([`templates`]); routing of events by subscription
//! rules ([`events`]); the courier that delivers with retries and channel
//! health and steps escalations ([`courier`], [`escalation`]); people —
//! users, teams, assignees — from the identity and security APIs
//! ([`directory`]) with their inbox and preferences ([`deliveries`],
//! [`preferences`]); ad-hoc messages ([`messages`]); signed acknowledgement
//! links ([`links`]); what a rule sends about an event ([`plan`]); groups of
//! events sent as one message, and quiet hours' digests ([`holds`]). The
//! layout follows docs/architecture.md.

#![forbid(unsafe_code)]

pub mod channels;
pub mod config;
pub mod convert;
pub mod courier;
pub mod deliveries;
pub mod directory;
pub mod domain;
pub mod escalation;
pub mod events;
pub mod grpc;
pub mod holds;
pub mod links;
pub mod messages;
pub mod migrations;
pub mod plan;
pub mod preferences;
pub mod rules;
pub mod send;
pub mod store;
pub mod templates;

use secureflow_platform::mesh::Mesh;
use secureflow_platform::server::{ServiceContext, ServiceModule};
use secureflow_proto::secureflow::notification::v1::notification_service_server::NotificationServiceServer;
use tonic::server::NamedService;

use crate::config::NotificationConfig;
use crate::courier::Courier;
use crate::directory::Directory;
use crate::grpc::NotificationHandler;
use crate::links::Links;
use crate::store::notifications::Notifications;

/// The process's courier: one per database, shared by the routing consumer
/// and the start hook.
fn shared_courier(context: &ServiceContext) -> Courier {
    // Taken first: `Shared` is locked while it makes a value.
    let mesh = context.shared.get_or_insert_with(Mesh::default);
    context
        .shared
        .get_or_insert_with(|| {
            let config = NotificationConfig::of(&context.config).unwrap_or_default();
            let links = Links::new(context.secrets.clone(), &config);
            let directory = Directory::new(context.identity.clone(), mesh);
            Courier::new(
                context.db.clone(),
                Notifications::new(&context.db, &context.documents),
                context.secrets.clone(),
                links,
                directory,
                config.sending_lease(),
            )
        })
        .as_ref()
        .clone()
}

/// The notification service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[events::ROUTING, events::REPOSITORIES],
    config: Some(config::SECTION),
    name: <NotificationServiceServer<NotificationHandler> as NamedService>::NAME,
    short_name: "notification",
    migrations: Some(migrations::NOTIFICATION_MIGRATIONS),
    start: Some(|context| {
        let (db, secrets) = (context.db.clone(), context.secrets.clone());
        let courier = shared_courier(&context);
        Box::pin(async move {
            store::channels::SEALED.rewrap(&db, &secrets).await?;
            courier.notifications().keep_forwarding();
            courier.start().await
        })
    }),
    register: |context, routes| {
        routes.add_service(NotificationServiceServer::new(NotificationHandler::new(
            context,
        )));
    },
};
