//! Connections to the hosts' APIs: created with a token or a GitHub App key
//! that is sealed at rest and never returned, listed without it, deleted.

use std::sync::Arc;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};

use crate::domain::connection::Draft;
use crate::store::connections::{self as store, ConnectionRow};

/// What the secret of connection `id` is sealed under (binds it to the row).
pub fn secret_context(id: &str) -> String {
    format!("repository.connection:{id}")
}

/// The organisations' connections.
#[derive(Clone)]
pub struct Connections {
    db: Database,
    secrets: Arc<Secrets>,
}

impl std::fmt::Debug for Connections {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Connections")
            .finish_non_exhaustive()
    }
}

impl Connections {
    /// Over the service's database and the secrets service.
    pub fn new(db: Database, secrets: Arc<Secrets>) -> Self {
        Self { db, secrets }
    }

    /// Creates a connection in the organisation, its secret sealed.
    pub async fn create(&self, organization_id: &str, draft: Draft) -> Result<ConnectionRow> {
        let (settings, secret) = draft.checked().map_err(|(field, problem)| {
            Error::invalid_field(format!("connection.{field}"), problem)
        })?;
        let id = uuid::Uuid::now_v7().to_string();
        let row = ConnectionRow {
            secret_sealed: self.secrets.seal(secret.as_bytes(), &secret_context(&id))?,
            id,
            organization_id: organization_id.to_owned(),
            settings,
            created_at_us: now_micros(),
        };
        if let Err(error) = store::insert(&self.db, &row).await {
            if error.code() == ErrorCode::AlreadyExists {
                return Err(Error::new(
                    ErrorCode::AlreadyExists,
                    format!(
                        "connection.name: the organisation already has a connection named `{}`",
                        row.settings.name
                    ),
                ));
            }
            return Err(error);
        }
        Ok(row)
    }

    /// The organisation's connections, oldest first.
    pub async fn list(&self, organization_id: &str) -> Result<Vec<ConnectionRow>> {
        store::list(&self.db, organization_id).await
    }

    /// Deletes connection `id` of the organisation.
    pub async fn delete(&self, organization_id: &str, id: &str) -> Result<()> {
        let found = store::delete(&self.db, organization_id, id).await?;
        Error::not_found_unless(found, "connection", id)
    }
}
