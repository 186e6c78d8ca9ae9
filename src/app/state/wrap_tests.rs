use super::*;

#[test]
fn steps_wrap_round_both_ends() {
    assert_eq!(wrap_step(0, 1, 3), Some(1));
    assert_eq!(wrap_step(2, 1, 3), Some(0));
    assert_eq!(wrap_step(0, -1, 3), Some(2));
    assert_eq!(wrap_step(1, -4, 3), Some(0));
    assert_eq!(wrap_step(0, 0, 1), Some(0));
}

#[test]
fn an_empty_list_has_no_position_and_nothing_overflows() {
    assert_eq!(wrap_step(0, 1, 0), None);
    assert_eq!(wrap_step(0, -1, 0), None);
    let back = isize::MIN.unsigned_abs() % 7;
    assert_eq!(wrap_step(0, isize::MIN, 7), Some((7 - back) % 7));
    assert_eq!(wrap_step(usize::MAX - 1, 1, usize::MAX), Some(0));
    assert_eq!(wrap_step(0, -1, usize::MAX), Some(usize::MAX - 1));
}
