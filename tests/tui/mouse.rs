//! The mouse against the portal: a click on a row shows that user, a click on a heading
//! sorts by it, the wheel moves through the list.

use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use docspace_people::api::EmployeeType;
use docspace_people::app::Msg;

use crate::harness::{Harness, query_param};

fn mouse(h: &mut Harness, kind: MouseEventKind, column: u16, row: u16) {
    h.send(Msg::Input(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })));
}

/// The screen position of the first character of `text` on the screen, if drawn.
fn find(h: &mut Harness, text: &str) -> Option<(u16, u16)> {
    h.screen().lines().enumerate().find_map(|(y, line)| {
        let at = line.find(text)?;
        let x = line[..at].chars().count();
        Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?))
    })
}

#[tokio::test]
async fn a_click_on_a_row_shows_that_user_in_the_detail_pane() {
    let mut h = Harness::start().await;
    let target = h.model().users.get(6).cloned().expect("a seventh row");
    let email = target.email.clone().expect("an email");
    let (_, y) = find(&mut h, &email[..12]).expect("the row is drawn");
    mouse(&mut h, MouseEventKind::Down(MouseButton::Left), 5, y);
    h.settle().await;
    assert_eq!(h.model().users.selected, Some(target.id));
    // The detail pane (right of the list) shows the user's ID.
    let screen = h.screen();
    let detail_line = h
        .line_with(&target.id.to_string())
        .unwrap_or_else(|| panic!("the detail pane shows {}:\n{screen}", target.id));
    assert!(detail_line.contains(&target.id.to_string()));
    h.finish().await;
}

#[tokio::test]
async fn a_click_on_the_email_heading_reads_the_list_by_email() {
    let mut h = Harness::start().await;
    h.portal.clear_request_log();
    let (x, y) = find(&mut h, "Email").expect("the Email heading");
    mouse(&mut h, MouseEventKind::Down(MouseButton::Left), x + 1, y);
    h.settle().await;
    let sorted: Vec<_> = h
        .requests_to("/api/2.0/people/filter")
        .into_iter()
        .filter_map(|r| query_param(r.query.as_deref(), "sortBy"))
        .collect();
    assert!(sorted.iter().any(|s| s == "email"), "{sorted:?}");
    assert!(h.screen().contains("Email ▲"), "{}", h.screen());
    // Again: the other way.
    mouse(&mut h, MouseEventKind::Down(MouseButton::Left), x + 1, y);
    h.settle().await;
    assert!(h.screen().contains("Email ▼"), "{}", h.screen());
    h.finish().await;
}

#[tokio::test]
async fn the_wheel_moves_through_the_list_and_reads_the_rows_it_reaches() {
    let mut h = Harness::start().await;
    assert_eq!(h.model().users.cursor, 0);
    for _ in 0..40 {
        mouse(&mut h, MouseEventKind::ScrollDown, 10, 10);
    }
    h.settle().await;
    assert_eq!(h.model().users.cursor, 120);
    assert!(h.model().users.scroll > 0);
    let selected = h
        .model()
        .users
        .current()
        .cloned()
        .expect("row 121 was read");
    assert_eq!(h.model().users.selected, Some(selected.id));
    mouse(&mut h, MouseEventKind::ScrollUp, 10, 10);
    assert_eq!(h.model().users.cursor, 117);
    h.finish().await;
}

/// Where `text` starts on screen, in terminal columns (wide characters count two).
fn cell_of(h: &mut Harness, text: &str) -> Option<(u16, u16)> {
    h.screen().lines().enumerate().find_map(|(y, line)| {
        let at = line.find(text)?;
        let x = unicode_width::UnicodeWidthStr::width(&line[..at]);
        Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?))
    })
}

#[tokio::test]
async fn a_click_on_a_dialog_button_presses_it_and_a_click_elsewhere_does_nothing() {
    let mut h = Harness::start().await;
    // A user the portal lets a run terminate (LDAP accounts it refuses).
    let (pos, target) = (0..h.model().users.len())
        .find_map(|i| {
            let u = h.model().users.get(i)?;
            (u.is_ldap != Some(true) && u.user_type() == Some(EmployeeType::User))
                .then(|| (i, u.clone()))
        })
        .expect("a plain user on the first page");
    h.press_n("j", pos);
    let click = |h: &mut Harness, (x, y): (u16, u16)| {
        mouse(h, MouseEventKind::Down(MouseButton::Left), x, y);
    };
    h.press("t");
    h.settle().await;
    let screen = h.screen();
    let cancel = cell_of(&mut h, "[ Cancel ]").unwrap_or_else(|| panic!("no Cancel:\n{screen}"));
    let terminate = cell_of(&mut h, "[ Terminate ]").expect("the Terminate button");
    // The title bar of the dialog and the space between the buttons are no buttons.
    click(&mut h, (cancel.0 + 11, cancel.1));
    click(&mut h, (0, 0));
    h.settle().await;
    assert!(h.line_with("[ Cancel ]").is_some(), "still asking");
    click(&mut h, (cancel.0 + 3, cancel.1));
    h.settle().await;
    assert!(
        h.line_with("[ Cancel ]").is_none(),
        "Cancel closed the dialog"
    );
    assert_eq!(
        h.portal.user(target.id).and_then(|u| u.status),
        target.status,
        "nothing was sent"
    );
    h.press("t");
    h.settle().await;
    click(&mut h, (terminate.0 + 4, terminate.1));
    h.settle().await;
    assert_eq!(
        h.portal.user(target.id).and_then(|u| u.status),
        Some(docspace_people::api::EmployeeStatus::Terminated),
        "the click on Terminate sent it"
    );
    h.finish().await;
}
