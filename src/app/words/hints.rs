//! Words of the hint line and of the key lines inside dialogs (which say the same): what a
//! key does in the view on screen. The keys themselves come from the keymap; the words of
//! a key action that means the same everywhere are its `hint` in the action table.

/// The badge of a read-only profile, first on the hint line.
pub(crate) const READ_ONLY: &str = "READ-ONLY";

pub(crate) const MOVE: &str = "move";
/// Picking a value in the filter panel.
pub(crate) const PICK: &str = "pick";
/// Running the palette's chosen entry.
pub(crate) const RUN: &str = "run";
/// Choosing among the palette's entries.
pub(crate) const CHOOSE: &str = "choose";
pub(crate) const SCROLL: &str = "scroll";
pub(crate) const CLOSE: &str = "close";
pub(crate) const CANCEL: &str = "cancel";
pub(crate) const BACK_TO_LIST: &str = "back to the list";

/// The search box: Esc empties it and closes it.
pub(crate) const CLEAR_SEARCH: &str = "clear";

/// The look-up prompt.
pub(crate) const LOOK_UP: &str = "look up";

/// The form: Enter moves on, and submits on the last field.
pub(crate) const NEXT_OR_SUBMIT: &str = "next (submit on the last)";
pub(crate) const SUBMIT: &str = "submit";
pub(crate) const DISCARD: &str = "discard";
pub(crate) const KEEP_EDITING: &str = "keep editing";

/// A confirmation: the focused button, the other one.
pub(crate) const PRESS: &str = "press the focused button";
pub(crate) const SWITCH: &str = "switch button";
/// A confirmation by typed count.
pub(crate) const CONFIRM_COUNT: &str = "confirm";

/// The job window while the change runs.
pub(crate) const HIDE_JOB: &str = "hide (the change goes on)";
pub(crate) const STOP_JOB: &str = "stop after the requests already sent";

/// The quit question.
pub(crate) const QUIT_ANYWAY: &str = "quit anyway";
pub(crate) const STAY: &str = "stay";

/// The status bar, after a message cut to its width.
pub(crate) const MORE: &str = "more";
