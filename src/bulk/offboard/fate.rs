//! What became of one user's data in an offboarding run or a plain delete: whether it
//! was handed over and to whom, whether the user was deleted, and how the data removal
//! the delete queued ended. Said in words by [`super::words`].

use uuid::Uuid;

use super::impact::Impact;
use super::words;
use crate::bulk::job_follow::Ended;

/// What became of one user's data (names raw: sanitise the words before showing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFate {
    pub id: Uuid,
    /// Terminated in this run.
    pub terminated: bool,
    /// A handover was started (what it moved stays moved, even if it did not finish).
    pub handover_begun: bool,
    /// Who received the rooms and shared files by a completed handover (raw name).
    pub handed_to: Option<String>,
    pub deleted: bool,
    /// How the data removal the delete queued ended, as far as it was followed.
    pub removal: Option<Ended>,
}

impl DataFate {
    /// Nothing done yet to `id`'s data.
    pub fn untouched(id: Uuid) -> Self {
        Self {
            id,
            terminated: false,
            handover_begun: false,
            handed_to: None,
            deleted: false,
            removal: None,
        }
    }

    /// What became of the data alone: "rooms and shared files handed to Ann; their
    /// files removed". With the user's `impact`, the rooms are named and sized
    /// (`title` makes a room's title safe).
    pub fn words(&self, impact: Option<&Impact>, title: &dyn Fn(&str) -> String) -> String {
        let mut parts = Vec::new();
        if let Some(to) = &self.handed_to {
            parts.push(words::handed_to(to, impact, title));
        }
        if let Some(removal) = &self.removal {
            parts.push(words::removal(removal, self.handed_to.is_some(), impact));
        }
        if parts.is_empty() {
            return if self.handover_begun && !self.deleted {
                "not (fully) handed over; nothing deleted".into()
            } else {
                "untouched".into()
            };
        }
        parts.join("; ")
    }

    /// Every step done, in order: "terminated; 1 room (5.0 MB: Sales) handed to Ann;
    /// deleted; their files removed (2.0 MB)".
    pub fn steps_words(&self, impact: Option<&Impact>, title: &dyn Fn(&str) -> String) -> String {
        let mut parts = Vec::new();
        if self.terminated {
            parts.push("terminated".to_string());
        }
        if let Some(to) = &self.handed_to {
            parts.push(words::handed_to(to, impact, title));
        }
        if self.deleted {
            parts.push("deleted".to_string());
        }
        if let Some(removal) = &self.removal {
            parts.push(words::removal(removal, self.handed_to.is_some(), impact));
        }
        parts.join("; ")
    }

    /// Whether the data removal the delete queued ended short of done by the portal's
    /// word (failed, or cancelled): files of theirs may be left on the portal. The user
    /// stays deleted (their outcome is the delete's: done); this is said beside it, and
    /// the commands exit non-zero for it. One that goes on, or whose end is unknown, is
    /// not counted.
    pub fn removal_failed(&self) -> bool {
        matches!(self.removal, Some(Ended::Failed(_) | Ended::Cancelled(_)))
    }
}

#[cfg(test)]
#[path = "fate_tests.rs"]
mod tests;
