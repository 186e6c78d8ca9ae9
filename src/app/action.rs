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

/// A bindable intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Quit,
    Back,
    Help,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Search,
    CycleFilter,
    Lookup,
    Refresh,
    NewUser,
    ToggleMark,
    Terminate,
    Activate,
    Delete,
    NextField,
    PrevField,
    Submit,
    Confirm,
    Cancel,
    StopJob,
    Suspend,
    ReopenJob,
}

impl Action {
    pub const ALL: [Action; 27] = [
        Action::Quit,
        Action::Back,
        Action::Help,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Search,
        Action::CycleFilter,
        Action::Lookup,
        Action::Refresh,
        Action::NewUser,
        Action::ToggleMark,
        Action::Terminate,
        Action::Activate,
        Action::Delete,
        Action::NextField,
        Action::PrevField,
        Action::Submit,
        Action::Confirm,
        Action::Cancel,
        Action::StopJob,
        Action::Suspend,
        Action::ReopenJob,
    ];

    /// The name used in the `[keys]` table of the config file.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back",
            Action::Help => "help",
            Action::Up => "up",
            Action::Down => "down",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::Search => "search",
            Action::CycleFilter => "cycle_filter",
            Action::Lookup => "lookup",
            Action::Refresh => "refresh",
            Action::NewUser => "new_user",
            Action::ToggleMark => "toggle_mark",
            Action::Terminate => "terminate",
            Action::Activate => "activate",
            Action::Delete => "delete",
            Action::NextField => "next_field",
            Action::PrevField => "prev_field",
            Action::Submit => "submit",
            Action::Confirm => "confirm",
            Action::Cancel => "cancel",
            Action::StopJob => "stop_job",
            Action::Suspend => "suspend",
            Action::ReopenJob => "reopen_job",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        let norm = name.trim().to_ascii_lowercase().replace('-', "_");
        Action::ALL.into_iter().find(|a| a.name() == norm)
    }

    pub fn context(self) -> Context {
        match self {
            Action::Quit | Action::Back | Action::Help | Action::Suspend => Context::Global,
            Action::NextField | Action::PrevField | Action::Submit => Context::Form,
            Action::Confirm | Action::Cancel | Action::StopJob => Context::Dialog,
            _ => Context::List,
        }
    }

    /// One line for the help screen.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back, close, cancel",
            Action::Help => "show or hide this help",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::Top => "go to the first user",
            Action::Bottom => "go to the last user",
            Action::Open => "open the selected user's details",
            Action::Search => "search by name or email (on the portal)",
            Action::CycleFilter => "cycle the status filter: all, active, pending, terminated",
            Action::Lookup => "look up a user by ID or email",
            Action::Refresh => "reload from the portal",
            Action::NewUser => "new user",
            Action::ToggleMark => "mark or unmark for a bulk action",
            Action::Terminate => "terminate (disable) the selected or marked users",
            Action::Activate => "re-activate the selected or marked users",
            Action::Delete => "delete (active users are terminated first)",
            Action::NextField => "next field",
            Action::PrevField => "previous field",
            Action::Submit => "submit the form",
            Action::Confirm => "confirm",
            Action::Cancel => "cancel",
            Action::StopJob => {
                "stop a running change: requests already sent finish, the rest is not sent"
            }
            Action::Suspend => "suspend to the shell (resume with fg)",
            Action::ReopenJob => "show the last change again: progress, then report",
        }
    }

    /// A short word for the hint line.
    pub fn hint(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Back => "back",
            Action::Help => "help",
            Action::Up | Action::Down => "move",
            Action::PageUp | Action::PageDown => "page",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "details",
            Action::Search => "search",
            Action::CycleFilter => "filter",
            Action::Lookup => "look up",
            Action::Refresh => "refresh",
            Action::NewUser => "new",
            Action::ToggleMark => "mark",
            Action::Terminate => "terminate",
            Action::Activate => "activate",
            Action::Delete => "delete",
            Action::NextField => "next",
            Action::PrevField => "previous",
            Action::Submit => "submit",
            Action::Confirm => "yes",
            Action::Cancel => "no",
            Action::StopJob => "stop",
            Action::Suspend => "suspend",
            Action::ReopenJob => "last change",
        }
    }

    /// The default key specs (see [`super::keymap::KeySpec`]).
    pub fn default_keys(self) -> &'static [&'static str] {
        match self {
            Action::Quit => &["q", "ctrl-c"],
            Action::Back => &["esc"],
            Action::Help => &["?"],
            Action::Up => &["k", "up"],
            Action::Down => &["j", "down"],
            Action::PageUp => &["pgup"],
            Action::PageDown => &["pgdn"],
            Action::Top => &["g", "home"],
            Action::Bottom => &["G", "end"],
            Action::Open => &["enter"],
            Action::Search => &["/"],
            Action::CycleFilter => &["f"],
            Action::Lookup => &["i"],
            Action::Refresh => &["r"],
            Action::NewUser => &["n"],
            Action::ToggleMark => &["space"],
            Action::Terminate => &["t"],
            Action::Activate => &["a"],
            Action::Delete => &["d"],
            Action::NextField => &["tab"],
            Action::PrevField => &["shift-tab"],
            Action::Submit => &["ctrl-s"],
            Action::Confirm => &["y"],
            Action::Cancel => &["n"],
            Action::StopJob => &["c"],
            Action::Suspend => &["ctrl-z"],
            Action::ReopenJob => &["R"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(a));
            assert!(seen.insert(a.name()), "duplicate name {}", a.name());
        }
        assert_eq!(Action::from_name("Cycle-Filter"), Some(Action::CycleFilter));
        assert_eq!(Action::from_name("fly"), None);
    }
}
