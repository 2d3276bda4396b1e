//! Webhook deliveries from GitHub and GitLab: checking that a delivery comes
//! from the host (GitHub's HMAC-SHA256 signature over the raw body, GitLab's
//! shared token, both compared in constant time) and reading each event it
//! carries into the host-neutral types here (a push's commits, a pull or
//! merge request, a review, a branch or tag, a release). Each host's payload
//! shapes live in its own module ([`github`], [`gitlab`]); [`read`] picks the
//! reader by the event header. Pure: the receiver owns the I/O.

use hmac::{Hmac, KeyInit, Mac};
use serde::Deserialize;
use sha2::Sha256;

pub mod github;
pub mod gitlab;
#[cfg(test)]
mod tests;

pub use github::{
    github_pull_request, github_push, github_ref_change, github_release, github_review,
    github_review_comment, verify_github,
};
pub use gitlab::{gitlab_merge_request, gitlab_note, gitlab_push, gitlab_release, verify_gitlab};

type HmacSha256 = Hmac<Sha256>;

/// The events a webhook can subscribe to, by the host's name for them
/// (GitHub's `X-GitHub-Event`; GitLab's hooks by the same words). None
/// subscribed means all of them.
pub const EVENTS: [&str; 9] = [
    "push",
    "pull_request",
    "pull_request_review",
    "pull_request_review_comment",
    "create",
    "delete",
    "release",
    "tag_push",
    "note",
];

/// Shortest secret a caller may choose (GitHub asks for "a random string
/// with high entropy"; generated ones are 64 hex digits).
pub const MIN_SECRET: usize = 20;

/// The events asked for: known, distinct, in the order given.
pub fn checked_events(given: Vec<String>) -> Result<Vec<String>, super::repository::Invalid> {
    let mut kept: Vec<String> = Vec::new();
    for (index, event) in given.into_iter().enumerate() {
        let event = event.trim().to_owned();
        if !EVENTS.contains(&event.as_str()) {
            return Err((
                "events",
                format!(
                    "[{index}] `{}` is not an event a webhook receives; one of: {}",
                    event.escape_debug(),
                    EVENTS.join(", ")
                ),
            ));
        }
        if !kept.contains(&event) {
            kept.push(event);
        }
    }
    Ok(kept)
}

/// A secret the caller chose, checked (never echoed); `None` when none was
/// given, so one is generated.
pub fn checked_secret(given: &str) -> Result<Option<&str>, super::repository::Invalid> {
    if given.is_empty() {
        return Ok(None);
    }
    let length = given.chars().count();
    if !(MIN_SECRET..=256).contains(&length) {
        return Err((
            "secret",
            format!("must be {MIN_SECRET} to 256 characters (or empty, for one to be generated)"),
        ));
    }
    if given.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(("secret", "holds white space or a control character".into()));
    }
    Ok(Some(given))
}

/// Why a delivery is refused as not coming from the host (HTTP 401).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unverified {
    /// The signature or token header is missing.
    Missing(&'static str),
    /// The header is there but does not match the webhook's secret.
    Mismatch(&'static str),
}

impl std::fmt::Display for Unverified {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unverified::Missing(header) => write!(formatter, "the `{header}` header is missing"),
            Unverified::Mismatch(header) => {
                write!(
                    formatter,
                    "the `{header}` header does not match this webhook's secret"
                )
            }
        }
    }
}

/// GitHub's signature header.
pub const GITHUB_SIGNATURE: &str = "X-Hub-Signature-256";
/// GitLab's token header.
pub const GITLAB_TOKEN: &str = "X-Gitlab-Token";

/// A body that is not the JSON the event promises: where and what (HTTP 400).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub String);

impl std::fmt::Display for Malformed {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// A person as a commit or a push names them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Person {
    /// Name.
    pub name: String,
    /// E-mail address (how authors are matched to users).
    pub email: String,
    /// Account at the host (GitHub's `username`), where the host links one.
    pub login: String,
}

/// A commit as a push carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushedCommit {
    /// Full SHA.
    pub sha: String,
    /// Whole message.
    pub message: String,
    /// Author.
    pub author: Person,
    /// Committer (GitLab's pushes do not say: the author).
    pub committer: Person,
    /// Author time, µs since the epoch.
    pub authored_at_us: i64,
    /// Files added, modified and removed.
    pub files_added: Vec<String>,
    /// Files modified.
    pub files_modified: Vec<String>,
    /// Files removed.
    pub files_removed: Vec<String>,
}

/// A push: what it moved and the commits it brought (oldest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Push {
    /// The repository's full name at the host.
    pub repository: String,
    /// The ref pushed (`refs/heads/main`, `refs/tags/v1.2.0`).
    pub git_ref: String,
    /// Head before the push (all zeros for a new ref).
    pub before: String,
    /// Head after the push (all zeros for a deleted ref).
    pub after: String,
    /// Who pushed.
    pub pusher: Person,
    /// The commits, oldest first (hosts cap how many a push carries).
    pub commits: Vec<PushedCommit>,
    /// Forced (history rewritten): GitHub says; GitLab's hook does not.
    pub forced: bool,
}

