//! The users marked with `space` for a bulk action, in the order they were marked.

use uuid::Uuid;

use crate::api::EmployeeFullDto;

/// Marked users. A copy of each user is kept so a mark survives a filter change that
/// hides the row; the freshest copy from the list is preferred when acting.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    users: Vec<EmployeeFullDto>,
}

impl Marks {
    /// Marks `user`, or unmarks it when it is marked; returns whether it is marked now.
    pub fn toggle(&mut self, user: &EmployeeFullDto) -> bool {
        if let Some(pos) = self.users.iter().position(|u| u.id == user.id) {
            self.users.remove(pos);
            false
        } else {
            self.users.push(user.clone());
            true
        }
    }

    pub fn contains(&self, id: Uuid) -> bool {
        self.users.iter().any(|u| u.id == id)
    }

    pub fn len(&self) -> usize {
        self.users.len()
    }

    pub fn is_empty(&self) -> bool {
        self.users.is_empty()
    }

    pub fn clear(&mut self) {
        self.users.clear();
    }

    /// The marked users, each replaced by its copy in `fresh` when there is one.
    pub fn users(&self, fresh: &[EmployeeFullDto]) -> Vec<EmployeeFullDto> {
        self.users
            .iter()
            .map(|m| fresh.iter().find(|f| f.id == m.id).unwrap_or(m).clone())
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
        let fresh = [user(2, EmployeeStatus::Terminated)];
        let got: Vec<_> = m
            .users(&fresh)
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
