//! raia's own text box: the editing model behind every text field of the wizard (lines of
//! text, a caret, what Ctrl+U, K and W deleted), the keys that edit it, and (in `view.rs`) how
//! it is laid out and drawn. Its soft wrap is the wizard's one wrap rule
//! ([`crate::tui::widgets::wrap_line`]): a row never starts with a space or a punctuation mark.

mod view;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Style;
use std::cell::Cell;
use unicode_segmentation::UnicodeSegmentation;

/// A key for the text box, with the modifiers held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Input {
    pub key: Key,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

/// The keys a text box knows; any other key is [`Key::Null`] and does nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Key {
    Char(char),
    Backspace,
    Delete,
    Enter,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    Tab,
    Esc,
    PageUp,
    PageDown,
    F(u8),
    /// The mouse wheel over a long text: the caret goes up or down a row.
    MouseScrollUp,
    MouseScrollDown,
    #[default]
    Null,
}

impl From<KeyEvent> for Input {
    fn from(key: KeyEvent) -> Self {
        let m = key.modifiers;
        let key = match key.code {
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Backspace => Key::Backspace,
            KeyCode::Delete => Key::Delete,
            KeyCode::Enter => Key::Enter,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Tab | KeyCode::BackTab => Key::Tab,
            KeyCode::Esc => Key::Esc,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::F(n) => Key::F(n),
            _ => Key::Null,
        };
        Self {
            key,
            ctrl: m.contains(KeyModifiers::CONTROL),
            alt: m.contains(KeyModifiers::ALT),
            shift: m.contains(KeyModifiers::SHIFT),
        }
    }
}

/// Lines of text and a caret. One-line boxes never hold a line break; a box that wraps lays
/// its lines out in rows of the width it was last drawn at.
#[derive(Debug, Clone, Default)]
pub struct TextBox {
    lines: Vec<String>,
    /// The caret: a line, and a byte offset in it that is always between grapheme clusters.
    row: usize,
    at: usize,
    multiline: bool,
    wrap: bool,
    placeholder: String,
    caret_style: Style,
    /// What Ctrl+U, K or W deleted last: Ctrl+Y puts it back, as in a shell.
    yank: String,
    /// The screen column Up and Down keep to, across shorter rows.
    goal: Option<usize>,
    /// Where the box was last drawn: its size and the first row and column shown. Editing
    /// keys that work on screen rows (Home, End, Up, Down) use the width.
    width: Cell<u16>,
    height: Cell<u16>,
    top: Cell<usize>,
    left: Cell<usize>,
}

