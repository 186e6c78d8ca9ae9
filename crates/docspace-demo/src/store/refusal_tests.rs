use super::*;

#[test]
fn statuses_follow_the_server_mapping() {
    assert_eq!(Refusal::user_not_found().status(), 404);
    assert_eq!(Refusal::AccessDenied.to_string(), "Access denied");
    assert_eq!(
        Refusal::InvalidOperation("The user is not suspended".into()).status(),
        403
    );
    assert_eq!(Refusal::Quota("x".into()).status(), 402);
    assert_eq!(
        Refusal::NullArgument("email").to_string(),
        "Value cannot be null. (Parameter 'email')"
    );
    assert_eq!(Refusal::LoginFailed.exception_type(), None);
}
