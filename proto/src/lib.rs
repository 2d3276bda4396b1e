//! SecureFlow v1 contracts, generated from `proto/secureflow/**/*.proto`.
//!
//! Every package has its prost messages, a tonic client (`*_client`) and server
//! (`*_server`, with default methods that answer `UNIMPLEMENTED`), and serde impls
//! speaking canonical proto3 JSON (pbjson). [`FILE_DESCRIPTOR_SET`] holds the
//! descriptors of every file with their imports and comments, for gRPC reflection,
//! the REST gateway and the permission table.
//!
//! The code under `src/gen/` is checked in; regenerate it with
//! `cargo run -p secureflow-proto-codegen` after changing a `.proto` file. A test
//! fails when it drifts from the contracts.

#![forbid(unsafe_code)]
#![allow(missing_docs, clippy::all, clippy::pedantic)]

include!("gen/mod.rs");

mod paged;
pub use paged::{PAGED_MESSAGES, Paged};

/// Encoded `google.protobuf.FileDescriptorSet` of every SecureFlow proto file and its imports.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("gen/secureflow_descriptor.bin");

/// Full gRPC names of the nine domain services, in dependency order.
pub const DOMAIN_SERVICES: [&str; 9] = [
    "secureflow.identity.v1.IdentityService",
    "secureflow.repository.v1.RepositoryService",
    "secureflow.pipeline.v1.PipelineService",
    "secureflow.security.v1.SecurityService",
    "secureflow.testing.v1.TestingService",
    "secureflow.workflow.v1.WorkflowService",
    "secureflow.analytics.v1.AnalyticsService",
    "secureflow.hr.v1.HrService",
    "secureflow.notification.v1.NotificationService",
];
