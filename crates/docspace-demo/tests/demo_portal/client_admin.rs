//! The project's client against the demo portal: the administration operations, each
//! through its typed method, with the errors typed as the portal's answers say.

use docspace_api::admin::{JobKind, TaskStatus};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_api::{ApiError, ClientOptions, PortalClient, RoomArea};
use secrecy::SecretString;
use uuid::Uuid;

use crate::common::Demo;

pub(crate) fn client(d: &Demo) -> PortalClient {
    PortalClient::new(&ClientOptions::new(
        d.url.clone(),
        SecretString::from(d.token.clone()),
    ))
    .expect("client")
}

fn leaver(d: &Demo) -> Uuid {
    d.find(|u| {
        u.user_type() == Some(EmployeeType::RoomAdmin)
            && u.status == Some(EmployeeStatus::Terminated)
    })
    .into_iter()
    .map(|u| u.id)
    .find(|id| !d.portal().rooms_of(*id).is_empty())
    .expect("a terminated room admin with rooms")
}

async fn follow(c: &PortalClient, kind: JobKind, user: Uuid) -> Vec<u8> {
    let mut seen = Vec::new();
    for _ in 0..20 {
        let p = c
            .job_progress(kind, user)
            .await
            .expect("progress")
            .expect("queued");
        seen.push(p.percent());
        if p.is_finished() {
            assert!(p.succeeded(), "{p:?}");
            return seen;
        }
    }
    panic!("not finished: {seen:?}");
}

#[tokio::test]
async fn the_client_previews_hands_over_and_then_deletes() {
    let d = Demo::start().await;
    let c = client(&d);
    let from = leaver(&d);
    let to = d
        .one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active)
        .id;
    assert!(
        c.reassign_necessary(from, EmployeeType::User)
            .await
            .expect("necessary")
    );
    let rooms = c.owned_rooms(from, RoomArea::Any).await.expect("rooms");
    assert_eq!(rooms.len(), d.portal().rooms_of(from).len());
    let files: i64 = rooms.iter().filter_map(|r| r.files_count).sum();
    let expected: u32 = d.portal().rooms_of(from).iter().map(|r| r.files).sum();
    assert_eq!(files, i64::from(expected), "the preview counts the files");
    let start = c.start_reassign(from, to, false).await.expect("started");
    assert_eq!(start.status, TaskStatus::Created);
    // The delete is refused while the data moves: a 500, which the client does not send
    // again (the delete might have been carried out).
    d.portal().clear_request_log();
    let err = c
        .delete_user(from)
        .await
        .expect_err("refused while reassigning");
    assert!(
        matches!(&err, ApiError::Server { status: 500, message } if message.contains("is not complete")),
        "{err:?}"
    );
    assert!(err.outcome_unknown());
    assert_eq!(d.portal().request_log().len(), 1, "sent once");
    let seen = follow(&c, JobKind::Reassign, from).await;
    assert_eq!(seen.last(), Some(&100));
    assert!(
        c.owned_rooms(from, RoomArea::Any)
            .await
            .expect("rooms")
            .is_empty()
    );
    assert!(
        !c.reassign_necessary(from, EmployeeType::User)
            .await
            .expect("necessary")
    );
    c.delete_user(from).await.expect("deleted");
    let seen = follow(&c, JobKind::Remove, from).await;
    assert_eq!(seen, [5, 10, 30, 45, 50, 60, 70, 95, 100]);
}

#[tokio::test]
async fn the_client_stops_jobs_and_reads_nothing_queued_as_none() {
    let d = Demo::start().await;
    let c = client(&d);
    let from = leaver(&d);
    assert_eq!(c.job_progress(JobKind::Reassign, from).await, Ok(None));
    assert_eq!(c.terminate_job(JobKind::Reassign, from).await, Ok(None));
    let to = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    c.start_reassign(from, to, true).await.expect("started");
    c.job_progress(JobKind::Reassign, from).await.expect("read");
    let stopped = c
        .terminate_job(JobKind::Reassign, from)
        .await
        .expect("stopped")
        .expect("it was queued");
    assert_eq!(
        (stopped.status, stopped.percent()),
        (TaskStatus::Canceled, 5)
    );
    assert!(stopped.is_finished() && !stopped.succeeded());
    c.start_remove(from).await.expect("removal started");
    assert_eq!(
        c.terminate_job(JobKind::Remove, from).await,
        Ok(None),
        "the remove route answers with nothing"
    );
    assert_eq!(c.job_progress(JobKind::Remove, from).await, Ok(None));
}

