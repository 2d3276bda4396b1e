//! Where a report comes from: repository, branch, commit, and for pull/merge
//! requests the target branch and number — read from the CI system's
//! environment (GitHub Actions, GitLab CI, Jenkins), then from git, unless
//! given on the command line.

use std::collections::HashMap;
use std::process::Command;

/// The scope of an upload or a gate check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// Repository (`owner/name`).
    pub repository: String,
    /// Branch the code is on (a pull request's source branch).
    pub branch: String,
    /// Commit SHA.
    pub commit: String,
    /// A pull/merge request's target branch; empty otherwise.
    pub base_branch: String,
    /// A pull/merge request's number; 0 otherwise.
    pub pull_request: i64,
    /// Which CI system it was read from (`github`, `gitlab`, `jenkins`), or empty.
    pub ci: &'static str,
}

impl Origin {
    /// Fills what `self` lacks from `other`.
    fn or(mut self, other: Origin) -> Self {
        let fill = |mine: &mut String, theirs: String| {
            if mine.is_empty() {
                *mine = theirs;
            }
        };
        fill(&mut self.repository, other.repository);
        fill(&mut self.branch, other.branch);
        fill(&mut self.commit, other.commit);
        fill(&mut self.base_branch, other.base_branch);
        if self.pull_request == 0 {
            self.pull_request = other.pull_request;
        }
        if self.ci.is_empty() {
            self.ci = other.ci;
        }
        self
    }
}

fn var(env: &HashMap<String, String>, name: &str) -> String {
    env.get(name)
        .map(|value| value.trim().to_owned())
        .unwrap_or_default()
}

fn first(env: &HashMap<String, String>, names: &[&str]) -> String {
    names
        .iter()
        .map(|name| var(env, name))
        .find(|value| !value.is_empty())
        .unwrap_or_default()
}

/// `owner/name` from a clone URL (`https://host/owner/name.git`,
/// `git@host:owner/name.git`), or the URL's last part.
pub fn repository_from_url(url: &str) -> String {
    let trimmed = url.trim().trim_end_matches('/');
    let trimmed = trimmed.strip_suffix(".git").unwrap_or(trimmed);
    let path = match trimmed.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, path)| path),
        None => trimmed.split_once(':').map_or(trimmed, |(_, path)| path),
    };
    let parts: Vec<&str> = path.split('/').filter(|part| !part.is_empty()).collect();
    match parts.as_slice() {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [.., owner, name] => format!("{owner}/{name}"),
    }
}

