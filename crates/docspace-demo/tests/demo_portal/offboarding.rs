//! Offboarding over HTTP: whether data must be handed over, handing it over, the delete
//! guard while that runs, the data removal every delete queues, and the rooms a user owns.
//! Rules and percentages are those of `products/ASC.People/Server/Api/ReassignController.cs`,
//! `RemoveUserDataController.cs` and `common/ASC.Data.Reassigns/*ProgressItem.cs`.

use reqwest::Method;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::{Demo, Resp};
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// A seeded terminated room admin who owns rooms.
fn leaver(d: &Demo) -> Uuid {
    d.find(|u| {
        u.user_type() == Some(EmployeeType::RoomAdmin)
            && u.status == Some(EmployeeStatus::Terminated)
    })
    .into_iter()
    .map(|u| u.id)
    .find(|id| !d.portal().rooms_of(*id).is_empty())
    .expect("the seed has a terminated room admin with rooms")
}

fn active(d: &Demo, kind: EmployeeType) -> Uuid {
    d.one_of(kind, EmployeeStatus::Active).id
}

async fn poll(d: &Demo, path: &str) -> Vec<i64> {
    let mut seen = Vec::new();
    for _ in 0..20 {
        let r = d.get(path).await;
        assert_eq!(r.status, 200, "{}", r.text);
        let p = r.response();
        seen.push(p["percentage"].as_i64().expect("percentage"));
        if p["isCompleted"] == json!(true) {
            return seen;
        }
    }
    panic!("the job did not finish in 20 reads: {seen:?}");
}

fn rooms_path(owner: Uuid) -> String {
    format!("/api/2.0/files/rooms?subjectOwnerId={owner}&searchArea=Any")
}

async fn room_ids(d: &Demo, owner: Uuid) -> Vec<i64> {
    let r = d.get(&rooms_path(owner)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.response()["folders"]
        .as_array()
        .expect("folders")
        .iter()
        .map(|f| f["id"].as_i64().expect("id"))
        .collect()
}

#[tokio::test]
async fn necessary_is_a_bare_boolean_and_room_admins_may_not_ask_about_everyone() {
    let d = Demo::start().await;
    let from = leaver(&d);
    let r = d
        .get(&format!(
            "/api/2.0/people/reassign/necessary?UserId={from}&Type=User"
        ))
        .await;
    assert_eq!((r.status, r.response()), (200, json!(true)));
    let ra = d.portal().token_for(active(&d, EmployeeType::RoomAdmin));
    // The vendor's API tests (userData necessaryReassign) see 403 for room admins, users
    // and guests calling it without a type: ReassignController.cs line 162.
    let r = d
        .get_as(
            &ra,
            &format!("/api/2.0/people/reassign/necessary?UserId={from}"),
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let r = d
        .get("/api/2.0/people/reassign/necessary?UserId=nope")
        .await;
    assert_eq!(r.status, 400, "a malformed GUID fails model binding");
    assert_eq!(r.json()["status"], json!(1));
}

#[tokio::test]
async fn a_reassignment_runs_step_by_step_and_blocks_the_delete_until_it_ends() {
    let d = Demo::start().await;
    let from = leaver(&d);
    let to = active(&d, EmployeeType::RoomAdmin);
    let rooms = room_ids(&d, from).await;
    assert!(!rooms.is_empty());
    let start = d
        .send(
            Method::POST,
            "/api/2.0/people/reassign/start",
            json!({"fromUserId": from, "toUserId": to}),
        )
        .await;
    assert_eq!(start.status, 200, "{}", start.text);
    assert_eq!(
        start.response(),
        json!({
            "id": format!("1_{from}_ReassignProgressItem"),
            "percentage": 0, "isCompleted": false, "status": 0
        }),
        "TaskProgressResponseDto.cs: error omitted when null; status a number"
    );
    let first = d
        .get(&format!("/api/2.0/people/reassign/progress/{from}"))
        .await;
    assert_eq!(first.response()["percentage"], json!(5));
    assert_eq!(first.response()["status"], json!(1), "Running");
    // UserController.cs lines 711 and 2579: a plain Exception, so 500 (the spec says 409).
    let del: Resp = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{from}"),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(del.status, 500, "{}", del.text);
    assert!(
        del.message().starts_with("Data reassign process for ")
            && del.message().ends_with(" is not complete."),
        "{}",
        del.message()
    );
    assert_eq!(del.json()["error"]["type"], json!("System.Exception"));
    let bulk = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": [from]}),
        )
        .await;
    assert_eq!(bulk.status, 500);
    let rest = poll(&d, &format!("/api/2.0/people/reassign/progress/{from}")).await;
    assert_eq!(rest, [10, 20, 30, 50, 70, 90, 95, 100]);
    assert!(room_ids(&d, from).await.is_empty());
    let now_theirs = room_ids(&d, to).await;
    assert!(rooms.iter().all(|r| now_theirs.contains(r)));
    let del = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{from}"),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(
        del.status, 200,
        "allowed once the job is over: {}",
        del.text
    );
}

