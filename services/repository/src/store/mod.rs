//! The repository service's storage: the only place with SQL, one module per
//! aggregate, each the only writer of its tables (see docs/architecture.md).
//! Every query is scoped by organisation, but [`webhooks::by_delivery_path`]:
//! a delivery names its webhook, not its organisation.
//!
//! - [`repositories`] — `repository_repositories`.
//! - [`accounts`] — `repository_accounts` (hosts' logins linked to e-mail
//!   addresses and users, across the organisation's repositories).
//! - [`webhooks`] — `repository_webhooks`.
//! - [`connections`] — `repository_connections` (hosts' APIs, secrets sealed).
//! - [`deliveries`] — `repository_deliveries` (each accepted delivery, once).
//! - [`branches`] — `repository_branches`.
//! - [`commits`] — `repository_commits`.
//! - [`contributors`] — `repository_contributors` (as the hosts count them).
//! - [`pull_requests`] — `repository_pull_requests`, `repository_reviews`.
//! - [`syncs`] — `repository_syncs` (backfills and their cursors).

use secureflow_platform::Result;
use sqlx::{Any, Transaction};

pub mod accounts;
pub mod branches;
pub mod commits;
pub mod connections;
pub mod contributors;
pub mod deliveries;
pub mod pull_requests;
pub mod repositories;
pub mod syncs;
pub mod webhooks;

/// Deletes what the service recorded of a repository from its deliveries
/// (when it is purged): each table through the module that owns it.
pub async fn delete_records(
    tx: &mut Transaction<'_, Any>,
    organization_id: &str,
    repository_id: &str,
) -> Result<()> {
    for table in [
        deliveries::TABLE,
        branches::TABLE,
        commits::TABLE,
        contributors::TABLE,
        pull_requests::TABLE,
        pull_requests::REVIEWS,
        syncs::TABLE,
    ] {
        table
            .delete_by(&mut **tx, organization_id, "repository_id", repository_id)
            .await?;
    }
    Ok(())
}
