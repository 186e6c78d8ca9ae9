//! The user list as the portal holds it: positions `0..total`, filled page by page as they
//! come into view. Any position, the last one included, is one request away, so `G` on a
//! hundred thousand users reads one page, not a thousand.
//!
//! Pages are keyed by their number (`startIndex / PAGE_SIZE`). A user id is held at one
//! position only: when a page shows that the portal's list moved since other pages were
//! read (the total changed, or an id turns up at another position), the other pages are
//! dropped and read again as they come into view. The selection is kept by id across
//! refreshes: a refresh re-reads the page under the cursor (and its neighbours) and moves
//! the cursor to wherever the selected user is now. When it is not found there (its status
//! changed and it moved far, it left the filter, it is gone), it stays selected and the
//! cursor keeps its row: the selection never passes to whoever took that row.
//!
//! Only the pages around the screen are held (see [`KEEP_PAGES`]): the others are dropped
//! as the cursor moves away and read again when it comes back, so memory stays flat however
//! far the list is scrolled. Rows carry only the properties the list draws and its actions
//! need (`fields=`, see [`UserList::set_row_fields`]); the detail pane reads the whole
//! profile of the selected user (`state::profiles`).

pub(crate) mod columns;
mod filter;
pub(crate) mod row_fields;
mod window;

use std::collections::{BTreeMap, HashMap, VecDeque};

use uuid::Uuid;

pub(crate) use filter::StatusFilter;

use crate::api::query::{MAX_PAGE, SortBy, SortOrder};
use crate::api::{EmployeeFullDto, ListFilters, PagingProblem, UserPage, UserQuery};
use crate::app::effect::RequestId;

/// Users per page requested from the portal.
pub(crate) const PAGE_SIZE: u32 = MAX_PAGE;
const PAGE: usize = PAGE_SIZE as usize;
/// Rows beyond the screen (above and below) that are read ahead.
pub(crate) const PREFETCH_MARGIN: usize = 20;
/// Most page requests in flight at once.
pub(crate) const MAX_PAGES_IN_FLIGHT: usize = 4;
/// Pages read, from the top, to find a user just created.
pub(crate) const SEEK_PAGES: u64 = 20;
/// Pages held beyond those in view and the prefetch margin, on each side; pages further
/// away are dropped (and read again when they come back into view).
pub(crate) const KEEP_PAGES: u64 = 2;
/// A total above this is not believed (positions stay far from overflow).
const MAX_ROWS: u64 = 1 << 32;

/// Where the list stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListLoad {
    /// Waiting for the first page of the current query.
    Loading,
    Ready,
    /// The last list request failed (the error in words).
    Failed(String),
}

/// How many users the list has, as far as is known (the status line says it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListSize {
    /// The first page of a new query is on its way.
    Reading,
    /// The portal's total.
    Total(u64),
    /// No total, and the list's end was read: this many.
    Counted(usize),
    /// No total, and more may follow: at least this many.
    AtLeast(usize),
}

/// Whether the pages shown are from before a reload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stale {
    No,
    /// A refresh of the same query: kept if it fails.
    SameQuery,
    /// A new search or filter: dropped if it fails.
    OtherQuery,
}

/// A user looked for, and the pages still to read for it, in order.
#[derive(Debug, Clone, PartialEq)]
struct Seek {
    id: Uuid,
    pages: VecDeque<u64>,
}

/// The loaded pages of the user list and the cursor over it.
#[derive(Debug, Clone)]
pub struct UserList {
    pages: BTreeMap<u64, Vec<EmployeeFullDto>>,
    /// Position by user id, over the loaded pages.
    index: HashMap<Uuid, usize>,
    /// The pages are from before a reload: shown until its first page arrives.
    stale: Stale,
    /// All matches on the portal, as its last page said.
    pub total: Option<u64>,
    /// Without a total: the last page read was full, so more may follow.
    more_after: bool,
    /// The position under the cursor.
    pub cursor: usize,
    /// The first position drawn.
    pub scroll: usize,
    /// The user under the cursor (None on a row not loaded yet); kept across refreshes.
    pub selected: Option<Uuid>,
    /// Bumped for every new query; replies of older generations are stale.
    pub generation: u64,
    /// The search text applied to the portal query.
    pub filter_text: String,
    pub status_filter: StatusFilter,
    /// Types, group, login type, payments, quota (the filter panel).
    pub filters: ListFilters,
    /// The portal's order (`sortBy`, `sortOrder`).
    pub sort_by: SortBy,
    pub sort_order: SortOrder,
    pub load: ListLoad,
    /// Page requests in flight: page number → request.
    in_flight: BTreeMap<u64, RequestId>,
    seek: Option<Seek>,
    /// The properties each row is read with (`fields=`); empty reads whole profiles.
    row_fields: Vec<&'static str>,
    /// Without a total: one past the furthest position read, dropped pages included.
    end_seen: usize,
}

