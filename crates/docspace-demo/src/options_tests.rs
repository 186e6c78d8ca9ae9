use super::*;

#[test]
fn the_connection_cap_leaves_files_for_the_rest_of_the_process() {
    assert_eq!(max_connections_within(Some(20_000)), 19_744);
    assert_eq!(max_connections_within(Some(1024)), 768);
    assert_eq!(max_connections_within(Some(300)), 150);
    assert_eq!(max_connections_within(Some(1)), 1);
    assert_eq!(max_connections_within(None), FALLBACK_MAX_CONNECTIONS);
    assert!(default_max_connections() >= 1);
}
