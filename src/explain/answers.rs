//! What an answer does, what undo or redo took back, and what an incomplete answer lacks, in words.

use super::*;

/// What an answer's effects do, in words, with titles for every id: prohibitions, concerns,
/// categories marked or removed, and safeguards shown in place. Risk points are worded by
/// `risk` (the engine decides how options of one answer combine).
pub fn effects(q: &Questionnaire, fx: &crate::questionnaire::Effects) -> Vec<String> {
    let v = &q.vocabulary;
    let prohibition = |p: &crate::questionnaire::Text| {
        q.prohibition(p)
            .map_or(p.as_str(), |x| x.title.as_str())
            .to_string()
    };
    let category = |c: &crate::questionnaire::Text| {
        q.category(c)
            .map_or(c.as_str(), |x| x.title.as_str())
            .to_string()
    };
    let mut out = Vec::new();
    for p in &fx.prohibits {
        out.push(format!(
            "confirms the {} \"{}\"",
            v.prohibited_use,
            prohibition(p)
        ));
    }
    for p in &fx.concerns {
        out.push(format!("raises a concern about \"{}\"", prohibition(p)));
    }
    for c in &fx.categories {
        out.push(format!("marks the {} \"{}\"", v.consequential, category(c)));
    }
    for c in &fx.clears {
        out.push(format!("removes \"{}\"", category(c)));
    }
    for sg in &fx.satisfies {
        let title = q.safeguard(sg).map_or(sg.as_str(), |x| x.title.as_str());
        out.push(format!("shows \"{title}\" in place"));
    }
    out
}

/// Said when a text answer that is only a placeholder ("n/a", "TBD", "see above") is saved:
/// the evaluation counts the question as unanswered, which the progress then shows.
pub const PLACEHOLDER_ANSWER: &str = "A placeholder such as n/a or TBD does not count as an answer, so the question stays unanswered: say what applies, or why nothing does.";

/// Asked of a required safeguard set to "not applicable" with no reason.
pub const NOT_APPLICABLE_WHY: &str =
    "Not applicable, no reason given: it stays a gap until the evidence says why.";

/// Said of a safeguard the policy's words require for this use, set to "not applicable": no
/// reason makes it so, and it stays a gap (an earlier pass saw "it stays a gap
/// until Evidence says why" while the count called it to be confirmed).
pub const NOT_APPLICABLE_UNDER_POLICY: &str = "The policy requires it for this use: not applicable is a gap whatever the reason; record what is in place, or what is missing.";

/// [`NOT_APPLICABLE_UNDER_POLICY`] for a safeguard raia reads the policy more strictly for
/// (its `reading`): the requirement is raia's reading, and says so.
pub const NOT_APPLICABLE_AS_READ: &str = "The policy requires it for this use, as raia reads it (see why it is needed): not applicable is a gap whatever the reason; record what is in place, or what is missing.";

/// What a required safeguard set to "not applicable" is told, in both modes.
pub fn not_applicable_under_policy(s: &crate::engine::SafeguardResult) -> &'static str {
    if s.reading.is_empty() {
        NOT_APPLICABLE_UNDER_POLICY
    } else {
        NOT_APPLICABLE_AS_READ
    }
}

/// The required system details left blank, by label ("Owning team (accountable for the
/// system)"), for the result and the sign-off check: the evaluation counts questions only, so
/// a blank detail went unmentioned after it was first passed (new-user pass).
pub fn blank_required_details(a: &crate::assessment::Assessment) -> Vec<&'static str> {
    a.blank_required()
        .map(crate::assessment::Detail::label)
        .collect()
}

/// Said when a choice answer that has a note changes: the note may have been about the answer
/// before. `how` says how to open the note in the mode at hand; `hint` is what the new answer's
/// note must say, if it needs one (a new-user review saw the old note kept and the new hint shown
/// nowhere).
pub fn note_for_earlier_answer(how: &str, hint: &str) -> String {
    if hint.trim().is_empty() {
        format!("Its note was written for the earlier answer: check it still fits ({how}).")
    } else {
        format!(
            "Its note was written for the earlier answer; this answer needs a note that says: {} ({how}).",
            hint.trim().trim_end_matches('.')
        )
    }
}

/// What a review row says of a text answer that is only a placeholder, after "unanswered":
/// `"n/a" does not count`. `shown` is the answer as the row would show it.
pub fn placeholder_row(shown: &str) -> String {
    format!("\"{}\" does not count", shown.trim())
}

/// "adds 3 risk points (Autonomy)".
pub fn risk(q: &Questionnaire, factor: &str, points: u32) -> String {
    let title = q.factor(factor).map_or(factor, |x| x.title.as_str());
    format!("adds {} ({title})", risk_points(points))
}

