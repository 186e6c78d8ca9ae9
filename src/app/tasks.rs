//! The long reads handlers start and stop: marking every user of the list's query,
//! finding the users of a pasted list, exporting the list to a file. One runs at a time
//! (in `Model::task`); its progress is on the status line and `Esc` (or the stop key)
//! stops it.

use super::action::Action;
use super::effect::{ApiOp, Effect, ExportRequest};
use super::state::model::{Model, Pending};
use super::state::task::{ReadTask, TaskKind};
use crate::people::export::ExportFormat;
use crate::people::pasted::{MAX_PASTED, PastedList};

/// Starts `op` as the long read `kind`, unless one is running already.
fn start(model: &mut Model, kind: TaskKind, op: ApiOp) -> Vec<Effect> {
    if let Some(task) = &model.task {
        model.status.notice(format!(
            "wait until {} is done, or stop it with {}",
            task.what(),
            model.keymap.first(Action::Back)
        ));
        return Vec::new();
    }
    // Its progress is on the status line from now on (see `Model::task`).
    let (id, fx) = model.requests.start(Pending::Task, op);
    model.task = Some(ReadTask::new(id, kind));
    vec![fx]
}

/// `*`: reads the id of every user the list's query matches (all pages) and marks them.
pub(crate) fn mark_all(model: &mut Model) -> Vec<Effect> {
    let mut query = model.users.query(0);
    query.fields = vec!["id"];
    start(model, TaskKind::MarkAll, ApiOp::ListIds(query))
}

/// Writes every user of the list's query (all pages, as sorted) to `path`.
pub(crate) fn export(model: &mut Model, format: ExportFormat, path: String) -> Vec<Effect> {
    let request = ExportRequest {
        query: model.users.query(0),
        format,
        path: path.clone(),
    };
    start(
        model,
        TaskKind::Export { format, path },
        ApiOp::Export(Box::new(request)),
    )
}

/// Finds the users a pasted list names, to mark them. A list naming nobody, or too many,
/// sends nothing and says why.
pub(crate) fn find_pasted(model: &mut Model, list: PastedList) -> Vec<Effect> {
    if list.wanted.len() > MAX_PASTED {
        model.status.error(format!(
            "the pasted list names {} users; at most {MAX_PASTED} can be marked at once: \
             paste it in parts",
            list.wanted.len()
        ));
        return Vec::new();
    }
    if list.wanted.is_empty() {
        model.status.error(format!(
            "the pasted text names no user: {} line(s) are neither a user ID nor an email",
            list.unreadable.len()
        ));
        return Vec::new();
    }
    let targets = list.wanted.iter().map(|w| w.target.clone()).collect();
    start(
        model,
        TaskKind::Paste(Box::new(list)),
        ApiOp::FindUsers(targets),
    )
}

/// Stops the long read running, if any: nothing of it is kept (an export's file is
/// removed).
pub(crate) fn stop(model: &mut Model) -> Vec<Effect> {
    let Some(task) = model.task.take() else {
        return Vec::new();
    };
    model.requests.finish(task.request());
    let kept = match task.kind {
        TaskKind::MarkAll | TaskKind::Paste(_) => "nobody more was marked",
        TaskKind::Export { .. } => "no file was written",
    };
    model
        .status
        .notice(format!("stopped {}: {kept}", task.what()));
    vec![Effect::Cancel(task.request())]
}
