//! Checking an answer against its question as read from a file, with a did-you-mean for a mistyped option.

use super::*;

/// Describes what kind of value a question takes, for error messages and `raia init`.
pub fn expected_value(q: &Question) -> String {
    let opts = || {
        q.options
            .iter()
            .map(|o| format!("\"{}\"", o.id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match q.kind {
        QuestionKind::YesNo => "true or false".to_string(),
        QuestionKind::Single => format!("one of {}", opts()),
        QuestionKind::Multi => format!("a list of any of {}", opts()),
        QuestionKind::Text | QuestionKind::LongText => "a string".to_string(),
        QuestionKind::Number => {
            let what = if q.integer {
                "a whole number"
            } else {
                "a number"
            };
            match (q.min, q.max) {
                (Some(a), Some(b)) => format!("{what} from {a} to {b}"),
                (Some(a), None) => format!("{what} of at least {a}"),
                (None, Some(b)) => format!("{what} of at most {b}"),
                (None, None) => what.to_string(),
            }
        }
        QuestionKind::Date => "a date as \"YYYY-MM-DD\"".to_string(),
    }
}

// Shared with the build script's error messages, which say the value meant too.
pub use crate::diag::closest;

pub(crate) fn did_you_mean(q: &Question, option: &str) -> String {
    // An option id is a few words: a long value is no misspelling of one.
    if option.len() > 100 {
        return String::new();
    }
    closest(option, q.options.iter().map(|o| o.id.as_str()))
        .map(|c| format!(" (did you mean \"{c}\"?)"))
        .unwrap_or_default()
}

/// A value as an error message quotes it: cut to its first 60 characters, with line breaks,
/// quotes and control characters escaped, so a hostile value can neither flood a CI log nor
/// write a line of its own there (a hardening review).
fn quoted(value: &str) -> String {
    let cut: String = value.chars().take(60).collect();
    let more = if value.chars().nth(60).is_some() {
        "…"
    } else {
        ""
    };
    format!("\"{}{more}\"", cut.escape_debug())
}

/// Checks one answer against its question; returns a message saying what is wrong.
pub fn check_answer(q: &Question, a: &Answer) -> Result<(), String> {
    let bad = || Err(format!("`{}` expects {}", q.id, expected_value(q)));
    match (q.kind, a) {
        (QuestionKind::YesNo, Answer::Bool(_)) => Ok(()),
        (QuestionKind::Single, Answer::Choice(c)) => {
            if q.option(c).is_some() {
                Ok(())
            } else {
                Err(format!(
                    "`{}` has no option {}{}; it expects {}",
                    q.id,
                    quoted(c),
                    did_you_mean(q, c),
                    expected_value(q)
                ))
            }
        }
        (QuestionKind::Multi, Answer::Choices(cs)) => {
            if let Some(c) = cs.iter().find(|c| q.option(c).is_none()) {
                return Err(format!(
                    "`{}` has no option {}{}; it expects {}",
                    q.id,
                    quoted(c),
                    did_you_mean(q, c),
                    expected_value(q)
                ));
            }
            if cs.len() > 1
                && let Some(x) = cs.iter().filter_map(|c| q.option(c)).find(|o| o.exclusive)
            {
                return Err(format!(
                    "\"{}\" cannot be combined with other options: choose it alone",
                    x.label
                ));
            }
            let mut seen = std::collections::HashSet::new();
            if let Some(c) = cs.iter().find(|c| !seen.insert(c.as_str())) {
                return Err(format!("`{}` lists {} twice", q.id, quoted(c)));
            }
            Ok(())
        }
        (QuestionKind::Text | QuestionKind::LongText, Answer::Text(_)) => Ok(()),
        (QuestionKind::Number, Answer::Number(n)) => {
            if !n.is_finite()
                || q.min.is_some_and(|m| *n < m)
                || q.max.is_some_and(|m| *n > m)
                || (q.integer && n.fract() != 0.0)
            {
                bad()
            } else {
                Ok(())
            }
        }
        (QuestionKind::Date, Answer::Date(d)) => {
            if crate::answer::valid_date(d) {
                Ok(())
            } else {
                bad()
            }
        }
        _ => bad(),
    }
}
