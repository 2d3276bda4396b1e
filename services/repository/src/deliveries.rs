//! Webhook deliveries: a delivery posted by GitHub or GitLab to its webhook's
//! path is verified (GitHub's HMAC-SHA256 signature over the raw body,
//! GitLab's token, both in constant time), read, and — once per delivery id —
//! recorded with the events it causes, all in one transaction:
//!
//! | delivery | recorded | published |
//! |---|---|---|
//! | push to a branch | the branch's head, the commits not seen before | `repository.commits` (one per push) |
//! | push deleting a branch, GitHub `delete` | the branch forgotten | `repository.refs` |
//! | tag push, GitHub `create`/`delete` of a tag, branch created | — | `repository.refs` |
//! | pull / merge request | the request as its event says | `repository.pull_requests` |
//! | review, review comment, merge request note | the review once (by the host's id) | `repository.pull_requests` (`reviewed`, `commented`) |
//! | release | — | `repository.refs` (`release`) |
//! | `ping`, events not recorded or not subscribed, a deleted repository's | — | — |
//!
//! Every accepted delivery (all of the above) is kept in the webhook's
//! deliveries log. A redelivery of the same id changes nothing. Deliveries
//! whose signature does not verify are refused and leave nothing behind.

use std::sync::Arc;

use secureflow_platform::auth::Authenticator;
use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::events::{self as platform_events, EventContext, EventLog};
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result};
use secureflow_proto::secureflow::events::v1::RepositoryRefChanged;
use sha2::{Digest, Sha256};
use sqlx::{Any, Transaction};

use crate::domain::repository::Host;
use crate::domain::webhook::{
    self, Delivery, PullRequestAction, PullRequestEvent, PullRequestState, Push, RefKind,
    ReleaseAction, ReleaseEvent, ReviewActivity, ReviewKind,
};
use crate::events::{self, Reviewed};
use crate::repositories::Repositories;
use crate::store::accounts::{self, AccountRow};
use crate::store::commits::CommitRow;
use crate::store::deliveries::DeliveryRow;
use crate::store::pull_requests::{PullRequestRow, ReviewRow};
use crate::store::webhooks::WebhookRow;
use crate::store::{self, branches, commits, deliveries, pull_requests};
use crate::webhooks::secret_context;

/// Largest delivery body accepted (GitHub caps its payloads at 25 MB).
pub const MAX_BODY_BYTES: usize = 25 * 1024 * 1024;

/// A delivery as it arrived.
#[derive(Debug, Clone, Default)]
pub struct Received {
    /// The webhook the delivery path names.
    pub webhook_id: String,
    /// The host the path names (`github`, `gitlab`), or empty.
    pub provider: String,
    /// The event header (`X-GitHub-Event`, `X-Gitlab-Event`).
    pub event: String,
    /// The signature or token header, if present.
    pub signature: Option<String>,
    /// The delivery id header (`X-GitHub-Delivery`, `X-Gitlab-Event-UUID`), or empty.
    pub delivery_id: String,
    /// The raw body.
    pub body: Vec<u8>,
}

/// What became of a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Recorded.
    Recorded,
    /// Seen before: nothing done.
    Duplicate,
    /// GitHub's ping: answered.
    Ping,
    /// Acknowledged and left alone.
    Ignored,
}

impl Outcome {
    /// As the contract and the deliveries log name it.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Recorded => "recorded",
            Outcome::Duplicate => "duplicate",
            Outcome::Ping => "ping",
            Outcome::Ignored => "ignored",
        }
    }
}

/// The answer to a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Receipt {
    /// What became of it.
    pub outcome: Outcome,
    /// Commits recorded (new ones).
    pub commits_recorded: i64,
}

/// Receives the deliveries of every organisation's webhooks.
#[derive(Clone)]
pub struct Deliveries {
    db: Database,
    events: EventLog,
    secrets: Arc<Secrets>,
    identity: Arc<dyn Authenticator>,
    repositories: Repositories,
}

