use super::*;

#[test]
fn the_largest_screen_splits_without_overflow() {
    for (w, h) in [
        (u16::MAX, u16::MAX),
        (99, u16::MAX),
        (u16::MAX, 10),
        (100, 20),
    ] {
        let area = Rect::new(0, 0, w, h);
        let a = areas(area, false);
        for r in [a.list, a.detail, Some(a.status), Some(a.hints)]
            .into_iter()
            .flatten()
        {
            assert_eq!(area.intersection(r), r, "{r:?} lies inside {area:?}");
        }
        assert!(list_rows(w, h) >= 1);
    }
}
