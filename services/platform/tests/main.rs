//! The crate's integration tests, built as one test binary: one link instead of
//! one per file. Each file is a module; run one with
//! `cargo test -p <crate> --test integration <file>::`.

mod common;

mod blobs;
mod bulk;
mod event_bus;
mod event_log;
mod filtered;
mod storage_faults;
mod telemetry;
mod writers;
