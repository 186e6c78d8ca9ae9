use super::*;

fn f(query: &str) -> Option<Vec<String>> {
    Fields::from_query(Some(query)).map(|f| f.names().cloned().collect())
}

#[test]
fn the_parameter_is_read_as_the_server_reads_it() {
    assert_eq!(f(""), None);
    assert_eq!(f("count=5"), None);
    assert_eq!(
        f("fields=id,status"),
        Some(vec!["id".into(), "status".into()])
    );
    assert_eq!(f("FIELDS=id"), Some(vec!["id".into()]));
    // No trimming of spaces; `+` is a space.
    assert_eq!(
        f("fields=id,+status"),
        Some(vec!["id".into(), " status".into()])
    );
    // Several values are not split.
    assert_eq!(
        f("fields=id,status&fields=email"),
        Some(vec!["id,status".into(), "email".into()])
    );
    // `fields[]` wins.
    assert_eq!(
        f("fields=id&fields%5B%5D=email&fields[]=status"),
        Some(vec!["email".into(), "status".into()])
    );
    // An empty value keeps nothing.
    assert_eq!(f("fields="), Some(vec![String::new()]));
}

#[test]
fn plain_names_match_top_level_properties_exactly() {
    let s = Fields::of(["id", "status"]);
    assert_eq!(s.admit(1, "", "id"), Some(Next::Joined));
    assert_eq!(s.admit(1, "", "status"), Some(Next::Joined));
    assert_eq!(s.admit(1, "", "Status"), None);
    assert_eq!(s.admit(1, "", "email"), None);
    assert_eq!(s.admit(1, "", "i"), None);
    // Below a kept property, everything is kept.
    let s = Fields::of(["createdBy"]);
    assert_eq!(s.admit(2, "createdBy", "id"), Some(Next::Same));
    assert_eq!(s.admit(3, "createdBy", "x"), Some(Next::Same));
    assert_eq!(s.admit(2, "groups", "id"), None);
}

#[test]
fn dotted_names_keep_the_path_and_the_named_property() {
    let s = Fields::of(["createdBy.displayName"]);
    assert_eq!(s.admit(1, "", "createdBy"), Some(Next::Joined));
    assert_eq!(s.admit(1, "", "created"), None);
    assert_eq!(s.admit(1, "", "displayName"), None);
    assert_eq!(s.admit(2, "createdBy", "displayName"), Some(Next::Joined));
    assert_eq!(s.admit(2, "createdBy", "id"), None);
    assert_eq!(s.admit(2, "createdBy", "display"), None);
    // The named property's direct contents are kept, not deeper objects' contents.
    let s = Fields::of(["a.b"]);
    assert_eq!(s.admit(3, "a.b", "x"), Some(Next::Joined));
    assert_eq!(s.admit(4, "a.b.x", "y"), None);
    assert_eq!(joined(3, "a.b", "x"), "a.b.x");
    assert_eq!(joined(1, "", "a"), "a");
}

#[test]
fn an_empty_name_keeps_nothing() {
    let s = Fields::of([""]);
    assert_eq!(s.admit(1, "", "id"), None);
    assert!(!s.keeps_top("status"));
}
