use super::*;

#[test]
fn types_parse_in_every_spelling() {
    assert_eq!(
        parse_type("docspace-admin").ok(),
        Some(EmployeeType::DocSpaceAdmin)
    );
    assert_eq!(parse_type("RoomAdmin").ok(), Some(EmployeeType::RoomAdmin));
    assert_eq!(parse_type("Room admin").ok(), Some(EmployeeType::RoomAdmin));
    assert_eq!(parse_type("guest").ok(), Some(EmployeeType::Guest));
    assert!(parse_type("all").is_err());
    assert!(
        parse_type("boss")
            .expect_err("unknown")
            .message
            .contains("docspace-admin, room-admin, user or guest")
    );
}

#[test]
fn unknown_fields_are_refused_naming_the_known_ones() {
    let err = picked(Some("id,shoe")).expect_err("unknown");
    assert!(
        err.message.contains("unknown field \"shoe\""),
        "{}",
        err.message
    );
    assert!(err.message.contains("email") && err.message.contains("registrationDate"));
    assert!(picked(None).expect("none").is_none());
}
