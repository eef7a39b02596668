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

/// Checks that `decision` may be recorded for these answers on `date` (YYYY-MM-DD): an approval
/// needs a complete assessment bound to this questionnaire text, with no prohibited use and no
/// contradiction, and evidence that stands on that day.
pub fn check(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    name: &str,
    role: &str,
    decision: Decision,
    date: &str,
) -> Result<(), Refused> {
    check_signer(name, role)?;
    if decision != Decision::Approved {
        return Ok(());
    }
    approval_allowed(q, a, e)?;
    approval_allowed_on(q, a, e, date)
}

/// Whether the evidence an approval rests on stands on `date`, the day it is signed: none
/// expired, none dated after it, no safeguard in place only from a later day. A hostile review
/// approved, on 2026-10-01, evidence "approved by the Model Risk Committee on 2026-11-30", and
/// the approval stood once the day had passed.
pub fn approval_allowed_on(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    date: &str,
) -> Result<(), Refused> {
    use crate::engine::GateFailure;
    if !crate::answer::valid_date(date.trim()) {
        return Ok(());
    }
    let dated: Vec<GateFailure> = e
        .gate_on(Binding::of(q, a), false, Some(date.trim()))
        .into_iter()
        .map(|f| f.failure)
        .filter(|f| {
            matches!(
                f,
                GateFailure::EvidenceExpired { .. }
                    | GateFailure::EvidenceDatedLater { .. }
                    | GateFailure::PlannedLater { .. }
            )
        })
        .collect();
    if dated.is_empty() {
        return Ok(());
    }
    Err(Refused(format!(
        "cannot approve on {}: {}; an approval stands on the evidence of its day: renew or correct it, or record changes requested",
        date.trim(),
        crate::explain::gate_failures(&dated, q).join("; ")
    )))
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
    if crate::engine::signer_names_no_one(name) {
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

/// The words of a comment that withhold an approval, or `None`: a comment that opens with them
/// ("Not approved for launch until ...", "Changes requested: ...", "On hold until ...",
/// "Denied."), or that says anywhere, outside quotes, not to put the system to use ("Do not
/// deploy before Q3", "This is not an approval"). Not words about the people the system
/// decides on ("Applicants who are not approved get reasons") or about an earlier draft
/// ("Approved. The earlier draft was rejected in October."): a hostile review of honest
/// comments.
pub(crate) fn withholds_approval(comment: &str) -> Option<&'static str> {
    const OPENS: &[&str] = &[
        "not approved",
        "not yet approved",
        "not approving",
        "approval withheld",
        "approval is withheld",
        "approval on hold",
        "approval deferred",
        "approval pending",
        "approval refused",
        "approval denied",
        "sign off pending",
        "sign off withheld",
        "on hold",
        "deferred",
        "pending",
        "changes requested",
        "changes required",
        "change requested",
        "rejected",
        "refused",
        "denied",
        "declined",
        "withheld",
        "cannot approve",
        "can t approve",
        "cannot be approved",
        "i cannot approve",
        "i do not approve",
        "i don t approve",
        "we do not approve",
        "we don t approve",
        "i reject",
        "we reject",
        "do not approve",
        "don t approve",
        "no approval",
        "no go",
        "not for launch",
        "not for production",
        "not ready",
        "not ok",
        "unapproved",
        "disapproved",
        "blocked",
        "blocking",
        "hold",
        "awaiting",
        "withhold approval",
        "approval is withdrawn",
        "approval withdrawn",
        "approved with changes requested",
        "approved in principle",
        "conditional approval",
        "conditionally approved",
        "approved conditionally",
        "approved subject to",
        "approved on condition",
        "approved on the condition",
        "approved provided",
        "approved pending",
        "approved once",
        "approved only after",
        "approved only once",
        "approve only after",
        "stop",
    ];
    const ANYWHERE: &[&str] = &[
        "do not deploy",
        "don t deploy",
        "do not launch",
        "don t launch",
        "do not ship",
        "don t ship",
        "do not release",
        "don t release",
        "do not go live",
        "must not go live",
        "must not launch",
        "must not be deployed",
        "not to be deployed",
        "not to go live",
        "not for launch",
        "not approved for launch",
        "not approved for production",
        "not approved for go live",
        "not an approval",
        "approval is withheld",
        "approval withheld",
        "i withhold approval",
        "we withhold approval",
    ];
    // Outside quotes: "the 'do not deploy' flag is cleared" names a flag.
    let mut plain = String::with_capacity(comment.len());
    let mut quoted = false;
    let mut prev_alnum = false;
    for c in comment.chars() {
        // An apostrophe within a word ("don't") is no quote; one closes a quote it opened.
        let quote = match c {
            '"' | '\u{201c}' | '\u{201d}' => true,
            '\'' | '\u{2018}' | '\u{2019}' => quoted || !prev_alnum,
            _ => false,
        };
        if quote {
            quoted = !quoted;
            plain.push(' ');
        } else if !quoted {
            plain.push(c);
        }
        prev_alnum = c.is_alphanumeric();
    }
    let spaced = crate::engine::spaced_words(&plain);
    // The opening: its first words, after a lead such as "Decision:" or "Note:".
    let opening = spaced
        .strip_prefix(" decision ")
        .or_else(|| spaced.strip_prefix(" note "))
        .or_else(|| spaced.strip_prefix(" status "))
        .map_or(spaced.clone(), |r| format!(" {r}"));
    if let Some(w) = OPENS
        .iter()
        .find(|w| opening.starts_with(&format!(" {w} ")))
    {
        return Some(w);
    }
    // Anywhere, where nothing else is named after it: "do not deploy." and "do not deploy
    // until MRM signs off" withhold it; "do not deploy the challenger model v6 without a new
    // assessment" speaks of another thing.
    plain
        .split(['.', ';', ':', '!', '?', '\n', '(', ')', ','])
        .map(crate::engine::spaced_words)
        .find_map(|sentence| {
            ANYWHERE.iter().copied().find(|w| {
                sentence.match_indices(&format!(" {w} ")).any(|(at, m)| {
                    let next = sentence
                        .get(at + m.len()..)
                        .and_then(|r| r.split_whitespace().next());
                    next.is_none_or(|n| {
                        matches!(
                            n,
                            "until"
                                | "till"
                                | "before"
                                | "yet"
                                | "unless"
                                | "pending"
                                | "this"
                                | "it"
                                | "now"
                                | "while"
                                | "without"
                        )
                    })
                })
            })
        })
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

#[cfg(test)]
mod tests {
    use super::withholds_approval;

    /// A review of sign-off comments: those that withhold the approval they sit beside, and
    /// honest approvals that speak of applicants, earlier drafts or other things.
    #[test]
    fn an_approval_comment_that_withholds_it_is_found_and_an_honest_one_is_not() {
        for hostile in [
            "Not approved for launch until the fair-lending retest is done.",
            "Do not deploy.",
            "do not deploy until MRM signs off",
            "Approval withheld pending the bias retest.",
            "Cannot approve: the risk assessment is for v3.",
            "I do not approve this.",
            "Rejected.",
            "Changes requested: re-run the bias test.",
            "Approval on hold until the DPIA is signed.",
            "Not yet approved.",
            "Please do not release this to customers.",
            "Do NOT ship.",
            "Hold — pending legal review.",
            "Approval deferred to the January committee.",
            "Not approved.",
            "No go.",
            "Denied.",
            "Not OK to launch.",
            "Must not go live before the fair-lending test.",
            "Approval is withdrawn.",
            "This is not an approval.",
            "Approved with changes requested: re-run bias test before go-live.",
            "Not ready: re-run the bias test on v5.",
            "Withhold approval until the DPIA is signed.",
            "Sign-off pending legal review.",
            "Awaiting the Model Risk Committee; not signing yet.",
            "Blocked on the fair-lending retest.",
            "Approve only after the fair-lending retest.",
            "Don't deploy.",
            "DO NOT DEPLOY",
            "Do-not-deploy",
            "Stop: do not go live.",
            "Not to be deployed.",
            "NOT APPROVED FOR LAUNCH",
            "Unapproved.",
            "Disapproved.",
            "Declined.",
            "Approved, subject to the fair-lending retest passing.",
            "Conditionally approved: re-run the bias test on v5.",
            "Approved pending the DPIA.",
            "Approved once the retest is done.",
            "Approved provided the adverse-action notices are fixed.",
        ] {
            assert!(withholds_approval(hostile).is_some(), "{hostile}");
        }
        for honest in [
            "Approved. The earlier draft was rejected in October.",
            "No objections; approved.",
            "Approved for launch.",
            "Approved. Do not forget to refresh the validation next year.",
            "Approved; the v4 scorecard was not approved in 2023, this one is.",
            "Approved. Declined applicants must still get reasons, which they do.",
            "Looks good. Nothing blocks launch.",
            "Approved; no changes requested.",
            "Approved. Note: do not deploy the challenger model v6 without a new assessment.",
            "Approved. Applicants who are not approved get reasons and can ask for reconsideration.",
            "Approved; the hold on the pilot was lifted on 2024-11-20.",
            "Approved. Previous request for changes (bias retest) is resolved.",
            "Approved — the 'do not deploy' flag from October is cleared.",
            "Approved. Last month I said 'do not deploy' because of the v3 evidence; that is fixed.",
            "Approved. Rejected applicants get the reasons and a reconsideration route.",
            "Approved for personal loans; the model is not approved for mortgages, which is out of scope.",
            "Approved. My October rejection (bias test on v3) is resolved by MRM-VAL-2024-112.",
            "Approved. We will not deploy to the business-lending channel.",
            "Approved; not approving the v6 challenger, which stays in shadow mode.",
            "Happy to approve.",
            "",
        ] {
            assert_eq!(withholds_approval(honest), None, "{honest}");
        }
    }
}
