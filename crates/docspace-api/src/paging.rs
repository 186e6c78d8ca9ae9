//! Following the pages of a user list without trusting the portal to end them.
//!
//! A page that adds no user not listed before, an empty page before the portal's
//! `total`, or users beyond that `total` end the listing with a [`PagingProblem`]; a
//! listing that ends with fewer users than the `total` is [`Incomplete`]. A limit is
//! honoured whatever the portal sends. Every page must add a user, so a listing of `n`
//! users costs at most `n / page size + 2` requests, even against a portal that repeats
//! one page and sends no `total`.

use std::collections::HashSet;

use uuid::Uuid;

use super::dto::EmployeeFullDto;
use super::query::MAX_PAGE;

/// Why a listing stopped before the portal said it was over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PagingProblem {
    #[error("the portal sent a page of users already listed (at position {start})")]
    Repeated { start: u64 },
    #[error("the portal sent an empty page at position {start} of the {total} users it counts")]
    EmptyBeforeTotal { start: u64, total: u64 },
    #[error("the portal sent users up to position {end} of the {total} it counts")]
    BeyondTotal { end: u64, total: u64 },
}

/// A listing that did not get every user the portal counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Incomplete {
    /// Users read.
    pub got: usize,
    /// What the portal counted (its last `total`), if it said.
    pub total: Option<u64>,
    /// Why paging stopped early, if it did.
    pub problem: Option<PagingProblem>,
}

impl std::fmt::Display for Incomplete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let of_total = match self.total {
            Some(t) if (self.got as u64) < t => format!(" of the {t} it counts"),
            _ => String::new(),
        };
        match (self.problem, self.total) {
            (Some(p), _) => write!(f, "{p}; stopped after {} users{of_total}", self.got),
            (None, Some(t)) => write!(f, "the portal counts {t} users but listed {}", self.got),
            (None, None) => write!(f, "stopped after {} users", self.got),
        }
    }
}

/// Follows the pages of one list: says where the next page starts, takes each page's
/// users not seen before, and decides when to stop.
#[derive(Debug, Clone)]
pub struct Pager {
    first: u64,
    next: Option<u64>,
    page_size: usize,
    limit: Option<usize>,
    seen: HashSet<Uuid>,
    taken: usize,
    total: Option<u64>,
    problem: Option<PagingProblem>,
    limited: bool,
}

impl Pager {
    /// Pages of `page_size` (1 to [`MAX_PAGE`]) from `start`, stopping at `limit` users.
    pub fn new(start: u64, page_size: u32, limit: Option<usize>) -> Self {
        Self {
            first: start,
            next: (limit != Some(0)).then_some(start),
            page_size: page_size.clamp(1, MAX_PAGE) as usize,
            limit,
            seen: HashSet::new(),
            taken: 0,
            total: None,
            problem: None,
            limited: limit == Some(0),
        }
    }

    /// Where the next page starts; `None` once the listing has ended.
    pub fn next_start(&self) -> Option<u64> {
        self.next
    }

    /// Takes the page asked for at [`next_start`](Self::next_start): returns its users
    /// not listed before (up to the limit) and decides whether another page follows.
    pub fn take(&mut self, page: UserPage) -> Vec<EmployeeFullDto> {
        let Some(start) = self.next.take() else {
            return Vec::new();
        };
        if page.total.is_some() {
            self.total = page.total;
        }
        let got = page.users.len();
        let mut fresh: Vec<EmployeeFullDto> = page
            .users
            .into_iter()
            .filter(|u| self.seen.insert(u.id))
            .collect();
        if let Some(limit) = self.limit {
            let room = limit.saturating_sub(self.taken);
            if fresh.len() >= room {
                fresh.truncate(room);
                self.taken += fresh.len();
                self.limited = true;
                return fresh;
            }
        }
        self.taken += fresh.len();
        let end = start.saturating_add(got as u64);
        match self.total {
            _ if got == 0 => {
                if let Some(total) = self.total.filter(|t| start < *t) {
                    self.problem = Some(PagingProblem::EmptyBeforeTotal { start, total });
                }
            }
            _ if fresh.is_empty() => self.problem = Some(PagingProblem::Repeated { start }),
            Some(total) if end > total => {
                self.problem = Some(PagingProblem::BeyondTotal { end, total });
            }
            Some(total) if end >= total => {}
            _ if got < self.page_size => {}
            _ => self.next = Some(end),
        }
        fresh
    }

    /// Takes the users of a page read again (after the listing ended short): those not
    /// listed before, whatever the page's position. Ties in the portal's order may move
    /// between requests (MySQL leaves them unordered), so a user can fall between two
    /// pages; reading again finds them.
    pub fn take_missed(&mut self, users: Vec<EmployeeFullDto>) -> Vec<EmployeeFullDto> {
        let fresh: Vec<EmployeeFullDto> = users
            .into_iter()
            .filter(|u| self.seen.insert(u.id))
            .collect();
        self.taken += fresh.len();
        fresh
    }

    /// After the listing has ended: whether it ended short of the portal's `total` with
    /// no page contradicting another (users fell between pages, so reading again may find
    /// them). Never when a limit ended it.
    pub fn short(&self) -> bool {
        let expected = self.total.map(|t| t.saturating_sub(self.first));
        self.next.is_none()
            && !self.limited
            && self.problem.is_none()
            && expected.is_some_and(|t| (self.taken as u64) < t)
    }

    /// The portal's last `total`, if it sent one.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// Users taken so far.
    pub fn taken(&self) -> usize {
        self.taken
    }

    /// After the listing has ended: why it is incomplete, if it is (a problem that
    /// stopped it, or fewer users than the portal counts; never when the limit ended it).
    pub fn incomplete(&self) -> Option<Incomplete> {
        if self.limited {
            return None;
        }
        let expected = self.total.map(|t| t.saturating_sub(self.first));
        let short = expected.is_some_and(|t| (self.taken as u64) < t);
        (self.problem.is_some() || short).then_some(Incomplete {
            got: self.taken,
            total: self.total,
            problem: self.problem,
        })
    }
}

/// One page of a user list.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPage {
    pub users: Vec<EmployeeFullDto>,
    /// All matches before paging (`total`), when the server sent it.
    pub total: Option<u64>,
    pub start_index: u64,
}

/// A list followed page by page.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    pub users: Vec<EmployeeFullDto>,
    /// The portal's last `total`, if it sent one.
    pub total: Option<u64>,
    /// Set when the listing did not get every user (never when a limit ended it).
    pub incomplete: Option<Incomplete>,
}

#[cfg(test)]
#[path = "paging_tests.rs"]
mod tests;
