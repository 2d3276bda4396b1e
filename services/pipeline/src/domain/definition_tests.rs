use super::*;

/// The example of the module's documentation, as a user would write it.
const EXAMPLE: &str = r#"name: Backend API Pipeline
description: Scans, builds and deploys the backend API.
triggers:
  - type: push
    branches: [main, "release/*"]
  - type: schedule
    cron: "0 3 * * *"
variables:
  PYTHON_VERSION: "3.12"
secrets: [SONAR_TOKEN]
timeout: 1h
stages:
  - name: security-scan
    parallel: true
    steps:
      - name: sast
        tool: semgrep
        config: {quality_gate: true, rules: [p/ci, p/python]}
      - name: secrets
        tool: gitleaks
      - name: quality
        tool: sonarqube
        config:
          token: ${secrets.SONAR_TOKEN}
          url: https://sonar.example.test
          project: payments-api
  - name: build
    env:
      TARGET: dist
    steps:
      - name: compile
        command: make build PYTHON=${PYTHON_VERSION} OUT=${TARGET} HOME=$HOME COST=$$5
        timeout: 10m
        retries: {count: 2, backoff: 5s}
        artifacts: ["${TARGET}/app"]
  - name: deploy
    needs: [build]
    when: {branch: main, event: push}
    steps:
      - name: rollout
        tool: kubectl
        config: {manifests: deploy/, context: staging}
finally:
  name: cleanup
  steps:
    - name: tidy
      command: [rm, -rf, tmp]
      when: {outcome: always}
"#;

#[test]
fn the_example_reads_as_written() {
    let definition = parse(EXAMPLE).expect("the example is valid");
    assert_eq!(definition.name, "Backend API Pipeline");
    assert_eq!(definition.triggers.len(), 2);
    assert_eq!(definition.triggers[0].event, Event::Push);
    assert_eq!(definition.triggers[0].branches, ["main", "release/*"]);
    assert_eq!(definition.triggers[1].cron, "0 3 * * *");
    assert_eq!(definition.variables["PYTHON_VERSION"], "3.12");
    assert_eq!(definition.secrets, ["SONAR_TOKEN"]);
    assert_eq!(definition.timeout, Some(Duration::from_secs(3600)));
    let scan = &definition.stages[0];
    assert!(scan.parallel);
    let Action::Tool { tool, config } = &scan.steps[0].action else {
        panic!("a tool step: {:?}", scan.steps[0].action)
    };
    assert_eq!(*tool, Tool::Semgrep);
    assert_eq!(config["quality_gate"], serde_json::json!("true"));
    assert_eq!(config["rules"], serde_json::json!(["p/ci", "p/python"]));
    let compile = &definition.stages[1].steps[0];
    assert!(matches!(&compile.action, Action::Shell(line) if line.starts_with("make build")));
    assert_eq!(compile.timeout, Some(Duration::from_secs(600)));
    assert_eq!(
        compile.retries,
        Retries {
            count: 2,
            backoff: Duration::from_secs(5)
        }
    );
    assert_eq!(compile.artifacts, ["${TARGET}/app"]);
    let deploy = &definition.stages[2];
    assert_eq!(deploy.needs.as_deref(), Some(&["build".to_owned()][..]));
    assert_eq!(deploy.when.branches, ["main"]);
    assert_eq!(deploy.when.events, [Event::Push]);
    let finally = definition.finally.as_ref().expect("a finally stage");
    assert_eq!(finally.steps[0].when.outcome, Outcome::Always);
    assert!(
        matches!(&finally.steps[0].action, Action::Program(argv) if argv == &["rm", "-rf", "tmp"])
    );
    let order: Vec<&str> = definition
        .order()
        .iter()
        .map(|stage| stage.name.as_str())
        .collect();
    assert_eq!(order, ["security-scan", "build", "deploy"]);
}

