//! Where things go on screen: the regions come from [`crate::geometry`] (shared with the
//! model); centring a window is the view's own.

use ratatui::layout::Rect;

pub(crate) use crate::geometry::{MIN_HEIGHT, MIN_WIDTH, Panes, areas, too_small};

/// A rectangle of at most `w`×`h` centred in `area`.
pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
