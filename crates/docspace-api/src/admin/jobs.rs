//! The three kinds of background job the People API runs, and where each is followed and
//! stopped. Each route takes the user the job is about.

use uuid::Uuid;

/// A kind of background job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JobKind {
    /// Handing a terminated user's rooms and files to someone else
    /// (`POST /people/reassign/start`).
    Reassign,
    /// Removing a deleted user's data (queued by every delete, or
    /// `POST /people/remove/start`).
    Remove,
    /// A downgrade that hands the user's rooms over first (`POST /people/type`).
    TypeChange,
}

impl JobKind {
    pub const ALL: [JobKind; 3] = [JobKind::Reassign, JobKind::Remove, JobKind::TypeChange];

    /// The progress route for `user`, relative to the portal's address.
    pub fn progress_path(self, user: Uuid) -> String {
        match self {
            Self::Reassign => format!("api/2.0/people/reassign/progress/{user}"),
            Self::Remove => format!("api/2.0/people/remove/progress/{user}"),
            Self::TypeChange => format!("api/2.0/people/type/progress/{user}"),
        }
    }

    /// The route that stops a job (`PUT`, body `{userId}`).
    pub fn terminate_path(self) -> &'static str {
        match self {
            Self::Reassign => "api/2.0/people/reassign/terminate",
            Self::Remove => "api/2.0/people/remove/terminate",
            Self::TypeChange => "api/2.0/people/type/terminate",
        }
    }

    /// Whether the terminate route answers with the job's last progress (the remove route
    /// answers with nothing).
    pub fn terminate_answers(self) -> bool {
        !matches!(self, Self::Remove)
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reassign => "data reassignment",
            Self::Remove => "data removal",
            Self::TypeChange => "type change",
        }
    }
}

#[cfg(test)]
#[path = "jobs_tests.rs"]
mod tests;