#[test]
fn json_is_read_too() {
    let definition = parse(
        r#"{"name": "ci", "stages": [{"name": "test", "steps": [{"name": "unit", "command": "cargo test"}]}]}"#,
    )
    .expect("JSON is YAML's flow style");
    assert_eq!(
        definition.stages[0].steps[0].action,
        Action::Shell("cargo test".into())
    );
}

fn problems(text: &str) -> Vec<String> {
    parse(text)
        .expect_err("refused")
        .0
        .iter()
        .map(Problem::to_string)
        .collect()
}

#[test]
fn every_problem_is_named_with_its_line_and_column() {
    let text = r#"name: ci
timeout: forever
stages:
  - name: build
    steps:
      - name: compile
        tool: semgrep
        command: make
      - name: compile
        command: echo ${UNDECLARED} ${secrets.MISSING}
        retries: {count: 50, backoff: 2h}
  - name: test
    needs: [nowhere, test]
    steps:
      - name: nothing
      - name: odd
        tool: photoshop
        when: {event: tuesday, outcome: sometimes}
"#;
    let found = problems(text);
    let expected = [
        "line 2, column 10: timeout: `forever` is not a duration",
        "line 8, column 18: stages[0].steps[0].command: a step has a `tool` or a `command`, not both",
        "line 9, column 15: stages[0].steps[1].name: `compile` names another step of the stage too (line 6)",
        "line 10, column 18: stages[0].steps[1].command: `${UNDECLARED}` is not defined",
        "line 10, column 18: stages[0].steps[1].command: `${secrets.MISSING}`: the secret `MISSING` is not listed",
        "line 11, column 18: stages[0].steps[1].retries.count: must be at most 10",
        "line 11, column 18: stages[0].steps[1].retries.backoff: must be at most 1h",
        "line 13, column 13: stages[1].needs[0]: `nowhere` is not a stage of this pipeline",
        "line 13, column 22: stages[1].needs[1]: a stage cannot need itself",
        "stages[1].steps[0]: a step needs a `tool` (with its `config`) or a `command`",
        "line 17, column 15: stages[1].steps[1].tool: `photoshop` is not a tool this product runs",
        "stages[1].steps[1].when.event: `tuesday` is not an event",
        "stages[1].steps[1].when.outcome: `sometimes` is not an outcome",
    ];
    for want in expected {
        assert!(
            found.iter().any(|problem| problem.contains(want)),
            "missing {want:?} in {found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

#[test]
fn a_cycle_of_needs_is_named_in_full() {
    let found = problems(
        r#"name: ci
stages:
  - name: a
    needs: [c]
    steps: [{name: s, command: "true"}]
  - name: b
    needs: [a]
    steps: [{name: s, command: "true"}]
  - name: c
    needs: [b]
    steps: [{name: s, command: "true"}]
"#,
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains("line 3, column 11: stages[0].needs: the stages need each other in a cycle: a → c → b → a")
            || found[0].contains("in a cycle: a → b → c → a"),
        "{found:#?}"
    );
}

#[test]
fn needs_order_stages_as_a_graph() {
    let definition = parse(
        r#"name: ci
stages:
  - name: deploy
    needs: [build, scan]
    steps: [{name: s, command: "true"}]
  - name: build
    needs: []
    steps: [{name: s, command: "true"}]
  - name: scan
    needs: []
    steps: [{name: s, command: "true"}]
"#,
    )
    .expect("valid");
    let order: Vec<&str> = definition
        .order()
        .iter()
        .map(|stage| stage.name.as_str())
        .collect();
    assert_eq!(order, ["build", "scan", "deploy"]);
    assert_eq!(definition.needs(), vec![vec![1, 2], vec![], vec![]]);
}

#[test]
fn unreadable_texts_say_where() {
    let found = problems("name: ci\nstages: [\n");
    assert!(found[0].starts_with("line "), "{found:?}");
    let found = problems("name: ci\nname: again\nstages: []\n");
    assert!(found[0].contains("name"), "{found:?}");
    let found = problems("name: ci\nstage: []\n");
    assert!(
        found[0].contains("line 2") && found[0].contains("`stage`"),
        "{found:?}"
    );
    let found = problems("- just\n- a list\n");
    assert!(found[0].contains("mapping"), "{found:?}");
    let found = problems("name: ci\nstages: []\n");
    assert!(found[0].contains("at least one stage"), "{found:?}");
    let found = problems(
        "name: ci\ntriggers: [{type: schedule}, {type: push, cron: '* * * * *'}, {type: schedule, cron: 'daily'}]\nstages: [{name: a, steps: [{name: s, command: x}]}]\n",
    );
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn variables_and_env_names_are_checked_and_built_ins_known() {
    let found = problems(
        r#"name: ci
variables:
  1BAD: x
  SECUREFLOW_BRANCH: y
stages:
  - name: a
    env: {"bad-name": z}
    steps:
      - name: s
        command: echo ${SECUREFLOW_BRANCH} ${SECUREFLOW_COMMIT}
"#,
    );
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].contains("line 3") && found[0].contains("`1BAD`"),
        "{found:#?}"
    );
    assert!(found[1].contains("`SECUREFLOW_BRANCH`"), "{found:#?}");
    assert!(found[2].contains("`bad-name`"), "{found:#?}");
}

#[test]
fn artifacts_stay_inside_the_work_directory() {
    let found = problems(
        r#"name: ci
stages:
  - name: a
    steps:
      - name: s
        command: make
        artifacts: [/etc/passwd, ../up, ok/file]
"#,
    );
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn conditions_and_triggers_hold_as_written() {
    let definition = parse(EXAMPLE).expect("valid");
    let push = &definition.triggers[0];
    assert!(push.starts(Event::Push, "main"));
    assert!(push.starts(Event::Push, "release/1.2"));
    assert!(!push.starts(Event::Push, "feature/x"));
    assert!(!push.starts(Event::PullRequest, "main"));
    let deploy = &definition.stages[2].when;
    assert!(deploy.holds("main", Event::Push, false));
    assert!(!deploy.holds("main", Event::Manual, false));
    assert!(!deploy.holds("dev", Event::Push, false));
    assert!(
        !deploy.holds("main", Event::Push, true),
        "after a failure, success-only"
    );
    let tidy = &definition.finally.as_ref().expect("finally").steps[0].when;
    assert!(tidy.holds("any", Event::Schedule, true) && tidy.holds("any", Event::Manual, false));
    let on_failure = Condition {
        outcome: Outcome::Failure,
        ..Condition::default()
    };
    assert!(
        on_failure.holds("main", Event::Push, true)
            && !on_failure.holds("main", Event::Push, false)
    );
    let found = problems(
        "name: ci\ntriggers: [{type: push, branches: [\"[unclosed\"]}]\nstages: [{name: a, when: {branch: \"\"}, steps: [{name: s, command: x}]}]\n",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .any(|problem| problem.contains("`[unclosed` is not a branch pattern")),
        "{found:#?}"
    );
}

#[test]
fn artifact_retention_is_a_bounded_duration() {
    let text = |retention: &str| {
        format!(
            "name: ci\nartifact_retention: {retention}\nstages: [{{name: a, steps: [{{name: s, command: x}}]}}]\n"
        )
    };
    let kept = parse(&text("14d")).expect("valid");
    assert_eq!(
        kept.artifact_retention,
        Some(std::time::Duration::from_secs(14 * 24 * 3600))
    );
    assert_eq!(
        parse(&text("1s"))
            .expect("valid")
            .artifact_retention
            .map(|retention| retention.as_secs()),
        Some(1)
    );
    assert!(
        problems(&text("forever"))[0]
            .starts_with("line 2, column 21: artifact_retention: `forever` is not a duration"),
        "{:?}",
        problems(&text("forever"))
    );
    assert!(
        problems(&text("5y"))[0].contains("artifact_retention: must be at most"),
        "{:?}",
        problems(&text("5y"))
    );
}
