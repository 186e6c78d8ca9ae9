//! Literal People routes are their own actions, never a look-up of a user with that
//! user name (`products/ASC.People/Server/Api/UserController.cs`: `search` line 1238,
//! `exists` 1018, `theme` 1552 and 1567, `tokendiagnostics` 111, `guests` 811).

use reqwest::Method;
use serde_json::json;

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;

/// Users whose user names are the literal segments.
fn namesakes(d: &Demo) -> Vec<uuid::Uuid> {
    ["search", "exists", "theme", "tokendiagnostics", "guests"]
        .iter()
        .map(|n| {
            d.portal().insert_user(
                NewUser::new(
                    "Name",
                    "Sake",
                    &format!("{n}@example.com"),
                    EmployeeType::User,
                )
                .terminated(),
            )
        })
        .collect()
}

#[tokio::test]
async fn literal_segments_are_not_user_names() {
    let d = Demo::start().await;
    let ids = namesakes(&d);
    let search = d.get("/api/2.0/people/search?query=demo owner").await;
    assert_eq!(search.status, 200, "{}", search.text);
    let found = search.users();
    assert_eq!(found.len(), 1, "the owner, by words");
    assert!(found[0].is_owner());
    let exists = d
        .get("/api/2.0/people/exists?email=owner@demo.docspace.local")
        .await;
    assert_eq!(exists.response(), json!({"exists": true, "status": 1}));
    let missing = d
        .get("/api/2.0/people/exists?email=nobody@example.com")
        .await;
    assert_eq!(
        missing.response(),
        json!({"exists": false}),
        "status omitted when unknown"
    );
    let theme = d.get("/api/2.0/people/theme").await;
    assert_eq!(theme.response()["theme"], json!("System"));
    let set = d
        .send(
            Method::PUT,
            "/api/2.0/people/theme",
            json!({"theme": "Dark"}),
        )
        .await;
    assert_eq!(set.response()["theme"], json!("Dark"));
    assert_eq!(
        d.get("/api/2.0/people/@self").await.user().theme.as_deref(),
        Some("Dark")
    );
    let diag = d.get("/api/2.0/people/tokendiagnostics").await;
    assert_eq!(diag.status, 200);
    assert!(
        !diag.text.contains(&d.token),
        "the token is never among the claims"
    );
    assert_eq!(diag.response()["name"], json!(d.portal().owner_id()));
    let guests = d
        .send(
            Method::DELETE,
            "/api/2.0/people/guests",
            json!({"userIds": []}),
        )
        .await;
    assert_eq!(guests.status, 200);
    assert!(guests.json().get("response").is_none(), "a void action");
    assert!(
        ids.iter().all(|id| d.portal().user(*id).is_some()),
        "no namesake deleted"
    );
}

#[tokio::test]
async fn literal_routes_refuse_as_the_server_does() {
    let d = Demo::start().await;
    let ra = d
        .portal()
        .token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    let r = d.get_as(&ra, "/api/2.0/people/search?query=demo").await;
    assert_eq!(
        (r.status, r.message()),
        (403, "Access denied".to_string()),
        "DocSpace admins only (line 1257)"
    );
    let r = d.get("/api/2.0/people/exists?email=%20").await;
    assert_eq!(r.status, 400);
    let user = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .send(
            Method::DELETE,
            "/api/2.0/people/guests",
            json!({"userIds": [user.id]}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (403, "Access denied".to_string()),
        "not a guest (line 830)"
    );
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/theme",
            json!({"theme": "Neon"}),
        )
        .await;
    assert_eq!((r.status, r.json()["status"].clone()), (400, json!(1)));
}
