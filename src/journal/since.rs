//! `--since`: a duration back from now (`90s`, `30m`, `2h`, `7d`, `2w`, `1h30m`), a
//! day (`2026-11-30`, midnight UTC) or a moment (`2026-11-30T10:00:00Z`, any offset).

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// A `--since` value that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "--since {text:?}: {reason} (give a duration such as 2h, 30m or 7d, a date such as 2026-11-30, or a time such as 2026-11-30T10:00:00Z)"
)]
pub struct SinceError {
    pub text: String,
    pub reason: String,
}

/// The moment `text` names, counting durations back from `now`.
pub fn parse_since(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, SinceError> {
    let t = text.trim();
    let err = |reason: &str| SinceError {
        text: text.to_string(),
        reason: reason.to_string(),
    };
    if t.is_empty() {
        return Err(err("it is empty"));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    if let Ok(day) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return day
            .and_hms_opt(0, 0, 0)
            .map(|m| m.and_utc())
            .ok_or_else(|| err("not a valid date"));
    }
    if t.contains('T') || t.contains(':') {
        return Err(err(
            "a time needs its offset: end it with Z for UTC, or +02:00",
        ));
    }
    let back = duration(t).map_err(|r| err(&r))?;
    now.checked_sub_signed(back)
        .ok_or_else(|| err("it reaches too far back"))
}

/// `1h30m` → 90 minutes.
fn duration(t: &str) -> Result<Duration, String> {
    let mut total = Duration::zero();
    let mut number = String::new();
    for c in t.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let n: i64 = number
            .parse()
            .map_err(|_| format!("a number must come before {c:?}"))?;
        number.clear();
        let part = match c.to_ascii_lowercase() {
            's' => Duration::try_seconds(n),
            'm' => Duration::try_minutes(n),
            'h' => Duration::try_hours(n),
            'd' => Duration::try_days(n),
            'w' => Duration::try_weeks(n),
            _ => return Err(format!("unknown unit {c:?} (use s, m, h, d or w)")),
        }
        .ok_or("the duration is too long")?;
        total = total.checked_add(&part).ok_or("the duration is too long")?;
    }
    if !number.is_empty() {
        return Err("a number needs a unit (s, m, h, d or w)".into());
    }
    Ok(total)
}

#[cfg(test)]
#[path = "since_tests.rs"]
mod tests;
