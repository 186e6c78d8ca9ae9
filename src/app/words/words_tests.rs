use super::*;

#[test]
fn one_user_is_singular() {
    assert_eq!(users(0), "0 users");
    assert_eq!(users(1), "1 user");
    assert_eq!(users(2), "2 users");
}

#[test]
fn the_list_counts_one_user_as_one_user() {
    use crate::app::state::users::ListSize;
    assert_eq!(list::counts(ListSize::Total(1)), "1 user");
    assert_eq!(list::counts(ListSize::Counted(1)), "1 user");
    assert_eq!(list::counts(ListSize::Total(12_345)), "12,345 users");
    assert_eq!(list::counts(ListSize::AtLeast(1_000)), "1,000+ users");
    assert_eq!(list::counts(ListSize::Reading), "reading users…");
}
