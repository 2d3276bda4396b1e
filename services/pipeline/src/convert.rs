//! Protobuf ⇄ domain values: `convert::<thing>(…)` builds a message from the
//! domain, `convert::<thing>_from(…)` reads one.

use std::collections::HashMap;

use secureflow_proto::secureflow::pipeline::v1 as pb;

use secureflow_platform::db::micros_to_timestamp;

use crate::domain::definition::{
    Action, Condition, Definition, Event, Outcome, Stage, Step, Trigger,
};
use crate::domain::run::{StageState, Status, StepState};
use crate::engine::logs::{LogLine, Stream};
use crate::pipelines::{Input, Read};
use crate::store::artifacts::ArtifactRow;
use crate::store::executions::ExecutionRow;

/// The contract's pipeline of a stored one.
pub fn pipeline_of(read: &Read) -> pb::Pipeline {
    let row = &read.row;
    pb::Pipeline {
        id: row.id.clone(),
        organization_id: row.organization_id.clone(),
        repository_id: row.repository_id.clone(),
        enabled: row.enabled,
        version: row.version,
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        update_time: Some(micros_to_timestamp(row.updated_at_us)),
        secrets_set: read.secrets_set.clone(),
        ..pipeline(&read.definition, &row.definition)
    }
}

/// What a create or update gives: the definition as written, or built from
/// the fields when it is not.
pub fn pipeline_from(message: &pb::Pipeline) -> Input {
    let given = !message.name.is_empty() || !message.stages.is_empty();
    let definition = if !message.definition.is_empty() {
        message.definition.clone()
    } else if given {
        definition_from(message)
    } else {
        String::new()
    };
    Input {
        definition,
        repository_id: message.repository_id.trim().to_owned(),
        enabled: message.enabled,
    }
}

/// The contract's status.
pub fn status(status: Status) -> pb::ExecutionStatus {
    match status {
        Status::Queued => pb::ExecutionStatus::Queued,
        Status::Running => pb::ExecutionStatus::Running,
        Status::Succeeded => pb::ExecutionStatus::Succeeded,
        Status::Failed => pb::ExecutionStatus::Failed,
        Status::Cancelled => pb::ExecutionStatus::Cancelled,
        Status::TimedOut => pb::ExecutionStatus::TimedOut,
        Status::Skipped => pb::ExecutionStatus::Skipped,
    }
}

/// The status a request filters by; `None` for any.
pub fn status_from(value: i32) -> Option<Status> {
    match pb::ExecutionStatus::try_from(value).ok()? {
        pb::ExecutionStatus::Unspecified => None,
        pb::ExecutionStatus::Queued => Some(Status::Queued),
        pb::ExecutionStatus::Running => Some(Status::Running),
        pb::ExecutionStatus::Succeeded => Some(Status::Succeeded),
        pb::ExecutionStatus::Failed => Some(Status::Failed),
        pb::ExecutionStatus::Cancelled => Some(Status::Cancelled),
        pb::ExecutionStatus::TimedOut => Some(Status::TimedOut),
        pb::ExecutionStatus::Skipped => Some(Status::Skipped),
    }
}

fn time(micros: Option<i64>) -> Option<pbjson_types::Timestamp> {
    micros.map(micros_to_timestamp)
}

/// The contract's state of a stage.
pub fn stage_run(state: &StageState) -> pb::StageRun {
    pb::StageRun {
        name: state.name.clone(),
        status: status(state.status).into(),
        steps: state.steps.iter().map(step_run).collect(),
        start_time: time(state.started_at_us),
        end_time: time(state.ended_at_us),
        failure_reason: state.reason.clone(),
    }
}

/// The contract's state of a step.
pub fn step_run(state: &StepState) -> pb::StepRun {
    pb::StepRun {
        name: state.name.clone(),
        status: status(state.status).into(),
        exit_code: state.exit_code.unwrap_or_default(),
        start_time: time(state.started_at_us),
        end_time: time(state.ended_at_us),
        scan_id: state.scan_id.clone(),
        test_execution_id: String::new(),
        failure_reason: state.reason.clone(),
        attempts: i32::try_from(state.attempts).unwrap_or(i32::MAX),
    }
}

