//! The create-user form: one row per field with its error beside it, the portal's refusal,
//! and the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::confirm::{popup, popup_height};
use super::prompt::visible_input;
use super::theme::Theme;
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::state::form::{CreateForm, Field, Phase};
use crate::app::state::input::TextInput;
use crate::sanitize::display_safe;

/// Width of the label column ("First name  ").
const LABEL: usize = 12;
/// Widest the form gets.
const WIDTH: u16 = 78;

/// The visible part of a field `cols` wide and the cursor's column in it: the sanitised
/// text (scrolled to keep the cursor in view), or dots for the password.
fn shown(field: Field, input: &TextInput, cols: usize) -> (String, usize) {
    if field != Field::Password {
        return visible_input(input, cols);
    }
    let cols = cols.max(1);
    let n = input.value().chars().count();
    let skip = (input.cursor() + 1).saturating_sub(cols);
    let dots = "•".repeat(n.saturating_sub(skip).min(cols));
    (dots, input.cursor() - skip)
}

fn type_row(form: &CreateForm, focused: bool, theme: &Theme) -> Vec<Span<'static>> {
    form.allowed_types()
        .iter()
        .map(|t| {
            let style = match (*t == form.user_type(), focused) {
                (true, true) => theme.selected,
                (true, false) => theme
                    .base
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                (false, _) => theme.base,
            };
            Span::styled(format!(" {} ", crate::people::user_type::label(*t)), style)
        })
        .collect()
}

/// The note under a field when it has no error: help while focused; under the type
/// always the reminder that guests are not created here.
fn help(field: Field, focused: bool) -> Option<&'static str> {
    match (field, focused) {
        (Field::Type, true) => Some("left/right to change; guests are invited, not created here"),
        (Field::Type, false) => Some("guests are invited, not created here"),
        (_, false) => None,
        (Field::FirstName, true) => Some("required: letters, spaces, ' and -"),
        (Field::LastName, true) => Some("optional: letters, spaces, ' and -"),
        (Field::Email, true) => Some("required: the address the user signs in with"),
        (Field::Password, true) => Some("optional: left empty, the user sets one from the email"),
    }
}

/// The form's drawing: one line per field and one for its note (drawn unwrapped, so the
/// cursor's row is known), then the refusal and the keys (wrapped).
struct Drawn {
    fields: Vec<Line<'static>>,
    tail: Vec<Line<'static>>,
    /// Row and column of the cursor within the fields' area.
    cursor: Option<(u16, u16)>,
}

fn lines(form: &CreateForm, keys: &Keymap, theme: &Theme, width: usize) -> Drawn {
    let value_width = width.saturating_sub(LABEL + 1).max(1);
    let mut out = Vec::new();
    let mut cursor = None;
    let editing = form.phase() == Phase::Editing;
    for field in Field::ALL {
        let focused = form.focus() == field && editing;
        let label_style = if focused { theme.key } else { theme.label };
        let marker = if focused { "›" } else { " " };
        let mut spans = vec![Span::styled(
            format!("{marker}{:<w$}", field.label(), w = LABEL - 1),
            label_style,
        )];
        match form.input(field) {
            Some(input) => {
                let (text, col) = shown(field, input, value_width);
                let pad = value_width.saturating_sub(super::text::width(&text));
                let style = if focused {
                    theme.base.add_modifier(Modifier::UNDERLINED)
                } else {
                    theme.base
                };
                spans.push(Span::styled(format!("{text}{}", "_".repeat(pad)), style));
                if focused {
                    cursor = Some((
                        u16::try_from(out.len()).unwrap_or(u16::MAX),
                        u16::try_from(LABEL + col).unwrap_or(u16::MAX),
                    ));
                }
            }
            None => spans.extend(type_row(form, focused, theme)),
        }
        out.push(Line::from(spans));
        let note = match (form.visible_error(field), form.refusal()) {
            (Some(e), _) => Some(Span::styled(format!("✗ {}", e.message()), theme.error)),
            (None, Some(r)) if r.field == Some(field) => Some(Span::styled(
                format!("✗ {}", display_safe(&r.message)),
                theme.error,
            )),
            _ => help(field, focused).map(|h| Span::styled(h, theme.hint)),
        };
        out.push(Line::from(vec![
            Span::raw(" ".repeat(LABEL)),
            note.unwrap_or_default(),
        ]));
    }
    let mut tail = Vec::new();
    if let Some(r) = form.refusal().filter(|r| r.field.is_none()) {
        tail.push(Line::from(Span::styled(
            format!("The portal refused: {}", display_safe(&r.message)),
            theme.error,
        )));
    }
    tail.push(Line::from(""));
    tail.push(footer(form, keys, theme));
    Drawn {
        fields: out,
        tail,
        cursor,
    }
}

fn footer(form: &CreateForm, keys: &Keymap, theme: &Theme) -> Line<'static> {
    match form.phase() {
        Phase::Submitting => Line::from(Span::styled(
            "Creating the user on the portal…",
            theme.title,
        )),
        Phase::ConfirmDiscard => Line::from(Span::styled(
            format!(
                "Discard what you typed? {} yes · {} no",
                keys.first(Action::Confirm),
                keys.first(Action::Cancel)
            ),
            theme.error,
        )),
        Phase::Editing => Line::styled(
            format!(
                "{} submit · {}/{} move · {} cancel",
                keys.first(Action::Submit),
                keys.first(Action::NextField),
                keys.first(Action::PrevField),
                keys.first(Action::Back)
            ),
            theme.hint,
        ),
    }
}

/// Draws the form centred in `area` and places the terminal cursor in the focused field.
pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    form: &CreateForm,
    keys: &Keymap,
    theme: &Theme,
) {
    let width = area.width.min(WIDTH);
    let drawn = lines(form, keys, theme, usize::from(width.saturating_sub(4)));
    let field_rows = u16::try_from(drawn.fields.len()).unwrap_or(u16::MAX);
    let height = field_rows.saturating_add(popup_height(&drawn.tail, width));
    let title = match form.phase() {
        Phase::Submitting => "New user (sending…)",
        _ => "New user",
    };
    let inner = popup(frame, area, width, height, title, theme).inner(Margin::new(1, 0));
    let [top, bottom] = inner.layout(&Layout::vertical([
        Constraint::Length(field_rows),
        Constraint::Fill(1),
    ]));
    frame.render_widget(Paragraph::new(drawn.fields), top);
    frame.render_widget(
        Paragraph::new(drawn.tail).wrap(Wrap { trim: false }),
        bottom,
    );
    if let Some((row, col)) = drawn.cursor
        && row < top.height
        && col < top.width
    {
        frame.set_cursor_position(Position::new(top.x + col, top.y + row));
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
