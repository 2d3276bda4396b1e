//! Repositories: connected repositories, verified webhooks, branches, commits, pull requests and reviews.
//!
//! The contract is `secureflow.repository.v1.RepositoryService` (`proto/secureflow/repository/v1/`).
//! Built so far: repositories (create, read by id or full name, list, update,
//! delete with a grace period, undelete), each change published as
//! `repository.repositories`; webhooks (create with a secret sealed at rest
//! and shown once, list, delete); deliveries ([`deliveries`]: verified,
//! recorded once per delivery id into branches, commits, pull requests and
//! reviews, published as `repository.commits`, `repository.pull_requests` and
//! `repository.refs`, listed per webhook) and the reads of what they recorded
//! ([`records`]); connections to the hosts' APIs ([`connections`], secrets
//! sealed) and backfills through them ([`backfill`]: paged, rate-limited,
//! resumable from a per-page cursor). The layout follows
//! docs/architecture.md.

#![forbid(unsafe_code)]

pub mod backfill;
pub mod config;
pub mod connections;
pub mod convert;
pub mod deliveries;
pub mod domain;
pub mod events;
pub mod grpc;
pub mod migrations;
pub mod records;
pub mod repositories;
pub mod store;
pub mod webhooks;

use std::time::Duration;

use secureflow_platform::server::{ServiceContext, ServiceModule};
use secureflow_proto::secureflow::repository::v1::repository_service_server::RepositoryServiceServer;
use tonic::server::NamedService;

use crate::backfill::Backfills;
use crate::config::RepositoryConfig;
use crate::connections::Connections;
use crate::deliveries::Deliveries;
use crate::grpc::RepositoryHandler;
use crate::repositories::Repositories;
use crate::webhooks::Webhooks;

/// How often deleted repositories past their grace period are purged.
const PURGE_INTERVAL: Duration = Duration::from_secs(60);

fn repositories(context: &ServiceContext) -> Repositories {
    // The section was checked when the server started.
    let config = RepositoryConfig::of(&context.config).unwrap_or_default();
    Repositories::new(
        context.db.clone(),
        context.events.clone(),
        context.identity.clone(),
        config,
    )
}

/// The repository service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[],
    config: Some(config::SECTION),
    name: <RepositoryServiceServer<RepositoryHandler> as NamedService>::NAME,
    short_name: "repository",
    migrations: Some(migrations::REPOSITORY_MIGRATIONS),
    start: Some(|context| {
        let repositories = repositories(&context);
        let (db, secrets) = (context.db.clone(), context.secrets.clone());
        let backfills = Backfills::new(db.clone(), secrets.clone(), repositories.clone());
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(PURGE_INTERVAL);
            loop {
                tick.tick().await;
                match repositories.purge_due().await {
                    Ok(0) => {}
                    Ok(purged) => tracing::info!(purged, "purged deleted repositories"),
                    Err(error) => tracing::warn!(%error, "purging deleted repositories failed"),
                }
            }
        });
        // Before serving: webhook secrets move to the active key version, so
        // the old key can be removed once every service has started with the
        // new one (identity's `RotateEncryptionKey` does the same for its own).
        Box::pin(async move {
            store::webhooks::SECRETS.rewrap(&db, &secrets).await?;
            store::connections::SECRETS.rewrap(&db, &secrets).await?;
            // Backfills a stop interrupted go on from their cursors.
            tokio::spawn(async move {
                match backfills.resume_unfinished().await {
                    Ok(0) => {}
                    Ok(resumed) => tracing::info!(resumed, "resumed interrupted backfills"),
                    Err(error) => tracing::warn!(%error, "resuming backfills failed"),
                }
            });
            Ok(())
        })
    }),
    register: |context, routes| {
        let repositories = repositories(context);
        let webhooks = Webhooks::new(
            context.db.clone(),
            context.secrets.clone(),
            repositories.clone(),
        );
        let backfills = Backfills::new(
            context.db.clone(),
            context.secrets.clone(),
            repositories.clone(),
        );
        let deliveries = Deliveries::new(
            context.db.clone(),
            context.events.clone(),
            context.secrets.clone(),
            context.identity.clone(),
            repositories.clone(),
        );
        routes.add_service(
            RepositoryServiceServer::new(RepositoryHandler::new(
                repositories,
                webhooks,
                deliveries,
                Connections::new(context.db.clone(), context.secrets.clone()),
                backfills,
            ))
            .max_decoding_message_size(deliveries::MAX_BODY_BYTES + 64 * 1024),
        );
    },
};
