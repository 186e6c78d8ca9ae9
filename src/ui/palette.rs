//! The command palette: the line being typed, then the matching actions (keys, name,
//! what they do) and commands, the chosen one highlighted; the reason the last Enter did
//! nothing at the bottom.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::confirm::popup;
use super::prompt::visible_input;
use super::text::{fit, truncate};
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::palette::Palette;

const KEYS_W: usize = 10;
const NAME_W: usize = 26;

pub(crate) fn render(frame: &mut Frame, area: Rect, p: &Palette, keys: &Keymap, theme: &Theme) {
    let height = area.height.saturating_sub(4).clamp(6, 22);
    let inner = popup(frame, area, area.width.min(100), height, "Commands", theme);
    if inner.width < 8 || inner.height < 3 {
        return;
    }
    let [input, list, footer] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    let (text, cur) = visible_input(&p.input, usize::from(input.width).saturating_sub(2));
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(": ", theme.key),
            Span::raw(text),
        ])),
        input,
    );
    frame.set_cursor_position(Position::new(input.x + 2 + cur as u16, input.y));

    let rows = usize::from(list.height);
    let w = usize::from(list.width);
    // The chosen entry stays in view.
    let first = p.selected_index().saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = p
        .matches()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, c)| {
            let keys_col = fit(&c.keys, KEYS_W);
            let name = fit(c.name, NAME_W);
            let rest = w.saturating_sub(KEYS_W + NAME_W + 2);
            let desc = truncate(c.description, rest);
            let style = if i == p.selected_index() {
                theme.selected
            } else {
                theme.base
            };
            Line::from(vec![
                Span::styled(keys_col, theme.key),
                Span::raw(" "),
                Span::styled(name, style),
                Span::raw(" "),
                Span::styled(desc, theme.hint),
            ])
        })
        .collect();
    if lines.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled("nothing matches", theme.hint)),
            list,
        );
    } else {
        frame.render_widget(Paragraph::new(lines), list);
    }
    let bottom = match &p.error {
        Some(e) => Line::styled(truncate(e, w), theme.error),
        None => {
            let hint = format!(
                "enter run · {}/{} choose · {} on an empty line: history · {} close",
                keys.first(Action::NextField),
                keys.first(Action::PrevField),
                keys.first(Action::HistoryPrev),
                keys.first(Action::Back)
            );
            Line::styled(truncate(&hint, w), theme.hint)
        }
    };
    frame.render_widget(Paragraph::new(bottom), footer);
}

#[cfg(test)]
#[path = "palette_tests.rs"]
mod tests;
