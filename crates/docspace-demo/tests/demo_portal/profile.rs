//! Profile edits over HTTP: `PUT /people/{userid}`, `POST /people/email`,
//! `POST /people/password`, `PUT /people/{userid}/password`, and the password policy on
//! create (`products/ASC.People/Server/Api/UserController.cs` lines 311-325, 538-606,
//! 1636-1792, 1896-2060; `web/ASC.Web.Core/Utility/PasswordSettings.cs`).

use reqwest::Method;
use serde_json::json;

use crate::client_admin::client;
use crate::common::Demo;
use docspace_api::ApiError;
use docspace_api::admin::UpdateMemberRequestDto;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DEMO_PASSWORD, MailKind};

const POLICY: &str = "Password must contain from 8 to 30 characters, only latin letters, no spaces";

#[tokio::test]
async fn an_admin_changes_only_disable_and_is_user_on_others() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .send(
            Method::PUT,
            &format!("/api/2.0/people/{}", u.id),
            json!({"firstName": "Changed", "disable": true}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let back = r.user();
    assert_eq!(
        back.first_name, u.first_name,
        "names are the user's own to change"
    );
    assert_eq!(back.status, Some(EmployeeStatus::Terminated));
    assert!(back.terminated.is_some(), "disable records the date");
    let ra = d
        .portal()
        .token_for(d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id);
    let r = d
        .send_as(
            &ra,
            Method::PUT,
            &format!("/api/2.0/people/{}", u.id),
            json!({"disable": false}),
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "Access denied".to_string()));
    let r = d
        .send(Method::PUT, "/api/2.0/people/no.such.user", json!({}))
        .await;
    assert_eq!(
        (r.status, r.message()),
        (404, "The user could not be found".to_string())
    );
    let r = d
        .send(
            Method::PUT,
            &format!("/api/2.0/people/{}", d.portal().owner_id()),
            json!({"firstName": "Own"}),
        )
        .await;
    assert_eq!(
        r.user().first_name.as_deref(),
        Some("Own"),
        "the caller's own profile"
    );
}

#[tokio::test]
async fn literal_routes_beside_userid_are_not_user_names() {
    let d = Demo::start().await;
    for path in ["/api/2.0/people/invite", "/api/2.0/people/delete"] {
        let r = d.send(Method::PUT, path, json!({"userIds": []})).await;
        assert_eq!(r.status, 200, "{path}: its own action, {}", r.text);
    }
}

#[tokio::test]
async fn an_admin_changes_an_email_and_the_new_address_is_mailed() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/email",
            json!({"userId": u.id, "email": "fresh.address@example.com"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        r.response(),
        json!("The email change instructions have been successfully sent")
    );
    let now = d.portal().user(u.id).expect("user");
    assert_eq!(now.email.as_deref(), Some("fresh.address@example.com"));
    assert_eq!(d.portal().outbox()[0].kind, MailKind::Activation);
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/email",
            json!({"userId": u.id, "email": "fresh.address@example.com"}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (
            400,
            "User with this email is already registered".to_string()
        )
    );
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people/email",
            json!({"email": "x@example.com"}),
        )
        .await;
    assert_eq!(
        (r.status, r.message()),
        (
            400,
            "Value cannot be null. (Parameter 'UserId')".to_string()
        )
    );
}

