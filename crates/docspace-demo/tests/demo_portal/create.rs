//! §6.3 and §10.6: `POST /api/2.0/people`.

use reqwest::Method;
use serde_json::{Value, json};

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};

async fn create(d: &Demo, token: &str, body: Value) -> crate::common::Resp {
    d.send_as(token, Method::POST, "/api/2.0/people", body)
        .await
}

#[tokio::test]
async fn creates_an_active_user_with_pending_activation_and_answers_200() {
    let d = Demo::start().await;
    let before = d.portal().user_count();
    let r = create(&d, &d.token, json!({"firstName": "Ада", "lastName": "Lovelace-Byron", "email": "ada@example.com", "type": "User"})).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let j = r.json();
    assert_eq!(
        (
            j["status"].clone(),
            j["statusCode"].clone(),
            j["count"].clone()
        ),
        (json!(0), json!(200), json!(1))
    );
    let u = r.user();
    assert_eq!(u.status, Some(EmployeeStatus::Active));
    assert_eq!(u.activation_status.map(|a| a.code()), Some(2));
    assert_eq!(u.user_type(), Some(EmployeeType::User));
    assert_eq!(u.user_name.as_deref(), Some("ada"));
    assert_eq!(u.display_name.as_deref(), Some("Ада Lovelace-Byron"));
    assert_eq!(u.created_by.map(|c| c.id), Some(d.portal().owner_id()));
    assert_eq!(d.portal().user_count(), before + 1);
    assert_eq!(
        d.portal().user(u.id).map(|p| p.email),
        Some(Some("ada@example.com".into()))
    );
    // The numeric type form and key case do not matter.
    let r = create(
        &d,
        &d.token,
        json!({"FIRSTNAME": "Bo", "Email": "bo@example.com", "type": 4}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.user().user_type(), Some(EmployeeType::User));
    assert_eq!(r.user().last_name.as_deref(), Some(""));
}

#[tokio::test]
async fn invalid_names_emails_and_duplicates_are_400() {
    let d = Demo::start().await;
    let before = d.portal().user_count();
    for (body, message) in [
        (
            json!({"firstName": "R2D2", "email": "r2@example.com"}),
            "Incorrect firstname or lastname",
        ),
        (
            json!({"firstName": "Anna", "lastName": "<b>", "email": "a@example.com"}),
            "Incorrect firstname or lastname",
        ),
        (
            json!({"firstName": "Anna", "email": "owner@DEMO.docspace.local"}),
            "User with this email is already registered",
        ),
    ] {
        let r = create(&d, &d.token, body.clone()).await;
        assert_eq!(r.status, 400, "{body}");
        assert_eq!(r.message(), message, "{body}");
    }
    let long = format!("{}@example.com", "a".repeat(250));
    for body in [
        json!({"firstName": "Anna", "email": "not an email"}),
        json!({"firstName": "Anna", "email": long}),
        json!({"firstName": "A".repeat(256), "email": "ok@example.com"}),
    ] {
        let r = create(&d, &d.token, body).await;
        assert_eq!(r.status, 400);
        assert_eq!(r.json()["status"], 1);
        assert!(
            r.json()["response"]["errors"].is_object(),
            "model validation: {}",
            r.text
        );
    }
    let r = create(&d, &d.token, json!({"firstName": "Anna"})).await;
    assert_eq!(r.status, 400, "missing email");
    let r = d
        .raw(Method::POST, "/api/2.0/people", Some(&d.token), None)
        .await;
    assert_eq!(r.status, 400, "missing body");
    assert_eq!(d.portal().user_count(), before, "nothing was created");
}

#[tokio::test]
async fn type_rules_depend_on_the_caller() {
    let d = Demo::start().await;
    let p = d.portal();
    let admin = p.token_for(
        d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active)
            .id,
    );
    let room_admin = p.token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    let user = p.token_for(d.one_of(EmployeeType::User, EmployeeStatus::Active).id);
    let body = |t: &str, n: u32| json!({"firstName": "Tess", "email": format!("tess{n}@example.com"), "type": t});
    for (token, kind, status) in [
        (&d.token, "Guest", 403),
        (&admin, "DocSpaceAdmin", 403),
        (&room_admin, "RoomAdmin", 403),
        (&user, "User", 403),
        (&d.token, "DocSpaceAdmin", 200),
        (&admin, "RoomAdmin", 200),
        (&room_admin, "User", 200),
    ] {
        let n = p.user_count() as u32;
        let r = create(&d, token, body(kind, n)).await;
        assert_eq!(r.status, status, "{kind}: {}", r.text);
        if status == 403 {
            assert_eq!(r.message(), "Access denied");
        } else {
            let wanted = EmployeeType::parse(kind);
            assert_eq!(r.user().user_type(), wanted);
        }
    }
}

#[tokio::test]
async fn omitted_type_is_room_admin_and_no_paid_seat_means_user() {
    let d = Demo::start().await;
    let p = d.portal();
    let r = create(
        &d,
        &d.token,
        json!({"firstName": "Ra", "email": "ra.new@example.com"}),
    )
    .await;
    assert_eq!(r.user().user_type(), Some(EmployeeType::RoomAdmin));
    p.set_free_paid_seats(0);
    let r = create(
        &d,
        &d.token,
        json!({"firstName": "Di", "email": "di.new@example.com", "type": "DocSpaceAdmin"}),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.user().user_type(),
        Some(EmployeeType::User),
        "silently downgraded"
    );
    p.set_free_user_seats(0);
    let r = create(
        &d,
        &d.token,
        json!({"firstName": "Ul", "email": "ul.new@example.com", "type": "User"}),
    )
    .await;
    assert_eq!(r.status, 402);
    let limit = p.seats().user_limit;
    assert_eq!(
        r.message(),
        format!("The number of users should not exceed {limit}")
    );
}
