//! Finding the users a command names, with as few requests as the job allows.
//!
//! - A few users (at most [`PER_ID_MAX`]) are read one by one, [`CONCURRENCY`] at a time.
//! - More are matched against paged lists (100 users a request), stopping as soon as all
//!   are found; when only terminated users can qualify (re-activate, delete), only the
//!   terminated users are listed.
//! - A large terminate or terminate-then-delete by a DocSpace admin reads only the users
//!   the portal would refuse as a group (the admins, and the caller) and those already
//!   terminated (so they are reported as such, as a small batch would): the others are
//!   sent unread, and the bulk engine bisects any chunk the portal refuses, reads the
//!   few users in it and reports them. This keeps offboarding 1,000 users at a few
//!   dozen requests instead of one read per user. When the whole directory costs at most
//!   one list request for 100 ids, it is read instead (several pages at once), so ids the
//!   portal does not know are found before any write: an unknown id sent unread makes
//!   the portal refuse its chunk, and the bisection then reads each such id.
//! - The reads before a run overlap: [`caller_and_targets`] reads the caller and the
//!   directory's first page (which tells its size) at once, then either the rest of the
//!   directory or the admins and the terminated users at once.

use std::collections::{HashMap, HashSet};

use futures::stream::{self, StreamExt};
use uuid::Uuid;

use super::ids::UserRef;
use crate::api::client::PAGES_IN_FLIGHT;
use crate::api::query::MAX_PAGE;
use crate::api::{
    ApiError, EmployeeFullDto, EmployeeStatus, EmployeeType, Pager, PortalClient, UserPage,
    UserQuery,
};
use crate::bulk::{BulkAction, CONCURRENCY, Caller, PLAN_FIELDS};

/// Up to this many users are read one request each.
pub const PER_ID_MAX: usize = 20;

/// Many ids are checked against the whole directory when it costs at most one list
/// request for this many ids (the sending it saves costs one request for 100 ids).
const IDS_PER_DIRECTORY_PAGE: usize = 100;

/// The pages of terminated users asked for at once at least, when the directory is too
/// large to read: a page more than one wastes a request when they are fewer than 100,
/// and saves a round trip when they are more (portals that have offboarded for a while).
const TERMINATED_PAGES_MIN: u64 = 2;

/// The users found, in the order asked, and the references that matched nobody.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub users: Vec<EmployeeFullDto>,
    pub missing: Vec<UserRef>,
}

/// How the targets of a bulk action were found.
#[derive(Debug, Clone)]
pub struct Targets {
    pub users: Vec<EmployeeFullDto>,
    /// References that are certainly not on the portal.
    pub missing: Vec<UserRef>,
    /// Ids that are not among the terminated users (only when matched against that list).
    pub not_terminated: Vec<UserRef>,
}

/// Reads every referenced user (one by one when few, else by listing `status` users).
pub async fn read_all(
    client: &PortalClient,
    refs: &[UserRef],
    status: Option<EmployeeStatus>,
) -> Result<Found, ApiError> {
    if refs.len() <= PER_ID_MAX {
        one_by_one(client, refs).await
    } else {
        by_listing(client, refs, status, &[]).await
    }
}

