//! Groups (departments): `GET /api/2.0/group`, `GET /group/{id}` and
//! `GET /group/user/{userid}` as `products/ASC.People/Server/Api/GroupsController.cs`
//! answers them, and the group summaries of user profiles.
//!
//! - Who: the three routes demand `Action_ReadGroups`, which DocSpace admins always
//!   have, room admins are granted and users are denied
//!   (`common/ASC.Core.Common/EF/Model/Core/Acl.cs` lines 132-133); guests have no grant.
//!   Others get 403 `Access denied`.
//! - The list (`DbUserService.GetGroupsAsync`, `common/ASC.Core.Common/Data/DbUserService.cs`
//!   lines 62-130): departments only; `filterValue` is a substring of the name, any case;
//!   `userId` keeps the groups the user is in (or manages, with `manager=true`); sorted by
//!   `title` (the default), `manager` (the manager's first name) or `membersCount` (every
//!   member, terminated ones included). `count` in the envelope is
//!   `min(max(total - startIndex, 0), count)` (`GroupsController.cs` line 88).
//! - One group: a department, or one of the system groups (`UserManager.GetGroupInfoAsync`
//!   falls back on them); anything else is 404 `The group could not be found`.
//! - `GroupDto` (`common/ASC.Api.Core/Model/GroupDto.cs` lines 107-144): `parent` is the
//!   empty id, `category` the empty id (system groups: their category), `isLDAP` whether
//!   the group came from LDAP, `isSystem` only for system groups, `manager` the manager's
//!   full profile as the caller sees it, `membersCount` the active and pending members,
//!   `members` their profiles when asked for (`GET /group/{id}`, `includeMembers`,
//!   default true). `shared` is only written by the room sharing routes.
//! - A user's groups (`UserManager.GetUserGroupsAsync`): departments sorted by name
//!   (ordinal), each `{id, name, manager: <user name>}`; `isSystem` is omitted for them.

use serde::Serialize;
use uuid::Uuid;

use super::view::{Detail, Want};
use super::{Refusal, Store, Viewer};
use crate::model::{Group, Role, SYSTEM_CATEGORY, SystemGroup, User, fold};
use docspace_api::dto::{EmployeeFullDto, EmployeeStatus, GroupSummaryDto};

/// `The group could not be found` (`ErrorGroupNotFound`).
pub const GROUP_NOT_FOUND: &str = "The group could not be found";

/// `sortBy` of the group list (`GroupSortType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum GroupSort {
    #[default]
    Title,
    Manager,
    MembersCount,
}

/// One page request of `GET /api/2.0/group`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupQuery {
    /// `startIndex`; the server skips only when it is above zero.
    pub start: i64,
    pub count: usize,
    pub sort: GroupSort,
    pub descending: bool,
    /// `filterValue`.
    pub text: Option<String>,
    /// `userId`: only groups this user is in.
    pub member: Option<Uuid>,
    /// `manager=true`: with `userId`, the groups the user manages instead.
    pub manager: bool,
}

impl Default for GroupQuery {
    fn default() -> Self {
        Self {
            start: 0,
            count: 100,
            sort: GroupSort::Title,
            descending: false,
            text: None,
            member: None,
            manager: false,
        }
    }
}

/// A page of groups: `count` is what the envelope says, `total` the matches.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupPage {
    pub groups: Vec<GroupView>,
    pub count: usize,
    pub total: usize,
}

/// `GroupDto` as the server writes it (null properties omitted).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupView {
    pub name: String,
    pub parent: Uuid,
    pub category: Uuid,
    pub id: Uuid,
    #[serde(rename = "isLDAP")]
    pub is_ldap: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_system: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<EmployeeFullDto>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<EmployeeFullDto>>,
    pub members_count: usize,
}

/// Counted by `GetUsersByGroupAsync` with its default status: active and pending users.
fn counted(u: &User) -> bool {
    matches!(u.status, EmployeeStatus::Active | EmployeeStatus::Pending)
}

