//! `DELETE /api/2.0/people/{userid}` and `PUT /api/2.0/people/delete`
//! (PEOPLE-API.md §6.8): only terminated users can be deleted.

use uuid::Uuid;

use super::view::{Detail, Want};
use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::{EmployeeFullDto, EmployeeStatus};

impl Store {
    /// Deletes the user behind `key` (a user name or GUID); returns the profile it had.
    pub fn delete_one(&mut self, viewer: &Viewer, key: &str) -> Result<EmployeeFullDto, Refusal> {
        self.delete_one_parts(viewer, key, Want::ALL)
    }

    /// [`delete_one`](Self::delete_one) building only the `want`ed parts of the profile.
    pub fn delete_one_parts(
        &mut self,
        viewer: &Viewer,
        key: &str,
        want: Want,
    ) -> Result<EmployeeFullDto, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let idx = self.resolve(key).ok_or_else(Refusal::user_not_found)?;
        let u = self.user(idx).ok_or_else(Refusal::user_not_found)?;
        if u.role == Role::Owner
            || idx == viewer.idx
            || (u.role == Role::Admin && !viewer.is_owner())
        {
            return Err(Refusal::AccessDenied);
        }
        if u.status != EmployeeStatus::Terminated {
            return Err(Refusal::InvalidOperation(
                "The user is not suspended".into(),
            ));
        }
        let dto = self
            .profile(idx, Some(viewer), Detail::Normal, want)
            .ok_or_else(Refusal::user_not_found)?;
        self.remove(idx);
        Ok(dto)
    }

    /// Deletes terminated users in bulk. Unknown ids are dropped; if any remaining user is
    /// not terminated, nothing is deleted (403). Users the caller may not delete are
    /// skipped but still listed in the answer.
    pub fn delete_many(
        &mut self,
        viewer: &Viewer,
        ids: &[Uuid],
    ) -> Result<Vec<EmployeeFullDto>, Refusal> {
        self.delete_many_parts(viewer, ids, Want::ALL)
    }

    /// [`delete_many`](Self::delete_many) building only the `want`ed parts of each profile.
    pub fn delete_many_parts(
        &mut self,
        viewer: &Viewer,
        ids: &[Uuid],
        want: Want,
    ) -> Result<Vec<EmployeeFullDto>, Refusal> {
        if matches!(viewer.role, Role::User | Role::Guest) {
            return Err(Refusal::AccessDenied);
        }
        let slots: Vec<usize> = Self::dedup(ids)
            .into_iter()
            .filter_map(|id| self.index_of(id))
            .collect();
        let all_terminated = slots.iter().all(|&i| {
            self.user(i)
                .is_some_and(|u| u.status == EmployeeStatus::Terminated)
        });
        if !all_terminated {
            return Err(Refusal::InvalidOperation("Users are not suspended".into()));
        }
        let mut out = Vec::with_capacity(slots.len());
        for idx in slots {
            let Some(u) = self.user(idx) else { continue };
            let may = match u.role {
                Role::Owner => false,
                Role::Admin => viewer.is_owner(),
                Role::RoomAdmin => viewer.is_admin(),
                Role::User | Role::Guest => true,
            } && idx != viewer.idx;
            if let Some(dto) = self.profile(idx, Some(viewer), Detail::Normal, want) {
                out.push(dto);
            }
            if may {
                self.remove(idx);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn single_delete_needs_a_terminated_user_then_404() {
        let mut s = small();
        let owner = viewer(&s, 1);
        assert_eq!(
            s.delete_one(&owner, &id(4).to_string()),
            Err(Refusal::InvalidOperation(
                "The user is not suspended".into()
            ))
        );
        let d = s.delete_one(&owner, &id(6).to_string()).expect("deleted");
        assert_eq!(d.id, id(6));
        assert_eq!(s.index_of(id(6)), None);
        assert_eq!(
            s.delete_one(&owner, &id(6).to_string()),
            Err(Refusal::user_not_found())
        );
        assert_eq!(s.delete_one(&owner, "owner"), Err(Refusal::AccessDenied));
        let ra = viewer(&s, 3);
        assert_eq!(
            s.delete_one(&ra, &id(7).to_string()),
            Err(Refusal::AccessDenied)
        );
    }

    #[test]
    fn admins_are_deleted_by_the_owner_only() {
        let mut s = small();
        let owner = viewer(&s, 1);
        s.set_status(&owner, EmployeeStatus::Terminated, &[id(2)])
            .expect("terminated");
        s.insert(crate::model::User::new(
            id(20),
            "Al",
            "",
            "al@x.test",
            Role::Admin,
        ));
        let other_admin = viewer(&s, 20);
        assert_eq!(
            s.delete_one(&other_admin, &id(2).to_string()),
            Err(Refusal::AccessDenied)
        );
        assert!(s.delete_one(&owner, &id(2).to_string()).is_ok());
    }

    #[test]
    fn bulk_drops_unknown_refuses_active_and_echoes_skipped() {
        let mut s = small();
        let owner = viewer(&s, 1);
        assert_eq!(
            s.delete_many(&owner, &[id(6), id(4)]),
            Err(Refusal::InvalidOperation("Users are not suspended".into()))
        );
        assert!(s.index_of(id(6)).is_some(), "nothing deleted");
        s.insert(crate::model::User::new(
            id(21),
            "Ra",
            "",
            "ra@x.test",
            Role::RoomAdmin,
        ));
        let ra = viewer(&s, 21);
        let out = s.delete_many(&ra, &[id(6), id(7), id(404)]).expect("ok");
        let got: Vec<Uuid> = out.iter().map(|u| u.id).collect();
        assert_eq!(got, vec![id(6), id(7)]);
        assert_eq!(s.index_of(id(6)), None, "user deleted");
        assert!(
            s.index_of(id(7)).is_some(),
            "room admin skipped for a room-admin caller"
        );
    }
}
