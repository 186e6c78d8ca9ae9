//! The model: everything the screen shows.

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use super::admin::{AdminDialog, AdminKind};
use super::confirm::ConfirmDialog;
use super::export_prompt::ExportPrompt;
use super::filter_panel::{FilterPanel, Groups};
use super::form::CreateForm;
use super::history::{History, Recall};
use super::input::TextInput;
use super::job::BulkJob;
use super::marks::Marks;
use super::palette::Palette;
use super::palette::command::FilterSetting;
use super::paste_report::PasteReport;
use super::profiles::Profiles;
use super::shown::Shown;
pub(crate) use super::status::StatusLine;
use super::task::ReadTask;
use super::users::UserList;
use super::users::columns::TableColumns;
use crate::api::{EmployeeFullDto, EmployeeType};
use crate::app::effect::{ApiOp, Effect, Request, RequestId};
use crate::app::keymap::Keymap;
use crate::people::columns::Column;
use crate::people::lookup::LookupTarget;

/// What the model is set up with.
#[derive(Debug, Clone, Default)]
pub struct ModelOptions {
    /// Shown in the status bar (the portal's address or profile name).
    pub portal_label: String,
    /// The config's `[keys]` table: action name → key specs.
    pub keys: BTreeMap<String, Vec<String>>,
    /// Draw without colours (NO_COLOR).
    pub no_color: bool,
    /// Refuse every write (a read-only profile).
    pub read_only: bool,
    /// The columns of the user list (`[ui] columns`); empty shows every column.
    pub columns: Vec<Column>,
    /// The prompts' histories, as kept between runs.
    pub history: History,
}

/// A window drawn over the list; it also decides where keys go (see `update::on_key`).
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    None,
    /// The recent messages in full (`m`), scrolled by `scroll` lines.
    Messages {
        scroll: u16,
    },
    /// Typing in the search box (the text lives in `Model::search`).
    Search,
    /// The look-up prompt (`i`).
    Lookup(LookupPrompt),
    /// The create-user form (`n`).
    Form(Box<CreateForm>),
    /// The confirmation of terminate / re-activate / delete.
    Confirm(Box<ConfirmDialog>),
    /// The running job's progress, then its report (the job lives in `Model::job`).
    Job,
    /// The filter panel (`f`).
    Filters(FilterPanel),
    /// The command palette (`:`).
    Palette(Box<Palette>),
    /// What became of a pasted list: who was marked, which lines matched nobody.
    PasteReport(Box<PasteReport>),
    /// The file name of an export (`x`).
    Export(ExportPrompt),
    /// An administration dialog: invite, resend, change type, quota.
    Admin(Box<AdminDialog>),
}

impl Overlay {
    /// Whether it reads typed characters as text, so a character key is no command there
    /// (a typed `q` or `?` is text; `Ctrl-C` or `F1` still act).
    pub fn reads_text(&self) -> bool {
        match self {
            Overlay::Search
            | Overlay::Lookup(_)
            | Overlay::Form(_)
            | Overlay::Palette(_)
            | Overlay::Export(_) => true,
            Overlay::Confirm(dialog) => dialog.needs_typed_count(),
            Overlay::Admin(dialog) => dialog.reads_text(),
            Overlay::None
            | Overlay::Messages { .. }
            | Overlay::Job
            | Overlay::Filters(_)
            | Overlay::PasteReport(_) => false,
        }
    }
}

/// The look-up prompt: the text typed and why the last attempt was refused.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LookupPrompt {
    pub input: TextInput,
    pub error: Option<String>,
    /// Where ↑/↓ are in the look-up history.
    pub recall: Recall,
}

/// The search box.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Search {
    pub input: TextInput,
    /// Ticks left before the typed text is sent to the portal.
    pub debounce: Option<u8>,
    /// Where ↑/↓ are in the search history.
    pub recall: Recall,
}

