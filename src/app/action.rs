//! The bindable actions: their names (as used in the `[keys]` config table), where they
//! apply, what they do (for help and hints) and their default keys (DESIGN §4).

/// Where an action's keys are looked up. Keys of different contexts may overlap
/// (`n` is "new user" in the list and "no" in a confirmation); keys in [`Context::Global`]
/// apply everywhere and must not clash with any other context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Form,
    /// Editing the text of a form field or prompt; read where [`Context::Form`] is, so
    /// the two must not share a key.
    Text,
    Dialog,
}

impl Context {
    pub const ALL: [Context; 5] = [
        Context::Global,
        Context::List,
        Context::Form,
        Context::Text,
        Context::Dialog,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::List => "User list",
            Context::Form => "Forms and prompts",
            Context::Text => "Editing text (forms and prompts)",
            Context::Dialog => "Confirmations, progress and reports",
        }
    }
}

/// Everything about one key action, declared once in [`ACTIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionSpec {
    pub action: Action,
    /// The name used in the `[keys]` table of the config file.
    pub name: &'static str,
    /// Where its keys are looked up.
    pub context: Context,
    /// One line for the help screen.
    pub description: &'static str,
    /// A short word for the hint line.
    pub hint: &'static str,
    /// The default key specs (see [`super::keymap::KeySpec`]).
    pub default_keys: &'static [&'static str],
    /// It changes the portal: refused (and not hinted) on a read-only profile.
    pub writes: bool,
}

/// Declares the actions once: the [`Action`] enum, its [`Action::ALL`] list and the
/// [`ACTIONS`] table, in the same order.
macro_rules! key_actions {
    ($(
        $variant:ident {
            name: $name:literal,
            context: $context:ident,
            description: $description:literal,
            hint: $hint:literal,
            keys: [$($key:literal),* $(,)?]
            $(, writes: $writes:literal)? $(,)?
        },
    )*) => {
        /// A bindable intent.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Action {
            $($variant,)*
        }

        /// Every key action with its name, context, help line, hint and default keys; help,
        /// hints, config names and clash checks are all derived from it. Adding a key
        /// action is one entry here (and a handler for it).
        pub(crate) const ACTIONS: &[ActionSpec] = &[
            $(ActionSpec {
                action: Action::$variant,
                name: $name,
                context: Context::$context,
                description: $description,
                hint: $hint,
                default_keys: &[$($key),*],
                writes: false $(|| $writes)?,
            },)*
        ];

        impl Action {
            pub const ALL: [Action; ACTIONS.len()] = [$(Action::$variant,)*];
        }
    };
}

