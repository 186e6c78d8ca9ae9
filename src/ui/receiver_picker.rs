//! The receiver picker over a delete's confirmation: what is typed, then the matching
//! admins and room admins (name and email, made safe), the chosen one highlighted.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::confirm::{popup, shown_name};
use super::hints::{self, confirm_keys, fit};
use super::theme::Theme;
use crate::app::keymap::Keymap;
use crate::app::state::confirm::ConfirmDialog;
use crate::app::state::receiver_picker::{Candidates, ReceiverPicker, SHOWN};
use crate::sanitize::display_safe_short;

const EMAIL_CHARS: usize = 40;

fn rows(picker: &ReceiverPicker, theme: &Theme) -> Vec<Line<'static>> {
    match picker.candidates() {
        Candidates::Reading => vec![Line::styled("reading admins and room admins…", theme.hint)],
        Candidates::Failed(why) => vec![Line::styled(
            format!("could not be read: {}", display_safe_short(why, 120)),
            theme.error,
        )],
        Candidates::Read(_) => {
            let matches = picker.matches();
            if matches.is_empty() {
                return vec![Line::styled("nobody matches", theme.hint)];
            }
            let first = picker.cursor().saturating_sub(SHOWN - 1);
            matches
                .iter()
                .enumerate()
                .skip(first)
                .take(SHOWN)
                .map(|(i, c)| {
                    let text = format!(
                        "{} <{}>",
                        shown_name(&c.name),
                        display_safe_short(&c.email, EMAIL_CHARS)
                    );
                    if i == picker.cursor() {
                        Line::styled(format!("› {text}"), theme.selected)
                    } else {
                        Line::from(format!("  {text}"))
                    }
                })
                .collect()
        }
    }
}

/// Draws the picker of `dialog`, if open, centred in `area`.
pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    dialog: &ConfirmDialog,
    keys: &Keymap,
    theme: &Theme,
) {
    let Some(picker) = dialog.picker() else {
        return;
    };
    let body = rows(picker, theme);
    let height = u16::try_from(body.len() + 5).unwrap_or(u16::MAX);
    let inner = popup(
        frame,
        area,
        area.width.min(70),
        height,
        "Reassign data to…",
        theme,
    )
    .inner(Margin::new(1, 0));
    let [query, list, footer] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let typed = display_safe_short(picker.query(), 60);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("Search: ", theme.title),
            Span::raw(typed),
            Span::styled("_", theme.selected),
        ])),
        query,
    );
    frame.render_widget(Paragraph::new(body), list);
    let shown = fit(confirm_keys(dialog, keys), usize::from(footer.width));
    frame.render_widget(Paragraph::new(hints::line(&shown, theme)), footer);
}
