//! The crate's integration tests, built as one test binary: one link instead of
//! one per file. Each file is a module; run one with
//! `cargo test -p <crate> --test integration <file>::`.

mod common;

mod accounts;
mod audit;
mod audit_records;
mod grants;
mod migrations;
mod oidc;
