//! §6.7 and §10.9: `PUT /api/2.0/people/type/{type}`.

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;
use reqwest::Method;
use serde_json::json;
use uuid::Uuid;

async fn set_type(d: &Demo, token: &str, kind: &str, ids: &[Uuid]) -> crate::common::Resp {
    d.send_as(
        token,
        Method::PUT,
        &format!("/api/2.0/people/type/{kind}"),
        json!({ "userIds": ids }),
    )
    .await
}

fn type_of(d: &Demo, id: Uuid) -> Option<EmployeeType> {
    d.portal().user(id).and_then(|u| u.user_type())
}

#[tokio::test]
async fn listed_upgrades_succeed() {
    let d = Demo::start().await;
    let p = d.portal();
    let guest = p.insert_user(NewUser::new(
        "Gia",
        "Guest",
        "gia@partner.example",
        EmployeeType::Guest,
    ));
    let admin = p.token_for(
        d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active)
            .id,
    );
    let r = set_type(&d, &admin, "User", &[guest]).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.users()[0].user_type(), Some(EmployeeType::User));
    let r = set_type(&d, &admin, "RoomAdmin", &[guest]).await;
    assert_eq!(
        (r.status, type_of(&d, guest)),
        (200, Some(EmployeeType::RoomAdmin))
    );
    let r = set_type(&d, &admin, "DocSpaceAdmin", &[guest]).await;
    assert_eq!(r.status, 403, "only the owner makes admins");
    let r = set_type(&d, &d.token, "3", &[guest]).await;
    assert_eq!(
        (r.status, type_of(&d, guest)),
        (200, Some(EmployeeType::DocSpaceAdmin))
    );
    let r = set_type(&d, &d.token, "roomadmin", &[guest]).await;
    assert_eq!(
        (r.status, type_of(&d, guest)),
        (200, Some(EmployeeType::RoomAdmin)),
        "owner moves an admin back"
    );
}

#[tokio::test]
async fn no_ops_downgrades_and_protected_targets_are_403() {
    let d = Demo::start().await;
    let user = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let ra = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active);
    let terminated = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let owner = d.portal().owner_id();
    for (kind, id) in [
        ("User", user.id),
        ("User", ra.id),
        ("Guest", user.id),
        ("RoomAdmin", terminated.id),
        ("RoomAdmin", owner),
        ("RoomAdmin", Uuid::from_u128(77)),
    ] {
        let r = set_type(&d, &d.token, kind, &[id]).await;
        assert_eq!(
            (r.status, r.message()),
            (403, "Access denied".to_string()),
            "{kind} {id}"
        );
    }
    assert_eq!(type_of(&d, ra.id), Some(EmployeeType::RoomAdmin));
    assert_eq!(set_type(&d, &d.token, "Boss", &[user.id]).await.status, 400);
}

#[tokio::test]
async fn paid_seats_stop_upgrades_part_way() {
    let d = Demo::start().await;
    let p = d.portal();
    let a = p.insert_user(NewUser::new(
        "Ava",
        "Up",
        "ava.up@example.com",
        EmployeeType::User,
    ));
    let b = p.insert_user(NewUser::new(
        "Bea",
        "Up",
        "bea.up@example.com",
        EmployeeType::User,
    ));
    p.set_free_paid_seats(1);
    let r = set_type(&d, &d.token, "RoomAdmin", &[a, b]).await;
    assert_eq!(r.status, 402);
    assert!(
        r.message()
            .starts_with("The number of admins should not exceed")
    );
    assert_eq!(type_of(&d, a), Some(EmployeeType::RoomAdmin));
    assert_eq!(type_of(&d, b), Some(EmployeeType::User));
}
