//! Shared runtime of every SecureFlow service.
//!
//! - [`config`]: layered configuration (defaults → file → `SECUREFLOW_*` env → flags).
//! - [`db`]: SQLite (embedded default) and PostgreSQL behind one sqlx `Any` pool,
//!   with per-service migrations.
//! - [`events`]: the transactional outbox and the durable embedded event log.
//! - [`error`]: one error type and the one table mapping it to gRPC and HTTP.
//! - [`access`]: the access rule of every RPC, read from the contracts.
//! - [`auth`]: the one layer that authenticates callers and enforces those rules.
//! - [`blobs`]: the blob store (local directories or S3) for content too large for rows.
//! - [`documents`]: which document collections live in MongoDB, and its connection.
//! - [`secrets`]: AES-256-GCM envelope encryption of secrets at rest, with key rotation.
//! - [`telemetry`]: logs, OTLP traces (off unless configured), Prometheus metrics.
//! - [`tls`]: TLS 1.3 on the listener (reloaded certificates, mutual TLS) and to upstreams.
//! - [`server`]: composes services with health, reflection and `/metrics`, and
//!   shuts down gracefully.

#![forbid(unsafe_code)]

pub mod access;
pub mod audit;
pub mod audit_journal;
pub mod auth;
pub mod blobs;
pub mod bulk;
pub mod config;
pub mod db;
pub mod documents;
pub mod edge;
pub mod error;
pub mod events;
pub mod filtered;
pub mod mesh;
pub mod migrations;
pub mod pagination;
pub mod secrets;
pub mod server;
pub mod shared;
pub mod telemetry;
#[cfg(feature = "testkit")]
pub mod testkit;
pub mod tls;
pub mod update_mask;

pub use error::{Error, ErrorCode, Result};
