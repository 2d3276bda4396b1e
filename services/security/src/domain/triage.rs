//! Rules of triage decisions, checked before anything is written.

use crate::domain::lifecycle::Status;

/// Longest an accepted risk may run before it must be decided again.
pub const MAX_ACCEPTED_DAYS: i64 = 366;

/// Why a status change is refused: the field and the problem.
pub type Refusal = (&'static str, String);

/// Checks a status change. `accepted_until_us` is the expiry of an accepted risk.
pub fn check(
    status: Status,
    justification: &str,
    accepted_until_us: Option<i64>,
    now_us: i64,
) -> Result<(), Refusal> {
    let justification = justification.trim();
    if justification.len() > 4000 {
        return Err((
            "justification",
            "must be at most 4000 characters".to_owned(),
        ));
    }
    let needs_justification = matches!(status, Status::FalsePositive | Status::AcceptedRisk);
    if needs_justification && justification.is_empty() {
        return Err((
            "justification",
            "is required for false positives and accepted risks".to_owned(),
        ));
    }
    match (status, accepted_until_us) {
        (Status::AcceptedRisk, None) => Err((
            "accepted_until",
            "is required for an accepted risk".to_owned(),
        )),
        (Status::AcceptedRisk, Some(until)) if until <= now_us => {
            Err(("accepted_until", "must be in the future".to_owned()))
        }
        (Status::AcceptedRisk, Some(until))
            if until > now_us + MAX_ACCEPTED_DAYS * 86_400_000_000 =>
        {
            Err((
                "accepted_until",
                format!("must be at most {MAX_ACCEPTED_DAYS} days ahead"),
            ))
        }
        (Status::AcceptedRisk, Some(_)) | (_, None) => Ok(()),
        (_, Some(_)) => Err((
            "accepted_until",
            "applies to accepted risks only".to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_000_000_000_000;
    const DAY: i64 = 86_400_000_000;

    #[test]
    fn false_positives_and_accepted_risks_need_a_reason() {
        assert_eq!(
            check(Status::FalsePositive, " ", None, NOW)
                .expect_err("no reason")
                .0,
            "justification"
        );
        assert!(
            check(
                Status::FalsePositive,
                "test fixture, not shipped",
                None,
                NOW
            )
            .is_ok()
        );
        assert!(check(Status::InProgress, "", None, NOW).is_ok());
    }

    #[test]
    fn accepted_risks_expire_within_a_year() {
        let reason = "compensating control: WAF rule 42";
        assert_eq!(
            check(Status::AcceptedRisk, reason, None, NOW)
                .expect_err("no expiry")
                .0,
            "accepted_until"
        );
        assert!(check(Status::AcceptedRisk, reason, Some(NOW - 1), NOW).is_err());
        assert!(check(Status::AcceptedRisk, reason, Some(NOW + 400 * DAY), NOW).is_err());
        assert!(check(Status::AcceptedRisk, reason, Some(NOW + 30 * DAY), NOW).is_ok());
        assert!(
            check(Status::Open, "", Some(NOW + DAY), NOW).is_err(),
            "expiry only for accepted risks"
        );
    }
}
