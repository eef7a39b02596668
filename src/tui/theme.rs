//! Styles. Colour is only ever a foreground on the terminal's own background, and every
//! distinction colour makes is also made by a modifier (bold, reverse, underline), so the
//! wizard reads the same on light and dark terminals and with NO_COLOR.

use crate::questionnaire::Tier;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    pub fn new(no_color: bool) -> Self {
        Self { color: !no_color }
    }

    fn fg(&self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
    }

    /// Plain text: the terminal's own colours.
    pub fn text(&self) -> Style {
        Style::new()
    }

    /// Headings and panel titles.
    pub fn heading(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// The row the cursor is on, and the current step in the sidebar.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Secondary text: hints, help, empty values.
    pub fn muted(&self) -> Style {
        // DIM rather than a grey: bright black vanishes on some dark themes (Solarized), and
        // dimming the terminal's own foreground reads on light and dark backgrounds alike.
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Something the user must act on: unanswered, note required, validation errors.
    pub fn warn(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Yellow)
    }

    pub fn error(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn ok(&self) -> Style {
        self.fg(Style::new(), Color::Green)
    }

    /// Key names in the footer and the key overlay.
    pub fn key(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// Border of the panel that has the keyboard.
    pub fn focus_border(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    pub fn border(&self) -> Style {
        Style::new()
    }

    pub fn tier(&self, tier: Tier) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match tier {
            Tier::Prohibited => self.fg(bold.add_modifier(Modifier::REVERSED), Color::Red),
            Tier::High => self.fg(bold, Color::Red),
            Tier::Medium => self.fg(bold, Color::Yellow),
            Tier::Low => self.fg(bold, Color::Green),
        }
    }

    /// The caret in a text field.
    pub fn caret(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
