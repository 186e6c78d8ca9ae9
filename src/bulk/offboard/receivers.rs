//! Who may receive a deleted (or demoted) user's rooms and shared files: an active
//! DocSpace admin or room admin, the owner included (`ReassignController.cs` lines
//! 85-117 refuse anyone else). The rule ([`may_receive`]) and the list query of those
//! it allows ([`receivers_query`]), for the TUI's picker and the commands'
//! `--reassign-to`.

use crate::api::query::MAX_PAGE;
use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType, ListFilters, UserQuery};

/// Whether `user` may receive rooms and shared files.
pub fn may_receive(user: &EmployeeFullDto) -> bool {
    user.status == Some(EmployeeStatus::Active)
        && (user.is_owner()
            || matches!(
                user.user_type(),
                Some(EmployeeType::DocSpaceAdmin | EmployeeType::RoomAdmin)
            ))
}

/// The list query of the portal's active DocSpace admins and room admins.
pub fn receivers_query() -> UserQuery {
    UserQuery {
        count: MAX_PAGE,
        status: Some(EmployeeStatus::Active),
        filters: ListFilters {
            types: vec![EmployeeType::DocSpaceAdmin, EmployeeType::RoomAdmin],
            ..ListFilters::default()
        },
        ..UserQuery::default()
    }
}

#[cfg(test)]
#[path = "receivers_tests.rs"]
mod tests;
