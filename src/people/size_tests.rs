use super::*;

#[test]
fn sizes_read_with_binary_units() {
    assert_eq!(parse("10GB"), Ok(Some(10 * 1024 * 1024 * 1024)));
    assert_eq!(parse("500 MB"), Ok(Some(500 * 1024 * 1024)));
    assert_eq!(parse("1.5kb"), Ok(Some(1536)));
    assert_eq!(parse("2048"), Ok(Some(2048)));
    assert_eq!(parse("none"), Ok(None));
    assert_eq!(parse("Unlimited"), Ok(None));
}

#[test]
fn nonsense_is_refused_in_words() {
    for bad in [
        "",
        "GB",
        "ten GB",
        "5 parsecs",
        "1.2.3GB",
        "99999999999999999999TB",
    ] {
        let e = parse(bad).expect_err(bad);
        assert!(e.to_string().contains("is not a size"), "{e}");
    }
}

#[test]
fn sizes_in_words_never_round_up() {
    assert_eq!(words(0), "0 B");
    assert_eq!(words(1023), "1023 B");
    assert_eq!(words(1536), "1.5 KB");
    assert_eq!(words(1024 * 1024 - 1), "1023.9 KB");
    assert_eq!(words(10 * 1024 * 1024 * 1024), "10.0 GB");
}

#[test]
fn portal_sizes_are_whole_bytes_and_never_negative() {
    assert_eq!(from_portal(Some(2047.6)), 2048);
    assert_eq!(from_portal(Some(-1.0)), 0);
    assert_eq!(from_portal(Some(f64::NAN)), 0);
    assert_eq!(from_portal(None), 0);
}
