//! A text field being edited: its text area, what it edits, and the contact address's shape.

use super::*;

/// A text field: a `TextArea` plus whether it has unsaved edits.
#[derive(Debug, Clone)]
pub struct Field {
    pub area: TextArea<'static>,
    pub multiline: bool,
    /// Edited since it was last committed.
    pub dirty: bool,
    /// The text as the field showed it when built or last saved. A field whose text is still
    /// this writes nothing when left: showing a value (a one-line field shows a line break as
    /// a space) must never change it.
    pub original: String,
}

impl Field {
    pub fn new(text: &str, multiline: bool, placeholder: &str, theme: &Theme) -> Self {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let mut area = TextArea::new(lines);
        // One undo for everything: the session's (Ctrl+_, Ctrl+R). The text box keeps no
        // history of its own that a key could reach.
        area.set_max_histories(0);
        area.set_cursor_line_style(Style::new());
        area.set_placeholder_text(placeholder);
        area.set_placeholder_style(theme.muted());
        area.set_selection_style(theme.selected());
        if multiline {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        let original = area.lines().join("\n");
        let mut f = Self {
            area,
            multiline,
            dirty: false,
            original,
        };
        f.set_focus(true, theme);
        f
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Whether the user changed the text: typed, and it differs from what was shown.
    pub fn edited(&self) -> bool {
        self.dirty && self.text() != self.original
    }

    /// The text is on disk now: leaving the field writes nothing more.
    pub fn mark_saved(&mut self) {
        self.dirty = false;
        self.original = self.text();
    }

    /// Shows or hides the caret.
    pub fn set_focus(&mut self, focused: bool, theme: &Theme) {
        self.area
            .set_cursor_style(if focused { theme.caret() } else { Style::new() });
    }

    pub fn input(&mut self, input: Input) {
        use ratatui_textarea::{CursorMove, Key};
        let plain = !input.ctrl && !input.alt && !input.shift;
        match input.key {
            // As in a shell: delete to the start of the line (undo is u / Ctrl+_ elsewhere).
            Key::Char('u') if input.ctrl && !input.alt => {
                if self.area.delete_line_by_head() {
                    self.dirty = true;
                }
                return;
            }
            // Home and End go to the start and end of the line as it is wrapped on screen.
            Key::Home | Key::End if plain && self.multiline => {
                let row = self.area.screen_cursor().row;
                let to = if input.key == Key::Home {
                    self.area.screen_to_data(row, 0)
                } else {
                    let end = self.area.screen_to_data(row, usize::from(u16::MAX));
                    let next = self.area.screen_to_data(row + 1, 0);
                    // A wrapped row ends before the first character of the next one.
                    if next.0 == end.0
                        && next.1 == end.1
                        && next != self.area.screen_to_data(row, 0)
                    {
                        ratatui_textarea::DataCursor(end.0, end.1.saturating_sub(1))
                    } else {
                        end
                    }
                };
                let (r, c) = (
                    u16::try_from(to.0).unwrap_or(u16::MAX),
                    u16::try_from(to.1).unwrap_or(u16::MAX),
                );
                self.area.move_cursor(CursorMove::Jump(r, c));
                return;
            }
            _ => {}
        }
        if self.area.input(input) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// Replaces the whole text (read back from an external editor), as an edit.
    pub fn set_text(&mut self, text: &str) {
        self.area.select_all();
        self.area.cut();
        if self.area.insert_str(text.trim_end_matches('\n')) || text.is_empty() {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// Typed characters, as if each key had been pressed (they hold no line breaks).
    pub fn type_text(&mut self, text: &str) {
        if self.area.insert_str(text) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline {
            text
        } else {
            text.replace('\n', " ")
        };
        if self.area.insert_str(text) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// A one-line field never holds a line break, whatever key produced one.
    pub(crate) fn keep_single_line(&mut self) {
        if !self.multiline && self.area.lines().len() > 1 {
            let joined = self.area.lines().join(" ");
            let mut area = TextArea::new(vec![joined]);
            area.set_max_histories(0);
            area.set_cursor_line_style(self.area.cursor_line_style());
            area.set_cursor_style(self.area.cursor_style());
            area.set_placeholder_text(self.area.placeholder_text().to_string());
            if let Some(s) = self.area.placeholder_style() {
                area.set_placeholder_style(s);
            }
            area.move_cursor(ratatui_textarea::CursorMove::End);
            self.area = area;
            self.dirty = true;
        }
    }
}

/// The detail asked as "a sentence or two": its one-paragraph field wraps over several rows.
pub const WRAPPED_FIELD: Detail = Detail::Description;

/// Whether `text` has the shape of an e-mail address (one @, a dot after it, no spaces). Only
/// a warning depends on it: the text is saved as typed.
pub fn looks_like_email(text: &str) -> bool {
    let t = text.trim();
    match t.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !t.contains(char::is_whitespace)
        }
        None => false,
    }
}
