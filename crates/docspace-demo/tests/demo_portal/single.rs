//! §6.2 and §10.10: single users by id, user name and email; `@self`; visibility for
//! non-admin callers; route precedence.

use reqwest::Method;
use serde_json::json;

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;

#[tokio::test]
async fn by_guid_by_user_name_and_by_email() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let by_id = d.get(&format!("/api/2.0/people/{}", u.id)).await;
    assert_eq!(by_id.status, 200);
    assert_eq!(by_id.user(), u);
    let name = u.user_name.clone().expect("user name");
    let by_name = d.get(&format!("/api/2.0/people/{name}")).await;
    assert_eq!(by_name.user().id, u.id);
    let email = u.email.clone().expect("email").to_uppercase();
    let by_mail = d.get(&format!("/api/2.0/people/email?email={email}")).await;
    assert_eq!(by_mail.status, 200);
    assert_eq!(by_mail.user().id, u.id, "email lookup ignores case");
}

#[tokio::test]
async fn unknown_users_are_404_and_bad_emails_400() {
    let d = Demo::start().await;
    for path in [
        "/api/2.0/people/00000000-0000-0000-0000-000000000001".to_string(),
        "/api/2.0/people/no.such.user".to_string(),
        "/api/2.0/people/email?email=nobody@example.com".to_string(),
    ] {
        let r = d.get(&path).await;
        assert_eq!(r.status, 404, "{path}");
        assert_eq!(r.message(), "The user could not be found");
    }
    assert_eq!(d.get("/api/2.0/people/email?email=").await.status, 400);
    assert_eq!(
        d.get("/api/2.0/people/email?email=not-an-email")
            .await
            .status,
        400
    );
}

#[tokio::test]
async fn literal_segments_win_over_userid() {
    let d = Demo::start().await;
    // A user whose user name is a literal segment of the API.
    let p = d.portal();
    let weird = p.insert_user(NewUser::new(
        "Filter",
        "Person",
        "filter@example.com",
        EmployeeType::User,
    ));
    assert_eq!(
        p.user(weird).and_then(|u| u.user_name).as_deref(),
        Some("filter")
    );
    let r = d.get("/api/2.0/people/filter?count=1").await;
    assert!(
        r.response().is_array(),
        "/people/filter is the list, not the user 'filter'"
    );
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.response()["isOwner"], true);
    let r = d
        .get("/api/2.0/people/email?email=filter@example.com")
        .await;
    assert_eq!(r.user().id, weird);
    // PUT /people/delete is the bulk delete, not a user named "delete".
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": []}),
        )
        .await;
    assert_eq!((r.status, r.response()), (200, json!([])));
}

#[tokio::test]
async fn users_and_guests_see_only_themselves() {
    let d = Demo::start().await;
    let p = d.portal();
    let owner = p.owner_id();
    for kind in [EmployeeType::User, EmployeeType::Guest] {
        let me = d.one_of(kind, EmployeeStatus::Active);
        let t = p.token_for(me.id);
        for path in [
            "/api/2.0/people/filter",
            "/api/2.0/people",
            "/api/2.0/people/status/Active",
        ] {
            let r = d.get_as(&t, path).await;
            assert_eq!(
                (r.status, r.message()),
                (403, "Access denied".to_string()),
                "{kind:?} {path}"
            );
        }
        let r = d.get_as(&t, &format!("/api/2.0/people/{owner}")).await;
        assert_eq!(r.status, 403, "{kind:?} reads someone else");
        let r = d.get_as(&t, &format!("/api/2.0/people/{}", me.id)).await;
        assert_eq!(r.status, 200, "{kind:?} reads self");
        let r = d.get_as(&t, "/api/2.0/people/@self").await;
        assert_eq!(r.user().id, me.id);
    }
}

#[tokio::test]
async fn room_admins_never_see_terminated_users_nor_unrelated_guests() {
    let d = Demo::start().await;
    let p = d.portal();
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active);
    let t = p.token_for(ra.id);
    let related = p.insert_user(
        NewUser::new(
            "Rel",
            "Guest",
            "rel.guest@partner.example",
            EmployeeType::Guest,
        )
        .created_by(ra.id),
    );
    let unrelated = p.insert_user(NewUser::new(
        "Unrel",
        "Guest",
        "unrel.guest@partner.example",
        EmployeeType::Guest,
    ));

    let mut seen = Vec::new();
    let mut start = 0;
    loop {
        let r = d
            .get_as(&t, &format!("/api/2.0/people/filter?startIndex={start}"))
            .await;
        assert_eq!(r.status, 200);
        let page = r.users();
        if page.is_empty() {
            break;
        }
        start += page.len();
        seen.extend(page);
    }
    assert!(
        seen.iter()
            .all(|u| u.status != Some(EmployeeStatus::Terminated))
    );
    assert!(seen.iter().any(|u| u.id == related));
    assert!(!seen.iter().any(|u| u.id == unrelated));
    assert!(
        seen.iter().all(|u| u.created_by.is_none()),
        "createdBy is for admin callers"
    );
    let r = d
        .get_as(&t, "/api/2.0/people/filter?employeeStatus=2")
        .await;
    assert_eq!(r.json()["total"], 0);
    assert_eq!(
        d.get_as(&t, &format!("/api/2.0/people/{unrelated}"))
            .await
            .status,
        403
    );
    assert_eq!(
        d.get_as(&t, &format!("/api/2.0/people/{related}"))
            .await
            .status,
        200
    );
    // An admin sees both, with createdBy.
    let r = d.get(&format!("/api/2.0/people/{related}")).await;
    assert_eq!(r.user().created_by.map(|c| c.id), Some(ra.id));
}

#[tokio::test]
async fn other_methods_on_literal_segments_fall_back_to_the_user_routes() {
    let d = Demo::start().await;
    // GET /people/delete is the user named "delete": none here.
    let r = d.get("/api/2.0/people/delete").await;
    assert_eq!(
        (r.status, r.message()),
        (404, "The user could not be found".to_string())
    );
    // DELETE /people/email deletes the user named "email", who must be terminated.
    let p = d.portal();
    let id = p.insert_user(
        NewUser::new("Em", "Ail", "email@example.com", EmployeeType::User).terminated(),
    );
    let r = d
        .raw(
            Method::DELETE,
            "/api/2.0/people/email",
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!((r.status, r.user().id), (200, id));
    assert!(p.user(id).is_none());
}

#[tokio::test]
async fn profile_links_use_the_public_url_once_set() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let path = format!("/api/2.0/people/{}", u.id);
    let listening = d
        .get(&path)
        .await
        .user()
        .profile_url
        .expect("a profile URL");
    assert!(listening.starts_with(&d.url), "{listening}");
    d.portal().set_public_url("https://people.example.org/");
    let public = d
        .get(&path)
        .await
        .user()
        .profile_url
        .expect("a profile URL");
    assert!(
        public.starts_with("https://people.example.org/accounts/people/filter?search="),
        "{public}"
    );
}
