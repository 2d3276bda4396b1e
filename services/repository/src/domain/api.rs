//! The hosts' REST APIs as a backfill reads them: where the next page is
//! (GitHub's `Link` header, GitLab's `X-Next-Page`), how long a rate limit
//! asks to wait, and the responses read into the same records webhooks give —
//! branches, commits (with their stats), pull/merge requests, reviews and
//! review comments. Pure: the connectors own the I/O. The response shapes are
//! those GitHub's and GitLab's REST documentation gives (see
//! `tests/api/README.md` for the pages).

use serde::Deserialize;

use super::webhook::github::{GitHubRef, GitHubUser};
use super::webhook::{
    Malformed, Person, PullRequestAction, PullRequestEvent, PullRequestState, ReviewActivity,
    ReviewKind, ReviewState, json, micros, optional_micros,
};

/// The `rel="next"` URL of a `Link` header, if any.
pub fn next_link(link: Option<&str>) -> Option<String> {
    link?.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        let next = params
            .split(';')
            .any(|param| param.trim().replace(' ', "") == "rel=\"next\"");
        next.then(|| {
            url.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned()
        })
    })
}

/// GitLab's `X-Next-Page` (empty on the last page).
pub fn next_page(header: Option<&str>) -> Option<u32> {
    header?.trim().parse().ok().filter(|page| *page > 0)
}

/// Longest wait a host may ask for before the backfill gives up and fails
/// (it resumes from its cursor on the next sync).
pub const MAX_WAIT_SECONDS: i64 = 3600;

/// When a response asks the client to wait, until when (seconds since the
/// epoch), by what GitHub and GitLab document: `Retry-After` (seconds), or
/// the rate limit's remaining count at zero with its reset time
/// (`X-RateLimit-Reset` on GitHub, `RateLimit-Reset` on GitLab), or, for a
/// 403 or 429 without either (GitHub's secondary limits), one minute.
/// `header` reads a response header by its lowercase name.
pub fn wait_until<'a>(
    status: u16,
    header: impl Fn(&str) -> Option<&'a str>,
    now_seconds: i64,
) -> Option<i64> {
    let number = |name: &str| header(name).and_then(|value| value.trim().parse::<i64>().ok());
    if let Some(seconds) = number("retry-after") {
        return Some(now_seconds + seconds.clamp(1, MAX_WAIT_SECONDS));
    }
    let exhausted = ["x-ratelimit-remaining", "ratelimit-remaining"]
        .into_iter()
        .any(|name| number(name) == Some(0));
    let reset = number("x-ratelimit-reset").or_else(|| number("ratelimit-reset"));
    if (exhausted || matches!(status, 403 | 429))
        && let Some(reset) = reset
    {
        return Some(reset.clamp(now_seconds + 1, now_seconds + MAX_WAIT_SECONDS));
    }
    matches!(status, 429)
        .then_some(now_seconds + 60)
        .or_else(|| {
            // A 403 that is not a rate limit (no limit headers, no retry) is a
            // permission problem: the caller reports it.
            (status == 403 && exhausted).then_some(now_seconds + 60)
        })
}

/// A branch and its head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiBranch {
    /// Name.
    pub name: String,
    /// Head commit.
    pub sha: String,
    /// Whether the host protects it.
    pub protected: Option<bool>,
}

/// A commit as the APIs describe it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiCommit {
    /// Full SHA.
    pub sha: String,
    /// Parents.
    pub parents: Vec<String>,
    /// Whole message.
    pub message: String,
    /// Author.
    pub author: Person,
    /// Committer.
    pub committer: Person,
    /// Authored, µs.
    pub authored_at_us: i64,
    /// Committed, µs.
    pub committed_at_us: Option<i64>,
    /// Lines added, when the response carries stats.
    pub additions: Option<i64>,
    /// Lines deleted, when the response carries stats.
    pub deletions: Option<i64>,
    /// Files changed, when the response lists them.
    pub files_changed: Option<i64>,
}

#[derive(Deserialize)]
struct Sha {
    sha: String,
}

#[derive(Deserialize)]
struct GitHubBranch {
    name: String,
    commit: Sha,
    #[serde(default)]
    protected: Option<bool>,
}

