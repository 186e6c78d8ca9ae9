use uuid::Uuid;

use super::*;

const A: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const B: &str = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

fn id(s: &str) -> LookupTarget {
    LookupTarget::Id(Uuid::parse_str(s).unwrap())
}

fn email(s: &str) -> LookupTarget {
    LookupTarget::Email(s.to_string())
}

fn targets(list: &PastedList) -> Vec<(usize, LookupTarget)> {
    list.wanted
        .iter()
        .map(|w| (w.line, w.target.clone()))
        .collect()
}

#[test]
fn ids_and_emails_one_a_line() {
    let list = parse_pasted(&format!("{A}\nann@example.org\n\n  {B}  \n"));
    assert_eq!(
        targets(&list),
        [(1, id(A)), (2, email("ann@example.org")), (4, id(B))]
    );
    assert!(list.unreadable.is_empty());
    assert_eq!(list.repeats, 0);
}

#[test]
fn several_a_line_separated_by_spaces_commas_or_semicolons() {
    let list = parse_pasted(&format!(
        "ann@example.org, bob@example.org;{A}\n\"cy@example.org\" <dee@example.org>"
    ));
    assert_eq!(
        targets(&list),
        [
            (1, email("ann@example.org")),
            (1, email("bob@example.org")),
            (1, id(A)),
            (2, email("cy@example.org")),
            (2, email("dee@example.org")),
        ]
    );
}

#[test]
fn csv_with_an_id_column_as_users_list_writes_it() {
    let text = format!(
        "id,email,firstName,lastName,displayName\n\
         {A},ann@example.org,Ann,Lee,\"Lee, Ann\"\n\
         {B},,Bob,\"Two\nLines\",Bob\n"
    );
    let list = parse_pasted(&text);
    // The id column wins over the email column; the second record starts on line 3.
    assert_eq!(targets(&list), [(2, id(A)), (3, id(B))]);
}

#[test]
fn csv_with_only_an_email_column() {
    let list = parse_pasted("\u{feff}Name,EMAIL\nAnn,ann@example.org\nBob,not-an-email\nCy,\n");
    assert_eq!(targets(&list), [(2, email("ann@example.org"))]);
    assert_eq!(list.unreadable, [(3, "not-an-email".to_string())]);
}

#[test]
fn garbage_is_kept_with_its_line_and_the_rest_is_read() {
    let list = parse_pasted(&format!(
        "# exported on monday\nJohn Smith\n{A}\n12345678-abcd\nann@ex ample.org\nann@example.org, nobody"
    ));
    assert_eq!(targets(&list), [(3, id(A)), (6, email("ann@example.org"))]);
    assert_eq!(
        list.unreadable,
        [
            // A line naming nobody is reported whole, once.
            (2, "John Smith".to_string()),
            (4, "12345678-abcd".to_string()),
            (5, "ann@ex ample.org".to_string()),
            // Beside a user, the part that names nobody.
            (6, "nobody".to_string()),
        ]
    );
}

#[test]
fn repeats_are_counted_once_whatever_the_case_of_an_email() {
    let list = parse_pasted(&format!(
        "{A}\nAnn@Example.org\n{}\nann@example.ORG",
        A.to_uppercase()
    ));
    assert_eq!(targets(&list), [(1, id(A)), (2, email("Ann@Example.org"))]);
    assert_eq!(list.repeats, 2);
}

#[test]
fn a_single_line_is_not_a_list() {
    assert!(!is_list(&format!("  {A}\n")));
    assert!(!is_list("ann@example.org"));
    assert!(is_list(&format!("{A}\n\nann@example.org")));
    assert!(parse_pasted("").is_empty());
    assert!(parse_pasted("\n# only a comment\n").is_empty());
}

/// Regression: terminals send the line breaks of a paste as `\r`; such a list was read
/// as one line and opened the look-up with every value in it.
#[test]
fn line_breaks_sent_as_carriage_returns_end_lines() {
    let text = format!("ann@example.org\r{A}\rJohn Smith\r\nbob@example.org");
    assert!(is_list(&text));
    let list = parse_pasted(&text);
    assert_eq!(
        targets(&list),
        [
            (1, email("ann@example.org")),
            (2, id(A)),
            (4, email("bob@example.org"))
        ]
    );
    assert_eq!(list.unreadable, [(3, "John Smith".to_string())]);
    assert!(!is_list("ann@example.org\r"));
}
