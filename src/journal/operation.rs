//! What a journal entry did: the kind of write, with what it needs to be checked later.
//! A password is never part of it.

use serde::{Deserialize, Serialize};

use crate::api::EmployeeType;
use crate::api::admin::JobKind;
use crate::api::dto::MemberRequestDto;

/// A write, as recorded in an intent. Written as `{"op": "delete"}`,
/// `{"op": "create", "email": …}`; kinds added by later versions read as
/// [`Operation::Unknown`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum Operation {
    /// `PUT /api/2.0/people/status/Terminated`.
    Terminate,
    /// `PUT /api/2.0/people/status/Active`.
    Activate,
    /// `PUT /api/2.0/people/delete` (or `DELETE /api/2.0/people/{id}`).
    Delete,
    /// `POST /api/2.0/people`: the new user's email, names and type (never the password).
    #[serde(rename_all = "camelCase")]
    Create {
        email: String,
        first_name: String,
        last_name: String,
        /// `User`, `RoomAdmin`, `DocSpaceAdmin`.
        #[serde(rename = "type")]
        kind: String,
    },
    /// `POST /api/2.0/people/reassign/start`: the user's rooms and files handed to `to`.
    #[serde(rename_all = "camelCase")]
    Reassign { to: uuid::Uuid },
    /// `POST /api/2.0/people/invite`: the addresses (the users' names) invited as `kind`.
    Invite {
        #[serde(rename = "type")]
        kind: String,
    },
    /// `PUT /api/2.0/people/invite`: the invitation mailed again.
    Resend,
    /// `PUT /api/2.0/people/userquota` (`limit` in bytes, -1 for none) or
    /// `PUT /api/2.0/people/resetquota` (`limit` absent: the portal's default).
    Quota {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        limit: Option<i64>,
    },
    /// `PUT|DELETE /api/2.0/group/{group}/members`: users added to (or removed from) a group.
    #[serde(rename_all = "camelCase")]
    GroupMembers { group: uuid::Uuid, add: bool },
    /// `PUT /api/2.0/people/{id}` (names, location) or `POST /api/2.0/people/email`: the
    /// fields changed, by name (never their values).
    Edit { fields: Vec<String> },
    /// `POST /api/2.0/people/password`: a password-change link mailed to the user.
    PasswordLink,
    /// `PUT /api/2.0/people/type/{type}`, or the job of `POST /api/2.0/people/type`.
    SetType {
        #[serde(rename = "type")]
        kind: String,
    },
    /// `PUT /api/2.0/people/{reassign,remove,type}/terminate`: a running job about the
    /// user stopped (`job`: `reassign`, `remove`, `type`).
    StopJob { job: String },
    /// A kind of write this version does not know (recorded by a newer one).
    #[serde(other)]
    Unknown,
}

impl Operation {
    /// The operation for a create request; only its email, names and type are kept.
    pub fn create(body: &MemberRequestDto) -> Self {
        let text = |s: &Option<String>| s.as_deref().unwrap_or("").trim().to_string();
        Operation::Create {
            email: text(&body.email),
            first_name: text(&body.first_name),
            last_name: text(&body.last_name),
            kind: body.kind.unwrap_or(EmployeeType::User).name().to_string(),
        }
    }

    /// The stop of the `kind` job about a user.
    pub fn stop_job(kind: JobKind) -> Self {
        let job = match kind {
            JobKind::Reassign => "reassign",
            JobKind::Remove => "remove",
            JobKind::TypeChange => "type",
        };
        Operation::StopJob { job: job.into() }
    }

    /// The kind of job a [`Operation::StopJob`] stopped (`None` for other operations, or a
    /// kind this version does not know).
    pub fn stopped_job(&self) -> Option<JobKind> {
        JobKind::ALL
            .into_iter()
            .find(|k| Operation::stop_job(*k) == *self)
    }

    /// A word for people: "terminate", "re-activate", "delete", "create".
    pub fn label(&self) -> &'static str {
        match self {
            Operation::Terminate => "terminate",
            Operation::Activate => "re-activate",
            Operation::Delete => "delete",
            Operation::Create { .. } => "create",
            Operation::Reassign { .. } => "hand over",
            Operation::Invite { .. } => "invite",
            Operation::Resend => "resend the invitation",
            Operation::SetType { .. } => "change the type",
            Operation::Quota { .. } => "set the quota",
            Operation::Edit { .. } => "edit the profile",
            Operation::PasswordLink => "mail a password link",
            Operation::StopJob { .. } => "stop a job",
            Operation::GroupMembers { add: true, .. } => "add to a group",
            Operation::GroupMembers { add: false, .. } => "remove from a group",
            Operation::Unknown => "other",
        }
    }

    /// The name a create gives its user ("First Last"); empty for other operations.
    pub fn new_user_name(&self) -> String {
        match self {
            Operation::Create {
                first_name,
                last_name,
                ..
            } => format!("{first_name} {last_name}").trim().to_string(),
            _ => String::new(),
        }
    }

    /// The email of the user a create makes.
    pub fn new_user_email(&self) -> Option<&str> {
        match self {
            Operation::Create { email, .. } => Some(email),
            _ => None,
        }
    }
}

#[cfg(test)]
#[path = "operation_tests.rs"]
mod tests;
