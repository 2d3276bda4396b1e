//! What the repository service publishes and consumes, in one place.
//!
//! Publishes (each appended in the transaction of the change it reports):
//! - `repository.repositories` when a repository is created, updated,
//!   deleted, undeleted or purged ([`crate::repositories`]).
//!
//! Consumes nothing yet.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_platform::events::Publisher;
use secureflow_proto::secureflow::events::v1::{RepositoryChanged, envelope::Data};

use crate::domain::repository::Criticality;
use crate::store::repositories::RepositoryRow;

/// Envelopes of this service.
pub const PUBLISHER: Publisher = Publisher::new("secureflow.repository.v1.RepositoryService");

/// What happened to a repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Registered.
    Created,
    /// Its settings changed.
    Updated,
    /// Deleted: purged at the time given.
    Deleted {
        /// When it is purged, µs.
        expires_at_us: i64,
    },
    /// Restored before its purge.
    Undeleted,
    /// Purged for good: other services drop what they hold of it.
    Purged,
}

impl Change {
    fn name(self) -> &'static str {
        match self {
            Change::Created => "created",
            Change::Updated => "updated",
            Change::Deleted { .. } => "deleted",
            Change::Undeleted => "undeleted",
            Change::Purged => "purged",
        }
    }
}

/// `repository.repositories` of `row` after `change`.
pub fn repository_changed(row: &RepositoryRow, change: Change) -> (String, Data) {
    let settings = &row.settings;
    let criticality = match settings.criticality {
        Criticality::Unrecorded => "",
        level => level.name(),
    };
    let data = Data::RepositoryChanged(RepositoryChanged {
        repository_id: row.id.clone(),
        change: change.name().to_owned(),
        full_name: settings.full_name.clone(),
        criticality: criticality.to_owned(),
        team_id: settings.team_id.clone(),
        default_branch: settings.default_branch.clone(),
        archived: settings.archived,
        expire_time: match change {
            Change::Deleted { expires_at_us } => Some(micros_to_timestamp(expires_at_us)),
            _ => None,
        },
    });
    (row.id.clone(), data)
}
