//! Following a user list with several pages in flight, handing each page over, in order,
//! as soon as it arrives (the commands print it and forget it, so memory stays flat).
//!
//! The first page is read alone; once the portal has said its `total`, the starts of the
//! following pages are known and up to `in_flight` of them are asked for at once (each
//! still retried on its own, after the portal's `Retry-After` on a 429). Pages are taken
//! in order through the [`Pager`], which checks them as one at a time; a page that ends
//! the list early stops the ones in flight.
//!
//! Ties in the portal's order (users with the same sort key) may move between requests,
//! so a user can fall between two pages and another be listed twice. Duplicates are
//! dropped by id; a listing that ends short of the `total` is read again in the order of
//! a unique key (the email: no two users share one, so no page boundary can move), up to
//! [`REREADS`] times, taking only the users not listed yet: they come last, out of the
//! order asked for, but every user comes exactly once.

use futures::stream::{self, StreamExt};

use super::PortalClient;
use crate::dto::EmployeeFullDto;
use crate::error::ApiError;
use crate::paging::{Incomplete, Pager};
use crate::query::{MAX_PAGE, SortBy, SortOrder, UserQuery};

/// Pages asked for at once by default, once the portal's total is known.
pub const PAGES_IN_FLIGHT: usize = 8;

/// How often a listing that ended short of the portal's total is read again (once is
/// enough unless the directory changes meanwhile).
const REREADS: usize = 2;

/// How a listing followed page by page ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Streamed {
    /// Users handed over.
    pub taken: usize,
    /// The portal's last `total`, if it sent one.
    pub total: Option<u64>,
    /// Set when the listing did not get every user (never when a limit ended it).
    pub incomplete: Option<Incomplete>,
}

impl PortalClient {
    /// Follows the pages of `q` from its start index with up to `in_flight` pages asked
    /// for at once, calling `on_page` with each page's users not listed before, in the
    /// portal's order, and the portal's total. Stops at `limit` users when given.
    pub async fn list_each(
        &self,
        q: &UserQuery,
        limit: Option<usize>,
        in_flight: usize,
        mut on_page: impl FnMut(Vec<EmployeeFullDto>, Option<u64>),
    ) -> Result<Streamed, ApiError> {
        let mut pager = Pager::new(q.start_index, q.count, limit);
        let step = u64::from(q.count.clamp(1, MAX_PAGE));
        let in_flight = in_flight.max(1);
        while let Some(start) = pager.next_start() {
            let page = self.list_users(&q.at(start)).await?;
            let fresh = pager.take(page);
            on_page(fresh, pager.total());
            let (Some(next), Some(total)) = (pager.next_start(), pager.total()) else {
                continue;
            };
            let end = match limit {
                Some(l) => total.min(q.start_index.saturating_add(l as u64)),
                None => total,
            };
            let starts = (next..end).step_by(step as usize);
            let mut pages = stream::iter(starts)
                .map(|s| async move { (s, self.list_users(&q.at(s)).await) })
                .buffered(in_flight);
            while let Some((s, page)) = pages.next().await {
                // A page that ended the list, or moved where the next one starts, stops
                // those in flight; the outer loop goes on from where the pager says.
                if pager.next_start() != Some(s) {
                    break;
                }
                let fresh = pager.take(page?);
                on_page(fresh, pager.total());
            }
        }
        for _ in 0..REREADS {
            if !pager.short() {
                break;
            }
            self.reread(q, &mut pager, in_flight, &mut on_page).await?;
        }
        Ok(Streamed {
            taken: pager.taken(),
            total: pager.total(),
            incomplete: pager.incomplete(),
        })
    }

    /// Reads every page of `q` again in the order of email addresses (up to the portal's
    /// total), handing over the users not listed before.
    async fn reread(
        &self,
        q: &UserQuery,
        pager: &mut Pager,
        in_flight: usize,
        on_page: &mut impl FnMut(Vec<EmployeeFullDto>, Option<u64>),
    ) -> Result<(), ApiError> {
        let Some(total) = pager.total() else {
            return Ok(());
        };
        let step = u64::from(q.count.clamp(1, MAX_PAGE));
        let q = &UserQuery {
            sort_by: Some(SortBy::Email),
            sort_order: SortOrder::Ascending,
            ..q.clone()
        };
        let mut pages = stream::iter((q.start_index..total).step_by(step as usize))
            .map(|s| async move { self.list_users(&q.at(s)).await })
            .buffered(in_flight);
        while let Some(page) = pages.next().await {
            let fresh = pager.take_missed(page?.users);
            if !fresh.is_empty() {
                on_page(fresh, pager.total());
            }
            if !pager.short() {
                break;
            }
        }
        Ok(())
    }
}
