//! Styles. Colour is only ever a foreground on the terminal's own background, and every
//! distinction colour makes is also made by a modifier (bold, reverse, underline), so the
//! wizard reads the same on light and dark terminals and with NO_COLOR.
//!
//! The palette is chosen with `--theme` or `theme = "..."` in `config.toml` in the config
//! directory, as huh and btop users choose theirs. The default palette reads on light and dark
//! backgrounds alike: it never puts a pale colour (yellow, cyan) in bold, the combination that
//! falls to 1.1-3:1 contrast on a light background; headings, keys and borders are bold in the
//! terminal's own foreground, and warnings are magenta.

use crate::questionnaire::Tier;
use ratatui::style::{Color, Modifier, Style};

/// Which colours the wizard uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Palette {
    /// Reads on light and dark backgrounds: no pale colour in bold.
    #[default]
    Default,
    /// For dark backgrounds: bold cyan headings and bold yellow warnings.
    Dark,
    /// For light backgrounds: blue headings and keys, red and magenta warnings.
    Light,
    /// No colour at all (as NO_COLOR and --no-color).
    Mono,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub palette: Palette,
}

impl Theme {
    pub fn new(no_color: bool) -> Self {
        Self::with_palette(no_color, Palette::Default)
    }

    pub fn with_palette(no_color: bool, palette: Palette) -> Self {
        Self {
            color: !no_color && palette != Palette::Mono,
            palette,
        }
    }

    fn fg(&self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
    }

    /// The colour of an accent (headings, keys, focus) in this palette, if any.
    fn accent(&self, style: Style) -> Style {
        match self.palette {
            Palette::Dark => self.fg(style, Color::Cyan),
            Palette::Light => self.fg(style, Color::Blue),
            Palette::Default | Palette::Mono => style,
        }
    }

    /// The colour of a warning in this palette: never a pale one in bold except on dark.
    fn warning(&self, style: Style) -> Style {
        match self.palette {
            Palette::Dark => self.fg(style, Color::Yellow),
            Palette::Default | Palette::Light | Palette::Mono => self.fg(style, Color::Magenta),
        }
    }

    /// Plain text: the terminal's own colours.
    pub fn text(&self) -> Style {
        Style::new()
    }

    /// Headings and panel titles.
    pub fn heading(&self) -> Style {
        self.accent(Style::new().add_modifier(Modifier::BOLD))
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
        self.warning(Style::new().add_modifier(Modifier::BOLD))
    }

    pub fn error(&self) -> Style {
        self.fg(Style::new().add_modifier(Modifier::BOLD), Color::Red)
    }

    pub fn ok(&self) -> Style {
        self.fg(Style::new(), Color::Green)
    }

    /// Key names in the footer and the key overlay.
    pub fn key(&self) -> Style {
        self.accent(Style::new().add_modifier(Modifier::BOLD))
    }

    /// Border of the panel that has the keyboard.
    pub fn focus_border(&self) -> Style {
        self.accent(Style::new().add_modifier(Modifier::BOLD))
    }

    pub fn border(&self) -> Style {
        Style::new()
    }

    pub fn tier(&self, tier: Tier) -> Style {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match tier {
            Tier::Prohibited => self.fg(bold.add_modifier(Modifier::REVERSED), Color::Red),
            Tier::High => self.fg(bold, Color::Red),
            Tier::Medium => self.warning(bold),
            Tier::Low => self.fg(bold, Color::Green),
        }
    }

    /// The caret in a text field.
    pub fn caret(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
}