impl Default for UserList {
    fn default() -> Self {
        UserList {
            pages: BTreeMap::new(),
            index: HashMap::new(),
            stale: Stale::No,
            total: None,
            more_after: false,
            cursor: 0,
            scroll: 0,
            selected: None,
            generation: 0,
            filter_text: String::new(),
            status_filter: StatusFilter::All,
            filters: ListFilters::default(),
            sort_by: SortBy::FirstName,
            sort_order: SortOrder::Ascending,
            load: ListLoad::Loading,
            in_flight: BTreeMap::new(),
            seek: None,
            row_fields: Vec::new(),
            end_seen: 0,
        }
    }
}

fn page_of(pos: usize) -> u64 {
    (pos / PAGE) as u64
}

fn page_start(page: u64) -> usize {
    usize::try_from(page)
        .unwrap_or(usize::MAX)
        .saturating_mul(PAGE)
}

impl UserList {
    /// An empty list whose rows are read with what `columns` draw and every row carries
    /// (see [`row_fields`](row_fields::row_fields)): the one way a list is started.
    pub(crate) fn for_columns(columns: &[crate::people::columns::Column]) -> UserList {
        UserList {
            row_fields: row_fields::row_fields(columns),
            ..UserList::default()
        }
    }

    /// Positions in the list: the portal's total (once known), else what is loaded.
    pub fn len(&self) -> usize {
        match self.total {
            Some(t) => usize::try_from(t.min(MAX_ROWS)).unwrap_or(usize::MAX),
            None => self.loaded_end(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many users the list has, as far as is known: what the portal said, not what
    /// is held now (pages far from the screen are dropped). While a refresh of the same
    /// query is on its way, what the last one said.
    pub fn size(&self) -> ListSize {
        match (&self.load, self.total) {
            (ListLoad::Loading, _) if self.stale != Stale::SameQuery => ListSize::Reading,
            (_, Some(t)) => ListSize::Total(t.min(MAX_ROWS)),
            (_, None) if self.more_after => ListSize::AtLeast(self.loaded_end()),
            (_, None) => ListSize::Counted(self.loaded_end()),
        }
    }

    /// Users held now (drawable without a request).
    pub fn loaded_count(&self) -> usize {
        self.index.len()
    }

    /// True when every match is held now.
    pub fn is_complete(&self) -> bool {
        match self.total {
            Some(t) => self.index.len() as u64 >= t,
            None => !self.more_after && !self.pages.is_empty(),
        }
    }

    /// One past the last position read (pages dropped since included).
    fn loaded_end(&self) -> usize {
        self.pages
            .iter()
            .next_back()
            .map_or(0, |(p, rows)| page_start(*p).saturating_add(rows.len()))
            .max(self.end_seen)
    }

    /// Reads rows with only these properties (`fields=`, `id` among them). Returns
    /// whether some of them were not read before (the rows held lack them: read them
    /// again).
    pub fn set_row_fields(&mut self, fields: Vec<&'static str>) -> bool {
        let more =
            !self.row_fields.is_empty() && fields.iter().any(|f| !self.row_fields.contains(f));
        self.row_fields = fields;
        more
    }

    /// The user at `pos`, when its page is loaded.
    pub fn get(&self, pos: usize) -> Option<&EmployeeFullDto> {
        self.pages.get(&page_of(pos))?.get(pos % PAGE)
    }

    pub fn current(&self) -> Option<&EmployeeFullDto> {
        self.get(self.cursor)
    }

    pub fn position(&self, id: Uuid) -> Option<usize> {
        self.index.get(&id).copied()
    }

    /// A loaded user by id.
    pub fn by_id(&self, id: Uuid) -> Option<&EmployeeFullDto> {
        self.position(id).and_then(|pos| self.get(pos))
    }

    /// The loaded users with their positions, in list order.
    pub fn loaded(&self) -> impl Iterator<Item = (usize, &EmployeeFullDto)> {
        self.pages.iter().flat_map(|(p, rows)| {
            let start = page_start(*p);
            rows.iter()
                .enumerate()
                .map(move |(i, u)| (start.saturating_add(i), u))
        })
    }

    /// Whether the page holding `pos` has been asked for and not answered yet.
    pub fn is_loading(&self, pos: usize) -> bool {
        self.in_flight.contains_key(&page_of(pos))
            || (self.stale != Stale::No && self.get(pos).is_none())
    }

    /// The portal query for page `page`.
    pub fn query(&self, page: u64) -> UserQuery {
        let filter = self.filter_text.trim();
        UserQuery {
            start_index: page.saturating_mul(u64::from(PAGE_SIZE)),
            count: PAGE_SIZE,
            filter_value: (!filter.is_empty()).then(|| filter.to_string()),
            status: self.status_filter.status(),
            filters: self.filters.clone(),
            sort_by: Some(self.sort_by),
            sort_order: self.sort_order,
            fields: self.row_fields.clone(),
            ..UserQuery::default()
        }
    }

    /// Starts a new query generation and returns the page requests to cancel. The rows
    /// shown stay until its first page arrives.
    ///
    /// With `restore` (a refresh of the same query), the selected user is looked for
    /// around the cursor. Without it (a new search or filter), the cursor goes to the top.
    pub fn begin_reload(&mut self, restore: bool) -> Vec<RequestId> {
        self.generation += 1;
        let cancelled = std::mem::take(&mut self.in_flight).into_values().collect();
        self.seek = None;
        // A reload is also the retry after a failed page.
        self.load = ListLoad::Loading;
        if self.pages.is_empty() {
            self.clear();
        } else if restore {
            self.stale = Stale::SameQuery;
        } else {
            self.stale = Stale::OtherQuery;
            self.more_after = false;
            self.cursor = 0;
            self.scroll = 0;
        }
        if !restore {
            self.selected = None;
        } else if let Some(id) = self.selected {
            self.seek = Some(Seek {
                id,
                pages: around(page_of(self.cursor)),
            });
        }
        cancelled
    }

    /// Forgets every row: an empty list at the top. The selection (an id) stays.
    fn clear(&mut self) {
        self.pages.clear();
        self.index.clear();
        self.stale = Stale::No;
        self.total = None;
        self.more_after = false;
        self.end_seen = 0;
        self.cursor = 0;
        self.scroll = 0;
    }

    /// After [`begin_reload`](Self::begin_reload): selects `id` and reads pages from the
    /// top (up to [`SEEK_PAGES`]) until it is found, as for a user just created.
    pub fn seek(&mut self, id: Uuid) {
        self.selected = Some(id);
        self.seek = Some(Seek {
            id,
            pages: (0..SEEK_PAGES).collect(),
        });
    }

    /// Notes that `page` was asked for with request `id`.
    pub fn page_requested(&mut self, page: u64, id: RequestId) {
        self.in_flight.insert(page, id);
    }

    /// Whether `id` is the request in flight for `page`.
    pub fn awaits(&self, page: u64, id: RequestId) -> bool {
        self.in_flight.get(&page) == Some(&id)
    }

    /// Adds page `page_no` of the current generation. A page that contradicts the list
    /// (see `page_problem`) is not added: reading stops, as after a
    /// failed page, and the problem is returned for the status line.
    pub fn apply_page(
        &mut self,
        page_no: u64,
        page: UserPage,
        viewport: usize,
    ) -> Option<PagingProblem> {
        self.in_flight.remove(&page_no);
        if std::mem::replace(&mut self.stale, Stale::No) != Stale::No {
            self.pages.clear();
            self.index.clear();
            self.total = None;
            self.end_seen = 0;
        }
        let start = page_start(page_no);
        if let Some(problem) = self.page_problem(start, &page) {
            self.more_after = false;
            self.seek = None;
            self.load = ListLoad::Failed(problem.to_string());
            self.settle_cursor(viewport);
            return Some(problem);
        }
        let total = page.total.map(|t| t.min(MAX_ROWS));
        let got = page.users.len();
        let moved = self.total.is_some() && total != self.total
            || page.users.iter().enumerate().any(|(i, u)| {
                self.position(u.id)
                    .is_some_and(|pos| pos != start.saturating_add(i))
            });
        if moved {
            // The portal's list changed since the other pages were read.
            self.pages.clear();
            self.index.clear();
            self.end_seen = 0;
        }
        let mut rows = Vec::with_capacity(got.min(PAGE));
        for u in page.users.into_iter().take(PAGE) {
            let pos = start.saturating_add(rows.len());
            if self.index.insert(u.id, pos).is_none() {
                rows.push(u);
            }
        }
        let end = start.saturating_add(rows.len());
        self.pages.insert(page_no, rows);
        self.total = total;
        // A page read again before the furthest one read says nothing about what follows.
        if total.is_some() || end >= self.loaded_end() {
            self.more_after = total.is_none() && got >= PAGE;
        }
        self.load = ListLoad::Ready;
        if moved
            && self.seek.is_none()
            && let Some(id) = self.selected.filter(|id| !self.index.contains_key(id))
        {
            self.seek = Some(Seek {
                id,
                pages: around(page_of(self.cursor)),
            });
        }
        self.settle_cursor(viewport);
        None
    }

    /// Why a page starting at position `start` cannot be believed: it holds only users
    /// the list already holds at other positions while the total stayed the same (the
    /// portal repeated a page), it is empty before the total, or it reaches past the
    /// total. Paging on such a portal would never end.
    fn page_problem(&self, start: usize, page: &UserPage) -> Option<PagingProblem> {
        let start_u64 = start as u64;
        let got = page.users.len();
        let end = start_u64.saturating_add(got as u64);
        let total = page.total.map(|t| t.min(MAX_ROWS));
        let repeated = got > 0
            && total == self.total
            && page.users.iter().enumerate().all(|(i, u)| {
                self.position(u.id)
                    .is_some_and(|pos| pos != start.saturating_add(i))
            });
        match total {
            Some(total) if got == 0 && start_u64 < total => Some(PagingProblem::EmptyBeforeTotal {
                start: start_u64,
                total,
            }),
            _ if repeated => Some(PagingProblem::Repeated { start: start_u64 }),
            // Users past the total contradict it; an empty page there (a page asked for
            // while the list was longer, a user deleted since) is only the list's end.
            Some(total) if got > 0 && end > total => {
                Some(PagingProblem::BeyondTotal { end, total })
            }
            _ => None,
        }
    }

    /// After a page: the cursor goes to the user looked for (when found) and stays within
    /// the list. The selection is an id: it moves only with the cursor keys, never to the
    /// user who took the selected one's row; only when no one is selected does it take the
    /// row under the cursor.
    fn settle_cursor(&mut self, viewport: usize) {
        if let Some(seek) = &mut self.seek {
            match self.index.get(&seek.id) {
                Some(pos) => {
                    self.cursor = *pos;
                    self.seek = None;
                }
                None => {
                    let pages = &self.pages;
                    seek.pages.retain(|p| !pages.contains_key(p));
                    if seek.pages.is_empty() {
                        self.seek = None;
                    }
                }
            }
        }
        self.cursor = self.cursor.min(self.len().saturating_sub(1));
        if self.seek.is_none() && self.selected.is_none() {
            self.selected = self.current().map(|u| u.id);
        }
        self.keep_cursor_visible(viewport);
    }

    /// A page request failed: the rows already read for this query stay; nothing more is
    /// read until the next refresh.
    pub fn page_failed(&mut self, page_no: u64, words: String) {
        self.in_flight.remove(&page_no);
        match std::mem::replace(&mut self.stale, Stale::No) {
            // The rows shown belong to another query: not shown under this one.
            Stale::OtherQuery => self.clear(),
            Stale::SameQuery | Stale::No => {}
        }
        self.seek = None;
        self.load = ListLoad::Failed(words);
    }

    /// The selected user, when the list was read again without finding it where it was
    /// looked for (it moved far, left this filter, or is gone).
    pub fn lost_selection(&self) -> Option<Uuid> {
        let settled =
            self.seek.is_none() && self.stale == Stale::No && self.load == ListLoad::Ready;
        self.selected
            .filter(|id| settled && !self.index.contains_key(id))
    }

    /// Moves the cursor to `idx` (clamped) and selects the user there.
    pub fn move_to(&mut self, idx: usize, viewport: usize) {
        self.seek = None;
        let len = self.len();
        self.cursor = idx.min(len.saturating_sub(1));
        self.selected = self.current().map(|u| u.id);
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
        } else if self.cursor >= self.scroll.saturating_add(h) {
            self.scroll = self.cursor.saturating_add(1).saturating_sub(h);
        }
        self.scroll = self.scroll.min(self.len().saturating_sub(h));
    }

    /// Replaces one loaded user (after a look-up or a write), keeping its place.
    pub fn replace_user(&mut self, user: &EmployeeFullDto) -> bool {
        let Some(pos) = self.position(user.id) else {
            return false;
        };
        match self
            .pages
            .get_mut(&page_of(pos))
            .and_then(|rows| rows.get_mut(pos % PAGE))
        {
            Some(slot) => {
                *slot = user.clone();
                true
            }
            None => false,
        }
    }
}

/// The pages a moved user is looked for on: its old page, then the next (users added
/// above push it down), then the previous.
fn around(page: u64) -> VecDeque<u64> {
    let mut pages = VecDeque::from([page, page.saturating_add(1)]);
    if let Some(prev) = page.checked_sub(1) {
        pages.push_back(prev);
    }
    pages
}

#[cfg(test)]
mod eviction_tests;
#[cfg(test)]
mod paging_tests;
#[cfg(test)]
mod tests;
