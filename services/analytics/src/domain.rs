//! The analytics service's own rules, free of I/O.

use std::collections::BTreeSet;

/// The most recent events a stream may start with.
pub const MOST_BACKLOG: u32 = 100;

/// What a live event stream was asked for, checked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StreamSpec {
    /// Event types wanted (empty: every type the caller may read).
    pub event_types: Vec<String>,
    /// Resume after this event (an id of the caller's organisation).
    pub after_event_id: Option<String>,
    /// Recent events to send first.
    pub backlog: u32,
    /// Send envelopes without their payloads.
    pub omit_data: bool,
}

/// A field of a stream request that is wrong, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The request field (`event_types[2]`).
    pub field: String,
    /// What is wrong with it.
    pub problem: String,
}

impl StreamSpec {
    /// Checks a request against the event types there are (`known`).
    pub fn parse(
        event_types: Vec<String>,
        after_event_id: String,
        backlog: u32,
        omit_data: bool,
        known: &[&str],
    ) -> Result<Self, Invalid> {
        let mut unique = BTreeSet::new();
        for (index, event_type) in event_types.iter().enumerate() {
            if !known.contains(&event_type.as_str()) {
                return Err(Invalid {
                    field: format!("event_types[{index}]"),
                    problem: format!(
                        "unknown event type {event_type:?}; the types are: {}",
                        known.join(", ")
                    ),
                });
            }
            unique.insert(event_type.clone());
        }
        if backlog > MOST_BACKLOG {
            return Err(Invalid {
                field: "backlog".to_owned(),
                problem: format!("at most {MOST_BACKLOG} recent events, not {backlog}"),
            });
        }
        let after_event_id = Some(after_event_id.trim().to_owned()).filter(|id| !id.is_empty());
        if after_event_id.is_some() && backlog > 0 {
            return Err(Invalid {
                field: "backlog".to_owned(),
                problem: "a stream resuming after an event (after_event_id) has no backlog"
                    .to_owned(),
            });
        }
        Ok(Self {
            event_types: unique.into_iter().collect(),
            after_event_id,
            backlog,
            omit_data,
        })
    }

    /// Whether an event of `event_type` is one the stream wants.
    pub fn wants(&self, event_type: &str) -> bool {
        self.event_types.is_empty() || self.event_types.iter().any(|wanted| wanted == event_type)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["scan.completed", "gate.changed"];

    #[test]
    fn a_request_is_checked_at_its_fields() {
        let spec = StreamSpec::parse(
            vec![
                "gate.changed".into(),
                "scan.completed".into(),
                "gate.changed".into(),
            ],
            " ".into(),
            5,
            true,
            KNOWN,
        )
        .expect("valid");
        assert_eq!(spec.event_types, ["gate.changed", "scan.completed"]);
        assert_eq!(spec.after_event_id, None);
        assert!(spec.wants("gate.changed") && !spec.wants("audit.recorded"));

        let unknown = StreamSpec::parse(
            vec!["scan.completed".into(), "scan.done".into()],
            String::new(),
            0,
            false,
            KNOWN,
        )
        .expect_err("unknown type");
        assert_eq!(unknown.field, "event_types[1]");
        assert!(unknown.problem.contains("\"scan.done\""), "{unknown:?}");

        let too_many = StreamSpec::parse(vec![], String::new(), 101, false, KNOWN)
            .expect_err("backlog too long");
        assert_eq!(too_many.field, "backlog");

        let both = StreamSpec::parse(vec![], "e-1".into(), 3, false, KNOWN)
            .expect_err("backlog with a cursor");
        assert_eq!(both.field, "backlog");

        let every = StreamSpec::parse(vec![], "e-1".into(), 0, false, KNOWN).expect("resume");
        assert!(every.wants("audit.recorded"));
        assert_eq!(every.after_event_id.as_deref(), Some("e-1"));
    }
}
