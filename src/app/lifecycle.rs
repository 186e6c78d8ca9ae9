//! The user lifecycle from the list: the create form (`n`), marks (`space`), terminate
//! (`t`), re-activate (`a`) and delete (`d`, terminate-then-delete on active users), their
//! confirmations, the job's progress and report, and the replies to these writes.
//!
//! One write at a time: while a create or a job is on its way, new ones are refused with
//! a notice (the worker also runs writes one by one, in submission order).

use crossterm::event::KeyEvent;
use uuid::Uuid;

use super::action::{Action, Context};
use super::browse;
use super::bulk_job::{BulkJob, ReportEvent, users};
use super::confirm::{ConfirmDialog, ConfirmEvent};
use super::effect::{ApiOp, Effect, RequestId};
use super::form::{CreateForm, FormEvent, type_change_notice};
use super::keymap::KeySpec;
use super::model::{Model, Overlay, Pending};
use super::msg::ApiOutcome;
use super::update::{quit, unchanged};
use crate::api::{ApiError, EmployeeFullDto, EmployeeStatus, EmployeeType};
use crate::bulk::{self, BulkAction, Outcome, Progress};
use crate::sanitize::{display_safe, display_safe_short, html_decode};

/// The list actions this module handles.
pub fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    if model.read_only && action != Action::ToggleMark {
        model.status.error(format!(
            "this profile is read-only: {} is refused, nothing was sent",
            action.hint()
        ));
        return Vec::new();
    }
    match action {
        Action::ToggleMark => toggle_mark(model),
        Action::NewUser => {
            if refuse_while_writing(model) {
                return Vec::new();
            }
            model.overlay = Overlay::Form(Box::new(CreateForm::new(model.me.as_ref())));
            Vec::new()
        }
        Action::Terminate => open_confirm(model, |_| BulkAction::Terminate),
        Action::Activate => open_confirm(model, |_| BulkAction::Activate),
        Action::Delete => open_confirm(model, |targets| BulkAction::Delete {
            terminate_first: targets
                .iter()
                .any(|u| u.status != Some(EmployeeStatus::Terminated)),
        }),
        _ => unchanged(model),
    }
}

/// Whether a create or a job is still on its way; says so in the status line.
fn refuse_while_writing(model: &mut Model) -> bool {
    let Some(what) = model.write_in_progress() else {
        return false;
    };
    model
        .status
        .notice(format!("wait until the current change is done ({what})"));
    true
}

fn toggle_mark(model: &mut Model) -> Vec<Effect> {
    let Some(user) = model.users.current().cloned() else {
        return unchanged(model);
    };
    model.marks.toggle(&user);
    let vp = model.viewport();
    model.users.move_by(1, vp);
    model.detail.lookup = None;
    model.status.notice(match model.marks.len() {
        0 => "no users marked".to_string(),
        n => format!("{} marked", users(n)),
    });
    browse::prefetch(model)
}

/// The users an action applies to: the marked ones, else the one shown in the detail pane.
fn targets(model: &Model) -> Vec<EmployeeFullDto> {
    if model.marks.is_empty() {
        model.detail_user().cloned().into_iter().collect()
    } else {
        model.marks.users(&model.users)
    }
}

fn open_confirm(
    model: &mut Model,
    action: impl FnOnce(&[EmployeeFullDto]) -> BulkAction,
) -> Vec<Effect> {
    if refuse_while_writing(model) {
        return Vec::new();
    }
    let targets = targets(model);
    if targets.is_empty() {
        model.status.notice("no user selected");
        return Vec::new();
    }
    let Some(me) = model.me.as_ref() else {
        model.status.error(
            "your own profile is not loaded yet, so the users the portal would refuse \
             cannot be told apart; press r to retry",
        );
        return Vec::new();
    };
    let plan = bulk::plan(action(&targets), &targets, me);
    model.overlay = Overlay::Confirm(Box::new(ConfirmDialog::new(plan)));
    Vec::new()
}

