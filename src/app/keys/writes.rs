//! The user lifecycle from the list: the create form (`n`), terminate (`t`), re-activate
//! (`a`) and delete (`d`, terminate-then-delete on active users) of the marked users (see
//! [`super::marks`]) or the one shown, their confirmations and the keys of the job window.
//!
//! One write at a time: while a create or a job is on its way, new ones are refused with
//! a notice (the worker also runs writes one by one, in submission order). The answers to
//! these writes are handled in `replies::writes`.

use crossterm::event::KeyEvent;

use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use crate::app::action::{Action, Context};
use crate::app::effect::{ApiOp, Effect};
use crate::app::keymap::KeySpec;
use crate::app::leave;
use crate::app::redraw::unchanged;
use crate::app::state::confirm::{Button, ConfirmDialog, ConfirmEvent};
use crate::app::state::form::{CreateForm, FormEvent};
use crate::app::state::job::{BulkJob, ReportEvent};
use crate::app::state::model::{Model, Overlay, Pending};
use crate::app::state::shown::Shown;
use crate::app::words::{list as list_words, writes as words};
use crate::bulk::offboard::OffboardPlan;
use crate::bulk::{self, BulkAction, Plan};
use crate::people::read_only;
use crate::sanitize::{display_safe_short, html_decode};

/// The list actions this module handles.
pub(crate) fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    if model.read_only && action.writes() {
        model.status.error(read_only::refusal(action.hint()));
        return Vec::new();
    }
    match action {
        Action::NewUser => {
            if refuse_while_writing(model) {
                return Vec::new();
            }
            model.overlay = Overlay::Form(Box::new(CreateForm::new(model.me.as_ref())));
            Vec::new()
        }
        Action::Terminate => open_confirm(model, |_| BulkAction::Terminate),
        Action::Activate => open_confirm(model, |_| BulkAction::Activate),
        Action::Delete => open_confirm(model, |any_not_terminated| BulkAction::Delete {
            terminate_first: any_not_terminated,
        }),
        _ => unchanged(model),
    }
}

/// Whether a create or a job is still on its way; says so in the status line.
fn refuse_while_writing(model: &mut Model) -> bool {
    let Some(what) = model.write_in_progress() else {
        return false;
    };
    model.status.notice(words::busy(&what));
    true
}

/// The single user an action applies to without marks: the one shown in the detail pane
/// (by id: never whoever took its row). Says why when there is none.
fn single_target(model: &mut Model) -> Option<EmployeeFullDto> {
    match model.shown() {
        Shown::User(u) => Some(u.clone()),
        Shown::Gone(u) => {
            let name = display_safe_short(&html_decode(&u.name_for_people()), 60);
            model.status.notice(list_words::gone(&name));
            None
        }
        Shown::Nobody => {
            model.status.notice(list_words::NO_SELECTION);
            None
        }
    }
}

/// Opens the confirmation of the action `action` makes of whether any target is not
/// terminated; the targets are the marked users, else the one shown in the detail pane.
fn open_confirm(model: &mut Model, action: fn(bool) -> BulkAction) -> Vec<Effect> {
    if refuse_while_writing(model) {
        return Vec::new();
    }
    if let Some(what) = model.task.as_ref().and_then(|t| t.blocks_marks()) {
        model.status.notice(format!(
            "wait until {what} is done, or stop it with {}",
            model.keymap.first(Action::Back)
        ));
        return Vec::new();
    }
    let single = if model.marks.is_empty() {
        match single_target(model) {
            Some(u) => Some(u),
            None => return Vec::new(),
        }
    } else {
        None
    };
    let Some(me) = model.me.as_ref() else {
        let retry = model.keymap.first(Action::Refresh);
        model.status.error(words::me_not_loaded(&retry));
        return Vec::new();
    };
    let not_terminated = |u: &EmployeeFullDto| u.status != Some(EmployeeStatus::Terminated);
    let plan = match &single {
        Some(u) => bulk::plan(action(not_terminated(u)), [u], me),
        None => {
            let marked = || model.marks.users(&model.users);
            let any = marked().any(|u| not_terminated(&u));
            bulk::plan(action(any), marked(), me)
        }
    };
    let mut dialog = ConfirmDialog::new(plan);
    let mut fx = Vec::new();
    if dialog.can_reassign() {
        // What they own is read while the dialog is open; cancel never waits for it.
        let targets = dialog.plan().eligible.clone();
        let (id, read) = model
            .requests
            .start(Pending::Impact, ApiOp::ReadImpact(targets));
        dialog.reading_impact(id);
        fx.push(read);
    }
    model.overlay = Overlay::Confirm(Box::new(dialog));
    fx
}

/// Forgets and cancels the reads the dialog still awaits.
fn cancel_dialog_reads(model: &mut Model, dialog: &ConfirmDialog) -> Vec<Effect> {
    dialog
        .reads_in_flight()
        .into_iter()
        .map(|id| {
            model.requests.finish(id);
            Effect::Cancel(id)
        })
        .collect()
}

