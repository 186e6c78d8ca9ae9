//! Key handlers, one per place keys go (`update` picks it by the overlay on top). They
//! share the helpers in [`super::list_reads`], [`super::leave`] and [`super::redraw`],
//! never each other through `update`.

pub(crate) mod admin;
pub(crate) mod copy_open;
pub(crate) mod export;
pub(crate) mod filters;
pub(crate) mod help;
pub(crate) mod list;
pub(crate) mod lookup;
pub(crate) mod marks;
pub(crate) mod messages;
pub(crate) mod palette;
pub(crate) mod paste_report;
pub(crate) mod quit;
pub(crate) mod search;
pub(crate) mod too_small;
pub(crate) mod writes;
