//! `update`: the only place the model changes. Pure: no I/O, no clock, no channels.

use crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::{Action, Context};
use super::effect::{ApiOp, Effect};
use super::model::{Model, Overlay, Pending};
use super::msg::Msg;
use super::{auth, browse, lifecycle, lookup, pin, replies, search};

/// The effects to run at start-up: read the caller and the first page at once.
pub fn init(model: &mut Model) -> Vec<Effect> {
    let (_, me) = model.requests.start(Pending::Me, ApiOp::Me);
    let mut fx = vec![me];
    fx.extend(browse::reload(model, false));
    fx
}

/// Applies one message; returns what the runtime should do.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    let fx = apply(model, msg);
    let fx = auth::hold_back(model, fx, apply);
    pin::keep(model);
    fx
}

fn apply(model: &mut Model, msg: Msg) -> Vec<Effect> {
    model.dirty = true;
    match msg {
        Msg::Input(Event::Key(k)) if k.kind != KeyEventKind::Release => on_key(model, &k),
        Msg::Input(Event::Paste(text)) => on_paste(model, &text),
        Msg::Input(Event::Resize(w, h)) => {
            model.size = (w, h);
            let vp = model.viewport();
            model.users.keep_cursor_visible(vp);
            // A taller list may show rows that are not loaded yet (once a query started).
            if model.users.generation == 0 {
                return Vec::new();
            }
            browse::prefetch(model)
        }
        Msg::Input(_) => unchanged(model),
        Msg::Tick => on_tick(model),
        Msg::Api(reply) => replies::on_reply(model, reply),
        Msg::Progress(id, progress) => super::write_replies::on_progress(model, id, progress),
        Msg::Quit => super::quit::leave(model),
    }
}

/// Routes a key by the overlay on top: each overlay handles its own keys.
pub fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    if model.keymap.action(Context::Global, key) == Some(Action::Suspend) {
        return suspend(model);
    }
    if !model.screen_fits() {
        return super::too_small::on_key(model, key);
    }
    if model.quit_asked {
        return super::quit::on_key(model, key);
    }
    match &model.overlay {
        Overlay::None => match model.keymap.action(Context::List, key) {
            Some(action) => browse::on_action(model, action),
            None => unchanged(model),
        },
        Overlay::Help { .. } => help_key(model, key),
        Overlay::Search => search::on_key(model, key),
        Overlay::Lookup(_) => lookup::on_key(model, key),
        Overlay::Form(_) | Overlay::Confirm(_) | Overlay::Job => lifecycle::on_key(model, key),
    }
}

fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    if model.quit_asked || !model.screen_fits() {
        return unchanged(model);
    }
    match &mut model.overlay {
        Overlay::Search => search::on_paste(model, text),
        Overlay::Lookup(p) => {
            p.input.insert_str(text);
            p.error = None;
            Vec::new()
        }
        Overlay::Form(_) => lifecycle::on_paste(model, text),
        // Pasting an ID or email over the list opens the look-up with it.
        Overlay::None => {
            let mut prompt = super::model::LookupPrompt::default();
            prompt.input.insert_str(text.trim());
            model.overlay = Overlay::Lookup(prompt);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

fn on_tick(model: &mut Model) -> Vec<Effect> {
    model.ticks = model.ticks.wrapping_add(1);
    let fx = search::on_tick(model);
    // The spinner moves only while something is in flight.
    model.dirty = model.requests.is_busy() || !fx.is_empty();
    fx
}

pub(super) fn help_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let Overlay::Help { scroll } = &mut model.overlay else {
        return Vec::new();
    };
    match model.keymap.action(Context::List, key) {
        Some(Action::Quit) => return quit(model),
        Some(Action::Down) => *scroll = scroll.saturating_add(1),
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::PageDown) => *scroll = scroll.saturating_add(10),
        Some(Action::PageUp) => *scroll = scroll.saturating_sub(10),
        Some(Action::Top) => *scroll = 0,
        Some(Action::Help | Action::Back | Action::Open) => model.overlay = Overlay::None,
        _ => return unchanged(model),
    }
    Vec::new()
}

/// Ctrl-Z: the runtime gives the terminal back and stops the process; everything is
/// redrawn on resume. Job control exists on Unix only.
fn suspend(model: &mut Model) -> Vec<Effect> {
    if cfg!(unix) {
        vec![Effect::Suspend]
    } else {
        model
            .status
            .notice("suspending is not supported on this system");
        Vec::new()
    }
}

/// A quit key: leaves, or first asks when a running change or typed input would be lost.
pub fn quit(model: &mut Model) -> Vec<Effect> {
    super::quit::ask(model)
}

/// Nothing changed: no redraw needed.
pub fn unchanged(model: &mut Model) -> Vec<Effect> {
    model.dirty = false;
    Vec::new()
}
