use super::*;

#[test]
fn names_round_trip_and_are_unique() {
    let mut seen = std::collections::BTreeSet::new();
    for a in Action::ALL {
        assert_eq!(Action::from_name(a.name()), Some(a));
        assert!(seen.insert(a.name()), "duplicate name {}", a.name());
    }
    assert_eq!(Action::from_name("Filter-Panel"), Some(Action::FilterPanel));
    assert_eq!(Action::from_name("fly"), None);
}

#[test]
fn the_table_is_in_the_order_of_the_enum() {
    assert_eq!(ACTIONS.len(), Action::ALL.len());
    for (i, spec) in ACTIONS.iter().enumerate() {
        assert_eq!(spec.action as usize, i, "{}", spec.name);
        assert_eq!(spec.action.spec(), spec);
    }
}
