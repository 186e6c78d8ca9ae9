//! Planning a bulk action: which users the portal would accept, and why the others are
//! left out. Pure: no I/O.

use std::borrow::Borrow;
use std::collections::HashSet;

use uuid::Uuid;

use super::{BulkAction, CHUNK, Outcome, Step};
use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};

/// Who is acting: the portal refuses some changes depending on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caller {
    pub id: Uuid,
    pub is_owner: bool,
    /// A DocSpace admin (the owner counts as one too).
    pub is_admin: bool,
}

impl Caller {
    pub fn of(me: &EmployeeFullDto) -> Self {
        Self {
            id: me.id,
            is_owner: me.is_owner(),
            is_admin: me.is_owner() || me.is_admin(),
        }
    }
}

/// Why a user is left out of a bulk action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exclusion {
    Owner,
    Yourself,
    Ldap,
    /// A DocSpace admin, and the caller is not the owner.
    AdminNeedsOwner,
    /// A room admin to delete, and the caller is not a DocSpace admin.
    RoomAdminNeedsAdmin,
    AlreadyTerminated,
    /// Re-activation applies to terminated users only.
    NotTerminatedForActivate,
    /// Deletion applies to terminated users only.
    NotTerminatedForDelete,
    /// No such user on the portal.
    NotFound,
    /// Not among the portal's terminated users: either unknown or not terminated (used
    /// when many ids were matched against the list of terminated users only).
    NotTerminatedOrUnknown,
    /// Chosen to receive the others' data in an offboarding: not deleted with them.
    Receiver,
}

impl Exclusion {
    pub fn reason(self) -> &'static str {
        match self {
            Self::Owner => "the portal owner: the owner cannot be changed or deleted",
            Self::Yourself => "this is you: you cannot change or delete your own account here",
            Self::Ldap => "an LDAP account: change it in the directory it comes from",
            Self::AdminNeedsOwner => "a DocSpace admin: only the portal owner may change admins",
            Self::RoomAdminNeedsAdmin => {
                "a room admin: only DocSpace admins may delete room admins"
            }
            Self::AlreadyTerminated => "already terminated",
            Self::NotTerminatedForActivate => "not terminated: nothing to re-activate",
            Self::NotTerminatedForDelete => "not terminated: terminate the user first",
            Self::NotFound => "not on the portal (no user with this ID)",
            Self::NotTerminatedOrUnknown => {
                "not a terminated user of this portal: terminate the user first, or check the ID"
            }
            Self::Receiver => "chosen to receive the data: not deleted with the others",
        }
    }
}

impl Exclusion {
    /// Whether the user is already in the state the action aims for (terminating a
    /// terminated user, re-activating one who is not terminated): nothing to do, which
    /// is success, whatever path found it out.
    pub fn is_already_done(self) -> bool {
        matches!(
            self,
            Self::AlreadyTerminated | Self::NotTerminatedForActivate
        )
    }

    /// The outcome of a user left out for this reason.
    pub fn outcome(self) -> Outcome {
        if self.is_already_done() {
            Outcome::Unchanged(self.reason().to_string())
        } else {
            Outcome::Skipped(self.reason().to_string())
        }
    }
}

impl std::fmt::Display for Exclusion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.reason())
    }
}

/// A user as the plan knows it. `status` is `None` when the user was not read (the
/// engine then relies on the portal's own checks and bisects a refused chunk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: Uuid,
    /// Raw name (sanitise before showing).
    pub name: String,
    pub email: Option<String>,
    pub status: Option<EmployeeStatus>,
}

impl Target {
    pub fn of(u: &EmployeeFullDto) -> Self {
        Self {
            id: u.id,
            name: u.name_for_people(),
            email: u.email.clone(),
            status: u.status,
        }
    }
}

/// The classified targets of a bulk action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub action: BulkAction,
    pub caller: Caller,
    /// In the order given, without duplicates.
    pub eligible: Vec<Target>,
    pub excluded: Vec<(Target, Exclusion)>,
}

/// One request the plan will send (for `--dry-run` and confirmations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedRequest {
    pub step: Step,
    pub method: &'static str,
    pub path: &'static str,
    pub ids: Vec<Uuid>,
    /// True for a delete that follows a terminate: only the ids whose terminate the
    /// portal confirmed are sent.
    pub after_terminate: bool,
}

/// The properties [`plan`] reads from a profile ([`classify`] and the target's name):
/// lists read only to plan can ask for just these (`fields=`).
pub const PLAN_FIELDS: [&str; 11] = [
    "status",
    "isOwner",
    "isAdmin",
    "isRoomAdmin",
    "isVisitor",
    "isCollaborator",
    "isLDAP",
    "firstName",
    "lastName",
    "displayName",
    "email",
];

