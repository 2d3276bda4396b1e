//! GitLab's webhook payloads: `Push Hook`, `Tag Push Hook`, `Merge Request
//! Hook`, `Note Hook` and `Release Hook`, in the shapes GitLab's "Webhook
//! events" documents, and its `X-Gitlab-Token` check.

use super::*;

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
