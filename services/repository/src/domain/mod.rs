//! The repository service's own types and pure rules: no I/O, no protobuf.

pub mod api;
pub mod connection;
pub mod repository;
pub mod webhook;
