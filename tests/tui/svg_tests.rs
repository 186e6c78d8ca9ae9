use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::*;

fn buffer(width: u16, height: u16) -> Buffer {
    Buffer::empty(Rect::new(0, 0, width, height))
}

/// The `<text>` elements of an SVG, each as its line.
fn texts(svg: &str) -> Vec<&str> {
    svg.lines().filter(|l| l.starts_with("<text")).collect()
}

fn rects(svg: &str) -> Vec<&str> {
    svg.lines().filter(|l| l.starts_with("<rect x=")).collect()
}

#[test]
fn markup_in_cells_is_escaped() {
    let mut buf = buffer(20, 1);
    buf.set_string(0, 0, r#"<a & "b" 'c'>"#, Style::default());
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 1, "{svg}");
    assert!(
        t[0].ends_with(">&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;</text>"),
        "{}",
        t[0]
    );
}

#[test]
fn characters_xml_cannot_hold_are_replaced() {
    let mut buf = buffer(3, 1);
    buf[(0, 0)].set_symbol("\u{FFFE}");
    buf[(1, 0)].set_symbol("x");
    let svg = buffer_svg(&buf);
    assert!(!svg.contains('\u{FFFE}'));
    let t = texts(&svg);
    assert!(t[0].ends_with(">\u{FFFD}</text>"), "{svg}");
    assert!(t[1].ends_with(">x</text>"), "{svg}");
}

