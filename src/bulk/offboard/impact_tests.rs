use super::*;
use crate::api::EmployeeStatus;
use crate::api::admin::RoomDto;

fn target(n: u128) -> Target {
    Target {
        id: Uuid::from_u128(n),
        name: format!("user {n}"),
        email: None,
        status: Some(EmployeeStatus::Terminated),
    }
}

fn room(id: i64, size: Option<i64>) -> RoomDto {
    RoomDto {
        id,
        used_space: size,
        ..RoomDto::default()
    }
}

#[test]
fn a_users_rooms_and_files_are_counted_and_summed() {
    let i = Impact::from_parts(
        &target(1),
        true,
        &[room(1, Some(100)), room(2, None), room(3, Some(-5))],
        Some(2048.0),
    );
    assert_eq!((i.rooms, i.rooms_bytes, i.personal_bytes), (3, 100, 2048));
    let j = Impact::from_parts(&target(2), false, &[], Some(-1.0));
    assert_eq!((j.rooms, j.personal_bytes, j.necessary), (0, 0, false));
    let all = Impact::sum([&i, &j]);
    assert_eq!(
        (
            all.rooms,
            all.rooms_bytes,
            all.personal_bytes,
            all.necessary
        ),
        (3, 100, 2048, true)
    );
    assert_eq!(all.name, "user 1");
}
