use keyring::Entry;
use keyring::mock::{MockCredential, default_credential_builder};

use super::*;

const SECRET: &str = "sk-keyring-secret-0123456789abcdef";

/// An entry kept in memory by keyring's mock store (each mock entry holds its own).
fn mock_entry(profile: &str) -> Entry {
    let credential = default_credential_builder()
        .build(None, SERVICE, profile)
        .expect("mock credential");
    Entry::new_with_credential(credential)
}

fn fail_next(entry: &Entry, err: keyring::Error) {
    entry
        .get_credential()
        .downcast_ref::<MockCredential>()
        .expect("a mock credential")
        .set_error(err);
}

#[test]
fn a_token_written_is_read_back_and_replaced_by_the_next() {
    let entry = mock_entry("work");
    write(&entry, "work", SECRET).expect("written");
    assert_eq!(read(&entry, "work").expect("read"), SECRET);
    write(&entry, "work", "sk-newer").expect("replaced");
    assert_eq!(read(&entry, "work").expect("read"), "sk-newer");
}

#[test]
fn a_missing_entry_says_which_profile_and_what_to_run() {
    let entry = mock_entry("work");
    let err = read(&entry, "work").expect_err("nothing kept yet");
    assert_eq!(
        err,
        ConfigError::KeyringNoEntry {
            profile: "work".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "no token in the keyring for profile \"work\"; run `docspace-people login --profile work --email EMAIL`"
    );
}

#[test]
fn an_unavailable_keyring_is_said_in_words_for_reads_and_writes() {
    let entry = mock_entry("work");
    fail_next(
        &entry,
        keyring::Error::NoStorageAccess("the store is locked".into()),
    );
    let err = read(&entry, "work").expect_err("refused");
    assert_eq!(
        err.to_string(),
        "the keyring cannot be used for profile \"work\": the keyring refused access (the store is locked)"
    );
    fail_next(
        &entry,
        keyring::Error::PlatformFailure("no such service".into()),
    );
    let err = write(&entry, "work", SECRET).expect_err("failed");
    assert!(
        matches!(err, ConfigError::KeyringUnavailable { .. }),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("the keyring failed (no such service)")
    );
}

#[test]
fn an_entry_that_is_not_text_never_shows_its_bytes() {
    let entry = mock_entry("work");
    fail_next(
        &entry,
        keyring::Error::BadEncoding(SECRET.as_bytes().to_vec()),
    );
    let err = read(&entry, "work").expect_err("not text");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(SECRET), "{shown}");
    assert!(shown.contains("not text"), "{shown}");
}

#[test]
fn a_refused_write_is_not_called_a_missing_entry() {
    let entry = mock_entry("work");
    fail_next(&entry, keyring::Error::NoEntry);
    let err = write(&entry, "work", SECRET).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "the keyring cannot be used for profile \"work\": the keyring refused to keep it"
    );
}

#[test]
fn the_login_hint_quotes_a_profile_name_the_shell_would_split() {
    let said = |profile: &str| {
        ConfigError::KeyringNoEntry {
            profile: profile.into(),
        }
        .to_string()
    };
    assert!(
        said("work").contains("login --profile work --email"),
        "{}",
        said("work")
    );
    assert!(
        said("my work").contains("login --profile 'my work' --email"),
        "{}",
        said("my work")
    );
    assert!(
        said("it's").contains(r"--profile 'it'\''s'"),
        "{}",
        said("it's")
    );
}