async fn one_by_one(client: &PortalClient, refs: &[UserRef]) -> Result<Found, ApiError> {
    let answers: Vec<(UserRef, Result<EmployeeFullDto, ApiError>)> = stream::iter(refs.iter())
        .map(|r| async move {
            let got = match r {
                UserRef::Id(id) => client.get_user(*id).await,
                UserRef::Email(e) => client.get_user_by_email(e).await,
            };
            (r.clone(), got)
        })
        .buffered(CONCURRENCY)
        .collect()
        .await;
    let mut found = Found::default();
    let mut seen = HashSet::new();
    for (r, got) in answers {
        match got {
            Ok(u) => {
                if seen.insert(u.id) {
                    found.users.push(u);
                }
            }
            Err(ApiError::NotFound { .. }) => found.missing.push(r),
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}

/// Matches `refs` against the pages of `status` users, each carrying `fields` (all when
/// empty).
async fn by_listing(
    client: &PortalClient,
    refs: &[UserRef],
    status: Option<EmployeeStatus>,
    fields: &[&'static str],
) -> Result<Found, ApiError> {
    let mut wanted_ids: HashSet<Uuid> = HashSet::new();
    let mut wanted_emails: HashSet<String> = HashSet::new();
    for r in refs {
        match r {
            UserRef::Id(id) => {
                wanted_ids.insert(*id);
            }
            UserRef::Email(e) => {
                wanted_emails.insert(e.to_lowercase());
            }
        }
    }
    let mut by_id: HashMap<Uuid, EmployeeFullDto> = HashMap::new();
    let mut email_to_id: HashMap<String, Uuid> = HashMap::new();
    let query = UserQuery {
        status,
        fields: fields.to_vec(),
        ..UserQuery::default()
    };
    // Counted as they are found, so each page costs its own length, not the targets'.
    let (mut ids_found, mut emails_found) = (0usize, 0usize);
    let mut all_found = false;
    let mut pager = Pager::new(query.start_index, query.count, None);
    while let Some(start) = pager.next_start() {
        let page = client.list_users(&query.at(start)).await?;
        for u in pager.take(page) {
            let email = u.email.as_deref().map(str::to_lowercase);
            let id_hit = wanted_ids.contains(&u.id);
            let email_hit = email.as_ref().is_some_and(|e| wanted_emails.contains(e));
            if email_hit
                && let Some(e) = email
                && email_to_id.insert(e, u.id).is_none()
            {
                emails_found += 1;
            }
            if id_hit || email_hit {
                let first_time = by_id.insert(u.id, u).is_none();
                if first_time && id_hit {
                    ids_found += 1;
                }
            }
        }
        all_found = ids_found == wanted_ids.len() && emails_found == wanted_emails.len();
        if all_found {
            break;
        }
    }
    // Those not found are missing only if the whole list was read.
    if !all_found && let Some(why) = pager.incomplete() {
        return Err(ApiError::IncompleteList(why));
    }
    let mut found = Found::default();
    let mut seen = HashSet::new();
    for r in refs {
        let id = match r {
            UserRef::Id(id) => Some(*id),
            UserRef::Email(e) => email_to_id.get(&e.to_lowercase()).copied(),
        };
        match id.and_then(|id| by_id.get(&id)) {
            Some(u) => {
                if seen.insert(u.id) {
                    found.users.push(u.clone());
                }
            }
            None => found.missing.push(r.clone()),
        }
    }
    Ok(found)
}

/// The whole directory, a page at a time, with the fields a plan needs.
fn directory_query() -> UserQuery {
    UserQuery {
        fields: PLAN_FIELDS.to_vec(),
        ..UserQuery::default()
    }
}

/// Whether [`targets`] may send the targets unread, should the caller be an admin (a large
/// terminate by ids): its first read is then the directory's first page, which tells the
/// directory's size.
fn may_send_unread(refs: &[UserRef], action: BulkAction, thorough: bool) -> bool {
    let terminates = matches!(
        action,
        BulkAction::Terminate
            | BulkAction::Delete {
                terminate_first: true
            }
    );
    terminates
        && refs.len() > PER_ID_MAX
        && !thorough
        && !refs.iter().any(|r| matches!(r, UserRef::Email(_)))
}

/// The targets of a large terminate by ids, from the directory's first page (which tells
/// its size). When the whole directory is cheap to read (at most one page of [`MAX_PAGE`]
/// users for [`IDS_PER_DIRECTORY_PAGE`] ids, the first page included), every user is
/// read with the fields a plan needs, several pages at once, so ids the portal does not
/// know are reported missing before any write: unknown ids sent unread would make the
/// portal refuse their whole chunk, and finding them then costs a read each. Otherwise
/// only the admins and the terminated users are read, at the same time.
async fn many_to_terminate(
    client: &PortalClient,
    refs: &[UserRef],
    first: UserPage,
) -> Result<Targets, ApiError> {
    let total = first.total.unwrap_or(u64::MAX);
    let pages = total.div_ceil(u64::from(MAX_PAGE));
    let affordable = (refs.len() / IDS_PER_DIRECTORY_PAGE).max(1) as u64;
    if pages <= affordable {
        let known = whole_directory(client, first, total).await?;
        return Ok(matched(refs, &known));
    }
    // Read only the admins (whom the portal refuses as a group) and the terminated users
    // (already in the wanted state, so the report says "already terminated" whatever the
    // batch size); the others are sent unread.
    let admins = UserQuery {
        employee_type: Some(EmployeeType::DocSpaceAdmin),
        ..directory_query()
    };
    let terminated = UserQuery {
        status: Some(EmployeeStatus::Terminated),
        ..directory_query()
    };
    let guess = terminated_pages(&first, total);
    let (admins, terminated) = futures::try_join!(
        client.list_all(&admins, None, |_, _| {}),
        list_guessing(client, &terminated, guess),
    )?;
    let mut known = terminated;
    known.extend(admins.into_iter().map(|u| (u.id, u)));
    let users = refs
        .iter()
        .filter_map(|r| match r {
            UserRef::Id(id) => Some(
                known
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| EmployeeFullDto::bare(*id)),
            ),
            UserRef::Email(_) => None,
        })
        .collect();
    Ok(Targets {
        users,
        missing: Vec::new(),
        not_terminated: Vec::new(),
    })
}

/// How many pages of terminated users to ask for at once: twice as many as their share
/// of the directory's `first` page and its `total` suggests (a page of a hundred is a
/// rough sample: a guess too short costs a round trip more, one too long a page or so),
/// at least [`TERMINATED_PAGES_MIN`], at most [`PAGES_IN_FLIGHT`].
fn terminated_pages(first: &UserPage, total: u64) -> u64 {
    let sample = first.users.len() as u64;
    let terminated = first
        .users
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Terminated))
        .count() as u64;
    let likely = (terminated.saturating_mul(total)).div_ceil(sample.max(1));
    (likely.saturating_mul(2))
        .div_ceil(u64::from(MAX_PAGE))
        .clamp(TERMINATED_PAGES_MIN, PAGES_IN_FLIGHT as u64)
}

