use super::*;
use secrecy::ExposeSecret;

#[test]
fn an_answer_with_a_token_is_a_token_and_debug_hides_it() {
    let dto = AuthenticationTokenDto {
        token: Some("sess-canary".into()),
        expires: Some("2030-01-01T00:00:00.0000000Z".into()),
        ..AuthenticationTokenDto::default()
    };
    let login = Login::from_answer(dto).expect("token");
    let Login::Token { token, expires } = &login else {
        panic!("a token");
    };
    assert_eq!(token.expose_secret(), "sess-canary");
    assert!(expires.is_some());
    assert!(!format!("{login:?}").contains("canary"));
}

#[test]
fn an_answer_without_a_token_asks_for_a_code() {
    let dto = AuthenticationTokenDto {
        tfa: Some(true),
        confirm_url: Some("https://p/confirm/TfaAuth?key=canary".into()),
        ..AuthenticationTokenDto::default()
    };
    let login = Login::from_answer(dto).expect("code");
    assert!(matches!(
        login,
        Login::CodeRequired {
            by_sms: false,
            setup: false,
            ..
        }
    ));
    assert!(!format!("{login:?}").contains("canary"));
    let sms = AuthenticationTokenDto {
        sms: Some(true),
        ..AuthenticationTokenDto::default()
    };
    assert!(matches!(
        Login::from_answer(sms),
        Ok(Login::CodeRequired { by_sms: true, .. })
    ));
    assert!(Login::from_answer(AuthenticationTokenDto::default()).is_err());
}

#[test]
fn a_refused_login_is_not_a_refused_token() {
    assert_eq!(
        login_error(ApiError::Unauthorized),
        ApiError::LoginFailed {
            message: "User authentication failed".into()
        }
    );
    let other = ApiError::Forbidden {
        message: "User disabled".into(),
    };
    assert_eq!(login_error(other.clone()), other);
}
