//! The bulk engine asks for trimmed answers (`fields=`): only what it checks and the names
//! its report still lacks; a portal that ignores `fields` works just as well.

use std::collections::HashMap;

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::bulk::{self, BulkAction, Outcome};
use docspace_people::demo::LoggedRequest;
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