impl std::fmt::Debug for Deliveries {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Deliveries").finish_non_exhaustive()
    }
}

/// What a delivery becomes in the transaction: records and events.
struct Effects {
    detail: String,
    commits_recorded: i64,
    /// The types of the events it published.
    published: Vec<String>,
    /// A branch's new head, written last (see [`Deliveries::receive`]).
    branch_head: Option<branches::BranchRow>,
}

impl Deliveries {
    /// Over the service's database, event log, secrets, identity's directory
    /// (commit authors matched to users) and the repositories.
    pub fn new(
        db: Database,
        events: EventLog,
        secrets: Arc<Secrets>,
        identity: Arc<dyn Authenticator>,
        repositories: Repositories,
    ) -> Self {
        Self {
            db,
            events,
            secrets,
            identity,
            repositories,
        }
    }

    /// Verifies, reads and records one delivery.
    pub async fn receive(&self, received: Received) -> Result<Receipt> {
        if received.body.len() > MAX_BODY_BYTES {
            return Err(Error::new(
                ErrorCode::ResourceExhausted,
                format!(
                    "body: {} bytes, over the {MAX_BODY_BYTES} accepted",
                    received.body.len()
                ),
            ));
        }
        let webhook = store::webhooks::by_delivery_path(&self.db, &received.webhook_id)
            .await?
            .filter(|webhook| {
                received.provider.is_empty() || received.provider == webhook.host.name()
            })
            .ok_or_else(|| Error::not_found("webhook", &received.webhook_id))?;
        self.verify(&webhook, &received)?;
        if received.event.trim().is_empty() {
            return Err(Error::invalid_field(
                event_header(webhook.host),
                "the header naming the event is missing",
            ));
        }
        let delivery_id = delivery_id(&received);
        let repository = self
            .repositories
            .get(&webhook.organization_id, &webhook.repository_id)
            .await?;
        let subscription = webhook::subscription(webhook.host, &received.event);
        let ignored = if repository.deleted_at_us.is_some() {
            Some("the repository is deleted".to_owned())
        } else if !webhook.active {
            Some("the webhook is not active".to_owned())
        } else {
            match subscription {
                None if received.event != "ping" => Some(format!(
                    "`{}` is not an event this product records",
                    received.event
                )),
                Some(name)
                    if !webhook.events.is_empty() && !webhook.events.iter().any(|e| e == name) =>
                {
                    Some(format!("the webhook is not subscribed to `{name}`"))
                }
                _ => None,
            }
        };
        let delivery = match ignored {
            Some(reason) => Delivery::Ignored(reason),
            None => webhook::read(webhook.host, &received.event, &received.body)
                .map_err(|malformed| Error::invalid_field("body", malformed.0))?,
        };
        let authors = self.authors(&webhook.organization_id, &delivery).await?;
        let now = now_micros();
        let row = DeliveryRow {
            webhook_id: webhook.id.clone(),
            delivery_id,
            organization_id: webhook.organization_id.clone(),
            repository_id: webhook.repository_id.clone(),
            event: received.event.clone(),
            outcome: String::new(),
            detail: String::new(),
            commits_recorded: 0,
            received_at_us: now,
        };
        let this = self.clone();
        let host = webhook.host;
        let written = self
            .db
            .write(async move { this.write(row, host, delivery, authors).await })
            .await?;
        let Some((outcome, effects)) = written else {
            return Ok(Receipt {
                outcome: Outcome::Duplicate,
                commits_recorded: 0,
            });
        };
        // Only the consumers of what it published: deliveries come often.
        self.events
            .notify_committed_of(effects.published.iter().map(String::as_str));
        Ok(Receipt {
            outcome,
            commits_recorded: effects.commits_recorded,
        })
    }

