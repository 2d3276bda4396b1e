//! A user's notification preferences: event types turned off per channel
//! type (a rule marked mandatory, and escalations, still arrive), and quiet
//! hours.

use secureflow_platform::Result;

use super::channels::Kind;
use super::invalid;
use super::rules::ROUTED;
use super::templates::MESSAGE;

/// Most mutes one user keeps.
pub const MUTES_MAX: usize = 100;

/// One event type turned off on one channel type (`None`: every type).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Mute {
    /// Event type.
    pub event_type: String,
    /// Channel type, by name (`email`, `in_app`…; `None`: every type).
    pub channel_type: Option<String>,
}

/// A daily window without non-urgent messages (`start` empty: none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuietHours {
    /// Start, `HH:MM`.
    pub start: String,
    /// End, `HH:MM`.
    pub end: String,
    /// IANA time zone.
    pub time_zone: String,
}

/// One user's preferences.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preferences {
    /// What is turned off.
    pub mutes: Vec<Mute>,
    /// Quiet hours.
    pub quiet_hours: QuietHours,
}

/// Checks preferences as saved; every problem at its field.
pub fn check(preferences: &Preferences) -> Result<()> {
    let mut problems = Vec::new();
    if preferences.mutes.len() > MUTES_MAX {
        problems.push((
            "preferences.mutes".to_owned(),
            format!("at most {MUTES_MAX} mutes"),
        ));
    }
    for (index, mute) in preferences.mutes.iter().enumerate() {
        if !ROUTED.contains(&mute.event_type.as_str()) && mute.event_type != MESSAGE {
            problems.push((
                format!("preferences.mutes[{index}].event_type"),
                format!(
                    "`{}` is not an event type notifications are about; use one of {}, {MESSAGE}",
                    mute.event_type,
                    ROUTED.join(", ")
                ),
            ));
        }
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

/// Whether `preferences` turn `event_type` off on channels of `kind`.
pub fn muted(preferences: &Preferences, event_type: &str, kind: Kind) -> bool {
    preferences.mutes.iter().any(|mute| {
        mute.event_type == event_type
            && mute
                .channel_type
                .as_deref()
                .is_none_or(|channel_type| channel_type == kind.name())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mute_turns_one_event_type_off_on_one_channel_type_or_all() {
        let preferences = Preferences {
            mutes: vec![
                Mute {
                    event_type: "scan.completed".into(),
                    channel_type: None,
                },
                Mute {
                    event_type: "gate.changed".into(),
                    channel_type: Some("email".into()),
                },
            ],
            ..Preferences::default()
        };
        assert!(muted(&preferences, "scan.completed", Kind::InApp));
        assert!(muted(&preferences, "scan.completed", Kind::Email));
        assert!(muted(&preferences, "gate.changed", Kind::Email));
        assert!(!muted(&preferences, "gate.changed", Kind::InApp));
        assert!(!muted(&preferences, "sla.breached", Kind::Email));
        assert!(check(&preferences).is_ok());
        let bad = Preferences {
            mutes: vec![Mute {
                event_type: "gate.opened".into(),
                channel_type: None,
            }],
            ..Preferences::default()
        };
        let error = check(&bad).expect_err("refused");
        assert_eq!(
            error.violations()[0].field,
            "preferences.mutes[0].event_type"
        );
    }
}
