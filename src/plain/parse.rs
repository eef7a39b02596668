//! Reading what was typed: commands, and answers checked against their question. Pure, so the
//! rules are tested without any I/O.

use crate::answer::{Answer, valid_date};
use crate::engine::format_number;
use crate::questionnaire::{Question, QuestionKind};

/// A command that works at any prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Help,
    Back,
    Skip,
    Note,
    Quit,
    Review,
    /// Jump to visible question N (1-based).
    Go(usize),
    /// `go` without a usable number.
    GoWithoutNumber,
}

/// One line of input: a command, or text to read as an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Command(Command),
    Text(String),
}

/// Sorts a line into a command or text. Commands are case-insensitive; a leading backslash
/// makes the rest plain text, so a command word can still be typed as an answer.
pub fn classify(line: &str) -> Line {
    if let Some(rest) = line.trim_start().strip_prefix('\\') {
        return Line::Text(rest.to_string());
    }
    let word = line.trim().to_lowercase();
    let cmd = match word.as_str() {
        "?" | "help" => Command::Help,
        "back" => Command::Back,
        "skip" => Command::Skip,
        "note" => Command::Note,
        "quit" | "exit" => Command::Quit,
        "review" => Command::Review,
        "go" => Command::GoWithoutNumber,
        _ => match word.strip_prefix("go ") {
            Some(n) => match n.trim().parse::<usize>() {
                Ok(n) => Command::Go(n),
                Err(_) => Command::GoWithoutNumber,
            },
            None => return Line::Text(line.to_string()),
        },
    };
    Line::Command(cmd)
}

/// Reads `text` (not blank) as an answer to `q`, or says in one line what is wrong.
pub fn parse_answer(q: &Question, text: &str) -> Result<Answer, String> {
    let answer = parse_shape(q, text)?;
    // The same check the file loader applies (exclusive options, ranges), so a bad answer is
    // asked again here instead of failing the save.
    crate::assessment::check_answer(q, &answer)?;
    Ok(answer)
}

fn parse_shape(q: &Question, text: &str) -> Result<Answer, String> {
    let t = text.trim();
    match q.kind {
        QuestionKind::YesNo => match t.to_lowercase().as_str() {
            "y" | "yes" | "true" => Ok(Answer::Bool(true)),
            "n" | "no" | "false" => Ok(Answer::Bool(false)),
            _ => match pick(q, t) {
                Some(id) => Ok(Answer::Bool(id == "yes")),
                None => Err(format!("\"{t}\" is not yes or no: type y or n.")),
            },
        },
        QuestionKind::Single => pick(q, t)
            .map(|id| Answer::Choice(id.to_string()))
            .ok_or_else(|| {
                format!(
                    "\"{t}\" is not one of the options: type a number from 1 to {}.",
                    q.options.len()
                )
            }),
        QuestionKind::Multi => parse_multi(q, t),
        QuestionKind::Text | QuestionKind::LongText => Ok(Answer::Text(text.to_string())),
        QuestionKind::Number => parse_number(q, t),
        QuestionKind::Date => {
            if valid_date(t) {
                Ok(Answer::Date(t.to_string()))
            } else {
                Err(format!(
                    "\"{t}\" is not a date: type year-month-day, for example 2026-03-31."
                ))
            }
        }
    }
}

/// An option by its number in the list, its id, or its label (case-insensitive).
fn pick<'q>(q: &'q Question, t: &str) -> Option<&'q str> {
    if let Ok(n) = t.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| q.options.get(i))
            .map(|o| o.id.as_str());
    }
    let lower = t.to_lowercase();
    q.options
        .iter()
        .find(|o| o.id.to_lowercase() == lower || o.label.to_lowercase() == lower)
        .map(|o| o.id.as_str())
}

fn parse_multi(q: &Question, t: &str) -> Result<Answer, String> {
    if t.eq_ignore_ascii_case("none") && pick(q, t).is_none() {
        // "none" means the question's own "none of these" option where it has one.
        return match q.options.iter().find(|o| o.exclusive) {
            Some(o) => Ok(Answer::Choices(vec![o.id.clone()])),
            None => Err(
                "This question needs at least one choice: type the numbers of those that apply."
                    .to_string(),
            ),
        };
    }
    let mut chosen = Vec::new();
    for part in t.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(id) = pick(q, part) {
            chosen.push(id);
            continue;
        }
        // "1 3" as well as "1, 3": ids never hold spaces.
        for word in part.split_whitespace() {
            match pick(q, word) {
                Some(id) => chosen.push(id),
                None if word.eq_ignore_ascii_case("none") => {
                    return Err(
                        "\"none\" cannot be combined with other choices: type none alone, or only the numbers."
                            .to_string(),
                    );
                }
                None => {
                    return Err(format!(
                        "\"{word}\" is not one of the options: type numbers from 1 to {} separated by commas, or none.",
                        q.options.len()
                    ));
                }
            }
        }
    }
    // In questionnaire order, each once.
    let ids = q
        .options
        .iter()
        .filter(|o| chosen.contains(&o.id.as_str()))
        .map(|o| o.id.clone())
        .collect();
    Ok(Answer::Choices(ids))
}

