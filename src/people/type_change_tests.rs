use uuid::Uuid;

use super::*;

#[test]
fn the_type_change_notice_names_both_types() {
    let mut created = EmployeeFullDto::bare(Uuid::from_u128(3));
    created.is_collaborator = Some(true);
    let notice = type_change_notice(EmployeeType::RoomAdmin, &created);
    assert_eq!(
        notice.as_deref(),
        Some("as User, not Room admin (no free paid seat)")
    );
    assert_eq!(type_change_notice(EmployeeType::User, &created), None);
}