/// `GET /repos/{owner}/{repo}/branches`.
pub fn github_branches(body: &[u8]) -> Result<Vec<ApiBranch>, Malformed> {
    let branches: Vec<GitHubBranch> = json(body, "branches")?;
    Ok(branches
        .into_iter()
        .map(|branch| ApiBranch {
            name: branch.name,
            sha: branch.commit.sha,
            protected: branch.protected,
        })
        .collect())
}

#[derive(Deserialize)]
struct GitHubSignature {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    date: String,
}

#[derive(Deserialize)]
struct GitHubCommitBody {
    author: GitHubSignature,
    committer: GitHubSignature,
    message: String,
}

#[derive(Deserialize)]
struct GitHubStats {
    additions: i64,
    deletions: i64,
}

#[derive(Deserialize)]
struct GitHubCommit {
    sha: String,
    commit: GitHubCommitBody,
    /// The GitHub account the author's e-mail belongs to, if any.
    #[serde(default)]
    author: Option<GitHubUser>,
    #[serde(default)]
    parents: Vec<Sha>,
    stats: Option<GitHubStats>,
    files: Option<Vec<serde::de::IgnoredAny>>,
}

impl GitHubCommit {
    fn read(self, at: &str) -> Result<ApiCommit, Malformed> {
        let body = self.commit;
        Ok(ApiCommit {
            sha: self.sha,
            parents: self.parents.into_iter().map(|parent| parent.sha).collect(),
            message: body.message,
            authored_at_us: micros(&format!("{at}commit.author.date"), &body.author.date)?,
            committed_at_us: Some(micros(
                &format!("{at}commit.committer.date"),
                &body.committer.date,
            )?),
            author: Person {
                name: body.author.name,
                email: body.author.email,
                login: self.author.map(|author| author.login).unwrap_or_default(),
            },
            committer: Person {
                name: body.committer.name,
                email: body.committer.email,
                login: String::new(),
            },
            additions: self.stats.as_ref().map(|stats| stats.additions),
            deletions: self.stats.as_ref().map(|stats| stats.deletions),
            files_changed: self
                .files
                .map(|files| i64::try_from(files.len()).unwrap_or(i64::MAX)),
        })
    }
}

/// `GET /repos/{owner}/{repo}/commits` (no stats: a list does not carry them).
pub fn github_commits(body: &[u8]) -> Result<Vec<ApiCommit>, Malformed> {
    let commits: Vec<GitHubCommit> = json(body, "commits")?;
    commits
        .into_iter()
        .enumerate()
        .map(|(index, commit)| commit.read(&format!("[{index}].")))
        .collect()
}

/// `GET /repos/{owner}/{repo}/commits/{ref}`: one commit with its stats and files.
pub fn github_commit(body: &[u8]) -> Result<ApiCommit, Malformed> {
    let commit: GitHubCommit = json(body, "commit")?;
    commit.read("")
}

#[derive(Deserialize)]
struct GitHubPull {
    number: i64,
    title: String,
    user: Option<GitHubUser>,
    head: GitHubRef,
    base: GitHubRef,
    state: String,
    #[serde(default)]
    draft: bool,
    created_at: String,
    #[serde(default)]
    updated_at: Option<String>,
    merged_at: Option<String>,
    closed_at: Option<String>,
    merged_by: Option<GitHubUser>,
    additions: Option<i64>,
    deletions: Option<i64>,
    commits: Option<i64>,
}

