//! The administration actions from the list: invite (`I`), resend invitations (`V`),
//! change type (`T`) and set a quota (`Q`), against the demo portal.

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::app::Overlay;
use docspace_people::demo::{JobPace, MailKind, SentMail};

use crate::harness::{Harness, demo_options};

/// Looks `id` up, so the single-user actions apply to that user.
async fn show(h: &mut Harness, id: uuid::Uuid) {
    h.press("i");
    h.paste(&id.to_string());
    h.press("enter");
    h.settle().await;
    assert_eq!(h.model().detail_user().map(|u| u.id), Some(id));
}

fn said(h: &Harness) -> String {
    let s = &h.model().status;
    format!("{:?} {:?}", s.notice, s.error)
}

#[tokio::test]
async fn inviting_two_addresses_mails_both_and_leaves_them_pending() {
    let mut h = Harness::start().await;
    h.press("I");
    assert!(h.screen().contains("Invite people"), "{}", h.screen());
    // A bad address is refused in the form, and nothing is sent.
    h.paste("ann@example.com, nobody");
    h.press("enter");
    assert!(
        h.screen().contains("nobody: not an email address"),
        "{}",
        h.screen()
    );
    h.press("ctrl-u");
    h.paste("ann@example.com, bob@example.com");
    h.press("tab");
    h.press("right");
    assert!(h.screen().contains("[Room admin]"), "{}", h.screen());
    h.press("left");
    h.press("tab");
    h.type_text("fr");
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.portal.outbox(),
        ["ann@example.com", "bob@example.com"].map(|to| SentMail {
            to: to.into(),
            kind: MailKind::Invitation(EmployeeType::User),
        })
    );
    for email in ["ann@example.com", "bob@example.com"] {
        let u = h.portal.user_by_email(email).expect("invited");
        assert_eq!(u.status, Some(EmployeeStatus::Pending));
        assert_eq!(u.culture_name.as_deref(), Some("fr"));
    }
    assert!(said(&h).contains("invited 2 of 2"), "{}", said(&h));
    h.finish().await;
}

#[tokio::test]
async fn resending_warns_about_old_links_and_throttling_is_said_in_words() {
    let mut h = Harness::start().await;
    let pending = h
        .portal
        .users()
        .into_iter()
        .find(|u| u.status == Some(EmployeeStatus::Pending))
        .expect("a pending user");
    let email = pending.email.clone().expect("email");
    show(&mut h, pending.id).await;
    h.press("V");
    let screen = h.screen();
    assert!(
        screen.contains("links sent before stop working"),
        "{screen}"
    );
    h.press("y");
    h.settle().await;
    let mails = h.portal.outbox();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].to, email);
    assert!(said(&h).contains("mailed again to 1 user"), "{}", said(&h));
    h.portal.set_sensitive_limit(Some(0));
    h.press("V");
    h.press("y");
    h.settle().await;
    assert!(
        said(&h).contains("limits how often invitations are resent: try again in"),
        "{}",
        said(&h)
    );
    assert_eq!(h.portal.outbox().len(), 1);
    h.finish().await;
}

#[tokio::test]
async fn resend_is_only_for_pending_users() {
    let mut h = Harness::start().await;
    let active = h
        .portal
        .users()
        .into_iter()
        .find(|u| u.status == Some(EmployeeStatus::Active) && !u.is_owner())
        .expect("an active user");
    show(&mut h, active.id).await;
    h.press("V");
    assert!(said(&h).contains("only pending users"), "{}", said(&h));
    assert!(h.portal.outbox().is_empty());
    h.finish().await;
}

