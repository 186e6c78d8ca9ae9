//! Fault injection for tests and demos: latency, server errors, rate limiting, dropped
//! connections, connections closed without an answer and malformed bodies, for the next N matching requests or a share of them.
//!
//! ```
//! use std::time::Duration;
//! use docspace_demo::{Fault, FaultRule};
//! // The next two PUTs under /api/2.0/people/status fail with 500, before any change:
//! let r = FaultRule::new(Fault::Status(500)).method("PUT").path("/api/2.0/people/status").times(2);
//! // One list request in five is slow:
//! let slow = FaultRule::new(Fault::Latency(Duration::from_millis(800))).path("/api/2.0/people/filter").share(0.2);
//! # let _ = (r, slow);
//! ```

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// What happens to a matching request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Wait this long, then answer normally.
    Latency(Duration),
    /// Answer with this status and a JSON error envelope (`500`, `503`, ...).
    Status(u16),
    /// Answer with this status and an HTML page, as a reverse proxy does (`502`, `503`).
    HtmlStatus(u16),
    /// Answer 429 with `Retry-After` (seconds) and an empty body.
    RateLimited { retry_after_secs: u64 },
    /// Answer 200 with a truncated JSON body.
    MalformedBody,
    /// Send the headers, then cut the connection in the middle of the body.
    DropConnection,
    /// Answer a look-up of one user with this user instead (a GUID or user name), as a
    /// portal does that also matches `{userid}` as a user name.
    OtherUser(String),
    /// Answer every page of a list with its first page (`startIndex` ignored).
    RepeatPage,
    /// Leave `total` out of a list's answer.
    OmitTotal,
    /// Close the connection without sending a byte of an answer. With
    /// [`after_processing`](FaultRule::after_processing): a write is carried out and the
    /// client cannot know it was.
    Hangup,
}

impl Fault {
    /// Faults that change an answer rather than replace it; each applies alongside the
    /// others, one rule of each kind per request.
    fn slot(&self) -> u8 {
        match self {
            Fault::Latency(_) => 1,
            Fault::OtherUser(_) => 2,
            Fault::RepeatPage => 3,
            Fault::OmitTotal => 4,
            _ => 0,
        }
    }

    /// Whether the fault shapes the real answer (see `slot`).
    pub fn shapes_answer(&self) -> bool {
        self.slot() > 1
    }
}

/// How many requests a rule hits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Trigger {
    /// The next `n` matching requests; the rule is removed after that.
    Next(u32),
    /// This share (0.0–1.0) of matching requests, drawn from a seeded generator, until
    /// the rules are cleared.
    Share(f64),
}

/// A fault and the requests it applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct FaultRule {
    pub fault: Fault,
    /// `GET`, `PUT`, ... (any case); `None` = every method.
    pub method: Option<String>,
    /// The request path must start with this (`/api/2.0/people/filter`); empty = all.
    pub path_prefix: String,
    pub trigger: Trigger,
    /// Run the request first (its changes happen), then replace the answer with the fault.
    /// Models a failure after the server acted. Latency always applies before.
    pub after_processing: bool,
}

impl FaultRule {
    /// `fault` for the next matching request of any method and path.
    pub fn new(fault: Fault) -> Self {
        Self {
            fault,
            method: None,
            path_prefix: String::new(),
            trigger: Trigger::Next(1),
            after_processing: false,
        }
    }

    pub fn method(mut self, method: &str) -> Self {
        self.method = Some(method.to_ascii_uppercase());
        self
    }

    pub fn path(mut self, prefix: &str) -> Self {
        self.path_prefix = prefix.to_string();
        self
    }

    /// Applies to the next `n` matching requests.
    pub fn times(mut self, n: u32) -> Self {
        self.trigger = Trigger::Next(n);
        self
    }

    /// Applies to this share of matching requests (clamped to 0–1).
    pub fn share(mut self, share: f64) -> Self {
        self.trigger = Trigger::Share(if share.is_finite() {
            share.clamp(0.0, 1.0)
        } else {
            0.0
        });
        self
    }

    pub fn after_processing(mut self) -> Self {
        self.after_processing = true;
        self
    }

    fn matches(&self, method: &str, path: &str) -> bool {
        self.method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && path.starts_with(&self.path_prefix)
    }
}

impl fmt::Display for FaultRule {
    /// The text form [`FromStr`] reads: `hangup,method=PUT,share=0.05,after`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.fault {
            Fault::Latency(d) => write!(f, "latency={}", d.as_millis())?,
            Fault::Status(code) => write!(f, "status={code}")?,
            Fault::HtmlStatus(code) => write!(f, "html={code}")?,
            Fault::RateLimited { retry_after_secs } => write!(f, "429={retry_after_secs}")?,
            Fault::MalformedBody => f.write_str("malformed")?,
            Fault::DropConnection => f.write_str("drop")?,
            Fault::Hangup => f.write_str("hangup")?,
            Fault::OtherUser(key) => write!(f, "other-user={key}")?,
            Fault::RepeatPage => f.write_str("repeat-page")?,
            Fault::OmitTotal => f.write_str("omit-total")?,
        }
        if let Some(method) = &self.method {
            write!(f, ",method={method}")?;
        }
        if !self.path_prefix.is_empty() {
            write!(f, ",path={}", self.path_prefix)?;
        }
        match self.trigger {
            Trigger::Next(1) => {}
            Trigger::Next(n) => write!(f, ",times={n}")?,
            Trigger::Share(p) => write!(f, ",share={p}")?,
        }
        if self.after_processing {
            f.write_str(",after")?;
        }
        Ok(())
    }
}

