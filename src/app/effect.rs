//! What `update` asks the runtime to do, as data.

use uuid::Uuid;

use crate::api::admin::UserInvitation;
use crate::api::dto::MemberRequestDto;
use crate::api::{EmployeeType, QuotaLimit, UserQuery};
use crate::bulk::offboard::OffboardPlan;
use crate::bulk::{Plan, Target};
use crate::people::export::ExportFormat;
use crate::people::lookup::LookupTarget;

/// Names one request to the worker; replies carry it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// One operation on the portal.
///
/// Reads run concurrently (and may be cancelled); writes run one at a time in the order
/// they were submitted (see [`ApiOp::is_write`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ApiOp {
    /// `GET /people/@self`.
    Me,
    /// `GET /people/filter`: one page.
    ListUsers(UserQuery),
    /// `GET /people/{id}`.
    GetUser(Uuid),
    /// `GET /people/{id}` after `pause_ms` (cancelled meanwhile, it is never sent): the
    /// whole profile of the user the detail pane shows.
    ReadProfile { id: Uuid, pause_ms: u64 },
    /// `GET /people/email?email=`.
    GetUserByEmail(String),
    /// `GET /group`: every group of the portal (for the filter panel).
    ListGroups,
    /// `POST /people`: create a user (a write).
    CreateUser(Box<MemberRequestDto>),
    /// Terminate, re-activate or delete users as planned, with progress messages (a write).
    Bulk(Box<Plan>),
    /// What deleting these users takes away (handover needed, owned rooms, personal
    /// files), a few users at a time.
    ReadImpact(Vec<Target>),
    /// Offboard users handing their data to a chosen receiver, with progress messages
    /// (a write).
    Offboard(Box<OffboardPlan>),
    /// Every user id the query matches, all pages (`fields=id`), with progress messages.
    ListIds(UserQuery),
    /// Each user named by ID (`GET /people/{id}`) or email (`GET /people/email`), a few
    /// at a time, with progress messages.
    FindUsers(Vec<LookupTarget>),
    /// Every user the query matches written to a local file page by page, with progress
    /// messages (it reads the portal only).
    Export(Box<ExportRequest>),
    /// `POST /people/invite`: invite these addresses, in `culture` if given (a write).
    Invite {
        invitations: Vec<UserInvitation>,
        culture: Option<String>,
    },
    /// `PUT /people/invite`: mail these pending users their invitation again (a write).
    ResendInvites(Vec<Uuid>),
    /// Give these users another type, one at a time (a write): see [`TypeChangeRequest`].
    ChangeType(Box<TypeChangeRequest>),
    /// `PUT /people/userquota` with `limit`, or `/people/resetquota` when it is `None`,
    /// for these users (a write).
    SetQuota {
        ids: Vec<Uuid>,
        limit: Option<QuotaLimit>,
    },
    /// Edit a profile (a write): `PUT /people/{id}` with the names when given (the portal
    /// applies them on the caller's own profile only), then `POST /people/email` when an
    /// address is given.
    EditProfile {
        id: Uuid,
        names: Option<(String, String)>,
        email: Option<String>,
    },
    /// `POST /people/password`: mail a password-change link to this address (a write).
    PasswordLink(String),
    /// `PUT` (`add`) or `DELETE /group/{group}/members` for these users (a write).
    GroupMembers {
        group: Uuid,
        users: Vec<Uuid>,
        add: bool,
    },
}

/// What [`ApiOp::ChangeType`] does: each user (with the type they have now) becomes `to`;
/// an upgrade through `PUT /people/type/{type}`, a downgrade through the portal's job
/// (`POST /people/type`), an admin's rooms handed to `rooms_to` (`None`: the caller, as
/// the portal does when it is not told).
#[derive(Debug, Clone, PartialEq)]
pub struct TypeChangeRequest {
    pub users: Vec<(Uuid, Option<EmployeeType>)>,
    pub to: EmployeeType,
    pub rooms_to: Option<LookupTarget>,
}

/// What [`ApiOp::Export`] writes: the users of `query` (all pages from its start), as
/// `format`, to `path` (as typed: `~/` is the home directory).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    pub query: UserQuery,
    pub format: ExportFormat,
    pub path: String,
}

impl ApiOp {
    /// Writes are serialised by the worker; reads are not.
    pub fn is_write(&self) -> bool {
        match self {
            ApiOp::Me
            | ApiOp::ListUsers(_)
            | ApiOp::GetUser(_)
            | ApiOp::ReadProfile { .. }
            | ApiOp::GetUserByEmail(_)
            | ApiOp::ListGroups
            | ApiOp::ListIds(_)
            | ApiOp::FindUsers(_)
            | ApiOp::Export(_)
            | ApiOp::ReadImpact(_) => false,
            ApiOp::CreateUser(_)
            | ApiOp::Bulk(_)
            | ApiOp::Offboard(_)
            | ApiOp::Invite { .. }
            | ApiOp::ResendInvites(_)
            | ApiOp::ChangeType(_)
            | ApiOp::SetQuota { .. }
            | ApiOp::EditProfile { .. }
            | ApiOp::PasswordLink(_)
            | ApiOp::GroupMembers { .. } => true,
        }
    }
}

/// A request for the worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: RequestId,
    pub op: ApiOp,
}

/// The prompts whose entries are kept between runs, each in a file of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HistoryKind {
    /// The command palette (`:`).
    Palette,
    /// The search box (`/`).
    Search,
    /// The look-up (`i`).
    Lookup,
}

impl HistoryKind {
    pub const ALL: [HistoryKind; 3] = [
        HistoryKind::Palette,
        HistoryKind::Search,
        HistoryKind::Lookup,
    ];

    /// The name of its file in the data directory.
    pub fn file_name(self) -> &'static str {
        match self {
            HistoryKind::Palette => "history-palette.txt",
            HistoryKind::Search => "history-search.txt",
            HistoryKind::Lookup => "history-lookup.txt",
        }
    }
}

/// A side effect for the runtime to perform.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Send a request to the worker.
    Api(Request),
    /// Abort a read still in flight (its reply, if any, is ignored anyway).
    Cancel(RequestId),
    /// Stop the running bulk job `RequestId` after the requests already sent.
    StopJob(RequestId),
    /// Give the terminal back and stop the process (Ctrl-Z); redraw on resume.
    Suspend,
    /// Put `text` on the clipboard through the terminal (OSC 52).
    Clipboard(String),
    /// Open this http(s) address in the browser, if there is one.
    OpenUrl(String),
    /// Keep these entries (oldest first) as the history of a prompt, between runs.
    SaveHistory(HistoryKind, Vec<String>),
    /// Switch to this profile of the configuration file: a new client and worker, then
    /// [`super::Msg::Switched`] (or [`super::Msg::LocalError`] when it cannot be used).
    SwitchProfile(String),
    /// Leave the program.
    Quit,
}

impl Effect {
    /// The request inside, if this is an API effect.
    pub fn request(&self) -> Option<&Request> {
        match self {
            Effect::Api(r) => Some(r),
            _ => None,
        }
    }

    /// The page of the user list this effect asks for, if it is one.
    pub fn list_query(&self) -> Option<&UserQuery> {
        match &self.request()?.op {
            ApiOp::ListUsers(q) => Some(q),
            _ => None,
        }
    }
}
