use super::*;

#[test]
fn names_follow_the_portal_rule() {
    for ok in [
        "Anna",
        "Zoë",
        "Zoe\u{301}",
        "O'Brien",
        "Mary-Jane",
        "Ян Вэй",
        "李",
    ] {
        assert_eq!(first_name(ok), Ok(()), "{ok}");
        assert_eq!(last_name(ok), Ok(()), "{ok}");
    }
    for bad in ["R2D2", "a_b", "x@y", "Ann.", "<b>"] {
        assert_eq!(first_name(bad), Err(FieldError::NameCharacters), "{bad}");
        assert_eq!(last_name(bad), Err(FieldError::NameCharacters), "{bad}");
    }
}

#[test]
fn first_name_is_required_last_name_is_not() {
    assert_eq!(first_name(""), Err(FieldError::Required));
    assert_eq!(first_name("   "), Err(FieldError::Required));
    assert_eq!(last_name(""), Ok(()));
    assert_eq!(last_name("  "), Err(FieldError::NameCharacters));
}

#[test]
fn lengths_are_limited_to_255_characters() {
    let ok = "é".repeat(255);
    let long = "é".repeat(256);
    assert_eq!(first_name(&ok), Ok(()));
    assert_eq!(first_name(&long), Err(FieldError::TooLong));
    assert_eq!(last_name(&long), Err(FieldError::TooLong));
    assert_eq!(password(&long), Err(FieldError::WeakPassword));
    let email_long = format!("{}@example.com", "a".repeat(250));
    assert_eq!(email(&email_long), Err(FieldError::TooLong));
}

#[test]
fn email_shape() {
    for ok in ["a@b.co", "first.last+tag@mail.example.org", "ü@bücher.de"] {
        assert_eq!(email(ok), Ok(()), "{ok}");
    }
    assert_eq!(email(""), Err(FieldError::Required));
    for bad in [
        "plain",
        "@example.com",
        "a@",
        "a@b",
        "a@@b.com",
        "a@b..com",
        "a b@c.com",
        ".a@b.com",
        "a..b@c.com",
        "a@-b.com",
        "a@b.com.",
        "a@b_c.com",
        "a@b.com\u{1b}",
    ] {
        assert_eq!(email(bad), Err(FieldError::EmailShape), "{bad}");
    }
}

#[test]
fn a_whole_request_is_checked() {
    let mut body = MemberRequestDto {
        first_name: Some("Anna".into()),
        email: Some("anna@example.com".into()),
        ..MemberRequestDto::default()
    };
    assert_eq!(request(&body), Ok(()));
    body.email = Some("anna@".into());
    assert_eq!(
        request(&body),
        Err("not sent: the email is invalid (not an email address (name@example.com))".into())
    );
    body.email = None;
    assert!(request(&body).is_err());
}

#[test]
fn password_is_optional() {
    assert_eq!(password(""), Ok(()));
    assert_eq!(password("s3cret!x"), Ok(()));
}

#[test]
fn a_password_meets_the_portal_s_policy_or_is_refused() {
    for weak in [
        "short1!",
        "has space 123",
        "pässwort123",
        &"x".repeat(31),
        "tab\there1",
    ] {
        assert_eq!(password(weak), Err(FieldError::WeakPassword), "{weak}");
    }
    for ok in ["12345678", "Secret#1", &"x".repeat(30), "~!@#$%^&*()_+{}"] {
        assert_eq!(password(ok), Ok(()), "{ok}");
    }
    assert!(FieldError::WeakPassword.message().contains("8 to 30"));
}
