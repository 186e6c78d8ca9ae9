//! The command palette's keys: typing filters, `Tab`/`Shift-Tab` (and ↑/↓ once something
//! is typed) choose, ↑/↓ on an empty line go through the history, `Enter` runs the chosen
//! action or the typed command, `Esc` closes. An action chosen here runs exactly as its
//! key would: `update` routes it (see [`PaletteStep::Run`]).

use crossterm::event::KeyEvent;

use crate::app::action::{Action, Context};
use crate::app::effect::{Effect, HistoryKind};
use crate::app::redraw::unchanged;
use crate::app::state::input::{Edit, PromptKey};
use crate::app::state::model::{Model, Overlay};
use crate::app::state::palette::command::{PaletteCommand, command_of, parse_command};
use crate::app::state::palette::{Entry, Palette};
use crate::app::{leave, list_commands, list_reads, switch, tasks};
use crate::sanitize::display_safe_short;

/// What a key in the palette asks for.
#[derive(Debug)]
pub(crate) enum PaletteStep {
    /// Done here; run these effects.
    Effects(Vec<Effect>),
    /// Run `action` as its key over the list would, after these effects.
    Run {
        action: Action,
        effects: Vec<Effect>,
    },
}

/// `:` over the list.
pub(crate) fn open(model: &mut Model) {
    model.overlay = Overlay::Palette(Box::new(Palette::new(&model.keymap)));
}

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> PaletteStep {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return PaletteStep::Effects(leave::ask(model)),
        PromptKey::Close => {
            model.overlay = Overlay::None;
            return PaletteStep::Effects(Vec::new());
        }
        PromptKey::Enter => return submit(model),
        PromptKey::Other(spec) => spec,
    };
    let action = match spec.typed_char() {
        Some(_) => None,
        None => model.keymap.action(Context::Form, key),
    };
    let Overlay::Palette(p) = &mut model.overlay else {
        return PaletteStep::Effects(unchanged(model));
    };
    let history = model.history.entries(HistoryKind::Palette);
    match action {
        Some(Action::HistoryPrev) if p.input.is_empty() || p.recall.is_browsing() => {
            match p.recall.older(history, p.input.value()) {
                Some(entry) => p.set_input(&entry),
                None if p.recall.is_browsing() => {}
                None => p.move_selection(-1),
            }
        }
        Some(Action::HistoryNext) if p.recall.is_browsing() => {
            if let Some(entry) = p.recall.newer(history) {
                p.set_input(&entry);
            }
        }
        Some(Action::HistoryPrev | Action::PrevField) => p.move_selection(-1),
        Some(Action::HistoryNext | Action::NextField) => p.move_selection(1),
        _ => match p.input.key(&spec, &model.keymap) {
            Edit::Changed => {
                p.recall.reset();
                p.error = None;
                p.refilter();
            }
            Edit::Moved => {}
            Edit::Ignored => return PaletteStep::Effects(unchanged(model)),
        },
    }
    PaletteStep::Effects(Vec::new())
}

/// Pasted text goes into the palette's line.
pub(crate) fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    let Overlay::Palette(p) = &mut model.overlay else {
        return unchanged(model);
    };
    if p.input.insert_str(text) == Edit::Changed {
        p.recall.reset();
        p.error = None;
        p.refilter();
    }
    Vec::new()
}

/// Enter: a typed command runs (or says what is wrong with it); else the chosen action
/// runs, or a chosen command is put on the line to be completed.
fn submit(model: &mut Model) -> PaletteStep {
    let Overlay::Palette(p) = &mut model.overlay else {
        return PaletteStep::Effects(unchanged(model));
    };
    let line = p.input.value().trim().to_string();
    if command_of(p.input.value()).is_some() {
        return match parse_command(&line) {
            Err(why) => {
                p.error = Some(why);
                PaletteStep::Effects(Vec::new())
            }
            Ok(command) => {
                model.overlay = Overlay::None;
                let mut fx: Vec<Effect> = model
                    .history
                    .push(HistoryKind::Palette, &line)
                    .into_iter()
                    .collect();
                fx.extend(run(model, command));
                PaletteStep::Effects(fx)
            }
        };
    }
    match p.selected().map(|c| c.entry) {
        Some(Entry::Action(action)) => {
            model.overlay = Overlay::None;
            let effects = model
                .history
                .push(HistoryKind::Palette, action.name())
                .into_iter()
                .collect();
            PaletteStep::Run { action, effects }
        }
        Some(Entry::Command(c)) => {
            p.set_input(&format!("{} ", c.name));
            PaletteStep::Effects(Vec::new())
        }
        None => {
            p.error = Some(format!(
                "nothing matches \"{}\"",
                display_safe_short(&line, 40)
            ));
            PaletteStep::Effects(Vec::new())
        }
    }
}

/// Runs a command read from the palette.
fn run(model: &mut Model, command: PaletteCommand) -> Vec<Effect> {
    match command {
        PaletteCommand::Goto(target) => {
            model
                .status
                .notice(format!("looking up {}…", target.describe()));
            list_reads::start_lookup(model, target)
        }
        PaletteCommand::Export { format, path } => tasks::export(model, format, path),
        PaletteCommand::Sort { by, order } => list_commands::sort(model, by, order),
        PaletteCommand::Filter(command) => list_commands::filter(model, command),
        PaletteCommand::Columns(command) => match list_commands::columns(model, command) {
            Ok(fx) => fx,
            Err(why) => {
                model.status.error(why);
                Vec::new()
            }
        },
        PaletteCommand::Profile(name) => switch::ask(model, name),
    }
}

#[cfg(test)]
#[path = "palette_tests.rs"]
mod tests;
