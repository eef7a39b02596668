//! The gate, binding to the questionnaire text, older releases, review dates, evidence expiry and sign-offs, in words.

use super::*;
use crate::engine::ProhibitionStatus;

/// Said when an assessment made with an older built-in release is read against that release.
pub fn older_release(old: &Questionnaire, current: &Questionnaire) -> String {
    format!(
        "made with version {} of `{}`, so it is read against that version's own rules; version {} is newer: `raia migrate` carries the file over to it",
        old.version, old.id, current.version
    )
}

/// What a report's notice of a binding problem is headed: bound to another text, or to older
/// rules; nothing when bound (a review saw JSON say "Not bound to these rules" beside
/// `binding = "bound"`).
pub fn binding_label(b: Binding) -> &'static str {
    match b {
        Binding::Bound => "",
        Binding::Superseded => "Older rules",
        Binding::Imitates => "Not the built-in rules",
        _ => "Not bound to these rules",
    }
}

/// Why rules that carry the built-in id without being a built-in release cannot pass.
pub fn imitation(q: &Questionnaire) -> String {
    let (id, newest) = crate::questionnaire::builtin_id_version();
    if q.id != id {
        let base = q
            .layers
            .iter()
            .find(|l| l.id == id)
            .map_or_else(String::new, |l| l.source.clone());
        return format!(
            "`{}` stacks on {base}, which carries the id `{id}` of raia's built-in questionnaire but is not one of its releases, so its results are not the built-in rules'; extend `{id}@{newest}` instead",
            q.id
        );
    }
    format!(
        "{} carries the id `{id}` of raia's built-in questionnaire but is not one of its releases, so its results are not the built-in rules'; give it an id of its own, or write it as an overlay that extends `{id}@{newest}`",
        q.source
    )
}

/// Why a result read against an older built-in release cannot pass, and what to do.
pub fn superseded(q: &Questionnaire) -> String {
    let (id, newest) = crate::questionnaire::builtin_id_version();
    let old = q.superseded_release().unwrap_or_default();
    if q.id == id {
        format!(
            "the answers are read against version {old} of `{id}`, whose rules miss checks that version {newest} adds; run `raia migrate` to carry the file over to {newest}, check the answers it asks about, and score it again"
        )
    } else {
        format!(
            "`{}` extends version {old} of `{id}`, whose rules miss checks that version {newest} adds; change its `extends` to `{id}@{newest}`, then run `raia migrate` on the assessment and score it again",
            q.id
        )
    }
}

/// Whether the result is bound to the questionnaire in use, in words (None when it is).
pub fn binding(q: &Questionnaire, a: &Assessment, b: Binding) -> Option<String> {
    let short = |h: &str| h.chars().take(12).collect::<String>();
    match b {
        Binding::Bound => None,
        Binding::Unbound => Some(format!(
            "the assessment does not record which questionnaire text its answers were given against; check the answers, then press Ctrl+S in the wizard (raia resume) or write hash = \"{}\" under [questionnaire]",
            q.content_hash
        )),
        Binding::Superseded => Some(superseded(q)),
        Binding::Imitates => Some(imitation(q)),
        Binding::Changed => Some(format!(
            "the answers were given against another text of questionnaire `{}` version {} (hash {}), not the one in use ({}, hash {}); check that each answer still holds, then press Ctrl+S in the wizard (raia resume) or write hash = \"{}\" under [questionnaire]",
            q.id,
            q.version,
            short(&a.questionnaire.hash),
            q.source,
            short(&q.content_hash),
            q.content_hash
        )),
    }
}

/// Each reason the gate fails, in words.
/// " (A; B)": the titles a gate reason is about, or nothing.
fn named(titles: &[String]) -> String {
    if titles.is_empty() {
        String::new()
    } else {
        format!(" ({})", titles.join("; "))
    }
}

pub fn gate_failures(failures: &[GateFailure], q: &Questionnaire) -> Vec<String> {
    failures
        .iter()
        .map(|f| match f {
            GateFailure::Prohibited { titles } => {
                format!("a {} is confirmed", q.vocabulary.prohibited_use) + &named(titles)
            }
            GateFailure::HiddenMarks { count } => plural(
                *count,
                "answer kept for a hidden question marks a consequential decision the other answers do not",
                "answers kept for hidden questions mark a consequential decision the other answers do not",
            ),
            GateFailure::HiddenProhibits { count } => format!(
                "{} kept for {} the other answers now hide {} a {}",
                if *count == 1 { "an answer" } else { "answers" },
                if *count == 1 { "a question" } else { "questions" },
                if *count == 1 { "records" } else { "record" },
                q.vocabulary.prohibited_use
            ),
            GateFailure::ProhibitionsToConfirm { prohibitions } => format!(
                "the answers do not yet rule out {} ({}): {} clear only while a safeguard is in place that the file does not show, or leaves to be confirmed",
                if prohibitions.len() == 1 {
                    format!("a {}", q.vocabulary.prohibited_use)
                } else {
                    format!("{} {}s", prohibitions.len(), q.vocabulary.prohibited_use)
                },
                prohibitions.join("; "),
                if prohibitions.len() == 1 { "it is" } else { "each is" }
            ),
            GateFailure::Incomplete { unanswered, notes } => {
                let mut what = Vec::new();
                if *unanswered > 0 {
                    what.push(plural(
                        *unanswered,
                        "question that counts is unanswered",
                        "questions that count are unanswered",
                    ));
                }
                if *notes > 0 {
                    what.push(plural(
                        *notes,
                        "answer needs the note it asks for",
                        "answers need the notes they ask for",
                    ));
                }
                if what.is_empty() {
                    "the assessment is incomplete".to_string()
                } else {
                    format!(
                        "the assessment is incomplete: {} (raia validate FILE lists them)",
                        what.join(", and ")
                    )
                }
            }
            GateFailure::ToReconfirm { prompts } => {
                plural(
                    prompts.len(),
                    "answer is to be confirmed again, as the questionnaire's new version reads it differently",
                    "answers are to be confirmed again, as the questionnaire's new version reads them differently",
                ) + &format!(
                    " ({}): open each in the wizard (raia resume) or plain mode and keep or change it",
                    prompts
                        .iter()
                        .map(|p| format!("\"{p}\""))
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            }
            GateFailure::BlankDetails { labels } => format!(
                "{} blank or a placeholder: {}",
                if labels.len() == 1 {
                    "a required system detail is"
                } else {
                    "required system details are"
                },
                labels.join("; ")
            ),
            GateFailure::PolicyGaps {
                count,
                layer,
                titles,
            } => {
                let whose = whose_rules(q, *layer);
                plural(
                    *count,
                    &format!("safeguard {whose} requires is missing, planned, recorded without a reason or evidence, or recorded not applicable where this use needs it"),
                    &format!("safeguards {whose} requires are missing, planned, recorded without a reason or evidence, or recorded not applicable where this use needs it"),
                ) + &named(titles)
            }
            GateFailure::RequirementsNotMet {
                count,
                layer,
                titles,
            } => {
                let (one, many) = requirement_words(q, *layer);
                plural(
                    *count,
                    &format!("{one} is not met"),
                    &format!("{many} are not met"),
                ) + &named(titles)
            }
            GateFailure::RequirementsToConfirm {
                count,
                layer,
                titles,
            } => {
                let (one, many) = requirement_words(q, *layer);
                plural(
                    *count,
                    &format!("{one} is not shown to be met by the answers"),
                    &format!("{many} are not shown to be met by the answers"),
                ) + &named(titles)
            }
            GateFailure::Conflicts {
                titles, held_back, ..
            } => {
                let (held, disputed): (Vec<String>, Vec<String>) =
                    titles.iter().cloned().partition(|t| held_back.contains(t));
                let mut parts = Vec::new();
                if !disputed.is_empty() {
                    parts.push(super::safeguards_to_confirm(disputed.len()) + &named(&disputed));
                }
                if !held.is_empty() {
                    parts.push(super::safeguards_held_back(held.len()) + &named(&held));
                }
                parts.join("; ")
            }
            GateFailure::Contradictions {
                count,
                judgements,
                prohibitions,
            } => {
                let said = super::contradicting_pairs(*count, judgements);
                match prohibitions.len() {
                    0 => said,
                    1 => format!(
                        "{said}, leaving in doubt {}, a use the policy prohibits",
                        super::join_and(prohibitions)
                    ),
                    _ => format!(
                        "{said}, leaving in doubt {}, uses the policy prohibits",
                        super::join_and(prohibitions)
                    ),
                }
            }
            GateFailure::QuestionnaireUnbound => {
                "the assessment is not bound to a questionnaire text".to_string()
            }
            GateFailure::QuestionnaireChanged => {
                // With the way out: a team review found it only in `raia validate` (a
                // questionnaire changed under the answers needs them checked, then bound).
                "the questionnaire text in use is not the one the answers were given against: check the answers against it, then bind them to it (raia validate FILE says how)"
                    .to_string()
            }
            GateFailure::QuestionnaireSuperseded => {
                "the answers are read against an older release of the rules".to_string()
            }
            GateFailure::QuestionnaireImitates => {
                "the rules in use carry the built-in questionnaire's id but are not one of its releases"
                    .to_string()
            }
            GateFailure::PolicyNotScreened { missing } => format!(
                "the rules in use do not screen {} of the policy's prohibited uses ({})",
                missing.len(),
                missing.join("; ")
            ),
            GateFailure::ConcernsUnguarded { concerns } => {
                let (what, it) = match concerns.len() {
                    1 => (format!("a {}", q.vocabulary.prohibited_use), "it"),
                    n => (format!("{n} {}s", q.vocabulary.prohibited_use), "them"),
                };
                format!(
                    "the answers show the system could be used for {what} ({}) and no safeguard against {it} is shown to be in place; the policy forbids such uses, whether the system makes them or lets others make them",
                    concerns.join("; ")
                )
            }
            GateFailure::ShouldGaps { count } => plural(
                *count,
                "safeguard the policy says should be in place is open (--strict)",
                "safeguards the policy says should be in place are open (--strict)",
            ),
            GateFailure::PracticeGaps { count } => plural(
                *count,
                "recommended safeguard is open (--strict)",
                "recommended safeguards are open (--strict)",
            ),
            // With what to do, as every other reason says it (a team workflow review).
            GateFailure::ReviewOverdue { due } => format!(
                "the review was due by {due}: a reviewer reviews the answers and signs them again (raia sign)"
            ),
            // An approval whose condition fell due has not expired: what it lacks is a word that
            // the condition was met (a review read "expired" beside such an approval).
            GateFailure::EvidenceExpired {
                count,
                on_condition,
            } => match (*count, *on_condition) {
                (n, 0) => plural(
                    n,
                    "safeguard is in place on evidence that has expired",
                    "safeguards are in place on evidence that has expired",
                ),
                (1, _) => "1 safeguard is in place on an approval whose condition fell due, and nothing says the condition was met".to_string(),
                (n, c) if c == n => format!(
                    "{n} safeguards are in place on approvals whose conditions fell due, and nothing says the conditions were met"
                ),
                (n, c) => format!(
                    "{n} safeguards are in place on evidence that has expired ({}) or on an approval whose condition fell due unmet ({c})",
                    n - c
                ),
            },
            GateFailure::EvidenceDatedLater { count } => plural(
                *count,
                "safeguard is in place on evidence dated after today",
                "safeguards are in place on evidence dated after today",
            ),
            GateFailure::PlannedLater { count, titles } => {
                plural(
                    *count,
                    "safeguard is recorded in place but planned for a day after today",
                    "safeguards are recorded in place but planned for a day after today",
                ) + &named(titles)
            }
            GateFailure::NotApproved {
                decision,
                name,
                date,
                current,
                others,
                comment,
                withheld,
            } => not_approved(
                *decision, name, date, *current, others, comment, *withheld,
            ),
            GateFailure::SignOffDatedLater { date } => signoff_dated_later(date),
            GateFailure::NoCurrentApproval { latest } => no_current_approval(latest),
        })
        .collect()
}

/// Why the gate fails with `--require-signoff`, with what to do: `latest` says why the latest
/// sign-off does not approve the answers as they stand (empty when there is none).
pub fn no_current_approval(latest: &str) -> String {
    if latest.is_empty() {
        "no sign-off approves these answers, and --require-signoff asks for one: a reviewer records a decision with `raia sign`".to_string()
    } else {
        format!(
            "no sign-off approves these answers as they stand, and --require-signoff asks for one: {latest}; a reviewer signs again with `raia sign`"
        )
    }
}

/// An answer kept for a hidden question that records a prohibited use, in a sentence with the
/// fix: neither the answers that hide it nor it can be taken as the truth until one is changed.
pub fn hidden_prohibit(
    q: &Questionnaire,
    e: &Evaluation,
    h: &crate::engine::HiddenProhibit,
) -> String {
    let title = prohibition_title(e, h);
    format!(
        "\"{}\" → {} records a {} ({title}), but other answers now hide that question, so it is not counted: to be confirmed. If it is no longer true, take the answer back; if it is, correct the answers that hide the question",
        h.reason.prompt, h.reason.answer, q.vocabulary.prohibited_use
    )
}

fn prohibition_title(e: &Evaluation, h: &crate::engine::HiddenProhibit) -> String {
    e.prohibitions
        .iter()
        .find(|p| p.id == h.prohibition)
        .map_or_else(|| h.prohibition.to_string(), |p| p.title.to_string())
}

/// Whose rules an item of `layer` follows: "the policy" for the base, else the overlay's own
/// ("Acme Responsible AI Standard"): an organisation's rule is never the policy's.
fn whose_rules(q: &Questionnaire, layer: usize) -> String {
    crate::explain::layer_rules(q, layer).unwrap_or_else(|| "the policy".to_string())
}

/// "policy requirement(s)", or "requirement(s) of Acme Responsible AI Standard" for an
/// overlay's own.
fn requirement_words(q: &Questionnaire, layer: usize) -> (String, String) {
    match crate::explain::layer_rules(q, layer) {
        Some(name) => (
            format!("requirement of {name}"),
            format!("requirements of {name}"),
        ),
        None => (
            "policy requirement".to_string(),
            "policy requirements".to_string(),
        ),
    }
}

fn category_title(q: &Questionnaire, id: &str) -> String {
    q.categories
        .iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.title.to_string())
}

