//! Markdown escaping for user text, so an answer cannot start a heading, break a table, open a
//! code block, inject HTML or turn into a link. The templates pass every piece of text that
//! comes from the assessment or the questionnaire through one of these (as tera filters).

use std::borrow::Cow;

/// Characters that mean something inline in CommonMark or GitHub Markdown.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '$'];

/// Splits text into lines on \n, \r\n and \r, drops the characters a terminal would obey
/// ([`crate::term_text::is_unsafe`]: controls and bidi overrides), trims each line and
/// collapses runs of blank lines into one (leading and trailing blank lines go).
fn clean_lines(text: &str) -> Vec<String> {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<String> = Vec::new();
    for line in unified.split('\n') {
        // A control character is shown as its visible escape, as `score` and the CSV show it,
        // so a quote is what the file holds (a review saw an ESC dropped without a sign).
        let line: String = line.replace('\t', " ");
        let line = crate::term_text::line(&line).into_owned();
        let line = line.trim().to_string();
        if line.is_empty() && out.last().is_none_or(String::is_empty) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// Text that is one line with nothing for `clean_lines` to drop (no line break, tab, control
/// or bidi override), trimmed: what `clean_lines` makes of it (one line, or none when blank)
/// without splitting and copying it. Most text in a report is such a line, and much of it is
/// not ASCII ("prompt → answer").
fn plain_line(text: &str) -> Option<&str> {
    // Bytes first: ASCII that is not printable is unsafe, and other text is looked at by
    // character only when it holds a byte outside ASCII.
    let plain = if text.is_ascii() {
        !text.bytes().any(|b| b < 0x20 || b == 0x7f)
    } else {
        !text.chars().any(crate::term_text::is_unsafe)
    };
    plain.then(|| text.trim())
}

/// Whether a line holds one of [`SPECIAL`], byte by byte: every special is ASCII, and no byte
/// of a character outside ASCII is (UTF-8). A proptest checks this against `str::contains`.
fn has_special(line: &str) -> bool {
    line.bytes().any(|b| SPECIAL.contains(&char::from(b)))
}

/// Escapes one trimmed line: inline specials everywhere, and a leading marker that would start
/// a list, a setext heading underline or a numbered list.
fn escape_line(line: &str) -> String {
    escape_line_cow(line).into_owned()
}

/// `escape_line`, borrowing the line when it needs no escape at all (most do not).
fn escape_line_cow(line: &str) -> Cow<'_, str> {
    if !line.starts_with(|c: char| matches!(c, '-' | '+' | '=') || c.is_ascii_digit())
        && !has_special(line)
    {
        return Cow::Borrowed(line);
    }
    Cow::Owned(escape_each_char(line))
}

/// Escapes the inline specials of text inside a line, where no block can start.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for c in line.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `escape_line`, looking at every character.
fn escape_each_char(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    // A leading "-", "+" or "=" starts a list item, a thematic break or a heading underline.
    if line.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    // "12." or "12)" at the start of a line starts an ordered list.
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    let after_digits = line
        .get(digits.len()..)
        .and_then(|rest| rest.chars().next());
    let escape_at = if !digits.is_empty() && matches!(after_digits, Some('.' | ')')) {
        Some(digits.len())
    } else {
        None
    };
    for (i, c) in line.char_indices() {
        if Some(i) == escape_at || SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for a paragraph of its own, as prose: the lines of a paragraph are joined with a space
/// (text wrapped in an editor reads as one paragraph, not as a column of hard breaks), except
/// before a line the author started as a list item ("- ", "* ", "+ ", "1. ") and after one,
/// which keep their own lines; blank lines keep paragraphs apart. Each line is escaped so that none can start a block
/// (heading, list, quote, code, table, HTML).
pub fn md(text: &str) -> String {
    md_cow(text).into_owned()
}

/// [`md`], borrowing from `text` when the result is a part of it (the tera filters then keep
/// the string they were given instead of copying it twice).
pub fn md_cow(text: &str) -> Cow<'_, str> {
    match plain_line(text) {
        Some(line) => escape_line_cow(line),
        None => Cow::Owned(md_by_lines(text)),
    }
}

/// `md`, splitting the text into lines.
fn md_by_lines(text: &str) -> String {
    let lines = clean_lines(text);
    let mut out = String::new();
    // Whether this line begins a line of the output; a line joined to the one before with a
    // space is inside a paragraph, where "2.1%" or "- 3" start nothing and need no escape.
    let mut at_start = true;
    for (i, line) in lines.iter().enumerate() {
        if at_start {
            out.push_str(&escape_line(line));
        } else {
            out.push_str(&escape_inline(line));
        }
        let Some(next) = lines.get(i + 1) else { break };
        if line.is_empty() || next.is_empty() {
            out.push('\n');
            at_start = true;
        } else if starts_item(next) || (at_start && starts_item(line)) {
            // A list item keeps its own line, and so does the line after it: a reports review
            // read "2. second End. Thin-file ..." in the response to AWS.
            out.push_str("\\\n");
            at_start = true;
        } else {
            out.push(' ');
            at_start = false;
        }
    }
    out
}

/// Whether a line starts like a list item an author typed.
fn starts_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    line.starts_with("- ")
        || line.starts_with("* ")
        || line.starts_with("+ ")
        || line.starts_with("• ")
        || (digits > 0 && matches!(line.get(digits..digits + 2), Some(". " | ") ")))
}

/// Text that must stay on one line: table cells, list items, headings, bold labels. Line
/// breaks become `<br>`, so a multi-line answer still shows as several lines.
pub fn cell(text: &str) -> String {
    cell_cow(text).into_owned()
}

/// [`cell`], borrowing from `text` when the result is a part of it.
pub fn cell_cow(text: &str) -> Cow<'_, str> {
    match plain_line(text) {
        Some(line) => escape_line_cow(line),
        None => Cow::Owned(cell_by_lines(text)),
    }
}

