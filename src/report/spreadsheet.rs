//! The CSV report: one row per safeguard, every cell safe to open in a spreadsheet.

use super::*;

/// The CSV columns, in order. `status` is what the file records; `state` is how a reviewer must
/// read it ("to be confirmed" when the answers contradict it, "not applicable, no reason
/// given"); `basis` and `obligation` tell a policy gap from a recommendation. The last two repeat
/// on every row, so a sheet filtered to one safeguard still says whether the assessment was
/// complete and which answers it reflects. `against_misuse` marks a recommended safeguard one of
/// which must be in place against misuse the answers leave open; `shows_requirement` one of
/// which must be in place to show its requirement (the `requirement` column) met. `basis_label`
/// says whose rule it is in words: "required by the policy", or an overlay's own rules by name
/// (a reports review read an organisation's rule as an obligation of the policy).
/// `policy_obligation` is true only for a row this use calls for that the policy's words bind
/// it to ("must"): the one to filter on for non-compliance, where `required` also holds the
/// recommendations this use calls for (a new-user trial filtered `required` and read 21
/// obligations where there were 3). `plan_owner`, `plan_target` and `plan` give a row's line of
/// the remediation plan (empty for a safeguard with none): a compliance review found a plan
/// recorded beside a status to be confirmed in no report, and the CSV held no plan at all.
pub const CSV_HEADER: [&str; 23] = [
    "id",
    "title",
    "requirement",
    "clause",
    "required",
    "status",
    "state",
    "basis",
    "obligation",
    "source",
    "evidence",
    "why_required",
    "credit",
    "conflict",
    "assessment_status",
    "assessment_hash",
    "against_misuse",
    "shows_requirement",
    "basis_label",
    "policy_obligation",
    "plan_owner",
    "plan_target",
    "plan",
];

/// How many columns the headers of CSV reports raia wrote before `against_misuse` (16), before
/// `shows_requirement` (17), before `basis_label` (18), before `policy_obligation` (19) and
/// before the plan's columns (20) had: such reports are still raia's own.
pub const CSV_HEADERS_BEFORE: [usize; 5] = [16, 17, 18, 19, 20];

/// Spreadsheets run a cell that starts with one of these as a formula; such text gets a
/// leading apostrophe so it stays text. The CSV goes to stdout by default, and CSV has no escape
/// of its own, so a control character a terminal would obey (ESC, OSC 8 links, C1 CSI, bidi
/// overrides, a carriage return alone, which can overwrite a line) is written as a visible
/// escape, as `term_text` prints it. Line breaks, Windows line breaks (CR LF) and tabs stay as
/// written, inside the cell's quotes: text pasted from a Windows editor comes through exact.
pub(crate) fn spreadsheet_safe(text: &str) -> String {
    // Most text has nothing to escape: copied whole rather than a character at a time.
    if !super::has_unsafe_beyond_newlines(text.as_bytes()) {
        return formula_safe(text.to_string());
    }
    formula_safe(escaped_by_chars(text))
}

fn formula_safe(shown: String) -> String {
    if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{shown}")
    } else {
        shown
    }
}

/// `text` with every character that breaks out of a cell escaped, looked at one by one.
fn escaped_by_chars(text: &str) -> String {
    let escaped =
        |c: char, next: Option<&char>| c != '\t' && crate::term_text::breaks_out(c, next.copied());
    let mut chars = text.chars().peekable();
    let mut shown = String::with_capacity(text.len());
    while let Some(c) = chars.next() {
        if escaped(c, chars.peek()) {
            shown.push_str(&crate::term_text::line(&c.to_string()));
        } else {
            shown.push(c);
        }
    }
    shown
}

/// One row per safeguard in the questionnaire (required first, then the rest, each in
/// questionnaire order), after a header row.
pub(crate) fn safeguards_csv(report: &Report) -> anyhow::Result<String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(CSV_HEADER)?;
    let plans: std::collections::HashMap<&str, &PlanRow> = report
        .remediation
        .iter()
        .map(|p| (p.safeguard.as_str(), p))
        .collect();
    for s in report
        .safeguards
        .required
        .iter()
        .chain(&report.safeguards.not_required)
    {
        w.write_record([
            s.id.clone(),
            spreadsheet_safe(&s.title),
            s.requirement.clone(),
            spreadsheet_safe(&s.clause),
            s.required.to_string(),
            s.status.name().to_string(),
            s.status_label.clone(),
            s.basis.name().to_string(),
            // Must or should is the policy's word: a recommendation has none.
            s.obligation.map_or("", |o| o.name()).to_string(),
            source_name(s.source).to_string(),
            spreadsheet_safe(&s.evidence),
            spreadsheet_safe(&s.why_required.join("; ")),
            s.credit.to_string(),
            spreadsheet_safe(&s.conflict),
            report.status.label.clone(),
            report.assessment_hash.clone(),
            s.against_misuse.to_string(),
            s.shows_requirement.to_string(),
            spreadsheet_safe(&s.basis_label),
            (s.required
                && s.basis == crate::questionnaire::Basis::Policy
                && s.obligation == Some(crate::questionnaire::Obligation::Must)
                && s.required_by.is_empty())
            .to_string(),
            plans
                .get(s.id.as_str())
                .map_or_else(String::new, |p| spreadsheet_safe(&p.owner)),
            plans
                .get(s.id.as_str())
                .map_or_else(String::new, |p| spreadsheet_safe(&p.target)),
            plans
                .get(s.id.as_str())
                .map_or_else(String::new, |p| spreadsheet_safe(&p.plan)),
        ])?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| anyhow::anyhow!("cannot write CSV: {}", e.error()))?;
    Ok(String::from_utf8(bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest::proptest! {
        /// Text with nothing to escape, copied whole, is what escaping it character by
        /// character gives.
        #[test]
        fn text_copied_whole_is_the_text_escaped_by_characters(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    "[ -~\n]{0,70}",
                    proptest::sample::select(vec!["\r\n", "\r", "\t", "\u{9b}", "\u{85}",
                        "\u{a0}", "\u{202e}", "\u{2069}", "→", "\u{1b}", "=", "-"]).prop_map(str::to_string),
                ],
                0..8,
            ).prop_map(|parts: Vec<String>| parts.concat())
        ) {
            proptest::prop_assert_eq!(spreadsheet_safe(&text), formula_safe(escaped_by_chars(&text)));
        }
    }

    #[test]
    fn windows_line_breaks_stay_and_a_lone_carriage_return_is_shown() {
        assert_eq!(spreadsheet_safe("one\r\ntwo\nthree"), "one\r\ntwo\nthree");
        assert_eq!(spreadsheet_safe("over\rwrite\r"), "over\\rwrite\\r");
        assert_eq!(spreadsheet_safe("\r\nx"), "'\r\nx");
        assert_eq!(spreadsheet_safe("=1+1\u{9b}"), "'=1+1\\x9b");
    }
}
