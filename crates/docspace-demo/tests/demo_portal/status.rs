//! §6.6 and §10.7: `PUT /api/2.0/people/status/{status}`.

use reqwest::Method;
use serde_json::json;

use crate::common::{Demo, ids};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::NewUser;

#[tokio::test]
async fn terminate_and_reactivate_by_name_or_number() {
    let d = Demo::start().await;
    let users: Vec<_> = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::User) && u.status == Some(EmployeeStatus::Active)
        })
        .into_iter()
        .take(3)
        .collect();
    let r = d.set_status(&d.token, "Terminated", &ids(&users)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let listed = r.users();
    assert_eq!(ids(&listed), ids(&users), "every requested user, in order");
    assert!(
        listed
            .iter()
            .all(|u| u.status == Some(EmployeeStatus::Terminated))
    );
    assert!(
        users
            .iter()
            .all(|u| d.status_of(u.id) == Some(EmployeeStatus::Terminated))
    );
    let r = d.set_status(&d.token, "1", &ids(&users)).await;
    assert_eq!(r.status, 200);
    assert!(
        users
            .iter()
            .all(|u| d.status_of(u.id) == Some(EmployeeStatus::Active))
    );
    let r = d.set_status(&d.token, "active", &ids(&users)).await;
    assert_eq!(r.status, 200, "names in any case");
}

#[tokio::test]
async fn only_active_and_terminated_are_settable() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    for s in ["Pending", "4", "All", "3"] {
        let r = d.set_status(&d.token, s, &[u.id]).await;
        assert_eq!(
            (r.status, r.message()),
            (400, "Incorrect status".to_string()),
            "{s}"
        );
    }
    let r = d.set_status(&d.token, "Sleeping", &[u.id]).await;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["status"],
        1,
        "unknown names are model-validation errors"
    );
    assert_eq!(d.status_of(u.id), Some(EmployeeStatus::Active));
}

#[tokio::test]
async fn precheck_refuses_the_whole_list_with_403() {
    let d = Demo::start().await;
    let p = d.portal();
    let owner = p.owner_id();
    let admin = d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active);
    let admin_token = p.token_for(admin.id);
    let victim = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let unknown = uuid::Uuid::from_u128(12345);
    let cases = [
        (&d.token, owner),        // the owner (= the caller here)
        (&d.token, unknown),      // unknown id
        (&admin_token, admin.id), // the caller
        (&admin_token, owner),    // the owner
    ];
    for (token, bad) in cases {
        let r = d.set_status(token, "Terminated", &[victim.id, bad]).await;
        assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
        assert_eq!(
            d.status_of(victim.id),
            Some(EmployeeStatus::Active),
            "nothing changed"
        );
    }
    // A non-owner admin cannot terminate another admin; the owner can.
    let other_admin = p.insert_user(NewUser::new(
        "Second",
        "Admin",
        "second.admin@example.com",
        EmployeeType::DocSpaceAdmin,
    ));
    let r = d
        .set_status(&admin_token, "Terminated", &[victim.id, other_admin])
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(d.status_of(victim.id), Some(EmployeeStatus::Active));
    let r = d.set_status(&d.token, "Terminated", &[other_admin]).await;
    assert_eq!(r.status, 200);
    // Room admins may not change statuses at all.
    let ra = p.token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    assert_eq!(
        d.set_status(&ra, "Terminated", &[victim.id]).await.status,
        403
    );
}

#[tokio::test]
async fn activation_stops_at_the_seat_limit_and_keeps_earlier_changes() {
    let d = Demo::start().await;
    let p = d.portal();
    let a = p.insert_user(
        NewUser::new("Ann", "One", "ann.one@example.com", EmployeeType::RoomAdmin).terminated(),
    );
    let b = p.insert_user(
        NewUser::new("Ben", "Two", "ben.two@example.com", EmployeeType::RoomAdmin).terminated(),
    );
    let c = p.insert_user(
        NewUser::new(
            "Cid",
            "Three",
            "cid.three@example.com",
            EmployeeType::RoomAdmin,
        )
        .terminated(),
    );
    p.set_free_paid_seats(1);
    let limit = p.seats().paid_limit;
    let r = d.set_status(&d.token, "Active", &[a, b, c]).await;
    assert_eq!(r.status, 402);
    assert_eq!(
        r.message(),
        format!("The number of admins should not exceed {limit}")
    );
    assert_eq!(
        d.status_of(a),
        Some(EmployeeStatus::Active),
        "partial application"
    );
    assert_eq!(d.status_of(b), Some(EmployeeStatus::Terminated));
    assert_eq!(d.status_of(c), Some(EmployeeStatus::Terminated));

    let u = p.insert_user(
        NewUser::new("Uma", "Four", "uma.four@example.com", EmployeeType::User).terminated(),
    );
    p.set_free_user_seats(0);
    let r = d.set_status(&d.token, "Active", &[u]).await;
    assert_eq!(r.status, 402);
    assert!(
        r.message()
            .starts_with("The number of users should not exceed")
    );
}

#[tokio::test]
async fn activation_touches_only_terminated_users_and_invitees_come_back_pending() {
    let d = Demo::start().await;
    let p = d.portal();
    let pending = d.one_of(EmployeeType::User, EmployeeStatus::Pending);
    let r = d.set_status(&d.token, "Active", &[pending.id]).await;
    assert_eq!(r.status, 200);
    assert_eq!(
        d.status_of(pending.id),
        Some(EmployeeStatus::Pending),
        "not terminated: untouched"
    );
    d.set_status(&d.token, "Terminated", &[pending.id]).await;
    assert_eq!(d.status_of(pending.id), Some(EmployeeStatus::Terminated));
    let r = d.set_status(&d.token, "Active", &[pending.id]).await;
    assert_eq!(r.users()[0].status, Some(EmployeeStatus::Pending));
    assert_eq!(
        p.user(pending.id).and_then(|u| u.status),
        Some(EmployeeStatus::Pending)
    );
}

#[tokio::test]
async fn streamed_lists_report_count_one() {
    let d = Demo::start().await;
    let users: Vec<_> = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::Guest) && u.status == Some(EmployeeStatus::Active)
        })
        .into_iter()
        .take(2)
        .collect();
    let r = d
        .send(
            Method::PUT,
            "/api/2.0/people/status/Terminated",
            json!({"userIds": ids(&users)}),
        )
        .await;
    assert_eq!(
        r.json()["count"],
        1,
        "the server's count quirk for streamed results"
    );
    assert_eq!(r.response().as_array().map(Vec::len), Some(2));
    assert!(r.json().get("total").is_none());
}
