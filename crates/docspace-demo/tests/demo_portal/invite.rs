//! Invitations over HTTP (`products/ASC.People/Server/Api/UserController.cs` lines
//! 426-525 and 1405-1541).

use reqwest::Method;
use serde_json::json;

use crate::client_admin::client;
use crate::common::Demo;
use docspace_api::ApiError;
use docspace_api::admin::UserInvitation;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{MailKind, SentMail};

#[tokio::test]
async fn an_invitation_answers_with_every_pending_user_in_the_short_form() {
    let d = Demo::start().await;
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/invite",
            json!({"invitations": [{"email": "joiner@example.com", "type": "User"}], "culture": "fr-FR"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let list = r.response();
    let users = list.as_array().expect("a list");
    assert_eq!(
        r.json()["count"],
        json!(users.len()),
        "a materialised list counts its items"
    );
    assert!(users.len() > 1, "not only this batch: lines 512-524");
    let joiner = users
        .iter()
        .find(|u| u["displayName"] == json!("joiner@example.com"))
        .expect("the new user, named by email");
    assert!(
        joiner.get("email").is_none(),
        "EmployeeDto, not the full profile"
    );
    let created = d
        .portal()
        .user_by_email("joiner@example.com")
        .expect("created");
    assert_eq!(created.status, Some(EmployeeStatus::Pending));
    assert_eq!(created.culture_name.as_deref(), Some("fr-FR"));
    assert_eq!(
        d.portal().outbox(),
        [SentMail {
            to: "joiner@example.com".into(),
            kind: MailKind::Invitation(EmployeeType::User)
        }]
    );
}

#[tokio::test]
async fn refusals_have_the_server_statuses_and_shapes() {
    let d = Demo::start().await;
    let invite = |body| d.send(Method::POST, "/api/2.0/people/invite", body);
    let r = invite(json!({"invitations": [{"email": "not-an-address", "type": "User"}]})).await;
    assert_eq!((r.status, r.json()["status"].clone()), (400, json!(1)));
    assert_eq!(
        r.response()["errors"]["Invitations[0].Email"],
        json!(["The Email field is not a valid e-mail address."]),
        "[EmailAddress] fails model binding: the problem inside the success envelope"
    );
    let r = invite(json!({"invitations": [{"email": "a@b", "type": "User"}]})).await;
    assert_eq!(
        (r.status, r.message()),
        (400, "Incorrect email".to_string())
    );
    let r = invite(json!({"invitations": [{"email": "g@example.com", "type": "Guest"}]})).await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let terminated = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let email = terminated.email.clone().expect("email");
    let r = invite(json!({"invitations": [{"email": email, "type": "User"}]})).await;
    assert_eq!(
        (r.status, r.message()),
        (400, format!("User disabled: {email}"))
    );
    d.portal().set_free_paid_seats(0);
    let r =
        invite(json!({"invitations": [{"email": "ra@example.com", "type": "RoomAdmin"}]})).await;
    assert_eq!(
        (r.status, r.message()),
        (
            402,
            "The number of admins exceeds the limit: 1/0.".to_string()
        )
    );
    let user = d
        .portal()
        .token_for(d.one_of(EmployeeType::User, EmployeeStatus::Active).id);
    let r = d
        .send_as(
            &user,
            Method::POST,
            "/api/2.0/people/invite",
            json!({"invitations": [{"email": "x@example.com", "type": "User"}]}),
        )
        .await;
    assert_eq!(r.status, 403);
}

#[tokio::test]
async fn resending_is_limited_to_five_a_user_in_fifteen_minutes() {
    // BaseStartup.cs lines 305-321, RateLimiterSettings.cs lines 43-44.
    let d = Demo::start().await;
    let pending = d.one_of(EmployeeType::User, EmployeeStatus::Pending).id;
    let body = json!({"userIds": [pending]});
    for _ in 0..5 {
        let r = d
            .send(Method::PUT, "/api/2.0/people/invite", body.clone())
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    let r = d
        .send(Method::PUT, "/api/2.0/people/invite", body.clone())
        .await;
    assert_eq!((r.status, r.text.as_str()), (429, ""));
    let wait: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!((800..=900).contains(&wait), "{wait}");
    let other = d.portal().token_for(
        d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active)
            .id,
    );
    let r = d
        .send_as(&other, Method::PUT, "/api/2.0/people/invite", body)
        .await;
    assert_eq!(r.status, 200, "each user has a window of their own");
    assert_eq!(d.portal().outbox().len(), 6);
}

#[tokio::test]
async fn the_client_invites_and_resends() {
    let d = Demo::start().await;
    let c = client(&d);
    let shown = c
        .invite(
            &[
                UserInvitation::new("one@example.com", EmployeeType::User),
                UserInvitation::new("two@example.com", EmployeeType::RoomAdmin),
            ],
            Some("en-US"),
        )
        .await
        .expect("invited");
    let two = d.portal().user_by_email("two@example.com").expect("two");
    assert!(shown.iter().any(|u| u.id == two.id));
    assert_eq!(two.user_type(), Some(EmployeeType::RoomAdmin));
    let active = d.one_of(EmployeeType::User, EmployeeStatus::Active).id;
    let listed = c.resend_invites(&[two.id, active]).await.expect("resent");
    assert_eq!(listed.len(), 2, "the active user is listed, not mailed");
    assert_eq!(d.portal().outbox().len(), 3);
    d.portal().set_sensitive_limit(Some(1));
    assert!(
        c.resend_all_invites().await.is_ok(),
        "the first of the new window"
    );
    let err = c
        .resend_all_invites()
        .await
        .map(|l| l.len())
        .expect_err("over the limit");
    assert!(
        matches!(err, ApiError::RateLimited { retry_after: Some(wait) } if wait.as_secs() > 60),
        "{err:?}: a wait beyond a minute is reported, not waited out"
    );
    let as_user = docspace_api::PortalClient::new(&docspace_api::ClientOptions::new(
        d.url.clone(),
        secrecy::SecretString::from(d.portal().token_for(active)),
    ))
    .expect("client");
    assert!(matches!(
        as_user
            .invite(
                &[UserInvitation::new("x@example.com", EmployeeType::User)],
                None
            )
            .await,
        Err(ApiError::Forbidden { .. })
    ));
}
