//! Subscription rules: which events, in which scope, go to which channels;
//! checked when saved, matched against each event.

use secureflow_platform::Result;

use super::invalid;
use super::templates;

/// Severities from the lowest.
pub const SEVERITIES: [&str; 5] = ["info", "low", "medium", "high", "critical"];

/// Priorities from the lowest.
pub const PRIORITIES: [&str; 4] = ["low", "normal", "high", "urgent"];

/// Longest grouping window.
pub const GROUP_WINDOW_MAX_MS: i64 = 3_600_000;

/// Event types a rule can route.
pub const ROUTED: [&str; 7] = [
    "gate.changed",
    "sla.breached",
    "pipeline.failed",
    "pipeline.completed",
    "vulnerability.detected",
    "deployment.completed",
    "scan.completed",
];

/// A rule's conditions and recipients.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rule {
    /// Name, unique in the organisation.
    pub name: String,
    /// Event types it matches.
    pub event_types: Vec<String>,
    /// Lowest severity that matches (empty: any).
    pub min_severity: String,
    /// Verdicts of `gate.changed` that match (empty: `FAIL`).
    pub verdicts: Vec<String>,
    /// Only these repositories (empty: all).
    pub repository_ids: Vec<String>,
    /// Branch glob (empty: any).
    pub branch: String,
    /// Channels.
    pub channel_ids: Vec<String>,
    /// Users.
    pub user_ids: Vec<String>,
    /// Teams.
    pub team_ids: Vec<String>,
    /// Also the vulnerability's assignee.
    pub notify_assignee: bool,
    /// Priority (`low`, `normal`, `high`, `urgent`).
    pub priority: String,
    /// Grouping window, ms.
    pub group_window_ms: i64,
    /// Cannot be muted.
    pub mandatory: bool,
    /// Routes.
    pub enabled: bool,
}

/// What an event says that rules look at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Event type as rules name it.
    pub event_type: String,
    /// Repository, or empty.
    pub repository_id: String,
    /// Branch, or empty.
    pub branch: String,
    /// The highest severity it concerns, or empty.
    pub severity: String,
    /// A gate's new verdict, or empty.
    pub verdict: String,
    /// The vulnerabilities it is about (their assignees hear of it when a
    /// rule says so).
    pub vulnerability_ids: Vec<String>,
}

/// Event types that name vulnerabilities (and so have assignees).
pub const NAME_VULNERABILITIES: [&str; 2] = ["sla.breached", "vulnerability.detected"];

fn rank(severity: &str) -> Option<usize> {
    SEVERITIES.iter().position(|known| *known == severity)
}

