use super::parse_emails;

#[test]
fn addresses_split_on_commas_spaces_and_line_breaks() {
    assert_eq!(
        parse_emails("a@example.com, b@example.com\nc@example.com;d@example.com  e@example.com"),
        Ok(vec![
            "a@example.com".to_string(),
            "b@example.com".to_string(),
            "c@example.com".to_string(),
            "d@example.com".to_string(),
            "e@example.com".to_string(),
        ])
    );
}

#[test]
fn a_repeated_address_is_invited_once() {
    assert_eq!(
        parse_emails("a@example.com A@Example.com"),
        Ok(vec!["a@example.com".to_string()])
    );
}

#[test]
fn the_first_bad_address_is_named() {
    let err = parse_emails("a@example.com, nobody, c@").expect_err("refused");
    assert!(err.starts_with("nobody: not an email address"), "{err}");
}

#[test]
fn nothing_typed_is_refused() {
    assert!(parse_emails(" ,\n ").is_err());
}
