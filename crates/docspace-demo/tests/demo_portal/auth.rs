//! §2 and §10.14: the ways to present a token; login; 401s.

use reqwest::Method;
use serde_json::json;

use crate::common::Demo;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DEMO_PASSWORD, OWNER_EMAIL};

async fn me_with(d: &Demo, header: Option<String>, cookie: Option<String>) -> (u16, String) {
    let mut req = d.http.get(format!("{}/api/2.0/people/@self", d.url));
    if let Some(h) = header {
        req = req.header("Authorization", h);
    }
    if let Some(c) = cookie {
        req = req.header("Cookie", c);
    }
    let r = req.send().await.expect("sent");
    (r.status().as_u16(), r.text().await.expect("body"))
}

#[tokio::test]
async fn api_key_needs_bearer() {
    let d = Demo::start().await;
    assert!(d.token.starts_with("sk-"));
    assert_eq!(
        me_with(&d, Some(format!("Bearer {}", d.token)), None)
            .await
            .0,
        200
    );
    assert_eq!(
        me_with(&d, Some(format!("bearer {}", d.token)), None)
            .await
            .0,
        200
    );
    let (status, body) = me_with(&d, Some(d.token.clone()), None).await;
    assert_eq!(
        (status, body.as_str()),
        (401, ""),
        "an API key sent raw is not a session"
    );
    assert_eq!(
        me_with(&d, None, Some(format!("asc_auth_key={}", d.token)))
            .await
            .0,
        401
    );
    assert_eq!(
        me_with(&d, Some(format!("Bearer {}x", d.token)), None)
            .await
            .0,
        401
    );
}

#[tokio::test]
async fn login_gives_a_session_token_usable_raw_bearer_or_cookie() {
    let d = Demo::start().await;
    let r = d
        .raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": OWNER_EMAIL, "password": DEMO_PASSWORD})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let resp = r.response();
    let token = resp["token"].as_str().expect("token").to_string();
    assert!(resp["expires"].is_string());
    assert_eq!(
        (resp["sms"].clone(), resp["tfa"].clone()),
        (json!(false), json!(false))
    );
    for (header, cookie) in [
        (Some(token.clone()), None),
        (Some(format!("Bearer {token}")), None),
        (None, Some(format!("theme=dark; asc_auth_key={token}"))),
    ] {
        let (status, body) = me_with(&d, header.clone(), cookie.clone()).await;
        assert_eq!(status, 200, "{header:?} {cookie:?}");
        let me: serde_json::Value = serde_json::from_str(&body).expect("json");
        assert_eq!(me["response"]["email"], OWNER_EMAIL);
    }
    // The cookie wins over the header for sessions.
    assert_eq!(
        me_with(&d, Some(token.clone()), Some("asc_auth_key=nope".into()))
            .await
            .0,
        401
    );
}

#[tokio::test]
async fn login_failures() {
    let d = Demo::start().await;
    let login =
        |body: serde_json::Value| d.raw(Method::POST, "/api/2.0/authentication", None, Some(body));
    let r = login(json!({"userName": OWNER_EMAIL, "password": "nope"})).await;
    assert_eq!(
        (r.status, r.message()),
        (401, "User authentication failed".to_string())
    );
    let r = login(json!({"userName": OWNER_EMAIL})).await;
    assert_eq!(r.status, 401);
    let gone = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let r = login(json!({"userName": gone.email, "password": DEMO_PASSWORD})).await;
    assert_eq!((r.status, r.message()), (403, "User disabled".to_string()));
}

#[tokio::test]
async fn tokens_act_as_their_user_and_die_with_termination() {
    let d = Demo::start().await;
    let p = d.portal();
    let u = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active);
    let t = p.token_for(u.id);
    assert_eq!(d.get_as(&t, "/api/2.0/people/@self").await.user().id, u.id);
    d.set_status(&d.token, "Terminated", &[u.id]).await;
    let r = d.get_as(&t, "/api/2.0/people/@self").await;
    assert_eq!((r.status, r.text.as_str()), (401, ""));
    p.revoke_token(&t);
    // The main token can be pointed at another caller.
    let admin = d.one_of(EmployeeType::DocSpaceAdmin, EmployeeStatus::Active);
    p.set_caller(admin.id);
    assert_eq!(d.get("/api/2.0/people/@self").await.user().id, admin.id);
}

#[tokio::test]
async fn the_token_never_reaches_the_request_log() {
    let d = Demo::start().await;
    d.get("/api/2.0/people/@self").await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    d.set_status(&d.token, "Terminated", &[u.id]).await;
    let log = d.portal().request_log();
    assert_eq!(log.len(), 2);
    let text = format!("{log:?}");
    assert!(!text.contains(&d.token));
    assert_eq!(log[1].user_ids, vec![u.id]);
    assert_eq!((log[1].method.as_str(), log[1].status), ("PUT", 200));
    assert_eq!(log[1].path, "/api/2.0/people/status/Terminated");
}

#[tokio::test]
async fn authentication_check_is_anonymous_and_says_whether_the_token_works() {
    let d = Demo::start().await;
    let r = d.get("/api/2.0/authentication").await;
    assert_eq!((r.status, r.response()), (200, json!(true)));
    let r = d
        .raw(Method::GET, "/api/2.0/authentication", None, None)
        .await;
    assert_eq!((r.status, r.response()), (200, json!(false)));
    let r = d
        .raw(
            Method::GET,
            "/api/2.0/authentication",
            Some("sk-nope"),
            None,
        )
        .await;
    assert_eq!(r.response(), json!(false));
}
