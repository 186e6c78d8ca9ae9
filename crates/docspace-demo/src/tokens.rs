//! Tokens the demo accepts and whom they act as.

use std::collections::HashMap;

use rand::{RngCore, SeedableRng, TryRngCore};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

/// A new API-key-shaped token: `sk-` and 32 lowercase hex digits from OS randomness.
pub fn random_token() -> String {
    format!("sk-{}", hex(&random_bytes::<16>()))
}

/// A new session token (what `POST /authentication` returns): 64 hex digits.
pub(crate) fn random_session_token() -> String {
    hex(&random_bytes::<32>())
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    if rand::rngs::OsRng.try_fill_bytes(&mut bytes).is_err() {
        // No OS randomness: mix the clock with the process's hash keys.
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or_default(),
        );
        ChaCha8Rng::seed_from_u64(h.finish()).fill_bytes(&mut bytes);
    }
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How a request presented its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Presented<'a> {
    /// `Authorization: Bearer sk-…`: an API key.
    ApiKey(&'a str),
    /// A session token: `Authorization: Bearer <t>`, `Authorization: <t>` or the
    /// `asc_auth_key` cookie.
    Session(&'a str),
}

/// Finds the credential in an `Authorization` header value and an `asc_auth_key` cookie,
/// the way the server's scheme selector does: `Bearer sk-…` goes to the API-key check;
/// otherwise the cookie wins over the header.
pub(crate) fn presented<'a>(
    authorization: Option<&'a str>,
    cookie: Option<&'a str>,
) -> Option<Presented<'a>> {
    let header = authorization.map(str::trim).filter(|h| !h.is_empty());
    let bearer = header.and_then(|h| {
        let (scheme, rest) = h.split_once(' ')?;
        scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
    });
    if let Some(t) = bearer.filter(|t| t.starts_with("sk-")) {
        return Some(Presented::ApiKey(t));
    }
    if let Some(c) = cookie.map(str::trim).filter(|c| !c.is_empty()) {
        return Some(Presented::Session(c));
    }
    bearer.or(header).map(Presented::Session)
}

/// The `asc_auth_key` value in a `Cookie` header.
pub(crate) fn auth_cookie(cookie_header: &str) -> Option<&str> {
    cookie_header
        .split(';')
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == "asc_auth_key")
        .map(|(_, v)| v.trim())
}

/// Token → user.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tokens {
    map: HashMap<String, Uuid>,
}

impl Tokens {
    pub(crate) fn insert(&mut self, token: String, user: Uuid) {
        self.map.insert(token, user);
    }

    pub(crate) fn remove(&mut self, token: &str) {
        self.map.remove(token);
    }

    /// The user a presented token acts as. API keys start with `sk-`; such a key sent
    /// raw or in the cookie is not a session and is refused.
    pub(crate) fn user_for(&self, p: Presented<'_>) -> Option<Uuid> {
        match p {
            Presented::ApiKey(t) => self.map.get(t).copied(),
            Presented::Session(t) if t.starts_with("sk-") => None,
            Presented::Session(t) => self.map.get(t).copied(),
        }
    }
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
