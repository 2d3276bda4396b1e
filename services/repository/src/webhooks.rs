//! Webhooks: created for a repository on GitHub or GitLab with a secret
//! (given, or generated) that is sealed at rest and shown only in the
//! creation's answer; listed without it; deleted.

use std::sync::Arc;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};

use crate::domain::repository::Host;
use crate::domain::webhook::{checked_events, checked_secret};
use crate::repositories::Repositories;
use crate::store::webhooks::{self as store, WebhookRow};

/// What the secret of webhook `id` is sealed under (binds it to the row).
pub fn secret_context(id: &str) -> String {
    format!("repository.webhook:{id}")
}

/// The path on this server the host delivers to.
pub fn delivery_path(webhook: &WebhookRow) -> String {
    format!("/webhooks/{}/{}", webhook.host.name(), webhook.id)
}

/// The webhooks of every organisation's repositories.
#[derive(Clone)]
pub struct Webhooks {
    db: Database,
    secrets: Arc<Secrets>,
    repositories: Repositories,
}

impl std::fmt::Debug for Webhooks {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Webhooks").finish_non_exhaustive()
    }
}

impl Webhooks {
    /// Over the service's database, the secrets service and the repositories.
    pub fn new(db: Database, secrets: Arc<Secrets>, repositories: Repositories) -> Self {
        Self {
            db,
            secrets,
            repositories,
        }
    }

    /// Creates a webhook for `repository` (id or full name) subscribed to
    /// `events` (all when empty) with `secret` (generated when empty); the
    /// webhook and its secret, which is not shown again.
    pub async fn create(
        &self,
        organization_id: &str,
        repository: &str,
        events: Vec<String>,
        secret: &str,
    ) -> Result<(WebhookRow, String)> {
        let events = checked_events(events).map_err(|(field, problem)| invalid(field, &problem))?;
        let chosen = checked_secret(secret).map_err(|(field, problem)| invalid(field, &problem))?;
        let repository = self.repositories.live(organization_id, repository).await?;
        let host = repository.settings.host;
        if !matches!(host, Host::GitHub | Host::GitLab) {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "webhooks are received from GitHub and GitLab; `{}` is hosted on {}",
                    repository.settings.full_name,
                    host.name()
                ),
            ));
        }
        let secret = match chosen {
            Some(chosen) => chosen.to_owned(),
            None => generated_secret()?,
        };
        let id = uuid::Uuid::now_v7().to_string();
        let webhook = WebhookRow {
            secret_sealed: self.secrets.seal(secret.as_bytes(), &secret_context(&id))?,
            id,
            organization_id: organization_id.to_owned(),
            repository_id: repository.id,
            host,
            events,
            active: true,
            last_delivery_at_us: None,
            created_at_us: now_micros(),
        };
        store::insert(self.db.pool(), &webhook).await?;
        Ok((webhook, secret))
    }

    /// The webhooks of `repository` (id or full name; deleted ones too).
    pub async fn list(&self, organization_id: &str, repository: &str) -> Result<Vec<WebhookRow>> {
        let repository = self.repositories.get(organization_id, repository).await?;
        store::of_repository(&self.db, organization_id, &repository.id).await
    }

    /// Deletes webhook `id` of `repository` (id or full name).
    pub async fn delete(&self, organization_id: &str, repository: &str, id: &str) -> Result<()> {
        let repository = self.repositories.get(organization_id, repository).await?;
        let found = store::delete(self.db.pool(), organization_id, &repository.id, id).await?;
        Error::not_found_unless(found, "webhook", id)
    }
}

fn invalid(field: &str, problem: &str) -> Error {
    Error::invalid_field(format!("webhook.{field}"), problem)
}

/// 32 random bytes as 64 hex digits.
fn generated_secret() -> Result<String> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).map_err(|error| Error::internal(error.to_string()))?;
    Ok(hex::encode(bytes))
}