/// `cell`, splitting the text into lines.
fn cell_by_lines(text: &str) -> String {
    clean_lines(text)
        .iter()
        .map(|l| escape_line(l))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// An identifier or hash in a code span when it is plain (letters, digits, `-_.:/`); any other
/// text is escaped like a cell instead, since backslash escapes do not work inside code spans.
pub fn code(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/'));
    if plain {
        format!("`{text}`")
    } else {
        cell(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_lists_and_tables_are_neutralised() {
        assert_eq!(cell("# Owned | x\n## y"), "\\# Owned \\| x<br>\\#\\# y");
        assert_eq!(cell("- item"), "\\- item");
        assert_eq!(cell("+ item"), "\\+ item");
        assert_eq!(cell("1. first"), "1\\. first");
        assert_eq!(cell("2024) x"), "2024\\) x");
        assert_eq!(cell("2024 was fine"), "2024 was fine");
        // Joined into one paragraph, an underline or rule starts nothing: no escape is needed.
        assert_eq!(md("Title\n==="), "Title ===");
        assert_eq!(md("a\n---\nb"), "a --- b");
        // A wrapped line that starts with a number reads as prose, not "2\.1%".
        assert_eq!(
            md("under-triage of\n2.1% (threshold 3%)"),
            "under-triage of 2.1% (threshold 3%)"
        );
        // Inline specials are escaped wherever they are.
        assert_eq!(md("a\n*b*"), "a \\*b\\*");
        assert_eq!(md("ends in \\\nnext"), "ends in \\\\ next");
        // An author's list keeps its lines.
        assert_eq!(md("Risks:\n- one\n- two"), "Risks:\\\n\\- one\\\n\\- two");
        assert_eq!(md("Steps:\n1. a\n2) b"), "Steps:\\\n1\\. a\\\n2\\) b");
        assert_eq!(md("Risks:\n• one\n• two"), "Risks:\\\n• one\\\n• two");
        // The one-line path, for plain text with spaces; not for a tab, DEL or a line break.
        assert_eq!(plain_line(" two words "), Some("two words"));
        assert_eq!(plain_line("deux → mots"), Some("deux → mots"));
        for s in ["a\tb", "a\u{7f}b", "a\nb", "é\rb", "é\u{85}b"] {
            assert_eq!(plain_line(s), None, "{s:?}");
        }
        // A line that starts with ". " or ") " but no number starts no item: it joins the
        // paragraph.
        assert_eq!(md("a\n. b\n) c"), "a . b ) c");
    }

    #[test]
    fn html_code_and_links_are_literal() {
        assert_eq!(
            cell("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(cell("```rust"), "\\`\\`\\`rust");
        assert_eq!(cell("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(cell("a\\b"), "a\\\\b");
        assert_eq!(cell("~~~"), "\\~\\~\\~");
    }

    #[test]
    fn whitespace_and_controls_are_tidied() {
        assert_eq!(
            md("  indented code?\n\n\n\nnext\n\n"),
            "indented code?\n\nnext"
        );
        assert_eq!(md("one\ntwo\n\nthree"), "one two\n\nthree");
        assert_eq!(cell("a\r\nb\rc"), "a<br>b<br>c");
        // Controls and bidi overrides show as visible escapes, never act, and never vanish.
        assert_eq!(
            cell("bell\u{7}\u{1b}[31mred"),
            "bell\\\\x07\\\\x1b\\[31mred"
        );
        let bidi = cell("csi\u{9b}31m \u{202e}desrever");
        assert!(
            !bidi.contains('\u{9b}') && !bidi.contains('\u{202e}'),
            "{bidi}"
        );
        assert!(
            bidi.starts_with("csi\\\\") && bidi.ends_with("desrever"),
            "{bidi}"
        );
        assert_eq!(cell(""), "");
    }

    proptest::proptest! {
        #[test]
        fn lines_without_specials_are_copied_as_escaping_would(line in "[ -~é→]{0,30}") {
            proptest::prop_assert_eq!(has_special(&line), line.contains(SPECIAL));
            proptest::prop_assert_eq!(escape_line(&line), escape_each_char(&line));
        }

        #[test]
        fn plain_lines_escape_as_any_text_does(
            text in "[ -~\t\r\n\u{7f}\u{1b}\u{85}\u{9b}\u{a0}\u{3000}\u{202e}\u{2067}é→]{0,40}"
        ) {
            proptest::prop_assert_eq!(cell(&text), cell_by_lines(&text));
            proptest::prop_assert_eq!(md(&text), md_by_lines(&text));
            // The one-line path is taken exactly when there is nothing to drop or split.
            let plain = !text.chars().any(crate::term_text::is_unsafe);
            proptest::prop_assert_eq!(plain_line(&text), plain.then(|| text.trim()));
        }
    }

    #[test]
    fn code_spans_only_for_plain_text() {
        assert_eq!(code("human-review"), "`human-review`");
        assert_eq!(code("ab12"), "`ab12`");
        assert_eq!(code("x` | y"), "x\\` \\| y");
        assert_eq!(code(""), "");
    }
}
