use super::super::test_support::*;
use super::*;

#[test]
fn the_code_is_checked_only_for_users_with_the_app() {
    let mut s = small();
    assert_eq!(
        s.check_tfa_code(id(4), DEMO_TFA_CODE),
        Err(Refusal::LoginFailed)
    );
    s.set_tfa(id(4), true);
    assert_eq!(s.check_tfa_code(id(4), " 123456 "), Ok(()));
    assert_eq!(s.check_tfa_code(id(4), "000000"), Err(Refusal::LoginFailed));
    s.set_tfa(id(4), false);
    assert!(!s.tfa_enabled(id(4)));
}
