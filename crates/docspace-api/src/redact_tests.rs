use super::*;

#[test]
fn tokens_are_recognised_and_ids_and_names_are_not() {
    for token in [
        "sk-canary",
        "SK-3f2a9c0e7b1d4e5f8a6b2c9d0e1f3a4b",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "Xy7Q2pL9mZ4kT8vR3nW6sB1c",
        "aGVsbG8gd29ybGQgdGhpcyBpcyBhIHRva2Vu/AbC123+xyz==",
    ] {
        assert!(looks_like_token(token), "{token}");
    }
    for plain in [
        "DOCSPACE_WORK_TOKEN",
        "DOCSPACE_TOKEN_2024_PROD",
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "3f2504e04f8911d39a0c0305e82c3301",
        "docspace-people-integration-test-2",
        "ann.lee@example.org",
        "/home/ann/.config/docspace-people/config.toml",
        "work",
        "sk-",
    ] {
        assert!(!looks_like_token(plain), "{plain}");
    }
}

#[test]
fn environment_names() {
    assert!(is_env_name("DOCSPACE_WORK_TOKEN"));
    assert!(is_env_name("_x1"));
    assert!(!is_env_name("sk-canary"));
    assert!(!is_env_name("1ABC"));
    assert!(!is_env_name("A B"));
    assert!(!is_env_name(""));
}

#[test]
fn addresses_lose_credentials_query_and_fragment() {
    assert_eq!(
        url_for_display(
            "https://ann:s3cret-canary@portal.example.com:8443/docspace?token=sk-canary#x"
        ),
        "https://portal.example.com:8443/docspace"
    );
    assert_eq!(
        url_for_display("http://portal.example.com/"),
        "http://portal.example.com"
    );
    assert_eq!(
        url_for_display("https://portal.example.com/sk-canary/x"),
        "https://portal.example.com/[hidden]/x"
    );
    assert!(!url_for_display("user:s3cret-canary@portal.example.com").contains("canary"));
    assert!(!url_for_display("sk-canary").contains("canary"));
    assert_eq!(url_for_display("portal.example.com"), "portal.example.com");
}

#[test]
fn text_is_scrubbed_of_tokens_and_credentials() {
    let text = "invalid value 'sk-canary-1' for '--limit <N>': use a number; \
                    see https://ann:pw-canary@h.example.com/x?key=k-canary. \
                    DOCSPACE_TOKEN=Xy7Q2pL9mZ4kT8vR3nW6sB1c and 3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    let got = scrub(text);
    assert!(!got.contains("canary"), "{got}");
    assert!(!got.contains("Xy7Q2pL9"), "{got}");
    assert!(got.contains("'--limit <N>'"), "{got}");
    assert!(got.contains("https://h.example.com/x."), "{got}");
    assert!(got.contains("DOCSPACE_TOKEN=[hidden]"), "{got}");
    assert!(
        got.contains("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
        "{got}"
    );
    let plain = "error: no profile named \"work\" in /tmp/x/config.toml";
    assert_eq!(scrub(plain), plain);
}

#[test]
fn shown_hides_what_may_be_a_token() {
    assert_eq!(shown("sk-canary", 40), HIDDEN);
    assert_eq!(shown("work", 40), "work");
    assert_eq!(shown("https://a:b-canary@h.example.com", 80), HIDDEN);
}
