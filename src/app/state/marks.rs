//! The users marked with `space` for a bulk action, in the order they were marked.

use std::collections::HashSet;

use uuid::Uuid;

use super::users::UserList;
use crate::api::EmployeeFullDto;

/// Marked users. A copy of each user is kept so a mark survives a filter change that
/// hides the row; the freshest copy from the list is preferred when acting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    users: Vec<EmployeeFullDto>,
    /// The same ids, for the per-row check while drawing.
    ids: HashSet<Uuid>,
}

impl Marks {
    /// Marks `user`, or unmarks it when it is marked; returns whether it is marked now.
    pub fn toggle(&mut self, user: &EmployeeFullDto) -> bool {
        if self.ids.remove(&user.id) {
            self.users.retain(|u| u.id != user.id);
            false
        } else {
            self.ids.insert(user.id);
            self.users.push(user.clone());
            true
        }
    }

    /// The marked ids, in the order they were marked.
    pub fn ids(&self) -> impl Iterator<Item = Uuid> + '_ {
        self.users.iter().map(|u| u.id)
    }

    pub fn contains(&self, id: Uuid) -> bool {
        self.ids.contains(&id)
    }

    pub fn len(&self) -> usize {
        self.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    pub fn clear(&mut self) {
        self.users.clear();
        self.ids.clear();
    }

    /// The marked users, each replaced by its copy in the list when it is loaded.
    pub fn users(&self, list: &UserList) -> Vec<EmployeeFullDto> {
        self.users
            .iter()
            .map(|m| list.by_id(m.id).unwrap_or(m).clone())
            .collect()
    }
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