impl TextBox {
    /// A box holding `text`, the caret at its end. A one-line box shows a line break (CRLF, LF
    /// or CR) as one space: a CRLF left a bare carriage return in the text once a key was typed
    /// and taken back (a hostile check).
    pub fn new(text: &str, multiline: bool) -> Self {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace("\r\n", " ").replace(['\n', '\r'], " ")]
        };
        let mut b = Self {
            lines,
            multiline,
            wrap: multiline,
            ..Self::default()
        };
        b.move_to_end();
        b
    }

    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// No text at all. Blank lines are text: a box holding only them shows them, not its
    /// placeholder, or the lines typed would be saved unseen.
    pub fn is_empty(&self) -> bool {
        matches!(self.lines.as_slice(), [line] if line.is_empty())
    }

    /// The caret: its line and how many grapheme clusters precede it in the line.
    pub fn cursor(&self) -> (usize, usize) {
        (
            self.row,
            before(self.line(), self.at).graphemes(true).count(),
        )
    }

    pub fn multiline(&self) -> bool {
        self.multiline
    }

    /// Whether long lines wrap over several rows (long text, the description) rather than
    /// scroll sideways.
    pub fn wraps(&self) -> bool {
        self.wrap
    }

    pub fn set_wrap(&mut self, wrap: bool) {
        self.wrap = wrap;
    }

    pub fn placeholder(&self) -> &str {
        &self.placeholder
    }

    pub fn set_placeholder(&mut self, text: &str) {
        self.placeholder = text.to_string();
    }

    /// How the caret's cell is drawn: the theme's caret when the box has the keyboard, plain
    /// when not.
    pub fn set_caret_style(&mut self, style: Style) {
        self.caret_style = style;
    }

    fn line(&self) -> &str {
        self.line_at(self.row)
    }

    /// Line `row`; empty past the last (the caret is always on a line that exists).
    pub(super) fn line_at(&self, row: usize) -> &str {
        self.lines.get(row).map_or("", String::as_str)
    }

    fn move_to_end(&mut self) {
        self.row = self.lines.len() - 1;
        self.at = self.line().len();
        self.goal = None;
    }

    /// Inserts `text` at the caret, the caret after it. Line breaks (CRLF and CR as LF) start
    /// new lines, or are spaces in a one-line box. Returns whether anything was inserted.
    pub fn insert_str(&mut self, text: &str) -> bool {
        if text.is_empty() {
            return false;
        }
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline {
            text
        } else {
            text.replace('\n', " ")
        };
        let mut parts = text.split('\n');
        let Some(line) = self.lines.get_mut(self.row) else {
            return false;
        };
        let tail = line.split_off(self.at);
        line.push_str(parts.next().unwrap_or_default());
        let mut line = line;
        for part in parts {
            self.row += 1;
            self.lines.insert(self.row, part.to_string());
            match self.lines.get_mut(self.row) {
                Some(l) => line = l,
                None => return true,
            }
        }
        self.at = line.len();
        line.push_str(&tail);
        self.goal = None;
        true
    }

    /// The whole text replaced by `text`, the caret at its end.
    pub fn set_text(&mut self, text: &str) {
        self.lines = vec![String::new()];
        self.row = 0;
        self.at = 0;
        self.insert_str(text);
    }

    /// The byte offset of the grapheme cluster boundary before `at` in `line` (0 at the start).
    fn prev_boundary(line: &str, at: usize) -> usize {
        before(line, at)
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    /// The byte offset of the grapheme cluster boundary after `at` in `line`.
    fn next_boundary(line: &str, at: usize) -> usize {
        after(line, at)
            .graphemes(true)
            .next()
            .map_or(at, |g| at + g.len())
    }

    /// Removes the text between two caret places (line, byte), first before second, and
    /// returns it; the caret goes to the first.
    fn remove(&mut self, from: (usize, usize), to: (usize, usize)) -> String {
        let tail = after(self.line_at(to.0), to.1).to_string();
        let mut removed = String::new();
        if let Some(first) = self.lines.get_mut(from.0) {
            removed = first.split_off(from.1);
            let later: Vec<String> = self.lines.drain(from.0 + 1..=to.0).collect();
            for l in later {
                removed.push('\n');
                removed.push_str(&l);
            }
            removed.truncate(removed.len() - tail.len());
            if let Some(first) = self.lines.get_mut(from.0) {
                first.push_str(&tail);
            }
        }
        self.row = from.0;
        self.at = from.1;
        self.goal = None;
        removed
    }

    /// The caret place one grapheme cluster to the left, or the end of the line above.
    fn left_of(&self, (row, at): (usize, usize)) -> (usize, usize) {
        if at > 0 {
            (row, Self::prev_boundary(self.line_at(row), at))
        } else if row > 0 {
            (row - 1, self.line_at(row - 1).len())
        } else {
            (row, at)
        }
    }

    /// The caret place one grapheme cluster to the right, or the start of the line below.
    fn right_of(&self, (row, at): (usize, usize)) -> (usize, usize) {
        if at < self.line_at(row).len() {
            (row, Self::next_boundary(self.line_at(row), at))
        } else if row + 1 < self.lines.len() {
            (row + 1, 0)
        } else {
            (row, at)
        }
    }

    /// The start of the word before the caret: past the spaces and marks, then the word.
    fn word_left_of(&self, here: (usize, usize)) -> (usize, usize) {
        self.left_through(here, is_word)
    }

    /// The start of the text before the cursor up to whitespace, after any whitespace just
    /// before it: what Ctrl+W takes in a shell (a new user's Ctrl+W left "DOC-" of "DOC-4411",
    /// stopping at the hyphen). Alt+Backspace still takes a word of letters and digits.
    fn spaced_word_left_of(&self, here: (usize, usize)) -> (usize, usize) {
        self.left_through(here, |g| !g.chars().all(char::is_whitespace))
    }

    /// The start of the run of graphemes `part` keeps that ends before the cursor, after any
    /// others just before it.
    fn left_through(
        &self,
        (row, at): (usize, usize),
        part: impl Fn(&str) -> bool,
    ) -> (usize, usize) {
        if at == 0 {
            return self.left_of((row, at));
        }
        let line = self.line_at(row);
        let mut seen_word = false;
        let mut to = 0;
        for (i, g) in before(line, at).grapheme_indices(true).rev() {
            let word = part(g);
            if seen_word && !word {
                to = i + g.len();
                break;
            }
            seen_word |= word;
        }
        (row, to)
    }

    /// The start of the next word: past this word, then the spaces and marks after it.
    fn word_right_of(&self, (row, at): (usize, usize)) -> (usize, usize) {
        let line = self.line_at(row);
        if at == line.len() {
            return self.right_of((row, at));
        }
        let mut left_word = false;
        for (i, g) in after(line, at).grapheme_indices(true) {
            let word = is_word(g);
            if left_word && word {
                return (row, at + i);
            }
            left_word |= !word;
        }
        (row, line.len())
    }

    fn go(&mut self, (row, at): (usize, usize)) {
        self.row = row;
        self.at = at;
        self.goal = None;
    }

    /// Deletes from `to` to the caret (or from the caret to `to`) and returns what it deleted.
    fn delete_to(&mut self, to: (usize, usize)) -> Option<String> {
        let here = (self.row, self.at);
        let (a, b) = match to.cmp(&here) {
            std::cmp::Ordering::Equal => return None,
            std::cmp::Ordering::Less => (to, here),
            std::cmp::Ordering::Greater => (here, to),
        };
        Some(self.remove(a, b))
    }

    /// Deletes from `to` to the caret (or from the caret to `to`), keeping it for Ctrl+Y.
    fn kill(&mut self, to: (usize, usize)) -> bool {
        match self.delete_to(to) {
            Some(gone) => {
                self.yank = gone;
                true
            }
            None => false,
        }
    }

    /// Applies one key. Returns whether the text changed.
    pub fn input(&mut self, input: Input) -> bool {
        let Input { key, ctrl, alt, .. } = input;
        let here = (self.row, self.at);
        match key {
            Key::Char('m') if ctrl && !alt => self.newline(),
            Key::Enter if !ctrl && !alt => self.newline(),
            Key::Char(c) if !ctrl && !alt => self.insert_str(c.encode_utf8(&mut [0; 4])),
            Key::Char('h') if ctrl && !alt => self.backspace(),
            Key::Backspace if !ctrl && !alt => self.backspace(),
            Key::Char('d') if ctrl && !alt => self.delete(),
            Key::Delete if !ctrl && !alt => self.delete(),
            Key::Char('k') if ctrl && !alt => {
                let end = self.line().len();
                let to = if self.at == end {
                    self.right_of(here)
                } else {
                    (self.row, end)
                };
                self.kill(to)
            }
            Key::Char('u') if ctrl && !alt => self.kill((self.row, 0)),
            Key::Char('w') if ctrl && !alt => self.kill(self.spaced_word_left_of(here)),
            Key::Char('h') | Key::Backspace if alt && !ctrl => self.kill(self.word_left_of(here)),
            Key::Char('d') | Key::Delete if alt && !ctrl => self.kill(self.word_right_of(here)),
            Key::Char('y') if ctrl && !alt => {
                let yank = self.yank.clone();
                self.insert_str(&yank)
            }
            _ => {
                self.motion(input);
                false
            }
        }
    }

    /// The keys that move the caret and change nothing.
    fn motion(&mut self, Input { key, ctrl, alt, .. }: Input) {
        let here = (self.row, self.at);
        match key {
            Key::Char('f') if ctrl && !alt => self.go(self.right_of(here)),
            Key::Right if !ctrl && !alt => self.go(self.right_of(here)),
            Key::Char('b') if ctrl && !alt => self.go(self.left_of(here)),
            Key::Left if !ctrl && !alt => self.go(self.left_of(here)),
            Key::Right if ctrl || alt => self.go(self.word_right_of(here)),
            Key::Char('f') if alt && !ctrl => self.go(self.word_right_of(here)),
            Key::Left if ctrl || alt => self.go(self.word_left_of(here)),
            Key::Char('b') if alt && !ctrl => self.go(self.word_left_of(here)),
            Key::Char('a') if ctrl && !alt => self.go((self.row, 0)),
            Key::Char('e') if ctrl && !alt => self.go((self.row, self.line().len())),
            Key::Home if ctrl => self.go((0, 0)),
            Key::End if ctrl => self.move_to_end(),
            Key::Char('<') if alt && !ctrl => self.go((0, 0)),
            Key::Char('>') if alt && !ctrl => self.move_to_end(),
            Key::Home => self.home(),
            Key::End => self.end(),
            Key::Up | Key::MouseScrollUp if !ctrl && !alt => self.vertical(false),
            Key::Char('p') if ctrl && !alt => self.vertical(false),
            Key::Down | Key::MouseScrollDown if !ctrl && !alt => self.vertical(true),
            Key::Char('n') if ctrl && !alt => self.vertical(true),
            _ => {}
        }
    }

    fn newline(&mut self) -> bool {
        self.multiline && self.insert_str("\n")
    }

    fn backspace(&mut self) -> bool {
        self.delete_to(self.left_of((self.row, self.at))).is_some()
    }

    fn delete(&mut self) -> bool {
        self.delete_to(self.right_of((self.row, self.at))).is_some()
    }
}

/// The text of `line` before byte `at` (all of it past the end).
pub(super) fn before(line: &str, at: usize) -> &str {
    line.get(..at).unwrap_or(line)
}

/// The text of `line` from byte `at` (none past the end).
fn after(line: &str, at: usize) -> &str {
    line.get(at..).unwrap_or_default()
}

/// Whether a grapheme cluster is part of a word (for Ctrl+← → and Ctrl+W): a letter or digit.
fn is_word(g: &str) -> bool {
    g.chars().any(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests;
