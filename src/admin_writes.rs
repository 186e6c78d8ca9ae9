//! The worker's administration writes for the TUI: invitations, resends, type changes
//! (a downgrade through the portal's job, followed to its end), quotas, profile edits and
//! password-change links. Every write is on the journal's record first (intent, then
//! outcome), as the commands' writes are.

use std::sync::atomic::{AtomicBool, Ordering};

use uuid::Uuid;

use crate::api::admin::{JobKind, UpdateMemberRequestDto, UserInvitation};
use crate::api::{ApiError, PortalClient, QuotaLimit};
use crate::app::{AdminDone, AdminProgress, ApiOutcome, TypeChangeRequest};
use crate::bulk::job_follow::{Ended, left_words};
use crate::bulk::type_change::{OneTypeChange, TypeChangeEnd, change_type};
use crate::journal::{self, Journal, TURN_OFF_HINT, UserRef};
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
        let how = from.map_or(TypeChange::Direct, |f| match type_change(f, request.to) {
            TypeChange::Job => TypeChange::Job,
            _ => TypeChange::Direct,
        });
        let change = OneTypeChange {
            user: UserRef::new(*id, ""),
            id: *id,
            how,
            to: request.to,
            rooms_to: rooms_to.filter(|_| from.is_some_and(|f| hands_rooms_over(f, request.to))),
        };
        match change_type(client, journal, &change, stop, |p| step(Some(p))).await {
            TypeChangeEnd::Changed => done += 1,
            TypeChangeEnd::NotRecorded(e) => {
                refused.push((*id, not_recorded(&e)));
                return Ok(changed(done, refused, total - n - 1, false));
            }
            TypeChangeEnd::Refused(e @ ApiError::PaymentRequired { .. }) => {
                refused.push((*id, e.to_string()));
                return Ok(changed(done, refused, total - n - 1, false));
            }
            other => refused.push((*id, refusal(other))),
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

/// Why a user's type was not changed, in the words the TUI shows.
fn refusal(end: TypeChangeEnd) -> String {
    match end {
        TypeChangeEnd::Changed | TypeChangeEnd::Job(Ended::Done) => String::new(),
        TypeChangeEnd::NotChanged => "the portal did not change the type".into(),
        TypeChangeEnd::Job(Ended::Failed(why)) => ApiError::Server {
            status: 200,
            message: why,
        }
        .to_string(),
        TypeChangeEnd::Job(Ended::Cancelled(_)) => STOPPED.into(),
        TypeChangeEnd::Job(Ended::Left(percent)) => left_words(JobKind::TypeChange, percent),
        TypeChangeEnd::Job(Ended::Unknown(why)) => {
            format!("whether the type change finished is unknown: {why}")
        }
        TypeChangeEnd::Refused(e) => e.to_string(),
        TypeChangeEnd::NotRecorded(e) => not_recorded(&e),
    }
}
