//! The crate's integration tests, built as one test binary: one link instead of
//! one per file. Each file is a module; run one with
//! `cargo test -p <crate> --test integration <file>::`.

mod common;

mod access;
mod backend_tls;
mod backfill_crash;
mod distributed;
mod grpc_web;
mod live_events;
mod notification_crash;
mod notifications;
mod pipeline_crash;
mod pipeline_triggers;
mod rest;
mod serve;
mod split;
mod system_status;
mod tenancy;
mod tls;
mod webhook_crash;
mod webhooks;
