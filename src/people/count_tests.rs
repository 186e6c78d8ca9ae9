use super::*;

#[test]
fn thousands_are_separated() {
    for (n, words) in [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1,000"),
        (12_345, "12,345"),
        (100_000, "100,000"),
        (1_234_567, "1,234,567"),
    ] {
        assert_eq!(thousands(n), words);
    }
}

#[test]
fn one_user_is_singular() {
    assert_eq!(users(0), "0 users");
    assert_eq!(users(1), "1 user");
    assert_eq!(users(2), "2 users");
    assert_eq!(users(12_345), "12,345 users");
}
