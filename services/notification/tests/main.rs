//! The crate's integration tests, built as one test binary: one link instead of
//! one per file. Each file is a module; run one with
//! `cargo test -p <crate> --test integration <file>::`.

mod common;

mod channels;
mod notification_records;
mod people;
mod routing;
mod unread;
