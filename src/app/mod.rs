//! The terminal UI's model and its pure `update` (DESIGN §1).
//!
//! - [`state`]: everything the screen shows, as data ([`Model`] and its parts).
//! - [`update()`]: the only place the model changes; it routes keys to [`keys`] (one
//!   handler per overlay) and worker replies to [`replies`], and returns [`Effect`]s as
//!   data. [`Msg`] is everything that can happen.
//! - Helpers the handlers share, importing no handler: [`list_reads`] (the reads they
//!   start), [`leave`] (quitting, or asking first), [`pin`] (keeping the shown user by
//!   id), [`profile_reads`] (the shown user's whole profile), [`auth`] (holding requests back after a refused token), [`redraw`], [`tasks`]
//!   (the long reads: mark all, a pasted list, an export), [`list_commands`] (the
//!   palette's sort, filter and columns), [`mouse`] (clicks and the wheel), [`switch`]
//!   (another profile's portal).
//! - [`action`] declares every key action once; [`keymap`] turns keys into [`Action`]s
//!   and feeds the help screen and the hints.
//! - [`words`]: what the UI says, one module per area.
//!
//! Nothing here imports the view (`crate::ui`); the rules shared with the commands live in
//! [`crate::people`].

pub(crate) mod action;
pub(crate) mod auth;
pub(crate) mod effect;
pub(crate) mod keymap;
pub(crate) mod keys;
pub(crate) mod leave;
pub(crate) mod list_commands;
pub(crate) mod list_reads;
pub(crate) mod mouse;
pub(crate) mod msg;
pub(crate) mod pin;
pub(crate) mod profile_reads;
pub(crate) mod redraw;
pub(crate) mod replies;
pub(crate) mod state;
pub(crate) mod switch;
pub(crate) mod tasks;
pub(crate) mod update;
pub(crate) mod words;

pub use action::{Action, Context};
pub use effect::{
    ApiOp, Effect, ExportRequest, HistoryKind, Request, RequestId, TypeChangeRequest,
};
pub use keymap::{KeySpec, Keymap};
pub use list_reads::init;
pub use msg::{
    AdminDone, AdminProgress, ApiOutcome, ApiReply, ExportDone, FindAnswer, IdList, Msg,
    ReadProgress, Switched,
};
pub use state::history::History;
pub use state::model::{Model, ModelOptions, Overlay, Pending};
pub use update::update;

#[cfg(test)]
pub(crate) mod testing;
