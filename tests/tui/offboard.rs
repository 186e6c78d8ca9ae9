//! Offboarding from the delete confirmation: what the user owns read and shown before
//! confirming, the rooms handed to an admin chosen in the picker, the handover and the
//! data removal followed by percent in the job window, a plain delete (no receiver) that
//! follows the data removal too (one that fails told beside the delete), and a stop
//! during the handover that stops the portal's
//! job and deletes nobody. Against the demo portal, whose jobs
//! advance one step per progress read (`common/ASC.Data.Reassigns/*ProgressItem.cs`).

use std::time::Duration;

use docspace_people::api::{EmployeeStatus, EmployeeType};
use docspace_people::demo::{Fault, FaultRule, NewUser};
use uuid::Uuid;

use crate::harness::Harness;

const GB: u64 = 1024 * 1024 * 1024;

/// An active room admin who owns two rooms (3 GB in all), and an active DocSpace admin
/// to receive them.
fn leaver_and_receiver(h: &Harness) -> (Uuid, Uuid) {
    let leaver = h.portal.insert_user(NewUser::new(
        "Leona",
        "Quillfeather",
        "leona.quillfeather@example.org",
        EmployeeType::RoomAdmin,
    ));
    h.portal.add_room(leaver, "Harbour plans", 4, GB);
    h.portal.add_room(leaver, "Tide tables", 2, 2 * GB);
    let receiver = h.portal.insert_user(NewUser::new(
        "Zephyrine",
        "Marchbank",
        "zephyrine.marchbank@example.org",
        EmployeeType::DocSpaceAdmin,
    ));
    (leaver, receiver)
}

/// Whether no delete of `user` was sent (by either delete route).
fn no_delete(h: &Harness, user: Uuid) -> bool {
    let one = format!("/api/2.0/people/{user}");
    h.log()
        .iter()
        .all(|r| r.path != "/api/2.0/people/delete" && !(r.method == "DELETE" && r.path == one))
}

/// Shows the leaver, opens the delete confirmation and waits for what they own.
async fn open_delete(h: &mut Harness) {
    h.press("i");
    h.paste("leona.quillfeather@example.org");
    h.press("enter");
    h.settle().await;
    h.press("d");
    let opened = h.screen();
    assert!(opened.contains("reading what they own…"), "{opened}");
    h.settle().await;
}

/// Picks the receiver through the picker by typing part of their name.
async fn pick_receiver(h: &mut Harness) {
    h.press("r");
    h.settle().await;
    let picker = h.screen();
    assert!(picker.contains("Reassign data to"), "{picker}");
    assert!(
        picker.contains("down/up move"),
        "typed keys are the search: {picker}"
    );
    h.type_text("zephyr");
    h.press("enter");
}

/// Applies replies one at a time, keeping every "Now:" line drawn, until `stop_when`
/// holds for one of them (then returns) or nothing is in flight.
async fn follow(h: &mut Harness, stop_when: impl Fn(&str) -> bool) -> Vec<String> {
    let mut seen = Vec::new();
    while h.model().requests.is_busy() {
        let msg = tokio::time::timeout(Duration::from_secs(30), h.app.next_reply())
            .await
            .expect("a reply within 30 s")
            .expect("the worker runs");
        h.send(msg);
        if let Some(line) = h.line_with("Now:") {
            let line = line
                .trim_matches(|c: char| c == '│' || c.is_whitespace())
                .to_string();
            let stop = stop_when(&line);
            if seen.last() != Some(&line) {
                seen.push(line);
            }
            if stop {
                break;
            }
        }
    }
    seen
}

/// Asserts that "Now:" lines of `step` showed each of `percents`.
fn saw_percents(seen: &[String], step: &str, percents: &[&str]) {
    for p in percents {
        assert!(
            seen.iter().any(|l| l.contains(step) && l.contains(p)),
            "{step} {p} in {seen:#?}"
        );
    }
}

#[tokio::test]
async fn a_room_admins_rooms_go_to_the_chosen_admin_then_they_are_deleted() {
    let mut h = Harness::start().await;
    let (leaver, receiver) = leaver_and_receiver(&h);
    let rooms: Vec<i64> = h.portal.rooms_of(leaver).iter().map(|r| r.id).collect();
    open_delete(&mut h).await;
    let dialog = h.screen();
    assert!(dialog.contains("rooms: 2 (3.0 GB) go to you"), "{dialog}");
    assert!(dialog.contains("personal files:"), "{dialog}");
    pick_receiver(&mut h).await;
    let dialog = h.screen();
    assert!(
        dialog.contains("rooms: 2 (3.0 GB) go to Zephyrine Marchbank"),
        "{dialog}"
    );
    h.press("y");
    let seen = follow(&mut h, |_| false).await;
    h.settle().await;
    saw_percents(&seen, "handing data over", &["5%", "50%", "100%"]);
    saw_percents(&seen, "removing data", &["30%", "95%", "100%"]);
    let last_handover = seen.iter().rposition(|l| l.contains("handing data over"));
    let first_removal = seen.iter().position(|l| l.contains("removing data"));
    assert!(last_handover < first_removal, "the delete waits: {seen:#?}");
    assert!(h.portal.user(leaver).is_none(), "deleted");
    let theirs: Vec<i64> = h.portal.rooms_of(receiver).iter().map(|r| r.id).collect();
    assert!(rooms.iter().all(|r| theirs.contains(r)), "{theirs:?}");
    let report = h.screen();
    assert!(
        report.contains("rooms and shared files handed to Zephyrine Marchbank"),
        "{report}"
    );
    assert!(report.contains("files removed"), "{report}");
    let started = h.requests_to("/api/2.0/people/reassign/start");
    assert_eq!(started.len(), 1);
    h.finish().await;
}

