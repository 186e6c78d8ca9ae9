//! Screen geometry, shared by the model and the view: the smallest usable screen, where
//! the regions go and how many list rows are visible. Pure: sizes in, rectangles and counts
//! out. `update` uses [`list_rows`] for paging and [`fits`] to refuse keys whose effect
//! could not be seen; the view draws with [`areas`], so the two agree.

use ratatui::layout::Rect;

/// Below this size only a "terminal too small" line is drawn.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width the detail pane sits beside the list.
pub const SIDE_BY_SIDE: u16 = 120;
/// From this height (when narrow) the detail pane sits below the list.
pub const STACKED: u16 = 20;
/// The side-by-side detail pane is at least this wide (a GUID fits beside its label).
pub const DETAIL_MIN: u16 = 56;

/// The screen regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub list: Option<Rect>,
    pub detail: Option<Rect>,
    pub status: Rect,
    pub hints: Rect,
}

/// Whether a screen of `width` x `height` can show what the keys do. Below it only a
/// "terminal too small" line is drawn, and `update` accepts only the keys that need no
/// screen (quit, help, suspend).
pub fn fits(width: u16, height: u16) -> bool {
    width >= MIN_WIDTH && height >= MIN_HEIGHT
}

pub fn too_small(area: Rect) -> bool {
    !fits(area.width, area.height)
}

/// What the main area (above the status and hint lines) holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panes {
    /// The list, with the detail pane beside or below it where there is room.
    Both,
    /// The list alone, over the whole width (the wide table).
    List,
    /// The detail pane alone (focused).
    Detail,
}

impl Panes {
    /// The panes of a screen whose detail pane is `detail_focused`, whose list is `wide`.
    pub fn of(detail_focused: bool, wide: bool) -> Panes {
        match (detail_focused, wide) {
            (true, _) => Panes::Detail,
            (false, true) => Panes::List,
            (false, false) => Panes::Both,
        }
    }
}

/// Splits a screen of at least the minimum size.
pub fn areas(area: Rect, panes: Panes) -> Areas {
    let main_h = area.height.saturating_sub(2);
    let main = Rect::new(area.x, area.y, area.width, main_h);
    let status = Rect::new(area.x, area.y + main_h, area.width, 1.min(area.height));
    let hints = Rect::new(
        area.x,
        area.y + main_h + 1,
        area.width,
        u16::from(area.height > main_h + 1),
    );
    let (list, detail) = if panes == Panes::Detail {
        (None, Some(main))
    } else if panes == Panes::List {
        (Some(main), None)
    } else if area.width >= SIDE_BY_SIDE {
        let lw = area.width - share(area.width, 2, 5).max(DETAIL_MIN);
        (
            Some(Rect::new(main.x, main.y, lw, main.height)),
            Some(Rect::new(main.x + lw, main.y, main.width - lw, main.height)),
        )
    } else if area.height >= STACKED {
        let lh = share(main.height, 11, 20);
        (
            Some(Rect::new(main.x, main.y, main.width, lh)),
            Some(Rect::new(main.x, main.y + lh, main.width, main.height - lh)),
        )
    } else {
        (Some(main), None)
    };
    Areas {
        list,
        detail,
        status,
        hints,
    }
}

/// `n * num / den` without overflow (`num <= den`).
fn share(n: u16, num: u32, den: u32) -> u16 {
    u16::try_from(u32::from(n) * num / den.max(1)).unwrap_or(n)
}

/// Table rows visible in the list area (borders and the header row excluded), the list
/// `wide` or not. (The list's size when the detail pane is not focused, which is when it
/// is drawn.)
pub fn list_rows(width: u16, height: u16, wide: bool) -> usize {
    list_area(width, height, wide).map_or(1, |r| usize::from(r.height.saturating_sub(3)).max(1))
}

/// Columns inside the list's borders, the list `wide` or not (0 when it is not drawn).
pub fn list_inner_width(width: u16, height: u16, wide: bool) -> usize {
    list_area(width, height, wide).map_or(0, |r| usize::from(r.width.saturating_sub(2)))
}

/// The list's area when the detail pane is not focused.
fn list_area(width: u16, height: u16, wide: bool) -> Option<Rect> {
    let area = Rect::new(0, 0, width, height);
    if too_small(area) {
        return None;
    }
    areas(area, Panes::of(false, wide)).list
}

/// Whether the list screen shows the detail pane next to (or below) the list.
pub fn has_side_detail(width: u16, height: u16, wide: bool) -> bool {
    let area = Rect::new(0, 0, width, height);
    !too_small(area) && areas(area, Panes::of(false, wide)).detail.is_some()
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
