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
        self.each_picked().collect()
    }

    /// [`Answer::picked`] without building the list (the evaluation reads every answer).
    pub fn each_picked(&self) -> impl Iterator<Item = &str> {
        let (one, many): (Option<&str>, &[String]) = match self {
            Answer::Bool(true) => (Some("yes"), &[]),
            Answer::Bool(false) => (Some("no"), &[]),
            Answer::Choice(c) => (Some(c.as_str()), &[]),
            Answer::Choices(cs) => (None, cs.as_slice()),
            _ => (None, &[]),
        };
        one.into_iter().chain(many.iter().map(String::as_str))
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

/// `text` with Windows line breaks (CR LF, and any carriage returns right before a line feed)
/// as plain ones: the same text, whichever way a file was checked out. Borrowed when there is
/// none. Taking every such carriage return at once makes reading it twice the same as once:
/// "\r\r\n" lost one carriage return per save (a property test).
pub fn lf(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("\r\n") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split('\n').peekable();
    while let Some(part) = parts.next() {
        // Only carriage returns that a line feed follows are part of a line break.
        if parts.peek().is_some() {
            out.push_str(part.trim_end_matches('\r'));
            out.push('\n');
        } else {
            out.push_str(part);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// 2^53: every whole number up to it is exact as a 64-bit float, which is how raia keeps
/// numbers, and not every one above it is (2^53 + 1 would be saved as 2^53, as a float).
pub const MAX_EXACT_INTEGER: u64 = 1 << 53;

/// The second way out a file offers for a number [`inexact_integer`] refuses, where an exponent
/// is read: typed into the wizard or plain mode only digits are, so there it is not offered (a
/// hostile check typed the exponent it suggested and was refused).
pub const EXPONENT_HINT: &str = ", or an exponent such as 9.1e15 for an approximation";

/// Why a whole number cannot be kept exactly, for one of size `magnitude`; `None` when it can.
pub fn inexact_integer(magnitude: u64) -> Option<String> {
    (magnitude > MAX_EXACT_INTEGER).then(|| {
        format!(
            "is beyond 2^53 ({MAX_EXACT_INTEGER}) in size, the largest whole number raia keeps exactly (numbers are 64-bit floating point): use a smaller one"
        )
    })
}

/// [`inexact_integer`] for a number written out in digits (an optional sign, digits, and an
/// optional fraction: `9007199254740993` or `9007199254740993.0`): the reason it cannot be kept
/// exactly, or `None`. A whole number beyond 2^53 is refused; one written with a fraction only
/// where the float it reads as is not the number written (`100000000000000000000.0` is 1e20
/// exactly, as an older raia wrote it; `9007199254740993.0` reads as ...992). Text that is not
/// such a number, an exponent form included (`9.1e15`, which says it is an approximation), gives
/// `None`.
pub fn inexact_digits(text: &str) -> Option<String> {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !fraction.is_none_or(all_digits) {
        return None;
    }
    // Too long for a u64 is too large too.
    let magnitude = whole.parse::<u64>().unwrap_or(u64::MAX);
    let Some(fraction) = fraction else {
        return inexact_integer(magnitude);
    };
    let value: f64 = unsigned.parse().ok()?;
    if value < MAX_EXACT_INTEGER as f64 {
        return None;
    }
    // From 2^53 on every float is whole, and `{:.0}` writes its exact digits.
    let exact = format!("{value:.0}") == whole.trim_start_matches('0')
        && fraction.bytes().all(|b| b == b'0');
    if exact {
        return None;
    }
    inexact_integer(magnitude.max(MAX_EXACT_INTEGER + 1))
}

/// Checks an ISO calendar date (YYYY-MM-DD) including month lengths and leap years.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
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

/// Why `s` is not a date, for a message: a day the month does not have ("2027-02-30": February
/// 2027 has 28 days; a new-user trial was told to type YYYY-MM-DD, which it had), else how to
/// type one, with `example`.
pub fn not_a_date(s: &str, example: &str) -> String {
    let shape = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let part = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    if shape && let (Some(y), Some(m)) = (part(0..4), part(5..7)) {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let Some(name) = m.checked_sub(1).and_then(|i| MONTHS.get(i as usize)) else {
            return format!("\"{s}\" is not a date: a month runs from 01 to 12");
        };
        let days = (28..=31)
            .rev()
            .find(|d| valid_date(&format!("{y:04}-{m:02}-{d:02}")))
            .unwrap_or(28);
        return format!("\"{s}\" is not a date: {name} {y} has {days} days");
    }
    format!("\"{s}\" is not a date: type it as YYYY-MM-DD, e.g. {example}")
}

/// Why `s`, written as YYYY-MM-DD, is not a day of the calendar ("February 2025 has 28
/// days"); `None` when it is one or is not written in that shape.
pub fn calendar_slip(s: &str) -> Option<String> {
    if valid_date(s) {
        return None;
    }
    let said = not_a_date(s, "");
    let reason = said.split_once(" is not a date: ")?.1;
    (!reason.starts_with("type it as")).then(|| reason.to_string())
}

/// `date` (YYYY-MM-DD) plus whole months, the day kept where the month has it and otherwise
/// the month's last day (2026-08-31 + 6 months = 2027-02-28). None for a date that is not one.
pub fn add_months(date: &str, months: u32) -> Option<String> {
    if !valid_date(date) {
        return None;
    }
    let y: u32 = date.get(0..4)?.parse().ok()?;
    let m: u32 = date.get(5..7)?.parse().ok()?;
    let d: u32 = date.get(8..10)?.parse().ok()?;
    let total = (m - 1) + months;
    let (y, m) = (y + total / 12, total % 12 + 1);
    let day = (1..=d)
        .rev()
        .map(|day| format!("{y:04}-{m:02}-{day:02}"))
        .find(|s| valid_date(s))?;
    Some(day)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm; the
/// inverse of [`civil_from_days`]).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `date` (YYYY-MM-DD) plus whole days. None for a date that is not one.
pub fn add_days(date: &str, days: u32) -> Option<String> {
    if !valid_date(date) {
        return None;
    }
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10)?.parse().ok()?;
    let day = civil_from_days(days_from_civil(y, m, d) + i64::from(days));
    // Four digits of year, as every date read has.
    (day.len() == 10).then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A day the month lacks is said as such (a new-user trial typed 2027-02-30 and was told to
    /// type YYYY-MM-DD); anything else is told the form.
    #[test]
    fn a_date_that_is_not_one_is_told_why() {
        assert_eq!(
            not_a_date("2027-02-30", "2027-01-31"),
            "\"2027-02-30\" is not a date: February 2027 has 28 days"
        );
        assert_eq!(
            not_a_date("2028-02-30", "x"),
            "\"2028-02-30\" is not a date: February 2028 has 29 days"
        );
        assert_eq!(
            not_a_date("2026-04-31", "x"),
            "\"2026-04-31\" is not a date: April 2026 has 30 days"
        );
        assert_eq!(
            not_a_date("2026-13-01", "x"),
            "\"2026-13-01\" is not a date: a month runs from 01 to 12"
        );
        assert_eq!(
            not_a_date("31/01/2027", "2027-01-31"),
            "\"31/01/2027\" is not a date: type it as YYYY-MM-DD, e.g. 2027-01-31"
        );
    }

    #[test]
    fn whole_days_are_added_across_months_years_and_leap_days() {
        for (from, days, to) in [
            ("2024-11-18", 0, "2024-11-18"),
            ("2024-11-18", 90, "2025-02-16"),
            ("2024-11-18", 180, "2025-05-17"),
            ("2024-02-28", 1, "2024-02-29"),
            ("2023-02-28", 1, "2023-03-01"),
            ("2024-12-31", 1, "2025-01-01"),
            ("2000-02-28", 366, "2001-02-28"),
            ("2100-02-28", 1, "2100-03-01"),
            ("0001-01-01", 365, "0002-01-01"),
        ] {
            assert_eq!(add_days(from, days).as_deref(), Some(to), "{from} + {days}");
        }
        assert_eq!(add_days("2024-02-30", 1), None);
        assert_eq!(add_days("9999-12-31", 1), None);
        // Days and months agree where a month's days are counted.
        assert_eq!(add_days("2026-01-15", 31), add_months("2026-01-15", 1));
    }

    #[test]
    fn line_breaks_read_as_line_feeds_once_and_for_all() {
        for (text, read) in [
            ("a\r\nb", "a\nb"),
            ("\r\n", "\n"),
            ("a\r\r\nb\r\n", "a\nb\n"),
            ("\na\r", "\na\r"),
            ("a\rb\r\n\r", "a\rb\n\r"),
            ("plain", "plain"),
        ] {
            assert_eq!(lf(text), read, "{text:?}");
            assert_eq!(lf(&lf(text)), lf(text), "{text:?}");
        }
    }

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
    fn months_are_added_to_dates_keeping_the_day_where_it_exists() {
        assert_eq!(add_months("2026-01-15", 6).as_deref(), Some("2026-07-15"));
        assert_eq!(add_months("2026-08-31", 6).as_deref(), Some("2027-02-28"));
        assert_eq!(add_months("2027-08-31", 6).as_deref(), Some("2028-02-29"));
        assert_eq!(add_months("2026-12-01", 24).as_deref(), Some("2028-12-01"));
        assert_eq!(add_months("2026-13-01", 1), None);
    }

    #[test]
    fn whole_numbers_above_two_to_the_53_are_not_exact() {
        assert_eq!(inexact_digits("9007199254740992"), None);
        assert_eq!(inexact_digits("-9007199254740992"), None);
        assert!(inexact_digits("9007199254740993").is_some());
        assert!(inexact_digits("-9007199254740993").is_some());
        assert!(inexact_digits("123456789012345678901234567890").is_some());
        assert_eq!(inexact_digits("1e20"), None);
        assert_eq!(inexact_digits("12.5"), None);
        assert_eq!(inexact_digits(""), None);
        // Written with a fraction, it rounds the same (hostile review: 9007199254740993.0 was
        // kept as ...992).
        assert!(inexact_digits("9007199254740993.0").is_some());
        assert!(inexact_digits("-9007199254740993.000").is_some());
        assert!(inexact_digits("9007199254740992.5").is_some());
        assert_eq!(inexact_digits("9007199254740992.0"), None);
        assert_eq!(inexact_digits("100000000000000000000.0"), None);
        assert_eq!(inexact_digits("-9007199254740994.0"), None);
        assert!(inexact_digits("100000000000000000001.0").is_some());
        assert_eq!(inexact_digits("9.007199254740993e15"), None);
        assert_eq!(inexact_digits("."), None);
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
