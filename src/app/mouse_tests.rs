use crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use crate::api::UserPage;
use crate::api::{SortBy, SortOrder};
use crate::app::effect::{ApiOp, Effect};
use crate::app::msg::Msg;
use crate::app::msg::{ApiOutcome, ApiReply};
use crate::app::state::model::{Model, ModelOptions, Overlay};
use crate::app::testing::press;
use crate::app::{init, update};
use crate::people::columns::Column;

fn mouse(m: &mut Model, kind: MouseEventKind, column: u16, row: u16) -> Vec<Effect> {
    update(
        m,
        Msg::Input(Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })),
    )
}

fn click(m: &mut Model, column: u16, row: u16) -> Vec<Effect> {
    mouse(m, MouseEventKind::Down(MouseButton::Left), column, row)
}

fn sorts(fx: &[Effect]) -> Vec<(Option<SortBy>, SortOrder)> {
    fx.iter()
        .filter_map(Effect::list_query)
        .map(|q| (q.sort_by, q.sort_order))
        .collect()
}

/// 100 users loaded on a 120x30 screen: the list is (0, 0, 64, 28), its header on row 1
/// and its first row on row 2; the detail pane from column 64.
fn loaded() -> Model {
    let mut m = Model::new(ModelOptions::default());
    update(&mut m, Msg::Input(Event::Resize(120, 30)));
    let fx = init(&mut m);
    let id = fx
        .iter()
        .filter_map(Effect::request)
        .find(|r| matches!(r.op, ApiOp::ListUsers(_)))
        .map(|r| r.id)
        .expect("the first page is read");
    update(
        &mut m,
        Msg::Api(ApiReply {
            id,
            result: Ok(ApiOutcome::Page(UserPage {
                users: (1..=100).map(|n| crate::fixtures::user(n).into()).collect(),
                total: Some(100),
                start_index: 0,
            })),
        }),
    );
    m
}

/// The screen column of the middle of `column`'s heading.
fn heading_x(m: &Model, column: Column) -> u16 {
    let mut x = 2;
    for (c, w) in m.columns.fit(62) {
        if c == column {
            return x + (w as u16) / 2;
        }
        x += w as u16 + 1;
    }
    panic!("{column:?} is not shown");
}

#[test]
fn a_click_on_a_row_selects_that_user() {
    let mut m = loaded();
    click(&mut m, 10, 2 + 4);
    assert_eq!(m.users.cursor, 4);
    assert_eq!(m.users.selected, m.users.get(4).map(|u| u.id));
    // Rows are counted from the first one shown.
    press(&mut m, "G");
    let first = crate::geometry::first_row_shown(m.users.scroll, m.users.cursor, 25, 100);
    click(&mut m, 10, 2);
    assert_eq!(m.users.cursor, first);
    assert!(first > 0);
}

#[test]
fn clicks_on_borders_or_the_detail_pane_or_under_a_dialog_change_nothing() {
    let mut m = loaded();
    for (x, y) in [(0, 5), (10, 0), (10, 27), (80, 5), (10, 29)] {
        let fx = click(&mut m, x, y);
        assert!(fx.is_empty());
        assert_eq!(m.users.cursor, 0, "({x}, {y})");
    }
    press(&mut m, "f");
    click(&mut m, 10, 6);
    assert_eq!(m.users.cursor, 0, "the filter panel is open");
    assert!(matches!(m.overlay, Overlay::Filters(_)));
}

#[test]
fn a_click_on_a_heading_sorts_by_it_and_again_reverses() {
    let mut m = loaded();
    let x = heading_x(&m, Column::Email);
    let fx = click(&mut m, x, 1);
    assert_eq!(
        sorts(&fx),
        vec![(Some(SortBy::Email), SortOrder::Ascending)]
    );
    let fx = click(&mut m, x, 1);
    assert_eq!(
        sorts(&fx),
        vec![(Some(SortBy::Email), SortOrder::Descending)]
    );
    let fx = click(&mut m, x, 1);
    assert_eq!(
        sorts(&fx),
        vec![(Some(SortBy::Email), SortOrder::Ascending)]
    );
}

#[test]
fn the_wheel_moves_the_list_or_scrolls_what_is_under_the_pointer() {
    let mut m = loaded();
    mouse(&mut m, MouseEventKind::ScrollDown, 10, 10);
    assert_eq!(m.users.cursor, 3);
    mouse(&mut m, MouseEventKind::ScrollUp, 10, 10);
    assert_eq!(m.users.cursor, 0);
    mouse(&mut m, MouseEventKind::ScrollDown, 90, 10);
    assert_eq!((m.users.cursor, m.detail.scroll), (0, 3), "the detail pane");
    press(&mut m, "?");
    mouse(&mut m, MouseEventKind::ScrollDown, 10, 10);
    assert_eq!(m.help, Some(3), "the help, wherever the pointer is");
    assert_eq!(m.users.cursor, 0);
}
