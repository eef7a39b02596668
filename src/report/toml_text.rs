//! TOML text with every character a terminal could obey written as an escape.
//!
//! The toml crate writes C1 controls (U+009B is a one-byte CSI) and bidi overrides as they are,
//! and writes some strings as literal strings (`'...'`, `'''...'''`), where an escape would be
//! read as text. A TOML report piped on to a pager or another terminal must not carry them
//! (issue 7), and must still read back as exactly the text that was answered. So every string
//! that holds such a character is written as a basic string (`"..."` or `"""..."""`), where
//! `\uXXXX` reads back as the character it stands for.

/// Each character of `text`, and whether it must be escaped. A carriage return right before a
/// line feed is a Windows line break, kept as it is: escaped, the one that opens a multi-line
/// string would no longer be dropped by a reader, and every long answer of a file saved with
/// Windows line breaks gained one (a hostile review saw a fresh sign-off go stale).
fn marked(text: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        let c = chars.next()?;
        Some((c, crate::term_text::breaks_out(c, chars.peek().copied())))
    })
}

/// `text` without the characters [`marked`] says must be escaped.
fn without_unsafe(text: &str) -> impl Iterator<Item = char> + '_ {
    marked(text).filter(|&(_, e)| !e).map(|(c, _)| c)
}

/// `text`, a document as the toml crate writes it, with every string holding a character a
/// terminal obeys rewritten as a basic string with that character escaped. Text without one is
/// returned as it is.
pub(crate) fn toml_terminal_safe(text: String) -> String {
    if !super::has_unsafe_beyond_newlines(text.as_bytes()) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text.as_str();
    while let Some(start) = rest.find(['"', '\'', '#']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let (token, after) = split_token(rest);
        push_token(&mut out, token);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Whether `original`, a file's text, breaks its lines the Windows way: most of its line
/// breaks are a carriage return and a line feed (a file with both follows the most of them, not
/// its first line: a hostile review saw a file of 85 CR LF lines saved as LF because its first
/// line was).
pub(crate) fn breaks_lines_with_crlf(original: &[u8]) -> bool {
    let feeds = original.iter().filter(|&&b| b == b'\n').count();
    let windows = original.windows(2).filter(|w| w == b"\r\n").count();
    windows > 0 && windows * 2 >= feeds
}

/// `text`, a TOML document, with every bare line feed written as `\r\n`, inside multi-line
/// strings too: a file checked out with Windows line breaks keeps them when raia saves it, so
/// `git diff` shows the answers that changed rather than every line. The reader takes CR LF in
/// a string as a line feed ([`crate::assessment`]), so every value reads back as it was.
pub(crate) fn with_crlf_line_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut last = 0;
    for (i, _) in text.match_indices('\n') {
        out.push_str(&text[last..i]);
        out.push_str(if out.ends_with('\r') { "\n" } else { "\r\n" });
        last = i + 1;
    }
    out.push_str(&text[last..]);
    out
}

/// The kinds of string and the comment a TOML document can hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Basic,
    MultiBasic,
    Literal,
    MultiLiteral,
    Comment,
}

/// Splits `s`, which starts with `"`, `'` or `#`, into the whole token there and what follows.
/// A token left open runs to the end (toml never writes one; the text is then kept as it is).
fn split_token(s: &str) -> (&str, &str) {
    let bytes = s.as_bytes();
    let end = match bytes.first() {
        // A comment runs to the line break, a Windows one included.
        Some(b'#') => {
            let end = s.find('\n').unwrap_or(s.len());
            end - usize::from(s.get(..end).is_some_and(|c| c.ends_with('\r')))
        }
        Some(&quote) if bytes.starts_with(&[quote; 3]) => multi_line_end(bytes, quote),
        Some(b'"') => basic_end(bytes),
        _ => s
            .get(1..)
            .and_then(|t| t.find('\''))
            .map_or(s.len(), |i| i + 2),
    };
    // Every end found is just past an ASCII byte, or the end of `s`: a character boundary.
    s.split_at_checked(end).unwrap_or((s, ""))
}