/// What an incomplete assessment means for its result: unanswered questions can change it,
/// missing notes cannot (they explain answers already given).
pub fn incomplete_effect(unanswered: usize, notes: usize) -> &'static str {
    match (unanswered, notes) {
        (0, 0) => "",
        (0, _) => {
            "the notes explain answers already given, so the result stands, but the assessment cannot pass review without them"
        }
        _ => "the result may change once the questions are answered",
    }
}

/// What a redo made again, in words, as [`undone`] says an undo: `Redone: "What does the
/// system do?" is back to "Ranks CVs".`
pub fn redone(q: &Questionnaire, a: &Assessment, u: &crate::session::Undone) -> String {
    taken_back(q, a, u, "Redone")
}

/// What an undo put back, in words, the same in the wizard and plain mode: `Undone: "What does
/// the system do?" is back to "Ranks CVs".`
pub fn undone(q: &Questionnaire, a: &Assessment, u: &crate::session::Undone) -> String {
    taken_back(q, a, u, "Undone")
}

/// The sentence for an undo or a redo, which differ only in the word that starts it.
pub(crate) fn taken_back(
    q: &Questionnaire,
    a: &Assessment,
    u: &crate::session::Undone,
    verb: &str,
) -> String {
    use crate::session::Undone;
    let quoted = |t: &str| format!("\"{t}\"");
    // An undo puts a value back; a redo makes it what it was made before (a new-user pass read
    // "Redone: ... is back to").
    let back = if verb == "Redone" {
        "is now"
    } else {
        "is back to"
    };
    match u {
        Undone::Answer(id) => {
            let Some(question) = q.question(id) else {
                return format!("{verb}: an answer.");
            };
            match a.answers.get(id) {
                Some(ans) => format!(
                    "{verb}: {} {back} {}.",
                    quoted(&question.prompt),
                    quoted(&crate::engine::display_answer(question, ans))
                ),
                None => format!("{verb}: {} is unanswered again.", quoted(&question.prompt)),
            }
        }
        Undone::Note(id) => {
            let prompt = q.question(id).map_or("an answer", |x| x.prompt.as_str());
            match a.notes.get(id) {
                Some(_) => format!("{verb}: the note on {} is back.", quoted(prompt)),
                None => format!("{verb}: {} has no note again.", quoted(prompt)),
            }
        }
        Undone::Metadata(detail) => {
            let label = quoted(detail.label());
            match Some(a.metadata.detail(*detail)).filter(|v| !v.is_empty()) {
                Some(v) => format!("{verb}: {label} {back} {}.", quoted(v)),
                None => format!("{verb}: {label} is empty again."),
            }
        }
        Undone::Safeguard(id) => {
            let title = q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str());
            // The evidence is named too: an undo that only took the evidence away read "is
            // back to in place" with nothing changed that the user could see (new-user pass).
            match a.safeguards.get(id) {
                Some(e) if e.evidence.trim().is_empty() => format!(
                    "{verb}: {} {back} {}, with no evidence.",
                    quoted(title),
                    status(e.status)
                ),
                Some(e) => format!(
                    "{verb}: {} {back} {}, with the evidence {}.",
                    quoted(title),
                    status(e.status),
                    quoted(&shortened(e.evidence.trim(), 60))
                ),
                None => format!("{verb}: {} has no recorded status again.", quoted(title)),
            }
        }
        Undone::Plan(id) => {
            let title = q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str());
            match a.plans.get(id) {
                Some(p) => format!(
                    "{verb}: the plan for {} {back} {}.",
                    quoted(title),
                    plan_words(&p.owner, &p.target, None)
                ),
                None => format!(
                    "{verb}: {} has no owner or target date again.",
                    quoted(title)
                ),
            }
        }
        Undone::SignOff { removed, added } => {
            let who = |s: &crate::assessment::SignOff| {
                let role = Some(s.role.trim())
                    .filter(|r| !r.is_empty())
                    .map_or_else(String::new, |r| format!(" ({r})"));
                let decision = s.decision.map_or("a decision", |d| d.label());
                format!("the sign-off by {}{role}, {decision},", s.name.trim())
            };
            match (removed, added) {
                (Some(s), _) => format!(
                    "{verb}: {} is taken back; the file no longer holds it.",
                    who(s)
                ),
                (None, Some(s)) => format!("{verb}: {} is recorded again.", who(s)),
                (None, None) => format!("{verb}: the sign-offs are as they were."),
            }
        }
    }
}

/// A safeguard's plan in a few words: "Ana Silva, by 2026-03-31".
pub fn plan_words(owner: &str, target: &str, today: Option<&str>) -> String {
    // A date already gone is said wherever the plan is (a plain-mode review found it only in
    // the Markdown report).
    let passed = if super::target_passed(target, today) {
        ", a target that has passed"
    } else {
        ""
    };
    match (owner.trim(), target.trim()) {
        ("", "") => "no owner and no target date".to_string(),
        (o, "") => format!("{o}, no target date"),
        ("", t) => format!("no owner, by {t}{passed}"),
        (o, t) => format!("{o}, by {t}{passed}"),
    }
}

