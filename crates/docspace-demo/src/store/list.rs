//! Paged user lists: filters, sorting and visibility of `/people`, `/people/status/{status}`
//! and `/people/filter` (PEOPLE-API.md §6.1).
//!
//! The sorted order of every user per sort key, and the filtered order per query, are
//! cached until the next change, so following pages of one query costs only the page.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use super::view::{Detail, Want};
use super::{Refusal, Store, Viewer};
use crate::model::{Role, User, status_group};
use docspace_api::dto::{ActivationStatus, EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_api::query::SortBy;

/// Which statuses a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    Active,
    Terminated,
    Pending,
    /// Every status the caller may see.
    All,
}

impl StatusFilter {
    /// From an `EmployeeStatus` name or number (`Default` = Active, `All` = all).
    pub fn parse(s: &str) -> Option<Self> {
        let t = s.trim();
        let by_num = |n: i64| match n {
            1 | 5 => Some(Self::Active),
            2 => Some(Self::Terminated),
            4 => Some(Self::Pending),
            7 => Some(Self::All),
            _ => None,
        };
        if let Ok(n) = t.parse::<i64>() {
            return by_num(n);
        }
        let names = [
            ("active", 1),
            ("terminated", 2),
            ("pending", 4),
            ("default", 5),
            ("all", 7),
        ];
        names
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(t))
            .and_then(|(_, v)| by_num(*v))
    }

    fn admits(self, s: EmployeeStatus) -> bool {
        match self {
            Self::Active => s == EmployeeStatus::Active,
            Self::Terminated => s == EmployeeStatus::Terminated,
            Self::Pending => s == EmployeeStatus::Pending,
            Self::All => true,
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
    pub kind: Option<EmployeeType>,
    pub activation: Option<ActivationStatus>,
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
            kind: None,
            activation: None,
        }
    }
}

/// One page of profiles and the number of matches before paging.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage {
    pub users: Vec<EmployeeFullDto>,
    pub total: usize,
}

/// What a cached filtered order depends on (the query without paging, and who asks).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FilterKey {
    scope: Option<uuid::Uuid>,
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

/// The text filter: lower-cased, trimmed terms; `all` = every term must match.
struct TextFilter {
    terms: Vec<String>,
    all: bool,
}

impl TextFilter {
    fn new(text: Option<&str>, separator: Option<&str>) -> Option<Self> {
        let text = crate::model::fold(text?.trim());
        if text.is_empty() {
            return None;
        }
        let (terms, all): (Vec<String>, bool) = match separator.filter(|s| !s.is_empty()) {
            Some(sep) => (
                text.split(sep).map(|t| t.trim().to_string()).collect(),
                false,
            ),
            None => (text.split(' ').map(str::to_string).collect(), true),
        };
        let terms: Vec<String> = terms.into_iter().filter(|t| !t.is_empty()).collect();
        (!terms.is_empty()).then_some(Self { terms, all })
    }

    fn matches(&self, u: &User) -> bool {
        let hit = |t: &String| {
            u.first_key.contains(t.as_str())
                || u.last_key.contains(t.as_str())
                || u.email_key.contains(t.as_str())
        };
        if self.all {
            self.terms.iter().all(hit)
        } else {
            self.terms.iter().any(hit)
        }
    }
}

