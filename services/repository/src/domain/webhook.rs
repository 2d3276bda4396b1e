//! Webhook deliveries from GitHub and GitLab: checking that a delivery comes
//! from the host (GitHub's HMAC-SHA256 signature over the raw body, GitLab's
//! shared token, both compared in constant time) and reading a push into the
//! commits it carries. Pure: the receiver (a later step) owns the I/O.

use hmac::{Hmac, KeyInit, Mac};
use serde::Deserialize;
use sha2::Sha256;

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

/// Checks GitHub's `X-Hub-Signature-256: sha256=<hex>` over the raw `body`
/// with the webhook's `secret`.
pub fn verify_github(
    secret: &[u8],
    signature: Option<&str>,
    body: &[u8],
) -> Result<(), Unverified> {
    let header = GITHUB_SIGNATURE;
    let signature = signature.ok_or(Unverified::Missing(header))?;
    let digest = signature
        .trim()
        .strip_prefix("sha256=")
        .and_then(|hex_digest| hex::decode(hex_digest).ok())
        .ok_or(Unverified::Mismatch(header))?;
    let mut mac = HmacSha256::new_from_slice(secret).map_err(|_| Unverified::Mismatch(header))?;
    mac.update(body);
    mac.verify_slice(&digest)
        .map_err(|_| Unverified::Mismatch(header))
}

/// Checks GitLab's `X-Gitlab-Token` against the webhook's `secret`, in
/// constant time (both are reduced to HMACs of one length, compared by
/// `verify_slice`).
pub fn verify_gitlab(secret: &str, token: Option<&str>) -> Result<(), Unverified> {
    let header = GITLAB_TOKEN;
    let token = token.ok_or(Unverified::Missing(header))?;
    let keyed = |text: &str| {
        let mut mac = HmacSha256::new_from_slice(b"secureflow gitlab token comparison")
            .expect("HMAC takes keys of any length");
        mac.update(text.as_bytes());
        mac
    };
    let expected = keyed(secret).finalize().into_bytes();
    keyed(token)
        .verify_slice(&expected)
        .map_err(|_| Unverified::Mismatch(header))
}

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

#[derive(Deserialize)]
struct GitHubPerson {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    username: Option<String>,
}

