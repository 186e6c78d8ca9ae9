//! Marks: `space` marks the user under the cursor (or, on a row still loading, the user
//! that arrives there), `*` marks every user of the list's query, and a list pasted over
//! the user list marks the users it names. `Esc` over the list clears the marks (see
//! [`super::list`]); a running mark-all stops with `Esc` too.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::list_reads;
use crate::app::redraw::unchanged;
use crate::app::state::model::Model;
use crate::app::state::users::ListLoad;
use crate::app::tasks;
use crate::people::pasted::parse_pasted;

pub(crate) fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    match action {
        Action::ToggleMark => toggle(model),
        Action::MarkAll => tasks::mark_all(model),
        _ => unchanged(model),
    }
}

/// Over the list: marks the row under the cursor and moves on. In the focused detail:
/// marks the user shown, and stays on it.
fn toggle(model: &mut Model) -> Vec<Effect> {
    if model.detail.focused {
        let Some(user) = model.detail_user().cloned() else {
            return unchanged(model);
        };
        model.marks.toggle(&user);
        let words = model.marks.summary();
        model.status.notice(words);
        return Vec::new();
    }
    let vp = model.viewport();
    match model.users.current().cloned() {
        Some(user) => {
            model.marks.toggle(&user);
            let words = model.marks.summary();
            model.status.notice(words);
        }
        None if model.users.cursor < model.users.len() => {
            if let ListLoad::Failed(_) = model.users.load {
                model.status.notice(format!(
                    "row {} could not be read, so nobody was marked: press {} to read the \
                     list again",
                    model.users.cursor + 1,
                    model.keymap.first(Action::Refresh)
                ));
                return Vec::new();
            }
            let pos = model.users.cursor;
            let waiting = model.marks.toggle_waiting(model.users.generation, pos);
            model.status.notice(if waiting {
                format!(
                    "row {} is still loading: its user is marked when it arrives",
                    pos + 1
                )
            } else {
                format!("row {} will not be marked when it arrives", pos + 1)
            });
        }
        None => return unchanged(model),
    }
    model.users.move_by(1, vp);
    model.detail.lookup = None;
    list_reads::prefetch(model)
}

/// A list of IDs or emails (or CSV) pasted over the user list: its users are found on
/// the portal, then marked.
pub(crate) fn on_paste_list(model: &mut Model, text: &str) -> Vec<Effect> {
    tasks::find_pasted(model, parse_pasted(text))
}

#[cfg(test)]
#[path = "marks_tests.rs"]
mod tests;
