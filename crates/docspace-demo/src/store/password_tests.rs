use super::super::outbox::{MailKind, SentMail};
use super::super::test_support::*;
use super::*;
use docspace_api::dto::MemberRequestDto;

const POLICY: &str = "Password must contain from 8 to 30 characters, only latin letters, no spaces";

#[test]
fn the_default_policy_wants_8_to_30_printable_ascii_characters() {
    // PasswordSettings.cs lines 73, 89, 114 and 172-201.
    assert!(check_password("12345678").is_ok());
    assert!(
        check_password("Ab!~Cd#-aaaaaaaaaaaaaaaaaaaaaa").is_ok(),
        "30 characters"
    );
    for bad in ["1234567", "with space1", "pässwörd1", &"x".repeat(31)] {
        assert_eq!(
            check_password(bad),
            Err(Refusal::Argument(POLICY.into())),
            "{bad:?}"
        );
    }
}

#[test]
fn creating_a_user_with_a_weak_password_is_refused() {
    // UserController.cs lines 311-325: the policy runs on a given, trimmed password.
    let mut s = small();
    let owner = viewer(&s, 1);
    let req = |password: &str| MemberRequestDto {
        email: Some(format!("p{}@example.com", password.len())),
        first_name: Some("Pat".into()),
        password: Some(password.into()),
        kind: Some(docspace_api::dto::EmployeeType::User),
        ..MemberRequestDto::default()
    };
    assert_eq!(
        s.create(&owner, &req("short")),
        Err(Refusal::Argument(POLICY.into()))
    );
    let idx = s.create(&owner, &req("  long-enough  ")).expect("created");
    assert_eq!(
        s.user(idx).and_then(|u| u.password.clone()).as_deref(),
        Some("long-enough")
    );
    assert!(
        s.create(&owner, &req("")).is_ok(),
        "none given: a random one"
    );
}

#[test]
fn a_link_is_mailed_and_its_key_lets_the_password_change() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let msg = s
        .send_password_link(Asker::User(&admin), "user@demo.test")
        .expect("sent");
    assert_eq!(
        msg,
        "The password change instruction has been sent to user@demo.test email address."
    );
    let sent = s.outbox();
    let [
        SentMail {
            to,
            kind: MailKind::PasswordChange { user, key },
        },
    ] = sent.as_slice()
    else {
        panic!("one password mail: {sent:?}");
    };
    assert_eq!((to.as_str(), *user), ("user@demo.test", id(4)));
    assert!(s.password_link_user(id(4), "wrong").is_none());
    let holder = s
        .password_link_user(id(4), key)
        .expect("the key is the user's");
    assert_eq!(
        s.change_password(&holder, id(4), Some("short"), None),
        Err(Refusal::Argument(POLICY.into()))
    );
    assert_eq!(
        s.change_password(&holder, id(4), Some("  "), None),
        Err(Refusal::Argument("The password is empty.".into()))
    );
    let idx = s
        .change_password(&holder, id(4), Some(" new-secret-1 "), None)
        .expect("changed");
    assert_eq!(
        s.user(idx).and_then(|u| u.password.clone()).as_deref(),
        Some("new-secret-1")
    );
}

#[test]
fn who_may_ask_for_whom_and_what_a_caller_learns() {
    // UserController.cs lines 1740-1791, UserManagerWrapper.cs lines 364-408.
    let mut s = small();
    let admin = viewer(&s, 2);
    let user = viewer(&s, 4);
    assert_eq!(
        s.send_password_link(Asker::User(&admin), "owner@demo.test"),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(
        s.send_password_link(Asker::User(&user), "guest@demo.test"),
        Err(Refusal::AccessDenied)
    );
    assert!(
        s.send_password_link(Asker::User(&user), "user@demo.test")
            .is_ok(),
        "oneself"
    );
    assert_eq!(
        s.send_password_link(Asker::User(&admin), "nobody@demo.test"),
        Err(Refusal::InvalidOperation(
            "The user with \"nobody@demo.test\" email could not be found".into()
        ))
    );
    assert_eq!(
        s.send_password_link(Asker::User(&admin), "terminated@demo.test"),
        Err(Refusal::InvalidOperation(
            "Your profile is suspended".into()
        ))
    );
    assert_eq!(
        s.send_password_link(Asker::Anonymous, "nobody@demo.test"),
        Ok("If a user with the nobody@demo.test email exists, the password change instruction has been sent to this email address.".into())
    );
    assert_eq!(
        s.send_password_link(Asker::User(&admin), "a@b"),
        Err(Refusal::Argument(
            "email (Parameter 'Incorrect email')".into()
        ))
    );
    s.send_password_link(Asker::User(&admin), "invitee@demo.test")
        .expect("pending");
    assert_eq!(
        s.outbox().last().map(|m| m.kind.clone()),
        Some(MailKind::Invitation(docspace_api::dto::EmployeeType::User)),
        "a pending invitee gets the invitation again"
    );
}
