//! What `update` asks the runtime to do, as data.

use uuid::Uuid;

use crate::api::UserQuery;
use crate::api::dto::MemberRequestDto;
use crate::bulk::Plan;

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
    /// `GET /people/email?email=`.
    GetUserByEmail(String),
    /// `GET /group`: every group of the portal (for the filter panel).
    ListGroups,
    /// `POST /people`: create a user (a write).
    CreateUser(Box<MemberRequestDto>),
    /// Terminate, re-activate or delete users as planned, with progress messages (a write).
    Bulk(Box<Plan>),
}

impl ApiOp {
    /// Writes are serialised by the worker; reads are not.
    pub fn is_write(&self) -> bool {
        match self {
            ApiOp::Me
            | ApiOp::ListUsers(_)
            | ApiOp::GetUser(_)
            | ApiOp::GetUserByEmail(_)
            | ApiOp::ListGroups => false,
            ApiOp::CreateUser(_) | ApiOp::Bulk(_) => true,
        }
    }
}

/// A request for the worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: RequestId,
    pub op: ApiOp,
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
}