fn parse_number(q: &Question, t: &str) -> Result<Answer, String> {
    if let Some(why) = crate::answer::inexact_digits(t) {
        return Err(format!("{t} {why}."));
    }
    let n = match t.parse::<f64>() {
        Ok(n) if n.is_finite() => n,
        _ => return Err(format!("\"{t}\" is not a number: type digits, like 250.")),
    };
    let low = q.min.is_some_and(|m| n < m);
    let high = q.max.is_some_and(|m| n > m);
    if low || high {
        return Err(format!(
            "{} is out of range: {}.",
            format_number(n),
            range(q)
        ));
    }
    if q.integer && n.fract() != 0.0 {
        return Err(format!(
            "{t} is not a whole number: type a count, like 250."
        ));
    }
    Ok(Answer::Number(n))
}

/// The range a number question takes, as a phrase ("type a number from 0 to 100").
pub fn range(q: &Question) -> String {
    match (q.min, q.max) {
        (Some(a), Some(b)) => format!(
            "type a number from {} to {}",
            format_number(a),
            format_number(b)
        ),
        (Some(a), None) => format!("type a number of at least {}", format_number(a)),
        (None, Some(b)) => format!("type a number of at most {}", format_number(b)),
        (None, None) => "type a number".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Choice;

    fn question(kind: QuestionKind, options: &[(&str, &str)]) -> Question {
        Question {
            id: "q".into(),
            section: "s".into(),
            kind,
            prompt: "Q?".into(),
            help: String::new(),
            clause: String::new(),
            optional: false,
            show_if: None,
            options: options
                .iter()
                .map(|(id, label)| Choice {
                    id: (*id).into(),
                    label: (*label).into(),
                    ..Choice::default()
                })
                .collect(),
            bands: Vec::new(),
            min: None,
            max: None,
            integer: false,
            placeholder: String::new(),
            risk_combine: Default::default(),
            role: None,
        }
    }

    #[test]
    fn commands_are_words_and_backslash_escapes_them() {
        assert_eq!(classify(" BACK "), Line::Command(Command::Back));
        assert_eq!(classify("?"), Line::Command(Command::Help));
        assert_eq!(classify("go 12"), Line::Command(Command::Go(12)));
        assert_eq!(classify("go x"), Line::Command(Command::GoWithoutNumber));
        assert_eq!(classify("\\back"), Line::Text("back".into()));
        assert_eq!(classify("going"), Line::Text("going".into()));
        assert_eq!(classify("back up"), Line::Text("back up".into()));
    }

    #[test]
    fn single_takes_number_id_or_label() {
        let q = question(QuestionKind::Single, &[("a", "Apple"), ("b", "Banana")]);
        assert_eq!(parse_answer(&q, "2"), Ok(Answer::Choice("b".into())));
        assert_eq!(parse_answer(&q, "A"), Ok(Answer::Choice("a".into())));
        assert_eq!(parse_answer(&q, "banana"), Ok(Answer::Choice("b".into())));
        assert_eq!(
            parse_answer(&q, "3"),
            Err("\"3\" is not one of the options: type a number from 1 to 2.".into())
        );
        assert!(parse_answer(&q, "0").is_err());
    }

    #[test]
    fn multi_is_ordered_deduplicated_and_needs_a_choice() {
        let q = question(
            QuestionKind::Multi,
            &[("a", "Apple"), ("b", "Banana"), ("c", "Cherry")],
        );
        assert_eq!(
            parse_answer(&q, "3, 1,1"),
            Ok(Answer::Choices(vec!["a".into(), "c".into()]))
        );
        assert_eq!(
            parse_answer(&q, "c b"),
            Ok(Answer::Choices(vec!["b".into(), "c".into()]))
        );
        // Without a "none of these" option, "none" is not an answer here.
        assert!(matches!(parse_answer(&q, "none"), Err(m) if m.contains("at least one choice")));
        assert!(matches!(parse_answer(&q, "1, 7"), Err(m) if m.contains("\"7\"")));
    }

    #[test]
    fn yes_no_numbers_dates() {
        let q = question(QuestionKind::YesNo, &[("yes", "Yes"), ("no", "No")]);
        assert_eq!(parse_answer(&q, "Y"), Ok(Answer::Bool(true)));
        assert_eq!(parse_answer(&q, "2"), Ok(Answer::Bool(false)));
        assert!(parse_answer(&q, "maybe").is_err());

        let mut n = question(QuestionKind::Number, &[]);
        n.min = Some(0.0);
        n.max = Some(100.0);
        assert_eq!(parse_answer(&n, " 42 "), Ok(Answer::Number(42.0)));
        assert_eq!(
            parse_answer(&n, "101"),
            Err("101 is out of range: type a number from 0 to 100.".into())
        );
        assert!(parse_answer(&n, "NaN").is_err());
        assert!(parse_answer(&n, "inf").is_err());
        assert!(parse_answer(&n, "ten").is_err());

        let d = question(QuestionKind::Date, &[]);
        assert_eq!(
            parse_answer(&d, "2024-02-29"),
            Ok(Answer::Date("2024-02-29".into()))
        );
        assert!(parse_answer(&d, "2023-02-29").is_err());
    }
}