/// Confirming without choosing a receiver is a plain delete: the removal the delete
/// queues gives the rooms to the caller (as the dialog says: "go to you") and deletes
/// the personal files. It used to be sent and never followed: the job window closed at
/// the delete, and on a portal whose jobs advance only as they are read (the demo) the
/// rooms never reached anyone.
#[tokio::test]
async fn a_plain_delete_follows_the_data_removal_to_its_end() {
    let mut h = Harness::start().await;
    let (leaver, _) = leaver_and_receiver(&h);
    let me = h.portal.owner_id();
    let rooms: Vec<i64> = h.portal.rooms_of(leaver).iter().map(|r| r.id).collect();
    open_delete(&mut h).await;
    let dialog = h.screen();
    assert!(dialog.contains("rooms: 2 (3.0 GB) go to you"), "{dialog}");
    h.press("y");
    let seen = follow(&mut h, |_| false).await;
    h.settle().await;
    saw_percents(&seen, "removing data", &["30%", "60%", "100%"]);
    assert!(h.portal.user(leaver).is_none(), "deleted");
    assert_eq!(h.portal.running_jobs(), 0, "the removal ran to its end");
    let mine: Vec<i64> = h.portal.rooms_of(me).iter().map(|r| r.id).collect();
    assert!(rooms.iter().all(|r| mine.contains(r)), "{mine:?}");
    assert!(
        h.requests_to("/api/2.0/people/reassign/start").is_empty(),
        "no handover without a receiver"
    );
    let screen = h.screen();
    assert!(screen.contains("terminated and deleted 1 user"), "{screen}");
    h.finish().await;
}

/// A user deleted whose data removal then failed used to be listed as failed, though the
/// journal says the delete was done: they are listed as deleted (done), with the
/// removal's end beside them.
#[tokio::test]
async fn a_failed_data_removal_is_shown_beside_a_user_who_was_deleted() {
    let mut h = Harness::start().await;
    let (leaver, _) = leaver_and_receiver(&h);
    h.portal.fail_removals("storage offline");
    open_delete(&mut h).await;
    h.press("y");
    follow(&mut h, |_| false).await;
    h.settle().await;
    assert!(h.portal.user(leaver).is_none(), "deleted");
    let report = h.screen();
    assert!(report.contains("✓ Leona Quillfeather"), "{report}");
    assert!(
        report.contains("data removal failed: storage offline"),
        "{report}"
    );
    assert!(!report.contains("✗"), "{report}");
    h.finish().await;
}

#[tokio::test]
async fn a_stop_during_the_handover_stops_the_job_and_deletes_nobody() {
    let mut h = Harness::start().await;
    let (leaver, receiver) = leaver_and_receiver(&h);
    open_delete(&mut h).await;
    pick_receiver(&mut h).await;
    h.press("y");
    let seen = follow(&mut h, |l| l.contains("handing data over 10%")).await;
    assert!(
        seen.iter().any(|l| l.contains("handing data over")),
        "{seen:#?}"
    );
    let gauge = h.screen();
    assert!(
        gauge.contains("c stops: a running handover is stopped"),
        "{gauge}"
    );
    h.press("c");
    h.settle().await;
    let user = h.portal.user(leaver).expect("not deleted");
    assert_eq!(user.status, Some(EmployeeStatus::Terminated));
    assert_eq!(h.requests_to("/api/2.0/people/reassign/terminate").len(), 1);
    assert!(no_delete(&h, leaver), "{:?}", h.log());
    assert_eq!(h.portal.running_jobs(), 0, "the handover was stopped");
    let report = h.screen();
    assert!(report.contains("not deleted"), "{report}");
    assert!(report.contains("handover was stopped"), "{report}");
    let _ = receiver;
    h.finish().await;
}

#[tokio::test]
async fn cancel_never_waits_for_what_they_own_and_nothing_is_sent() {
    let mut h = Harness::start().await;
    let (leaver, _) = leaver_and_receiver(&h);
    h.press("i");
    h.paste("leona.quillfeather@example.org");
    h.press("enter");
    h.settle().await;
    h.press("d");
    assert!(h.screen().contains("reading what they own…"));
    h.press("esc");
    assert!(!h.screen().contains("What goes away"), "closed at once");
    assert!(!h.model().requests.is_busy(), "the read is dropped");
    h.settle().await;
    assert!(!h.screen().contains("What goes away"));
    assert!(h.portal.user(leaver).is_some());
    assert!(
        h.requests_to("/api/2.0/people/status/Terminated")
            .is_empty()
    );
    h.finish().await;
}

#[tokio::test]
async fn a_refused_handover_means_no_delete_and_the_report_says_why() {
    let mut h = Harness::start().await;
    let (leaver, _) = leaver_and_receiver(&h);
    open_delete(&mut h).await;
    pick_receiver(&mut h).await;
    h.portal.inject(
        FaultRule::new(Fault::Status(400))
            .method("POST")
            .path("/api/2.0/people/reassign/start")
            .times(1),
    );
    h.press("y");
    h.settle().await;
    let user = h.portal.user(leaver).expect("not deleted");
    assert_eq!(user.status, Some(EmployeeStatus::Terminated));
    assert!(no_delete(&h, leaver), "{:?}", h.log());
    assert_eq!(h.portal.rooms_of(leaver).len(), 2, "the rooms stay theirs");
    let report = h.screen();
    assert!(
        report.contains("terminated, not deleted: the handover was refused"),
        "{report}"
    );
    h.finish().await;
}
