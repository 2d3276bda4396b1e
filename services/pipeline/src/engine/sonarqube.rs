//! The `sonarqube` connector, over SonarQube's Web API: awaits the project's
//! pending analysis (`GET /api/ce/component`; the analysis itself is made by
//! the project's scanner, e.g. a `command` step running `sonar-scanner`),
//! reads its quality gate (`GET /api/qualitygates/project_status`), and
//! imports its open issues and security hotspots (`GET /api/issues/search`,
//! `GET /api/hotspots/search`, every page) into the security service as one
//! `sonarqube-json` report. Authentication: the token as a bearer token.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::process::Output;
use crate::domain::connectors::SonarProject;

/// Issues or hotspots per page (the API's largest).
const PAGE: usize = 500;
/// SonarQube serves at most this many results of one search.
const MAX_RESULTS: usize = 10_000;
/// Between looks at a pending analysis.
const POLL: Duration = Duration::from_secs(2);

/// What was read: SonarQube's gate and the findings report.
#[derive(Debug)]
pub struct Imported {
    /// `OK`, `WARN`, `ERROR` or `NONE`.
    pub gate: String,
    /// The gate's failed conditions, readable.
    pub failed_conditions: Vec<String>,
    /// `{"issues": […], "hotspots": […]}`.
    pub report: Vec<u8>,
    /// Counts, for the log.
    pub issues: usize,
    /// Hotspots read.
    pub hotspots: usize,
}

async fn get(
    http: &reqwest::Client,
    project: &SonarProject,
    path: &str,
    query: &[(&str, String)],
) -> Result<Value, String> {
    let url = reqwest::Url::parse_with_params(&format!("{}{path}", project.url), query).map_err(
        |error| {
            format!(
                "sonarqube: `{}` is not a usable address: {error}",
                project.url
            )
        },
    )?;
    let response = http
        .get(url)
        .bearer_auth(&project.token)
        .send()
        .await
        .map_err(|error| format!("sonarqube: {} unreachable: {error}", project.url))?;
    let code = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if code.is_success() {
        return Ok(body);
    }
    let message = body["errors"][0]["msg"].as_str().unwrap_or_default();
    let hint = match code.as_u16() {
        401 => " (the token is not valid)",
        403 => " (the token may not browse this project)",
        404 => " (no such project?)",
        _ => "",
    };
    Err(format!("sonarqube: {path} answered {code} {message}{hint}"))
}

/// Waits for the project's queued or running analysis to end (at most
/// `project.wait`); fails when the last analysis failed.
async fn await_analysis(
    http: &reqwest::Client,
    project: &SonarProject,
    output: &Output,
) -> Result<(), String> {
    let deadline = Instant::now() + project.wait;
    let mut said = false;
    loop {
        let answer = get(
            http,
            project,
            "/api/ce/component",
            &[("component", project.project.clone())],
        )
        .await?;
        let pending = answer["queue"]
            .as_array()
            .is_some_and(|queue| !queue.is_empty());
        if !pending {
            return match answer["current"]["status"].as_str() {
                Some("FAILED" | "CANCELED") => Err(format!(
                    "sonarqube: the last analysis of `{}` {}: {}",
                    project.project,
                    answer["current"]["status"]
                        .as_str()
                        .unwrap_or_default()
                        .to_lowercase(),
                    answer["current"]["errorMessage"]
                        .as_str()
                        .unwrap_or("no reason given")
                )),
                _ => Ok(()),
            };
        }
        if !said {
            output
                .note(format!(
                    "sonarqube: waiting for the analysis of `{}`",
                    project.project
                ))
                .await;
            said = true;
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "sonarqube: the analysis of `{}` did not finish within {}",
                project.project,
                humantime::format_duration(project.wait)
            ));
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Every page of a search; the items under `key`.
async fn all_pages(
    http: &reqwest::Client,
    project: &SonarProject,
    path: &str,
    query: &[(&str, String)],
    key: &str,
) -> Result<Vec<Value>, String> {
    let mut items = Vec::new();
    for page in 1.. {
        let mut asked = query.to_vec();
        asked.push(("ps", PAGE.to_string()));
        asked.push(("p", page.to_string()));
        let answer = get(http, project, path, &asked).await?;
        let found = answer[key].as_array().cloned().unwrap_or_default();
        let total = answer["paging"]["total"]
            .as_u64()
            .or_else(|| answer["total"].as_u64())
            .map_or(0, |total| usize::try_from(total).unwrap_or(usize::MAX));
        let last = found.is_empty();
        items.extend(found);
        if last || items.len() >= total || items.len() >= MAX_RESULTS {
            break;
        }
    }
    Ok(items)
}

/// Awaits the analysis, reads the gate and imports the findings.
pub async fn import(
    http: &reqwest::Client,
    project: &SonarProject,
    output: &Output,
) -> Result<Imported, String> {
    await_analysis(http, project, output).await?;
    let gate = get(
        http,
        project,
        "/api/qualitygates/project_status",
        &[("projectKey", project.project.clone())],
    )
    .await?;
    let status = gate["projectStatus"]["status"]
        .as_str()
        .unwrap_or("NONE")
        .to_owned();
    let failed_conditions = gate["projectStatus"]["conditions"]
        .as_array()
        .map(|conditions| {
            conditions
                .iter()
                .filter(|condition| condition["status"] == "ERROR")
                .map(|condition| {
                    format!(
                        "{} is {} (must not be {} {})",
                        condition["metricKey"].as_str().unwrap_or("?"),
                        condition["actualValue"].as_str().unwrap_or("?"),
                        condition["comparator"].as_str().unwrap_or("?"),
                        condition["errorThreshold"].as_str().unwrap_or("?"),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let issues = all_pages(
        http,
        project,
        "/api/issues/search",
        &[
            ("componentKeys", project.project.clone()),
            ("resolved", "false".to_owned()),
        ],
        "issues",
    )
    .await?;
    let hotspots = all_pages(
        http,
        project,
        "/api/hotspots/search",
        &[
            ("projectKey", project.project.clone()),
            ("status", "TO_REVIEW".to_owned()),
        ],
        "hotspots",
    )
    .await?;
    let (issue_count, hotspot_count) = (issues.len(), hotspots.len());
    let report = json!({"issues": issues, "hotspots": hotspots})
        .to_string()
        .into_bytes();
    Ok(Imported {
        gate: status,
        failed_conditions,
        report,
        issues: issue_count,
        hotspots: hotspot_count,
    })
}
