//! Where things are in an assessment file's own text: the line of an answer, of a
//! `[safeguards.x]` table, of `[questionnaire]`. Used to point CI annotations (SARIF) at the
//! line a reviewer edits. Read with toml_edit, which keeps each key's place in the text.

use crate::engine::{Evaluation, Subject};
use crate::questionnaire::Questionnaire;

/// Finds lines in one assessment text.
pub struct Locator<'a> {
    text: &'a str,
    doc: Option<toml_edit::Document<&'a str>>,
}

impl<'a> Locator<'a> {
    /// A text that is not TOML locates everything on line 1.
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            doc: toml_edit::Document::parse(text).ok(),
        }
    }

    /// The 1-based line of byte offset `at`.
    pub fn line_at(&self, at: usize) -> usize {
        let end = at.min(self.text.len());
        self.text
            .as_bytes()
            .get(..end)
            .unwrap_or_default()
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    /// The line of the key at `path` (`["answers", "purpose"]`, `["safeguards", "x"]`): for a
    /// table, its header's line. None when the file does not have it.
    pub fn key_line(&self, path: &[&str]) -> Option<usize> {
        self.key_span(path).map(|span| self.line_at(span.start))
    }

    /// Where the key at `path` is in the text, in bytes.
    pub fn key_span(&self, path: &[&str]) -> Option<std::ops::Range<usize>> {
        let doc = self.doc.as_ref()?;
        let mut table: &dyn toml_edit::TableLike = doc.as_table();
        let (last, parents) = path.split_last()?;
        for key in parents {
            table = table.get(key)?.as_table_like()?;
        }
        let (key, item) = table.get_key_value(last)?;
        key.span().or_else(|| match item {
            toml_edit::Item::Table(t) => t.span(),
            other => other.span(),
        })
    }

    /// The line a finding about `subject` points at: the answer's line for an answer, the
    /// `[safeguards.x]` table's line for a safeguard, falling back to the table it belongs in
    /// and then to line 1.
    pub fn subject_line(&self, q: &Questionnaire, e: &Evaluation, subject: &Subject) -> usize {
        let found = match subject {
            Subject::Question(id) => self
                .key_line(&["answers", id])
                .or_else(|| self.key_line(&["notes", id]))
                .or_else(|| self.key_line(&["answers"])),
            Subject::Unanswered(_) => self.key_line(&["answers"]),
            Subject::Safeguard(id) => self.safeguard_line(q, id),
            Subject::Requirement(id) => q
                .safeguards
                .iter()
                .filter(|s| &s.requirement == id)
                .find_map(|s| self.safeguard_own_line(q, &s.id))
                .or_else(|| self.explicit_table_line("safeguards")),
            Subject::Contradiction(id) => e
                .contradictions
                .iter()
                .find(|c| &c.id == id)
                .and_then(|c| {
                    c.questions
                        .iter()
                        .find_map(|x| self.key_line(&["answers", x]))
                })
                .or_else(|| self.key_line(&["answers"])),
            Subject::Questionnaire => self.key_line(&["questionnaire"]),
            Subject::SignOff => self.last_signoff_line(),
            Subject::Review => self
                .key_line(&["metadata", "review_by"])
                .or_else(|| self.key_line(&["metadata"])),
            Subject::Detail(key) => self
                .key_line(&["metadata", key])
                .or_else(|| self.key_line(&["metadata"])),
        };
        found.unwrap_or(1)
    }

    /// The `[[signoff]]` tables, in the file's order.
    fn signoffs(&self) -> Option<&toml_edit::ArrayOfTables> {
        self.doc
            .as_ref()?
            .as_table()
            .get("signoff")?
            .as_array_of_tables()
    }

    /// Where key `key` of the `i`-th `[[signoff]]` table is in the text (the table's header
    /// without the key).
    pub fn signoff_key_span(&self, i: usize, key: &str) -> Option<std::ops::Range<usize>> {
        let table = self.signoffs()?.get(i)?;
        table
            .key(key)
            .and_then(toml_edit::Key::span)
            .or_else(|| table.span())
    }

    /// The line of the last `[[signoff]]` table.
    fn last_signoff_line(&self) -> Option<usize> {
        let span = self.signoffs()?.iter().last()?.span()?;
        Some(self.line_at(span.start))
    }

    /// A safeguard's own table; without one, the answer that can show it in place (where its
    /// status then comes from); then a `[safeguards]` header written as such.
    fn safeguard_line(&self, q: &Questionnaire, id: &str) -> Option<usize> {
        self.safeguard_own_line(q, id)
            .or_else(|| self.explicit_table_line("safeguards"))
    }

    fn safeguard_own_line(&self, q: &Questionnaire, id: &str) -> Option<usize> {
        self.key_line(&["safeguards", id]).or_else(|| {
            q.questions_satisfying(id)
                .iter()
                .find_map(|x| self.key_line(&["answers", &x.id]))
        })
    }

    /// The line of a `[name]` header, when the file has one (not a table only implied by
    /// `[name.x]` headers).
    fn explicit_table_line(&self, name: &str) -> Option<usize> {
        let table = self.doc.as_ref()?.as_table().get(name)?.as_table()?;
        if table.is_implicit() {
            return None;
        }
        self.key_line(&[name])
    }
}
