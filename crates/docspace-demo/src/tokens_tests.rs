use super::*;

#[test]
fn tokens_look_like_api_keys() {
    let t = random_token();
    assert_eq!(t.len(), 35);
    assert!(t.starts_with("sk-"));
    assert!(
        t[3..]
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert_ne!(random_token(), t);
    assert_eq!(random_session_token().len(), 64);
}

#[test]
fn credentials_are_found_as_the_server_does() {
    use Presented::*;
    assert_eq!(
        presented(Some("Bearer sk-1"), Some("c")),
        Some(ApiKey("sk-1"))
    );
    assert_eq!(presented(Some("bearer abc"), None), Some(Session("abc")));
    assert_eq!(presented(Some("abc"), None), Some(Session("abc")));
    assert_eq!(
        presented(Some("abc"), Some("cookie")),
        Some(Session("cookie"))
    );
    assert_eq!(presented(None, None), None);
    assert_eq!(auth_cookie("a=1; asc_auth_key=tok; b=2"), Some("tok"));
    let mut t = Tokens::default();
    t.insert("sk-1".into(), Uuid::from_u128(1));
    t.insert("sess".into(), Uuid::from_u128(2));
    assert_eq!(t.user_for(ApiKey("sk-1")), Some(Uuid::from_u128(1)));
    assert_eq!(t.user_for(Session("sk-1")), None, "API keys need Bearer");
    assert_eq!(t.user_for(Session("sess")), Some(Uuid::from_u128(2)));
}