fn type_matches(kind: EmployeeType, role: Role) -> bool {
    match kind {
        EmployeeType::All => true,
        EmployeeType::DocSpaceAdmin => role.is_docspace_admin(),
        EmployeeType::RoomAdmin => role == Role::RoomAdmin,
        EmployeeType::User => role == Role::User,
        EmployeeType::Guest => role == Role::Guest,
    }
}

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
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let order = self.filtered_order(viewer, q);
        let users = order
            .iter()
            .skip(q.start)
            .take(q.count)
            .filter_map(|&i| self.profile(i as usize, Some(viewer), Detail::Normal, want))
            .collect();
        Ok(ListPage {
            users,
            total: order.len(),
        })
    }

    fn filtered_order(&mut self, viewer: &Viewer, q: &ListQuery) -> Arc<Vec<u32>> {
        let key = FilterKey {
            scope: (!viewer.is_admin()).then_some(viewer.id),
            query: ListQuery {
                start: 0,
                count: 0,
                ..q.clone()
            },
        };
        if let Some(hit) = self.cache.filtered.get(&key) {
            return Arc::clone(hit);
        }
        let text = TextFilter::new(q.text.as_deref(), q.separator.as_deref());
        let status = q.status.unwrap_or(StatusFilter::All);
        let kind = q.kind.unwrap_or(EmployeeType::All);
        let admits = |u: &User| {
            Self::listed_for(viewer, u)
                && status.admits(u.status)
                && type_matches(kind, u.role)
                && q.activation.is_none_or(|a| a == u.activation)
                && text.as_ref().is_none_or(|t| t.matches(u))
        };
        let out: Vec<u32> = match self.cache.sorted.get(&(q.sort, q.descending)) {
            Some(sorted) => sorted
                .iter()
                .copied()
                .filter(|&i| self.user(i as usize).is_some_and(admits))
                .collect(),
            // No sorted directory at hand: sort only the matches (a few admins, say,
            // rather than every user after each change).
            None => {
                let mut matches: Vec<u32> = self
                    .live()
                    .filter(|(_, u)| admits(u))
                    .map(|(i, _)| i as u32)
                    .collect();
                self.sort_slots(&mut matches, q.sort, q.descending);
                if matches.len() == self.live_count() {
                    // Every user: keep it as the sorted directory for later filters.
                    let sorted = Arc::new(matches.clone());
                    self.cache.sorted.insert((q.sort, q.descending), sorted);
                }
                matches
            }
        };
        let out = Arc::new(out);
        if self.cache.filtered.len() >= FILTER_CACHE_SIZE {
            self.cache.filtered.clear();
        }
        self.cache.filtered.insert(key, Arc::clone(&out));
        out
    }

    /// Sorts the slots in `order` (live users) by `sort`.
    fn sort_slots(&self, order: &mut [u32], sort: SortBy, descending: bool) {
        let creator_names: Option<HashMap<u32, String>> = (sort == SortBy::CreatedBy).then(|| {
            order
                .iter()
                .filter_map(|&i| self.user(i as usize).map(|u| (i, u)))
                .map(|(i, u)| {
                    let name = u
                        .created_by
                        .and_then(|c| self.index_of(c))
                        .and_then(|c| self.user(c))
                        .map(|c| c.first_key.clone())
                        .unwrap_or_default();
                    (i, name)
                })
                .collect()
        });
        order.sort_by(|&a, &b| {
            let (Some(ua), Some(ub)) = (self.user(a as usize), self.user(b as usize)) else {
                return Ordering::Equal;
            };
            let creator = |i: u32| {
                creator_names
                    .as_ref()
                    .and_then(|m| m.get(&i))
                    .map(String::as_str)
                    .unwrap_or("")
            };
            compare(sort, descending, ua, ub, creator(a), creator(b)).then(a.cmp(&b))
        });
    }
}

/// The server's orderings: name sorts group by status first (Active, Pending, Terminated,
/// ignoring the direction) and use the email as the key of pending users; `Type` orders
/// owner, admins, room admins, users, guests, then first name.
fn compare(sort: SortBy, desc: bool, a: &User, b: &User, ca: &str, cb: &str) -> Ordering {
    let dir = |o: Ordering| if desc { o.reverse() } else { o };
    match sort {
        SortBy::FirstName | SortBy::DisplayName | SortBy::LastName => {
            let last_first = sort == SortBy::LastName;
            let group = status_group(a.status).cmp(&status_group(b.status));
            group.then_with(|| {
                dir(a
                    .name_sort_key(last_first)
                    .cmp(b.name_sort_key(last_first))
                    .then_with(|| second_key(a, last_first).cmp(second_key(b, last_first))))
            })
        }
        SortBy::Type => dir(a.role.rank().cmp(&b.role.rank())).then(a.first_key.cmp(&b.first_key)),
        SortBy::Email => dir(a.email_key.cmp(&b.email_key)),
        SortBy::Department => dir(a.groups.len().cmp(&b.groups.len())),
        SortBy::UsedSpace => dir(a.used_space.total_cmp(&b.used_space)),
        SortBy::CreatedBy => dir(ca.cmp(cb)),
        SortBy::RegistrationDate => dir(a.registered.cmp(&b.registered)),
    }
}

/// The tie-breaking name of the name sorts.
fn second_key(u: &User, last_first: bool) -> &str {
    if last_first {
        &u.first_key
    } else {
        &u.last_key
    }
}

#[cfg(test)]
#[path = "list_tests.rs"]
mod tests;
