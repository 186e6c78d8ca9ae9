//! How to start the demo portal.

use std::net::{Ipv4Addr, SocketAddr};

use super::faults::FaultRule;
use super::ratelimit::DEFAULT_PER_MINUTE;

/// The most users the demo portal seeds.
pub const MAX_USERS: usize = 1_000_000;

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
            .finish()
    }
}
