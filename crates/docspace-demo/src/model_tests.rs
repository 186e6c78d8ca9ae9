use super::*;

#[test]
fn dates_use_seven_digits_and_the_portal_offset() {
    let d = from_unix(1_748_781_000);
    assert_eq!(api_date(&d), "2025-06-01T15:30:00.0000000+03:00");
    let utc = DateTime::UNIX_EPOCH.fixed_offset();
    assert_eq!(api_date(&utc), "1970-01-01T00:00:00.0000000Z");
    let west = FixedOffset::west_opt(5 * 3600 + 1800).expect("offset");
    let d = west
        .timestamp_opt(1_748_781_000, 123_456_789)
        .single()
        .expect("date");
    assert_eq!(api_date(&d), "2025-06-01T07:00:00.1234567-05:30");
}

#[test]
fn owner_and_admins_are_docspace_admins() {
    assert!(Role::Owner.is_docspace_admin());
    assert_eq!(Role::Owner.employee_type(), EmployeeType::DocSpaceAdmin);
    assert!(Role::RoomAdmin.is_paid());
    assert!(!Role::User.is_paid());
    assert_eq!(Role::from_type(EmployeeType::All), Role::RoomAdmin);
}
