//! `update`: the only place the model changes. Pure: no I/O, no clock, no channels.
//! It routes each message to its handler: keys by the overlay on top ([`super::keys`]),
//! worker replies by the request they answer ([`super::replies`]).

use crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::action::{Action, Context};
use super::effect::Effect;
use super::keymap::KeySpec;
use super::keys;
use super::msg::Msg;
use super::redraw::unchanged;
use super::state::model::{LookupPrompt, Model, Overlay};
use super::{auth, leave, list_reads, mouse, pin, profile_reads, replies, switch, tasks, words};

/// Applies one message; returns what the runtime should do.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Effect> {
    let fx = apply(model, msg);
    let mut fx = auth::hold_back(model, fx, apply);
    pin::keep(model);
    fx.extend(profile_reads::follow(model));
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
            list_reads::prefetch(model)
        }
        Msg::Input(Event::Mouse(m)) => mouse::on_mouse(model, &m),
        Msg::Input(_) => unchanged(model),
        Msg::Tick => on_tick(model),
        Msg::Api(reply) => replies::on_reply(model, reply),
        Msg::Progress(id, progress) => replies::writes::on_progress(model, id, progress),
        Msg::ReadProgress(id, progress) => replies::tasks::on_progress(model, id, progress),
        Msg::AdminProgress(id, progress) => replies::admin::on_progress(model, id, progress),
        Msg::LocalError(words) => {
            model.status.error(words);
            Vec::new()
        }
        Msg::Switched(to) => switch::on_switched(model, to),
        Msg::PressButton(button) => keys::writes::on_button(model, button),
        Msg::Quit => leave::leave(model),
    }
}

/// Routes a key by what is on top: the quit question, the help, else the overlay; each
/// handles its own keys.
pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let global = model.keymap.action(Context::Global, key);
    if global == Some(Action::Suspend) {
        return suspend(model);
    }
    if !model.screen_fits() {
        return keys::too_small::on_key(model, key);
    }
    if model.quit_asked {
        return keys::quit::on_key(model, key);
    }
    if model.help.is_some() {
        return keys::help::on_key(model, key);
    }
    // Help opens over anything, with a key that is not text there.
    let typed = KeySpec::from_event(key).typed_char().is_some();
    if global == Some(Action::Help) && !(typed && model.overlay.reads_text()) {
        model.help = Some(0);
        return Vec::new();
    }
    match &model.overlay {
        Overlay::None if model.task.is_some() && stops_task(model, key) => tasks::stop(model),
        Overlay::None if keys::admin::type_change_running(model) && stops_task(model, key) => {
            keys::admin::stop(model)
        }
        Overlay::None => match model.keymap.action(Context::List, key) {
            Some(action) => on_list_action(model, action),
            None => unchanged(model),
        },
        Overlay::Messages { .. } => keys::messages::on_key(model, key),
        Overlay::Palette(_) => match keys::palette::on_key(model, key) {
            keys::palette::PaletteStep::Effects(fx) => fx,
            keys::palette::PaletteStep::Run {
                action,
                mut effects,
            } => {
                effects.extend(on_list_action(model, action));
                effects
            }
        },
        Overlay::PasteReport(_) => keys::paste_report::on_key(model, key),
        Overlay::Export(_) => keys::export::on_key(model, key),
        Overlay::Admin(_) => keys::admin::on_key(model, key),
        Overlay::Search => keys::search::on_key(model, key),
        Overlay::Lookup(_) => keys::lookup::on_key(model, key),
        Overlay::Filters(_) => keys::filters::on_key(model, key),
        Overlay::Form(_) | Overlay::Confirm(_) | Overlay::Job => keys::writes::on_key(model, key),
    }
}

/// Whether `key` stops the long read running: `Esc`, or the key that stops a job (`c`).
fn stops_task(model: &Model, key: &KeyEvent) -> bool {
    model.keymap.action(Context::List, key) == Some(Action::Back)
        || model.keymap.action(Context::Dialog, key) == Some(Action::StopJob)
}

/// Routes an action over the list: writes to [`keys::writes`], marks to [`keys::marks`],
/// copy and open to [`keys::copy_open`], the prompts that open to their handlers, the
/// rest to [`keys::list`].
fn on_list_action(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::NewUser | Action::Terminate | Action::Activate | Action::Delete => {
            keys::writes::on_action(model, action)
        }
        Action::ReopenJob => keys::writes::reopen_job(model),
        Action::Invite
        | Action::ResendInvite
        | Action::ChangeType
        | Action::SetQuota
        | Action::EditProfile
        | Action::PasswordLink
        | Action::AddToGroup
        | Action::RemoveFromGroup => keys::admin::on_action(model, action),
        Action::Search => {
            keys::search::open(model);
            Vec::new()
        }
        Action::FilterPanel => keys::filters::open(model),
        Action::Messages => {
            keys::messages::open(model);
            Vec::new()
        }
        Action::ToggleMark | Action::MarkAll => keys::marks::on_action(model, action),
        Action::CopyId | Action::CopyEmail | Action::OpenProfile => {
            keys::copy_open::on_action(model, action)
        }
        Action::Palette => {
            keys::palette::open(model);
            Vec::new()
        }
        Action::Export => {
            keys::export::open(model);
            Vec::new()
        }
        _ => keys::list::on_action(model, action),
    }
}

fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    if model.quit_asked || model.help.is_some() || !model.screen_fits() {
        return unchanged(model);
    }
    match &mut model.overlay {
        Overlay::Search => keys::search::on_paste(model, text),
        Overlay::Lookup(p) => {
            p.input.insert_str(text);
            p.error = None;
            Vec::new()
        }
        Overlay::Form(_) => keys::writes::on_paste(model, text),
        Overlay::Palette(_) => keys::palette::on_paste(model, text),
        Overlay::Export(_) => keys::export::on_paste(model, text),
        Overlay::Admin(_) => keys::admin::on_paste(model, text),
        // A list of IDs or emails pasted over the list marks those users.
        Overlay::None if crate::people::pasted::is_list(text) => {
            keys::marks::on_paste_list(model, text)
        }
        // Pasting one ID or email over the list opens the look-up with it.
        Overlay::None => {
            let mut prompt = LookupPrompt::default();
            prompt.input.insert_str(text.trim());
            model.overlay = Overlay::Lookup(prompt);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

fn on_tick(model: &mut Model) -> Vec<Effect> {
    model.ticks = model.ticks.wrapping_add(1);
    let mut fx = keys::search::on_tick(model);
    fx.extend(keys::filters::on_tick(model));
    // The spinner moves only while something is in flight.
    model.dirty = model.requests.is_busy() || !fx.is_empty();
    fx
}

/// Ctrl-Z: the runtime gives the terminal back and stops the process; everything is
/// redrawn on resume. Job control exists on Unix only.
fn suspend(model: &mut Model) -> Vec<Effect> {
    if cfg!(unix) {
        vec![Effect::Suspend]
    } else {
        model.status.notice(words::session::NO_SUSPEND);
        Vec::new()
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
