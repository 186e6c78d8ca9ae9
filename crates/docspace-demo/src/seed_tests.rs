use super::*;

#[test]
fn same_seed_same_portal_other_seed_other_portal() {
    let a = seed(300, 42);
    let b = seed(300, 42);
    assert_eq!(a, b);
    let c = seed(300, 43);
    assert_ne!(a.users[5].id, c.users[5].id);
}

#[test]
fn every_kind_is_present_in_a_small_portal() {
    let s = seed(20, 1);
    assert_eq!(s.users.len(), 20);
    assert_eq!(s.users[0].email, OWNER_EMAIL);
    let has = |f: &dyn Fn(&User) -> bool| s.users.iter().any(f);
    assert!(has(&|u| u.role == Role::Admin));
    assert!(has(&|u| u.role == Role::Guest));
    assert!(has(
        &|u| u.status == EmployeeStatus::Pending && u.first_name.is_empty()
    ));
    assert!(has(&|u| u.status == EmployeeStatus::Terminated));
    assert!(has(&|u| u.first_name.chars().count()
        + u.last_name.chars().count()
        > 40));
    let emails: HashSet<_> = s.users.iter().map(|u| u.email.clone()).collect();
    assert_eq!(emails.len(), s.users.len());
}

#[test]
fn zero_users_still_has_the_owner() {
    let s = seed(0, 1);
    assert_eq!(s.users.len(), 1);
    assert_eq!(s.users[0].role, Role::Owner);
}