/// A SHA of zeros: no commit (a ref created or deleted).
fn is_zero(sha: &str) -> bool {
    !sha.is_empty() && sha.bytes().all(|b| b == b'0')
}

impl Push {
    /// The branch pushed, if the ref is one.
    pub fn branch(&self) -> Option<&str> {
        self.git_ref.strip_prefix("refs/heads/")
    }

    /// The tag pushed, if the ref is one.
    pub fn tag(&self) -> Option<&str> {
        self.git_ref.strip_prefix("refs/tags/")
    }

    /// Whether the push created the ref.
    pub fn created(&self) -> bool {
        is_zero(&self.before)
    }

    /// Whether the push deleted the ref.
    pub fn deleted(&self) -> bool {
        is_zero(&self.after)
    }
}

pub(super) fn json<'a, T: Deserialize<'a>>(body: &'a [u8], event: &str) -> Result<T, Malformed> {
    // serde_json's errors say the line and column.
    serde_json::from_slice(body).map_err(|error| {
        Malformed(format!(
            "the {event} body is not the JSON the host documents: {error}"
        ))
    })
}

/// A webhook time in µs since the epoch: RFC 3339, or the
/// `2013-12-03 17:23:34 UTC` form of older GitLab versions.
pub(super) fn micros(field: &str, text: &str) -> Result<i64, Malformed> {
    let parsed = match text.strip_suffix(" UTC") {
        Some(utc) => chrono::NaiveDateTime::parse_from_str(utc, "%Y-%m-%d %H:%M:%S")
            .map(|time| time.and_utc().timestamp_micros()),
        None => chrono::DateTime::parse_from_rfc3339(text).map(|time| time.timestamp_micros()),
    };
    parsed.map_err(|error| Malformed(format!("{field} `{text}` is not a time: {error}")))
}

/// The files a pushed commit touched, as both hosts list them.
#[derive(Deserialize)]
struct Files {
    #[serde(default)]
    added: Vec<String>,
    #[serde(default)]
    modified: Vec<String>,
    #[serde(default)]
    removed: Vec<String>,
}

/// What happened to a pull or merge request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PullRequestAction {
    /// Opened.
    Opened,
    /// New commits pushed to its branch (GitHub `synchronize`, GitLab `update`).
    Updated,
    /// Closed without merging.
    Closed,
    /// Merged.
    Merged,
    /// Reopened.
    Reopened,
    /// Marked ready for review (no longer a draft).
    ReadyForReview,
    /// Anything else the host reports (labels, assignees, approvals…), by its name.
    Other(String),
}

/// The state of a pull or merge request after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullRequestState {
    /// Open.
    Open,
    /// Closed without merging.
    Closed,
    /// Merged.
    Merged,
}

/// A pull request (GitHub) or merge request (GitLab) as an event reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PullRequestEvent {
    /// The repository's full name at the host.
    pub repository: String,
    /// What happened.
    pub action: PullRequestAction,
    /// Its number in the repository (GitLab's `iid`).
    pub number: i64,
    /// Title.
    pub title: String,
    /// Author's login at the host; GitLab's hook names the author only by a
    /// numeric id, so there it is known from the event that opened it.
    pub author: Option<String>,
    /// Branch it merges from.
    pub source_branch: String,
    /// Branch it merges into.
    pub target_branch: String,
    /// Head commit.
    pub head_sha: String,
    /// State after the event.
    pub state: PullRequestState,
    /// A draft.
    pub draft: bool,
    /// Opened, µs.
    pub created_at_us: i64,
    /// Merged, µs.
    pub merged_at_us: Option<i64>,
    /// Closed (or merged), µs.
    pub closed_at_us: Option<i64>,
    /// Who merged it (GitHub says; GitLab's hook: the user acting on a merge).
    pub merged_by: Option<String>,
    /// Lines added, when the host says.
    pub additions: Option<i64>,
    /// Lines deleted, when the host says.
    pub deletions: Option<i64>,
    /// Commits, when the host says.
    pub commits: Option<i64>,
}

pub(super) fn optional_micros(field: &str, text: Option<&str>) -> Result<Option<i64>, Malformed> {
    text.filter(|text| !text.is_empty())
        .map(|text| micros(field, text))
        .transpose()
}

/// A review's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// Approved.
    Approved,
    /// Changes requested.
    ChangesRequested,
    /// Commented without a verdict.
    Commented,
    /// An earlier review dismissed.
    Dismissed,
}

impl ReviewState {
    /// The state's name (`approved`, `changes_requested`, `commented`, `dismissed`).
    pub fn name(self) -> &'static str {
        match self {
            ReviewState::Approved => "approved",
            ReviewState::ChangesRequested => "changes_requested",
            ReviewState::Commented => "commented",
            ReviewState::Dismissed => "dismissed",
        }
    }
}

