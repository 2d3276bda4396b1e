//! The crate's integration tests, built as one test binary: one link instead of
//! one per file. Each file is a module; run one with
//! `cargo test -p <crate> --test integration <file>::`.

mod common;

mod faults;
mod fixtures;
mod formats;
mod fuzz;
mod gates;
mod ingest;
mod listing;
mod migrations;
mod organizations;
mod originals;
mod reports;
mod repositories;
mod scan_records;
mod scanners;
mod secrets;
mod upload;