/// After a gap's state, where its plan's target date has passed ("" otherwise): `raia score`
/// and plain mode's result say it as the reports' plan does.
pub fn target_passed_clause(target: &str, today: Option<&str>) -> String {
    if super::target_passed(target, today) {
        format!("; its target date, {}, has passed", target.trim())
    } else {
        String::new()
    }
}

/// A save found the assessment file gone (moved or deleted since it was opened) and wrote it
/// again at `file` with every answer, in raia's layout: said at once, so a move in git is not
/// left with two copies that drift apart unseen (a hostile review).
pub fn recreated(file: &str) -> String {
    format!(
        "{file} was moved or deleted since raia opened it, so it was written again there with every answer (its comments and layout are not kept). If it was moved, quit and resume the moved file instead, and remove this one."
    )
}

/// A file with `n` other names (hard links), which a save does not keep: raia writes a new file
/// and renames it over the old one (atomic), so this name gets a file of its own and the others
/// keep the old text. Said when such a file is opened, or after `raia sign` wrote it (`signed`),
/// by every mode (a hostile review found it only in the docs).
pub fn other_names(file: &str, n: u64, signed: bool) -> String {
    let (names, they) = if n == 1 {
        ("1 other name (a hard link)".to_string(), "it keeps")
    } else {
        (format!("{n} other names (hard links)"), "they keep")
    };
    let now = if signed {
        format!("{file} had {names}: the sign-off went to this name, and {they} the file as it was")
    } else {
        format!(
            "{file} has {names}: a save gives this name a file of its own, and {they} the text as it was"
        )
    };
    format!("{now}; to share one file under two names, use a symbolic link")
}

/// `text` cut to `max` characters at most, at a word where it can be, marked with "…".
fn shortened(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let at = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

/// How a reviewer records a sign-off: see [`how_to_sign`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HowToSign {
    /// Empty when an approval can be recorded; otherwise why not, in words.
    pub why_not: String,
    /// The command a reviewer runs from a shell.
    pub command: String,
}

impl HowToSign {
    /// What to do, in a sentence that the command follows (plain mode).
    pub fn lead(&self) -> String {
        self.lead_where(None)
    }

    /// [`HowToSign::lead`] for a screen where `key` records a sign-off too (the wizard's `s`).
    pub fn lead_where(&self, key: Option<&str>) -> String {
        match (
            self.why_not.is_empty(),
            self.command.contains("--decision"),
            key,
        ) {
            (true, _, None) => "To sign off, a reviewer runs:".to_string(),
            (true, _, Some(k)) => format!("{k} records one here; from a shell, a reviewer runs:"),
            (false, false, None) => {
                format!(
                    "Not ready to approve: {}. Then a reviewer runs:",
                    self.why_not
                )
            }
            (false, false, Some(k)) => format!(
                "Not ready to approve: {}. Then {k} records it here, or from a shell:",
                self.why_not
            ),
            (false, true, None) => format!(
                "Not ready to approve: {}. A reviewer can record that changes are needed:",
                self.why_not
            ),
            (false, true, Some(k)) => format!(
                "Not ready to approve: {}. A reviewer can record that changes are needed with {k} here, or from a shell:",
                self.why_not
            ),
        }
    }
}

/// How a reviewer records a sign-off of `file` from a shell, for the result in the wizard and
/// plain mode. Where an approval would be refused, it says why and gives the command that
/// records changes requested (a new-user review ran the command the result gave, with
/// contradictions open, and was refused).
pub fn how_to_sign(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    e: &crate::engine::Evaluation,
    file: &str,
) -> HowToSign {
    match crate::signoff::approval_allowed(q, a, e) {
        Ok(()) => HowToSign {
            why_not: String::new(),
            command: format!("raia sign {file} --name NAME"),
        },
        // A decision asking for changes of these very answers is recorded already: the next
        // sign-off is the approval once they are settled (a new-user review was told to
        // record changes requested again).
        Err(r) if e.not_approved.as_ref().is_some_and(|n| n.current) => HowToSign {
            why_not: format!(
                "{}; changes are already asked for, and an approval can be recorded once the answers are settled",
                r.0.strip_prefix("cannot approve: ")
                    .unwrap_or(&r.0)
                    .trim_end_matches(", or record changes requested")
            ),
            command: format!("raia sign {file} --name NAME"),
        },
        Err(r) => HowToSign {
            why_not: r
                .0
                .strip_prefix("cannot approve: ")
                .unwrap_or(&r.0)
                .trim_end_matches(", or record changes requested")
                .to_string(),
            command: format!("raia sign {file} --name NAME --decision changes-requested"),
        },
    }
}

