//! Screen geometry, shared by the model and the view: the smallest usable screen, where
//! the regions go and how many list rows are visible. Pure: sizes in, rectangles and counts
//! out. `update` uses [`list_rows`] for paging and [`fits`] to refuse keys whose effect
//! could not be seen; the view draws with [`areas`], so the two agree. The mouse is
//! hit-tested here too ([`list_spot`], [`column_at`], [`first_row_shown`]), from the same
//! rectangles the view draws.

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

/// The screen's regions as drawn for a model whose detail pane is `detail_focused` and
/// whose list is `wide`; None when the screen is too small to show them.
pub fn screen_areas(width: u16, height: u16, detail_focused: bool, wide: bool) -> Option<Areas> {
    let area = Rect::new(0, 0, width, height);
    (!too_small(area)).then(|| areas(area, Panes::of(detail_focused, wide)))
}

/// Whether the point (`x`, `y`) is inside `r`.
pub fn contains(r: Rect, x: u16, y: u16) -> bool {
    x >= r.x && x < r.x.saturating_add(r.width) && y >= r.y && y < r.y.saturating_add(r.height)
}

/// Where a point of the list's area falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListSpot {
    /// The header row, `x` columns from the left inside the border.
    Header { x: usize },
    /// The `n`th body row drawn (0 is the first under the header).
    Row(usize),
}

/// The spot of the list drawn in `list` (border, then the header row, then the rows)
/// under the point (`x`, `y`); None on the border or outside.
pub fn list_spot(list: Rect, x: u16, y: u16) -> Option<ListSpot> {
    let inner = Rect::new(
        list.x.saturating_add(1),
        list.y.saturating_add(1),
        list.width.saturating_sub(2),
        list.height.saturating_sub(2),
    );
    if !contains(inner, x, y) {
        return None;
    }
    Some(match y - inner.y {
        0 => ListSpot::Header {
            x: usize::from(x - inner.x),
        },
        n => ListSpot::Row(usize::from(n - 1)),
    })
}

/// The column whose heading is under `x` (counted inside the border) in a header of
/// `cols` (column, width) drawn after a one-column gutter, one column apart.
pub fn column_at<C: Copy>(cols: &[(C, usize)], x: usize) -> Option<C> {
    let mut start = 1;
    for (c, w) in cols {
        if (start..start + w).contains(&x) {
            return Some(*c);
        }
        start += w + 1;
    }
    None
}

/// The first list position drawn in a body of `body` rows: the model's `scroll`,
/// corrected so the `cursor` is on screen (of `len` rows).
pub fn first_row_shown(scroll: usize, cursor: usize, body: usize, len: usize) -> usize {
    let body = body.max(1);
    let mut s = scroll.min(len.saturating_sub(body));
    if cursor < s {
        s = cursor;
    } else if cursor >= s + body {
        s = cursor + 1 - body;
    }
    s
}

#[cfg(test)]
#[path = "geometry_tests.rs"]
mod tests;
