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

use std::collections::{HashMap, HashSet};

use futures::stream::{self, StreamExt};
use uuid::Uuid;

use super::ids::UserRef;
use crate::api::client::PAGES_IN_FLIGHT;
use crate::api::query::MAX_PAGE;
use crate::api::{
    ApiError, EmployeeFullDto, EmployeeStatus, EmployeeType, Pager, PortalClient, UserQuery,
};
use crate::bulk::{BulkAction, CONCURRENCY, Caller, PLAN_FIELDS};

/// Up to this many users are read one request each.
pub const PER_ID_MAX: usize = 20;

/// Many ids are checked against the whole directory when it costs at most one list
/// request for this many ids (the sending it saves costs one request for 100 ids).
const IDS_PER_DIRECTORY_PAGE: usize = 100;

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

/// The targets of a large terminate by ids, when the whole directory is cheap to read
/// (at most one page of [`MAX_PAGE`] users for [`IDS_PER_DIRECTORY_PAGE`] ids): every
/// user with the fields a plan needs, several pages at once, so ids the portal does not
/// know are reported missing before any write. Unknown ids sent unread would make the
/// portal refuse their whole chunk, and finding them then costs a read each. `None`
/// when the directory is too large for it (one request for one id tells).
async fn by_whole_directory(
    client: &PortalClient,
    refs: &[UserRef],
) -> Result<Option<Targets>, ApiError> {
    let probe = UserQuery {
        count: 1,
        fields: vec!["id"],
        ..UserQuery::default()
    };
    let total = client.list_users(&probe).await?.total.unwrap_or(u64::MAX);
    let pages = total.div_ceil(u64::from(MAX_PAGE));
    let affordable = (refs.len() / IDS_PER_DIRECTORY_PAGE).max(1) as u64;
    if pages > affordable {
        return Ok(None);
    }
    let everyone = UserQuery {
        fields: PLAN_FIELDS.to_vec(),
        ..UserQuery::default()
    };
    let mut known: HashMap<Uuid, EmployeeFullDto> = HashMap::new();
    let listing = client
        .list_each(&everyone, None, PAGES_IN_FLIGHT, |users, _| {
            known.extend(users.into_iter().map(|u| (u.id, u)));
        })
        .await?;
    if let Some(why) = listing.incomplete {
        return Err(ApiError::IncompleteList(why));
    }
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
    Ok(Some(targets))
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
    if let Some(targets) = by_whole_directory(client, refs).await? {
        return Ok(targets);
    }
    // Terminate / terminate-then-delete of many users: read only the admins (whom the
    // portal refuses as a group) and the terminated users (already in the wanted state,
    // so the report says "already terminated" whatever the batch size).
    let mut known: HashMap<Uuid, EmployeeFullDto> = HashMap::new();
    for query in [
        UserQuery {
            employee_type: Some(EmployeeType::DocSpaceAdmin),
            fields: PLAN_FIELDS.to_vec(),
            ..UserQuery::default()
        },
        UserQuery {
            status: Some(EmployeeStatus::Terminated),
            fields: PLAN_FIELDS.to_vec(),
            ..UserQuery::default()
        },
    ] {
        let users = client.list_all(&query, None, |_, _| {}).await?;
        known.extend(users.into_iter().map(|u| (u.id, u)));
    }
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
