//! The administration actions over the list: invite (`I`), resend invitations (`V`),
//! change type (`Y`), set a quota (`Q`) for the marked users, else the one shown; edit a
//! profile (`e`) and send a password-change link (`P`) for the one shown. Each opens its
//! dialog (see [`crate::app::state::admin`]); submitting starts one write, answered in
//! `replies::admin`.

use crossterm::event::KeyEvent;
use uuid::Uuid;

use crate::api::admin::UserInvitation;
use crate::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use crate::app::action::{Action, Context};
use crate::app::effect::{ApiOp, Effect, RequestId, TypeChangeRequest};
use crate::app::keymap::KeySpec;
use crate::app::redraw::unchanged;
use crate::app::state::admin::{
    AdminDialog, AdminKind, AdminStep, AdminTarget, EMAIL, EMAILS, FIRST_NAME, LANGUAGE, LAST_NAME,
    QUOTA, ROOMS_TO,
};
use crate::app::state::model::{Model, Overlay, Pending};
use crate::app::state::shown::Shown;
use crate::app::words::{admin as words, list as list_words, writes as write_words};
use crate::app::{leave, list_reads};
use crate::people::grant::{invite_types, types_caller_may_give};
use crate::people::invite_emails::parse_emails;
use crate::people::lookup::{LookupTarget, parse_lookup};
use crate::people::new_user::{self, FieldError};
use crate::people::quota_size::{QuotaChange, parse_quota};
use crate::people::read_only;
use crate::sanitize::{display_safe_short, html_decode};

/// Opens the dialog of `action` (refused on a read-only profile, while a write is on
/// its way, or when there is nobody it applies to).
pub(crate) fn on_action(model: &mut Model, action: Action) -> Vec<Effect> {
    if model.read_only && action.writes() {
        model.status.error(read_only::refusal(action.hint()));
        return Vec::new();
    }
    if busy(model) {
        return Vec::new();
    }
    let dialog = match action {
        Action::Invite => {
            let types = invite_types(model.me.as_ref());
            if types.is_empty() {
                model.status.error(words::NO_INVITES);
                return Vec::new();
            }
            AdminDialog::invite(types)
        }
        Action::ResendInvite => {
            let Some(users) = targets(model) else {
                return Vec::new();
            };
            let pending: Vec<EmployeeFullDto> = users
                .into_iter()
                .filter(|u| u.status == Some(EmployeeStatus::Pending))
                .collect();
            if pending.is_empty() {
                model.status.notice(words::NONE_PENDING);
                return Vec::new();
            }
            AdminDialog::resend(pending.iter().map(target).collect())
        }
        Action::ChangeType => {
            let types = types_caller_may_give(model.me.as_ref());
            if types.is_empty() {
                model.status.error(words::NO_TYPES);
                return Vec::new();
            }
            let Some(users) = targets(model) else {
                return Vec::new();
            };
            AdminDialog::change_type(users.iter().map(target).collect(), types)
        }
        Action::SetQuota => {
            let Some(users) = targets(model) else {
                return Vec::new();
            };
            let shows_quotas = model
                .me
                .iter()
                .chain(&users)
                .any(|u| u.quota_limit.is_some());
            if !shows_quotas {
                model.status.notice(words::NO_QUOTAS);
                return Vec::new();
            }
            AdminDialog::quota(users.iter().map(target).collect())
        }
        Action::EditProfile => {
            let Some(user) = shown(model) else {
                return Vec::new();
            };
            let own = model.me.as_ref().is_some_and(|me| me.id == user.id);
            let first = user.first_name.clone().unwrap_or_default();
            let last = user.last_name.clone().unwrap_or_default();
            let names = own.then_some((first.as_str(), last.as_str()));
            let email = user.email.clone().unwrap_or_default();
            AdminDialog::profile(target(&user), names, &email)
        }
        Action::PasswordLink => {
            let Some(user) = shown(model) else {
                return Vec::new();
            };
            if user.email.as_deref().is_none_or(|e| e.trim().is_empty()) {
                model.status.notice(words::NO_EMAIL);
                return Vec::new();
            }
            AdminDialog::password_link(target(&user))
        }
        Action::AddToGroup | Action::RemoveFromGroup => {
            let add = action == Action::AddToGroup;
            let Some(users) = targets(model) else {
                return Vec::new();
            };
            match group_choices(model, &users, add) {
                Ok(groups) => AdminDialog::group(users.iter().map(target).collect(), groups, add),
                Err(fx) => return fx,
            }
        }
        _ => return unchanged(model),
    };
    model.overlay = Overlay::Admin(Box::new(dialog));
    Vec::new()
}

/// Whether a write is on its way; says so.
fn busy(model: &mut Model) -> bool {
    let admin = model
        .requests
        .in_flight
        .values()
        .any(|p| matches!(p, Pending::Admin(_)));
    let what = match model.write_in_progress() {
        Some(what) => what,
        None if admin => words::SENDING.to_string(),
        None => return false,
    };
    model.status.notice(write_words::busy(&what));
    true
}

