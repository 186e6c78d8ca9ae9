//! The answers to the long reads (see [`crate::app::tasks`]): progress on the status
//! line, then the marks added, the pasted list's report, or the export written.

use crate::api::ApiError;
use crate::app::effect::{Effect, RequestId};
use crate::app::msg::{ApiOutcome, FindAnswer, IdList, ReadProgress};
use crate::app::redraw::unchanged;
use crate::app::state::model::{Model, Overlay};
use crate::app::state::paste_report::PasteReport;
use crate::app::state::task::TaskKind;
use crate::app::words::users;
use crate::people::pasted::PastedList;
use crate::sanitize::{display_safe, display_safe_short};

/// How far the long read `id` has come (the status line shows it).
pub(crate) fn on_progress(model: &mut Model, id: RequestId, progress: ReadProgress) -> Vec<Effect> {
    match model.task.as_mut() {
        Some(task) if task.request() == id => {
            task.on_progress(progress);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

/// The end of the long read `id`.
pub(crate) fn on_done(
    model: &mut Model,
    id: RequestId,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let Some(task) = model.task.take_if(|t| t.request() == id) else {
        return unchanged(model);
    };
    let what = task.what();
    match (task.kind, result) {
        (TaskKind::MarkAll, Ok(ApiOutcome::Ids(list))) => marked_all(model, list),
        (TaskKind::Paste(pasted), Ok(ApiOutcome::Found(answers))) => {
            marked_pasted(model, &pasted, &answers);
        }
        (TaskKind::Export { .. }, Ok(ApiOutcome::Exported(done))) => {
            let path = display_safe_short(&done.path, 80);
            let words = format!("exported {} to {path}", users(done.users as usize));
            match done.incomplete {
                Some(why) => model
                    .status
                    .error(format!("{words}, but the list is incomplete: {why}")),
                None => {
                    model.status.error = None;
                    model.status.notice(words);
                }
            }
        }
        (TaskKind::Export { .. }, Ok(ApiOutcome::NotSent(why))) => {
            model
                .status
                .error(format!("not exported: {}", display_safe(&why)));
        }
        (_, Ok(ApiOutcome::NotSent(why))) => {
            model
                .status
                .error(format!("{what}: {}", display_safe(&why)));
        }
        (_, Err(e)) => model.status.error(format!("{what} failed: {e}")),
        (_, Ok(other)) => model
            .status
            .error(crate::app::replies::reads::unexpected(&other)),
    }
    Vec::new()
}

fn marked_all(model: &mut Model, list: IdList) {
    let read = list.ids.len();
    let added = model.marks.mark_ids(list.ids);
    let mut words = format!("marked {} of the list", users(read));
    if added < read {
        words.push_str(&format!(" ({} were marked already)", read - added));
    }
    words.push_str(&format!("; {} marked in all", model.marks.len()));
    match list.incomplete {
        Some(why) => model.status.error(format!(
            "marked {} of the list, not all: {why}",
            users(read)
        )),
        None => {
            model.status.error = None;
            model.status.notice(words);
        }
    }
}

fn marked_pasted(model: &mut Model, pasted: &PastedList, answers: &[FindAnswer]) {
    let found = answers.iter().filter_map(|a| match a {
        FindAnswer::Found(id) => Some(*id),
        FindAnswer::Missing | FindAnswer::Failed(_) => None,
    });
    let added = model.marks.mark_ids(found);
    let report = PasteReport::new(pasted, answers, added);
    model.status.error = None;
    let summary = format!("pasted list: {}", report.summary);
    if report.has_unmatched() && matches!(model.overlay, Overlay::None) {
        model.overlay = Overlay::PasteReport(Box::new(report));
        model.status.notice(summary);
    } else if report.has_unmatched() {
        model.status.error(summary);
    } else {
        model.status.notice(summary);
    }
}
