use super::*;

#[test]
fn http_is_refused_off_loopback() {
    assert!(parse_base_url("http://127.0.0.1:8080").is_ok());
    assert!(parse_base_url("http://localhost").is_ok());
    assert!(parse_base_url("http://[::1]:9").is_ok());
    let err = parse_base_url("http://portal.example.com").expect_err("insecure");
    assert!(err.to_string().contains("https"));
    assert!(parse_base_url("ftp://x").is_err());
    assert!(parse_base_url("").is_err());
}

#[test]
fn base_url_gets_a_trailing_slash() {
    let u = parse_base_url("https://portal.example.com/docspace").expect("valid");
    assert_eq!(u.as_str(), "https://portal.example.com/docspace/");
}

#[test]
fn error_envelope_message_is_kept() {
    let body = br#"{"error":{"message":"The user is not suspended","type":"System.InvalidOperationException","stack":"x","hresult":1},"status":1,"statusCode":403}"#;
    let e = error_from(StatusCode::FORBIDDEN, None, body);
    assert_eq!(
        e,
        ApiError::Forbidden {
            message: "The user is not suspended".into()
        }
    );
}

#[test]
fn validation_problem_inside_success_envelope_is_read() {
    let body = br#"{"response":{"title":"One or more validation errors occurred.","status":400,"errors":{"Email":["The Email field is not a valid e-mail address."]}},"count":1,"status":1,"statusCode":400}"#;
    let e = error_from(StatusCode::BAD_REQUEST, None, body);
    assert_eq!(
        e.server_message(),
        Some("Email: The Email field is not a valid e-mail address.")
    );
}

#[test]
fn empty_401_and_html_502_are_named() {
    assert_eq!(
        error_from(StatusCode::UNAUTHORIZED, None, b""),
        ApiError::Unauthorized
    );
    let e = error_from(StatusCode::BAD_GATEWAY, None, b"<html>bad gateway</html>");
    assert!(e.to_string().contains("HTML page"));
}

#[test]
fn fields_are_asked_for_with_the_id_first() {
    assert_eq!(
        fields_query(&["status", "id", "email"]),
        vec![("fields", "id,status,email".to_string())]
    );
    assert_eq!(fields_query(&[]), vec![("fields", "id".to_string())]);
}

#[test]
fn emails_match_without_regard_to_case() {
    assert!(same_email(
        Some("Ann.Lee@Example.ORG"),
        " ann.lee@example.org "
    ));
    assert!(!same_email(
        Some("ann.lee@example.org"),
        "ann.le@example.org"
    ));
    assert!(!same_email(None, "ann.lee@example.org"));
}

#[test]
fn debug_never_shows_the_token() {
    let opts = ClientOptions::new("http://127.0.0.1:1", SecretString::from("sk-canary-123"));
    assert!(!format!("{opts:?}").contains("canary"));
    let c = PortalClient::new(&opts).expect("client");
    assert!(!format!("{c:?}").contains("canary"));
}
