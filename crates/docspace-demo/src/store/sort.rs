//! The orders of `sortBy` (`DbUserService.GetUsers`,
//! `common/ASC.Core.Common/Data/DbUserService.cs` lines 322-436).
//!
//! - FirstName, LastName (and DisplayName, which is FirstName in first-last cultures):
//!   Active, then Pending, then Terminated whatever the direction; pending users by email.
//! - Type: owner, DocSpace admins, room admins, users, guests (reversed when descending),
//!   then first name ascending either way.
//! - Department: the number of departments, then first name, both in the direction.
//! - Email, UsedSpace, RegistrationDate: as named; CreatedBy: the creator's first name
//!   (no creator first when ascending).
//!
//! The server leaves ties unordered; here a name sort falls back on the other name, and
//! every sort then on the order users were created, so pages never overlap.

use std::cmp::Ordering;

use super::Store;
use crate::model::{User, status_group};
use docspace_api::query::SortBy;

impl Store {
    /// `slots` (live users) in the order of `sort`.
    pub(super) fn sort_slots(&self, slots: &[u32], sort: SortBy, descending: bool) -> Vec<u32> {
        let users = || {
            slots
                .iter()
                .filter_map(|&i| self.user(i as usize).map(|u| (u, i)))
        };
        let dir = |o: Ordering| if descending { o.reverse() } else { o };
        match sort {
            SortBy::FirstName | SortBy::DisplayName | SortBy::LastName => {
                let last_first = sort == SortBy::LastName;
                keyed(
                    users(),
                    |u| name_key(u, last_first),
                    |a, b| a.0.cmp(&b.0).then_with(|| dir(a.1.cmp(&b.1))),
                )
            }
            SortBy::Type => keyed(
                users(),
                |u| (u.role.rank(), Text::of(&u.first_key)),
                |a, b| dir(a.0.cmp(&b.0)).then_with(|| a.1.cmp(&b.1)),
            ),
            SortBy::Department => keyed(
                users(),
                |u| (u.groups.len(), Text::of(&u.first_key)),
                |a, b| dir(a.cmp(b)),
            ),
            SortBy::Email => keyed(users(), |u| Text::of(&u.email_key), |a, b| dir(a.cmp(b))),
            SortBy::UsedSpace => keyed(users(), |u| u.used_space, |a, b| dir(a.total_cmp(b))),
            SortBy::RegistrationDate => {
                keyed(users(), |u| u.registered.timestamp(), |a, b| dir(a.cmp(b)))
            }
            SortBy::CreatedBy => keyed(
                users(),
                |u| {
                    Text::of(
                        u.created_by
                            .and_then(|c| self.index_of(c))
                            .and_then(|c| self.user(c))
                            .map_or("", |c| c.first_key.as_str()),
                    )
                },
                |a, b| dir(a.cmp(b)),
            ),
        }
    }
}

/// A text key that compares like the text, but mostly without reading it: its first 16
/// bytes side by side with the key; the rest only when those are equal and either text
/// is longer (the texts are in the heap, the keys side by side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Text<'a> {
    head: u128,
    all: &'a str,
}

impl Ord for Text<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.head.cmp(&other.head).then_with(|| {
            if self.all.len() <= 16 && other.all.len() <= 16 {
                // Equal heads hold all of both: the shorter is a prefix, padded with zeros.
                self.all.len().cmp(&other.all.len())
            } else {
                self.all.cmp(other.all)
            }
        })
    }
}

impl PartialOrd for Text<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<'a> Text<'a> {
    fn of(s: &'a str) -> Self {
        let mut head = [0u8; 16];
        let n = s.len().min(16);
        head[..n].copy_from_slice(&s.as_bytes()[..n]);
        Self {
            head: u128::from_be_bytes(head),
            all: s,
        }
    }
}

/// Status group, then the chosen name (the email of pending users), then the other name.
fn name_key(u: &User, last_first: bool) -> (u8, (Text<'_>, Text<'_>)) {
    let other = if last_first {
        &u.first_key
    } else {
        &u.last_key
    };
    (
        status_group(u.status),
        (Text::of(u.name_sort_key(last_first)), Text::of(other)),
    )
}

/// Sorts by a key computed once per user (keys side by side sort faster than users
/// looked up on every comparison); ties keep creation order.
fn keyed<'a, K>(
    users: impl Iterator<Item = (&'a User, u32)>,
    key: impl Fn(&'a User) -> K,
    cmp: impl Fn(&K, &K) -> Ordering,
) -> Vec<u32> {
    let mut keys: Vec<(K, u32)> = users.map(|(u, i)| (key(u), i)).collect();
    keys.sort_unstable_by(|a, b| cmp(&a.0, &b.0).then(a.1.cmp(&b.1)));
    keys.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
#[path = "sort_tests.rs"]
mod tests;
