//! `pipeline`: definitions, runs followed live, executions and their logs.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::Path;

use anyhow::{Context as _, Result, bail};
use secureflow_client::SecureFlow;
use secureflow_client::proto::secureflow::pipeline::v1::watch_execution_response::Update;
use secureflow_client::proto::secureflow::pipeline::v1::{
    CancelExecutionRequest, CreatePipelineRequest, DownloadArtifactRequest, ExecutePipelineRequest,
    Execution, ExecutionStatus, GetExecutionLogsRequest, GetExecutionRequest, GetPipelineRequest,
    ListExecutionsRequest, ListPipelinesRequest, LogLine, LogStream, Pipeline, StepRun,
    UpdatePipelineRequest, WatchExecutionRequest,
};

use crate::args::{OutputFormat, PipelineCommand};
use crate::{Context, EXIT_GATE_FAILED, output};

/// Exit code of a followed execution that did not succeed.
const EXIT_FAILED: u8 = EXIT_GATE_FAILED;

fn read_definition(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("reading the definition from standard input")?;
        return Ok(text);
    }
    std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))
}

fn status_name(value: i32) -> &'static str {
    match ExecutionStatus::try_from(value).unwrap_or_default() {
        ExecutionStatus::Unspecified => "—",
        ExecutionStatus::Queued => "queued",
        ExecutionStatus::Running => "running",
        ExecutionStatus::Succeeded => "succeeded",
        ExecutionStatus::Failed => "failed",
        ExecutionStatus::Cancelled => "cancelled",
        ExecutionStatus::TimedOut => "timed out",
        ExecutionStatus::Skipped => "skipped",
    }
}

fn is_final(execution: &Execution) -> bool {
    !matches!(
        execution.status(),
        ExecutionStatus::Unspecified | ExecutionStatus::Queued | ExecutionStatus::Running
    )
}

fn time(timestamp: Option<&pbjson_types::Timestamp>) -> String {
    timestamp
        .and_then(|t| serde_json::to_value(t).ok())
        .and_then(|v| {
            v.as_str()
                .map(|s| s.get(..19).unwrap_or(s).replace('T', " "))
        })
        .unwrap_or_else(|| "—".to_owned())
}

fn duration(execution: &Execution) -> String {
    match (&execution.start_time, &execution.end_time) {
        (Some(start), Some(end)) => {
            let millis = (end.seconds - start.seconds) * 1000
                + i64::from(end.nanos - start.nanos) / 1_000_000;
            format!("{:.1}s", millis as f64 / 1000.0)
        }
        _ => "—".to_owned(),
    }
}

/// A request id unique to this call, so a retried `run` queues one execution.
fn request_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_nanos())
        .unwrap_or(0);
    format!("cli-{nanos:x}-{:x}", std::process::id())
}

/// Every pipeline (of `repository` when given).
async fn all_pipelines(secureflow: &SecureFlow, repository: Option<&str>) -> Result<Vec<Pipeline>> {
    let listed = listed_pipelines(secureflow, repository, false).await?;
    Ok(listed.into_iter().map(|(pipeline, _)| pipeline).collect())
}

/// Every pipeline (of `repository` when given), with its latest execution
/// when `last_run` (ListPipelines' `latest_executions`, read with each page).
async fn listed_pipelines(
    secureflow: &SecureFlow,
    repository: Option<&str>,
    last_run: bool,
) -> Result<Vec<(Pipeline, Option<Execution>)>> {
    Ok(secureflow
        .every_page(|page_token| {
            let mut client = secureflow.pipeline();
            let request = secureflow.request(ListPipelinesRequest {
                page_size: 500,
                page_token,
                repository_id: repository.unwrap_or_default().to_owned(),
                latest_executions: last_run.into(),
            });
            async move {
                let page = client.list_pipelines(request).await?.into_inner();
                let mut last: HashMap<String, Execution> = page
                    .latest_executions
                    .into_iter()
                    .filter_map(|entry| {
                        Some((entry.pipeline_id, entry.executions.into_iter().next()?))
                    })
                    .collect();
                let rows = page
                    .pipelines
                    .into_iter()
                    .map(|pipeline| {
                        let run = last.remove(&pipeline.id);
                        (pipeline, run)
                    })
                    .collect();
                Ok((rows, page.next_page_token))
            }
        })
        .await?)
}

