use super::*;

#[test]
fn base64_as_rfc_4648_spells_it() {
    // The test vectors of RFC 4648, section 10.
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
    }
    assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
}

#[test]
fn the_sequence_carries_the_text_in_base64() {
    assert_eq!(
        osc52("ann@example.org"),
        "\u{1b}]52;c;YW5uQGV4YW1wbGUub3Jn\u{7}"
    );
}
