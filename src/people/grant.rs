//! Which types a caller may give, as the portal decides it (PEOPLE-API.md §6.4 and §6.7,
//! `UserManagerWrapper.UpdateUserTypeAsync`): checked before sending, in both front ends;
//! and how a change of type is made (directly, or through the portal's job).

use crate::api::{EmployeeFullDto, EmployeeType};

/// Why the caller may not give a type, in words; `None` when they may.
pub(crate) fn refusal(caller: &EmployeeFullDto, kind: EmployeeType) -> Option<&'static str> {
    let admin = caller.is_owner() || caller.is_admin();
    match kind {
        EmployeeType::DocSpaceAdmin if !caller.is_owner() => {
            Some("only the portal owner may make DocSpace admins")
        }
        EmployeeType::RoomAdmin if !admin => Some("only DocSpace admins may make room admins"),
        EmployeeType::User if !admin && caller.user_type() != Some(EmployeeType::RoomAdmin) => {
            Some("only admins and room admins may invite users")
        }
        EmployeeType::All => Some("`all` is not a type"),
        _ => None,
    }
}

/// Why a type cannot be given by invitation; `None` when it can.
pub(crate) fn invite_refusal(caller: &EmployeeFullDto, kind: EmployeeType) -> Option<&'static str> {
    if kind == EmployeeType::Guest {
        return Some("guests are invited to rooms, not to the portal (the portal refuses it)");
    }
    refusal(caller, kind)
}

/// The order of the types, lowest first.
fn rank(kind: EmployeeType) -> u8 {
    match kind {
        EmployeeType::All | EmployeeType::Guest => 0,
        EmployeeType::User => 1,
        EmployeeType::RoomAdmin => 2,
        EmployeeType::DocSpaceAdmin => 3,
    }
}

/// How a change of type is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TypeChange {
    /// Already of that type.
    Same,
    /// `PUT /people/type/{type}` (upgrades, and an admin back to room admin).
    Direct,
    /// A downgrade to User or Guest: the job that hands the rooms over first
    /// (`POST /people/type`).
    Job,
}

/// How `from` becomes `to`.
pub(crate) fn type_change(from: EmployeeType, to: EmployeeType) -> TypeChange {
    if from == to {
        TypeChange::Same
    } else if rank(to) < rank(from) && matches!(to, EmployeeType::User | EmployeeType::Guest) {
        TypeChange::Job
    } else {
        TypeChange::Direct
    }
}

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

/// Whether the downgrade takes rooms away: a room or DocSpace admin becoming a user or
/// guest hands the rooms they own to someone (the caller, unless told otherwise).
pub(crate) fn hands_rooms_over(from: EmployeeType, to: EmployeeType) -> bool {
    rank(from) >= rank(EmployeeType::RoomAdmin) && rank(to) < rank(EmployeeType::RoomAdmin)
}

#[cfg(test)]
#[path = "grant_tests.rs"]
mod tests;
