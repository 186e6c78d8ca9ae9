//! Which types the caller may give a user, and which changes the portal makes through its
//! type-change job (a downgrade hands the user's rooms to someone first) rather than
//! `PUT /people/type/{type}` (which refuses downgrades: `UserController.cs`, UpdateUserType).

use crate::api::{EmployeeFullDto, EmployeeType};

/// The types the caller may give: all four for the owner, all but DocSpace admin for a
/// DocSpace admin, none for anybody else.
pub(crate) fn types_caller_may_give(caller: Option<&EmployeeFullDto>) -> Vec<EmployeeType> {
    let owner = caller.is_some_and(EmployeeFullDto::is_owner);
    let admin = owner || caller.is_some_and(EmployeeFullDto::is_admin);
    let mut types = Vec::new();
    if owner {
        types.push(EmployeeType::DocSpaceAdmin);
    }
    if admin {
        types.extend([
            EmployeeType::RoomAdmin,
            EmployeeType::User,
            EmployeeType::Guest,
        ]);
    }
    types
}

/// The types the caller may invite people as: users for DocSpace admins and the owner,
/// room admins too, DocSpace admins for the owner alone. Never guests: the portal invites
/// guests through rooms and refuses them here (`UserController.cs`, InviteUsersAsync).
pub(crate) fn invite_types(caller: Option<&EmployeeFullDto>) -> Vec<EmployeeType> {
    let owner = caller.is_some_and(EmployeeFullDto::is_owner);
    let admin = owner || caller.is_some_and(EmployeeFullDto::is_admin);
    let mut types = Vec::new();
    if admin {
        types.extend([EmployeeType::User, EmployeeType::RoomAdmin]);
    }
    if owner {
        types.push(EmployeeType::DocSpaceAdmin);
    }
    types
}

fn rank(t: EmployeeType) -> u8 {
    match t {
        EmployeeType::DocSpaceAdmin => 3,
        EmployeeType::RoomAdmin => 2,
        EmployeeType::User => 1,
        EmployeeType::Guest | EmployeeType::All => 0,
    }
}

/// Whether turning a user of type `from` into `to` is a downgrade, which the portal runs
/// as a job (`POST /people/type`).
pub(crate) fn is_downgrade(from: EmployeeType, to: EmployeeType) -> bool {
    rank(to) < rank(from)
}

/// Whether the downgrade takes rooms away: a room or DocSpace admin becoming a user or
/// guest hands the rooms they own to someone (the caller, unless told otherwise).
pub(crate) fn hands_rooms_over(from: EmployeeType, to: EmployeeType) -> bool {
    rank(from) >= rank(EmployeeType::RoomAdmin) && rank(to) < rank(EmployeeType::RoomAdmin)
}

#[cfg(test)]
#[path = "type_grant_tests.rs"]
mod tests;
