//! The user list: loaded pages, the cursor, selection by id, the query and paging.

use std::collections::HashMap;

use uuid::Uuid;

use super::effect::RequestId;
use crate::api::query::MAX_PAGE;
use crate::api::{EmployeeFullDto, EmployeeStatus, UserPage, UserQuery};

/// Users per page requested from the portal.
pub const PAGE_SIZE: u32 = MAX_PAGE;
/// The next page is fetched when the cursor is this close to the end of the loaded rows.
pub const PREFETCH_MARGIN: usize = 20;
/// A refresh re-reads at most this many rows to find the selected user again.
pub const RESTORE_LIMIT: usize = 2_000;

/// The status filter cycled by `f`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Pending,
    Terminated,
}

impl StatusFilter {
    pub fn next(self) -> Self {
        match self {
            StatusFilter::All => StatusFilter::Active,
            StatusFilter::Active => StatusFilter::Pending,
            StatusFilter::Pending => StatusFilter::Terminated,
            StatusFilter::Terminated => StatusFilter::All,
        }
    }

    pub fn status(self) -> Option<EmployeeStatus> {
        match self {
            StatusFilter::All => None,
            StatusFilter::Active => Some(EmployeeStatus::Active),
            StatusFilter::Pending => Some(EmployeeStatus::Pending),
            StatusFilter::Terminated => Some(EmployeeStatus::Terminated),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Active => "active",
            StatusFilter::Pending => "pending",
            StatusFilter::Terminated => "terminated",
        }
    }
}

/// Where the list's first page stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListLoad {
    /// Waiting for the first page of the current query.
    Loading,
    Ready,
    /// The last list request failed (the error in words).
    Failed(String),
}

/// The loaded part of the user list and the cursor over it.
#[derive(Debug, Clone)]
pub struct UserList {
    rows: Vec<EmployeeFullDto>,
    /// Row index by user id (rows are only appended or replaced wholesale).
    index: HashMap<Uuid, usize>,
    /// All matches on the portal, as its last page said.
    pub total: Option<u64>,
    next_start: u64,
    exhausted: bool,
    /// The row under the cursor (index into the loaded rows).
    pub cursor: usize,
    /// The first row drawn.
    pub scroll: usize,
    /// The selected user; kept across refreshes.
    pub selected: Option<Uuid>,
    /// Bumped for every new query; replies of older generations are stale.
    pub generation: u64,
    /// The search text applied to the portal query.
    pub filter_text: String,
    pub status_filter: StatusFilter,
    pub load: ListLoad,
    /// The list request in flight, if any.
    pub page_in_flight: Option<RequestId>,
    /// The next page replaces the rows (first page of a new generation).
    replace_on_next: bool,
    /// While > rows loaded, pages are read until the selected user is found again.
    restore_until: usize,
}

impl Default for UserList {
    fn default() -> Self {
        UserList {
            rows: Vec::new(),
            index: HashMap::new(),
            total: None,
            next_start: 0,
            exhausted: false,
            cursor: 0,
            scroll: 0,
            selected: None,
            generation: 0,
            filter_text: String::new(),
            status_filter: StatusFilter::All,
            load: ListLoad::Loading,
            page_in_flight: None,
            replace_on_next: true,
            restore_until: 0,
        }
    }
}