/// The pipeline `named` (its id, or its name — in `repository` when given).
async fn resolve(
    secureflow: &SecureFlow,
    named: &str,
    repository: Option<&str>,
) -> Result<Pipeline> {
    let by_id = secureflow
        .idempotent(|| {
            let mut client = secureflow.pipeline();
            let request = secureflow.request(GetPipelineRequest {
                id: named.to_owned(),
            });
            async move { client.get_pipeline(request).await }
        })
        .await;
    match by_id {
        Ok(found) => return Ok(found.into_inner().pipeline.unwrap_or_default()),
        Err(status) if status.code() == tonic::Code::NotFound => {}
        Err(status) => return Err(status.into()),
    }
    let mut matching: Vec<Pipeline> = all_pipelines(secureflow, repository)
        .await?
        .into_iter()
        .filter(|pipeline| pipeline.name == named)
        .collect();
    match matching.len() {
        0 => bail!("no pipeline is named or has the id `{named}` (see `secureflow pipeline list`)"),
        1 => Ok(matching.remove(0)),
        _ => {
            let repositories: Vec<String> = matching
                .iter()
                .map(|pipeline| pipeline.repository_id.clone())
                .collect();
            bail!(
                "pipelines of several repositories are named `{named}` ({}): pass --repo",
                repositories.join(", ")
            )
        }
    }
}

async fn get_execution(secureflow: &SecureFlow, id: &str) -> Result<Execution> {
    let found = secureflow
        .idempotent(|| {
            let mut client = secureflow.pipeline();
            let request = secureflow.request(GetExecutionRequest {
                pipeline_id: String::new(),
                execution_id: id.to_owned(),
            });
            async move { client.get_execution(request).await }
        })
        .await?;
    Ok(found.into_inner().execution.unwrap_or_default())
}

fn print_pipeline(context: &Context, pipeline: &Pipeline) -> Result<()> {
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(pipeline)?);
        return Ok(());
    }
    let mut table = output::table(&["field", "value"]);
    for (field, value) in [
        ("id", pipeline.id.clone()),
        ("name", pipeline.name.clone()),
        ("repository", pipeline.repository_id.clone()),
        ("version", pipeline.version.to_string()),
        ("enabled", pipeline.enabled.to_string()),
        ("secrets set", pipeline.secrets_set.join(" ")),
        ("updated", time(pipeline.update_time.as_ref())),
    ] {
        table.add_row(vec![field.to_owned(), value]);
    }
    println!("{table}\n\n{}", pipeline.definition.trim_end());
    Ok(())
}

fn print_execution(context: &Context, execution: &Execution) -> Result<()> {
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(execution)?);
        return Ok(());
    }
    println!(
        "execution #{} ({}) — {}{}",
        execution.number,
        execution.id,
        status_name(execution.status),
        if execution.failure_reason.is_empty() {
            String::new()
        } else {
            format!(": {}", execution.failure_reason)
        }
    );
    let mut table = output::table(&["stage", "step", "status", "exit", "tries", "reason"]);
    for stage in &execution.stages {
        table.add_row(vec![
            stage.name.clone(),
            String::new(),
            status_name(stage.status).to_owned(),
            String::new(),
            String::new(),
            stage.failure_reason.clone(),
        ]);
        for step in &stage.steps {
            table.add_row(vec![
                String::new(),
                step.name.clone(),
                status_name(step.status).to_owned(),
                step.exit_code.to_string(),
                step.attempts.to_string(),
                step.failure_reason.clone(),
            ]);
        }
    }
    println!("{table}");
    if !execution.artifacts.is_empty() {
        let mut table = output::table(&["artifact", "stage/step", "size", "sha256"]);
        for artifact in &execution.artifacts {
            table.add_row(vec![
                artifact.name.clone(),
                format!("{}/{}", artifact.stage, artifact.step),
                crate::progress::bytes(u64::try_from(artifact.size_bytes).unwrap_or_default()),
                artifact.sha256.chars().take(16).collect(),
            ]);
        }
        println!("{table}");
    }
    Ok(())
}