/// The marked users, else the one shown in the detail pane; says why when there is none.
fn targets(model: &mut Model) -> Option<Vec<EmployeeFullDto>> {
    if !model.marks.is_empty() {
        return Some(
            model
                .marks
                .users(&model.users)
                .map(|u| u.into_owned())
                .collect(),
        );
    }
    match model.shown() {
        Shown::User(u) => Some(vec![u.clone()]),
        Shown::Gone(u) => {
            let name = safe_name(u);
            model.status.notice(list_words::gone(&name));
            None
        }
        Shown::Nobody => {
            model.status.notice(list_words::NO_SELECTION);
            None
        }
    }
}

/// The groups to pick from: to remove one user, their groups; to add one user, the
/// portal's groups they are not in; for marked users, the portal's groups. Starts reading
/// the portal's groups (and says so) when they are not read yet.
fn group_choices(
    model: &mut Model,
    users: &[EmployeeFullDto],
    add: bool,
) -> Result<Vec<(Uuid, String)>, Vec<Effect>> {
    let safe = |name: Option<&str>, id: Uuid| match name {
        Some(n) => display_safe_short(&html_decode(n), 60),
        None => id.to_string(),
    };
    let single = match users {
        [one] => one.groups.as_ref(),
        _ => None,
    };
    if let (false, Some(theirs)) = (add, single) {
        if theirs.is_empty() {
            model.status.notice(words::IN_NO_GROUP);
            return Err(Vec::new());
        }
        return Ok(theirs
            .iter()
            .map(|g| (g.id, safe(g.name.as_deref(), g.id)))
            .collect());
    }
    let Some(list) = &model.groups.list else {
        let key = model.keymap.first(if add {
            Action::AddToGroup
        } else {
            Action::RemoveFromGroup
        });
        model.status.notice(words::reading_groups(&key));
        return Err(list_reads::read_groups(model));
    };
    let already = |id: Uuid| single.is_some_and(|gs| gs.iter().any(|g| g.id == id));
    let groups: Vec<(Uuid, String)> = list
        .iter()
        .filter(|g| !(add && already(g.id)))
        .map(|g| (g.id, safe(g.name.as_deref(), g.id)))
        .collect();
    if groups.is_empty() {
        model.status.notice(words::NO_GROUPS);
        return Err(Vec::new());
    }
    Ok(groups)
}

/// The user shown in the detail pane (marks aside); says why when there is none.
fn shown(model: &mut Model) -> Option<EmployeeFullDto> {
    match model.shown() {
        Shown::User(u) => Some(u.clone()),
        Shown::Gone(u) => {
            let name = safe_name(u);
            model.status.notice(list_words::gone(&name));
            None
        }
        Shown::Nobody => {
            model.status.notice(list_words::NO_SELECTION);
            None
        }
    }
}

fn safe_name(u: &EmployeeFullDto) -> String {
    display_safe_short(&html_decode(&u.name_for_people()), 60)
}

fn target(u: &EmployeeFullDto) -> AdminTarget {
    AdminTarget {
        id: u.id,
        name: safe_name(u),
        kind: u.user_type(),
    }
}

/// Whether a type change is running (it can be stopped from the list).
pub(crate) fn type_change_running(model: &Model) -> bool {
    running_type_change(model).is_some()
}

fn running_type_change(model: &Model) -> Option<RequestId> {
    model
        .requests
        .in_flight
        .iter()
        .find(|(_, p)| **p == Pending::Admin(AdminKind::ChangeType))
        .map(|(id, _)| *id)
}

/// Stops the running type change after the user under way.
pub(crate) fn stop(model: &mut Model) -> Vec<Effect> {
    let Some(id) = running_type_change(model) else {
        return unchanged(model);
    };
    model.status.progress(words::STOPPING);
    vec![Effect::StopJob(id)]
}

/// Keys while an administration dialog is open.
pub(crate) fn on_key(model: &mut Model, key: &KeyEvent) -> Vec<Effect> {
    let global = model.keymap.action(Context::Global, key);
    let typed = KeySpec::from_event(key).typed_char().is_some();
    let Overlay::Admin(dialog) = &mut model.overlay else {
        return unchanged(model);
    };
    let step = dialog.handle_key(key, &model.keymap);
    match step {
        AdminStep::Nothing => Vec::new(),
        AdminStep::Ignored if global == Some(Action::Quit) && !(typed && dialog.reads_text()) => {
            leave::ask(model)
        }
        AdminStep::Ignored => unchanged(model),
        AdminStep::Close => {
            model.overlay = Overlay::None;
            Vec::new()
        }
        AdminStep::Submit => submit(model),
    }
}

pub(crate) fn on_paste(model: &mut Model, text: &str) -> Vec<Effect> {
    let Overlay::Admin(dialog) = &mut model.overlay else {
        return unchanged(model);
    };
    dialog.paste(text);
    Vec::new()
}

