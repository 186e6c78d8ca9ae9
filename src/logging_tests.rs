use super::*;

#[test]
fn by_default_libraries_are_quiet_and_the_program_logs_at_its_level() {
    let d = default_directives("warn", "off");
    assert!(d.starts_with("off,"), "{d}");
    for c in OWN_CRATES {
        assert!(d.contains(&format!("{c}=warn")), "{d}");
    }
    // The directives parse as a filter.
    assert!(EnvFilter::try_new(&d).is_ok());
}
