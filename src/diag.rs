//! Errors that point into a file: path, line, column, what is wrong and how to fix it.

use std::fmt;
use std::ops::Range;

/// One problem found in a file the user wrote or edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub help: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The file name stays on its line whatever it holds; the rest is escaped where printed.
        write!(
            f,
            "{}:{}:{}: {}",
            crate::term_text::line(&self.file),
            self.line,
            self.column,
            self.message
        )?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// All problems found in one file; loading reports every one, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

/// Maps byte offsets of one source text to 1-based line and column (columns count characters).
/// Line starts are found once, on the first lookup, so locating many problems in a large file
/// takes a binary search each rather than a scan from the start.
pub struct SourceMap<'a> {
    pub file: &'a str,
    text: &'a str,
    lines: std::cell::OnceCell<Lines>,
}

/// Where each line starts, and whether it is ASCII (then columns are byte offsets).
struct Lines {
    starts: Vec<usize>,
    ascii: Vec<bool>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, b) in text.bytes().enumerate() {
            line_ascii &= b.is_ascii();
            if b == b'\n' {
                starts.push(i + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            }
        }
        ascii.push(line_ascii);
        Self { starts, ascii }
    }
}

impl<'a> SourceMap<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            lines: std::cell::OnceCell::new(),
        }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        // An offset inside a character counts from the character's start.
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let lines = self.lines.get_or_init(|| Lines::new(self.text));
        // The last line starting at or before the offset.
        let line = lines
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = lines.starts.get(line).copied().unwrap_or(0);
        let column = if lines.ascii.get(line).copied().unwrap_or(false) {
            offset - start
        } else {
            self.text
                .get(start..offset)
                .map_or(0, |s| s.chars().count())
        };
        (line + 1, column + 1)
    }

    pub fn at(
        &self,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = span.map_or((1, 1), |s| self.line_col(s.start));
        Diagnostic {
            file: self.file.to_string(),
            line,
            column,
            message: message.into(),
            help: help.into(),
        }
    }

    /// Turns a TOML parse or shape error into a diagnostic with a fix hint.
    pub fn from_toml(&self, err: &toml::de::Error) -> Diagnostic {
        let message = err.message().trim().to_string();
        // TOML reads an unquoted 2024-11-04 as a date, which serde reports as "a map": say
        // what it is and how to write it (a hostile review got "invalid type: map").
        let written = err
            .span()
            .and_then(|s| self.text.get(s))
            .unwrap_or_default()
            .trim();
        if message.starts_with("invalid type: map") && looks_like_toml_date(written) {
            let expected = match message.rsplit("expected ").next().map(str::trim) {
                Some("a string") | None => "text",
                Some(other) => other,
            };
            // A date with a time: quoting it whole gives "not a date" next, so offer the day.
            let help = match written
                .get(..10)
                .filter(|d| written.len() > 10 && looks_like_toml_date(d))
            {
                Some(day) => format!(
                    "write it in double quotes: \"{written}\"; where a date is expected, write the day alone: \"{day}\""
                ),
                None => format!("write it in double quotes: \"{written}\""),
            };
            return self.at(
                err.span(),
                format!("{written} is a TOML date without quotes, but {expected} is expected here"),
                help,
            );
        }
        // Numbers out of range are valid TOML: say what range, in words, not Rust's types.
        if let Some((message, help)) = number_out_of_range(&message, written) {
            return self.at(err.span(), message, help);
        }
        if message == "duplicate key" && !written.is_empty() {
            let key = written.trim_matches(['[', ']', ' ', '"', '\'']);
            let at = err.span().map_or(0, |s| s.start);
            // A table header repeated: the span may start at the key inside its brackets.
            let head = self
                .text
                .get(..at)
                .unwrap_or_default()
                .trim_end_matches([' ', '\t']);
            let header = written.starts_with('[') || head.ends_with('[');
            let single = if written.starts_with('[') {
                !written.starts_with("[[")
            } else {
                head.ends_with('[') && !head.ends_with("[[")
            };
            let first = self.first_line_of_key(key, at, header);
            let earlier = first.map_or(String::new(), |l| format!(" (first on line {l})"));
            // `[question]` written for one more entry of a list of tables (a hostile check got
            // "merge the two" where one bracket was missing).
            let list = header
                && single
                && self
                    .text
                    .get(..at)
                    .is_some_and(|head| head.contains(&format!("[[{key}]]")));
            // Or the other way round: `[question]` first, and `[[question]]` after it.
            let opened_single = header
                && !single
                && first.is_some_and(|l| {
                    self.text
                        .lines()
                        .nth(l.saturating_sub(1))
                        .is_some_and(|t| t.trim_start().starts_with(&format!("[{key}]")))
                });
            let help = if list {
                format!(
                    "`{key}` is a list of tables: write [[{key}]], with double brackets, to add one more"
                )
            } else if opened_single {
                format!(
                    "`{key}` is a list of tables, but its first entry opens with single brackets: write [[{key}]] there too"
                )
            } else {
                "each key and table may appear once: merge the two, or remove the repeated one"
                    .to_string()
            };
            return self.at(err.span(), format!("duplicate key `{key}`{earlier}"), help);
        }
        // The reader gives no place for keys nested too deep: point at the most deeply dotted
        // key or table header (a hostile review got 1:1 and "fix the TOML syntax").
        if message.contains("recursion limit") && err.span().is_none() {
            let mut offset = 0;
            let mut deepest = (0, 0);
            for line in self.text.split_inclusive('\n') {
                let t = line.trim_start();
                let key = if t.starts_with('[') {
                    t.split(']').next().unwrap_or_default()
                } else {
                    t.split('=').next().unwrap_or_default()
                };
                let dots = key.matches('.').count();
                if dots > deepest.1 && !t.starts_with('#') {
                    deepest = (offset + (line.len() - t.len()), dots);
                }
                offset += line.len();
            }
            let levels = deepest.1 + 1;
            return self.at(
                Some(deepest.0..deepest.0),
                format!("keys nested too deep to read ({levels} levels here)"),
                "no raia file nests keys more than a few levels: check this key or table name",
            );
        }
        let help = toml_help(&message);
        self.at(err.span(), message, help)
    }

    /// The line where `key` is first set or opened as a table, before byte `before`: a line
    /// that starts `key =` or `[key]` (a nested key's own table is not told apart). A key set
    /// twice (`table`: false) is looked for only in the table it is repeated in: an `id` set
    /// twice in one question was said to be first on the line of the file's own `id` (a hostile
    /// check).
    fn first_line_of_key(&self, key: &str, before: usize, table: bool) -> Option<usize> {
        let head = self.text.get(..before)?;
        // Where the table that holds the repeated key begins: after the last header before it.
        let from = if table {
            0
        } else {
            let mut start = 0;
            let mut offset = 0;
            for line in head.split_inclusive('\n') {
                if line.trim_start().starts_with('[') {
                    start = offset + line.len();
                }
                offset += line.len();
            }
            start
        };
        let mut offset = from;
        for line in head.get(from..).unwrap_or_default().split_inclusive('\n') {
            let t = line.trim_start();
            let sets = !table
                && t.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='));
            let opens = t.starts_with(&format!("[{key}]")) || t.starts_with(&format!("[[{key}]]"));
            if sets || opens {
                return Some(self.line_col(offset).0);
            }
            offset += line.len();
        }
        None
    }
}

