//! A long list scrolled to its end holds only the pages around the screen, asks the portal
//! for the row properties it draws (`fields=`), and reads the selected user's whole
//! profile for the detail pane.

use docspace_people::app::Overlay;

use crate::harness::{Harness, demo_options, query_param};

const FILTER: &str = "/api/2.0/people/filter";

#[tokio::test]
async fn scrolling_a_long_list_holds_few_pages_and_the_pane_reads_the_whole_profile() {
    let mut h = Harness::with(demo_options(3_000), None, 120, 30).await;
    let mut most = 0;
    while h.model().users.cursor + 1 < h.model().users.len() {
        h.press("pgdn");
        h.settle().await;
        most = most.max(h.model().users.held_pages());
        assert!(
            h.model().users.current().is_some(),
            "the row under the cursor is read"
        );
    }
    assert_eq!(h.model().users.cursor, 2_999);
    assert!(most <= 7, "{most} pages held at once");
    assert!(
        h.model().users.get(0).is_none(),
        "the first page was dropped"
    );

    // The last row is on screen, and the pane shows the selected user's whole profile.
    let last = h.model().users.current().cloned().expect("the last row");
    let screen = h.screen();
    let email = last.email.clone().expect("an email");
    assert!(screen.contains(&email[..12]), "{screen}");
    assert!(last.has_avatar.is_none(), "rows carry less than a profile");
    let whole = h.model().profiles.get(last.id).expect("the profile read");
    assert!(whole.has_avatar.is_some());
    assert!(screen.contains("Has avatar"), "{screen}");
    assert!(!screen.contains("reading…"), "{screen}");

    // Every list request asked for the row properties, not whole profiles.
    let lists = h.requests_to(FILTER);
    assert!(lists.len() >= 30, "{} list requests", lists.len());
    for r in &lists {
        let fields = query_param(r.query.as_deref(), "fields").expect("fields= asked");
        let fields: Vec<&str> = fields.split(',').collect();
        assert!(
            fields.contains(&"id") && fields.contains(&"status"),
            "{fields:?}"
        );
        assert!(!fields.contains(&"hasAvatar"), "{fields:?}");
    }

    // Back at the top: the first page is read again.
    let firsts = |h: &Harness| {
        h.requests_to(FILTER)
            .iter()
            .filter(|r| query_param(r.query.as_deref(), "startIndex").as_deref() == Some("0"))
            .count()
    };
    let before = firsts(&h);
    h.press("g");
    h.settle().await;
    assert_eq!(firsts(&h), before + 1);
    let first = h
        .model()
        .users
        .current()
        .cloned()
        .expect("the first row again");
    let screen = h.screen();
    assert!(
        screen.contains(&first.email.expect("an email")[..12]),
        "{screen}"
    );
    assert!(h.model().users.held_pages() <= 7);
    h.finish().await;
}

/// Presses `-` (again, once the portal's groups are read, if it asks for that) and
/// returns the groups the picker offers.
async fn groups_offered_to_remove(h: &mut Harness) -> Vec<uuid::Uuid> {
    h.press("-");
    h.settle().await;
    if !matches!(h.model().overlay, Overlay::Admin(_)) {
        h.press("-");
        h.settle().await;
    }
    let mut offered = Vec::new();
    for _ in 0..60 {
        match &h.model().overlay {
            Overlay::Admin(d) => offered.extend(d.chosen_group().map(|g| g.0)),
            other => panic!("no picker: {other:?}"),
        }
        h.press("down");
    }
    offered.sort();
    offered.dedup();
    offered
}

#[tokio::test]
async fn removing_from_a_group_offers_the_rows_own_groups_before_the_profile_is_read() {
    let mut h = Harness::start().await;
    // No detail pane (so no profile is read) and no Groups column; rows read again.
    for command in ["columns wide", "columns name,email"] {
        h.press(":");
        h.type_text(command);
        h.press("enter");
        h.settle().await;
    }
    h.press("r");
    h.settle().await;
    let all = h.portal.groups().len();
    let pos = h
        .model()
        .users
        .loaded()
        .position(|(_, u)| {
            let theirs = h
                .portal
                .user(u.id)
                .and_then(|p| p.groups)
                .unwrap_or_default();
            !theirs.is_empty() && theirs.len() < all
        })
        .expect("a user in some groups");
    h.press_n("j", pos);
    h.settle().await;
    let user = h.model().users.current().cloned().expect("the row");
    assert!(h.model().profiles.get(user.id).is_none(), "no profile read");
    let theirs: Vec<uuid::Uuid> = h
        .portal
        .user(user.id)
        .and_then(|p| p.groups)
        .unwrap_or_default()
        .iter()
        .map(|g| g.id)
        .collect();
    let offered = groups_offered_to_remove(&mut h).await;
    assert!(
        offered.iter().all(|g| theirs.contains(g)),
        "only the user's groups: {offered:?}, theirs {theirs:?}"
    );
    assert!(!offered.is_empty());
    h.finish().await;
}
