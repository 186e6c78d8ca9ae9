use super::*;
use uuid::Uuid;

fn impact(rooms: usize, rooms_bytes: u64, personal_bytes: u64) -> Impact {
    Impact {
        id: Uuid::nil(),
        name: "Ann".into(),
        necessary: rooms > 0,
        rooms,
        rooms_bytes,
        personal_bytes,
    }
}

#[test]
fn sizes_read_as_people_say_them() {
    assert_eq!(human_bytes(0), "0 B");
    assert_eq!(human_bytes(1023), "1023 B");
    assert_eq!(human_bytes(1024), "1.0 KB");
    assert_eq!(human_bytes(1_288_490_189), "1.2 GB");
    assert_eq!(human_bytes(4_831_838_208), "4.5 GB");
    assert_eq!(human_bytes(50 * 1024 * 1024), "50 MB");
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
    assert_eq!(rooms_line(&i, "Bea"), "rooms: 3 (4.5 GB) go to Bea");
    assert_eq!(
        impact_lines(&impact(0, 0, 0), YOU),
        [
            "personal files: none".to_string(),
            "rooms: none".to_string()
        ]
    );
}
