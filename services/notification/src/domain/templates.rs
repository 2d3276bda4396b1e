//! Templates: the events a notification can be about, the data each offers
//! a template (with a sample for previews and checks), the defaults the
//! product ships, and the checks a template passes when it is saved — a
//! syntax error names its line and column, a variable the event does not
//! offer is named, and the template must render with the sample.
//!
//! A template sees `event` (the event's data, snake_case, with `type`, `id`
//! and `time`), `events` (every event a grouped message stands for; one
//! otherwise), `repository` (its full name, when the event names one),
//! `organization_id`, `link` (where the product shows it) and
//! `acknowledge_link` (the delivery's signed acknowledgement link).

use std::collections::BTreeSet;

use minijinja::{Environment, UndefinedBehavior};
use serde_json::{Value, json};

/// An event type notifications can be about.
#[derive(Debug, Clone, Copy)]
pub struct EventKind {
    /// Its type (`gate.changed`).
    pub name: &'static str,
    /// What it is.
    pub about: &'static str,
    /// The shipped subject template.
    pub subject: &'static str,
    /// The shipped text body template (Slack and Teams render it as
    /// Markdown).
    pub body: &'static str,
    /// The shipped HTML body template (e-mail).
    pub html_body: &'static str,
}

/// The test message `TestChannel` sends.
pub const TEST: &str = "notification.test";
/// An ad-hoc message (`SendNotification` without a template).
pub const MESSAGE: &str = "notification.message";
/// A user's digest of what their quiet hours held.
pub const DIGEST: &str = "notification.digest";

/// The text a shipped body ends with when its message stands for a group of
/// events (a rule's `group_window`).
macro_rules! more_text {
    () => {
        "{% if events | length > 1 %}…and {{ events | length - 1 }} more {{ event.type }} event{{ \"\" if events | length == 2 else \"s\" }} within the grouping window.\n{% endif %}"
    };
}

/// [`more_text`] as HTML.
macro_rules! more_html {
    () => {
        "{% if events | length > 1 %}<p>…and {{ events | length - 1 }} more {{ event.type }} event{{ \"\" if events | length == 2 else \"s\" }} within the grouping window.</p>{% endif %}"
    };
}

