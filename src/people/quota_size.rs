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

/// Reads a typed quota; says what is expected when it is none of these. Sizes are read
/// as the commands read them ([`super::size::parse`]).
pub(crate) fn parse_quota(text: &str) -> Result<QuotaChange, String> {
    let t = text.trim();
    if matches!(t.to_ascii_lowercase().as_str(), "default" | "reset") {
        return Ok(QuotaChange::Reset);
    }
    if t.eq_ignore_ascii_case("no limit") {
        return Ok(QuotaChange::Set(QuotaLimit::Unlimited));
    }
    match super::size::parse(t) {
        Ok(None) => Ok(QuotaChange::Set(QuotaLimit::Unlimited)),
        Ok(Some(bytes)) => Ok(QuotaChange::Set(QuotaLimit::Bytes(bytes))),
        Err(e) => Err(format!("{e}, or `default`")),
    }
}

#[cfg(test)]
#[path = "quota_size_tests.rs"]
mod tests;
