use super::*;

#[test]
fn characters_must_appear_in_order() {
    assert!(score("trm", "terminate").is_some());
    assert!(score("TRM", "terminate").is_some(), "case is ignored");
    assert!(
        score("mark all", "mark_all").is_some(),
        "spaces are skipped"
    );
    assert_eq!(score("mrt", "terminate"), None);
    assert_eq!(score("terminates", "terminate"), None);
    assert_eq!(score("", "anything"), Some(0));
}

#[test]
fn runs_and_word_starts_rank_first() {
    let exact = score("exp", "export").unwrap();
    let scattered = score("exp", "ex_cept_p").unwrap();
    assert!(exact > scattered, "{exact} > {scattered}");
    let word = score("ma", "mark_all").unwrap();
    let inner = score("ma", "automatic").unwrap();
    assert!(word > inner, "{word} > {inner}");
    let start = score("all", "mark_all").unwrap();
    let middle = score("all", "xallx").unwrap();
    assert!(start > middle);
}