/// The detail pane. It shows a user by id (see `pin`): the looked-up user, else the
/// list's selection, never whoever takes a row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Detail {
    /// The pane has the keys (Enter) and fills the main area.
    pub focused: bool,
    pub scroll: u16,
    /// A user found by look-up, shown instead of the list's selection.
    pub lookup: Option<EmployeeFullDto>,
    /// The number of the latest look-up; replies to older ones are ignored.
    pub lookup_seq: u64,
    /// The last copy of the list's selected user, shown while the list does not hold it.
    pub kept: Option<EmployeeFullDto>,
    /// Users the portal no longer has (deleted here, or not found when read again).
    pub gone: BTreeSet<Uuid>,
    /// The list generation in which a lost selection was last read again, and the user.
    pub rechecked: Option<(u64, Uuid)>,
}

/// What a request in flight was for, so its reply finds its place.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Me,
    /// Page number `page` of the list of `generation`.
    Page {
        generation: u64,
        page: u64,
    },
    /// Look-up number `seq`.
    Lookup {
        target: LookupTarget,
        seq: u64,
    },
    /// Creating a user of the type `asked`.
    Create {
        asked: EmployeeType,
    },
    /// The bulk job in `Model::job`.
    Bulk,
    /// Re-reading the looked-up user `id` after a change, without a notice.
    Refetch {
        id: Uuid,
    },
    /// The whole profile of the selected user `id`, for the detail pane.
    Profile {
        id: Uuid,
    },
    /// The portal's groups, for the filter panel.
    Groups,
    /// The long read in `Model::task`.
    Task,
    /// What the users in the delete confirmation own.
    Impact,
    /// Who may receive a deleted user's data, for the receiver picker.
    Receivers,
    /// An administration write (invite, resend, type, quota).
    Admin(AdminKind),
}

/// Requests in flight, by id.
#[derive(Debug, Clone, Default)]
pub struct Requests {
    next_id: u64,
    pub in_flight: BTreeMap<RequestId, Pending>,
}

impl Requests {
    /// Records a new request and returns its effect.
    pub fn start(&mut self, pending: Pending, op: ApiOp) -> (RequestId, Effect) {
        self.next_id += 1;
        let id = RequestId(self.next_id);
        self.in_flight.insert(id, pending);
        (id, Effect::Api(Request { id, op }))
    }

    /// Forgets a request; returns what it was for (None when unknown or cancelled).
    pub fn finish(&mut self, id: RequestId) -> Option<Pending> {
        self.in_flight.remove(&id)
    }

    pub fn is_busy(&self) -> bool {
        !self.in_flight.is_empty()
    }
}

/// The whole state of the screen.
#[derive(Debug, Clone)]
pub struct Model {
    pub portal_label: String,
    pub users: UserList,
    /// The list's columns and whether it is wide.
    pub columns: TableColumns,
    /// The portal's groups, as last read for the filter panel.
    pub groups: Groups,
    pub detail: Detail,
    /// The whole profiles of the last few users the detail pane showed (rows hold less).
    pub profiles: Profiles,
    pub search: Search,
    pub overlay: Overlay,
    /// The key help, open over whatever is on screen, scrolled by this many lines.
    pub help: Option<u16>,
    pub status: StatusLine,
    pub keymap: Keymap,
    pub requests: Requests,
    /// The caller (`@self`), once known.
    pub me: Option<EmployeeFullDto>,
    /// Users marked for a bulk action.
    pub marks: Marks,
    /// The latest lifecycle job (running, or finished with its report).
    pub job: Option<BulkJob>,
    /// The long read running in the background (mark all, a pasted list, an export).
    pub task: Option<ReadTask>,
    /// A palette `filter` naming a group, waiting for the portal's groups to be read.
    pub(crate) waiting_filter: Option<Vec<FilterSetting>>,
    /// The prompts' histories (saved by the runtime).
    pub history: History,
    /// Terminal size (width, height).
    pub size: (u16, u16),
    /// Ticks seen (drives the spinner).
    pub ticks: u64,
    pub no_color: bool,
    /// Refuse every write (a read-only profile).
    pub read_only: bool,
    /// The portal refused the token: requests are held back (see `auth`).
    pub token_refused: bool,
    /// "Quit anyway?" is open over the screen (see `quit`).
    pub quit_asked: bool,
    pub quit: bool,
    /// Set by `update` when the screen needs drawing; cleared by the runtime.
    pub dirty: bool,
}