    /// Records a delivery read and verified, in one transaction: what it
    /// came to, or `None` when the webhook had already accepted its id.
    async fn write(
        &self,
        mut row: DeliveryRow,
        host: Host,
        delivery: Delivery,
        authors: Vec<(String, String)>,
    ) -> Result<Option<(Outcome, Effects)>> {
        let mut tx = self.db.begin().await?;
        let context = EventContext::system(&row.organization_id);
        let (outcome, mut effects) = match delivery {
            Delivery::Ping => (Outcome::Ping, Effects::said("ping")),
            Delivery::Ignored(reason) => (Outcome::Ignored, Effects::said(&reason)),
            recorded => {
                let effects = self
                    .record(&mut tx, &context, (&row, host), recorded, &authors)
                    .await?;
                (Outcome::Recorded, effects)
            }
        };
        row.outcome = outcome.name().to_owned();
        row.detail = std::mem::take(&mut effects.detail);
        row.commits_recorded = effects.commits_recorded;
        // Last: a redelivery of an id being recorded waits here for the first
        // to commit, then finds it and rolls back everything it did.
        if !deliveries::record(&mut tx, &row).await? {
            tx.rollback().await?;
            return Ok(None);
        }
        // The branch's row last of all: pushes to one branch (PostgreSQL
        // locks the row until the commit) wait for each other only from here.
        if let Some(head) = &effects.branch_head {
            let (organization_id, repository_id) = (&row.organization_id, &row.repository_id);
            branches::set_head(&mut tx, organization_id, repository_id, head).await?;
        }
        tx.commit().await?;
        Ok(Some((outcome, effects)))
    }

    /// A page of a webhook's deliveries (of `repository`, id or full name), newest first.
    pub async fn list(
        &self,
        organization_id: &str,
        repository: &str,
        webhook_id: &str,
        page: Page,
    ) -> Result<Vec<DeliveryRow>> {
        let repository = self.repositories.get(organization_id, repository).await?;
        let found = store::webhooks::of_repository(&self.db, organization_id, &repository.id)
            .await?
            .into_iter()
            .any(|webhook| webhook.id == webhook_id);
        if !found {
            return Err(Error::not_found("webhook", webhook_id));
        }
        deliveries::list(&self.db, organization_id, webhook_id, page).await
    }

    /// Checks the delivery came from the host: UNAUTHENTICATED naming the header if not.
    fn verify(&self, webhook: &WebhookRow, received: &Received) -> Result<()> {
        let secret = self
            .secrets
            .open(&webhook.secret_sealed, &secret_context(&webhook.id))?;
        let signature = received.signature.as_deref();
        let verified = match webhook.host {
            Host::GitHub => webhook::verify_github(&secret, signature, &received.body),
            _ => webhook::verify_gitlab(&String::from_utf8_lossy(&secret), signature),
        };
        verified.map_err(|unverified| {
            tracing::warn!(webhook = %webhook.id, reason = %unverified, "delivery refused");
            Error::new(ErrorCode::Unauthenticated, unverified.to_string())
        })
    }

    /// The organisation's users the pushed commits' authors and the pusher
    /// are, by e-mail (read before the transaction): (e-mail, user id) for
    /// those matched.
    async fn authors(
        &self,
        organization_id: &str,
        delivery: &Delivery,
    ) -> Result<Vec<(String, String)>> {
        let Delivery::Push(push) = delivery else {
            return Ok(Vec::new());
        };
        let mut emails: Vec<String> = push
            .commits
            .iter()
            .map(|commit| &commit.author)
            // The pusher only to link its login (GitLab names it; GitHub not).
            .chain(Some(&push.pusher).filter(|pusher| !pusher.login.is_empty()))
            .map(|person| person.email.to_lowercase())
            .filter(|email| !email.is_empty())
            .collect();
        emails.sort_unstable();
        emails.dedup();
        let mut matched = Vec::new();
        for email in emails {
            if let Some(user) = self
                .identity
                .user_with_email(organization_id, &email)
                .await?
            {
                matched.push((email, user));
            }
        }
        Ok(matched)
    }

