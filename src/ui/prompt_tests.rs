use super::*;
use ratatui::buffer::Buffer;
use ratatui::style::Style;

#[test]
fn the_cursor_stands_after_the_text_as_drawn() {
    // Tamil kaa and a skin-tone emoji: wider on a terminal than ratatui counts them.
    let input = TextInput::new("\u{B95}\u{BBE}\u{1F44D}\u{1F3FD}x");
    let (text, cursor) = visible_input(&input, 20);
    let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
    let (end, _) = buf.set_stringn(0, 0, &text, 20, Style::default());
    assert_eq!(cursor, 7);
    assert_eq!(usize::from(end), cursor);
    // Scrolled: the cursor still lands after the last cluster drawn.
    let (text, cursor) = visible_input(&input, 5);
    let (end, _) = buf.set_stringn(0, 0, &text, 20, Style::default());
    assert_eq!(usize::from(end), cursor, "{text:?}");
}
