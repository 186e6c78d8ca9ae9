//! One vocabulary for the kinds of users, in both front ends.
//!
//! - For people (the TUI's table and detail pane, the CLI's table, confirmations): the
//!   labels "Owner", "DocSpace admin", "Room admin", "User", "Guest". The portal owner is a
//!   DocSpace admin by type; people see "Owner", the one thing that sets them apart.
//! - For scripts (JSON and CSV `type`, `--type`): the stable machine names
//!   `docspace-admin`, `room-admin`, `user`, `guest`. The owner's type is
//!   `docspace-admin` (with `isOwner` true), as the portal's type model has it, so a
//!   `--type docspace-admin` list and the `type` column agree.
//!
//! The type labels are [`EmployeeType::label`]; nothing else spells them.

use crate::api::{EmployeeFullDto, EmployeeType};

/// The label of the portal owner.
pub const OWNER: &str = "Owner";

/// The types a user can have, in the order lists offer them.
pub const TYPES: [EmployeeType; 4] = EmployeeType::ALL_TYPES;

/// The label for people of `u`: "Owner" for the portal owner, else the type's label;
/// `None` when the profile carries no type flags.
pub fn label_of(u: &EmployeeFullDto) -> Option<&'static str> {
    if u.is_owner() {
        return Some(OWNER);
    }
    u.user_type().map(label)
}

/// The label for people of a type: "DocSpace admin", "Room admin", "User", "Guest".
pub fn label(t: EmployeeType) -> &'static str {
    t.label()
}

/// The stable machine name of a type: `docspace-admin`, `room-admin`, `user`, `guest`
/// (`all` for the no-type filter value).
pub fn machine_name(t: EmployeeType) -> &'static str {
    match t {
        EmployeeType::DocSpaceAdmin => "docspace-admin",
        EmployeeType::RoomAdmin => "room-admin",
        EmployeeType::User => "user",
        EmployeeType::Guest => "guest",
        EmployeeType::All => "all",
    }
}

/// The machine name of `u`'s type (the owner's is `docspace-admin`).
pub fn machine_name_of(u: &EmployeeFullDto) -> Option<&'static str> {
    u.user_type().map(machine_name)
}

/// Parses a type: a machine name (`room-admin`), a label ("Room admin") or the portal's
/// name (`RoomAdmin`), in any case, with or without `-`, `_` or spaces. `all` is not a type.
pub fn parse(s: &str) -> Option<EmployeeType> {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = norm(s);
    TYPES.into_iter().find(|t| {
        norm(machine_name(*t)) == wanted || norm(t.name()) == wanted || norm(label(*t)) == wanted
    })
}

/// The machine names, joined for a help or error text: "docspace-admin, room-admin, user
/// or guest".
pub fn machine_names_words() -> String {
    let names: Vec<&str> = TYPES.iter().map(|t| machine_name(*t)).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

#[cfg(test)]
#[path = "user_type_tests.rs"]
mod tests;