    async fn record(
        &self,
        tx: &mut Transaction<'static, Any>,
        context: &EventContext,
        (delivery, host): (&DeliveryRow, Host),
        read: Delivery,
        authors: &[(String, String)],
    ) -> Result<Effects> {
        let repository_id = delivery.repository_id.as_str();
        let organization_id = delivery.organization_id.as_str();
        let mut published = Vec::new();
        let mut effects = match read {
            Delivery::Push(push) => {
                let (effects, events) = self.push(tx, (delivery, host), push, authors).await?;
                published = events;
                effects
            }
            Delivery::PullRequest(event) => {
                let action = pull_request_action(&event.action);
                let stored = pull_requests::save(
                    tx,
                    organization_id,
                    repository_id,
                    &pull_request_row(&event),
                    delivery.received_at_us,
                )
                .await?;
                let logins = [stored.author.as_str(), stored.merged_by.as_str()];
                let users =
                    accounts::users(&mut **tx, organization_id, host.name(), &logins).await?;
                published.push(events::pull_request_changed(
                    repository_id,
                    &stored,
                    &action,
                    None,
                    &users,
                ));
                Effects::said(&format!("pull request #{} {action}", event.number))
            }
            Delivery::Review(activity) => {
                let new = review(tx, organization_id, repository_id, &activity).await?;
                if new {
                    let stored = pull_requests::get(
                        &mut **tx,
                        organization_id,
                        repository_id,
                        activity.number,
                    )
                    .await?
                    .unwrap_or_else(|| PullRequestRow {
                        number: activity.number,
                        ..PullRequestRow::default()
                    });
                    let (action, state) = match activity.kind {
                        ReviewKind::Review(state) => ("reviewed", state.name()),
                        ReviewKind::Comment => ("commented", ""),
                    };
                    let reviewed = Reviewed {
                        reviewer: &activity.reviewer,
                        state,
                    };
                    let logins = [
                        stored.author.as_str(),
                        stored.merged_by.as_str(),
                        activity.reviewer.as_str(),
                    ];
                    let users =
                        accounts::users(&mut **tx, organization_id, host.name(), &logins).await?;
                    published.push(events::pull_request_changed(
                        repository_id,
                        &stored,
                        action,
                        Some(reviewed),
                        &users,
                    ));
                }
                Effects::said(&format!(
                    "review activity on #{} by {}",
                    activity.number, activity.reviewer
                ))
            }
            Delivery::Ref(change) => {
                let kind = match change.kind {
                    RefKind::Branch => "branch",
                    RefKind::Tag => "tag",
                };
                if change.kind == RefKind::Branch && !change.created {
                    branches::delete(tx, organization_id, repository_id, &change.name).await?;
                }
                let verb = if change.created { "created" } else { "deleted" };
                published.push(events::ref_changed(
                    repository_id,
                    RepositoryRefChanged {
                        kind: kind.to_owned(),
                        name: change.name.clone(),
                        change: verb.to_owned(),
                        ..RepositoryRefChanged::default()
                    },
                ));
                Effects::said(&format!("{kind} `{}` {verb}", change.name))
            }
            Delivery::Release(release) => {
                let effects = Effects::said(&format!("release `{}`", release.tag));
                if let Some(event) = release_changed(repository_id, &release) {
                    published.push(event);
                }
                effects
            }
            Delivery::Ping | Delivery::Ignored(_) => Effects::said(""),
        };
        let envelopes = events::PUBLISHER.envelopes(context, published);
        platform_events::append_all(tx, self.db.backend(), &envelopes).await?;
        effects.published = envelopes
            .iter()
            .map(|envelope| envelope.event_type.clone())
            .collect();
        Ok(effects)
    }

