//! Schedules: a `schedule` trigger's cron expression (five fields: minute,
//! hour, day of month, month, day of week; UTC) and when it next fires.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use croner::Cron;

/// The expression read, or what is wrong with it.
pub fn parse(expression: &str) -> Result<Cron, String> {
    let fields = expression.split_whitespace().count();
    if fields != 5 {
        return Err(format!(
            "a cron expression has five fields (minute hour day-of-month month day-of-week), not {fields}"
        ));
    }
    Cron::from_str(expression).map_err(|error| format!("not a cron expression: {error}"))
}

/// The first time after `after_us` (µs since the epoch, UTC) `expression`
/// fires, µs.
pub fn next_after(expression: &str, after_us: i64) -> Result<i64, String> {
    let cron = parse(expression)?;
    let after = DateTime::<Utc>::from_timestamp_micros(after_us)
        .ok_or_else(|| format!("time {after_us} µs is out of range"))?;
    let next = cron
        .find_next_occurrence(&after, false)
        .map_err(|error| format!("`{expression}` never fires: {error}"))?;
    Ok(next.timestamp_micros())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_fire_at_their_next_minute() {
        // 2026-12-03 10:15:30 UTC.
        let at = 1796292930000000;
        let next = next_after("0 3 * * *", at).expect("daily");
        assert_eq!(next, 1796353200000000, "03:00 the next day");
        let every = next_after("*/15 * * * *", at).expect("quarterly");
        assert_eq!(every, 1796293800000000);
        assert!(parse("61 * * * *").is_err());
        assert!(
            parse("* * *")
                .expect_err("three fields")
                .contains("five fields")
        );
    }
}