#[test]
fn one_text_per_run_of_one_style_stretched_to_its_columns() {
    let mut buf = buffer(12, 1);
    buf.set_string(0, 0, "ab", Style::default());
    buf.set_string(2, 0, "cde", Style::default().fg(Color::Cyan));
    buf.set_string(5, 0, "fg", Style::default());
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 3, "{svg}");
    assert!(
        t[0].starts_with(r#"<text x="0" y="15" textLength="20" "#),
        "{}",
        t[0]
    );
    assert!(t[0].ends_with(">ab</text>"), "{}", t[0]);
    assert!(
        t[1].starts_with(r#"<text x="20" y="15" textLength="30" "#),
        "{}",
        t[1]
    );
    assert!(t[1].contains(r##"fill="#11a8cd""##), "{}", t[1]);
    // The blanks after it are left to the background.
    assert!(
        t[2].starts_with(r#"<text x="50" y="15" textLength="20" "#),
        "{}",
        t[2]
    );
    assert!(t[2].ends_with(">fg</text>"), "{}", t[2]);
}

#[test]
fn a_gap_of_two_blanks_starts_a_new_text_on_its_column() {
    let mut buf = buffer(12, 1);
    buf.set_string(0, 0, "a b  cd", Style::default());
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 2, "{svg}");
    assert!(
        t[0].starts_with(r#"<text x="0" y="15" textLength="30" "#),
        "{}",
        t[0]
    );
    assert!(t[0].ends_with(">a b</text>"), "{}", t[0]);
    assert!(
        t[1].starts_with(r#"<text x="50" y="15" textLength="20" "#),
        "{}",
        t[1]
    );
}

#[test]
fn a_wide_glyph_covers_two_columns_and_its_hidden_cell_is_not_drawn() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "営x", Style::default());
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 2, "{svg}");
    assert!(
        t[0].starts_with(r#"<text x="0" y="15" textLength="20" "#),
        "{}",
        t[0]
    );
    assert!(t[0].ends_with(">営</text>"), "{}", t[0]);
    assert!(
        t[1].starts_with(r#"<text x="20" y="15" textLength="10" "#),
        "{}",
        t[1]
    );
    assert!(t[1].ends_with(">x</text>"), "{}", t[1]);
}

#[test]
fn a_glyph_of_another_script_stands_alone_on_its_columns() {
    let mut buf = buffer(6, 1);
    buf.set_string(0, 0, "Zoë", Style::default());
    buf.set_string(3, 0, "अब", Style::default());
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 3, "{svg}");
    assert!(t[0].ends_with(">Zoë</text>"), "{}", t[0]);
    assert!(
        t[1].starts_with(r#"<text x="30" y="15" textLength="10" "#),
        "{}",
        t[1]
    );
    assert!(
        t[2].starts_with(r#"<text x="40" y="15" textLength="10" "#),
        "{}",
        t[2]
    );
}

#[test]
fn rows_are_placed_on_the_grid() {
    let mut buf = buffer(3, 3);
    buf.set_string(1, 2, "z", Style::default());
    let svg = buffer_svg(&buf);
    assert!(svg.starts_with(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="30" height="60" viewBox="0 0 30 60""#
    ));
    assert!(
        texts(&svg)[0].starts_with(r#"<text x="10" y="55" textLength="10""#),
        "{svg}"
    );
}

#[test]
fn blank_runs_draw_no_text() {
    let buf = buffer(10, 2);
    assert!(texts(&buffer_svg(&buf)).is_empty());
}

#[test]
fn named_colours_come_from_the_palette_and_reset_is_the_default() {
    let p = PALETTE;
    assert_eq!(p.rgb(Color::Reset, p.fg), p.fg);
    assert_eq!(p.rgb(Color::LightBlue, p.fg), Rgb(0x3b, 0x8e, 0xea));
    assert_eq!(p.rgb(Color::DarkGray, p.fg), p.ansi[8]);
    assert_eq!(p.rgb(Color::Rgb(1, 2, 3), p.fg), Rgb(1, 2, 3));
    assert_eq!(p.rgb(Color::Indexed(9), p.fg), p.ansi[9]);
    assert_eq!(p.rgb(Color::Indexed(16), p.fg), Rgb(0, 0, 0));
    assert_eq!(p.rgb(Color::Indexed(231), p.fg), Rgb(255, 255, 255));
    assert_eq!(p.rgb(Color::Indexed(196), p.fg), Rgb(255, 0, 0));
    assert_eq!(p.rgb(Color::Indexed(232), p.fg), Rgb(8, 8, 8));
    assert_eq!(p.rgb(Color::Indexed(255), p.fg), Rgb(238, 238, 238));
    assert_eq!(Rgb(0x0a, 0xb0, 0xff).to_string(), "#0ab0ff");
}

#[test]
fn a_background_rect_per_run_and_none_for_the_screens_own() {
    let mut buf = buffer(10, 1);
    buf.set_string(2, 0, "abc", Style::default().bg(Color::Black));
    buf.set_string(5, 0, "d", Style::default().bg(Color::Blue));
    let svg = buffer_svg(&buf);
    assert_eq!(
        rects(&svg),
        [
            r##"<rect x="20" y="0" width="30" height="20" fill="#000000"/>"##,
            r##"<rect x="50" y="0" width="10" height="20" fill="#2472c8"/>"##,
        ],
        "{svg}"
    );
    assert!(svg.contains(r##"<rect width="100" height="20" fill="#1e1e1e"/>"##));
}

#[test]
fn reversed_swaps_the_colours_and_dim_fades_the_text() {
    let mut buf = buffer(4, 1);
    let selected = Style::default()
        .fg(Color::LightBlue)
        .add_modifier(Modifier::REVERSED);
    buf.set_string(0, 0, "ab", selected);
    buf.set_string(2, 0, "cd", Style::default().add_modifier(Modifier::DIM));
    let svg = buffer_svg(&buf);
    assert!(
        rects(&svg).contains(&r##"<rect x="0" y="0" width="20" height="20" fill="#3b8eea"/>"##),
        "{svg}"
    );
    let t = texts(&svg);
    assert!(t[0].contains(r##"fill="#1e1e1e""##), "{}", t[0]);
    // Three fifths from the background (0x1e) to the foreground (0xd4).
    assert!(t[1].contains(r##"fill="#8b8b8b""##), "{}", t[1]);
}

#[test]
fn bold_italic_underline_and_crossed_out_are_attributes() {
    let mut buf = buffer(4, 1);
    let all = Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED | Modifier::CROSSED_OUT;
    buf.set_string(0, 0, "ab", Style::default().add_modifier(all));
    buf.set_string(
        2,
        0,
        "  ",
        Style::default().add_modifier(Modifier::UNDERLINED),
    );
    let svg = buffer_svg(&buf);
    let t = texts(&svg);
    assert_eq!(t.len(), 2, "an underlined blank is drawn: {svg}");
    assert!(t[0].contains(r#" font-weight="bold""#), "{}", t[0]);
    assert!(t[0].contains(r#" font-style="italic""#), "{}", t[0]);
    assert!(
        t[0].contains(r#" text-decoration="underline line-through""#),
        "{}",
        t[0]
    );
    assert!(
        t[1].contains(r#" text-decoration="underline">  <"#),
        "{}",
        t[1]
    );
}

#[test]
fn hidden_cells_draw_no_text() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "pw", Style::default().add_modifier(Modifier::HIDDEN));
    assert!(texts(&buffer_svg(&buf)).is_empty());
}

#[test]
fn box_lines_are_strokes_that_meet_at_the_cell_edges() {
    let mut buf = buffer(3, 2);
    buf.set_string(0, 0, "┌─┐", Style::default());
    buf.set_string(0, 1, "│x│", Style::default());
    let svg = buffer_svg(&buf);
    let paths: Vec<&str> = svg.lines().filter(|l| l.starts_with("<path")).collect();
    assert_eq!(
        paths,
        [
            r##"<path d="M10 10H5V20M10 10H20M20 10H25V20" fill="none" stroke="#d4d4d4" stroke-width="2"/>"##,
            r##"<path d="M5 20V40" fill="none" stroke="#d4d4d4" stroke-width="2"/>"##,
            r##"<path d="M25 20V40" fill="none" stroke="#d4d4d4" stroke-width="2"/>"##,
        ],
        "{svg}"
    );
    assert!(texts(&svg)[0].ends_with(">x</text>"), "{svg}");
    assert!(!svg.contains('─') && !svg.contains('┌'), "{svg}");
}

#[test]
fn a_horizontal_line_across_cells_is_one_stroke() {
    let mut buf = buffer(5, 1);
    buf.set_string(0, 0, "───┬─", Style::default());
    let svg = buffer_svg(&buf);
    assert!(svg.contains(r#"<path d="M35 20V10M0 10H50" "#), "{svg}");
}

#[test]
fn heavy_lines_are_thicker_and_blocks_fill_their_part() {
    let mut buf = buffer(2, 1);
    buf.set_string(0, 0, "━▌", Style::default().fg(Color::Green));
    let svg = buffer_svg(&buf);
    assert!(
        svg.contains(r##"<path d="M0 10H10" fill="none" stroke="#0dbc79" stroke-width="4"/>"##),
        "{svg}"
    );
    assert!(
        svg.contains(
            r##"<rect x="10" y="0" width="5" height="20" fill="#0dbc79" shape-rendering="crispEdges"/>"##
        ),
        "{svg}"
    );
}

#[test]
fn the_same_buffer_gives_the_same_bytes() {
    let mut buf = buffer(8, 2);
    buf.set_string(0, 0, "┌ ab ┐", Style::default().fg(Color::Cyan));
    buf.set_string(0, 1, "Zoë", Style::default().bg(Color::Black));
    assert_eq!(buffer_svg(&buf), buffer_svg(&buf.clone()));
}
