use super::*;

#[test]
fn the_attribute_only_wants_one_inner_at() {
    assert!(email_attribute_ok("a@b"));
    assert!(email_attribute_ok("ann.lee@example.com"));
    for bad in ["@b", "a@", "ab", "a@b@c", "a@b\nc"] {
        assert!(!email_attribute_ok(bad), "{bad:?}");
    }
}

#[test]
fn the_strict_pattern_wants_an_ascii_domain_with_a_letter_tld() {
    assert!(strict_email(" ann.lee@example.com "));
    assert!(strict_email("o'neil@mail.example.org"));
    for bad in [
        "a@b",
        "a b@example.com",
        "ann@exa_mple.com",
        "ann@example.c0m",
        "ann@пример.рф",
        "",
    ] {
        assert!(!strict_email(bad), "{bad:?}");
    }
    assert!(is_punycode("ann@xn--e1afmkfd.xn--p1ai"));
    assert!(!is_punycode("ann@example.com"));
}
