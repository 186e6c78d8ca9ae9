//! The keys that work in the view on screen, derived from the action table and the keymap:
//! the hint line at the bottom, and the key lines inside the dialogs (which say the same).
//!
//! Over the list every key action of the list is hinted in the table's order (so actions
//! added to the table appear without a change here), but for the moves of the cursor
//! other than up/down, and the writes on a read-only profile. A hint names only keys that
//! work where it is shown; where characters are typed as text, the help key is one that
//! types none. When the line is narrow the least needed hints go first; the help key
//! stays.

use ratatui::text::{Line, Span};

use super::text::width;
use super::theme::Theme;
use crate::app::action::{ACTIONS, ActionSpec, Context};
use crate::app::state::confirm::ConfirmDialog;
use crate::app::state::form::{CreateForm, Phase};
use crate::app::words::hints as words;
use crate::app::{Action, Keymap, Model, Overlay};

/// How much a hint is needed when the line is too narrow for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Keep {
    /// Dropped first (from the end of the line).
    Normal,
    /// Dropped after every normal hint.
    High,
    /// Never dropped: the help key.
    Always,
}

/// One hint: keys and what they do here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hint {
    pub(crate) keys: String,
    pub(crate) what: String,
    pub(crate) keep: Keep,
}

impl Hint {
    fn new(keys: String, what: impl Into<String>, keep: Keep) -> Self {
        Hint {
            keys,
            what: what.into(),
            keep,
        }
    }

    /// Columns it takes on the line, without the gap before it.
    fn width(&self) -> usize {
        width(&self.keys) + 1 + width(&self.what)
    }
}

/// The gap between two hints.
const GAP: &str = "  ";

/// Moves of the list's cursor that help lists but the hint line leaves out (up/down
/// stand for them).
const CURSOR_MOVES: [Action; 6] = [
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Top,
    Action::Bottom,
];

/// The first keys of `actions`, as `j/k`; with `/` as a key, joined by spaces instead.
pub(crate) fn either(keys: &Keymap, actions: &[Action]) -> String {
    let firsts: Vec<String> = actions.iter().map(|a| keys.first(*a)).collect();
    let sep = if firsts.iter().any(|k| k.contains('/')) {
        " "
    } else {
        "/"
    };
    firsts.join(sep)
}

/// The hints of the view on screen, in the order shown.
pub(crate) fn hints(model: &Model) -> Vec<Hint> {
    let k = &model.keymap;
    if model.quit_asked {
        return quit(k);
    }
    if model.help.is_some() {
        return vec![
            Hint::new(
                either(k, &[Action::Down, Action::Up]),
                words::SCROLL,
                Keep::Normal,
            ),
            Hint::new(
                either(k, &[Action::Back, Action::Help]),
                words::CLOSE,
                Keep::Always,
            ),
        ];
    }
    let mut out = match &model.overlay {
        Overlay::None if model.detail.focused => detail(model),
        Overlay::None => list(model),
        Overlay::Messages { .. } => vec![
            Hint::new(
                either(k, &[Action::Down, Action::Up]),
                words::SCROLL,
                Keep::Normal,
            ),
            Hint::new(
                either(k, &[Action::Back, Action::Messages]),
                words::CLOSE,
                Keep::High,
            ),
        ],
        Overlay::Filters(_) => vec![
            Hint::new(
                either(k, &[Action::Down, Action::Up]),
                Action::Down.hint(),
                Keep::Normal,
            ),
            Hint::new(
                either(k, &[Action::ToggleMark, Action::Open]),
                words::PICK,
                Keep::High,
            ),
            Hint::new(
                k.first(Action::ClearFilters),
                Action::ClearFilters.hint(),
                Keep::Normal,
            ),
            Hint::new(
                either(k, &[Action::Back, Action::FilterPanel]),
                words::CLOSE,
                Keep::High,
            ),
        ],
        Overlay::PasteReport(_) => vec![
            Hint::new(
                either(k, &[Action::Down, Action::Up]),
                words::SCROLL,
                Keep::Normal,
            ),
            Hint::new(k.first(Action::Back), words::CLOSE, Keep::High),
        ],
        Overlay::Palette(_) => vec![
            Hint::new(k.first(Action::Accept), words::RUN, Keep::High),
            Hint::new(
                either(k, &[Action::NextField, Action::PrevField]),
                words::CHOOSE,
                Keep::Normal,
            ),
            Hint::new(
                either(k, &[Action::HistoryPrev, Action::HistoryNext]),
                Action::HistoryPrev.hint(),
                Keep::Normal,
            ),
            Hint::new(k.first(Action::Back), words::CLOSE, Keep::High),
        ],
        Overlay::Export(_) => vec![
            Hint::new(k.first(Action::Accept), Action::Export.hint(), Keep::High),
            Hint::new(k.first(Action::Back), words::CANCEL, Keep::High),
        ],
        Overlay::Admin(_) => vec![Hint::new(k.first(Action::Back), words::CANCEL, Keep::High)],
        Overlay::Search => vec![
            Hint::new(k.first(Action::Accept), Action::Search.hint(), Keep::High),
            Hint::new(k.first(Action::Back), words::CLEAR_SEARCH, Keep::High),
        ],
        Overlay::Lookup(_) => lookup_keys(k),
        Overlay::Form(form) => form_keys(form, k),
        Overlay::Confirm(dialog) => confirm_keys(dialog, k),
        Overlay::Job => match model.job.as_ref() {
            Some(job) if job.is_running() => {
                let mut v = vec![Hint::new(
                    k.first(Action::Back),
                    words::HIDE_JOB,
                    Keep::High,
                )];
                if !job.is_stopping() {
                    v.push(Hint::new(
                        k.first(Action::StopJob),
                        words::STOP_JOB,
                        Keep::High,
                    ));
                }
                v
            }
            _ => report_keys(k, true),
        },
    };
    out.extend(help(model));
    out
}