/// A page of `GET /repos/{owner}/{repo}/pulls?state=all&sort=updated&direction=desc`
/// read incrementally (GitHub's list has no `since`): the requests updated at
/// or after `since_us` (all without it), and whether the page reached one
/// updated before — the pages after it, older still, need not be read. (What
/// the list carries: no sizes, no one who merged.)
pub fn github_pulls(
    body: &[u8],
    repository: &str,
    since_us: Option<i64>,
) -> Result<(Vec<PullRequestEvent>, bool), Malformed> {
    let pulls: Vec<GitHubPull> = json(body, "pulls")?;
    let mut reached_older = false;
    let mut read = Vec::new();
    for (index, pull) in pulls.into_iter().enumerate() {
        let at = |field: &str| format!("[{index}].{field}");
        let updated_at_us = optional_micros(&at("updated_at"), pull.updated_at.as_deref())?;
        if let (Some(since), Some(updated)) = (since_us, updated_at_us)
            && updated < since
        {
            reached_older = true;
            continue;
        }
        let merged_at_us = optional_micros(&at("merged_at"), pull.merged_at.as_deref())?;
        let state = match (pull.state.as_str(), merged_at_us) {
            (_, Some(_)) => PullRequestState::Merged,
            ("closed", None) => PullRequestState::Closed,
            _ => PullRequestState::Open,
        };
        read.push(PullRequestEvent {
            repository: repository.to_owned(),
            action: PullRequestAction::Other("synced".into()),
            number: pull.number,
            title: pull.title,
            author: pull.user.map(|user| user.login),
            source_branch: pull.head.name,
            target_branch: pull.base.name,
            head_sha: pull.head.sha,
            state,
            draft: pull.draft,
            created_at_us: micros(&at("created_at"), &pull.created_at)?,
            merged_at_us,
            closed_at_us: optional_micros(&at("closed_at"), pull.closed_at.as_deref())?,
            merged_by: pull.merged_by.map(|user| user.login),
            additions: pull.additions,
            deletions: pull.deletions,
            commits: pull.commits,
        });
    }
    Ok((read, reached_older))
}

#[derive(Deserialize)]
struct GitHubReview {
    id: i64,
    user: Option<GitHubUser>,
    state: String,
    submitted_at: Option<String>,
}

/// `GET /repos/{owner}/{repo}/pulls/{number}/reviews` of request `number`
/// (pending reviews, not yet submitted, are left out).
pub fn github_reviews(
    body: &[u8],
    repository: &str,
    number: i64,
) -> Result<Vec<ReviewActivity>, Malformed> {
    let reviews: Vec<GitHubReview> = json(body, "reviews")?;
    let mut read = Vec::new();
    for (index, review) in reviews.into_iter().enumerate() {
        let state = match review.state.to_ascii_uppercase().as_str() {
            "APPROVED" => ReviewState::Approved,
            "CHANGES_REQUESTED" => ReviewState::ChangesRequested,
            "COMMENTED" => ReviewState::Commented,
            "DISMISSED" => ReviewState::Dismissed,
            _ => continue,
        };
        let Some(submitted_at) = review.submitted_at else {
            continue;
        };
        read.push(ReviewActivity {
            id: format!("review-{}-{}", review.id, state.name()),
            repository: repository.to_owned(),
            number,
            reviewer: review.user.map(|user| user.login).unwrap_or_default(),
            kind: ReviewKind::Review(state),
            at_us: micros(&format!("[{index}].submitted_at"), &submitted_at)?,
        });
    }
    Ok(read)
}

#[derive(Deserialize)]
struct GitHubComment {
    id: i64,
    user: Option<GitHubUser>,
    created_at: String,
}

