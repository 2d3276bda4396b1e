//! Remediation deadlines: days per severity (the organisation's SLA policy),
//! the due time of a vulnerability, and whether it is breached.

use crate::domain::finding::Severity;

/// A day, µs.
pub const DAY_US: i64 = 86_400 * 1_000_000;

/// Days to remediate per severity; `0` means no deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SlaPolicy {
    /// Critical.
    pub critical_days: u32,
    /// High.
    pub high_days: u32,
    /// Medium.
    pub medium_days: u32,
    /// Low.
    pub low_days: u32,
}

impl Default for SlaPolicy {
    /// Deadlines common in vulnerability-management programmes (and PCI-DSS's
    /// one month for critical patches, tightened): 7, 30, 90 and 180 days.
    fn default() -> Self {
        Self {
            critical_days: 7,
            high_days: 30,
            medium_days: 90,
            low_days: 180,
        }
    }
}

impl SlaPolicy {
    /// Days for `severity`, if it has a deadline (informational findings never do).
    pub fn days(&self, severity: Severity) -> Option<u32> {
        let days = match severity {
            Severity::Critical => self.critical_days,
            Severity::High => self.high_days,
            Severity::Medium => self.medium_days,
            Severity::Low => self.low_days,
            Severity::Info => 0,
        };
        (days > 0).then_some(days)
    }

    /// When a vulnerability of `severity` first detected at `first_detected_us` is due.
    pub fn due_us(&self, severity: Severity, first_detected_us: i64) -> Option<i64> {
        self.days(severity)
            .map(|days| first_detected_us.saturating_add(i64::from(days) * DAY_US))
    }

    /// Whether it is past due at `now_us` (only open vulnerabilities can be).
    pub fn breached(&self, severity: Severity, first_detected_us: i64, now_us: i64) -> bool {
        self.due_us(severity, first_detected_us)
            .is_some_and(|due| due <= now_us)
    }
}

/// Days between two instants in microseconds, never negative.
pub fn age_days(first_detected_us: i64, now_us: i64) -> f64 {
    (now_us.saturating_sub(first_detected_us)).max(0) as f64 / DAY_US as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_follow_the_severity_and_zero_means_none() {
        let policy = SlaPolicy {
            low_days: 0,
            ..SlaPolicy::default()
        };
        assert_eq!(policy.due_us(Severity::Critical, 0), Some(7 * DAY_US));
        assert_eq!(policy.due_us(Severity::Low, 0), None);
        assert_eq!(policy.due_us(Severity::Info, 0), None);
        assert!(!policy.breached(Severity::High, 0, 30 * DAY_US - 1));
        assert!(policy.breached(Severity::High, 0, 30 * DAY_US));
        assert_eq!(age_days(DAY_US, 0), 0.0);
        assert_eq!(age_days(0, 3 * DAY_US / 2), 1.5);
    }
}
