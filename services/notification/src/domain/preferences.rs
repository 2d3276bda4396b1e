//! A user's notification preferences: event types turned off per channel
//! type (a rule marked mandatory, and escalations, still arrive), and quiet
//! hours.

use chrono::{DateTime, Days, NaiveTime, TimeDelta, TimeZone};
use chrono_tz::Tz;
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
    problems.extend(check_quiet(&preferences.quiet_hours));
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

/// A time of day written `HH:MM`.
fn clock(text: &str) -> Option<NaiveTime> {
    match text.len() {
        5 => NaiveTime::parse_from_str(text, "%H:%M").ok(),
        _ => None,
    }
}

/// The IANA time zone `name` (empty: UTC).
fn zone(name: &str) -> Option<Tz> {
    match name {
        "" => Some(Tz::UTC),
        name => name.parse().ok(),
    }
}

/// Problems of quiet hours, each at its field.
fn check_quiet(quiet: &QuietHours) -> Vec<(String, String)> {
    let field = |name: &str| format!("preferences.quiet_hours.{name}");
    let mut problems = Vec::new();
    if quiet.start.is_empty() && quiet.end.is_empty() {
        return problems;
    }
    for (name, value) in [("start", &quiet.start), ("end", &quiet.end)] {
        match value.is_empty() {
            true => problems.push((
                field(name),
                "required with quiet hours (both start and end, `HH:MM`)".to_owned(),
            )),
            false if clock(value).is_none() => problems.push((
                field(name),
                format!("`{value}` is not a time of day; write `HH:MM`, 00:00 to 23:59"),
            )),
            false => {}
        }
    }
    if !quiet.start.is_empty() && quiet.start == quiet.end {
        problems.push((
            field("end"),
            "must differ from start (the window would be empty)".to_owned(),
        ));
    }
    if zone(&quiet.time_zone).is_none() {
        problems.push((
            field("time_zone"),
            format!(
                "`{}` is not an IANA time zone (such as `Europe/Paris`, `America/New_York`, `UTC`)",
                quiet.time_zone
            ),
        ));
    }
    problems
}

/// When the quiet hours holding messages at `now_us` end, µs (`None`:
/// none are set, or `now_us` is outside them). A window whose end is
/// earlier than its start spans midnight; an end that a change of clocks
/// skips falls an hour later.
pub fn quiet_until(quiet: &QuietHours, now_us: i64) -> Option<i64> {
    let (start, end) = (clock(&quiet.start)?, clock(&quiet.end)?);
    let tz = zone(&quiet.time_zone)?;
    let now = DateTime::from_timestamp_micros(now_us)?.with_timezone(&tz);
    let (time, today) = (now.time(), now.date_naive());
    let ends_on = match start < end {
        true if start <= time && time < end => today,
        true => return None,
        false if time >= start => today.checked_add_days(Days::new(1))?,
        false if time < end => today,
        false => return None,
    };
    let local = ends_on.and_time(end);
    let at = tz.from_local_datetime(&local).earliest().or_else(|| {
        tz.from_local_datetime(&(local + TimeDelta::hours(1)))
            .earliest()
    })?;
    Some(at.timestamp_micros())
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

    fn micros(rfc3339: &str) -> i64 {
        DateTime::parse_from_rfc3339(rfc3339)
            .expect("a time")
            .timestamp_micros()
    }

    fn quiet(start: &str, end: &str, time_zone: &str) -> QuietHours {
        QuietHours {
            start: start.into(),
            end: end.into(),
            time_zone: time_zone.into(),
        }
    }

    #[test]
    fn quiet_hours_hold_until_their_end_in_the_users_time_zone() {
        // 22:00–07:00 in Paris (UTC+1 in December).
        let night = quiet("22:00", "07:00", "Europe/Paris");
        // 23:30 Paris: held until 07:00 Paris the next morning.
        assert_eq!(
            quiet_until(&night, micros("2026-12-04T22:30:00Z")),
            Some(micros("2026-12-05T06:00:00Z"))
        );
        // 03:00 Paris: until 07:00 the same morning.
        assert_eq!(
            quiet_until(&night, micros("2026-12-05T02:00:00Z")),
            Some(micros("2026-12-05T06:00:00Z"))
        );
        // 12:00 Paris: not quiet; 07:00 sharp is the end, not inside.
        assert_eq!(quiet_until(&night, micros("2026-12-05T11:00:00Z")), None);
        assert_eq!(quiet_until(&night, micros("2026-12-05T06:00:00Z")), None);
        // A window within one day, in UTC by default.
        let lunch = quiet("12:00", "13:30", "");
        assert_eq!(
            quiet_until(&lunch, micros("2026-12-05T12:10:00Z")),
            Some(micros("2026-12-05T13:30:00Z"))
        );
        assert_eq!(quiet_until(&lunch, micros("2026-12-05T13:30:00Z")), None);
        // None set: never quiet.
        assert_eq!(
            quiet_until(&QuietHours::default(), micros("2026-12-05T02:00:00Z")),
            None
        );
    }

    #[test]
    fn an_end_the_clocks_skip_falls_an_hour_later() {
        // New York springs forward at 02:00 on 8 March 2026: 02:30 never
        // happens; the window ends at 03:30 EDT (07:30 UTC).
        let early = quiet("01:00", "02:30", "America/New_York");
        assert_eq!(
            quiet_until(&early, micros("2026-03-08T06:15:00Z")),
            Some(micros("2026-03-08T07:30:00Z"))
        );
    }

    #[test]
    fn quiet_hours_are_checked_at_their_fields() {
        let fields = |quiet: QuietHours| -> Vec<String> {
            let preferences = Preferences {
                quiet_hours: quiet,
                ..Preferences::default()
            };
            check(&preferences)
                .err()
                .map(|error| error.violations().iter().map(|v| v.field.clone()).collect())
                .unwrap_or_default()
        };
        assert!(fields(quiet("22:00", "07:00", "Europe/Paris")).is_empty());
        assert!(fields(QuietHours::default()).is_empty());
        assert_eq!(
            fields(quiet("25:00", "7:00", "Mars/Olympus")),
            [
                "preferences.quiet_hours.start",
                "preferences.quiet_hours.end",
                "preferences.quiet_hours.time_zone"
            ]
        );
        assert_eq!(
            fields(quiet("22:00", "", "")),
            ["preferences.quiet_hours.end"]
        );
        assert_eq!(
            fields(quiet("08:00", "08:00", "UTC")),
            ["preferences.quiet_hours.end"]
        );
    }

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