#[tokio::test]
async fn a_room_admin_made_a_user_hands_their_rooms_to_you() {
    let mut h = Harness::start().await;
    let owner = h.portal.owner_id();
    let ra = h.room_admin_with_rooms();
    let rooms = h.portal.rooms_of(ra.id).len();
    let before = h.portal.rooms_of(owner).len();
    show(&mut h, ra.id).await;
    h.press("Y");
    let screen = h.screen();
    assert!(screen.contains("[User]"), "{screen}");
    assert!(
        screen.contains("hand the rooms they own to you"),
        "{screen}"
    );
    assert!(screen.contains("Rooms go to"), "{screen}");
    h.press("enter");
    h.settle().await;
    let after = h.portal.user(ra.id).expect("still there");
    assert_eq!(after.user_type(), Some(EmployeeType::User));
    assert!(h.portal.rooms_of(ra.id).is_empty());
    assert_eq!(h.portal.rooms_of(owner).len(), before + rooms);
    assert!(
        said(&h).contains("type change: 1 user changed"),
        "{}",
        said(&h)
    );
    h.finish().await;
}

#[tokio::test]
async fn paid_seats_stop_a_type_change_part_way_and_say_so() {
    let mut h = Harness::start().await;
    let users: Vec<_> = h
        .active_of_type(EmployeeType::User)
        .into_iter()
        .take(2)
        .collect();
    h.portal.set_free_paid_seats(1);
    h.paste(&format!("{}\n{}", users[0].id, users[1].id));
    h.settle().await;
    if matches!(h.model().overlay, Overlay::PasteReport(_)) {
        h.press("esc");
    }
    assert_eq!(h.model().marks.len(), 2, "{}", h.screen());
    h.press("Y");
    for _ in 0..4 {
        if h.screen().contains("[Room admin]") {
            break;
        }
        h.press("down");
    }
    assert!(h.screen().contains("[Room admin]"), "{}", h.screen());
    h.press("y");
    h.settle().await;
    let kinds: Vec<_> = users
        .iter()
        .map(|u| h.portal.user(u.id).and_then(|u| u.user_type()))
        .collect();
    assert_eq!(
        kinds,
        [Some(EmployeeType::RoomAdmin), Some(EmployeeType::User)]
    );
    let s = said(&h);
    assert!(s.contains("1 user changed"), "{s}");
    assert!(s.contains("refused"), "{s}");
    h.finish().await;
}

#[tokio::test]
async fn a_quota_is_set_in_words_and_reset_to_the_default() {
    let mut h = Harness::start().await;
    let user = h
        .portal
        .users()
        .into_iter()
        .find(|u| {
            u.user_type() == Some(EmployeeType::User) && u.status == Some(EmployeeStatus::Active)
        })
        .expect("a user");
    show(&mut h, user.id).await;
    h.press("Q");
    h.type_text("ten");
    h.press("enter");
    assert!(h.screen().contains("is not a size"), "{}", h.screen());
    h.press("ctrl-u");
    h.type_text("10GB");
    h.press("enter");
    h.settle().await;
    let after = h.portal.user(user.id).expect("user");
    assert_eq!(after.quota_limit, Some(10 << 30));
    assert_eq!(after.is_custom_quota, Some(true));
    h.press("Q");
    h.type_text("default");
    h.press("enter");
    h.settle().await;
    let after = h.portal.user(user.id).expect("user");
    assert_ne!(after.is_custom_quota, Some(true), "{after:?}");
    h.finish().await;
}

#[tokio::test]
async fn no_quota_is_offered_where_the_portal_shows_none() {
    let mut opts = demo_options(50);
    opts.user_quotas = false;
    let mut h = Harness::with(opts, None, 120, 30).await;
    h.press("Q");
    assert!(!h.screen().contains("Storage quota"), "{}", h.screen());
    assert!(
        said(&h).contains("no per-user storage quotas"),
        "{}",
        said(&h)
    );
    h.finish().await;
}

