use uuid::Uuid;

use super::*;
use crate::people::pasted::parse_pasted;

#[test]
fn the_report_names_each_line_that_marked_nobody_and_why() {
    let list =
        parse_pasted("a@example.org\nb@example.org\nc@example.org\nnot one\nb@example.org\n");
    let answers = [
        FindAnswer::Found(Uuid::from_u128(1)),
        FindAnswer::Missing,
        FindAnswer::Failed("the portal failed (503): \u{1b}[2J".into()),
    ];
    let r = PasteReport::new(&list, &answers, 0);
    assert_eq!(
        r.summary,
        "marked 0 users; 1 already marked; 3 lines matched nobody; 1 repeated"
    );
    assert_eq!(
        r.groups,
        [
            (
                "No such user on the portal",
                vec!["line 2: b@example.org".to_string()]
            ),
            (
                "Neither a user ID nor an email",
                vec!["line 4: not one".to_string()]
            ),
            (
                "Could not be checked",
                vec!["line 3: c@example.org: the portal failed (503): \\x1b[2J".to_string()]
            ),
        ]
    );
    assert!(r.has_unmatched());
    assert_eq!(r.line_count(), 6);
}

#[test]
fn a_clean_list_has_nothing_to_show() {
    let list = parse_pasted("a@example.org\nb@example.org");
    let answers = [
        FindAnswer::Found(Uuid::from_u128(1)),
        FindAnswer::Found(Uuid::from_u128(2)),
    ];
    let r = PasteReport::new(&list, &answers, 2);
    assert_eq!(r.summary, "marked 2 users");
    assert!(!r.has_unmatched());
}
