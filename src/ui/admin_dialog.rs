//! The administration dialogs: invite, resend invitations, change type, set a quota.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::layout::centered;
use super::prompt::visible_input;
use super::text::{truncate, wrap};
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::admin::{AdminDialog, AdminField, AdminKind, FIRST_NAME};
use crate::app::words::admin as words;
use crate::people::grant::hands_rooms_over;
use crate::people::user_type;

/// Options of a pick list shown at once.
const PICK_ROWS: usize = 8;

/// Columns of the dialog, borders included.
const DIALOG_WIDTH: u16 = 76;

/// Names shown before "and N more".
const NAMES_SHOWN: usize = 3;

fn title(kind: AdminKind) -> &'static str {
    match kind {
        AdminKind::Invite => " Invite people ",
        AdminKind::Resend => " Resend invitations ",
        AdminKind::ChangeType => " Change type ",
        AdminKind::Quota => " Storage quota ",
        AdminKind::Profile => " Edit profile ",
        AdminKind::PasswordLink => " Password-change link ",
        AdminKind::AddToGroup => " Add to a group ",
        AdminKind::RemoveFromGroup => " Remove from a group ",
    }
}

/// "Ann Lee, Bob Roe and 3 more" (names are safe already).
fn who(dialog: &AdminDialog) -> String {
    let names: Vec<&str> = dialog
        .targets
        .iter()
        .take(NAMES_SHOWN)
        .map(|t| t.name.as_str())
        .collect();
    let more = dialog.targets.len().saturating_sub(NAMES_SHOWN);
    match more {
        0 => names.join(", "),
        n => format!("{} and {n} more", names.join(", ")),
    }
}

fn explanation(dialog: &AdminDialog) -> Vec<String> {
    match dialog.kind {
        AdminKind::Invite => {
            vec!["Addresses separated by commas, spaces or new lines; each gets a mail.".into()]
        }
        AdminKind::Resend => vec![
            format!("Mail {} again?", who(dialog)),
            words::RESEND_WARNING.into(),
        ],
        AdminKind::ChangeType => {
            let mut v = vec![format!("For {}:", who(dialog))];
            let rooms = dialog.chosen_type().is_some_and(|to| {
                dialog
                    .targets
                    .iter()
                    .any(|t| t.kind.is_some_and(|from| hands_rooms_over(from, to)))
            });
            if rooms {
                v.push(words::ROOMS_TO_YOU.into());
            }
            v
        }
        AdminKind::Quota => vec![format!("For {}:", who(dialog)), words::QUOTA_HELP.into()],
        AdminKind::Profile => {
            let mut v = vec![format!("{}:", who(dialog))];
            if !dialog.has(FIRST_NAME) {
                v.push(words::NAMES_ARE_THEIR_OWN.into());
            }
            v.push(words::EMAIL_CONFIRMED_BY_MAIL.into());
            v
        }
        AdminKind::AddToGroup => vec![format!("For {}:", who(dialog)), words::ADD_TO_GROUP.into()],
        AdminKind::RemoveFromGroup => vec![
            format!("For {}:", who(dialog)),
            words::REMOVE_FROM_GROUP.into(),
        ],
        AdminKind::PasswordLink => vec![
            format!("Mail {} a link to set a new password?", who(dialog)),
            words::PASSWORD_LINK_WARNING.into(),
        ],
    }
}

fn keys_line(dialog: &AdminDialog, keys: &Keymap) -> String {
    if dialog.discard_asked {
        return format!(
            "Discard what you typed?   {}: discard   {}: keep editing",
            keys.first(Action::Confirm),
            keys.first(Action::Cancel)
        );
    }
    if dialog.fields.is_empty() {
        return format!(
            "{}: yes   {}: no",
            keys.first(Action::Confirm),
            keys.first(Action::Cancel)
        );
    }
    let mut parts = vec![format!("{}: send", keys.first(Action::Accept))];
    if dialog.fields.len() > 1 {
        parts.push(format!("{}: next field", keys.first(Action::NextField)));
    }
    if dialog
        .fields
        .iter()
        .any(|f| matches!(f, AdminField::Choice { .. }))
    {
        parts.push(format!(
            "{}/{}: choose the type",
            keys.first(Action::CursorLeft),
            keys.first(Action::CursorRight)
        ));
    }
    if dialog
        .fields
        .iter()
        .any(|f| matches!(f, AdminField::Pick { .. }))
    {
        parts.push(format!(
            "{}/{}: choose the group",
            keys.first(Action::HistoryPrev),
            keys.first(Action::HistoryNext)
        ));
    }
    parts.push(format!("{}: cancel", keys.first(Action::Back)));
    parts.join("   ")
}

pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    dialog: &AdminDialog,
    keys: &Keymap,
    theme: &Theme,
) {
    // The dialog's inner width: explanations and errors wrap to it, nothing is cut.
    let w = usize::from(DIALOG_WIDTH.min(area.width).saturating_sub(2)).max(1);
    let explained: Vec<String> = explanation(dialog)
        .iter()
        .flat_map(|l| wrap(l, w))
        .collect();
    let last: Vec<String> = match &dialog.error {
        Some(e) if !dialog.discard_asked => wrap(e, w),
        _ => wrap(&keys_line(dialog, keys), w),
    };
    let rows: usize = dialog
        .fields
        .iter()
        .map(|f| match f {
            AdminField::Pick { options, .. } => 1 + options.len().min(PICK_ROWS),
            _ => 1,
        })
        .sum();
    let height = (explained.len() + rows + last.len() + 4) as u16;
    let rect = centered(area, DIALOG_WIDTH, height);
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border)
        .title(Span::styled(title(dialog.kind), theme.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines: Vec<Line> = explained
        .into_iter()
        .map(|l| Line::styled(l, theme.label))
        .collect();
    let mut cursor = None;
    for (i, field) in dialog.fields.iter().enumerate() {
        let focused = i == dialog.focus;
        let marker = if focused { "> " } else { "  " };
        match field {
            AdminField::Text { label, input, .. } => {
                let head = format!("{marker}{label}: ");
                let cols = w.saturating_sub(head.chars().count());
                let (text, cur) = visible_input(input, cols);
                if focused {
                    cursor = Some((head.chars().count() + cur, lines.len()));
                }
                lines.push(Line::from(vec![
                    Span::styled(head, theme.key),
                    Span::raw(text),
                ]));
            }
            AdminField::Choice { label, types, at } => {
                let mut spans = vec![Span::styled(format!("{marker}{label}: "), theme.key)];
                for (n, t) in types.iter().enumerate() {
                    let name = user_type::label(*t);
                    if n == *at {
                        spans.push(Span::styled(format!("[{name}]"), theme.title));
                    } else {
                        spans.push(Span::raw(format!(" {name} ")));
                    }
                    spans.push(Span::raw(" "));
                }
                lines.push(Line::from(spans));
            }
            AdminField::Pick { label, options, at } => {
                lines.push(Line::styled(format!("{marker}{label}:"), theme.key));
                // A window of the options around the one chosen.
                let start = at
                    .saturating_sub(PICK_ROWS / 2)
                    .min(options.len().saturating_sub(PICK_ROWS));
                for (n, (_, name)) in options.iter().enumerate().skip(start).take(PICK_ROWS) {
                    let line = if n == *at {
                        Line::styled(truncate(&format!("  › {name}"), w), theme.title)
                    } else {
                        Line::raw(truncate(&format!("    {name}"), w))
                    };
                    lines.push(line);
                }
            }
        }
    }
    lines.push(Line::default());
    let style = match &dialog.error {
        Some(_) if !dialog.discard_asked => theme.error,
        _ => theme.hint,
    };
    lines.extend(last.into_iter().map(|l| Line::styled(l, style)));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    if let Some((x, y)) = cursor {
        let (x, y) = (x as u16, y as u16);
        if x < inner.width && y < inner.height {
            frame.set_cursor_position(Position::new(inner.x + x, inner.y + y));
        }
    }
}

#[cfg(test)]
#[path = "admin_dialog_tests.rs"]
mod tests;
