//! The repository in the work directory: `git` fetches the one commit an
//! execution runs (or its branch's head) from the repository's clone URL, as
//! the repository service published it, and checks it out detached. The
//! same fetch reads a file at a commit (`.secureflow/pipeline.yml`) for
//! triggers. Nothing prompts: a URL that needs credentials the server does
//! not have fails with git's message.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use tokio::sync::{oneshot, watch};

use super::process::{self, Ended, Output, Spawn, Stop};

/// Longest a fetch may take.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(600);

/// Where the path of a pipeline definition kept in its repository is.
pub const DEFINITION_PATH: &str = ".secureflow/pipeline.yml";

/// Environment of git: the server's `PATH` and `HOME`, and no prompts.
fn git_env() -> BTreeMap<String, String> {
    let mut env = process::inherited(&["PATH", "HOME", "LANG"]);
    env.insert("GIT_TERMINAL_PROMPT".into(), "0".into());
    env.insert("GIT_ASKPASS".into(), "true".into());
    env
}

/// The revision to fetch: the commit when there is one, else the branch.
pub fn revision<'a>(commit_sha: &'a str, branch: &'a str) -> Option<&'a str> {
    [commit_sha, branch]
        .into_iter()
        .map(str::trim)
        .find(|value| !value.is_empty())
}

fn spawn(dir: &Path, args: &[&str], kill_grace: Duration) -> Spawn {
    Spawn {
        program: "git".into(),
        args: args.iter().map(|arg| (*arg).to_owned()).collect(),
        env: git_env(),
        dir: dir.to_path_buf(),
        timeout: Some(FETCH_TIMEOUT),
        kill_grace,
        max_line_bytes: 4096,
        stdout_to: None,
    }
}

/// Checks `revision` of `url` out into `dir`, git's output into `output`;
/// what went wrong otherwise.
pub async fn checkout(
    url: &str,
    revision: &str,
    dir: &Path,
    output: &Output,
    stop: watch::Receiver<Stop>,
    kill_grace: Duration,
) -> Result<(), String> {
    output
        .note(format!("checking out {revision} of {url}"))
        .await;
    let steps: [&[&str]; 3] = [
        &["init", "-q", "."],
        &["fetch", "-q", "--depth", "1", "--no-tags", url, revision],
        &["checkout", "-q", "--detach", "FETCH_HEAD"],
    ];
    for args in steps {
        let (started, _) = oneshot::channel();
        let ended = process::run(spawn(dir, args, kill_grace), output, stop.clone(), started).await;
        let problem = match ended {
            Ended::Exited(0) => continue,
            Ended::Exited(code) => format!("`git {}` exited with code {code}", args[0]),
            Ended::Signalled(signal) => format!("`git {}` ended by signal {signal}", args[0]),
            Ended::TimedOut => format!(
                "`git {}` ran past {}",
                args[0],
                humantime::format_duration(FETCH_TIMEOUT)
            ),
            Ended::Stopped(_) => "stopped".to_owned(),
            Ended::NotStarted(problem) => problem,
        };
        return Err(problem);
    }
    Ok(())
}

/// The text of `path` at `revision` of `url`: `Ok(None)` when the commit
/// has no such file; what went wrong otherwise.
pub async fn read_file(url: &str, revision: &str, path: &str) -> Result<Option<String>, String> {
    let dir = tempfile::tempdir().map_err(|error| format!("a temporary directory: {error}"))?;
    let run = |args: Vec<String>| {
        let dir = dir.path().to_path_buf();
        async move {
            let output = tokio::time::timeout(
                FETCH_TIMEOUT,
                tokio::process::Command::new("git")
                    .args(&args)
                    .env_clear()
                    .envs(git_env())
                    .current_dir(dir)
                    .stdin(std::process::Stdio::null())
                    .kill_on_drop(true)
                    .output(),
            )
            .await
            .map_err(|_| format!("`git {}` took too long", args[0]))?
            .map_err(|error| format!("`git` could not be started: {error}"))?;
            Ok::<_, String>(output)
        }
    };
    for args in [
        vec!["init".to_owned(), "-q".to_owned(), "--bare".to_owned()],
        vec![
            "fetch".to_owned(),
            "-q".to_owned(),
            "--depth".to_owned(),
            "1".to_owned(),
            "--no-tags".to_owned(),
            url.to_owned(),
            revision.to_owned(),
        ],
    ] {
        let output = run(args.clone()).await?;
        if !output.status.success() {
            return Err(format!(
                "`git {}` failed: {}",
                args[0],
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
    }
    let shown = run(vec!["show".into(), format!("FETCH_HEAD:{path}")]).await?;
    if shown.status.success() {
        return Ok(Some(String::from_utf8_lossy(&shown.stdout).into_owned()));
    }
    let message = String::from_utf8_lossy(&shown.stderr);
    if message.contains("does not exist") || message.contains("exists on disk, but not in") {
        return Ok(None);
    }
    Err(format!("`git show` failed: {}", message.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn git(dir: &Path, args: &[&str]) -> String {
        let output = std::process::Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.test")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.test")
            .output()
            .expect("git");
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    #[tokio::test]
    async fn a_file_is_read_at_a_commit_and_a_missing_one_is_none() {
        let dir = tempfile::tempdir().expect("dir");
        let work = dir.path().join("work");
        std::fs::create_dir_all(work.join(".secureflow")).expect("dirs");
        git(&work, &["init", "-q", "-b", "main"]);
        std::fs::write(work.join(DEFINITION_PATH), "name: one\n").expect("write");
        git(&work, &["add", "."]);
        git(&work, &["commit", "-q", "-m", "one"]);
        let first = git(&work, &["rev-parse", "HEAD"]);
        std::fs::write(work.join(DEFINITION_PATH), "name: two\n").expect("write");
        git(&work, &["commit", "-q", "-am", "two"]);
        let url = format!("file://{}", work.display());
        let read = read_file(&url, &first, DEFINITION_PATH)
            .await
            .expect("read");
        assert_eq!(read.as_deref(), Some("name: one\n"));
        let read = read_file(&url, "main", DEFINITION_PATH)
            .await
            .expect("read");
        assert_eq!(read.as_deref(), Some("name: two\n"));
        assert_eq!(
            read_file(&url, "main", "absent.yml").await.expect("read"),
            None
        );
        let missing = read_file("file:///nowhere/at/all", "main", DEFINITION_PATH).await;
        assert!(missing.expect_err("no repository").contains("git fetch"));
        assert_eq!(revision("", " main "), Some("main"));
        assert_eq!(revision("abc", "main"), Some("abc"));
        assert_eq!(revision("", ""), None);
    }
}
