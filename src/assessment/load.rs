//! Reading an assessment file and checking it against the questionnaire.

use super::*;
use crate::diag::{Diagnostic, Diagnostics, SourceMap};
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAssessment {
    schema_version: Spanned<i64>,
    #[serde(default = "default_metadata")]
    metadata: Spanned<Metadata>,
    questionnaire: Spanned<QuestionnaireRef>,
    #[serde(default)]
    answers: BTreeMap<String, Spanned<toml::Value>>,
    #[serde(default)]
    notes: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    safeguards: BTreeMap<String, Spanned<RawSafeguard>>,
    #[serde(default)]
    signoff: Vec<SignOff>,
    #[serde(default)]
    wizard: WizardState,
}

/// A `[safeguards.ID]` table: the status and evidence, and the evidence's dates.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafeguard {
    /// Read as text and checked below, so an unknown status is one error among the others
    /// rather than the only one (a new-user trial fixed "done" and then met four more).
    status: Spanned<String>,
    #[serde(default)]
    evidence: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    expires: String,
    #[serde(default)]
    owner: String,
    #[serde(default)]
    target: String,
}

fn default_metadata() -> Spanned<Metadata> {
    Spanned::new(0..0, Metadata::default())
}

/// Reads and checks the assessment at `path`.
pub fn read_assessment(path: &Path, q: &Questionnaire) -> anyhow::Result<Assessment> {
    read_assessment_fingerprinted(path, q).map(|(a, _)| a)
}

/// Reads and checks the assessment at `path`, with the fingerprint of the bytes read, so a
/// later save can tell whether the file changed meanwhile.
pub fn read_assessment_fingerprinted(
    path: &Path,
    q: &Questionnaire,
) -> anyhow::Result<(Assessment, store::Fingerprint)> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let text = crate::textfile::read(path, "assessment")?;
    let fingerprint = store::Fingerprint::of(text.as_bytes(), modified);
    Ok((assessment_from_text(path, &text, q)?, fingerprint))
}

/// Checks `text`, read from the assessment at `path`, as [`read_assessment`] does: for a
/// command that has read the file already (to learn which release of the rules it is bound to).
pub fn assessment_from_text(
    path: &Path,
    text: &str,
    q: &Questionnaire,
) -> anyhow::Result<Assessment> {
    parse_assessment(&path.display().to_string(), text, q)
        .map_err(|d| report_instead(path, text).unwrap_or_else(|| d.into()))
}