/// A number that TOML reads but that is out of range for its field: the message and the help in
/// words. serde and toml name Rust types ("as i128, expected i64", "u64 value was too large",
/// "expected u32"), and the generic help sent people to fix valid syntax (a hostile review).
fn number_out_of_range(message: &str, written: &str) -> Option<(String, String)> {
    let range = |t: &str| match t {
        "u8" => Some("0 to 255"),
        "u16" => Some("0 to 65,535"),
        "u32" => Some("0 to 4,294,967,295"),
        "u64" | "usize" => Some("0 to 18,446,744,073,709,551,615"),
        "i64" | "isize" => Some("-9,223,372,036,854,775,808 to 9,223,372,036,854,775,807"),
        "i32" => Some("-2,147,483,648 to 2,147,483,647"),
        _ => None,
    };
    let too_large = || {
        (
            format!("{written} is too large a number for this key"),
            "write a smaller number: counts, points and thresholds are far smaller than this"
                .to_string(),
        )
    };
    if message.contains("value was too large") || message.contains("number overflowed") {
        return Some(too_large());
    }
    let rest = message
        .strip_prefix("invalid type: integer")
        .or_else(|| message.strip_prefix("invalid value: integer"))?;
    let expected = rest.rsplit("expected ").next()?.trim();
    let range = range(expected)?;
    if rest.trim_start().starts_with("`-") && expected.starts_with('u') {
        // "-30, expected u32": a count or points, which are never negative.
        return Some((
            format!("{written} is negative, and this key takes a whole number from {range}"),
            "write a whole number of 0 or more: points, credits, thresholds and counts are never negative".to_string(),
        ));
    }
    Some((
        format!("{written} is out of range: this key takes a whole number from {range}"),
        format!("write a whole number from {range}"),
    ))
}

