//! Styles. With NO_COLOR only modifiers are used (bold, dim, reversed), so every
//! state stays visible without colour.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub(crate) struct Theme {
    pub base: Style,
    pub header: Style,
    pub selected: Style,
    pub terminated: Style,
    pub pending: Style,
    pub border: Style,
    pub focus_border: Style,
    pub title: Style,
    pub label: Style,
    pub error: Style,
    pub notice: Style,
    pub key: Style,
    pub hint: Style,
    pub status_bar: Style,
    /// A progress gauge: the done part drawn in this style's foreground, the rest blank.
    pub gauge: Style,
}

impl Theme {
    pub(crate) fn new(no_color: bool) -> Self {
        if no_color {
            return Theme::mono();
        }
        Theme {
            base: Style::default(),
            header: Style::default()
                .add_modifier(Modifier::BOLD)
                .fg(Color::Cyan),
            selected: Style::default()
                .add_modifier(Modifier::REVERSED)
                .fg(Color::LightBlue),
            terminated: Style::default().add_modifier(Modifier::DIM),
            pending: Style::default().fg(Color::Yellow),
            border: Style::default().fg(Color::DarkGray),
            focus_border: Style::default().fg(Color::Cyan),
            title: Style::default().add_modifier(Modifier::BOLD),
            label: Style::default().fg(Color::Cyan),
            error: Style::default()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            notice: Style::default().fg(Color::Green),
            key: Style::default()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            hint: Style::default().fg(Color::Gray),
            gauge: Style::default().fg(Color::LightBlue),
            status_bar: Style::default().bg(Color::Black),
        }
    }

    pub(crate) fn mono() -> Self {
        let plain = Style::default();
        Theme {
            base: plain,
            header: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: plain.add_modifier(Modifier::REVERSED),
            terminated: plain.add_modifier(Modifier::DIM),
            pending: plain.add_modifier(Modifier::ITALIC),
            border: plain,
            focus_border: plain.add_modifier(Modifier::BOLD),
            title: plain.add_modifier(Modifier::BOLD),
            label: plain.add_modifier(Modifier::BOLD),
            error: plain.add_modifier(Modifier::BOLD),
            notice: plain,
            key: plain.add_modifier(Modifier::BOLD),
            hint: plain,
            gauge: plain,
            status_bar: plain,
        }
    }
}
