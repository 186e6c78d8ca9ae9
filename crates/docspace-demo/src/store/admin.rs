//! The portal's state beyond users and groups that the administration routes use: what
//! users own and the background jobs that move it.

use super::holdings::Holdings;
use super::jobs::Jobs;

/// Held by the [`Store`](super::Store) as one field, so the users' own records stay as
/// they are.
#[derive(Debug, Clone, Default)]
pub struct Admin {
    pub(super) holdings: Holdings,
    pub(super) jobs: Jobs,
}
