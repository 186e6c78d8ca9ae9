//! The worker's administration writes for the TUI: invitations, resends, type changes
//! (a downgrade through the portal's job, followed to its end), quotas, profile edits and
//! password-change links. Every write is on the journal's record first (intent, then
//! outcome), as the commands' writes are.

use std::sync::atomic::{AtomicBool, Ordering};

use uuid::Uuid;

use crate::api::admin::{JobKind, UpdateMemberRequestDto, UserInvitation};
use crate::api::{ApiError, EmployeeType, PortalClient, QuotaLimit};
use crate::app::{AdminDone, AdminProgress, ApiOutcome, TypeChangeRequest};
use crate::bulk::job_follow::{Ended, Follow, POLL_EVERY, follow_on_record, left_words};
use crate::journal::{self, Journal, Operation, TURN_OFF_HINT, UserRef};
use crate::people::grant::{TypeChange, hands_rooms_over, type_change};
use crate::people::lookup::LookupTarget;

/// Why a user's job ended early.
const STOPPED: &str = "stopped: the portal's job was told to stop; what it did stays done";

pub(crate) async fn invite(
    client: &PortalClient,
    invitations: &[UserInvitation],
    culture: Option<&str>,
) -> Result<ApiOutcome, ApiError> {
    let listed = client.invite(invitations, culture).await?;
    Ok(ApiOutcome::Admin(AdminDone::Invited {
        asked: invitations.iter().filter_map(|i| i.email.clone()).collect(),
        pending: listed.into_iter().filter_map(|u| u.display_name).collect(),
    }))
}

pub(crate) async fn resend(client: &PortalClient, ids: &[Uuid]) -> Result<ApiOutcome, ApiError> {
    let listed = client.resend_invites(ids).await?;
    Ok(ApiOutcome::Admin(AdminDone::Resent(listed.len())))
}

pub(crate) async fn quota(
    client: &PortalClient,
    ids: &[Uuid],
    limit: Option<QuotaLimit>,
) -> Result<ApiOutcome, ApiError> {
    let changed = match limit {
        Some(limit) => client.set_quota(ids, limit).await?,
        None => client.reset_quota(ids).await?,
    };
    let done = changed.len();
    Ok(self::changed(
        done,
        Vec::new(),
        ids.len().saturating_sub(done),
        false,
    ))
}

/// Edits a profile: the names first, then the address (its own call).
pub(crate) async fn edit_profile(
    client: &PortalClient,
    id: Uuid,
    names: Option<(String, String)>,
    email: Option<&str>,
) -> Result<ApiOutcome, ApiError> {
    let mut names_kept = false;
    if let Some((first, last)) = names {
        let changes = UpdateMemberRequestDto {
            first_name: Some(first.clone()),
            last_name: Some(last.clone()),
            ..UpdateMemberRequestDto::default()
        };
        let user = client.update_user(id, &changes).await?;
        names_kept = user.first_name.as_deref().map(str::trim) != Some(first.trim())
            || user.last_name.as_deref().map(str::trim) != Some(last.trim());
    }
    let email = match email {
        Some(e) => Some(client.change_email(id, e).await?),
        None => None,
    };
    Ok(ApiOutcome::Admin(AdminDone::Edited { names_kept, email }))
}

pub(crate) async fn password_link(
    client: &PortalClient,
    email: &str,
) -> Result<ApiOutcome, ApiError> {
    let said = client.send_password_link(email).await?;
    Ok(ApiOutcome::Admin(AdminDone::Mailed(said)))
}

/// Adds the users to `group` (`add`) or removes them from it.
pub(crate) async fn group_members(
    client: &PortalClient,
    group: Uuid,
    users: &[Uuid],
    add: bool,
) -> Result<ApiOutcome, ApiError> {
    if add {
        client.add_group_members(group, users).await?;
    } else {
        client.remove_group_members(group, users).await?;
    }
    Ok(changed(users.len(), Vec::new(), 0, false))
}