/// Keys while the form, a confirmation or the job window is open.
pub fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let global = model.keymap.action(Context::Global, key);
    let typed = KeySpec::from_event(key).typed_char().is_some();
    match &mut model.overlay {
        Overlay::Form(form) => {
            if global == Some(Action::Quit) && !typed {
                return quit(model);
            }
            match form.handle_key(*key, &model.keymap) {
                FormEvent::Nothing => Vec::new(),
                FormEvent::Cancelled => {
                    model.overlay = Overlay::None;
                    Vec::new()
                }
                FormEvent::Submit(request) => {
                    let asked = request.kind.unwrap_or(EmployeeType::User);
                    let (_, fx) = model
                        .requests
                        .start(Pending::Create { asked }, ApiOp::CreateUser(request));
                    vec![fx]
                }
            }
        }
        Overlay::Confirm(dialog) => {
            if global == Some(Action::Quit) && !dialog.needs_typed_count() {
                return quit(model);
            }
            match dialog.handle_key(*key, &model.keymap) {
                ConfirmEvent::Nothing => Vec::new(),
                ConfirmEvent::Cancelled => {
                    model.overlay = Overlay::None;
                    Vec::new()
                }
                ConfirmEvent::Confirmed => start_job(model),
            }
        }
        Overlay::Job => job_key(model, key, global),
        _ => unchanged(model),
    }
}

