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
    let got: Vec<_> = m.users(&list).map(|u| (u.id.as_u128(), u.status)).collect();
    assert_eq!(
        got,
        [
            (1, Some(EmployeeStatus::Active)),
            (2, Some(EmployeeStatus::Terminated))
        ]
    );
}

#[test]
fn marking_by_id_keeps_order_and_counts_only_new_marks() {
    let mut m = Marks::default();
    m.toggle(&user(2, EmployeeStatus::Active));
    let added = m.mark_ids([1, 2, 3, 1].map(Uuid::from_u128));
    assert_eq!(added, 2);
    assert_eq!(
        m.ids().map(|id| id.as_u128()).collect::<Vec<_>>(),
        [2, 1, 3]
    );
    // Known by id alone: acted on as a bare user the portal checks.
    let list = UserList::default();
    let users: Vec<_> = m.users(&list).collect();
    assert_eq!(users[0].status, Some(EmployeeStatus::Active));
    assert_eq!(*users[1], EmployeeFullDto::bare(Uuid::from_u128(1)));
    assert!(!m.toggle(&user(3, EmployeeStatus::Active)), "unmarks");
    assert_eq!(m.len(), 2);
}

#[test]
fn rows_waiting_are_kept_per_list_generation() {
    let mut m = Marks::default();
    assert!(m.toggle_waiting(4, 120));
    assert!(m.is_waiting(4, 120));
    assert!(!m.is_waiting(5, 120));
    assert!(!m.toggle_waiting(4, 120), "a second space withdraws it");
    m.toggle_waiting(4, 120);
    // Another generation's rows are not this one's.
    assert!(m.toggle_waiting(5, 7));
    assert_eq!(m.waiting(), 1);
    assert_eq!(m.summary(), "no users marked (1 more when their rows load)");
    assert_eq!(m.drop_waiting(), 1);
    assert_eq!(m.waiting(), 0);
}
