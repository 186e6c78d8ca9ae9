//! Who may receive a deleted user's rooms and shared files: an active (or pending)
//! DocSpace admin or room admin (`ReassignController.cs` lines 85-117 refuse anyone
//! else). One page of them, as the portal lists them.

use crate::api::query::MAX_PAGE;
use crate::api::{EmployeeStatus, EmployeeType, ListFilters, UserQuery};

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
