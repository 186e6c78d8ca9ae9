//! The create-user form: one row per field with its error beside it, the portal's refusal,
//! and the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::confirm::popup;
use super::hints::{self, either, fit, form_keys};
use super::prompt::visible_input;
use super::text::wrap;
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
fn help(field: Field, focused: bool, keys: &Keymap) -> Option<String> {
    const GUESTS: &str = "guests are invited, not created here";
    let note = match (field, focused) {
        (Field::Type, true) => {
            return Some(format!(
                "{} to change; {GUESTS}",
                either(keys, &[Action::CursorLeft, Action::CursorRight])
            ));
        }
        (Field::Type, false) => GUESTS,
        (_, false) => return None,
        (Field::FirstName, true) => "required: letters, spaces, ' and -",
        (Field::LastName, true) => "optional: letters, spaces, ' and -",
        (Field::Email, true) => "required: the address the user signs in with",
        (Field::Password, true) => "optional: left empty, the user sets one from the email",
    };
    Some(note.to_string())
}

/// The form's drawing: one line per field and one for its note (drawn unwrapped, so the
/// cursor's row is known), the refusal (wrapped here), and the footer that always stays
/// in view (the keys, fitted to the width).
struct Drawn {
    fields: Vec<Line<'static>>,
    refusal: Vec<Line<'static>>,
    footer: Vec<Line<'static>>,
    /// Row and column of the cursor within the fields' lines.
    cursor: Option<(u16, u16)>,
    /// The first of the focused field's two lines.
    focus_row: u16,
}

fn lines(form: &CreateForm, keys: &Keymap, theme: &Theme, width: usize) -> Drawn {
    let value_width = width.saturating_sub(LABEL + 1).max(1);
    let mut out = Vec::new();
    let mut cursor = None;
    let mut focus_row = 0;
    let editing = form.phase() == Phase::Editing;
    for field in Field::ALL {
        let focused = form.focus() == field && editing;
        if form.focus() == field {
            focus_row = u16::try_from(out.len()).unwrap_or(u16::MAX);
        }
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
            _ => help(field, focused, keys).map(|h| Span::styled(h, theme.hint)),
        };
        out.push(Line::from(vec![
            Span::raw(" ".repeat(LABEL)),
            note.unwrap_or_default(),
        ]));
    }
    let mut refusal = Vec::new();
    if let Some(r) = form.refusal().filter(|r| r.field.is_none()) {
        let text = format!("The portal refused: {}", display_safe(&r.message));
        refusal.extend(
            wrap(&text, width.max(1))
                .into_iter()
                .map(|row| Line::styled(row, theme.error)),
        );
    }
    Drawn {
        fields: out,
        refusal,
        footer: footer(form, keys, theme, width),
        cursor,
        focus_row,
    }
}

/// What stays at the bottom: while editing, the keys; asking before discarding, the
/// question and its keys; while sending, that it is sent.
fn footer(form: &CreateForm, keys: &Keymap, theme: &Theme, cols: usize) -> Vec<Line<'static>> {
    let key_line = || hints::line(&fit(form_keys(form, keys), cols), theme);
    match form.phase() {
        Phase::Submitting => vec![Line::from(Span::styled(
            "Creating the user on the portal…",
            theme.title,
        ))],
        Phase::ConfirmDiscard => vec![
            Line::from(Span::styled("Discard what you typed?", theme.error)),
            key_line(),
        ],
        Phase::Editing => vec![key_line()],
    }
}

/// Draws the form centred in `area` and places the terminal cursor in the focused field.
/// Where the area is too low for every field, the fields scroll to keep the focused one
/// in view; the footer (the keys) always stays.
pub(crate) fn render(
    frame: &mut Frame,
    area: Rect,
    form: &CreateForm,
    keys: &Keymap,
    theme: &Theme,
) {
    let width = area.width.min(WIDTH);
    let drawn = lines(form, keys, theme, usize::from(width.saturating_sub(4)));
    let rows = |v: &Vec<Line<'static>>| u16::try_from(v.len()).unwrap_or(u16::MAX);
    let (field_rows, refusal_rows, footer_rows) = (
        rows(&drawn.fields),
        rows(&drawn.refusal),
        rows(&drawn.footer),
    );
    // Fields, refusal, a blank line, footer, the border.
    let height = field_rows
        .saturating_add(refusal_rows)
        .saturating_add(footer_rows)
        .saturating_add(3);
    let title = match form.phase() {
        Phase::Submitting => "New user (sending…)",
        _ => "New user",
    };
    let inner = popup(frame, area, width, height, title, theme).inner(Margin::new(1, 0));
    // Room goes to the footer first, then the fields, the refusal, the blank line.
    let mut room = inner.height;
    let mut take = |want: u16| {
        let got = want.min(room);
        room -= got;
        got
    };
    let footer_h = take(footer_rows);
    let fields_h = take(field_rows);
    let refusal_h = take(refusal_rows);
    let [top, middle, _, bottom] = inner.layout(&Layout::vertical([
        Constraint::Length(fields_h),
        Constraint::Length(refusal_h),
        Constraint::Fill(1),
        Constraint::Length(footer_h),
    ]));
    // Scrolled so that the focused field and its note are in view.
    let scroll = drawn
        .focus_row
        .saturating_add(2)
        .saturating_sub(fields_h)
        .min(field_rows.saturating_sub(fields_h));
    frame.render_widget(Paragraph::new(drawn.fields).scroll((scroll, 0)), top);
    frame.render_widget(Paragraph::new(drawn.refusal), middle);
    frame.render_widget(Paragraph::new(drawn.footer), bottom);
    if let Some((row, col)) = drawn.cursor
        && row >= scroll
        && row - scroll < top.height
        && col < top.width
    {
        frame.set_cursor_position(Position::new(top.x + col, top.y + row - scroll));
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
