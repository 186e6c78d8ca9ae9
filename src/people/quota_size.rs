//! A storage quota as typed: `10GB`, `500 MB`, `1.5TB`, a number of bytes, `none` (no
//! limit) or `default` (back to the portal's default).

use crate::api::client::QuotaLimit;

/// What a typed quota asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuotaChange {
    Set(QuotaLimit),
    /// Back to the portal's default quota.
    Reset,
}

const UNITS: [(&str, u64); 5] = [
    ("TB", 1 << 40),
    ("GB", 1 << 30),
    ("MB", 1 << 20),
    ("KB", 1 << 10),
    ("B", 1),
];

/// Reads a typed quota; says what is expected when it is none of these.
pub(crate) fn parse_quota(text: &str) -> Result<QuotaChange, String> {
    let t = text.trim();
    match t.to_ascii_lowercase().as_str() {
        "none" | "unlimited" | "no limit" => return Ok(QuotaChange::Set(QuotaLimit::Unlimited)),
        "default" | "reset" => return Ok(QuotaChange::Reset),
        _ => {}
    }
    let upper = t.to_ascii_uppercase();
    let (number, unit) = UNITS
        .iter()
        .find_map(|(name, size)| upper.strip_suffix(name).map(|n| (n.trim(), *size)))
        .unwrap_or((upper.as_str(), 1));
    let bytes = number
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map(|n| (n * unit as f64).round())
        .filter(|b| *b < 9.0e18)
        .ok_or_else(|| format!("{t:?} is not a size: type 10GB, 500MB, none or default"))?;
    Ok(QuotaChange::Set(QuotaLimit::Bytes(bytes as u64)))
}

#[cfg(test)]
#[path = "quota_size_tests.rs"]
mod tests;
