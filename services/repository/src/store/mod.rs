//! The repository service's storage: the only place with SQL, one module per
//! aggregate, each the only writer of its tables (see docs/architecture.md).
//! Every query is scoped by organisation.
//!
//! - [`repositories`] — `repository_repositories`.
//! - [`webhooks`] — `repository_webhooks`.

pub mod repositories;
pub mod webhooks;