    /// A push: the branch's head and new commits, or a tag, or a deletion.
    async fn push(
        &self,
        tx: &mut Transaction<'static, Any>,
        (delivery, host): (&DeliveryRow, Host),
        push: Push,
        authors: &[(String, String)],
    ) -> Result<(
        Effects,
        Vec<(
            String,
            secureflow_proto::secureflow::events::v1::envelope::Data,
        )>,
    )> {
        let (organization_id, repository_id) = (&delivery.organization_id, &delivery.repository_id);
        let ref_event = |kind: &str, name: &str, change: &str, sha: &str| {
            events::ref_changed(
                repository_id,
                RepositoryRefChanged {
                    kind: kind.to_owned(),
                    name: name.to_owned(),
                    change: change.to_owned(),
                    sha: sha.to_owned(),
                    ..RepositoryRefChanged::default()
                },
            )
        };
        if let Some(tag) = push.tag() {
            let (change, sha) = if push.deleted() {
                ("deleted", push.before.as_str())
            } else {
                ("created", push.after.as_str())
            };
            return Ok((
                Effects::said(&format!("tag `{tag}` {change}")),
                vec![ref_event("tag", tag, change, sha)],
            ));
        }
        let Some(branch) = push.branch().map(str::to_owned) else {
            return Ok((
                Effects::said(&format!("ref `{}` left alone", push.git_ref)),
                Vec::new(),
            ));
        };
        if push.deleted() {
            branches::delete(tx, organization_id, repository_id, &branch).await?;
            return Ok((
                Effects::said(&format!("branch `{branch}` deleted")),
                vec![ref_event("branch", &branch, "deleted", &push.before)],
            ));
        }
        let user_of = |email: &str| {
            let email = email.to_lowercase();
            authors
                .iter()
                .find(|(known, _)| *known == email)
                .map(|(_, user)| user.clone())
                .unwrap_or_default()
        };
        let rows: Vec<CommitRow> = push
            .commits
            .iter()
            .map(|commit| {
                let email = commit.author.email.to_lowercase();
                let files = commit.files_added.len()
                    + commit.files_modified.len()
                    + commit.files_removed.len();
                CommitRow {
                    sha: commit.sha.clone(),
                    branch: branch.clone(),
                    message: commit.message.clone(),
                    author_name: commit.author.name.clone(),
                    author_email: commit.author.email.clone(),
                    author_login: commit.author.login.clone(),
                    author_user_id: user_of(&email),
                    committer_name: commit.committer.name.clone(),
                    committer_email: commit.committer.email.clone(),
                    authored_at_us: commit.authored_at_us,
                    files_changed: Some(i64::try_from(files).unwrap_or(i64::MAX)),
                    ..CommitRow::default()
                }
            })
            .collect();
        let new = commits::insert(
            tx,
            (organization_id, repository_id),
            &rows,
            commits::Seen::Keep,
            delivery.received_at_us,
        )
        .await?;
        // The hosts' accounts this push links to an address (GitHub's commit
        // authors, GitLab's pusher), so requests and reviews by login match users.
        let linked: Vec<AccountRow> = push
            .commits
            .iter()
            .map(|commit| &commit.author)
            .chain([&push.pusher])
            .filter(|person| !person.login.is_empty() && !person.email.is_empty())
            .map(|person| AccountRow {
                login: person.login.clone(),
                email: person.email.clone(),
                user_id: user_of(&person.email),
            })
            .collect();
        accounts::remember(
            tx,
            organization_id,
            host.name(),
            &linked,
            delivery.received_at_us,
        )
        .await?;
        let branch_head = branches::BranchRow {
            name: branch.clone(),
            head_sha: push.after.clone(),
            updated_at_us: delivery.received_at_us,
            protected: None,
        };
        let mut published = vec![events::commits_pushed(
            repository_id,
            &branch,
            &push,
            &rows,
            &delivery.delivery_id,
        )];
        if push.created() {
            published.push(ref_event("branch", &branch, "created", &push.after));
        }
        let new = i64::try_from(new).unwrap_or(i64::MAX);
        Ok((
            Effects {
                detail: format!("{} commit(s) pushed to `{branch}`, {new} new", rows.len()),
                commits_recorded: new,
                published: Vec::new(),
                branch_head: Some(branch_head),
            },
            published,
        ))
    }
}

