//! Reading a typed answer: the one parser the wizard's text fields and plain mode's prompts both
//! call, so "120,000", "none" or "2026-03-31" mean the same wherever they are typed. Pure, so
//! the rules are tested without any I/O.

use crate::answer::{Answer, valid_date};
use crate::engine::format_number;
use crate::questionnaire::{Question, QuestionKind};

/// Reads `text` as an answer to `q`. `Ok(None)` means blank (no answer); `Err` says in one
/// phrase, without a final full stop, what is wrong and what to type instead. The answer passes
/// the same check the file loader applies (exclusive options, ranges), so a bad answer is asked
/// again rather than failing the save.
pub fn parse_answer(q: &Question, text: &str) -> Result<Option<Answer>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let answer = parse_shape(q, text)?;
    crate::assessment::check_answer(q, &answer).map_err(|e| e.trim_end_matches('.').to_string())?;
    Ok(Some(answer))
}

fn parse_shape(q: &Question, text: &str) -> Result<Answer, String> {
    let t = text.trim();
    match q.kind {
        QuestionKind::YesNo => match t.to_lowercase().as_str() {
            "y" | "yes" | "true" => Ok(Answer::Bool(true)),
            "n" | "no" | "false" => Ok(Answer::Bool(false)),
            _ => match pick(q, t) {
                Some(id) => Ok(Answer::Bool(id == "yes")),
                None => Err(format!("{} is not yes or no: type y or n", quoted(t))),
            },
        },
        QuestionKind::Single => pick(q, t)
            .map(|id| Answer::Choice(id.to_string()))
            .ok_or_else(|| {
                format!(
                    "{} is not one of the options: type a number from 1 to {}",
                    quoted(t),
                    q.options.len()
                )
            }),
        QuestionKind::Multi => parse_multi(q, t),
        QuestionKind::Text => Ok(Answer::Text(t.to_string())),
        QuestionKind::LongText => Ok(Answer::Text(text.trim_end().to_string())),
        QuestionKind::Number => parse_number(q, t),
        QuestionKind::Date => {
            if valid_date(t) {
                Ok(Answer::Date(t.to_string()))
            } else {
                Err(crate::answer::not_a_date(
                    &crate::tui::widgets::truncate(t, 24),
                    "2026-03-31",
                ))
            }
        }
    }
}

