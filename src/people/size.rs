//! Storage sizes in words (`1.5 GB`) and as given on a command line or in a form
//! (`10GB`, `500 MB`, `none`): the one way sizes are said, by the commands (quota,
//! offboarding) and the TUI (the list, the detail pane, a delete's confirmation).

/// One kilobyte, as the portal counts storage (binary multiples).
const KB: u64 = 1024;

/// A size given by a person could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a size: give a number and a unit (500MB, 10GB, 1.5TB) or `none`")]
pub(crate) struct SizeError(pub(crate) String);

/// Bytes in words: `0 B`, `512 B`, `1.5 MB`, `10.0 GB`.
pub(crate) fn words(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut unit = 0;
    let mut whole = bytes;
    while whole >= KB && unit + 1 < UNITS.len() {
        whole /= KB;
        unit += 1;
    }
    if unit == 0 {
        return format!("{bytes} B");
    }
    let scale = KB.pow(u32::try_from(unit).unwrap_or(0));
    // Tenths, rounded down so that a size never reads bigger than it is.
    let tenths = bytes.saturating_mul(10) / scale;
    format!("{}.{} {}", tenths / 10, tenths % 10, UNITS[unit])
}

/// A size as the portal sends it (`usedSpace`, a JSON number) in whole bytes; a missing,
/// negative or not finite size counts as nothing.
pub(crate) fn from_portal(n: Option<f64>) -> u64 {
    match n {
        // A size beyond u64 is no real profile: `as` saturates.
        Some(v) if v.is_finite() && v > 0.0 => v.round() as u64,
        _ => 0,
    }
}

/// A size in bytes from `10GB`, `500 MB`, `1.5TB`, `2048` (bytes), `1 KB`; `None` for
/// `none` or `unlimited` (no quota of one's own limit). Units are binary, as the portal
/// shows them.
pub(crate) fn parse(text: &str) -> Result<Option<u64>, SizeError> {
    let t = text.trim();
    let bad = || SizeError(t.chars().take(40).collect());
    if t.eq_ignore_ascii_case("none") || t.eq_ignore_ascii_case("unlimited") {
        return Ok(None);
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let multiplier: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" => KB,
        "M" | "MB" => KB.pow(2),
        "G" | "GB" => KB.pow(3),
        "T" | "TB" => KB.pow(4),
        _ => return Err(bad()),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(bad());
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let mut bytes = whole.checked_mul(multiplier).ok_or_else(bad)?;
    if !fraction.is_empty() {
        let digits: String = fraction.chars().take(6).collect();
        let n: u64 = digits.parse().map_err(|_| bad())?;
        let denominator = 10u64.pow(u32::try_from(digits.len()).unwrap_or(0));
        bytes = bytes
            .checked_add(n.saturating_mul(multiplier) / denominator)
            .ok_or_else(bad)?;
    }
    Ok(Some(bytes))
}

#[cfg(test)]
#[path = "size_tests.rs"]
mod tests;
