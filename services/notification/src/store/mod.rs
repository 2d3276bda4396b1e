//! The notification service's tables, one module per aggregate; the only
//! place with SQL.
//!
//! | module | tables |
//! |---|---|
//! | [`channels`] | `notification_channels` |
//! | [`templates`] | `notification_templates` |
//! | [`deliveries`] | `notification_notifications`, `notification_deliveries` |
//! | [`rules`] | `notification_rules` |
//! | [`escalation`] | `notification_escalation_rules` |
//! | [`preferences`] | `notification_preferences` |
//! | [`holds`] | `notification_holds`, `notification_held` |
//! | [`repositories`] | `notification_repositories` (the copy of `repository.repositories`) |

pub mod channels;
pub mod deliveries;
pub mod escalation;
pub mod holds;
pub mod preferences;
pub mod repositories;
pub mod rules;
pub mod templates;

use secureflow_platform::db::{Database, Owned};
use secureflow_platform::{Error, Result};
use sqlx::any::AnyRow;

/// `value` as JSON text.
fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(Error::internal)
}

/// JSON text read back (a column this service wrote).
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(Error::internal)
}

/// The organisation's row `id` of `table`, read by `read`.
async fn one<T>(
    table: Owned,
    db: &Database,
    organization_id: &str,
    id: &str,
    read: fn(&AnyRow) -> Result<T>,
) -> Result<Option<T>> {
    table
        .get(db.pool(), organization_id, id)
        .await?
        .as_ref()
        .map(read)
        .transpose()
}