/// Whether `text` is a TOML date, time or date-time written bare (2024-11-04, 07:32:00,
/// 2024-11-04T07:32:00Z).
fn looks_like_toml_date(text: &str) -> bool {
    let b = text.as_bytes();
    let date = b.len() >= 10
        && b.get(..4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-');
    let time = b.len() >= 5
        && b.get(..2).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.get(2) == Some(&b':');
    date || time
}

/// The id in `known` closest to `id` when it looks like a typo of it.
pub fn closest<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let id_bag = CharBag::new(id);
    known
        .into_iter()
        // Cheap lower bounds on the distance first: most ids are nowhere near, and computing
        // the distance for each of them made 100,000 unknown ids take seconds.
        .filter(|k| id_bag.may_be_within(&CharBag::new(k), 2.max(k.len() / 4)))
        .map(|k| (strsim::damerau_levenshtein(id, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// The characters of a string, counted: two strings whose counts differ by more than twice
/// some distance cannot be within that edit distance (an insertion or deletion changes the
/// counts by one, a substitution by two, a transposition not at all).
pub(crate) struct CharBag {
    pub(crate) ascii: [u16; 128],
    pub(crate) other: Vec<char>,
    pub(crate) len: usize,
}

impl CharBag {
    pub(crate) fn new(s: &str) -> Self {
        let mut ascii = [0u16; 128];
        let mut other = Vec::new();
        let mut len = 0;
        for c in s.chars() {
            len += 1;
            match usize::try_from(u32::from(c)).ok().filter(|&i| i < 128) {
                Some(i) => {
                    if let Some(n) = ascii.get_mut(i) {
                        *n = n.saturating_add(1);
                    }
                }
                None => other.push(c),
            }
        }
        other.sort_unstable();
        Self { ascii, other, len }
    }

    /// False only when the two strings are certainly more than `max` edits apart.
    pub(crate) fn may_be_within(&self, other: &CharBag, max: usize) -> bool {
        if self.len.abs_diff(other.len) > max {
            return false;
        }
        let mut diff: usize = self
            .ascii
            .iter()
            .zip(&other.ascii)
            .map(|(a, b)| usize::from(a.abs_diff(*b)))
            .sum();
        // Characters beyond ASCII: the size of the symmetric difference of the two multisets.
        let (mut i, mut j) = (0, 0);
        while i < self.other.len() || j < other.other.len() {
            match (self.other.get(i), other.other.get(j)) {
                (Some(a), Some(b)) if a == b => {
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a < b => {
                    diff += 1;
                    i += 1;
                }
                (Some(_), Some(_)) | (None, Some(_)) => {
                    diff += 1;
                    j += 1;
                }
                (Some(_), None) => {
                    diff += 1;
                    i += 1;
                }
                (None, None) => break,
            }
        }
        diff <= 2 * max
    }
}

/// The word a message says was written and the ones it expects, as serde quotes them:
/// "unknown variant `in place`, expected one of `in-place`, `planned`" gives "in place" and the
/// others. The closest expected one, when the written word looks like a slip of it: spaces or
/// underscores for hyphens, a capital, or a typo (a new-user trial's `status = "in place"` got
/// only "use one of the values listed above", where ids and options get "did you mean").
fn meant(message: &str) -> Option<String> {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let written = quoted.next()?;
    let expected: Vec<&str> = quoted.collect();
    let plain = written.trim().to_lowercase().replace([' ', '_'], "-");
    expected
        .iter()
        .find(|e| **e == plain)
        .copied()
        .or_else(|| closest(&plain, expected.iter().copied()))
        .filter(|e| *e != written)
        .map(str::to_string)
}

/// The keys of an assessment's tables, for a key written in the wrong one: a new-user trial
/// put `review_by` under `[questionnaire]` and was told only to remove or rename it.
const ASSESSMENT_TABLES: [(&str, &[&str]); 3] = [
    (
        "at the top of the file, before the first table",
        &[
            "schema_version",
            "metadata",
            "questionnaire",
            "answers",
            "notes",
            "safeguards",
            "signoff",
            "wizard",
        ],
    ),
    (
        "under [metadata]",
        &[
            "system",
            "description",
            "organisation",
            "owner_team",
            "assessor",
            "contact",
            "created",
            "updated",
            "review_by",
        ],
    ),
    ("under [questionnaire]", &["id", "version", "hash"]),
];

/// Where `written` belongs, when the message's expected keys are one of an assessment's
/// tables and `written` is a key of another.
fn belongs_elsewhere(message: &str) -> Option<&'static str> {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let written = quoted.next()?;
    let expected: Vec<&str> = quoted.collect();
    ASSESSMENT_TABLES
        .iter()
        .any(|(_, keys)| *keys == expected.as_slice())
        .then_some(())?;
    ASSESSMENT_TABLES
        .iter()
        .find(|(_, keys)| keys.contains(&written) && *keys != expected.as_slice())
        .map(|(table, _)| *table)
}

pub(crate) fn toml_help(message: &str) -> String {
    if message.starts_with("unknown field") {
        if let Some(table) = belongs_elsewhere(message) {
            return format!("this key belongs {table}: move it there");
        }
        match meant(message) {
            Some(m) => format!("did you mean `{m}`? rename the key to it, or remove it"),
            None => "remove or rename this key; the expected keys are listed above (see docs/)"
                .to_string(),
        }
    } else if message.starts_with("missing field") {
        "add the missing key to this table".to_string()
    } else if message.starts_with("invalid type") {
        // serde names Rust types ("expected u32"); say what to write instead.
        let expected = message.rsplit("expected ").next().unwrap_or_default();
        let want = match expected.trim() {
            e if e.starts_with('u') || e.starts_with('i') => {
                "a whole number without quotes, e.g. 3"
            }
            e if e.starts_with('f') => "a number, without quotes",
            "a boolean" => "true or false, without quotes",
            "a sequence" => "a list in square brackets: [\"a\", \"b\"]",
            "a string" => "text in double quotes",
            e if e.contains("map") || e.contains("struct") => {
                "a table: [name] on its own line, or { key = value }"
            }
            _ => "the type named above",
        };
        format!("write {want}")
    } else if message.contains("duplicate key") {
        "each key may appear once per table; remove the repeated one".to_string()
    } else if message.starts_with("unknown variant") {
        match meant(message) {
            Some(m) => {
                format!("did you mean `{m}`? write that, or another of the values listed above")
            }
            None => "use one of the values listed above".to_string(),
        }
    } else if message.starts_with("invalid value: integer") && message.contains("expected u") {
        // "-30, expected u32": a count or points, which are never negative.
        "write a whole number of 0 or more: points and counts are never negative, and an overlay can only add risk, never take it away".to_string()
    } else {
        "fix the TOML syntax at this position (strings need quotes, tables need [brackets])"
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negative_number_is_told_so_not_sent_to_fix_the_syntax() {
        let help = toml_help("invalid value: integer `-30`, expected u32");
        assert!(
            help.starts_with("write a whole number of 0 or more"),
            "{help}"
        );
        assert!(!help.contains("TOML syntax"), "{help}");
    }

    /// Hostile review: `created = 2024-11-04` gave "invalid type: map, expected a string" and
    /// a hint that never said "date".
    #[test]
    fn a_bare_toml_date_where_text_is_expected_is_named_and_quoted() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct M {
            created: String,
        }
        let text = "created = 2024-11-04\n";
        let err = toml::from_str::<M>(text).unwrap_err();
        let d = SourceMap::new("a.toml", text).from_toml(&err);
        assert_eq!((d.line, d.column), (1, 11));
        assert_eq!(
            d.message,
            "2024-11-04 is a TOML date without quotes, but text is expected here"
        );
        assert_eq!(d.help, "write it in double quotes: \"2024-11-04\"");
        assert!(!looks_like_toml_date("{ a = 1 }"));
        assert!(looks_like_toml_date("07:32:00"));
    }

    /// A key repeated in one table is placed beside its first setting in that table, not an
    /// earlier table's; a list of tables continued with single brackets is told how to add one
    /// more (a hostile check of the questionnaire's errors).
    #[test]
    fn a_duplicate_key_points_into_its_own_table_and_a_list_of_tables_gets_double_brackets() {
        let diag = |text: &str| {
            let err = text.parse::<toml::Table>().unwrap_err();
            let d = SourceMap::new("q.toml", text).from_toml(&err);
            format!("{}:{}: {}\n{}", d.line, d.column, d.message, d.help)
        };
        assert_eq!(
            diag("id = \"q\"\n\n[[factor]]\nid = \"scale\"\nid = \"dup\"\n"),
            "5:1: duplicate key `id` (first on line 4)\neach key and table may appear once: merge the two, or remove the repeated one"
        );
        let text =
            "[[question]]\nid = \"a\"\n\n[[question]]\nid = \"b\"\n\n[question]\nid = \"c\"\n";
        let out = diag(text);
        assert!(
            out.contains("duplicate key `question` (first on line 1)"),
            "{out}"
        );
        assert!(
            out.ends_with("`question` is a list of tables: write [[question]], with double brackets, to add one more"),
            "{out}"
        );
        let text = "[question]\nid = \"a\"\n\n[[question]]\nid = \"b\"\n";
        let out = diag(text);
        assert!(
            out.contains("duplicate key `question` (first on line 1)"),
            "{out}"
        );
        assert!(
            out.ends_with("`question` is a list of tables, but its first entry opens with single brackets: write [[question]] there too"),
            "{out}"
        );
    }

    /// A hostile review: numbers out of range named Rust types and sent people to fix valid
    /// syntax, a duplicate key named nothing, and a quoted date-time was "not a date" next.
    #[test]
    fn errors_a_user_can_act_on_for_numbers_duplicates_and_date_times() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct M {
            count: Option<u32>,
            big: Option<i64>,
            created: Option<String>,
            scale: Option<u64>,
        }
        let diag = |text: &str| {
            let err = toml::from_str::<M>(text).unwrap_err();
            let d = SourceMap::new("a.toml", text).from_toml(&err);
            format!("{}:{}: {}\n{}", d.line, d.column, d.message, d.help)
        };
        assert_eq!(
            diag("count = 5000000000\n"),
            "1:9: 5000000000 is out of range: this key takes a whole number from 0 to 4,294,967,295\nwrite a whole number from 0 to 4,294,967,295"
        );
        assert_eq!(
            diag("count = -3\n"),
            "1:9: -3 is negative, and this key takes a whole number from 0 to 4,294,967,295\nwrite a whole number of 0 or more: points, credits, thresholds and counts are never negative"
        );
        assert!(diag("big = 99999999999999999999\n").starts_with(
            "1:7: 99999999999999999999 is out of range: this key takes a whole number from -9,223,372,036,854,775,808"
        ));
        assert!(
            diag("scale = 1e400\n").starts_with("1:9: 1e400 is too large a number for this key\n")
        );
        assert_eq!(
            diag("count = 1\n# note\ncount = 2\n"),
            "3:1: duplicate key `count` (first on line 1)\neach key and table may appear once: merge the two, or remove the repeated one"
        );
        let deep = format!("count = 1\n# a.b.c.d\n{} = 1\n", vec!["a"; 300].join("."));
        assert_eq!(
            diag(&deep),
            "3:1: keys nested too deep to read (300 levels here)\nno raia file nests keys more than a few levels: check this key or table name"
        );
        assert_eq!(
            diag("created = 2024-12-02T10:00:00Z\n"),
            "1:11: 2024-12-02T10:00:00Z is a TOML date without quotes, but text is expected here\nwrite it in double quotes: \"2024-12-02T10:00:00Z\"; where a date is expected, write the day alone: \"2024-12-02\""
        );
    }

    #[test]
    fn line_col_counts_from_one_and_in_characters() {
        let map = SourceMap::new("f.toml", "ab\nçd = 1\n");
        assert_eq!(map.line_col(0), (1, 1));
        assert_eq!(map.line_col(3), (2, 1));
        // 'ç' is two bytes but one column.
        assert_eq!(map.line_col(6), (2, 3));
        // The line break belongs to its line; the end of the text is past the last line.
        assert_eq!(map.line_col(2), (1, 3));
        assert_eq!(map.line_col(11), (3, 1));
        assert_eq!(map.line_col(99), (3, 1));
    }

    #[test]
    fn line_col_agrees_with_counting_from_the_start() {
        let text = "a = 1\n\nçé = \"ü\"\r\n  b = [\n 1,\n]\nlast";
        let map = SourceMap::new("f.toml", text);
        for offset in 0..=text.len() + 2 {
            let at = offset.min(text.len());
            let at = (0..=at)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0);
            let before = &text[..at];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[line_start..].chars().count() + 1;
            assert_eq!(map.line_col(offset), (line, column), "offset {offset}");
        }
    }
}
