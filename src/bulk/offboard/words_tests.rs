use super::*;
use uuid::Uuid;

fn impact(rooms: usize, rooms_bytes: u64, personal_bytes: u64) -> Impact {
    Impact {
        id: Uuid::nil(),
        name: "Ann".into(),
        necessary: rooms > 0,
        rooms,
        room_titles: ["Sales", "Design", "Board", "Archive"]
            .iter()
            .take(rooms)
            .map(|t| (*t).to_string())
            .collect(),
        rooms_bytes,
        personal_bytes,
    }
}

#[test]
fn sizes_are_said_the_one_way() {
    let i = impact(3, 4_831_838_208, 50 * 1024 * 1024);
    assert_eq!(personal_line(&i), "personal files: 50.0 MB will be deleted");
    assert_eq!(rooms_line(&i, "Bea"), "rooms: 3 (4.5 GB) go to Bea");
}

#[test]
fn the_lines_say_what_is_deleted_and_who_gets_the_rooms() {
    let i = impact(3, 4_831_838_208, 1_288_490_189);
    assert_eq!(
        impact_lines(&i, YOU),
        [
            "personal files: 1.2 GB will be deleted".to_string(),
            "rooms: 3 (4.5 GB) go to you".to_string()
        ]
    );
    assert_eq!(
        impact_lines(&impact(0, 0, 0), YOU),
        [
            "personal files: none".to_string(),
            "rooms: none".to_string()
        ]
    );
}

#[test]
fn the_plan_names_every_step_with_the_rooms_and_sizes() {
    let i = impact(4, 2 * 1024 * 1024 * 1024, 300 * 1024 * 1024);
    assert_eq!(
        plan_words(&i, true, "Ann Lee", &str::to_string),
        "terminate; hand 4 rooms (2.0 GB: Sales, Design, Board, +1 more) and their shared \
         files to Ann Lee; delete; remove their files (300.0 MB)"
    );
    assert_eq!(
        plan_words(&impact(0, 0, 0), false, "Ann", &str::to_string),
        "already terminated; hand their shared files (no rooms) to Ann; delete; remove their \
         files (0 B)"
    );
}

#[test]
fn room_titles_go_through_the_caller_s_sanitiser() {
    let w = rooms_words(&impact(2, 10, 0), &|t: &str| t.to_uppercase());
    assert!(w.contains("SALES, DESIGN"), "{w}");
}

#[test]
fn a_removal_cancelled_on_the_portal_is_not_said_to_go_on() {
    assert_eq!(
        removal(&Ended::Cancelled(30), true, None),
        "the data removal was cancelled at 30%"
    );
    assert_eq!(
        removal(&Ended::Left(30), true, None),
        "the data removal goes on on the portal (30% when left)"
    );
    assert_eq!(
        removal(&Ended::Done, false, None),
        "rooms and shared files moved to you, their files removed"
    );
}