/// The contract's execution.
pub fn execution(row: &ExecutionRow) -> pb::Execution {
    pb::Execution {
        id: row.id.clone(),
        pipeline_id: row.pipeline_id.clone(),
        organization_id: row.organization_id.clone(),
        number: row.number,
        status: status(row.status).into(),
        trigger: trigger_type(row.trigger).into(),
        triggered_by: row.triggered_by.clone(),
        branch: row.branch.clone(),
        commit_sha: row.commit_sha.clone(),
        pull_request_number: row.pull_request_number,
        stages: row.state.stages.iter().map(stage_run).collect(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        start_time: time(row.started_at_us),
        end_time: time(row.ended_at_us),
        variables: row.variables.clone().into_iter().collect(),
        failure_reason: row.failure_reason.clone(),
        pipeline_version: row.pipeline_version,
        rerun_of: row.rerun_of.clone(),
        artifacts: Vec::new(),
    }
}

/// The contract's artifact.
pub fn artifact(row: &ArtifactRow) -> pb::Artifact {
    pb::Artifact {
        name: row.name.clone(),
        stage: row.stage.clone(),
        step: row.step.clone(),
        size_bytes: row.size_bytes,
        sha256: row.sha256.clone(),
        create_time: Some(micros_to_timestamp(row.created_at_us)),
        reused_from: row.reused_from.clone(),
        expire_time: Some(micros_to_timestamp(row.expires_at_us)),
    }
}

/// The contract's log line.
pub fn log_line(line: &LogLine) -> pb::LogLine {
    pb::LogLine {
        stage: line.stage.clone(),
        step: line.step.clone(),
        number: line.number,
        time: Some(micros_to_timestamp(line.time_us)),
        text: line.text.clone(),
        stream: match line.stream {
            Stream::Stdout => pb::LogStream::Stdout,
            Stream::Stderr => pb::LogStream::Stderr,
        }
        .into(),
        sequence: line.sequence,
    }
}

/// The contract's pipeline for a checked definition and the text it was
/// read from (ids, times and version are the store's to fill in).
pub fn pipeline(definition: &Definition, text: &str) -> pb::Pipeline {
    pb::Pipeline {
        name: definition.name.clone(),
        description: definition.description.clone(),
        triggers: definition.triggers.iter().map(trigger).collect(),
        stages: definition.stages.iter().map(stage).collect(),
        variables: definition.variables.clone().into_iter().collect(),
        enabled: true,
        timeout: definition.timeout.map(Into::into),
        definition: text.to_owned(),
        secrets: definition.secrets.clone(),
        finally: definition.finally.as_ref().map(stage),
        ..pb::Pipeline::default()
    }
}

/// The definition text of a pipeline given field by field (no
/// `definition`): the same document in JSON, indented so that a problem's
/// line and column point at the field, read and checked as any other.
pub fn definition_from(pipeline: &pb::Pipeline) -> String {
    use serde_json::{Map, Value, json};
    let mut document = Map::new();
    document.insert("name".into(), json!(pipeline.name));
    if !pipeline.description.is_empty() {
        document.insert("description".into(), json!(pipeline.description));
    }
    if !pipeline.triggers.is_empty() {
        let triggers: Vec<Value> = pipeline
            .triggers
            .iter()
            .map(|trigger| {
                let mut entry = Map::new();
                entry.insert("type".into(), json!(event_name(trigger.r#type)));
                if !trigger.branches.is_empty() {
                    entry.insert("branches".into(), json!(trigger.branches));
                }
                if !trigger.schedule.is_empty() {
                    entry.insert("cron".into(), json!(trigger.schedule));
                }
                Value::Object(entry)
            })
            .collect();
        document.insert("triggers".into(), Value::Array(triggers));
    }
    if !pipeline.variables.is_empty() {
        document.insert("variables".into(), json!(sorted(&pipeline.variables)));
    }
    if !pipeline.secrets.is_empty() {
        document.insert("secrets".into(), json!(pipeline.secrets));
    }
    if let Some(timeout) = &pipeline.timeout {
        document.insert("timeout".into(), json!(duration_text(timeout)));
    }
    let stages: Vec<Value> = pipeline.stages.iter().map(stage_document).collect();
    document.insert("stages".into(), Value::Array(stages));
    if let Some(finally) = &pipeline.finally {
        document.insert("finally".into(), stage_document(finally));
    }
    serde_json::to_string_pretty(&Value::Object(document)).unwrap_or_default()
}

fn sorted(map: &HashMap<String, String>) -> std::collections::BTreeMap<&String, &String> {
    map.iter().collect()
}

fn event_name(value: i32) -> String {
    match pb::TriggerType::try_from(value) {
        Ok(pb::TriggerType::Manual) => Event::Manual.name().to_owned(),
        Ok(pb::TriggerType::Push) => Event::Push.name().to_owned(),
        Ok(pb::TriggerType::PullRequest) => Event::PullRequest.name().to_owned(),
        Ok(pb::TriggerType::Schedule) => Event::Schedule.name().to_owned(),
        Ok(pb::TriggerType::Workflow) => Event::Workflow.name().to_owned(),
        _ => format!("unspecified ({value})"),
    }
}

/// A protobuf duration as the definition writes one (`90s`, `1m 30s 500ms`).
fn duration_text(duration: &pbjson_types::Duration) -> String {
    match std::time::Duration::try_from(*duration) {
        Ok(duration) => humantime::format_duration(duration).to_string(),
        Err(_) => format!("{}s", duration.seconds),
    }
}

fn condition_document(condition: &pb::Condition) -> serde_json::Value {
    let mut entry = serde_json::Map::new();
    if !condition.branches.is_empty() {
        entry.insert("branch".into(), serde_json::json!(condition.branches));
    }
    if !condition.events.is_empty() {
        let events: Vec<String> = condition.events.iter().map(|e| event_name(*e)).collect();
        entry.insert("event".into(), serde_json::json!(events));
    }
    let outcome = match condition.outcome() {
        pb::ConditionOutcome::Unspecified => None,
        pb::ConditionOutcome::Success => Some("success"),
        pb::ConditionOutcome::Failure => Some("failure"),
        pb::ConditionOutcome::Always => Some("always"),
    };
    if let Some(outcome) = outcome {
        entry.insert("outcome".into(), serde_json::json!(outcome));
    }
    serde_json::Value::Object(entry)
}

fn stage_document(stage: &pb::Stage) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let mut entry = Map::new();
    entry.insert("name".into(), json!(stage.name));
    if stage.independent || !stage.needs.is_empty() {
        entry.insert("needs".into(), json!(stage.needs));
    }
    if stage.parallel {
        entry.insert("parallel".into(), json!(true));
    }
    if !stage.env.is_empty() {
        entry.insert("env".into(), json!(sorted(&stage.env)));
    }
    if let Some(when) = &stage.when {
        entry.insert("when".into(), condition_document(when));
    }
    let steps: Vec<Value> = stage.steps.iter().map(step_document).collect();
    entry.insert("steps".into(), Value::Array(steps));
    Value::Object(entry)
}

fn step_document(step: &pb::Step) -> serde_json::Value {
    use serde_json::{Map, Value, json};
    let mut entry = Map::new();
    entry.insert("name".into(), json!(step.name));
    if !step.tool.is_empty() {
        entry.insert("tool".into(), json!(step.tool));
    }
    if let Some(config) = &step.config {
        entry.insert(
            "config".into(),
            serde_json::to_value(config).unwrap_or(Value::Null),
        );
    }
    if !step.script.is_empty() {
        entry.insert("command".into(), json!(step.script));
    } else if !step.command.is_empty() {
        entry.insert("command".into(), json!(step.command));
    }
    if !step.env.is_empty() {
        entry.insert("env".into(), json!(sorted(&step.env)));
    }
    if let Some(timeout) = &step.timeout {
        entry.insert("timeout".into(), json!(duration_text(timeout)));
    }
    if step.retries != 0 {
        let mut retries = Map::new();
        retries.insert("count".into(), json!(step.retries.to_string()));
        if let Some(backoff) = &step.retry_backoff {
            retries.insert("backoff".into(), json!(duration_text(backoff)));
        }
        entry.insert("retries".into(), Value::Object(retries));
    }
    if let Some(when) = &step.when {
        entry.insert("when".into(), condition_document(when));
    }
    if step.allow_failure {
        entry.insert("allow_failure".into(), json!(true));
    }
    if !step.artifacts.is_empty() {
        entry.insert("artifacts".into(), json!(step.artifacts));
    }
    Value::Object(entry)
}

/// The contract's trigger type of an event.
pub fn trigger_type(event: Event) -> pb::TriggerType {
    match event {
        Event::Manual => pb::TriggerType::Manual,
        Event::Push => pb::TriggerType::Push,
        Event::PullRequest => pb::TriggerType::PullRequest,
        Event::Schedule => pb::TriggerType::Schedule,
        Event::Workflow => pb::TriggerType::Workflow,
    }
}

fn trigger(trigger: &Trigger) -> pb::Trigger {
    pb::Trigger {
        r#type: trigger_type(trigger.event).into(),
        branches: trigger.branches.clone(),
        schedule: trigger.cron.clone(),
    }
}

fn condition(condition: &Condition) -> Option<pb::Condition> {
    if *condition == Condition::default() {
        return None;
    }
    Some(pb::Condition {
        branches: condition.branches.clone(),
        events: condition
            .events
            .iter()
            .map(|event| trigger_type(*event).into())
            .collect(),
        outcome: match condition.outcome {
            Outcome::Success => pb::ConditionOutcome::Success,
            Outcome::Failure => pb::ConditionOutcome::Failure,
            Outcome::Always => pb::ConditionOutcome::Always,
        }
        .into(),
    })
}

fn stage(stage: &Stage) -> pb::Stage {
    pb::Stage {
        name: stage.name.clone(),
        steps: stage.steps.iter().map(step).collect(),
        needs: stage.needs.clone().unwrap_or_default(),
        parallel: stage.parallel,
        env: stage.env.clone().into_iter().collect(),
        when: condition(&stage.when),
        independent: stage.needs.as_ref().is_some_and(Vec::is_empty),
    }
}

fn step(step: &Step) -> pb::Step {
    let mut message = pb::Step {
        name: step.name.clone(),
        env: step.env.clone().into_iter().collect(),
        timeout: step.timeout.map(Into::into),
        allow_failure: step.allow_failure,
        retries: i32::try_from(step.retries.count).unwrap_or(i32::MAX),
        retry_backoff: (step.retries.count > 0).then(|| step.retries.backoff.into()),
        when: condition(&step.when),
        artifacts: step.artifacts.clone(),
        ..pb::Step::default()
    };
    match &step.action {
        Action::Tool { tool, config } => {
            message.tool = tool.name().to_owned();
            message.kind = pb::StepKind::Scan.into();
            message.config = Some(pbjson_types::Struct::from(
                config
                    .iter()
                    .map(|(key, value)| (key.clone(), value_of(value)))
                    .collect::<HashMap<_, _>>(),
            ));
        }
        Action::Shell(line) => {
            message.script = line.clone();
            message.kind = pb::StepKind::Script.into();
        }
        Action::Program(argv) => {
            message.command = argv.clone();
            message.kind = pb::StepKind::Script.into();
        }
    }
    message
}

/// A JSON value as a protobuf `Value`.
fn value_of(value: &serde_json::Value) -> pbjson_types::Value {
    match value {
        serde_json::Value::Null => pbjson_types::Value::from(()),
        serde_json::Value::Bool(flag) => pbjson_types::Value::from(*flag),
        serde_json::Value::Number(number) => {
            pbjson_types::Value::from(number.as_f64().unwrap_or_default())
        }
        serde_json::Value::String(text) => pbjson_types::Value::from(text.clone()),
        serde_json::Value::Array(items) => {
            pbjson_types::Value::from(items.iter().map(value_of).collect::<Vec<_>>())
        }
        serde_json::Value::Object(entries) => pbjson_types::Value::from(
            entries
                .iter()
                .map(|(key, item)| (key.clone(), value_of(item)))
                .collect::<HashMap<_, _>>(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::definition::parse;

    #[test]
    fn a_definition_becomes_the_contracts_pipeline() {
        let text = r#"name: ci
triggers: [{type: push, branches: [main]}]
variables: {LEVEL: high}
secrets: [TOKEN]
stages:
  - name: scan
    parallel: true
    needs: []
    steps:
      - name: sast
        tool: semgrep
        config: {quality_gate: true, rules: [p/ci], nested: {token: "${secrets.TOKEN}"}}
        retries: {count: 2, backoff: 3s}
  - name: build
    when: {branch: main, outcome: always}
    steps:
      - name: make
        command: make ${LEVEL}
      - name: argv
        command: [ls, -l]
finally: {name: tidy, steps: [{name: rm, command: [rm, -rf, tmp]}]}
"#;
        let definition = parse(text).expect("valid");
        let message = pipeline(&definition, text);
        assert_eq!(message.definition, text);
        assert_eq!(message.secrets, ["TOKEN"]);
        assert_eq!(message.variables["LEVEL"], "high");
        assert_eq!(message.triggers[0].r#type(), pb::TriggerType::Push);
        let scan = &message.stages[0];
        assert!(scan.parallel && scan.independent && scan.needs.is_empty());
        let sast = &scan.steps[0];
        assert_eq!(sast.tool, "semgrep");
        assert_eq!(sast.retries, 2);
        assert_eq!(sast.retry_backoff.as_ref().map(|d| d.seconds), Some(3));
        let config = sast.config.as_ref().expect("config");
        assert_eq!(
            config.fields["quality_gate"],
            pbjson_types::Value::from("true")
        );
        let build = &message.stages[1];
        assert!(!build.independent && build.needs.is_empty());
        let when = build.when.as_ref().expect("a condition");
        assert_eq!(when.branches, ["main"]);
        assert_eq!(when.outcome(), pb::ConditionOutcome::Always);
        assert_eq!(build.steps[0].script, "make ${LEVEL}");
        assert_eq!(build.steps[1].command, ["ls", "-l"]);
        assert!(build.steps[1].when.is_none());
        assert_eq!(
            message.finally.as_ref().map(|f| f.name.as_str()),
            Some("tidy")
        );
    }
}
