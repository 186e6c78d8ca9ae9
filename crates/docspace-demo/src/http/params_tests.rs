use super::*;

fn q(s: &str) -> Result<ListQuery, Refusal> {
    list_query(&Params::parse(Some(s)), true)
}

#[test]
fn defaults_and_case_insensitive_names() {
    let d = q("").expect("ok");
    assert_eq!(
        (d.count, d.start, d.sort, d.descending),
        (100, 0, SortBy::FirstName, false)
    );
    let v = q("COUNT=5&startindex=10&SortBy=EMAIL&sortorder=Descending&employeestatus=terminated")
        .expect("ok");
    assert_eq!(
        (v.count, v.start, v.sort, v.descending),
        (5, 10, SortBy::Email, true)
    );
    assert_eq!(v.status, Some(StatusFilter::Terminated));
    assert_eq!(q("sortBy=shoesize").expect("ok").sort, SortBy::FirstName);
    assert_eq!(
        q("employeeType=2").expect("ok").narrowing.employee_type,
        Some(2)
    );
    assert_eq!(
        q("employeeType=All").expect("ok").narrowing.employee_type,
        Some(0)
    );
}

#[test]
fn out_of_range_and_garbage_are_validation_errors() {
    for bad in [
        "count=0",
        "count=101",
        "count=x",
        "startIndex=a",
        "sortOrder=up",
        "employeeStatus=0",
        "employeeType=Boss",
        "activationStatus=9x",
    ] {
        assert!(q(bad).is_err_and(|e| e.is_validation()), "{bad}");
    }
}

#[test]
fn the_narrowing_parameters_bind_by_name_or_number() {
    let n = q(
        "employeeTypes=1&EMPLOYEETYPES=user&groupId=01234567-89ab-cdef-0123-456789abcdef\
               &excludeGroup=TRUE&withoutGroup=false&area=guests&payments=1\
               &accountLoginType=LDAP&quotaFilter=custom&invitedByMe=true\
               &inviterId=01234567-89ab-cdef-0123-456789abcdef&isAdministrator=true",
    )
    .expect("ok")
    .narrowing;
    let id = uuid::Uuid::from_u128(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
    assert_eq!(
        n,
        Narrowing {
            employee_type: None,
            employee_types: vec![1, 4],
            group: Some(id),
            exclude_group: Some(true),
            without_group: Some(false),
            area: Some(Area::Guests),
            payments: Some(Payments::Free),
            login_type: Some(LoginType::Ldap),
            quota: Some(QuotaFilter::Custom),
            invited_by_me: Some(true),
            inviter: Some(id),
            administrator: Some(true),
        }
    );
    // `QuotaFilter.All` narrows nothing; blank values count as absent.
    let n = q("quotaFilter=0&area=&groupId=").expect("ok").narrowing;
    assert_eq!(n, Narrowing::default());
}

#[test]
fn bad_narrowing_values_are_validation_errors() {
    for bad in [
        "payments=7",
        "area=banana",
        "groupId=abc",
        "inviterId=42",
        "employeeTypes=1&employeeTypes=9",
        "accountLoginType=3",
        "quotaFilter=3",
        "withoutGroup=yes",
        "isAdministrator=1",
        "activationStatus=8",
    ] {
        assert!(q(bad).is_err_and(|e| e.is_validation()), "{bad}");
    }
}

#[test]
fn sort_by_numbers_and_display_name() {
    assert_eq!(q("sortBy=3").expect("ok").sort, SortBy::Type);
    assert_eq!(q("sortBy=8").expect("ok").sort, SortBy::RegistrationDate);
    assert_eq!(q("sortBy=9").expect("ok").sort, SortBy::FirstName);
    assert_eq!(q("sortBy=displayName").expect("ok").sort, SortBy::FirstName);
}
