use super::*;

#[test]
fn types_parse_in_both_spellings() {
    assert_eq!(
        parse_type("docspace-admin").ok(),
        Some(EmployeeType::DocSpaceAdmin)
    );
    assert_eq!(parse_type("RoomAdmin").ok(), Some(EmployeeType::RoomAdmin));
    assert_eq!(parse_type("guest").ok(), Some(EmployeeType::Guest));
    assert!(parse_type("all").is_err());
    assert!(
        parse_type("boss")
            .expect_err("unknown")
            .message
            .contains("room-admin")
    );
}
