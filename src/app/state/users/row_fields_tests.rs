use super::*;

#[test]
fn rows_carry_what_the_actions_need_and_what_the_columns_draw() {
    let f = row_fields(&[Column::Name, Column::Inviter]);
    for needed in [
        "id",
        "status",
        "isOwner",
        "isAdmin",
        "email",
        "profileUrl",
        "groups",
    ] {
        assert!(f.contains(&needed), "{needed} missing from {f:?}");
    }
    assert!(f.contains(&"createdBy"));
    assert!(
        !f.contains(&"registrationDate"),
        "a column not shown is not read"
    );
    let mut sorted = f.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), f.len(), "each property once");
}

#[test]
fn every_column_names_properties_a_profile_has() {
    let f = row_fields(&Column::ALL);
    for p in [
        "groups",
        "department",
        "registrationDate",
        "createdBy",
        "usedSpace",
    ] {
        assert!(f.contains(&p), "{p} missing from {f:?}");
    }
    // Leave out what only the detail pane shows.
    for p in ["contacts", "notes", "avatar", "listAdminModules"] {
        assert!(!f.contains(&p), "{p} is read with every row");
    }
}
