//! The confirmation dialog of a lifecycle action: what will happen, to whom, who is left
//! out and why, and how to confirm.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::hints::{self, confirm_keys, fit};
use super::text::{ELLIPSIS, width, wrap};
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::confirm::{Button, ConfirmDialog};
use crate::app::words::users;
use crate::bulk::{BulkAction, Exclusion, Target};
use crate::sanitize::{display_safe_short, html_decode};

/// How many names a dialog lists before "+N more".
pub(crate) const NAMES_SHOWN: usize = 3;
/// Longest name drawn in a list of names.
const NAME_CHARS: usize = 40;

/// Clears a centred box of at most `width` x `height` inside `area`, draws its border and
/// title, and returns the inside.
pub(crate) fn popup(
    frame: &mut Frame,
    area: Rect,
    width: u16,
    height: u16,
    title: &str,
    theme: &Theme,
) -> Rect {
    let outer = area.centered(Constraint::Max(width), Constraint::Max(height));
    frame.render_widget(Clear, outer);
    let block = Block::bordered()
        .border_style(theme.focus_border)
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(outer);
    frame.render_widget(block, outer);
    inner
}

/// Rows `lines` take when wrapped to a box of `outer_width` (border and margins
/// included), plus the border. A wrapped line gets a spare row, as words wrap earlier
/// than characters.
pub(crate) fn popup_height(lines: &[Line<'_>], outer_width: u16) -> u16 {
    let inner = usize::from(outer_width.saturating_sub(4)).max(1);
    let rows: usize = lines
        .iter()
        .map(|l| match l.width() {
            w if w <= inner => 1,
            w => w.div_ceil(inner) + 1,
        })
        .sum();
    u16::try_from(rows + 2).unwrap_or(u16::MAX)
}

/// A user's name as drawn: HTML entities decoded (display names carry them), control
/// characters made visible, cut to a length, every cluster's columns kept.
pub(crate) fn shown_name(raw: &str) -> String {
    super::text::padded(&display_safe_short(&html_decode(raw), NAME_CHARS))
}

/// "Anna Lee, Bo Chen, Cy Diaz +4 more" (names sanitised and shortened).
pub(crate) fn names_summary(targets: &[&Target]) -> String {
    let shown: Vec<String> = targets
        .iter()
        .take(NAMES_SHOWN)
        .map(|t| shown_name(&t.name))
        .collect();
    let mut out = shown.join(", ");
    if targets.len() > NAMES_SHOWN {
        out.push_str(&format!(" +{} more", targets.len() - NAMES_SHOWN));
    }
    out
}

/// The dialog's title: "Terminate 3 users?", "Delete 1 user permanently?", …
pub(crate) fn title(dialog: &ConfirmDialog) -> String {
    let n = users(dialog.plan().eligible.len());
    if dialog.nothing_to_do() {
        return format!("Nothing to {}", dialog.action().verb());
    }
    match dialog.action() {
        BulkAction::Terminate => format!("Terminate {n}?"),
        BulkAction::Activate => format!("Re-activate {n}?"),
        BulkAction::Delete {
            terminate_first: false,
        } => format!("Delete {n} permanently?"),
        BulkAction::Delete {
            terminate_first: true,
        } => format!("Terminate, then delete {n} permanently?"),
    }
}

/// The explanation above the buttons, as paragraphs (text and style), before wrapping.
fn body(dialog: &ConfirmDialog, theme: &Theme) -> Vec<(String, Style)> {
    let plan = dialog.plan();
    let eligible: Vec<&Target> = plan.eligible.iter().collect();
    let mut lines = Vec::new();
    let plain = |s: &str| (s.to_string(), theme.base);
    if !eligible.is_empty() {
        lines.push((names_summary(&eligible), theme.base));
    }
    match dialog.action() {
        BulkAction::Terminate if !eligible.is_empty() => {
            lines.push(plain(
                "They can no longer sign in; you can re-activate them later.",
            ));
        }
        BulkAction::Activate if !eligible.is_empty() => {
            lines.push(plain(
                "Each takes a seat of their type; without a free seat the portal refuses.",
            ));
        }
        BulkAction::Delete { terminate_first } if !eligible.is_empty() => {
            // The warning first: where the dialog is too low for all, the rest is cut.
            lines.push((
                "Deletion is permanent: the profile is removed and cannot be restored.".to_string(),
                theme.error,
            ));
            let to_terminate = dialog.to_terminate();
            if terminate_first && !to_terminate.is_empty() {
                lines.push(("Two steps:".to_string(), theme.title));
                lines.push((
                    format!(" 1. terminate {}", names_summary(&to_terminate)),
                    theme.base,
                ));
                let second = if eligible.len() == 1 {
                    " 2. only if that succeeded, delete permanently"
                } else {
                    " 2. delete them permanently (not those whose terminate failed)"
                };
                lines.push(plain(second));
            }
            if let Some(to) = dialog.receiver() {
                lines.push((
                    format!(
                        "Their rooms and shared files are handed to {} first; a user whose handover does not complete is not deleted.",
                        shown_name(&to.name)
                    ),
                    theme.base,
                ));
            }
            lines.extend(super::impact::lines(dialog, theme));
        }
        _ => {}
    }
    let (already, refused): (Vec<_>, Vec<_>) = plan
        .excluded
        .iter()
        .partition(|(_, why)| why.is_already_done());
    excluded_lines(
        &mut lines,
        &refused,
        "Left out ({}), the portal would refuse them:",
        theme,
    );
    excluded_lines(
        &mut lines,
        &already,
        "Nothing to change ({}), already so:",
        theme,
    );
    lines
}

/// A heading with the count (`{}` in `heading`), then the first users with the reason.
fn excluded_lines(
    lines: &mut Vec<(String, Style)>,
    excluded: &[&(Target, Exclusion)],
    heading: &str,
    theme: &Theme,
) {
    if excluded.is_empty() {
        return;
    }
    lines.push((
        heading.replace("{}", &excluded.len().to_string()),
        theme.title,
    ));
    for (target, why) in excluded.iter().take(NAMES_SHOWN) {
        lines.push((
            format!(" - {}: {}", shown_name(&target.name), why.reason()),
            theme.base,
        ));
    }
    if excluded.len() > NAMES_SHOWN {
        lines.push((
            format!(" +{} more", excluded.len() - NAMES_SHOWN),
            theme.base,
        ));
    }
}

/// The part that always stays in view: the buttons (or the typed count) and the keys,
/// as lines of at most `cols` (wrapped here, so their number is known; the keys fitted
/// to one line).
fn prompt(dialog: &ConfirmDialog, keys: &Keymap, theme: &Theme, cols: usize) -> Vec<Line<'static>> {
    let key_line = hints::line(&fit(confirm_keys(dialog, keys), cols), theme);
    if dialog.nothing_to_do() {
        return vec![key_line];
    }
    if dialog.needs_typed_count() {
        let n = dialog.plan().eligible.len();
        let question = format!(
            "Type {n} and press {} to confirm:",
            keys.first(Action::Press)
        );
        let mut rows = wrap(&question, cols);
        let typed = format!("{}_", dialog.typed());
        // The count typed goes after the question, or under it when it does not fit.
        let last = rows.pop().unwrap_or_default();
        let mut out: Vec<Line<'static>> = rows.into_iter().map(Line::from).collect();
        if width(&last) + 1 + width(&typed) <= cols {
            out.push(Line::from(vec![
                Span::raw(format!("{last} ")),
                Span::styled(typed, theme.selected),
            ]));
        } else {
            out.push(Line::from(last));
            out.push(Line::from(Span::styled(typed, theme.selected)));
        }
        if dialog.mismatch() {
            let said = format!("That is not {n}; nothing was sent.");
            out.extend(
                wrap(&said, cols)
                    .into_iter()
                    .map(|row| Line::styled(row, theme.error)),
            );
        }
        out.push(key_line);
        return out;
    }
    let button = |label: String, which: Button| {
        let style = if dialog.focus() == which {
            theme.selected.add_modifier(Modifier::BOLD)
        } else {
            theme.base
        };
        Span::styled(button_label(&label), style)
    };
    let verb = capitalised(dialog.action().verb());
    vec![
        Line::from(vec![
            button("Cancel".into(), Button::Cancel),
            Span::raw("  "),
            button(verb, Button::Confirm),
        ]),
        key_line,
    ]
}

pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where a dialog's parts go in `area`: the box, the explanation and the part that stays.
struct Placed {
    outer: Rect,
    top: Rect,
    bottom: Rect,
    body: Vec<Line<'static>>,
    prompt: Vec<Line<'static>>,
}

/// Lays the dialog out centred in `area` (pure: the view draws it, the mouse reads it).
fn place(area: Rect, dialog: &ConfirmDialog, keys: &Keymap, theme: &Theme) -> Placed {
    let width = area.width.min(76);
    // Inside the border and the margins.
    let cols = usize::from(width.saturating_sub(4)).max(1);
    let mut body: Vec<Line<'static>> = body(dialog, theme)
        .into_iter()
        .flat_map(|(text, style)| {
            wrap(&text, cols)
                .into_iter()
                .map(move |row| Line::styled(row, style))
        })
        .collect();
    body.push(Line::default());
    let prompt = prompt(dialog, keys, theme, cols);
    let prompt_rows = u16::try_from(prompt.len()).unwrap_or(u16::MAX);
    let body_rows = u16::try_from(body.len()).unwrap_or(u16::MAX);
    let height = body_rows.saturating_add(prompt_rows).saturating_add(2);
    let outer = area.centered(Constraint::Max(width), Constraint::Max(height));
    let inner = Block::bordered().inner(outer).inner(Margin::new(1, 0));
    let prompt_h = prompt_rows.min(inner.height);
    let [top, bottom] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(prompt_h),
    ]));
    Placed {
        outer,
        top,
        bottom,
        body,
        prompt,
    }
}

