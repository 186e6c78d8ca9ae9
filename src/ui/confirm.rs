//! The confirmation dialog of a lifecycle action: what will happen, to whom, who is left
//! out and why, and how to confirm.

use ratatui::Frame;
use ratatui::layout::{Constraint, Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::confirm::{Button, ConfirmDialog};
use crate::app::state::job::users;
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

fn body(dialog: &ConfirmDialog, keys: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let plan = dialog.plan();
    let eligible: Vec<&Target> = plan.eligible.iter().collect();
    let mut lines = Vec::new();
    if !eligible.is_empty() {
        lines.push(Line::from(names_summary(&eligible)));
    }
    match dialog.action() {
        BulkAction::Terminate if !eligible.is_empty() => {
            lines.push(Line::from(
                "They can no longer sign in; you can re-activate them later.",
            ));
        }
        BulkAction::Activate if !eligible.is_empty() => {
            lines.push(Line::from(
                "Each takes a seat of their type; without a free seat the portal refuses.",
            ));
        }
        BulkAction::Delete { terminate_first } if !eligible.is_empty() => {
            let to_terminate = dialog.to_terminate();
            if terminate_first && !to_terminate.is_empty() {
                lines.push(Line::styled("Two steps:", theme.title));
                lines.push(Line::from(format!(
                    " 1. terminate {}",
                    names_summary(&to_terminate)
                )));
                let second = if eligible.len() == 1 {
                    " 2. only if that succeeded, delete permanently".to_string()
                } else {
                    " 2. delete them permanently (not those whose terminate failed)".to_string()
                };
                lines.push(Line::from(second));
            }
            lines.push(Line::styled(
                "Deletion is permanent: the profile is removed and cannot be restored.",
                theme.error,
            ));
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
    lines.push(Line::from(""));
    lines.extend(prompt(dialog, keys, theme));
    lines
}

/// A heading with the count (`{}` in `heading`), then the first users with the reason.
fn excluded_lines(
    lines: &mut Vec<Line<'static>>,
    excluded: &[&(Target, Exclusion)],
    heading: &str,
    theme: &Theme,
) {
    if excluded.is_empty() {
        return;
    }
    lines.push(Line::styled(
        heading.replace("{}", &excluded.len().to_string()),
        theme.title,
    ));
    for (target, why) in excluded.iter().take(NAMES_SHOWN) {
        lines.push(Line::from(format!(
            " - {}: {}",
            shown_name(&target.name),
            why.reason()
        )));
    }
    if excluded.len() > NAMES_SHOWN {
        lines.push(Line::from(format!(
            " +{} more",
            excluded.len() - NAMES_SHOWN
        )));
    }
}

fn prompt(dialog: &ConfirmDialog, keys: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let back = keys.first(Action::Back);
    if dialog.nothing_to_do() {
        return vec![Line::styled(format!("{back}/enter close"), theme.hint)];
    }
    if dialog.needs_typed_count() {
        let n = dialog.plan().eligible.len();
        let mut out = vec![Line::from(vec![
            Span::raw(format!("Type {n} and press enter to confirm: ")),
            Span::styled(format!("{}_", dialog.typed()), theme.selected),
        ])];
        if dialog.mismatch() {
            out.push(Line::styled(
                format!("That is not {n}; nothing was sent."),
                theme.error,
            ));
        }
        out.push(Line::styled(format!("{back} cancel"), theme.hint));
        return out;
    }
    let button = |label: String, which: Button| {
        let style = if dialog.focus() == which {
            theme.selected.add_modifier(Modifier::BOLD)
        } else {
            theme.base
        };
        Span::styled(format!("[ {label} ]"), style)
    };
    let verb = capitalised(dialog.action().verb());
    vec![Line::from(vec![
        button("Cancel".into(), Button::Cancel),
        Span::raw("  "),
        button(verb, Button::Confirm),
        Span::styled(
            format!(
                "   {} yes · {}/{back} no",
                keys.first(Action::Confirm),
                keys.first(Action::Cancel)
            ),
            theme.hint,
        ),
    ])]
}

pub(crate) fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Draws the dialog centred in `area`.
pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    dialog: &ConfirmDialog,
    keys: &Keymap,
    theme: &Theme,
) {
    let lines = body(dialog, keys, theme);
    let width = area.width.min(76);
    let height = popup_height(&lines, width);
    let inner = popup(frame, area, width, height, &title(dialog), theme);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        inner.inner(Margin::new(1, 0)),
    );
}

#[cfg(test)]
#[path = "confirm_tests.rs"]
mod tests;