#[tokio::test]
async fn editing_your_own_last_name_saves_it_and_esc_asks_before_discarding() {
    let mut h = Harness::start().await;
    let owner = h.portal.owner_id();
    show(&mut h, owner).await;
    h.press("e");
    let screen = h.screen();
    assert!(screen.contains("Edit profile"), "{screen}");
    h.press("tab");
    h.press("ctrl-u");
    h.type_text("Nováková");
    h.press("esc");
    assert!(
        h.screen().contains("Discard what you typed?"),
        "{}",
        h.screen()
    );
    h.press("n");
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.portal.user(owner).and_then(|u| u.last_name).as_deref(),
        Some("Nováková")
    );
    assert!(said(&h).contains("profile saved"), "{}", said(&h));
    assert!(
        h.screen().contains("Nováková"),
        "the detail pane shows the new name: {}",
        h.screen()
    );
    h.finish().await;
}

#[tokio::test]
async fn an_admin_changes_someone_elses_email_and_sends_a_password_link() {
    let mut h = Harness::start().await;
    let user = h
        .active_of_type(EmployeeType::User)
        .into_iter()
        .next()
        .expect("a user");
    show(&mut h, user.id).await;
    h.press("e");
    assert!(!h.screen().contains("First name:"), "{}", h.screen());
    h.press("ctrl-u");
    h.type_text("not-an-address");
    h.press("enter");
    assert!(
        h.screen().contains("Email: not an email address"),
        "{}",
        h.screen()
    );
    h.press("ctrl-u");
    h.type_text("fresh.address@example.com");
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.portal.user(user.id).and_then(|u| u.email).as_deref(),
        Some("fresh.address@example.com")
    );
    assert_eq!(h.portal.outbox().len(), 1);
    h.press("P");
    assert!(h.screen().contains("set a new password?"), "{}", h.screen());
    h.press("y");
    h.settle().await;
    let mails = h.portal.outbox();
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert_eq!(mails[1].to, "fresh.address@example.com");
    assert!(said(&h).contains("mail sent"), "{}", said(&h));
    h.finish().await;
}

/// The group the open picker has chosen.
fn picked(h: &Harness) -> uuid::Uuid {
    match &h.model().overlay {
        Overlay::Admin(d) => d.chosen_group().map(|g| g.0).expect("a group picked"),
        other => panic!("no picker: {other:?}"),
    }
}

fn groups_of(h: &Harness, id: uuid::Uuid) -> Vec<uuid::Uuid> {
    let u = h.portal.user(id).expect("user");
    u.groups.unwrap_or_default().iter().map(|g| g.id).collect()
}

#[tokio::test]
async fn a_user_is_added_to_a_group_picked_from_the_portals_and_removed_again() {
    let mut h = Harness::start().await;
    let user = h
        .active_of_type(EmployeeType::User)
        .into_iter()
        .next()
        .expect("a user");
    show(&mut h, user.id).await;
    let before = groups_of(&h, user.id);
    h.press("+");
    h.settle().await;
    if !matches!(h.model().overlay, Overlay::Admin(_)) {
        assert!(said(&h).contains("press + again"), "{}", said(&h));
        h.press("+");
    }
    assert!(h.screen().contains("Add to a group"), "{}", h.screen());
    h.press("down");
    let group = picked(&h);
    assert!(!before.contains(&group), "only groups they are not in");
    h.press("enter");
    h.settle().await;
    assert!(groups_of(&h, user.id).contains(&group));
    let name = h
        .portal
        .groups()
        .into_iter()
        .find(|g| g.id == group)
        .and_then(|g| g.name)
        .expect("a name");
    let shown = name.chars().take(12).collect::<String>();
    assert!(
        h.line_with("Groups").is_some_and(|l| l.contains(&shown)),
        "the detail pane lists the new group: {}",
        h.screen()
    );
    h.press("-");
    assert!(h.screen().contains("Remove from a group"), "{}", h.screen());
    let mut moves = 0;
    while picked(&h) != group {
        assert!(moves < 50, "the new group is offered");
        h.press("down");
        moves += 1;
    }
    h.press("enter");
    h.settle().await;
    assert_eq!(groups_of(&h, user.id), before);
    h.finish().await;
}