/// `GET /repos/{owner}/{repo}/pulls/{number}/comments`: review comments.
pub fn github_review_comments(
    body: &[u8],
    repository: &str,
    number: i64,
) -> Result<Vec<ReviewActivity>, Malformed> {
    let comments: Vec<GitHubComment> = json(body, "review comments")?;
    comments
        .into_iter()
        .enumerate()
        .map(|(index, comment)| {
            Ok(ReviewActivity {
                id: format!("comment-{}", comment.id),
                repository: repository.to_owned(),
                number,
                reviewer: comment.user.map(|user| user.login).unwrap_or_default(),
                kind: ReviewKind::Comment,
                at_us: micros(&format!("[{index}].created_at"), &comment.created_at)?,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct GitLabBranchCommit {
    id: String,
}

#[derive(Deserialize)]
struct GitLabBranch {
    name: String,
    commit: GitLabBranchCommit,
    #[serde(default)]
    protected: Option<bool>,
}

/// `GET /projects/:id/repository/branches`.
pub fn gitlab_branches(body: &[u8]) -> Result<Vec<ApiBranch>, Malformed> {
    let branches: Vec<GitLabBranch> = json(body, "branches")?;
    Ok(branches
        .into_iter()
        .map(|branch| ApiBranch {
            name: branch.name,
            sha: branch.commit.id,
            protected: branch.protected,
        })
        .collect())
}

#[derive(Deserialize)]
struct GitLabStats {
    additions: i64,
    deletions: i64,
}

#[derive(Deserialize)]
struct GitLabCommit {
    id: String,
    #[serde(default)]
    parent_ids: Vec<String>,
    message: String,
    #[serde(default)]
    author_name: String,
    #[serde(default)]
    author_email: String,
    authored_date: String,
    #[serde(default)]
    committer_name: String,
    #[serde(default)]
    committer_email: String,
    committed_date: Option<String>,
    stats: Option<GitLabStats>,
}

/// `GET /projects/:id/repository/commits?with_stats=true`.
pub fn gitlab_commits(body: &[u8]) -> Result<Vec<ApiCommit>, Malformed> {
    let commits: Vec<GitLabCommit> = json(body, "commits")?;
    commits
        .into_iter()
        .enumerate()
        .map(|(index, commit)| {
            Ok(ApiCommit {
                authored_at_us: micros(&format!("[{index}].authored_date"), &commit.authored_date)?,
                committed_at_us: optional_micros(
                    &format!("[{index}].committed_date"),
                    commit.committed_date.as_deref(),
                )?,
                sha: commit.id,
                parents: commit.parent_ids,
                message: commit.message,
                author: Person {
                    name: commit.author_name,
                    email: commit.author_email,
                    login: String::new(),
                },
                committer: Person {
                    name: commit.committer_name,
                    email: commit.committer_email,
                    login: String::new(),
                },
                additions: commit.stats.as_ref().map(|stats| stats.additions),
                deletions: commit.stats.as_ref().map(|stats| stats.deletions),
                files_changed: None,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct Username {
    username: String,
}

#[derive(Deserialize)]
struct GitLabMergeRequest {
    iid: i64,
    title: String,
    author: Option<Username>,
    source_branch: String,
    target_branch: String,
    #[serde(default)]
    sha: Option<String>,
    state: String,
    #[serde(default)]
    draft: Option<bool>,
    #[serde(default)]
    work_in_progress: bool,
    created_at: String,
    merged_at: Option<String>,
    closed_at: Option<String>,
    merged_by: Option<Username>,
}

/// `GET /projects/:id/merge_requests?state=all`.
pub fn gitlab_merge_requests(
    body: &[u8],
    repository: &str,
) -> Result<Vec<PullRequestEvent>, Malformed> {
    let requests: Vec<GitLabMergeRequest> = json(body, "merge requests")?;
    requests
        .into_iter()
        .enumerate()
        .map(|(index, request)| {
            let at = |field: &str| format!("[{index}].{field}");
            let state = match request.state.as_str() {
                "merged" => PullRequestState::Merged,
                "closed" | "locked" => PullRequestState::Closed,
                _ => PullRequestState::Open,
            };
            Ok(PullRequestEvent {
                repository: repository.to_owned(),
                action: PullRequestAction::Other("synced".into()),
                number: request.iid,
                title: request.title,
                author: request.author.map(|user| user.username),
                source_branch: request.source_branch,
                target_branch: request.target_branch,
                head_sha: request.sha.unwrap_or_default(),
                state,
                draft: request.draft.unwrap_or(request.work_in_progress),
                created_at_us: micros(&at("created_at"), &request.created_at)?,
                merged_at_us: optional_micros(&at("merged_at"), request.merged_at.as_deref())?,
                closed_at_us: optional_micros(&at("closed_at"), request.closed_at.as_deref())?,
                merged_by: request.merged_by.map(|user| user.username),
                additions: None,
                deletions: None,
                commits: None,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct GitLabNote {
    id: i64,
    author: Option<Username>,
    created_at: String,
    #[serde(default)]
    system: bool,
}

/// `GET /projects/:id/merge_requests/:iid/notes` of merge request `number`:
/// the comments people wrote (system notes left out).
pub fn gitlab_notes(
    body: &[u8],
    repository: &str,
    number: i64,
) -> Result<Vec<ReviewActivity>, Malformed> {
    let notes: Vec<GitLabNote> = json(body, "notes")?;
    let mut read = Vec::new();
    for (index, note) in notes.into_iter().enumerate() {
        if note.system {
            continue;
        }
        read.push(ReviewActivity {
            id: format!("note-{}", note.id),
            repository: repository.to_owned(),
            number,
            reviewer: note.author.map(|user| user.username).unwrap_or_default(),
            kind: ReviewKind::Comment,
            at_us: micros(&format!("[{index}].created_at"), &note.created_at)?,
        });
    }
    Ok(read)
}

/// A contributor as the APIs count them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiContributor {
    /// Account at the host (GitHub login), or empty.
    pub login: String,
    /// Name, or empty.
    pub name: String,
    /// E-mail, or empty.
    pub email: String,
    /// Commits counted.
    pub commits: i64,
    /// Lines added, where counted.
    pub additions: Option<i64>,
    /// Lines deleted, where counted.
    pub deletions: Option<i64>,
}

/// A list that may come back empty-bodied (GitHub answers an empty
/// repository's contributors with 204).
fn list_or_empty<T: serde::de::DeserializeOwned>(
    body: &[u8],
    what: &str,
) -> Result<Vec<T>, Malformed> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Vec::new());
    }
    json(body, what)
}

#[derive(Deserialize)]
struct GitHubContributor {
    #[serde(default)]
    login: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    contributions: i64,
}

/// `GET /repos/{owner}/{repo}/contributors?anon=1`: accounts by login, and
/// the e-mail addresses GitHub links to no account (`"type": "Anonymous"`)
/// by name and e-mail.
pub fn github_contributors(body: &[u8]) -> Result<Vec<ApiContributor>, Malformed> {
    let contributors: Vec<GitHubContributor> = list_or_empty(body, "contributors")?;
    Ok(contributors
        .into_iter()
        .map(|contributor| ApiContributor {
            login: contributor.login.unwrap_or_default(),
            name: contributor.name.unwrap_or_default(),
            email: contributor.email.unwrap_or_default(),
            commits: contributor.contributions,
            additions: None,
            deletions: None,
        })
        .collect())
}

#[derive(Deserialize)]
struct GitLabContributor {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    commits: i64,
    additions: Option<i64>,
    deletions: Option<i64>,
}

/// `GET /projects/:id/repository/contributors`: by name and e-mail.
pub fn gitlab_contributors(body: &[u8]) -> Result<Vec<ApiContributor>, Malformed> {
    let contributors: Vec<GitLabContributor> = list_or_empty(body, "contributors")?;
    Ok(contributors
        .into_iter()
        .map(|contributor| ApiContributor {
            login: String::new(),
            name: contributor.name,
            email: contributor.email,
            commits: contributor.commits,
            additions: contributor.additions,
            deletions: contributor.deletions,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/api/{name}.json", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    #[test]
    fn the_next_page_is_read_from_either_hosts_headers() {
        let link = r#"<https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", <https://api.github.com/repositories/1300192/issues?page=4>; rel="next", <https://api.github.com/repositories/1300192/issues?page=515>; rel="last""#;
        assert_eq!(
            next_link(Some(link)).as_deref(),
            Some("https://api.github.com/repositories/1300192/issues?page=4")
        );
        let last = r#"<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=4>; rel="prev""#;
        assert_eq!(next_link(Some(last)), None);
        assert_eq!(next_link(None), None);
        assert_eq!(next_page(Some("3")), Some(3));
        assert_eq!(next_page(Some("")), None);
        assert_eq!(next_page(None), None);
    }

    #[test]
    fn rate_limits_are_waited_out_as_the_hosts_say() {
        let now = 1_700_000_000;
        let headers = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(key, _)| *key == name).map(|(_, v)| *v)
        };
        // Retry-After wins (GitHub secondary limits, GitLab 429).
        assert_eq!(
            wait_until(429, headers(&[("retry-after", "30")]), now),
            Some(now + 30)
        );
        assert_eq!(
            wait_until(403, headers(&[("retry-after", "5")]), now),
            Some(now + 5)
        );
        // The primary limit used up: until its reset.
        let exhausted = headers(&[
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", "1700000120"),
        ]);
        assert_eq!(wait_until(403, exhausted, now), Some(now + 120));
        let gitlab = headers(&[
            ("ratelimit-remaining", "0"),
            ("ratelimit-reset", "1700000010"),
        ]);
        assert_eq!(wait_until(429, gitlab, now), Some(now + 10));
        // A 429 that says nothing: a minute. A reset in the past: a second.
        assert_eq!(wait_until(429, headers(&[]), now), Some(now + 60));
        let past = headers(&[("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "1")]);
        assert_eq!(wait_until(403, past, now), Some(now + 1));
        // Never more than an hour.
        assert_eq!(
            wait_until(429, headers(&[("retry-after", "999999")]), now),
            Some(now + MAX_WAIT_SECONDS)
        );
        // Answers that are not limits.
        assert_eq!(
            wait_until(200, headers(&[("x-ratelimit-remaining", "4999")]), now),
            None
        );
        assert_eq!(
            wait_until(403, headers(&[("x-ratelimit-remaining", "4999")]), now),
            None
        );
        assert_eq!(wait_until(404, headers(&[]), now), None);
    }

    #[test]
    fn github_responses_are_read_into_records() {
        let branches = github_branches(&payload("github-branches")).expect("branches");
        assert_eq!(branches[0].name, "main");
        assert_eq!(branches[0].sha.len(), 40);
        let commits = github_commits(&payload("github-commits")).expect("commits");
        assert_eq!(commits[0].author.email, "octocat@github.com");
        assert_eq!(commits[0].parents.len(), 1);
        assert_eq!(commits[0].additions, None, "a list carries no stats");
        let commit = github_commit(&payload("github-commit")).expect("commit");
        assert_eq!(
            (commit.additions, commit.deletions, commit.files_changed),
            (Some(104), Some(4), Some(1))
        );
        assert_eq!(
            (branches[0].protected, branches[1].protected),
            (Some(true), Some(false))
        );
        assert_eq!(commits[0].author.login, "octocat");
        let contributors =
            github_contributors(&payload("github-contributors")).expect("contributors");
        assert_eq!(
            (contributors[0].login.as_str(), contributors[0].commits),
            ("octocat", 32)
        );
        assert_eq!(
            (
                contributors[1].login.as_str(),
                contributors[1].email.as_str()
            ),
            ("", "mona@users.example")
        );
        assert_eq!(github_contributors(b"").expect("204"), Vec::new());
        let (pulls, older) =
            github_pulls(&payload("github-pulls"), "octocat/Hello-World", None).expect("pulls");
        assert!(!older, "without a time, nothing is older");
        assert_eq!(pulls[0].number, 1347);
        assert_eq!(pulls[0].author.as_deref(), Some("octocat"));
        assert_eq!(pulls[0].state, PullRequestState::Open);
        let reviews = github_reviews(&payload("github-reviews"), "octocat/Hello-World", 1347)
            .expect("reviews");
        assert_eq!(reviews[0].kind, ReviewKind::Review(ReviewState::Approved));
        assert_eq!(reviews[0].id, "review-80-approved");
        let comments = github_review_comments(
            &payload("github-review-comments"),
            "octocat/Hello-World",
            1347,
        )
        .expect("comments");
        assert_eq!(
            (comments[0].id.as_str(), comments[0].kind),
            ("comment-1", ReviewKind::Comment)
        );
    }

    #[test]
    fn gitlab_responses_are_read_into_records() {
        let branches = gitlab_branches(&payload("gitlab-branches")).expect("branches");
        assert_eq!(branches[0].name, "main");
        assert_eq!(branches[0].protected, Some(true));
        let contributors =
            gitlab_contributors(&payload("gitlab-contributors")).expect("contributors");
        assert_eq!(
            (contributors[0].email.as_str(), contributors[0].commits),
            ("example@example.com", 117)
        );
        let commits = gitlab_commits(&payload("gitlab-commits")).expect("commits");
        assert_eq!(commits[0].additions, Some(15));
        assert_eq!(commits[0].author.email, "randy@example.com");
        let requests =
            gitlab_merge_requests(&payload("gitlab-merge-requests"), "my-group/my-project")
                .expect("requests");
        assert_eq!(requests[0].state, PullRequestState::Merged);
        assert_eq!(requests[0].merged_by.as_deref(), Some("admin"));
        let notes =
            gitlab_notes(&payload("gitlab-notes"), "my-group/my-project", 1).expect("notes");
        assert_eq!(notes.len(), 1, "system notes are not comments");
    }

    #[test]
    fn malformed_responses_name_where() {
        let error = github_commits(br#"[{"sha": "a", "commit": {"author": {"date": "soon"}, "committer": {"date": "2011-04-14T16:00:49Z"}, "message": ""}}]"#)
            .expect_err("a bad date");
        assert!(error.0.contains("[0].commit.author.date"), "{error}");
        let error = gitlab_branches(b"{\"message\": \"404 Not found\"}").expect_err("not a list");
        assert!(error.0.contains("line 1 column"), "{error}");
    }
}
