//! Logging in over HTTP and with the client: the second factor and the refusals
//! (`web/ASC.Web.Api/Api/AuthenticationController.cs` lines 114-280).

use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::common::Demo;
use docspace_api::client::login::Login;
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_api::{ApiError, ClientOptions, PortalClient};
use docspace_demo::{DEMO_PASSWORD, DEMO_TFA_CODE, OWNER_EMAIL};

#[tokio::test]
async fn a_user_with_a_second_factor_gets_no_token_until_the_code() {
    let d = Demo::start().await;
    d.portal().set_tfa(d.portal().owner_id(), true);
    let creds = json!({"userName": OWNER_EMAIL, "password": DEMO_PASSWORD});
    let r = d
        .raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(creds.clone()),
        )
        .await;
    assert_eq!(r.status, 200);
    let a = r.response();
    assert!(a.get("token").is_none(), "{a}");
    assert_eq!(a["tfa"], json!(true));
    assert!(
        a["confirmUrl"]
            .as_str()
            .is_some_and(|u| u.contains("/confirm/TfaAuth?type=TfaAuth"))
    );
    let wrong = d
        .raw(
            Method::POST,
            "/api/2.0/authentication/000000",
            None,
            Some(creds.clone()),
        )
        .await;
    assert_eq!(
        (wrong.status, wrong.message()),
        (401, "User authentication failed".to_string())
    );
    assert_eq!(
        wrong.json()["error"]["type"],
        json!(null),
        "AuthenticationException: suppressed"
    );
    let ok = d
        .raw(
            Method::POST,
            &format!("/api/2.0/authentication/{DEMO_TFA_CODE}"),
            None,
            Some(creds),
        )
        .await;
    assert_eq!(ok.status, 200);
    let token = ok.response()["token"]
        .as_str()
        .expect("a token")
        .to_string();
    assert_eq!(ok.response()["tfa"], json!(true));
    assert_eq!(d.get_as(&token, "/api/2.0/people/@self").await.status, 200);
}

#[tokio::test]
async fn a_code_for_a_user_without_a_second_factor_is_refused() {
    let d = Demo::start().await;
    let r = d
        .raw(
            Method::POST,
            &format!("/api/2.0/authentication/{DEMO_TFA_CODE}"),
            None,
            Some(json!({"userName": OWNER_EMAIL, "password": DEMO_PASSWORD})),
        )
        .await;
    assert_eq!(
        r.status, 401,
        "SecurityException wrapped in AuthenticationException (line 195)"
    );
}

#[tokio::test]
async fn a_disabled_user_is_403_with_the_exception_type() {
    // AuthenticationController.cs line 232: InvalidOperationException, whose type the
    // error envelope writes.
    let d = Demo::start().await;
    let gone = d.one_of(EmployeeType::User, EmployeeStatus::Terminated);
    let r = d
        .raw(
            Method::POST,
            "/api/2.0/authentication",
            None,
            Some(json!({"userName": gone.email, "password": DEMO_PASSWORD})),
        )
        .await;
    assert_eq!((r.status, r.message()), (403, "User disabled".to_string()));
    assert_eq!(
        r.json()["error"]["type"],
        json!("System.InvalidOperationException")
    );
}

#[tokio::test]
async fn the_client_logs_in_with_and_without_a_code() {
    let d = Demo::start().await;
    let password = SecretString::from(DEMO_PASSWORD.to_string());
    let Login::Token { token, expires } = PortalClient::login(&d.url, OWNER_EMAIL, &password)
        .await
        .expect("logged in")
    else {
        panic!("a token");
    };
    assert!(expires.is_some());
    let me = PortalClient::new(&ClientOptions::new(d.url.clone(), token))
        .expect("client")
        .me()
        .await
        .expect("me");
    assert!(me.is_owner());
    let err = PortalClient::login(
        &d.url,
        OWNER_EMAIL,
        &SecretString::from("wrong".to_string()),
    )
    .await
    .expect_err("refused");
    assert_eq!(
        err,
        ApiError::LoginFailed {
            message: "User authentication failed".into()
        }
    );
    d.portal().set_tfa(d.portal().owner_id(), true);
    let first = PortalClient::login(&d.url, OWNER_EMAIL, &password)
        .await
        .expect("answered");
    assert!(matches!(first, Login::CodeRequired { by_sms: false, .. }));
    assert!(matches!(
        PortalClient::login_with_code(&d.url, OWNER_EMAIL, &password, "999999").await,
        Err(ApiError::LoginFailed { .. })
    ));
    let done = PortalClient::login_with_code(&d.url, OWNER_EMAIL, &password, DEMO_TFA_CODE)
        .await
        .expect("logged in");
    let Login::Token { token, .. } = done else {
        panic!("a token");
    };
    assert!(!token.expose_secret().is_empty());
    let log = d.portal().request_log();
    assert!(
        log.iter()
            .filter(|r| r.path.starts_with("/api/2.0/authentication"))
            .count()
            >= 4,
        "the logins reached the portal"
    );
    assert!(
        log.iter()
            .all(|r| !r.path.contains(DEMO_TFA_CODE) && !r.path.contains("999999")),
        "codes are credentials: never logged"
    );
}
