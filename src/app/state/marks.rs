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
mod tests {
    use super::*;
    use crate::api::EmployeeStatus;

    fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
        let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
        u.status = Some(status);
        u
    }

    #[test]
    fn toggling_marks_and_unmarks_in_order() {
        let mut m = Marks::default();
        assert!(m.toggle(&user(2, EmployeeStatus::Active)));
        assert!(m.toggle(&user(1, EmployeeStatus::Active)));
        assert!(m.contains(Uuid::from_u128(1)));
        assert_eq!(m.len(), 2);
        assert!(!m.toggle(&user(2, EmployeeStatus::Active)));
        assert!(!m.contains(Uuid::from_u128(2)));
        m.clear();
        assert!(m.is_empty());
    }

    #[test]
    fn acting_uses_the_freshest_copy() {
        let mut m = Marks::default();
        m.toggle(&user(1, EmployeeStatus::Active));
        m.toggle(&user(2, EmployeeStatus::Active));
        let mut list = UserList::default();
        list.begin_reload(false);
        let page = crate::api::UserPage {
            users: vec![user(2, EmployeeStatus::Terminated)],
            total: Some(1),
            start_index: 0,
        };
        list.apply_page(0, page, 10);
        let got: Vec<_> = m
            .users(&list)
            .iter()
            .map(|u| (u.id.as_u128(), u.status))
            .collect();
        assert_eq!(
            got,
            [
                (1, Some(EmployeeStatus::Active)),
                (2, Some(EmployeeStatus::Terminated))
            ]
        );
    }
}