#[tokio::test]
async fn a_type_change_job_shows_progress_and_esc_stops_it() {
    let mut h = Harness::start().await;
    // The portal's jobs do not move on by themselves: the run waits on the first.
    h.portal
        .set_job_pace(JobPace::Every(std::time::Duration::from_secs(3600)));
    let ra = h.room_admin_with_rooms();
    let rooms = h.portal.rooms_of(ra.id).len();
    show(&mut h, ra.id).await;
    h.press("Y");
    h.press("enter");
    // Wait for the first word of progress, then stop.
    h.wait_for_notice("changing types").await;
    assert!(
        h.screen().contains("changing types: 0 of 1 done"),
        "{}",
        h.screen()
    );
    h.press("esc");
    h.settle().await;
    let s = said(&h);
    assert!(s.contains("refused") && s.contains("stopped"), "{s}");
    assert_eq!(h.portal.running_jobs(), 0, "the job was told to stop");
    let after = h.portal.user(ra.id).expect("user");
    assert_eq!(after.user_type(), Some(EmployeeType::RoomAdmin));
    assert_eq!(h.portal.rooms_of(ra.id).len(), rooms);
    h.finish().await;
}

#[tokio::test]
async fn a_room_admins_rooms_go_to_the_admin_named() {
    let mut h = Harness::start().await;
    let admins = h.active_of_type(EmployeeType::RoomAdmin);
    let ra = admins
        .iter()
        .find(|u| !h.portal.rooms_of(u.id).is_empty())
        .expect("a room admin who owns rooms")
        .clone();
    let heir = admins
        .iter()
        .find(|u| u.id != ra.id)
        .expect("another")
        .clone();
    let rooms = h.portal.rooms_of(ra.id).len();
    let before = h.portal.rooms_of(heir.id).len();
    show(&mut h, ra.id).await;
    h.press("Y");
    h.press("tab");
    h.type_text("nobody");
    h.press("enter");
    assert!(
        matches!(h.model().overlay, Overlay::Admin(_)),
        "refused in the dialog"
    );
    assert!(h.screen().contains("Rooms go to"), "{}", h.screen());
    h.press("ctrl-u");
    h.paste(heir.email.as_deref().expect("email"));
    h.press("enter");
    h.settle().await;
    assert_eq!(
        h.portal.user(ra.id).and_then(|u| u.user_type()),
        Some(EmployeeType::User)
    );
    assert_eq!(h.portal.rooms_of(heir.id).len(), before + rooms);
    h.finish().await;
}

/// The owner makes a DocSpace admin a room admin with `PUT /people/type/RoomAdmin`: the
/// portal's type-change job is for users and guests (PEOPLE-API.md §6.7; the demo's
/// `store/kind.rs` allows this path for the owner). One rule with the command line
/// (`people::grant::type_change`).
#[tokio::test]
async fn the_owner_makes_an_admin_a_room_admin_without_the_job() {
    let mut h = Harness::start().await;
    let admin = h
        .portal
        .users()
        .into_iter()
        .find(|u| {
            u.is_admin == Some(true)
                && u.is_owner != Some(true)
                && u.is_ldap != Some(true)
                && u.status == Some(EmployeeStatus::Active)
        })
        .expect("a DocSpace admin");
    show(&mut h, admin.id).await;
    h.press("Y");
    let screen = h.screen();
    assert!(screen.contains("[Room admin]"), "{screen}");
    h.press("enter");
    h.settle().await;
    let after = h.portal.user(admin.id).expect("still there");
    assert_eq!(
        after.user_type(),
        Some(EmployeeType::RoomAdmin),
        "{}",
        said(&h)
    );
    assert!(h.requests_to("/api/2.0/people/type").is_empty(), "no job");
    h.finish().await;
}
