//! The state the screen shows, as plain data: the model and the parts it is made of. The
//! state types handle their own keys where they are small state machines (the form, the
//! confirmation, the job report) but start no request: handlers in [`super::keys`] and
//! [`super::replies`] do.

pub(crate) mod admin;
pub(crate) mod confirm;
pub(crate) mod export_prompt;
pub(crate) mod filter_panel;
pub(crate) mod form;
pub(crate) mod history;
pub(crate) mod input;
pub(crate) mod job;
pub(crate) mod marks;
pub(crate) mod model;
pub(crate) mod palette;
pub(crate) mod paste_report;
pub(crate) mod profiles;
pub(crate) mod receiver_picker;
pub(crate) mod shown;
pub(crate) mod status;
pub(crate) mod task;
pub(crate) mod users;
pub(crate) mod wrap;
