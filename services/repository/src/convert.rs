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

/// The answer to a delivery.
pub fn receipt(receipt: crate::deliveries::Receipt) -> pb::ReceiveWebhookResponse {
    use crate::deliveries::Outcome;
    pb::ReceiveWebhookResponse {
        commits_recorded: i32::try_from(receipt.commits_recorded).unwrap_or(i32::MAX),
        duplicate: receipt.outcome == Outcome::Duplicate,
        outcome: receipt.outcome.name().to_owned(),
    }
}

/// A delivery of the deliveries log.
pub fn delivery(row: &crate::store::deliveries::DeliveryRow) -> pb::WebhookDelivery {
    pb::WebhookDelivery {
        delivery_id: row.delivery_id.clone(),
        webhook_id: row.webhook_id.clone(),
        event: row.event.clone(),
        outcome: row.outcome.clone(),
        detail: row.detail.clone(),
        commits_recorded: i32::try_from(row.commits_recorded).unwrap_or(i32::MAX),
        receive_time: Some(micros_to_timestamp(row.received_at_us)),
    }
}

/// A branch (`default_branch`: the repository's).
pub fn branch(row: &crate::store::branches::BranchRow, default_branch: &str) -> pb::Branch {
    pb::Branch {
        name: row.name.clone(),
        head_sha: row.head_sha.clone(),
        is_default: row.name == default_branch,
        protected: row.protected.unwrap_or(false),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

/// A listing's commit filters.
pub fn commit_filters_from(request: &pb::ListCommitsRequest) -> crate::store::commits::Filters {
    let micros = |time: &Option<_>| {
        time.as_ref()
            .map(secureflow_platform::db::timestamp_to_micros)
    };
    crate::store::commits::Filters {
        branch: request.branch.trim().to_owned(),
        author_email: request.author_email.trim().to_owned(),
        start_us: micros(&request.start_time),
        end_us: micros(&request.end_time),
    }
}

/// A commit of `repository_id`.
pub fn commit(repository_id: &str, row: &crate::store::commits::CommitRow) -> pb::Commit {
    pb::Commit {
        sha: row.sha.clone(),
        repository_id: repository_id.to_owned(),
        branch: row.branch.clone(),
        message: row.message.clone(),
        author_name: row.author_name.clone(),
        author_email: row.author_email.clone(),
        author_user_id: row.author_user_id.clone(),
        authored_time: Some(micros_to_timestamp(row.authored_at_us)),
        parent_shas: row.parent_shas.clone(),
        additions: row.additions.unwrap_or_default(),
        deletions: row.deletions.unwrap_or_default(),
        files_changed: row.files_changed.unwrap_or_default(),
        committer_name: row.committer_name.clone(),
        committer_email: row.committer_email.clone(),
        committed_time: row.committed_at_us.map(micros_to_timestamp),
        author_login: row.author_login.clone(),
    }
}

/// A contributor.
pub fn contributor(row: &crate::store::contributors::ContributorRow) -> pb::Contributor {
    pb::Contributor {
        login: row.login.clone(),
        name: row.name.clone(),
        email: row.email.clone(),
        commits: row.commits,
        additions: row.additions.unwrap_or_default(),
        deletions: row.deletions.unwrap_or_default(),
        user_id: row.user_id.clone(),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
    }
}

const PULL_REQUEST_STATES: [(pb::PullRequestState, &str); 3] = [
    (pb::PullRequestState::Open, "open"),
    (pb::PullRequestState::Merged, "merged"),
    (pb::PullRequestState::Closed, "closed"),
];

/// The stored name of a listing's state filter (empty: any).
pub fn pull_request_state_name(state: i32) -> secureflow_platform::Result<&'static str> {
    if state == 0 {
        return Ok("");
    }
    PULL_REQUEST_STATES
        .iter()
        .find(|(known, _)| *known as i32 == state)
        .map(|(_, name)| *name)
        .ok_or_else(|| {
            secureflow_platform::Error::invalid_field(
                "state",
                format!("unknown state {state}; use OPEN, MERGED or CLOSED"),
            )
        })
}

/// A pull or merge request of `repository_id` with its reviewers
/// (reviewer, latest review state, comments, latest activity µs).
pub fn pull_request(
    repository_id: &str,
    row: &crate::store::pull_requests::PullRequestRow,
    reviewers: &[(String, String, i64, i64)],
    users: &crate::store::accounts::Users,
) -> pb::PullRequest {
    let user = |login: &str| users.get(login).cloned().unwrap_or_default();
    let state = PULL_REQUEST_STATES
        .iter()
        .find(|(_, name)| *name == row.state)
        .map_or(pb::PullRequestState::Unspecified, |(state, _)| *state);
    let review_state = |name: &str| match name {
        "approved" => pb::ReviewState::Approved,
        "changes_requested" => pb::ReviewState::ChangesRequested,
        "commented" => pb::ReviewState::Commented,
        "dismissed" => pb::ReviewState::Dismissed,
        _ => pb::ReviewState::Unspecified,
    };
    pb::PullRequest {
        id: row.id.clone(),
        repository_id: repository_id.to_owned(),
        number: row.number,
        title: row.title.clone(),
        author: row.author.clone(),
        source_branch: row.source_branch.clone(),
        target_branch: row.target_branch.clone(),
        head_sha: row.head_sha.clone(),
        state: state as i32,
        reviews: reviewers
            .iter()
            .map(|(reviewer, state, comments, latest)| pb::Review {
                reviewer: reviewer.clone(),
                reviewer_user_id: user(reviewer),
                state: review_state(state) as i32,
                comment_count: i32::try_from(*comments).unwrap_or(i32::MAX),
                submit_time: Some(micros_to_timestamp(*latest)),
            })
            .collect(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        merge_time: row.merged_at_us.map(micros_to_timestamp),
        close_time: row.closed_at_us.map(micros_to_timestamp),
        additions: row.additions.unwrap_or_default(),
        deletions: row.deletions.unwrap_or_default(),
        draft: row.draft,
        first_review_time: row.first_review_at_us.map(micros_to_timestamp),
        approve_time: row.approved_at_us.map(micros_to_timestamp),
        merged_by: row.merged_by.clone(),
        commits: row.commits.unwrap_or_default(),
        author_user_id: user(&row.author),
        merged_by_user_id: user(&row.merged_by),
    }
}

/// A connection (its secret never).
pub fn connection(row: &crate::store::connections::ConnectionRow) -> pb::Connection {
    use crate::domain::connection::Auth;
    let settings = &row.settings;
    pb::Connection {
        id: row.id.clone(),
        name: settings.name.clone(),
        provider: provider(settings.host) as i32,
        api_url: settings.api_url.clone(),
        auth: match settings.auth {
            Auth::Token => pb::ConnectionAuth::Token,
            Auth::GitHubApp => pb::ConnectionAuth::GithubApp,
        } as i32,
        token: String::new(),
        app_id: settings.app_id.clone(),
        installation_id: settings.installation_id.clone(),
        private_key: String::new(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
    }
}

/// The connection a request describes.
pub fn connection_from(message: pb::Connection) -> crate::domain::connection::Draft {
    use crate::domain::connection::{Auth, Draft};
    Draft {
        name: message.name,
        host: host_from(message.provider),
        api_url: message.api_url,
        auth: match pb::ConnectionAuth::try_from(message.auth) {
            Ok(pb::ConnectionAuth::Token) => Some(Auth::Token),
            Ok(pb::ConnectionAuth::GithubApp) => Some(Auth::GitHubApp),
            _ => None,
        },
        token: message.token,
        app_id: message.app_id,
        installation_id: message.installation_id,
        private_key: message.private_key,
    }
}

/// A backfill's state.
pub fn sync(row: &crate::store::syncs::SyncRow) -> pb::Sync {
    let state = match row.state.as_str() {
        "running" => pb::SyncState::Running,
        "rate_limited" => pb::SyncState::RateLimited,
        "succeeded" => pb::SyncState::Succeeded,
        "failed" => pb::SyncState::Failed,
        _ => pb::SyncState::Unspecified,
    };
    pb::Sync {
        repository_id: row.repository_id.clone(),
        connection_id: row.connection_id.clone(),
        state: state as i32,
        phase: row.phase.clone(),
        branches: row.branches,
        commits: row.commits,
        pull_requests: row.pull_requests,
        reviews: row.reviews,
        contributors: row.contributors,
        requests: row.requests,
        resume_time: row.resume_at_us.map(micros_to_timestamp),
        error: row.error.clone(),
        start_time: Some(micros_to_timestamp(row.started_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        finish_time: row.finished_at_us.map(micros_to_timestamp),
        full: row.full,
    }
}

/// A backfill's progress as a stream: its state now, then each change, until
/// it succeeds or fails.
pub fn sync_stream(
    receiver: tokio::sync::watch::Receiver<crate::store::syncs::SyncRow>,
) -> tonic::codegen::BoxStream<pb::SyncRepositoryResponse> {
    let updates = futures::stream::unfold((Some(receiver), true), |(receiver, first)| async move {
        let mut receiver = receiver?;
        if !first {
            receiver.changed().await.ok()?;
        }
        let row = receiver.borrow_and_update().clone();
        let done = matches!(row.state.as_str(), "succeeded" | "failed");
        Some((
            Ok(pb::SyncRepositoryResponse {
                sync: Some(sync(&row)),
            }),
            ((!done).then_some(receiver), false),
        ))
    });
    Box::pin(updates)
}
