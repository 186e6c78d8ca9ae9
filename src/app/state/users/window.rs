//! The window of the list: the pages the rows in view (and a margin) fall on, which of
//! them to ask for, and the pages held beyond it that are dropped.

use super::{KEEP_PAGES, ListLoad, MAX_PAGES_IN_FLIGHT, PREFETCH_MARGIN, Stale, UserList};
use super::{page_of, page_start};
use crate::app::effect::RequestId;

impl UserList {
    /// Pages held now (for tests and the memory benchmark: bounded however far the list
    /// was scrolled).
    pub fn held_pages(&self) -> usize {
        self.pages.len()
    }

    /// Drops the pages beyond [`KEEP_PAGES`] of those in view (and the prefetch margin),
    /// forgetting their users' positions, and stops asking for such pages: returns their
    /// requests, to cancel (they would hold slots the pages in view wait for). The page a
    /// seek reads next stays asked for. Pages shown from before a reload stay until it
    /// answers.
    pub fn evict(&mut self, viewport: usize) -> Vec<RequestId> {
        if self.stale != Stale::No {
            return Vec::new();
        }
        let window = self.window(viewport);
        let lo = window.start.saturating_sub(KEEP_PAGES);
        let hi = window
            .end
            .saturating_add(KEEP_PAGES)
            .max(lo.saturating_add(1));
        let far = |p: &u64| *p < lo || *p >= hi;
        let held: Vec<u64> = self.pages.keys().copied().filter(far).collect();
        for p in held {
            if let Some(rows) = self.pages.remove(&p) {
                self.end_seen = self.end_seen.max(page_start(p).saturating_add(rows.len()));
                for u in rows {
                    self.index.remove(&u.id);
                }
            }
        }
        let sought = self.seek.as_ref().and_then(|s| s.pages.front().copied());
        let asked: Vec<u64> = self
            .in_flight
            .keys()
            .copied()
            .filter(|p| far(p) && Some(*p) != sought)
            .collect();
        asked
            .into_iter()
            .filter_map(|p| self.in_flight.remove(&p))
            .collect()
    }

    /// The pages to ask for now: the next one a seek reads, then those in view or within
    /// [`PREFETCH_MARGIN`] rows of it, at most [`MAX_PAGES_IN_FLIGHT`] in flight.
    pub fn pages_wanted(&self, viewport: usize) -> Vec<u64> {
        if matches!(self.load, ListLoad::Failed(_)) {
            return Vec::new();
        }
        let room = MAX_PAGES_IN_FLIGHT.saturating_sub(self.in_flight.len());
        let missing = |p: &u64| {
            (self.stale != Stale::No || !self.pages.contains_key(p))
                && !self.in_flight.contains_key(p)
        };
        let seek = self.seek.iter().flat_map(|s| s.pages.front().copied());
        let mut wanted: Vec<u64> = seek.filter(missing).collect();
        for p in self.window(viewport) {
            if wanted.len() >= room {
                break;
            }
            if missing(&p) && !wanted.contains(&p) {
                wanted.push(p);
            }
        }
        wanted.truncate(room);
        wanted
    }

    /// The pages that the rows in view, plus a margin, fall on.
    fn window(&self, viewport: usize) -> std::ops::Range<u64> {
        let lo = self.scroll.min(self.cursor).saturating_sub(PREFETCH_MARGIN);
        let bottom = self
            .scroll
            .saturating_add(viewport.max(1))
            .max(self.cursor.saturating_add(1));
        let end = match self.total {
            Some(_) => self.len(),
            // Without a total, read on past the last full page (or the first page).
            None if self.more_after || self.pages.is_empty() => self.loaded_end().saturating_add(1),
            None => self.loaded_end(),
        };
        // The rows shown during a reload are the old query's: its total (an empty result's
        // 0 included) says nothing about the new one, whose page under the cursor is read.
        let end = match self.stale {
            Stale::No => end,
            Stale::SameQuery | Stale::OtherQuery => end.max(self.cursor.saturating_add(1)),
        };
        let hi = bottom.saturating_add(PREFETCH_MARGIN).min(end);
        if hi > lo {
            page_of(lo)..page_of(hi - 1) + 1
        } else {
            0..0
        }
    }
}
