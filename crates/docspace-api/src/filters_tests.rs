use super::*;

fn pairs(f: &ListFilters) -> Vec<(&'static str, String)> {
    let mut q = Vec::new();
    f.push_pairs(&mut q);
    q
}

#[test]
fn no_filter_sends_nothing() {
    assert!(pairs(&ListFilters::default()).is_empty());
    assert!(ListFilters::default().is_empty());
}

#[test]
fn every_filter_is_named_as_the_server_binds_it() {
    let group = Uuid::from_u128(7);
    let inviter = Uuid::from_u128(9);
    let f = ListFilters {
        types: vec![EmployeeType::Guest, EmployeeType::User],
        group: Some(GroupFilter::NotMember(group)),
        area: Some(Area::People),
        payments: Some(Payments::Free),
        login_type: Some(LoginType::Standard),
        quota: Some(QuotaFilter::Custom),
        inviter: Some(Inviter::User(inviter)),
        administrators_only: true,
    };
    assert!(!f.is_empty());
    let got = pairs(&f);
    let want: Vec<(&str, String)> = vec![
        ("employeeTypes", "2".into()),
        ("employeeTypes", "4".into()),
        ("groupId", group.to_string()),
        ("excludeGroup", "true".into()),
        ("area", "1".into()),
        ("payments", "1".into()),
        ("accountLoginType", "2".into()),
        ("quotaFilter", "2".into()),
        ("inviterId", inviter.to_string()),
        ("isAdministrator", "true".into()),
    ];
    assert_eq!(got, want);
}

#[test]
fn one_type_is_sent_as_employee_type() {
    // With a group the server ignores `employeeTypes`; `employeeType` holds.
    let f = ListFilters {
        types: vec![EmployeeType::Guest],
        group: Some(GroupFilter::Member(Uuid::from_u128(3))),
        ..ListFilters::default()
    };
    let got = pairs(&f);
    assert_eq!(got[0], ("employeeType", "2".to_string()));
    assert!(got.iter().all(|(k, _)| *k != "employeeTypes"));
}

#[test]
fn without_group_and_invited_by_me_are_flags() {
    let f = ListFilters {
        group: Some(GroupFilter::WithoutGroup),
        inviter: Some(Inviter::Me),
        ..ListFilters::default()
    };
    assert_eq!(
        pairs(&f),
        vec![
            ("withoutGroup", "true".to_string()),
            ("invitedByMe", "true".to_string())
        ]
    );
}

#[test]
fn names_and_codes_parse_back() {
    for v in LoginType::VALUES {
        assert_eq!(LoginType::parse(v.name()), Some(*v));
        assert_eq!(LoginType::parse(&v.code().to_string()), Some(*v));
    }
    assert_eq!(QuotaFilter::parse("Custom"), Some(QuotaFilter::Custom));
    assert_eq!(Payments::parse("FREE"), Some(Payments::Free));
    assert_eq!(Area::parse("guests"), Some(Area::Guests));
    assert_eq!(LoginType::parse("kerberos"), None);
}
