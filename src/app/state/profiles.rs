//! The whole profiles the detail pane shows. List rows carry only what the list draws
//! (`users::row_fields`); the selected user's profile is read on its own, after a short
//! pause so that scrolling past users reads nobody, and the last few are kept (the least
//! recently shown is dropped first).

use std::collections::VecDeque;

use uuid::Uuid;

use super::users::UserList;
use crate::api::EmployeeFullDto;
use crate::app::effect::RequestId;

/// Profiles kept.
pub(crate) const PROFILES_KEPT: usize = 8;
/// How long the worker waits before reading a profile: a newer selection cancels the read
/// before it is sent.
pub(crate) const PROFILE_PAUSE_MS: u64 = 150;

/// The profiles read, the read on its way and the last one that failed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profiles {
    /// Least recently shown first.
    kept: VecDeque<EmployeeFullDto>,
    /// Whose profile is being read, by which request.
    reading: Option<(Uuid, RequestId)>,
    /// Whose profile could not be read, and why (in words).
    failed: Option<(Uuid, String)>,
}

impl Profiles {
    /// The profile of `id`, when read.
    pub fn get(&self, id: Uuid) -> Option<&EmployeeFullDto> {
        self.kept.iter().find(|u| u.id == id)
    }

    /// Profiles kept now.
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    /// Whether `id`'s profile is kept; it becomes the most recently shown.
    pub(crate) fn touch(&mut self, id: Uuid) -> bool {
        match self.kept.iter().position(|u| u.id == id) {
            Some(i) => {
                if let Some(u) = self.kept.remove(i) {
                    self.kept.push_back(u);
                }
                true
            }
            None => false,
        }
    }

    /// The read on its way: whose, by which request.
    pub fn reading(&self) -> Option<(Uuid, RequestId)> {
        self.reading
    }

    /// Whether `id`'s profile is on its way.
    pub fn is_reading(&self, id: Uuid) -> bool {
        self.reading.is_some_and(|(r, _)| r == id)
    }

    /// Why `id`'s profile could not be read, if it could not.
    pub fn failed(&self, id: Uuid) -> Option<&str> {
        self.failed
            .as_ref()
            .filter(|(f, _)| *f == id)
            .map(|(_, w)| w.as_str())
    }

    /// Notes the read of `id`'s profile by request `req`; an older failure is forgotten.
    pub(crate) fn start(&mut self, id: Uuid, req: RequestId) {
        self.reading = Some((id, req));
        self.failed = None;
    }

    /// Forgets the read on its way (cancelled); returns its request.
    pub(crate) fn stop(&mut self) -> Option<RequestId> {
        self.reading.take().map(|(_, req)| req)
    }

    /// Whether `req` is the read on its way; it is no longer.
    pub(crate) fn answered(&mut self, req: RequestId) -> bool {
        let ours = self.reading.is_some_and(|(_, r)| r == req);
        if ours {
            self.reading = None;
        }
        ours
    }

    /// Keeps `user`'s profile as the most recently shown, dropping the least recently
    /// shown beyond [`PROFILES_KEPT`].
    pub(crate) fn keep(&mut self, user: EmployeeFullDto) {
        self.kept.retain(|u| u.id != user.id);
        self.kept.push_back(user);
        while self.kept.len() > PROFILES_KEPT {
            self.kept.pop_front();
        }
    }

    /// `id`'s profile could not be read: says why.
    pub(crate) fn fail(&mut self, id: Uuid, words: String) {
        self.failed = Some((id, words));
    }

    /// Forgets the failure of another user's read than `shown`'s: once the selection has
    /// left that user, coming back reads their profile again.
    pub(crate) fn forget_failure_unless(&mut self, shown: Option<Uuid>) {
        if self.failed.as_ref().is_some_and(|(f, _)| Some(*f) != shown) {
            self.failed = None;
        }
    }

    /// A user read again elsewhere (after a change, a look-up): the profile kept follows.
    pub(crate) fn replace(&mut self, user: &EmployeeFullDto) {
        if let Some(slot) = self.kept.iter_mut().find(|u| u.id == user.id) {
            *slot = user.clone();
        }
    }

    /// Drops the profiles that a row of `list` contradicts in what both carry (status,
    /// type, names, email): the row was read later (a page read again after it was
    /// dropped), so the profile is older. The shown user's is then read again.
    pub(crate) fn drop_outdated(&mut self, list: &UserList) {
        self.kept
            .retain(|p| list.by_id(p.id).is_none_or(|row| !contradicts(row, p)));
    }

    /// Forgets every profile (the list is read again: they may have changed) and the last
    /// failure; returns the read on its way, to cancel.
    pub(crate) fn clear(&mut self) -> Option<RequestId> {
        self.kept.clear();
        self.failed = None;
        self.stop()
    }
}

/// Whether `row` and `profile` differ in a property both carry that a row is always read
/// with (`users::row_fields`) and the detail pane shows.
fn contradicts(row: &EmployeeFullDto, profile: &EmployeeFullDto) -> bool {
    fn differ<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
        matches!((a, b), (Some(a), Some(b)) if a != b)
    }
    let (r, p) = (row, profile);
    differ(&r.status, &p.status)
        || differ(&r.activation_status, &p.activation_status)
        || differ(&r.is_owner, &p.is_owner)
        || differ(&r.is_admin, &p.is_admin)
        || differ(&r.is_room_admin, &p.is_room_admin)
        || differ(&r.is_visitor, &p.is_visitor)
        || differ(&r.is_collaborator, &p.is_collaborator)
        || differ(&r.first_name, &p.first_name)
        || differ(&r.last_name, &p.last_name)
        || differ(&r.display_name, &p.display_name)
        || differ(&r.email, &p.email)
}

#[cfg(test)]
#[path = "profiles_tests.rs"]
mod tests;