/// The value of the field `label`, checked with `rule` (the create form's).
fn checked(
    dialog: &AdminDialog,
    label: &str,
    rule: fn(&str) -> Result<(), FieldError>,
) -> Result<String, String> {
    let value = dialog.text(label).trim();
    rule(value).map_err(|e| format!("{label}: {}", e.message()))?;
    Ok(value.to_string())
}

/// The profile edit the dialog asks for: only what changed.
fn profile_request(dialog: &AdminDialog) -> Result<ApiOp, String> {
    if !dialog.is_dirty() {
        return Err(words::NOTHING_CHANGED.to_string());
    }
    let names = if dialog.changed(FIRST_NAME) || dialog.changed(LAST_NAME) {
        let first = checked(dialog, FIRST_NAME, new_user::first_name)?;
        let last = checked(dialog, LAST_NAME, new_user::last_name)?;
        Some((first, last))
    } else {
        None
    };
    let email = if dialog.changed(EMAIL) {
        Some(checked(dialog, EMAIL, new_user::email)?)
    } else {
        None
    };
    let id = dialog
        .targets
        .first()
        .map(|t| t.id)
        .ok_or(words::NOTHING_CHANGED)?;
    Ok(ApiOp::EditProfile { id, names, email })
}

/// The write the dialog asks for; a refusal in words stays in the dialog.
fn request(
    dialog: &AdminDialog,
    me: Option<&EmployeeFullDto>,
    email_of: Option<String>,
) -> Result<ApiOp, String> {
    let ids = || dialog.targets.iter().map(|t| t.id).collect::<Vec<_>>();
    match dialog.kind {
        AdminKind::Invite => {
            let emails = parse_emails(dialog.text(EMAILS))?;
            let kind = dialog.chosen_type().unwrap_or(EmployeeType::User);
            let culture = dialog.text(LANGUAGE).trim();
            Ok(ApiOp::Invite {
                invitations: emails
                    .into_iter()
                    .map(|e| UserInvitation::new(e, kind))
                    .collect(),
                culture: (!culture.is_empty()).then(|| culture.to_string()),
            })
        }
        AdminKind::Resend => Ok(ApiOp::ResendInvites(ids())),
        AdminKind::ChangeType => {
            let to = dialog
                .chosen_type()
                .ok_or_else(|| words::NO_TYPES.to_string())?;
            let users: Vec<_> = dialog
                .targets
                .iter()
                .filter(|t| t.kind != Some(to))
                .map(|t| (t.id, t.kind))
                .collect();
            if users.is_empty() {
                return Err(format!(
                    "already {}: choose another type",
                    crate::people::user_type::label(to)
                ));
            }
            let rooms_to = match dialog.text(ROOMS_TO).trim() {
                "" => None,
                typed => Some(parse_lookup(typed).map_err(|why| format!("{ROOMS_TO}: {why}"))?),
            };
            let to_self = match (&rooms_to, me) {
                (Some(LookupTarget::Id(id)), Some(me)) => *id == me.id,
                _ => false,
            };
            Ok(ApiOp::ChangeType(Box::new(TypeChangeRequest {
                users,
                to,
                rooms_to: rooms_to.filter(|_| !to_self),
            })))
        }
        AdminKind::Quota => {
            let limit = match parse_quota(dialog.text(QUOTA))? {
                QuotaChange::Set(limit) => Some(limit),
                QuotaChange::Reset => None,
            };
            Ok(ApiOp::SetQuota { ids: ids(), limit })
        }
        AdminKind::Profile => profile_request(dialog),
        AdminKind::AddToGroup | AdminKind::RemoveFromGroup => {
            let (group, _) = dialog
                .chosen_group()
                .ok_or_else(|| words::NO_GROUPS.to_string())?;
            Ok(ApiOp::GroupMembers {
                group: *group,
                users: ids(),
                add: dialog.kind == AdminKind::AddToGroup,
            })
        }
        AdminKind::PasswordLink => email_of
            .map(ApiOp::PasswordLink)
            .ok_or_else(|| words::NO_EMAIL.to_string()),
    }
}

fn submit(model: &mut Model) -> Vec<Effect> {
    let Overlay::Admin(dialog) = &model.overlay else {
        return unchanged(model);
    };
    // The address a password link goes to: the user's as last read.
    let email_of = dialog
        .targets
        .first()
        .and_then(|t| {
            model
                .users
                .by_id(t.id)
                .or(model.detail.lookup.as_ref().filter(|u| u.id == t.id))
        })
        .and_then(|u| u.email.clone());
    let Overlay::Admin(dialog) = &mut model.overlay else {
        return unchanged(model);
    };
    match request(dialog, model.me.as_ref(), email_of) {
        Err(why) => {
            dialog.error = Some(why);
            Vec::new()
        }
        Ok(op) => {
            let kind = dialog.kind;
            model.overlay = Overlay::None;
            model.status.progress(words::SENDING.to_string());
            let (_, fx) = model.requests.start(Pending::Admin(kind), op);
            vec![fx]
        }
    }
}