/// A "no" another reviewer's approval of changed answers lifted, in words, for every mode and
/// report: "Earlier, A. Risk rejected the answers as they then stood, on 2026-12-01 ("No
/// fairness sign-off"); they have changed since, and B. Friendly on 2026-12-03 approved them
/// as they stand, without A. Risk signing again."
pub fn lifted_objection(l: &crate::engine::LiftedObjection) -> String {
    let asked = crate::assessment::as_words(&l.comment).replace('"', "'");
    let asked = match asked.trim() {
        "" => String::new(),
        a => format!(" (\"{a}\")"),
    };
    let did = match l.decision {
        crate::assessment::Decision::ChangesRequested => "asked for changes to the answers",
        _ => "rejected the answers",
    };
    let name = l.name.trim();
    let date = match l.date.trim() {
        "" => String::new(),
        d => format!(", on {d}"),
    };
    format!(
        "Earlier, {name} {did} as they then stood{date}{asked}; they have changed since, and {} approved them as they stand, without {name} signing again.",
        l.lifted_by
    )
}

/// The latest sign-off of an assessment and whether it still holds, in words, for the wizard's
/// result and plain mode alike (a new-user review found plain mode never said it), with whether
/// it reads as a warning.
pub fn sign_off_state(
    state: &crate::portfolio::SignOffState,
    e: &crate::engine::Evaluation,
    today: &str,
) -> (String, bool) {
    use crate::portfolio::SignOffState;
    // A sign-off dated after today cannot have been made: it does not hold, and the gate fails
    // on it (a hostile review read "it holds for these answers" above that failure).
    if let SignOffState::Current {
        decision,
        name,
        date,
    } = state
        && !today.is_empty()
        && date.trim() > today
    {
        return (
            format!(
                "Sign-off: {} by {name}, {date}: dated after today, so it does not hold; {}.",
                crate::assessment::Decision::words_of(decision),
                "correct its date in [[signoff]], or sign again"
            ),
            true,
        );
    }
    match state {
        SignOffState::Current {
            decision,
            name,
            date,
        } => {
            // An approval does not close the policy's gaps: said here as it was on signing.
            let gaps = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
            let with = if decision == "approved" && gaps > 0 {
                format!(
                    ", with {} the policy requires not in place",
                    plural(gaps, "safeguard", "safeguards")
                )
            } else {
                String::new()
            };
            // A "no" stands rather than holds, and says what it asked for; an approval beside
            // another reviewer's standing "no" names it (a team workflow review read "approved
            // ... it holds" in the wizard, plain mode and score while the gate failed on both).
            let words = crate::assessment::Decision::words_of(decision);
            let no = e.not_approved.as_ref().filter(|n| n.current);
            let text = match no {
                Some(n) if decision != "approved" => {
                    let asked = crate::assessment::as_words(&n.comment).replace('"', "'");
                    let asked = if asked.trim().is_empty() {
                        String::new()
                    } else {
                        format!(" (\"{}\")", asked.trim())
                    };
                    format!(
                        "Sign-off: {words} by {name}, {date}{asked}; it stands for these answers, and the gate fails until what was asked for is changed and a reviewer signs again."
                    )
                }
                Some(n) => format!(
                    "Sign-off: {words} by {name}, {date}{with}; but {} by {}, {} still stands for these answers: only {} can lift it, and the gate fails until then.",
                    n.decision.label(),
                    n.name.trim(),
                    n.date.trim(),
                    n.name.trim()
                ),
                None => format!(
                    "Sign-off: {words} by {name}, {date}{with}; it holds for these answers.{}",
                    e.lifted_objections
                        .iter()
                        .map(|l| format!(" {}", lifted_objection(l)))
                        .collect::<String>()
                ),
            };
            (
                text,
                !(decision == "approved" && no.is_none() || decision.is_empty()),
            )
        }
        SignOffState::NotValid {
            decision,
            name,
            date,
            why,
        } => (
            format!(
                "Sign-off: NOT VALID: {} by {name}, {date}, but {why}.",
                crate::assessment::Decision::words_of(decision)
            ),
            true,
        ),
        SignOffState::Stale {
            decision,
            name,
            date,
        } => (
            format!(
                "Sign-off: STALE: {} by {name}, {date}; what it covered has changed since, so it needs signing again.",
                crate::assessment::Decision::words_of(decision)
            ),
            true,
        ),
        SignOffState::None => (
            format!(
                "Sign-off: none yet; {}",
                if e.complete {
                    "every question is answered."
                } else {
                    "an approval needs every question answered."
                }
            ),
            false,
        ),
    }
}
