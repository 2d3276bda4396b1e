//! What the repository service publishes and consumes, in one place.
//!
//! Publishes (each appended in the transaction of the change it reports):
//! - `repository.repositories` when a repository is created, updated,
//!   deleted, undeleted or purged ([`crate::repositories`]);
//! - `repository.commits`, one per push to a branch, with its commits;
//!   `repository.pull_requests` when a pull or merge request is opened,
//!   updated, reviewed, commented, merged, closed or reopened; and
//!   `repository.refs` when a branch or tag is created or deleted or a release
//!   published ([`crate::deliveries`]).
//!
//! Consumes nothing yet.

use secureflow_platform::db::micros_to_timestamp;
use secureflow_platform::events::Publisher;
use secureflow_proto::secureflow::events::v1::{
    CommitRef, PullRequestChanged, RepositoryChanged, RepositoryCommits, RepositoryRefChanged,
    envelope::Data,
};

use crate::domain::repository::Criticality;
use crate::domain::webhook::Push;
use crate::store::commits::CommitRow;
use crate::store::pull_requests::PullRequestRow;
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
        clone_url: settings.clone_url.clone(),
        expire_time: match change {
            Change::Deleted { expires_at_us } => Some(micros_to_timestamp(expires_at_us)),
            _ => None,
        },
    });
    (row.id.clone(), data)
}

/// `repository.commits` of one push to `branch` (its commits as recorded,
/// oldest first).
pub fn commits_pushed(
    repository_id: &str,
    branch: &str,
    push: &Push,
    commits: &[CommitRow],
    delivery_id: &str,
) -> (String, Data) {
    let data = Data::RepositoryCommits(RepositoryCommits {
        repository_id: repository_id.to_owned(),
        branch: branch.to_owned(),
        before_sha: if push.created() {
            String::new()
        } else {
            push.before.clone()
        },
        after_sha: push.after.clone(),
        commits: commits
            .iter()
            .map(|commit| CommitRef {
                sha: commit.sha.clone(),
                title: commit.message.lines().next().unwrap_or_default().to_owned(),
                author_email: commit.author_email.clone(),
                authored_at: Some(micros_to_timestamp(commit.authored_at_us)),
                additions: commit.additions.unwrap_or_default(),
                deletions: commit.deletions.unwrap_or_default(),
                author_name: commit.author_name.clone(),
                author_user_id: commit.author_user_id.clone(),
                committer_email: commit.committer_email.clone(),
                files_changed: commit.files_changed.unwrap_or_default(),
            })
            .collect(),
        pusher: push.pusher.name.clone(),
        delivery_id: delivery_id.to_owned(),
        created: push.created(),
        forced: push.forced,
    });
    (repository_id.to_owned(), data)
}

/// What a reviewer did, for `repository.pull_requests`.
#[derive(Debug, Clone, Copy)]
pub struct Reviewed<'a> {
    /// Reviewer's login.
    pub reviewer: &'a str,
    /// `approved`, `changes_requested`, `commented`, `dismissed`, or empty for a comment.
    pub state: &'a str,
}

/// `repository.pull_requests` of a request as stored after `action`, with
/// the organisation's `users` by the logins it names.
pub fn pull_request_changed(
    repository_id: &str,
    request: &PullRequestRow,
    action: &str,
    reviewed: Option<Reviewed<'_>>,
    users: &crate::store::accounts::Users,
) -> (String, Data) {
    let time = |us: Option<i64>| us.map(micros_to_timestamp);
    let user = |login: &str| users.get(login).cloned().unwrap_or_default();
    let data = Data::PullRequestChanged(PullRequestChanged {
        repository_id: repository_id.to_owned(),
        pull_request_id: request.id.clone(),
        number: request.number,
        state: request.state.clone(),
        source_branch: request.source_branch.clone(),
        target_branch: request.target_branch.clone(),
        head_sha: request.head_sha.clone(),
        action: action.to_owned(),
        title: request.title.clone(),
        author: request.author.clone(),
        draft: request.draft,
        create_time: time(Some(request.created_at_us).filter(|us| *us > 0)),
        first_review_time: time(request.first_review_at_us),
        approve_time: time(request.approved_at_us),
        merge_time: time(request.merged_at_us),
        close_time: time(request.closed_at_us),
        merged_by: request.merged_by.clone(),
        reviewer: reviewed.map(|r| r.reviewer.to_owned()).unwrap_or_default(),
        review_state: reviewed.map(|r| r.state.to_owned()).unwrap_or_default(),
        additions: request.additions.unwrap_or_default(),
        deletions: request.deletions.unwrap_or_default(),
        commits: request.commits.unwrap_or_default(),
        author_user_id: user(&request.author),
        merged_by_user_id: user(&request.merged_by),
        reviewer_user_id: reviewed.map(|r| user(r.reviewer)).unwrap_or_default(),
    });
    let aggregate = if request.id.is_empty() {
        format!("{repository_id}#{}", request.number)
    } else {
        request.id.clone()
    };
    (aggregate, data)
}

/// `repository.refs` of a branch, tag or release change.
pub fn ref_changed(repository_id: &str, changed: RepositoryRefChanged) -> (String, Data) {
    let data = Data::RepositoryRefChanged(RepositoryRefChanged {
        repository_id: repository_id.to_owned(),
        ..changed
    });
    (repository_id.to_owned(), data)
}
