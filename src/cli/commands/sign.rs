//! `raia sign`: record a reviewer's sign-off.

use super::*;

/// Appends a sign-off naming the current assessment hash. Approval needs a complete assessment
/// bound to the questionnaire in use, with no confirmed prohibition and no contradiction: the
/// tool should not record an approval the answers do not support.
pub(crate) fn sign(
    q: &Questionnaire,
    file: &Path,
    name: String,
    role: String,
    decision: Option<Decision>,
    comment: String,
    date: Option<String>,
) -> anyhow::Result<()> {
    // The wizard may save the file between our read and our write: then read it again, so
    // neither its answers nor this sign-off is lost, and the hash signed is the one on disk.
    let mut attempts = 0;
    loop {
        match sign_once(q, file, &name, &role, decision, &comment, date.clone()) {
            Err(e) if e.is::<store::ChangedOnDisk>() && attempts < 5 => attempts += 1,
            r => return r,
        }
    }
}

pub(crate) fn sign_once(
    q: &Questionnaire,
    file: &Path,
    name: &str,
    role: &str,
    decision: Option<Decision>,
    comment: &str,
    date: Option<String>,
) -> anyhow::Result<()> {
    let (mut a, read) = assessment::read_assessment_fingerprinted(file, q)?;
    let date = match date {
        Some(d) if crate::answer::valid_date(&d) => d,
        Some(d) => {
            return Err(UsageError(format!("--date {d} is not a date: write YYYY-MM-DD")).into());
        }
        None => session::today(),
    };
    // A sign-off cannot come before the answers it signs, nor before the one it follows (a
    // new-user pass recorded an approval dated 2020 for an assessment created in 2026).
    let created = a.metadata.created.trim();
    if crate::answer::valid_date(created) && date.as_str() < created {
        return Err(UsageError(format!(
            "--date {date} is before the assessment was created ({created}): a sign-off cannot come before the answers it signs; give the day it is signed"
        ))
        .into());
    }
    if let Some(last) = a
        .signoff
        .iter()
        .filter(|s| crate::answer::valid_date(&s.date))
        .max_by(|x, y| x.date.cmp(&y.date))
        && date < last.date
    {
        return Err(UsageError(format!(
            "--date {date} is before the latest sign-off ({}, {}): a sign-off follows the ones before it; give the day it is signed",
            last.name, last.date
        ))
        .into());
    }
    let e = crate::engine::evaluate_on(q, &a, Some(&date));
    // No decision given: an approval only where nothing is left open. A new-user trial ran
    // `raia sign FILE --name ...` on a file missing three required safeguards and recorded an
    // approval, which every report then showed as plain "approved"; the wizard's sign-off
    // starts at "changes requested".
    let decision = match decision {
        Some(d) => d,
        // Where an approval would be refused anyway (a prohibited use, an incomplete file),
        // that refusal says more than asking which decision it is.
        None => match crate::explain::approval_warning(&e) {
            Some(open)
                if crate::signoff::check(q, &a, &e, name, role, Decision::Approved, &date)
                    .is_ok() =>
            {
                return Err(UsageError(format!(
                    "no --decision given, and {open}: say which it is, --decision approved to approve it as it stands, or changes-requested or rejected; `raia score {}` says what is open",
                    crate::plain::shell_quote(file)
                ))
                .into());
            }
            _ => Decision::Approved,
        },
    };
    // Where to read what stands in the way, from a shell (the wizard and plain mode show it on
    // the result itself, where "see raia score" read as a command to run; a new-user review).
    crate::signoff::check(q, &a, &e, name, role, decision, &date).map_err(|r| {
        if r.0.starts_with("cannot approve") {
            UsageError(format!(
                "{}; `raia score {}` says what stands in the way",
                r.0,
                crate::plain::shell_quote(file)
            ))
        } else {
            UsageError(r.0)
        }
    })?;
    // An unbound file is bound to the questionnaire in use as it is signed: the sign-off covers
    // that exact text.
    a.questionnaire.hash = q.content_hash.clone();
    crate::signoff::check_comment(comment, decision).map_err(|r| UsageError(r.0))?;
    let mut entry = crate::signoff::entry(q, &a, name, role, decision, &date);
    entry.comment = comment.trim().to_string();
    let hash = entry.assessment_hash.clone();
    // Edit rather than rewrite, so a hand-edited file keeps its comments and layout and the
    // git diff is the sign-off (and, the first time, the questionnaire hash). The result is
    // checked before it replaces the file.
    let original = crate::textfile::read(file, "assessment")?;
    if !store::Fingerprint::of(original.as_bytes(), None).same_contents(&read) {
        return Err(store::ChangedOnDisk(file.to_path_buf()).into());
    }
    let text = assessment::file::sign(
        &file.display().to_string(),
        &original,
        &entry,
        &q.content_hash,
    )?;
    let checked = assessment::parse_assessment(&file.to_string_lossy(), &text, q)?;
    anyhow::ensure!(
        checked.signoff.last() == Some(&entry) && checked.questionnaire.hash == q.content_hash,
        "{}: the sign-off could not be appended cleanly; the file was not changed",
        term_text::path(file)
    );
    a.signoff.push(entry);
    let other_names = store::other_names(file);
    store::write_atomic_if(file, text.as_bytes(), store::Expect::Same(&read))?;
    outln!(
        "{}: {} by {} for assessment {}; it goes stale if any answer, note, safeguard record, system detail or the questionnaire text changes.",
        term_text::path(file),
        decision.label(),
        term_text::line(name.trim()),
        &hash[..12]
    );
    // A "no" with nothing said of what must change leaves the team to guess (a team workflow
    // review): said, though it is the reviewer's choice.
    if decision != Decision::Approved && comment.trim().is_empty() {
        errln!("{}", crate::explain::no_comment_note("--comment"));
    }
    if other_names > 0 {
        errln!(
            "note: {}.",
            crate::explain::other_names(&term_text::path(file), other_names, true)
        );
    }
    // Policy gaps, and misuse left open, which fails the gate as a policy matter too (a review:
    // approving it said nothing), in the words the wizard's sign-off uses.
    if let Some(open) = crate::explain::approval_warning(&e)
        && matches!(decision, Decision::Approved)
    {
        errln!("note: approved while {open}.");
    }
    if matches!(decision, Decision::Approved) {
        for note in crate::explain::objections_after_approval(q, &a, name) {
            errln!("note: {}.", term_text::line(&note));
        }
        // A back-dated approval can be overdue for review the moment it is written (a team
        // workflow review): said now, not first in CI.
        if let Some(due) = evaluate(q, &a).review.due.filter(|d| *d < session::today()) {
            errln!(
                "note: counted from this sign-off's date ({date}), its review was due by {due}, so the gate fails on it at once; sign with a later date, or set review_by under [metadata]."
            );
        }
    }
    Ok(())
}
