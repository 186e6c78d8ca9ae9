use crossterm::event::{KeyCode, KeyModifiers};

use super::*;

fn candidate(n: u128, name: &str, email: &str) -> Candidate {
    Candidate {
        id: Uuid::from_u128(n),
        name: name.into(),
        email: email.into(),
    }
}

fn press(p: &mut ReceiverPicker, code: KeyCode) -> PickerEvent {
    p.handle_key(KeyEvent::new(code, KeyModifiers::NONE), &Keymap::default())
}

fn read() -> ReceiverPicker {
    let mut p = ReceiverPicker::new(vec![Uuid::from_u128(1)]);
    p.answered(Ok(vec![
        candidate(1, "Leaving Person", "leaving@example.org"),
        candidate(2, "Ann Smith", "ann@example.org"),
        candidate(3, "Bob Jones", "robert@example.org"),
    ]));
    p
}

#[test]
fn the_users_leaving_are_never_offered() {
    let p = read();
    let ids: Vec<Uuid> = p.matches().iter().map(|c| c.id).collect();
    assert_eq!(ids, [Uuid::from_u128(2), Uuid::from_u128(3)]);
}

#[test]
fn typing_matches_name_or_email_fuzzily_and_enter_picks() {
    let mut p = read();
    for c in "rbrt".chars() {
        press(&mut p, KeyCode::Char(c));
    }
    let names: Vec<&str> = p.matches().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Bob Jones"], "matched through the email");
    assert_eq!(
        press(&mut p, KeyCode::Enter),
        PickerEvent::Picked(Receiver {
            id: Uuid::from_u128(3),
            name: "Bob Jones".into()
        })
    );
}

#[test]
fn arrows_move_esc_closes_and_nothing_is_picked_before_the_read() {
    let mut p = read();
    press(&mut p, KeyCode::Down);
    press(&mut p, KeyCode::Down);
    assert_eq!(p.cursor(), 1, "stops at the last match");
    press(&mut p, KeyCode::Up);
    assert_eq!(p.cursor(), 0);
    assert_eq!(press(&mut p, KeyCode::Esc), PickerEvent::Closed);
    let mut reading = ReceiverPicker::new(Vec::new());
    assert_eq!(press(&mut reading, KeyCode::Enter), PickerEvent::Nothing);
    reading.answered(Err("refused".into()));
    assert_eq!(reading.candidates(), &Candidates::Failed("refused".into()));
}
