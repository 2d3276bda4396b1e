//! Protobuf ⇄ domain and store values: `convert::<thing>(…)` builds a message,
//! `convert::<thing>_from(…)` reads one.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_proto::secureflow::repository::v1 as pb;

use crate::domain::repository::{Criticality, Draft, Host};
use crate::store::repositories::RepositoryRow;
use crate::store::webhooks::WebhookRow;
use crate::webhooks::delivery_path;

/// The message of a stored repository; a deleted one's `expire_time` is its
/// deletion plus `grace_us`.
pub fn repository(row: &RepositoryRow, grace_us: i64) -> pb::Repository {
    let settings = &row.settings;
    pb::Repository {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        name: settings.name.clone(),
        full_name: settings.full_name.clone(),
        provider: provider(settings.host) as i32,
        clone_url: settings.clone_url.clone(),
        default_branch: settings.default_branch.clone(),
        team_id: settings.team_id.clone(),
        criticality: criticality(settings.criticality) as i32,
        languages: settings.languages.clone(),
        labels: settings
            .labels
            .iter()
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect(),
        archived: settings.archived,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        delete_time: row.deleted_at_us.map(micros_to_timestamp),
        expire_time: row
            .deleted_at_us
            .map(|deleted| micros_to_timestamp(deleted.saturating_add(grace_us))),
    }
}

/// What a request says of a repository (`id` and times are not the caller's
/// to set; an unknown provider or criticality counts as unset).
pub fn repository_from(message: pb::Repository) -> Draft {
    Draft {
        name: message.name,
        full_name: message.full_name,
        host: host_from(message.provider),
        clone_url: message.clone_url,
        default_branch: message.default_branch,
        team_id: message.team_id,
        criticality: criticality_from(message.criticality),
        languages: message.languages,
        labels: message.labels.into_iter().collect(),
        archived: message.archived,
    }
}

/// The contract's provider of a host.
pub fn provider(host: Host) -> pb::Provider {
    match host {
        Host::GitHub => pb::Provider::Github,
        Host::GitLab => pb::Provider::Gitlab,
        Host::Bitbucket => pb::Provider::Bitbucket,
        Host::AzureDevOps => pb::Provider::AzureDevops,
        Host::GenericGit => pb::Provider::GenericGit,
    }
}

/// The host a provider names; `None` when unset (inferred from the clone URL).
pub fn host_from(provider: i32) -> Option<Host> {
    match pb::Provider::try_from(provider).ok()? {
        pb::Provider::Unspecified => None,
        pb::Provider::Github => Some(Host::GitHub),
        pb::Provider::Gitlab => Some(Host::GitLab),
        pb::Provider::Bitbucket => Some(Host::Bitbucket),
        pb::Provider::AzureDevops => Some(Host::AzureDevOps),
        pb::Provider::GenericGit => Some(Host::GenericGit),
    }
}

/// The contract's criticality.
pub fn criticality(level: Criticality) -> pb::Criticality {
    match level {
        Criticality::Unrecorded => pb::Criticality::Unspecified,
        Criticality::Low => pb::Criticality::Low,
        Criticality::Medium => pb::Criticality::Medium,
        Criticality::High => pb::Criticality::High,
        Criticality::Critical => pb::Criticality::Critical,
    }
}

/// The criticality a message names; `None` when unset.
pub fn criticality_from(level: i32) -> Option<Criticality> {
    match pb::Criticality::try_from(level).ok()? {
        pb::Criticality::Unspecified => None,
        pb::Criticality::Low => Some(Criticality::Low),
        pb::Criticality::Medium => Some(Criticality::Medium),
        pb::Criticality::High => Some(Criticality::High),
        pb::Criticality::Critical => Some(Criticality::Critical),
    }
}

/// The message of a stored webhook: never its secret.
pub fn webhook(row: &WebhookRow) -> pb::Webhook {
    pb::Webhook {
        id: row.id.clone(),
        repository_id: row.repository_id.clone(),
        events: row.events.clone(),
        secret: String::new(),
        delivery_path: delivery_path(row),
        active: row.active,
        last_delivery_time: row.last_delivery_at_us.map(micros_to_timestamp),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
    }
}
