use super::*;

#[test]
fn the_query_asks_for_active_admins_and_room_admins() {
    let pairs = receivers_query().to_pairs();
    let has = |k: &str, v: &str| pairs.iter().any(|(pk, pv)| *pk == k && pv == v);
    assert!(has("employeeStatus", "1"), "{pairs:?}");
    let types: Vec<&String> = pairs
        .iter()
        .filter(|(k, _)| *k == "employeeTypes")
        .map(|(_, v)| v)
        .collect();
    assert_eq!(types.len(), 2, "{pairs:?}");
}

#[test]
fn only_active_admins_and_room_admins_receive_rooms() {
    let mut room_admin: EmployeeFullDto = crate::fixtures::user(4).into();
    room_admin.is_collaborator = None;
    room_admin.is_room_admin = Some(true);
    assert!(may_receive(&room_admin));
    assert!(!may_receive(&crate::fixtures::user(5).into()));
    room_admin.status = Some(EmployeeStatus::Terminated);
    assert!(!may_receive(&room_admin));
}
