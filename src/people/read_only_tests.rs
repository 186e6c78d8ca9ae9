use super::*;

#[test]
fn the_refusal_names_the_write_and_says_nothing_was_sent() {
    let words = refusal("terminate");
    assert_eq!(
        words,
        "this profile is read-only: terminate is refused, nothing was sent"
    );
}
