//! Parsing a large questionnaire a run of questions at a time, with every position shifted back to the whole file (issue 7: memory at 10,000 questions).

use super::*;

/// Text longer than this is parsed a run of questions at a time. While it works, the TOML
/// parser holds about twenty times the text it parses: 150 MB for a questionnaire of 10,000
/// questions parsed whole (issue 7).
pub(crate) const CHUNK: usize = 256 * 1024;

/// The questionnaire file as written. A large file is parsed in parts: what comes before the
/// first `[[question]]`, then runs of questions, each starting at a `[[question]]` line. If
/// any part does not parse on its own (the file does not have that layout, or has an error),
/// the whole text is parsed instead, so errors are reported exactly as for a small file.
pub(crate) fn parse_raw(text: &str) -> Result<RawFile, toml::de::Error> {
    if text.len() > CHUNK
        && let Some(raw) = parse_in_parts(text)
    {
        return Ok(raw);
    }
    toml::from_str(text)
}

/// Only questions, for the parts of a large file after its first `[[question]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestionRun {
    #[serde(default)]
    pub(crate) question: Vec<RawQuestion>,
}

/// Where the first line that is a `[[question]]` header and nothing else starts.
pub(crate) fn first_question_line(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[question]]" {
            return Some(at);
        }
        at += line.len();
    }
    None
}

pub(crate) fn parse_in_parts(text: &str) -> Option<RawFile> {
    // Lines that are a `[[question]]` header and nothing else. One inside a multi-line string
    // or array splits it, and the part before it then fails to parse.
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[question]]" {
            starts.push(at);
        }
        at += line.len();
    }
    let first = *starts.first()?;
    let mut raw: RawFile = toml::from_str(text.get(..first)?).ok()?;
    if !raw.question.is_empty() {
        return None;
    }
    let mut i = 0;
    while let Some(&begin) = starts.get(i) {
        let mut j = i + 1;
        while starts.get(j).is_some_and(|&at| at - begin < CHUNK) {
            j += 1;
        }
        let end = starts.get(j).copied().unwrap_or(text.len());
        let run: RawQuestionRun = toml::from_str(text.get(begin..end)?).ok()?;
        raw.question
            .extend(run.question.into_iter().map(|q| q.shifted(begin)));
        i = j;
    }
    Some(raw)
}

/// A span moved by `by` bytes; an empty span at 0 (a default value, no place in the file)
/// stays as it is.
pub(crate) fn shift<T>(s: Spanned<T>, by: usize) -> Spanned<T> {
    let r = s.span();
    if r.is_empty() && r.start == 0 {
        return s;
    }
    Spanned::new(r.start + by..r.end + by, s.into_inner())
}

pub(crate) fn shift_all<T>(v: Vec<Spanned<T>>, by: usize) -> Vec<Spanned<T>> {
    v.into_iter().map(|s| shift(s, by)).collect()
}

// Spans of a part are offsets into that part; these move them to offsets into the file. Each
// destructures its struct, so a new field cannot be forgotten here.
impl RawQuestion {
    pub(crate) fn shifted(self, by: usize) -> Self {
        let RawQuestion {
            id,
            section,
            kind,
            prompt,
            help,
            clause,
            optional,
            show_if,
            placeholder,
            risk_combine,
            role,
            min,
            max,
            integer,
            option,
            band,
        } = self;
        let options = |v: Vec<Spanned<RawOption>>| {
            v.into_iter()
                .map(|o| {
                    let o = shift(o, by);
                    let r = o.span();
                    Spanned::new(r, o.into_inner().shifted(by))
                })
                .collect()
        };
        RawQuestion {
            id: shift(id, by),
            section: shift(section, by),
            kind: shift(kind, by),
            prompt,
            help,
            clause,
            optional,
            show_if: show_if.map(|c| shift_condition(c, by)),
            placeholder,
            risk_combine: shift(risk_combine, by),
            role: role.map(|s| shift(s, by)),
            min,
            max,
            integer,
            option: options(option),
            band: options(band),
        }
    }
}

impl RawOption {
    pub(crate) fn shifted(self, by: usize) -> Self {
        let RawOption {
            id,
            at_least,
            label,
            exclusive,
            prohibits,
            concerns,
            categories,
            risk,
            satisfies,
            clears,
            note_required,
            note_hint,
        } = self;
        RawOption {
            id: id.map(|s| shift(s, by)),
            at_least,
            label,
            exclusive,
            prohibits: shift_all(prohibits, by),
            concerns: shift_all(concerns, by),
            categories: shift_all(categories, by),
            risk: risk.into_iter().map(|(k, v)| (k, shift(v, by))).collect(),
            satisfies: shift_all(satisfies, by),
            clears: shift_all(clears, by),
            note_required,
            note_hint,
        }
    }
}

pub(crate) fn shift_condition(c: Spanned<RawCondition>, by: usize) -> Spanned<RawCondition> {
    let c = shift(c, by);
    let r = c.span();
    let RawCondition {
        question,
        is,
        any_of,
        at_least,
        at_most,
        answered,
        consequential,
        category,
        concern,
        all,
        any,
        not,
    } = c.into_inner();
    let list = |v: Option<Vec<Spanned<RawCondition>>>| {
        v.map(|v| v.into_iter().map(|c| shift_condition(c, by)).collect())
    };
    Spanned::new(
        r,
        RawCondition {
            question: question.map(|s| shift(s, by)),
            is,
            any_of,
            at_least,
            at_most,
            answered: answered.map(|s| shift(s, by)),
            consequential,
            category: category.map(|s| shift(s, by)),
            concern: concern.map(|s| shift(s, by)),
            all: list(all),
            any: list(any),
            not: not.map(|c| Box::new(shift_condition(*c, by))),
        },
    )
}
