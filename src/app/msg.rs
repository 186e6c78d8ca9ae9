//! Everything that can happen to the model.

use crossterm::event::Event;

use super::effect::RequestId;
use crate::api::dto::GroupDto;
use crate::api::{ApiError, EmployeeFullDto, UserPage};
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
    /// A request to leave (a signal, or the runtime shutting down).
    Quit,
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
    /// The portal's groups.
    Groups(Vec<GroupDto>),
    /// The worker refused the operation without sending anything (a write on a
    /// read-only profile, a create that breaks the portal's rules); the reason in words.
    NotSent(String),
}
