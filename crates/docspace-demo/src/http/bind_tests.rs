use super::*;

fn message(r: Result<impl std::fmt::Debug, Refusal>) -> String {
    match r {
        Err(Refusal::Validation { message, .. }) => message,
        other => panic!("not a validation error: {other:?}"),
    }
}

#[test]
fn enums_bind_from_numbers_or_names_in_any_case() {
    assert_eq!(enum_value(&AREA, "2"), Ok(2));
    assert_eq!(enum_value(&AREA, "GUESTS"), Ok(2));
    assert_eq!(enum_value(&PAYMENTS, " free "), Ok(1));
    assert_eq!(enum_value(&ACCOUNT_LOGIN_TYPE, "standart"), Ok(2));
    assert_eq!(enum_value(&QUOTA_FILTER, "Custom"), Ok(2));
    assert_eq!(enum_value(&EMPLOYEE_TYPE, "docspaceadmin"), Ok(3));
}

#[test]
fn a_number_outside_an_enum_is_invalid_and_an_unknown_name_not_valid() {
    // `EnumTypeModelBinder`: a converted value that is no member is "invalid".
    assert_eq!(
        message(enum_value(&PAYMENTS, "7")),
        "The value '7' is invalid."
    );
    assert_eq!(
        message(enum_value(&AREA, "-1")),
        "The value '-1' is invalid."
    );
    // The converter rejects a name that is no member.
    assert_eq!(
        message(enum_value(&AREA, "banana")),
        "The value 'banana' is not valid for Area."
    );
    assert_eq!(
        message(enum_value(&AREA, "99999999999")),
        "The value '99999999999' is not valid for Area."
    );
}

#[test]
fn flags_enums_accept_values_their_names_spell() {
    // EmployeeStatus: 3 = Active, Terminated; 6 = Terminated, Pending; 0 has no name.
    assert_eq!(enum_value(&EMPLOYEE_STATUS, "3"), Ok(3));
    assert_eq!(enum_value(&EMPLOYEE_STATUS, "Active, Terminated"), Ok(3));
    assert_eq!(enum_value(&EMPLOYEE_STATUS, "6"), Ok(6));
    assert!(enum_value(&EMPLOYEE_STATUS, "0").is_err());
    assert!(enum_value(&EMPLOYEE_STATUS, "8").is_err());
    // EmployeeType: All is 0; 5 = RoomAdmin, User; 7 = DocSpaceAdmin, User; 8 none.
    assert_eq!(enum_value(&EMPLOYEE_TYPE, "0"), Ok(0));
    assert_eq!(enum_value(&EMPLOYEE_TYPE, "5"), Ok(5));
    assert_eq!(enum_value(&EMPLOYEE_TYPE, "7"), Ok(7));
    assert!(enum_value(&EMPLOYEE_TYPE, "8").is_err());
    // Not flags: a combination of names must still be a member.
    assert_eq!(enum_value(&PAYMENTS, "Paid, Free"), Ok(1));
    assert!(enum_value(&AREA, "People, Guests").is_err());
}

#[test]
fn guids_bind_in_the_dotnet_formats() {
    let id = Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
    for ok in [
        "01234567-89ab-cdef-0123-456789abcdef",
        "0123456789ABCDEF0123456789ABCDEF",
        "{01234567-89ab-cdef-0123-456789abcdef}",
        "(01234567-89ab-cdef-0123-456789abcdef)",
        " 01234567-89ab-cdef-0123-456789abcdef ",
    ] {
        assert_eq!(guid("GroupId", ok), Ok(id), "{ok}");
    }
    for bad in [
        "abc",
        "urn:uuid:01234567-89ab-cdef-0123-456789abcdef",
        "{0123456789abcdef0123456789abcdef}",
        "01234567-89ab-cdef-0123-456789abcdeg",
    ] {
        assert_eq!(
            message(guid("GroupId", bad)),
            format!("The value '{bad}' is not valid for GroupId."),
        );
    }
}

#[test]
fn booleans_are_true_or_false() {
    assert_eq!(boolean("WithoutGroup", "TRUE"), Ok(true));
    assert_eq!(boolean("WithoutGroup", "false"), Ok(false));
    assert_eq!(
        message(boolean("WithoutGroup", "1")),
        "The value '1' is not valid for WithoutGroup."
    );
}