/// Every user `q` lists, by id: its first `pages` pages asked for at once (the list's
/// size being guessed), then the rest, if the guess was short. Should the pages not add
/// up to the portal's total (users moved between pages meanwhile), the list is read again
/// a page after the other.
async fn list_guessing(
    client: &PortalClient,
    q: &UserQuery,
    pages: u64,
) -> Result<HashMap<Uuid, EmployeeFullDto>, ApiError> {
    let step = u64::from(MAX_PAGE);
    let mut known: HashMap<Uuid, EmployeeFullDto> = HashMap::new();
    let answers = futures::future::try_join_all((0..pages.max(1)).map(|i| {
        let page = q.at(i * step);
        async move { client.list_users(&page).await }
    }))
    .await?;
    let total = answers.first().and_then(|p| p.total);
    for page in answers {
        known.extend(page.users.into_iter().map(|u| (u.id, u)));
    }
    let asked = pages.max(1) * step;
    if let Some(total) = total
        && total > asked
    {
        let listing = client
            .list_each(&q.at(asked), None, PAGES_IN_FLIGHT, |users, _| {
                known.extend(users.into_iter().map(|u| (u.id, u)));
            })
            .await?;
        if let Some(why) = listing.incomplete {
            return Err(ApiError::IncompleteList(why));
        }
    }
    if total.is_some_and(|t| known.len() as u64 >= t) {
        return Ok(known);
    }
    let all = client.list_all(q, None, |_, _| {}).await?;
    Ok(all.into_iter().map(|u| (u.id, u)).collect())
}

