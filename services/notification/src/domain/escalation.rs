//! Escalation rules: which notifications escalate (their event type and
//! lowest priority), and the levels that are told, each after its delay,
//! while nobody has acknowledged the notification. Every level's delay is
//! counted from the notification's first delivery, so delays grow from one
//! level to the next.

use secureflow_platform::Result;

use super::invalid;
use super::rules::{PRIORITIES, ROUTED};

/// Most levels in a rule.
pub const MAX_LEVELS: usize = 10;

/// Longest delay of a level: a week.
pub const MAX_AFTER_MS: i64 = 7 * 24 * 3_600_000;

/// One level: who is told, and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Level {
    /// Time after the first delivery without an acknowledgement, ms.
    pub after_ms: i64,
    /// Channels told.
    pub channel_ids: Vec<String>,
    /// Users told.
    #[serde(default)]
    pub user_ids: Vec<String>,
    /// Teams whose members are told.
    #[serde(default)]
    pub team_ids: Vec<String>,
}

/// An escalation rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EscalationRule {
    /// Name, unique in the organisation.
    pub name: String,
    /// Event type it applies to (empty: every type, ad-hoc notifications too).
    pub event_type: String,
    /// Lowest priority it applies to (`low`, `normal`, `high`, `urgent`).
    pub min_priority: String,
    /// Levels, in order.
    pub levels: Vec<Level>,
    /// Escalates.
    pub enabled: bool,
}

fn rank(priority: &str) -> Option<usize> {
    PRIORITIES.iter().position(|known| *known == priority)
}

/// Checks a rule as saved; every problem at its field.
pub fn check(rule: &EscalationRule) -> Result<()> {
    let mut problems = Vec::new();
    let field = |name: &str| format!("escalation_rule.{name}");
    if rule.name.trim().is_empty() {
        problems.push((field("name"), "is required".to_owned()));
    }
    if !rule.event_type.is_empty() && !ROUTED.contains(&rule.event_type.as_str()) {
        problems.push((
            field("event_type"),
            format!(
                "`{}` is not routed; use one of {} (empty: every type)",
                rule.event_type,
                ROUTED.join(", ")
            ),
        ));
    }
    if rank(&rule.min_priority).is_none() {
        problems.push((
            field("min_priority"),
            format!("must be one of {}", PRIORITIES.join(", ")),
        ));
    }
    if rule.levels.is_empty() || rule.levels.len() > MAX_LEVELS {
        problems.push((
            field("levels"),
            format!("give between 1 and {MAX_LEVELS} levels"),
        ));
    }
    let mut previous = 0;
    for (index, level) in rule.levels.iter().enumerate() {
        let at = |name: &str| field(&format!("levels[{index}].{name}"));
        if level.after_ms <= 0 || level.after_ms > MAX_AFTER_MS {
            problems.push((
                at("after"),
                format!(
                    "must be more than 0 s and at most {} s",
                    MAX_AFTER_MS / 1000
                ),
            ));
        } else if level.after_ms <= previous {
            problems.push((
                at("after"),
                "must be longer than the level before's: every delay counts from the first \
                 delivery"
                    .to_owned(),
            ));
        }
        previous = previous.max(level.after_ms);
        if level.channel_ids.is_empty() && level.user_ids.is_empty() && level.team_ids.is_empty() {
            problems.push((
                at("channel_ids"),
                "a level needs somewhere to send: channels, users or teams".to_owned(),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

/// Whether `rule` escalates a notification of `event_type` at `priority`.
pub fn applies(rule: &EscalationRule, event_type: &str, priority: &str) -> bool {
    rule.enabled
        && (rule.event_type.is_empty() || rule.event_type == event_type)
        && match (rank(priority), rank(&rule.min_priority)) {
            (Some(given), Some(least)) => given >= least,
            _ => false,
        }
}

/// When level `level` (1-based: level 1 is `levels[0]`) is due for a
/// notification first delivered at `first_delivered_at_us`; `None` past the
/// last level.
pub fn due_at(rule: &EscalationRule, level: usize, first_delivered_at_us: i64) -> Option<i64> {
    let after = rule.levels.get(level.checked_sub(1)?)?.after_ms;
    Some(first_delivered_at_us.saturating_add(after.saturating_mul(1000)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> EscalationRule {
        EscalationRule {
            name: "on-call".into(),
            event_type: "gate.changed".into(),
            min_priority: "high".into(),
            levels: vec![
                Level {
                    after_ms: 60_000,
                    channel_ids: vec!["lead".into()],
                    ..Level::default()
                },
                Level {
                    after_ms: 600_000,
                    channel_ids: vec!["head".into()],
                    ..Level::default()
                },
            ],
            enabled: true,
        }
    }

    #[test]
    fn applies_from_its_priority_up_to_its_event_type() {
        let rule = rule();
        assert!(applies(&rule, "gate.changed", "high"));
        assert!(applies(&rule, "gate.changed", "urgent"));
        assert!(!applies(&rule, "gate.changed", "normal"));
        assert!(!applies(&rule, "sla.breached", "urgent"));
        let any = EscalationRule {
            event_type: String::new(),
            ..rule.clone()
        };
        assert!(applies(&any, "", "urgent"));
        let off = EscalationRule {
            enabled: false,
            ..rule
        };
        assert!(!applies(&off, "gate.changed", "urgent"));
    }

    #[test]
    fn levels_fall_due_counted_from_the_first_delivery() {
        let rule = rule();
        assert_eq!(due_at(&rule, 1, 1_000_000), Some(61_000_000));
        assert_eq!(due_at(&rule, 2, 1_000_000), Some(601_000_000));
        assert_eq!(due_at(&rule, 3, 1_000_000), None);
        assert_eq!(due_at(&rule, 0, 1_000_000), None);
    }

    #[test]
    fn a_bad_rule_names_each_problem_at_its_field() {
        let mut bad = rule();
        bad.name = " ".into();
        bad.event_type = "gate.opened".into();
        bad.min_priority = "asap".into();
        bad.levels[1].after_ms = 30_000;
        bad.levels[0].channel_ids.clear();
        let error = check(&bad).expect_err("refused");
        let fields: Vec<_> = error.violations().iter().map(|v| v.field.clone()).collect();
        assert_eq!(
            fields,
            [
                "escalation_rule.name",
                "escalation_rule.event_type",
                "escalation_rule.min_priority",
                "escalation_rule.levels[0].channel_ids",
                "escalation_rule.levels[1].after",
            ]
        );
        let empty = EscalationRule {
            levels: Vec::new(),
            ..rule()
        };
        assert!(check(&empty).is_err());
        assert!(check(&rule()).is_ok());
    }
}