impl Effects {
    fn said(detail: &str) -> Self {
        Self {
            detail: detail.to_owned(),
            commits_recorded: 0,
            published: Vec::new(),
            branch_head: None,
        }
    }
}

/// The header a host names its event in.
fn event_header(host: Host) -> &'static str {
    match host {
        Host::GitHub => "X-GitHub-Event",
        _ => "X-Gitlab-Event",
    }
}

/// The delivery's id: the host's header, or — for GitLab versions that send
/// none — a digest of the event and body (the same delivery sent again is
/// then the same id).
fn delivery_id(received: &Received) -> String {
    let given = received.delivery_id.trim();
    if !given.is_empty() {
        return given.chars().take(200).collect();
    }
    let mut digest = Sha256::new();
    digest.update(received.event.as_bytes());
    digest.update([0]);
    digest.update(&received.body);
    format!("sha256:{}", hex::encode(digest.finalize()))
}

fn pull_request_action(action: &PullRequestAction) -> String {
    match action {
        PullRequestAction::Opened => "opened".into(),
        PullRequestAction::Updated => "updated".into(),
        PullRequestAction::Closed => "closed".into(),
        PullRequestAction::Merged => "merged".into(),
        PullRequestAction::Reopened => "reopened".into(),
        PullRequestAction::ReadyForReview => "ready_for_review".into(),
        PullRequestAction::Other(other) => other.clone(),
    }
}

pub(crate) fn pull_request_row(event: &PullRequestEvent) -> PullRequestRow {
    PullRequestRow {
        id: uuid::Uuid::now_v7().to_string(),
        number: event.number,
        title: event.title.clone(),
        author: event.author.clone().unwrap_or_default(),
        source_branch: event.source_branch.clone(),
        target_branch: event.target_branch.clone(),
        head_sha: event.head_sha.clone(),
        state: match event.state {
            PullRequestState::Open => "open",
            PullRequestState::Closed => "closed",
            PullRequestState::Merged => "merged",
        }
        .to_owned(),
        draft: event.draft,
        created_at_us: event.created_at_us,
        merged_at_us: event.merged_at_us,
        closed_at_us: event.closed_at_us,
        merged_by: event.merged_by.clone().unwrap_or_default(),
        additions: event.additions,
        deletions: event.deletions,
        commits: event.commits,
        first_review_at_us: None,
        approved_at_us: None,
    }
}

async fn review(
    tx: &mut Transaction<'static, Any>,
    organization_id: &str,
    repository_id: &str,
    activity: &ReviewActivity,
) -> Result<bool> {
    let kind = match activity.kind {
        ReviewKind::Review(state) => state.name(),
        ReviewKind::Comment => "comment",
    };
    pull_requests::add_review(
        tx,
        organization_id,
        repository_id,
        activity.number,
        &ReviewRow {
            activity_id: activity.id.clone(),
            reviewer: activity.reviewer.clone(),
            kind: kind.to_owned(),
            submitted_at_us: activity.at_us,
        },
    )
    .await
}

fn release_changed(
    repository_id: &str,
    release: &ReleaseEvent,
) -> Option<(
    String,
    secureflow_proto::secureflow::events::v1::envelope::Data,
)> {
    let change = match &release.action {
        ReleaseAction::Published => "published",
        ReleaseAction::Updated => "updated",
        ReleaseAction::Deleted => "deleted",
        ReleaseAction::Other(_) => return None,
    };
    Some(events::ref_changed(
        repository_id,
        RepositoryRefChanged {
            kind: "release".to_owned(),
            name: release.tag.clone(),
            change: change.to_owned(),
            sha: release.target.clone(),
            release_name: release.name.clone(),
            prerelease: release.prerelease,
            time: release
                .released_at_us
                .map(secureflow_platform::db::micros_to_timestamp),
            ..RepositoryRefChanged::default()
        },
    ))
}