pub const PATH_TERMINATE: &str = "/api/2.0/people/status/Terminated";
pub const PATH_ACTIVATE: &str = "/api/2.0/people/status/Active";
pub const PATH_DELETE: &str = "/api/2.0/people/delete";

/// Why the portal would refuse `action` on `user` for `caller`, if it would.
pub fn classify(action: BulkAction, user: &EmployeeFullDto, caller: &Caller) -> Option<Exclusion> {
    if user.is_owner() {
        return Some(Exclusion::Owner);
    }
    if user.id == caller.id {
        return Some(Exclusion::Yourself);
    }
    if user.is_ldap == Some(true) {
        return Some(Exclusion::Ldap);
    }
    if user.is_admin() && !caller.is_owner {
        return Some(Exclusion::AdminNeedsOwner);
    }
    let is_delete = matches!(action, BulkAction::Delete { .. });
    if is_delete && !caller.is_admin && user.user_type() == Some(EmployeeType::RoomAdmin) {
        return Some(Exclusion::RoomAdminNeedsAdmin);
    }
    let terminated = user.status.map(|s| s == EmployeeStatus::Terminated);
    match (action, terminated) {
        (BulkAction::Terminate, Some(true)) => Some(Exclusion::AlreadyTerminated),
        (BulkAction::Activate, Some(false)) => Some(Exclusion::NotTerminatedForActivate),
        (
            BulkAction::Delete {
                terminate_first: false,
            },
            Some(false),
        ) => Some(Exclusion::NotTerminatedForDelete),
        _ => None,
    }
}

/// Classifies every target. Duplicates (same id) are dropped; order is kept. The targets
/// may be borrowed or made on the way (users marked by id alone), so a hundred thousand
/// of them are never all held as whole profiles.
pub fn plan(
    action: BulkAction,
    targets: impl IntoIterator<Item = impl Borrow<EmployeeFullDto>>,
    me: &EmployeeFullDto,
) -> Plan {
    let caller = Caller::of(me);
    let mut seen = HashSet::new();
    let mut eligible = Vec::new();
    let mut excluded = Vec::new();
    for u in targets {
        let u = u.borrow();
        if !seen.insert(u.id) {
            continue;
        }
        match classify(action, u, &caller) {
            None => eligible.push(Target::of(u)),
            Some(why) => excluded.push((Target::of(u), why)),
        }
    }
    Plan {
        action,
        caller,
        eligible,
        excluded,
    }
}

impl Plan {
    pub fn eligible_ids(&self) -> Vec<Uuid> {
        self.eligible.iter().map(|t| t.id).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.eligible.is_empty()
    }

    /// Records an id (or email) that matched no user. `label` is what was asked for.
    pub fn add_not_found(&mut self, id: Uuid, label: impl Into<String>) {
        let target = Target {
            id,
            name: label.into(),
            email: None,
            status: None,
        };
        self.excluded.push((target, Exclusion::NotFound));
    }

    /// The requests [`super::execute()`] will send when nothing goes wrong.
    pub fn requests(&self) -> Vec<PlannedRequest> {
        let mut out = Vec::new();
        for chunk in self.eligible.chunks(CHUNK) {
            let ids: Vec<Uuid> = chunk.iter().map(|t| t.id).collect();
            let req = |step, path, ids, after_terminate| PlannedRequest {
                step,
                method: "PUT",
                path,
                ids,
                after_terminate,
            };
            match self.action {
                BulkAction::Terminate => {
                    out.push(req(Step::Terminating, PATH_TERMINATE, ids, false))
                }
                BulkAction::Activate => out.push(req(Step::Activating, PATH_ACTIVATE, ids, false)),
                BulkAction::Delete {
                    terminate_first: false,
                } => out.push(req(Step::Deleting, PATH_DELETE, ids, false)),
                BulkAction::Delete {
                    terminate_first: true,
                } => {
                    let to_terminate = needs_terminate(chunk);
                    let after = !to_terminate.is_empty();
                    if after {
                        out.push(req(Step::Terminating, PATH_TERMINATE, to_terminate, false));
                    }
                    out.push(req(Step::Deleting, PATH_DELETE, ids, after));
                }
            }
        }
        out
    }
}

/// The ids of a chunk not known to be terminated already.
pub(super) fn needs_terminate(chunk: &[Target]) -> Vec<Uuid> {
    chunk
        .iter()
        .filter(|t| t.status != Some(EmployeeStatus::Terminated))
        .map(|t| t.id)
        .collect()
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
