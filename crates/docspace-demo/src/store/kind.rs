//! `PUT /api/2.0/people/type/{type}` (PEOPLE-API.md §6.7): only the listed upgrade paths
//! succeed; no-ops and downgrades are 403; users are processed one by one.

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// Whether `viewer` may move a user from `from` to `to`.
fn transition_allowed(viewer: &Viewer, from: Role, to: EmployeeType) -> bool {
    match (to, from) {
        (EmployeeType::DocSpaceAdmin, Role::RoomAdmin | Role::User | Role::Guest) => {
            viewer.is_owner()
        }
        (EmployeeType::RoomAdmin, Role::User | Role::Guest) => viewer.is_admin(),
        (EmployeeType::RoomAdmin, Role::Admin) => viewer.is_owner(),
        (EmployeeType::User, Role::Guest) => viewer.is_admin(),
        _ => false,
    }
}

impl Store {
    /// Changes the type of `ids` to `to`. Returns the slots of every requested user. On a
    /// refusal part-way, users processed before stay changed.
    pub fn set_type(
        &mut self,
        viewer: &Viewer,
        to: EmployeeType,
        ids: &[Uuid],
    ) -> Result<Vec<usize>, Refusal> {
        if !viewer.is_admin() || matches!(to, EmployeeType::Guest | EmployeeType::All) {
            return Err(Refusal::AccessDenied);
        }
        let mut slots = Vec::new();
        let mut seats = self.seat_usage();
        for id in Self::dedup(ids) {
            let idx = self.index_of(id).ok_or(Refusal::AccessDenied)?;
            let u = self.user(idx).ok_or(Refusal::AccessDenied)?;
            if !self.can_view(viewer, idx)
                || u.status == EmployeeStatus::Terminated
                || idx == viewer.idx
                || u.role == Role::Owner
                || !transition_allowed(viewer, u.role, to)
            {
                return Err(Refusal::AccessDenied);
            }
            let new_role = Role::from_type(to);
            if new_role.is_paid() != u.role.is_paid() {
                seats.check(new_role)?;
                seats.take(new_role);
                seats.release(u.role);
            }
            self.put_role(idx, new_role);
            slots.push(idx);
        }
        Ok(slots)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    fn role_of(s: &Store, n: u128) -> Role {
        let idx = s.index_of(id(n)).expect("user");
        s.user(idx).map(|u| u.role).expect("user")
    }

    #[test]
    fn upgrades_follow_the_listed_paths() {
        let mut s = small();
        let owner = viewer(&s, 1);
        let admin = viewer(&s, 2);
        assert!(s.set_type(&admin, EmployeeType::User, &[id(5)]).is_ok());
        assert_eq!(role_of(&s, 5), Role::User);
        assert!(
            s.set_type(&admin, EmployeeType::RoomAdmin, &[id(5)])
                .is_ok()
        );
        assert_eq!(
            s.set_type(&admin, EmployeeType::DocSpaceAdmin, &[id(5)]),
            Err(Refusal::AccessDenied)
        );
        assert!(
            s.set_type(&owner, EmployeeType::DocSpaceAdmin, &[id(5)])
                .is_ok()
        );
        assert_eq!(role_of(&s, 5), Role::Admin);
        assert!(
            s.set_type(&owner, EmployeeType::RoomAdmin, &[id(5)])
                .is_ok()
        );
        assert_eq!(role_of(&s, 5), Role::RoomAdmin);
    }

    #[test]
    fn no_ops_downgrades_and_protected_users_are_refused() {
        let mut s = small();
        let owner = viewer(&s, 1);
        let cases = [
            (EmployeeType::User, 4),       // no-op
            (EmployeeType::User, 3),       // downgrade
            (EmployeeType::Guest, 4),      // to guest
            (EmployeeType::RoomAdmin, 6),  // terminated
            (EmployeeType::RoomAdmin, 1),  // owner / self
            (EmployeeType::RoomAdmin, 99), // unknown
        ];
        for (to, n) in cases {
            assert_eq!(
                s.set_type(&owner, to, &[id(n)]),
                Err(Refusal::AccessDenied),
                "{to:?} {n}"
            );
        }
    }

    #[test]
    fn seats_stop_the_batch_part_way() {
        let mut s = small();
        let owner = viewer(&s, 1);
        let used = s.seat_usage().paid_used;
        s.set_seat_limits(Some(used + 1), None);
        let r = s.set_type(&owner, EmployeeType::RoomAdmin, &[id(4), id(5)]);
        assert!(matches!(r, Err(Refusal::Quota(_))));
        assert_eq!(role_of(&s, 4), Role::RoomAdmin);
        assert_eq!(role_of(&s, 5), Role::Guest);
    }
}
