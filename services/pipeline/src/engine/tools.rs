//! The connectors whose tool runs as the step's process, besides the
//! scanners (`connectors`): `selenium` (a test command run against a
//! Selenium Grid, once the Grid says it is ready; its JUnit results read),
//! `jmeter` (a test plan run without its GUI; its JTL results summed up
//! and held to the step's error-rate limit) and `kubectl` (manifests
//! applied, rollouts awaited; the runner publishes the deployment events).
//! Each runs in the step's process group like any step, so cancel and time
//! limits stop it and everything it started.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::connectors::{self, Report};
use super::process::{Output, Spawn};
use crate::domain::connectors::{JmeterRun, KubectlDeploy, REPORT, ScanPlan, SeleniumRun};
use crate::domain::results;
use crate::domain::run::Status;

/// A step whose tool runs as its process, and what its connector adds.
#[derive(Debug, Clone)]
pub enum Extra {
    /// A CLI scanner.
    Scan(ScanPlan),
    /// A test command against a Selenium Grid.
    Selenium(SeleniumRun),
    /// A JMeter test plan.
    Jmeter(JmeterRun),
    /// A `kubectl` deployment.
    Kubectl(KubectlDeploy),
}

impl Extra {
    /// The program and arguments it starts ([`REPORT`] for the report location).
    pub fn command(&self) -> (String, Vec<String>) {
        match self {
            Extra::Scan(plan) => (plan.program.clone(), plan.args.clone()),
            Extra::Selenium(run) => ("sh".to_owned(), vec!["-c".to_owned(), run.command.clone()]),
            Extra::Jmeter(run) => {
                let mut args: Vec<String> = [
                    "-n",
                    "-t",
                    &run.plan,
                    "-l",
                    REPORT,
                    "-j",
                    &format!("{REPORT}.log"),
                    "-Jjmeter.save.saveservice.output_format=csv",
                    "-Jjmeter.save.saveservice.print_field_names=true",
                ]
                .iter()
                .map(|arg| (*arg).to_owned())
                .collect();
                args.extend(
                    run.properties
                        .iter()
                        .map(|(name, value)| format!("-J{name}={value}")),
                );
                args.extend(run.args.iter().cloned());
                (run.program.clone(), args)
            }
            Extra::Kubectl(deploy) => ("sh".to_owned(), vec!["-c".to_owned(), deploy.script()]),
        }
    }
}

/// How long to wait between looks at a Grid that is not ready.
const GRID_POLL: Duration = Duration::from_secs(2);

/// Waits until the Grid says it is ready (`GET /status`: `value.ready`).
async fn grid_ready(
    http: &reqwest::Client,
    run: &SeleniumRun,
    output: &Output,
) -> Result<(), String> {
    let deadline = Instant::now() + run.wait;
    let mut said = false;
    loop {
        let answer = http.get(format!("{}/status", run.grid)).send().await;
        let (ready, message) = match answer {
            Ok(response) if response.status().is_success() => {
                let status: Value = response.json().await.unwrap_or(Value::Null);
                (
                    status["value"]["ready"].as_bool() == Some(true),
                    status["value"]["message"]
                        .as_str()
                        .unwrap_or_default()
                        .to_owned(),
                )
            }
            Ok(response) => (false, format!("it answered {}", response.status())),
            Err(error) => (false, format!("unreachable: {error}")),
        };
        if ready {
            output
                .note(format!("selenium: the Grid at {} is ready", run.grid))
                .await;
            return Ok(());
        }
        if Instant::now() >= deadline {
            return Err(format!(
                "selenium: the Grid at {} was not ready within {} ({message})",
                run.grid,
                humantime::format_duration(run.wait)
            ));
        }
        if !said {
            output
                .note(format!("selenium: waiting for the Grid ({message})"))
                .await;
            said = true;
        }
        tokio::time::sleep(GRID_POLL).await;
    }
}

