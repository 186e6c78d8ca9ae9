//! A list of emails (or IDs, or CSV) pasted over the user list marks those users.

use crate::harness::Harness;

#[tokio::test]
async fn pasting_three_emails_marks_the_two_users_and_reports_the_unknown_line() {
    let mut h = Harness::start().await;
    let users = h.portal.users();
    let (a, b) = (&users[17], &users[230]);
    let (ea, eb) = (
        a.email.clone().expect("email"),
        b.email.clone().expect("email"),
    );
    h.portal.clear_request_log();
    h.paste(&format!(
        "{ea}\n{}\nnobody@nowhere.example\n",
        eb.to_uppercase()
    ));
    h.settle().await;

    let marked: Vec<_> = h.model().marks.ids().collect();
    assert_eq!(marked, [a.id, b.id]);
    assert_eq!(h.requests_to("/api/2.0/people/email").len(), 3);
    let screen = h.screen();
    assert!(
        screen.contains("marked 2 users; 1 line matched nobody"),
        "{screen}"
    );
    assert!(
        screen.contains("No such user on the portal (1)"),
        "{screen}"
    );
    assert!(
        screen.contains("line 3: nobody@nowhere.example"),
        "{screen}"
    );
    assert!(
        screen.contains("2 marked"),
        "the count in the status bar:\n{screen}"
    );
    h.press("esc");
    let screen = h.screen();
    assert!(!screen.contains("line 3: nobody"), "{screen}");
    h.finish().await;
}

#[tokio::test]
async fn pasting_the_csv_of_users_list_marks_its_users() {
    let mut h = Harness::start().await;
    let users = h.portal.users();
    let csv = format!(
        "id,email,firstName\n{},x@y.org,\"Lee, Ann\"\n{},,Bo\n",
        users[3].id, users[200].id
    );
    h.paste(&csv);
    h.settle().await;
    let marked: Vec<_> = h.model().marks.ids().collect();
    assert_eq!(marked, [users[3].id, users[200].id]);
    let paths = [
        format!("/api/2.0/people/{}", users[3].id),
        format!("/api/2.0/people/{}", users[200].id),
    ];
    for p in &paths {
        assert_eq!(h.requests_to(p).len(), 1, "{p}");
    }
    // Nothing matched nobody: no report to close, just the words.
    let screen = h.screen();
    assert!(screen.contains("pasted list: marked 2 users"), "{screen}");
    h.finish().await;
}