/// An answer kept for a hidden question that would mark a consequential category, in a
/// sentence with the fix.
pub fn hidden_mark(q: &Questionnaire, h: &crate::engine::HiddenMark) -> String {
    let title = category_title(q, &h.category);
    format!(
        "\"{}\" → {} says the system makes a consequential decision ({title}), but other answers now hide that question, so it is not counted: to be confirmed. If it is no longer true, take the answer back; if it is, correct the answers that hide the question",
        h.reason.prompt, h.reason.answer
    )
}

/// How much [`consequential_doubts`] says of each doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoubtWords {
    /// Every doubt in full, the disagreeing answers included (the reports).
    Full,
    /// Hidden answers in full; answers that disagree pointed to, since the same output lists
    /// them below (`raia score`, plain mode).
    PointToDisagreements,
    /// One short line each, for a narrow panel (the wizard's sidebar).
    Short,
}

/// Why a consequential decision is to be confirmed though no answer marks one, each in words:
/// answers kept for hidden questions that mark one, and answers that disagree in a way that may
/// hide one. Empty when none is in doubt. Every mode words it from here.
pub fn consequential_doubts(q: &Questionnaire, e: &Evaluation, words: DoubtWords) -> Vec<String> {
    if !e.consequential_in_doubt() {
        return Vec::new();
    }
    let hidden = e.hidden_marks.iter().map(|h| match words {
        DoubtWords::Short => hidden_mark_short(q, h),
        _ => hidden_mark(q, h),
    });
    let disagreeing: Vec<String> = match words {
        DoubtWords::Full => e
            .doubting_contradictions()
            .map(|c| {
                format!(
                    "the answers disagree in a way that may hide one: {} ({})",
                    c.message, c.answers
                )
            })
            .collect(),
        DoubtWords::PointToDisagreements => e
            .doubting_contradictions()
            .next()
            .map(|_| "answers that disagree may hide one (they are listed below)".to_string())
            .into_iter()
            .collect(),
        DoubtWords::Short => e
            .doubting_contradictions()
            .next()
            .map(|_| "answers that disagree may hide one".to_string())
            .into_iter()
            .collect(),
    };
    hidden.chain(disagreeing).collect()
}

/// The questions shown but not answered yet whose answer could mark a consequential decision:
/// until they are answered, "none" is no finding (a new-user review's sidebar said "No
/// consequential decisions" for a credit system from its second question on).
pub fn consequential_unanswered<'a>(
    q: &'a Questionnaire,
    e: &'a Evaluation,
) -> impl Iterator<Item = &'a crate::questionnaire::Question> + 'a {
    e.unanswered
        .iter()
        .filter_map(|id| q.question(id))
        .filter(|x| {
            x.options.iter().any(|o| !o.effects.categories.is_empty())
                || x.bands.iter().any(|b| !b.effects.categories.is_empty())
        })
}

/// A safeguard the answers do not call for, in words: "not required for this use", or, while
/// the answers leave a consequential decision in doubt, not required by the answers as they
/// stand (a review read "Not required" beside risk assessment for an HR tool in doubt).
pub fn not_required(e: Option<&Evaluation>) -> &'static str {
    if e.is_some_and(Evaluation::consequential_in_doubt) {
        "Not required by the answers as they stand; a consequential decision, to be confirmed, may require it."
    } else {
        "Not required for this use."
    }
}

/// The requirements a consequential decision brings, while the answers leave one in doubt, in a
/// sentence: plain mode lists no requirements otherwise, and a review heard "all in place" with
/// the four to be confirmed said nowhere. `None` when there is no doubt.
pub fn requirements_in_doubt(e: &Evaluation) -> Option<String> {
    let titles: Vec<&str> = e
        .requirements
        .iter()
        .filter(|r| r.in_doubt)
        .map(|r| r.title.as_str())
        .collect();
    (!titles.is_empty()).then(|| {
        format!(
            "To be confirmed with it, as the policy requires them for a consequential decision: {}.",
            titles.join("; ")
        )
    })
}

