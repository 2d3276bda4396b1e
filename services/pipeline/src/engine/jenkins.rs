//! The `jenkins` connector, over Jenkins' remote access API: triggers the job
//! (`POST …/job/<name>/buildWithParameters`, or `…/build` without
//! parameters), follows its queue item (`<queue item>/api/json`) until a
//! build starts, streams the build's console into the step's log as it
//! grows (`<build>/logText/progressiveText?start=N`, `X-Text-Size` and
//! `X-More-Data`), reads its result (`<build>/api/json`) and its JUnit
//! results (`<build>/testReport/api/json`). Authentication: the user and
//! API token as HTTP basic auth (Jenkins needs no CSRF crumb then). A step
//! that is cancelled or runs out of time stops the build (`<build>/stop`)
//! or takes it out of the queue (`/queue/cancelItem`).

use std::time::{Duration, Instant};

use serde_json::Value;

use super::connectors::StopOnDrop;
use super::process::Output;
use crate::domain::connectors::JenkinsJob;
use crate::domain::results;
use crate::domain::run::Status;

/// Between looks at the queue and the console.
const POLL: Duration = Duration::from_secs(1);

async fn send(
    request: reqwest::RequestBuilder,
    job: &JenkinsJob,
    what: &str,
) -> Result<reqwest::Response, String> {
    let response = request
        .basic_auth(&job.user, Some(&job.token))
        .send()
        .await
        .map_err(|error| format!("jenkins: {} unreachable: {error}", job.url))?;
    let code = response.status();
    if code.is_success() {
        return Ok(response);
    }
    let hint = match code.as_u16() {
        401 => " (the user or API token is not valid)",
        403 => " (the user may not build this job)",
        404 => " (no such job?)",
        400 => " (does the job take these parameters?)",
        _ => "",
    };
    Err(format!("jenkins: {what} answered {code}{hint}"))
}

async fn get_json(http: &reqwest::Client, job: &JenkinsJob, url: &str) -> Result<Value, String> {
    send(http.get(url), job, url)
        .await?
        .json()
        .await
        .map_err(|error| format!("jenkins: {url} answered something other than JSON: {error}"))
}

/// Stops a queue item or build in Jenkins (`POST url`) unless it finished.
fn stopper(http: &reqwest::Client, job: &JenkinsJob, url: String) -> StopOnDrop {
    let (http, job) = (http.clone(), job.clone());
    StopOnDrop::new("a Jenkins build", async move {
        send(http.post(&url), &job, &url).await.map(drop)
    })
}

/// With a trailing `/`.
fn directory(url: &str) -> String {
    format!("{}/", url.trim_end_matches('/'))
}

/// Triggers the job and follows its build to the end; the step's outcome.
pub async fn build(
    http: &reqwest::Client,
    job: &JenkinsJob,
    output: &Output,
) -> Result<(Status, String), String> {
    let deadline = Instant::now() + job.wait;
    let late = || {
        format!(
            "jenkins: the build did not finish within {}",
            humantime::format_duration(job.wait)
        )
    };
    let address = job.address();
    let request = match job.parameters.is_empty() {
        true => http.post(format!("{address}/build")),
        false => http
            .post(format!("{address}/buildWithParameters"))
            .form(&job.parameters),
    };
    let queued = send(request, job, "triggering the job").await?;
    let item = queued
        .headers()
        .get("location")
        .and_then(|value| value.to_str().ok())
        .map(directory)
        .ok_or_else(|| {
            "jenkins: the job was triggered but Jenkins named no queue item".to_owned()
        })?;
    let item_id = item
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    output
        .note(format!("jenkins: {} queued ({item})", job.job))
        .await;
    let queued = stopper(
        http,
        job,
        format!("{}/queue/cancelItem?id={item_id}", job.url),
    );
    let mut said = String::new();
    let (build, number) = loop {
        let state = get_json(http, job, &format!("{item}api/json")).await?;
        if let Some(url) = state["executable"]["url"].as_str() {
            break (
                directory(url),
                state["executable"]["number"].as_u64().unwrap_or_default(),
            );
        }
        if state["cancelled"].as_bool() == Some(true) {
            queued.finished();
            return Ok((
                Status::Failed,
                "jenkins: the build was cancelled in Jenkins' queue".to_owned(),
            ));
        }
        let why = state["why"].as_str().unwrap_or_default().to_owned();
        if !why.is_empty() && why != said {
            output.note(format!("jenkins: waiting: {why}")).await;
            said = why;
        }
        if Instant::now() >= deadline {
            return Err(late());
        }
        tokio::time::sleep(POLL).await;
    };
    queued.finished();
    let running = stopper(http, job, format!("{build}stop"));
    output
        .note(format!("jenkins: build #{number} started: {build}"))
        .await;
    let mut offset = 0u64;
    let mut partial = String::new();
    loop {
        let response = send(
            http.get(format!("{build}logText/progressiveText?start={offset}")),
            job,
            "the console",
        )
        .await?;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_owned)
        };
        let next = header("x-text-size").and_then(|size| size.parse().ok());
        let more = header("x-more-data").is_some_and(|more| more == "true");
        let text = response
            .text()
            .await
            .map_err(|error| format!("jenkins: reading the console failed: {error}"))?;
        partial.push_str(&text);
        while let Some(end) = partial.find('\n') {
            let line: String = partial.drain(..=end).collect();
            output.line(line.trim_end_matches(['\n', '\r'])).await;
        }
        offset = next.unwrap_or(offset + text.len() as u64);
        if !more {
            break;
        }
        if Instant::now() >= deadline {
            return Err(late());
        }
        tokio::time::sleep(POLL).await;
    }
    if !partial.is_empty() {
        output.line(partial.trim_end_matches('\r')).await;
    }
    let result = loop {
        let state = get_json(http, job, &format!("{build}api/json")).await?;
        if let Some(result) = state["result"].as_str() {
            break result.to_owned();
        }
        if Instant::now() >= deadline {
            return Err(late());
        }
        tokio::time::sleep(POLL).await;
    };
    running.finished();
    let tests = match http
        .get(format!("{build}testReport/api/json"))
        .basic_auth(&job.user, Some(&job.token))
        .send()
        .await
    {
        Ok(response) if response.status().is_success() => response
            .json::<Value>()
            .await
            .ok()
            .map(|report| results::jenkins_tests(&report)),
        _ => None,
    };
    if let Some(tests) = &tests {
        output
            .note(format!("jenkins: build #{number}: {}", tests.line()))
            .await;
        for failure in &tests.failures {
            output.note(format!("  failed: {failure}")).await;
        }
    }
    let failed_tests = tests
        .as_ref()
        .filter(|tests| tests.failed > 0)
        .map(|tests| format!(": {} of {} tests failed", tests.failed, tests.total))
        .unwrap_or_default();
    Ok(match result.as_str() {
        "SUCCESS" => (Status::Succeeded, String::new()),
        "ABORTED" => (
            Status::Failed,
            format!("jenkins: build #{number} was aborted in Jenkins"),
        ),
        other => (
            Status::Failed,
            format!("jenkins: build #{number} ended {other}{failed_tests}"),
        ),
    })
}