fn print_line(context: &Context, line: &LogLine) -> Result<()> {
    if context.output == OutputFormat::Json {
        println!("{}", serde_json::to_string(line)?);
        return Ok(());
    }
    let place = if line.stage.is_empty() {
        line.step.clone()
    } else {
        format!("{}/{}", line.stage, line.step)
    };
    let marker = if line.stream() == LogStream::Stderr {
        "!"
    } else {
        " "
    };
    println!("[{place}]{marker} {}", line.text);
    Ok(())
}

/// What a followed execution shows: all lines, or one stage's or step's.
#[derive(Debug, Default)]
struct Shown {
    stage: Option<String>,
    step: Option<String>,
    statuses: bool,
}

impl Shown {
    fn takes(&self, line: &LogLine) -> bool {
        self.stage.as_ref().is_none_or(|stage| *stage == line.stage)
            && self.step.as_ref().is_none_or(|step| *step == line.step)
    }
}

/// Streams `execution` until it ends (reconnecting after a lost
/// connection, from the last line shown); its final state.
/// What a follower has said of each stage and step: each change is said
/// once, whether it arrives as an event or in a snapshot — the first one
/// carries what happened before the watch began, a later one what happened
/// while it reconnected.
#[derive(Default)]
struct Said {
    statuses: std::collections::HashMap<String, i32>,
}

impl Said {
    /// Whether `key` reached `status` since it was last said (waiting
    /// states are not said).
    fn changed(&mut self, key: String, status: i32) -> bool {
        let waiting = matches!(
            ExecutionStatus::try_from(status).unwrap_or_default(),
            ExecutionStatus::Unspecified | ExecutionStatus::Queued
        );
        !waiting && self.statuses.insert(key, status) != Some(status)
    }

    fn stage(&mut self, name: &str, status: i32) {
        if self.changed(name.to_owned(), status) {
            eprintln!("── stage {name}: {}", status_name(status));
        }
    }

    fn step(&mut self, stage: &str, step: &StepRun) {
        if self.changed(format!("{stage}/{}", step.name), step.status) {
            let reason = if step.failure_reason.is_empty() {
                String::new()
            } else {
                format!(" ({})", step.failure_reason)
            };
            eprintln!(
                "── step {stage}/{}: {}{reason}",
                step.name,
                status_name(step.status)
            );
        }
    }

    /// What `execution` shows that was not said yet, stage by stage.
    fn snapshot(&mut self, execution: &Execution) {
        for stage in &execution.stages {
            for step in &stage.steps {
                self.step(&stage.name, step);
            }
            self.stage(&stage.name, stage.status);
        }
    }
}

