//! How to start the demo portal.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use super::faults::FaultRule;
use super::ratelimit::DEFAULT_PER_MINUTE;
use super::store::JobPace;

/// The most users the demo portal seeds.
pub const MAX_USERS: usize = 1_000_000;

/// How long a connection may wait for a request by default: longer than the 90 seconds
/// for which common HTTP clients (reqwest, hyper) keep an idle connection for reuse, so
/// they never send a request on one the portal is closing.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(120);

/// Files kept for the rest of the process when the connection cap is drawn from the
/// open-file limit (the in-process demo shares the process with the UI and its client).
const FILES_KEPT: u64 = 256;

/// The connection cap when the open-file limit is unknown or unlimited.
const FALLBACK_MAX_CONNECTIONS: usize = 4096;

/// Connections open at once by default: as many as the process's open-file limit allows,
/// less 256 files kept for the rest of the process, so the portal never runs out of files.
pub fn default_max_connections() -> usize {
    #[cfg(unix)]
    {
        let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile).current;
        max_connections_within(limit)
    }
    #[cfg(not(unix))]
    {
        FALLBACK_MAX_CONNECTIONS
    }
}

/// The connection cap for an open-file limit (`None` = unlimited).
fn max_connections_within(open_files: Option<u64>) -> usize {
    match open_files {
        None => FALLBACK_MAX_CONNECTIONS,
        Some(n) if n > 2 * FILES_KEPT => usize::try_from(n - FILES_KEPT).unwrap_or(usize::MAX),
        Some(n) => usize::try_from(n / 2).unwrap_or(1).max(1),
    }
}

/// Options of [`spawn`](super::spawn) and [`serve_forever`](super::serve_forever).
/// `Debug` never shows the token.
#[derive(Clone)]
pub struct DemoOptions {
    /// Where to listen. Loopback only unless `allow_remote` is set. Port 0 = any free port.
    pub listen: SocketAddr,
    /// The main token: it acts as the portal owner. Send it as `Authorization: Bearer …`.
    pub token: String,
    /// Users to seed, the owner included (at most [`MAX_USERS`]).
    pub users: usize,
    /// Seed of the deterministic user generator.
    pub seed: u64,
    /// Accept a non-loopback `listen` address.
    pub allow_remote: bool,
    /// Requests a minute for each caller before 429 (sliding window; see
    /// [`DemoPortal::set_rate_limit`](super::DemoPortal::set_rate_limit)); `None` disables
    /// the limit.
    pub rate_limit: Option<u32>,
    /// Paid seats (DocSpace admins and room admins); `None` = the seeded ones plus 5.
    pub paid_seats: Option<usize>,
    /// User seats (users and guests); `None` = the seeded ones plus 100.
    pub user_seats: Option<usize>,
    /// Faults active from the start (see [`FaultRule`]).
    pub faults: Vec<FaultRule>,
    /// How long a connection may go without a complete request head (a new connection
    /// that sends nothing, a keep-alive connection between requests, a head sent slowly)
    /// before the portal closes it; a request body must arrive within the same time, or
    /// the answer is 408. Above zero.
    pub idle_timeout: Duration,
    /// Connections open at once (above zero; by default drawn from the open-file limit, see
    /// [`default_max_connections`]); further ones wait in the kernel's queue until one
    /// closes, so a flood of connections cannot use up the process's files.
    pub max_connections: usize,
    /// How background jobs (reassignment, data removal, type changes) advance: one step
    /// for each read of their progress (the default), or one step every so often.
    pub job_pace: JobPace,
    /// Whether the portal keeps storage statistics and has per-user quotas on (profiles
    /// then carry `usedSpace`, `quotaLimit` and `isCustomQuota`). On by default.
    pub user_quotas: bool,
    /// Whether users with the same sort key come in a new order on each list request,
    /// as the server's database may give them (off by default: ties are broken by the
    /// other name and the order of creation).
    pub shuffle_ties: bool,
}

impl Default for DemoOptions {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            token: super::random_token(),
            users: 250,
            seed: 1,
            allow_remote: false,
            rate_limit: Some(DEFAULT_PER_MINUTE),
            paid_seats: None,
            user_seats: None,
            faults: Vec::new(),
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            max_connections: default_max_connections(),
            job_pace: JobPace::default(),
            user_quotas: true,
            shuffle_ties: false,
        }
    }
}

impl std::fmt::Debug for DemoOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoOptions")
            .field("listen", &self.listen)
            .field("token", &"[redacted]")
            .field("users", &self.users)
            .field("seed", &self.seed)
            .field("allow_remote", &self.allow_remote)
            .field("rate_limit", &self.rate_limit)
            .field("paid_seats", &self.paid_seats)
            .field("user_seats", &self.user_seats)
            .field("faults", &self.faults)
            .field("idle_timeout", &self.idle_timeout)
            .field("max_connections", &self.max_connections)
            .field("job_pace", &self.job_pace)
            .field("user_quotas", &self.user_quotas)
            .field("shuffle_ties", &self.shuffle_ties)
            .finish()
    }
}

#[cfg(test)]
#[path = "options_tests.rs"]
mod tests;