impl Store {
    /// The index of the department `id`.
    pub(super) fn department_index(&self, id: Uuid) -> Option<usize> {
        self.groups.iter().position(|g| g.id == id)
    }

    /// `Action_ReadGroups`: DocSpace admins and room admins.
    fn may_read_groups(viewer: &Viewer) -> Result<(), Refusal> {
        match viewer.role {
            Role::Owner | Role::Admin | Role::RoomAdmin => Ok(()),
            Role::User | Role::Guest => Err(Refusal::AccessDenied),
        }
    }

    /// One page of departments.
    pub fn list_groups(&self, viewer: &Viewer, q: &GroupQuery) -> Result<GroupPage, Refusal> {
        Self::may_read_groups(viewer)?;
        let text = q.text.as_deref().map(|t| fold(t.trim()));
        let member = q.member.and_then(|id| self.index_of(id));
        let counts = self.member_counts();
        let mut matches: Vec<usize> = (0..self.groups.len())
            .filter(|&gi| {
                let g = &self.groups[gi];
                let named = text
                    .as_ref()
                    .is_none_or(|t| fold(&g.name).contains(t.as_str()));
                let mine = match (q.member, member) {
                    (None, _) => true,
                    (Some(_), None) => false,
                    (Some(id), Some(_)) if q.manager => g.manager == Some(id),
                    (Some(_), Some(m)) => self.user(m).is_some_and(|u| u.groups.contains(&gi)),
                };
                named && mine
            })
            .collect();
        let total = matches.len();
        let manager_name = |gi: usize| {
            self.groups[gi]
                .manager
                .and_then(|m| self.index_of(m))
                .and_then(|m| self.user(m))
                .map_or(String::new(), |u| u.first_key.clone())
        };
        match q.sort {
            GroupSort::Title => matches.sort_by_cached_key(|&gi| fold(&self.groups[gi].name)),
            GroupSort::Manager => matches.sort_by_cached_key(|&gi| manager_name(gi)),
            GroupSort::MembersCount => matches.sort_by_key(|&gi| counts[gi].1),
        }
        if q.descending {
            matches.reverse();
        }
        let skip = usize::try_from(q.start).unwrap_or(0);
        let groups = matches
            .into_iter()
            .skip(skip)
            .take(q.count)
            .filter_map(|gi| self.department_view(viewer, gi, counts[gi].0, false))
            .collect();
        let left = usize::try_from(total as i64 - q.start).unwrap_or(0);
        Ok(GroupPage {
            groups,
            count: left.min(q.count),
            total,
        })
    }

    /// One group: a department or a system group.
    pub fn group(
        &self,
        viewer: &Viewer,
        id: Uuid,
        include_members: bool,
    ) -> Result<GroupView, Refusal> {
        Self::may_read_groups(viewer)?;
        let not_found = || Refusal::NotFound(GROUP_NOT_FOUND.to_string());
        if let Some(gi) = self.department_index(id) {
            let count = self
                .live()
                .filter(|(_, u)| counted(u) && u.groups.contains(&gi))
                .count();
            return self
                .department_view(viewer, gi, count, include_members)
                .ok_or_else(not_found);
        }
        let system = SystemGroup::from_id(id).ok_or_else(not_found)?;
        let members: Vec<usize> = self
            .live()
            .filter(|(_, u)| counted(u) && system.contains(u.role))
            .map(|(i, _)| i)
            .collect();
        Ok(GroupView {
            name: system.name().to_string(),
            parent: Uuid::nil(),
            category: SYSTEM_CATEGORY,
            id,
            is_ldap: false,
            is_system: Some(true),
            manager: None,
            members_count: members.len(),
            members: include_members.then(|| self.profiles(viewer, &members)),
        })
    }

    /// The departments `user` is in, by name; none for an unknown user.
    pub fn user_groups(
        &self,
        viewer: &Viewer,
        user: Uuid,
    ) -> Result<Vec<GroupSummaryDto>, Refusal> {
        Self::may_read_groups(viewer)?;
        Ok(self
            .index_of(user)
            .and_then(|i| self.user(i))
            .map(|u| self.summaries(u))
            .unwrap_or_default())
    }

