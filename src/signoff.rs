//! Recording a sign-off: the rules for what may be approved and the entry written, shared by
//! `raia sign` and the wizard's result step, so both sign the same way. The entry names the
//! questionnaire version and content hash it was made against, and the assessment hash it
//! approved; it is written by `assessment::file` like every other change.

use crate::assessment::{Assessment, SignOff};
use crate::engine::{Binding, Evaluation};
use crate::questionnaire::{Questionnaire, Tier};

pub use crate::assessment::Decision;

/// A sign-off the rules do not allow, with what to do instead; nothing was written.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// Checks that `decision` may be recorded for these answers: an approval needs a complete
/// assessment bound to this questionnaire text, with no prohibited use and no contradiction.
pub fn check(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    name: &str,
    role: &str,
    decision: Decision,
) -> Result<(), Refused> {
    check_signer(name, role)?;
    if decision != Decision::Approved {
        return Ok(());
    }
    approval_allowed(q, a, e)
}

/// The part of [`check`] about who signs: a person's own name, and a name and role of one line
/// each. Plain mode asks it before the decision, so a refused name loses nothing typed after it.
pub fn check_signer(name: &str, role: &str) -> Result<(), Refused> {
    if name.trim().is_empty() {
        return Err(Refused("the name of who signs must not be empty".into()));
    }
    // One line of text each: a line break or a control character in a name would print as a
    // second line of the confirmation, or a forged one (hostile review), and sits in the file.
    // Line and paragraph separators break lines in editors too, and characters that show
    // nothing (a zero-width space, a byte-order mark) make two names look the same.
    for (what, text) in [("name", name), ("role", role)] {
        if let Some(c) = text.chars().find(|c| {
            crate::term_text::is_unsafe(*c)
                || matches!(c, '\u{2028}' | '\u{2029}')
                || crate::engine::shows_nothing(*c)
        }) {
            return Err(Refused(format!(
                "the {what} of who signs must be one line of text without control characters; it holds U+{:04X}",
                u32::from(c)
            )));
        }
    }
    if crate::engine::names_no_one(name) {
        return Err(Refused(format!(
            "the name of who signs must be a person's own name, not a placeholder, a stand-in or a team: \"{}\"; give the reviewer's name as they sign documents",
            name.trim()
        )));
    }
    Ok(())
}

/// Whether the rules for signing let anyone approve `a` (evaluated as `e`) as it stands: what
/// `raia sign` and the wizard would say to an approval, whoever signs.
pub fn approval_allowed(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Result<(), Refused> {
    if e.tier == Tier::Prohibited {
        return Err(Refused(
            "the answers confirm a prohibited use, which cannot be approved: record rejected or changes requested".into(),
        ));
    }
    if !e.hidden_prohibits.is_empty() {
        return Err(Refused(
            "cannot approve: an answer kept for a question the other answers now hide records a prohibited use, so it is to be confirmed; take the answer back or correct the answers that hide it, or record changes requested".into(),
        ));
    }
    if !e.hidden_marks.is_empty() {
        return Err(Refused(
            "cannot approve: an answer kept for a question the other answers now hide says the system makes a consequential decision the other answers do not, so it is to be confirmed; take the answer back or correct the answers that hide it, or record changes requested".into(),
        ));
    }
    if !e.complete {
        return Err(Refused(format!(
            "the assessment is incomplete ({}): complete it before approving, or record changes requested",
            crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
        )));
    }
    // After the questions, which say more (a review was told only of two blank details with
    // every question unanswered), and in words both modes and the command line can act on.
    let blank = crate::explain::blank_required_details(a);
    if !blank.is_empty() {
        return Err(Refused(format!(
            "cannot approve: a required detail is blank ({}); fill it in under the system details, or record changes requested",
            blank.join("; ")
        )));
    }
    let binding = Binding::of(q, a);
    if binding == Binding::Changed {
        return Err(Refused(format!(
            "cannot approve: {}",
            crate::explain::binding(q, a, binding).unwrap_or_default()
        )));
    }
    let contradicted = e.conflicts().count() + e.contradictions.len();
    if contradicted > 0 {
        return Err(Refused(format!(
            "cannot approve: {}; resolve them, or record changes requested",
            crate::explain::contradicted(e)
        )));
    }
    Ok(())
}

/// Checks a sign-off's comment: the reviewer's own words, kept as written, but never a
/// character a terminal obeys, short enough to read where the decision is shown, and, beside an
/// approval, not words that withhold it (a hostile review recorded "approved" with the comment
/// "Not approved for launch until the fair-lending retest is done", and the gate passed).
pub fn check_comment(comment: &str, decision: Decision) -> Result<(), Refused> {
    if decision == Decision::Approved
        && let Some(words) = withholds_approval(comment)
    {
        return Err(Refused(format!(
            "the comment says the answers are not approved (\"{words}\"): record the decision it gives, changes requested or rejected, with this comment"
        )));
    }
    if let Some(c) = comment.chars().find(|c| {
        !matches!(c, '\n' | '\t')
            && (crate::term_text::is_unsafe(*c) || crate::engine::shows_nothing(*c))
    }) {
        return Err(Refused(format!(
            "the comment of a sign-off must be text without control characters; it holds U+{:04X}",
            u32::from(c)
        )));
    }
    if comment.chars().count() > 2000 {
        return Err(Refused(
            "the comment of a sign-off is kept to 2,000 characters: say what must change, and point to a longer document if there is one".into(),
        ));
    }
    Ok(())
}

/// The words of a comment that withhold an approval ("not approved for launch", "do not
/// deploy", "approval withheld"), or `None`.
fn withholds_approval(comment: &str) -> Option<&'static str> {
    const WITHHELD: &[&str] = &[
        "not approved",
        "not yet approved",
        "not approve",
        "cannot approve",
        "can t approve",
        "cannot be approved",
        "approval withheld",
        "approval is withheld",
        "withhold approval",
        "do not launch",
        "not for launch",
        "must not launch",
        "must not go live",
        "not to go live",
        "not for production",
        "must not be deployed",
        "not to be deployed",
        "do not deploy",
        "rejected",
        "i reject",
        "we reject",
    ];
    let spaced = crate::engine::spaced_words(comment);
    WITHHELD
        .iter()
        .find(|w| spaced.contains(&format!(" {w} ")))
        .copied()
}

/// The entry for `a` as it stands against `q`. `a` must already be bound to `q`'s text (its
/// `[questionnaire] hash`), as it is written with the entry.
pub fn entry(
    q: &Questionnaire,
    a: &Assessment,
    name: &str,
    role: &str,
    decision: Decision,
    date: &str,
) -> SignOff {
    SignOff {
        name: name.trim().to_string(),
        role: role.trim().to_string(),
        date: date.to_string(),
        decision: Some(decision),
        comment: String::new(),
        assessment_hash: a.answers_hash(q),
        questionnaire_version: q.version.to_string(),
        questionnaire_hash: q.content_hash.clone(),
    }
}