#[tokio::test]
async fn a_password_link_lets_its_holder_set_a_new_password() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let email = u.email.clone().expect("email");
    let anon = d
        .raw(
            Method::POST,
            "/api/2.0/people/password",
            None,
            Some(json!({"email": email})),
        )
        .await;
    assert_eq!(anon.status, 200, "anonymous callers may ask: {}", anon.text);
    let mail = d.portal().outbox().pop().expect("mailed");
    let MailKind::PasswordChange { user, key } = mail.kind else {
        panic!("a password link: {mail:?}");
    };
    assert_eq!(user, u.id);
    let path = format!("/api/2.0/people/{}/password", u.id);
    let with_token = d
        .send(Method::PUT, &path, json!({"password": "new-password-1"}))
        .await;
    assert_eq!(
        (with_token.status, with_token.text.as_str()),
        (403, ""),
        "a token is not the link"
    );
    let set = |password: &str| {
        let req = d
            .http
            .put(format!("{}{path}", d.url))
            .header(
                "confirm",
                format!("type=PasswordChange&key={key}&uid={}", u.id),
            )
            .json(&json!({"password": password}));
        async move { req.send().await.expect("sent") }
    };
    // A link with a key the portal never sent fails the confirm scheme: an empty 401,
    // token or not (`ConfirmAuthHandler.HandleAuthenticateAsync`).
    let forged = d
        .http
        .put(format!("{}{path}", d.url))
        .bearer_auth(&d.token)
        .header(
            "confirm",
            format!("type=PasswordChange&key=0{key}&uid={}", u.id),
        )
        .json(&json!({"password": "new-password-1"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(forged.status(), 401, "a key the portal never sent");
    let weak = set("short").await;
    assert_eq!(weak.status(), 400);
    let ok = set("new-password-1").await;
    assert_eq!(ok.status(), 200);
    let login = |password: &str| {
        d.raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": email, "password": password})),
        )
    };
    assert_eq!(login("new-password-1").await.status, 200);
    assert_eq!(
        login(DEMO_PASSWORD).await.status,
        200,
        "the demo password still works too"
    );
}

#[tokio::test]
async fn a_weak_password_at_creation_is_refused_with_the_policy() {
    let d = Demo::start().await;
    let r = d
        .send(
            Method::POST,
            "/api/2.0/people",
            json!({"email": "weak.pw@example.com", "firstName": "Weak", "type": "User", "password": "1234"}),
        )
        .await;
    assert_eq!((r.status, r.message()), (400, POLICY.to_string()));
    assert!(d.portal().user_by_email("weak.pw@example.com").is_none());
}

#[tokio::test]
async fn the_client_edits_profiles_emails_and_asks_for_password_links() {
    let d = Demo::start().await;
    let c = client(&d);
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let off = c
        .update_user(
            u.id,
            &UpdateMemberRequestDto {
                disable: Some(true),
                ..UpdateMemberRequestDto::default()
            },
        )
        .await
        .expect("terminated");
    assert_eq!(off.status, Some(EmployeeStatus::Terminated));
    let msg = c
        .change_email(d.portal().owner_id(), "owner.two@example.com")
        .await
        .expect("changed");
    assert!(msg.contains("instructions"));
    let other = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active);
    let sent = c
        .send_password_link(other.email.as_deref().expect("email"))
        .await
        .expect("sent");
    assert!(sent.contains("has been sent"), "{sent}");
    let err = c
        .send_password_link("nobody@example.com")
        .await
        .expect_err("unknown");
    assert_eq!(
        err,
        ApiError::Forbidden {
            message: "The user with \"nobody@example.com\" email could not be found".into()
        }
    );
}

/// `PUT /people/{userid}/email` (the SDK's `change_user_email`) is the route an
/// email-change link opens (`UserController.cs` lines 619-621: the `confirm` scheme,
/// role EmailChange). A token is not the link: its caller lacks the role, an empty 403;
/// no credentials, or a link whose key the portal never sent, an empty 401
/// (`common/ASC.Api.Core/Auth/ConfirmAuthHandler.cs`, `HandleAuthenticateAsync`). The
/// demo mails no email-change keys, so no link opens it.
#[tokio::test]
async fn changing_an_email_by_id_wants_the_email_change_link() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    let path = format!("/api/2.0/people/{}/email", u.id);
    let body = json!({"email": "someone.new@example.com"});
    let with_token = d.send(Method::PUT, &path, body.clone()).await;
    assert_eq!(
        (with_token.status, with_token.text.as_str()),
        (403, ""),
        "a token is not the link"
    );
    let anon = d.raw(Method::PUT, &path, None, Some(body.clone())).await;
    assert_eq!((anon.status, anon.text.as_str()), (401, ""));
    let forged = d
        .http
        .put(format!("{}{path}", d.url))
        .bearer_auth(&d.token)
        .header("confirm", format!("type=EmailChange&key=123&uid={}", u.id))
        .json(&body)
        .send()
        .await
        .expect("sent");
    assert_eq!(forged.status(), 401, "a key the portal never sent");
    let after = d.portal().user(u.id).expect("still there");
    assert_eq!(after.email, u.email, "the address is unchanged");
}