/// Changes each user's type in turn, saying how far it has come; a refusal for want of
/// paid seats (402) stops the run, as every later upgrade would be refused too, and so
/// does `stop` (a running job is told to stop; what it did stays done).
pub(crate) async fn change_types(
    client: &PortalClient,
    request: &TypeChangeRequest,
    journal: &Journal,
    stop: &AtomicBool,
    progress: impl Fn(AdminProgress),
) -> Result<ApiOutcome, ApiError> {
    let total = request.users.len();
    let mut done = 0;
    let mut refused = Vec::new();
    let rooms_to = match &request.rooms_to {
        None => None,
        Some(LookupTarget::Id(id)) => Some(*id),
        Some(LookupTarget::Email(email)) => Some(client.get_user_by_email(email).await?.id),
    };
    for (n, (id, from)) in request.users.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            return Ok(changed(done, refused, total - n, true));
        }
        let step = |job_percent| {
            progress(AdminProgress {
                done: n,
                total,
                job_percent,
            });
        };
        step(None);
        let op = Operation::SetType {
            kind: request.to.name().to_string(),
        };
        let sent = journal::write(
            journal,
            op,
            &[UserRef::new(*id, "")],
            change_one(
                client,
                journal,
                (*id, *from),
                request.to,
                rooms_to,
                stop,
                &step,
            ),
        )
        .await;
        let result = match sent {
            Ok(sent) => sent.result,
            Err(e) => {
                refused.push((*id, not_recorded(&e)));
                return Ok(changed(done, refused, total - n - 1, false));
            }
        };
        match result {
            Ok(()) => done += 1,
            Err(e @ ApiError::PaymentRequired { .. }) => {
                refused.push((*id, e.to_string()));
                return Ok(changed(done, refused, total - n - 1, false));
            }
            Err(e) => refused.push((*id, e.to_string())),
        }
    }
    let stopped = stop.load(Ordering::Relaxed) && !refused.is_empty();
    Ok(changed(done, refused, 0, stopped))
}

/// Why a write was not sent: its intent could not be recorded.
pub(crate) fn not_recorded(e: &journal::JournalError) -> String {
    format!("{e}: nothing was sent ({TURN_OFF_HINT})")
}

fn changed(
    done: usize,
    refused: Vec<(Uuid, String)>,
    not_sent: usize,
    stopped: bool,
) -> ApiOutcome {
    ApiOutcome::Admin(AdminDone::Changed {
        done,
        refused,
        not_sent,
        stopped,
    })
}

async fn change_one(
    client: &PortalClient,
    journal: &Journal,
    (id, from): (Uuid, Option<EmployeeType>),
    to: EmployeeType,
    rooms_to: Option<Uuid>,
    stop: &AtomicBool,
    step: &impl Fn(Option<u8>),
) -> Result<(), ApiError> {
    let Some(from) = from.filter(|f| type_change(*f, to) == TypeChange::Job) else {
        client.set_type(&[id], to).await?;
        return Ok(());
    };
    let rooms_to = rooms_to.filter(|_| hands_rooms_over(from, to));
    let started = client.start_type_change(id, to, rooms_to).await?;
    if started.is_finished() {
        return finished(started.succeeded(), started.error);
    }
    let follow = Follow {
        client,
        stop,
        poll_every: POLL_EVERY,
    };
    let who = [UserRef::new(id, "")];
    let end = follow_on_record(&follow, journal, JobKind::TypeChange, id, &who, |p| {
        step(Some(p))
    })
    .await;
    match end {
        Ended::Done => Ok(()),
        Ended::Failed(why) => finished(false, Some(why)),
        Ended::Cancelled(_) => Err(ApiError::Internal(STOPPED.into())),
        Ended::Left(percent) => Err(ApiError::Internal(left_words(JobKind::TypeChange, percent))),
        Ended::Unknown(why) => Err(ApiError::Internal(format!(
            "whether the type change finished is unknown: {why}"
        ))),
    }
}

fn finished(succeeded: bool, error: Option<String>) -> Result<(), ApiError> {
    if succeeded {
        return Ok(());
    }
    Err(ApiError::Server {
        status: 200,
        message: error.unwrap_or_else(|| "the type change job failed".into()),
    })
}
