//! Everything that can happen to the model.

use crossterm::event::Event;

use uuid::Uuid;

use super::effect::RequestId;
use super::state::confirm::Button;
use crate::api::dto::GroupDto;
use crate::api::{ApiError, EmployeeFullDto, Incomplete, UserPage};
use crate::bulk::offboard::{ImpactRead, OffboardReport};
use crate::bulk::{Progress, Report};

/// An input to [`super::update()`].
#[derive(Debug, Clone)]
pub enum Msg {
    /// A terminal event: key, paste, resize, focus.
    Input(Event),
    /// Time passed (sent by the runtime only while something is in flight or a debounce
    /// is pending; about every [`TICK_MS`] ms).
    Tick,
    /// A reply from the worker.
    Api(ApiReply),
    /// How far a running bulk job (request `0`) has come; its report is the final reply.
    Progress(RequestId, Progress),
    /// How far a long read (all the ids of a query, a pasted list, an export) has come.
    ReadProgress(RequestId, ReadProgress),
    /// How far a type change ([`super::ApiOp::ChangeType`]) has come.
    AdminProgress(RequestId, AdminProgress),
    /// Something the runtime did for an effect failed (opening the browser); in words.
    LocalError(String),
    /// The runtime switched to another profile ([`super::Effect::SwitchProfile`]): the
    /// worker now talks to its portal.
    Switched(Switched),
    /// A click on a button of the confirmation dialog (the view knows where it drew them;
    /// the runtime reads the mouse with it).
    PressButton(Button),
    /// A request to leave (a signal, or the runtime shutting down).
    Quit,
}

/// The profile switched to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Switched {
    /// Its name.
    pub profile: String,
    /// Shown in the status bar: the profile's name and its portal's address.
    pub portal_label: String,
    /// The profile refuses writes.
    pub read_only: bool,
}

/// The runtime's tick period, in milliseconds; debounces count ticks of this length.
pub(crate) const TICK_MS: u64 = 100;

/// The worker's answer to one request.
#[derive(Debug, Clone)]
pub struct ApiReply {
    pub id: RequestId,
    pub result: Result<ApiOutcome, ApiError>,
}

/// A successful result, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiOutcome {
    /// A page of the user list.
    Page(UserPage),
    /// One user (`@self`, by id, by email, or just created).
    User(Box<EmployeeFullDto>),
    /// The per-user report of a bulk job.
    Bulk(Report),
    /// What the users of a delete own ([`super::ApiOp::ReadImpact`]), in order.
    Impact(Vec<ImpactRead>),
    /// The report of an offboarding run ([`super::ApiOp::Offboard`]).
    Offboard(OffboardReport),
    /// The portal's groups.
    Groups(Vec<GroupDto>),
    /// Every id a query matches ([`super::ApiOp::ListIds`]).
    Ids(IdList),
    /// The answer for each user asked for ([`super::ApiOp::FindUsers`]), in order.
    Found(Vec<FindAnswer>),
    /// An export written ([`super::ApiOp::Export`]).
    Exported(ExportDone),
    /// An administration write answered (invite, resend, type, quota).
    Admin(AdminDone),
    /// The worker refused the operation without sending anything (a write on a
    /// read-only profile, a create that breaks the portal's rules); the reason in words.
    NotSent(String),
}

/// How far a type change has come: users done of `total`, and the percentage the
/// portal's job for the current user published (when one runs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdminProgress {
    pub done: usize,
    pub total: usize,
    pub job_percent: Option<u8>,
}

/// What an administration write did.
#[derive(Debug, Clone, PartialEq)]
pub enum AdminDone {
    /// The addresses asked for, and the display names of the pending users the portal
    /// answered with (it names a new user by their address).
    Invited {
        asked: Vec<String>,
        pending: Vec<String>,
    },
    /// Invitations mailed again to this many users.
    Resent(usize),
    /// A change for each user: done, or refused with the portal's words (raw: sanitise
    /// before showing); users after a refusal for want of seats are not sent.
    Changed {
        done: usize,
        refused: Vec<(Uuid, String)>,
        not_sent: usize,
        /// The run was stopped: `not_sent` were not attempted for that reason.
        stopped: bool,
    },
    /// A profile edited: whether names were asked and the portal kept them unchanged,
    /// and the portal's words about a new address (raw), if one was sent.
    Edited {
        names_kept: bool,
        email: Option<String>,
    },
    /// A mail sent; the portal's words (raw).
    Mailed(String),
}

/// How far a long read has come: users (or names) done, of how many (when known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadProgress {
    pub done: u64,
    pub total: Option<u64>,
}

/// The ids a query matches, in list order.
#[derive(Debug, Clone, PartialEq)]
pub struct IdList {
    pub ids: Vec<Uuid>,
    /// The portal's count, as its last page said.
    pub total: Option<u64>,
    /// Why the ids are fewer than the portal counts, if they are.
    pub incomplete: Option<Incomplete>,
}

/// The answer for one user asked for by ID or email.
#[derive(Debug, Clone, PartialEq)]
pub enum FindAnswer {
    Found(Uuid),
    /// The portal has no such user.
    Missing,
    /// The portal could not say (in words).
    Failed(String),
}

/// An export that was written.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportDone {
    /// Users written.
    pub users: u64,
    /// Where, as the file system names it.
    pub path: String,
    /// Why fewer users were written than the portal counts, if they were.
    pub incomplete: Option<Incomplete>,
}
