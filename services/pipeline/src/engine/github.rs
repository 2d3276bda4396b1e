//! The `github` connector: sets a commit status on the execution's commit
//! through GitHub's REST API (`POST /repos/{owner}/{repo}/statuses/{sha}`),
//! so the pull request or commit page shows the pipeline's outcome. It runs
//! in the server (no process): typically in the `finally` stage with
//! `when: {outcome: always}`, where the state defaults to the outcome so far.
//! Rate limits (403/429 with `Retry-After` or `x-ratelimit-reset`) and
//! server errors are tried again, at most three times in all.

use std::time::Duration;

use serde_json::json;

use super::process::Output;
use crate::domain::connectors::CommitStatus;
use crate::domain::run::Status;

/// Tries in all.
const TRIES: u32 = 3;
/// Longest `Retry-After` honoured.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// What the status is about.
#[derive(Debug, Clone)]
pub struct Subject<'a> {
    /// `owner/name` of the pipeline's repository (empty: none).
    pub repository: &'a str,
    /// The commit.
    pub commit_sha: &'a str,
    /// Pipeline name.
    pub pipeline: &'a str,
    /// Run number.
    pub number: &'a str,
    /// Something before the step failed.
    pub failed_before: bool,
}

/// Sets the status; the step's outcome and reason.
pub async fn set_status(
    http: &reqwest::Client,
    status: &CommitStatus,
    subject: &Subject<'_>,
    output: &Output,
) -> (Status, String) {
    let repository = match (status.repository.as_str(), subject.repository) {
        ("", "") => {
            return (
                Status::Failed,
                "github: the pipeline belongs to no repository; set `config.repository` (owner/name)"
                    .to_owned(),
            );
        }
        ("", known) => known,
        (given, _) => given,
    };
    if subject.commit_sha.is_empty() {
        return (
            Status::Failed,
            "github: the execution has no commit to set a status on".to_owned(),
        );
    }
    let state = match status.state.as_str() {
        "" if subject.failed_before => "failure",
        "" => "success",
        given => given,
    };
    let context = match status.context.as_str() {
        "" => format!("secureflow/{}", subject.pipeline),
        given => given.to_owned(),
    };
    let description = match status.description.as_str() {
        "" => format!(
            "SecureFlow {} #{}: {state}",
            subject.pipeline, subject.number
        ),
        given => given.to_owned(),
    };
    let mut body = json!({"state": state, "context": context, "description": description});
    if !status.target_url.is_empty() {
        body["target_url"] = json!(status.target_url);
    }
    let url = format!(
        "{}/repos/{repository}/statuses/{}",
        status.api_url, subject.commit_sha
    );
    for attempt in 1..=TRIES {
        let sent = http
            .post(&url)
            .bearer_auth(&status.token)
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28")
            .json(&body)
            .send()
            .await;
        let response = match sent {
            Ok(response) => response,
            Err(error) if attempt < TRIES => {
                output
                    .note(format!(
                        "github: {} unreachable ({error}); trying again",
                        status.api_url
                    ))
                    .await;
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
                continue;
            }
            Err(error) => {
                return (
                    Status::Failed,
                    format!("github: {} unreachable: {error}", status.api_url),
                );
            }
        };
        let code = response.status();
        if code.is_success() {
            output
                .note(format!(
                    "github: commit status `{state}` ({context}) set on {repository}@{}",
                    subject.commit_sha
                ))
                .await;
            return (Status::Succeeded, String::new());
        }
        let wait = retry_wait(&response, attempt);
        let message = response
            .json::<serde_json::Value>()
            .await
            .ok()
            .and_then(|answer| answer["message"].as_str().map(str::to_owned))
            .unwrap_or_default();
        let limited = code.as_u16() == 429 || (code.as_u16() == 403 && wait.is_some());
        if (limited || code.is_server_error()) && attempt < TRIES {
            let wait = wait.unwrap_or(Duration::from_secs(u64::from(attempt)));
            output
                .note(format!(
                    "github: answered {code} {message}; trying again in {}",
                    humantime::format_duration(wait)
                ))
                .await;
            tokio::time::sleep(wait).await;
            continue;
        }
        let hint = match code.as_u16() {
            401 => " (the token is not valid)",
            403 | 404 => {
                " (the token cannot write commit statuses of this repository, or it does not exist)"
            }
            422 => " (GitHub refused the status: is the commit in this repository?)",
            _ => "",
        };
        return (
            Status::Failed,
            format!("github: answered {code} {message}{hint}"),
        );
    }
    (Status::Failed, "github: no answer".to_owned())
}

/// How long GitHub asks to wait before trying again, if it says.
fn retry_wait(response: &reqwest::Response, attempt: u32) -> Option<Duration> {
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok())
    };
    if let Some(seconds) = header("retry-after") {
        return Some(Duration::from_secs(seconds).min(MAX_WAIT));
    }
    if header("x-ratelimit-remaining") == Some(0) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|since| since.as_secs())
            .unwrap_or_default();
        let reset = header("x-ratelimit-reset").unwrap_or(now + u64::from(attempt));
        return Some(Duration::from_secs(reset.saturating_sub(now).max(1)).min(MAX_WAIT));
    }
    None
}
