//! The users marked for a bulk action, by id, in the order they were marked: one at a
//! time with `space`, every user of a query with `*` (ids only), or by pasting a list.
//!
//! A row still loading can be marked too: its position is kept and the user there is
//! marked when the page arrives (or the person is told it was not, when the list changed
//! first).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use uuid::Uuid;

use super::users::UserList;
use crate::api::EmployeeFullDto;

/// Marked users. A copy of a user marked from a row is kept so the mark survives a
/// filter change that hides the row; the freshest copy from the list is preferred when
/// acting. Users marked by id alone (all of a query, a pasted list) have no copy: the
/// portal's own checks apply to them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    /// The marked ids, in the order they were marked.
    order: Vec<Uuid>,
    /// The same ids, for the per-row check while drawing.
    ids: HashSet<Uuid>,
    /// Copies of the users marked from a row.
    copies: HashMap<Uuid, EmployeeFullDto>,
    /// Positions marked while their row was loading, in list generation `waiting_in`.
    waiting: BTreeSet<usize>,
    waiting_in: u64,
}

impl Marks {
    /// Marks `user`, or unmarks it when it is marked; returns whether it is marked now.
    pub fn toggle(&mut self, user: &EmployeeFullDto) -> bool {
        if self.ids.remove(&user.id) {
            self.order.retain(|id| *id != user.id);
            self.copies.remove(&user.id);
            false
        } else {
            self.ids.insert(user.id);
            self.order.push(user.id);
            self.copies.insert(user.id, user.clone());
            true
        }
    }

    /// Marks users by id; those already marked stay as they are. Returns how many were
    /// not marked before.
    pub fn mark_ids(&mut self, ids: impl IntoIterator<Item = Uuid>) -> usize {
        let before = self.order.len();
        for id in ids {
            if self.ids.insert(id) {
                self.order.push(id);
            }
        }
        self.order.len() - before
    }

    /// The marked ids, in the order they were marked.
    pub fn ids(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.order.iter().copied()
    }

    pub fn contains(&self, id: Uuid) -> bool {
        self.ids.contains(&id)
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Unmarks everyone, rows waiting to load included.
    pub fn clear(&mut self) {
        self.order.clear();
        self.ids.clear();
        self.copies.clear();
        self.waiting.clear();
    }

    /// The marked users, each as the list holds it when loaded, else as it was marked,
    /// else known by its id alone.
    pub fn users<'a>(
        &'a self,
        list: &'a UserList,
    ) -> impl Iterator<Item = Cow<'a, EmployeeFullDto>> + 'a {
        self.order.iter().map(
            move |id| match list.by_id(*id).or_else(|| self.copies.get(id)) {
                Some(u) => Cow::Borrowed(u),
                None => Cow::Owned(EmployeeFullDto::bare(*id)),
            },
        )
    }

    /// Asks for the user at `pos` (a row still loading in list generation `generation`)
    /// to be marked once it loads, or withdraws that when it was asked already. Returns
    /// whether it is waiting now.
    pub fn toggle_waiting(&mut self, generation: u64, pos: usize) -> bool {
        if self.waiting_in != generation {
            self.waiting.clear();
            self.waiting_in = generation;
        }
        if self.waiting.remove(&pos) {
            false
        } else {
            self.waiting.insert(pos);
            true
        }
    }

    /// Whether the row at `pos` of list generation `generation` waits to be marked.
    pub fn is_waiting(&self, generation: u64, pos: usize) -> bool {
        self.waiting_in == generation && self.waiting.contains(&pos)
    }

    /// Rows waiting to load before they are marked.
    pub fn waiting(&self) -> usize {
        self.waiting.len()
    }

    /// Marks the users now loaded at the positions waiting for it (when the list is still
    /// the generation they were asked in). Returns how many were marked.
    pub fn resolve_waiting(&mut self, list: &UserList) -> usize {
        if self.waiting.is_empty() || self.waiting_in != list.generation {
            return 0;
        }
        let loaded: Vec<(usize, EmployeeFullDto)> = self
            .waiting
            .iter()
            .filter_map(|pos| list.get(*pos).map(|u| (*pos, u.clone())))
            .collect();
        let mut marked = 0;
        for (pos, user) in loaded {
            self.waiting.remove(&pos);
            if !self.contains(user.id) {
                self.toggle(&user);
                marked += 1;
            }
        }
        marked
    }

    /// Forgets the rows waiting to load (the list they were asked in is gone). Returns
    /// how many there were.
    pub fn drop_waiting(&mut self) -> usize {
        std::mem::take(&mut self.waiting).len()
    }

    /// "3 users marked", with the rows still loading.
    pub fn summary(&self) -> String {
        crate::app::words::list::marks_summary(self.len(), self.waiting.len())
    }
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
