//! §6.8 and §10.8: `DELETE /api/2.0/people/{userid}` and `PUT /api/2.0/people/delete`.

use reqwest::Method;
use serde_json::json;
use uuid::Uuid;

use crate::common::{Demo, ids};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;

#[tokio::test]
async fn single_delete_requires_terminated_then_404() {
    let d = Demo::start().await;
    let active = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{}", active.id),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(r.message(), "The user is not suspended");
    assert_eq!(
        r.json()["error"]["type"],
        "System.InvalidOperationException"
    );
    assert!(d.portal().user(active.id).is_some());

    let gone = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let path = format!("/api/2.0/people/{}", gone.id);
    let r = d.raw(Method::DELETE, &path, Some(&d.token), None).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.user().id, gone.id);
    assert!(d.portal().user(gone.id).is_none());
    for method in [Method::GET, Method::DELETE] {
        let r = d.raw(method.clone(), &path, Some(&d.token), None).await;
        assert_eq!(
            (r.status, r.message()),
            (404, "The user could not be found".to_string()),
            "{method}"
        );
    }
}

#[tokio::test]
async fn single_delete_protects_owner_and_admins() {
    let d = Demo::start().await;
    let p = d.portal();
    let admin = d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active);
    let admin_token = p.token_for(admin.id);
    let other = p.insert_user(
        NewUser::new(
            "Old",
            "Admin",
            "old.admin@example.com",
            EmployeeType::DocSpaceAdmin,
        )
        .terminated(),
    );
    let r = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{other}"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let r = d
        .raw(
            Method::DELETE,
            "/api/2.0/people/owner",
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(r.status, 403);
    let r = d
        .raw(
            Method::DELETE,
            &format!("/api/2.0/people/{other}"),
            Some(&d.token),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn bulk_delete_drops_unknown_ids_and_refuses_active_users() {
    let d = Demo::start().await;
    let terminated: Vec<_> = d
        .find(|u| {
            u.status == Some(EmployeeStatus::Terminated)
                && u.user_type() == Some(EmployeeType::User)
        })
        .into_iter()
        .take(2)
        .collect();
    assert_eq!(terminated.len(), 2);
    let active = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let mut with_active = ids(&terminated);
    with_active.push(active.id);
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": with_active}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (403, "Users are not suspended".to_string())
    );
    assert!(
        terminated.iter().all(|u| d.portal().user(u.id).is_some()),
        "nothing deleted"
    );

    let mut with_unknown = ids(&terminated);
    with_unknown.push(Uuid::from_u128(4242));
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": with_unknown}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(ids(&r.users()), ids(&terminated), "unknown id dropped");
    assert!(terminated.iter().all(|u| d.portal().user(u.id).is_none()));
    let r = d
        .send(Method::PUT, "/api/2.0/people/delete", json!({}))
        .await;
    assert_eq!(r.status, 400, "userIds missing");
}

#[tokio::test]
async fn bulk_delete_skips_but_echoes_users_the_caller_may_not_delete() {
    let d = Demo::start().await;
    let p = d.portal();
    let admin = d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active);
    let t = p.token_for(admin.id);
    let old_admin = p.insert_user(
        NewUser::new(
            "Ex",
            "Admin",
            "ex.admin@example.com",
            EmployeeType::DocSpaceAdmin,
        )
        .terminated(),
    );
    let old_user = p.insert_user(
        NewUser::new("Ex", "User", "ex.user@example.com", EmployeeType::User).terminated(),
    );
    let r = d
        .send_as(
            &t,
            Method::PUT,
            "/api/2.0/people/delete",
            json!({"userIds": [old_admin, old_user]}),
        )
        .await;
    assert_eq!(r.status, 200);
    let echoed: Vec<Uuid> = r.users().iter().map(|u| u.id).collect();
    assert_eq!(echoed, vec![old_admin, old_user]);
    assert!(
        p.user(old_admin).is_some(),
        "admin skipped for a non-owner caller"
    );
    assert!(p.user(old_user).is_none());
}