/// What was typed, quoted and cut to a length a status line can hold.
fn quoted(t: &str) -> String {
    format!("\"{}\"", crate::tui::widgets::truncate(t, 16))
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

/// The option "none" stands for in a multiple choice: its own "none of these", if it has one.
pub fn none_option(q: &Question) -> Option<&crate::questionnaire::Choice> {
    q.options.iter().find(|o| o.exclusive)
}

fn parse_multi(q: &Question, t: &str) -> Result<Answer, String> {
    if t.eq_ignore_ascii_case("none") && pick(q, t).is_none() {
        return match none_option(q) {
            Some(o) => Ok(Answer::Choices(vec![o.id.to_string()])),
            None => Err(
                "This question needs at least one choice: type the numbers of those that apply"
                    .to_string(),
            ),
        };
    }
    let none_hint = if none_option(q).is_some() {
        ", or none"
    } else {
        ""
    };
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
                        "\"none\" cannot be combined with other choices: type none alone, or only the numbers"
                            .to_string(),
                    );
                }
                None => {
                    return Err(format!(
                        "{} is not one of the options: type numbers from 1 to {} separated by commas{none_hint}",
                        quoted(word),
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
        .map(|o| o.id.to_string())
        .collect();
    Ok(Answer::Choices(ids))
}

fn parse_number(q: &Question, t: &str) -> Result<Answer, String> {
    let plain = without_thousands(t);
    if let Some(why) = crate::answer::inexact_digits(&plain) {
        return Err(format!("{} {why}", crate::tui::widgets::truncate(t, 24)));
    }
    // "40.000" is forty thousand where a dot groups thousands (German, French): read as 40 it
    // dropped a use from HIGH to MEDIUM without a word (a new-user trial). A whole number with
    // three digits after its one dot is asked about, not guessed.
    let dotted = plain.trim().trim_start_matches('-');
    if q.integer
        && let Some((whole, thousands)) = dotted.split_once('.')
        && (1..=3).contains(&whole.len())
        && thousands.len() == 3
        && dotted
            .bytes()
            .filter(|b| *b != b'.')
            .all(|b| b.is_ascii_digit())
    {
        let joined = format!("{whole}{thousands}");
        let grouped = crate::number::display_number(joined.parse().unwrap_or_default());
        return Err(format!(
            "{} could be {grouped} with a dot between the thousands, or {whole}: type {joined} or {whole}",
            quoted(t),
        ));
    }
    // Only digits: "1e6" is read by Rust as a million, which no one types for a head count.
    if plain.bytes().any(|b| b.is_ascii_alphabetic()) && plain.parse::<f64>().is_ok() {
        return Err(format!(
            "{} is not a number: type it in digits ({})",
            quoted(t),
            number_example(q)
        ));
    }
    let n: f64 = plain
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite())
        .ok_or_else(|| format!("{} is not a number: {}", quoted(t), number_example(q)))?;
    if q.min.is_some_and(|m| n < m) || q.max.is_some_and(|m| n > m) {
        return Err(format!(
            "{} is out of range: {}",
            format_number(n),
            range(q)
        ));
    }
    if q.integer && n.fract() != 0.0 {
        return Err(format!(
            "{} is not a whole number: {}",
            quoted(t),
            number_example(q)
        ));
    }
    Ok(Answer::Number(n))
}

/// "12,000" and "12_000" to "12000". Commas count only in groups of three after the first
/// digits, so "1,5" (a decimal comma) is still rejected rather than read as 15.
fn without_thousands(t: &str) -> String {
    let t = t.replace('_', "");
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (t.clone(), None),
    };
    let digits = int.trim_start_matches('-');
    // Commas, or spaces as much of Europe writes them ("60 000", also with a no-break space):
    // one kind of separator, between groups of three digits.
    let Some(sep) = [',', ' ', '\u{a0}', '\u{202f}']
        .into_iter()
        .find(|c| digits.contains(*c))
    else {
        return t;
    };
    let groups: Vec<&str> = digits.split(sep).collect();
    let grouped = groups.len() > 1
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if !grouped {
        return t;
    }
    let mut out = int.replace(sep, "");
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    out
}

/// What to type instead of something that is not a number: the question's range, or an
/// example inside it (a whole one unless the bounds are fractions).
fn number_example(q: &Question) -> String {
    if let (Some(a), Some(b)) = (q.min, q.max) {
        return format!("type one from {} to {}", format_number(a), format_number(b));
    }
    let whole = [q.min, q.max].iter().flatten().all(|b| b.fract() == 0.0);
    let mut ex: f64 = if whole { 1200.0 } else { 0.5 };
    if let Some(a) = q.min {
        ex = ex.max(a);
    }
    if let Some(b) = q.max {
        ex = ex.min(b);
    }
    format!("type digits, e.g. {}", format_number(ex))
}

/// The range a number question takes, as a phrase ("type a number from 0 to 100").
pub fn range(q: &Question) -> String {
    format!("type a number{}", bounds(q))
}

