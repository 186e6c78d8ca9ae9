//! Key handlers, one per place keys go (`update` picks it by the overlay on top). They
//! share the helpers in [`super::list_reads`], [`super::leave`] and [`super::redraw`],
//! never each other through `update`.

pub mod help;
pub mod list;
pub mod lookup;
pub mod quit;
pub mod search;
pub mod too_small;
pub mod writes;