/// A report written by raia is not an assessment: reading one (`text`, which did not read as
/// an assessment) says what it is and which file to open instead, rather than a TOML error.
/// Asked only then, so a report with text added after it counts too.
pub(crate) fn report_instead(path: &Path, text: &str) -> Option<anyhow::Error> {
    if !crate::report::is_raia_report_edited_or_not(text.as_bytes()) {
        return None;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = [
        "report.md",
        "report.toml",
        "report.json",
        "report.csv",
        "info-request.md",
    ]
    .iter()
    .find_map(|ext| name.strip_suffix(&format!(".{ext}")));
    // Only a file that is there is named: a draft's reports are written beside them, while
    // the draft itself lives in raia's data directory.
    let beside = stem.map(|s| path.with_file_name(format!("{s}.toml")));
    let draft = stem.and_then(|s| {
        crate::paths::drafts_dir()
            .map(|d| d.join(format!("{s}.toml")))
            .filter(|d| d.is_file())
            .map(|_| s)
    });
    let hint = match (beside.filter(|b| b.is_file()), draft) {
        (Some(b), _) => format!(
            "open the assessment it was written from, {}",
            crate::term_text::path(&b)
        ),
        (None, Some(s)) => format!(
            "it was written from the draft {}: resume that (raia resume {})",
            crate::term_text::line(s),
            crate::term_text::line(s)
        ),
        (None, None) => "open the assessment file (.toml) it was written from".to_string(),
    };
    Some(anyhow::anyhow!(
        "{} is a report raia wrote, not an assessment: reports are made from an assessment and cannot be edited back; {hint}",
        path.display()
    ))
}

/// Parses assessment text (named `file` in messages) and checks every answer.
pub fn parse_assessment(
    file: &str,
    text: &str,
    q: &Questionnaire,
) -> Result<Assessment, Diagnostics> {
    let map = SourceMap::new(file, text);
    // An empty file is most often an assessment a failed save or merge emptied: "missing field
    // schema_version" said nothing of that (a team review).
    if text.trim().is_empty() {
        return Err(Diagnostics(vec![map.at(
            None,
            "the file is empty",
            "restore the assessment from version control (git log -p -- FILE), start one with `raia init FILE`, or delete the file",
        )]));
    }
    let raw: RawAssessment =
        toml::from_str(text).map_err(|e| Diagnostics(vec![map.from_toml(&e)]))?;
    let mut errors: Vec<Diagnostic> = Vec::new();
    let span = |r: std::ops::Range<usize>| {
        if r.start == 0 && r.end == 0 {
            None
        } else {
            Some(r)
        }
    };

    if *raw.schema_version.get_ref() != i64::from(SCHEMA_VERSION) {
        errors.push(map.at(
            span(raw.schema_version.span()),
            format!("schema_version {} is not supported (this raia reads {SCHEMA_VERSION})", raw.schema_version.get_ref()),
            "use a raia release that matches the file, or set schema_version = 1 if the file was written by hand",
        ));
    }
    let qref = raw.questionnaire.get_ref();
    if qref.id != q.id {
        errors.push(map.at(
            span(raw.questionnaire.span()),
            format!("this assessment was made for questionnaire `{}`, but the questionnaire in use is `{}`", qref.id, q.id),
            "pass --questionnaire PATH with the questionnaire the assessment was made for",
        ));
        // Answers cannot be checked against a different questionnaire.
        return Err(Diagnostics(errors));
    }
    if qref.version != q.version {
        errors.push(map.at(
            span(raw.questionnaire.span()),
            format!("this assessment was made for version {} of `{}`, but the questionnaire in use is version {}", qref.version, q.id, q.version),
            if crate::questionnaire::builtin_version(&qref.version).is_some() && qref.id == q.id {
                format!("run `raia migrate FILE` to carry it over to version {}; version {} is still built in, and `raia score`, `validate`, `report` and `status` read the file against it meanwhile", q.version, qref.version)
            } else {
                format!("pass --questionnaire PATH with version {}, or review every answer against version {} and then set version = \"{}\"", qref.version, q.version, q.version)
            },
        ));
    }
    let meta = raw.metadata.get_ref();
    for key in ["created", "updated", "review_by"] {
        let v = meta.get(key).unwrap_or_default();
        if !v.is_empty() && !crate::answer::valid_date(v) {
            // On the key's own line, found with toml_edit only when there is an error to place.
            let at = super::locate::Locator::new(text)
                .key_span(&["metadata", key])
                .or_else(|| span(raw.metadata.span()));
            errors.push(date_error(&map, at, &format!("metadata.{key}"), v));
        }
    }

    let mut answers = BTreeMap::new();
    for (id, value) in &raw.answers {
        let at = span(value.span());
        let Some(question) = q.question(id) else {
            errors.push(map.at(
                at,
                format!("answer to unknown question `{id}`"),
                unknown_help(q, id),
            ));
            continue;
        };
        // The number as written: a float's value alone cannot say whether it was rounded.
        let written = text.get(value.span()).unwrap_or_default();
        match value_to_answer(question, value.get_ref(), written)
            .and_then(|a| check_answer(question, &a).map(|()| a))
        {
            Ok(a) => {
                answers.insert(id.clone(), a);
            }
            Err(msg) => errors.push(map.at(at, msg, answer_help(question, value.get_ref()))),
        }
    }
    let mut notes = BTreeMap::new();
    for (id, note) in &raw.notes {
        if q.question(id).is_none() {
            errors.push(map.at(
                span(note.span()),
                format!("note on unknown question `{id}`"),
                unknown_help(q, id),
            ));
        } else {
            notes.insert(id.clone(), note.get_ref().clone());
        }
    }
    let mut safeguards = BTreeMap::new();
    let mut evidence_dates = BTreeMap::new();
    let mut plans = BTreeMap::new();
    let known: Vec<&str> = q.safeguards.iter().map(|s| s.id.as_str()).collect();
    for (id, entry) in &raw.safeguards {
        if q.safeguard(id).is_none() {
            let help = match closest(id, known.iter().copied()) {
                Some(c) => format!("did you mean `{c}`? `raia questions` lists the safeguards"),
                None => format!(
                    "use a safeguard id from the questionnaire: {}",
                    known.join(", ")
                ),
            };
            errors.push(map.at(
                span(entry.span()),
                format!("status for unknown safeguard `{id}`"),
                help,
            ));
        } else {
            let raw = entry.get_ref();
            let written = raw.status.get_ref();
            match SafeguardStatus::ALL.iter().find(|s| s.name() == written) {
                Some(status) => {
                    safeguards.insert(
                        id.clone(),
                        SafeguardEntry {
                            status: *status,
                            evidence: raw.evidence.clone(),
                        },
                    );
                }
                None => {
                    let message = format!(
                        "unknown variant `{written}`, expected one of {}",
                        SafeguardStatus::ALL
                            .iter()
                            .map(|s| format!("`{}`", s.name()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                    let help = crate::diag::toml_help(&message);
                    errors.push(map.at(span(raw.status.span()), message, help));
                }
            }
            for (key, value) in [
                ("date", &raw.date),
                ("expires", &raw.expires),
                ("target", &raw.target),
            ] {
                if !value.is_empty() && !crate::answer::valid_date(value) {
                    let at = super::locate::Locator::new(text)
                        .key_span(&["safeguards", id, key])
                        .or_else(|| span(entry.span()));
                    errors.push(date_error(
                        &map,
                        at,
                        &format!("safeguards.{id}.{key}"),
                        value,
                    ));
                }
            }
            if !raw.date.is_empty() || !raw.expires.is_empty() {
                evidence_dates.insert(
                    id.clone(),
                    EvidenceDates {
                        date: raw.date.clone(),
                        expires: raw.expires.clone(),
                    },
                );
            }
            if !raw.owner.trim().is_empty() || !raw.target.is_empty() {
                plans.insert(
                    id.clone(),
                    SafeguardPlan {
                        owner: raw.owner.trim().to_string(),
                        target: raw.target.clone(),
                    },
                );
            }
        }
    }
    // A sign-off is a reviewer's dated decision: without either, it could stand for an approval
    // nobody gave (a hostile review appended one dated "2099-12-25T00:00:00", and one with no
    // decision, and each overrode a current rejection).
    for (i, s) in raw.signoff.iter().enumerate() {
        let locator = super::locate::Locator::new(text);
        if !crate::answer::valid_date(s.date.trim()) {
            errors.push(map.at(
                locator.signoff_key_span(i, "date"),
                format!(
                    "sign-off {} of {}: date = \"{}\" is not a date",
                    i + 1,
                    raw.signoff.len(),
                    s.date
                ),
                "write the day it was made as \"YYYY-MM-DD\"",
            ));
        }
        if s.decision.is_none() {
            errors.push(map.at(
                locator.signoff_key_span(i, "decision"),
                format!("sign-off {} of {} records no decision", i + 1, raw.signoff.len()),
                "add decision = \"approved\", \"changes-requested\" or \"rejected\", as the reviewer decided (raia sign writes it)",
            ));
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|d| (d.line, d.column));
        return Err(Diagnostics(errors));
    }
    let mut a = Assessment {
        metadata: raw.metadata.into_inner(),
        questionnaire: raw.questionnaire.into_inner(),
        answers,
        notes,
        safeguards,
        evidence_dates,
        plans,
        signoff: raw.signoff,
        wizard: raw.wizard,
    };
    // Only a file whose own lines end the Windows way (a checkout with git's autocrlf) has its
    // line breaks inside values read as line feeds; elsewhere a carriage return is one the file
    // spells out, and reports carry it exactly (a reports review saw JSON drop an escaped \r).
    if crate::report::breaks_lines_with_crlf(text.as_bytes()) {
        a.read_line_breaks_as_lf();
    }
    Ok(a)
}

/// What to write for an answer the question does not take: a number written as text with
/// digit separators is given back as it should be written (a new-user trial's `scale =
/// "140,000"` was told only to "write a whole number").
/// `key = "value"` is not a date: a day the calendar lacks is named ("February 2025 has 28
/// days": a new-user trial was told to write YYYY-MM-DD, as it had), other text is shown the
/// shape.
fn date_error(
    map: &crate::diag::SourceMap,
    at: Option<std::ops::Range<usize>>,
    key: &str,
    value: &str,
) -> crate::diag::Diagnostic {
    match crate::answer::calendar_slip(value) {
        Some(slip) => map.at(
            at,
            format!("{key} = \"{value}\" is not a date: {slip}"),
            "write a day the month has, as \"YYYY-MM-DD\"",
        ),
        None => map.at(
            at,
            format!("{key} = \"{value}\" is not a date"),
            "write dates as \"YYYY-MM-DD\"",
        ),
    }
}

fn answer_help(q: &Question, v: &toml::Value) -> String {
    if q.kind == QuestionKind::Number
        && let toml::Value::String(s) = v
    {
        let digits: String = s
            .trim()
            .chars()
            .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\''))
            .collect();
        if !digits.is_empty() && digits.len() < 16 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return format!("write {digits}, without quotes or separators");
        }
    }
    format!("write {}", expected_value(q))
}

fn unknown_help(q: &Questionnaire, id: &str) -> String {
    // Suggest the closest question id when the name looks like a typo of one.
    match closest(id, q.questions.iter().map(|x| x.id.as_str())) {
        Some(c) => format!("did you mean `{c}`? `raia questions` lists every question id"),
        None => "remove it, or check the id with `raia questions`".to_string(),
    }
}

fn value_to_answer(q: &Question, v: &toml::Value, written: &str) -> Result<Answer, String> {
    let wrong = |got: &str| {
        format!(
            "`{}` expects {}, but the file has {got}",
            q.id,
            expected_value(q)
        )
    };
    Ok(match (q.kind, v) {
        (QuestionKind::YesNo, toml::Value::Boolean(b)) => Answer::Bool(*b),
        (QuestionKind::YesNo, toml::Value::String(s)) if s == "yes" || s == "no" => {
            Answer::Bool(s == "yes")
        }
        (QuestionKind::Single, toml::Value::String(s)) => Answer::Choice(s.clone()),
        (QuestionKind::Multi, toml::Value::Array(items)) => {
            let mut out = Vec::new();
            for i in items {
                match i {
                    toml::Value::String(s) => out.push(s.clone()),
                    other => return Err(wrong(&format!("a list containing {}", other.type_str()))),
                }
            }
            Answer::Choices(out)
        }
        (QuestionKind::Text | QuestionKind::LongText, toml::Value::String(s)) => {
            Answer::Text(s.clone())
        }
        (QuestionKind::Number, toml::Value::Integer(i)) => {
            if let Some(why) = crate::answer::inexact_integer(i.unsigned_abs()) {
                return Err(format!(
                    "`{}` is {i}, which {why}{}",
                    q.id,
                    crate::answer::EXPONENT_HINT
                ));
            }
            // At most 2^53 in size, so the conversion is exact.
            Answer::Number(*i as f64)
        }
        (QuestionKind::Number, toml::Value::Float(f)) => {
            if let Some(why) = crate::answer::inexact_digits(&written.replace('_', "")) {
                return Err(format!(
                    "`{}` is {}, which {why}{}",
                    q.id,
                    written.trim(),
                    crate::answer::EXPONENT_HINT
                ));
            }
            Answer::Number(*f)
        }
        (QuestionKind::Date, toml::Value::String(s)) => Answer::Date(s.clone()),
        (QuestionKind::Date, toml::Value::Datetime(d)) => Answer::Date(d.to_string()),
        (_, toml::Value::String(s)) => return Err(wrong(&format!("the string \"{s}\""))),
        (_, other) => {
            // "an array", "an integer" (a review saw "a array").
            let kind = other.type_str();
            let a = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            return Err(wrong(&format!("{a} {kind}")));
        }
    })
}
