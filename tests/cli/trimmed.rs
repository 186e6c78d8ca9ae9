//! The bulk engine asks for trimmed answers (`fields=`): only what it checks and the names
//! its report still lacks; a portal that ignores `fields` works just as well.

use std::collections::HashMap;

use docspace_people::api::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_people::bulk::{self, BulkAction, Caller, Exclusion, Outcome};
use docspace_people::commands::ids::UserRef;
use docspace_people::commands::resolve;
use docspace_people::demo::{LoggedRequest, NewUser};
use uuid::Uuid;

use crate::support::{Demo, demo};

/// The `fields` asked for by each write, in order.
fn fields_of(log: &[LoggedRequest]) -> Vec<(String, Option<String>)> {
    log.iter()
        .filter(|r| r.method != "GET")
        .map(|r| {
            let fields = url::form_urlencoded::parse(r.query.as_deref().unwrap_or("").as_bytes())
                .find(|(k, _)| k == "fields")
                .map(|(_, v)| v.into_owned());
            (r.path.clone(), fields)
        })
        .collect()
}

/// Offboards 130 users the plan knows by id only (as a large offboarding does), and
/// checks the portal and the report.
async fn offboard_unread(d: &Demo) -> (Vec<EmployeeFullDto>, bulk::Report) {
    let me = d.portal.user(d.portal.owner_id()).expect("owner");
    let targets: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(130)
        .collect();
    assert_eq!(targets.len(), 130);
    let bare: Vec<_> = targets
        .iter()
        .map(|u| EmployeeFullDto::bare(u.id))
        .collect();
    let plan = bulk::plan(
        BulkAction::Delete {
            terminate_first: true,
        },
        &bare,
        &me,
    );
    d.portal.clear_request_log();
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    assert_eq!(report.done(), targets.len(), "{report:?}");
    let names: HashMap<Uuid, &str> = report
        .results
        .iter()
        .map(|r| (r.id, r.name.as_str()))
        .collect();
    for u in &targets {
        assert!(d.portal.user(u.id).is_none(), "{} deleted", u.id);
        assert_eq!(
            names.get(&u.id).copied(),
            Some(u.name_for_people().as_str())
        );
    }
    (targets, report)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offboarding_asks_only_for_the_status_and_the_missing_names() {
    let d = demo(200).await;
    let (_, report) = offboard_unread(&d).await;
    assert_eq!(report.requests, 4);
    let terminate = Some("id,status,firstName,lastName,displayName,email".to_string());
    let delete = Some("id".to_string());
    let mut asked = fields_of(&d.portal.request_log());
    asked.sort();
    assert_eq!(
        asked,
        vec![
            ("/api/2.0/people/delete".to_string(), delete.clone()),
            ("/api/2.0/people/delete".to_string(), delete),
            (
                "/api/2.0/people/status/Terminated".to_string(),
                terminate.clone()
            ),
            ("/api/2.0/people/status/Terminated".to_string(), terminate),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_known_by_name_are_not_asked_for_names() {
    let d = demo(60).await;
    let me = d.portal.user(d.portal.owner_id()).expect("owner");
    let targets: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(3)
        .collect();
    let plan = bulk::plan(BulkAction::Terminate, &targets, &me);
    d.portal.clear_request_log();
    let report = bulk::execute(&d.client(), &plan, |_| {}).await;
    assert_eq!(report.done(), 3);
    assert_eq!(
        fields_of(&d.portal.request_log()),
        vec![(
            "/api/2.0/people/status/Terminated".to_string(),
            Some("id,status".to_string())
        )]
    );
    for (r, u) in report.results.iter().zip(&targets) {
        assert_eq!(r.name, u.name_for_people());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_portal_that_ignores_fields_is_offboarded_just_the_same() {
    let d = demo(200).await;
    d.portal.set_honour_fields(false);
    let (targets, report) = offboard_unread(&d).await;
    assert_eq!(report.requests, 4);
    assert!(report.results.iter().all(|r| r.outcome == Outcome::Done));
    assert_eq!(d.portal.user_count(), 200 - targets.len());
}

/// The `fields` a GET of the user list asked for, decoded.
fn listing_fields(log: &[LoggedRequest]) -> Vec<String> {
    log.iter()
        .filter(|r| r.method == "GET" && r.path == "/api/2.0/people/filter")
        .filter_map(|r| {
            url::form_urlencoded::parse(r.query.as_deref().unwrap_or("").as_bytes())
                .find(|(k, _)| k == "fields")
                .map(|(_, v)| v.into_owned())
        })
        .collect()
}

fn plan_fields() -> String {
    let mut all = vec!["id"];
    all.extend(bulk::PLAN_FIELDS);
    all.join(",")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admins_and_terminated_users_read_for_a_large_terminate_carry_only_what_the_plan_reads()
{
    let d = demo(300).await;
    let users = d.portal.users();
    let admins: Vec<_> = users
        .iter()
        .filter(|u| u.is_admin() && !u.is_owner())
        .collect();
    let (me, other_admin) = (admins[0].clone(), admins[1].clone());
    let client = d.client_with(&d.portal.token_for(me.id));
    let plain: Vec<_> = d
        .plain_users(EmployeeStatus::Active)
        .into_iter()
        .take(25)
        .collect();
    let mut refs: Vec<UserRef> = plain.iter().map(|u| UserRef::Id(u.id)).collect();
    refs.push(UserRef::Id(other_admin.id));
    refs.push(UserRef::Id(d.portal.owner_id()));
    d.portal.clear_request_log();
    let found = resolve::targets(
        &client,
        &refs,
        BulkAction::Terminate,
        &Caller::of(&me),
        false,
    )
    .await
    .expect("targets");
    // The directory's first page (which tells its size, too large to read for 27 ids);
    // then the admins and the terminated users (two pages of them at once).
    assert_eq!(
        listing_fields(&d.portal.request_log()),
        vec![plan_fields(); 4]
    );
    let plan = bulk::plan(BulkAction::Terminate, &found.users, &me);
    assert_eq!(plan.eligible.len(), 25);
    let excluded: HashMap<Uuid, (String, Exclusion)> = plan
        .excluded
        .iter()
        .map(|(t, why)| (t.id, (t.name.clone(), *why)))
        .collect();
    assert_eq!(
        excluded.get(&other_admin.id),
        Some(&(other_admin.name_for_people(), Exclusion::AdminNeedsOwner))
    );
    let owner = d.portal.user(d.portal.owner_id()).expect("owner");
    assert_eq!(
        excluded.get(&owner.id),
        Some(&(owner.name_for_people(), Exclusion::Owner))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_ids_to_delete_are_matched_against_trimmed_pages_of_terminated_users() {
    let d = demo(60).await;
    let me = d.portal.user(d.portal.owner_id()).expect("owner");
    let gone: Vec<Uuid> = (0..25)
        .map(|i| {
            d.portal.insert_user(
                NewUser::new(
                    "Gone",
                    &format!("User{i}"),
                    &format!("gone{i}@example.com"),
                    EmployeeType::User,
                )
                .terminated(),
            )
        })
        .collect();
    let active = d.plain_users(EmployeeStatus::Active).remove(0);
    let mut refs: Vec<UserRef> = gone.iter().map(|id| UserRef::Id(*id)).collect();
    refs.push(UserRef::Id(active.id));
    let action = BulkAction::Delete {
        terminate_first: false,
    };
    d.portal.clear_request_log();
    let found = resolve::targets(&d.client(), &refs, action, &Caller::of(&me), false)
        .await
        .expect("targets");
    let asked = listing_fields(&d.portal.request_log());
    assert!(
        !asked.is_empty() && asked.iter().all(|f| *f == plan_fields()),
        "{asked:?}"
    );
    let plan = bulk::plan(action, &found.users, &me);
    assert_eq!(plan.eligible_ids(), gone);
    assert!(
        plan.eligible
            .iter()
            .all(|t| t.name.starts_with("Gone User"))
    );
    assert_eq!(plan.excluded.len(), 1);
    assert_eq!(plan.excluded[0].0.id, active.id);
    assert_eq!(plan.excluded[0].1, Exclusion::NotTerminatedForDelete);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn matching_stops_at_the_page_where_the_last_target_is_found() {
    let d = demo(30).await;
    let me = d.portal.user(d.portal.owner_id()).expect("owner");
    let insert = |first: &str, i: usize| {
        d.portal.insert_user(
            NewUser::new(
                first,
                &format!("N{i:03}"),
                &format!("{first}.{i}@example.com"),
                EmployeeType::User,
            )
            .terminated(),
        )
    };
    // Sorted by first name, the targets fill the first page of terminated users.
    let wanted: Vec<Uuid> = (0..25).map(|i| insert("Aaron", i)).collect();
    for i in 0..250 {
        insert("Zed", i);
    }
    let refs: Vec<UserRef> = wanted.iter().map(|id| UserRef::Id(*id)).collect();
    let action = BulkAction::Delete {
        terminate_first: false,
    };
    d.portal.clear_request_log();
    let found = resolve::targets(&d.client(), &refs, action, &Caller::of(&me), false)
        .await
        .expect("targets");
    assert_eq!(found.users.len(), 25);
    assert!(found.missing.is_empty() && found.not_terminated.is_empty());
    assert_eq!(
        listing_fields(&d.portal.request_log()).len(),
        1,
        "one page read"
    );
}
