//! The profile properties a row of the list is read with (`fields=`): what its columns
//! draw, and what the actions on a row and the rules behind them need (`people::grant`,
//! `bulk::plan`, copy and open, the edit form). The rest of a profile is read for the
//! detail pane alone, one user at a time (`state::profiles`).

use crate::people::columns::Column;

/// What every row carries, whatever the columns: its id, status and type (the rules of
/// every change), the names and email (the confirmations, copy, the edit form), the
/// login type and space (delete and quota rules), the profile address (open) and the
/// groups (the group pickers offer a user's own groups, before the profile is read).
const ALWAYS: &[&str] = &[
    "id",
    "status",
    "activationStatus",
    "isOwner",
    "isAdmin",
    "isRoomAdmin",
    "isVisitor",
    "isCollaborator",
    "firstName",
    "lastName",
    "displayName",
    "email",
    "isLDAP",
    "isSSO",
    "usedSpace",
    "quotaLimit",
    "profileUrl",
    "groups",
];

/// The properties of a row drawing `columns`: [`ALWAYS`] and theirs, each once.
pub(crate) fn row_fields(columns: &[Column]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = ALWAYS.to_vec();
    for f in columns.iter().flat_map(|c| c.wire()) {
        if !out.contains(f) {
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
#[path = "row_fields_tests.rs"]
mod tests;
