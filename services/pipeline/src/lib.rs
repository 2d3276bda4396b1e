//! Pipelines: definitions, executions, cancellation and live stage/step status and logs.
//!
//! The contract is `secureflow.pipeline.v1.PipelineService` (`proto/secureflow/pipeline/v1/`).
//! Built so far: [`domain::definition`] (the YAML form of a pipeline, read
//! and checked with every problem's line and column), pipelines with
//! versioned definitions and sealed secrets ([`pipelines`]), executions
//! queued, listed, cancelled, watched live and their logs paged
//! ([`executions`]), and the engine that runs them ([`engine`]: a bounded
//! worker pool, stages by their needs, parallel steps, time limits, retries,
//! process groups stopped whole, logs masked into the blob directory,
//! the repository checked out at the execution's commit), and [`triggers`]
//! (pushes and pull requests start the pipelines whose triggers match, the
//! repository's own `.secureflow/pipeline.yml` kept first). Tool connectors,
//! artifacts, re-runs and schedules are not built yet: a `tool` step fails
//! saying so. The layout
//! follows docs/architecture.md.

#![forbid(unsafe_code)]

pub mod config;
pub mod convert;
pub mod domain;
pub mod engine;
pub mod events;
pub mod executions;
pub mod grpc;
pub mod migrations;
pub mod pipelines;
pub mod store;
pub mod triggers;

use secureflow_platform::blobs::BlobStore;
use secureflow_platform::mesh::Mesh;
use secureflow_platform::server::{ServiceContext, ServiceModule};
use secureflow_proto::secureflow::pipeline::v1::pipeline_service_server::PipelineServiceServer;
use tonic::server::NamedService;

use crate::config::PipelineConfig;
use crate::engine::Engine;
use crate::executions::Executions;
use crate::grpc::PipelineHandler;
use crate::pipelines::Pipelines;
use crate::triggers::Triggers;

/// How often schedules are looked at.
const SCHEDULE_TICK: std::time::Duration = std::time::Duration::from_secs(1);

/// Between looks for artifacts past their retention.
const ARTIFACT_SWEEP: std::time::Duration = std::time::Duration::from_secs(3600);

/// The process's engine: one per database, shared by the handler and the
/// start hook.
fn engine(context: &ServiceContext) -> Engine {
    // The section was checked when the server started.
    let config = PipelineConfig::of(&context.config).unwrap_or_default();
    let mesh = context.shared.get_or_insert_with(Mesh::default);
    let engine = context.shared.get_or_insert_with(|| {
        let blobs = BlobStore::open(&context.config.blobs, "pipeline", &config.blob_root());
        Engine::new(
            context.db.clone(),
            context.events.clone(),
            context.secrets.clone(),
            config,
            engine::Peers {
                identity: context.identity.clone(),
                mesh,
                blobs,
            },
        )
    });
    engine.as_ref().clone()
}

fn pipelines(context: &ServiceContext) -> Pipelines {
    Pipelines::new(context.db.clone(), context.secrets.clone(), engine(context))
}

/// What starts executions from repository events.
fn triggers(context: &ServiceContext) -> Triggers {
    Triggers::new(
        pipelines(context),
        Executions::new(context.db.clone(), engine(context)),
    )
}

/// The pipeline service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[events::REPOSITORIES],
    config: Some(config::SECTION),
    name: <PipelineServiceServer<PipelineHandler> as NamedService>::NAME,
    short_name: "pipeline",
    migrations: Some(migrations::PIPELINE_MIGRATIONS),
    start: Some(|context| {
        let engine = engine(&context);
        let schedules = triggers(&context);
        let (db, secrets) = (context.db.clone(), context.secrets.clone());
        Box::pin(async move {
            engine.blobs_ready()?;
            store::secrets::SEALED.rewrap(&db, &secrets).await?;
            // What a stopped process left running is finished as
            // interrupted before anything new starts.
            match engine.recover().await {
                Ok(0) => {}
                Ok(interrupted) => tracing::warn!(interrupted, "executions interrupted by a stop"),
                Err(error) => tracing::warn!(%error, "finishing interrupted executions failed"),
            }
            engine.start();
            // Schedules: looked at every second; a firing is claimed in the
            // database, so of several processes one starts it.
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(SCHEDULE_TICK);
                loop {
                    tick.tick().await;
                    if let Err(error) = schedules.fire_due().await {
                        tracing::warn!(%error, "starting scheduled executions failed");
                    }
                }
            });
            // Artifacts past their retention: removed at start, then hourly.
            tokio::spawn(async move {
                let mut tick = tokio::time::interval(ARTIFACT_SWEEP);
                loop {
                    tick.tick().await;
                    match engine.expire_artifacts().await {
                        Ok(0) => {}
                        Ok(removed) => tracing::info!(removed, "expired artifacts removed"),
                        Err(error) => tracing::warn!(%error, "removing expired artifacts failed"),
                    }
                }
            });
            Ok(())
        })
    }),
    register: |context, routes| {
        routes.add_service(PipelineServiceServer::new(PipelineHandler::new(
            pipelines(context),
            Executions::new(context.db.clone(), engine(context)),
        )));
    },
};