/// Where a one-line basic string that opens at 0 ends, its closing quote included.
fn basic_end(bytes: &[u8]) -> usize {
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate().skip(1) {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Where a multi-line string that opens with three `quote`s at 0 ends. A run of three or more
/// quotes closes it, and the quotes before the last three belong to the text (`""""` is a quote
/// and the end); a backslash escapes in a basic string only.
fn multi_line_end(bytes: &[u8], quote: u8) -> usize {
    let mut escaped = false;
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate().skip(3) {
        if escaped {
            escaped = false;
        } else if b == quote {
            run += 1;
            continue;
        } else if run >= 3 {
            return i;
        } else {
            escaped = b == b'\\' && quote == b'"';
        }
        run = 0;
    }
    bytes.len()
}

fn kind(token: &str) -> Token {
    if token.starts_with('#') {
        Token::Comment
    } else if token.starts_with("\"\"\"") && token.len() >= 6 {
        Token::MultiBasic
    } else if token.starts_with("'''") && token.len() >= 6 {
        Token::MultiLiteral
    } else if token.starts_with('"') {
        Token::Basic
    } else {
        Token::Literal
    }
}

/// Appends `token` to `out`, rewritten if it holds a character to escape.
fn push_token(out: &mut String, token: &str) {
    if !marked(token).any(|(_, e)| e) {
        out.push_str(token);
        return;
    }
    let (delimiter, basic) = match kind(token) {
        // Already basic: escapes mean what they say, so each unsafe character is replaced in
        // place and everything else (toml's own escapes included) is kept.
        Token::Basic | Token::MultiBasic => return push_escaped(out, token, |_| false),
        // A comment (an assessment file keeps the user's) has no escapes: the characters are
        // dropped. Its quotes are text, not the start of a string.
        Token::Comment => return out.extend(without_unsafe(token)),
        Token::Literal => ("'", "\""),
        Token::MultiLiteral => ("'''", "\"\"\""),
    };
    let text = token
        .strip_prefix(delimiter)
        .and_then(|t| t.strip_suffix(delimiter));
    match text {
        // The first line break after the opening quotes of a multi-line string is dropped by a
        // reader of either kind, so it is carried over as it is.
        Some(text) => {
            out.push_str(basic);
            push_escaped(out, text, |c| matches!(c, '"' | '\\'));
            out.push_str(basic);
        }
        // Left open, which toml never writes: kept, without what a terminal obeys.
        None => out.extend(without_unsafe(token)),
    }
}

/// Appends `text` with every character to escape, and every character `also` names, written as
/// a basic-string escape.
fn push_escaped(out: &mut String, text: &str, also: impl Fn(char) -> bool) {
    for (c, escape) in marked(text) {
        if escape || also(c) {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                _ => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// What the output must never hold: anything a terminal obeys but a line feed (toml writes
    /// no Windows line breaks).
    fn must_escape(c: char) -> bool {
        c != '\n' && crate::term_text::is_unsafe(c)
    }

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Doc {
        name: String,
        lines: Vec<String>,
        by_key: BTreeMap<String, String>,
        inner: Vec<Inner>,
    }

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Inner {
        text: String,
    }

    /// Text made of the pieces that decide how toml writes a string.
    fn hostile() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            proptest::sample::select(vec![
                "a", " ", "\"", "'", "\\", "\n", "\r", "\t", "\u{9b}", "\u{85}", "\u{1b}",
                "\u{7f}", "\u{202e}", "\u{2066}", "\u{2028}", "'''", "\"\"\"", "#", "→", "\r\n",
                "[x]", "=",
            ]),
            0..12,
        )
        .prop_map(|parts| parts.concat())
    }

    fn doc() -> impl Strategy<Value = Doc> {
        (
            hostile(),
            proptest::collection::vec(hostile(), 0..4),
            proptest::collection::btree_map(hostile(), hostile(), 0..3),
            proptest::collection::vec(hostile().prop_map(|text| Inner { text }), 0..3),
        )
            .prop_map(|(name, lines, by_key, inner)| Doc {
                name,
                lines,
                by_key,
                inner,
            })
    }

    proptest::proptest! {
        /// Whatever the text, the escaped document reads back as exactly that text and holds
        /// nothing a terminal obeys but line breaks.
        #[test]
        fn escaped_toml_reads_back_exactly_and_holds_no_control(doc in doc()) {
            let written = toml::to_string_pretty(&doc).expect("serialises");
            let escaped = toml_terminal_safe(written.clone());
            let back: Doc = toml::from_str(&escaped)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{escaped}")))?;
            prop_assert_eq!(&back, &doc);
            prop_assert!(!escaped.chars().any(must_escape), "{}", escaped);
            if !written.chars().any(must_escape) {
                prop_assert_eq!(escaped, written);
            }
        }
    }

    /// `doc` with every CR LF in its text read as a line feed, as the assessment reader does.
    fn read_as_lf(doc: &Doc) -> Doc {
        let lf = |s: &String| crate::answer::lf(s).into_owned();
        Doc {
            name: lf(&doc.name),
            lines: doc.lines.iter().map(lf).collect(),
            by_key: doc.by_key.iter().map(|(k, v)| (k.clone(), lf(v))).collect(),
            inner: doc
                .inner
                .iter()
                .map(|i| Inner { text: lf(&i.text) })
                .collect(),
        }
    }

    proptest::proptest! {
        /// Written with Windows line breaks, a document reads back as the same values once CR
        /// LF is read as a line feed (as the assessment reader does), has no bare line feed,
        /// and is the original once every carriage return before a line feed is taken out.
        #[test]
        fn crlf_line_breaks_keep_every_value(doc in doc()) {
            let written = toml_terminal_safe(toml::to_string_pretty(&doc).expect("serialises"));
            let crlf = with_crlf_line_breaks(&written);
            let back: Doc = toml::from_str(&crlf)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{crlf}")))?;
            prop_assert_eq!(read_as_lf(&back), read_as_lf(&doc));
            prop_assert!(breaks_lines_with_crlf(crlf.as_bytes()));
            prop_assert!(!crlf.replace("\r\n", "").contains('\n'), "{:?}", crlf);
            prop_assert_eq!(crlf.replace("\r\n", "\n"), written.replace("\r\n", "\n"));
        }
    }

    #[test]
    fn crlf_line_breaks_everywhere_and_the_most_decide() {
        let text = "# top\r\na = 1\nb = \"\"\"\nx\ny\"\"\"\nc = '''\r\np\nq''' # c\nd = \"#\"\n";
        assert_eq!(
            with_crlf_line_breaks(text),
            "# top\r\na = 1\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\nc = '''\r\np\r\nq''' # c\r\nd = \"#\"\r\n"
        );
        assert!(breaks_lines_with_crlf(b"a = 1\r\nb = 2\n"));
        assert!(breaks_lines_with_crlf(b"a = 1\nb = 2\r\nc = 3\r\n"));
        assert!(!breaks_lines_with_crlf(b"a = 1\r\nb = 2\nc = 3\n"));
        assert!(!breaks_lines_with_crlf(b"a = 1\nb = 2\n"));
        assert!(!breaks_lines_with_crlf(b"a = 1"));
    }

    #[test]
    fn a_literal_string_with_a_csi_becomes_a_basic_string() {
        let doc = Inner {
            text: "C:\\path \"quoted\" \u{9b}31m".into(),
        };
        let written = toml::to_string_pretty(&doc).expect("serialises");
        assert!(written.starts_with("text = '"), "{written}");
        assert_eq!(
            toml_terminal_safe(written),
            "text = \"C:\\\\path \\\"quoted\\\" \\u009B31m\"\n"
        );
    }

    #[test]
    fn a_comment_is_not_a_string_and_loses_only_what_a_terminal_obeys() {
        let text = "# it's \"x\" \u{9b}\nkey = 'C:\\p \u{85}' # ok\n".to_string();
        assert_eq!(
            toml_terminal_safe(text),
            "# it's \"x\" \nkey = \"C:\\\\p \\u0085\" # ok\n"
        );
    }

    /// A file saved with Windows line breaks keeps them, and its multi-line strings read back as
    /// the same text: escaping the line break after `"""` gave each a leading "\r\n".
    #[test]
    fn windows_line_breaks_stay_line_breaks() {
        let text = "# note\r\nsystem = \"A\u{9b}\"\r\nstory = \"\"\"\r\nline one\r\nline two\"\"\"\r\nlit = '''\r\nraw \u{85}'''\r\n".to_string();
        let escaped = toml_terminal_safe(text.clone());
        assert_eq!(
            escaped,
            "# note\r\nsystem = \"A\\u009B\"\r\nstory = \"\"\"\r\nline one\r\nline two\"\"\"\r\nlit = \"\"\"\r\nraw \\u0085\"\"\"\r\n"
        );
        let before: toml::Table = toml::from_str(&text).unwrap();
        let after: toml::Table = toml::from_str(&escaped).unwrap();
        assert_eq!(before, after);
        // With nothing to escape, the text is kept byte for byte.
        let plain = "story = \"\"\"\r\nline one\r\n\"\"\"\r\n".to_string();
        assert_eq!(toml_terminal_safe(plain.clone()), plain);
    }

    #[test]
    fn a_multi_line_literal_string_keeps_its_quotes_and_lines() {
        let doc = Inner {
            text: "line \"one\"\\\n\u{202e}two''".into(),
        };
        let written = toml::to_string_pretty(&doc).expect("serialises");
        assert!(written.contains("'''"), "{written}");
        let escaped = toml_terminal_safe(written);
        assert_eq!(
            escaped,
            "text = \"\"\"\nline \\\"one\\\"\\\\\n\\u202Etwo''\"\"\"\n"
        );
    }
}
