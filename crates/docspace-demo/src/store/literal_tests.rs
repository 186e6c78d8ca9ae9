use super::super::test_support::*;
use super::*;

#[test]
fn search_wants_every_word_and_admins_only() {
    let mut s = small();
    let admin = viewer(&s, 2);
    let found = s.search_users(&admin, "ursula DEMO.TEST").expect("search");
    assert_eq!(found, [s.index_of(id(4)).expect("user")]);
    assert!(
        s.search_users(&admin, "u").expect("short").is_empty(),
        "words of two letters or more"
    );
    assert!(s.search_users(&admin, "  ").expect("empty").is_empty());
    assert!(
        s.search_users(&admin, "tom")
            .expect("terminated")
            .is_empty(),
        "active only"
    );
    let ra = viewer(&s, 3);
    assert_eq!(s.search_users(&ra, "ursula"), Err(Refusal::AccessDenied));
    s.put_status(s.index_of(id(4)).expect("u"), EmployeeStatus::Terminated);
    assert!(s.search_users(&admin, "ursula").expect("search").is_empty());
}

#[test]
fn exists_answers_with_the_status_of_a_registered_address() {
    let s = small();
    assert_eq!(
        s.user_exists(Some("INVITEE@demo.test")),
        Ok(Some(EmployeeStatus::Pending))
    );
    assert_eq!(s.user_exists(Some("nobody@demo.test")), Ok(None));
    assert!(matches!(
        s.user_exists(Some(" ")),
        Err(Refusal::Argument(_))
    ));
    assert_eq!(s.user_exists(None), Err(Refusal::NullArgument("email")));
}

#[test]
fn themes_are_per_user_and_named() {
    let mut s = small();
    assert_eq!(s.theme_of(id(4)), "System");
    assert_eq!(s.set_theme(id(4), "dark"), Ok("Dark"));
    assert_eq!(s.theme_of(id(4)), "Dark");
    assert_eq!(s.theme_of(id(3)), "System");
    assert!(matches!(
        s.set_theme(id(4), "Neon"),
        Err(Refusal::Validation { .. })
    ));
}

#[test]
fn only_related_guests_can_be_dropped_and_all_or_nothing() {
    let mut s = small();
    let ra = viewer(&s, 3);
    assert_eq!(
        s.drop_guests(&ra, Some(&[id(5), id(4)])),
        Err(Refusal::AccessDenied)
    );
    assert_eq!(s.drop_guests(&ra, Some(&[id(5)])), Ok(()));
    assert_eq!(
        s.drop_guests(&ra, Some(&[id(5)])),
        Err(Refusal::AccessDenied),
        "no longer related"
    );
    let user = viewer(&s, 4);
    assert_eq!(s.drop_guests(&user, Some(&[])), Err(Refusal::AccessDenied));
    assert_eq!(
        s.drop_guests(&ra, None),
        Err(Refusal::NullArgument("inDto?.UserIds"))
    );
}
