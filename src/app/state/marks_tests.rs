use super::*;
use crate::api::EmployeeStatus;

fn user(n: u128, status: EmployeeStatus) -> EmployeeFullDto {
    crate::fixtures::bare(n).status(status).into()
}

#[test]
fn toggling_marks_and_unmarks_in_order() {
    let mut m = Marks::default();
    assert!(m.toggle(&user(2, EmployeeStatus::Active)));
    assert!(m.toggle(&user(1, EmployeeStatus::Active)));
    assert!(m.contains(Uuid::from_u128(1)));
    assert_eq!(m.len(), 2);
    assert!(!m.toggle(&user(2, EmployeeStatus::Active)));
    assert!(!m.contains(Uuid::from_u128(2)));
    m.clear();
    assert!(m.is_empty());
}

#[test]
fn acting_uses_the_freshest_copy() {
    let mut m = Marks::default();
    m.toggle(&user(1, EmployeeStatus::Active));
    m.toggle(&user(2, EmployeeStatus::Active));
    let mut list = UserList::default();
    list.begin_reload(false);
    let page = crate::api::UserPage {
        users: vec![user(2, EmployeeStatus::Terminated)],
        total: Some(1),
        start_index: 0,
    };
    list.apply_page(0, page, 10);
    let got: Vec<_> = m
        .users(&list)
        .iter()
        .map(|u| (u.id.as_u128(), u.status))
        .collect();
    assert_eq!(
        got,
        [
            (1, Some(EmployeeStatus::Active)),
            (2, Some(EmployeeStatus::Terminated))
        ]
    );
}