/// The consequential decisions the answers mark, in words: their titles, "none", none so far
/// while a question that could mark one is unanswered, or, while answers leave one in doubt,
/// that it is to be confirmed (said below it by [`consequential_doubts`]).
pub fn consequential_marked(q: &Questionnaire, e: &Evaluation) -> String {
    if e.consequential_in_doubt() {
        "none marked by the answers shown; to be confirmed (below)".to_string()
    } else if e.categories.is_empty() {
        match consequential_unanswered(q, e).next() {
            Some(x) => format!("none so far; \"{}\" is not answered yet", x.prompt),
            None => "none".to_string(),
        }
    } else {
        e.categories
            .iter()
            .map(|c| c.title.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// [`hidden_mark`] for a narrow panel: the category, and why it is to be confirmed.
pub fn hidden_mark_short(q: &Questionnaire, h: &crate::engine::HiddenMark) -> String {
    let title = category_title(q, &h.category);
    format!(
        "{title}: an answer kept for a hidden question (\"{}\") says so",
        h.reason.prompt
    )
}

/// Why a prohibited use no answer raises is still to be confirmed ([`Evaluation::unbacked`]),
/// the same in every mode: "clear only while "Documented human control of weapon functions" is
/// in place, which the file does not show". Where the file records it in place and the answers
/// dispute that, it says so: "which the file does not show" read as "not recorded" beside a
/// licence recorded in place (a review of the verdicts).
pub fn clear_only_while(s: &crate::engine::SafeguardResult, today: Option<&str>) -> String {
    if s.status == crate::assessment::SafeguardStatus::InPlace
        && s.source == crate::engine::StatusSource::Assessment
        && s.is_contradicted()
    {
        return format!(
            "clear only while \"{}\" is in place, which the file records but the answers leave to be confirmed",
            s.title
        );
    }
    format!(
        "clear only while \"{}\" is in place, which the file does not show{}",
        s.title,
        if today.is_some_and(|t| s.planned_later(t)) {
            " now (it is planned for a day after today)"
        } else if today.is_some_and(|t| s.evidence_lapsed(t)) {
            " on evidence still current"
        } else {
            ""
        }
    )
}

/// Where the use stands against one prohibition, in a few words, the same in the reports and
/// `raia diff`: confirmed, a concern left open or guarded, to be confirmed and why, or clear. A
/// review saw every concern read "safeguards required", guarded or not, and a diff that never
/// said a prohibition had changed.
pub fn prohibition_state(
    q: &Questionnaire,
    e: &Evaluation,
    p: &crate::engine::ProhibitionFinding,
    today: Option<&str>,
) -> String {
    let waiting = unanswered_screens(q, e, p, today);
    prohibition_state_waiting(e, p, today, waiting.len())
}

/// [`prohibition_state`], told how many questions that screen for it are still unanswered
/// ([`unanswered_screens`]), for a caller that has found them already.
pub fn prohibition_state_waiting(
    e: &Evaluation,
    p: &crate::engine::ProhibitionFinding,
    today: Option<&str>,
    waiting: usize,
) -> String {
    match p.status {
        ProhibitionStatus::Confirmed => "CONFIRMED: must not proceed".to_string(),
        // The words of the file describe it: neither "guarded" nor "clear" can be said until
        // the words or the answers are corrected.
        _ if e.described_in_words(&p.id) => format!("to be confirmed: {DESCRIBED_IN_WORDS}"),
        ProhibitionStatus::Concern if e.unguarded_concerns().iter().any(|(u, _)| u.id == p.id) => {
            "concern left open: no safeguard against it is in place".to_string()
        }
        ProhibitionStatus::Concern => {
            "concern, guarded: a safeguard against it is in place".to_string()
        }
        ProhibitionStatus::Clear if e.hidden_prohibits.iter().any(|h| h.prohibition == p.id) => {
            "to be confirmed: a hidden answer records it".to_string()
        }
        ProhibitionStatus::Clear => match e.unbacked(p, today) {
            Some(s) => format!("to be confirmed: {}", clear_only_while(s, today)),
            None if !e.doubted(p).is_empty() => RULED_OUT_BY_DISAGREEING.to_string(),
            None if waiting == 1 => NOT_SCREENED_YET.to_string(),
            None if waiting > 1 => NOT_SCREENED_YET_MANY.to_string(),
            None => "clear".to_string(),
        },
    }
}

/// The questions shown and not answered yet that screen for `p`, where nothing else already
/// puts its "clear" to be confirmed (the file's words, a hidden answer, a safeguard it rests on,
/// answers that disagree): its "clear" waits on them (a review saw "clear" and "No answer
/// indicates it" beside an unanswered tracking question).
pub fn unanswered_screens<'q>(
    q: &'q Questionnaire,
    e: &Evaluation,
    p: &crate::engine::ProhibitionFinding,
    today: Option<&str>,
) -> Vec<&'q crate::questionnaire::Question> {
    // Most files are complete: the screening map is built only where a question is open.
    if e.unanswered.is_empty() || p.status != ProhibitionStatus::Clear {
        return Vec::new();
    }
    unanswered_screens_in(q, &q.screening(), e, p, today)
}

/// [`unanswered_screens`] with the questionnaire's screening map (`Questionnaire::screening`)
/// built once by the caller, as a report of 10,000 questions does.
pub fn unanswered_screens_in<'q>(
    q: &'q Questionnaire,
    screening: &foldhash::HashMap<&str, std::collections::BTreeSet<&str>>,
    e: &Evaluation,
    p: &crate::engine::ProhibitionFinding,
    today: Option<&str>,
) -> Vec<&'q crate::questionnaire::Question> {
    if p.status != ProhibitionStatus::Clear
        || e.described_in_words(&p.id)
        || !e.doubted(p).is_empty()
        || e.unbacked(p, today).is_some()
        || e.hidden_prohibits.iter().any(|h| h.prohibition == p.id)
    {
        return Vec::new();
    }
    e.unanswered
        .iter()
        .filter(|id| {
            screening
                .get(id.as_str())
                .is_some_and(|set| set.contains(p.id.as_str()))
        })
        .filter_map(|id| q.question(id))
        .collect()
}

/// The prohibited uses whose "clear" waits on a question not answered yet
/// ([`unanswered_screens`]), in words for a list of what is to be confirmed: the use, then the
/// questions' prompts.
pub fn waiting_on_answers(q: &Questionnaire, e: &Evaluation, today: Option<&str>) -> Vec<String> {
    if e.unanswered.is_empty() {
        return Vec::new();
    }
    let screening = q.screening();
    e.prohibitions
        .iter()
        .filter_map(|p| {
            let waiting = unanswered_screens_in(q, &screening, e, p, today);
            let prompts: Vec<String> = waiting
                .iter()
                .map(|x| format!("\"{}\"", x.prompt))
                .collect();
            (!prompts.is_empty()).then(|| {
                format!(
                    "{}: {} not answered yet: {}",
                    p.title,
                    if prompts.len() == 1 {
                        "a question that screens for it is"
                    } else {
                        "questions that screen for it are"
                    },
                    crate::explain::join_and(&prompts)
                )
            })
        })
        .collect()
}

/// A prohibited use no answer raises while a question that screens for it is not answered yet,
/// in a report's row.
pub const NOT_SCREENED_YET: &str =
    "to be confirmed: a question that screens for it is not answered yet";

/// [`NOT_SCREENED_YET`] where several are open.
pub const NOT_SCREENED_YET_MANY: &str =
    "to be confirmed: questions that screen for it are not answered yet";

/// Why a prohibited use the file's own words describe is to be confirmed, after its title.
pub const DESCRIBED_IN_WORDS: &str =
    "the file's own words describe it (see the answers that disagree)";

/// The prohibited uses no answer raises that the file's own words describe: every line mode
/// lists them as to be confirmed (the reports did; `score` said only "none confirmed").
pub fn described_but_clear(e: &Evaluation) -> impl Iterator<Item = String> + '_ {
    e.prohibitions
        .iter()
        .filter(|p| p.status == ProhibitionStatus::Clear && e.described_in_words(&p.id))
        .map(|p| format!("{}: {DESCRIBED_IN_WORDS}", p.title))
}

/// The team's own statement that a use the policy forbids is intended or allowed (the answer
/// "yes" to the question with role `intent`) while no screening answer confirms one, in words:
/// said beside "none confirmed" (a compliance review read "Prohibited uses: none confirmed"
/// and tier LOW beside that statement). `None` unless it is so.
pub fn intent_without_screening(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    e: &Evaluation,
) -> Option<String> {
    if e.confirmed().next().is_some() {
        return None;
    }
    let x = q.questions.iter().find(|x| {
        x.role.as_deref() == Some("intent")
            && e.visible.iter().any(|v| v == &x.id)
            && a.answers.get(x.id.as_str()) == Some(&crate::answer::Answer::Choice("yes".into()))
    })?;
    let label = x
        .options
        .iter()
        .find(|o| o.id == "yes")
        .map_or("yes", |o| o.label.as_str());
    Some(format!(
        "the team states that a {} is intended or allowed (\"{}\" → \"{label}\"), and no screening answer says which: answer the screening questions for that use as it is",
        q.vocabulary.prohibited_use, x.prompt
    ))
}

/// [`prohibition_state`] of a prohibited use kept clear only by answers a contradiction says
/// may be wrong in a way that would raise it ([`Evaluation::doubted`]).
pub const RULED_OUT_BY_DISAGREEING: &str = "to be confirmed: the answers that rule it out disagree with others (see the answers that disagree)";

/// [`RULED_OUT_BY_DISAGREEING`] in a list of reasons.
pub const RULED_OUT_BY_DISAGREEING_SHORT: &str =
    "the answers that rule it out disagree with others";

/// Why a prohibited use is [`RULED_OUT_BY_DISAGREEING`], with the answers, for the line
/// reports: "Violating privacy rights: the answers that rule it out disagree with others (What
/// personal data does the system use …? → None)". `None` unless it is so.
pub fn ruled_out_by_disagreeing(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    e: &Evaluation,
    p: &crate::engine::ProhibitionFinding,
) -> Option<String> {
    let answers: Vec<String> = e
        .doubted(p)
        .into_iter()
        .filter_map(|id| {
            let question = q.question(id)?;
            let answer = a.answers.get(id.as_str())?;
            Some(format!(
                "{} → {}",
                question.prompt,
                crate::engine::display_answer(question, answer)
            ))
        })
        .collect();
    (!answers.is_empty()).then(|| {
        format!(
            "{}: {RULED_OUT_BY_DISAGREEING_SHORT} ({})",
            p.title,
            answers.join("; ")
        )
    })
}

/// [`hidden_prohibit`] for a narrow panel: the use, and why it is to be confirmed.
pub fn hidden_prohibit_short(e: &Evaluation, h: &crate::engine::HiddenProhibit) -> String {
    let title = prohibition_title(e, h);
    format!(
        "{title}: an answer kept for a hidden question (\"{}\") records it",
        h.reason.prompt
    )
}

/// An approval dated after today, which would put the review off, in a sentence with the fix.
pub fn signoff_dated_later(date: &str) -> String {
    format!(
        "the approval the review date counts from is dated {date}, after today; correct its date in [[signoff]] (a sign-off records the day it was made)"
    )
}

/// What a reviewer's "no" did, as a verb: "rejected", "asked for changes to".
fn objected(decision: crate::assessment::Decision) -> &'static str {
    match decision {
        crate::assessment::Decision::Rejected => "rejected",
        _ => "asked for changes to",
    }
}