#[tokio::test]
async fn start_refusals_name_the_users_as_the_server_does() {
    let d = Demo::start().await;
    let from = leaver(&d);
    let user = active(&d, EmployeeType::User);
    let start = |from: Uuid, to: Uuid| {
        d.send(
            Method::POST,
            "/api/2.0/people/reassign/start",
            json!({"fromUserId": from, "toUserId": to}),
        )
    };
    let r = start(from, user).await;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.message(),
        format!("Can not reassign data to user with id = {user}")
    );
    assert_eq!(r.json()["error"]["type"], json!("System.ArgumentException"));
    let ra = active(&d, EmployeeType::RoomAdmin);
    let r = start(user, ra).await;
    assert_eq!(
        (r.status, r.message()),
        (
            400,
            format!("Can not reassign data from user with id = {user}")
        ),
        "the vendor's test 'Cannot reassign data from active user'"
    );
    let missing = d
        .send(
            Method::POST,
            "/api/2.0/people/reassign/start",
            json!({"toUserId": ra}),
        )
        .await;
    assert_eq!(missing.status, 400, "fromUserId is required");
    assert_eq!(missing.json()["status"], json!(1));
    let guest = d.portal().token_for(active(&d, EmployeeType::Guest));
    let r = d
        .send_as(
            &guest,
            Method::POST,
            "/api/2.0/people/reassign/start",
            json!({"fromUserId": from, "toUserId": ra}),
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
}

#[tokio::test]
async fn nothing_queued_is_an_envelope_without_response_and_terminate_cancels() {
    let d = Demo::start().await;
    let from = leaver(&d);
    let path = format!("/api/2.0/people/reassign/progress/{from}");
    let r = d.get(&path).await;
    assert_eq!(r.status, 200);
    let env = r.json();
    assert!(env.get("response").is_none(), "{env}");
    assert_eq!(env["count"], json!(0));
    let to = active(&d, EmployeeType::DocSpaceAdmin);
    d.send(
        Method::POST,
        "/api/2.0/people/reassign/start",
        json!({"fromUserId": from, "toUserId": to, "deleteProfile": true}),
    )
    .await;
    d.get(&path).await;
    let t = d
        .send(
            Method::PUT,
            "/api/2.0/people/reassign/terminate",
            json!({"userId": from}),
        )
        .await;
    assert_eq!(t.status, 200);
    let p = t.response();
    assert_eq!(
        (p["status"].clone(), p["isCompleted"].clone()),
        (json!(3), json!(true))
    );
    assert_eq!(p["percentage"], json!(5));
    assert!(
        d.get(&path).await.json().get("response").is_none(),
        "off the queue"
    );
    assert!(d.portal().user(from).is_some(), "deleteProfile never ran");
    let bad = d.get("/api/2.0/people/reassign/progress/not-a-guid").await;
    assert_eq!(
        (bad.status, bad.text.as_str()),
        (404, ""),
        "{{userid:guid}} does not match"
    );
}

#[tokio::test]
async fn a_delete_queues_the_removal_whose_progress_advances_per_read() {
    let d = Demo::start().await;
    let from = leaver(&d);
    let rooms = room_ids(&d, from).await;
    let del = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{from}"),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(del.status, 200);
    let path = format!("/api/2.0/people/remove/progress/{from}");
    let seen = poll(&d, &path).await;
    assert_eq!(
        seen,
        [5, 10, 30, 45, 50, 60, 70, 95, 100],
        "RemoveProgressItem.cs 109-166"
    );
    let owner = d.portal().owner_id();
    let mine = room_ids(&d, owner).await;
    assert!(
        rooms.iter().all(|r| mine.contains(r)),
        "the rooms went to the caller"
    );
    let again = d.get(&path).await.response();
    assert_eq!(again["status"], json!(2), "a finished job stays readable");
}

#[tokio::test]
async fn remove_start_and_terminate_answer_as_the_server_does() {
    let d = Demo::start().await;
    let user = active(&d, EmployeeType::User);
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/remove/start",
            json!({"userId": user}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (400, format!("Can not delete user with id = {user}"))
    );
    let from = leaver(&d);
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/remove/start",
            json!({"userId": from}),
        )
        .await;
    assert_eq!(r.status, 200);
    let t = d
        .send(
            Method::PUT,
            "/api/2.0/people/remove/terminate",
            json!({"userId": from}),
        )
        .await;
    assert_eq!(t.status, 200);
    let env: Value = t.json();
    assert!(env.get("response").is_none(), "a void action: {env}");
    assert!(d.portal().user(from).is_some());
}

#[tokio::test]
async fn the_rooms_list_narrows_to_an_owner_and_pages() {
    let d = Demo::start().await;
    let owner = d.portal().owner_id();
    let r = d.get(&format!("{}&count=1", rooms_path(owner))).await;
    assert_eq!(r.status, 200);
    let list = r.response();
    assert_eq!(list["count"], json!(1));
    assert_eq!(list["total"], json!(3), "the seeded owner has three rooms");
    let room = &list["folders"][0];
    for field in [
        "id",
        "title",
        "roomType",
        "filesCount",
        "usedSpace",
        "createdBy",
    ] {
        assert!(room.get(field).is_some(), "{field} in {room}");
    }
    assert_eq!(room["createdBy"]["id"], json!(owner));
    let r = d.get("/api/2.0/files/rooms?count=0").await;
    assert_eq!(r.status, 400);
}