/// Every event type, with its shipped templates.
pub const EVENTS: &[EventKind] = &[
    EventKind {
        name: "gate.changed",
        about: "a quality gate's verdict changed",
        subject: "Quality gate {{ event.verdict }} on {{ repository or event.repository_id }}{% if event.branch %} ({{ event.branch }}){% endif %}",
        body: concat!(
            "The quality gate of *{{ repository or event.repository_id }}*{% if event.branch %} on `{{ event.branch }}`{% endif %} is now *{{ event.verdict }}* (was {{ event.previous_verdict or \"not evaluated\" }}).\n{% if event.cause %}Cause: {{ event.cause }}\n{% endif %}{% if event.commit_sha %}Commit: {{ event.commit_sha[:12] }}\n{% endif %}",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p>The quality gate of <strong>{{ repository or event.repository_id }}</strong>{% if event.branch %} on <code>{{ event.branch }}</code>{% endif %} is now <strong>{{ event.verdict }}</strong> (was {{ event.previous_verdict or \"not evaluated\" }}).</p>{% if event.cause %}<p>Cause: {{ event.cause }}</p>{% endif %}",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: "sla.breached",
        about: "a vulnerability passed its remediation deadline",
        subject: "SLA breached: {{ event.severity }} vulnerability in {{ repository or event.repository_id }}",
        body: concat!(
            "A *{{ event.severity }}* vulnerability in *{{ repository or event.repository_id }}* was due {{ event.due_at }} and is still open.\n",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p>A <strong>{{ event.severity }}</strong> vulnerability in <strong>{{ repository or event.repository_id }}</strong> was due {{ event.due_at }} and is still open.</p>",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: "pipeline.failed",
        about: "a pipeline execution failed",
        subject: "Pipeline {{ event.pipeline_name }} #{{ event.number }} {{ event.status }}",
        body: concat!(
            "Pipeline *{{ event.pipeline_name }}* #{{ event.number }}{% if event.branch %} on `{{ event.branch }}`{% endif %} {{ event.status }}{% if event.failed_stage %} in stage *{{ event.failed_stage }}*{% endif %}.\n{% if event.failure_reason %}{{ event.failure_reason }}\n{% endif %}{% for stage in event.stages %}• {{ stage.name }}: {{ stage.status }}\n{% endfor %}",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p>Pipeline <strong>{{ event.pipeline_name }}</strong> #{{ event.number }}{% if event.branch %} on <code>{{ event.branch }}</code>{% endif %} {{ event.status }}{% if event.failed_stage %} in stage <strong>{{ event.failed_stage }}</strong>{% endif %}.</p>{% if event.failure_reason %}<p>{{ event.failure_reason }}</p>{% endif %}<ul>{% for stage in event.stages %}<li>{{ stage.name }}: {{ stage.status }}</li>{% endfor %}</ul>",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: "vulnerability.detected",
        about: "vulnerabilities were found (those of one scan arrive together)",
        subject: "{{ event.vulnerabilities | length }} new vulnerabilit{{ \"y\" if event.vulnerabilities | length == 1 else \"ies\" }} in {{ repository or event.repository_id }}",
        body: "{{ event.vulnerabilities | length }} vulnerabilit{{ \"y\" if event.vulnerabilities | length == 1 else \"ies\" }} found in *{{ repository or event.repository_id }}*{% if event.branch %} on `{{ event.branch }}`{% endif %}:\n{% for v in event.vulnerabilities %}• [{{ v.severity }}] {{ v.title }}{% if v.cve_id %} ({{ v.cve_id }}){% endif %}{% if v.reopened %} — reopened{% endif %}\n{% endfor %}{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}",
        html_body: "<p>{{ event.vulnerabilities | length }} vulnerabilit{{ \"y\" if event.vulnerabilities | length == 1 else \"ies\" }} found in <strong>{{ repository or event.repository_id }}</strong>{% if event.branch %} on <code>{{ event.branch }}</code>{% endif %}:</p><ul>{% for v in event.vulnerabilities %}<li>[{{ v.severity }}] {{ v.title }}{% if v.cve_id %} ({{ v.cve_id }}){% endif %}{% if v.reopened %} — reopened{% endif %}</li>{% endfor %}</ul><p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}",
    },
    EventKind {
        name: "deployment.completed",
        about: "a deployment step finished",
        subject: "Deployed {{ repository or event.pipeline_name }} to {{ event.environment }}",
        body: concat!(
            "*{{ event.pipeline_name }}* deployed `{{ event.commit_sha[:12] }}`{% if event.branch %} from `{{ event.branch }}`{% endif %} to *{{ event.environment }}* ({{ event.tool }}, step {{ event.step }}).\n",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p><strong>{{ event.pipeline_name }}</strong> deployed <code>{{ event.commit_sha[:12] }}</code>{% if event.branch %} from <code>{{ event.branch }}</code>{% endif %} to <strong>{{ event.environment }}</strong> ({{ event.tool }}, step {{ event.step }}).</p>",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: "scan.completed",
        about: "a scanner's report was imported",
        subject: "{{ event.tool }} scan of {{ repository or event.repository_id }}: {{ event.new }} new",
        body: concat!(
            "{{ event.tool }} scanned *{{ repository or event.repository_id }}*{% if event.branch %} on `{{ event.branch }}`{% endif %}: {{ event.new }} new, {{ event.reopened }} reopened, {{ event.resolved }} resolved.\n",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p>{{ event.tool }} scanned <strong>{{ repository or event.repository_id }}</strong>{% if event.branch %} on <code>{{ event.branch }}</code>{% endif %}: {{ event.new }} new, {{ event.reopened }} reopened, {{ event.resolved }} resolved.</p>",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: "pipeline.completed",
        about: "a pipeline execution finished",
        subject: "Pipeline {{ event.pipeline_name }} #{{ event.number }} {{ event.status }}",
        body: concat!(
            "Pipeline *{{ event.pipeline_name }}* #{{ event.number }}{% if event.branch %} on `{{ event.branch }}`{% endif %} {{ event.status }}.\n",
            more_text!(),
            "{{ link }}{% if acknowledge_link %}\nAcknowledge: {{ acknowledge_link }}{% endif %}"
        ),
        html_body: concat!(
            "<p>Pipeline <strong>{{ event.pipeline_name }}</strong> #{{ event.number }}{% if event.branch %} on <code>{{ event.branch }}</code>{% endif %} {{ event.status }}.</p>",
            more_html!(),
            "<p><a href=\"{{ link }}\">Open in SecureFlow</a></p>{% if acknowledge_link %}<p><a href=\"{{ acknowledge_link }}\">Acknowledge</a> (stops the escalation)</p>{% endif %}"
        ),
    },
    EventKind {
        name: TEST,
        about: "the test message of TestChannel",
        subject: "SecureFlow test message",
        body: "This is a test message from SecureFlow to the channel *{{ event.channel }}*. If you can read it, the channel works.",
        html_body: "<p>This is a test message from SecureFlow to the channel <strong>{{ event.channel }}</strong>. If you can read it, the channel works.</p>",
    },
    EventKind {
        name: DIGEST,
        about: "a user's digest of what their quiet hours held",
        subject: "{{ event.count }} notification{{ \"\" if event.count == 1 else \"s\" }} during your quiet hours",
        body: "While your quiet hours were on, SecureFlow held {{ event.count }} message{{ \"\" if event.count == 1 else \"s\" }} for you:\n{% for m in event.messages %}\n*{{ m.subject }}* ({{ m.time }})\n{{ m.body }}\n{% endfor %}",
        html_body: "<p>While your quiet hours were on, SecureFlow held {{ event.count }} message{{ \"\" if event.count == 1 else \"s\" }} for you:</p>{% for m in event.messages %}<h3>{{ m.subject }}</h3><p><small>{{ m.time }}</small></p><pre>{{ m.body }}</pre>{% endfor %}",
    },
    EventKind {
        name: MESSAGE,
        about: "an ad-hoc message (SendNotification)",
        subject: "{{ event.subject }}",
        body: "{{ event.body }}",
        html_body: "<p>{{ event.body }}</p>",
    },
];

/// The event type named `name`.
pub fn event(name: &str) -> Option<&'static EventKind> {
    EVENTS.iter().find(|kind| kind.name == name)
}

/// The sample data of `event_type` a template is checked and previewed
/// with (the whole context: `event`, `repository`, `organization_id`,
/// `link`, `acknowledge_link`).
pub fn sample(event_type: &str) -> Value {
    let mut sample = context(
        event_type,
        "0193a1c2-event",
        "2026-12-04T09:30:00Z",
        sample_event(event_type),
        "acme/payments-api",
        "0193a1c2-organization",
        "http://127.0.0.1:8080/",
    );
    sample["acknowledge_link"] =
        Value::String("http://127.0.0.1:8080/notifications/acknowledge?token=AbC123".into());
    sample
}

/// The sample event of `event_type`: every field it offers, filled.
fn sample_event(event_type: &str) -> Value {
    match event_type {
        "gate.changed" => json!({
            "policy_id": "0193a1c2-policy", "repository_id": "0193a1c2-repository",
            "branch": "main", "commit_sha": "4f2c1b9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c",
            "previous_verdict": "PASS", "verdict": "FAIL",
            "cause": "2 critical vulnerabilities (at most 0 allowed)"
        }),
        "sla.breached" => json!({
            "vulnerability_id": "0193a1c2-vulnerability", "repository_id": "0193a1c2-repository",
            "severity": "critical", "due_at": "2026-11-30T12:00:00Z"
        }),
        "pipeline.failed" | "pipeline.completed" => json!({
            "pipeline_id": "0193a1c2-pipeline", "execution_id": "0193a1c2-execution",
            "repository_id": "0193a1c2-repository", "branch": "main",
            "commit_sha": "4f2c1b9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c", "status": "failed",
            "failure_reason": "step `semgrep` failed: the quality gate is FAIL",
            "failed_stage": "security", "number": 42, "pipeline_name": "backend-api",
            "stages": [
                {"name": "build", "status": "succeeded", "duration_ms": 41000},
                {"name": "security", "status": "failed", "duration_ms": 73000}
            ]
        }),
        "vulnerability.detected" => json!({
            "scan_id": "0193a1c2-scan", "repository_id": "0193a1c2-repository", "branch": "main",
            "vulnerabilities": [
                {"vulnerability_id": "0193a1c2-v1", "severity": "critical",
                 "title": "SQL injection in OrderController.find", "cve_id": "", "reopened": false},
                {"vulnerability_id": "0193a1c2-v2", "severity": "high",
                 "title": "jackson-databind deserialization of untrusted data",
                 "cve_id": "CVE-2020-36518", "reopened": true}
            ]
        }),
        "deployment.completed" => json!({
            "deployment_id": "0193a1c2-deployment", "pipeline_id": "0193a1c2-pipeline",
            "execution_id": "0193a1c2-execution", "repository_id": "0193a1c2-repository",
            "environment": "production", "branch": "main",
            "commit_sha": "4f2c1b9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c", "tool": "kubectl",
            "stage": "deploy", "step": "rollout", "pipeline_name": "backend-api"
        }),
        "scan.completed" => json!({
            "scan_id": "0193a1c2-scan", "repository_id": "0193a1c2-repository", "branch": "main",
            "commit_sha": "4f2c1b9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c", "tool": "semgrep",
            "findings_parsed": 12, "duplicates_in_report": 1, "new": 3, "updated": 8,
            "reopened": 1, "resolved": 2
        }),
        TEST => json!({"channel": "#security-alerts"}),
        DIGEST => json!({
            "count": 2, "since": "2026-12-03T21:00:00Z",
            "messages": [
                {"event_type": "scan.completed", "time": "2026-12-03T22:14:05Z",
                 "subject": "semgrep scan of acme/payments-api: 3 new",
                 "body": "semgrep scanned *acme/payments-api* on `main`: 3 new, 1 reopened, 2 resolved."},
                {"event_type": "pipeline.failed", "time": "2026-12-04T01:02:44Z",
                 "subject": "Pipeline backend-api #42 failed",
                 "body": "Pipeline *backend-api* #42 on `main` failed in stage *security*."}
            ]
        }),
        _ => {
            json!({"subject": "Maintenance tonight", "body": "SecureFlow will restart at 22:00 UTC."})
        }
    }
}

/// `value` with every field `shape` has that it lacks, as an empty value of
/// the field's kind (`""`, `0`, `false`, `[]`), items of lists filled from
/// the shape's first item. Events arrive without their empty fields (the
/// contract's JSON leaves defaults out); templates see every field the
/// event type offers.
fn complete(value: &mut Value, shape: &Value) {
    match (value, shape) {
        (Value::Object(fields), Value::Object(offered)) => {
            for (key, kind) in offered {
                match fields.get_mut(key) {
                    Some(present) => complete(present, kind),
                    None => {
                        let empty = match kind {
                            Value::String(_) => Value::String(String::new()),
                            Value::Number(_) => json!(0),
                            Value::Bool(_) => Value::Bool(false),
                            Value::Array(_) => json!([]),
                            Value::Object(_) => json!({}),
                            Value::Null => Value::Null,
                        };
                        fields.insert(key.clone(), empty);
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(offered)) => {
            if let Some(kind) = offered.first() {
                for item in items {
                    complete(item, kind);
                }
            }
        }
        _ => {}
    }
}

/// The context a template renders with.
pub fn context(
    event_type: &str,
    event_id: &str,
    time: &str,
    mut data: Value,
    repository: &str,
    organization_id: &str,
    link: &str,
) -> Value {
    complete(&mut data, &sample_event(event_type));
    if let Value::Object(fields) = &mut data {
        fields.insert("type".into(), Value::String(event_type.into()));
        fields.insert("id".into(), Value::String(event_id.into()));
        fields.insert("time".into(), Value::String(time.into()));
    }
    json!({
        // Of a group of events (a rule's `group_window`): every one; `event`
        // is then the last.
        "events": [data.clone()],
        "event": data,
        "repository": repository,
        "organization_id": organization_id,
        "link": link,
        // Filled for each delivery (its own signed link).
        "acknowledge_link": "",
    })
}

/// `value` with every object key in snake_case (event payloads arrive with
/// the protobuf JSON names, `repositoryId`; templates read `repository_id`).
pub fn snake_keys(value: Value) -> Value {
    match value {
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, value)| {
                    let mut snake = String::with_capacity(key.len() + 4);
                    for character in key.chars() {
                        if character.is_ascii_uppercase() {
                            snake.push('_');
                            snake.push(character.to_ascii_lowercase());
                        } else {
                            snake.push(character);
                        }
                    }
                    (snake, snake_keys(value))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(snake_keys).collect()),
        other => other,
    }
}

/// One part of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The subject.
    Subject,
    /// The text body.
    Body,
    /// The HTML body (escaped as HTML).
    Html,
}

impl Part {
    /// The request field it comes from.
    pub fn field(self) -> &'static str {
        match self {
            Part::Subject => "template.subject",
            Part::Body => "template.body",
            Part::Html => "template.html_body",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Part::Subject => "subject.txt",
            Part::Body => "body.txt",
            Part::Html => "body.html",
        }
    }
}

/// Names a template may use besides the context's (loop helpers, globals).
const BUILT_IN: &[&str] = &["loop", "range", "dict", "namespace", "debug", "caller"];

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    // An unknown variable is an error, not an empty string.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| match name.ends_with(".html") {
        true => minijinja::AutoEscape::Html,
        false => minijinja::AutoEscape::None,
    });
    env
}

/// Where in `source` the error is: "line L, column C: ".
fn located(source: &str, error: &minijinja::Error) -> String {
    let Some(line) = error.line() else {
        return String::new();
    };
    let column = error
        .range()
        .map(|range| {
            let start = range.start.min(source.len());
            let line_start = source[..start].rfind('\n').map_or(0, |at| at + 1);
            source[line_start..start].chars().count() + 1
        })
        .unwrap_or(1);
    format!("line {line}, column {column}: ")
}

fn describe(error: &minijinja::Error) -> String {
    match error.detail() {
        Some(detail) => format!("{}: {detail}", error.kind()),
        None => error.kind().to_string(),
    }
}

/// Whether `path` (`event.verdict`) names something `context` has.
fn offered(context: &Value, path: &str) -> bool {
    let mut at = context;
    for segment in path.split('.') {
        match at {
            Value::Object(fields) => match fields.get(segment) {
                Some(next) => at = next,
                None => return false,
            },
            // A method or an index of a value the context has (`items()`).
            _ => return true,
        }
    }
    true
}

/// Checks `source` as `part` of a template for `event_type`: it parses,
/// uses only variables the event offers, and renders with the sample.
/// Problems as `(field, description)`.
pub fn check(event_type: &str, part: Part, source: &str) -> Vec<(String, String)> {
    let env = environment();
    let field = part.field().to_owned();
    let template = match env.template_from_named_str(part.name(), source) {
        Ok(template) => template,
        Err(error) => {
            return vec![(
                field,
                format!("{}{}", located(source, &error), describe(&error)),
            )];
        }
    };
    let sample = sample(event_type);
    let unknown: BTreeSet<String> = template
        .undeclared_variables(true)
        .into_iter()
        .filter(|name| !BUILT_IN.contains(&name.split('.').next().unwrap_or_default()))
        .filter(|name| !offered(&sample, name))
        .collect();
    if !unknown.is_empty() {
        return vec![(
            field,
            format!(
                "unknown variable{} {} ({} offers event.{{{}}}, events, repository, organization_id, link, acknowledge_link)",
                if unknown.len() == 1 { "" } else { "s" },
                unknown
                    .iter()
                    .map(|name| format!("`{name}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                event_type,
                sample["event"]
                    .as_object()
                    .map(|fields| fields.keys().cloned().collect::<Vec<_>>().join(", "))
                    .unwrap_or_default()
            ),
        )];
    }
    match template.render(&sample) {
        Ok(_) => Vec::new(),
        Err(error) => vec![(
            field,
            format!(
                "{}does not render with the sample {event_type}: {}",
                located(source, &error),
                describe(&error)
            ),
        )],
    }
}

/// Renders `source` (`part` of a template) with `context`.
pub fn render(part: Part, source: &str, context: &Value) -> Result<String, String> {
    let env = environment();
    env.template_from_named_str(part.name(), source)
        .and_then(|template| template.render(context))
        .map_err(|error| format!("{}{}", located(source, &error), describe(&error)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_without_their_empty_fields_still_render() {
        // As the contract's JSON writes a gate change without a commit, a
        // cause or a previous verdict, and a finding not reopened.
        let gate = context(
            "gate.changed",
            "e1",
            "",
            json!({"repository_id": "r1", "branch": "main", "verdict": "FAIL"}),
            "acme/api",
            "o1",
            "",
        );
        let kind = event("gate.changed").expect("shipped");
        let body = render(Part::Body, kind.body, &gate).expect("renders");
        assert!(body.contains("is now *FAIL* (was not evaluated)"), "{body}");
        let found = context(
            "vulnerability.detected",
            "e2",
            "",
            json!({"vulnerabilities": [{"severity": "high", "title": "XSS"}]}),
            "",
            "o1",
            "",
        );
        assert_eq!(found["event"]["vulnerabilities"][0]["reopened"], false);
        let kind = event("vulnerability.detected").expect("shipped");
        let body = render(Part::Body, kind.body, &found).expect("renders");
        assert!(body.contains("[high] XSS"), "{body}");
    }

    #[test]
    fn every_shipped_template_renders_for_its_sample() {
        for kind in EVENTS {
            for (part, source) in [
                (Part::Subject, kind.subject),
                (Part::Body, kind.body),
                (Part::Html, kind.html_body),
            ] {
                assert_eq!(check(kind.name, part, source), Vec::new(), "{}", kind.name);
                let rendered = render(part, source, &sample(kind.name)).expect("renders");
                assert!(!rendered.trim().is_empty(), "{} {part:?}", kind.name);
            }
        }
        let subject = render(
            Part::Subject,
            event("gate.changed").expect("known").subject,
            &sample("gate.changed"),
        )
        .expect("renders");
        assert_eq!(subject, "Quality gate FAIL on acme/payments-api (main)");
    }

    #[test]
    fn a_syntax_error_names_its_line_and_column() {
        let problems = check("gate.changed", Part::Body, "Gate\n  {{ event.verdict }\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, "template.body");
        assert!(
            problems[0].1.starts_with("line 2, column "),
            "{}",
            problems[0].1
        );
        assert!(problems[0].1.contains("syntax error"), "{}", problems[0].1);
    }

    #[test]
    fn unknown_variables_are_named() {
        let problems = check(
            "gate.changed",
            Part::Subject,
            "{{ event.verdit }} {{ event.branch }} {{ reviewer }}",
        );
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].1.contains("`event.verdit`, `reviewer`"),
            "{}",
            problems[0].1
        );
        // Loop variables are the template's own.
        assert!(
            check(
                "vulnerability.detected",
                Part::Body,
                "{% for v in event.vulnerabilities %}{{ v.title }}{{ loop.index }}{% endfor %}"
            )
            .is_empty()
        );
    }

    #[test]
    fn payload_names_become_snake_case() {
        let value = snake_keys(json!({"repositoryId": "r", "stages": [{"durationMs": 5}]}));
        assert_eq!(
            value,
            json!({"repository_id": "r", "stages": [{"duration_ms": 5}]})
        );
    }

    #[test]
    fn html_parts_are_escaped() {
        let mut context = sample("gate.changed");
        context["event"]["cause"] = json!("<script>alert(1)</script>");
        let html = render(Part::Html, "<p>{{ event.cause }}</p>", &context).expect("renders");
        assert_eq!(html, "<p>&lt;script&gt;alert(1)&lt;&#x2f;script&gt;</p>");
        let text = render(Part::Body, "{{ event.cause }}", &context).expect("renders");
        assert_eq!(text, "<script>alert(1)</script>");
    }
}
