use super::*;
use crate::store::valid_name;

#[test]
fn every_script_has_names_and_all_pass_the_name_rule() {
    let mut all = scripts();
    assert_eq!(all.len(), FILES.len());
    all.push(long_names());
    for s in &all {
        assert!(!s.first.is_empty() && !s.last.is_empty(), "{}", s.label);
        for n in s.first.iter().chain(&s.last) {
            assert!(valid_name(n.text), "{} fails the name rule", n.text);
            assert!(
                n.ascii
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
                "{} has a bad email part",
                n.ascii
            );
        }
    }
}

#[test]
fn malformed_lines_are_skipped() {
    let s = parse(
        "t",
        "first: A | a\nnonsense\nlast: B\nmiddle: C | c\nlast: D | d\n",
    );
    assert_eq!(s.first.len(), 1);
    assert_eq!(
        s.last,
        vec![Name {
            text: "D",
            ascii: "d"
        }]
    );
}
