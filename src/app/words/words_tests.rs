use super::*;

#[test]
fn one_user_is_singular() {
    assert_eq!(users(0), "0 users");
    assert_eq!(users(1), "1 user");
    assert_eq!(users(2), "2 users");
}

#[test]
fn the_list_counts_one_user_as_one_user() {
    assert_eq!(list::counts(1, Some(1), true), "1 user");
    assert_eq!(list::counts(0, Some(1), false), "0/1 user");
    assert_eq!(list::counts(1, None, false), "1 user");
    assert_eq!(list::counts(100, Some(250), false), "100/250 users");
}