    /// `u`'s departments as `GroupSummaryDto`s, sorted by name (ordinal).
    pub(super) fn summaries(&self, u: &User) -> Vec<GroupSummaryDto> {
        self.departments_of(u)
            .into_iter()
            .map(|g| GroupSummaryDto {
                id: g.id,
                name: Some(g.name.clone()),
                manager: g
                    .manager
                    .and_then(|m| self.index_of(m))
                    .and_then(|m| self.user(m))
                    .map(|m| m.user_name.clone()),
                is_system: None,
            })
            .collect()
    }

    /// `u`'s departments sorted by name (ordinal), as the server lists them.
    pub(super) fn departments_of(&self, u: &User) -> Vec<&Group> {
        let mut groups: Vec<&Group> = u
            .groups
            .iter()
            .filter_map(|&g| self.groups.get(g))
            .collect();
        groups.sort_by(|a, b| a.name.cmp(&b.name));
        groups
    }

    /// Per department: (active and pending members, every member).
    fn member_counts(&self) -> Vec<(usize, usize)> {
        let mut counts = vec![(0, 0); self.groups.len()];
        for (_, u) in self.live() {
            for &gi in &u.groups {
                if let Some(c) = counts.get_mut(gi) {
                    c.1 += 1;
                    if counted(u) {
                        c.0 += 1;
                    }
                }
            }
        }
        counts
    }

    fn department_view(
        &self,
        viewer: &Viewer,
        gi: usize,
        members_count: usize,
        include_members: bool,
    ) -> Option<GroupView> {
        let g = self.groups.get(gi)?;
        let members = include_members.then(|| {
            let slots: Vec<usize> = self
                .live()
                .filter(|(_, u)| counted(u) && u.groups.contains(&gi))
                .map(|(i, _)| i)
                .collect();
            self.profiles(viewer, &slots)
        });
        Some(GroupView {
            name: g.name.clone(),
            parent: Uuid::nil(),
            category: Uuid::nil(),
            id: g.id,
            is_ldap: g.sid.is_some(),
            is_system: None,
            manager: g
                .manager
                .and_then(|m| self.index_of(m))
                .and_then(|m| self.profile(m, Some(viewer), Detail::Normal, Want::ALL)),
            members,
            members_count,
        })
    }

    fn profiles(&self, viewer: &Viewer, slots: &[usize]) -> Vec<EmployeeFullDto> {
        slots
            .iter()
            .filter_map(|&i| self.profile(i, Some(viewer), Detail::Normal, Want::ALL))
            .collect()
    }

    /// Adds a department (fixtures); returns its id.
    pub fn add_group(&mut self, id: Uuid, name: &str, manager: Option<Uuid>) -> Uuid {
        let gi = self.groups.len();
        self.groups.push(Group::new(id, name));
        if let Some(m) = manager {
            self.set_group_manager(gi, m);
        }
        self.touch();
        id
    }

    /// Puts user `id` in the department `group`; `false` if either is unknown.
    pub fn add_to_group(&mut self, id: Uuid, group: Uuid) -> bool {
        let (Some(idx), Some(gi)) = (self.index_of(id), self.department_index(group)) else {
            return false;
        };
        let Some(u) = self.user_mut(idx) else {
            return false;
        };
        if !u.groups.contains(&gi) {
            u.groups.push(gi);
        }
        self.touch();
        true
    }

    /// Makes `manager` the manager (and a member) of department `gi`.
    fn set_group_manager(&mut self, gi: usize, manager: Uuid) {
        if let Some(group) = self.groups.get(gi).map(|g| g.id)
            && self.add_to_group(manager, group)
            && let Some(g) = self.groups.get_mut(gi)
        {
            g.manager = Some(manager);
        }
    }
}

#[cfg(test)]
#[path = "groups_tests.rs"]
mod tests;
