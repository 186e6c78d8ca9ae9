use super::*;

fn group(n: u128, name: &str) -> GroupDto {
    GroupDto {
        id: Uuid::from_u128(n),
        name: Some(name.into()),
        parent: None,
        category: None,
        is_ldap: None,
        is_system: None,
        manager: None,
        members_count: None,
    }
}

#[test]
fn types_add_up_in_one_order_and_toggle_off() {
    let mut p = FilterPanel::new(StatusFilter::All, ListFilters::default());
    p.toggle(Choice::Type(EmployeeType::Guest));
    p.toggle(Choice::Type(EmployeeType::DocSpaceAdmin));
    assert_eq!(
        p.filters.types,
        [EmployeeType::DocSpaceAdmin, EmployeeType::Guest]
    );
    assert!(p.is_on(Choice::Type(EmployeeType::Guest)));
    p.toggle(Choice::Type(EmployeeType::Guest));
    assert_eq!(p.filters.types, [EmployeeType::DocSpaceAdmin]);
    assert_eq!(p.debounce, Some(DEBOUNCE_TICKS));
}

#[test]
fn one_of_a_kind_replaces_and_picked_again_means_any() {
    let mut p = FilterPanel::new(StatusFilter::All, ListFilters::default());
    assert!(p.is_on(Choice::Login(None)));
    p.toggle(Choice::Login(Some(LoginType::Sso)));
    p.toggle(Choice::Login(Some(LoginType::Ldap)));
    assert_eq!(p.filters.login_type, Some(LoginType::Ldap));
    assert!(!p.is_on(Choice::Login(None)));
    p.toggle(Choice::Login(Some(LoginType::Ldap)));
    assert_eq!(p.filters.login_type, None);
    p.toggle(Choice::Status(StatusFilter::Pending));
    assert_eq!(p.status, StatusFilter::Pending);
    p.toggle(Choice::Status(StatusFilter::Pending));
    assert_eq!(p.status, StatusFilter::All);
    let g = Choice::Group(Some(GroupFilter::WithoutGroup));
    p.toggle(g);
    assert_eq!(p.filters.group, Some(GroupFilter::WithoutGroup));
    p.clear();
    assert_eq!(p.filters, ListFilters::default());
    assert_eq!(p.status, StatusFilter::All);
}

#[test]
fn the_groups_come_last_by_name() {
    let mut groups = Groups::default();
    let fixed = choices(&groups);
    assert_eq!(
        fixed.last(),
        Some(&Choice::Group(Some(GroupFilter::WithoutGroup)))
    );
    groups.replace(vec![
        group(2, "sales"),
        group(1, "R&amp;D"),
        group(3, "Accounting"),
    ]);
    let all = choices(&groups);
    assert_eq!(
        &all[..fixed.len()],
        &fixed[..],
        "the fixed rows keep their place"
    );
    let members: Vec<u128> = all[fixed.len()..]
        .iter()
        .map(|c| match c {
            Choice::Group(Some(GroupFilter::Member(id))) => id.as_u128(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(members, [3, 1, 2]);
    assert_eq!(groups.name_of(Uuid::from_u128(1)), Some("R&amp;D"));
}

#[test]
fn the_cursor_stays_on_the_rows() {
    let mut p = FilterPanel::new(StatusFilter::All, ListFilters::default());
    p.move_by(-3, 10);
    assert_eq!(p.cursor, 0);
    p.move_by(25, 10);
    assert_eq!(p.cursor, 9);
}
