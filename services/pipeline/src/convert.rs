//! Protobuf ⇄ domain values: `convert::<thing>(…)` builds a message from the
//! domain, `convert::<thing>_from(…)` reads one.

use std::collections::HashMap;

use secureflow_proto::secureflow::pipeline::v1 as pb;

use crate::domain::definition::{
    Action, Condition, Definition, Event, Outcome, Stage, Step, Trigger,
};

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
