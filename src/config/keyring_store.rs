//! The OS keyring as a token store (`token_store = "keyring"`): one entry per profile,
//! service [`SERVICE`], user the profile's name. On Linux it is the kernel's keyutils
//! (the user's persistent keyring, kept for a few days unused and cleared on reboot), on
//! macOS the Keychain, on Windows the Credential Manager.
//!
//! Nothing here puts the token in an error: a keyring's own message is kept only when it
//! speaks of the store (a refusal, a locked store), never of what it holds.

use keyring::Entry;

use super::error::ConfigError;
use crate::sanitize::display_safe_short;

/// The keyring service every entry of this program is filed under.
pub const SERVICE: &str = "docspace-people";

/// Whether this build has a real keyring (elsewhere the crate would only keep tokens in
/// memory, which would lose them silently).
const SUPPORTED: bool = cfg!(any(
    target_os = "linux",
    target_os = "macos",
    target_os = "windows"
));

/// The keyring entry of `profile`.
pub(crate) fn entry(profile: &str) -> Result<Entry, ConfigError> {
    if !SUPPORTED {
        return Err(unavailable(
            profile,
            "this system has no keyring this program can use; use token_file or token_command",
        ));
    }
    join_session_keyring();
    Entry::new(SERVICE, profile).map_err(|e| from_keyring(profile, e))
}

/// A process started outside a login session (a container, cron, ssh without
/// pam_keyinit) has no session keyring, and the kernel then lends it the user's, whose
/// keys it may not link into the persistent keyring; a session keyring of its own, which
/// the persistent keyring is linked into, lets entries reach the next process through the
/// persistent keyring. In a login session this finds the one there is.
#[cfg(target_os = "linux")]
fn join_session_keyring() {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    // Failing here changes nothing: the entry's own calls then say what is wrong.
    let _ = KeyRing::from_special_id(KeyRingIdentifier::Session, true);
}

#[cfg(not(target_os = "linux"))]
fn join_session_keyring() {}

/// The token kept for `profile`.
pub(crate) fn read(entry: &Entry, profile: &str) -> Result<String, ConfigError> {
    entry.get_password().map_err(|e| from_keyring(profile, e))
}

/// Keeps `token` for `profile`, replacing an earlier one.
pub(crate) fn write(entry: &Entry, profile: &str, token: &str) -> Result<(), ConfigError> {
    entry.set_password(token).map_err(|e| match e {
        // keyutils says "no entry" for a refused write too.
        keyring::Error::NoEntry => unavailable(profile, "the keyring refused to keep it"),
        e => from_keyring(profile, e),
    })
}

/// A keyring failure in words; the secret a `BadEncoding` carries is dropped here.
fn from_keyring(profile: &str, e: keyring::Error) -> ConfigError {
    match e {
        keyring::Error::NoEntry => ConfigError::KeyringNoEntry {
            profile: profile.to_string(),
        },
        keyring::Error::BadEncoding(_) => unavailable(
            profile,
            "its entry is not text; run `docspace-people login` again to replace it",
        ),
        keyring::Error::NoStorageAccess(err) => unavailable(
            profile,
            &format!(
                "the keyring refused access ({})",
                display_safe_short(&err.to_string(), 120)
            ),
        ),
        keyring::Error::PlatformFailure(err) => unavailable(
            profile,
            &format!(
                "the keyring failed ({})",
                display_safe_short(&err.to_string(), 120)
            ),
        ),
        keyring::Error::TooLong(what, limit) => unavailable(
            profile,
            &format!(
                "its {} is longer than the keyring allows ({limit})",
                display_safe_short(&what, 40)
            ),
        ),
        keyring::Error::Invalid(what, _) => unavailable(
            profile,
            &format!(
                "the keyring does not accept its {}",
                display_safe_short(&what, 40)
            ),
        ),
        keyring::Error::Ambiguous(_) => unavailable(
            profile,
            "the keyring holds more than one entry for it; remove the extra ones",
        ),
        _ => unavailable(profile, "the keyring failed"),
    }
}

fn unavailable(profile: &str, reason: &str) -> ConfigError {
    ConfigError::KeyringUnavailable {
        profile: profile.to_string(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
#[path = "keyring_store_tests.rs"]
mod tests;
