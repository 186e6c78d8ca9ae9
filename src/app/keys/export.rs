//! `x`: the prompt for the file to export the list to; `Enter` starts the export (see
//! [`crate::app::tasks::export`]), the file's ending choosing CSV or JSON.

use crossterm::event::KeyEvent;

use crate::app::effect::Effect;
use crate::app::redraw::unchanged;
use crate::app::state::export_prompt::ExportPrompt;
use crate::app::state::input::{Edit, PromptKey};
use crate::app::state::model::{Model, Overlay};
use crate::app::{leave, tasks};
use crate::people::export::parse_export_file;

pub(crate) fn open(model: &mut Model) {
    model.overlay = Overlay::Export(ExportPrompt::default());
}

pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let spec = match PromptKey::of(&model.keymap, key) {
        PromptKey::Quit => return leave::ask(model),
        PromptKey::Close => {
            model.overlay = Overlay::None;
            return Vec::new();
        }
        PromptKey::Enter => return submit(model),
        PromptKey::Other(spec) => spec,
    };
    let Overlay::Export(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match prompt.input.key(&spec, &model.keymap) {
        Edit::Changed => {
            prompt.error = None;
            Vec::new()
        }
        Edit::Moved => Vec::new(),
        Edit::Ignored => unchanged(model),
    }
}

pub(crate) fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    let Overlay::Export(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    prompt.input.insert_str(text.trim());
    prompt.error = None;
    Vec::new()
}

fn submit(model: &mut Model) -> Vec<Effect> {
    let Overlay::Export(prompt) = &mut model.overlay else {
        return unchanged(model);
    };
    match parse_export_file(prompt.input.value()) {
        Err(why) => {
            prompt.error = Some(why);
            Vec::new()
        }
        Ok((format, path)) => {
            model.overlay = Overlay::None;
            tasks::export(model, format, path)
        }
    }
}
