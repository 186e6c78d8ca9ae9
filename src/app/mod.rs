//! The terminal UI's model and its pure `update` (DESIGN §1).
//!
//! [`Model`] holds everything the screen shows; [`update()`] is the only place it changes,
//! returning [`Effect`]s as data; [`Msg`] is everything that can happen. Overlays
//! ([`Overlay`]) each handle their own keys; the keymap ([`Keymap`]) turns keys into
//! [`Action`]s and feeds the help screen.

pub mod action;
pub mod auth;
pub mod browse;
pub mod bulk_job;
pub mod confirm;
pub mod effect;
pub mod form;
pub mod input;
pub mod keymap;
pub mod lifecycle;
pub mod lookup;
pub mod marks;
pub mod model;
pub mod msg;
pub mod pin;
pub mod quit;
pub mod replies;
pub mod search;
pub mod too_small;
pub mod update;
pub mod users;
pub mod write_replies;

pub use action::{Action, Context};
pub use effect::{ApiOp, Effect, Request, RequestId};
pub use keymap::{KeySpec, Keymap};
pub use model::{Model, ModelOptions, Overlay, Pending};
pub use msg::{ApiOutcome, ApiReply, Msg};
pub use update::{init, update};

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod update_props;
#[cfg(test)]
mod update_tests;