impl UserList {
    pub fn rows(&self) -> &[EmployeeFullDto] {
        &self.rows
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// True when every match has been loaded.
    pub fn is_complete(&self) -> bool {
        self.exhausted
    }

    pub fn current(&self) -> Option<&EmployeeFullDto> {
        self.rows.get(self.cursor)
    }

    pub fn position(&self, id: Uuid) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// The portal query for a page starting at `start`.
    pub fn query(&self, start: u64) -> UserQuery {
        let filter = self.filter_text.trim();
        UserQuery {
            start_index: start,
            count: PAGE_SIZE,
            filter_value: (!filter.is_empty()).then(|| filter.to_string()),
            status: self.status_filter.status(),
            ..UserQuery::default()
        }
    }

    /// Starts a new query generation: the rows stay on screen until its first page
    /// arrives. With `restore`, pages are read until the selected user is found again
    /// (up to the number of rows loaded now). Returns the query of the first page.
    pub fn begin_reload(&mut self, restore: bool) -> UserQuery {
        self.generation += 1;
        self.replace_on_next = true;
        self.next_start = 0;
        self.exhausted = false;
        self.restore_until = if restore {
            self.rows.len().min(RESTORE_LIMIT)
        } else {
            0
        };
        if self.rows.is_empty() || !restore {
            self.load = ListLoad::Loading;
        }
        self.query(0)
    }

    /// The query of the next page, when one should be fetched now: the cursor is near
    /// the end of the loaded rows (or a refresh is still looking for the selection).
    pub fn next_page_wanted(&self) -> Option<UserQuery> {
        if self.exhausted || self.page_in_flight.is_some() || self.replace_on_next {
            return None;
        }
        if matches!(self.load, ListLoad::Failed(_)) {
            return None;
        }
        let near_end = self.rows.len().saturating_sub(self.cursor + 1) < PREFETCH_MARGIN;
        let restoring = self.restoring();
        (near_end || restoring).then(|| self.query(self.next_start))
    }

    fn restoring(&self) -> bool {
        self.restore_until > self.rows.len()
            && self
                .selected
                .is_some_and(|id| !self.index.contains_key(&id))
    }

    /// Adds a page of the current generation.
    pub fn apply_page(&mut self, page: UserPage, viewport: usize) {
        if self.replace_on_next {
            self.rows.clear();
            self.index.clear();
            self.replace_on_next = false;
        }
        let got = page.users.len();
        for u in page.users {
            if let std::collections::hash_map::Entry::Vacant(e) = self.index.entry(u.id) {
                e.insert(self.rows.len());
                self.rows.push(u);
            }
        }
        self.next_start = page.start_index + got as u64;
        self.total = page.total;
        self.exhausted =
            got < PAGE_SIZE as usize || page.total.is_some_and(|t| self.next_start >= t);
        self.load = ListLoad::Ready;
        if self.exhausted {
            self.restore_until = 0;
        }
        match self.selected.and_then(|id| self.position(id)) {
            Some(pos) => {
                self.restore_until = 0;
                self.cursor = pos;
            }
            None => {
                self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
                if !self.restoring() {
                    self.selected = self.rows.get(self.cursor).map(|u| u.id);
                }
            }
        }
        self.keep_cursor_visible(viewport);
    }

    /// A list request failed: the rows already shown stay.
    pub fn page_failed(&mut self, words: String) {
        self.restore_until = 0;
        self.load = ListLoad::Failed(words);
    }

    /// Moves the cursor to `idx` (clamped) and selects that user.
    pub fn move_to(&mut self, idx: usize, viewport: usize) {
        if self.rows.is_empty() {
            self.cursor = 0;
            return;
        }
        self.cursor = idx.min(self.rows.len() - 1);
        self.selected = self.rows.get(self.cursor).map(|u| u.id);
        self.restore_until = 0;
        self.keep_cursor_visible(viewport);
    }

    pub fn move_by(&mut self, delta: isize, viewport: usize) {
        let target = self.cursor.saturating_add_signed(delta);
        self.move_to(target, viewport);
    }

    /// Adjusts the scroll so the cursor is within `viewport` rows.
    pub fn keep_cursor_visible(&mut self, viewport: usize) {
        let h = viewport.max(1);
        if self.cursor < self.scroll {
            self.scroll = self.cursor;
        } else if self.cursor >= self.scroll + h {
            self.scroll = self.cursor + 1 - h;
        }
        let max_scroll = self.rows.len().saturating_sub(h);
        self.scroll = self.scroll.min(max_scroll);
    }

    /// After [`begin_reload`](Self::begin_reload): selects `id` and keeps reading pages
    /// until it is found (up to [`RESTORE_LIMIT`] rows), as for a user just created.
    pub fn seek(&mut self, id: Uuid) {
        self.selected = Some(id);
        self.restore_until = RESTORE_LIMIT;
    }

    /// Replaces one loaded user (after a lookup or a write), keeping its place.
    pub fn replace_user(&mut self, user: &EmployeeFullDto) -> bool {
        match self.position(user.id) {
            Some(pos) => {
                self.rows[pos] = user.clone();
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(n: u128) -> EmployeeFullDto {
        let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
        u.first_name = Some(format!("User{n}"));
        u
    }

    fn page(start: u64, ids: std::ops::Range<u128>, total: u64) -> UserPage {
        UserPage {
            users: ids.map(user).collect(),
            total: Some(total),
            start_index: start,
        }
    }

    #[test]
    fn pages_append_dedup_and_end() {
        let mut l = UserList::default();
        l.begin_reload(false);
        l.apply_page(page(0, 0..100, 150), 10);
        assert_eq!(l.len(), 100);
        assert!(!l.is_complete());
        l.apply_page(page(100, 95..145, 150), 10);
        assert_eq!(l.len(), 145, "five duplicates dropped");
        assert!(l.is_complete());
    }

    #[test]
    fn prefetch_only_near_the_end() {
        let mut l = UserList::default();
        l.begin_reload(false);
        l.apply_page(page(0, 0..100, 300), 10);
        assert_eq!(l.next_page_wanted(), None);
        l.move_to(79, 10);
        assert_eq!(l.next_page_wanted(), None);
        l.move_to(80, 10);
        assert_eq!(l.next_page_wanted().map(|q| q.start_index), Some(100));
    }

    #[test]
    fn status_filter_cycles_through_four() {
        let mut f = StatusFilter::All;
        let mut seen = vec![];
        for _ in 0..4 {
            f = f.next();
            seen.push(f.label());
        }
        assert_eq!(seen, ["active", "pending", "terminated", "all"]);
    }
}