key_actions! {
    Quit {
        name: "quit",
        context: Global,
        description: "quit",
        hint: "quit",
        keys: ["q", "ctrl-c"],
    },
    Back {
        name: "back",
        context: Global,
        description: "back, close, cancel; over the list: clear the search, then the marks, \
                      then the message",
        hint: "back",
        keys: ["esc"],
    },
    Help {
        name: "help",
        context: Global,
        description: "show or hide this help (in forms and prompts: with a key that types no text)",
        hint: "help",
        keys: ["?", "f1"],
    },
    Up {
        name: "up",
        context: List,
        description: "move up",
        hint: "move",
        keys: ["k", "up"],
    },
    Down {
        name: "down",
        context: List,
        description: "move down",
        hint: "move",
        keys: ["j", "down"],
    },
    PageUp {
        name: "page_up",
        context: List,
        description: "page up",
        hint: "page",
        keys: ["pgup"],
    },
    PageDown {
        name: "page_down",
        context: List,
        description: "page down",
        hint: "page",
        keys: ["pgdn"],
    },
    Top {
        name: "top",
        context: List,
        description: "go to the first user",
        hint: "top",
        keys: ["g", "home"],
    },
    Bottom {
        name: "bottom",
        context: List,
        description: "go to the last user",
        hint: "bottom",
        keys: ["G", "end"],
    },
    Open {
        name: "open",
        context: List,
        description: "open the selected user's details",
        hint: "details",
        keys: ["enter"],
    },
    Search {
        name: "search",
        context: List,
        description: "search by name or email (on the portal)",
        hint: "search",
        keys: ["/"],
    },
    FilterPanel {
        name: "filter_panel",
        context: List,
        description: "filter panel: status, type, group, login, payments, quota",
        hint: "filter",
        keys: ["f"],
    },
    Lookup {
        name: "lookup",
        context: List,
        description: "look up a user by ID or email (or paste one over the list)",
        hint: "look up",
        keys: ["i"],
    },
    Refresh {
        name: "refresh",
        context: List,
        description: "reload from the portal",
        hint: "refresh",
        keys: ["r"],
    },
    NewUser {
        name: "new_user",
        context: List,
        description: "new user",
        hint: "new",
        keys: ["n"],
        writes: true,
    },
    ToggleMark {
        name: "toggle_mark",
        context: List,
        description: "mark or unmark for a bulk action",
        hint: "mark",
        keys: ["space"],
    },
    Terminate {
        name: "terminate",
        context: List,
        description: "terminate (disable) the selected or marked users",
        hint: "terminate",
        keys: ["t"],
        writes: true,
    },
    Activate {
        name: "activate",
        context: List,
        description: "re-activate the selected or marked users",
        hint: "activate",
        keys: ["a"],
        writes: true,
    },
    Delete {
        name: "delete",
        context: List,
        description: "delete (active users are terminated first)",
        hint: "delete",
        keys: ["d"],
        writes: true,
    },
    NextField {
        name: "next_field",
        context: Form,
        description: "next field",
        hint: "next",
        keys: ["tab"],
    },
    PrevField {
        name: "prev_field",
        context: Form,
        description: "previous field",
        hint: "previous",
        keys: ["shift-tab"],
    },
    Submit {
        name: "submit",
        context: Form,
        description: "submit the form, from any field",
        hint: "submit",
        keys: ["ctrl-s"],
    },
    Confirm {
        name: "confirm",
        context: Dialog,
        description: "confirm (not where a count is typed)",
        hint: "yes",
        keys: ["y"],
    },
    Cancel {
        name: "cancel",
        context: Dialog,
        description: "cancel; close a report",
        hint: "no",
        keys: ["n"],
    },
    StopJob {
        name: "stop_job",
        context: Dialog,
        description: "stop a running change: requests already sent finish, the rest is not sent",
        hint: "stop",
        keys: ["c"],
    },
    ReassignTo {
        name: "reassign_to",
        context: Dialog,
        description: "in a delete's confirmation: choose who receives the rooms instead of you",
        hint: "reassign to…",
        keys: ["r"],
    },
    Suspend {
        name: "suspend",
        context: Global,
        description: "suspend to the shell (resume with fg)",
        hint: "suspend",
        keys: ["ctrl-z"],
    },
    ReopenJob {
        name: "reopen_job",
        context: List,
        description: "show the last change again: progress, then report",
        hint: "last change",
        keys: ["R"],
    },
    ClearFilters {
        name: "clear_filters",
        context: List,
        description: "clear every filter (the search stays)",
        hint: "clear filters",
        keys: ["F"],
    },
    CycleSort {
        name: "cycle_sort",
        context: List,
        description: "sort by the next column shown (on the portal)",
        hint: "sort",
        keys: ["s"],
    },
    ReverseSort {
        name: "reverse_sort",
        context: List,
        description: "reverse the sort order",
        hint: "reverse",
        keys: ["S"],
    },
    ToggleWide {
        name: "toggle_wide",
        context: List,
        description: "widen the list over the whole screen, or narrow it again",
        hint: "wide",
        keys: ["w"],
    },
    Messages {
        name: "messages",
        context: List,
        description: "read the recent messages in full, newest first",
        hint: "messages",
        keys: ["m"],
    },
    Accept {
        name: "accept",
        context: Form,
        description: "in a form: next field, on the last one submit; in the search box: \
                      search and close it; in the look-up: look up",
        hint: "next",
        keys: ["enter"],
    },
    CursorLeft {
        name: "cursor_left",
        context: Text,
        description: "cursor left (on the form's type field: the previous type)",
        hint: "left",
        keys: ["left"],
    },
    CursorRight {
        name: "cursor_right",
        context: Text,
        description: "cursor right (on the form's type field: the next type)",
        hint: "right",
        keys: ["right"],
    },
    LineStart {
        name: "line_start",
        context: Text,
        description: "cursor to the start",
        hint: "start",
        keys: ["home", "ctrl-a"],
    },
    LineEnd {
        name: "line_end",
        context: Text,
        description: "cursor to the end",
        hint: "end",
        keys: ["end", "ctrl-e"],
    },
    DeleteBack {
        name: "delete_back",
        context: Text,
        description: "delete the character before the cursor",
        hint: "delete",
        keys: ["backspace"],
    },
    DeleteForward {
        name: "delete_forward",
        context: Text,
        description: "delete the character at the cursor",
        hint: "delete",
        keys: ["delete"],
    },
    DeleteToStart {
        name: "delete_to_start",
        context: Text,
        description: "delete everything before the cursor",
        hint: "clear",
        keys: ["ctrl-u"],
    },
    DeleteWord {
        name: "delete_word",
        context: Text,
        description: "delete the word before the cursor",
        hint: "delete word",
        keys: ["ctrl-w"],
    },
    Press {
        name: "press",
        context: Dialog,
        description: "press the focused button; confirm a typed count; close a report",
        hint: "press",
        keys: ["enter"],
    },
    SwitchButton {
        name: "switch_button",
        context: Dialog,
        description: "focus the other button",
        hint: "switch",
        keys: ["tab", "shift-tab", "left", "right"],
    },
    MarkAll {
        name: "mark_all",
        context: List,
        description: "mark every user the search and filters match, on all pages",
        hint: "mark all",
        keys: ["*"],
    },
    Palette {
        name: "palette",
        context: List,
        description: "command palette: actions by name, goto, export, sort, …",
        hint: "commands",
        keys: [":"],
    },
    CopyId {
        name: "copy_id",
        context: List,
        description: "copy the selected user's ID (OSC 52, also over ssh)",
        hint: "copy ID",
        keys: ["c"],
    },
    CopyEmail {
        name: "copy_email",
        context: List,
        description: "copy the selected user's email (OSC 52)",
        hint: "copy email",
        keys: ["C"],
    },
    OpenProfile {
        name: "open_profile",
        context: List,
        description: "open the selected user's profile in the browser",
        hint: "browser",
        keys: ["o"],
    },
    Export {
        name: "export",
        context: List,
        description: "export the list (all pages) to a .csv or .json file",
        hint: "export",
        keys: ["x"],
    },
    HistoryPrev {
        name: "history_prev",
        context: Form,
        description: "in the search, look-up and command prompts: earlier entries; in a \
                      form: the previous field",
        hint: "history",
        keys: ["up"],
    },
    HistoryNext {
        name: "history_next",
        context: Form,
        description: "in those prompts: later entries; in a form: the next field",
        hint: "history",
        keys: ["down"],
    },
    Invite {
        name: "invite",
        context: List,
        description: "invite people by email: one or many addresses, a type, a language",
        hint: "invite",
        keys: ["I"],
        writes: true,
    },
    ResendInvite {
        name: "resend_invite",
        context: List,
        description: "mail the selected or marked pending users their invitation again",
        hint: "resend",
        keys: ["V"],
        writes: true,
    },
    ChangeType {
        name: "change_type",
        context: List,
        description: "change the type of the selected or marked users",
        hint: "type",
        keys: ["Y"],
        writes: true,
    },
    SetQuota {
        name: "set_quota",
        context: List,
        description: "set the storage quota of the selected or marked users (10GB, none, \
                      default), where the portal has quotas",
        hint: "quota",
        keys: ["Q"],
        writes: true,
    },
    EditProfile {
        name: "edit_profile",
        context: List,
        description: "edit the selected user's profile: the email (and your own names)",
        hint: "edit",
        keys: ["e"],
        writes: true,
    },
    PasswordLink {
        name: "password_link",
        context: List,
        description: "mail the selected user a link to set a new password",
        hint: "password link",
        keys: ["P"],
        writes: true,
    },
    AddToGroup {
        name: "add_to_group",
        context: List,
        description: "add the selected or marked users to a group, picked from the portal's",
        hint: "add to group",
        keys: ["+"],
        writes: true,
    },
    RemoveFromGroup {
        name: "remove_from_group",
        context: List,
        description: "remove the selected or marked users from a group",
        hint: "remove from group",
        keys: ["-"],
        writes: true,
    },
}

impl Action {
    /// This action's entry in [`ACTIONS`] (declared in the same order as the enum).
    pub fn spec(self) -> &'static ActionSpec {
        &ACTIONS[self as usize]
    }

    /// The name used in the `[keys]` table of the config file.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    pub fn from_name(name: &str) -> Option<Action> {
        let norm = name.trim().to_ascii_lowercase().replace('-', "_");
        ACTIONS.iter().find(|s| s.name == norm).map(|s| s.action)
    }

    pub fn context(self) -> Context {
        self.spec().context
    }

    /// One line for the help screen.
    pub fn description(self) -> &'static str {
        self.spec().description
    }

    /// A short word for the hint line.
    pub fn hint(self) -> &'static str {
        self.spec().hint
    }

    /// The default key specs (see [`super::keymap::KeySpec`]).
    pub fn default_keys(self) -> &'static [&'static str] {
        self.spec().default_keys
    }

    /// Whether it changes the portal (refused on a read-only profile).
    pub fn writes(self) -> bool {
        self.spec().writes
    }
}

#[cfg(test)]
#[path = "action_tests.rs"]
mod tests;