/// Sets up one attempt: the report location (scanners, JMeter), the Grid's
/// readiness and address (Selenium), the kubeconfig file (kubectl).
pub async fn prepare(
    extra: &Extra,
    spawn: &mut Spawn,
    work_dir: &Path,
    http: &reqwest::Client,
    output: &Output,
) -> Result<Option<Report>, String> {
    match extra {
        Extra::Scan(plan) => connectors::prepare(spawn, plan, work_dir).map(Some),
        Extra::Selenium(run) => {
            grid_ready(http, run, output).await?;
            for name in ["SELENIUM_REMOTE_URL", "SELENIUM_GRID_URL", "WEBDRIVER_URL"] {
                spawn.env.insert(name.to_owned(), run.grid.clone());
            }
            Ok(None)
        }
        Extra::Jmeter(_) => {
            let report = connectors::report_dir(work_dir, "results.jtl")?;
            let at = report.path.display().to_string();
            spawn.args = spawn
                .args
                .iter()
                .map(|arg| arg.replace(REPORT, &at))
                .collect();
            Ok(Some(report))
        }
        Extra::Kubectl(deploy) => {
            let report = connectors::report_dir(work_dir, "kubeconfig")?;
            spawn
                .env
                .insert("KUBECTL".to_owned(), deploy.program.clone());
            if !deploy.kubeconfig.is_empty() {
                write_private(&report.path, deploy.kubeconfig.as_bytes())
                    .map_err(|error| format!("writing the kubeconfig failed: {error}"))?;
                spawn
                    .env
                    .insert("KUBECONFIG".to_owned(), report.path.display().to_string());
            }
            Ok(Some(report))
        }
    }
}

/// Writes `bytes` to a new file only its owner may read.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(bytes)
}

/// The outcome of a Selenium run that exited with `code`: its JUnit results
/// (when it names them) decide with the exit code.
pub async fn selenium_outcome(
    run: &SeleniumRun,
    code: i32,
    work_dir: &Path,
    output: &Output,
) -> (Status, String) {
    let tests = match run.results.as_str() {
        "" => None,
        results => Some(read_junit(&work_dir.join(results)).await),
    };
    let summary = match tests {
        Some(Ok(summary)) => {
            output.note(format!("selenium: {}", summary.line())).await;
            for failure in &summary.failures {
                output.note(format!("  failed: {failure}")).await;
            }
            Some(summary)
        }
        Some(Err(problem)) => {
            return (
                Status::Failed,
                format!("selenium: the results `{}` {problem}", run.results),
            );
        }
        None => None,
    };
    let failed = summary.as_ref().filter(|summary| summary.failed > 0);
    match (code, failed) {
        (0, None) => (Status::Succeeded, String::new()),
        (_, Some(summary)) => (
            Status::Failed,
            format!(
                "selenium: {} of {} tests failed",
                summary.failed, summary.total
            ),
        ),
        (code, None) => (
            Status::Failed,
            format!("the test command exited with code {code}"),
        ),
    }
}

/// The JUnit results in `path`: one file, or every `.xml` file in a directory.
async fn read_junit(path: &Path) -> Result<results::TestSummary, String> {
    let files = match tokio::fs::metadata(path).await {
        Ok(meta) if meta.is_dir() => {
            let mut files = Vec::new();
            let mut entries = tokio::fs::read_dir(path)
                .await
                .map_err(|error| format!("cannot be read: {error}"))?;
            while let Ok(Some(entry)) = entries.next_entry().await {
                if entry.path().extension().is_some_and(|ext| ext == "xml") {
                    files.push(entry.path());
                }
            }
            files.sort();
            files
        }
        Ok(_) => vec![path.to_path_buf()],
        Err(_) => return Err("were not written".to_owned()),
    };
    if files.is_empty() {
        return Err("hold no .xml file".to_owned());
    }
    let mut summary = results::TestSummary::default();
    for file in files {
        let text = tokio::fs::read_to_string(&file)
            .await
            .map_err(|error| format!("cannot be read: {error}"))?;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        summary.add(results::junit(&text).map_err(|problem| format!("({name}): {problem}"))?);
    }
    Ok(summary)
}

/// The outcome of a JMeter run that exited 0: its results summed up and
/// held to the error-rate limit.
pub async fn jmeter_outcome(run: &JmeterRun, report: &Report, output: &Output) -> (Status, String) {
    let text = match tokio::fs::read_to_string(&report.path).await {
        Ok(text) if !text.trim().is_empty() => text,
        _ => {
            return (
                Status::Failed,
                "jmeter wrote no results (see its output above)".to_owned(),
            );
        }
    };
    let summary = match results::jtl(&text) {
        Ok(summary) => summary,
        Err(problem) => {
            return (
                Status::Failed,
                format!("jmeter's results could not be read: {problem}"),
            );
        }
    };
    output.note(format!("jmeter: {}", summary.all.line())).await;
    for (label, figures) in &summary.labels {
        output.note(format!("  {label}: {}", figures.line())).await;
    }
    if summary.all.samples == 0 {
        return (
            Status::Failed,
            "jmeter ran no samples: does the plan have an enabled thread group?".to_owned(),
        );
    }
    let rate = summary.all.error_rate();
    if rate > run.max_error_rate {
        return (
            Status::Failed,
            format!(
                "jmeter: {:.2}% of {} samples failed (at most {}% allowed: `config.max_error_rate`)",
                rate, summary.all.samples, run.max_error_rate
            ),
        );
    }
    (Status::Succeeded, String::new())
}