/// Pasted text goes into the form's focused field.
pub fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    match &mut model.overlay {
        Overlay::Form(form) => {
            form.handle_paste(text);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

fn start_job(model: &mut Model) -> Vec<Effect> {
    let Overlay::Confirm(dialog) = std::mem::replace(&mut model.overlay, Overlay::None) else {
        return Vec::new();
    };
    let plan = dialog.into_plan();
    let (id, fx) = model
        .requests
        .start(Pending::Bulk, ApiOp::Bulk(Box::new(plan.clone())));
    let job = BulkJob::new(id, &plan);
    model.status.notice(job.summary());
    model.job = Some(job);
    model.marks.clear();
    model.overlay = Overlay::Job;
    vec![fx]
}

fn job_key(model: &mut Model, key: &KeyEvent, global: Option<Action>) -> Vec<Effect> {
    if global == Some(Action::Quit) {
        return quit(model);
    }
    let Some(job) = model.job.as_mut() else {
        model.overlay = Overlay::None;
        return Vec::new();
    };
    if job.is_running() {
        // The gauge can be hidden; the job goes on and the status line follows it.
        if global == Some(Action::Back) {
            model.overlay = Overlay::None;
            return Vec::new();
        }
        return unchanged(model);
    }
    match job.handle_report_key(*key, &model.keymap) {
        ReportEvent::Close => model.overlay = Overlay::None,
        ReportEvent::Nothing => {}
    }
    Vec::new()
}

/// A progress message of job `id`.
pub fn on_progress(model: &mut Model, id: RequestId, progress: Progress) -> Vec<Effect> {
    match model.job.as_mut() {
        Some(job) if job.request() == id && job.is_running() => {
            job.on_progress(progress);
            let summary = job.summary();
            model.status.notice(summary);
            Vec::new()
        }
        _ => unchanged(model),
    }
}

/// The portal's answer to a create.
pub fn on_created(
    model: &mut Model,
    asked: EmployeeType,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let form = match &mut model.overlay {
        Overlay::Form(form) => Some(form),
        _ => None,
    };
    match result {
        Ok(ApiOutcome::User(created)) => {
            let created = *created;
            let name = display_safe_short(&html_decode(&created.name_for_people()), 60);
            let mut words = format!("created {name}");
            if let Some(notice) = type_change_notice(asked, &created) {
                words.push_str(&format!(" {notice}"));
            }
            model.status.notice(words);
            model.status.error = None;
            model.overlay = Overlay::None;
            let id = created.id;
            model.detail.lookup = Some(created);
            model.detail.scroll = 0;
            let fx = browse::reload(model, true);
            model.users.seek(id);
            fx
        }
        Ok(other) => {
            let words = match other {
                ApiOutcome::NotSent(why) => why,
                _ => "the portal's answer to the create was not a user".to_string(),
            };
            match form {
                Some(f) => f.submit_failed(words, None),
                None => model.status.error(words),
            }
            Vec::new()
        }
        Err(e) => {
            let status = e.status();
            let words = refusal_words(&e);
            match form {
                Some(f) => f.submit_failed(words, status),
                None => model.status.error(format!(
                    "could not create the user: {}",
                    display_safe(&words)
                )),
            }
            Vec::new()
        }
    }
}

/// A create refusal in words: the portal's own message with what kind of refusal it was.
fn refusal_words(e: &ApiError) -> String {
    match e {
        ApiError::BadRequest { message } => message.clone(),
        ApiError::PaymentRequired { message } => {
            format!("no free seat for this type (402): {message}")
        }
        ApiError::Forbidden { message } => {
            format!("not allowed (403): {message}; your role may not create this type")
        }
        other if other.outcome_unknown() => format!(
            "{other}; the user may have been created anyway: look the email up before \
             sending again"
        ),
        other => other.to_string(),
    }
}

/// The end of a job: its report, then the list refreshed with the selection kept.
pub fn on_job_done(
    model: &mut Model,
    id: RequestId,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let Some(job) = model.job.as_mut().filter(|j| j.request() == id) else {
        return unchanged(model);
    };
    match result {
        Ok(ApiOutcome::Bulk(report)) => {
            let deleted: Vec<_> = match report.action {
                BulkAction::Delete { .. } => report
                    .results
                    .iter()
                    .filter(|r| r.outcome == Outcome::Done)
                    .map(|r| r.id)
                    .collect(),
                _ => Vec::new(),
            };
            job.finish(report);
            let summary = job.summary();
            let show = job.wants_report();
            if matches!(model.overlay, Overlay::Job) && !show {
                model.overlay = Overlay::None;
            } else if show && matches!(model.overlay, Overlay::None) {
                model.overlay = Overlay::Job;
            }
            model.status.notice(summary);
            if model
                .detail
                .lookup
                .as_ref()
                .is_some_and(|u| deleted.contains(&u.id))
            {
                model.detail.lookup = None;
            }
        }
        other => {
            let words = match other {
                Ok(ApiOutcome::NotSent(why)) => {
                    format!("nothing was changed: {}", display_safe(&why))
                }
                Err(e) => {
                    format!("the change stopped: {e}; the list is re-read to show what happened")
                }
                Ok(_) => "the change stopped: the worker answered with something other than \
                          a report; the list is re-read to show what happened"
                    .into(),
            };
            model.job = None;
            if matches!(model.overlay, Overlay::Job) {
                model.overlay = Overlay::None;
            }
            model.status.error(words);
        }
    }
    let mut fx = browse::reload(model, true);
    fx.extend(refetch_looked_up(model));
    fx
}

/// Re-reads the looked-up user shown in the detail pane (its status changed).
fn refetch_looked_up(model: &mut Model) -> Vec<Effect> {
    match model.detail.lookup.as_ref().map(|u| u.id) {
        Some(id) => {
            let (_, fx) = model
                .requests
                .start(Pending::Refetch { id }, ApiOp::GetUser(id));
            vec![fx]
        }
        None => Vec::new(),
    }
}

/// The looked-up user, read again after a change: shown as the portal now holds it.
pub fn on_refetched(
    model: &mut Model,
    id: Uuid,
    result: Result<ApiOutcome, ApiError>,
) -> Vec<Effect> {
    let shown = model.detail.lookup.as_ref().is_some_and(|u| u.id == id);
    match result {
        Ok(ApiOutcome::User(user)) => {
            model.users.replace_user(&user);
            if shown {
                model.detail.lookup = Some(*user);
            }
        }
        Err(ApiError::NotFound { .. }) if shown => model.detail.lookup = None,
        Ok(_) | Err(_) => return unchanged(model),
    }
    Vec::new()
}

#[cfg(test)]
#[path = "lifecycle_tests.rs"]
mod tests;
