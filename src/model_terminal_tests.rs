use super::*;

#[test]
fn the_model_follows_cursor_moves_and_terminal_widths() {
    let mut t = ModelTerminal::new(Widths::CodePoints, 6, 1);
    t.feed("\u{1b}[1;1Hab\u{1b}[1;4H\u{915}\u{93F}x".as_bytes());
    assert_eq!(t.lines(), "ab \u{915}\u{93F}x\n");
    // Overwriting half of a wide glyph erases all of it.
    t.feed("\u{1b}[1;2H日\u{1b}[1;3Hz".as_bytes());
    assert_eq!(t.lines(), "a z\u{915}\u{93F}x\n");
    let mut t = ModelTerminal::new(Widths::FirstCodePoint, 4, 1);
    t.feed("\u{915}\u{93F}x".as_bytes());
    assert_eq!(t.lines(), "\u{915}\u{93F}x  \n");
}