impl Model {
    pub fn new(opts: ModelOptions) -> Self {
        let (keymap, warnings) = Keymap::build(&opts.keys);
        let mut status = StatusLine::default();
        if !warnings.is_empty() {
            status.error(warnings.join("; "));
        }
        let columns = TableColumns::new(opts.columns);
        let users = UserList::for_columns(columns.chosen());
        Model {
            portal_label: opts.portal_label,
            users,
            columns,
            profiles: Profiles::default(),
            groups: Groups::default(),
            detail: Detail::default(),
            search: Search::default(),
            overlay: Overlay::None,
            help: None,
            status,
            keymap,
            requests: Requests::default(),
            me: None,
            marks: Marks::default(),
            job: None,
            task: None,
            waiting_filter: None,
            history: opts.history,
            size: (0, 0),
            ticks: 0,
            no_color: opts.no_color,
            read_only: opts.read_only,
            token_refused: false,
            quit_asked: false,
            quit: false,
            dirty: true,
        }
    }

    /// The user the detail pane shows and a single-user action applies to: a looked-up
    /// user, else the list's selection; None when nobody is, or that user is gone.
    pub fn detail_user(&self) -> Option<&EmployeeFullDto> {
        match self.shown() {
            Shown::User(u) => Some(u),
            Shown::Nobody | Shown::Gone(_) => None,
        }
    }

    /// What the detail pane shows (see [`Shown`]): the looked-up user, else the list's
    /// selected user (its whole profile when read, else its row, else the last copy).
    pub fn shown(&self) -> Shown<'_> {
        let user = self.detail.lookup.as_ref().or_else(|| {
            let id = self.users.selected?;
            self.profiles
                .get(id)
                .or_else(|| self.users.by_id(id))
                .or_else(|| self.detail.kept.as_ref().filter(|u| u.id == id))
        });
        match user {
            None => Shown::Nobody,
            Some(u) if self.detail.gone.contains(&u.id) => Shown::Gone(u),
            Some(u) => Shown::User(u),
        }
    }

    /// Whether the list's selected user is not the row under the cursor (the user moved
    /// away from it, or left the list).
    pub fn off_cursor(&self) -> bool {
        let Some(id) = self.users.selected else {
            return false;
        };
        self.users.current().map(|u| u.id) != Some(id)
    }

    /// Rows of the list visible at the current size.
    pub fn viewport(&self) -> usize {
        crate::geometry::list_rows(self.size.0, self.size.1, self.columns.wide)
    }

    /// Whether the terminal is large enough to show what a key would do.
    pub fn screen_fits(&self) -> bool {
        crate::geometry::fits(self.size.0, self.size.1)
    }

    /// The write on its way, in words ("creating a user", "terminating 2/10…"), if any.
    pub fn write_in_progress(&self) -> Option<String> {
        if let Some(job) = self.job.as_ref().filter(|j| j.is_running()) {
            return Some(job.summary());
        }
        self.requests
            .in_flight
            .values()
            .any(|p| matches!(p, Pending::Create { .. }))
            .then(|| crate::app::words::writes::CREATING.to_string())
    }

    /// The runtime ticks only while this is true.
    pub fn wants_tick(&self) -> bool {
        self.requests.is_busy() || self.debouncing()
    }

    /// Whether a search or a filter change waits for a pause before it is sent.
    pub fn debouncing(&self) -> bool {
        self.search.debounce.is_some()
            || matches!(&self.overlay, Overlay::Filters(p) if p.debounce.is_some())
    }
}