/// Every user of the directory of `total` users whose `first` page is read: the other
/// pages several at once. Should users have moved across the first page's end meanwhile
/// (ties in the portal's order) and fewer than `total` come, the whole list is read
/// again from its start.
async fn whole_directory(
    client: &PortalClient,
    first: UserPage,
    total: u64,
) -> Result<HashMap<Uuid, EmployeeFullDto>, ApiError> {
    let mut known: HashMap<Uuid, EmployeeFullDto> =
        first.users.into_iter().map(|u| (u.id, u)).collect();
    let everyone = directory_query();
    let rest = everyone.at(u64::from(MAX_PAGE));
    if (known.len() as u64) < total {
        let listing = client
            .list_each(&rest, None, PAGES_IN_FLIGHT, |users, _| {
                known.extend(users.into_iter().map(|u| (u.id, u)));
            })
            .await?;
        if let Some(why) = listing.incomplete {
            return Err(ApiError::IncompleteList(why));
        }
    }
    if (known.len() as u64) >= total {
        return Ok(known);
    }
    let listing = client
        .list_each(&everyone, None, PAGES_IN_FLIGHT, |users, _| {
            known.extend(users.into_iter().map(|u| (u.id, u)));
        })
        .await?;
    match listing.incomplete {
        Some(why) => Err(ApiError::IncompleteList(why)),
        None => Ok(known),
    }
}

/// The targets among the `known` users; ids not among them are missing.
fn matched(refs: &[UserRef], known: &HashMap<Uuid, EmployeeFullDto>) -> Targets {
    let mut targets = Targets {
        users: Vec::new(),
        missing: Vec::new(),
        not_terminated: Vec::new(),
    };
    let mut seen = HashSet::new();
    for r in refs {
        match r {
            UserRef::Id(id) => match known.get(id) {
                Some(u) if seen.insert(u.id) => targets.users.push(u.clone()),
                Some(_) => {}
                None => targets.missing.push(r.clone()),
            },
            UserRef::Email(_) => targets.missing.push(r.clone()),
        }
    }
    targets
}

/// Who is calling, and the targets of `action` ([`targets`]), in as few round trips as
/// the job allows: for a large terminate by ids, the caller and the directory's first
/// page are read at once, then the rest of the directory or the admins and the
/// terminated users at once (that page is wasted when the caller turns out not to be an
/// admin, who cannot terminate others anyway).
pub async fn caller_and_targets(
    client: &PortalClient,
    refs: &[UserRef],
    action: BulkAction,
    thorough: bool,
) -> Result<(EmployeeFullDto, Targets), ApiError> {
    if !may_send_unread(refs, action, thorough) {
        let me = client.me().await?;
        let found = targets(client, refs, action, &Caller::of(&me), thorough).await?;
        return Ok((me, found));
    }
    let everyone = directory_query();
    let (me, first) = futures::join!(client.me(), client.list_users(&everyone));
    let me = me?;
    let caller = Caller::of(&me);
    if !caller.is_admin {
        let found = targets(client, refs, action, &caller, thorough).await?;
        return Ok((me, found));
    }
    let found = many_to_terminate(client, refs, first?).await?;
    Ok((me, found))
}

/// Finds the targets of `action`. `thorough` reads every target (for `--dry-run`).
pub async fn targets(
    client: &PortalClient,
    refs: &[UserRef],
    action: BulkAction,
    caller: &Caller,
    thorough: bool,
) -> Result<Targets, ApiError> {
    let only_terminated = matches!(
        action,
        BulkAction::Activate
            | BulkAction::Delete {
                terminate_first: false
            }
    );
    let few = refs.len() <= PER_ID_MAX;
    if few || thorough || !caller.is_admin || refs.iter().any(|r| matches!(r, UserRef::Email(_))) {
        return read_all(client, refs, None).await.map(|f| Targets {
            users: f.users,
            missing: f.missing,
            not_terminated: Vec::new(),
        });
    }
    if only_terminated {
        let terminated = Some(EmployeeStatus::Terminated);
        let f = by_listing(client, refs, terminated, &PLAN_FIELDS).await?;
        if f.missing.len() <= PER_ID_MAX {
            // Say precisely why each of the few others is left out.
            let rest = one_by_one(client, &f.missing).await?;
            let mut users = f.users;
            users.extend(rest.users);
            return Ok(Targets {
                users,
                missing: rest.missing,
                not_terminated: Vec::new(),
            });
        }
        return Ok(Targets {
            users: f.users,
            missing: Vec::new(),
            not_terminated: f.missing,
        });
    }
    let first = client.list_users(&directory_query()).await?;
    many_to_terminate(client, refs, first).await
}
