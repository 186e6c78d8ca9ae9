//! The text of a drawn buffer, for tests and snapshots.

use ratatui::buffer::{Buffer, CellWidth};

/// The buffer as lines of text: cells hidden behind wide characters and cell groups are
/// skipped and trailing spaces trimmed, so the text reads as the terminal shows it.
pub fn buffer_text(buf: &Buffer) -> String {
    let width = usize::from(buf.area.width);
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    for row in buf.content.chunks(width) {
        let mut line = String::new();
        let mut skip = 0usize;
        for cell in row {
            if skip == 0 {
                line.push_str(cell.symbol());
                skip = usize::from(cell.cell_width()).max(1);
            }
            skip -= 1;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