/// A reviewer's "no" to an earlier version, which any change since has ended, said to the
/// approver of the changed answers with what to check.
pub fn earlier_objection_ended(
    decision: crate::assessment::Decision,
    name: &str,
    date: &str,
) -> String {
    format!(
        "{} {} an earlier version on {}; any change since ends that, so check that what they asked for was done (raia diff FILE --rev REV) before relying on this approval",
        name.trim(),
        objected(decision),
        date.trim()
    )
}

/// A reviewer's standing "no", in a sentence that says what lifts it, with what they asked
/// for in their own words when they gave any. `withheld`: it was recorded as an approval whose
/// comment withholds it, and is said so.
pub fn not_approved(
    decision: crate::assessment::Decision,
    name: &str,
    date: &str,
    current: bool,
    others: &[String],
    comment: &str,
    withheld: bool,
) -> String {
    let (did, these) = (objected(decision), "these answers");
    // The reviewer's words inside raia's own quotes: a quotation mark of theirs would close
    // them and let the comment read as raia's (a twelfth hostile review wrote "gate: passed").
    let comment = crate::assessment::as_words(comment).replace('"', "'");
    // Recorded as approved with words that withhold it: said so, with the way to an approval
    // if one was meant.
    let why = if withheld {
        ": recorded as approved, but its words withhold the approval, so it counts as a request for changes; if an approval was meant, the reviewer signs again with a comment that gives it"
    } else {
        ""
    };
    let on = match (date.trim(), comment.trim()) {
        ("", "") => String::new(),
        (d, "") => format!(" on {d}"),
        ("", c) => format!(" (\"{c}\"{why})"),
        (d, c) => format!(" on {d} (\"{c}\"{why})"),
    };
    if current && !others.is_empty() {
        format!(
            "{} {did} {these}{on}, and they have not changed since; the approval of the same answers by {} does not lift it: only {} can, by approving them; else change what was asked for, or note why not, and have a reviewer sign the changed answers (raia sign)",
            name.trim(),
            crate::explain::join_and(others),
            name.trim()
        )
    } else if current {
        format!(
            "{} {did} {these}{on}, and they have not changed since; change what was asked for, then have a reviewer sign the changed answers (raia sign)",
            name.trim()
        )
    } else if !others.is_empty() {
        format!(
            "{} {did} an earlier version of {these}{on}; the approval given since by {} is for answers that have changed again, so it does not stand for these: have a reviewer check the changes and sign (raia sign)",
            name.trim(),
            crate::explain::join_and(others)
        )
    } else {
        format!(
            "{} {did} an earlier version of {these}{on}, and no one has signed them since; have a reviewer check the changes and sign (raia sign)",
            name.trim()
        )
    }
}

/// When the assessment is due for review and why that date, in words: "due by 2026-07-15
/// (6 months for a high-risk assessment, from the sign-off of 2026-01-15)".
pub fn review_due(q: &Questionnaire, e: &Evaluation) -> String {
    use crate::engine::ReviewBasis;
    let Some(due) = &e.review.due else {
        return "none".to_string();
    };
    let why = match &e.review.basis {
        ReviewBasis::Set => "set in the assessment".to_string(),
        ReviewBasis::SignOff {
            months,
            from,
            current,
        } => format!(
            "{} for the {} tier, from the sign-off of {from}{}",
            plural(*months as usize, "month", "months"),
            tier(q, e.tier),
            if *current {
                ""
            } else {
                ", which no longer matches the answers"
            }
        ),
        ReviewBasis::None => String::new(),
    };
    format!("due by {due} ({why})")
}

/// A safeguard's evidence has expired, in a sentence that says what to do.
pub fn evidence_expired(s: &SafeguardResult) -> String {
    // A condition's day is no expiry: what is missing is a word that the condition was met.
    if s.expires_on_condition {
        return format!(
            "the evidence for \"{}\" gives its approval on a condition due by {}{}{}, and does not say the condition was met: record that it was, with the day (\"the retest was completed on ...\"), or renew the approval",
            s.title,
            s.evidence_expires,
            read_another_way(s, &s.evidence_expires),
            from_a_note(s)
        );
    }
    format!(
        "the evidence for \"{}\" expired on {}{}{}: renew it, then record the new evidence with its date and expires date (where the evidence's own words give an earlier expiry, that one counts, so say the new one in them)",
        s.title,
        s.evidence_expires,
        read_another_way(s, &s.evidence_expires),
        from_a_note(s)
    )
}

/// Shown by an answer, its dates come from the notes on the answers that show it, which may
/// speak of more than this one safeguard: said so, with how to date it apart.
fn from_a_note(s: &SafeguardResult) -> &'static str {
    if s.source == crate::engine::StatusSource::Answer {
        " (as a note or a summary behind the answers that show it says; if that date is another safeguard's or something else's, record this one with its own evidence and dates)"
    } else {
        ""
    }
}

