//! A text field being edited: its text box, what it edits, and the contact address's shape.

use super::*;

/// A text field: a [`TextBox`] plus whether it has unsaved edits.
#[derive(Debug, Clone)]
pub struct Field {
    pub editor: TextBox,
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
        // The text box keeps no history a key could reach: there is one undo for everything,
        // the session's (Ctrl+_, Ctrl+R).
        let mut editor = TextBox::new(text, multiline);
        editor.set_placeholder(placeholder);
        let original = editor.text();
        let mut f = Self {
            editor,
            multiline,
            dirty: false,
            original,
        };
        f.set_focus(true, theme);
        f
    }

    pub fn text(&self) -> String {
        self.editor.text()
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
        self.editor
            .set_caret_style(if focused { theme.caret() } else { Style::new() });
    }

    /// One key for the text box: see [`TextBox::input`] (Home and End work on the row as
    /// wrapped on screen, Ctrl+U deletes to the start of the line as in a shell).
    pub fn input(&mut self, input: Input) {
        if self.editor.input(input) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// Replaces the whole text (read back from an external editor), as an edit.
    pub fn set_text(&mut self, text: &str) {
        self.editor.set_text(text.trim_end_matches('\n'));
        self.dirty = true;
        self.keep_single_line();
    }

    /// Typed characters, as if each key had been pressed (they hold no line breaks).
    pub fn type_text(&mut self, text: &str) {
        if self.editor.insert_str(text) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// Bracketed paste: CRLF and CR are line breaks; a one-line field joins the lines with
    /// spaces.
    pub fn paste(&mut self, text: &str) {
        if self.editor.insert_str(text) {
            self.dirty = true;
        }
        self.keep_single_line();
    }

    /// A one-line field never holds a line break, whatever key produced one.
    pub(crate) fn keep_single_line(&mut self) {
        if !self.multiline && self.editor.lines().len() > 1 {
            let joined = self.editor.lines().join(" ");
            self.editor.set_text(&joined);
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