impl From<GitHubPerson> for Person {
    fn from(person: GitHubPerson) -> Self {
        Person {
            name: person.name,
            email: person.email.unwrap_or_default(),
            login: person.username.unwrap_or_default(),
        }
    }
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

#[derive(Deserialize)]
struct GitHubCommit {
    id: String,
    message: String,
    timestamp: String,
    author: GitHubPerson,
    committer: GitHubPerson,
    #[serde(flatten)]
    files: Files,
}

#[derive(Deserialize)]
struct GitHubRepository {
    full_name: String,
}

#[derive(Deserialize)]
struct GitHubPush {
    #[serde(rename = "ref")]
    git_ref: String,
    before: String,
    after: String,
    #[serde(default)]
    commits: Vec<GitHubCommit>,
    repository: GitHubRepository,
    pusher: GitHubPerson,
    #[serde(default)]
    forced: bool,
}

/// Reads GitHub's `push` event.
pub fn github_push(body: &[u8]) -> Result<Push, Malformed> {
    let push: GitHubPush = json(body, "push")?;
    let commits = push
        .commits
        .into_iter()
        .enumerate()
        .map(|(index, commit)| {
            Ok(PushedCommit {
                authored_at_us: micros(&format!("commits[{index}].timestamp"), &commit.timestamp)?,
                sha: commit.id,
                message: commit.message,
                author: commit.author.into(),
                committer: commit.committer.into(),
                files_added: commit.files.added,
                files_modified: commit.files.modified,
                files_removed: commit.files.removed,
            })
        })
        .collect::<Result<_, Malformed>>()?;
    Ok(Push {
        repository: push.repository.full_name,
        git_ref: push.git_ref,
        before: push.before,
        after: push.after,
        pusher: push.pusher.into(),
        commits,
        forced: push.forced,
    })
}

#[derive(Deserialize)]
struct GitLabAuthor {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
struct GitLabCommit {
    id: String,
    message: String,
    timestamp: String,
    author: GitLabAuthor,
    #[serde(flatten)]
    files: Files,
}

#[derive(Deserialize)]
struct GitLabProject {
    path_with_namespace: String,
}

#[derive(Deserialize)]
struct GitLabPush {
    #[serde(rename = "ref")]
    git_ref: String,
    before: String,
    after: String,
    #[serde(default)]
    user_name: String,
    #[serde(default)]
    user_email: Option<String>,
    #[serde(default)]
    user_username: Option<String>,
    project: GitLabProject,
    #[serde(default)]
    commits: Vec<GitLabCommit>,
}

/// Reads GitLab's `Push Hook` (and `Tag Push Hook`, which has the same shape).
pub fn gitlab_push(body: &[u8]) -> Result<Push, Malformed> {
    let push: GitLabPush = json(body, "Push Hook")?;
    let commits = push
        .commits
        .into_iter()
        .enumerate()
        .map(|(index, commit)| {
            let author = Person {
                name: commit.author.name,
                email: commit.author.email,
                login: String::new(),
            };
            Ok(PushedCommit {
                authored_at_us: micros(&format!("commits[{index}].timestamp"), &commit.timestamp)?,
                sha: commit.id,
                message: commit.message,
                committer: author.clone(),
                author,
                files_added: commit.files.added,
                files_modified: commit.files.modified,
                files_removed: commit.files.removed,
            })
        })
        .collect::<Result<_, Malformed>>()?;
    Ok(Push {
        repository: push.project.path_with_namespace,
        git_ref: push.git_ref,
        before: push.before,
        after: push.after,
        pusher: Person {
            name: push.user_name,
            email: push.user_email.unwrap_or_default(),
            login: push.user_username.unwrap_or_default(),
        },
        commits,
        forced: false,
    })
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

#[derive(Deserialize)]
struct GitHubUser {
    login: String,
}

#[derive(Deserialize)]
struct GitHubRef {
    #[serde(rename = "ref")]
    name: String,
    #[serde(default)]
    sha: String,
}

#[derive(Deserialize)]
struct GitHubPullRequestBody {
    title: String,
    user: GitHubUser,
    head: GitHubRef,
    base: GitHubRef,
    state: String,
    #[serde(default)]
    draft: bool,
    #[serde(default)]
    merged: bool,
    merged_by: Option<GitHubUser>,
    created_at: String,
    merged_at: Option<String>,
    closed_at: Option<String>,
    additions: Option<i64>,
    deletions: Option<i64>,
    commits: Option<i64>,
}

#[derive(Deserialize)]
struct GitHubPullRequest {
    action: String,
    number: i64,
    pull_request: GitHubPullRequestBody,
    repository: GitHubRepository,
}

/// Reads GitHub's `pull_request` event.
pub fn github_pull_request(body: &[u8]) -> Result<PullRequestEvent, Malformed> {
    let event: GitHubPullRequest = json(body, "pull_request")?;
    let pull = event.pull_request;
    let state = match (pull.state.as_str(), pull.merged) {
        (_, true) => PullRequestState::Merged,
        ("closed", false) => PullRequestState::Closed,
        _ => PullRequestState::Open,
    };
    let action = match event.action.as_str() {
        "opened" => PullRequestAction::Opened,
        "synchronize" => PullRequestAction::Updated,
        "closed" if pull.merged => PullRequestAction::Merged,
        "closed" => PullRequestAction::Closed,
        "reopened" => PullRequestAction::Reopened,
        "ready_for_review" => PullRequestAction::ReadyForReview,
        other => PullRequestAction::Other(other.to_owned()),
    };
    Ok(PullRequestEvent {
        repository: event.repository.full_name,
        action,
        number: event.number,
        title: pull.title,
        author: Some(pull.user.login),
        source_branch: pull.head.name,
        target_branch: pull.base.name,
        head_sha: pull.head.sha,
        state,
        draft: pull.draft,
        created_at_us: micros("pull_request.created_at", &pull.created_at)?,
        merged_at_us: optional_micros("pull_request.merged_at", pull.merged_at.as_deref())?,
        closed_at_us: optional_micros("pull_request.closed_at", pull.closed_at.as_deref())?,
        merged_by: pull.merged_by.map(|user| user.login),
        additions: pull.additions,
        deletions: pull.deletions,
        commits: pull.commits,
    })
}

#[derive(Deserialize)]
struct GitLabUser {
    #[serde(default)]
    username: String,
}

#[derive(Deserialize)]
struct GitLabLastCommit {
    id: String,
}

#[derive(Deserialize)]
struct GitLabMergeRequestAttributes {
    iid: i64,
    title: String,
    source_branch: String,
    target_branch: String,
    last_commit: Option<GitLabLastCommit>,
    state: String,
    #[serde(default)]
    draft: Option<bool>,
    #[serde(default)]
    work_in_progress: bool,
    created_at: String,
    merged_at: Option<String>,
    closed_at: Option<String>,
    #[serde(default)]
    action: String,
}

#[derive(Deserialize)]
struct GitLabMergeRequest {
    user: GitLabUser,
    project: GitLabProject,
    object_attributes: GitLabMergeRequestAttributes,
}

/// Reads GitLab's `Merge Request Hook`.
pub fn gitlab_merge_request(body: &[u8]) -> Result<PullRequestEvent, Malformed> {
    let event: GitLabMergeRequest = json(body, "Merge Request Hook")?;
    let request = event.object_attributes;
    let state = match request.state.as_str() {
        "merged" => PullRequestState::Merged,
        "closed" => PullRequestState::Closed,
        _ => PullRequestState::Open,
    };
    let action = match request.action.as_str() {
        "open" => PullRequestAction::Opened,
        "update" => PullRequestAction::Updated,
        "close" => PullRequestAction::Closed,
        "merge" => PullRequestAction::Merged,
        "reopen" => PullRequestAction::Reopened,
        other => PullRequestAction::Other(other.to_owned()),
    };
    let merged_at_us =
        optional_micros("object_attributes.merged_at", request.merged_at.as_deref())?;
    let closed_at_us =
        optional_micros("object_attributes.closed_at", request.closed_at.as_deref())?;
    let acting = event.user.username;
    Ok(PullRequestEvent {
        repository: event.project.path_with_namespace,
        // The hook names the user acting; the author only by a numeric id.
        author: (action == PullRequestAction::Opened).then(|| acting.clone()),
        merged_by: (action == PullRequestAction::Merged).then_some(acting),
        action,
        number: request.iid,
        title: request.title,
        source_branch: request.source_branch,
        target_branch: request.target_branch,
        head_sha: request
            .last_commit
            .map(|commit| commit.id)
            .unwrap_or_default(),
        state,
        draft: request.draft.unwrap_or(request.work_in_progress),
        created_at_us: micros("object_attributes.created_at", &request.created_at)?,
        merged_at_us,
        closed_at_us,
        additions: None,
        deletions: None,
        commits: None,
    })
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

#[derive(Deserialize)]
struct GitHubNumber {
    number: i64,
}

#[derive(Deserialize)]
struct GitHubReviewBody {
    id: i64,
    user: GitHubUser,
    state: String,
    submitted_at: Option<String>,
}

#[derive(Deserialize)]
struct GitHubReview {
    action: String,
    review: GitHubReviewBody,
    pull_request: GitHubNumber,
    repository: GitHubRepository,
}

/// Reads GitHub's `pull_request_review` event; `None` for actions that are
/// not a review given (`edited`).
pub fn github_review(body: &[u8]) -> Result<Option<ReviewActivity>, Malformed> {
    let event: GitHubReview = json(body, "pull_request_review")?;
    let state = match (
        event.action.as_str(),
        event.review.state.to_ascii_lowercase().as_str(),
    ) {
        ("dismissed", _) | (_, "dismissed") => ReviewState::Dismissed,
        ("submitted", "approved") => ReviewState::Approved,
        ("submitted", "changes_requested") => ReviewState::ChangesRequested,
        ("submitted", _) => ReviewState::Commented,
        _ => return Ok(None),
    };
    let Some(submitted_at) = event.review.submitted_at else {
        return Err(Malformed("review.submitted_at is missing".into()));
    };
    Ok(Some(ReviewActivity {
        id: format!("review-{}-{}", event.review.id, state.name()),
        repository: event.repository.full_name,
        number: event.pull_request.number,
        reviewer: event.review.user.login,
        kind: ReviewKind::Review(state),
        at_us: micros("review.submitted_at", &submitted_at)?,
    }))
}

#[derive(Deserialize)]
struct GitHubCommentBody {
    id: i64,
    user: GitHubUser,
    created_at: String,
}

#[derive(Deserialize)]
struct GitHubReviewComment {
    action: String,
    comment: GitHubCommentBody,
    pull_request: GitHubNumber,
    repository: GitHubRepository,
}

/// Reads GitHub's `pull_request_review_comment` event; `None` unless a
/// comment was `created`.
pub fn github_review_comment(body: &[u8]) -> Result<Option<ReviewActivity>, Malformed> {
    let event: GitHubReviewComment = json(body, "pull_request_review_comment")?;
    if event.action != "created" {
        return Ok(None);
    }
    Ok(Some(ReviewActivity {
        id: format!("comment-{}", event.comment.id),
        repository: event.repository.full_name,
        number: event.pull_request.number,
        reviewer: event.comment.user.login,
        kind: ReviewKind::Comment,
        at_us: micros("comment.created_at", &event.comment.created_at)?,
    }))
}

#[derive(Deserialize)]
struct GitLabNoteAttributes {
    id: i64,
    noteable_type: String,
    created_at: String,
    #[serde(default)]
    system: bool,
}

#[derive(Deserialize)]
struct GitLabIid {
    iid: i64,
}

#[derive(Deserialize)]
struct GitLabNote {
    user: GitLabUser,
    project: GitLabProject,
    object_attributes: GitLabNoteAttributes,
    merge_request: Option<GitLabIid>,
}

/// Reads GitLab's `Note Hook`: a comment on a merge request by a person;
/// `None` for notes on commits, issues or snippets and for system notes.
pub fn gitlab_note(body: &[u8]) -> Result<Option<ReviewActivity>, Malformed> {
    let event: GitLabNote = json(body, "Note Hook")?;
    let note = event.object_attributes;
    if note.noteable_type != "MergeRequest" || note.system {
        return Ok(None);
    }
    let Some(merge_request) = event.merge_request else {
        return Err(Malformed(
            "a merge request note without `merge_request`".into(),
        ));
    };
    Ok(Some(ReviewActivity {
        id: format!("note-{}", note.id),
        repository: event.project.path_with_namespace,
        number: merge_request.iid,
        reviewer: event.user.username,
        kind: ReviewKind::Comment,
        at_us: micros("object_attributes.created_at", &note.created_at)?,
    }))
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

#[derive(Deserialize)]
struct GitHubRefChange {
    #[serde(rename = "ref")]
    name: String,
    ref_type: String,
    repository: GitHubRepository,
}

/// Reads GitHub's `create` (`created`) or `delete` event.
pub fn github_ref_change(body: &[u8], created: bool) -> Result<RefChange, Malformed> {
    let event: GitHubRefChange = json(body, if created { "create" } else { "delete" })?;
    let kind = match event.ref_type.as_str() {
        "branch" => RefKind::Branch,
        "tag" => RefKind::Tag,
        other => {
            return Err(Malformed(format!(
                "ref_type `{}` is neither `branch` nor `tag`",
                other.escape_debug()
            )));
        }
    };
    Ok(RefChange {
        repository: event.repository.full_name,
        kind,
        name: event.name,
        created,
    })
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

#[derive(Deserialize)]
struct GitHubReleaseBody {
    tag_name: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    target_commitish: String,
    #[serde(default)]
    prerelease: bool,
    published_at: Option<String>,
}

#[derive(Deserialize)]
struct GitHubRelease {
    action: String,
    release: GitHubReleaseBody,
    repository: GitHubRepository,
}

/// Reads GitHub's `release` event.
pub fn github_release(body: &[u8]) -> Result<ReleaseEvent, Malformed> {
    let event: GitHubRelease = json(body, "release")?;
    let release = event.release;
    let action = match event.action.as_str() {
        "published" | "released" => ReleaseAction::Published,
        "edited" => ReleaseAction::Updated,
        "deleted" | "unpublished" => ReleaseAction::Deleted,
        other => ReleaseAction::Other(other.to_owned()),
    };
    Ok(ReleaseEvent {
        repository: event.repository.full_name,
        action,
        name: release.name.unwrap_or_else(|| release.tag_name.clone()),
        tag: release.tag_name,
        target: release.target_commitish,
        prerelease: release.prerelease,
        released_at_us: optional_micros("release.published_at", release.published_at.as_deref())?,
    })
}

#[derive(Deserialize)]
struct GitLabReleaseCommit {
    id: String,
}

#[derive(Deserialize)]
struct GitLabRelease {
    action: String,
    tag: String,
    #[serde(default)]
    name: String,
    released_at: Option<String>,
    project: GitLabProject,
    commit: Option<GitLabReleaseCommit>,
}

/// Reads GitLab's `Release Hook`.
pub fn gitlab_release(body: &[u8]) -> Result<ReleaseEvent, Malformed> {
    let event: GitLabRelease = json(body, "Release Hook")?;
    let action = match event.action.as_str() {
        "create" => ReleaseAction::Published,
        "update" => ReleaseAction::Updated,
        "delete" => ReleaseAction::Deleted,
        other => ReleaseAction::Other(other.to_owned()),
    };
    let released_at_us = optional_micros("released_at", event.released_at.as_deref())?;
    Ok(ReleaseEvent {
        repository: event.project.path_with_namespace,
        action,
        name: if event.name.is_empty() {
            event.tag.clone()
        } else {
            event.name
        },
        tag: event.tag,
        target: event.commit.map(|commit| commit.id).unwrap_or_default(),
        prerelease: false,
        released_at_us,
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    const GITHUB_PUSH: &[u8] = include_bytes!("../../tests/payloads/github-push.json");
    const GITLAB_PUSH: &[u8] = include_bytes!("../../tests/payloads/gitlab-push.json");

    fn github_signature(secret: &[u8], body: &[u8]) -> String {
        let mut mac = HmacSha256::new_from_slice(secret).expect("key");
        mac.update(body);
        format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
    }

    #[test]
    fn a_forced_push_says_so_on_github_only() {
        assert!(!github_push(GITHUB_PUSH).expect("push").forced);
        let forced = String::from_utf8_lossy(GITHUB_PUSH).replacen(
            "\"forced\": false",
            "\"forced\": true",
            1,
        );
        assert!(github_push(forced.as_bytes()).expect("push").forced);
        assert!(!gitlab_push(GITLAB_PUSH).expect("push").forced);
    }

    #[test]
    fn github_signatures_are_checked_over_the_raw_body() {
        let secret = b"It's a Secret to Everybody";
        let good = github_signature(secret, GITHUB_PUSH);
        assert_eq!(verify_github(secret, Some(&good), GITHUB_PUSH), Ok(()));
        let mismatch = Err(Unverified::Mismatch(GITHUB_SIGNATURE));
        assert_eq!(
            verify_github(b"another secret", Some(&good), GITHUB_PUSH),
            mismatch
        );
        let mut changed = GITHUB_PUSH.to_vec();
        changed[10] ^= 1;
        assert_eq!(verify_github(secret, Some(&good), &changed), mismatch);
        for malformed in [
            "",
            "sha256=",
            "sha1=abc",
            "sha256=zz",
            &good[..good.len() - 2],
        ] {
            assert_eq!(
                verify_github(secret, Some(malformed), GITHUB_PUSH),
                mismatch,
                "{malformed}"
            );
        }
        assert_eq!(
            verify_github(secret, None, GITHUB_PUSH),
            Err(Unverified::Missing(GITHUB_SIGNATURE))
        );
    }

    #[test]
    fn the_signature_github_documents_is_accepted() {
        // The worked example of GitHub's "Validating webhook deliveries": the
        // secret "It's a Secret to Everybody" and the payload "Hello, World!".
        let documented = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        let secret = b"It's a Secret to Everybody";
        assert_eq!(
            verify_github(secret, Some(documented), b"Hello, World!"),
            Ok(())
        );
        assert_eq!(github_signature(secret, b"Hello, World!"), documented);
    }

    #[test]
    fn gitlab_tokens_are_compared_whole() {
        let secret = "gl-secret-token";
        assert_eq!(verify_gitlab(secret, Some(secret)), Ok(()));
        let mismatch = Err(Unverified::Mismatch(GITLAB_TOKEN));
        for wrong in ["", "gl-secret-toke", "gl-secret-token ", "GL-SECRET-TOKEN"] {
            assert_eq!(verify_gitlab(secret, Some(wrong)), mismatch, "{wrong}");
        }
        assert_eq!(
            verify_gitlab(secret, None),
            Err(Unverified::Missing(GITLAB_TOKEN))
        );
    }

    #[test]
    fn a_github_push_carries_its_commits_in_order() {
        let push = github_push(GITHUB_PUSH).expect("push");
        assert_eq!(push.repository, "acme/payments-api");
        assert_eq!(push.branch(), Some("main"));
        assert!(!push.created() && !push.deleted());
        assert_eq!(push.pusher.email, "ada@acme.example");
        let shas: Vec<&str> = push.commits.iter().map(|c| c.sha.as_str()).collect();
        assert_eq!(
            shas,
            [
                "1b6c9c3a0a53b5c2e1b4f0c8f6d5e4a3b2c1d0e9",
                push.after.as_str()
            ]
        );
        let first = &push.commits[0];
        assert_eq!(first.author.name, "Ada Developer");
        assert_eq!(first.files_added, ["src/luhn.rs"]);
        assert_eq!(first.files_modified.len(), 2);
        // 2026-11-30T09:15:02-08:00 is 17:15:02 UTC.
        assert_eq!(first.authored_at_us, 1_796_058_902_000_000);
        assert_eq!(push.commits[1].committer.name, "GitHub");
    }

    #[test]
    fn a_gitlab_push_of_a_new_branch_carries_its_commits() {
        let push = gitlab_push(GITLAB_PUSH).expect("push");
        assert_eq!(push.repository, "platform/payments/ledger");
        assert_eq!(push.branch(), Some("feature/ledger-export"));
        assert!(push.created() && !push.deleted());
        assert_eq!(push.pusher.name, "Grace Maintainer");
        assert_eq!(push.commits.len(), 2);
        assert_eq!(push.commits[0].committer, push.commits[0].author);
        assert_eq!(push.commits[1].files_added, ["export/csv_test.go"]);
    }

    #[test]
    fn malformed_bodies_say_where() {
        let error =
            github_push(b"{\"ref\": \"refs/heads/main\",\n \"before\": 3}").expect_err("bad");
        assert!(error.0.contains("line 2"), "{error}");
        let error = gitlab_push(b"not json").expect_err("bad");
        assert!(error.0.contains("at line 1 column"), "{error}");
        let mut push: serde_json::Value = serde_json::from_slice(GITHUB_PUSH).expect("json");
        push["commits"][1]["timestamp"] = "yesterday".into();
        let body = serde_json::to_vec(&push).expect("json");
        let error = github_push(&body).expect_err("bad time");
        assert!(error.0.contains("commits[1].timestamp"), "{error}");
    }

    const GITHUB_PULL_REQUEST: &[u8] =
        include_bytes!("../../tests/payloads/github-pull-request.json");
    const GITLAB_MERGE_REQUEST: &[u8] =
        include_bytes!("../../tests/payloads/gitlab-merge-request.json");

    #[test]
    fn a_merged_github_pull_request_says_who_merged_it_and_when() {
        let event = github_pull_request(GITHUB_PULL_REQUEST).expect("pull request");
        assert_eq!(event.repository, "acme/payments-api");
        assert_eq!(event.action, PullRequestAction::Merged);
        assert_eq!((event.number, event.state), (42, PullRequestState::Merged));
        assert_eq!(
            (event.source_branch.as_str(), event.target_branch.as_str()),
            ("feature/luhn", "main")
        );
        assert_eq!(event.author.as_deref(), Some("ada"));
        assert_eq!(event.merged_by.as_deref(), Some("grace"));
        assert_eq!(
            (event.additions, event.deletions, event.commits),
            (Some(57), Some(12), Some(2))
        );
        assert!(event.merged_at_us.is_some() && event.merged_at_us == event.closed_at_us);
        assert!(event.created_at_us < event.merged_at_us.unwrap_or_default());
        // The same pull request closed without merging.
        let mut closed: serde_json::Value =
            serde_json::from_slice(GITHUB_PULL_REQUEST).expect("json");
        closed["pull_request"]["merged"] = false.into();
        closed["pull_request"]["merged_at"] = serde_json::Value::Null;
        closed["pull_request"]["merged_by"] = serde_json::Value::Null;
        let closed =
            github_pull_request(&serde_json::to_vec(&closed).expect("json")).expect("closed");
        assert_eq!(
            (closed.action, closed.state),
            (PullRequestAction::Closed, PullRequestState::Closed)
        );
        assert_eq!((closed.merged_at_us, closed.merged_by), (None, None));
    }

    #[test]
    fn a_gitlab_draft_merge_request_opened() {
        let event = gitlab_merge_request(GITLAB_MERGE_REQUEST).expect("merge request");
        assert_eq!(event.repository, "platform/payments/ledger");
        assert_eq!(event.action, PullRequestAction::Opened);
        assert_eq!(
            (event.number, event.state, event.draft),
            (7, PullRequestState::Open, true)
        );
        assert_eq!(event.head_sha, "da1560886d4f094c3e6c9ef40349f7d38b5d27d7");
        assert_eq!(
            (event.author.as_deref(), event.merged_by),
            (Some("grace"), None)
        );
        // Merged by someone else: who merged, not who wrote it.
        let mut merged: serde_json::Value =
            serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
        merged["object_attributes"]["action"] = "merge".into();
        merged["object_attributes"]["state"] = "merged".into();
        merged["user"]["username"] = "ada".into();
        let merged =
            gitlab_merge_request(&serde_json::to_vec(&merged).expect("json")).expect("merged");
        assert_eq!(
            (merged.author, merged.merged_by.as_deref()),
            (None, Some("ada"))
        );
        assert_eq!(merged.state, PullRequestState::Merged);
        // Older GitLab versions write times as `2026-11-29 13:35:00 UTC`.
        let mut older: serde_json::Value =
            serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
        older["object_attributes"]["created_at"] = "2026-11-29 13:35:00 UTC".into();
        let older =
            gitlab_merge_request(&serde_json::to_vec(&older).expect("json")).expect("older");
        assert_eq!(older.created_at_us, event.created_at_us);
    }

    #[test]
    fn a_merge_request_time_that_is_not_one_is_named() {
        let mut broken: serde_json::Value =
            serde_json::from_slice(GITLAB_MERGE_REQUEST).expect("json");
        broken["object_attributes"]["created_at"] = "last tuesday".into();
        let error =
            gitlab_merge_request(&serde_json::to_vec(&broken).expect("json")).expect_err("bad");
        assert!(error.0.contains("object_attributes.created_at"), "{error}");
    }

    const GITHUB_REVIEW: &[u8] =
        include_bytes!("../../tests/payloads/github-pull-request-review.json");
    const GITHUB_REVIEW_COMMENT: &[u8] =
        include_bytes!("../../tests/payloads/github-pull-request-review-comment.json");
    const GITLAB_NOTE: &[u8] =
        include_bytes!("../../tests/payloads/gitlab-note-merge-request.json");

    #[test]
    fn reviews_and_review_comments_are_read_from_both_hosts() {
        let review = github_review(GITHUB_REVIEW)
            .expect("review")
            .expect("submitted");
        assert_eq!(
            (
                review.repository.as_str(),
                review.number,
                review.reviewer.as_str()
            ),
            ("acme/payments-api", 42, "grace")
        );
        assert_eq!(review.kind, ReviewKind::Review(ReviewState::Approved));
        let comment = github_review_comment(GITHUB_REVIEW_COMMENT)
            .expect("comment")
            .expect("created");
        assert_eq!((comment.kind, comment.number), (ReviewKind::Comment, 42));
        assert!(comment.at_us < review.at_us);
        let note = gitlab_note(GITLAB_NOTE)
            .expect("note")
            .expect("on a merge request");
        assert_eq!(
            (
                note.repository.as_str(),
                note.number,
                note.reviewer.as_str(),
                note.kind
            ),
            ("platform/payments/ledger", 7, "ada", ReviewKind::Comment)
        );
    }

    #[test]
    fn edits_system_notes_and_notes_elsewhere_are_not_review_activity() {
        let edit = |payload: &[u8], pointer: &str, value: serde_json::Value| {
            let mut event: serde_json::Value = serde_json::from_slice(payload).expect("json");
            *event.pointer_mut(pointer).expect("field") = value;
            serde_json::to_vec(&event).expect("json")
        };
        assert_eq!(
            github_review(&edit(GITHUB_REVIEW, "/action", "edited".into())),
            Ok(None)
        );
        let dismissed = github_review(&edit(GITHUB_REVIEW, "/action", "dismissed".into()))
            .expect("dismissed")
            .expect("a review");
        assert_eq!(dismissed.kind, ReviewKind::Review(ReviewState::Dismissed));
        let changes = github_review(&edit(
            GITHUB_REVIEW,
            "/review/state",
            "CHANGES_REQUESTED".into(),
        ))
        .expect("review")
        .expect("submitted");
        assert_eq!(
            changes.kind,
            ReviewKind::Review(ReviewState::ChangesRequested)
        );
        assert_eq!(
            github_review_comment(&edit(GITHUB_REVIEW_COMMENT, "/action", "deleted".into())),
            Ok(None)
        );
        let system = edit(GITLAB_NOTE, "/object_attributes/system", true.into());
        assert_eq!(gitlab_note(&system), Ok(None));
        let on_commit = edit(
            GITLAB_NOTE,
            "/object_attributes/noteable_type",
            "Commit".into(),
        );
        assert_eq!(gitlab_note(&on_commit), Ok(None));
    }

    const GITHUB_CREATE: &[u8] = include_bytes!("../../tests/payloads/github-create.json");
    const GITHUB_RELEASE: &[u8] = include_bytes!("../../tests/payloads/github-release.json");
    const GITLAB_RELEASE: &[u8] = include_bytes!("../../tests/payloads/gitlab-release.json");

    #[test]
    fn branches_tags_and_releases_are_read_from_both_hosts() {
        let created = github_ref_change(GITHUB_CREATE, true).expect("create");
        assert_eq!(
            (
                created.repository.as_str(),
                created.kind,
                created.name.as_str(),
                created.created
            ),
            (
                "acme/payments-api",
                RefKind::Branch,
                "feature/refunds",
                true
            )
        );
        let mut tag: serde_json::Value = serde_json::from_slice(GITHUB_CREATE).expect("json");
        tag["ref_type"] = "tag".into();
        let deleted =
            github_ref_change(&serde_json::to_vec(&tag).expect("json"), false).expect("delete");
        assert_eq!((deleted.kind, deleted.created), (RefKind::Tag, false));
        tag["ref_type"] = "repository".into();
        let error =
            github_ref_change(&serde_json::to_vec(&tag).expect("json"), true).expect_err("bad");
        assert!(error.0.contains("ref_type"), "{error}");

        let release = github_release(GITHUB_RELEASE).expect("release");
        assert_eq!(release.action, ReleaseAction::Published);
        assert_eq!(
            (release.tag.as_str(), release.target.as_str()),
            ("v1.4.0", "main")
        );
        assert!(release.released_at_us.is_some() && !release.prerelease);
        let release = gitlab_release(GITLAB_RELEASE).expect("release");
        assert_eq!(
            (
                release.repository.as_str(),
                release.tag.as_str(),
                release.name.as_str()
            ),
            ("platform/payments/ledger", "v2.1.0", "Ledger 2.1")
        );
        assert_eq!(release.target, "da1560886d4f094c3e6c9ef40349f7d38b5d27d7");
        assert_eq!(release.action, ReleaseAction::Published);
    }

    #[test]
    fn deliveries_are_read_by_their_event_header() {
        use crate::domain::repository::Host;
        assert!(matches!(
            read(Host::GitHub, "push", GITHUB_PUSH),
            Ok(Delivery::Push(_))
        ));
        assert!(matches!(
            read(Host::GitLab, "Merge Request Hook", GITLAB_MERGE_REQUEST),
            Ok(Delivery::PullRequest(_))
        ));
        assert!(matches!(
            read(Host::GitLab, "Note Hook", GITLAB_NOTE),
            Ok(Delivery::Review(_))
        ));
        assert_eq!(read(Host::GitHub, "ping", b"{}"), Ok(Delivery::Ping));
        // Unknown events are acknowledged whatever their body; known ones must parse.
        assert_eq!(
            read(Host::GitHub, "star", b"not json"),
            Ok(Delivery::Ignored("star".into()))
        );
        assert!(read(Host::GitHub, "push", b"not json").is_err());
        // A GitLab header is not a GitHub event, and the other way round.
        assert_eq!(
            read(Host::GitHub, "Push Hook", GITLAB_PUSH),
            Ok(Delivery::Ignored("Push Hook".into()))
        );
        assert_eq!(subscription(Host::GitLab, "Push Hook"), Some("push"));
        assert_eq!(
            subscription(Host::GitHub, "pull_request_review"),
            Some("pull_request_review")
        );
        assert_eq!(subscription(Host::GitHub, "star"), None);
    }

    #[test]
    fn subscriptions_name_known_events() {
        assert_eq!(
            checked_events(vec!["push".into(), " pull_request ".into(), "push".into()]),
            Ok(vec!["push".to_owned(), "pull_request".to_owned()])
        );
        let (field, problem) =
            checked_events(vec!["push".into(), "deploy".into()]).expect_err("unknown");
        assert_eq!(field, "events");
        assert!(problem.starts_with("[1] `deploy`"), "{problem}");
        assert_eq!(checked_secret(""), Ok(None));
        assert!(checked_secret("short").is_err());
        assert!(checked_secret("a secret with spaces in it").is_err());
        let good = "0123456789abcdefghij";
        assert_eq!(checked_secret(good), Ok(Some(good)));
    }

    #[test]
    fn tags_and_deletions_are_told_apart() {
        let mut push = github_push(GITHUB_PUSH).expect("push");
        push.git_ref = "refs/tags/v1.2.0".into();
        push.after = "0".repeat(40);
        assert_eq!((push.branch(), push.tag()), (None, Some("v1.2.0")));
        assert!(push.deleted());
    }
}
