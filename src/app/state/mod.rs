//! The state the screen shows, as plain data: the model and the parts it is made of. The
//! state types handle their own keys where they are small state machines (the form, the
//! confirmation, the job report) but start no request: handlers in [`super::keys`] and
//! [`super::replies`] do.

pub mod confirm;
pub mod form;
pub mod input;
pub mod job;
pub mod marks;
pub mod model;
pub mod shown;
pub mod users;