/// When `date` was read from the evidence's own words written another way ("12/11/2026"), a
/// note that says so: day and month can be read either way, and the earlier is taken (a review
/// of honest files saw a date it never wrote).
fn read_another_way(s: &SafeguardResult, date: &str) -> &'static str {
    let rewritten = !date.is_empty()
        && !s.evidence.contains(date)
        && crate::engine::iso_dates(&s.evidence).is_some_and(|t| t.contains(date));
    // Day and month could be swapped only where both are 12 or less: "30.09.2025" cannot (a
    // review of honest evidence was told of an ambiguity its dates did not have).
    let part = |r: std::ops::Range<usize>| date.get(r).and_then(|x| x.parse::<u32>().ok());
    let either_way = part(5..7)
        .zip(part(8..10))
        .is_some_and(|(m, d)| m <= 12 && d <= 12 && m != d);
    // Said by how the evidence wrote it: "05/06/2025" could be either, "June 2025" or "Q2 2025"
    // is a period, "30 June 2025" is neither (a review read each with another's note).
    let tokens: Vec<String> = s
        .evidence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let numeric = tokens.iter().any(|t| {
        let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
        parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            && parts.first().is_some_and(|p| p.len() <= 2)
    });
    let day = |t: Option<&String>| {
        t.is_some_and(|t| {
            let digits = t.trim_end_matches(|c: char| c.is_alphabetic());
            (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
        })
    };
    let period = tokens.iter().enumerate().any(|(i, t)| {
        matches!(t.as_str(), "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
            || (t.starts_with("fy") && t.len() > 2)
            // A year alone, read at its last day.
            || (t.len() == 4 && date.starts_with(t.as_str()) && date.ends_with("-12-31"))
            || (crate::engine::english_month(t).is_some()
                && !day(i.checked_sub(1).and_then(|j| tokens.get(j)))
                && !day(tokens.get(i + 1)))
    });
    // "within six months" after the approval's date: a day the evidence does not write.
    let counted = !rewritten
        && !date.is_empty()
        && !s.evidence.contains(date)
        && crate::engine::relative_deadlines(
            crate::engine::iso_dates(&s.evidence)
                .as_deref()
                .unwrap_or(&s.evidence),
        )
        .is_some_and(|t| t.contains(date));
    if counted {
        " (the end of the span the condition gives, counted from the date before it; write the day as YYYY-MM-DD in the evidence to be exact)"
    } else if !rewritten {
        ""
    } else if either_way && numeric {
        " (read from a date the evidence writes another way: where day and month could be either, the earlier date is taken; write it as YYYY-MM-DD in the evidence to be exact)"
    } else if period {
        " (read from a date the evidence writes another way: a month, quarter or year named alone lapses at its end; write it as YYYY-MM-DD in the evidence to be exact)"
    } else {
        " (read from a date the evidence writes another way; write it as YYYY-MM-DD in the evidence to be exact)"
    }
}

/// A safeguard recorded in place whose plan targets a day after today, in a sentence that says
/// what to do.
pub fn planned_later(s: &SafeguardResult) -> String {
    format!(
        "\"{}\" is recorded in place, but its plan puts it in place by {}, after today: record it as planned until then, or clear the plan's target date if the work is done",
        s.title, s.plan_target
    )
}

/// A safeguard's evidence is dated after today, in a sentence that says what to do.
pub fn evidence_dated_later(s: &SafeguardResult) -> String {
    let date = s.evidence_date.as_str();
    // Read from "12/01/2026", where day and month could be either: the later reading is taken
    // for the day the work was done, and the sentence says so.
    let later = !date.is_empty()
        && !s.evidence.contains(date)
        && crate::engine::iso_dates_read(&s.evidence, crate::engine::DateReading::Later)
            .is_some_and(|t| t.contains(date));
    format!(
        "the evidence for \"{}\" is dated {}{}{}, after today: evidence cannot come from a day still to come; record the date it was made, or record the safeguard as planned until then",
        s.title,
        date,
        if later {
            " (read from a date the evidence writes another way: where day and month could be either, the later date is taken, and a month, quarter or year named alone counts from its first day; write it as YYYY-MM-DD to be exact)"
        } else {
            ""
        },
        from_a_note(s)
    )
}

/// A review date for a table cell: "2026-07-15", "OVERDUE, due by 2026-07-15", or `none` when
/// there is no date.
pub fn review_cell(due: Option<&str>, overdue: bool, none: &str) -> String {
    match due {
        None => none.to_string(),
        Some(due) if overdue => format!("OVERDUE, due by {due}"),
        Some(due) => due.to_string(),
    }
}

/// What the wizard's s and plain mode's sign say once a sign-off is recorded: what it names, when
/// it goes stale, and, for an approval, what it leaves open (`warning`,
/// [`crate::explain::approval_warning`]). `undo` is the mode's word for taking it back.
pub fn signed(
    q: &Questionnaire,
    entry: &crate::assessment::SignOff,
    warning: Option<String>,
    undo: &str,
) -> String {
    let gaps = match warning {
        Some(w) if entry.decision == Some(crate::assessment::Decision::Approved) => {
            format!(" Approved while {w}.")
        }
        _ => String::new(),
    };
    // What matters first: the wizard's message area has two lines (new-user pass: the gaps
    // note was cut off at 80 columns behind the hashes).
    // The role read back beside the name: "Smith, Dana" typed as one field reads as "Smith
    // (Dana)" at once (a team workflow review).
    let role = match entry.role.trim() {
        "" => String::new(),
        r => format!(" ({r})"),
    };
    format!(
        "Signed: {} by {}{role}.{gaps} It names assessment {} against {} version {}, and goes stale if any answer, note, safeguard record, system detail or the questionnaire text changes. {undo} takes it back.",
        entry.decision.map_or("", |d| d.label()),
        entry.name.trim(),
        entry.assessment_hash.get(..12).unwrap_or_default(),
        q.id,
        entry.questionnaire_version
    )
}

/// What an approval just recorded by `name` leaves standing, in sentences, for `raia sign`, the
/// wizard's s and plain mode's sign alike (a team workflow review approved over a rejection in
/// plain mode and was told nothing): a "no" given by someone else to an earlier version that
/// no later approval of theirs answered (any change since makes it stale, so the approver is
/// told to check that what was asked for was done), and another reviewer's "no" of these same
/// answers, which still fails the gate.
pub fn objections_after_approval(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    name: &str,
) -> Vec<String> {
    use crate::assessment::Decision;
    let hashes = a.signoff_hashes(q);
    let earlier_no = a
        .signoff
        .iter()
        .rev()
        .filter(|s| s.name.trim() != name.trim())
        .find(|s| {
            !s.is_current(&hashes)
                && matches!(
                    s.decides(),
                    Some(Decision::Rejected | Decision::ChangesRequested)
                )
                && !a.signoff.iter().any(|later| {
                    later.name.trim() == s.name.trim()
                        && later.date.as_str() > s.date.as_str()
                        && later.approves()
                })
        });
    let mut notes = Vec::new();
    if let Some(no) = earlier_no
        && let Some(did) = no.decides()
    {
        notes.push(earlier_objection_ended(did, &no.name, &no.date));
    }
    // Approved by who wrote the answers or owns the system (a hostile review's assessor and
    // system owner each approved their own): good practice asks for someone else, the policy
    // does not, so it is said and fails nothing.
    if let Some(own) = own_approval(q, a, name) {
        notes.push(own);
    }
    if let Some(n) = crate::engine::evaluate(q, a)
        .not_approved
        .filter(|n| n.current)
    {
        notes.push(not_approved(
            n.decision, &n.name, &n.date, n.current, &n.others, &n.comment, n.withheld,
        ));
    }
    notes
}

/// Whether `name` approves their own work: the assessment's assessor, or the accountable owner
/// the answers name; in a sentence that says what good practice asks, and that the policy does
/// not.
pub fn own_approval(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    name: &str,
) -> Option<String> {
    let who = crate::assessment::as_words(name.trim()).to_lowercase();
    if who.is_empty() {
        return None;
    }
    let same = |other: &str| crate::assessment::as_words(other.trim()).to_lowercase() == who;
    let what = if same(&a.metadata.assessor) {
        "the assessment's assessor, who wrote the answers"
    } else if q
        .questions
        .iter()
        .filter(|x| x.role.as_deref() == Some("owner-name"))
        .filter_map(|x| match a.answers.get(x.id.as_str()) {
            Some(crate::answer::Answer::Text(t)) => Some(t.as_str()),
            _ => None,
        })
        .any(|owner| {
            // "Andre Wilson, Chief Credit Officer": the name before its role.
            let owner = crate::assessment::as_words(owner).to_lowercase();
            owner == who
                || owner
                    .split([',', '(', ';'])
                    .next()
                    .is_some_and(|n| n.trim() == who)
        })
    {
        "the system's accountable owner"
    } else {
        return None;
    };
    Some(format!(
        "{} is {what}; an approval by someone independent of the work is good practice (recommended, not required by the policy): have another reviewer sign as well where you can",
        name.trim()
    ))
}

/// Said when a "no" is recorded with nothing said of what must change, by `raia sign` and plain
/// mode alike: it is the reviewer's choice, but the team is left to guess (a team workflow
/// review). `how` is the mode's way to say it ("--comment").
pub fn no_comment_note(how: &str) -> String {
    format!(
        "note: no {how} says what must change; the gate and the reports will only tell the team to change what was asked for."
    )
}

/// A sign-off in words: "changes requested by Dana Reviewer, 2026-12-02".
fn signoff_who(last: &crate::assessment::SignOff) -> String {
    let decision = last.decision.map_or("", |d| d.label());
    format!("{decision} by {}, {}", last.name.trim(), last.date.trim())
        .trim_start()
        .to_string()
}

/// What the wizard says the moment a change makes the latest sign-off stale, or a change taken
/// back makes it cover the answers again. `back` is the mode's way back, in words: "u takes the
/// change back", or after an undo, "U takes the undo back" (a new-user review followed "u" after
/// an undo and took back evidence instead).
pub fn signoff_coverage_changed(
    last: &crate::assessment::SignOff,
    covers: bool,
    back: &str,
) -> String {
    let who = signoff_who(last);
    if covers {
        format!("The sign-off ({who}) covers these answers again.")
    } else {
        // The way back first: a narrow screen cuts the end of a message (a wizard review lost
        // the undo key at 60 columns).
        format!(
            "The sign-off ({who}) no longer covers these answers ({back}): it needs signing again, and a CI gate that requires one fails until then."
        )
    }
}

/// Said before the response to AWS is written while the gate fails or no sign-off approves the
/// answers, in the wizard's export step and plain mode's export alike; `None` otherwise.
pub fn info_request_warning(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    e: &Evaluation,
    today: &str,
) -> Option<String> {
    let fails = !e
        .gate_on(crate::engine::Binding::of(q, a), false, Some(today))
        .is_empty();
    let approved = matches!(
        crate::portfolio::SignOffState::of(q, a, e),
        crate::portfolio::SignOffState::Current { ref decision, .. } if decision == "approved"
    );
    let why = match (fails, approved) {
        (true, false) => "the gate fails and nothing approves it",
        (true, true) => "the gate fails",
        (false, false) => "no sign-off approves it",
        (false, true) => return None,
    };
    Some(format!(
        "The Info request, for AWS, states {why}: read it first."
    ))
}

/// The result's line for a sign-off the answers have moved on from.
pub fn signoff_stale_short(last: &crate::assessment::SignOff) -> String {
    format!(
        "Sign-off STALE: {}, no longer covers these answers; it needs signing again (s).",
        signoff_who(last)
    )
}

/// What the wizard says on quitting when the latest sign-off no longer covers the answers:
/// the file is saved, but not approved as it stands.
pub fn signoff_stale_on_leaving(last: &crate::assessment::SignOff, file: &str) -> String {
    format!(
        "The sign-off ({}) no longer covers these answers: it needs signing again (raia sign {file}).",
        signoff_who(last)
    )
}

/// Where the latest sign-off stands: "current: approved by J. Doe, 2026-01-10", "STALE: ...",
/// "none".
pub fn signoff_state(s: &crate::portfolio::SignOffState) -> String {
    use crate::portfolio::SignOffState;
    match s {
        SignOffState::None => "none".to_string(),
        SignOffState::Current {
            decision,
            name,
            date,
        } => format!(
            "current: {} by {name}, {date}",
            crate::assessment::Decision::words_of(decision)
        ),
        SignOffState::Stale {
            decision,
            name,
            date,
        } => format!(
            "STALE: {} by {name}, {date}",
            crate::assessment::Decision::words_of(decision)
        ),
        SignOffState::NotValid {
            decision,
            name,
            date,
            why,
        } => format!(
            "NOT VALID: {} by {name}, {date}, but {why}",
            crate::assessment::Decision::words_of(decision)
        ),
    }
}

/// The review is overdue, in a sentence that says what to do.
pub fn review_overdue(q: &Questionnaire, e: &Evaluation) -> String {
    format!(
        "the review is overdue: {}; review the answers, sign the assessment again (raia sign) and set a new review_by under [metadata] if the default does not fit",
        review_due(q, e)
    )
}

/// What a kind of gate failure means, for one finding of it (a SARIF rule's description).
pub fn gate_rule(failure: &GateFailure, q: &Questionnaire) -> String {
    match failure {
        GateFailure::Prohibited { .. } => {
            format!("An answer confirms a {}", q.vocabulary.prohibited_use)
        }
        GateFailure::HiddenProhibits { .. } => format!(
            "An answer kept for a question the other answers now hide records a {}",
            q.vocabulary.prohibited_use
        ),
        GateFailure::HiddenMarks { .. } => {
            "An answer kept for a question the other answers now hide marks a consequential decision"
                .to_string()
        }
        GateFailure::ProhibitionsToConfirm { .. } => format!(
            "A {} is clear only while a safeguard is in place that the file does not show, or leaves to be confirmed",
            q.vocabulary.prohibited_use
        ),
        GateFailure::Incomplete { .. } => {
            "A question that counts is unanswered, or an answer needs a note".to_string()
        }
        GateFailure::BlankDetails { .. } => {
            "A required system detail is blank or a placeholder".to_string()
        }
        GateFailure::ToReconfirm { .. } => {
            "An answer is to be confirmed again after a migration".to_string()
        }
        GateFailure::PolicyGaps { layer, .. } => format!(
            "A safeguard {} requires is missing, planned, recorded without a reason or evidence, or recorded not applicable where this use needs it",
            whose_rules(q, *layer)
        ),
        GateFailure::RequirementsNotMet { layer, .. } => {
            format!("A {} is not met", requirement_words(q, *layer).0)
        }
        GateFailure::RequirementsToConfirm { layer, .. } => format!(
            "Nothing in the answers shows how a {} is met",
            requirement_words(q, *layer).0
        ),
        GateFailure::Conflicts {
            titles, held_back, ..
        } if titles.iter().all(|t| held_back.contains(t)) => {
            "A safeguard waits on a contradiction or judgement on the answers".to_string()
        }
        GateFailure::Conflicts { .. } => {
            "The answers and the file do not agree on whether a safeguard is in place".to_string()
        }
        GateFailure::Contradictions { count: 0, .. } => {
            "A judgement on the answers is to be settled".to_string()
        }
        GateFailure::Contradictions { .. } => "Answers contradict each other".to_string(),
        GateFailure::QuestionnaireUnbound => {
            "The assessment is not bound to a questionnaire text".to_string()
        }
        GateFailure::QuestionnaireChanged => {
            "The questionnaire text in use is not the one the answers were given against"
                .to_string()
        }
        GateFailure::QuestionnaireSuperseded => {
            "The answers are read against an older release of the rules than raia holds"
                .to_string()
        }
        GateFailure::QuestionnaireImitates => {
            "The rules in use carry the built-in questionnaire's id but are not one of its releases"
                .to_string()
        }
        GateFailure::PolicyNotScreened { .. } => {
            "The rules in use do not screen every prohibited use the policy names".to_string()
        }
        GateFailure::ConcernsUnguarded { .. } => format!(
            "The system could be used for a {} and none of the safeguards against it is in place",
            q.vocabulary.prohibited_use
        ),
        GateFailure::ShouldGaps { .. } => {
            "A safeguard the policy says should be in place is open (--strict)".to_string()
        }
        GateFailure::PracticeGaps { .. } => {
            "A recommended safeguard is open (--strict)".to_string()
        }
        GateFailure::ReviewOverdue { .. } => "The assessment is past its review date".to_string(),
        GateFailure::EvidenceExpired { .. } => {
            "A safeguard is in place on evidence that has expired, or on an approval whose condition fell due unmet".to_string()
        }
        GateFailure::EvidenceDatedLater { .. } => {
            "A safeguard is in place on evidence dated after today".to_string()
        }
        GateFailure::PlannedLater { .. } => {
            "A safeguard is recorded in place but planned for a day after today".to_string()
        }
        GateFailure::NotApproved { .. } => {
            "The latest sign-off rejected the answers or asked for changes".to_string()
        }
        GateFailure::SignOffDatedLater { .. } => {
            "The approval the review date counts from is dated after today".to_string()
        }
        GateFailure::NoCurrentApproval { .. } => {
            "No sign-off approves the answers as they stand (--require-signoff)".to_string()
        }
    }
}

/// One finding of a failed gate, about one answer, safeguard or requirement, in a sentence a
/// reviewer reads beside the line of the file it points at.
pub fn gate_finding(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    failure: &GateFailure,
    subject: &Subject,
) -> String {
    let prompt = |id: &str| {
        q.question(id)
            .map_or_else(|| id.to_string(), |x| x.prompt.to_string())
    };
    let safeguard = |id: &str| -> String {
        e.safeguard(id).map_or_else(
            || id.to_string(),
            |s| format!("\"{}\" is {}", s.title, safeguard_state(s)),
        )
    };
    match (failure, subject) {
        (GateFailure::Prohibited { .. }, Subject::Question(id)) => {
            let confirmed: Vec<String> = e
                .confirmed()
                .filter(|p| p.confirmed_by.iter().any(|r| r.question == **id))
                .map(|p| p.title.to_string())
                .collect();
            let answer = e
                .confirmed()
                .flat_map(|p| &p.confirmed_by)
                .find(|r| &r.question == id)
                .map_or(String::new(), |r| r.answer.to_string());
            format!(
                "\"{}\" → {answer} confirms a {}: {}",
                prompt(id),
                q.vocabulary.prohibited_use,
                confirmed.join(", ")
            )
        }
        (GateFailure::HiddenMarks { .. }, Subject::Question(id)) => e
            .hidden_marks
            .iter()
            .find(|h| &h.reason.question == id)
            .map_or_else(|| prompt(id), |h| hidden_mark(q, h)),
        (GateFailure::HiddenProhibits { .. }, Subject::Question(id)) => e
            .hidden_prohibits
            .iter()
            .find(|h| &h.reason.question == id)
            .map_or_else(|| prompt(id), |h| hidden_prohibit(q, e, h)),
        (_, Subject::Unanswered(id)) => format!(
            "\"{}\" is not answered, so the assessment is incomplete",
            prompt(id)
        ),
        (GateFailure::Incomplete { .. }, Subject::Question(id)) => match a.notes.get(id.as_str()) {
            Some(note) if !note.trim().is_empty() => format!(
                "the note on \"{}\" (\"{}\") says nothing yet, so the assessment is incomplete",
                prompt(id),
                clip(note.trim(), 40)
            ),
            _ => format!(
                "the answer to \"{}\" needs a note, so the assessment is incomplete",
                prompt(id)
            ),
        },
        (_, Subject::Questionnaire) => binding(q, a, Binding::of(q, a)).unwrap_or_default(),
        (GateFailure::EvidenceExpired { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
            Some(s) => evidence_expired(s),
            None => id.clone(),
        },
        (GateFailure::EvidenceDatedLater { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
            Some(s) => evidence_dated_later(s),
            None => id.clone(),
        },
        (GateFailure::PlannedLater { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
            Some(s) => planned_later(s),
            None => id.clone(),
        },
        // A recommendation says so: a compliance review read recommended practice at the
        // same level as human review the policy requires, with nothing to tell them apart.
        (GateFailure::Conflicts { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
            Some(s) if s.basis == Basis::Practice => format!(
                "{} (recommended practice: the gate fails on the answers disagreeing, not on the safeguard being absent)",
                to_be_confirmed(q, s)
            ),
            Some(s) => to_be_confirmed(q, s),
            None => id.clone(),
        },
        (GateFailure::ShouldGaps { .. }, Subject::Safeguard(id)) => format!(
            "{}; the policy says it should be in place (--strict)",
            safeguard(id)
        ),
        (GateFailure::PracticeGaps { .. }, Subject::Safeguard(id)) => {
            format!("{}; it is recommended practice (--strict)", safeguard(id))
        }
        (GateFailure::ConcernsUnguarded { .. }, Subject::Safeguard(id)) => {
            let against: Vec<String> = e
                .unguarded_concerns()
                .iter()
                .filter(|(_, sgs)| sgs.iter().any(|s| &s.id == id))
                .map(|(p, _)| p.title.to_string())
                .collect();
            format!(
                "{}, and no other safeguard against {} is in place; it is recommended, but one of them must be, since the policy forbids such uses, whether the system makes them or lets others make them",
                safeguard(id),
                against.join(" or ")
            )
        }
        // The prohibited use it keeps clear, by name (a review read "the policy requires it"
        // beside consent records every report calls recommended practice).
        (GateFailure::ProhibitionsToConfirm { .. }, Subject::Safeguard(id)) => {
            let uses: Vec<String> = e
                .unbacked_prohibitions(None)
                .iter()
                .filter(|(_, s)| &s.id == id)
                .map(|(p, _)| format!("\"{}\"", p.title))
                .collect();
            // Lapsed evidence is judged on a day this wording is not given: say it generally.
            let uses = if uses.is_empty() {
                format!("a {}", q.vocabulary.prohibited_use)
            } else {
                uses.join(" and ")
            };
            format!(
                "{}; the answers keep {uses} clear only while it is in place, which the file does not show",
                safeguard(id)
            )
        }
        (_, Subject::Safeguard(id)) => {
            format!("{}; the policy requires it for this use", safeguard(id))
        }
        (f, Subject::Requirement(id)) => match e.requirements.iter().find(|r| &r.id == id) {
            Some(r) => {
                let clause = if r.clause.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.clause)
                };
                if matches!(f, GateFailure::RequirementsToConfirm { .. }) {
                    let why = super::safeguards::requirement_note(q, e, r);
                    if why.is_empty() || why == super::safeguards::NOTHING_SHOWS {
                        format!(
                            "nothing in the answers shows how the policy requirement \"{}\" is met{clause}",
                            r.title
                        )
                    } else {
                        format!(
                            "the policy requirement \"{}\" is to be confirmed{clause}: {why}",
                            r.title
                        )
                    }
                } else {
                    format!("the policy requirement \"{}\" is not met{clause}", r.title)
                }
            }
            None => id.clone(),
        },
        (_, Subject::Contradiction(id)) => match e.contradictions.iter().find(|c| &c.id == id) {
            Some(c) => contradiction(c),
            None => id.clone(),
        },
        (_, Subject::Review) => review_overdue(q, e),
        (GateFailure::SignOffDatedLater { date }, Subject::SignOff) => signoff_dated_later(date),
        (GateFailure::NoCurrentApproval { latest }, Subject::SignOff) => {
            no_current_approval(latest)
        }
        (_, Subject::SignOff) => match &e.not_approved {
            Some(n) => not_approved(
                n.decision, &n.name, &n.date, n.current, &n.others, &n.comment, n.withheld,
            ),
            None => "the latest sign-off".to_string(),
        },
        (_, Subject::Question(id)) => format!("\"{}\"", prompt(id)),
        (_, Subject::Detail(key)) => crate::assessment::Detail::from_key(key).map_or_else(
            || key.clone(),
            |d| format!("{} is blank or a placeholder", d.label()),
        ),
    }
}

/// "Not compliant ..." for the rules whose requirements are not met or whose safeguards are
/// missing, each named with its own: an overlay's rule is the organisation's, never said as a
/// breach of the policy below it (a seventh hostile review read an Acme register rule reported
/// to AWS as a breach of the AWS policy).
fn not_compliant(q: &Questionnaire, e: &Evaluation) -> String {
    let req_layer = |id: &str| q.requirement(id).map_or(0, |r| r.layer);
    let sg_layer = |id: &str| q.safeguard(id).map_or(0, |s| s.layer);
    // Each layer's rules by name, base first, with what is not met under them.
    // (name, not met, gaps, not shown to be met)
    type Rules = (String, Vec<String>, usize, Vec<String>);
    let mut by_rules: Vec<Rules> = Vec::new();
    fn entry<'a>(
        by_rules: &'a mut Vec<Rules>,
        q: &Questionnaire,
        layer: usize,
    ) -> Option<&'a mut Rules> {
        let name = super::layers::layer_rules(q, layer)
            .unwrap_or_else(|| format!("the {}", q.policy.name));
        let i = match by_rules.iter().position(|(n, ..)| *n == name) {
            Some(i) => i,
            None => {
                by_rules.push((name, Vec::new(), 0, Vec::new()));
                by_rules.len() - 1
            }
        };
        by_rules.get_mut(i)
    }
    for r in e
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::NotMet)
    {
        // What is missing under it, named: the policy names the measure but not its method, so
        // "not met: Testing" read to AWS as a flat admission where the team had tested and raia's
        // reading asked for a comparison across groups as well (a review of honest teams).
        let missing: Vec<&str> = e
            .safeguards
            .iter()
            .filter(|s| s.requirement == r.id && s.is_policy_gap())
            .map(|s| s.title.as_str())
            .collect();
        // An organisation's own rules say what they require themselves: only the policy's
        // measures are raia's reading.
        let named = match (missing.is_empty(), req_layer(&r.id)) {
            (true, _) => r.title.to_string(),
            // "not in place": a planned one read "missing" beside its own line saying planned
            // (a plain-mode review).
            (false, 0) => format!(
                "{} (as raia reads it for this use: {} not in place)",
                r.title,
                missing.join(", ")
            ),
            (false, _) => format!("{} ({} not in place)", r.title, missing.join(", ")),
        };
        if let Some(x) = entry(&mut by_rules, q, req_layer(&r.id)) {
            x.1.push(named);
        }
    }
    for s in e
        .gaps
        .iter()
        .filter_map(|id| e.safeguard(id))
        .filter(|s| s.is_policy_gap())
    {
        if let Some(x) = entry(&mut by_rules, q, sg_layer(&s.id)) {
            x.2 += 1;
        }
    }
    // What the answers leave to be confirmed beside them, named as the gate names it: a
    // new-user trial read the gate's "not shown to be met (Safeguards specific to the use case)"
    // and found it nowhere in this line.
    for r in e.requirements.iter().filter(|r| {
        r.applies
            && r.state == RequirementState::ToBeConfirmed
            && r.basis == Basis::Policy
            && r.obligation == crate::questionnaire::Obligation::Must
            && !r.in_doubt
    }) {
        // Held back by a status the answers contradict, the gate counts it with the safeguards
        // to confirm: said so here, so the two lists agree (a new-user trial found Human
        // oversight "not shown" here and not among the gate's requirements).
        let contradicted: Vec<&str> = e
            .safeguards
            .iter()
            .filter(|s| s.requirement == r.id && s.is_contradicted())
            .map(|s| s.title.as_str())
            .collect();
        let named = if contradicted.is_empty() {
            r.title.to_string()
        } else {
            format!(
                "{} (until the status of {} is confirmed)",
                r.title,
                contradicted.join(" and ")
            )
        };
        if let Some(x) = entry(&mut by_rules, q, req_layer(&r.id)) {
            x.3.push(named);
        }
    }
    let parts: Vec<(String, String)> = by_rules
        .into_iter()
        .filter(|(_, unmet, gaps, _)| !unmet.is_empty() || *gaps > 0)
        .map(|(name, unmet, gaps, unshown)| {
            let what = if unmet.is_empty() {
                plural(
                    gaps,
                    "safeguard its words require is not in place",
                    "safeguards its words require are not in place",
                )
            } else {
                format!("not met: {}", unmet.join(", "))
            };
            let what = if unshown.is_empty() {
                what
            } else {
                format!(
                    "{what}; not shown to be met by the answers: {}",
                    unshown.join(", ")
                )
            };
            (name, what)
        })
        .collect();
    let said = parts
        .iter()
        .enumerate()
        .map(|(i, (name, what))| {
            if i == 0 {
                format!("{name} as answered: {what}")
            } else {
                format!("and with {name}: {what}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    let base = format!("the {}", q.policy.name);
    if parts.iter().all(|(n, _)| *n != base) {
        format!(
            "No gap against the {}'s own requirements was found in the answers; not compliant with {said}.",
            q.policy.name
        )
    } else {
        format!("Not compliant with {said}.")
    }
}

/// The concerns nothing in place stands against, in words: "the answers show the system could
/// be used for Voice or likeness without consent, and none of Consent or licence records,
/// Controls on uploads of faces and voices is in place; the policy forbids allowing others
/// such uses". None when every concern is guarded.
/// What an approval leaves standing, in words, for every mode's sign-off (`raia sign` after
/// signing, the wizard before and after): misuse left open, as the gate words it, then the
/// safeguards the policy requires that are not in place. `None` when neither is so.
pub fn approval_warning(e: &Evaluation) -> Option<String> {
    let mut parts: Vec<String> = unguarded_words(e).into_iter().collect();
    let policy_gaps = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    if policy_gaps > 0 {
        parts.push(format!(
            "{} the policy requires {} not in place (the report lists them)",
            super::plural(policy_gaps, "safeguard", "safeguards"),
            if policy_gaps == 1 { "is" } else { "are" }
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; and "))
}

pub fn unguarded_words(e: &Evaluation) -> Option<String> {
    let open = e.unguarded_concerns();
    if open.is_empty() {
        return None;
    }
    let each: Vec<String> = open
        .iter()
        .map(|(p, against)| {
            let titles: Vec<&str> = against.iter().map(|s| s.title.as_str()).collect();
            let none = match titles.as_slice() {
                [one] => format!("{one} is not in place"),
                _ => format!("none of {} is in place", titles.join(", ")),
            };
            // The answers that raise it, so a reviewer sees why (a review of honest files
            // could not tell which answer raised a concern about minors).
            let raised = if p.concerns.is_empty() {
                String::new()
            } else {
                format!(" ({})", super::tier::because(&p.concerns))
            };
            format!("{}{raised}, and {none}", p.title)
        })
        .collect();
    Some(format!(
        "the answers show the system could be used for {}; the policy forbids such uses, whether the system makes them or lets others make them",
        each.join("; for ")
    ))
}

/// The compliance statement a result screen gives on the day given, whatever the result:
/// prohibited, not compliant (what is not met, even while a note is missing), to be confirmed,
/// or no gap found; `None` while questions that could change it are open. The
/// wizard and plain mode both say it: a new user saw counts there while `raia score --gate`
/// failed, and a later one saw nothing say that a complete assessment passed.
pub fn result_compliance(q: &Questionnaire, e: &Evaluation, today: &str) -> Option<String> {
    // While questions are open, only what already fails whatever they say: the "incomplete"
    // line above says the rest.
    let fails_anyway = || {
        e.safeguards.iter().any(|s| s.is_policy_gap())
            || e.requirements
                .iter()
                .any(|r| r.state == RequirementState::NotMet)
            || !e.unguarded_concerns().is_empty()
    };
    // A prohibited use fails whatever else is answered, and the sentence that says it must not
    // proceed belongs on the screen as in the reports (a wizard review found it missing).
    (e.tier == crate::questionnaire::Tier::Prohibited || e.complete || fails_anyway())
        .then(|| compliance_statement(q, e, Some(today)))
}

/// [`result_compliance`] for the wizard's and plain mode's result, followed by the gate's own
/// reasons where it fails, as in the reports, and whether the gate passes (a new-user pass read
/// "no gap" on the result beside a sign-off that asked for changes, while `raia score --gate`
/// failed on it).
pub fn result_statement(
    q: &Questionnaire,
    a: &crate::assessment::Assessment,
    e: &Evaluation,
    today: &str,
) -> Option<(String, bool)> {
    let statement = result_compliance(q, e, today)?;
    let failures: Vec<GateFailure> = e
        .gate_on(crate::engine::Binding::of(q, a), false, Some(today))
        .into_iter()
        .map(|f| f.failure)
        .collect();
    let passes = e.complete && failures.is_empty();
    // Only what the statement and the result's own lines do not say already: a sign-off's
    // "no", a review date passed, answers kept for hidden questions, the text the answers are
    // bound to.
    let unsaid: Vec<GateFailure> = failures
        .into_iter()
        .filter(|f| {
            !matches!(
                f,
                GateFailure::Prohibited { .. }
                    | GateFailure::Incomplete { .. }
                    | GateFailure::BlankDetails { .. }
                    | GateFailure::PolicyGaps { .. }
                    | GateFailure::RequirementsNotMet { .. }
                    | GateFailure::RequirementsToConfirm { .. }
                    | GateFailure::Conflicts { .. }
                    | GateFailure::Contradictions { .. }
                    | GateFailure::ConcernsUnguarded { .. }
                    | GateFailure::ProhibitionsToConfirm { .. }
                    | GateFailure::PolicyNotScreened { .. }
                    | GateFailure::EvidenceExpired { .. }
                    | GateFailure::EvidenceDatedLater { .. }
                    | GateFailure::PlannedLater { .. }
            )
        })
        .collect();
    if unsaid.is_empty() {
        return Some((statement, passes));
    }
    Some((
        format!(
            "{statement} A CI gate (raia score --gate) {}fails: {}.",
            if statement.starts_with("No gap") {
                "still "
            } else {
                "also "
            },
            gate_failures(&unsaid, q).join("; ")
        ),
        passes,
    ))
}

/// Where the use stands against the policy's own words, in one sentence for the reports:
/// prohibited, not compliant (what is not met), to be confirmed (and why), not stated yet
/// (incomplete), or no gap found, with the "should" items and recommendations said apart as
/// no breach.
pub fn compliance_statement(q: &Questionnaire, e: &Evaluation, today: Option<&str>) -> String {
    with_reading(q, statement(q, e, today, &policy_names(q)))
}

/// Rules that name the built-in's policy without being raia's reading of it, in words: every
/// statement of compliance made with them says whose reading it is.
pub fn own_reading(q: &Questionnaire) -> Option<String> {
    let base = q.layers.first();
    q.reads_builtin_policy_its_own_way().then(|| {
        format!(
            "these findings come from questionnaire `{}` version {} ({}), which names the {} but is neither a release of raia's built-in questionnaire nor an overlay of one, so what it requires is its own reading of the policy: check its rules against the policy before relying on them",
            base.map_or(q.id.as_str(), |l| l.id.as_str()),
            base.map_or(q.version.as_str(), |l| l.version.as_str()),
            base.map_or(q.source.as_str(), |l| l.source.as_str()),
            q.policy.name
        )
    })
}

fn with_reading(q: &Questionnaire, statement: String) -> String {
    match own_reading(q) {
        Some(r) => format!("{statement} Note: {r}."),
        None => statement,
    }
}

/// [`compliance_statement`] against the base policy alone, when an overlay adds rules of its
/// own; `None` without one. A reports review read "compliance with the AWS Responsible AI Policy
/// and Acme Responsible AI Standard is to be confirmed", in the response to AWS, over an open
/// item of Acme's register while every requirement of the policy was met.
pub fn policy_compliance_statement(
    q: &Questionnaire,
    e: &Evaluation,
    today: Option<&str>,
) -> Option<String> {
    if q.layers.len() <= 1 {
        return None;
    }
    let overlay_question = |id: &str| q.question(id).is_some_and(|x| x.layer > 0);
    let mut base = e.clone();
    // The overlay's safeguards stay (lookups index them) but ask nothing of the policy.
    for s in base.safeguards.iter_mut().filter(|s| s.layer > 0) {
        s.required = false;
        s.conflicts.clear();
        s.unjustified = false;
        s.awaits_answer = false;
        s.answer_pending = false;
    }
    base.gaps
        .retain(|id| q.safeguard(id).is_none_or(|s| s.layer == 0));
    base.requirements.retain(|r| r.layer == 0);
    base.unanswered.retain(|id| !overlay_question(id));
    base.notes_missing.retain(|id| !overlay_question(id));
    base.complete = base.unanswered.is_empty() && base.notes_missing.is_empty();
    // Found again from the results as changed above.
    base.guards = base.find_open_guards();
    Some(with_reading(q, statement(q, &base, today, &q.policy.name)))
}

fn statement(q: &Questionnaire, e: &Evaluation, today: Option<&str>, policy_name: &str) -> String {
    // Required safeguards in place on evidence that has expired or is dated after today: the
    // gate fails on them, so no "no gap" (a review read it beside an expired risk assessment).
    let lapsed: Vec<String> = e
        .lapsed(today)
        .map(|s| format!("\"{}\"", s.title))
        .collect();
    let count = |f: &dyn Fn(&SafeguardResult) -> bool| {
        e.gaps
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| f(s))
            .count()
    };
    let policy_gaps = count(&|s| s.is_policy_gap());
    let should_gaps = count(&|s| s.is_should_gap());
    let recommendations = count(&|s| s.is_practice_gap());
    let to_confirm = e.conflicts().count();
    let unmet: Vec<&str> = e
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::NotMet)
        .map(|r| r.title.as_str())
        .collect();
    // Requirements the policy's own words bind this use to, with nothing to show for them, and
    // why, when something under them says more than "nothing shows it" (a reason missing).
    let (mut unshown, mut explained): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for r in e.requirements.iter().filter(|r| {
        r.state == RequirementState::ToBeConfirmed
            && r.basis == Basis::Policy
            && r.obligation == Obligation::Must
    }) {
        let why = super::safeguards::requirement_note(q, e, r);
        if why.is_empty() || why == super::safeguards::NOTHING_SHOWS {
            unshown.push(r.title.to_string());
        } else {
            explained.push(format!("for {}, {why}", r.title));
        }
    }
    // A prohibited use clear only while a safeguard the file does not back is in place: said in
    // the one-line statement too, not only in the gate's list (a review).
    let mut unbacked: Vec<String> = e
        .unbacked_prohibitions(today)
        .iter()
        .map(|(p, s)| format!("{} ({})", p.title, clear_only_while(s, today)))
        .collect();
    unbacked.extend(
        e.doubted_prohibitions(today)
            .map(|p| format!("{} ({})", p.title, RULED_OUT_BY_DISAGREEING_SHORT)),
    );
    let unbacked_sentence = (!unbacked.is_empty()).then(|| {
        format!(
            "the answers do not yet rule out {}: {}",
            if unbacked.len() == 1 {
                format!("a {}", q.vocabulary.prohibited_use)
            } else {
                format!("{} {}s", unbacked.len(), q.vocabulary.prohibited_use)
            },
            unbacked.join("; ")
        )
    });
    if e.tier == Tier::Prohibited {
        format!(
            "The answers confirm a {}: the use does not comply with the {} and must not proceed as described.",
            q.vocabulary.prohibited_use, policy_name
        )
    } else if !unmet.is_empty() || policy_gaps > 0 {
        // A possible prohibited use left unguarded is said here too, first: the gate fails on
        // it before the gaps (a new-user pass read the gaps alone in the one-line statement
        // while the gate's first reason was a privacy concern).
        let besides: Vec<String> = unguarded_words(e)
            .into_iter()
            .chain(unbacked_sentence.clone())
            .collect();
        if besides.is_empty() {
            not_compliant(q, e)
        } else {
            format!(
                "{} Besides, {}.",
                not_compliant(q, e),
                besides.join("; and ")
            )
        }
    } else if !e.unscreened.is_empty() {
        format!(
            "Compliance with the {} cannot be stated: the rules in use do not screen {} of its prohibited uses ({}).",
            policy_name,
            e.unscreened.len(),
            e.unscreened.join("; ")
        )
    } else if let Some(open) = unguarded_words(e) {
        // The gate fails on it as on a policy gap (a new-user review read "to be confirmed" as
        // softer than the failed gate it is).
        format!("Not compliant with the {policy_name} as answered: {open}.")
    } else if let Some(u) = &unbacked_sentence {
        format!("Compliance with the {policy_name} is to be confirmed: {u}.")
    } else if to_confirm > 0
        && e.contradictions.is_empty()
        && e.conflicts().all(|s| s.basis == Basis::Practice)
        && !e
            .requirements
            .iter()
            .any(|r| r.state == RequirementState::ToBeConfirmed)
    {
        // Only recommendations are in doubt: no requirement of the policy rests on them, so the
        // policy's own are not "to be confirmed" (an end-to-end review read that beside a
        // recommended appeal route alone). The gate still fails until they are settled.
        let statuses: Vec<String> = e.conflicts().map(|s| format!("\"{}\"", s.title)).collect();
        format!(
            "No gap against the {policy_name}'s own requirements was found in the answers, but they disagree on whether {} {} in place ({}); settle that before relying on this result.",
            statuses.join(", "),
            if statuses.len() == 1 { "is" } else { "are" },
            if statuses.len() == 1 {
                "recommended practice, not a requirement of the policy"
            } else {
                "each recommended practice, not a requirement of the policy"
            }
        )
    } else if to_confirm > 0 || !e.contradictions.is_empty() {
        // Which of the two it is, by name: a review read "answers contradict each other" where
        // none did and one recorded status was in doubt.
        let statuses: Vec<String> = e.conflicts().map(|s| format!("\"{}\"", s.title)).collect();
        let is = if statuses.len() == 1 { "is" } else { "are" };
        // A judgement of raia's is said as one: "the review is likely nominal", not "answers
        // contradict each other" (a new-user trial).
        let judged: Vec<String> = e
            .contradictions
            .iter()
            .filter_map(|c| c.judgement_title().map(lower_first))
            .collect();
        let at_odds = if judged.len() == e.contradictions.len() {
            format!("raia judges that {}", join_and(&judged))
        } else {
            "answers contradict each other".to_string()
        };
        let what = match (e.contradictions.is_empty(), statuses.is_empty()) {
            (false, true) => at_odds,
            (true, _) => format!(
                "the answers, or the answers and the file, disagree on whether {} {is} in place",
                statuses.join(", ")
            ),
            (false, false) => format!(
                "{at_odds}, and the answers disagree on whether {} {is} in place",
                statuses.join(", ")
            ),
        };
        format!("Compliance with the {policy_name} is to be confirmed: {what}.")
    } else if !unshown.is_empty() || !explained.is_empty() {
        if !unshown.is_empty() {
            explained.push(format!(
                "nothing in the answers shows how {} {} met",
                unshown.join(", "),
                if unshown.len() == 1 { "is" } else { "are" }
            ));
        }
        format!(
            "Compliance with the {} is to be confirmed: {}.",
            policy_name,
            explained.join("; ")
        )
    } else if !e.complete {
        format!(
            "Compliance with the {} cannot be stated yet: the assessment is incomplete.",
            policy_name
        )
    } else if !lapsed.is_empty() {
        format!(
            "Compliance with the {} is to be confirmed: {}.",
            policy_name,
            super::safeguards::lapse_reasons(e.lapsed(today), today)
        )
    } else {
        format!(
            "No gap against the {}'s own requirements was found in the answers{}.",
            policy_name,
            match (should_gaps, recommendations) {
                (0, 0) => String::new(),
                (s, r) => format!(
                    "; {}{}{} {} open, which is not a breach",
                    if s > 0 {
                        plural(
                            s,
                            "item the policy says should be done",
                            "items the policy says should be done",
                        )
                    } else {
                        String::new()
                    },
                    if s > 0 && r > 0 { " and " } else { "" },
                    if r > 0 {
                        plural(r, "recommendation", "recommendations")
                    } else {
                        String::new()
                    },
                    if s + r == 1 { "remains" } else { "remain" }
                ),
            }
        )
    }
}

/// The first `max` characters of `text` on one line, with "…" when it goes on.
pub(crate) fn clip(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", text.get(..i).unwrap_or(&text)),
        None => text,
    }
}
