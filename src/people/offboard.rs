//! Offboarding a user: what it will do to their data (the plan a dry run shows and a
//! confirmation names) and what it did (the per-user report), in one wording for the
//! command and the TUI.
//!
//! The steps, in order: terminate (when still active), hand the rooms over (when the
//! portal says some must be: `reassign/necessary`), delete, then the portal's removal of
//! what is left (personal files). The rooms the user owns and the storage they use are
//! read before anything is sent (`owned_rooms`, the profile's `usedSpace`).

use super::size;

/// How many room titles a line names before "+N more".
const ROOMS_NAMED: usize = 3;

/// A room the user owns: its title (raw portal text: sanitise before showing) and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RoomHeld {
    pub(crate) title: String,
    pub(crate) bytes: u64,
}

/// What a user holds, read before offboarding them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Holdings {
    pub(crate) rooms: Vec<RoomHeld>,
    /// The storage their files use (the profile's `usedSpace`).
    pub(crate) used_bytes: u64,
    /// The portal says rooms or files must be handed over before the delete.
    pub(crate) must_reassign: bool,
}

impl Holdings {
    pub(crate) fn room_bytes(&self) -> u64 {
        self.rooms.iter().map(|r| r.bytes).sum()
    }

    /// "3 rooms (1.2 GB: Sales, Design, Board +1 more)"; "no rooms" when none.
    pub(crate) fn rooms_words(&self, title: impl Fn(&str) -> String) -> String {
        if self.rooms.is_empty() {
            return "no rooms".into();
        }
        let mut names: Vec<String> = self
            .rooms
            .iter()
            .take(ROOMS_NAMED)
            .map(|r| title(&r.title))
            .collect();
        if self.rooms.len() > ROOMS_NAMED {
            names.push(format!("+{} more", self.rooms.len() - ROOMS_NAMED));
        }
        format!(
            "{} ({}: {})",
            rooms(self.rooms.len()),
            size::words(self.room_bytes()),
            names.join(", ")
        )
    }
}

fn rooms(n: usize) -> String {
    if n == 1 {
        "1 room".into()
    } else {
        format!("{n} rooms")
    }
}

/// The steps offboarding one user takes, decided from their state and holdings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Steps {
    pub(crate) terminate: bool,
    pub(crate) reassign: bool,
}

impl Steps {
    pub(crate) fn of(terminated: bool, holdings: &Holdings) -> Self {
        Self {
            terminate: !terminated,
            reassign: holdings.must_reassign,
        }
    }
}

/// The plan for one user, in words: "terminate; hand 3 rooms (1.2 GB: …) to Ann Lee;
/// delete; remove their files (300.0 MB)". `heir` and room titles are passed in
/// already made safe.
pub(crate) fn plan_words(
    steps: Steps,
    holdings: &Holdings,
    heir: &str,
    title: impl Fn(&str) -> String,
) -> String {
    let mut parts = Vec::new();
    if steps.terminate {
        parts.push("terminate".to_string());
    } else {
        parts.push("already terminated".to_string());
    }
    if steps.reassign {
        parts.push(format!("hand {} to {heir}", holdings.rooms_words(title)));
    } else if holdings.rooms.is_empty() {
        parts.push("no rooms to hand over".to_string());
    } else {
        parts.push(format!("{} need no hand-over", holdings.rooms_words(title)));
    }
    parts.push("delete".to_string());
    parts.push(format!(
        "remove their files ({})",
        size::words(holdings.used_bytes)
    ));
    parts.join("; ")
}

/// One step of offboarding a user, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Terminate,
    Reassign,
    Delete,
    Remove,
}

impl Step {
    /// What the step did, once done.
    pub(crate) fn done_words(
        self,
        holdings: &Holdings,
        heir: &str,
        title: impl Fn(&str) -> String,
    ) -> String {
        match self {
            Step::Terminate => "terminated".into(),
            Step::Reassign => format!("{} handed to {heir}", holdings.rooms_words(title)),
            Step::Delete => "deleted".into(),
            Step::Remove => format!("their files removed ({})", size::words(holdings.used_bytes)),
        }
    }

    /// The step, as a verb, for failures: "terminate", "hand the rooms over", …
    pub(crate) fn verb(self) -> &'static str {
        match self {
            Step::Terminate => "terminate",
            Step::Reassign => "hand the rooms over",
            Step::Delete => "delete",
            Step::Remove => "remove their files",
        }
    }
}

/// Why a user is not offboarded at all (the portal would refuse it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refused {
    Owner,
    Yourself,
    Heir,
    Ldap,
    AdminNeedsOwner,
}

impl Refused {
    pub(crate) fn words(self) -> &'static str {
        match self {
            Refused::Owner => "the portal owner cannot be offboarded",
            Refused::Yourself => "you cannot offboard yourself",
            Refused::Heir => "this user is to receive the rooms",
            Refused::Ldap => "an LDAP account is removed in the directory, not here",
            Refused::AdminNeedsOwner => "only the owner may offboard a DocSpace admin",
        }
    }
}

/// Whether offboarding the user is refused before anything is sent.
pub(crate) fn refusal(
    user: &crate::api::EmployeeFullDto,
    caller: &crate::api::EmployeeFullDto,
    heir: uuid::Uuid,
) -> Option<Refused> {
    if user.is_owner() {
        Some(Refused::Owner)
    } else if user.id == caller.id {
        Some(Refused::Yourself)
    } else if user.id == heir {
        Some(Refused::Heir)
    } else if user.is_ldap == Some(true) {
        Some(Refused::Ldap)
    } else if user.is_admin() && !caller.is_owner() {
        Some(Refused::AdminNeedsOwner)
    } else {
        None
    }
}

/// Whether `heir` may receive rooms: the portal hands them only to an active DocSpace
/// admin or room admin (`ReassignController.cs`, the `toUserId` check).
pub(crate) fn may_receive_rooms(heir: &crate::api::EmployeeFullDto) -> bool {
    use crate::api::{EmployeeStatus, EmployeeType};
    heir.status == Some(EmployeeStatus::Active)
        && (heir.is_owner()
            || matches!(
                heir.user_type(),
                Some(EmployeeType::DocSpaceAdmin | EmployeeType::RoomAdmin)
            ))
}

#[cfg(test)]
#[path = "offboard_tests.rs"]
mod tests;
