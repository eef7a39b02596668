//! A typed answer to one question, as the engine and the wizard see it.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// A yes/no answer.
    Bool(bool),
    /// The id of one option.
    Choice(String),
    /// The ids of the chosen options, in questionnaire order.
    Choices(Vec<String>),
    /// Short or long text.
    Text(String),
    Number(f64),
    /// An ISO 8601 calendar date, YYYY-MM-DD.
    Date(String),
}

impl Answer {
    /// The option ids this answer picks (yes/no count as options "yes" and "no").
    pub fn picked(&self) -> Vec<&str> {
        match self {
            Answer::Bool(true) => vec!["yes"],
            Answer::Bool(false) => vec!["no"],
            Answer::Choice(c) => vec![c.as_str()],
            Answer::Choices(cs) => cs.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether this answer picks `option`: `picked().contains(&option)`, without building the
    /// list (conditions ask this of every answer on every evaluation).
    pub fn picks(&self, option: &str) -> bool {
        match self {
            Answer::Bool(true) => option == "yes",
            Answer::Bool(false) => option == "no",
            Answer::Choice(c) => c == option,
            Answer::Choices(cs) => cs.iter().any(|c| c == option),
            _ => false,
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Answer::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// Whether this counts as an answer at all. Blank text does not, and neither does an
    /// empty list: "none of these" is an option to pick, so an untouched list is not taken
    /// for a considered answer.
    pub fn is_given(&self) -> bool {
        match self {
            Answer::Text(t) | Answer::Date(t) => !t.trim().is_empty(),
            Answer::Choices(c) => !c.is_empty(),
            _ => true,
        }
    }
}

/// Checks an ISO calendar date (YYYY-MM-DD) including month lengths and leap years.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_agrees_with_picked() {
        let answers = [
            Answer::Bool(true),
            Answer::Bool(false),
            Answer::Choice("a".into()),
            Answer::Choices(vec!["a".into(), "yes".into()]),
            Answer::Choices(Vec::new()),
            Answer::Text("yes".into()),
            Answer::Number(1.0),
            Answer::Date("2024-01-01".into()),
        ];
        for a in &answers {
            for o in ["yes", "no", "a", "b", ""] {
                assert_eq!(a.picks(o), a.picked().contains(&o), "{a:?} picks {o}");
            }
        }
    }

    #[test]
    fn dates_are_checked_for_real_calendar_days() {
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2023-02-29"));
        assert!(!valid_date("2023-13-01"));
        assert!(!valid_date("2023-1-01"));
        assert!(!valid_date("26/11/2026"));
        assert!(valid_date("2026-11-26"));
    }
}