/// The help key that works here, pinned at the end of the line.
fn help(model: &Model) -> Option<Hint> {
    let k = &model.keymap;
    let key = if model.overlay.reads_text() {
        k.first_untyped(Action::Help)?
    } else {
        k.first(Action::Help)
    };
    Some(Hint::new(key, Action::Help.hint(), Keep::Always))
}

/// Whether a list action is hinted now.
fn applies(model: &Model, action: Action) -> bool {
    if action.writes() && model.read_only {
        return false;
    }
    match action {
        Action::ReopenJob => model.job.is_some(),
        Action::Messages => model.status.recent().len() > 0,
        _ => true,
    }
}

/// Over the list: up/down, then every list action in the table's order (a running job's
/// way back first), then quit.
fn list(model: &Model) -> Vec<Hint> {
    let k = &model.keymap;
    let mut out = vec![Hint::new(
        either(k, &[Action::Down, Action::Up]),
        words::MOVE,
        Keep::High,
    )];
    let running = model.job.as_ref().is_some_and(|j| j.is_running());
    if running {
        out.push(Hint::new(
            k.first(Action::ReopenJob),
            Action::ReopenJob.hint(),
            Keep::High,
        ));
    }
    for spec in ACTIONS.iter().filter(|s| s.context == Context::List) {
        let a = spec.action;
        if CURSOR_MOVES.contains(&a) || (running && a == Action::ReopenJob) || !applies(model, a) {
            continue;
        }
        out.push(Hint::new(k.first(a), spec.hint, Keep::Normal));
    }
    out.push(Hint::new(
        k.first(Action::Quit),
        Action::Quit.hint(),
        Keep::High,
    ));
    out
}

/// The detail pane with the keys: the moves scroll it, back returns to the list, and the
/// list's other actions act on the user shown (the writes first).
fn detail(model: &Model) -> Vec<Hint> {
    let k = &model.keymap;
    let mut out = vec![
        Hint::new(
            either(k, &[Action::Down, Action::Up]),
            words::SCROLL,
            Keep::Normal,
        ),
        Hint::new(k.first(Action::Back), words::BACK_TO_LIST, Keep::High),
    ];
    let list_actions = ACTIONS.iter().filter(|s| s.context == Context::List);
    let (writes, others): (Vec<&ActionSpec>, Vec<&ActionSpec>) =
        list_actions.partition(|s| s.writes);
    for spec in writes.into_iter().chain(others) {
        let a = spec.action;
        if CURSOR_MOVES.contains(&a) || a == Action::Open || !applies(model, a) {
            continue;
        }
        out.push(Hint::new(k.first(a), spec.hint, Keep::Normal));
    }
    out.push(Hint::new(
        k.first(Action::Quit),
        Action::Quit.hint(),
        Keep::High,
    ));
    out
}

/// The look-up prompt.
pub(crate) fn lookup_keys(k: &Keymap) -> Vec<Hint> {
    vec![
        Hint::new(k.first(Action::Accept), words::LOOK_UP, Keep::High),
        Hint::new(k.first(Action::Back), words::CANCEL, Keep::High),
    ]
}

/// The quit question.
pub(crate) fn quit(k: &Keymap) -> Vec<Hint> {
    vec![
        Hint::new(k.first(Action::Confirm), words::QUIT_ANYWAY, Keep::Always),
        Hint::new(
            either(k, &[Action::Cancel, Action::Back]),
            words::STAY,
            Keep::Always,
        ),
    ]
}