/// What a reviewer did on a pull or merge request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    /// Submitted (or dismissed) a review.
    Review(ReviewState),
    /// Wrote a review comment.
    Comment,
}

/// A review or review comment, as analytics counts them (turnaround, first
/// review, comments per reviewer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewActivity {
    /// The host's id of the review or comment (`review-12`, `comment-34`,
    /// `note-56`): the same activity delivered again is counted once.
    pub id: String,
    /// The repository's full name at the host.
    pub repository: String,
    /// The pull or merge request's number.
    pub number: i64,
    /// The reviewer's login at the host.
    pub reviewer: String,
    /// Review or comment.
    pub kind: ReviewKind,
    /// When, µs.
    pub at_us: i64,
}

/// A branch or a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A branch.
    Branch,
    /// A tag.
    Tag,
}

/// A branch or tag created or deleted (GitHub's `create` and `delete`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefChange {
    /// The repository's full name at the host.
    pub repository: String,
    /// Branch or tag.
    pub kind: RefKind,
    /// Its name (`feature/refunds`, `v1.4.0`).
    pub name: String,
    /// Created (else deleted).
    pub created: bool,
}

/// What happened to a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReleaseAction {
    /// Published (GitHub `published`, `released`; GitLab `create`).
    Published,
    /// Changed.
    Updated,
    /// Deleted.
    Deleted,
    /// Anything else the host reports (a draft created, a pre-release), by its name.
    Other(String),
}

/// A release: a deployment signal for later issues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseEvent {
    /// The repository's full name at the host.
    pub repository: String,
    /// What happened.
    pub action: ReleaseAction,
    /// Its tag.
    pub tag: String,
    /// Its title.
    pub name: String,
    /// What it was cut from: a commit SHA (GitLab) or a branch or SHA (GitHub's `target_commitish`).
    pub target: String,
    /// A pre-release.
    pub prerelease: bool,
    /// When it was published (or released), µs, when the host says.
    pub released_at_us: Option<i64>,
}

/// A delivery read: what the receiver records and publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Commits pushed to a branch, or a tag pushed.
    Push(Push),
    /// A pull or merge request changed.
    PullRequest(PullRequestEvent),
    /// A review or review comment.
    Review(ReviewActivity),
    /// A branch or tag created or deleted.
    Ref(RefChange),
    /// A release.
    Release(ReleaseEvent),
    /// GitHub's `ping` when a webhook is set up: answered, nothing recorded.
    Ping,
    /// An event acknowledged and left alone (HTTP 202): one this product does
    /// not record, or an action of one it does that carries nothing to record.
    Ignored(String),
}

/// The subscription name ([`EVENTS`]) of an event header value, if known.
pub fn subscription(host: super::repository::Host, event: &str) -> Option<&'static str> {
    use super::repository::Host;
    match host {
        Host::GitHub => EVENTS.iter().copied().find(|name| *name == event),
        Host::GitLab => match event {
            "Push Hook" => Some("push"),
            "Tag Push Hook" => Some("tag_push"),
            "Merge Request Hook" => Some("pull_request"),
            "Note Hook" => Some("note"),
            "Release Hook" => Some("release"),
            _ => None,
        },
        _ => None,
    }
}

/// Reads a verified delivery of `event` (the `X-GitHub-Event` or
/// `X-Gitlab-Event` header) from `host`.
pub fn read(
    host: super::repository::Host,
    event: &str,
    body: &[u8],
) -> Result<Delivery, Malformed> {
    use super::repository::Host;
    let ignored = || Delivery::Ignored(event.to_owned());
    Ok(match (host, event) {
        (Host::GitHub, "ping") => Delivery::Ping,
        (Host::GitHub, "push") => Delivery::Push(github_push(body)?),
        (Host::GitHub, "pull_request") => Delivery::PullRequest(github_pull_request(body)?),
        (Host::GitHub, "pull_request_review") => {
            github_review(body)?.map_or_else(ignored, Delivery::Review)
        }
        (Host::GitHub, "pull_request_review_comment") => {
            github_review_comment(body)?.map_or_else(ignored, Delivery::Review)
        }
        (Host::GitHub, "create") => Delivery::Ref(github_ref_change(body, true)?),
        (Host::GitHub, "delete") => Delivery::Ref(github_ref_change(body, false)?),
        (Host::GitHub, "release") => Delivery::Release(github_release(body)?),
        (Host::GitLab, "Push Hook" | "Tag Push Hook") => Delivery::Push(gitlab_push(body)?),
        (Host::GitLab, "Merge Request Hook") => Delivery::PullRequest(gitlab_merge_request(body)?),
        (Host::GitLab, "Note Hook") => gitlab_note(body)?.map_or_else(ignored, Delivery::Review),
        (Host::GitLab, "Release Hook") => Delivery::Release(gitlab_release(body)?),
        _ => ignored(),
    })
}