/// A rule could not be read from text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid fault rule {text:?}: {reason}")]
pub struct FaultParseError {
    pub text: String,
    pub reason: String,
}

impl FromStr for FaultRule {
    type Err = FaultParseError;

    /// Reads `KIND[,key=value...]`, for command lines: kinds `latency=MS`, `status=CODE`,
    /// `html=CODE`, `429=SECS`, `malformed`, `drop`, `hangup`, `other-user=ID`,
    /// `repeat-page`, `omit-total`; keys `method=GET`, `path=/api/...`,
    /// `times=N`, `share=0.1`, `after`. Example: `status=503,path=/api/2.0/people,share=0.1`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = |reason: &str| FaultParseError {
            text: text.to_string(),
            reason: reason.to_string(),
        };
        let mut parts = text.split(',').map(str::trim);
        let kind = parts
            .next()
            .filter(|k| !k.is_empty())
            .ok_or_else(|| err("empty"))?;
        let (name, value) = kind.split_once('=').unwrap_or((kind, ""));
        let num = |v: &str| {
            v.trim()
                .parse::<u64>()
                .map_err(|_| err("expected a number"))
        };
        let code = |v: &str| match num(v)? {
            n @ 100..=599 => Ok(n as u16),
            _ => Err(err("expected an HTTP status")),
        };
        let fault = match name.to_ascii_lowercase().as_str() {
            "latency" => Fault::Latency(Duration::from_millis(num(value)?)),
            "status" => Fault::Status(code(value)?),
            "html" => Fault::HtmlStatus(code(value)?),
            "429" | "ratelimit" => Fault::RateLimited {
                retry_after_secs: if value.is_empty() { 1 } else { num(value)? },
            },
            "malformed" => Fault::MalformedBody,
            "drop" => Fault::DropConnection,
            "hangup" => Fault::Hangup,
            "other-user" if !value.is_empty() => Fault::OtherUser(value.to_string()),
            "repeat-page" => Fault::RepeatPage,
            "omit-total" => Fault::OmitTotal,
            _ => return Err(err("unknown fault kind")),
        };
        let mut rule = FaultRule::new(fault);
        for p in parts.filter(|p| !p.is_empty()) {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            match k.to_ascii_lowercase().as_str() {
                "method" => rule = rule.method(v),
                "path" => rule = rule.path(v),
                "times" => rule = rule.times(num(v)? as u32),
                "share" => {
                    let s: f64 = v.parse().map_err(|_| err("expected a share like 0.1"))?;
                    rule = rule.share(s);
                }
                "after" => rule = rule.after_processing(),
                _ => return Err(err("unknown key")),
            }
        }
        Ok(rule)
    }
}

/// The active rules.
#[derive(Debug, Clone)]
pub(crate) struct FaultSet {
    rules: Vec<FaultRule>,
    rng: ChaCha8Rng,
}

impl Default for FaultSet {
    fn default() -> Self {
        Self::new(1)
    }
}

impl FaultSet {
    pub(crate) fn new(seed: u64) -> Self {
        Self {
            rules: Vec::new(),
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0xfa17),
        }
    }

    pub(crate) fn add(&mut self, rule: FaultRule) {
        self.rules.push(rule);
    }

    pub(crate) fn clear(&mut self) {
        self.rules.clear();
    }

    pub(crate) fn len(&self) -> usize {
        self.rules.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The faults for a request: at most one latency, one of each fault that shapes the
    /// answer and one other fault (the first matching rule of each), consuming one use of
    /// `Next` rules that fire.
    pub(crate) fn take(&mut self, method: &str, path: &str) -> Vec<FaultRule> {
        let mut out: Vec<FaultRule> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < self.rules.len() {
            let rule = &self.rules[i];
            let slot_free = !out.iter().any(|r| r.fault.slot() == rule.fault.slot());
            if !slot_free || !rule.matches(method, path) {
                i += 1;
                continue;
            }
            match rule.trigger {
                Trigger::Share(p) => {
                    if self.rng.random_bool(p) {
                        out.push(rule.clone());
                    }
                    i += 1;
                }
                Trigger::Next(n) => {
                    out.push(rule.clone());
                    if n <= 1 {
                        self.rules.remove(i);
                    } else {
                        self.rules[i].trigger = Trigger::Next(n - 1);
                        i += 1;
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
#[path = "faults_tests.rs"]
mod tests;
