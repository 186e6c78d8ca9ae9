//! The portal's state beyond users and groups that the administration routes use: what
//! users own and the background jobs that move it.

use std::collections::{HashMap, HashSet};

use super::holdings::Holdings;
use super::jobs::Jobs;
use super::outbox::{Outbox, SentMail};
use super::quota::Quotas;
use super::throttle::Throttle;

/// Held by the [`Store`](super::Store) as one field, so the users' own records stay as
/// they are.
#[derive(Debug, Clone, Default)]
pub struct Admin {
    pub(super) holdings: Holdings,
    pub(super) jobs: Jobs,
    pub(super) outbox: Outbox,
    pub(super) quotas: Quotas,
    /// Users with the authenticator-app second factor.
    pub(super) tfa: HashSet<uuid::Uuid>,
    /// Each user's theme (`DarkThemeSettingsType` name).
    pub(super) themes: HashMap<uuid::Uuid, &'static str>,
    /// (caller, guest) relations taken off with `DELETE /people/guests`.
    pub(super) dropped: HashSet<(uuid::Uuid, uuid::Uuid)>,
    pub(super) throttle: Throttle,
}

impl super::Store {
    /// Mail sent so far, oldest first.
    pub fn outbox(&self) -> Vec<SentMail> {
        self.admin.outbox.sent().to_vec()
    }

    /// Counts a request of `user` to a sensitive `route` (see [`Throttle`]):
    /// `Err(retry_after)` past the limit.
    pub fn throttle(
        &mut self,
        user: uuid::Uuid,
        route: &str,
        now: std::time::Instant,
    ) -> Result<(), std::time::Duration> {
        self.admin.throttle.check(user, route, now)
    }

    /// Requests a sensitive route takes from one user in 15 minutes (`None`: no limit).
    pub fn set_sensitive_limit(&mut self, limit: Option<u32>) {
        self.admin.throttle.set_limit(limit);
    }

    /// Jobs queued that have not finished.
    pub fn running_jobs(&self) -> usize {
        self.admin.jobs.running()
    }

    /// The rooms `owner` owns, in id order.
    pub fn rooms_of(&self, owner: uuid::Uuid) -> Vec<super::Room> {
        self.admin.holdings.rooms_of(owner).cloned().collect()
    }

    /// Adds a room for `owner` (fixtures); returns its id.
    pub fn add_room(
        &mut self,
        owner: uuid::Uuid,
        title: &'static str,
        files: u32,
        bytes: u64,
    ) -> i64 {
        let created = crate::model::now();
        self.admin.holdings.add_room(super::Room {
            id: 0,
            title,
            owner,
            room_type: 5,
            files,
            folders: 0,
            bytes,
            archived: false,
            created,
        })
    }

    /// The personal folder of user `id`, unless unknown or deleted.
    pub fn personal_files(&self, id: uuid::Uuid) -> Option<super::Personal> {
        self.index_of(id).map(|i| self.admin.holdings.personal(i))
    }
}