/// The bounds of a number question, worded the same in both modes: " from 0 to 100",
/// " of at least 1", " of at most 9", or nothing.
pub fn bounds(q: &Question) -> String {
    match (q.min, q.max) {
        (Some(a), Some(b)) => format!(" from {} to {}", format_number(a), format_number(b)),
        (Some(a), None) => format!(" of at least {}", format_number(a)),
        (None, Some(b)) => format!(" of at most {}", format_number(b)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Choice;

    /// The parser on text that is not blank.
    fn parse_answer(q: &Question, t: &str) -> Result<Answer, String> {
        super::parse_answer(q, t).map(|a| a.expect("not blank"))
    }

    fn question(kind: QuestionKind, options: &[(&str, &str)]) -> Question {
        Question {
            id: "q".into(),
            section: "s".into(),
            kind,
            prompt: "Q?".into(),
            help: String::new().into(),
            clause: String::new().into(),
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
            placeholder: String::new().into(),
            risk_combine: Default::default(),
            role: None,
            layer: 0,
            help_layer: 0,
        }
    }

    #[test]
    fn single_takes_number_id_or_label() {
        let q = question(QuestionKind::Single, &[("a", "Apple"), ("b", "Banana")]);
        assert_eq!(parse_answer(&q, "2"), Ok(Answer::Choice("b".into())));
        assert_eq!(parse_answer(&q, "A"), Ok(Answer::Choice("a".into())));
        assert_eq!(parse_answer(&q, "banana"), Ok(Answer::Choice("b".into())));
        assert_eq!(
            parse_answer(&q, "3"),
            Err("\"3\" is not one of the options: type a number from 1 to 2".into())
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
            Err("101 is out of range: type a number from 0 to 100".into())
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

    /// Issue 11, point 7: the wizard and plain mode read the same text the same way.
    #[test]
    fn thousands_blank_and_none_read_the_same_everywhere() {
        let n = question(QuestionKind::Number, &[]);
        assert_eq!(parse_answer(&n, "120,000"), Ok(Answer::Number(120_000.0)));
        assert_eq!(parse_answer(&n, "12_000"), Ok(Answer::Number(12_000.0)));
        assert!(
            parse_answer(&n, "1,5").is_err(),
            "a decimal comma is not 15"
        );
        // Spaces group thousands as much of Europe writes them (new-user pass: "60 000" was
        // refused); only in groups of three, and one kind of separator at a time.
        assert_eq!(parse_answer(&n, "60 000"), Ok(Answer::Number(60_000.0)));
        assert_eq!(
            parse_answer(&n, "1\u{202f}250 000"),
            Err(format!(
                "{} is not a number: {}",
                quoted("1\u{202f}250 000"),
                number_example(&n)
            ))
        );
        assert_eq!(
            parse_answer(&n, "1\u{a0}250\u{a0}000"),
            Ok(Answer::Number(1_250_000.0))
        );
        assert!(parse_answer(&n, "1 5").is_err(), "not 15");
        // A dot between thousands, as German and French write them, is asked about for a
        // whole number, not read as 40 (a new-user trial); a decimal is still a decimal.
        let mut whole = question(QuestionKind::Number, &[]);
        whole.integer = true;
        assert_eq!(
            parse_answer(&whole, "40.000"),
            Err(
                "\"40.000\" could be 40,000 with a dot between the thousands, or 40: type 40000 or 40"
                    .to_string()
            )
        );
        assert_eq!(parse_answer(&whole, "40"), Ok(Answer::Number(40.0)));
        assert_eq!(parse_answer(&n, "0.125"), Ok(Answer::Number(0.125)));
        assert!(parse_answer(&n, "1e6").is_err(), "digits only");
        assert!(parse_answer(&n, "60 000,5").is_err());
        assert_eq!(super::parse_answer(&n, "   "), Ok(None));
        let mut m = question(
            QuestionKind::Multi,
            &[("a", "Apple"), ("z", "None of these")],
        );
        m.options[1].exclusive = true;
        assert_eq!(
            parse_answer(&m, "NONE"),
            Ok(Answer::Choices(vec!["z".into()]))
        );
        assert!(matches!(parse_answer(&m, "7"), Err(e) if e.ends_with("or none")));
        let plain = question(QuestionKind::Multi, &[("a", "Apple")]);
        assert!(matches!(parse_answer(&plain, "7"), Err(e) if !e.contains("none")));
    }
}
