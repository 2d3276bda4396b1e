//! Security: scanner report ingestion, deduplicated vulnerabilities and their lifecycle, policies and quality gates, reports.
//!
//! The contract is `secureflow.security.v1.SecurityService`
//! (`proto/secureflow/security/v1/`). Built: report parsing for 17 formats
//! ([`domain::formats`]), deduplication and lifecycle ([`domain::lifecycle`]),
//! ingestion as one body (`CreateScan`) or as a chunked upload with streamed
//! progress (`IngestReport`, [`progress`]), `WatchScan`, scan and vulnerability
//! reads, triage (`UpdateVulnerabilityStatus`, `AssignVulnerability`,
//! accepted-risk expiry), policies and quality gates ([`policies`], [`gates`],
//! [`domain::gate`]: the verdict ends every upload, re-evaluation publishes
//! `gate.changed`), threat-intelligence imports ([`intel`]) and risk scores
//! ([`domain::risk`]), the posture score ([`domain::posture`]), reports
//! ([`reports`], [`domain::report`]: posture over time, open vulnerabilities,
//! remediation times, per tool, compliance views, findings as JSON, CSV or SARIF).

#![forbid(unsafe_code)]

pub mod assessment;
pub mod breaches;
pub mod config;
pub mod convert;
pub mod domain;
pub mod events;
pub mod gates;
pub mod grpc;
pub mod ingest;
pub mod intel;
pub mod listing;
pub mod maintenance;
pub mod migrations;
pub mod originals;
pub mod policies;
pub mod progress;
pub mod ranking;
pub mod reports;
pub mod repositories;
pub mod store;
pub mod triage;

use std::sync::Arc;

use secureflow_platform::blobs::BlobStore;
use secureflow_platform::server::{ServiceContext, ServiceModule};
use secureflow_proto::secureflow::security::v1::security_service_server::SecurityServiceServer;
use tonic::server::NamedService;

use crate::config::SecurityConfig;
use crate::gates::Gates;
use crate::grpc::SecurityHandler;
use crate::migrations::SECURITY_MIGRATIONS;
use crate::store::scans::Scans;

/// The security service as `secureflowd` composes it.
pub const MODULE: ServiceModule = ServiceModule {
    consumers: &[events::ORGANIZATIONS, events::REPOSITORIES],
    config: Some(config::SECTION),
    name: <SecurityServiceServer<SecurityHandler> as NamedService>::NAME,
    short_name: "security",
    migrations: Some(SECURITY_MIGRATIONS),
    start: Some(|context| {
        let (db, secrets) = (context.db.clone(), context.secrets.clone());
        let contents = reports::ReportContents::of(&context);
        let scans = scans(&context);
        let records = scans.clone();
        tokio::spawn(async move {
            let gates = gates(&context);
            listing::refresh_statistics(&context.db);
            if let Err(error) = ranking::refresh_all(&context.db).await {
                tracing::warn!(%error, "ranking vulnerabilities at start failed");
            }
            let mut tick = tokio::time::interval(maintenance::INTERVAL);
            loop {
                tick.tick().await;
                maintenance::tick(&context.db, &context.events, &gates, &scans).await;
            }
        });
        // Before serving: the salts and the originals' keys move to the active
        // key version, so the old key can be removed once every service has
        // started with the new one (and scan records an earlier run staged
        // for MongoDB go there).
        Box::pin(async move {
            contents.ready()?;
            store::secret_salts::SALTS.rewrap(&db, &secrets).await?;
            records.prepare(&secrets).await?;
            Ok(())
        })
    }),
    register: |context, routes| {
        // Reports can be large; the default 4 MiB message limit is for ordinary calls.
        let server =
            SecurityServiceServer::new(SecurityHandler::new(context.clone(), gates(context)))
                .max_decoding_message_size(ingest::MAX_REPORT_BYTES);
        routes.add_service(server);
    },
};

/// The security service's part of the blob store (report exports and
/// uploaded originals): `blobs.url`'s bucket under `security/`, or else
/// `<data_dir>/security/blobs`.
pub(crate) fn blob_store(context: &ServiceContext) -> BlobStore {
    let local = context.config.data_dir.join("security").join("blobs");
    BlobStore::open(&context.config.blobs, "security", &local)
}

/// The process's scan records: in MongoDB when `documents` names `scans`.
pub(crate) fn scans(context: &ServiceContext) -> Arc<Scans> {
    context
        .shared
        .get_or_insert_with(|| Scans::new(&context.db, &context.documents))
}

/// The process's gate service (one cache, shared by the handlers and the
/// expiry task).
pub(crate) fn gates(context: &ServiceContext) -> Arc<Gates> {
    // Outside the closure: the shared values are locked while it runs.
    let scans = scans(context);
    context.shared.get_or_insert_with(|| {
        Gates::new(
            context.db.clone(),
            context.events.clone(),
            scans,
            // Checked when the server started.
            &SecurityConfig::of(&context.config).unwrap_or_default(),
        )
    })
}