/// The button under the cell (`col`, `row`) of a dialog drawn in `area`, if any: the
/// buttons line is the first line of the part that stays in view, `[ Cancel ]` then
/// `[ Verb ]`, two spaces apart.
pub(crate) fn button_at(
    area: Rect,
    dialog: &ConfirmDialog,
    keys: &Keymap,
    col: u16,
    row: u16,
) -> Option<Button> {
    if dialog.nothing_to_do() || dialog.needs_typed_count() {
        return None;
    }
    let placed = place(area, dialog, keys, &Theme::new(true));
    let line = placed.bottom;
    if line.height == 0 || row != line.y || col < line.x {
        return None;
    }
    let x = usize::from(col - line.x);
    let cancel = width(&button_label("Cancel"));
    let confirm = width(&button_label(&capitalised(dialog.action().verb())));
    if x < cancel {
        Some(Button::Cancel)
    } else if (cancel + 2..cancel + 2 + confirm).contains(&x) {
        Some(Button::Confirm)
    } else {
        None
    }
}

/// A button as drawn: `[ Label ]`.
fn button_label(label: &str) -> String {
    format!("[ {label} ]")
}

/// Draws the dialog centred in `area`. The buttons and keys always stay in view: where
/// the area is too low for the whole explanation, it is cut, ending in "…".
pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    dialog: &ConfirmDialog,
    keys: &Keymap,
    theme: &Theme,
) {
    let Placed {
        outer,
        top,
        bottom,
        mut body,
        prompt,
    } = place(area, dialog, keys, theme);
    frame.render_widget(Clear, outer);
    let block = Block::bordered()
        .border_style(theme.focus_border)
        .title(Span::styled(format!(" {} ", title(dialog)), theme.title));
    frame.render_widget(block, outer);
    if body.len() > usize::from(top.height) {
        body.truncate(usize::from(top.height.saturating_sub(1)));
        body.push(Line::styled(ELLIPSIS, theme.hint));
    }
    frame.render_widget(Paragraph::new(body), top);
    frame.render_widget(Paragraph::new(prompt), bottom);
}

#[cfg(test)]
#[path = "confirm_tests.rs"]
mod tests;