/// The create form, by phase: editing, the discard question, sending.
pub(crate) fn form_keys(form: &CreateForm, k: &Keymap) -> Vec<Hint> {
    match form.phase() {
        Phase::Editing => vec![
            Hint::new(k.first(Action::Submit), words::SUBMIT, Keep::High),
            Hint::new(
                either(k, &[Action::NextField, Action::PrevField]),
                words::MOVE,
                Keep::Normal,
            ),
            Hint::new(k.first(Action::Accept), words::NEXT_OR_SUBMIT, Keep::Normal),
            Hint::new(k.first(Action::Back), words::CANCEL, Keep::High),
        ],
        Phase::ConfirmDiscard => vec![
            Hint::new(k.first(Action::Confirm), words::DISCARD, Keep::High),
            Hint::new(
                either(k, &[Action::Cancel, Action::Back]),
                words::KEEP_EDITING,
                Keep::High,
            ),
        ],
        Phase::Submitting => Vec::new(),
    }
}

/// A confirmation: with nothing to do, only closing; with a typed count, no `confirm`
/// key (it would be refused as text); else both buttons' keys.
pub(crate) fn confirm_keys(dialog: &ConfirmDialog, k: &Keymap) -> Vec<Hint> {
    let cancel = either(k, &[Action::Cancel, Action::Back]);
    if dialog.nothing_to_do() {
        return vec![Hint::new(
            either(k, &[Action::Press, Action::Back]),
            words::CLOSE,
            Keep::High,
        )];
    }
    if dialog.picker().is_some() {
        return vec![
            Hint::new(k.first(Action::Press), words::PICK, Keep::High),
            Hint::new(k.first(Action::Back), words::CLOSE, Keep::High),
            // Typed keys are the search: only the others move.
            Hint::new(
                [Action::Down, Action::Up]
                    .iter()
                    .filter_map(|a| k.first_untyped(*a))
                    .collect::<Vec<_>>()
                    .join("/"),
                words::MOVE,
                Keep::Normal,
            ),
        ];
    }
    let reassign = dialog.can_reassign().then(|| {
        Hint::new(
            k.first(Action::ReassignTo),
            Action::ReassignTo.hint(),
            Keep::High,
        )
    });
    if dialog.needs_typed_count() {
        let mut out = vec![
            Hint::new(k.first(Action::Press), words::CONFIRM_COUNT, Keep::High),
            Hint::new(cancel, words::CANCEL, Keep::High),
        ];
        out.extend(reassign);
        return out;
    }
    let mut out = vec![
        Hint::new(k.first(Action::Confirm), dialog.action().verb(), Keep::High),
        Hint::new(cancel, words::CANCEL, Keep::High),
    ];
    out.extend(reassign);
    out.extend([
        Hint::new(k.first(Action::SwitchButton), words::SWITCH, Keep::Normal),
        Hint::new(k.first(Action::Press), words::PRESS, Keep::Normal),
    ]);
    out
}

/// A finished job's report; `scrolls` when it is longer than its window.
pub(crate) fn report_keys(k: &Keymap, scrolls: bool) -> Vec<Hint> {
    let mut out = vec![Hint::new(
        either(k, &[Action::Back, Action::Press]),
        words::CLOSE,
        Keep::High,
    )];
    if scrolls {
        out.push(Hint::new(
            either(k, &[Action::Down, Action::Up]),
            words::SCROLL,
            Keep::Normal,
        ));
    }
    out
}

/// Drops hints until the rest fit in `cols`: the least needed first, from the end of the
/// line; the help key stays.
pub(crate) fn fit(mut hints: Vec<Hint>, cols: usize) -> Vec<Hint> {
    loop {
        let used: usize = hints.iter().map(Hint::width).sum::<usize>()
            + width(GAP) * hints.len().saturating_sub(1);
        if used <= cols {
            return hints;
        }
        let lowest = hints
            .iter()
            .map(|h| h.keep)
            .filter(|k| *k != Keep::Always)
            .min();
        let Some(lowest) = lowest else {
            return hints;
        };
        match hints.iter().rposition(|h| h.keep == lowest) {
            Some(i) => {
                hints.remove(i);
            }
            None => return hints,
        }
    }
}

/// The hints as spans: keys in the key style, then what they do.
pub(crate) fn spans(hints: &[Hint], theme: &Theme) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for (i, h) in hints.iter().enumerate() {
        if i > 0 {
            out.push(Span::raw(GAP));
        }
        out.push(Span::styled(h.keys.clone(), theme.key));
        out.push(Span::styled(format!(" {}", h.what), theme.hint));
    }
    out
}

/// The hints as one line (a dialog's key line; it wraps where the dialog is narrow).
pub(crate) fn line(hints: &[Hint], theme: &Theme) -> Line<'static> {
    Line::from(spans(hints, theme))
}

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
