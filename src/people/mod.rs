//! The rules both front ends (the TUI in [`crate::app`], the commands in
//! [`crate::commands`]) and the worker share. Nothing here knows about keys, screens or
//! terminals.
//!
//! - [`new_user`]: what a valid new user is (the portal's own field rules).
//! - [`csv`]: just enough CSV, for the commands' output, pasted lists and exports.
//! - [`export`]: the file formats of an export and how a file name chooses one.
//! - [`lookup`]: reading a user ID or an email address typed to look a user up.
//! - [`pasted`]: reading a list of IDs or emails (or CSV) pasted over the user list.
//! - [`read_only`]: the read-only policy and its one wording.
//! - [`type_change`]: the notice when the portal created a user with another type.
//! - [`user_type`]: the one vocabulary for the kinds of users (labels and machine names).
//! - [`columns`]: the columns a user list can show, by name, and the sort of each.
//! - [`invite_emails`]: the addresses typed to invite people.
//! - [`quota_size`]: a storage quota as typed (`10GB`, `none`, `default`).
//! - [`count`]: counts in words ("12,345 users", "1 user").
//! - [`grant`]: which types a caller may give (invite, change of type).
//! - [`size`]: storage sizes read (`10GB`, `none`) and in words (`1.5 GB`), the one way
//!   both front ends say a size.

pub mod columns;
pub(crate) mod count;
pub mod csv;
pub mod export;
pub(crate) mod grant;
pub(crate) mod invite_emails;
pub(crate) mod lookup;
pub(crate) mod new_user;
pub(crate) mod pasted;
pub(crate) mod quota_size;
pub mod read_only;
pub(crate) mod size;
pub(crate) mod type_change;
pub mod user_type;
