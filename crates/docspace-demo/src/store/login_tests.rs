use super::super::test_support::*;
use super::*;

#[test]
fn demo_password_logs_in_active_users_only() {
    let s = small();
    assert_eq!(s.login(Some("OWNER@demo.test"), Some(DEMO_PASSWORD)), Ok(0));
    assert_eq!(s.login(Some("owner"), Some(DEMO_PASSWORD)), Ok(0));
    assert_eq!(
        s.login(Some("owner@demo.test"), Some("nope")),
        Err(Refusal::LoginFailed)
    );
    assert_eq!(
        s.login(None, Some(DEMO_PASSWORD)),
        Err(Refusal::LoginFailed)
    );
    assert_eq!(
        s.login(Some("terminated@demo.test"), Some(DEMO_PASSWORD)),
        Err(Refusal::UserDisabled)
    );
    assert_eq!(
        s.login(Some("invitee@demo.test"), Some(DEMO_PASSWORD)),
        Err(Refusal::LoginFailed)
    );
}
