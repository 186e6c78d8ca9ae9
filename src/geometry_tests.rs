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
        for panes in [Panes::Both, Panes::List, Panes::Detail] {
            let a = areas(area, panes);
            for r in [a.list, a.detail, Some(a.status), Some(a.hints)]
                .into_iter()
                .flatten()
            {
                assert_eq!(area.intersection(r), r, "{r:?} lies inside {area:?}");
            }
        }
        assert!(list_rows(w, h, false) >= 1);
        assert!(list_rows(w, h, true) >= 1);
    }
}

#[test]
fn the_wide_list_takes_the_whole_main_area() {
    let area = Rect::new(0, 0, 120, 30);
    let wide = areas(area, Panes::List);
    assert_eq!(wide.detail, None);
    assert_eq!(wide.list, Some(Rect::new(0, 0, 120, 28)));
    assert_eq!(list_inner_width(120, 30, true), 118);
    assert_eq!(list_inner_width(120, 30, false), 62);
    // Below the list at 80x24; the wide list is taller instead.
    assert!(has_side_detail(80, 24, false));
    assert!(!has_side_detail(80, 24, true));
    assert!(list_rows(80, 24, true) > list_rows(80, 24, false));
    assert_eq!(list_inner_width(30, 8, true), 0, "too small: no list");
}
