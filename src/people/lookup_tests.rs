use super::*;

#[test]
fn guids_in_their_spellings() {
    let id = Uuid::from_u128(0x3f2504e0_4f89_11d3_9a0c_0305e82c3301);
    for s in [
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "  3F2504E0-4F89-11D3-9A0C-0305E82C3301 ",
        "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
        "3f2504e04f8911d39a0c0305e82c3301",
    ] {
        assert_eq!(parse_lookup(s), Ok(LookupTarget::Id(id)), "{s}");
    }
}

#[test]
fn only_the_user_asked_for_answers_a_lookup() {
    let mut ann = EmployeeFullDto::bare(Uuid::from_u128(7));
    ann.email = Some("Ann@Example.org".into());
    assert!(LookupTarget::Id(Uuid::from_u128(7)).is_answered_by(&ann));
    assert!(!LookupTarget::Id(Uuid::from_u128(8)).is_answered_by(&ann));
    assert!(LookupTarget::Email("ann@example.ORG".into()).is_answered_by(&ann));
    assert!(!LookupTarget::Email("bob@example.org".into()).is_answered_by(&ann));
    ann.email = None;
    assert!(!LookupTarget::Email("ann@example.org".into()).is_answered_by(&ann));
}

#[test]
fn emails_and_refusals() {
    assert_eq!(
        parse_lookup(" ann@example.org "),
        Ok(LookupTarget::Email("ann@example.org".into()))
    );
    let e = parse_lookup("ann@").unwrap_err();
    assert!(e.contains("not a valid email"), "{e}");
    let e = parse_lookup("3f2504e0-4f89-11d3").unwrap_err();
    assert!(e.contains("not a valid user ID"), "{e}");
    let e = parse_lookup("bob").unwrap_err();
    assert!(e.contains("neither a user ID"), "{e}");
    let e = parse_lookup("a\u{1b}[2Jb").unwrap_err();
    assert!(!e.contains('\u{1b}'), "{e}");
    assert!(parse_lookup("   ").is_err());
    assert!(!is_email("a@b"));
    assert!(!is_email("a b@c.d"));
    assert!(is_email("a.b+tag@sub.example.co"));
}
