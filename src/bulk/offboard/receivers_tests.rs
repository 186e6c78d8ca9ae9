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
