//! Untrusted text on its way to a terminal.
//!
//! An assessment or questionnaire is shared data: a system name, an answer, an option label or a
//! file name may hold bytes that a terminal obeys rather than shows (ESC starts a sequence that
//! can retitle the window or write the clipboard with OSC 52, 0x9b is a one-byte CSI, BEL rings,
//! NUL and DEL confuse logs). Every line raia prints goes through [`line`] or [`block`], which
//! show such characters as visible escapes (`\x1b`, `\x9b`, `\u{202e}`) instead of sending them.
//! The Markdown reports drop the same characters ([`is_unsafe`]), and the wizard's text helpers
//! call [`block`] and [`line`] too, so one definition decides what is unsafe everywhere.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal as itself: every C0 control (including ESC, BEL, NUL,
/// CR, LF and tab), DEL, every C1 control (U+0080..U+009F, such as U+009B CSI), and the bidi
/// embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), which reorder the text
/// around them and can make a line read differently from what it holds.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c`, followed by `next`, must be escaped in text that keeps its line breaks: unsafe,
/// but neither a line feed nor the carriage return of a Windows line break (CR LF), which ends
/// a line as a line feed does. The CSV report and TOML output read text so.
pub fn breaks_out(c: char, next: Option<char>) -> bool {
    is_unsafe(c) && c != '\n' && !(c == '\r' && next == Some('\n'))
}

/// Text that must stay on one line (a name, a file name, a table cell): every unsafe character
/// is escaped, line breaks and tabs included.
pub fn line(text: &str) -> Cow<'_, str> {
    render(text, false)
}

/// Text that may span lines (a message, a paragraph): line breaks (`\n`, and `\r\n` as `\n`)
/// and tabs are kept, every other unsafe character is escaped.
pub fn block(text: &str) -> Cow<'_, str> {
    render(text, true)
}

/// A file name for a message, on one line.
pub fn path(p: &std::path::Path) -> String {
    line(&p.display().to_string()).into_owned()
}

fn render(text: &str, multi_line: bool) -> Cow<'_, str> {
    let kept = |c: char| multi_line && matches!(c, '\n' | '\t');
    if !text.chars().any(|c| is_unsafe(c) && !kept(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if kept(c) || !is_unsafe(c) {
            out.push(c);
            continue;
        }
        match c {
            '\r' if multi_line && chars.peek() == Some(&'\n') => {}
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

/// A writer that lets only rendered text through: each call writes one message, passed through
/// [`block`], and a line break. Plain mode prints through one of these, so a new prompt cannot
/// forget to escape what it shows.
pub struct Lines<W: std::io::Write> {
    inner: W,
}

impl<W: std::io::Write> Lines<W> {
    pub fn new(inner: W) -> Self {
        Self { inner }
    }

    /// Writes `text` (which may span lines) and a line break.
    pub fn line(&mut self, text: &str) -> std::io::Result<()> {
        writeln!(self.inner, "{}", block(text))
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_shown_not_sent() {
        assert_eq!(
            line("a\u{1b}]0;owned\u{7}b"),
            "a\\x1b]0;owned\\x07b",
            "an OSC title sequence"
        );
        assert_eq!(line("\u{9b}31m\u{0}\u{7f}"), "\\x9b31m\\x00\\x7f");
        assert_eq!(line("one\ntwo\tthree\r"), "one\\ntwo\\tthree\\r");
        assert_eq!(block("one\r\ntwo\tthree\rfour"), "one\ntwo\tthree\\rfour");
        assert_eq!(line("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(line("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        for text in [
            "plain",
            "",
            "日本語 · é ✓",
            "emoji 👩‍💻 (a zero-width joiner)",
        ] {
            assert!(matches!(line(text), Cow::Borrowed(t) if t == text));
        }
        assert!(matches!(block("a\nb\tc"), Cow::Borrowed("a\nb\tc")));
    }

    #[test]
    fn lines_writer_escapes_each_message() {
        let mut buf = Vec::new();
        let mut w = Lines::new(&mut buf);
        w.line("title\u{1b}]52;c;aGk=\u{7}\nnext").unwrap();
        w.flush().unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "title\\x1b]52;c;aGk=\\x07\nnext\n"
        );
    }
}
