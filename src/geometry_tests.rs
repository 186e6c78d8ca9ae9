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

#[test]
fn list_spots_are_the_header_then_the_rows_inside_the_border() {
    let list = Rect::new(0, 0, 64, 28);
    assert_eq!(list_spot(list, 0, 5), None, "the left border");
    assert_eq!(list_spot(list, 5, 0), None, "the top border");
    assert_eq!(list_spot(list, 5, 27), None, "the bottom border");
    assert_eq!(list_spot(list, 64, 5), None, "beside the list");
    assert_eq!(list_spot(list, 1, 1), Some(ListSpot::Header { x: 0 }));
    assert_eq!(list_spot(list, 7, 1), Some(ListSpot::Header { x: 6 }));
    assert_eq!(list_spot(list, 3, 2), Some(ListSpot::Row(0)));
    assert_eq!(list_spot(list, 3, 26), Some(ListSpot::Row(24)));
    // As many rows as the list shows.
    assert_eq!(list_rows(120, 30, true), 25);
}

#[test]
fn the_column_under_a_point_of_the_header_skips_the_gutter_and_the_gaps() {
    let cols = [('n', 4), ('e', 3)];
    assert_eq!(column_at(&cols, 0), None, "the gutter");
    assert_eq!(column_at(&cols, 1), Some('n'));
    assert_eq!(column_at(&cols, 4), Some('n'));
    assert_eq!(column_at(&cols, 5), None, "the gap");
    assert_eq!(column_at(&cols, 6), Some('e'));
    assert_eq!(column_at(&cols, 8), Some('e'));
    assert_eq!(column_at(&cols, 9), None);
}

#[test]
fn the_first_row_shown_keeps_the_cursor_in_view() {
    assert_eq!(first_row_shown(0, 3, 10, 100), 0);
    assert_eq!(first_row_shown(0, 12, 10, 100), 3);
    assert_eq!(first_row_shown(20, 12, 10, 100), 12);
    assert_eq!(
        first_row_shown(95, 99, 10, 100),
        90,
        "no empty rows at the end"
    );
}

#[test]
fn screen_areas_are_none_below_the_minimum() {
    assert_eq!(screen_areas(30, 8, false, false), None);
    let a = screen_areas(120, 30, false, false).expect("fits");
    assert_eq!(a, areas(Rect::new(0, 0, 120, 30), Panes::Both));
    assert!(contains(a.list.expect("a list"), 0, 0));
    assert!(!contains(a.list.expect("a list"), 64, 0));
}
