use super::*;

#[test]
fn credentials_query_and_fragment_are_dropped() {
    assert_eq!(
        clean_portal("https://admin:sk-secret@example.onlyoffice.com/base?token=sk-x#f"),
        "https://example.onlyoffice.com/base/"
    );
    assert_eq!(
        clean_portal("http://127.0.0.1:8092"),
        "http://127.0.0.1:8092/"
    );
    assert_eq!(
        clean_portal("not a url sk-secret"),
        "(an address that could not be read)"
    );
}
