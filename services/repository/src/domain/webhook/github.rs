//! GitHub's webhook payloads: `push`, `pull_request`, `pull_request_review`,
//! `pull_request_review_comment`, `create`/`delete` and `release`, in the
//! shapes GitHub's "Webhook events and payloads" documents, and its
//! `X-Hub-Signature-256` check.

use super::*;

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

/// An account as GitHub's payloads and API name it.
#[derive(Deserialize)]
pub(in crate::domain) struct GitHubUser {
    pub(in crate::domain) login: String,
}

/// A pull request's head or base.
#[derive(Deserialize)]
pub(in crate::domain) struct GitHubRef {
    #[serde(rename = "ref")]
    pub(in crate::domain) name: String,
    #[serde(default)]
    pub(in crate::domain) sha: String,
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