async fn follow(
    context: &Context,
    secureflow: &SecureFlow,
    execution: &Execution,
    shown: &Shown,
) -> Result<Execution> {
    let mut after = 0;
    let mut last = execution.clone();
    let mut said = Said::default();
    loop {
        let mut client = secureflow.pipeline();
        let request = secureflow.request(WatchExecutionRequest {
            pipeline_id: execution.pipeline_id.clone(),
            execution_id: execution.id.clone(),
            after_log_line: after,
        });
        let mut stream = match client.watch_execution(request).await {
            Ok(stream) => stream.into_inner(),
            Err(status) if output::connection_lost(&status) => {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                continue;
            }
            Err(status) => return Err(status.into()),
        };
        loop {
            match stream.message().await {
                Ok(Some(message)) => match message.update {
                    Some(Update::Snapshot(snapshot)) => {
                        if shown.statuses {
                            said.snapshot(&snapshot);
                        }
                        last = snapshot;
                    }
                    Some(Update::LogLine(line)) => {
                        after = line.sequence;
                        if shown.takes(&line) {
                            print_line(context, &line)?;
                        }
                    }
                    Some(Update::Stage(stage)) if shown.statuses => {
                        said.stage(&stage.name, stage.status);
                    }
                    Some(Update::Step(change)) if shown.statuses => {
                        if let Some(step) = change.step {
                            said.step(&change.stage, &step);
                        }
                    }
                    _ => {}
                },
                Ok(None) if is_final(&last) => return Ok(last),
                Ok(None) => break,
                Err(status) if output::connection_lost(&status) => break,
                Err(status) => return Err(status.into()),
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

fn params(given: &[String]) -> Result<std::collections::HashMap<String, String>> {
    let mut variables = std::collections::HashMap::new();
    for param in given {
        let Some((key, value)) = param.split_once('=') else {
            bail!("--param {param}: write it as KEY=VALUE");
        };
        variables.insert(key.trim().to_owned(), value.to_owned());
    }
    Ok(variables)
}

/// Queues `request` with a request id of this call's, so a retry after a
/// lost answer queues nothing more; the execution.
async fn execute(secureflow: &SecureFlow, request: ExecutePipelineRequest) -> Result<Execution> {
    let request = ExecutePipelineRequest {
        request_id: request_id(),
        ..request
    };
    let execution = secureflow
        .idempotent(|| {
            let mut client = secureflow.pipeline();
            let request = secureflow.request(request.clone());
            async move { client.execute_pipeline(request).await }
        })
        .await?
        .into_inner()
        .execution
        .unwrap_or_default();
    Ok(execution)
}

/// After an execution was queued: its id, or with `following` its run
/// streamed and the exit code of its outcome.
async fn queued(
    context: &Context,
    secureflow: &SecureFlow,
    execution: &Execution,
    following: bool,
) -> Result<u8> {
    if !following {
        if context.output == OutputFormat::Json {
            println!("{}", serde_json::to_string_pretty(execution)?);
        } else {
            println!("{}", execution.id);
        }
        return Ok(0);
    }
    let shown = Shown {
        statuses: true,
        ..Shown::default()
    };
    let ended = follow(context, secureflow, execution, &shown).await?;
    if context.output == OutputFormat::Json {
        print_execution(context, &ended)?;
    } else {
        eprintln!(
            "execution #{} {}{} in {}",
            ended.number,
            status_name(ended.status),
            if ended.failure_reason.is_empty() {
                String::new()
            } else {
                format!(": {}", ended.failure_reason)
            },
            duration(&ended)
        );
    }
    Ok(if ended.status() == ExecutionStatus::Succeeded {
        0
    } else {
        EXIT_FAILED
    })
}

/// Runs a `pipeline` command.
pub async fn run(context: &Context, command: PipelineCommand) -> Result<u8> {
    let secureflow = context.connect().await?;
    match command {
        PipelineCommand::Create { file, repo } => {
            let definition = read_definition(&file)?;
            let created = secureflow
                .pipeline()
                .create_pipeline(secureflow.request(CreatePipelineRequest {
                    pipeline: Some(Pipeline {
                        definition,
                        repository_id: repo.unwrap_or_default(),
                        ..Pipeline::default()
                    }),
                }))
                .await?
                .into_inner()
                .pipeline
                .unwrap_or_default();
            eprintln!("created pipeline `{}` ({})", created.name, created.id);
            print_pipeline(context, &created)?;
        }
        PipelineCommand::Update {
            pipeline,
            file,
            repo,
        } => {
            let definition = read_definition(&file)?;
            let current = resolve(&secureflow, &pipeline, repo.as_deref()).await?;
            let updated = secureflow
                .pipeline()
                .update_pipeline(secureflow.request(UpdatePipelineRequest {
                    pipeline: Some(Pipeline {
                        id: current.id.clone(),
                        definition,
                        ..Pipeline::default()
                    }),
                    update_mask: Some(pbjson_types::FieldMask {
                        paths: vec!["definition".to_owned()],
                    }),
                }))
                .await?
                .into_inner()
                .pipeline
                .unwrap_or_default();
            eprintln!(
                "pipeline `{}` is at version {}",
                updated.name, updated.version
            );
            print_pipeline(context, &updated)?;
        }
        PipelineCommand::Run {
            pipeline,
            params: given,
            branch,
            commit,
            repo,
            follow: following,
        } => {
            let variables = params(&given)?;
            let target = resolve(&secureflow, &pipeline, repo.as_deref()).await?;
            let execution = execute(
                &secureflow,
                ExecutePipelineRequest {
                    pipeline_id: target.id.clone(),
                    branch: branch.unwrap_or_default(),
                    commit_sha: commit.unwrap_or_default(),
                    variables,
                    ..ExecutePipelineRequest::default()
                },
            )
            .await?;
            eprintln!(
                "execution #{} of `{}` queued ({})",
                execution.number, target.name, execution.id
            );
            return queued(context, &secureflow, &execution, following).await;
        }
        PipelineCommand::Rerun {
            execution,
            from_failed,
            params: given,
            follow: following,
        } => {
            let variables = params(&given)?;
            let original = get_execution(&secureflow, &execution).await?;
            let rerun = execute(
                &secureflow,
                ExecutePipelineRequest {
                    pipeline_id: original.pipeline_id.clone(),
                    variables,
                    rerun_of: original.id.clone(),
                    from_failed_stage: from_failed,
                    ..ExecutePipelineRequest::default()
                },
            )
            .await?;
            eprintln!(
                "execution #{} re-runs #{} ({})",
                rerun.number, original.number, rerun.id
            );
            return queued(context, &secureflow, &rerun, following).await;
        }
        PipelineCommand::List { repo, executions } => match executions {
            None => {
                if context.output == OutputFormat::Json {
                    let pipelines = all_pipelines(&secureflow, repo.as_deref()).await?;
                    println!("{}", serde_json::to_string_pretty(&pipelines)?);
                    return Ok(0);
                }
                let mut table = output::table(&[
                    "name",
                    "id",
                    "repository",
                    "version",
                    "enabled",
                    "updated",
                    "last run",
                ]);
                for (pipeline, last) in listed_pipelines(&secureflow, repo.as_deref(), true).await?
                {
                    let last = last.map_or_else(
                        || "never".to_owned(),
                        |run| format!("#{} {}", run.number, status_name(run.status)),
                    );
                    table.add_row(vec![
                        pipeline.name.clone(),
                        pipeline.id.clone(),
                        pipeline.repository_id.clone(),
                        pipeline.version.to_string(),
                        pipeline.enabled.to_string(),
                        time(pipeline.update_time.as_ref()),
                        last,
                    ]);
                }
                println!("{table}");
            }
            Some(named) => {
                let target = resolve(&secureflow, &named, repo.as_deref()).await?;
                let listed = secureflow
                    .idempotent(|| {
                        let mut client = secureflow.pipeline();
                        let request = secureflow.request(ListExecutionsRequest {
                            pipeline_id: target.id.clone(),
                            page_size: 100,
                            ..ListExecutionsRequest::default()
                        });
                        async move { client.list_executions(request).await }
                    })
                    .await?
                    .into_inner()
                    .executions;
                if context.output == OutputFormat::Json {
                    println!("{}", serde_json::to_string_pretty(&listed)?);
                    return Ok(0);
                }
                let mut table =
                    output::table(&["#", "id", "status", "branch", "commit", "queued", "took"]);
                for execution in &listed {
                    table.add_row(vec![
                        execution.number.to_string(),
                        execution.id.clone(),
                        status_name(execution.status).to_owned(),
                        execution.branch.clone(),
                        execution.commit_sha.chars().take(10).collect(),
                        time(execution.create_time.as_ref()),
                        duration(execution),
                    ]);
                }
                println!("{table}");
            }
        },
        PipelineCommand::Show { target } => match resolve(&secureflow, &target, None).await {
            Ok(pipeline) => print_pipeline(context, &pipeline)?,
            Err(not_a_pipeline) => match get_execution(&secureflow, &target).await {
                Ok(execution) => print_execution(context, &execution)?,
                Err(_) => return Err(not_a_pipeline),
            },
        },
        PipelineCommand::Cancel { execution, reason } => {
            let cancelled = secureflow
                .pipeline()
                .cancel_execution(secureflow.request(CancelExecutionRequest {
                    pipeline_id: String::new(),
                    execution_id: execution,
                    reason: reason.unwrap_or_default(),
                }))
                .await?
                .into_inner()
                .execution
                .unwrap_or_default();
            eprintln!(
                "execution #{} is stopping: its running steps are stopped and its `finally` stage runs",
                cancelled.number
            );
        }
        PipelineCommand::Logs {
            execution,
            stage,
            step,
            follow: following,
        } => {
            if following {
                let execution = get_execution(&secureflow, &execution).await?;
                let shown = Shown {
                    stage,
                    step,
                    statuses: false,
                };
                let ended = follow(context, &secureflow, &execution, &shown).await?;
                return Ok(if ended.status() == ExecutionStatus::Succeeded {
                    0
                } else {
                    EXIT_FAILED
                });
            }
            let mut page_token = String::new();
            loop {
                let page = secureflow
                    .idempotent(|| {
                        let mut client = secureflow.pipeline();
                        let request = secureflow.request(GetExecutionLogsRequest {
                            pipeline_id: String::new(),
                            execution_id: execution.clone(),
                            stage: stage.clone().unwrap_or_default(),
                            step: step.clone().unwrap_or_default(),
                            page_size: 10_000,
                            page_token: page_token.clone(),
                        });
                        async move { client.get_execution_logs(request).await }
                    })
                    .await?
                    .into_inner();
                for line in &page.lines {
                    print_line(context, line)?;
                }
                if page.next_page_token.is_empty() {
                    break;
                }
                page_token = page.next_page_token;
            }
        }
        PipelineCommand::Download {
            execution,
            name,
            to,
        } => {
            return download(&secureflow, &execution, &name, to).await;
        }
    }
    Ok(0)
}

/// Streams artifact `name` of `execution` to `output` (a file, written whole
/// or not at all, or standard output for `-`).
async fn download(
    secureflow: &SecureFlow,
    execution: &str,
    name: &str,
    output: Option<std::path::PathBuf>,
) -> Result<u8> {
    use std::io::Write;
    let mut client = secureflow.pipeline();
    let request = secureflow.request(DownloadArtifactRequest {
        pipeline_id: String::new(),
        execution_id: execution.to_owned(),
        name: name.to_owned(),
    });
    let mut stream = client.download_artifact(request).await?.into_inner();
    let target =
        output.unwrap_or_else(|| std::path::PathBuf::from(name.rsplit('/').next().unwrap_or(name)));
    let to_stdout = target.as_os_str() == "-";
    let directory = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut file = if to_stdout {
        None
    } else {
        Some(tempfile::NamedTempFile::new_in(&directory)?)
    };
    let mut written = 0u64;
    let mut expected = None;
    while let Some(message) = stream.message().await? {
        if let Some(artifact) = message.artifact {
            expected = Some(artifact.size_bytes);
        }
        match file.as_mut() {
            Some(file) => file.write_all(&message.chunk)?,
            None => std::io::stdout().write_all(&message.chunk)?,
        }
        written += message.chunk.len() as u64;
    }
    if expected.is_some_and(|size| u64::try_from(size).ok() != Some(written)) {
        anyhow::bail!(
            "the download of `{name}` stopped after {written} of {} bytes",
            expected.unwrap_or_default()
        );
    }
    if let Some(file) = file {
        file.persist(&target)?;
        eprintln!(
            "{} ({}) written to {}",
            name,
            crate::progress::bytes(written),
            target.display()
        );
    }
    Ok(0)
}
