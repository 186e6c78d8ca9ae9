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
    Dialog,
}

impl Context {
    pub const ALL: [Context; 4] = [
        Context::Global,
        Context::List,
        Context::Form,
        Context::Dialog,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::List => "User list",
            Context::Form => "Forms and prompts",
            Context::Dialog => "Confirmations",
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
            keys: [$($key:literal),* $(,)?] $(,)?
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
        description: "back, close, cancel",
        hint: "back",
        keys: ["esc"],
    },
    Help {
        name: "help",
        context: Global,
        description: "show or hide this help",
        hint: "help",
        keys: ["?"],
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
    CycleFilter {
        name: "cycle_filter",
        context: List,
        description: "cycle the status filter: all, active, pending, terminated",
        hint: "filter",
        keys: ["f"],
    },
    Lookup {
        name: "lookup",
        context: List,
        description: "look up a user by ID or email",
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
    },
    Activate {
        name: "activate",
        context: List,
        description: "re-activate the selected or marked users",
        hint: "activate",
        keys: ["a"],
    },
    Delete {
        name: "delete",
        context: List,
        description: "delete (active users are terminated first)",
        hint: "delete",
        keys: ["d"],
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
        description: "submit the form",
        hint: "submit",
        keys: ["ctrl-s"],
    },
    Confirm {
        name: "confirm",
        context: Dialog,
        description: "confirm",
        hint: "yes",
        keys: ["y"],
    },
    Cancel {
        name: "cancel",
        context: Dialog,
        description: "cancel",
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
        description: "in the search, look-up and command prompts: earlier entries",
        hint: "history",
        keys: ["up"],
    },
    HistoryNext {
        name: "history_next",
        context: Form,
        description: "in those prompts: later entries",
        hint: "history",
        keys: ["down"],
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
}

#[cfg(test)]
#[path = "action_tests.rs"]
mod tests;
