//! Ties that move between requests (a demo option, off by default).
//!
//! The server sorts in MySQL by the sort key alone (`DbUserService.GetUsers`,
//! `common/ASC.Core.Common/Data/DbUserService.cs` lines 322-436): users with the same key
//! (two Annas, sorted by first name) come in whatever order the database picks, which may
//! differ from one request to the next, so a user can fall between two pages and another
//! show up on both. The demo portal normally breaks ties by the other name and the order
//! of creation; with this option on, each list request puts every run of tied users
//! around its page in a new order.

use super::Store;
use crate::model::{User, status_group};
use docspace_api::query::SortBy;

/// Whether ties move, and how many list requests have moved them.
#[derive(Debug, Default)]
pub(super) struct Ties {
    shuffle: bool,
    requests: u64,
}

impl Store {
    /// Turns moving ties on or off.
    pub fn set_shuffle_ties(&mut self, on: bool) {
        self.ties.shuffle = on;
    }

    /// The slots of `order` from `start`, `count` of them; with moving ties on, the runs
    /// of tied users reaching into the page are put in a new order first.
    pub(super) fn window(
        &mut self,
        order: &[u32],
        start: usize,
        count: usize,
        sort: SortBy,
    ) -> Vec<u32> {
        let end = start.saturating_add(count).min(order.len());
        if start >= end {
            return Vec::new();
        }
        if !self.ties.shuffle {
            return order[start..end].to_vec();
        }
        self.ties.requests += 1;
        let tied = |a: u32, b: u32| self.same_key(a, b, sort);
        let mut lo = start;
        while lo > 0 && tied(order[lo - 1], order[lo]) {
            lo -= 1;
        }
        let mut hi = end;
        while hi < order.len() && tied(order[hi - 1], order[hi]) {
            hi += 1;
        }
        let mut around = order[lo..hi].to_vec();
        let salt = self.ties.requests;
        let mut run = 0;
        for i in 1..=around.len() {
            if i == around.len() || !tied(around[i - 1], around[i]) {
                around[run..i].sort_by_key(|&slot| mix(u64::from(slot) ^ salt.rotate_left(32)));
                run = i;
            }
        }
        around[start - lo..end - lo].to_vec()
    }

    /// Whether slots `a` and `b` have the same key in the server's sort.
    fn same_key(&self, a: u32, b: u32, sort: SortBy) -> bool {
        let (Some(a), Some(b)) = (self.user(a as usize), self.user(b as usize)) else {
            return false;
        };
        server_key_eq(a, b, sort)
    }
}

fn server_key_eq(a: &User, b: &User, sort: SortBy) -> bool {
    match sort {
        SortBy::FirstName | SortBy::DisplayName | SortBy::LastName => {
            let last_first = sort == SortBy::LastName;
            status_group(a.status) == status_group(b.status)
                && a.name_sort_key(last_first) == b.name_sort_key(last_first)
        }
        SortBy::Type => a.role.rank() == b.role.rank() && a.first_key == b.first_key,
        SortBy::Department => a.groups.len() == b.groups.len() && a.first_key == b.first_key,
        SortBy::Email => a.email_key == b.email_key,
        SortBy::UsedSpace => a.used_space == b.used_space,
        SortBy::RegistrationDate => a.registered == b.registered,
        SortBy::CreatedBy => a.created_by == b.created_by,
    }
}

/// A well-mixed 64-bit hash (splitmix64's finaliser).
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
#[path = "ties_tests.rs"]
mod tests;
