//! `:profile NAME` with two demo portals: the app talks to the other portal's profile
//! from then on; a profile whose token cannot be read leaves it where it was.

use std::io::Write;

use docspace_people::config::ResolveOptions;
use docspace_people::demo::{DemoOptions, spawn};

use crate::harness::{Harness, demo_options};

/// A private configuration file with the profiles `two` (the second portal) and
/// `broken` (a token in an environment variable nobody sets).
fn config(dir: &tempfile::TempDir, url: &str, token: &str) -> std::path::PathBuf {
    let path = dir.path().join("config.toml");
    let text = format!(
        "journal = false\n\n\
         [profiles.two]\nurl = \"{url}\"\ntoken = \"{token}\"\n\n\
         [profiles.broken]\nurl = \"{url}\"\ntoken_env = \"DOCSPACE_PEOPLE_TEST_NEVER_SET\"\n"
    );
    let mut f = std::fs::File::create(&path).unwrap();
    f.write_all(text.as_bytes()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn switch(h: &mut Harness, name: &str) {
    h.press(":");
    h.type_text(&format!("profile {name}"));
    h.press("enter");
}

#[tokio::test]
async fn profile_switches_to_the_other_portal_and_a_broken_one_stays() {
    let mut h = Harness::start().await;
    let second = spawn(DemoOptions {
        seed: 99,
        ..demo_options(30)
    })
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = config(&dir, &second.url(), second.token());
    h.app.set_profiles(Some(ResolveOptions {
        config_path: Some(path),
        ..ResolveOptions::default()
    }));
    let first_label = h.model().portal_label.clone();
    h.press("w");
    h.press("j");
    h.press("space");
    assert_eq!(h.model().marks.len(), 1);

    switch(&mut h, "broken");
    h.settle().await;
    let said = h.model().status.error.clone().unwrap_or_default();
    assert!(
        said.contains("cannot switch to profile broken")
            && said.contains("DOCSPACE_PEOPLE_TEST_NEVER_SET"),
        "{said}"
    );
    assert_eq!(
        h.model().portal_label,
        first_label,
        "still on the first portal"
    );
    assert_eq!(h.model().marks.len(), 1, "nothing was reset");

    switch(&mut h, "nobody");
    h.settle().await;
    let said = h.model().status.error.clone().unwrap_or_default();
    assert!(said.contains("nobody"), "{said}");

    let before = second.portal().request_log().len();
    switch(&mut h, "two");
    h.settle().await;
    assert!(
        second.portal().request_log().len() > before,
        "the second portal is read"
    );
    assert!(h.model().portal_label.starts_with("two ("));
    assert_eq!(h.model().users.len(), 30, "the second portal's list");
    assert_eq!(
        h.model().marks.len(),
        0,
        "the marks were the first portal's"
    );
    assert!(h.model().columns.wide, "the wide list stays");
    let shown: Vec<_> = h.model().users.loaded().map(|(_, u)| u.id).collect();
    let theirs: Vec<_> = second.portal().users().into_iter().map(|u| u.id).collect();
    assert!(shown.iter().all(|id| theirs.contains(id)));
    assert!(h.screen().contains("two ("), "{}", h.screen());
    h.finish().await;
    second.shutdown().await;
}