/// Checks a rule as saved; every problem at its field.
pub fn check(rule: &Rule) -> Result<()> {
    let mut problems = Vec::new();
    let field = |name: &str| format!("subscription_rule.{name}");
    if rule.name.trim().is_empty() {
        problems.push((field("name"), "is required".to_owned()));
    }
    if rule.event_types.is_empty() {
        problems.push((
            field("event_types"),
            format!("name at least one of {}", ROUTED.join(", ")),
        ));
    }
    for (index, event_type) in rule.event_types.iter().enumerate() {
        if !ROUTED.contains(&event_type.as_str()) || templates::event(event_type).is_none() {
            problems.push((
                format!("{}[{index}]", field("event_types")),
                format!(
                    "`{event_type}` is not routed (known: {})",
                    ROUTED.join(", ")
                ),
            ));
        }
    }
    if !rule.min_severity.is_empty() && rank(&rule.min_severity).is_none() {
        problems.push((
            field("min_severity"),
            format!("must be one of {}", SEVERITIES.join(", ")),
        ));
    }
    for (index, verdict) in rule.verdicts.iter().enumerate() {
        if !matches!(verdict.as_str(), "PASS" | "WARN" | "FAIL") {
            problems.push((
                format!("{}[{index}]", field("verdicts")),
                "must be PASS, WARN or FAIL".to_owned(),
            ));
        }
    }
    if !rule.branch.is_empty()
        && let Err(error) = glob::Pattern::new(&rule.branch)
    {
        problems.push((field("branch"), format!("is not a glob: {error}")));
    }
    if rule.notify_assignee
        && !rule
            .event_types
            .iter()
            .any(|event_type| NAME_VULNERABILITIES.contains(&event_type.as_str()))
    {
        problems.push((
            field("notify_assignee"),
            format!(
                "only {} name vulnerabilities (with assignees)",
                NAME_VULNERABILITIES.join(" and ")
            ),
        ));
    }
    if rule.channel_ids.is_empty()
        && rule.user_ids.is_empty()
        && rule.team_ids.is_empty()
        && !rule.notify_assignee
    {
        problems.push((
            field("channel_ids"),
            "a rule needs somewhere to send: channels, users or teams".to_owned(),
        ));
    }
    if !PRIORITIES.contains(&rule.priority.as_str()) {
        problems.push((
            field("priority"),
            format!("must be one of {}", PRIORITIES.join(", ")),
        ));
    }
    if !(0..=GROUP_WINDOW_MAX_MS).contains(&rule.group_window_ms) {
        problems.push((
            field("group_window"),
            format!("must be between 0 and {} s", GROUP_WINDOW_MAX_MS / 1000),
        ));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

/// Whether `rule` routes an event with `facts`.
pub fn matches(rule: &Rule, facts: &Facts) -> bool {
    if !rule.enabled || !rule.event_types.contains(&facts.event_type) {
        return false;
    }
    if !rule.repository_ids.is_empty() && !rule.repository_ids.contains(&facts.repository_id) {
        return false;
    }
    if !rule.branch.is_empty()
        && !glob::Pattern::new(&rule.branch).is_ok_and(|pattern| pattern.matches(&facts.branch))
    {
        return false;
    }
    if facts.event_type == "gate.changed" {
        let wanted = match rule.verdicts.is_empty() {
            true => vec!["FAIL".to_owned()],
            false => rule.verdicts.clone(),
        };
        if !wanted.contains(&facts.verdict) {
            return false;
        }
    }
    if !rule.min_severity.is_empty() && !facts.severity.is_empty() {
        return match (rank(&facts.severity), rank(&rule.min_severity)) {
            (Some(found), Some(least)) => found >= least,
            _ => false,
        };
    }
    // A severity asked for, an event without one (a scan without new
    // findings at that level): no match.
    rule.min_severity.is_empty() || !facts.severity.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> Rule {
        Rule {
            name: "gates".into(),
            event_types: vec!["gate.changed".into()],
            channel_ids: vec!["c1".into()],
            priority: "high".into(),
            enabled: true,
            ..Rule::default()
        }
    }

    fn gate(verdict: &str, branch: &str) -> Facts {
        Facts {
            event_type: "gate.changed".into(),
            repository_id: "r1".into(),
            branch: branch.into(),
            verdict: verdict.into(),
            ..Facts::default()
        }
    }

    #[test]
    fn gates_match_on_fail_by_default_and_branches_by_glob() {
        let mut rule = rule();
        assert!(matches(&rule, &gate("FAIL", "main")));
        assert!(!matches(&rule, &gate("PASS", "main")));
        rule.branch = "release/*".into();
        assert!(!matches(&rule, &gate("FAIL", "main")));
        assert!(matches(&rule, &gate("FAIL", "release/2.1")));
        rule.repository_ids = vec!["r2".into()];
        assert!(!matches(&rule, &gate("FAIL", "release/2.1")));
        rule.repository_ids.clear();
        rule.enabled = false;
        assert!(!matches(&rule, &gate("FAIL", "release/2.1")));
    }

    #[test]
    fn severities_match_at_or_above_the_least() {
        let rule = Rule {
            event_types: vec!["vulnerability.detected".into()],
            min_severity: "high".into(),
            ..rule()
        };
        let found = |severity: &str| Facts {
            event_type: "vulnerability.detected".into(),
            severity: severity.into(),
            ..Facts::default()
        };
        assert!(matches(&rule, &found("critical")));
        assert!(matches(&rule, &found("high")));
        assert!(!matches(&rule, &found("medium")));
        assert!(!matches(&rule, &found("")));
    }

    #[test]
    fn bad_rules_are_refused_at_their_fields() {
        let error = check(&Rule {
            name: String::new(),
            event_types: vec!["gate.changed".into(), "gate.exploded".into()],
            min_severity: "severe".into(),
            verdicts: vec!["RED".into()],
            branch: "[".into(),
            priority: "now".into(),
            group_window_ms: -1,
            ..Rule::default()
        })
        .expect_err("refused");
        let fields: Vec<&str> = error
            .violations()
            .iter()
            .map(|v| v.field.as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "subscription_rule.name",
                "subscription_rule.event_types[1]",
                "subscription_rule.min_severity",
                "subscription_rule.verdicts[0]",
                "subscription_rule.branch",
                "subscription_rule.channel_ids",
                "subscription_rule.priority",
                "subscription_rule.group_window",
            ]
        );
        check(&rule()).expect("valid");
    }
}
