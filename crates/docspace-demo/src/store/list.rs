//! Paged user lists: `/people`, `/people/status/{status}`, `/people/filter` and
//! `/people/simple/filter` (PEOPLE-API.md §6.1). Which users a list holds is decided in
//! `filter.rs`, their order in `sort.rs`.
//!
//! The sorted order of every user per sort key, and the filtered order per query, are
//! cached until the next change, so following pages of one query cost only the page and
//! a new filter on a sort already seen costs one pass over the sorted directory.

use std::collections::HashMap;
use std::sync::Arc;

use super::filter::{Narrowing, Selection};
use super::view::{Detail, Want};
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{ActivationStatus, EmployeeDto, EmployeeFullDto};
use docspace_api::query::SortBy;

/// Which statuses a list shows: the cases of the server's status switch
/// (`DbUserService.cs` lines 867-889).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    /// 1 `Active` and 5 `Default`.
    Active,
    Terminated,
    Pending,
    /// 7 `All`: every status the caller may see.
    All,
    /// A combination of flags the switch has no case for (3, 6): no status condition at
    /// all, so even callers who are not admins see terminated users.
    Unmatched,
}

impl StatusFilter {
    /// From a valid `EmployeeStatus` value (1 to 7).
    pub fn from_code(code: i64) -> Self {
        match code {
            1 | 5 => Self::Active,
            2 => Self::Terminated,
            4 => Self::Pending,
            7 => Self::All,
            _ => Self::Unmatched,
        }
    }
}

/// One page request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ListQuery {
    pub start: usize,
    pub count: usize,
    pub sort: SortBy,
    pub descending: bool,
    /// `filterValue`, as sent.
    pub text: Option<String>,
    /// `filterSeparator`: when set, any of the separated terms may match.
    pub separator: Option<String>,
    pub status: Option<StatusFilter>,
    pub activation: Option<ActivationStatus>,
    /// Types, group, area, payments, login type, quota, inviter, administrators.
    pub narrowing: Narrowing,
}

impl Default for ListQuery {
    fn default() -> Self {
        Self {
            start: 0,
            count: 100,
            sort: SortBy::FirstName,
            descending: false,
            text: None,
            separator: None,
            status: None,
            activation: None,
            narrowing: Narrowing::default(),
        }
    }
}

/// One page of profiles and the number of matches before paging.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage<T = EmployeeFullDto> {
    pub users: Vec<T>,
    pub total: usize,
}

/// What a cached filtered order depends on: the query without paging, and who asks
/// (visibility, `invitedByMe` and `quotaFilter` depend on the caller).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FilterKey {
    viewer: uuid::Uuid,
    query: ListQuery,
}

#[derive(Debug, Default)]
pub(super) struct Cache {
    sorted: HashMap<(SortBy, bool), Arc<Vec<u32>>>,
    filtered: HashMap<FilterKey, Arc<Vec<u32>>>,
}

impl Cache {
    pub(super) fn clear(&mut self) {
        self.sorted.clear();
        self.filtered.clear();
    }
}

const FILTER_CACHE_SIZE: usize = 32;

/// Below this share of the directory (1 in `FEW`), matches are sorted on their own rather
/// than filtered out of a sorted directory built for the purpose.
const FEW: usize = 4;

impl Store {
    /// One page of `q` as `viewer` sees it. Users and guests may not list (403).
    pub fn list(&mut self, viewer: &Viewer, q: &ListQuery) -> Result<ListPage, Refusal> {
        self.list_parts(viewer, q, Want::ALL)
    }

    /// [`list`](Self::list) building only the `want`ed parts of each profile.
    pub fn list_parts(
        &mut self,
        viewer: &Viewer,
        q: &ListQuery,
        want: Want,
    ) -> Result<ListPage, Refusal> {
        self.page_of(viewer, q, |s, i| {
            s.profile(i, Some(viewer), Detail::Normal, want)
        })
    }

    /// One page of `q` in the short form (`/people/simple/filter`).
    pub fn list_short(
        &mut self,
        viewer: &Viewer,
        q: &ListQuery,
    ) -> Result<ListPage<EmployeeDto>, Refusal> {
        self.page_of(viewer, q, |s, i| s.short_dto(i))
    }

    fn page_of<T>(
        &mut self,
        viewer: &Viewer,
        q: &ListQuery,
        render: impl Fn(&Self, usize) -> Option<T>,
    ) -> Result<ListPage<T>, Refusal> {
        // `UserController.cs` lines 2585-2589: users and guests may not list.
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let order = self.filtered_order(viewer, q);
        let window = self.window(&order, q.start, q.count, q.sort);
        let users = window
            .iter()
            .filter_map(|&i| render(self, i as usize))
            .collect();
        Ok(ListPage {
            users,
            total: order.len(),
        })
    }

    /// Sorts the directory in the default order (first name, ascending) now, so the
    /// first list request (the start of every client) costs only its page.
    pub fn prepare_default_order(&mut self) {
        let sort = (SortBy::FirstName, false);
        if !self.cache.sorted.contains_key(&sort) {
            let all: Vec<u32> = self.live().map(|(i, _)| i as u32).collect();
            let sorted = Arc::new(self.sort_slots(&all, sort.0, sort.1));
            self.cache.sorted.insert(sort, sorted);
        }
    }

    fn filtered_order(&mut self, viewer: &Viewer, q: &ListQuery) -> Arc<Vec<u32>> {
        let key = FilterKey {
            viewer: viewer.id,
            query: ListQuery {
                start: 0,
                count: 0,
                ..q.clone()
            },
        };
        if let Some(hit) = self.cache.filtered.get(&key) {
            return Arc::clone(hit);
        }
        let selection = Selection::new(viewer, q, |id| self.department_index(id));
        // Which slots match, read in slot order (the users lie in that order in memory).
        let admitted: Vec<bool> = self
            .slots
            .iter()
            .map(|u| u.as_ref().is_some_and(|u| selection.admits(u)))
            .collect();
        let matches = admitted.iter().filter(|a| **a).count();
        let sort = (q.sort, q.descending);
        let sorted = match self.cache.sorted.get(&sort) {
            Some(sorted) => Some(Arc::clone(sorted)),
            // Most of the directory matches: sort it all once and keep it, so the next
            // filter on this sort is one pass.
            None if matches * FEW >= self.live_count() => {
                let all: Vec<u32> = self.live().map(|(i, _)| i as u32).collect();
                let sorted = Arc::new(self.sort_slots(&all, q.sort, q.descending));
                self.cache.sorted.insert(sort, Arc::clone(&sorted));
                Some(sorted)
            }
            // A few matches (some admins, say): sort only them.
            None => None,
        };
        let out: Vec<u32> = match sorted {
            Some(sorted) => sorted
                .iter()
                .copied()
                .filter(|&i| admitted.get(i as usize).copied().unwrap_or(false))
                .collect(),
            None => {
                let slots: Vec<u32> = (0..admitted.len())
                    .filter(|&i| admitted[i])
                    .map(|i| i as u32)
                    .collect();
                self.sort_slots(&slots, q.sort, q.descending)
            }
        };
        let out = Arc::new(out);
        if self.cache.filtered.len() >= FILTER_CACHE_SIZE {
            self.cache.filtered.clear();
        }
        self.cache.filtered.insert(key, Arc::clone(&out));
        out
    }
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