/// Keys while the form, a confirmation or the job window is open.
pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let global = model.keymap.action(Context::Global, key);
    let typed = KeySpec::from_event(key).typed_char().is_some();
    match &mut model.overlay {
        Overlay::Form(form) => {
            if global == Some(Action::Quit) && !typed {
                return leave::ask(model);
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
            // While a count is typed, `q` is a (refused) character; `Ctrl-C` still quits.
            if global == Some(Action::Quit) && !(typed && dialog.needs_typed_count()) {
                return leave::ask(model);
            }
            let event = dialog.handle_key(*key, &model.keymap);
            on_confirm_event(model, event)
        }
        Overlay::Job => job_key(model, key, global),
        _ => unchanged(model),
    }
}

/// A click on a button of the confirmation dialog.
pub(crate) fn on_button(model: &mut Model, button: Button) -> Vec<Effect> {
    let Overlay::Confirm(dialog) = &model.overlay else {
        return unchanged(model);
    };
    let event = dialog.click(button);
    on_confirm_event(model, event)
}

/// What the confirmation dialog's answer to a key or a click leads to.
fn on_confirm_event(model: &mut Model, event: ConfirmEvent) -> Vec<Effect> {
    match event {
        ConfirmEvent::Nothing => Vec::new(),
        ConfirmEvent::Cancelled => {
            let Overlay::Confirm(dialog) = std::mem::replace(&mut model.overlay, Overlay::None)
            else {
                return Vec::new();
            };
            cancel_dialog_reads(model, &dialog)
        }
        ConfirmEvent::OpenPicker => {
            let (id, fx) = model.requests.start(
                Pending::Receivers,
                ApiOp::ListUsers(bulk::offboard::receivers_query()),
            );
            if let Overlay::Confirm(dialog) = &mut model.overlay {
                dialog.open_picker(id);
            }
            vec![fx]
        }
        ConfirmEvent::Confirmed => start_job(model),
    }
}

/// Pasted text goes into the form's focused field.
pub(crate) fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
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
    let mut fx = cancel_dialog_reads(model, &dialog);
    let receiver = dialog.receiver().cloned();
    let plan = dialog.into_plan();
    let changed = changed_since_planned(model, &plan);
    if !changed.is_empty() {
        let again = model.keymap.first(plan_key(plan.action));
        model
            .status
            .error(words::changed_since_planned(&changed, &again));
        return fx;
    }
    let (job, start) = match receiver {
        // The data goes to the chosen user: the offboarding run, job by job.
        Some(to) => {
            let run = OffboardPlan::of(&plan, to);
            let (id, start) = model
                .requests
                .start(Pending::Bulk, ApiOp::Offboard(Box::new(run.clone())));
            (BulkJob::offboarding(id, &run), start)
        }
        None => {
            let (id, start) = model
                .requests
                .start(Pending::Bulk, ApiOp::Bulk(Box::new(plan.clone())));
            (BulkJob::new(id, &plan), start)
        }
    };
    model.status.notice(job.summary());
    model.job = Some(job);
    model.marks.clear();
    model.overlay = Overlay::Job;
    fx.push(start);
    fx
}

/// The users of `plan` whose status, as the list (or the detail pane) now has it, is not
/// the one the plan was made with: confirming would apply a plan made for another state
/// (a delete without terminating first of a user re-activated meanwhile). Their names,
/// made safe to show.
fn changed_since_planned(model: &Model, plan: &Plan) -> Vec<String> {
    let latest = |id| {
        model
            .users
            .by_id(id)
            .or(model.detail.lookup.as_ref().filter(|u| u.id == id))
            .or(model.detail.kept.as_ref().filter(|u| u.id == id))
    };
    plan.eligible
        .iter()
        .filter(|t| {
            model.detail.gone.contains(&t.id) || latest(t.id).is_some_and(|u| u.status != t.status)
        })
        .map(|t| display_safe_short(&html_decode(&t.name), 60))
        .collect()
}

/// The key action that plans `action`.
fn plan_key(action: BulkAction) -> Action {
    match action {
        BulkAction::Terminate => Action::Terminate,
        BulkAction::Activate => Action::Activate,
        BulkAction::Delete { .. } => Action::Delete,
    }
}

/// Shows the latest job again: its gauge while it runs (where it can be stopped), else
/// its report.
pub(crate) fn reopen_job(model: &mut Model) -> Vec<Effect> {
    if model.job.is_none() {
        model.status.notice(words::NO_JOB_YET);
        return Vec::new();
    }
    model.overlay = Overlay::Job;
    Vec::new()
}

fn job_key(model: &mut Model, key: &KeyEvent, global: Option<Action>) -> Vec<Effect> {
    if global == Some(Action::Quit) {
        return leave::ask(model);
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
        // Stopping: no further chunk is sent; the report tells who was not attempted.
        if model.keymap.action(Context::Dialog, key) == Some(Action::StopJob) {
            if !job.stop() {
                return unchanged(model);
            }
            let id = job.request();
            let summary = job.summary();
            model.status.notice(summary);
            return vec![Effect::StopJob(id)];
        }
        return unchanged(model);
    }
    match job.handle_report_key(*key, &model.keymap) {
        ReportEvent::Close => model.overlay = Overlay::None,
        ReportEvent::Nothing => {}
    }
    Vec::new()
}

#[cfg(test)]
#[path = "writes_tests.rs"]
mod tests;
