//! The pipeline service's storage: the only place with SQL, one module per
//! aggregate, each the only writer of its tables (see docs/architecture.md).
//! Every query is scoped by organisation, but the engine's queue
//! ([`executions::queued`], [`executions::running`]), which serves every
//! organisation.
//!
//! - [`pipelines`] — `pipeline_pipelines`, `pipeline_definitions` (every
//!   version of each definition).
//! - [`secrets`] — `pipeline_secrets` (values sealed, never returned).
//! - [`executions`] — `pipeline_executions`.
//! - [`schedules`] — `pipeline_schedules` (when each schedule fires next;
//!   [`schedules::due`] serves every organisation, as the queue does).
//! - [`artifacts`] — `pipeline_artifacts` (the files executions kept; their
//!   content is in the blob store).
//! - [`repositories`] — `pipeline_repositories`, the copy of the repository
//!   service's repositories.

pub mod artifacts;
pub mod executions;
pub mod pipelines;
pub mod repositories;
pub mod schedules;
pub mod secrets;