#[tokio::test]
async fn the_client_downgrades_a_room_admin_through_the_job() {
    let d = Demo::start().await;
    let c = client(&d);
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    let rooms = d.portal().rooms_of(ra).len();
    let owner = d.portal().owner_id();
    let before = d.portal().rooms_of(owner).len();
    let err = c
        .start_type_change(ra, EmployeeType::RoomAdmin, None)
        .await
        .expect_err("only User or Guest");
    assert_eq!(
        err,
        ApiError::BadRequest {
            message: "Can not update to RoomAdmin".into()
        }
    );
    c.start_type_change(ra, EmployeeType::User, None)
        .await
        .expect("started");
    follow(&c, JobKind::TypeChange, ra).await;
    let u = c.get_user(ra).await.expect("user");
    assert_eq!(u.user_type(), Some(EmployeeType::User));
    assert_eq!(
        d.portal().rooms_of(owner).len(),
        before + rooms,
        "the rooms came to the caller"
    );
}

#[tokio::test]
async fn refusals_are_typed() {
    let d = Demo::start().await;
    let c = client(&d);
    let from = leaver(&d);
    let user = d.one_of(EmployeeType::User, EmployeeStatus::Active).id;
    let err = c
        .start_reassign(from, user, false)
        .await
        .expect_err("a user cannot receive");
    assert!(
        matches!(err, ApiError::BadRequest { ref message } if message.contains("Can not reassign data to user"))
    );
    let guest = d.one_of(EmployeeType::Guest, EmployeeStatus::Active).id;
    let as_guest = PortalClient::new(&ClientOptions::new(
        d.url.clone(),
        SecretString::from(d.portal().token_for(guest)),
    ))
    .expect("client");
    assert_eq!(
        as_guest.reassign_necessary(from, EmployeeType::User).await,
        Err(ApiError::Forbidden {
            message: "Access denied".into()
        })
    );
}

#[tokio::test]
async fn a_terminate_is_sent_again_after_a_503_but_a_start_is_not() {
    use docspace_demo::{Fault, FaultRule};
    let d = Demo::start().await;
    let c = client(&d);
    let from = leaver(&d);
    let to = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    d.portal().inject(
        FaultRule::new(Fault::Status(503))
            .method("POST")
            .path("/api/2.0/people/reassign/start")
            .times(1),
    );
    let err = c
        .start_reassign(from, to, false)
        .await
        .expect_err("503 stands");
    assert_eq!(err.status(), Some(503));
    assert_eq!(
        c.job_progress(JobKind::Reassign, from).await,
        Ok(None),
        "never started"
    );
    c.start_reassign(from, to, false).await.expect("started");
    d.portal().inject(
        FaultRule::new(Fault::Status(503))
            .method("PUT")
            .path("/api/2.0/people/reassign/terminate")
            .times(1),
    );
    d.portal().clear_request_log();
    let stopped = c
        .terminate_job(JobKind::Reassign, from)
        .await
        .expect("retried");
    assert_eq!(stopped.map(|p| p.status), Some(TaskStatus::Canceled));
    assert_eq!(d.portal().request_log().len(), 2, "one 503, one answer");
}

#[tokio::test]
async fn the_client_follows_the_pages_of_a_long_room_list() {
    let d = Demo::start().await;
    let c = client(&d);
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    let before = d.portal().rooms_of(ra).len();
    for _ in 0..150 {
        d.portal().add_room(ra, "Bulk room", 2, 2_000);
    }
    d.portal().clear_request_log();
    let rooms = c.owned_rooms(ra, RoomArea::Any).await.expect("rooms");
    assert_eq!(rooms.len(), before + 150);
    let pages = d
        .portal()
        .request_log()
        .iter()
        .filter(|r| r.path == "/api/2.0/files/rooms")
        .count();
    assert_eq!(pages, 2, "100 a page");
}
