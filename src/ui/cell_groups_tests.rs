use super::*;
use crate::ui::text::fit;
use ratatui::layout::Rect;
use ratatui::style::Style;

fn row_of(text: &str, width: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
    buf.set_string(0, 0, text, Style::default());
    settle(&mut buf);
    buf
}

#[test]
fn an_exact_cluster_and_its_pads_become_one_group() {
    // Tamil kaa: ratatui counts one column, terminals that add up code points draw two.
    let buf = row_of(&fit("\u{B95}\u{BBE}x", 4), 4);
    assert_eq!(buf.content[0].symbol(), "\u{B95}\u{BBE}");
    assert_eq!(buf.content[0].cell_width(), 2);
    assert_eq!(buf.content[1].symbol(), " ");
    assert_eq!(buf.content[2].symbol(), "x");
    // Devanagari ki keeps its two columns, now as an explicit group.
    let buf = row_of(&fit("\u{915}\u{93F}y", 3), 3);
    assert_eq!(
        buf.content[0].diff_option,
        CellDiffOption::ForcedWidth(NonZeroU16::MIN.saturating_add(1))
    );
    assert_eq!(buf.content[2].symbol(), "y");
}

#[test]
fn no_room_gives_a_visible_replacement_not_an_overflow() {
    // Text that skipped the text layer: no pad after the skin-tone emoji.
    let buf = row_of("\u{1F44D}\u{1F3FD}ab", 4);
    assert_eq!(buf.content[0].symbol(), NO_ROOM);
    assert_eq!(buf.content[1].symbol(), " ");
    assert_eq!(buf.content[2].symbol(), "a");
}

#[test]
fn a_wide_cluster_under_a_later_border_is_blanked() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
    buf.set_string(0, 0, "日本", Style::default());
    buf.content[1].set_symbol("│");
    settle(&mut buf);
    assert_eq!(buf.content[0].symbol(), " ");
    assert_eq!(buf.content[1].symbol(), "│");
    assert_eq!(buf.content[2].symbol(), "本");
}