/// What the CI system's environment says, if it is one we know.
pub fn from_ci(env: &HashMap<String, String>) -> Origin {
    if var(env, "GITHUB_ACTIONS") == "true" {
        // On a pull request GITHUB_REF is refs/pull/N/merge and GITHUB_HEAD_REF the source.
        let pull_request = var(env, "GITHUB_REF")
            .strip_prefix("refs/pull/")
            .and_then(|rest| rest.split('/').next())
            .and_then(|number| number.parse().ok())
            .unwrap_or(0);
        return Origin {
            repository: var(env, "GITHUB_REPOSITORY"),
            branch: first(env, &["GITHUB_HEAD_REF", "GITHUB_REF_NAME"]),
            commit: var(env, "GITHUB_SHA"),
            base_branch: var(env, "GITHUB_BASE_REF"),
            pull_request,
            ci: "github",
        };
    }
    if var(env, "GITLAB_CI") == "true" {
        return Origin {
            repository: var(env, "CI_PROJECT_PATH"),
            branch: first(
                env,
                &["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_REF_NAME"],
            ),
            commit: var(env, "CI_COMMIT_SHA"),
            base_branch: var(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
            pull_request: var(env, "CI_MERGE_REQUEST_IID").parse().unwrap_or(0),
            ci: "gitlab",
        };
    }
    if !var(env, "JENKINS_URL").is_empty() {
        let branch = first(env, &["CHANGE_BRANCH", "BRANCH_NAME", "GIT_BRANCH"]);
        let branch = branch
            .strip_prefix("origin/")
            .map_or(branch.clone(), str::to_owned);
        return Origin {
            repository: repository_from_url(&var(env, "GIT_URL")),
            branch,
            commit: var(env, "GIT_COMMIT"),
            base_branch: var(env, "CHANGE_TARGET"),
            pull_request: var(env, "CHANGE_ID").parse().unwrap_or(0),
            ci: "jenkins",
        };
    }
    Origin::default()
}

fn git(directory: &std::path::Path, args: &[&str]) -> String {
    Command::new("git")
        .args(args)
        .current_dir(directory)
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// What git says about the checkout at `directory` (nothing outside one).
pub fn from_git(directory: &std::path::Path) -> Origin {
    let branch = git(directory, &["rev-parse", "--abbrev-ref", "HEAD"]);
    let mut repository =
        repository_from_url(&git(directory, &["config", "--get", "remote.origin.url"]));
    if repository.is_empty() {
        let top = git(directory, &["rev-parse", "--show-toplevel"]);
        repository = std::path::Path::new(&top)
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
    }
    Origin {
        repository,
        // A detached HEAD names no branch.
        branch: if branch == "HEAD" {
            String::new()
        } else {
            branch
        },
        commit: git(directory, &["rev-parse", "HEAD"]),
        ..Origin::default()
    }
}

/// The origin: what was given, else the CI environment, else git at `directory`.
pub fn detect(given: Origin, env: &HashMap<String, String>, directory: &std::path::Path) -> Origin {
    let from_env = from_ci(env);
    let known = given.or(from_env);
    if !known.repository.is_empty() && !known.branch.is_empty() && !known.commit.is_empty() {
        return known;
    }
    known.or(from_git(directory))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
            .collect()
    }

    #[test]
    fn github_pull_requests_name_their_source_target_and_number() {
        let origin = from_ci(&env(&[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_REPOSITORY", "acme/web"),
            ("GITHUB_SHA", "abc123"),
            ("GITHUB_REF", "refs/pull/42/merge"),
            ("GITHUB_REF_NAME", "42/merge"),
            ("GITHUB_HEAD_REF", "feature/login"),
            ("GITHUB_BASE_REF", "main"),
        ]));
        assert_eq!(origin.repository, "acme/web");
        assert_eq!(origin.branch, "feature/login");
        assert_eq!(origin.base_branch, "main");
        assert_eq!(origin.pull_request, 42);
        assert_eq!(origin.ci, "github");
        let push = from_ci(&env(&[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_REF", "refs/heads/main"),
            ("GITHUB_REF_NAME", "main"),
            ("GITHUB_HEAD_REF", ""),
        ]));
        assert_eq!(push.branch, "main");
        assert_eq!(push.pull_request, 0);
    }

    #[test]
    fn gitlab_merge_requests_and_branch_pipelines() {
        let merge_request = from_ci(&env(&[
            ("GITLAB_CI", "true"),
            ("CI_PROJECT_PATH", "group/sub/app"),
            ("CI_COMMIT_SHA", "def456"),
            ("CI_COMMIT_REF_NAME", "feature"),
            ("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature"),
            ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "develop"),
            ("CI_MERGE_REQUEST_IID", "7"),
        ]));
        assert_eq!(merge_request.repository, "group/sub/app");
        assert_eq!(merge_request.base_branch, "develop");
        assert_eq!(merge_request.pull_request, 7);
        let branch = from_ci(&env(&[
            ("GITLAB_CI", "true"),
            ("CI_COMMIT_REF_NAME", "main"),
        ]));
        assert_eq!(branch.branch, "main");
        assert_eq!(branch.base_branch, "");
    }

    #[test]
    fn jenkins_multibranch_and_plain_jobs() {
        let change = from_ci(&env(&[
            ("JENKINS_URL", "https://ci.example/"),
            ("GIT_URL", "git@github.com:acme/api.git"),
            ("GIT_COMMIT", "0a1b"),
            ("BRANCH_NAME", "PR-9"),
            ("CHANGE_BRANCH", "fix/bug"),
            ("CHANGE_TARGET", "main"),
            ("CHANGE_ID", "9"),
        ]));
        assert_eq!(change.repository, "acme/api");
        assert_eq!(change.branch, "fix/bug");
        assert_eq!(change.base_branch, "main");
        assert_eq!(change.pull_request, 9);
        let plain = from_ci(&env(&[
            ("JENKINS_URL", "https://ci.example/"),
            ("GIT_BRANCH", "origin/release"),
        ]));
        assert_eq!(plain.branch, "release");
    }

    #[test]
    fn clone_urls_become_owner_and_name() {
        assert_eq!(
            repository_from_url("https://github.com/acme/web.git"),
            "acme/web"
        );
        assert_eq!(
            repository_from_url("git@gitlab.com:group/sub/app.git"),
            "sub/app"
        );
        assert_eq!(
            repository_from_url("ssh://git@host:22/team/repo/"),
            "team/repo"
        );
        assert_eq!(repository_from_url(""), "");
    }

    #[test]
    fn given_values_win_over_the_environment() {
        let given = Origin {
            branch: "mine".into(),
            ..Origin::default()
        };
        let environment = env(&[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_REPOSITORY", "acme/web"),
            ("GITHUB_SHA", "abc"),
            ("GITHUB_REF_NAME", "main"),
        ]);
        let origin = detect(given, &environment, std::path::Path::new("/"));
        assert_eq!(origin.branch, "mine");
        assert_eq!(origin.repository, "acme/web");
        assert_eq!(origin.commit, "abc");
    }

    #[test]
    fn git_fills_what_ci_does_not_say() {
        let directory = tempfile::tempdir().expect("dir");
        let run = |args: &[&str]| {
            let status = Command::new("git")
                .args(args)
                .current_dir(directory.path())
                .env("GIT_AUTHOR_NAME", "t")
                .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
                .env("GIT_COMMITTER_NAME", "t")
                .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
                .status()
                .expect("git runs");
            assert!(status.success(), "git {args:?}");
        };
        run(&["init", "-q", "-b", "trunk"]);
        run(&[
            "remote",
            "add",
            "origin",
            "https://example.invalid/acme/tool.git",
        ]);
        run(&["commit", "-q", "--allow-empty", "-m", "first"]);
        let origin = detect(Origin::default(), &HashMap::new(), directory.path());
        assert_eq!(origin.repository, "acme/tool");
        assert_eq!(origin.branch, "trunk");
        assert_eq!(origin.commit.len(), 40);
        assert_eq!(origin.ci, "");
    }
}
