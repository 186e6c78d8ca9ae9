//! Group membership over HTTP (`products/ASC.People/Server/Api/GroupsController.cs`
//! lines 344-456).

use reqwest::Method;
use serde_json::json;
use uuid::Uuid;

use crate::client_admin::client;
use crate::common::Demo;
use docspace_api::ApiError;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

/// A seeded group and one of its members.
fn a_group(d: &Demo) -> (Uuid, Uuid) {
    d.portal()
        .users()
        .into_iter()
        .find_map(|u| u.groups.as_ref()?.first().map(|g| (g.id, u.id)))
        .expect("the seed puts users in groups")
}

#[tokio::test]
async fn members_are_added_and_removed_and_the_group_comes_back_with_them() {
    let d = Demo::start().await;
    let (group, _) = a_group(&d);
    let user = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::User)
                && u.status == Some(EmployeeStatus::Active)
                && u.groups.is_none()
        })
        .first()
        .map(|u| u.id)
        .expect("a user in no group");
    let guest = d.one_of(EmployeeType::Guest, EmployeeStatus::Active).id;
    let path = format!("/api/2.0/group/{group}/members");
    let r = d
        .send(Method::PUT, &path, json!({"members": [user, guest]}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let g = r.response();
    assert_eq!(g["id"], json!(group));
    let members: Vec<Uuid> = serde_json::from_value(
        g["members"]
            .as_array()
            .expect("members")
            .iter()
            .map(|m| m["id"].clone())
            .collect(),
    )
    .expect("ids");
    assert!(members.contains(&user));
    assert!(!members.contains(&guest), "guests are skipped (line 443)");
    assert_eq!(g["membersCount"], json!(members.len()));
    assert!(
        d.portal()
            .user(user)
            .and_then(|u| u.groups)
            .is_some_and(|gs| gs.iter().any(|x| x.id == group))
    );
    let r = d
        .send(Method::DELETE, &path, json!({"members": [user]}))
        .await;
    assert_eq!(r.status, 200);
    assert!(d.portal().user(user).and_then(|u| u.groups).is_none());
}

#[tokio::test]
async fn unknown_groups_and_non_admins_are_refused() {
    let d = Demo::start().await;
    let (group, member) = a_group(&d);
    let r = d
        .send(
            Method::PUT,
            &format!("/api/2.0/group/{}/members", Uuid::from_u128(9)),
            json!({"members": []}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (404, "The group could not be found".to_string())
    );
    let ra = d
        .portal()
        .token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    let r = d
        .send_as(
            &ra,
            Method::DELETE,
            &format!("/api/2.0/group/{group}/members"),
            json!({"members": [member]}),
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/group/not-a-guid/members",
            json!({"members": []}),
        )
        .await;
    assert_eq!((r.status, r.text.as_str()), (404, ""));
}

#[tokio::test]
async fn the_client_changes_membership() {
    let d = Demo::start().await;
    let c = client(&d);
    let (group, member) = a_group(&d);
    let g = c
        .remove_group_members(group, &[member])
        .await
        .expect("removed");
    assert!(g.members.unwrap_or_default().iter().all(|m| m.id != member));
    let g = c.add_group_members(group, &[member]).await.expect("added");
    assert!(g.members.unwrap_or_default().iter().any(|m| m.id == member));
    let err = c
        .add_group_members(Uuid::from_u128(9), &[member])
        .await
        .expect_err("no group");
    assert!(
        matches!(err, ApiError::NotFound { ref message } if message == "The group could not be found")
    );
}
