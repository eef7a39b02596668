//! `evaluate()`: from a questionnaire and an assessment to findings, tier, score, required
//! safeguards and gaps. Pure: no I/O, no clock. Every number traces back to answers.
//! The rules are stated in docs/scoring.md; keep the two in step.

mod gate;
mod pass;
mod results;
mod update;

pub use gate::*;
pub(crate) use pass::signer_names_no_one;
use pass::{Answers, Walk};
pub use pass::{
    awaiting_questions, evaluate, evaluate_on, evaluate_without_what_if,
    evaluate_without_what_if_on,
};
pub use results::*;
pub use update::Readers;

/// One change to an assessment that [`reevaluate`] can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed<'a> {
    /// The answer or the note (or both) of this question.
    Question(&'a str),
    /// The recorded status and evidence of this safeguard.
    Safeguard(&'a str),
}

/// Brings `e`, the evaluation without what-ifs of these answers before `changed`, up to date
/// with `a`: patched in place where the change provably reaches no further than the patch
/// follows (`update`), else evaluated in full. Returns the evaluation replaced by a full one,
/// for the caller to free when it suits (issue 7).
pub fn reevaluate(
    readers: &Readers,
    q: &Questionnaire,
    a: &Assessment,
    e: &mut Evaluation,
    changed: Changed<'_>,
) -> Option<Evaluation> {
    let patched = update::fits(readers, q, e)
        && match changed {
            Changed::Question(id) => update::patch(readers, q, a, e, id),
            Changed::Safeguard(id) => update::patch_safeguard(q, a, e, id),
        };
    if patched {
        // Every test runs in a debug build: each patch there is checked against the whole.
        debug_assert_eq!(
            *e,
            evaluate_without_what_if_on(q, a, e.judged_on.as_deref()),
            "the patch after {changed:?} differs from a whole evaluation"
        );
        None
    } else {
        // Judged on the same day as the evaluation it replaces.
        let judged_on = e.judged_on.take();
        Some(std::mem::replace(
            e,
            evaluate_without_what_if_on(q, a, judged_on.as_deref()),
        ))
    }
}

use crate::answer::Answer;
use crate::assessment::{Assessment, SafeguardStatus};
use crate::questionnaire::{
    Applies, Basis, Effects, Obligation, Question, QuestionKind, Questionnaire, RiskCombine, Tier,
};
use crate::questionnaire::{Facts, Text};
use foldhash::{HashMap, HashMapExt, HashSet};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The effects an answer brings, each with the answer text a person would read.
/// An option's label is shared with the questionnaire (`Text`), not copied.
pub fn answer_effects<'q>(q: &'q Question, a: &Answer) -> Vec<(Text, &'q Effects)> {
    let mut out = Vec::new();
    each_answer_effect(q, a, |text, effects| out.push((text, effects)));
    out
}

/// [`answer_effects`], handed to `f` one by one instead of collected: the evaluation asks
/// this of every answer.
pub fn each_answer_effect<'q>(q: &'q Question, a: &Answer, mut f: impl FnMut(Text, &'q Effects)) {
    match q.kind {
        QuestionKind::Single | QuestionKind::Multi | QuestionKind::YesNo => {
            for o in a.each_picked().filter_map(|id| q.option(id)) {
                f(o.label.clone(), &o.effects);
            }
        }
        QuestionKind::Number => {
            let Some(n) = a.number() else {
                return;
            };
            if let Some(b) = q.bands.iter().rev().find(|b| n >= b.at_least) {
                let text = if b.label.is_empty() {
                    display_number(n)
                } else {
                    format!("{} ({})", display_number(n), b.label)
                };
                f(Text::from(text), &b.effects);
            }
        }
        _ => {}
    }
}

/// What an evaluation established, as facts a condition can be checked against: the visible
/// answers that are given, the categories and the concerns. `explain::asked_because` says with
/// them why a condition holds.
pub fn established<'a>(q: &Questionnaire, a: &'a Assessment, e: &Evaluation) -> impl Facts + 'a {
    let mut by_id = HashMap::new();
    for id in &e.visible {
        if let Some((id, ans)) = a.answers.get_key_value(id.as_str()).filter(|(_, x)| {
            q.question(id)
                .map_or_else(|| is_given(x), |question| is_given_to(question, x))
        }) {
            by_id.insert(id.as_str(), ans);
        }
    }
    let mut walk = Walk {
        answers: Answers::ById(by_id),
        ..Walk::default()
    };
    walk.categories = e.categories.iter().map(|c| c.id.clone()).collect();
    walk.concerns = e
        .prohibitions
        .iter()
        .filter(|p| !p.concerns.is_empty())
        .map(|p| p.id.clone())
        .collect();
    walk
}

/// Whether this answer needs a note (one of its picked options or bands says so).
pub fn note_required(q: &Question, a: &Answer) -> bool {
    answer_effects(q, a).iter().any(|(_, e)| e.note_required)
}

/// What the note on this answer should cover: the hints of the effects that require a note,
/// each once, joined. Empty when no note is required or no hint is given.
pub fn note_hint(q: &Question, a: &Answer) -> String {
    let mut hints: Vec<&str> = Vec::new();
    for (_, e) in answer_effects(q, a) {
        let h = e.note_hint.trim();
        if e.note_required && !h.is_empty() && !hints.contains(&h) {
            hints.push(h);
        }
    }
    hints.join(" ")
}

/// An answer as a person reads it.
pub fn display_answer(q: &Question, a: &Answer) -> String {
    match a {
        Answer::Bool(b) => q
            .option(if *b { "yes" } else { "no" })
            .map_or_else(
                || if *b { "Yes".into() } else { "No".into() },
                |o| o.label.clone(),
            )
            .to_string(),
        Answer::Choice(c) => q
            .option(c)
            .map_or_else(|| c.clone(), |o| o.label.to_string()),
        Answer::Choices(cs) if cs.is_empty() => "(none)".to_string(),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| {
                q.option(c)
                    .map_or_else(|| c.clone(), |o| o.label.to_string())
            })
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Text(t) | Answer::Date(t) => t.clone(),
        Answer::Number(n) => display_number(*n),
    }
}

impl Score {
    /// The factors with the most points, largest first, as "Title (points)".
    pub fn top_factors(&self, n: usize) -> Vec<String> {
        let mut f: Vec<&FactorPoints> = self.by_factor.iter().collect();
        f.sort_by_key(|x| std::cmp::Reverse(x.points));
        f.into_iter()
            .take(n)
            .map(|x| format!("{} ({})", x.title, x.points))
            .collect()
    }
}

/// "1 risk point", "7 risk points".
pub fn risk_points(n: u32) -> String {
    if n == 1 {
        "1 risk point".to_string()
    } else {
        format!("{n} risk points")
    }
}

pub use crate::number::{display_number, format_number};

/// Words that stand in for an answer without giving one. "None" and "no" are not among them:
/// "which uses are out of scope?" can honestly be answered "none".
const ANSWER_PLACEHOLDERS: &[&str] = &[
    "n/a",
    "na",
    "n.a",
    "nil",
    "null",
    "tbd",
    "tbc",
    "todo",
    "to do",
    "-",
    "?",
    "x",
    "xx",
    "see above",
    "see below",
    "as above",
    "same",
    "same as above",
    "placeholder",
    "tba",
    "ditto",
    "to be announced",
    "to be confirmed",
    "to be determined",
    // A fourth hostile review's answers that counted as given.
    "pending",
    "unknown",
    "not known",
    "not yet known",
    "coming soon",
    "will add",
    "xxx",
    "lorem ipsum",
    "nobody yet",
    "no one yet",
    "not yet named",
    "to be named",
    "to be decided",
    // A fifth round's.
    "not sure",
    "unsure",
    "don't know",
    "do not know",
    "i don't know",
    "i do not know",
    "no idea",
    "nobody",
    "no one",
    "ask the pm",
    // A tenth hostile review's.
    "undefined",
    "foo",
    "bar",
    "baz",
    "blah",
    "blah blah",
    "test",
    "testing",
    "asdf",
    "qwerty",
];

/// Words that stand in for a reason without giving one (a reason must say why).
const REASON_PLACEHOLDERS: &[&str] = &[
    "none",
    "nothing",
    "no",
    "yes",
    "ok",
    "not applicable",
    "not relevant",
    "not needed",
    "none needed",
    "does not apply",
    "irrelevant",
    // Words that say the work is not done: no evidence that it is in place.
    "none yet",
    "nothing yet",
    "not yet",
    "pending",
    "planned",
    "in progress",
    "work in progress",
    "wip",
    "ongoing",
    "not started",
    "not done",
    "missing",
    "not in place",
    "not available",
    "unknown",
    "no evidence",
    "no evidence yet",
    "we do not have one",
    "we don't have one",
    "do not have one",
    "don't have one",
    "to be done",
    "coming soon",
    "soon",
    "later",
    // A second hostile review's evidence that read "met".
    "fixme",
    "to follow",
    "awaiting",
    "draft",
    "xxx",
    "lorem ipsum",
    "none at present",
    "does not exist",
    "does not exist yet",
    "still missing",
    // A third round's.
    "none so far",
    "nothing so far",
    "none at the moment",
    "nothing at the moment",
    "see attached",
    "attached",
    "link",
    "url",
    "http",
    "https",
    "www",
    // A fourth round's: reasons that do not say why, and addresses that lead nowhere.
    "none required",
    "not required",
    "no need",
    "not necessary",
    "unnecessary",
    "out of scope",
    "nan",
    "dunno",
    "don't know",
    "do not know",
    "same as before",
    "see notes",
    "see note",
    "ask legal",
    "will decide later",
    "decide later",
    "file",
    "s3",
    "ftp",
    // A sixth round's: a word that says yes or done, and nothing of where.
    "outstanding",
    "nope",
    "true",
    "false",
    "done",
    "yes done",
    "complete",
    "completed",
    "in place",
    "exists",
    "we have one",
    "have one",
    "y",
    "x",
    // A later hostile review's: a word that says it was approved, and nothing of what or where.
    "approved",
    "signed",
    "signed off",
    "reviewed",
    "checked",
    "verified",
    "accepted",
    "ok'd",
];

/// Phrases that, anywhere in a piece of evidence, say the work is not done ("Risk assessment not
/// started; Legal to schedule."). A false alarm costs a rewording; a false "met" costs trust.
const NOT_DONE_PHRASES: &[&str] = &[
    "not started",
    "not yet started",
    "not yet done",
    "not done yet",
    "not yet in place",
    "not in place yet",
    "not yet implemented",
    "not implemented yet",
    "to be written",
    "to be done",
    "yet to be",
    "none yet",
    "nothing yet",
    "not in place",
    "to be confirmed",
    "still missing",
    "does not exist",
    "not done",
    // A twenty-seventh round's reviews: not done yet, a step towards it, gone or never real.
    "not yet written",
    "not yet been",
    "not yet drafted",
    "not yet updated",
    // Another system's work not yet made this one's: "DPIA copied over from our parent
    // company's exam-proctoring product; not yet adapted for Owl Tutor" (a fourth review).
    "not yet adapted",
    "not adapted yet",
    "not yet tailored",
    // A copy with its name changed is no assessment of this use: "that same doc copied, name
    // changed; content not updated and no approver listed" (a hostile review).
    "content not updated",
    "contents not updated",
    "content not changed",
    "contents not changed",
    "content unchanged",
    "no approver listed",
    "no approver named",
    "no approver recorded",
    "no approver given",
    "not yet completed",
    "not yet carried out",
    "not yet reviewed",
    "not yet tested",
    "not yet approved",
    "not yet agreed",
    "circulated for comment",
    "out for comment",
    "opened to write",
    "raised to write",
    "engaged to produce",
    "engaged to write",
    "engaged to carry out",
    "expected to complete",
    "expected to be complete",
    "expected to be completed",
    "due to complete",
    "kick off meeting",
    "kickoff meeting",
    "budget approved",
    "budget has been approved",
    "needs updating",
    "needs to be updated",
    "not updated for",
    "not been updated",
    "doesn t exist",
    "don t exist",
    "do not exist",
    "no longer valid",
    "mock up",
    "mockup",
    // The honest-evidence review's rewordings that still counted.
    "never got sign off",
    "approval denied",
    "approval refused",
    "since annulled",
    "was annulled",
    "is obsolete",
    "not yet finished",
    "not yet complete",
    "half done",
    "conditions outstanding",
    "conditions not yet met",
    "conditions open",
    "conditions still open",
    "conditions remain open",
    "conditions are open",
    "conditions unmet",
    "conditions not met",
    "awaiting the board",
    "with the board for sign off",
    "to be redone",
    "to be rewritten",
    "must be redone",
    "needs redoing",
    "no current version",
    "no version in force",
    "haven t done",
    "hasn t done",
    "didn t do",
    "did not do",
    "haven t started",
    "hasn t started",
    "have not started",
    "has not started",
    "don t have one",
    "do not have one",
    "we have none",
    "nobody has assessed",
    "no one has assessed",
    "nobody has done",
    "no one has done",
    "nobody has written",
    "no one has written",
    "nobody has tested",
    "no one has tested",
    "nobody has reviewed",
    "no one has reviewed",
    "nobody has checked",
    "no one has checked",
    "nobody has evaluated",
    "no one has evaluated",
    "to be added",
    "will be added",
    "will do this",
    "link to follow",
    "details to follow",
    "report to follow",
    "evidence to follow",
    // A fourth hostile review's evidence that read "met".
    "coming soon",
    "scheduled with",
    "expected next",
    "will be written",
    "will be documented",
    "will be done",
    "will be completed",
    "will be provided",
    "will be drafted",
    "will be created",
    "will be prepared",
    "will be implemented",
    "will be put in place",
    "will be set up",
    "will be shared",
    "will be linked",
    "will be uploaded",
    "will be published",
    "will be carried out",
    "to be completed",
    "to be drafted",
    "to be documented",
    "to be provided",
    "to be carried out",
    "to be prepared",
    "to be scheduled",
    "to be agreed",
    "to be decided",
    "being drafted",
    "being written",
    "being prepared",
    "being developed",
    "decide later",
    // A fifth round's.
    "has not been done",
    "hasn t been done",
    "have not been done",
    "nothing has been done",
    "none has been done",
    "we intend to",
    "drafting now",
    "in review",
    "under review",
    "booked with",
    "placeholder",
    "localhost",
    // A sixth round's.
    "not written",
    "nothing written",
    "will write",
    "plan to write",
    "we plan to",
    "will do later",
    "do it later",
    "to do later",
    // A ninth's.
    "lorem ipsum",
    // A thirteenth's: work done once but not since the system changed, or for another system.
    "not been redone",
    "not redone",
    "not been repeated",
    "not been updated since",
    "no longer current",
    "out of date",
    "for the previous version",
    "for an earlier version",
    "for the old version",
    "for a different product",
    "for a different system",
    "for another product",
    "for another system",
    // A twenty-second review's: an earlier model's, replaced, withdrawn after approval, or
    // lapsed in words with no date to read.
    "later withdrew",
    "withdrew it",
    "withdrew its approval",
    "withdrew approval",
    "withdrew the approval",
    "approval withdrawn",
    "approval was withdrawn",
    "later withdrawn",
    "since withdrawn",
    "approval revoked",
    "approval was revoked",
    "later revoked",
    "since revoked",
    "rescinded",
    "retracted",
    "not renewed",
    "not been renewed",
    "never renewed",
    "wasn t renewed", // A twenty-fourth hostile review's: the approver has not signed, only an outline exists,
    // or the approval was taken back in a later clause ("it has since been revoked").
    "has not signed it",
    "have not signed it",
    "has not signed",
    "have not signed",
    "has not yet signed",
    "have not yet signed",
    "not signed it",
    "outline only",
    "only an outline",
    "only in outline",
    "since been revoked",
    "since been withdrawn",
    "since been rescinded",
    "since been retracted",
    "since been suspended",
    "since been cancelled",
    "it was revoked",
    "it has been revoked",
    "it was withdrawn",
    "it has been withdrawn",
    "it was suspended",
    "it has been suspended",
    "approval suspended",
    "approval was suspended",
    "approval has been suspended",
    "approval has been withdrawn",
    "approval has been revoked",
    "suspended pending rework",
    "suspended for rework",
    // A second hostile review's: the approval taken back, reversed or never in force, in
    // English, German and French; conditions not met; a review not held; no document at all.
    "suspended the approval",
    "suspended since",
    "no longer in effect",
    "no longer in force",
    "no longer applies",
    "not this system",
    "not this model",
    "not for this system",
    "not for this model",
    "zurückgezogen",
    "a été retirée",
    "a été retiré",
    "a été annulée",
    "a été annulé",
    "recorded as not approved",
    "signature missing",
    "missing signature",
    "none of which has been met",
    "none of which have been met",
    "conditions have not been met",
    "conditions not met",
    "conditions were not met",
    "review has not been held",
    "has not been held",
    "later annulled",
    "approval annulled",
    "been annulled",
    "was annulled",
    "reversed its decision",
    "reversed its approval",
    "reversed the approval",
    "reversed the decision",
    "no assessment was made",
    "no assessment was written",
    "no assessment was done",
    "no assessment document exists",
    "no document exists",
    "no assessment exists",
    "working paper",
    "approved for circulation",
    "in principle only",
    "sections were left blank",
    "section was left blank",
    "sections left blank",
    "then overturned",
    "later overturned",
    "was overturned",
    "been overturned",
    "not remediated",
    "without remediation",
    "not rerun",
    "not re run",
    "not been rerun",
    "nicht wiederholt",
    "line was shut down",
    "route was shut down",
    "service was shut down",
];

/// The work never happened, was only begun, or the system went live without it (a fifth
/// hostile review): read with [`NOT_DONE_PHRASES`] in evidence, and as a denial in a note or a
/// summary.
pub(super) const NEVER_HAPPENED: &[&str] = &[
    "not finished",
    "not yet finished",
    "partially completed",
    "partly completed",
    "partly done",
    "half completed",
    "has not begun",
    "have not begun",
    "never happened",
    "never took place",
    "did not happen",
    "didn t happen",
    "has not taken place",
    "have not taken place",
    "has not happened",
    // "The red team exercise hasn't happened yet" (a thirteenth review).
    "hasn t happened",
    "have not happened",
    "haven t happened",
    "went live without",
    "gone live without",
    "launched without",
    "deployed without",
];

/// The work of the model provider or another supplier, dated or not ("the vendor has done a risk
/// assessment on 2024-11-18" is still the vendor's: a fourteenth review). Read only in evidence:
/// "the vendor has no access to the data" can be a reason a safeguard does not apply.
const OTHERS_WORK: &[&str] = &[
    "the vendor has",
    "vendor has done",
    "vendor aws has",
    "done by the vendor",
    "done by our vendor",
    "done by aws",
    "aws has done",
    "the model provider has",
    "done by the model provider",
    "done by the provider",
    "the provider has done",
    "the supplier has",
    "done by the supplier",
    "done by our supplier",
    "vendor s risk assessment",
    "provider s risk assessment",
    "supplier s risk assessment",
];

/// Providers of models and the families of their models, as words of [`spaced_words`].
const PROVIDERS: &[&str] = &[
    "anthropic",
    "claude",
    "openai",
    "gpt",
    "chatgpt",
    "amazon",
    "aws",
    "bedrock",
    "titan",
    "nova",
    "meta",
    "llama",
    "mistral",
    "mixtral",
    "cohere",
    "ai21",
    "jurassic",
    "jamba",
    "stability",
    "google",
    "gemini",
    "gemma",
    "deepseek",
    "qwen",
    "alibaba",
    "microsoft",
    "azure",
    "phi",
    "ibm",
    "granite",
    "nvidia",
    "nemotron",
    "falcon",
    "xai",
    "grok",
    "palmyra",
    "hugging",
    "huggingface",
    "sonnet",
    "opus",
    "haiku",
    "upstream",
    "vendor",
    "provider",
    "supplier",
    "foundation",
];

/// Who makes models, or supplies them: the one who did the work, where evidence says one did.
const ACTORS: &[&str] = &[
    "anthropic",
    "openai",
    "cohere",
    "ai21",
    "mistral",
    "meta",
    "google",
    "deepseek",
    "alibaba",
    "ibm",
    "nvidia",
    "xai",
    "stability",
    "huggingface",
    "vendor",
    "provider",
    "supplier",
];

/// Evidence that offers the model provider's documents or work: its model or system card
/// ("See the Anthropic model card", "Model card: Claude 3.5 Sonnet", "Phi-3 model card"), its
/// transparency note, usage or scaling policy or published evaluations, or work the evidence
/// says the provider did ("The model's safety was assessed by Anthropic", "Anthropic red-teamed
/// Claude 3.5 Sonnet"). It is the provider's account of its model, dated or not, not of this use
/// case (two reviews saw such cards count as a risk assessment). Evidence that also names a
/// document of the team's own ("RA-12", "MC-7"), or dates work of its own ("our committee
/// approved it on 2024-05-02"), stands: it cites the provider's card, it is not the card.
fn providers_work(text: &str, joined: &str, words: &[&str]) -> bool {
    // The provider's when a provider or its model is named in the evidence: "the 2026 model
    // card" with none named is the team's own (a review of honest evidence).
    const DOCUMENTS: &[&str] = &[
        " model card",
        " system card",
        " modelcard",
        " modelcards",
        " systemcard",
        " modellkarte",
        " fiche mod",
        " usage policy",
        " use policy",
        " use guide",
        " model documentation",
        " published evaluations",
    ];
    // Always the provider's.
    const PROVIDERS_DOCUMENTS: &[&str] = &[
        " transparency note",
        " responsible scaling policy",
        " provider risk assessment",
        " provider s risk assessment",
        " providers risk assessment",
    ];
    const WORK: &[&str] = &[
        "assessed",
        "tested",
        "evaluated",
        "red",
        "teamed",
        "reviewed",
        "audited",
        "documented",
        "published",
        "done",
        "performed",
        "conducted",
        "validated",
        "completed",
        "carried",
        "ran",
        "assessment",
        "assessments",
    ];
    // "qwen2", "gpt4o": a family's name run into its version.
    let named = |w: &&str| {
        PROVIDERS.contains(w)
            || w.split(|c: char| c.is_ascii_digit())
                .next()
                .is_some_and(|lead| lead.len() < w.len() && PROVIDERS.contains(&lead))
    };
    let offered = PROVIDERS_DOCUMENTS.iter().any(|d| joined.contains(d))
        || (DOCUMENTS.iter().any(|d| joined.contains(d)) && words.iter().any(named))
        // "Claude 3.5 Sonnet's card".
        || words.iter().enumerate().any(|(i, w)| {
            matches!(*w, "card" | "cards")
                && words
                    .get(i.saturating_sub(5)..i)
                    .is_some_and(|b| b.iter().any(named))
        })
        // "assessed by Anthropic", "Anthropic red-teamed ...", "tested by the provider".
        || words.windows(3).any(|w| match w {
            [verb, "by", p] => WORK.contains(verb) && named(p),
            _ => false,
        })
        || words.windows(4).any(|w| match w {
            [verb, "by", "the" | "its" | "our", p] => WORK.contains(verb) && named(p),
            _ => false,
        })
        // "assessed by the model provider".
        || words.windows(5).any(|w| match w {
            [verb, "by", "the" | "its" | "our", _, p] => WORK.contains(verb) && named(p),
            _ => false,
        })
        // "The vendor assessed the risks", "Anthropic completed a risk assessment": a maker of
        // models or a supplier as the one who did it (not "Bedrock guardrails tested", the
        // team's own work on a platform).
        || words.windows(3).any(|w| match w {
            [p, verb, _] | [p, _, verb] if ACTORS.contains(p) && WORK.contains(verb) => {
                !matches!(*verb, "assessment" | "assessments")
            }
            _ => false,
        });
    offered && !names_own_work(text, words)
}

/// Whether the evidence names a document of the team's own (an id such as "RA-12", not a
/// model's name such as "GPT-4o" or "Phi-3"), or says in its own words ("our", "we") that it did
/// dated work.
fn names_own_work(text: &str, words: &[&str]) -> bool {
    let tokens: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let doc_id = tokens.iter().enumerate().any(|(i, t)| {
        let letters = t.bytes().filter(u8::is_ascii_alphabetic).count();
        let lead: String = t.chars().take_while(char::is_ascii_alphabetic).collect();
        // "Anthropic system card SC-2024-06", "transparency note TN-4": the provider's own
        // numbering (a review saw it taken for the team's).
        let provider_numbered = tokens.get(i.saturating_sub(3)..i).is_some_and(|before| {
            before.iter().any(|b| {
                matches!(
                    b.as_str(),
                    "card" | "cards" | "note" | "policy" | "guide" | "documentation"
                ) || PROVIDERS.contains(&b.as_str())
            })
        });
        t.bytes().any(|b| b.is_ascii_digit())
            && letters >= 2
            && !provider_numbered
            && !PROVIDERS.contains(&lead.as_str())
            && !matches!(lead.as_str(), "fy" | "iso" | "soc" | "sd" | "sdxl" | "dall")
    });
    // "our supplier" is not the team.
    let own = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "our" | "we" | "us" | "internal" | "inhouse")
            && !words.get(i + 1).is_some_and(|n| ACTORS.contains(n))
    });
    doc_id || (own && dates_work_done(text))
}

/// Phrases that say in plain words the work was not done or not accepted ("Not performed.",
/// "re-approval pending", "Failed review", a twelfth hostile review). Read only in evidence,
/// and only when no clause dates work that was done: "approved on 2024-10-15; version 1 was
/// rejected and reworked" or "a separate DPIA was not performed because ..." describe other
/// things beside the work shown (a review of honest evidence). In a reason why a safeguard
/// does not apply they are the reason ("Not performed: the model classifies vehicles").
/// Words that say a safeguard is gone or was never real: "the two-person rule was scrapped",
/// "she withdrew consent", "HL-3 was never approved", "fictitious" (a twenty-seventh round's
/// hostile review saw each count). Beside a clause that dates the team's own work they are about
/// something else ("RA-12 approved 2026-03-02; the former ethics panel was disbanded", "...; two
/// actors have since withdrawn consent and their voices were removed on 2026-08-01"), as a
/// review of honest evidence found, so they count only where no work done is dated.
const GONE_UNLESS_DATED: &[&str] = &[
    "was scrapped",
    "were scrapped",
    "been scrapped",
    "is scrapped",
    "never approved",
    "never signed",
    "is not real",
    "are not real",
    "isn t real",
    "fictitious",
    "fabricated",
    "withdrew consent",
    "withdrew her consent",
    "withdrew his consent",
    "withdrew their consent",
    "consent withdrawn",
    "consent was withdrawn",
    "consent has been withdrawn",
    "licence was terminated",
    "license was terminated",
    "contract was terminated",
    "agreement was terminated",
    "licence terminated",
    "license terminated",
    "contract terminated",
    "is void",
    "was void",
    "are void",
    "nothing in writing",
    "was disbanded",
    "been disbanded",
    "is disbanded",
    "no longer followed",
    "no longer in force",
    "no longer maintained",
    "no longer staffed",
    "was waived",
    "been waived",
    "is waived",
    "waived in",
    "was cancelled",
    "been cancelled",
    "is cancelled",
    "was shelved",
    "been shelved",
    // A review's bare rewordings of the same: "Scrapped.", "Project axed.", "Imaginary review
    // board.", "Invented for the audit."
    "scrapped",
    "shelved",
    "axed",
    "disbanded",
    "imaginary",
    "invented for",
    "made up for",
    "was canceled",
    "been canceled",
    "is canceled",
];

/// "Not yet" in French, Spanish, Italian, Dutch, Portuguese and German: read in evidence (unless
/// a clause dates work done) and in a note's lead sentence (a hostile review's "pas encore
/// approuvée", "nog niet goedgekeurd", "noch nicht durchgeführt").
pub(super) const NOT_YET_ELSEWHERE: &[&str] = &[
    "pas encore",
    "todavía no",
    "aún no",
    "non ancora",
    "nog niet",
    "ainda não",
    "noch nicht",
];

const NOT_DONE_UNLESS_DATED: &[&str] = &[
    // A compliance review's: "is going to be finish in Q1 2027", "targeted for completion end
    // of January", "the assessment itself starts in January".
    "going to be",
    "targeted for",
    "starts in",
    "will start",
    "will begin",
    "begins in",
    // A review of those readings: "pencilled in for the February meeting", "We aim to
    // complete ... before launch", "in the pipeline", "kicks off in January", "underway since".
    "pencilled in",
    "penciled in",
    "aim to complete",
    "in the pipeline",
    "kicks off",
    "underway since",
    "under way since",
    // Hedged or still to come, in English and other languages: "if approved", "hopefully
    // approved", "approval anticipated", "next year", "wird nächstes Jahr erstellt", "se hará
    // el año próximo" (a hostile review saw each count as in place).
    "if approved",
    "once approved",
    "when approved",
    "hopefully",
    "approval anticipated",
    "anticipated approval",
    "approval is anticipated",
    "next year",
    "next quarter",
    "next month",
    "nächstes jahr",
    "nächsten jahr",
    "año próximo",
    "próximo año",
    "año que viene",
    "se hará",
    "année prochaine",
    "anno prossimo",
    "prossimo anno",
    // "RA-12 approved 2026-02-11. Next year's review will add the new product line" (a review
    // of honest evidence); undated, "will add" is still work to come.
    "will add",
    // In force only from a day to come: "to be introduced on 2027-02-01", "will be effective
    // from" (found beside the words that date a process in force, a review of honest teams).
    "to be introduced",
    "will be introduced",
    "to be effective",
    "will be effective",
    "will take effect",
    "to take effect",
    "will come into force",
    "to come into force",
    "will be in force",
    "to be launched",
    "will be launched",
    "to be deployed",
    "will be deployed",
    // A later review's: a year still to come (and approval with its condition still open:
    // APPROVED_ON_A_CONDITION, read with these).
    "coming year",
    "volgend jaar",
    "volgende jaar",
    // A hostile review's: put off, on an agenda, or "not yet" in other languages.
    "deferred to",
    "deferred until",
    "postponed to",
    "postponed until",
    "goes to the",
    "on the agenda",
    "early in the new year",
    "approved in the new year",
    "approval in the new year",
    "later this month",
    "later this year",
    "after the holidays",
    "not performed",
    "not carried out",
    "not conducted",
    "not completed",
    "never done",
    "never carried out",
    "never performed",
    "never completed",
    "never written",
    "never been done",
    "never been carried out",
    "never been performed",
    "was not done",
    "were not done",
    "has not been performed",
    "has not been carried out",
    "has not been completed",
    "have not been performed",
    "have not been carried out",
    "re approval pending",
    "reapproval pending",
    "approval pending",
    "sign off pending",
    "was not approved",
    "not been approved",
    "failed review",
    "failed its review",
    "failed approval",
    "quote requested",
    "resubmission not scheduled",
    // A later review's: refused, unsigned or still being agreed, anywhere in the text.
    "declined to sign",
    "declined to approve",
    "refused to sign",
    "refused to approve",
    "did not approve",
    "did not sign",
    "did not sign off",
    "did not accept",
    "unsigned",
    // "the written licence is with her agent and isn't signed yet", "she's verbally agreed but
    // nothing is signed" (a hostile review of the verdicts).
    "isn t signed yet",
    "isn t signed",
    "not signed yet",
    "hasn t been signed",
    "has not been signed",
    "nothing is signed",
    "nothing signed",
    "verbally agreed",
    "under negotiation",
    "in negotiation",
    "being negotiated",
    "is awaiting approval",
    "awaiting approval by",
    "awaiting approval from",
    "still awaiting",
    "awaiting signature",
    "awaiting sign off",
    "not yet reviewed",
    "not yet approved",
    "not yet signed",
    "not yet completed",
    "not yet done",
    "yet to be signed",
    "yet to be approved",
    "yet to be reviewed",
    "yet to be completed",
    "sent back for rework",
    "sent back for changes",
    "returned for rework",
    // A second review that day: skipped, unfinished, abandoned or still to be decided.
    "was skipped",
    "were skipped",
    "skipped for",
    "never finished",
    "not finished",
    "still in progress",
    "is in progress",
    "awaiting decision",
    "awaiting a decision",
    "awaiting its decision",
    "was abandoned",
    "abandoned when",
    "abandoned after",
    "declined to review",
    "refused to review",
    "approval expected",
    "sign off expected",
    "decision expected",
    "is incomplete",
    "still incomplete",
    "left incomplete",
    "remains incomplete",
    // A thirteenth review's: planned, still to be signed, or only advised.
    "planned for",
    "is planned",
    "are planned",
    "on the roadmap",
    "on our roadmap",
    "to be signed",
    "to be signed off",
    "to be approved",
    "to be reviewed",
    "to be run",
    "will be approved",
    "will be signed",
    "will be signed off",
    "will be reviewed",
    "will be run",
    "will be finished",
    "approval outstanding",
    "sign off outstanding",
    "is outstanding",
    "are outstanding",
    "still outstanding",
    "remains outstanding",
    "should do",
    "should be done",
    "should carry out",
    "should be carried out",
    "needs to be done",
    "need to do",
    "must be done",
    "has to be done",
    "target completion",
    "target date",
    "expected on",
    "expected by",
    "expected in",
    "copied from",
    // A fourteenth's: someone else's work (the model provider's), a certificate of something
    // else, a blank form or a statement of intent, none of it about this use case.
    "service card",
    "provider s model card",
    "vendor s model card",
    "covered by our iso",
    "covered by iso",
    "covered by our soc",
    "covered by soc",
    "covered by our soc2",
    "covered by soc2",
    "covered by our certification",
    "blank template",
    // A twenty-second review's: in progress or in draft (in other languages too), submitted or
    // requested with no answer, scheduled, put off or overdue.
    "in progress",
    "in arbeit",
    "in bearbeitung",
    "en cours",
    "en curso",
    "in corso",
    "em andamento",
    "in uitvoering",
    "in draft",
    "a draft",
    "still a draft",
    "is a draft",
    "draft only",
    "draft version",
    "draft status",
    "status draft",
    "working draft",
    "first draft",
    "rough draft",
    "initial draft",
    "entwurf",
    "brouillon",
    "borrador",
    "bozza",
    "rascunho",
    "review requested",
    "submitted for review",
    "not yet received",
    "no decision yet",
    "no response yet",
    "no reply yet",
    "scheduled for",
    "postponed",
    "is overdue",
    "are overdue",
    "now overdue",
    "overdue since",
];

/// Approval asked for and not given, in words ([`spaced_words`]): outstanding whatever else the
/// text dates, unless a clause dates an approval (a hostile review: "written 2026-06-10,
/// awaiting approval"). In other languages too.
const APPROVAL_PENDING: &[&str] = &[
    // A review that refused the approval (a hostile review: "reviewed by the committee on
    // 2024-11-18; changes requested" counted, the date of the review dating the work).
    "changes requested",
    "changes were requested",
    "declined to sign",
    "declined to approve",
    "refused to sign",
    "refused to approve",
    "not approved",
    "approval deferred",
    "approval withheld",
    "approval refused",
    "approval declined",
    "approval requested",
    "sign off requested",
    "signoff requested",
    "submitted for approval",
    "submitted for sign off",
    "sent for approval",
    "sent for sign off",
    "sent for signature",
    "pending approval",
    "pending sign off",
    // The same, word order turned: "Model Risk Committee review pending" (a fourth hostile
    // review).
    "review pending",
    "approval pending",
    "sign off pending",
    "signoff pending",
    "sent back for rework",
    "returned for rework",
    // A review still to come: "drafted on 2024-11-18; the committee reviews it on 2027-01-20".
    "reviews it on",
    "reviews it in",
    "will review it",
    "is reviewing it",
    "not yet signed",
    "not yet approved",
    "work in progress",
    "wip",
    "en attente d approbation",
    "en attente de validation",
    "en attente de signature",
    "pendiente de aprobación",
    "pendiente de aprobacion",
    "pendiente de firma",
    "in attesa di approvazione",
    "in attesa di firma",
    "wacht op goedkeuring",
    "aguardando aprovação",
    "aguardando aprovacao",
    "pendente de aprovação",
    "freigabe ausstehend",
    "genehmigung ausstehend",
    "steht aus",
    "steht noch aus",
    "noch ausstehend",
    "noch nicht genehmigt",
    "noch nicht freigegeben",
    "oczekuje na zatwierdzenie",
    "승인 대기",
    "초안",
    "utkast",
];

/// "Not done" in Chinese, Japanese and Korean, where words are not set apart by spaces: read as
/// parts of the text ("RA-TF-12 — 未完成", a review), and only where no clause dates work done.
pub(super) const NOT_DONE_CJK: &[&str] = &[
    "未完成",
    "未完了",
    "未実施",
    "未承認",
    "未批准",
    "未审批",
    "进行中",
    "進行中",
    "作成中",
    "検討中",
    "审核中",
    "審査中",
    "承認待ち",
    "待审批",
    "待批准",
    "草案",
    "草稿",
    "审批中",
    "審批中",
    "尚未批准",
    "未批准",
    "미승인",
    "결재 대기",
    "승인 대기",
    "미완료",
    "작성 중",
    "작성중",
    "진행 중",
    "진행중",
    // Not carried out, and planned for later (a fifth hostile review: "検証はまだ実施していま
    // せん。", "验证计划于2027年第一季度进行。").
    "実施していません",
    "行っていません",
    "実施していない",
    "予定されています",
    "予定です",
    "计划于",
    "將於",
    "将于",
];

/// Statements of intent: no evidence when the text names nothing to check (no number, no
/// address): "We take AI risk seriously and follow industry best practice" (a fourteenth
/// review), while "RA-12 follows industry best practice (NIST AI RMF)" stands (a review of
/// honest evidence).
const INTENT_ONLY: &[&str] = &[
    "take ai risk seriously",
    "takes ai risk seriously",
    "take risk seriously",
    "takes risk seriously",
    "take this seriously",
    "takes this seriously",
    "follow industry best practice",
    "follows industry best practice",
    "follow best practice",
    "follows best practice",
    "in line with industry best practice",
    "committed to responsible ai",
    "available on request",
    "available upon request",
];

/// Words one of which every phrase of [`NOT_DONE_UNLESS_DATED`] holds (between spaces, as
/// [`spaced_words`] gives them): text with none of them is not searched for the phrases.
const NOT_DONE_GATE: &[&str] = &[
    " signed ",
    " verbally ",
    " pencilled ",
    " penciled ",
    " aim ",
    " pipeline ",
    " kicks ",
    " underway ",
    " under way ",
    " going ",
    " targeted ",
    " starts ",
    " begins ",
    " deferred ",
    " postponed ",
    " goes ",
    " agenda ",
    " new year ",
    " later ",
    " holidays ",
    " pas ",
    " todavía ",
    " aún ",
    " non ",
    " nog ",
    " ainda ",
    " subject ",
    " provisionally ",
    " conditionally ",
    " principle ",
    " coming ",
    " volgend",
    " if ",
    " once ",
    " when ",
    " hopefully ",
    " anticipated ",
    " next ",
    " nächst",
    " noch ",
    " próximo ",
    " que viene ",
    " hará ",
    " prochaine ",
    " prossimo ",
    " not ",
    " never ",
    " pending ",
    " failed ",
    " quote ",
    " declined ",
    " refused ",
    " did ",
    " unsigned ",
    " negotiat",
    " awaiting ",
    " yet ",
    " back ",
    " returned ",
    " skipped ",
    " finished ",
    " progress ",
    " decision ",
    " abandoned ",
    " expected ",
    " incomplete ",
    " review ",
    " planned ",
    " roadmap ",
    " outstanding ",
    " should ",
    " need",
    " must ",
    " has to ",
    " target ",
    " copied ",
    " will ",
    " to be ",
    " service ",
    " vendor",
    " done by ",
    " has done ",
    " provider",
    " covered by ",
    " template ",
    " arbeit ",
    " bearbeitung ",
    " cours ",
    " curso ",
    " corso ",
    " andamento ",
    " uitvoering ",
    " draft ",
    " entwurf ",
    " brouillon ",
    " borrador ",
    " bozza ",
    " rascunho ",
    " requested ",
    " submitted ",
    " received ",
    " response ",
    " reply ",
    " scheduled ",
    " postponed ",
    " overdue ",
    " take ",
    " force ",
    " effective ",
    " introduced ",
    " launched ",
    " deployed ",
];

/// What follows "No ..." or "There is no ..." in evidence that says the thing was never done
/// ("No risk assessment has been done", "No assessment exists"); "No incidents in 12 months"
/// stays evidence.
const NEVER_DONE: &[&str] = &[
    "exists",
    "exist",
    "has been done",
    "has been written",
    "has been carried out",
    "has been completed",
    "has been performed",
    "have been done",
    "have been carried out",
    "was done",
];

/// "No equality impact assessment has taken place", "No testing took place" (a fifth hostile
/// review), in [`spaced_words`]: the work itself, not "No incident has taken place since
/// go-live".
pub(super) fn no_work_took_place(spaced: &str) -> bool {
    spaced.starts_with(" no ")
        && [" has taken place ", " have taken place ", " took place "]
            .iter()
            .any(|w| spaced.contains(w))
        && spaced.split_whitespace().take(6).any(|w| {
            [
                "test", "validat", "assess", "review", "audit", "evaluat", "check", "dpia",
            ]
            .iter()
            .any(|x| w.starts_with(x))
        })
}

/// More of [`NEVER_DONE`], read only in evidence (a twelfth hostile review: "No risk assessment
/// was carried out; v5 is a refresh of v4"). In a reason why a safeguard does not apply, "No
/// bias testing was carried out because the model classifies vehicles" is the reason.
const NEVER_DONE_EVIDENCE: &[&str] = &[
    "was carried out",
    "was performed",
    "was conducted",
    "was completed",
    "was made",
    "was written",
    "was produced",
    "were done",
    "were carried out",
    "were performed",
    "were run",
    "was run",
    "has been made",
    "has been conducted",
    "has been produced",
    "have been performed",
    "have been run",
];

/// What a text is read as: evidence that a safeguard is in place, or the reason it does not
/// apply, where "does not exist" can be the reason itself.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Evidence,
    Why,
}

/// Whether the "without" at `at` in `words` is a rule that none goes without: "Nobody is
/// declined without being told", "No applicant is left without reasons", "never without", in
/// the five words before it (a sixty-first hostile review saw each read as the work not done).
pub(crate) fn none_goes_without(words: &[&str], at: usize) -> bool {
    (at.saturating_sub(5)..at).any(|m| {
        matches!(words.get(m), Some(&("nobody" | "never")))
            || (words.get(m) == Some(&"no")
                && (words.get(m + 1) == Some(&"one")
                    || words
                        .get(m + 2)
                        .is_some_and(|v| matches!(*v, "is" | "are" | "was" | "were"))))
    })
}

/// `text` with the system's own name (`name`, as the metadata spell it) read as "the system":
/// "ClaimSort rejects claims still missing evidence after 14 days" says what "the system
/// rejects claims ..." says (a helper's hostile probes). Only a name that reads as a proper
/// one (three characters at least, with a capital or a digit), as written and as whole words:
/// a name that is an everyday word is left alone. "the ClaimSort model" reads "the system
/// model".
pub(crate) fn system_named<'t>(text: &'t str, name: &str) -> std::borrow::Cow<'t, str> {
    // A name of several words is found whatever spacing stands between them ("TriageAssist
    // ED" across a line break): both are read as words.
    if name.trim().contains(char::is_whitespace) {
        let name = crate::assessment::as_words(name.trim());
        let words = crate::assessment::as_words(text);
        return match named_as_written(&words, &name) {
            std::borrow::Cow::Owned(named) => std::borrow::Cow::Owned(named),
            std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(text),
        };
    }
    named_as_written(text, name)
}

/// [`system_named`], the name matched as it is written.
fn named_as_written<'t>(text: &'t str, name: &str) -> std::borrow::Cow<'t, str> {
    let name = name.trim();
    let proper =
        name.chars().count() >= 3 && name.chars().any(|c| c.is_uppercase() || c.is_ascii_digit());
    if !proper || !text.contains(name) {
        return std::borrow::Cow::Borrowed(text);
    }
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = 0;
    for (at, _) in text.match_indices(name) {
        let end = at + name.len();
        let (before, after) = (text.get(..at), text.get(end..));
        if at < rest
            || word(before.and_then(|b| b.chars().next_back()))
            || word(after.and_then(|a| a.chars().next()))
        {
            continue;
        }
        let head = text.get(rest..at).unwrap_or_default();
        out.push_str(head);
        let the_before = before.is_some_and(|b| {
            let b = b.trim_end();
            b.len() < before.map_or(0, str::len)
                && (b.ends_with(" the") || b.ends_with(" The") || b == "the" || b == "The")
        });
        out.push_str(if the_before { "system" } else { "the system" });
        rest = end;
    }
    if rest == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(text.get(rest..).unwrap_or_default());
    std::borrow::Cow::Owned(out)
}

/// `text` lowercased as its words alone, each between single spaces (" not started yet "), so a
/// phrase with a space on both sides is found as whole words.
pub(crate) fn spaced_words(text: &str) -> String {
    if text.is_ascii() {
        // Most text is ASCII, read by bytes: there `char::is_alphanumeric` and
        // `char::to_lowercase` are their ASCII forms, and lowercasing character by character
        // was a tenth of `raia score` (issue 7).
        let mut out = Vec::with_capacity(text.len() + 2);
        out.push(b' ');
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase());
            } else if out.last() != Some(&b' ') {
                out.push(b' ');
            }
        }
        if out.len() == 1 || out.last() != Some(&b' ') {
            out.push(b' ');
        }
        // Only ASCII bytes were pushed, so this is UTF-8; were it not, the loop below reads it.
        if let Ok(out) = String::from_utf8(out) {
            return out;
        }
    }
    // One pass and one string (it was three strings and a list, for every text read).
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.len() == 1 || !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Whether `text` names one of `phrases` (lowercase, as whole words) in a clause that neither
/// denies it nor puts it off: "We do not ask for a passport" and "age estimate planned" name
/// no check that is done, while "cannot enter without a passport check" does (two negations).
fn names_affirmed(text: &str, phrases: &[Text]) -> bool {
    names_in_clause(text, phrases, true, &[])
}

/// Whether `text` names one of `strong` as done ([`names_affirmed`]) in a clause that names
/// none of `weak` in use: "users confirm they hold a passport" names a passport and checks
/// nothing, while "users enter their date of birth; those over 18 then pass a Yoti ID check"
/// does check (reviews found both ways round).
pub(crate) fn names_check_in_use(text: &str, strong: &[Text], weak: &[Text]) -> bool {
    // A check for some users only leaves the rest to the weak one (a review's "Onfido in
    // Germany; elsewhere users click", "BankID is accepted but most users give a birthdate").
    const SOME_ONLY: &[&str] = &[
        " elsewhere ",
        " everyone else ",
        " otherwise ",
        " until then ",
        " most users ",
        " other users ",
        " some users ",
        " the rest ",
    ];
    let spaced = spaced_words(&visible_text(text));
    !SOME_ONLY.iter().any(|m| spaced.contains(m)) && names_in_clause(text, strong, true, weak)
}

/// [`names_affirmed`], and with `deferred` false, a clause that puts the thing off still names
/// it: a weak check "for now" is the check in use.
fn names_in_clause(
    text: &str,
    phrases: &[Text],
    skip_deferred: bool,
    unless_in_use: &[Text],
) -> bool {
    const DENY: &[&str] = &[
        "no", "not", "never", "without", "nor", "cannot", "t", "neither", "instead", "rather",
    ];
    const DEFER: &[&str] = &[
        "planned",
        "plan",
        "plans",
        "planning",
        "will",
        "roadmap",
        "future",
        "considering",
        "considered",
        "evaluating",
        "proposed",
        "intend",
        "intends",
        "later",
        "soon",
        "yet",
        // Optional, on suspicion, or given up: not the check in use (a review's "Yoti offered
        // as an option", "only if a moderator suspects", "passport checks were too costly",
        // "the Yoti trial ended").
        "option",
        "optional",
        "optionally",
        "suspects",
        "suspected",
        "ended",
        "stopped",
        "dropped",
        "costly",
        "expensive",
        "ruled",
        // On request, for some, or not yet everywhere (a later review's "available on request",
        // "may run", "for disputes", "if flagged", "in some countries", "being rolled out",
        // "switched off").
        "request",
        "requested",
        "may",
        "might",
        "disputes",
        "flagged",
        "countries",
        "rolled",
        "rolling",
        "switched",
        "disabled",
        "paused",
        "available",
        "want",
        "wants",
        "badge",
        "alternative",
        "payouts",
        "payout",
        // Named, but not as the check: advice read, a cross-check, the bill.
        "recommended",
        "guide",
        "cross",
        "bills",
        "billing",
    ];
    let phrases: Vec<Vec<String>> = phrases
        .iter()
        .map(|p| {
            spaced_words(p)
                .split_whitespace()
                .map(str::to_string)
                .collect()
        })
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect();
    let lower = visible_text(text).to_lowercase();
    // A check that shows it is read clause by clause, down to a list's items ("no card
    // accepted, Yoti check required"); a weak one within its sentence, so that a denial before
    // a list covers each item ("no card, self-declaration or tick box is accepted"), and not
    // where the sentence says it was given up ("replaced the earlier card check").
    const PAST: &[&str] = &[
        "replaced",
        "replaces",
        "earlier",
        "previous",
        "previously",
        "formerly",
        "former",
    ];
    let cuts: &[char] = if skip_deferred {
        &[';', '\n', ':', ',', '(', ')']
    } else {
        &[';', '\n', ':']
    };
    lower.split(cuts).flat_map(|c| c.split(". ")).any(|clause| {
        let spaced = spaced_words(clause);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let skip = if skip_deferred { DEFER } else { PAST };
        // "Replaced by" gives a check up; "replaced the earlier card check" does not.
        if words.iter().any(|w| skip.contains(w))
            || (skip_deferred && spaced.contains(" replaced by "))
            || (!unless_in_use.is_empty() && names_in_clause(clause, unless_in_use, false, &[]))
        {
            return false;
        }
        (0..words.len()).any(|at| {
            let named = phrases.iter().any(|p| {
                words
                    .get(at..at + p.len())
                    .is_some_and(|ws| ws.iter().zip(p).all(|(a, b)| a == b))
            });
            // An even number of denials before it affirms it; a weak check the clause then
            // refuses ("a ticked box alone is never accepted") is not in use.
            let denials = words.iter().take(at).filter(|w| DENY.contains(w)).count();
            let after: Vec<&&str> = words.iter().skip(at + 1).collect();
            let refused = !skip_deferred
                && (after.iter().any(|w| ["rejected", "refused"].contains(w))
                    || (after
                        .iter()
                        .any(|w| ["accepted", "allowed", "enough", "sufficient"].contains(w))
                        && after.iter().any(|w| ["no", "not", "never"].contains(w))));
            named && denials % 2 == 0 && !refused
        })
    })
}

/// `lower` in clauses: at a semicolon, a line break or a full stop before a space.
fn clauses(lower: &str) -> impl Iterator<Item = &str> {
    // The full stops and semicolons of Chinese and Japanese end a clause too.
    lower
        .split([';', '\n', '。', '；'])
        .flat_map(|c| c.split(". "))
}

/// Whether `text` says the work it stands for is not done: it starts with "pending", "not yet",
/// "to do"..., or holds a phrase such as "not started".
fn says_not_done(text: &str, reading: Reading) -> bool {
    let joined = spaced_words(&visible_text(text));
    let words: Vec<&str> = joined.split_whitespace().collect();
    // Not "planned" at the start: "Planned quarterly audits..." describes what is done. Alone,
    // "planned" is a placeholder (REASON_PLACEHOLDERS).
    let starts = [
        "pending",
        "not yet",
        "to do",
        "todo",
        "tbd",
        "tbc",
        "wip",
        "awaiting",
        "fixme",
        "planned for",
        "to follow",
        "scheduled",
        "draft",
        "upcoming",
    ];
    // "Missing (see note)" or "missing - audit booked" is no evidence; "Missing-value handling
    // validated..." is.
    let lower = visible_text(text).trim().to_lowercase();
    // "Planned: RA-12" says it is to come; "Planned quarterly audits ..." describes what is done.
    if lower
        .strip_prefix("planned")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ';', '.', ',', ')']))
    {
        return true;
    }
    if lower
        .strip_prefix("missing")
        .is_some_and(|rest| !rest.starts_with(|c: char| c == '-' || c.is_alphanumeric()))
    {
        return true;
    }
    // `joined` is words between single spaces, so a phrase with a space on both sides is whole
    // words (no " {p} " string is made for each phrase).
    let spaced_at = |i: usize, p: &str| {
        joined.get(..i).is_some_and(|b| b.ends_with(' '))
            && joined
                .get(i + p.len()..)
                .is_some_and(|a| a.starts_with(' '))
    };
    let starts_at = word_starts(&joined);
    let phrase = |p: &str| at_word_starts(&joined, &starts_at, p);
    // "Pending items closed; RA-12 approved": the open items are what is done (a false alarm
    // the eighth hostile review found).
    let closed_items = |p: &str| {
        let after: Vec<&str> = joined
            .get(1 + p.len()..)
            .unwrap_or_default()
            .split_whitespace()
            .take(2)
            .collect();
        matches!(
            after.first(),
            Some(&("items" | "actions" | "issues" | "points"))
        ) && matches!(
            after.get(1),
            Some(&("closed" | "resolved" | "cleared" | "completed" | "done" | "fixed"))
        )
    };
    // "Pending-review queue design is covered by ..." and Spanish "Todo el equipo revisó ..."
    // open with a compound word or another language's "all", not with a marker (a review of
    // honest evidence).
    let compound = |p: &str| {
        lower
            .get(p.len()..)
            .and_then(|r| r.strip_prefix('-'))
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    };
    let spanish_all = [
        " todo el ",
        " todo la ",
        " toda la ",
        " todos los ",
        " todas las ",
        " todo lo ",
    ]
    .iter()
    .any(|s| joined.starts_with(s));
    starts.iter().any(|p| {
        joined.get(1..).is_some_and(|r| r.starts_with(p))
            && spaced_at(1, p)
            && !closed_items(p)
            && !compound(p)
            // Spanish "todo el ...", and "pending" describing what is held ("Pending
            // engagements are held ...").
            && !((*p == "todo" && spanish_all) || pending_as_adjective(p, &words))
            // "Draft v0.3 circulated 2024-10-01; v1.0 approved 2024-11-18": the draft came
            // before the approval the text dates (a review of honest evidence).
            && !(*p == "draft" && dates_approval(text))
            // "Pending: nothing.", "TBD: none." (a review of honest teams).
            && !joined
                .get(1 + p.len()..)
                .is_some_and(|r| r.starts_with(" none ") || r.starts_with(" nothing "))
    })
        // In a reason why something does not apply, "does not exist" can be the reason ("a
        // person-detector does not exist in the pipeline"); in a short one it is none.
        || NOT_DONE_PHRASES.iter().chain(NEVER_HAPPENED).any(|p| {
            phrase(p)
                && !(reading == Reading::Evidence && of_another_item(text, p))
                && !(reading == Reading::Why && *p == "does not exist" && words.len() > 4)
                && !(p.starts_with("to be ") && asks_for_it(&words))
                // "approved 2026-09-01, to be redone in full when the model changes": a rule for
                // later, not work outstanding (a review of honest teams).
                && !(p.starts_with("to be re") && on_a_condition(&words, p))
                // "approved 2026-10-28; no conditions open" (a hostile review's honest one).
                && !(p.starts_with("conditions ") && joined.contains(&format!(" no {p} ")))
                // "Two drivers have since withdrawn consent; their records were removed": people
                // withdrawing their consent, not the work withdrawn (a review of honest
                // evidence).
                && !(p.ends_with(" withdrawn") && consent_follows(&words, p))
                // "it was withdrawn from sale on 2025-06-01": a title taken off sale, not the
                // work (a hostile review of the verdicts).
                && !(p.ends_with(" withdrawn") && joined.contains(&format!(" {p} from sale ")))
                // "approved on 2024-11-18 after a kick off meeting in Sept": the meeting the
                // work came after (a review of honest evidence).
                && !(p.starts_with("kick") && after_a_step(&joined, p))
        })
        || (reading == Reading::Evidence && failed_outcome(&words))
        || (reading == Reading::Evidence && switched_off(&lower))
        || (reading == Reading::Evidence && route_withdrawn(&lower, &words))
        || (reading == Reading::Evidence && undone(&lower, &joined))
        || (reading == Reading::Evidence
            && GONE_UNLESS_DATED.iter().any(|p| phrase(p))
            && !dates_work_done(text))
        || (reading == Reading::Evidence && denies_having(&lower))
        // "Retest complete (2025-06-30): no", "Bias audit done? No." (a hostile review).
        || (reading == Reading::Evidence && answered_no(&lower))
        || (reading == Reading::Evidence && step_towards(&lower))
        || (joined.starts_with(" no ") && NEVER_DONE.iter().any(|p| phrase(p)))
        || (reading == Reading::Evidence
            && joined.starts_with(" no ")
            && NEVER_DONE_EVIDENCE.iter().any(|p| phrase(p)))
        || (reading == Reading::Evidence
            // Each phrase holds one of these words: most text holds none, and is not searched
            // thirty times more (issue 7's evaluation at 10,000 questions).
            && NOT_DONE_GATE
                .iter()
                .any(|w| joined.contains(w))
            && NOT_DONE_UNLESS_DATED
                .iter()
                .chain(NOT_YET_ELSEWHERE)
                .chain(APPROVED_ON_A_CONDITION)
                .any(|p| phrase(p))
            && !dates_work_done(text))
        || (reading == Reading::Evidence
            && !text.is_ascii()
            // In the evidence's own first clause; further on, beside a year, the words may be
            // about other work ("...承認。v6の再学習は進行中。": a review of honest evidence).
            && (clauses(&lower)
                .next()
                .is_some_and(|c| NOT_DONE_CJK.iter().any(|p| c.contains(p)))
                || (!has_year_digits(text) && NOT_DONE_CJK.iter().any(|p| text.contains(p)))))
        // An approval asked for and not given is outstanding whatever else is dated, unless a
        // clause dates an approval ("written 2026-06-10, awaiting approval": a hostile review).
        || (reading == Reading::Evidence
            && (awaits_approval(&words)
                || APPROVAL_PENDING.iter().any(|p| phrase(p))
                || marked_draft(&lower)
                || clauses(&lower).any(decision_to_come))
            && approval_outstanding(&lower))
        // Dated or not: a stand-in signs nothing, a clause that says it lapsed or was replaced
        // says so after the day it was done, and work for an earlier model is not this one's.
        || (reading == Reading::Evidence
            && (stand_in_name(&words, &lower)
                || lapsed_clause(&lower)
                || for_an_earlier_model(&lower)
                || superseded(&lower)))
        || (reading == Reading::Evidence
            && [" vendor", " provider", " supplier", " done by ", " has done "]
                .iter()
                .any(|w| joined.contains(w))
            && OTHERS_WORK.iter().any(|p| phrase(p)))
        || (reading == Reading::Evidence && providers_work(text, &joined, &words))
        || (reading == Reading::Evidence
            && !text.bytes().any(|b| b.is_ascii_digit())
            && !lower.contains("http")
            && INTENT_ONLY.iter().any(|p| phrase(p)))
        // "On request." alone names nothing done or offered, as "Available on request." does
        // not (an earlier review's honest-failing list had it read in place).
        || (reading == Reading::Evidence
            && matches!(
                words.as_slice(),
                ["on" | "upon" | "by", "request"] | ["on" | "upon" | "by", "request", "only"]
            ))
        || (reading == Reading::Evidence && (template_only(&lower) || parts_left_blank(&lower)))
        || (reading == Reading::Evidence && not_of_this_system(&lower))
        || (reading == Reading::Evidence && lower.contains("somewhere") && filed_somewhere(&words))
        || (reading == Reading::Evidence && (only_begun(&lower) || only_first_steps(&lower)))
        || (reading == Reading::Evidence && actual_work_to_come(&words))
        || joined.starts_with(" there is no ")
        || joined.starts_with(" there are no ")
        || no_work_took_place(&joined)
        || joined.starts_with(" there has been no ")
        || joined.starts_with(" there have been no ")
        || ends_a_clause_to_follow(&lower)
        || only_filler(&words)
        || only_unreal(&words)
        || not_done_elsewhere(&lower)
        || mashed(&words)
        || (reading == Reading::Evidence && opens_put_off(&joined, text))
        || (reading == Reading::Evidence && opens_refused(text) && !dates_work_done(text))
        || (reading == Reading::Evidence && opens_with_placeholder(&lower, true))
        || template_slot(&lower)
        || nowhere_address(&lower)
        || trails_placeholder(&lower)
        || asks_someone(&words)
        || short_refusal(&words, &joined, reading)
        || placeholder_path(&lower)
        || bare_example_address(&lower)
        || lower.contains("{{")
        || lower.contains("}}")
}

/// Whether evidence puts its record "somewhere" in a store: "it's on the team SharePoint
/// somewhere", "filed somewhere on the drive" (an eighth hostile review saw it pass after a lead
/// sentence that named an approved document). A place that cannot be checked is no record.
fn filed_somewhere(words: &[&str]) -> bool {
    const STORES: &[&str] = &[
        "sharepoint",
        "drive",
        "drives",
        "folder",
        "folders",
        "wiki",
        "confluence",
        "teams",
        "share",
        "inbox",
        "email",
        "emails",
        "mailbox",
        "intranet",
        "server",
        "repo",
        "archive",
        "system",
        "site",
        "onedrive",
        "dropbox",
    ];
    words.iter().enumerate().any(|(i, w)| {
        *w == "somewhere"
            && words
                .get(i.saturating_sub(4)..i)
                .unwrap_or_default()
                .iter()
                .chain(words.iter().skip(i + 1).take(4))
                .any(|n| STORES.contains(n))
    })
}

/// Whether every place `phrase` stands in `joined` (spaced words) follows "after", "following",
/// "since" or "from" within the three words before it: a step the work came after.
fn after_a_step(joined: &str, phrase: &str) -> bool {
    let spaced = format!(" {phrase} ");
    let mut found = joined.match_indices(&spaced).peekable();
    found.peek().is_some()
        && found.all(|(at, _)| {
            joined
                .get(..at)
                .unwrap_or_default()
                .split_whitespace()
                .rev()
                .take(3)
                .any(|b| matches!(b, "after" | "following" | "since" | "from"))
        })
}

/// Where each word of `joined` (words between single spaces, [`spaced_words`]) starts, with its
/// first two bytes ([`pair_key`]), ordered by them: found once for [`at_word_starts`].
fn word_starts(joined: &str) -> Vec<(u16, usize)> {
    let bytes = joined.as_bytes();
    let mut starts: Vec<(u16, usize)> = (1..bytes.len())
        .filter(|&i| bytes.get(i - 1) == Some(&b' ') && bytes.get(i) != Some(&b' '))
        .filter_map(|i| bytes.get(i).map(|&b| (pair_key(b, bytes.get(i + 1)), i)))
        .collect();
    starts.sort_unstable();
    starts
}

/// A word's first two bytes as one key, a space for the second where the word is one letter:
/// keyed by its first letter alone, a phrase was compared at every word sharing it ("the",
/// "to", "that" for each phrase in "t"), a tenth of reading a long text (issue 7).
fn pair_key(first: u8, second: Option<&u8>) -> u16 {
    u16::from(first) << 8 | u16::from(second.copied().unwrap_or(b' '))
}

/// Whether `phrase` stands in `joined` as whole words, compared only where a word starts with
/// its first two bytes: a substring searcher set up for each of some hundred phrases cost a short
/// answer 150,000 instructions a read, and trying every word for each phrase cost a test
/// summary half a million (issue 7).
fn at_word_starts(joined: &str, starts: &[(u16, usize)], phrase: &str) -> bool {
    word_starts_of(joined, starts, phrase).next().is_some()
}

/// Where each place `phrase` stands in `joined` as whole words ends: the index of the word after
/// it (see [`at_word_starts`]).
fn word_starts_of<'a>(
    joined: &'a str,
    starts: &'a [(u16, usize)],
    phrase: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let bytes = joined.as_bytes();
    let p = phrase.as_bytes();
    let first = p.first().map(|&f| pair_key(f, p.get(1)));
    let from = first.map_or(starts.len(), |f| starts.partition_point(|&(b, _)| b < f));
    starts
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(move |&&(b, _)| Some(b) == first)
        .filter(move |&&(_, i)| {
            bytes.get(i..i + p.len()) == Some(p) && bytes.get(i + p.len()) == Some(&b' ')
        })
        .map(move |&(_, i)| i + p.len() + 1)
}

/// Whether `phrase` is followed within four words by a condition ("to be redone in full when
/// the model changes", "to be reviewed if the data changes").
fn on_a_condition(words: &[&str], phrase: &str) -> bool {
    after_each(words, phrase).any(|end| {
        words
            .iter()
            .skip(end)
            .take(4)
            .any(|w| matches!(*w, "when" | "if" | "whenever" | "once" | "each" | "every"))
    })
}

/// Where each place the words of `phrase` stand in `words` ends (the index of the word after).
fn after_each<'a>(words: &'a [&str], phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let p: Vec<&str> = phrase.split(' ').collect();
    (0..words.len()).filter_map(move |at| {
        (words.get(at..at + p.len()) == Some(p.as_slice())).then_some(at + p.len())
    })
}

/// Whether every place the words of `phrase` stand in `words` is followed by "consent" (or "their
/// consent").
fn consent_follows(words: &[&str], phrase: &str) -> bool {
    let mut found = false;
    for end in after_each(words, phrase) {
        found = true;
        let next = words.get(end).copied();
        let after = words.get(end + 1).copied();
        let consent = next == Some("consent")
            || (matches!(next, Some("their" | "her" | "his" | "its")) && after == Some("consent"));
        if !consent {
            return false;
        }
    }
    found
}

/// Evidence that reports a failed test, audit or review ("Bias test run 2026-03-01: failed",
/// "failed the fairness audit") with no word that it was fixed or passed since: a review saw a
/// failed bias test count as the test done. "Failed cases go to a reviewer", "the analysis
/// failed to find new hazards" and "0 of 400 tests failed" are not such reports.
pub(super) fn failed_outcome(words: &[&str]) -> bool {
    const CHECKS: &[&str] = &[
        "test",
        "tests",
        "testing",
        "audit",
        "review",
        "check",
        "checks",
        "evaluation",
        "validation",
        "assessment",
        "analysis",
        "inspection",
        "drill",
        "exercise",
    ];
    const SINCE: &[&str] = &[
        "passed",
        "passes",
        "pass",
        "fixed",
        "resolved",
        "remediated",
        "rerun",
        "retested",
        "re",
        "corrected",
        "mitigated",
        "closed",
        // "the predecessor v4 failed its 2023 review and was retired" (a review of honest
        // evidence).
        "retired",
        "replaced",
    ];
    let Some(at) = words
        .iter()
        .position(|w| matches!(*w, "failed" | "fail" | "fails"))
    else {
        return false;
    };
    // An earlier version's failure, or one never put to use, is history: "An earlier version
    // failed the under-triage threshold for patients over 80; it was not deployed" (a helper's
    // honest probes).
    let earlier = words.get(at.saturating_sub(4)..at).unwrap_or_default().windows(2).any(|p| {
        matches!(
            p,
            ["earlier" | "previous" | "prior" | "older" | "old" | "first", v]
                if matches!(*v, "version" | "versions" | "model" | "models" | "prototype" | "release" | "candidate")
        )
    });
    let never_used = words.get(at + 1..).unwrap_or_default().windows(2).any(|p| {
        matches!(
            p,
            [
                "not" | "never",
                "deployed" | "released" | "launched" | "used"
            ]
        )
    });
    if earlier || never_used {
        return false;
    }
    let before = at.checked_sub(1).and_then(|i| words.get(i)).copied();
    let next = words.get(at + 1).copied();
    // "Outputs that fail the check are rejected": a condition, not a report.
    if matches!(
        before,
        Some("that" | "which" | "who" | "if" | "when" | "where" | "those" | "ones" | "whose")
    ) || words
        .get(at.saturating_sub(3)..at)
        .unwrap_or_default()
        .iter()
        // "if a test fails, release is blocked", "when any check fails" (a review of honest
        // notes and evidence: a release gate read as a failed test).
        .any(|w| matches!(*w, "if" | "when" | "whenever" | "unless" | "should"))
    {
        return false;
    }
    // "0 of 400 tests failed", "no tests failed", "none failed".
    let counted = words
        .get(at.saturating_sub(4)..at)
        .unwrap_or_default()
        .iter()
        .any(|w| {
            matches!(
                *w,
                "no" | "none" | "zero" | "nothing" | "of" | "never" | "0" | "out"
            )
        });
    // What failed: a check named just before ("bias test failed"), the check after ("failed the
    // fairness audit"), or the word closing a clause ("...: failed").
    // Or a check at the head of the words before: "fair lending tests were failed", "stress
    // tests on thin-file applicants failed" (a review of the new readings).
    let check_before = before.is_some_and(|w| CHECKS.contains(&w))
        || (matches!(
            before,
            Some("were" | "was" | "have" | "has" | "had" | "all" | "both")
        ) && at
            .checked_sub(2)
            .and_then(|i| words.get(i))
            .is_some_and(|w| CHECKS.contains(w)))
        || (at.saturating_sub(5)..at).any(|k| {
            words.get(k).is_some_and(|w| CHECKS.contains(w))
                && matches!(
                    words.get(k + 1),
                    Some(&("on" | "for" | "across" | "with" | "in"))
                )
        });
    let check_after = matches!(next, Some("the" | "its" | "their" | "our"))
        && words
            .get(at + 2..at + 5)
            .unwrap_or_default()
            .iter()
            .any(|w| CHECKS.contains(w));
    let closes = next.is_none() || matches!(before, Some("result" | "outcome" | "status"));
    let reported = (check_before && !matches!(next, Some("to"))) || check_after || closes;
    // Put right since, by this work: not others that passed ("the bias test failed for female
    // applicants, other checks passed") nor a rerun still to come ("will rerun them next
    // quarter"): a review of the new readings.
    let put_right =
        words.iter().enumerate().skip(at + 1).any(|(k, w)| {
            SINCE.contains(w) && !put_right_elsewhere(words.get(k.saturating_sub(3)..k))
        });
    reported && !counted && !put_right
}

/// Whether the words before a word that puts a failure right ("passed", "fixed") say it is
/// others' or still to come: "other checks passed", "the remaining tests passed", "will rerun
/// them", "being resolved" (a review of the new readings). Every reader of failures asks this.
pub(super) fn put_right_elsewhere(before: Option<&[&str]>) -> bool {
    before.unwrap_or_default().iter().any(|b| {
        matches!(
            *b,
            "other" | "remaining" | "rest" | "will" | "to" | "must" | "should" | "being"
        )
    })
}

/// Evidence that says the route it stands for was withdrawn or closed, with nothing in its
/// place: "Branch/phone route was withdrawn with the 2026 branch closures; applicants who ask
/// are sent back to the online form" (a sixth review read the alternative route in place).
/// Not one another route replaces ("withdrawn in 2025 and replaced by the phone line").
fn route_withdrawn(lower: &str, words: &[&str]) -> bool {
    const ROUTES: &[&str] = &[
        "route", "routes", "channel", "channels", "option", "options", "line", "lines", "service",
        "services", "desk", "process",
    ];
    const ENDED: &[&str] = &[
        "withdrawn",
        "discontinued",
        "closed",
        "scrapped",
        "removed",
        "retired",
    ];
    if !ENDED.iter().any(|w| lower.contains(w)) {
        return false;
    }
    // Another route that stands in for it: "withdrawn in 2025 and replaced by the phone line".
    if words.iter().any(|w| {
        w.starts_with("replace")
            || matches!(
                *w,
                "instead" | "still" | "remains" | "remain" | "stays" | "stay" | "covers" | "now"
            )
    }) {
        return false;
    }
    words.iter().enumerate().any(|(i, w)| {
        let back = |n: usize| i.checked_sub(n).and_then(|j| words.get(j)).copied();
        ENDED.contains(w)
            && ((matches!(back(1), Some("was" | "were"))
                && back(2).is_some_and(|r| ROUTES.contains(&r)))
                || (back(1) == Some("been")
                    && matches!(back(2), Some("has" | "have"))
                    && back(3).is_some_and(|r| ROUTES.contains(&r))))
    })
}

/// Evidence that says the safeguard was switched off ("Monitoring turned off in 2026-01",
/// "alerts disabled"), not that the safeguard switches something off ("auto-approval turned off
/// for high-risk cases", "the actuator is switched off when confidence drops"). In lowercase.
fn switched_off(lower: &str) -> bool {
    const WHAT: &[&str] = &[
        "monitoring",
        "monitor",
        "logging",
        "logs",
        "alerts",
        "alerting",
        "oversight",
        "review",
        "reviews",
        "filter",
        "filters",
        "filtering",
        "guardrail",
        "guardrails",
        "safeguard",
        "safeguards",
        "checks",
        "audit",
        "audits",
        "dashboard",
        "kill",
        "fail-safe",
        "failsafe",
        "detector",
        "moderation",
    ];
    const OFF: &[&[&str]] = &[
        &["turned", "off"],
        &["switched", "off"],
        &["shut", "off"],
        &["shut", "down"],
        &["disabled"],
        &["deactivated"],
        &["decommissioned"],
        &["paused"],
    ];
    // What follows the words says when the safeguard acts: then it is how it works.
    const WHEN: &[&str] = &[
        "when", "if", "whenever", "for", "during", "unless", "until", "once", "while", "on",
        "after", "before", "at",
    ];
    // Most text holds none of these words, and is not split into clauses.
    if ![
        "off",
        "disabled",
        "deactivated",
        "decommissioned",
        "paused",
        "shut",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        return false;
    }
    clauses(lower).flat_map(|c| c.split(", ")).any(|c| {
        let words: Vec<&str> = c
            .split(|ch: char| ch.is_whitespace() || (ch.is_ascii_punctuation() && ch != '-'))
            .filter(|w| !w.is_empty())
            .collect();
        OFF.iter().any(|off| {
            (0..words.len()).any(|at| {
                words.get(at..at + off.len()) == Some(*off)
                    // The safeguard is what is off: its name right before the words, with at
                    // most "is", "was", "has been" between ("Fail-safe: on invalid input the
                    // extension is switched off" is the fail-safe at work; a review of honest
                    // evidence).
                    && words
                        .get(at.saturating_sub(3)..at)
                        .unwrap_or_default()
                        .iter()
                        .rev()
                        .find(|w| {
                            !matches!(
                                **w,
                                "is" | "was" | "were" | "are" | "has" | "have" | "been" | "now"
                                    | "since"
                            )
                        })
                        .is_some_and(|w| WHAT.contains(w))
                    // "...turned off on 2026-01-05" is when; "...turned off on detection" how.
                    && words.get(at + off.len()).is_none_or(|w| {
                        !WHEN.contains(w)
                            || words
                                .get(at + off.len() + 1)
                                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
                    })
            })
        })
    })
}

/// Evidence that says the work was undone after it was done, or never took effect, dated or not
/// ("Approved 2026-03-02; disabled.", "rejected by the Safety Review Board", "the controls it
/// names have not been implemented", "the audit found it invalid", "written by the aircraft
/// manufacturer"): a third hostile review and a review of honest teams saw each count. In
/// lowercase, and as [`spaced_words`].
fn undone(lower: &str, joined: &str) -> bool {
    // Anywhere, dated or not: words that take back what the text dates.
    const UNDOING: &[&str] = &[
        "residual risk intolerable",
        "residual risk unacceptable",
        "not fit for purpose",
        "found it invalid",
        "found it inadequate",
        "found it ineffective",
        "found the controls ineffective",
        "controls ineffective",
        "voted it down",
        "voted down",
        "since reopened",
        "reopened it",
        "invalidated by",
        "approval lapsed",
        "review overdue",
        "review is overdue",
        "not been implemented",
        "never implemented",
        "never been implemented",
        "never put in place",
        "never took effect",
        "not enforced",
        "mitigations to follow",
        "controls to follow",
        "has not happened",
        "have not happened",
        "not yet happened",
        "has not taken place",
        "example copy",
        "copy for training purposes",
        "hypothetical example",
        "awaiting acceptance",
        "acceptance pending",
        "returned for rework",
        "resubmission required",
        "the model in use is",
        "the model now in use is",
        "archived when",
        "project was paused",
        "project is paused",
        "project was shelved",
        // A review of honest evidence's dishonest ones: undone after a dated approval, a test
        // that did not pass, work not kept up, someone else's validation.
        "threshold was missed",
        "threshold missed",
        "target was missed",
        "accepted as is",
        "accepted as it is",
        "bypassed in practice",
        "not kept up",
        "not been kept up",
        "not ours",
        "not our own",
        "not on our population",
        // A fourth hostile review's.
        "verdict reject",
        "verdict rejected",
        "verdict not approved",
        "review not approved",
        "unapproved",
        "not signed off by anyone",
        "not reviewed by anyone",
        "none exists yet",
        "no current risk assessment",
        "nothing filled in",
        "dummy document",
        "bogus",
        "a sham",
        "sham review",
        "major nonconformities",
        "concluded it is inadequate",
        "later overturned",
        "cannot be found",
        "can t be found",
        "could not be found",
        "a different system",
        "for a different model",
        "previous model only",
        "written by chatgpt",
    ];
    // The same for these, unless the clause is about an earlier version ("the v1 procedure is
    // no longer followed") or states a condition ("cases that did not pass the check").
    const UNDOING_UNLESS_EARLIER: &[&str] = &[
        "scrapped",
        "no longer followed",
        "no longer enforced",
        "no longer in force",
        "no longer maintained",
        "no longer applied",
        // "in-person and telephone decisions are no longer offered" as the evidence of an
        // alternative route (a tenth hostile review saw it read "in place").
        "no longer offered",
        "no longer available",
        "no longer provided",
        "no longer possible",
        "did not pass",
        "didn t pass",
        "not passed",
    ];
    // And these, unless negated in their clause ("no records were lost in the migration").
    const UNDOING_UNLESS_NEGATED: &[&str] = &[
        "lost in the",
        "was lost",
        "were lost",
        "abandoned in",
        "decommissioned with",
    ];
    let starts = word_starts(joined);
    let spaced = |p: &str| at_word_starts(joined, &starts, p);
    if UNDOING.iter().any(|p| spaced(p)) {
        return true;
    }
    const EARLIER_WORDS: &[&str] = &[
        "v1", "v0", "old", "older", "previous", "prior", "earlier", "former", "legacy", "first",
        "manual", "paper",
    ];
    const CONDITION: &[&str] = &["that", "which", "who", "if", "when", "whose", "those"];
    if UNDOING_UNLESS_EARLIER.iter().any(|p| spaced(p))
        && clauses(lower).any(|c| {
            let cj = spaced_words(c);
            UNDOING_UNLESS_EARLIER.iter().any(|p| {
                cj.match_indices(p).any(|(i, _)| {
                    cj.get(..i).is_some_and(|b| {
                        b.ends_with(' ')
                            && !b
                                .split_whitespace()
                                .next_back()
                                .is_some_and(|w| CONDITION.contains(&w))
                    }) && cj.get(i + p.len()..).is_some_and(|a| a.starts_with(' '))
                })
            }) && !cj.split_whitespace().any(|w| EARLIER_WORDS.contains(&w))
        })
    {
        return true;
    }
    if UNDOING_UNLESS_NEGATED.iter().any(|p| spaced(p))
        && clauses(lower).any(|c| {
            let cj = spaced_words(c);
            UNDOING_UNLESS_NEGATED
                .iter()
                .any(|p| cj.contains(&format!(" {p} ")))
                && !cj
                    .split_whitespace()
                    .any(|w| matches!(w, "no" | "not" | "nothing" | "none" | "never"))
        })
    {
        return true;
    }
    // Turned down by whoever approves it ("rejected by the Safety Review Board", "not accepted by
    // the CAA", "returned by the CAMO with 4 findings open"), not "applications rejected by the
    // model are reviewed by an officer".
    const TURNED_DOWN: &[&[&str]] = &[
        &["rejected"],
        &["not", "approved"],
        &["not", "accepted"],
        &["returned"],
        &["turned", "down"],
        &["declined"],
        &["refused"],
        &["withdrawn"],
        &["vetoed"],
        &["overturned"],
    ];
    const APPROVERS: &[&str] = &[
        "board",
        "committee",
        "panel",
        "regulator",
        "authority",
        "caa",
        "faa",
        "easa",
        "camo",
        "council",
        "ministry",
        "dpo",
        "auditor",
        "auditors",
        "ciso",
        "cro",
        "cso",
        "manager",
        "officer",
        "director",
        "lead",
        "head",
        "reviewer",
        "reviewers",
        "mrc",
        "srb",
        "ethics",
        // "withdrawn by the clinical safety group in 2025" (a hostile review).
        "group",
        "forum",
    ];
    let words: Vec<&str> = joined.split_whitespace().collect();
    let by = joined.contains(" by ");
    // "the earlier draft was rejected by the board and revised", "...; approved in March".
    const PUT_RIGHT: &[&str] = &[
        "fixed",
        "resolved",
        "remediated",
        "corrected",
        "addressed",
        "closed",
        "revised",
        "reapproved",
        "resubmitted",
        "approved",
        "accepted",
        "reworked",
        "rewritten",
        "amended",
        "redone",
    ];
    // "version 1 was rejected by the safety board": an earlier version, turned down.
    const EARLIER: &[&str] = &[
        "version", "earlier", "previous", "prior", "first", "draft", "old", "v1", "v0",
    ];
    let turned_down = by
        && TURNED_DOWN.iter().any(|t| {
            (0..words.len()).any(|at| {
                words.get(at..at + t.len()) == Some(*t)
                    && words.get(at + t.len()) == Some(&"by")
                    && words
                        .iter()
                        .skip(at + t.len() + 1)
                        // "declined by the agency's risk and assurance committee", not "rejected
                        // by the model are reviewed by an officer".
                        .take(8)
                        .take_while(|w| {
                            !matches!(**w, "are" | "is" | "was" | "were" | "go" | "goes" | "by")
                        })
                        .any(|w| APPROVERS.contains(w))
                    && !words
                        .iter()
                        .skip(at + t.len())
                        .any(|w| PUT_RIGHT.contains(w))
                    && !words
                        .get(at.saturating_sub(4)..at)
                        .unwrap_or_default()
                        .iter()
                        .any(|w| EARLIER.contains(w))
            })
        });
    if turned_down {
        return true;
    }
    // Written or approved by the maker of the machine or the model, not by the team ("written by
    // ATR (the aircraft manufacturer)", "approved by the vendor's safety board"), not "limits set
    // by the manufacturer are enforced by the scheduler".
    const MADE_BY: &[&str] = &[
        "written",
        "prepared",
        "produced",
        "done",
        "conducted",
        "performed",
        "approved",
        "signed",
        "authored",
        "drafted",
    ];
    const MAKERS: &[&str] = &["manufacturer", "vendor", "supplier", "provider", "oem"];
    // "approved on 2026-03-02 by the vendor's safety board": a date may stand between, within
    // the clause.
    let makers_work = by
        && clauses(lower).any(|c| {
            let cw: Vec<&str> = c
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .filter(|w| !w.is_empty())
                .collect();
            cw.iter().enumerate().any(|(i, w)| {
                MADE_BY.contains(w)
                // "Not signed off by the vendor (...); our own assessment ...".
                && !cw
                    .get(i.saturating_sub(2)..i)
                    .unwrap_or_default()
                    .iter()
                    .any(|x| matches!(*x, "not" | "never" | "nor"))
                && cw
                    .iter()
                    .skip(i + 1)
                    .take(3)
                    .position(|x| *x == "by")
                    .is_some_and(|b| {
                        cw.iter()
                            .skip(i + 2 + b)
                            .take(4)
                            .any(|x| MAKERS.contains(x))
                    })
            })
        });
    if makers_work {
        return true;
    }
    // "The board found the deferrals unsafe", "the audit found the controls deficient", unless
    // the text says it was put right since.
    const FAULTY: &[&str] = &[
        "unsafe",
        "unacceptable",
        "inadequate",
        "invalid",
        "ineffective",
        "intolerable",
        "deficient",
        "insufficient",
        "flawed",
    ];
    // Within a clause, not negated ("No residual risk was found intolerable", "found no gaps.
    // Invalid records are flagged"), and not found acceptable ("found the risk of unsafe dose
    // advice tolerable"): reviews of honest evidence.
    let found_faulty = joined.contains(" found ")
        && clauses(lower).any(|c| {
            let cw: Vec<&str> = c
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            cw.iter().enumerate().any(|(i, w)| {
                *w == "found"
                    && cw.iter().skip(i + 1).take(4).any(|x| FAULTY.contains(x))
                    && !cw.iter().any(|x| {
                        matches!(
                            *x,
                            "no" | "not"
                                | "nothing"
                                | "none"
                                | "never"
                                | "tolerable"
                                | "acceptable"
                                | "acceptably"
                                | "mitigated"
                                | "controlled"
                                | "v1"
                                | "earlier"
                                | "previous"
                                | "draft"
                        )
                    })
            })
        })
        && !words
            .iter()
            .skip_while(|w| **w != "found")
            .any(|x| PUT_RIGHT.contains(x));
    if found_faulty {
        return true;
    }
    // A clause about the work itself that ends by saying it is off, void or turned down
    // ("Disabled.", "the controls it names are disabled", "its controls are bypassed for the
    // duration of the trial"), not about something else ("invalid inputs are rejected", "the
    // auto-decline rule is disabled", "it is disabled when confidence drops").
    const ENDS: &[&str] = &[
        "disabled",
        "deactivated",
        "bypassed",
        "rejected",
        "void",
        "voided",
        "cancelled",
        "canceled",
        "obsolete",
        "superseded",
        "archived",
        "inadequate",
        "invalid",
        "invalidated",
        "ineffective",
        "intolerable",
        "unacceptable",
        "unsafe",
        "overdue",
        "reopened",
        "paused",
        "suspended",
        "discontinued",
        "abandoned",
        "unenforced",
        "unimplemented",
        "vetoed",
        "overturned",
        "unapproved",
        "unsigned",
        "retired",
        // "the kill switch has since been removed", not "teacher access was removed" (a review
        // of honest teams): only of the safeguard itself.
        "removed",
    ];
    const SUBJECT: &[&str] = &[
        "it",
        "its",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "been",
        "be",
        "the",
        "this",
        "that",
        "these",
        "they",
        "them",
        "now",
        "since",
        "later",
        "then",
        "all",
        "also",
        "entirely",
        "fully",
        "subsequently",
        "approval",
        "approvals",
        "assessment",
        "analysis",
        "case",
        "log",
        "document",
        "report",
        "plan",
        "risk",
        "hazard",
        "safety",
        "controls",
        "control",
        "mitigations",
        "mitigation",
        "measures",
        "policy",
        "process",
        "review",
        "audit",
        "model",
        "limits",
        "limit",
        "safeguard",
        "safeguards",
        "test",
        "testing",
        "tests",
        "evaluation",
        "dpia",
        "pia",
        "record",
        "check",
        "checks",
        "oversight",
        "procedure",
        "names",
        "sets",
        "lists",
        "requires",
        "annual",
        "quarterly",
        "monthly",
        "periodic",
        "next",
        "found",
        "of",
        "by",
        "board",
        "committee",
        "panel",
        "regulator",
        "audit",
        "auditor",
        "auditors",
        "easa",
        "caa",
        "faa",
        "camo",
        "our",
        "team",
        "kill",
        "switch",
    ];
    // What may follow: when, where or by whom ("disabled in production", "rejected by the
    // board on 2026-07-14"), never why or on what condition ("disabled when ...").
    const AFTER: &[&str] = &[
        "in",
        "on",
        "at",
        "since",
        "from",
        "for",
        "the",
        "a",
        "duration",
        "of",
        "trial",
        "pilot",
        "production",
        "prod",
        "live",
        "now",
        "again",
        "indefinitely",
        "entirely",
        "all",
        "sites",
        "them",
        "it",
        "too",
        "as",
        "well",
    ];
    // Most text holds none of the words the last check reads: it is not split into clauses.
    if !words
        .iter()
        .any(|w| ENDS.contains(w) || matches!(*w, "off" | "down"))
    {
        return false;
    }
    let id_or_date = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    // "Rejected by the committee in 2024-01; approved after changes on 2024-11-18": put right
    // in a later clause.
    let parts: Vec<&str> = clauses(lower)
        .flat_map(|c| c.split(", "))
        .flat_map(|c| c.split(": "))
        .collect();
    let put_right_after = |i: usize| {
        parts.iter().skip(i + 1).any(|c| {
            c.split(|ch: char| !ch.is_alphanumeric())
                .any(|w| PUT_RIGHT.contains(&w))
        })
    };
    // A kill-switch drill or exercise that turned the model off on purpose ("Last drill
    // 2025-09-18: model switched off; manual underwriting took over"): the safeguard tested.
    let drill = [
        "drill",
        "exercise",
        "rehearsal",
        "re-enabled",
        "restored",
        "took over",
        "fell back",
    ]
    .iter()
    .any(|w| lower.contains(w));
    parts.iter().enumerate().any(|(i, c)| {
        let cw: Vec<&str> = c
            .split(|ch: char| {
                ch.is_whitespace() || (ch.is_ascii_punctuation() && ch != '-' && ch != '\'')
            })
            .map(|w| w.trim_matches(|ch: char| ch == '-' || ch == '\''))
            .filter(|w| !w.is_empty())
            .collect();
        // The words that say it is off: one of ENDS, or "turned off", "switched off", "shut
        // off", "shut down".
        let at = cw
            .iter()
            .rposition(|w| ENDS.contains(w) || *w == "off" || *w == "down");
        let Some(at) = at else {
            return false;
        };
        let word_ok = match cw.get(at) {
            Some(&"off") => at
                .checked_sub(1)
                .and_then(|i| cw.get(i))
                .is_some_and(|w| matches!(*w, "turned" | "switched" | "shut")),
            Some(&"down") => at
                .checked_sub(1)
                .and_then(|i| cw.get(i))
                .is_some_and(|w| matches!(*w, "shut" | "voted" | "taken")),
            _ => true,
        };
        let before_end = if matches!(cw.get(at), Some(&("off" | "down"))) {
            at.saturating_sub(1)
        } else {
            at
        };
        let before = cw.get(..before_end).unwrap_or_default();
        let after = cw.get(at + 1..).unwrap_or_default();
        let by = after.iter().position(|w| *w == "by");
        let after_ok = after
            .iter()
            .take(by.unwrap_or(after.len()))
            .all(|w| AFTER.contains(w) || id_or_date(w));
        // "MRM-CL-020 (2022) is superseded by this version": the old one, replaced.
        let replaced_old = cw.get(at) == Some(&"superseded") && !after.is_empty();
        let drilled = drill
            && matches!(
                cw.get(at),
                Some(&("disabled" | "off" | "down" | "paused" | "suspended" | "deactivated"))
            );
        // Another version superseded or retired, by the words before it in its whole clause:
        // "v1.0 (pilot, 2024) was superseded" is cut at its commas above; "the v4 assessment
        // was retired" beside the v5 one approved (a review of honest evidence).
        let ended = cw.get(at).copied().filter(|w| {
            matches!(
                *w,
                "superseded" | "retired" | "withdrawn" | "archived" | "obsolete"
            )
        });
        let other_version = ended.is_some_and(|ended| {
            let clause = lower.split(';').find(|seg| seg.contains(*c)).unwrap_or(c);
            let lead: Vec<&str> = clause
                .split(ended)
                .next()
                .unwrap_or_default()
                .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            another_version(&lead, lower)
        });
        word_ok
            && after_ok
            && !drilled
            && !replaced_old
            && !other_version
            && !put_right_after(i)
            && before.len() <= 8
            && !before
                .iter()
                .any(|w| matches!(*w, "not" | "no" | "never" | "nothing" | "none"))
            && before
                .iter()
                .all(|w| SUBJECT.contains(w) || id_or_date(w) || w.len() <= 3)
    })
}

/// "Ticket RISK-44 opened to write the hazard log", "Consultant engaged to produce it": a step
/// towards the work, not the work (a review of honest teams saw both count), unless the text
/// says the work came of it.
fn step_towards(lower: &str) -> bool {
    const TO_DO: &[&str] = &[
        " to write ",
        " to produce ",
        " to draft ",
        " to prepare ",
        " to carry out ",
    ];
    const STEP: &[&str] = &[
        "ticket",
        "engaged",
        "opened",
        "consultant",
        "hired",
        "commissioned",
        "contracted",
    ];
    const DONE: &[&str] = &[
        "delivered",
        "completed",
        "finished",
        "published",
        "approved",
        "signed off",
        "in force",
        "in place",
    ];
    let padded = format!(" {lower} ");
    TO_DO.iter().any(|t| padded.contains(t))
        && STEP.iter().any(|w| lower.contains(w))
        && !DONE.iter().any(|w| lower.contains(w))
}

/// "Pending engagements are held until ...": "pending" describing what the safeguard holds
/// back, not the safeguard itself (a hostile review's honest evidence was refused).
fn pending_as_adjective(p: &str, words: &[&str]) -> bool {
    p == "pending"
        && matches!(
            words.get(2),
            Some(&("are" | "is" | "go" | "wait" | "stay" | "remain" | "get" | "need" | "needs"))
        )
}

/// "Employees can ask for their review to be written without the tool": a right to ask for
/// something to be done is in place; "to be written" there is not work still to come (a review
/// of honest teams).
fn asks_for_it(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "ask" | "asks" | "request" | "requests")
            && words
                .get(i + 1..(i + 8).min(words.len()))
                .is_some_and(|after| after.windows(2).any(|p| p == ["to", "be"]))
    })
}

/// Evidence whose first clause says the team has none of something: "We don't have a documented
/// two-person rule", "We do not have a weapons review" (a hostile review saw both count). What
/// the team does not have of people's data is evidence of minimisation, not of a gap: "We do
/// not have access to raw images".
fn denies_having(lower: &str) -> bool {
    const DATA: &[&str] = &[
        "access",
        "data",
        "images",
        "image",
        "information",
        "records",
        "copies",
        "copy",
        "personal",
        "identifiable",
        "raw",
        "names",
        "faces",
        "voices",
        "recordings",
        "logs",
        "details",
        "contact",
        "visibility",
        "way",
        "means",
        "ability",
        "need",
        "plans",
    ];
    // The first clause, as words the way [`denies_the_title`] reads them ("don't" is "don t").
    let clause = lower
        .trim_start()
        .split(['.', ';', ':', ',', '(', '\n', '!'])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(opening) = DENYING_OPENINGS.iter().find(|o| words.starts_with(o)) else {
        return false;
    };
    let rest = words.get(opening.len()..).unwrap_or_default();
    !rest.is_empty() && rest.len() <= 6 && !rest.iter().any(|w| DATA.contains(w))
}

/// "Awaiting AI Risk Board sign-off", "awaiting the committee's decision": waiting on an approval
/// a few words on, not only right after "awaiting" (a twenty-second review).
/// Bodies whose review approves a document.
const BODIES: &[&str] = &[
    "committee",
    "board",
    "panel",
    "council",
    "mrm",
    "mrc",
    "governance",
    "ethics",
    "risk",
    "legal",
    "dpo",
    "cab",
    "srb",
    "caa",
    "faa",
    "easa",
    "fda",
    "mhra",
    "regulator",
    "cso",
];

fn awaits_approval(words: &[&str]) -> bool {
    // "pending Model Risk Committee review", "pending board review": a body's review still
    // to come, whatever review the evidence dates (a hostile review); not "declines pending
    // review are held", review at work.
    let body_review_pending = words.iter().enumerate().any(|(i, w)| {
        *w == "pending"
            && words.get(i + 1..).is_some_and(|rest| {
                let window = rest.iter().take(5);
                let mut before_review = window.take_while(|n| !n.starts_with("review"));
                before_review.any(|n| BODIES.contains(n))
                    && rest.iter().take(5).any(|n| n.starts_with("review"))
            })
    });
    // "under MRC review", "under Model Risk Committee review".
    let under_body_review = words.iter().enumerate().any(|(i, w)| {
        *w == "under"
            && words.get(i + 1..).is_some_and(|rest| {
                let mut before = rest.iter().take(4).take_while(|n| !n.starts_with("review"));
                before.any(|n| BODIES.contains(n))
                    && rest.iter().take(5).any(|n| n.starts_with("review"))
            })
    });
    body_review_pending
        || under_body_review
        || words.iter().enumerate().any(|(i, w)| {
            // "still waiting for the CSO's signature" (a hostile review's evidence passed).
            (matches!(*w, "awaiting" | "awaits" | "await")
                || (*w == "waiting" && matches!(words.get(i + 1), Some(&("for" | "on")))))
                && words.iter().skip(i + 1).take(6).any(|n| {
                    // Not "review" or "decision": "declines awaiting review are held" is human
                    // review at work (a review of honest evidence).
                    n.starts_with("approv") || n.starts_with("sign") || n.starts_with("ratif")
                })
        })
}

/// A stand-in for a person's name: "J. Doe", "Jane Doe", "Doe, J.", "Max Mustermann", "Joe
/// Bloggs" (a review saw "approved by J. Doe" count).
fn stand_in_name(words: &[&str], lower: &str) -> bool {
    // "J. Doe" alone: "J. Doe-Okafor" and "J. Doe (Jennifer Doe, Head of Model Risk)" are people
    // (a review of honest evidence).
    let initial_doe = ["j. doe", "j doe", "doe, j.", "doe j."].iter().any(|p| {
        lower.match_indices(p).any(|(at, _)| {
            let after = lower.get(at + p.len()..).unwrap_or_default();
            !after.starts_with(|c: char| c == '-' || c.is_alphanumeric())
                && !after.trim_start().starts_with('(')
        })
    });
    // A slot ("XXX", "Firstname Lastname", "<approver>", "A. N. Other") only where a person is
    // named: right after "by" or a role's colon. "Account XXX-1234", "Dear <name>" and a schema's
    // "Firstname Lastname" describe data (a review of honest evidence).
    let named_here = |i: usize| {
        i.checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|b| {
                matches!(
                    *b,
                    "by" | "approver" | "owner" | "signatory" | "signed" | "reviewer" | "sponsor"
                )
            })
    };
    let slot = words.iter().enumerate().any(|(i, w)| {
        named_here(i)
            && (matches!(*w, "xxx" | "firstname" | "tbd" | "tba" | "nn")
                || words.get(i..i + 3) == Some(&["a", "n", "other"][..])
                || (*w == "first" && words.get(i + 1) == Some(&"name")))
    });
    let angled = [
        "by <",
        "approver: <",
        "owner: <",
        "signatory: <",
        "signed: <",
        "by: <",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && angled_slot(lower);
    // Hyphenated surnames kept whole: "Jane Doe-Brown" is a person (a review of honest answers).
    let whole: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    initial_doe
        || whole.windows(2).any(|p| {
            matches!(
                p,
                ["john" | "jane", "doe"]
                    | ["doe", "john" | "jane"]
                    | ["max" | "erika" | "m" | "e", "mustermann"]
                    | ["joe" | "fred" | "j" | "f", "bloggs"]
            )
        })
        || slot
        || angled
}

/// A word in angle brackets, as a form's slot: "<approver>", "<owner name>".
pub(crate) fn angled_slot(lower: &str) -> bool {
    lower.split('<').skip(1).any(|rest| {
        rest.split_once('>').is_some_and(|(inside, _)| {
            !inside.trim().is_empty()
                && inside.len() <= 30
                && inside
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ' ' | '_' | '-'))
        })
    })
}

/// Whether the text holds four digits in a row: a year, read or not.
fn has_year_digits(text: &str) -> bool {
    let mut run = 0;
    text.chars().any(|c| {
        run = if c.is_numeric() { run + 1 } else { 0 };
        run >= 4
    })
}

/// An approval asked for and not given, said of the evidence itself: in its first clause, unless
/// that clause also dates an approval ("submitted for approval on 2025-02-01 and approved on
/// 2025-03-01"); in a later clause, about other work, unless any clause dates an approval
/// ("approved 2024-11-20. Retraining of v6 in progress."). An approval of something else in a
/// later clause does not lift the first's ("RA-12 awaiting approval; the data-sharing agreement
/// was approved on 2026-07-30": a hostile review).
fn approval_outstanding(lower: &str) -> bool {
    let pending = |c: &str| {
        let joined = spaced_words(c);
        let words: Vec<&str> = joined.split_whitespace().collect();
        awaits_approval(&words)
            || APPROVAL_PENDING
                .iter()
                .any(|p| joined.contains(&format!(" {p} ")))
            || marked_draft(c)
    };
    let mut parts = clauses(lower);
    let Some(first) = parts.next() else {
        return false;
    };
    if clauses(lower).any(decision_to_come) && !dates_approval(lower) {
        return true;
    }
    if pending(first) {
        // A draft named in brackets before the approval it led to: "(draft v0.9 circulated
        // 2024-10-01; v1.0 approved on 2024-11-18)".
        return !(dates_approval(first) || marked_draft(first) && dates_approval(lower));
    }
    parts.any(pending) && !dates_approval(lower)
}

/// An approval with its condition still open (a later review), read as the words of
/// [`NOT_DONE_UNLESS_DATED`] are in evidence, and by [`unapproved_document`] in a note.
const APPROVED_ON_A_CONDITION: &[&str] = &[
    "subject to approval",
    "subject to sign off",
    "subject to final approval",
    "provisionally approved",
    "conditionally approved",
    "approved in principle",
    "in principle approved",
];

/// Words that say a document's approval is still to come, read in a note where no clause dates
/// an approval, with [`APPROVED_ON_A_CONDITION`].
const APPROVAL_TO_COME: &[&str] = &[
    "approval anticipated",
    "approval expected",
    "sign off expected",
    "sign off anticipated",
    "due for approval",
    "due for sign off",
    "goes to the",
    "go to the",
    "on the agenda",
    "for comment",
    "for consultation",
    "still a draft",
    "is a draft",
    "in draft",
];

/// One of these is in every phrase [`unapproved_document`] reads (a unit test checks it).
const UNAPPROVED_KEYS: &[&str] = &[
    "submitted",
    "presented",
    "tabled",
    "accept",
    "await",
    "pend",
    "draft",
    "sign",
    "approv",
    "agenda",
    "goes to",
    "go to",
    "subject",
    "provision",
    "condition",
    "principle",
    "anticipat",
    "expect",
    "due for",
    "comment",
    "consult",
    "review",
    "rework",
    "wip",
    "progress",
    "not final",
    "unreleased",
    "working copy",
    "entwurf",
    "brouillon",
    "borrador",
    "bozza",
    "attente",
    "pendiente",
    "attesa",
    "wacht",
    "aguardando",
    "pendente",
    "freigabe",
    "genehmig",
    "steht",
    "ausstehend",
    "oczekuje",
    "승인",
    "초안",
    "utkast",
    "changes",
    "freigeg",
];

/// Words that name a document a note can show in place: a safety case, a test report, a
/// template.
const DOCUMENTS: &[&str] = &[
    "case",
    "report",
    "assessment",
    "analysis",
    "policy",
    "procedure",
    "template",
    "dpia",
    "plan",
    "document",
    "log",
    "sop",
    "runbook",
    "charter",
    "card",
    "study",
    "protocol",
    "checklist",
    "register",
];

/// Whether the lead sentence of a note or a test summary says the document it names is a
/// draft, or that its approval or sign-off is still to come ("Safety case CI-SC-2024-03 is
/// awaiting the clinical safety officer's sign-off", "Test report FL-2024-07 (draft)"): the
/// note is the safeguard's evidence in the reports, and recorded evidence in those words is
/// none (a hostile review moved the hedge from the evidence to the note). Not a sentence about
/// each case ("Every suggestion awaits the physician's sign-off before it is acted on"): that
/// is the oversight at work.
pub(super) fn unapproved_document(sentence: &str) -> bool {
    let lower = visible_text(sentence).to_lowercase();
    // Most notes hold none of the words read here: they are not split into words (issue 7).
    if !UNAPPROVED_KEYS.iter().any(|k| lower.contains(k)) {
        return false;
    }
    // Its first clause: what follows may be about other work ("Adult testing complete
    // (CI-VAL-2025-07); a paediatric extension is work in progress", a review of honest notes).
    let first = lower.split([';', '；']).next().unwrap_or_default();
    let joined = spaced_words(first);
    let words: Vec<&str> = joined.split_whitespace().collect();
    let of_cases = words.iter().any(|w| {
        matches!(
            *w,
            "each" | "every" | "all" | "any" | "per" | "before" | "until" | "whenever" | "once"
        )
    });
    // A draft that was replaced is an older one ("Draft v0.3 of the validation report was
    // superseded; final SA-VAL-2025-02 ...").
    let replaced = words.iter().any(|w| {
        matches!(
            *w,
            "superseded" | "replaced" | "withdrawn" | "retired" | "obsolete"
        )
    });
    // A document named by its kind, or by an id such as "CI-SC-2024-03".
    let id = first.split_whitespace().any(document_id);
    // A document that has not changed since it was approved waits for nothing: "The risk
    // assessment has not changed since 2024 because the model has not changed; the next risk
    // review is due in 2026" (a review of honest texts).
    let unchanged = [" not changed ", " unchanged ", " no change "]
        .iter()
        .any(|p| joined.contains(p));
    if of_cases || replaced || unchanged || !(id || words.iter().any(|w| DOCUMENTS.contains(w))) {
        return false;
    }
    let starts = word_starts(&joined);
    let phrase = |p: &str| at_word_starts(&joined, &starts, p);
    // "v0.3 DRAFT", "..., draft.": a version or a clause marked a draft.
    let draft_word = words.iter().enumerate().any(|(i, w)| {
        *w == "draft"
            && (i + 1 == words.len()
                || i.checked_sub(1)
                    .and_then(|k| words.get(k))
                    .is_some_and(|b| is_version(b) || b.chars().all(|c| c.is_ascii_digit())))
    });
    ((awaits_approval(&words)
        || APPROVAL_PENDING.iter().any(|p| phrase(p))
        || decision_to_come(first))
        && !dates_approval(first))
        || ((marked_draft(first) || draft_word) && !dates_approval(&lower))
        || (APPROVAL_TO_COME
            .iter()
            .chain(APPROVED_ON_A_CONDITION)
            .any(|p| phrase(p))
            && !dates_approval(first))
}

/// Whether a clause after the first of a note (lowercase) names a document by its id and says
/// it still waits for approval: "The MHRA classification question is still open; safety case
/// CI-SC-2024-03 is at v0.4 and the CSO hasn't signed it" (a hostile review's note passed).
/// [`unapproved_document`] reads only the first clause, whose words may be about other work;
/// here the id says which document is meant. Not where any clause dates an approval ("v1.0
/// signed by the CSO on 2026-02-11; v1.1 awaits the CSO's sign-off").
pub(super) fn unsigned_later(lower: &str) -> bool {
    if !["sign", "approv", "await", "pend"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    clauses(lower).skip(1).any(|c| {
        c.split_whitespace().any(document_id) && {
            let joined = spaced_words(c);
            let words: Vec<&str> = joined.split_whitespace().collect();
            let starts = word_starts(&joined);
            awaits_approval(&words)
                || APPROVAL_PENDING
                    .iter()
                    .any(|p| at_word_starts(&joined, &starts, p))
                || decision_to_come(c)
        }
    }) && !dates_approval(lower)
}

/// How a document marks itself a draft in brackets, read by [`marked_draft`].
const DRAFT_MARKS: &[&str] = &[
    "(draft",
    "[draft",
    "(in draft",
    "(not final",
    "(unreleased",
    "(working copy",
    "(entwurf",
    "(brouillon",
    "(borrador",
    "(bozza",
];

/// A later clause of evidence that says the approving body's decision is still to come, in the
/// words teams use beside a dated review ("Model Risk Committee approval expected in January",
/// "the board is to review it on 2027-01-20", "tabled for the MRC meeting", "MRC approval TBC",
/// "approval status: open", "three findings must be closed before approval": a fifth hostile
/// review). Not a routine round after an approval ("next annual MRC review due 2025-11").
/// `clause` is lowercase, as each caller has it.
fn decision_to_come(clause: &str) -> bool {
    const TO_COME: &[&str] = &[
        "pending",
        "expected",
        "expect",
        "is to",
        "are to",
        "go before",
        "goes before",
        "set for",
        "tbc",
        "tbd",
        "status open",
        "not yet",
        "yet",
        "hasn t",
        "has not",
        "have not",
        "closed before",
        "must be",
        "subject to",
        "for review",
        "tabled",
        "submitted to",
        "submitted",
        "presented to",
        "with comments",
        "awaiting",
        "awaited",
        "for approval",
        "for acceptance",
        "for sign off",
        "due",
        "scheduled",
    ];
    // Every word the decision is read from below is in the clause as it is: most
    // clauses hold none and are not spaced or split (a clause of every piece of evidence is
    // read so on every evaluation, issue 7).
    if !BODIES
        .iter()
        .chain(&[
            "approv",
            "ratif",
            "accept",
            "signoff",
            "decision",
            "sign",
            "submitted",
            "presented",
        ])
        .any(|w| clause.contains(w))
    {
        return false;
    }
    let joined = spaced_words(clause);
    let words: Vec<&str> = joined.split_whitespace().collect();
    let decision = words.iter().any(|w| {
        BODIES.contains(w)
            || w.starts_with("approv")
            || w.starts_with("ratif")
            || w.starts_with("accept")
            || matches!(*w, "signoff" | "decision")
    }) || joined.contains(" sign off ")
        // Handed to a person for a decision ("submitted to the clinical safety officer on
        // 2024-10-15": a hostile review), as to a body.
        || [" submitted to ", " presented to "]
            .iter()
            .any(|p| joined.contains(p));
    // "re-approval", spaced as "re approval".
    let routine = words.iter().any(|w| {
        matches!(
            *w,
            "next"
                | "annual"
                | "yearly"
                | "annually"
                | "periodic"
                | "every"
                | "renewal"
                | "re"
                | "earlier"
                | "previous"
                | "prior"
                | "were"
                | "was"
                | "monthly"
                | "weekly"
                | "quarterly"
                | "daily"
        ) || w.starts_with("reapprov")
            || w.starts_with("recertif")
    });
    let no_approval = matches!(
        joined.trim(),
        "approval no" | "approved no" | "sign off no" | "approval open" | "approval status open"
    );
    // Each phrase compared only where a word opens with its first two bytes, not formatted and
    // searched for (issue 7).
    decision
        && !routine
        && (no_approval || {
            let starts = word_starts(&joined);
            TO_COME.iter().any(|p| at_word_starts(&joined, &starts, p))
        })
}

/// Whether lowercase `text` marks itself a draft in brackets: "(draft)", "[draft]", "(draft
/// v0.9)", "(draft, for comment)" (a hostile review saw "(draft v0.9)" beside a dated review
/// count), not "(drafted on ...)".
fn marked_draft(text: &str) -> bool {
    // Also "(in draft)", "(not final)", "(Entwurf)", and a version marked a draft: "draft
    // v0.9", "v0.9-draft", "- draft" (a fourth hostile review).
    let bracketed = DRAFT_MARKS.iter().any(|m| {
        text.match_indices(m).any(|(at, _)| {
            !text
                .get(at + m.len()..)
                .unwrap_or_default()
                .starts_with(|c: char| c.is_alphabetic())
        })
    });
    let versioned = || {
        text.match_indices("draft").any(|(at, _)| {
            let before = text.get(..at).unwrap_or_default();
            let after = text.get(at + 5..).unwrap_or_default();
            (after.starts_with(" v")
                && after
                    .get(2..)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
                || before.ends_with("- ")
                || before.ends_with("– ")
                || (before.ends_with('-')
                    && before
                        .trim_end_matches('-')
                        .ends_with(|c: char| c.is_ascii_digit()))
        })
    };
    // Any bracket that marks it ("(issue 0.4, unreleased)", "(v0.9, not final)", "{draft}",
    // "(pre-release copy)", "(for discussion)", "(consultation version)"), and "draft" right
    // after an id or a version ("HA-WW-03 draft under the SMS"): a fifth hostile review.
    let in_brackets = || {
        text.split(['(', '[', '{'])
            .skip(1)
            .filter_map(|rest| rest.split([')', ']', '}']).next())
            .any(|inside| {
                let inside = spaced_words(inside);
                // "(replaces the draft of March)": the draft is an older one (a review of honest
                // notes).
                let older = [
                    " replac",
                    " supersed",
                    " earlier ",
                    " previous ",
                    " prior ",
                    " old ",
                    " former ",
                ]
                .iter()
                .any(|w| inside.contains(w));
                !older
                    && [
                        " draft ",
                        " unreleased ",
                        " not final ",
                        " pre release ",
                        " prerelease ",
                        " working copy ",
                        " for discussion ",
                        " for comment ",
                        " consultation ",
                        " entwurf ",
                        " brouillon ",
                        " borrador ",
                        " bozza ",
                    ]
                    .iter()
                    .any(|m| inside.contains(m))
            })
    };
    let after_id = || {
        text.match_indices(" draft").any(|(at, _)| {
            let before = text.get(..at).unwrap_or_default();
            let after = text.get(at + 6..).unwrap_or_default();
            !after.starts_with(|c: char| c.is_alphanumeric())
                && before
                    .rsplit(' ')
                    .next()
                    // An id or a version ("HA-WW-03", "v0.9"), not a year ("the 2023 draft
                    // methodology was superseded").
                    .is_some_and(|w| {
                        w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_alphabetic)
                    })
        })
    };
    // Read in turn, each only while the ones before found nothing (issue 7).
    bracketed || versioned() || in_brackets() || after_id()
}

/// Whether a clause dates an approval or a sign-off (not only the writing of a draft).
fn dates_approval(text: &str) -> bool {
    const APPROVING: &[&str] = &[
        "approv",
        "signed",
        "sign-off",
        "sign off",
        "signoff",
        "ratif",
        "accepted",
        "authoris",
        "authoriz",
        "endorsed",
        "adopted",
        "certified",
        "renewed",
        "genehmigt",
        "freigegeben",
        "approuv",
        "validé",
        // In force from a day: a document in force was approved (a review of honest teams).
        "in force",
        "effective",
        "en vigueur",
        "applicable depuis",
        "in kraft",
        "en vigor",
        "in vigore",
        "em vigor",
        "aprobad",
        "approvat",
        "goedgekeurd",
        "aprovad",
    ];
    let lower = text.to_lowercase();
    // "Submitted for approval on 2025-02-01 and approved on 2025-03-01": each part apart. So
    // is what came before the approval: "approved on 2024-11-18 after the changes requested on
    // 2024-10-01 were made".
    let approves = |clause: &str| {
        APPROVING
            .iter()
            .chain(CJK_APPROVED)
            .any(|w| clause.contains(w))
            && ![
                "awaiting",
                "pending",
                "not ",
                "requested",
                "sent for",
                "submitted",
            ]
            .iter()
            .any(|w| clause.contains(w))
            && dates_in(clause).made.is_some()
    };
    // "approved by Janet Kowalczyk, Head of Housing Repairs, on 2026-05-28": the approver's
    // role set off by commas, read whole as [`dates_work_done`] reads it (a review of honest
    // teams).
    let role_between = |c: &str| {
        let parts: Vec<&str> = c.split(", ").collect();
        parts.iter().enumerate().any(|(i, part)| {
            (part.starts_with("on ") || part.starts_with("in "))
                && approves(
                    &parts
                        .get(i.saturating_sub(2)..=i)
                        .unwrap_or_default()
                        .join(", "),
                )
        })
    };
    let parts = |c: &'_ str| -> bool {
        c.split(", ")
            .flat_map(|c| c.split(" and "))
            .flat_map(|c| c.split(" after "))
            .any(approves)
    };
    // Read whole, and with what follows a colon apart: "RA-TS-01 approved 2026-12-01: disparate
    // impact has not been measured" is what the approved work found; "approved by the Model
    // Risk Committee (chair: Helen Brookes) on 2025-12-02" is one approval (a review of honest
    // teams).
    clauses(&lower).any(role_between)
        || clauses(&lower).any(parts)
        || clauses(&lower).flat_map(|c| c.split(": ")).any(parts)
}

/// Evidence that says it was superseded or replaced ("Superseded by RA-TF-19", "RA-12 was
/// replaced by RA-19 (not yet approved)": a hostile review), not where what was superseded is
/// something older beside it ("the earlier draft is superseded", "MRM-CL-020 (2022) was
/// superseded by MRM-CL-031", "... is superseded by this version": a review of honest evidence).
/// Whether every clause of `text` that holds `phrase` ("under review", "being drafted") says
/// it of another item than the evidence (its next version or revision, an update, a
/// translation: "HRS-PROC-12 v2, approved on 2026-06-03; v3 is under review", a review of
/// honest teams), and the text dates work done.
fn of_another_item(text: &str, phrase: &str) -> bool {
    let lower = text.to_lowercase();
    let mut holding = clauses(&lower)
        .map(spaced_words)
        .filter(|c| c.contains(&format!(" {phrase} ")))
        .peekable();
    holding.peek().is_some()
        && holding.all(|c| {
            let before = c.split(&format!(" {phrase} ")).next().unwrap_or_default();
            let words: Vec<&str> = before.split_whitespace().collect();
            words.iter().any(|w| {
                matches!(
                    *w,
                    "version"
                        | "versions"
                        | "revision"
                        | "update"
                        | "translation"
                        | "translations"
                        | "next"
                        // "A further review for a handwritten-payslip model we may build is
                        // planned for 2027" (a hostile review's honest evidence).
                        | "further"
                )
            }) || another_version(&words, &lower)
        })
        && dates_work_done(text)
        // Work on the next release under way, not one denied ("not yet updated for v3").
        || ["under ", "in review", "being ", "drafting"]
            .iter()
            .any(|w| phrase.starts_with(w))
            && of_another_release(&lower, phrase)
            && dates_work_done(text)
}

/// The versions `raw` names, whole: "v2.1", "rev 2.1", "version 2.2", "1.5" opening a clause
/// or after an id ("RA-12 1.4"), not a figure ("Gini 0.61") or a date.
fn full_versions(raw: &str) -> Vec<String> {
    let tokens: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':'))
        .filter(|t| !t.is_empty())
        .collect();
    tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let t = t.trim_end_matches('.');
            let dotted = |x: &str| {
                let parts: Vec<&str> = x.split('.').collect();
                parts.len() >= 2
                    && parts.len() <= 3
                    && parts.iter().all(|p| {
                        !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit())
                    })
            };
            let before = i.checked_sub(1).and_then(|k| tokens.get(k)).copied();
            if let Some(r) = t.strip_prefix('v')
                && !r.is_empty()
                && r.chars().all(|c| c.is_ascii_digit() || c == '.')
                && r.starts_with(|c: char| c.is_ascii_digit())
            {
                return Some(r.to_string());
            }
            let named = before.is_none_or(|b| {
                matches!(
                    b,
                    "rev" | "version" | "release" | "issue" | "la" | "die" | "the"
                ) || (b.contains('-') && b.chars().any(|c| c.is_ascii_digit()))
            });
            (dotted(t) && named).then(|| t.to_string())
        })
        .collect()
}

/// Whether every clause of lowercase `lower` that holds `phrase` ("under review", "being
/// drafted") names a release other than the one the first clause names, read whole ("v2,
/// approved on 2026-06-03; v2.1 is under review", "RA-12 1.4, approved ...; 1.5 is under
/// review": a review of honest teams saw the minor release read as the same one).
fn of_another_release(lower: &str, phrase: &str) -> bool {
    let mut parts = clauses(lower);
    let own = parts.next().map(full_versions).unwrap_or_default();
    if own.is_empty() {
        return false;
    }
    let mut holding = clauses(lower)
        .skip(1)
        .filter(|c| spaced_words(c).contains(&format!(" {phrase} ")))
        .peekable();
    holding.peek().is_some()
        && holding.all(|c| {
            let named = full_versions(c);
            !named.is_empty() && named.iter().all(|v| !own.contains(v))
        })
}

/// Whether `words` name a version of the work other than the one the first clause of `lower`
/// names: "v1.0 (pilot, 2024) was superseded" beside the approved v2.0 (a review of honest
/// teams).
fn another_version(words: &[&str], lower: &str) -> bool {
    // The evidence's own version is the one its first clause names ("HA-1 v1.0, approved ...;
    // v1.0 was superseded by v2.0" says the evidence was).
    let first = lower.split([';', ':']).next().unwrap_or_default();
    let own: Vec<&str> = first
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .filter(|y| is_version(y))
        .collect();
    words
        .iter()
        .any(|x| is_version(x) && !own.is_empty() && !own.contains(x))
}

/// Whether a word holds letters and digits both: a version ("v4", "v2.3") or an id, not a date
/// or a count, which are digits only.
pub(super) fn letters_and_digits(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit()) && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// Whether a word is a document's id ("CI-SC-2024-03", "MRM_VAL_112").
pub(super) fn document_id(word: &str) -> bool {
    word.contains(['-', '_']) && letters_and_digits(word)
}

/// A version number as words split at dots: "v1", "v2" (of "v2.0").
pub(super) fn is_version(word: &str) -> bool {
    word.strip_prefix('v')
        .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
}

fn superseded(lower: &str) -> bool {
    const OLDER: &[&str] = &[
        "earlier",
        "old",
        "alte",
        "alten",
        "alter",
        "altes",
        "vorherige",
        "ancien",
        "ancienne",
        "précédent",
        "antiguo",
        "antigua",
        "anterior",
        "antigo",
        "older",
        "previous",
        "prior",
        "former",
        "legacy",
        "draft",
        "predecessor",
    ];
    clauses(lower).any(|c| {
        let ascii = c.is_ascii();
        // "... and so is this one", "has itself been replaced": said of the evidence whatever
        // else is older (a hostile review).
        let itself = ["has itself", "was itself", "is itself", "so is this"]
            .iter()
            .any(|m| c.contains(m));
        [
            "superseded",
            "replaced",
            "ersetzt",
            "abgelöst",
            "remplacé",
            "remplacée",
            "reemplazado",
            "reemplazada",
            "substituído",
            "substituída",
            "sostituito",
            "sostituita",
            "sustituido",
            "sustituida",
            "vervangen",
            "zastąpiona",
            "zastąpiony",
            "差し替え",
            "取代",
            "대체",
        ]
        .iter()
        // A clause in ASCII holds none of the words written with other letters, and is not
        // searched for them (issue 7).
        .filter(|w| w.is_ascii() || !ascii)
        .any(|w| {
            c.match_indices(w).any(|(at, _)| {
                let before = c.get(..at).unwrap_or_default();
                let rest = c.get(at + w.len()..).unwrap_or_default();
                // A whole word: "remplacé" is not read inside "remplacée" (its own entry).
                if rest.starts_with(char::is_alphanumeric) {
                    return false;
                }
                let after = rest.trim_start();
                let lead: Vec<&str> = before
                    .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                    .filter(|x| !x.is_empty())
                    .collect();
                let near = lead.get(lead.len().saturating_sub(4)..).unwrap_or_default();
                // "replaced the old version" (active: it replaced something older), not "this
                // legacy version has been replaced" (a sixth hostile review).
                let next: Vec<&str> = after
                    .split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
                    .filter(|x| !x.is_empty())
                    .take(3)
                    .collect();
                // "this legacy version": the evidence, called old (not "the earlier draft of
                // this assessment").
                let this = lead.windows(2).any(|p| {
                    matches!(
                        p,
                        ["this" | "diese" | "dieses" | "cette" | "ce" | "esta" | "este", x]
                            if OLDER.contains(x)
                    )
                });
                let older = !this
                    && (near.iter().any(|x| OLDER.contains(x))
                        || next.first().is_some_and(|x| OLDER.contains(x))
                        || (next.first().is_some_and(|x| {
                            matches!(
                                *x,
                                "the"
                                    | "l"
                                    | "la"
                                    | "le"
                                    | "el"
                                    | "die"
                                    | "das"
                                    | "den"
                                    | "o"
                                    | "a"
                            )
                        }) && next.get(1).is_some_and(|x| OLDER.contains(x)))
                        || before.contains("(19")
                        || before.contains("(20")
                        // "v1.0 (pilot, 2024) was superseded" beside the approved v2.0: another
                        // version of it (a review of honest teams).
                        || another_version(near, lower));
                // "Ersetzt: MRM-CL-020" on a German form is "Replaces:" (a review of honest
                // evidence).
                if after.starts_with(':') {
                    return false;
                }
                let by_this = ["by this", "by these", "by the present", "by it "]
                    .iter()
                    .any(|b| after.starts_with(b));
                // What replaced it has an id ("by RA-TF-19"), not "by new GPUs".
                let by_id = after
                    .strip_prefix("by")
                    .and_then(|r| r.split_whitespace().next())
                    .is_some_and(|t| t.bytes().any(|ch| ch.is_ascii_digit()));
                // Its subject is the evidence: nothing, an id, "it" or "was" before it, not
                // "the Dell servers were" (a review of honest evidence).
                let plain = near.iter().all(|x| of_the_evidence(x));
                let ends_here = after
                    .split(',')
                    .next()
                    .unwrap_or_default()
                    .trim_matches(|ch: char| ch.is_whitespace() || ch.is_ascii_punctuation())
                    .is_empty();
                let about_it = before.trim().is_empty()
                    || before.trim_end().ends_with(':')
                    || by_id
                    || (ends_here && plain);
                itself || (about_it && !older && !by_this)
            })
        })
    })
}

/// A word that can stand before "renewed", "superseded" or "replaced" when the evidence itself
/// is what they are said of: its id, a word that dates it, "it", "this", "was" and the like; not
/// "the vendor contract" or "the Dell servers" (reviews).
fn of_the_evidence(x: &str) -> bool {
    x.bytes().any(|c| c.is_ascii_digit())
        || MADE.contains(&x)
        || matches!(
            x,
            "it" | "this"
                | "which"
                | "was"
                | "has"
                | "have"
                | "been"
                | "is"
                | "now"
                | "since"
                | "later"
                | "also"
                | "and"
                | "then"
                | "status"
        )
}

/// Work done for an earlier model or release ("approved 2024-11-18 for the previous model"),
/// not in a clause about what replaced it ("replaces the assessment for the previous model": a
/// review of honest evidence).
fn for_an_earlier_model(lower: &str) -> bool {
    const EARLIER: &[&str] = &[
        "for the previous model",
        "for a previous model",
        "for the prior model",
        "for an earlier model",
        "for the old model",
        "for the previous release",
        "for an earlier release",
        "for the prior version",
        "for a previous version",
    ];
    clauses(lower).any(|c| {
        EARLIER.iter().any(|p| c.contains(p)) && !c.contains("replac") && !c.contains("supersed")
    }) || for_an_earlier_version(lower)
        || moved_on_untested(lower)
}

/// Whether a sentence says the model in use changed and the work was not done again on it: "200
/// documents scored for faithfulness with Claude 2.1; we moved to Claude 3 Haiku in January and
/// haven't re-tested", "the current model hasn't been audited yet" (a hostile review of other
/// examples). Not where the change or the work is still to come ("will", "once", "before go-live")
/// or the model is not in use.
pub(crate) fn moved_on_untested(lower: &str) -> bool {
    const MOVED: &[&str] = &[
        " moved to ",
        " switched to ",
        " upgraded to ",
        " migrated to ",
        " current model ",
        " model in use ",
        " model now in use ",
    ];
    const UNTESTED: &[&str] = &[
        " haven t re tested ",
        " hasn t been re tested ",
        " haven t retested ",
        " hasn t been retested ",
        " have not re tested ",
        " has not been re tested ",
        " not been retested ",
        " not re tested ",
        " not retested ",
        " hasn t been audited ",
        " haven t been audited ",
        " has not been audited ",
        " hasn t been tested ",
        " has not been tested ",
        " hasn t been validated ",
        " has not been validated ",
        " haven t re validated ",
        " not been revalidated ",
        " haven t re run ",
        " not been re run ",
    ];
    const TO_COME: &[&str] = &[
        " will ",
        " when ",
        " once ",
        " before go live ",
        " before launch ",
        " before it goes live ",
        " until ",
        " only after ",
        " unchanged ",
        " shadow ",
        " not deployed ",
        " not in use ",
    ];
    if ![
        "moved", "switched", "upgraded", "migrated", "current", "use",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    let spaced = spaced_words(lower);
    MOVED.iter().any(|p| spaced.contains(p))
        && UNTESTED.iter().any(|p| spaced.contains(p))
        && !TO_COME.iter().any(|p| spaced.contains(p))
}

/// A version as the evidence writes it ("v1.4", "v2"), as its numbers.
fn version_numbers(word: &str) -> Option<Vec<u32>> {
    let digits = word
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .strip_prefix('v')?;
    let parts: Option<Vec<u32>> = digits.split('.').map(|p| p.parse().ok()).collect();
    parts.filter(|p| !p.is_empty())
}

/// Work done for a version of the model that the evidence itself says is no longer the one in
/// use: "EIA-RB-2024-09 was done for the v1.1 sorter back in 2023; nobody has looked at it since
/// we moved to CS-ELIG v1.4" (a hostile review's evidence passed). The work is "for" or "of"
/// a version, and a later version is named where no work is done for it; not "EIA done for v1.1
/// in 2023 and redone for v1.4 on 2026-03-02".
fn for_an_earlier_version(lower: &str) -> bool {
    if !lower.contains(" v") {
        return false;
    }
    // The versions the work is said to be for, and the clauses that name each version.
    let mut for_versions: Vec<Vec<u32>> = Vec::new();
    let mut named: Vec<(Vec<u32>, &str)> = Vec::new();
    for c in clauses(lower) {
        let words: Vec<&str> = c.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let Some(v) = version_numbers(w) else {
                continue;
            };
            let lead = words.get(i.saturating_sub(2)..i).unwrap_or_default();
            if lead.iter().any(|b| matches!(*b, "for" | "of")) {
                for_versions.push(v.clone());
            }
            named.push((v, c));
        }
    }
    let Some(latest) = named.iter().map(|(v, _)| v).max() else {
        return false;
    };
    // Work said of the latest version: redone, updated, approved or dated for it.
    const DONE: &[&str] = &[
        "redone",
        // "first written for QQ-PD v3 in 2021 and fully revised for v5", "re-done in full for
        // v3" (a hostile review of the verdicts saw both refused).
        "re-done",
        "revised",
        "rewritten",
        "re-approved",
        "reapproved",
        "updated",
        "refreshed",
        "rerun",
        "re-run",
        "repeated",
        "revalidated",
        "reassessed",
        "extended",
        "covers",
        "covered",
        "approved",
        "signed",
        "done",
        "assessed",
        "validated",
        "reviewed",
        "completed",
    ];
    let latest_done = named.iter().any(|(v, c)| {
        v == latest
            && (dates_work_done(c)
                || c.split_whitespace().any(|w| {
                    DONE.contains(
                        &w.trim_matches(|ch: char| !ch.is_ascii_alphanumeric() && ch != '-'),
                    )
                }))
    });
    // The latest said to be the one in use: "since we moved to CS-ELIG v1.4", "now on v1.4";
    // not "the v3 roadmap is in planning".
    let in_use = named.iter().any(|(v, c)| {
        v == latest
            && [
                "moved to",
                " now ",
                "current",
                " live",
                "in use",
                "upgraded",
                "production",
                "deployed",
                "running",
                "switched",
            ]
            .iter()
            .any(|w| c.contains(w))
            && !["plan", "roadmap", "next", "will ", "upcoming"]
                .iter()
                .any(|w| c.contains(w))
    });
    in_use && for_versions.iter().any(|v| v < latest) && !latest_done
}

/// A short clause that ends by saying the work lapsed ("approved 2024-11-18; expired.", "it
/// has since expired", "Genehmigung abgelaufen"): no date to read. Not in a longer clause, where
/// it is as often about something else ("letters for applicants whose ID has expired say so",
/// a review of honest evidence).
fn lapsed_clause(lower: &str) -> bool {
    clauses(lower).flat_map(|c| c.split(", ")).any(|c| {
        // Five words at most: a clause of five or more is none of these (issue 7).
        let words: Vec<&str> = c
            .split(|ch: char| ch.is_whitespace() || (ch.is_ascii_punctuation() && ch != '\''))
            .filter(|w| !w.is_empty())
            .take(5)
            .collect();
        words.len() <= 4
            && words.last().is_some_and(|w| {
                matches!(
                    *w,
                    "expired"
                        | "lapsed"
                        | "withdrawn"
                        | "revoked"
                        | "rescinded"
                        | "abgelaufen"
                        | "expiré"
                        | "caducado"
                        | "vencido"
                        | "scaduto"
                )
            })
            || matches!(
                words.as_slice(),
                ["expired" | "lapsed", "now"] | ["out", "of", "date"]
            )
    })
}

/// "Risk assessment to follow." or "RA-12 to follow; link in the ticket": the work comes later.
/// Only at a clause's end: "a checklist to follow for each case" describes what is done.
fn ends_a_clause_to_follow(lower: &str) -> bool {
    // "Manual handling on request, planned." and "(planned)": the first clause's last part says
    // it is still to come (a review of honest teams saw it listed in place).
    let first_left_for_later = clauses(lower).next().is_some_and(|c| {
        let c = c.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
        c.rsplit([',', '(', '[', '-', '–'])
            .next()
            .is_some_and(|last| matches!(last.trim(), "planned" | "pending" | "in progress"))
    });
    first_left_for_later
        || clauses(lower).any(|c| {
            let c = c.trim_end_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
            c.ends_with(" to follow")
            // "approval by the Director anticipated" (a hostile review): the approval is still
            // to come. Not "the anticipated harms": only where the clause names an approval.
            || ((c.ends_with(" anticipated") || c.ends_with(" expected"))
                && (c.contains("approv") || c.contains("sign-off") || c.contains("sign off"))
                // "approved ... on 2024-11-18, as expected", "sooner than expected": how it
                // went, not what is to come (a review of honest evidence).
                && ![" as ", " than "].iter().any(|w| {
                    c.rsplit_once(' ')
                        .and_then(|(head, _)| head.rsplit_once(' '))
                        .is_some_and(|(_, last)| format!(" {last} ") == *w)
                }))
        })
}

/// Evidence that opens by saying the work was put off or left unapproved ("Deferred until after
/// launch (ticket RISK-12)", "On hold; descoped for the MVP", "Not signed off; the draft was
/// deleted"), unless a clause dates what was done ("Descoped the mortgage variant; the loan
/// model was assessed in MRM-CL-031, approved 2024-11-18"). Anywhere else in the text such words
/// are often about something beside the point (a review of honest evidence: "one low-severity
/// action was deferred to Q1").
fn opens_put_off(joined: &str, text: &str) -> bool {
    // "On-hold patients are covered by hazard H-12": an adjective, not a status.
    let adjective = text
        .trim_start()
        .get(..8)
        .is_some_and(|h| h.eq_ignore_ascii_case("on-hold "));
    let opens = PUT_OFF_OPENINGS.iter().any(|p| {
        joined
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(p))
            .is_some_and(|r| r.starts_with(' '))
    });
    opens && !adjective && !dates_work_done(text)
}

/// How evidence (or an answer) opens when the work was put off; as [`spaced_words`] reads them.
const PUT_OFF_OPENINGS: &[&str] = &[
    "deferred",
    "postponed",
    "on hold",
    "put on hold",
    "descoped",
    "de scoped",
    "not signed off",
    "waived",
    "cancelled",
    "canceled",
    "parked",
    "delayed",
    "backlogged",
    "out of scope",
    "not required",
    // A twelfth hostile review's: the work was refused or never finished.
    "not approved",
    "not performed",
    "not completed",
    "not carried out",
    "not conducted",
    "not done",
    "in progress",
    "has not been",
    "have not been",
];

/// Words that open evidence saying the work was turned down or dropped ("Rejected by the Model
/// Risk Committee on 2024-11-18", "Withdrawn.", "Failed review"), but as often open a
/// description of what is done ("Rejected applicants are told the main reasons", "Incomplete
/// applications go to a caseworker"): they count only alone in their clause or before "by",
/// "at", "on" or a review.
const REFUSED_OPENINGS: &[&str] = &[
    "rejected",
    "refused",
    "declined",
    "failed",
    "withdrawn",
    "incomplete",
    "abandoned",
    "dropped",
    "eta",
];

/// Whether evidence opens by saying the work was turned down or dropped ([`REFUSED_OPENINGS`]).
fn opens_refused(text: &str) -> bool {
    let t = text.trim_start();
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    let (first, rest) = t.split_at(end);
    let first = first.to_lowercase();
    if !REFUSED_OPENINGS.contains(&first.as_str()) {
        return false;
    }
    if first == "eta" {
        return true;
    }
    let rest = rest.trim_start();
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    rest.is_empty()
        // Not before a hyphen: "Failed-login monitoring" is a compound word.
        || rest.starts_with(['.', ';', ':', ',', '('])
        || matches!(
            next.as_str(),
            "by" | "at" | "on" | "in" | "review" | "approval" | "audit" | "twice" | "again"
        )
}

/// Whether a clause of `text` dates work done that is not itself the deferral, a draft or
/// nothing ("our assessment MRM-CL-031 was approved 2024-11-18", not "deferral approved
/// 2024-11-18" or "draft completed 2024-11-18, awaiting the CSO": a tenth hostile review).
fn dates_work_done(text: &str) -> bool {
    // Whole words where the stem is also an honest noun ("every proposed decline", "rejection
    // letters", "fail-safe", "withdrawals": a review of honest evidence).
    const NOT_WORK: &[&str] = &[
        "deferred",
        "deferral",
        "without",
        "waived",
        "waiver",
        "refusal",
        "abandonment",
        "awaiting",
        "nothing",
        "draft",
        "pending",
        "go live",
        "go-live",
        "rejected",
        "refused",
        "declined",
        "failed",
        "failing",
        "withdrawn",
        "withdrew",
        "not ",
        "never",
        "incomplete",
        "superseded",
        "expected",
        "skipped",
        // "approval requested on 2026-06-10" (a twenty-second review).
        "request",
        "abandoned",
        "unfinished",
        "target",
        "due ",
        "planned",
        "will ",
        "to be ",
        "should",
        // "to come into force on 2027-02-01": in force from a day to come.
        "to come ",
        "to take ",
    ];
    let lower = text.to_lowercase();
    let dates_work = |part: &str| {
        dates_in(part).made.is_some()
            && !NOT_WORK.iter().any(|w| part.contains(w))
            && !names_a_first_step(part)
    };
    // Within a clause, and within a part of it set off by a comma: "RA-12 approved 2025-05-02,
    // will be reviewed again in 2027" dates work done (a review of honest evidence). So does
    // the head of a part whose date comes before a colon: what follows it is what the work
    // found ("RA-1 approved 2026-12-01: disparate impact has not been measured", a review of
    // honest teams); a date after the colon keeps what stands before it ("approval requested:
    // 2026-06-10").
    clauses(&lower).any(|c| {
        let parts: Vec<&str> = c.split(", ").collect();
        parts.iter().enumerate().any(|(i, part)| {
            dates_work(part)
                || part
                    .split_once(": ")
                    .is_some_and(|(head, _)| dates_work(head))
                // "approved by Helen Marsh, CRO, on 2025-03-18": the approver's role set off by
                // commas between the word and its date (a review of honest teams).
                || ((part.starts_with("on ") || part.starts_with("in "))
                    && dates_work(&parts.get(i.saturating_sub(2)..=i).unwrap_or_default().join(", ")))
        })
    })
}

/// The steps before the work itself: its kick-off, its scoping, the template or the vendor for it.
const FIRST_STEPS: &[&str] = &["kick", "kickoff", "scoping", "template", "engaged"];

/// The same steps in several words, each read as a kick-off (a review of the new readings:
/// "terms of reference ... approved", "Statement of work ... signed", "Project charter ...
/// approved", "RFP ... issued", "Planning phase ... completed").
const FIRST_STEP_PHRASES: &[&str] = &[
    " terms of reference ",
    " initiation document ",
    " statement of work ",
    " project charter ",
    " planning phase ",
    " initiation meeting ",
    " rfp ",
];

/// Whether `lower` names a step before the work as what it dates or reports ("kick-off meeting
/// was done 2026-11-03", "scoping was completed on 2026-10-01", "template agreed on
/// 2026-09-12"), not as what the work came after ("approved 2026-03-01 after a kick-off in
/// January", "written with the group template").
fn names_a_first_step(lower: &str) -> bool {
    let phrases = || FIRST_STEP_PHRASES.iter().any(|p| lower.contains(p.trim()));
    let objects = || {
        ["requirements", "approach", "methodology", "scope", "plan"]
            .iter()
            .any(|w| lower.contains(w))
    };
    if !FIRST_STEPS.iter().any(|w| lower.contains(w)) && !phrases() && !objects() {
        return false;
    }
    let mut spaced = spaced_words(lower);
    for p in FIRST_STEP_PHRASES {
        if spaced.contains(p) {
            spaced = spaced.replace(p, " kickoff ");
        }
    }
    // Requirements gathered are a step before the work ("Requirements for model risk
    // assessment MRM-CL-031 gathered and signed off": a review of the new readings).
    if spaced.contains(" requirements ")
        && [" gathered ", " captured ", " elicited ", " collected "]
            .iter()
            .any(|g| spaced.contains(g))
    {
        spaced = spaced.replace(" requirements ", " kickoff ");
    }
    let mut words: Vec<&str> = spaced.split_whitespace().collect();
    // What a completion word approves or agrees, right after it, is what is done: "approved
    // the terms of reference", "agreed the approach for the assessment" report the step (a
    // review of the new readings), where "approved by the committee after the kick-off" reports
    // the work. Not "approved the methodology and results", which reports the work too.
    fn object_at<'a>(i: usize, words: &[&'a str]) -> (usize, Option<&'a str>) {
        let k = if matches!(
            words.get(i + 1),
            Some(&("the" | "a" | "an" | "our" | "its"))
        ) {
            i + 2
        } else {
            i + 1
        };
        (k, words.get(k).copied())
    }
    for i in 0..words.len() {
        if !matches!(
            words.get(i),
            Some(&("agreed" | "approved" | "signed" | "accepted" | "booked"))
        ) {
            continue;
        }
        let (k, object) = object_at(i, &words);
        let step = (matches!(object, Some("approach" | "methodology" | "scope"))
            && !matches!(words.get(k + 1), Some(&("and" | "plus"))))
            // "approved the plan for MRM-CL-031"
            || (object == Some("plan") && words.get(k + 1) == Some(&"for"));
        if step && let Some(w) = words.get_mut(k) {
            *w = "kickoff";
        }
    }
    // The same as the subject: "Methodology for the risk assessment agreed with the second
    // line", "Scope agreed with MRM" (a review of the new readings).
    for i in 0..words.len() {
        // The plan of the work too ("assessment plan approved"), not a plan that is the
        // safeguard ("incident response plan approved").
        let plan_of_work = words.get(i) == Some(&"plan")
            && i.checked_sub(1)
                .and_then(|j| words.get(j))
                .is_some_and(|b| {
                    matches!(
                        *b,
                        "assessment" | "validation" | "audit" | "test" | "testing" | "project"
                    )
                });
        // Not where the text reports the work done beside it: "Approach agreed with the legal
        // adviser and tested in two exercises; in force" (a review of honest evidence).
        let more_work = words.iter().any(|w| {
            matches!(
                *w,
                "tested"
                    | "validated"
                    | "implemented"
                    | "deployed"
                    | "exercised"
                    | "operating"
                    | "operational"
                    | "force"
            )
        });
        let subject = !more_work
            && (plan_of_work
                || matches!(words.get(i), Some(&("approach" | "methodology" | "scope"))))
            && !matches!(words.get(i + 1), Some(&("and" | "plus")))
            && words
                .get(i + 1..(i + 7).min(words.len()))
                .is_some_and(|after| {
                    after
                        .iter()
                        .any(|w| matches!(*w, "agreed" | "approved" | "signed" | "defined"))
                });
        if subject && let Some(w) = words.get_mut(i) {
            *w = "kickoff";
        }
    }
    let words = words;
    // What the text reports done, or dates, comes after the step it names: "completed on the
    // Model Risk template agreed in 2023 and approved ..." reports the work, and names a
    // template it was done on (a review of the new readings).
    let done_at = words
        .iter()
        .enumerate()
        .position(|(i, w)| {
            // Not a completion whose object is the step itself.
            !object_at(i, &words)
                .1
                .is_some_and(|o| o == "kickoff" || FIRST_STEPS.contains(&o))
                && matches!(
                    *w,
                    "completed"
                        | "complete"
                        | "approved"
                        | "signed"
                        | "done"
                        | "finished"
                        | "performed"
                        | "conducted"
                        | "carried"
                        | "written"
                        | "issued"
                        | "accepted"
                )
                || (w.len() >= 4 && w.bytes().take(4).all(|b| b.is_ascii_digit()))
        })
        .unwrap_or(usize::MAX);
    words.iter().enumerate().any(|(i, w)| {
        FIRST_STEPS.contains(w)
            && i < done_at
            // "Template for the risk assessment agreed", not "DPIA template completed" or
            // "Template ST-3 filled in for every release", which are the work.
            && (*w != "template" || !words.iter().skip(i + 1).any(|n| {
                matches!(
                    *n,
                    "filled" | "completed" | "written" | "done" | "applied" | "used" | "instance"
                )
            }))
            // "vendor engaged", not "engaged with the model owners".
            && (*w != "engaged" || i.checked_sub(1).and_then(|j| words.get(j)).is_some_and(|b| {
                matches!(*b, "vendor" | "consultant" | "consultancy" | "auditor" | "firm")
            }))
            && !words
                .get(i.saturating_sub(3)..i)
                .unwrap_or_default()
                .iter()
                .any(|b| {
                    matches!(
                        *b,
                        "after" | "following" | "from" | "since" | "with" | "using" | "per"
                    )
                })
    })
}

/// Evidence that reports only the steps before the work ([`names_a_first_step`]) where no
/// clause dates the work itself: "Risk assessment kick-off was done 2026-11-03", "Template for
/// the risk assessment agreed on 2026-09-12; vendor engaged, kick-off 2027-01-15" (a compliance
/// review saw each read as a risk assessment in place). Every clause that says something was
/// completed must speak of such a step.
fn only_first_steps(lower: &str) -> bool {
    const COMPLETED: &[&str] = &[
        "completed",
        "complete",
        "approved",
        "signed",
        "done",
        "finished",
        "performed",
        "conducted",
        "carried",
        "agreed",
        "held",
    ];
    let completes = |c: &str| {
        spaced_words(c)
            .split_whitespace()
            .any(|w| COMPLETED.contains(&w))
    };
    // A step is what the text reports done or dates, and nothing else is.
    names_a_first_step(lower)
        && clauses(lower).any(|c| names_a_first_step(c) && (completes(c) || has_year_digits(c)))
        && clauses(lower).all(|c| !completes(c) || names_a_first_step(c))
        && !dates_work_done(lower)
}

/// A summary of work that reports the steps before it and nothing else, in every clause:
/// "Testing kick-off held with MRM; test plan agreed." (a review saw testing read "met" beside
/// it). Stricter than evidence is read ([`only_first_steps`]): a summary goes on to give the
/// results ("Kick-off held 2024-09-01. Validation ...: Gini 0.61") in clauses of no such word.
pub(super) fn summary_of_first_steps(text: &str) -> bool {
    let lower = text.to_lowercase();
    // Not beside a measure or a word of results: "Test plan agreed, Gini 0.61 on 2023 data",
    // "The results met every criterion set at kick-off, and the clinical safety officer signed
    // them off" (a review of honest summaries).
    let results = spaced_words(&lower)
        .split_whitespace()
        .any(|w| RESULTS.contains(&w));
    (!measures(&lower)
        && !results
        && (only_begun(&lower) || only_first_steps(&lower))
        && clauses(&lower)
            .filter(|c| !c.trim().is_empty())
            .all(names_a_first_step))
        || preparation_only(&lower)
}

/// Words that report results, in a summary of tests ([`preparation_only`]).
const RESULTS: &[&str] = &[
    "passed",
    "failed",
    "achieved",
    "measured",
    "showed",
    "shows",
    "found",
    "gave",
    "scored",
    "done",
    "completed",
    "complete",
    "run",
    "ran",
    "performed",
    "conducted",
    "tested",
    "validated",
    "evaluated",
    "result",
    "results",
    "observed",
    "reached",
    "met",
    "exceeded",
];

/// Whether a summary of tests says nothing of what was measured: no figure (nor a date, a count
/// or a report's id), and only words that say the tests went well, with no measure, data, bar
/// or report named: "tested, looks fine", "all good", "Tested it on some applications, seemed
/// OK", "We checked it" (a new user's trial read testing "met" beside each, where "n/a" was
/// caught). As [`only_filler`] reads a placeholder, every word must be one of these: "Accuracy
/// checked by two clinicians on held-out referrals against the agreed threshold; met" names a
/// measure, data and a bar, and stands.
pub(super) fn says_nothing_measured(text: &str) -> bool {
    const VAGUE: &[&str] = &[
        "tested",
        "test",
        "tests",
        "testing",
        "checked",
        "check",
        "checks",
        "tried",
        "trialled",
        "ran",
        "run",
        "did",
        "done",
        "passed",
        "pass",
        "passes",
        "complete",
        "completed",
        "finished",
        "uat",
        "qa",
        "signed",
        "off",
        "it",
        "its",
        "this",
        "that",
        "we",
        "i",
        "they",
        "us",
        "our",
        "team",
        "everyone",
        "everybody",
        "business",
        "users",
        "people",
        "the",
        "a",
        "an",
        "on",
        "in",
        "with",
        "by",
        "and",
        "so",
        "as",
        "to",
        "of",
        "for",
        "far",
        "some",
        "few",
        "several",
        "couple",
        "lots",
        "lot",
        "bunch",
        "handful",
        "many",
        "applications",
        "cases",
        "examples",
        "records",
        "files",
        "inputs",
        "queries",
        "documents",
        "results",
        "result",
        "performance",
        "model",
        "system",
        "tool",
        "app",
        "looks",
        "look",
        "looked",
        "seems",
        "seem",
        "seemed",
        "fine",
        "good",
        "great",
        "ok",
        "okay",
        "well",
        "all",
        "everything",
        "works",
        "worked",
        "working",
        "expected",
        "satisfactory",
        "acceptable",
        "successful",
        "successfully",
        "fully",
        "thoroughly",
        "extensively",
        "manually",
        "internally",
        "happy",
        "no",
        "issues",
        "issue",
        "problems",
        "problem",
        "found",
        "nothing",
        "was",
        "is",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "yes",
        "s",
        "ve",
        "t",
    ];
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let spaced = spaced_words(&visible_text(text));
    let words: Vec<&str> = spaced.split_whitespace().collect();
    (1..=20).contains(&words.len()) && words.iter().all(|w| VAGUE.contains(w))
}

/// Whether `text` gives a measure ("0.61", "94%"), not a date or a count.
fn measures(text: &str) -> bool {
    text.contains('%')
        || text
            .as_bytes()
            .windows(3)
            .any(|w| matches!(w, [a, b'.', b] if a.is_ascii_digit() && b.is_ascii_digit()))
}

/// A summary of tests whose every clause prepares the tests or says they are to come, and none
/// reports a result: "Test plan approved. Test environment provisioned. Test cases written.",
/// "We held the testing kick-off and agreed the test plan. Fairness tests are scheduled for
/// Q3.", "acceptance criteria agreed (AUC >= 0.75)" (a review of the new readings saw each read
/// as testing done). Not "Test plan agreed with MRM. Results: Gini 0.61", nor "Testing done
/// per the agreed test plan".
fn preparation_only(lower: &str) -> bool {
    const PREPARED: &[&str] = &[
        "kick",
        "kickoff",
        "plan",
        "plans",
        "scope",
        "methodology",
        "strategy",
        "approach",
        "protocol",
        "criteria",
        "cases",
        "environment",
        "validator",
        "engagement",
        "charter",
        "dataset",
    ];
    const STEP: &[&str] = &[
        "held",
        "agreed",
        "approved",
        "signed",
        "written",
        "selected",
        "provisioned",
        "documented",
        "designed",
        "defined",
        "drafted",
        "prepared",
        "engaged",
        "booked",
        "targets",
    ];
    const TO_COME: &[&str] = &[
        "will",
        "scheduled",
        "planned",
        "pending",
        "upcoming",
        "next",
        "later",
    ];
    // A number is a target only beside a word that makes it one.
    const TARGET: &[&str] = &[
        "target",
        "targets",
        "threshold",
        "thresholds",
        "criteria",
        "least",
        "above",
        "below",
        "minimum",
        "maximum",
        "acceptance",
    ];
    let mut prepared = false;
    let all = clauses(lower).filter(|c| !c.trim().is_empty()).all(|c| {
        let spaced = spaced_words(c);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
        let step =
            (has(PREPARED) || spaced.contains(" test data ") || spaced.contains(" data set "))
                && has(STEP)
                && (!measures(c) || has(TARGET));
        prepared |= step;
        // "... and will report results after the pilot"
        has(TO_COME) || (step && !has(RESULTS))
    });
    all && prepared
}

/// Evidence that says the real work is still to come, whatever it dates before: "RA-12
/// approved on 2024-11-18. J. O'Neill will start the actual assessment in January" (a review of
/// the new readings saw it pass). `words` are the evidence's, lowercased ([`spaced_words`]).
/// Not the next round of work done ("we will run the real assessment again next year").
fn actual_work_to_come(words: &[&str]) -> bool {
    const WORK: &[&str] = &[
        "assessment",
        "validation",
        "test",
        "tests",
        "testing",
        "audit",
        "review",
        "evaluation",
        "analysis",
        "work",
    ];
    words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "actual" | "real" | "proper" | "substantive")
            && words.get(i + 1).is_some_and(|n| WORK.contains(n))
            && words
                .get(i.saturating_sub(4)..(i + 5).min(words.len()))
                .unwrap_or_default()
                .iter()
                .any(|b| {
                    matches!(
                        *b,
                        "will"
                            | "yet"
                            | "going"
                            | "planned"
                            | "scheduled"
                            | "starts"
                            | "begins"
                            | "follow"
                            | "pending"
                            | "due"
                            | "expected"
                    )
                })
            && !words.iter().any(|x| {
                matches!(
                    *x,
                    "again" | "next" | "annual" | "yearly" | "repeat" | "repeated" | "refresh"
                )
            })
    })
}

/// Evidence whose first clause dates only the start of the work ("Model risk assessment
/// MRM-CL-031 started on 2024-11-18", "commissioned from the policy unit on 2024-09-02": a
/// fifth hostile review), where no clause dates work done. Not a process that started, which is
/// the safeguard at work ("Monitoring started on 2024-11-18").
fn only_begun(lower: &str) -> bool {
    const STARTED: &[&str] = &[
        "started",
        "commissioned",
        "begun",
        "began",
        "opened",
        "requested",
        "initiated",
        "kicked",
    ];
    const WORK: &[&str] = &[
        "assessment",
        "validation",
        "test",
        "testing",
        "audit",
        "review",
        "evaluation",
        "analysis",
        "dpia",
    ];
    let Some(first) = clauses(lower).next() else {
        return false;
    };
    let spaced = spaced_words(first);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    words.iter().any(|w| STARTED.contains(w))
        && words.iter().any(|w| WORK.contains(w))
        && !dates_work_done(lower)
}

/// Evidence that is a template rather than work done with one: "Group-wide AI risk assessment
/// template, approved 2024-05-02" (a fourteenth review), not "RA-12 written with the group
/// template, approved 2025-05-02" (a review of honest evidence). In lowercase.
fn template_only(lower: &str) -> bool {
    if !lower.contains("template") {
        return false;
    }
    let Some(first) = clauses(lower).next() else {
        return false;
    };
    let words: Vec<&str> = first
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = words
        .iter()
        .position(|w| *w == "template" || *w == "templates")
    else {
        return false;
    };
    const BY_MEANS: &[&str] = &[
        "with",
        "using",
        "from",
        "on",
        "per",
        "following",
        "in",
        "based",
        "after",
        "via",
        "under",
    ];
    // "DPIA template filled in for CaseLens", "template-based assessment RA-12": work done.
    const FILLED: &[&str] = &[
        "filled",
        "completed",
        "written",
        "for",
        "based",
        "done",
        "applied",
        "used",
        "instance",
    ];
    // A template for an assessment or a test is not one done; a letter or notice template can
    // be the safeguard itself ("letter template L-4").
    const OF_WORK: &[&str] = &[
        "assessment",
        "evaluation",
        "dpia",
        "aia",
        "review",
        "testing",
        "test",
        "audit",
        "analysis",
    ];
    // "MRM-CL-031 exists as a template only", "is just a template", "still a blank template"
    // (a hostile review of the verdicts): the document is there, not the work in it.
    let only_a_template = words
        .get(at.saturating_sub(2)..(at + 2).min(words.len()))
        .unwrap_or_default()
        .iter()
        .any(|w| matches!(*w, "only" | "just" | "blank" | "empty" | "unfilled"))
        && !words.iter().any(|w| FILLED.contains(w) && *w != "for");
    only_a_template
        || at
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|w| OF_WORK.contains(w))
            && !words
                .get(..at)
                .unwrap_or_default()
                .iter()
                .any(|w| BY_MEANS.contains(w))
            && !words.iter().any(|w| FILLED.contains(w))
}

/// Whether evidence says its document is not this system's, or not of it as it is now,
/// whatever dates it gives: "covers our credit-card limit model; the personal-loan scorecard
/// was added ... without a separate assessment", "approved 2019. It has not been revisited
/// since, although the model ... changed", "Version 1.4 added the health-data features and the
/// assessment was not reopened", "we have not assessed housing benefit separately", "signed off
/// by the lead developer of the scorecard; Model Risk never reviewed it" (a hostile review of
/// the verdicts). Not where the text says it was revised or redone.
fn not_of_this_system(lower: &str) -> bool {
    const PHRASES: &[&str] = &[
        " without a separate assessment ",
        " without its own assessment ",
        " without an assessment of its own ",
        " not been revisited since ",
        " never been revisited ",
        " not been updated since ",
        " never been updated ",
        " was not reopened ",
        " has not been reopened ",
        " wasn t reopened ",
        " never reopened ",
        " not assessed separately ",
        " never reviewed it ",
        " signed off by the lead developer ",
        " signed off by the developer ",
        " approved by the developer ",
        " signed off by the model s developer ",
        " approved by the team that built ",
    ];
    if ![
        "separate",
        "revisited",
        "updated",
        "reopened",
        "separately",
        "never",
        "developer",
        "built",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        return false;
    }
    let spaced = spaced_words(lower);
    let said = PHRASES.iter().any(|p| spaced.contains(p))
        // "we have not assessed housing benefit separately"
        || clauses(lower).any(|c| {
            let c = spaced_words(c);
            (c.contains(" not assessed ") || c.contains(" haven t assessed "))
                && c.contains(" separately ")
        });
    said && ![
        " revised ",
        " redone ",
        " re done ",
        " reassessed ",
        " re approved ",
        " reapproved ",
        " rewritten ",
    ]
    .iter()
    .any(|p| spaced.contains(p))
}

/// Whether evidence says parts of its document are left empty: "the sections on fairness and
/// drift are blank", "the risk section is empty", "fields not filled in yet" (a hostile review
/// of the verdicts).
fn parts_left_blank(lower: &str) -> bool {
    if !["blank", "empty", "not filled", "unfilled"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    clauses(lower).any(|c| {
        let spaced = spaced_words(c);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        let part = words.iter().position(|w| {
            matches!(
                *w,
                "section" | "sections" | "part" | "parts" | "fields" | "chapter" | "chapters"
            )
        });
        let blank = words
            .iter()
            .position(|w| matches!(*w, "blank" | "empty" | "unfilled"))
            .or_else(|| {
                words
                    .windows(2)
                    .position(|p| matches!(p, ["not", "filled"]))
            });
        matches!((part, blank), (Some(p), Some(b)) if p < b && b - p <= 8)
            && !words
                .iter()
                .any(|w| matches!(*w, "no" | "none" | "never" | "rejected" | "cannot"))
    })
}

/// Evidence whose first clause is a placeholder ("N/A. The bank serves 140,000 applicants"):
/// what follows is beside the point (a ninth hostile review). Only as evidence of a safeguard
/// in place: a reason it does not apply may open "N/A:" and give the reason. In lowercase.
fn opens_with_placeholder(lower: &str, evidence: bool) -> bool {
    let head = lower.trim_start();
    // "n/a" holds a separator's own character: read before splitting.
    if ["n/a.", "n/a;", "n/a:", "n/a ", "n/a,", "n/a-"]
        .iter()
        .any(|p| head.starts_with(p))
    {
        return true;
    }
    // A clause ends where a stop is followed by a space: "https://..." is one word.
    let end = [". ", "; ", ": ", ", ", " (", "\n", " - "]
        .iter()
        .filter_map(|p| head.find(p))
        .min()
        .unwrap_or(head.len());
    let first = head.get(..end).unwrap_or_default().trim();
    // Only the answer placeholders: "Link: https://..." and "Attached: RA-12.pdf" open with
    // words that alone give no reason, but then give the evidence.
    const OPENINGS: &[&str] = &[
        "none",
        "not applicable",
        "nothing",
        "not available",
        "no evidence",
    ];
    // "Pending: nothing.", "TBD: none." say there is nothing left (a review of honest teams).
    let then_none = head
        .get(end..)
        .unwrap_or_default()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| matches!(w, "none" | "nothing" | "nil"));
    !then_none
        && first.chars().any(char::is_alphabetic)
        && first.len() < head.trim_end().len()
        // "None: the system holds no personal data" answers a question; as evidence of a
        // safeguard in place, "None." says there is none.
        && (only_placeholders(first, &[ANSWER_PLACEHOLDERS]) || (evidence && OPENINGS.contains(&first)))
}

/// A template's slot left unfilled: "<evidence>", "[evidence]", "${EVIDENCE}", "%EVIDENCE%",
/// "{evidence}", "<br>", an HTML comment or entity, a Markdown link to nowhere ("[evidence](TBD)",
/// "[](https://wiki.example.com)"). In lowercase `text`.
fn template_slot(text: &str) -> bool {
    let t = text.trim();
    let wrapped = [("<", ">"), ("[", "]"), ("${", "}"), ("%", "%"), ("{", "}")]
        .iter()
        .any(|(open, close)| {
            t.len() > open.len() + close.len()
                && t.starts_with(open)
                && t.ends_with(close)
                && t.get(open.len()..t.len() - close.len())
                    .is_some_and(|inner| {
                        inner.split_whitespace().count() <= 3
                            && !inner.contains(['<', '>', '[', ']'])
                            // "<https://wiki/RA-12>" and "<dpo@bank.example>" are addresses.
                            && !inner.contains(['.', '/', '@'])
                    })
        });
    let comment = t.starts_with("<!--") && t.ends_with("-->");
    let entity = t.len() > 2
        && t.starts_with('&')
        && t.ends_with(';')
        && t.get(1..t.len() - 1)
            .is_some_and(|e| e.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'));
    // "[text](url)" and nothing else, where the address is none or a placeholder.
    let link = t
        .strip_prefix('[')
        .and_then(|r| r.split_once("]("))
        .and_then(|(label, rest)| rest.strip_suffix(')').map(|url| (label, url)))
        .is_some_and(|(label, url)| {
            let url = url.trim();
            url.is_empty()
                || url == "#"
                || bare_example_address(url)
                || only_placeholders(url, &[ANSWER_PLACEHOLDERS])
                || (label.trim().is_empty() && !url.contains("://"))
        });
    wrapped || comment || entity || link
}

/// A few words that end on a placeholder or an unfilled slot, or only label one: "Evidence:
/// TBD", "Status: pending", "Safety case (TBD)", "Safety case <link>", "Safety case
/// [link](TBD)", "CI-SC-XXXX" (a tenth hostile review saw each read as evidence). In lowercase.
fn trails_placeholder(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    if let Some((label, rest)) = lower.split_once(": ")
        && label.split_whitespace().count() <= 3
        && (only_placeholders(rest, &[ANSWER_PLACEHOLDERS]) || template_slot(rest))
    {
        return true;
    }
    let last_raw = words.last().copied().unwrap_or_default();
    let last = last_raw.trim_matches(|c: char| c.is_ascii_punctuation());
    words.len() > 1
        && (matches!(
            last,
            "tbd" | "tbc" | "todo" | "tba" | "pending" | "xxx" | "xxxx"
        ) || template_slot(last_raw)
            || words.iter().any(|w| w.contains("xxxx")))
}

/// An address no one else can open: this machine ("127.0.0.1", "0.0.0.0"), a temporary file,
/// or a browser's own ("about:blank", "javascript:", "data:"). In lowercase `text`.
fn nowhere_address(text: &str) -> bool {
    let t = text.trim();
    // Loopback written other ways, names that never resolve, and a person's own folders (a
    // later hostile review): no one else can open any of them.
    [
        "127.0.0.1",
        "://0.0.0.0",
        "about:blank",
        "javascript:",
        "://127.",
        "://[::1]",
        "://[0:0:0:0:0:0:0:1]",
        "://0x7f000001",
        "://2130706433",
        ".invalid/",
        ".test/",
        "file:///home/",
        "file:///users/",
    ]
    .iter()
    .any(|p| t.contains(p))
        || t.starts_with("data:")
        || t.starts_with("file:///tmp")
        || own_folder(t)
}

/// Whether the text is a path in one person's own folders: `~/...`, `/home/...`, `/Users/...`,
/// `C:\Users\...` (lowercased).
fn own_folder(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    first.starts_with("~/")
        || first.starts_with("/home/")
        || first.starts_with("/users/")
        || first.starts_with("c:\\users\\")
        || first.starts_with("c:/users/")
}

/// What [`not_done_elsewhere`] looks for.
const NOT_DONE_ELSEWHERE: &[&str] = &[
    "noch nicht",
    "nicht erstellt",
    "nicht begonnen",
    "ausstehend",
    "pas encore",
    "pas fait",
    "à compléter",
    "à faire",
    "en attente",
    "pendiente",
    "por hacer",
    "sin hacer",
    "no iniciado",
    "todavía no",
    "aún no",
    "da fare",
    "non ancora",
    "in sospeso",
    "ainda não",
    "a fazer",
    "nog niet",
    "nog te doen",
    "te doen",
    "nicht erledigt",
    "noch offen",
    "nicht durchgeführt",
    "nicht erfolgt",
    "en cours",
    "non réalisé",
    "non realise",
    "no realizado",
    "todavia no",
    "pendente",
    "ainda nao",
    "non fatto",
    "niet gedaan",
    "미완료",
    "未実施",
    "未完成",
    "未着手",
    "未定",
    "待定",
    "尚未",
    "未完了",
    "작성 예정",
    "미정",
];

/// "Not done yet" in the languages teams most often write in besides English (an eighth hostile
/// review: "Noch nicht erstellt", "pas encore fait", "pendiente", "未実施"), in lowercase `text`:
/// when the text opens with it or is little more than it. Further into a longer text it is as
/// often about something else ("Aún no se han registrado incidentes": no incidents yet; "aucune
/// action en attente": nothing pending), as "not yet" is in English (a review of honest
/// evidence).
fn not_done_elsewhere(text: &str) -> bool {
    // Most text holds none of them: passed over before any copy is made.
    if !NOT_DONE_ELSEWHERE.iter().any(|p| text.contains(p)) {
        return false;
    }
    // Latin phrases as whole words ("a fazer" is not in "via fazer..."), others anywhere.
    let joined = spaced_words(text);
    let t = text.trim();
    let short = joined.split_whitespace().count() <= 6 && t.chars().count() <= 40;
    NOT_DONE_ELSEWHERE.iter().any(|p| {
        // Chinese, Japanese and Korean are written without spaces between words.
        if p.chars().any(|c| c > '\u{2e7f}') {
            t.starts_with(p) || (t.chars().count() <= 8 && t.contains(p))
        } else {
            // Compared in place: a phrase formatted for each of them was most of this reader's
            // cost on every piece of evidence (issue 7).
            joined
                .strip_prefix(' ')
                .and_then(|r| r.strip_prefix(p))
                .is_some_and(|r| r.starts_with(' '))
                || (short && joined.contains(&format!(" {p} ")))
        }
    })
}

/// One short word of one letter over and over ("aaaa") or a run along the keyboard ("asdf"):
/// typed to fill the field.
fn mashed(words: &[&str]) -> bool {
    let [w] = words else {
        return false;
    };
    let mut letters = w.chars();
    let first = letters.next();
    // Letters from one row of the keyboard only, run along it ("asdfghjkl", "qwertyuiop").
    let one_row = |row: &str| w.len() >= 6 && w.chars().all(|c| row.contains(c));
    (w.len() >= 3 && letters.all(|c| Some(c) == first))
        || one_row("qwertyuiop")
        || one_row("asdfghjkl")
        || one_row("zxcvbnm")
        || matches!(
            *w,
            "asdf"
                | "asdfg"
                | "asdfgh"
                | "qwer"
                | "qwert"
                | "qwerty"
                | "zxcv"
                | "hjkl"
                | "jkl"
                | "sdf"
                | "fdsa"
                | "asd"
                | "qwe"
        )
}

/// The dates a piece of evidence gives itself, as YYYY-MM-DD.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct DatesIn {
    /// The latest date the text says the work was done on ("approved on 2024-11-18").
    pub made: Option<String>,
    /// The earliest date the text says it stops holding on ("valid until 2025-11-18").
    pub expires: Option<String>,
    /// The earliest day a condition of its approval falls due, where the text does not say the
    /// condition was met ("approved on condition that the retest is done by 2025-03-31"): read
    /// as an expiry too, and said as what it is where it is the one that counts.
    pub condition_due: Option<String>,
    /// The latest date in a clause that no word ties to work done, an end, a plan or a
    /// condition ("Model risk assessment MRM-CL-031 (2027-01-15)", "meeting of 2027-01-15"):
    /// the day of the thing the evidence names, which cannot be after today (a review saw such
    /// a date, next year, pass).
    pub bare: Option<String>,
}

impl DatesIn {
    /// Takes in the dates of another part of the evidence: the earliest expiry and the latest
    /// day of work stand, as within one text (a clause, a note, a summary).
    pub(crate) fn absorb(&mut self, other: DatesIn) {
        if let Some(x) = other.expires
            && self.expires.as_ref().is_none_or(|e| x < *e)
        {
            self.expires = Some(x);
        }
        if let Some(m) = other.made
            && self.made.as_ref().is_none_or(|o| m > *o)
        {
            self.made = Some(m);
        }
        if let Some(b) = other.bare
            && self.bare.as_ref().is_none_or(|o| b > *o)
        {
            self.bare = Some(b);
        }
        if let Some(c) = other.condition_due
            && self.condition_due.as_ref().is_none_or(|o| c < *o)
        {
            self.condition_due = Some(c);
        }
    }
}

/// The dates `evidence` gives itself: a date counts when a word shortly before it, in the same
/// clause, says what happened on it. A date of something to come ("next review 2025-11-18")
/// counts as neither.
pub(crate) fn dates_in(evidence: &str) -> DatesIn {
    // "FY27", "Q1'27", "2027-W03", "20/1/27": a year of two digits, or a week, written out as
    // the dates read below (a review saw each, dated next year, count as done today).
    if let Some(plain) = short_years(evidence) {
        return dates_in(&plain);
    }
    // Every date read has a year of four digits ("2027", "Q2 2027", "20271130", full-width
    // ones too): text without four digits in a row holds none, and most notes and evidence are
    // read for nothing.
    let mut run = 0;
    let four_digits = evidence.chars().any(|c| {
        run = if c.is_numeric() { run + 1 } else { 0 };
        run >= 4
    });
    if !four_digits {
        return DatesIn::default();
    }
    let evidence = &*crate::assessment::as_words(evidence);
    // "2025年1月1日" is the ISO date it names (a hardening review).
    if let Some(plain) = cjk_dates(evidence) {
        return dates_in(&plain);
    }
    // "approved 2027–03–15" with typographic dashes (as word processors write them) is the ISO
    // date (a review saw one, dated next year, count as done today).
    if let Some(plain) = ascii_dashes_between_digits(evidence) {
        return dates_in(&plain);
    }
    // "valid until 18/11/2024" or "approved 18 November 2024" is read as the ISO date it names
    // (a hostile review's evidence had lapsed two years before, written day first).
    let rewritten = iso_dates(evidence);
    let iso = rewritten.as_deref().unwrap_or(evidence);
    // "approved 2024-11-18 on condition that a retest is completed within six months": the
    // deadline the approval's date and the span make (a review saw it read in place two
    // years on).
    let relative = relative_deadlines(iso);
    let mut out = dates_in_iso(relative.as_deref().unwrap_or(iso));
    // Where day and month could be either ("approved 12/01/2026"), each date is read the way
    // that cannot hide a problem: an expiry at its earlier reading, the day the work was done
    // at its later one, which the gate checks against today (a review: US dates read early).
    if rewritten.is_some()
        && let Some(late) =
            iso_dates_read(evidence, DateReading::Later).filter(|l| Some(l) != rewritten.as_ref())
    {
        out.made = dates_in_iso(&late).made;
    }
    out
}

/// The stems of the words that set a condition, as [`names_a_condition`] reads them: most text
/// holds none, and is not read for one.
const CONDITION_STEMS: &[&str] = &[
    "condition",
    "provid",
    "subject",
    "contingent",
    "dependent",
    "dependant",
    "long as",
    "if ",
    "requir",
    "must",
    "unless",
    "provisional",
    "pending",
    "asked",
];

/// `text` (its dates written YYYY-MM-DD) with each span a condition gives after the approval
/// written as the day it ends: "approved 2024-11-18, subject to a fairness retest within 90
/// days" as "... a fairness retest by 2025-02-16", and so "within the next six months", "no
/// later than 90 days after approval", "in 6 mths", "a 6-month retest", "within a quarter",
/// "within forty-five days". Only where a sentence sets a condition and names work to be done
/// ("incidents are answered within 2 days" is a rule); not a span of a rule that recurs ("within
/// 30 days of any retraining"), nor one a completion is dated by ("completed within 5 months,
/// on 2025-04-15"). Counted from the approval's date where one is named, else from the date
/// before the span. `None` where there is none.
pub(crate) fn relative_deadlines(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    if !CONDITION_STEMS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let tokens: Vec<&str> = text.split(' ').collect();
    let bare: Vec<String> = tokens
        .iter()
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '<' | '='))
                .trim_end_matches('-')
                .to_lowercase()
        })
        .collect();
    let word = |i: usize| bare.get(i).map_or("", String::as_str);
    // The sentence a token stands in: from after the last full stop or semicolon.
    let ends_sentence = |i: usize| tokens.get(i).is_some_and(|t| t.ends_with(['.', ';']));
    let dates: Vec<usize> = (0..bare.len()).filter(|&i| is_date(word(i))).collect();
    if dates.is_empty() {
        return None;
    }
    let approval_at = |d: usize| {
        (d.saturating_sub(10)..d).any(|j| {
            let w = word(j);
            w.contains("approv")
                || w.starts_with("sign")
                || w.starts_with("endors")
                || w.starts_with("ratif")
                || matches!(w, "accepted" | "granted")
        })
    };
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    let mut changed = false;
    let mut last_span_end = 0;
    // The end of the last span read, given a deadline or not.
    let mut last_span_seen = 0;
    let mut i = 0;
    while let Some(token) = tokens.get(i) {
        let Some((first, after, due_in)) = span_at(&bare, i) else {
            out.push((*token).to_string());
            i += 1;
            continue;
        };
        let seen_before = last_span_seen;
        last_span_seen = after;
        // The words of the sentence the span stands in.
        let start = (0..first)
            .rev()
            .find(|&j| ends_sentence(j))
            .map_or(0, |j| j + 1);
        let end = (after.saturating_sub(1)..bare.len())
            .find(|&j| ends_sentence(j))
            .map_or(bare.len(), |j| j + 1);
        // The approval's date: the last before the span that an approval word dates, else the
        // last before it, else the first after it that one dates.
        let base = dates
            .iter()
            .rev()
            .find(|&&d| d < first && approval_at(d))
            .or_else(|| dates.iter().rev().find(|&&d| d < first))
            .or_else(|| dates.iter().find(|&&d| d >= after && approval_at(d)))
            .copied();
        let from = base.filter(|&d| d < start).map_or(start, |d| d + 1);
        let sentence: Vec<&str> = (from.min(start)..end).map(word).collect();
        // The work the span is for: its words since the last span or the sentence's start, up
        // to the end of the sentence ("a fairness retest within six months and alerts triaged
        // within 24 hours" gives the retest a deadline, not the triage).
        let own_from = base
            .filter(|&d| d < first)
            .map_or(start, |d| start.max(d + 1))
            .max(seen_before);
        let own: Vec<&str> = (own_from..end).map(word).collect();
        let work_in = |ws: &[&str]| {
            let names = |list: &[&str]| ws.iter().any(|w| list.contains(w));
            ws.iter().any(|w| {
            matches!(
                *w,
                "completed"
                    | "complete"
                    | "done"
                    | "performed"
                    | "conducted"
                    | "carried"
                    | "finished"
                    | "delivered"
                    | "submitted"
                    | "retest"
                    | "re-test"
                    | "retests"
                    | "retested"
                    | "retesting"
                    | "rerun"
                    | "re-run"
                    | "revalidation"
                    | "re-validation"
                    | "revalidated"
                    | "audit"
                    | "re-audit"
                    | "reassessment"
                    | "remediated"
                    | "remediation"
                    | "fixed"
                    // Work asked for by name: "a DPIA", "a penetration test", "a red-team
                    // exercise", "human-oversight training", "an explainability review".
                    | "dpia"
                    | "pia"
                    | "assessment"
                    | "re-assessment"
                    | "evaluation"
                    | "validation"
                    | "test"
                    | "tests"
                    | "testing"
                    | "pentest"
                    | "pen-test"
                    | "exercise"
                    | "training"
                    | "set-up"
                    | "setup"
                    | "implemented"
                    | "implementation"
                    | "finalised"
                    | "finalized"
                    | "repeated"
                    | "undertaken"
                    | "executed"
                    | "redone"
                    | "study"
                    | "analysis"
            )
        })
            // Said of findings or of training data, not of a case handled as a rule
            // ("complaints are resolved within 8 weeks", "applicant data is deleted within 30
            // days").
            || (names(&["closed", "resolved"])
                && names(&["findings", "finding", "issues", "actions", "gaps", "observations"]))
            || (names(&["deleted", "replaced"]) && names(&["training"]))
        };
        // Its own words, or, where no span came before it in the sentence, the sentence's since
        // the approval ("subject to a fairness retest; due within 6 months").
        let since_base: Vec<&str> = (base.filter(|&d| d < first).map_or(start, |d| d + 1)..end)
            .map(word)
            .collect();
        let work = work_in(&own) || (seen_before <= from.min(start) && work_in(&since_base));
        // A rule for handling cases as they come: "complaints are answered within 5 days",
        // "incidents reported within 72 hours".
        let handled = own.iter().any(|w| {
            matches!(
                *w,
                "answered"
                    | "responded"
                    | "triaged"
                    | "handled"
                    | "notified"
                    | "processed"
                    | "escalated"
                    | "acknowledged"
                    | "reported"
                    | "decided"
            )
        });
        // A rule that recurs: "within 30 days of any retraining", "each retraining being
        // revalidated within 30 days", "quarterly reports, each delivered within 15 days of
        // quarter end"; not "a fairness retest of every segment within six months".
        const EVENTS: &[&str] = &[
            "retraining",
            "change",
            "changes",
            "breach",
            "breaches",
            "release",
            "releases",
            "incident",
            "incidents",
            "update",
            "updates",
            "complaint",
            "complaints",
            "request",
            "requests",
            "decision",
            "decisions",
            "case",
            "cases",
            "application",
            "applications",
        ];
        let before_span: Vec<&str> = (own_from..first).map(word).collect();
        let after_span: Vec<&str> = (after..(after + 4).min(end)).map(word).collect();
        let around: Vec<&str> = before_span.iter().chain(&after_span).copied().collect();
        let recurs = around.windows(3).any(|p| {
            matches!(p, [q, a, b] if matches!(*q, "any" | "each" | "every" | "whenever")
                    && (EVENTS.contains(a) || EVENTS.contains(b)))
        }) || before_span.iter().enumerate().any(|(k, w)| {
            matches!(
                *w,
                "whenever"
                    | "annual"
                    | "annually"
                    | "quarterly"
                    | "monthly"
                    | "yearly"
                    | "recurring"
                    | "ongoing"
                    | "periodic"
            ) && !before_span.get(..k).is_some_and(|b| b.contains(&"first"))
                // "a quarterly report and a one-off bias audit within six months".
                && !before_span.get(k..).is_some_and(|b| {
                    b.iter().any(|x| matches!(*x, "one-off" | "single" | "initial"))
                })
        }) || matches!(
            after_span.as_slice(),
            [
                "of" | "after" | "following",
                "any" | "each" | "every" | "a" | "an",
                ..
            ] | [
                "of",
                "quarter" | "month" | "year" | "decision" | "receipt",
                ..
            ]
        )
            // "within 30 days if the model's use changes": upon an event.
            || (matches!(
                after_span.first(),
                Some(&("if" | "when" | "whenever" | "should" | "once"))
            ) && (after..(after + 8).min(end)).any(|k| {
                matches!(
                    word(k),
                    "change" | "changes" | "changed" | "retrained" | "retraining" | "updated"
                        | "breach" | "incident"
                )
            }))
            // A standing rule the condition points to: "subject to the bank's policy, under
            // which issues are closed within 60 days"; not "under policy MRP-3, subject to a
            // retest within six months".
            || before_span.iter().enumerate().any(|(k, w)| {
                matches!(*w, "policy" | "standard" | "sla" | "routinely")
                    && before_span.get(..k).is_some_and(names_a_condition)
            });
        // Said of work done, not due: "completed within 5 months, on 2025-04-15", "the
        // condition was met within the six months".
        // A rule upon an event, the event first: "If drift exceeds tolerance, the model must be
        // retested within 30 days"; for new staff: "New joiners must complete training within
        // 30 days"; for cases as they come: "Requests for human review are completed within
        // 10 business days".
        let upon_event = (own_from..first).any(|k| {
            matches!(
                word(k),
                "if" | "when" | "whenever" | "where" | "once" | "should"
            ) && (k..first).any(|j| tokens.get(j).is_some_and(|t| t.ends_with(',')))
        });
        let for_newcomers = own
            .iter()
            .any(|w| matches!(*w, "joiners" | "joining" | "newcomers" | "starters"))
            || own.windows(2).any(|p| p == ["their", "first"]);
        let cases_first = own
            .iter()
            .find(|w| !matches!(**w, "the" | "all" | "any" | "new"))
            .is_some_and(|w| {
                matches!(
                    *w,
                    "requests"
                        | "complaints"
                        | "appeals"
                        | "cases"
                        | "applications"
                        | "incidents"
                        | "alerts"
                        | "decisions"
                        | "declines"
                        | "queries"
                )
            });
        // A sentence that says the work was done: "Six months later, on 2025-05-15, the
        // retest was completed".
        let done_here = own.windows(2).any(|p| {
            matches!(p, [aux, done] if matches!(*aux, "was" | "were" | "been")
                && matches!(*done, "completed" | "done" | "performed" | "conducted" | "carried"
                    | "finished" | "delivered" | "held" | "run"))
        });
        // "is completed within six months" sets the condition.
        let done_in = first.checked_sub(1).is_some_and(|j| {
            matches!(
                word(j),
                "completed"
                    | "done"
                    | "met"
                    | "performed"
                    | "conducted"
                    | "finished"
                    | "delivered"
                    | "passed"
                    | "closed"
                    | "resolved"
                    | "approved"
            ) && (j.checked_sub(1).is_some_and(|a| {
                matches!(word(a), "was" | "were" | "been" | "has" | "have" | "had")
            }) || (after..(after + 3).min(bare.len())).any(|k| is_date(word(k))))
        });
        let set = names_a_condition(&sentence);
        let due = base
            .filter(|_| {
                work && set
                    && !recurs
                    && !done_in
                    && !handled
                    && !upon_event
                    && !for_newcomers
                    && !cases_first
                    && !done_here
            })
            .and_then(|d| due_in.from(word(d)));
        let Some(due) = due else {
            out.push((*token).to_string());
            i += 1;
            continue;
        };
        // What ended the span's last word: "months.", "days)".
        let last = tokens.get(after - 1).copied().unwrap_or_default();
        let tail = last
            .get(last.trim_end_matches(|c: char| !c.is_alphanumeric()).len()..)
            .unwrap_or_default();
        // Where no condition word comes before it in its sentence ("within six months a
        // retest is required as a condition"), the deadline says it is one, as it is read.
        let before: Vec<&str> = (start..first).map(word).collect();
        // The words that said it was a span ("within", "no later than") were written out one
        // for one since the last span: take them back.
        let said = i - first.max(last_span_end);
        out.truncate(out.len().saturating_sub(said));
        if !names_a_condition(&before) {
            out.push("on condition".to_string());
        }
        out.push("by".to_string());
        out.push(format!("{due}{tail}"));
        changed = true;
        last_span_end = after;
        i = after;
    }
    changed.then(|| out.join(" "))
}

/// How long a span runs: whole months (a month is not thirty days), then days.
#[derive(Clone, Copy, Default)]
struct Span {
    months: u32,
    days: u32,
}

impl Span {
    fn days(days: u32) -> Self {
        Span { months: 0, days }
    }

    fn months(months: u32) -> Self {
        Span { months, days: 0 }
    }

    /// The day the span ends, counted from `date` (YYYY-MM-DD).
    fn from(self, date: &str) -> Option<String> {
        crate::answer::add_days(&crate::answer::add_months(date, self.months)?, self.days)
    }
}

/// A span of time whose number or unit starts at word `i` of `bare` (lowercase words):
/// the index of the first word that says it (with "within", "in the next", "no later than"
/// before it), the index after its last, and how long it runs. "six (6) months", "6-9 months"
/// (the longer), "twenty-six weeks", "one hundred and eighty days", "half a year", "a
/// fortnight", "90d", "6 mths", "1.5 years", "10 business days" (counted with a weekend either
/// side, never short).
fn span_at(bare: &[String], i: usize) -> Option<(usize, usize, Span)> {
    let word = |k: usize| bare.get(k).map_or("", String::as_str);
    let small = |w: &str| -> Option<u32> {
        Some(match w {
            "a" | "an" | "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            _ => return None,
        })
    };
    let tens = |w: &str| -> Option<u32> {
        Some(match w {
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => return None,
        })
    };
    // A number of up to three digits in words: "forty-five", "one hundred and eighty".
    let in_words = |k: usize| -> Option<(u32, usize)> {
        let mut at = k;
        let mut total = 0;
        let part = |w: &str| -> Option<u32> {
            match w.split_once('-') {
                Some((t, u)) => Some(tens(t)? + small(u).filter(|n| *n < 10)?),
                None => small(w).or_else(|| tens(w)),
            }
        };
        let first = part(word(at))?;
        at += 1;
        total += first;
        if word(at) == "hundred" {
            total *= 100;
            at += 1;
            let rest_at = if word(at) == "and" { at + 1 } else { at };
            if let Some(rest) = part(word(rest_at)) {
                total += rest;
                at = rest_at + 1;
            }
        }
        Some((total, at))
    };
    // A number in digits, a unit perhaps joined: "6", "1.5", "6-9", "6mo", "90d", "6-month".
    let mut from_words = false;
    let (n, unit_joined, mut at) = {
        // "1,000 hours": digits grouped.
        let grouped: String;
        let mut w = word(i);
        if w.contains(',') && w.starts_with(|c: char| c.is_ascii_digit()) {
            grouped = w.replace(',', "");
            w = &grouped;
        }
        let digits_end = w
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(w.len());
        let (num, rest) = w.split_at(digits_end);
        if !num.is_empty() && num.starts_with(|c: char| c.is_ascii_digit()) {
            let rest = rest.trim_start_matches('-');
            // "6-9 months": the later end.
            let (num, rest) = if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
                (rest, "")
            } else {
                (num, rest)
            };
            let n: f64 = num.parse().ok()?;
            (n, (!rest.is_empty()).then_some(rest.to_string()), i + 1)
        } else if w == "half" && matches!(word(i + 1), "a" | "an") {
            (0.5, None, i + 2)
        } else if let Some((n, unit)) = w.rsplit_once('-').and_then(|(n, unit)| {
            // "six-month", "twenty-six-week"; not "twenty-six" alone.
            if !matches!(
                unit,
                "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "month"
                    | "months"
                    | "quarter"
                    | "year"
                    | "years"
            ) {
                return None;
            }
            let n = match n.split_once('-') {
                Some((t, u)) => tens(t)? + small(u).filter(|n| *n < 10)?,
                None => small(n).or_else(|| tens(n))?,
            };
            Some((n, unit))
        }) {
            (f64::from(n), Some(unit.to_string()), i + 1)
        } else if matches!(w, "few" | "several") || (w == "couple" && word(i + 1) == "of") {
            // Vague: read at the longest it could mean, so it never falls due early.
            let n = if w == "couple" { 2.0 } else { 12.0 };
            (n, None, if w == "couple" { i + 2 } else { i + 1 })
        } else {
            let (n, next) = in_words(i)?;
            from_words = true;
            (f64::from(n), None, next)
        }
    };
    // "six (6) months", "6 to 9 months".
    if from_words && !word(at).is_empty() && word(at).chars().all(|c| c.is_ascii_digit()) {
        at += 1;
    }
    let mut n = n;
    if unit_joined.is_none()
        && matches!(word(at), "to" | "-")
        && let Ok(m) = word(at + 1).parse::<f64>()
    {
        n = n.max(m);
        at += 2;
    }
    let mut business = false;
    let unit = match unit_joined {
        Some(u) => u,
        None => {
            if matches!(word(at), "calendar" | "business" | "working") {
                business = word(at) != "calendar";
                at += 1;
            }
            let u = word(at).to_string();
            at += 1;
            u
        }
    };
    if !(n > 0.0 && n <= 3650.0) {
        return None;
    }
    let whole = |x: f64| -> Option<u32> {
        let r = x.ceil();
        (1.0..=36_500.0).contains(&r).then_some(r as u32)
    };
    let span = match unit.trim_end_matches('\'').trim_end_matches("'s") {
        "day" | "days" | "d" if business => Span::days(whole(n / 5.0)? * 7 + 2),
        "day" | "days" | "d" => Span::days(whole(n)?),
        "week" | "weeks" | "wk" | "wks" | "w" => Span::days(whole(n * 7.0)?),
        "fortnight" | "fortnights" => Span::days(whole(n * 14.0)?),
        "hour" | "hours" | "hr" | "hrs" | "h" => Span::days(whole(n / 24.0)?),
        "month" | "months" | "mo" | "mos" | "mth" | "mths" | "m" => Span::months(whole(n)?),
        "quarter" | "quarters" | "q" => Span::months(whole(n * 3.0)?),
        "year" | "years" | "yr" | "yrs" | "y" => Span::months(whole(n * 12.0)?),
        _ => return None,
    };
    // "before six months have passed", "six months later": words of the span, not of work.
    let at = match (word(at), word(at + 1)) {
        ("have" | "has", "passed" | "elapsed" | "gone") => at + 2,
        ("elapse" | "pass" | "later" | "hence", _) => at + 1,
        _ => at,
    };
    // "2 years and 3 weeks".
    let (span, at) = match (word(at) == "and").then(|| span_at(bare, at + 1)).flatten() {
        Some((more_first, more_after, more)) if more_first == at + 1 => (
            Span {
                months: span.months + more.months,
                days: span.days + more.days,
            },
            more_after,
        ),
        _ => (span, at),
    };
    // The words that say it is a span up to a day: "within", "in the next", "no later than",
    // "at most", "up to", "before", "inside", "under", "less than", "a maximum of", "<=".
    let mut first = i;
    while first > 0
        && first + 6 > i
        && matches!(
            word(first - 1),
            "within"
                | "inside"
                | "in"
                | "the"
                | "next"
                | "following"
                | "first"
                | "coming"
                | "no"
                | "not"
                | "later"
                | "than"
                | "at"
                | "most"
                | "up"
                | "to"
                | "before"
                | "during"
                | "over"
                | "under"
                | "less"
                | "more"
                | "maximum"
                | "of"
                | "<="
                | "by"
                | "after"
                | "a"
                | "an"
        )
    {
        first -= 1;
    }
    // Not a span of the past: "the last 6 months", "18 months of data".
    if matches!(word(at), "of") && matches!(word(at + 1), "data" | "history" | "records" | "logs")
        || matches!(word(i.wrapping_sub(1)), "last" | "past" | "previous")
    {
        return None;
    }
    Some((first, at, span))
}

/// `text` with each short year and ISO week written out: "FY27" as "FY2027", "Q1'27" and "Q1
/// '27" as "Q1 2027", "2027-W03" as the Monday of that week, "20/1/27" as "20/1/2027", and
/// "20.1.27" only after "am", "vom" or "dated" (after "on" it may be a version: "re-validated
/// on 5.2.27"). `None` where there is none.
fn short_years(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // Most evidence holds none of these: it is scanned once, and not copied.
    let maybe = b.windows(3).any(|w| {
        matches!(
            w,
            [b'f' | b'F' | b'c' | b'C', b'y' | b'Y', _]
                | [b'w' | b'W', b'0'..=b'9', _]
                | [b'\'', b'0'..=b'9', b'0'..=b'9']
                | [b'1'..=b'4', b'q' | b'Q', b'0'..=b'9']
                | [b'k' | b'K', b'w' | b'W', b'0'..=b'9']
                | [b's' | b'S', b'c' | b'C', b'a' | b'A']
        ) || matches!(w, [d, b'/' | b'.', e] if d.is_ascii_digit() && e.is_ascii_digit())
    });
    if !maybe {
        return None;
    }
    let two =
        |t: &str| (t.len() == 2 && t.bytes().all(|c| c.is_ascii_digit())).then(|| format!("20{t}"));
    let up_to_two =
        |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|c| c.is_ascii_digit());
    let period = |t: &str| {
        matches!(
            t.as_bytes(),
            [b'q' | b'Q', b'1'..=b'4'] | [b'h' | b'H', b'1' | b'2']
        )
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut changed = false;
    let mut prev = "";
    let mut prev_at = 0;
    let (mut prev2, mut prev2_at) = ("", 0);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let at = out.len();
        let lead = word.len() - word.trim_start_matches(['(', '[']).len();
        let core = word
            .get(lead..)
            .unwrap_or_default()
            .trim_end_matches(['.', ',', ';', ':', ')', ']']);
        let (head, tail) = (
            word.get(..lead).unwrap_or_default(),
            word.get(lead + core.len()..).unwrap_or_default(),
        );
        // "FY2027/28", "FY27/28": the fiscal year ending in the second year, as FY2028.
        let fiscal_span = core
            .get(..2)
            .filter(|p| p.eq_ignore_ascii_case("fy"))
            .and_then(|_| core.get(2..))
            .and_then(|r| r.split_once('/'))
            .and_then(|(a, b)| {
                let first = two(a).or_else(|| (a.len() == 4).then(|| a.to_string()))?;
                let second = two(b)?;
                (first.bytes().all(|c| c.is_ascii_digit())
                    && first.get(2..) < Some(second.get(2..)?))
                .then(|| format!("FY{second}"))
            });
        // "Jan '27": a year of two digits after a month's name.
        let after_month = prev.len() >= 3
            && prev.bytes().all(|c| c.is_ascii_alphabetic())
            && prev
                .get(..3)
                .is_some_and(|m| MONTHS.iter().any(|x| m.eq_ignore_ascii_case(x)));
        let four = core.len() == 4 && core.bytes().all(|c| c.is_ascii_digit());
        // "KW3 2027", "W03 2027": a calendar week, then its year.
        let week_then_year = four
            .then(|| {
                let l = prev.to_ascii_lowercase();
                let n = l.strip_prefix("kw").or_else(|| l.strip_prefix('w'))?;
                (!n.is_empty() && n.len() <= 2 && n.bytes().all(|c| c.is_ascii_digit()))
                    .then(|| iso_week(&format!("{core}-W{n}")))
                    .flatten()
            })
            .flatten();
        let written = if let Some(day) = week_then_year {
            out.truncate(prev_at);
            Some(day)
        } else if four && prev.eq_ignore_ascii_case("year") && prev2.eq_ignore_ascii_case("fiscal")
        {
            // "fiscal year 2027" as "FY2027".
            out.truncate(prev2_at);
            Some(format!("FY{core}"))
        } else if fiscal_span.is_some() {
            fiscal_span
        } else if let Some(y) = core
            .strip_prefix('\'')
            .and_then(two)
            .filter(|_| after_month)
        {
            Some(y)
        } else if let Some(y) = core
            .get(..2)
            .filter(|p| p.eq_ignore_ascii_case("cy"))
            .and_then(|_| core.get(2..))
            .and_then(|r| {
                two(r).or_else(|| {
                    (r.len() == 4 && r.bytes().all(|c| c.is_ascii_digit())).then(|| r.to_string())
                })
            })
        {
            // "CY2027": a calendar year.
            Some(y)
        } else if let Some((q, y)) = core
            .get(..2)
            .filter(|p| matches!(p.as_bytes(), [b'1'..=b'4', b'q' | b'Q']))
            .zip(core.get(2..).and_then(|r| {
                two(r.trim_start_matches('\'')).or_else(|| {
                    (r.len() == 4 && r.bytes().all(|c| c.is_ascii_digit())).then(|| r.to_string())
                })
            }))
        {
            // "1Q27", "2Q2027": the quarter first.
            Some(format!("Q{} {y}", q.get(..1).unwrap_or("1")))
        } else if let Some(y) = core
            .get(..2)
            .filter(|p| p.eq_ignore_ascii_case("fy"))
            .and_then(|_| core.get(2..))
            .map(|r| r.trim_start_matches(['\'', '-']))
            .and_then(two)
        {
            Some(format!("FY{y}"))
        } else if let Some((p, y)) = core
            .get(..2)
            .filter(|p| period(p))
            .zip(core.get(3..).and_then(two))
            .filter(|_| matches!(core.as_bytes().get(2), Some(b'\'' | b'/' | b'-')))
        {
            Some(format!("{} {y}", p.to_ascii_uppercase()))
        } else if let Some(y) = core
            .strip_prefix('\'')
            .and_then(two)
            .filter(|_| period(prev) || prev.eq_ignore_ascii_case("fy"))
        {
            Some(y)
        } else if prev.eq_ignore_ascii_case("fy")
            && let Some(y) = two(core).or_else(|| {
                (core.len() == 4 && core.bytes().all(|c| c.is_ascii_digit()))
                    .then(|| core.to_string())
            })
        {
            // "FY 27", "FY 2027": one word, as "FY2027" is read.
            out.truncate(prev_at);
            Some(format!("FY{y}"))
        } else if let Some(day) = iso_week(core) {
            Some(day)
        } else {
            let sep = if core.contains('/') { '/' } else { '.' };
            let mut parts = core.split(sep);
            match (parts.next(), parts.next(), parts.next(), parts.next()) {
                (Some(d), Some(m), Some(y), None)
                    if up_to_two(d)
                        && up_to_two(m)
                        && (sep == '/'
                            || ["am", "vom", "dated", "genehmigt", "freigegeben"]
                                .iter()
                                .any(|w| prev.eq_ignore_ascii_case(w))) =>
                {
                    two(y).map(|y| format!("{d}{sep}{m}{sep}{y}"))
                }
                _ => None,
            }
        };
        match written {
            Some(w) => {
                changed = true;
                out.push_str(head);
                out.push_str(&w);
                out.push_str(tail);
            }
            None => out.push_str(word),
        }
        prev2 = prev;
        prev2_at = prev_at;
        prev = core;
        prev_at = at;
    }
    changed.then_some(out)
}

/// The Monday of an ISO week written "2027-W03" or "2027W03" (with a day, "2027-W03-2", that
/// day), as YYYY-MM-DD.
fn iso_week(word: &str) -> Option<String> {
    let (year, rest) = (word.get(..4)?, word.get(4..)?);
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let rest = rest.strip_prefix(['W', 'w'])?;
    let (week, day) = match rest.split_once('-') {
        Some((w, d)) => (w, d.parse::<i64>().ok().filter(|d| (1..=7).contains(d))?),
        None => (rest, 1),
    };
    if !(1..=2).contains(&week.len()) || !year.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (year, week): (i64, i64) = (year.parse().ok()?, week.parse().ok()?);
    if !(1..=53).contains(&week) {
        return None;
    }
    // Week 1 holds 4 January; 1970-01-01 was a Thursday.
    let jan4 = crate::session::days_from_civil(year, 1, 4);
    let weekday = (jan4 + 3).rem_euclid(7) + 1;
    Some(crate::session::civil_from_days(
        jan4 - (weekday - 1) + (week - 1) * 7 + (day - 1),
    ))
}

/// `text` with each date written year 年 month 月 day 日 ("2025年1月1日") written YYYY-MM-DD
/// between spaces; `None` where there is none.
fn cjk_dates(text: &str) -> Option<String> {
    if !text.contains('年') && !text.contains('년') {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let digits = |from: usize, max: usize| -> (u32, usize) {
        let n = chars
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take(max)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let v = chars
            .get(from..from + n)
            .unwrap_or_default()
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        (v, n)
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let starts = c.is_ascii_digit()
            && !i
                .checked_sub(1)
                .and_then(|k| chars.get(k))
                .is_some_and(char::is_ascii_digit);
        if starts {
            let (y, ny) = digits(i, 4);
            let after_y = i + ny;
            // Korean puts a space after each part: "2025년 11월 18일".
            let skip_space = |k: usize| {
                if chars.get(k) == Some(&' ') { k + 1 } else { k }
            };
            if ny == 4 && matches!(chars.get(after_y), Some(&('年' | '년'))) {
                let start_m = skip_space(after_y + 1);
                let (m, nm) = digits(start_m, 2);
                let after_m = start_m + nm;
                if nm > 0 && matches!(chars.get(after_m), Some(&('月' | '월'))) {
                    let start_d = skip_space(after_m + 1);
                    let (d, nd) = digits(start_d, 2);
                    let after_d = start_d + nd;
                    if nd > 0 && (1..=12).contains(&m) && (1..=31).contains(&d) {
                        let end = if matches!(chars.get(after_d), Some(&('日' | '일'))) {
                            after_d + 1
                        } else {
                            after_d
                        };
                        out.push_str(&format!(" {y:04}-{m:02}-{d:02} "));
                        changed = true;
                        i = end;
                        continue;
                    }
                }
            }
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

/// `text` with each dash other than the hyphen-minus (en and em dashes, the minus sign, the
/// non-breaking hyphen, full-width and small forms) written `-` where a digit stands on both
/// sides of it; `None` where there is none. Only between digits, so "2024–2027" reads
/// "2024-2027" (no date) and a dash between words stays a clause break.
fn ascii_dashes_between_digits(text: &str) -> Option<String> {
    const DASHES: &[char] = &[
        '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
        '\u{fe58}', '\u{fe63}', '\u{ff0d}',
    ];
    // Every such dash is three bytes opening with 0xE2 or 0xEF: most evidence has neither.
    if !text.bytes().any(|b| b == 0xE2 || b == 0xEF) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let between = prev.is_some_and(|p| p.is_ascii_digit())
            && chars.peek().is_some_and(char::is_ascii_digit);
        if between && DASHES.contains(&c) {
            out.push('-');
            changed = true;
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    changed.then_some(out)
}

/// [`dates_in`] of text whose dates are all written YYYY-MM-DD.
fn dates_in_iso(evidence: &str) -> DatesIn {
    let mut out = DatesIn::default();
    // Most evidence holds no date: found without a copy (every safeguard, every evaluation).
    let b = evidence.as_bytes();
    let has_date = (0..b.len().saturating_sub(9)).any(|i| {
        b.get(i + 4) == Some(&b'-')
            && b.get(i + 7) == Some(&b'-')
            && b.get(i..i + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    });
    if !has_date {
        return out;
    }
    // "exp. 2025-11-30": the abbreviation's dot ends no sentence.
    let mut lower = evidence.to_lowercase().replace("exp. ", "exp ");
    // "有効期限2025-01-01": a word of a script without spaces runs into the date; set apart,
    // as a space would (a hardening review).
    if !lower.is_ascii() {
        let mut spaced = String::with_capacity(lower.len() + 8);
        let mut prev: Option<char> = None;
        for c in lower.chars() {
            if let Some(p) = prev
                && ((!p.is_ascii() && p.is_alphabetic() && c.is_ascii_digit())
                    || (p.is_ascii_digit() && !c.is_ascii() && c.is_alphabetic()))
            {
                spaced.push(' ');
            }
            spaced.push(c);
            prev = Some(c);
        }
        lower = spaced;
    }
    let mut extended: Option<String> = None;
    let mut term_alone: Option<u32> = None;
    // The latest day the work was renewed ("renewed on 2026-11-10", "re-approved by the
    // committee on 2026-11-10"), and any term the text gives: a renewal starts the term again
    // (a review of honest evidence read a renewed approval as lapsed with its first term).
    let mut renewed: Option<String> = None;
    let mut any_term: Option<u32> = None;
    // A condition of the approval said to be met anywhere in the text: its deadline is no
    // lapse (see `note_dates`).
    // Said in a word of completion anywhere but before "by" and a deadline: "the retest was
    // completed on 2025-02-10", "retest done", "condition discharged", "the conditions have
    // been satisfied" (a review of honest evidence), not "completed by 2025-03-31".
    // Read only where the text names a condition: every dated text comes here.
    // Not where it is denied: "the condition was not met", "the retest was never completed",
    // "retest completed: no", "the condition is unmet" (a hostile review read each as met).
    let conditions_met = CONDITION_STEMS
        .iter()
        .chain(&["due", "deadline"])
        .any(|w| lower.contains(w))
        && !answered_no(&lower)
        && {
            let spaced = spaced_words(&lower);
            let words: Vec<&str> = spaced.split_whitespace().collect();
            let completion = |w: &str| {
                matches!(
                    w,
                    "completed"
                        | "complete"
                        | "carried"
                        | "performed"
                        | "conducted"
                        | "delivered"
                        | "took"
                        | "done"
                        | "met"
                        | "satisfied"
                        | "fulfilled"
                        | "discharged"
                        | "cleared"
                        | "closed"
                        | "finished"
                        | "passed"
                        | "resolved"
                        | "held"
                        | "implemented"
                        | "established"
                        | "launched"
                        | "trained"
                        | "ran"
                        | "undertaken"
                        | "executed"
                        | "happened"
                        | "found"
                        | "published"
                        | "confirmed"
                        | "successful"
                        | "run"
                        | "pass"
                        | "dated"
                )
            };
            // Words that also date the evidence's own approval ("conditional on a retest by
            // ..., approved by the committee on 2024-11-18"): they meet the condition only
            // right after a word of its work ("retest signed off 2025-05-20", "the retest
            // report was accepted", "retest RT-9 approved": honest wordings read as lapsed).
            let weak = |w: &str| {
                matches!(
                    w,
                    "signed"
                        | "accepted"
                        | "approved"
                        | "concluded"
                        | "verified"
                        | "finalised"
                        | "finalized"
                        | "issued"
                )
            };
            let denied = |i: usize| {
                words
                    .get(i.saturating_sub(3)..i)
                    .unwrap_or_default()
                    .iter()
                    .any(|b| {
                        matches!(
                            *b,
                            "not" | "never" | "no" | "t" | "without" | "nor" | "nobody" | "none"
                        )
                    })
                    // "found no issues" is no denial.
                    || (words.get(i) != Some(&"found")
                        && matches!(words.get(i + 1), Some(&"no" | &"not" | &"never")))
            };
            // After the condition is set: "validation completed on 2024-11-01 and approved on
            // 2024-11-18, conditional on a retest by ..." says nothing of the retest (a hostile
            // review).
            let set_at = words
                .iter()
                .position(|w| {
                    w.starts_with("condition")
                        || w.starts_with("provid")
                        || matches!(
                            *w,
                            "subject"
                                | "contingent"
                                | "dependent"
                                | "dependant"
                                | "long"
                                | "if"
                                | "due"
                                | "deadline"
                                | "requires"
                                | "required"
                                | "require"
                                | "must"
                                | "unless"
                                | "provisional"
                                | "provisionally"
                                | "pending"
                                | "asked"
                        )
                })
                .unwrap_or(0);
            // The condition's work: its words after the one that sets it, up to its deadline
            // ("a fairness retest" in "conditional on a fairness retest by ...").
            let worded = |w: &&&str| {
                w.len() > 3
                    && !w.starts_with(|c: char| c.is_ascii_digit())
                    && !matches!(**w, "that" | "upon" | "being" | "with")
            };
            let mut work: Vec<&str> = words
                .iter()
                .skip(set_at + 1)
                .take(8)
                .take_while(|w| !matches!(**w, "by" | "before" | "due" | "no" | "within"))
                .filter(worded)
                .copied()
                .collect();
            // Where the condition's words end: at its deadline, or eight words on.
            let work_end = (set_at + 1..(set_at + 9).min(words.len()))
                .find(|&k| {
                    matches!(
                        words.get(k),
                        Some(&("by" | "before" | "due" | "no" | "within"))
                    )
                })
                .unwrap_or(set_at + 9);
            // Not the words that say it is done ("a retest is completed by ..."): the work is
            // what is done.
            work.retain(|w| !completion(w));
            // The deadline first: "on condition by 2025-05-18 a fairness retest is required".
            if work.is_empty() {
                work = words
                    .iter()
                    .skip(set_at + 1)
                    .skip_while(|w| {
                        matches!(**w, "by" | "before")
                            || w.starts_with(|c: char| c.is_ascii_digit())
                    })
                    .take(8)
                    .filter(worded)
                    .copied()
                    .collect();
            }
            // Or the condition itself: "condition met", "all conditions have been satisfied".
            // Not what serves the work: "the retest plan was approved", "retest data was
            // delivered" (a review saw each meet the condition).
            let serving = |w: Option<&&str>| {
                matches!(
                    w,
                    Some(
                        &("data"
                            | "plan"
                            | "plans"
                            | "scope"
                            | "proposal"
                            | "schedule"
                            | "design"
                            | "template"
                            | "request"
                            | "kickoff"
                            | "fieldwork"
                            | "materials"
                            | "dashboard"
                            | "kicked")
                    )
                )
            };
            // What serves the work stands between it and the word of completion: "the bias
            // audit plan was approved", "the audit fieldwork was completed".
            let serves_before = |j: usize, i: usize| (j + 1..i).any(|k| serving(words.get(k)));
            // Four words back, numbers passed over ("the fairness retest (FR-12, 2025-04-30)
            // passed"); "which was", "both" refer back to the work.
            // Words of the work alike in their first five letters: "revalidation" and
            // "revalidated", "retest" and "retesting".
            let of_work = |x: &str| {
                work.iter()
                    .any(|w| *w == x || (w.len() >= 5 && x.len() >= 5 && w.get(..5) == x.get(..5)))
            };
            let of_the_work = |i: usize| {
                // A word that only approves stops at the deadline: "a fairness retest by
                // 2025-06-30, approved by the committee" is the evidence's own approval; "a
                // fairness retest by 2025-05-18 (done 2025-05-01)" is the retest's.
                let only_approves = words.get(i).is_some_and(|w| weak(w));
                // The word of completion is the work's own: "officers were trained" for
                // "training", "retested on ...".
                (!only_approves && words.get(i).is_some_and(|w| of_work(w)))
                    || (0..i)
                        .rev()
                        .filter(|&j| {
                            words
                                .get(j)
                                .is_some_and(|x| !x.starts_with(|c: char| c.is_ascii_digit()))
                        })
                        .take(4)
                        // Not past the deadline: "a fairness retest by 2025-06-30, approved by the
                        // committee" is the evidence's own approval.
                        .take_while(|&j| {
                            !(only_approves
                                && matches!(
                                    words.get(j),
                                    Some(&("by" | "before" | "due" | "until"))
                                ))
                        })
                        .any(|j| {
                            words.get(j).is_some_and(|x| {
                                (of_work(x) && !serves_before(j, i))
                                    || x.starts_with("condition")
                                    || matches!(*x, "which" | "both")
                            })
                        })
                    || (matches!(
                        words.get(i + 1),
                        Some(&("the" | "a" | "an" | "our" | "its" | "their"))
                    ) && (i + 2..i + 5).any(|j| words.get(j).is_some_and(|x| of_work(x))))
            };
            // The approval's date: the last date ("2024 11 18") before the condition is set. A
            // completion dated on or before it is of earlier work: "validation was completed on
            // 2024-10-30", "a first retest was completed on 2024-11-10 before approval".
            let date_at = |k: usize| -> Option<String> {
                let (y, m, d) = (words.get(k)?, words.get(k + 1)?, words.get(k + 2)?);
                let digits =
                    |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
                (digits(y, 4) && digits(m, 2) && digits(d, 2)).then(|| format!("{y}-{m}-{d}"))
            };
            let approved_on = (0..set_at).rev().find_map(date_at);
            let earlier_work = |i: usize| {
                (i + 1..i + 5)
                    .find_map(date_at)
                    .zip(approved_on.as_ref())
                    .is_some_and(|(d, a)| d <= *a)
                    || words
                        .get(i + 1..(i + 8).min(words.len()))
                        .is_some_and(|a| a.windows(2).any(|p| p == ["before", "approval"]))
            };
            // A word of completion at `i` that says the work was done, not denied, to come or
            // a deadline.
            // "no audit has been completed to date".
            let none_done = |i: usize| {
                i >= 2
                    && matches!(
                        words.get(i - 2..i),
                        Some(&["has" | "have", "been"] | &["was" | "were", "ever"])
                    )
                    && (i.saturating_sub(6)..i - 2).any(|k| {
                        words
                            .get(k)
                            .is_some_and(|w| matches!(*w, "no" | "none" | "nothing"))
                    })
            };
            let should_have_been = |i: usize| {
                i >= 3
                    && words.get(i - 2..i) == Some(&["have", "been"][..])
                    && words.get(i - 3).is_some_and(|m| {
                        matches!(*m, "should" | "would" | "could" | "must" | "ought" | "to")
                    })
            };
            let said_done = |i: usize| {
                !denied(i)
                    && !earlier_work(i)
                    // "once completed", "when completed", "being completed", "should have been
                    // completed" (a review saw each meet the condition).
                    && !i.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
                        // "a completed fairness retest" names the work asked for.
                        matches!(
                            *p,
                            "once" | "when" | "until" | "unless" | "if" | "after" | "upon" | "being"
                                | "a" | "an"
                        )
                    })
                    && !should_have_been(i)
                    && !none_done(i)
                    // Still to come: "to be signed off by 2025-06-30", "must be approved".
                    && !i.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
                        matches!(*p, "be" | "to" | "will" | "must" | "should" | "shall")
                            // The condition's own words: "provided that within a year a retest
                            // is completed" (a review saw it read as met), where no date
                            // follows to say when it was.
                            || (matches!(*p, "is" | "are")
                                && i.saturating_sub(set_at) <= 12
                                && !words.iter().skip(i + 1).take(4).any(|d| {
                                    d.starts_with(|c: char| c.is_ascii_digit())
                                }))
                    })
                    // A deadline, not a day it was done: "completed by 2025-03-31", "signed
                    // off by 2025-06-30"; but "all of which were met by 2025-01-15" was done.
                    && (i.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
                        matches!(*p, "was" | "were" | "been" | "all" | "already")
                    }) || !words.iter().skip(i + 1).take(3).enumerate().any(|(k, b)| {
                        *b == "by"
                            && words
                                .get(i + k + 2)
                                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
                    }))
            };
            // A word of completion meets the condition beside the condition's work, or the
            // condition itself: "the data refresh was completed" meets no retest.
            let positive = words.iter().enumerate().any(|(i, w)| {
                i > set_at
                    // The work's own verb: "we retested on ...", "KPMG audited the model";
                    // after the condition's own words ("each protected group being retested
                    // by ...").
                    && (completion(w)
                        || weak(w)
                        || (w.ends_with("ed") && of_work(w) && i > work_end))
                    && of_the_work(i)
                    && said_done(i)
            })
                // The condition lifted: "waived", "removed", "re-approved unconditionally",
                // "without conditions", "no longer required" (a review saw each lapse).
                || words.iter().enumerate().any(|(i, w)| {
                    let prev = i.checked_sub(1).and_then(|p| words.get(p));
                    i > set_at
                        && !prev.is_some_and(|p| matches!(*p, "not" | "never"))
                        && (matches!(*w, "unconditional" | "unconditionally")
                            || (*w == "without"
                                && words
                                    .get(i + 1)
                                    .is_some_and(|n| n.starts_with("condition")))
                            || (*w == "longer"
                                && prev == Some(&"no")
                                && words.get(i + 1) == Some(&"required"))
                            || (matches!(
                                *w,
                                "waived" | "lifted" | "removed" | "dropped" | "rescinded"
                            ) && of_the_work(i)))
                });
            // Each condition given a deadline of its own is met on its own: "a fairness retest
            // by 2025-06-30 and a privacy review by 2025-09-30; retest completed 2025-05-20"
            // leaves the review unmet (a review saw it read as met), unless the text says all
            // of them were.
            let deadlines: Vec<usize> = (set_at + 1..words.len())
                .filter(|&i| {
                    matches!(words.get(i), Some(&("by" | "before" | "due")))
                        && words
                            .get(i + 1)
                            .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
                })
                .collect();
            // "all three conditions", "the conditions were met", "both were completed".
            // Said of them all, and then done: "all three conditions closed", "the conditions
            // were met", "both were completed"; not "on two conditions: ...".
            let all_said = words.iter().enumerate().any(|(k, w)| {
                let of_all = match *w {
                    "all" | "both" | "each" | "every" => true,
                    "the" => words.get(k + 1) == Some(&"conditions"),
                    _ => false,
                };
                of_all
                    && (k + 1..(k + 6).min(words.len()))
                        .any(|j| words.get(j).is_some_and(|x| completion(x) && said_done(j)))
            });
            let each_met = deadlines.len() < 2
                || all_said
                || deadlines.iter().enumerate().all(|(k, &at)| {
                    // The work due: the words since the last deadline's date, or since the
                    // condition was set.
                    let from = k
                        .checked_sub(1)
                        .and_then(|j| deadlines.get(j))
                        .map_or(set_at + 1, |d| d + 2);
                    let due: Vec<&str> = words
                        .get(from..at)
                        .unwrap_or_default()
                        .iter()
                        .copied()
                        .filter(|w| worded(&w) && *w != "also" && !completion(w))
                        .collect();
                    due.is_empty()
                        || words.iter().enumerate().any(|(i, w)| {
                            i > set_at
                                && (completion(w) || weak(w))
                                && said_done(i)
                                // "privacy review completed", or "completed the privacy
                                // review"; not "retest completed; privacy review pending",
                                // whose words run on once the stop is gone.
                                && (words
                                    .get(i.saturating_sub(4)..i)
                                    .is_some_and(|near| near.iter().any(|x| due.contains(x)))
                                    || (matches!(
                                        words.get(i + 1),
                                        Some(&("the" | "a" | "an" | "our" | "its" | "their"))
                                    ) && words
                                        .get(i + 2..(i + 5).min(words.len()))
                                        .is_some_and(|near| {
                                            near.iter().any(|x| due.contains(x))
                                        })))
                        })
                });
            let positive = positive && each_met;
            let negative = words.iter().enumerate().any(|(i, w)| {
                // "no issues found" denies nothing done.
                ((completion(w) || weak(w)) && *w != "found" && denied(i))
                    || matches!(
                        *w,
                        "unmet"
                            | "unfulfilled"
                            | "unsatisfied"
                            | "incomplete"
                            | "outstanding"
                            | "overdue"
                            | "unresolved"
                            | "partially"
                            | "partly"
                            | "partial"
                    )
                    // "completed ... for only one of three segments".
                    || (*w == "only"
                        && words.get(i + 1..i + 3) == Some(&["one", "of"][..]))
            });
            positive && !negative
        };
    // Within a clause, so "approved 2024-11-18; next review 2025-11-18" ties only the first.
    for (n, clause) in clauses(&lower).enumerate() {
        let words: Vec<&str> = clause
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let mut here = DatesIn::default();
        note_dates(&words, &mut here, n == 0, conditions_met);
        let condition_due = here
            .expires
            .clone()
            .filter(|d| !conditions_met && due_by_a_condition(&words, d));
        // "under contract until 2025-12-31, renewed to 2028-12-31": the later end stands (a
        // review of honest evidence read the first as its expiry).
        for (i, w) in words.iter().enumerate() {
            if !is_date(w) {
                continue;
            }
            // "renewed to 2028-12-31" extends it to that day; "renewed on 2026-11-10" renews it
            // on that day.
            let to_end = i
                .checked_sub(1)
                .and_then(|k| words.get(k))
                .is_some_and(|b| matches!(*b, "to" | "until" | "through" | "till" | "thru"));
            if words.get(i.saturating_sub(2)..i).is_some_and(|b| {
                b.iter()
                    .any(|x| matches!(*x, "renewed" | "extended" | "prolonged"))
            }) && (to_end
                || !words
                    .get(i.saturating_sub(2)..i)
                    .is_some_and(|b| b.contains(&"renewed")))
                && extended.as_deref().is_none_or(|e| *w > e)
            {
                extended = Some((*w).to_string());
            }
            let from = i.saturating_sub(8);
            let before = words.get(from..i).unwrap_or_default();
            // The evidence's own renewal: nothing but its id, "it", "this" or "was" before the
            // word in its clause. "The vendor contract was renewed on 2026-11-10" and "ISO
            // certificate renewed" renew something else (a hostile review).
            let own = |k: usize| {
                words
                    .get(..from + k)
                    .is_some_and(|lead| lead.iter().all(|x| of_the_evidence(x)))
            };
            let renewal = before.iter().enumerate().any(|(k, b)| {
                matches!(
                    *b,
                    "renewed"
                        | "reapproved"
                        | "re-approved"
                        | "recertified"
                        | "re-certified"
                        | "revalidated"
                        | "re-validated"
                ) && !before
                    .get(k + 1..)
                    .is_some_and(|rest| rest.iter().any(|r| is_date(r)))
                    && !k
                        .checked_sub(1)
                        .and_then(|j| before.get(j))
                        .is_some_and(|p| {
                            matches!(*p, "be" | "to" | "must" | "will" | "not" | "never" | "been")
                        })
                    && own(k)
            });
            if renewal && !to_end && renewed.as_deref().is_none_or(|r| *w > r) {
                renewed = Some((*w).to_string());
            }
        }
        // "Signed 2021-02-01 for a term of three years": it lapses three years on (a review
        // saw a licence that had ended read in place).
        let term = term_of(&words);
        any_term = any_term.or(term);
        let ends = here
            .made
            .as_deref()
            .zip(term)
            .and_then(|(made, months)| months_after(made, months));
        // "RA-12 approved 2024-11-30; valid 12 months from approval": a term in a clause of its
        // own counts from the day the text says the work was done (a hostile review).
        if here.made.is_none() {
            term_alone = term_alone.or(term);
        }
        let expires = match (here.expires.take(), ends) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
        // A date labelled as one of these: "review date 2027-11-18", "due date", not "Version
        // date: 2027-01-15" or "Issue date".
        let labelled = words.windows(2).any(|p| {
            matches!(
                p,
                [
                    "review"
                        | "due"
                        | "expiry"
                        | "end"
                        | "renewal"
                        | "target"
                        | "effective"
                        | "start"
                        | "deadline"
                        | "revalidation"
                        | "reassessment"
                        | "launch"
                        | "release",
                    "date" | "dates"
                ]
            )
        });
        let bare = (here.made.is_none()
            && expires.is_none()
            && condition_due.is_none()
            && !labelled
            && !words.iter().any(|w| looks_ahead_or_ends(w)))
        .then(|| {
            // Not a deadline or the end of a span: "by 2027-01-15", "2024-01-01 to
            // 2027-01-01", "within ... after 2027-01-15".
            words
                .iter()
                .enumerate()
                .filter(|(i, w)| {
                    is_date(w)
                        && !i
                            .checked_sub(1)
                            .and_then(|j| words.get(j))
                            .is_some_and(|b| {
                                matches!(*b, "by" | "to" | "before" | "after" | "within")
                                // "2021-02-01 - 2024-01-31", not "v2 - 2027-01-15"
                                || (*b == "-"
                                    && i.checked_sub(2)
                                        .and_then(|j| words.get(j))
                                        .is_some_and(|d| is_date(d)))
                            })
                })
                .map(|(_, w)| w)
                .max()
        })
        .flatten()
        .map(|d| (*d).to_string());
        out.absorb(DatesIn {
            expires,
            condition_due,
            bare,
            ..here
        });
    }
    if let Some(end) = out
        .made
        .as_deref()
        .zip(term_alone)
        .and_then(|(made, months)| months_after(made, months))
        && out.expires.as_ref().is_none_or(|e| end < *e)
    {
        out.expires = Some(end);
    }
    if let (Some(x), Some(e)) = (&extended, &out.expires)
        && x > e
    {
        out.expires = extended;
    }
    // Renewed: what lapsed before the renewal holds again, for the term again where the text
    // gives one.
    if let Some(r) = renewed {
        out.expires = out.expires.filter(|e| *e > r);
        if let Some(end) = any_term.and_then(|m| months_after(&r, m))
            && out.expires.as_ref().is_none_or(|e| end < *e)
        {
            out.expires = Some(end);
        }
    }
    // A cycle of approval beside the last one ("(reviewed annually), last approved on
    // 2023-11-18"): the next was due a cycle later, and the text names none since (a hostile
    // review passed it three years on). A cadence alone ("reviewed every two years") dates
    // nothing: which approval it counts from is not said.
    if let Some(end) = out
        .made
        .as_deref()
        .zip(cycle_beside_the_last(evidence))
        .and_then(|(made, months)| months_after(made, months))
        && out.expires.as_ref().is_none_or(|e| end < *e)
    {
        out.expires = Some(end);
    }
    out
}

/// A word that puts a date in its clause ahead, or makes it an end, a span or a deadline: such
/// a clause's dates are no day of the thing the evidence names ([`DatesIn::bare`]).
fn looks_ahead_or_ends(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "for"
            | "ahead"
            | "next"
            | "due"
            | "deadline"
            | "target"
            | "targeted"
            | "planned"
            | "scheduled"
            | "before"
            | "be"
            | "renewal"
            | "reapproval"
            | "re-approval"
            | "agenda"
            | "will"
            | "upcoming"
            | "live"
            | "go-live"
            | "launch"
            | "release"
            | "rollout"
            | "follow-up"
            | "followup"
            | "follow"
            | "window"
            | "period"
            // "the updated policy applies from 2027-01-01", "Version 3 takes effect
            // 2027-02-01", "review date 2027-11-18", "Committee calendar: ..." (a review of
            // honest evidence).
            | "applies"
            | "apply"
            | "onwards"
            | "takes"
            | "effect"
            | "calendar"
            // "covers the benefit year 2026/27 ending 31 March 2027", "opening hours change on
            // 2027-01-04" (a review of honest evidence).
            | "ending"
            | "ends"
            | "change"
            | "changes"
            // "the 2027 slate (titles recorded from 2027-01-04)" (a review of honest evidence).
            | "slate"
            | "recorded"
            | "revalidation"
            | "reassessment"
            | "until"
            | "till"
            | "through"
            | "thru"
            | "valid"
            | "validity"
            | "expires"
            | "expiry"
            | "expiring"
            | "expiration"
            | "exp"
            | "sunset"
            | "term"
            | "effective"
            | "force"
            | "data"
            | "dataset"
            | "records"
            | "logs"
            | "sample"
            | "snapshot"
            | "cutoff"
            | "cut-off"
            | "not"
            | "never"
            // Someone else's start: "(deputy: Maria Costa, starting 2027)".
            | "deputy"
            | "deputies"
            | "backup"
            | "alternate"
            | "successor"
            | "joining"
            | "joins"
            // The next cycle: "The annual refresh starts in November 2027".
            | "refresh"
            | "annual"
            | "annually"
            | "yearly"
            | "again"
            | "repeat"
            | "repeated"
            | "every"
            | "cycle"
    )
}

/// The months of a cycle of approval or review that `text` gives beside its last one ("reviewed
/// annually, last approved on ...", "re-approved every two years; last signed off ..."), or
/// `None` where it names no last one or no cycle.
fn cycle_beside_the_last(text: &str) -> Option<u32> {
    if !text.contains("last") && !text.contains("Last") && !text.contains("LAST") {
        return None;
    }
    let spaced = spaced_words(text);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let last_approval = words.iter().enumerate().any(|(i, w)| {
        *w == "last"
            && words.get(i + 1..i + 4).unwrap_or_default().iter().any(|n| {
                [
                    "approv", "review", "renew", "sign", "validat", "certif", "audit", "ratif",
                ]
                .iter()
                .any(|k| n.starts_with(k))
            })
    });
    if !last_approval {
        return None;
    }
    let has = |p: &str| spaced.contains(&format!(" {p} "));
    if [
        "annually",
        "yearly",
        "every year",
        "each year",
        "once a year",
        "annual review",
    ]
    .iter()
    .any(|p| has(p))
    {
        return Some(12);
    }
    if [
        "semi annually",
        "twice a year",
        "half yearly",
        "every six months",
    ]
    .iter()
    .any(|p| has(p))
    {
        return Some(6);
    }
    if has("quarterly") || has("every quarter") {
        return Some(3);
    }
    // "every 2 years", "every two years", "every 18 months".
    words.iter().enumerate().find_map(|(i, w)| {
        if *w != "every" {
            return None;
        }
        let n = words.get(i + 1)?;
        let n = count_in_words(n)?;
        match *words.get(i + 2)? {
            "year" | "years" => Some(n.saturating_mul(12)),
            "month" | "months" => Some(n),
            _ => None,
        }
        .filter(|m| (1..=120).contains(m))
    })
}

/// The length of a term the clause gives, in months: "for a term of three years", "valid for
/// 24 months", "a licence period of 5 years". Only after a word that names a term of validity,
/// so "tested on three years of data" is none.
fn term_of(words: &[&str]) -> Option<u32> {
    // "a one-year validity", "a 12-month term": the parts of a joined word read as words.
    let split: Vec<&str>;
    let joined_word = |w: &&str| w.contains('-') && w.chars().any(char::is_alphabetic);
    let words = if words.iter().any(joined_word) {
        split = words
            .iter()
            .flat_map(|w| {
                let parts: Vec<&str> = if joined_word(w) {
                    w.split('-').collect()
                } else {
                    vec![*w]
                };
                parts
            })
            .collect();
        &split[..]
    } else {
        words
    };
    const TERM: &[&str] = &[
        "term",
        "period",
        "valid",
        // "good for 12 months" (a twenty-second review), and in other languages ("gültig für 12
        // Monate", "valable 12 mois": a hardening review).
        "good",
        "gültig",
        "gueltig",
        "gültigkeit",
        "valable",
        "validité",
        "válido",
        "valido",
        "válida",
        "valida",
        "validez",
        "validità",
        "geldig",
        "laufzeit",
        "有効期間",
        "有效期",
        "有效期为",
        "유효기간",
        "validity",
        "licence",
        "license",
        "contract",
        "agreement",
    ];
    words.iter().enumerate().find_map(|(i, w)| {
        // "valid for a year" (a review of honest teams saw it never lapse).
        let n = if *w == "a" {
            Some(1)
        } else {
            count_in_words(w)
        }?;
        // In months; weeks and days rounded down, so the term never ends later than it says
        // ("365 days", "52 weeks": a hardening review).
        let months = match words.get(i + 1).copied() {
            Some(
                "year" | "years" | "yr" | "yrs" | "jahr" | "jahre" | "jahren" | "an" | "ans"
                | "año" | "años" | "anno" | "anni" | "jaar" | "jaren" | "ano" | "anos" | "年"
                | "년",
            ) => n.saturating_mul(12),
            Some(
                "month" | "months" | "mo" | "mos" | "monat" | "monate" | "monaten" | "mois" | "mes"
                | "meses" | "mese" | "mesi" | "maand" | "maanden" | "か月" | "ヶ月" | "カ月"
                | "个月" | "個月" | "개월",
            ) => n,
            Some("week" | "weeks" | "wochen" | "semaines" | "semanas" | "settimane" | "weken") => {
                n.saturating_mul(7) / 30
            }
            Some(
                "day" | "days" | "tage" | "tagen" | "jours" | "días" | "dias" | "giorni" | "dagen",
            ) => n / 30,
            _ => return None,
        };
        if months > 1200 {
            return None;
        }
        let before = words.get(i.saturating_sub(4)..i).unwrap_or_default();
        // "expires after one year", "lapses after 24 months".
        let lapses_after = before.len() >= 2
            && before.last() == Some(&"after")
            && before
                .get(before.len() - 2)
                .is_some_and(|w| matches!(*w, "expires" | "expire" | "lapses" | "ends"));
        if lapses_after {
            return Some(months);
        }
        // "valid 12 months from approval" (a hostile review) joins them as "for" does.
        let joined_by = before.last().is_some_and(|b| {
            matches!(
                *b,
                "of" | "for"
                    | "valid"
                    | "validity"
                    | "für"
                    | "pour"
                    | "por"
                    | "per"
                    | "voor"
                    | "durante"
                    | "gültig"
                    | "gueltig"
                    | "valable"
                    | "válido"
                    | "valido"
                    | "válida"
                    | "valida"
                    | "geldig"
                    | "laufzeit"
                    | "有効期間"
                    | "有效期"
                    | "有效期为"
                    | "유효기간"
            )
        });
        // "approved 2024-01-01 for 12 months": a term right after the day it was made.
        // Not "tested 2024-02-01 for 3 years of data".
        let after_date = before.len() >= 2
            && before.last() == Some(&"for")
            && before.get(before.len() - 2).is_some_and(|d| is_date(d))
            && words.get(i + 2).is_none_or(|w| *w != "of");
        // "a one-year validity", "a 12-month term": the term word right after its length.
        let term_after = words
            .get(i + 2)
            .is_some_and(|t| matches!(*t, "validity" | "term" | "licence" | "license"));
        ((joined_by && before.iter().any(|b| TERM.contains(b))) || after_date || term_after)
            .then_some(months)
    })
}

/// Numbers in German, French, Spanish, Italian, Dutch and Portuguese, and Chinese and Japanese
/// numerals, where they differ from the English read already.
/// A count of up to 999 as a term or a cycle gives it: in digits, or a word from one to twelve,
/// in English or another language ("drei Jahre", "trois ans", "dos años": a hostile review).
fn count_in_words(w: &str) -> Option<u32> {
    const NUMBERS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    w.parse::<u32>()
        .ok()
        .filter(|n| *n <= 999)
        .or_else(|| {
            NUMBERS
                .iter()
                .position(|x| *x == w)
                .and_then(|k| u32::try_from(k + 1).ok())
        })
        .or_else(|| {
            FOREIGN_NUMBERS
                .iter()
                .find(|(name, _)| *name == w)
                .map(|(_, n)| *n)
        })
}

const FOREIGN_NUMBERS: &[(&str, u32)] = &[
    ("ein", 1),
    ("eins", 1),
    ("einen", 1),
    ("un", 1),
    ("une", 1),
    ("uno", 1),
    ("una", 1),
    ("één", 1),
    ("een", 1),
    ("um", 1),
    ("zwei", 2),
    ("deux", 2),
    ("dos", 2),
    ("due", 2),
    ("twee", 2),
    ("dois", 2),
    ("duas", 2),
    ("drei", 3),
    ("trois", 3),
    ("tres", 3),
    ("tre", 3),
    ("drie", 3),
    ("três", 3),
    ("vier", 4),
    ("quatre", 4),
    ("cuatro", 4),
    ("quattro", 4),
    ("quatro", 4),
    ("fünf", 5),
    ("cinq", 5),
    ("cinco", 5),
    ("cinque", 5),
    ("vijf", 5),
    ("sechs", 6),
    ("six", 6),
    ("seis", 6),
    ("sei", 6),
    ("zes", 6),
    ("zwölf", 12),
    ("douze", 12),
    ("doce", 12),
    ("dodici", 12),
    ("twaalf", 12),
    ("doze", 12),
    ("一", 1),
    ("二", 2),
    ("两", 2),
    ("三", 3),
    ("四", 4),
    ("五", 5),
    ("六", 6),
];

/// The YYYY-MM-DD date `months` months after `date`, on the last day of the month where the
/// day does not exist there (a term from 31 January).
fn months_after(date: &str, months: u32) -> Option<String> {
    let y: u32 = date.get(0..4)?.parse().ok()?;
    let m: u32 = date.get(5..7)?.parse().ok()?;
    let d: u32 = date.get(8..10)?.parse().ok()?;
    let total = y * 12 + m.checked_sub(1)? + months;
    let (y, m) = (total / 12, total % 12 + 1);
    Some(format!("{y:04}-{m:02}-{:02}", d.min(last_day(y, m))))
}

/// Words that say what happened on the date after them: the work was done then.
const MADE: &[&str] = &[
    // A start: "Andre Wilson, CRO (starting 2027-02-01)" names an owner only from then (a review
    // of owner names saw one still to start read as in place).
    "starting",
    "starts",
    "start",
    "commences",
    "commencing",
    "joining",
    "joins",
    "approved",
    "approval",
    "signed",
    "completed",
    "done",
    "dated",
    "performed",
    "conducted",
    "carried",
    "ran",
    // "Hazard analysis HA-3 run on 2026-05-02" (a review of honest evidence saw it refused
    // beside "next run is scheduled for 2027-05").
    "run",
    "executed",
    "assessed",
    "evaluated",
    "analysed",
    "analyzed",
    "tested",
    "reviewed",
    "validated",
    "issued",
    "published",
    "finished",
    "held",
    "agreed",
    "audited",
    "passed",
    "written",
    "accepted",
    "ratified",
    "authorised",
    "authorized",
    "certified",
    "finalised",
    "finalized",
    // "Ethics board sign-off: 2027-03-01" (a review saw it count as done), and "sign off".
    "sign-off",
    "off",
    "endorsed",
    "adopted",
    // "see the committee's minutes of 2027-01-14": the record of a meeting held that day (a
    // hostile review cited minutes dated next month as evidence). Not "meeting" alone before
    // a date: "re-presented at the meeting in January (2027-01-12)" is to come.
    "minutes",
    "signoff",
    "signed-off",
    // Approved in other languages ("genehmigt am 2024-11-18, gültig für 12 Monate": a hardening
    // review).
    "genehmigt",
    "freigegeben",
    "unterzeichnet",
    "erteilt",
    "freigabe",
    "genehmigung",
    "approuvé",
    "approuvée",
    "validé",
    "validée",
    "signé",
    "signée",
    "aprobado",
    "aprobada",
    "firmado",
    "firmada",
    "approvato",
    "approvata",
    "firmato",
    "goedgekeurd",
    "ondertekend",
    "aprovado",
    "aprovada",
    "assinado",
    // Done, in the same languages ("la validación se completó el 2024-11-20", "wurde am
    // 2024-11-20 abgeschlossen": a review of honest summaries beside a later round to come).
    "completó",
    "completada",
    "completado",
    "realizada",
    "realizado",
    "realizadas",
    "realizados",
    "abgeschlossen",
    "durchgeführt",
    "réalisée",
    "réalisé",
    "réalisées",
    "réalisés",
    "effectuée",
    "effectué",
    "terminée",
    "eseguita",
    "eseguito",
    "completata",
    "effettuata",
    "uitgevoerd",
    "afgerond",
    "concluída",
    "concluído",
    // Plurals ("un dossier de sécurité et son registre des dangers, approuvés le ..."), and
    // other words for a finished report (a review of honest teams).
    "approuvés",
    "approuvées",
    "validés",
    "validées",
    "signés",
    "signées",
    "achevé",
    "achevée",
    "achevés",
    "achevées",
    "terminé",
    "terminés",
    "terminées",
    "aprobados",
    "aprobadas",
    "firmados",
    "firmadas",
    "validado",
    "validada",
    "validados",
    "validadas",
    "emitido",
    "emitida",
    "terminado",
    "terminada",
    "elaborado",
    "elaborada",
    "approvati",
    "approvate",
    "aprovados",
    "aprovadas",
    "erstellt",
    "geprüft",
    "beendet",
    "abgenommen",
    // "renewed by the committee on 2026-02-20" (a review of honest evidence).
    "renewed",
    "re-approved",
    "re-certified",
    "revalidated",
    "re-validated",
    "reapproved",
    "recertified",
];

/// In force from a day: "in force since 2025-12-02", "effective from", "introduced on",
/// "launched", "live since" (a review of honest teams saw a next review beside them refuse the
/// evidence). Read as [`MADE`] is in the evidence's first clause only: further on they are as
/// often about something else ("...; lending policy CP-9 effective 2027-01-01 for the next
/// release", a review of honest evidence).
const IN_FORCE: &[&str] = &[
    // "Risk assessment: in place since 2027-02-01" (a compliance review saw a day to come read
    // as in place today), "in use since".
    "place",
    "use",
    "operational",
    "active",
    "force",
    "effective",
    "introduced",
    "launched",
    "live",
    "implemented",
    "deployed",
];

/// Words after which a date is when something lapses or runs to ("valid until December 2026").
const DATE_ENDS: &[&str] = &[
    "until", "till", "through", "thru", "expires", "expire", "expiry", "expiring", "lapses", "ends",
];

/// The year, first month and last month of a quarter or half of year `y` written "q1".."q4",
/// "h1" or "h2" (lower case).
fn quarter_or_half(part: &str, y: u32) -> Option<(u32, u32, u32)> {
    match part {
        "q1" | "q2" | "q3" | "q4" => part
            .get(1..)
            .and_then(|q| q.parse::<u32>().ok())
            .map(|q| (y, 3 * q - 2, 3 * q)),
        "h1" => Some((y, 1, 6)),
        "h2" => Some((y, 7, 12)),
        _ => None,
    }
}

/// The last day of month `m` of year `y`.
fn last_day(y: u32, m: u32) -> u32 {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// [`dates_in`] for the words of one clause: a date counts when one of the fourteen words before
/// it says what happened on it.
/// Whether a clause's words set a condition: "on condition that", "conditional on", "provided
/// the retest passes", "subject to"; not "with no conditions", nor "provided by Model Risk
/// Management".
fn names_a_condition(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(j, w)| {
        let prev = j.checked_sub(1).and_then(|p| words.get(p));
        let next = words.get(j + 1);
        (matches!(
            *w,
            "condition" | "conditions" | "conditional" | "conditionally"
        ) && !prev.is_some_and(|p| matches!(*p, "no" | "without" | "any")))
            // "contingent on a retest by ...", "dependent on".
            || (matches!(*w, "contingent" | "dependent" | "dependant")
                && matches!(next, Some(&"on" | &"upon")))
            || (matches!(*w, "provided" | "providing")
                && next.is_some_and(|n| !matches!(*n, "by" | "to" | "for" | "in")))
            || (*w == "subject" && next == Some(&"to"))
            // "as long as a retest is done by ...", "so long as", and "if" ("approved 2024-11-18
            // if a retest is completed by ..."): the deadline read with it makes it a
            // condition (a review saw each read in place two years on).
            || (*w == "long"
                && matches!(prev, Some(&"as" | &"so"))
                && next == Some(&"as"))
            // "if" only where work to be done follows it: "if a retest is completed by ...";
            // not "if an applicant was declined before 2023-01-01" (a review saw that lapse).
            || (*w == "if"
                && !prev.is_some_and(|p| matches!(*p, "even" | "as"))
                && words.iter().skip(j + 1).take(6).any(|x| {
                    matches!(
                        *x,
                        "completed" | "done" | "performed" | "carried" | "conducted" | "passed"
                            | "finished" | "delivered" | "retest" | "re-test" | "retested"
                            | "remediated" | "fixed"
                    )
                }))
            // "conditioned on", "requires a retest before ...", "a retest is required by",
            // "must be completed by", "unless a retest is completed by", "approved
            // provisionally" (a review saw each read in place two years on).
            || matches!(
                *w,
                "conditioned" | "requires" | "required" | "require" | "must" | "unless"
                    | "provisional" | "provisionally" | "pending"
            )
            // "the committee asked for a retest before ...".
            || (*w == "asked" && next == Some(&"for"))
    })
}

/// Whether `lower` answers "was it done?" with a bare no after a word of completion, a date
/// or "on" between: "retest complete (2025-05-20): no", "completed on 2025-05-20? No." (a
/// review saw each read as met). "Completed 2025-05-20, no issues found" is no denial: the
/// "no" ends nothing.
fn answered_no(lower: &str) -> bool {
    fn bare(t: &str) -> &str {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
    }
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    tokens.iter().enumerate().any(|(i, t)| {
        matches!(
            bare(t),
            "complete"
                | "completed"
                | "done"
                | "met"
                | "performed"
                | "passed"
                | "finished"
                | "accepted"
                | "approved"
                | "concluded"
        ) && tokens
            .iter()
            .skip(i + 1)
            .find(|n| {
                let b = bare(n);
                !(b.is_empty() || b == "on" || is_date(b))
            })
            .is_some_and(|n| {
                let last = tokens.last().is_some_and(|l| std::ptr::eq(*l, *n));
                let ends = n.ends_with(|c: char| !c.is_alphanumeric()) || last;
                // "no", "false", "pending", "TBD", "N/A" ending a clause; "not yet" (a review
                // saw each read as met).
                (matches!(
                    bare(n),
                    "no" | "not" | "never" | "none" | "false" | "pending" | "tbd" | "n/a" | "open"
                ) && ends)
                    || (bare(n) == "not"
                        && tokens
                            .iter()
                            .skip_while(|t| !std::ptr::eq(**t, *n))
                            .nth(1)
                            .is_some_and(|t| bare(t) == "yet"))
            })
    })
}

/// Whether the words before a date (`before`, within its clause) make it a deadline: "by",
/// "before", "no later than", "due", "deadline". "Before" after a word of data or of what
/// came in ("loans booked before 2020-01-01") is a threshold, not a deadline.
fn deadline_words(before: &[&str]) -> bool {
    match before {
        [.., "by"]
        | [.., "later", "than"]
        | [.., "due"]
        | [.., "deadline"]
        | [.., "prior", "to"]
        | [.., "ahead", "of"]
        | [.., "latest", "on"]
        | [.., "latest"]
        | [.., "target"]
        | [.., "target", "date"]
        | [.., "eta"]
        // "by (the) end of June 2025", "in Q2 2025", "during 2025": a period named as a
        // deadline, read at the day the period's date stands for.
        | [.., "by" | "before", "end", "of"]
        | [.., "by" | "before", "the", "end", "of"]
        | [.., "in" | "during"] => true,
        [rest @ .., "before"] => !rest.iter().rev().take(3).any(|w| {
            matches!(
                *w,
                "data"
                    | "records"
                    | "loans"
                    | "applications"
                    | "booked"
                    | "collected"
                    | "recorded"
                    | "received"
                    | "submitted"
                    | "opened"
                    | "issued"
                    | "dated"
                    | "made"
                    | "filed"
            )
        }),
        _ => false,
    }
}

/// Whether a clause's words ending in a deadline (`before`) name one piece of follow-up work
/// due then: "fairness retest due 2025-06-30". Met once the text says it was done, as a
/// condition is.
fn follow_up_due(before: &[&str]) -> bool {
    // "retest due 2025-06-30", "due by", "due on".
    let at = match before {
        [.., "due" | "deadline"] => 1,
        [.., "due" | "deadline", "by" | "on"] => 2,
        _ => return false,
    };
    before.iter().rev().skip(at).take(3).any(|w| {
        matches!(
            *w,
            "retest"
                | "re-test"
                | "retesting"
                | "re-testing"
                | "recheck"
                | "re-check"
                | "reaudit"
                | "re-audit"
                | "follow-up"
                | "remediation"
        )
    })
}

/// Whether `date` stands in `words` (a clause) as the day a condition of the approval falls
/// due: after a deadline word ("by", "before", "no later than"), in a clause that sets a
/// condition, or as the day follow-up work falls due ("retest due ...").
fn due_by_a_condition(words: &[&str], date: &str) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        *w == date
            && words.get(..i).is_some_and(|before| {
                let near = before
                    .get(before.len().saturating_sub(14)..)
                    .unwrap_or_default();
                (deadline_words(before) && names_a_condition(near)) || follow_up_due(before)
            })
    })
}

fn note_dates(words: &[&str], out: &mut DatesIn, first: bool, conditions_met: bool) {
    // A date it lapses on: these alone, or "until", "through", "to" after "valid" or "in force"
    // ("valid until 2025-06-30"). "until" alone is as often a span of data ("records until
    // 2023-12-31"), which is no expiry (a review of honest evidence).
    const ENDS: &[&str] = &[
        "expires",
        "expired",
        "expiry",
        "expiring",
        "lapses",
        "lapsed",
        "revoked",
        "withdrawn",
        // A hostile review's "sunset 2025-10-14", and expiries in other languages ("caduca",
        // "scade", "Ablaufdatum").
        "sunset",
        "sunsets",
        "caduca",
        "caducidad",
        "scade",
        "scadenza",
        "ablaufdatum",
        "expiration",
        // "exp. 2025-11-30".
        "exp",
        // Expiry verbs in German, French, Spanish, Portuguese and Dutch ("läuft am 10.01.2024
        // ab", "expire le", "vence el", "verloopt op": a sixth hostile review).
        "expire",
        "läuft",
        "lief",
        "échue",
        "échu",
        "vence",
        "venció",
        "caducó",
        "verloopt",
        "verliep",
        // "有効期限 2025-11-18" (a twenty-second review), and expiry in Chinese and Korean.
        "有効期限",
        "有效期",
        "有效期至",
        "失效",
        "到期",
        "만료",
        "만료일",
    ];
    // A dash between two dates: "licence period 2021-02-01 - 2024-01-31" (a review: a licence
    // whose period had ended read in place); an en dash is no word, so the dates stand side by
    // side, and the first counts as the dash.
    // In German and French too ("gültig bis", "valable jusqu'au", its apostrophe a break;
    // "du ... au"), and only after a word of validity, as "until" is: "Pilotbetrieb vom
    // 01.03.2025 bis 30.09.2025" is a span of work, not an expiry (a review of honest evidence).
    const SPAN: &[&str] = &[
        "until", "through", "thru", "till", "to", "up", "-", "ended", "ends", "bis", "jusqu", "au",
        // Spanish, Dutch and Italian (a hostile review): "válido hasta", "geldig tot",
        // "valido fino al".
        "hasta", "tot", "fino", "al",
        // Portuguese: "válida até 30/11/2027" (a review of honest evidence).
        "até", "ate",
    ];
    // "term until", "runs to", "licence through": a span of validity too (a review of honest
    // evidence: "signed 2024-03-04, term until 2029-03-03" read as signed in 2029).
    const VALID: &[&str] = &[
        "valid",
        "gilt",
        "good",
        "force",
        "effective",
        "validity",
        "term",
        "runs",
        "run",
        "licence",
        "license",
        "agreement",
        "contract",
        "gültig",
        "gueltig",
        "befristet",
        "laufzeit",
        "valable",
        "valide",
        "validité",
        "validite",
        "válido",
        "valido",
        "válida",
        "valida",
        "vigente",
        "geldig",
    ];
    // Between the word and the date, these make it a date still to come ("approved for go-live
    // on 2027-01-15", "completed for the 2027-01-01 release"); before the word, a thing to be
    // done ("to be signed 2027-10-15").
    const AHEAD: &[&str] = &[
        "expected",
        "for",
        "ahead",
        "next",
        "due",
        "deadline",
        "target",
        "planned",
        "scheduled",
        "before",
        // "approved 2025-05-02, to be repeated in Q2 2027" (a review of honest evidence read
        // the repeat as the day it was done).
        // "Reviewed 2023-01-05 and again on 2024-06-30" was done twice: "again" alone is not
        // ahead.
        "be",
        "renewal",
    ];
    // What a span of data covers, not a term: "the training data runs until 2025-06-30".
    const DATA_WORDS: &[&str] = &[
        "data", "dataset", "datasets", "records", "logs", "sample", "history", "series",
    ];
    // A clause about an earlier document ("superseding CI-SC-2019-01, which was valid until
    // 2020-10-15") says nothing of this one's expiry.
    // Nor does one about something else that lapses: an old or temporary thing, a waiver, a
    // moratorium, an offer (a review of honest evidence: "the temporary waiver WV-17 expired
    // 2025-04-30", "the old scorecard's approval expired").
    // "Conditional on" sets this approval's condition (read below), not another thing's.
    let earlier = words.iter().enumerate().any(|(i, w)| {
        w.starts_with("supersed")
            || w.starts_with("replac")
            || matches!(
                *w,
                "previous"
                    | "earlier"
                    | "former"
                    | "old"
                    | "legacy"
                    | "retired"
                    | "temporary"
                    | "waiver"
                    | "moratorium"
                    | "promotional"
                    | "promo"
            )
            // "prior to 2025-06-30" is a deadline, not an earlier document.
            || (*w == "prior" && words.get(i + 1) != Some(&"to"))
            || (*w == "conditional" && !matches!(words.get(i + 1), Some(&"on" | &"upon")))
    });
    // A meeting dates work only where nothing in the clause looks ahead: "the next review at the
    // MRC meeting on 2027-01-14", "on the agenda of the meeting on ...", "the minutes of the
    // 2027-01-14 meeting will record its re-approval" are to come (a review of honest evidence).
    let looks_ahead = words.iter().any(|w| {
        AHEAD.contains(w)
            || matches!(
                *w,
                "agenda"
                    | "will"
                    | "upcoming"
                    | "review"
                    | "reapproval"
                    | "re-approval"
                    | "until"
                    | "live"
                    | "from"
            )
    });
    for (i, w) in words.iter().enumerate() {
        if !is_date(w) {
            continue;
        }
        // Fourteen words: "approved by the Model Risk Committee of Meridian Community Bank on
        // 2027-03-15" (a review: a date ten words on was not tied to its approval).
        let before = words.get(i.saturating_sub(14)..i).unwrap_or_default();
        let date = (*w).to_string();
        // Chinese, Japanese and Korean approval words, a suffix joined ("承認日", "批准日期").
        let made_at = before.iter().rposition(|b| {
            (MADE.contains(b)
                // A start said of someone else: "(deputy: Maria Costa, starting 2027)".
                && !(matches!(*b, "starting" | "starts" | "commencing" | "joining" | "joins")
                    && words.iter().any(|w| {
                        matches!(
                            *w,
                            "deputy" | "deputies" | "backup" | "alternate" | "successor"
                        )
                    })))
                || (first && IN_FORCE.contains(b))
                || (!b.is_ascii()
                    && CJK_APPROVED
                        .iter()
                        .chain(&["実施日", "完了日"])
                        .any(|m| b.starts_with(m)))
        });
        // A word that says it lapses, unless a word that says the work was done stands nearer
        // the date ("Sunset of the old engine: completed 2025-09-30") or the date is a
        // threshold ("cards that expired before 2025-01-01 are declined"): reviews of honest
        // evidence.
        // In Chinese, Japanese and Korean a particle joins the word ("有効期限は").
        let ends_at = before.iter().rposition(|b| {
            ENDS.contains(b)
                || (!b.is_ascii()
                    && ["有効期限", "有效期", "失效", "到期", "만료"]
                        .iter()
                        .any(|e| b.starts_with(e)))
        });
        let lapse = ends_at.is_some_and(|e| {
            made_at.is_none_or(|m| m < e) && before.get(e + 1) != Some(&"before")
        })
            // The word after the date: "ist am 10.01.2024 abgelaufen", "2024年1月10日到期",
            // "2024년 1월 10일 만료" (a sixth hostile review).
            || words
                .iter()
                .skip(i + 1)
                .take(2)
                .take_while(|w| !is_date(w))
                .any(|w| {
                    matches!(*w, "abgelaufen" | "verlopen" | "expiré" | "expirée")
                        || (!w.is_ascii()
                            && ["到期", "失效", "期限切れ", "만료"]
                                .iter()
                                .any(|m| w.contains(m)))
                })
            // "must be renewed by 2025-10-14", "renewal due 2025-10-14", "ran out on
            // 2025-01-10", "no longer valid after 2025-01-10": it held until then (hostile
            // reviews). Right before the date: "renewed by the committee on 2026-02-20" was
            // renewed then (a review of honest evidence).
            || before
                .get(before.len().saturating_sub(3)..)
                .unwrap_or_default()
                .windows(2)
                .any(|p| {
                    matches!(
                        p,
                        ["renewed" | "renew" | "renewal" | "reapproved" | "recertified", "by"]
                            | [
                                "renewal"
                                    | "reapproval"
                                    | "re-approval"
                                    | "recertification"
                                    | "re-certification"
                                    | "revalidation"
                                    | "reassessment"
                                    | "review"
                                    | "audit",
                                "due"
                            ]
                            | ["ran", "out"]
                    )
                })
            // "next review was due 2024-11-18", "to be reviewed by 2024-06-01": a hostile
            // review's lapsed cycles, which read as current three years on.
            || {
                let tail = before
                    .get(before.len().saturating_sub(4)..)
                    .unwrap_or_default();
                (tail.last() == Some(&"due")
                    && tail.iter().any(|w| {
                        matches!(
                            *w,
                            "review" | "renewal" | "reapproval" | "re-approval" | "revalidation"
                                | "reassessment" | "recertification" | "re-review"
                        )
                    }))
                    // Unless the text says it was done: "must be revalidated within 12 months
                    // ...; revalidation completed 2025-10-30".
                    || (!conditions_met
                        && (tail.ends_with(&["be", "reviewed", "by"])
                            || tail.ends_with(&["be", "renewed", "by"])
                            || tail.ends_with(&["be", "revalidated", "by"])
                            || tail.ends_with(&["be", "reapproved", "by"])
                            || tail.ends_with(&["be", "re-approved", "by"])))
            }
            // "end of validity 2025-11-18" (a twenty-second review).
            || before.windows(3).any(|p| {
                matches!(
                    p,
                    [
                        "end",
                        "of",
                        "validity" | "term" | "licence" | "license" | "contract" | "approval"
                    ]
                )
            })
            || before.windows(3).any(|p| matches!(p, ["longer", "valid", "after"]))
            // "approved on 2024-11-18 on condition that the fair-lending retest is completed by
            // 2025-03-31": the approval holds until the condition's day, unless the text says
            // the condition was met (a hostile review's conditional approval read in place two
            // years on).
            // The condition set before the date: "approved in Q4 2025, subject to annual
            // review" dates the approval, and sets no deadline (a review of this reading).
            || (!conditions_met
                && ((deadline_words(before) && names_a_condition(before))
                    || follow_up_due(before)))
            || before.iter().enumerate().any(|(k, b)| {
                (SPAN.contains(b) || (k + 1 == before.len() && is_date(b)))
                    // Not where a word that dates the work stands nearer the date: "MRM-031
                    // runs to 40 pages and was approved on 2024-11-18" (a review of honest
                    // evidence read the approval as the day it lapsed).
                    && made_at.is_none_or(|m| m < k)
                    // Nor a span that "on" then closes before the date: "(our fiscal year runs
                    // April to March) on 2026-06-10".
                    && !before
                        .get(k + 1..)
                        .is_some_and(|b| b.iter().any(|w| matches!(*w, "on" | "am")))
                    && before.get(k.saturating_sub(3)..k).is_some_and(|v| {
                        v.iter().enumerate().any(|(m, x)| {
                            // "approval period 2023-06-01 to 2025-05-31" ends with the period;
                            // a period of data or of work ("from the period 2021 to 2023")
                            // does not (a hostile review's lapsed approval read in place).
                            let at = k.saturating_sub(3) + m;
                            let period_of_validity = *x == "period"
                                // The last period named stands: "approved for the approval
                                // period A to B and renewed for the approval period B to C".
                                && !words.get(i + 1..).is_some_and(|r| r.contains(&"period"))
                                // "loans from the approval period 2019-01-01 to 2020-12-31": a
                                // window of data (a review of honest evidence).
                                && !before.get(..at).is_some_and(|b| {
                                    b.iter().rev().take(3).any(|w| {
                                        matches!(
                                            *w,
                                            "from" | "in" | "during" | "over" | "across" | "within"
                                        )
                                    })
                                })
                                && at
                                    .checked_sub(1)
                                    .and_then(|j| before.get(j))
                                    .is_some_and(|p| {
                                        matches!(
                                            *p,
                                            "approval"
                                                | "licence"
                                                | "license"
                                                | "validity"
                                                | "consent"
                                                | "contract"
                                                | "certification"
                                                | "certificate"
                                                | "authorisation"
                                                | "authorization"
                                        )
                                    });
                            // "Red-team report SEC-RT-2026-09, run 2026-09-15 to 2026-09-26":
                            // the days the work was run over, not a term ("runs to", "run
                            // until" still are): a review of honest files.
                            let run_over_days = *x == "run"
                                && before.get(at + 1..).is_some_and(|r| match r {
                                    ["from" | "between", d, ..] | [d, ..] => is_date(d),
                                    [] => false,
                                });
                            period_of_validity
                                || VALID.contains(x)
                                // Data that "runs until" a day is its coverage, not a term (a
                                // review of honest evidence).
                                && !(matches!(*x, "runs" | "run")
                                    && v.get(..m).is_some_and(|p| {
                                        p.iter().any(|d| DATA_WORDS.contains(d))
                                    }))
                                && !run_over_days
                        })
                    })
            });
        // A date right after "until", "through" or "to" is the end of a span, never the day
        // the work was done, whatever came before it.
        let spanned = before
            .iter()
            .rev()
            .take(2)
            .any(|b| matches!(*b, "until" | "till" | "through" | "thru" | "to"));
        if lapse {
            if !earlier && out.expires.as_ref().is_none_or(|e| date < *e) {
                out.expires = Some(date);
            }
        } else if let Some(k) = made_at.filter(|_| !spanned) {
            let between = before.get(k + 1..).unwrap_or_default();
            // A date followed by "next review" or "due" is one to come, whatever came before:
            // "completed 2026-09-01 with 2027-03-31 as the next review" was done in 2026 (a
            // review saw it read as a completion still to come).
            // Up to the next date: in "completed 2026-09-01, 2027-03-31 next review" the words
            // after the second date are its own.
            let after: Vec<&str> = words
                .iter()
                .skip(i + 1)
                .take(4)
                .take_while(|w| !is_date(w))
                .copied()
                .collect();
            let next_review = after.windows(2).any(|p| {
                matches!(
                    p,
                    [
                        "next",
                        "review" | "reviewed" | "renewal" | "audit" | "reassessment"
                    ]
                )
            }) || after.first().is_some_and(|w| *w == "due");
            // "within 15 minutes" is a time, not the minutes of a meeting.
            let meeting = matches!(before.get(k), Some(&("meeting" | "minutes")))
                && (looks_ahead
                    || k.checked_sub(1)
                        .and_then(|j| before.get(j))
                        .is_some_and(|p| {
                            p.bytes().all(|b| b.is_ascii_digit())
                                || matches!(*p, "within" | "few" | "several" | "ten" | "five")
                        }));
            // The start of the next round of the work, not the work: "approved 2024-11-18. The
            // annual refresh starts in November 2027" (a review of the new readings).
            let next_round = matches!(
                before.get(k),
                Some(&("starts" | "starting" | "start" | "commences" | "begins"))
            ) && before.get(k.saturating_sub(3)..k).is_some_and(|v| {
                v.iter().any(|x| {
                    matches!(
                        *x,
                        "refresh"
                            | "review"
                            | "reassessment"
                            | "renewal"
                            | "revalidation"
                            | "retest"
                            | "recertification"
                            | "update"
                    )
                })
            });
            let ahead = next_review
                || meeting
                || next_round
                || between.iter().any(|b| AHEAD.contains(b))
                || before
                    .get(k.saturating_sub(2)..k)
                    .is_some_and(|v| v.iter().any(|x| matches!(*x, "be" | "will" | "next")));
            if !ahead && out.made.as_ref().is_none_or(|m| date > *m) {
                out.made = Some(date);
            }
        } else if !spanned
            // The verb after the date: "wurde am 18.11.2025 freigegeben", "2025年11月18日承認"
            // (a review of honest evidence). Only in the evidence's own first clause: "Die
            // Migration zum 01.03.2027 ist freigegeben" later on approves something else.
            && first
            // Not a day something is for or from: "for the 2027-01-01 release, approved".
            && !before.iter().rev().take(2).any(|b| {
                matches!(
                    *b,
                    "for" | "from" | "by" | "before" | "zum" | "ab" | "bis" | "für" | "pour"
                        | "para" | "per" | "voor" | "due" | "target" | "next"
                )
            })
            && words
                .iter()
                .skip(i + 1)
                .take(6)
                .take_while(|w| !is_date(w) && !AHEAD.contains(w))
                // "2027年3月1日起", "2027年4月1日から": a day something runs from or to (a
                // review of honest evidence).
                .take_while(|w| {
                    !["起", "から", "以降", "以后", "之后", "부터", "까지", "まで", "前"]
                        .iter()
                        .any(|f| w.starts_with(f))
                })
                .any(|w| {
                    MADE_AFTER.iter().any(|m| {
                        w.starts_with(m)
                            && !(looks_ahead && matches!(*m, "meeting" | "minutes"))
                    }) || (!w.is_ascii()
                            && MADE_AFTER
                                .iter()
                                .chain(CJK_APPROVED)
                                .any(|m| !m.is_ascii() && w.contains(m)))
                })
            && out.made.as_ref().is_none_or(|m| date > *m)
        {
            out.made = Some(date);
        }
    }
}

/// Words right after a date that say the work was done then, where the verb comes last (German,
/// Dutch) or the language puts it after the date (Chinese, Japanese, Korean).
const MADE_AFTER: &[&str] = &[
    // "on 2027-07-30 the committee approved it", "2027-07-30: committee approval" (a sixth
    // hostile review).
    "approved",
    "approval",
    "signed",
    "ratified",
    "endorsed",
    "authorised",
    "authorized",
    // "(Model Risk Committee, January 2027 meeting)", "the 2027-01-14 minutes": a meeting held
    // that day (review Y cited one not yet held).
    "meeting",
    "minutes",
    "verabschiedet",
    "genehmigt",
    "freigegeben",
    "unterzeichnet",
    "verabschiedet",
    "abgenommen",
    "durchgeführt",
    "goedgekeurd",
    "vastgesteld",
    "実施",
    "完了",
    "완료",
];

/// "Approved" in Chinese, Japanese and Korean, as part of a longer word ("承認日", "审批通过"):
/// read before a date, after it ([`MADE_AFTER`]) and as a clause that dates an approval.
const CJK_APPROVED: &[&str] = &[
    "承認",
    "承认",
    "批准",
    "审批通过",
    "審批通過",
    "核准",
    "決裁",
    "결재",
    "승인",
];

/// `text` with its dates written another way rewritten as YYYY-MM-DD: day, month and year
/// numbers between `/` or `.` ("18/11/2024", "18.11.2024"), and English month names ("18
/// November 2024", "Nov 18, 2024"). Where numbers could be either day or month ("05/06/2024")
/// the earlier reading is taken: an expiry read too early is a prompt to check, one read too
/// late is a false "in place". None when there is nothing to rewrite, which is most evidence.
pub(crate) fn iso_dates(text: &str) -> Option<String> {
    iso_dates_read(text, DateReading::Earlier)
}

/// Which reading of a date whose day and month could be either ("05/06/2024") to take.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateReading {
    Earlier,
    Later,
}

/// Months by their names in German, French, Spanish, Italian, Dutch and Portuguese, lowercase,
/// where they differ from the English names read already.
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("janvier", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("januari", 1),
    ("janeiro", 1),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("fevereiro", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("maart", 3),
    ("março", 3),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("mei", 5),
    ("maio", 5),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("septembre", 9),
    ("septiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
];

/// Months cut short in German, French, Spanish, Italian, Dutch and Portuguese, lowercase, where
/// they differ from the English: read only between a day and a year ("30 set 2027"), where
/// none of them is another word.
const FOREIGN_SHORT_MONTHS: &[(&str, u32)] = &[
    ("jän", 1),
    ("janv", 1),
    ("ene", 1),
    ("gen", 1),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("fev", 2),
    ("mär", 3),
    ("mrz", 3),
    ("mrt", 3),
    ("avr", 4),
    ("abr", 4),
    ("mag", 5),
    ("mei", 5),
    ("juin", 6),
    ("giu", 6),
    ("juil", 7),
    ("lug", 7),
    ("ago", 8),
    ("set", 9),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("déc", 12),
    ("dez", 12),
    ("dic", 12),
];

/// The months' names cut to three letters, as the date readers match them.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The number of the month an English word names, in full or cut short ("Sept", "march"),
/// lower case; never another word ("mayor", "decided").
pub(crate) fn english_month(w: &str) -> Option<u32> {
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    let full = FULL.get(i)?;
    (w.len() >= 3 && full.starts_with(w)).then_some(i as u32 + 1)
}

/// [`iso_dates`], taking the `reading` given where day and month could be either.
pub(crate) fn iso_dates_read(text: &str, reading: DateReading) -> Option<String> {
    let b = text.as_bytes();
    // Most evidence holds no date, or only ISO ones: it is scanned once, with no copy (every
    // piece of evidence is read on every evaluation). Worth a closer look: a digit beside `/`
    // or `.` with a digit after it, or a month's name.
    let numeric = b
        .windows(3)
        .any(|w| matches!(w, [d, b'/' | b'.', e] if d.is_ascii_digit() && e.is_ascii_digit()));
    // Only at the start of a word, and only where its first letter could begin a month.
    let named = || {
        b.windows(3).enumerate().any(|(i, w)| {
            (i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_alphabetic))
                && matches!(
                    w.first().map(u8::to_ascii_lowercase),
                    Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd')
                )
                && MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m.as_bytes()))
        })
    };
    // A run of exactly `n` digits, not inside a longer number.
    let digits = |n: usize| {
        b.windows(n).enumerate().any(|(i, w)| {
            w.iter().all(u8::is_ascii_digit)
                && (i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit))
                && !b.get(i + n).is_some_and(u8::is_ascii_digit)
        })
    };
    // A year: four digits not inside a longer number; or a date run together ("20261215").
    let has_year = digits(4);
    // "15/03/27", "3/15/27": a year of two digits after a slash.
    let slashed = || {
        b.windows(3)
            .any(|w| matches!(w, [d, b'/', e] if d.is_ascii_digit() && e.is_ascii_digit()))
    };
    // "15-MAR-27": a year of two digits after a dash, beside a month's name.
    let short_dashed = || {
        b.windows(3).enumerate().any(|(i, w)| {
            matches!(w, [b'-', d, e] if d.is_ascii_digit() && e.is_ascii_digit())
                && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
        }) && named()
    };
    if !has_year && !digits(8) && !slashed() && !short_dashed() {
        return None;
    }
    // A year after a quarter ("Q2 2027") or after a word that dates work ("approved 2027"): a
    // review saw evidence approved next year count as done today.
    let year_words = || {
        let lower = text.to_ascii_lowercase();
        lower.contains("q1 ")
            || lower.contains("q2 ")
            || lower.contains("q3 ")
            || lower.contains("q4 ")
            || lower.contains("h1 ")
            || lower.contains("h2 ")
            || MADE.iter().any(|m| lower.contains(m))
            || DATE_ENDS.iter().any(|m| lower.contains(m))
    };
    // A year standing alone as a word, not the start of an ISO date: most evidence dates itself
    // YYYY-MM-DD, and is not copied and split for a year it does not hold (issue 7).
    let bare_year = b.windows(4).enumerate().any(|(i, w)| {
        w.iter().all(u8::is_ascii_digit)
            && (i == 0
                || !b
                    .get(i - 1)
                    .is_some_and(|c| c.is_ascii_digit() || *c == b'-'))
            && !b
                .get(i + 4)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'-')
    });
    // A year and a month, "2027-03", not the start of a full date.
    let year_month = b.windows(7).enumerate().any(|(i, w)| {
        w.get(..4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && w.get(4) == Some(&b'-')
            && w.get(5..7)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && (i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit))
            && !b
                .get(i + 7)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'-')
    });
    // A quarter or half joined to its year ("Q2/2027", "2027-Q2", "H1-2027"), or a date
    // written day first with dashes ("15-03-2027").
    let joined = || {
        b.windows(3).any(|w| {
            matches!(
                w,
                [b'q' | b'Q' | b'h' | b'H', b'1'..=b'4', b'-' | b'/'] | [b'-', b'q' | b'Q' | b'h' | b'H', b'1'..=b'4']
            )
        }) || b.windows(4).enumerate().any(|(i, w)| {
            matches!(w, [d, b'-', e, f] if d.is_ascii_digit() && e.is_ascii_digit() && f.is_ascii_digit())
                && b.get(i + 4).is_some_and(u8::is_ascii_digit)
                && b.get(i + 5).is_some_and(u8::is_ascii_digit)
                && !b.get(i + 6).is_some_and(|c| c.is_ascii_digit() || *c == b'-')
                && !b.get(i.saturating_sub(4)..i).is_some_and(|p| p.iter().all(u8::is_ascii_digit) && i >= 4)
        })
    };
    // "2027-3-15" (no zeros) and "2027-03-15T10:00Z" (a time after it).
    let loose_or_timed = || {
        (1..b.len()).any(|i| {
            let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
            let at = b.get(i).copied();
            (matches!(at, Some(b'T' | b't')) && digit(i - 1) && digit(i + 1))
                || (at == Some(b'-') && digit(i - 1) && digit(i + 1) && !digit(i + 2))
        })
    };
    if !(numeric
        || named()
        || digits(8)
        || year_month
        || (bare_year && year_words())
        || joined()
        || loose_or_timed()
        || {
            let lower = text.to_lowercase();
            FOREIGN_MONTHS.iter().any(|(name, _)| lower.contains(name))
        })
    {
        return None;
    }
    let month_of = |w: &str| -> Option<u32> {
        // "Mars" with a capital is a name in French, where months are written lower case ("le
        // comité Mars 2030": a review of honest evidence).
        if w.starts_with("Mars") {
            return None;
        }
        let w = w.to_lowercase();
        let w = w.trim_end_matches(['.', ',']);
        // German, French, Spanish, Italian, Dutch and Portuguese months in full ("12. März
        // 2021", "20 de enero de 2027": a hostile review).
        if let Some(m) = FOREIGN_MONTHS
            .iter()
            .find(|(name, _)| *name == w)
            .map(|(_, m)| *m)
        {
            return Some(m);
        }
        english_month(w)
    };
    let day_of = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches([',', '.']);
        let w = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w);
        (1..=2)
            .contains(&w.len())
            .then(|| w.parse::<u32>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let year_of = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches([',', '.', ';', ')', ':']);
        (w.len() == 4)
            .then(|| w.parse::<u32>().ok())
            .flatten()
            .filter(|y| (1900..=2999).contains(y))
    };
    let iso = |y: u32, m: u32, d: u32| format!("{y:04}-{m:02}-{d:02}");
    // Numbers: d/m/yyyy, m/d/yyyy, d.m.yyyy, with the year last.
    let numeric = |w: &str| -> Option<(String, usize)> {
        let core = w.trim_end_matches([',', '.', ';', ')', ':']);
        let sep = if core.contains('/') { '/' } else { '.' };
        let parts: Vec<&str> = core.split(sep).collect();
        let [a, m, y] = parts.as_slice() else {
            return None;
        };
        // Year first: "2026/12/15", "2026.12.15".
        if a.len() == 4 {
            let short = m.len() <= 2 && y.len() <= 2;
            let (year, mo, d): (u32, u32, u32) = (year_of(a)?, m.parse().ok()?, y.parse().ok()?);
            return (short && (1..=12).contains(&mo) && (1..=31).contains(&d))
                .then(|| (iso(year, mo, d), core.len()));
        }
        if a.is_empty() || a.len() > 2 || m.is_empty() || m.len() > 2 {
            return None;
        }
        let (a, m): (u32, u32) = (a.parse().ok()?, m.parse().ok()?);
        // A year of two digits, this century, only after slashes: "1.2.27" is a version.
        let short = || {
            (sep == '/' && y.len() == 2 && y.bytes().all(|c| c.is_ascii_digit()))
                .then(|| y.parse::<u32>().ok().map(|y| 2000 + y))
                .flatten()
        };
        let y = year_of(y).or_else(short)?;
        let (d, mo) = match (a, m) {
            (1..=12, 1..=12) => {
                // Either reading: the one asked for.
                let first = iso(y, m, a);
                let second = iso(y, a, m);
                let date = match reading {
                    DateReading::Earlier => first.min(second),
                    DateReading::Later => first.max(second),
                };
                return Some((date, core.len()));
            }
            (13..=31, 1..=12) => (a, m),
            (1..=12, 13..=31) => (m, a),
            _ => return None,
        };
        Some((iso(y, mo, d), core.len()))
    };
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len() + 16);
    // Each word read goes out as it came or as the date it begins; a space between.
    let mut first = true;
    let mut push = |piece: &str| {
        if !std::mem::take(&mut first) {
            out.push(' ');
        }
        out.push_str(piece);
    };
    let mut changed = false;
    let mut i = 0;
    while let Some(w) = words.get(i) {
        let next = |k: usize| words.get(i + k).copied().unwrap_or_default();
        // Every reading below needs a digit in this word or the next ("March 2027"): the rest
        // go out as they came, without the copies the readings make (issue 7).
        let has_digit = |w: &str| w.bytes().any(|c| c.is_ascii_digit());
        // ("enero de 2027": the year two words on.)
        let year_near = has_digit(w)
            || has_digit(next(1))
            || (matches!(next(1), "de" | "del") && has_digit(next(2)));
        if !year_near {
            push(w);
            i += 1;
            continue;
        }
        if let Some((date, len)) = numeric(w) {
            push(&format!("{date}{}", w.get(len..).unwrap_or_default()));
            changed = true;
            i += 1;
            continue;
        }
        // 20 de enero de 2027, 18 de novembro de 2025
        if let (Some(d), "de", Some(m), "de" | "del", Some(y)) = (
            day_of(w),
            next(1),
            month_of(next(2)),
            next(3),
            year_of(next(4)),
        ) {
            let tail = next(4).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", iso(y, m, d)));
            changed = true;
            i += 5;
            continue;
        }
        // 18 November 2024; "30 juil. 2027", "30 Dez. 2027": a month cut short in another
        // language, only between a day and a year (a sixth hostile review).
        let short_month = |x: &str| {
            let x = x.to_lowercase();
            let x = x.trim_end_matches(['.', ',']);
            FOREIGN_SHORT_MONTHS
                .iter()
                .find(|(name, _)| *name == x)
                .map(|(_, m)| *m)
        };
        // "the 16th of December 2026" (a hostile review saw it, dated tomorrow, count as done).
        if let (Some(d), "of", Some(m), Some(y)) = (
            day_of(w),
            next(1).to_ascii_lowercase().as_str(),
            month_of(next(2)).or_else(|| short_month(next(2))),
            year_of(next(3)),
        ) {
            let tail = next(3).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", iso(y, m, d)));
            changed = true;
            i += 4;
            continue;
        }
        if let (Some(d), Some(m), Some(y)) = (
            day_of(w),
            month_of(next(1)).or_else(|| short_month(next(1))),
            year_of(next(2)),
        ) {
            let tail = next(2).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", iso(y, m, d)));
            changed = true;
            i += 3;
            continue;
        }
        // November 18, 2024
        if let (Some(m), Some(d), Some(y)) = (month_of(w), day_of(next(1)), year_of(next(2))) {
            let tail = next(2).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", iso(y, m, d)));
            changed = true;
            i += 3;
            continue;
        }
        // The word before this one, and the one before that, lowercased without trailing
        // punctuation: what a date written another way says happened on it.
        let before_word = |k: usize| {
            i.checked_sub(k)
                .and_then(|j| words.get(j))
                .map(|p| {
                    p.to_ascii_lowercase()
                        .trim_end_matches([',', ':'])
                        .to_string()
                })
                .unwrap_or_default()
        };
        let dates_work = |k: usize| MADE.contains(&before_word(k).as_str());
        let ends_at = |k: usize| DATE_ENDS.contains(&before_word(k).as_str());
        let on_or_in = |k: usize| matches!(before_word(k).as_str(), "in" | "during" | "on" | "by");
        // A period read as its first day, for the day work was done (so a period under way now
        // is never later than today); as its last day after "until", "expires" and the like (a
        // review of honest evidence: "valid until December 2026" lapsed on its first day).
        // A deadline too: "conditional on a retest by Q4 2026" is met in time until the
        // quarter's last day (a review saw it lapse on its first); not "completed by June
        // 2025", which dates work.
        // "by the end of Q4 2026", "end of December 2026"; and "in Q4 2026" after a condition
        // set ("conditional on a retest in Q4 2026"), not "completed in Q4 2025" (a review saw
        // each lapse on the period's first day).
        let set_before = (2..10).any(|k| {
            let b = before_word(k);
            b.starts_with("condition")
                || matches!(
                    b.as_str(),
                    "subject"
                        | "provided"
                        | "requires"
                        | "required"
                        | "must"
                        | "unless"
                        | "pending"
                        | "contingent"
                )
        }) && !(2..5).any(dates_work);
        let ends = ends_at(1)
            || (on_or_in(1) && ends_at(2))
            || (before_word(1) == "by" && !dates_work(2) && !before_word(2).is_empty())
            || (before_word(1) == "of" && before_word(2) == "end")
            || (matches!(before_word(1).as_str(), "in" | "during") && set_before);
        // "approved by the Director of Resources in 2031": the approver between the word that
        // dates the work and the year (a hostile review saw it count as done today).
        let approver_between =
            |from: usize| (from..from + 8).any(|k| before_word(k) == "by" && dates_work(k + 1));
        // "approved on 2027 01 05": year, month and day between spaces, right after a word that
        // dates work (a hostile review saw it, dated next year, count as done today).
        let small = |x: &str, max: u32| {
            let x = x.trim_end_matches([',', '.', ';', ')', ':']);
            ((1..=2).contains(&x.len()))
                .then(|| x.parse::<u32>().ok())
                .flatten()
                .filter(|n| (1..=max).contains(n))
        };
        if let (Some(y), Some(m), Some(d)) = (year_of(w), small(next(1), 12), small(next(2), 31))
            && (dates_work(1) || ends || (on_or_in(1) && (dates_work(2) || approver_between(2))))
        {
            let tail = next(2).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", iso(y, m, d)));
            changed = true;
            i += 3;
            continue;
        }
        // A date run together: "20261215", in this century, right after a word that dates it
        // or "on" ("approved by the board on 20261215"); "ref 20271130" is a number (a review of
        // honest evidence).
        let core = w.trim_end_matches([',', '.', ';', ')', ':']);
        if core.len() == 8
            && core.bytes().all(|c| c.is_ascii_digit())
            && (dates_work(1) || ends || matches!(before_word(1).as_str(), "on" | "dated"))
        {
            let n = |r: std::ops::Range<usize>| core.get(r).and_then(|d| d.parse::<u32>().ok());
            if let (Some(y @ 2000..=2099), Some(m @ 1..=12), Some(d @ 1..=31)) =
                (n(0..4), n(4..6), n(6..8))
            {
                push(&format!(
                    "{}{}",
                    iso(y, m, d),
                    w.get(8..).unwrap_or_default()
                ));
                changed = true;
                i += 1;
                continue;
            }
        }
        // A month, quarter or half of a year, or a year after a word that dates work or says
        // when it lapses: "March 2027", "Q2 2027", "approved 2027", "valid until 2026" (a review
        // saw evidence approved next year count as done). "may 2024" in lower case is the verb.
        let period = if let Some(y) = year_of(next(1)) {
            let lower = w.to_ascii_lowercase();
            let lower = lower.trim_start_matches('(');
            quarter_or_half(lower, y).or_else(|| {
                (*w != "may")
                    .then(|| month_of(w).map(|m| (y, m, m)))
                    .flatten()
            })
        } else {
            None
        };
        let bound = |(y, first, last): (u32, u32, u32)| {
            if ends {
                iso(y, last, last_day(y, last))
            } else {
                iso(y, first, 1)
            }
        };
        // "15-03-2027": day first, with dashes, read as with slashes. Also year first without
        // the zeros ("2027-3-15"), with a time ("2027-03-15T10:00Z"), or a month's name between
        // ("15-Mar-2027"): a hostile review saw each, dated next year, count as done today.
        let parts: Vec<&str> = core.trim_start_matches('(').split('-').collect();
        let other_dashed = match parts.as_slice() {
            [y, m, rest] if y.len() == 4 && (1..=2).contains(&m.len()) => {
                let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
                let timed = rest
                    .get(day.len()..)
                    .is_some_and(|t| t.starts_with(['T', 't']) && t.len() > 1);
                let loose = (m.len() == 1 || day.len() == 1) && day.len() == rest.len();
                match (year_of(y), m.parse::<u32>().ok(), day.parse::<u32>().ok()) {
                    (Some(y), Some(m @ 1..=12), Some(d @ 1..=31))
                        if (1..=2).contains(&day.len()) && (timed || loose) =>
                    {
                        Some(iso(y, m, d))
                    }
                    _ => None,
                }
            }
            // "15-Mar-2027", "15-MAR-27", "Mar-15-2027": the month named, so a year of two
            // digits is no version number.
            [a, b, y] if ![a, b].iter().all(|p| p.bytes().all(|c| c.is_ascii_digit())) => {
                let y = year_of(y).or_else(|| {
                    (y.len() == 2)
                        .then(|| y.parse::<u32>().ok().map(|y| 2000 + y))
                        .flatten()
                });
                match (day_of(a), month_of(b), month_of(a), day_of(b), y) {
                    (Some(d), Some(m), _, _, Some(y)) | (_, _, Some(m), Some(d), Some(y)) => {
                        Some(iso(y, m, d))
                    }
                    _ => None,
                }
            }
            // "15Mar2027": day, month and year run together.
            [one] => {
                let c = one.trim_start_matches('(');
                let dl = c.bytes().take_while(u8::is_ascii_digit).count();
                let rest = c.get(dl..).unwrap_or_default();
                let ml = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
                match (1..=2).contains(&dl).then(|| {
                    (
                        day_of(c.get(..dl).unwrap_or_default()),
                        month_of(rest.get(..ml).unwrap_or_default()),
                        year_of(rest.get(ml..).unwrap_or_default()),
                    )
                }) {
                    Some((Some(d), Some(m), Some(y))) => Some(iso(y, m, d)),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(date) = other_dashed {
            let lead = if w.starts_with('(') { "(" } else { "" };
            push(&format!(
                "{lead}{date}{}",
                w.get(core.len()..).unwrap_or_default()
            ));
            changed = true;
            i += 1;
            continue;
        }
        if let [d, m, y] = parts.as_slice()
            && (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
            && y.len() == 4
            && let Some((date, _)) = numeric(&format!("{d}/{m}/{y}"))
        {
            let lead = if w.starts_with('(') { "(" } else { "" };
            let tail = w
                .get(lead.len() + core.trim_start_matches('(').len()..)
                .unwrap_or_default();
            push(&format!("{lead}{date}{tail}"));
            changed = true;
            i += 1;
            continue;
        }
        // "Q2/2027", "Q2-2027", "2027-Q2", "H1-2027": a quarter or half joined to its year.
        let joined_period = {
            let c = core.trim_start_matches('(').to_ascii_lowercase();
            let (a, b) = c.split_once(['-', '/']).unwrap_or_default();
            let (part, year) = if a.len() == 4 { (b, a) } else { (a, b) };
            year_of(year).and_then(|y| quarter_or_half(part, y))
        };
        if let Some(p) = joined_period {
            let lead = if w.starts_with('(') { "(" } else { "" };
            push(&format!(
                "{lead}{}{}",
                bound(p),
                w.get(core.len()..).unwrap_or_default()
            ));
            changed = true;
            i += 1;
            continue;
        }
        // "2027-03" and "03/2027" after a word that dates work or says when it lapses.
        let month_form = {
            let c = core.trim_start_matches('(');
            let parts: Vec<&str> = c.split(['-', '/']).collect();
            match parts.as_slice() {
                [y, m] if y.len() == 4 && m.len() == 2 && c.contains('-') => {
                    year_of(y).zip(m.parse::<u32>().ok())
                }
                [m, y] if y.len() == 4 && (1..=2).contains(&m.len()) && c.contains('/') => {
                    year_of(y).zip(m.parse::<u32>().ok())
                }
                _ => None,
            }
            .filter(|(_, m)| (1..=12).contains(m))
        };
        // Also with the approver between: "approved by the Model Risk Committee 01/2027", "...
        // in 2027-01" (a hostile review).
        if let Some((y, m)) = month_form.filter(|_| {
            dates_work(1)
                || ends
                || approver_between(1)
                || (on_or_in(1) && (dates_work(2) || approver_between(2)))
        }) {
            push(&format!(
                "{}{}",
                bound((y, m, m)),
                w.get(core.len()..).unwrap_or_default()
            ));
            changed = true;
            i += 1;
            continue;
        }
        // "enero de 2027", "janeiro de 2027": a month and its year with "de" between (a hostile
        // review saw "aprobada por el comité en enero de 2027" count as done today).
        if period.is_none()
            && matches!(next(1), "de" | "del")
            && let Some(y) = year_of(next(2))
            && let Some(m) = month_of(w)
        {
            let tail = next(2).trim_start_matches(|c: char| c.is_ascii_digit());
            push(&format!("{}{tail}", bound((y, m, m))));
            changed = true;
            i += 3;
            continue;
        }
        if let Some(p) = period {
            let tail = next(1).trim_start_matches(|c: char| c.is_ascii_digit());
            let lead = if w.starts_with('(') { "(" } else { "" };
            push(&format!("{lead}{}{tail}", bound(p)));
            changed = true;
            i += 2;
            continue;
        }
        // "approved early 2027", "signed off in spring 2027", "approved FY2027".
        let loose = |k: usize| {
            matches!(
                before_word(k).as_str(),
                "early" | "late" | "mid" | "spring" | "summer" | "autumn" | "fall" | "winter"
            )
        };
        let fy = core.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("fy"));
        let year_word = if fy {
            core.get(2..).unwrap_or_default()
        } else {
            core
        };
        if let Some(y) = year_of(year_word).filter(|_| year_word.len() == 4)
            && (dates_work(1)
                || ends
                || (on_or_in(1) && (dates_work(2) || approver_between(2)))
                || (loose(1)
                    && (dates_work(2)
                        || approver_between(2)
                        || (on_or_in(2) && (dates_work(3) || approver_between(3))))))
        {
            // A fiscal year is read from 1 April of the year before (FY2027 began then in the
            // UK, Japan and India, and later still elsewhere: under way on 2026-12-15, not to
            // come, a review of honest evidence) to 31 March of its own, the earliest end.
            let day = if !fy {
                bound((y, 1, 12))
            } else if ends {
                iso(y, 3, 31)
            } else {
                iso(y.saturating_sub(1), 4, 1)
            };
            push(&format!(
                "{day}{}",
                w.get(if fy { 6 } else { 4 }..).unwrap_or_default()
            ));
            changed = true;
            i += 1;
            continue;
        }
        push(w);
        i += 1;
    }
    changed.then_some(out)
}

/// Whether `w` is a date written YYYY-MM-DD.
fn is_date(w: &str) -> bool {
    let b = w.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    b.len() == 10
        && digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(
            w.get(5..7),
            Some("01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12")
        )
        && w.get(8..10).is_some_and(|d| ("01"..="31").contains(&d))
        // A day that exists, in a year a record could hold: "2026-02-30" and "9999-12-31" are
        // no dates (a hardening review saw one restart a term, the other lapse in year 10000).
        && match (
            w.get(0..4).and_then(|y| y.parse::<u32>().ok()),
            w.get(5..7).and_then(|m| m.parse::<u32>().ok()),
            w.get(8..10).and_then(|d| d.parse::<u32>().ok()),
        ) {
            (Some(y @ 1900..=2999), Some(m), Some(d)) => d <= last_day(y, m),
            _ => false,
        }
}

/// "Ask Sam", "ask the PM", "Contact Sam for details": a person to ask, not evidence.
fn asks_someone(words: &[&str]) -> bool {
    match words.first() {
        Some(&"ask") => words.len() <= 3,
        Some(&"contact") => words.len() <= 5,
        _ => false,
    }
}

/// A few words that say the work was refused, dropped or lapsed ("We decided not to do one",
/// "Not approved", "Rejected by the safety officer", "Waived", "Expired in 2023"): a seventh
/// hostile review saw each count. Only in a short text: a reason that goes on to say why
/// ("We decided not to collect personal data, so no notice is needed") is a reason.
fn short_refusal(words: &[&str], joined: &str, reading: Reading) -> bool {
    const REFUSED: &[&str] = &[
        "decided not to",
        "chose not to",
        "choose not to",
        "not approved",
        "rejected",
        "there is none",
        "there are none",
        "expired",
        "lapsed",
        "skipped",
        "waived",
        "too expensive",
        "too costly",
        "no budget",
        "somewhere",
        // An eighth hostile review's.
        "lost",
        "superseded",
        "next sprint",
        "before go live",
        "before launch",
        "is on it",
    ];
    // As evidence that a safeguard is in place these say it is not; as the reason it does
    // not apply, "Not needed - track images contain no people" is a reason. So is "descoped":
    // an everyday word for a justified "not applicable" (a review of honest reasons).
    const NOT_NEEDED: &[&str] = &[
        "not needed",
        "no need",
        "don t need",
        "do not need",
        "exempt",
        "deferred",
        "on hold",
        "descoped",
        "de scoped",
        "not signed off",
    ];
    let said = |list: &[&str]| list.iter().any(|p| joined.contains(&format!(" {p} ")));
    words.len() <= 7 && (said(REFUSED) || (reading == Reading::Evidence && said(NOT_NEEDED)))
}

/// Evidence that only repeats the safeguard's own title ("Documented risk assessment"): it names
/// what should be there, not where it is (a seventh hostile review saw it count).
pub(crate) fn only_the_title(evidence: &str, title: &str) -> bool {
    let evidence = &*crate::assessment::as_words(evidence);
    let plain = |t: &str| {
        t.to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    !title.trim().is_empty() && plain(&visible_text(evidence)) == plain(title)
}

/// `t` in lower case with every character but letters and digits a space.
fn lower_alphanumeric(t: &str) -> String {
    t.to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A word without a plural "s", as titles are matched.
fn stem(w: &str) -> String {
    w.strip_suffix('s').unwrap_or(w).to_string()
}

/// The words of a safeguard's title, lowercased and stemmed.
fn title_stems(title: &str) -> Vec<String> {
    lower_alphanumeric(title)
        .split_whitespace()
        .map(stem)
        .collect()
}

/// Evidence that points to this assessment itself: "This raia assessment (my-assessment.toml)",
/// "see the raia file", "these answers". The assessment records what the team says; it is not
/// the work a safeguard asks for (a new-user trial put the policy's risk evaluation "met" on
/// evidence naming the assessment that asks for it). A file name of the assessment's own kind
/// (`.toml`, `.json`) or the word "raia" is needed, and nothing else that names a record: a
/// reference of its own ("RA-12", a date, a person) and it stands.
pub(crate) fn points_to_this_assessment(evidence: &str) -> bool {
    const SELF: &[&str] = &[
        "this",
        "the",
        "these",
        "our",
        "a",
        "an",
        "in",
        "of",
        "see",
        "here",
        "above",
        "below",
        "raia",
        "assessment",
        "assessments",
        "file",
        "answers",
        "answer",
        "questionnaire",
        "report",
        "repo",
        "repository",
        "itself",
        "it",
        "is",
        "document",
        "tool",
        "wizard",
        "generated",
        "by",
        "as",
        "per",
        "and",
        "record",
        "toml",
        "json",
    ];
    let lower = visible_text(evidence).to_lowercase();
    let own_file = lower.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.ends_with(".toml") || w.ends_with(".json")
    });
    let words: Vec<String> = lower
        .split_whitespace()
        // A file name of the assessment's own kind is the assessment, digits and all.
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !(w.ends_with(".toml") || w.ends_with(".json"))
        })
        .flat_map(|w| {
            w.split(|c: char| !c.is_alphanumeric())
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    (own_file || words.iter().any(|w| w == "raia"))
        && words.len() <= 12
        && words.iter().all(|w| SELF.contains(&w.as_str()))
}

/// Evidence that names nothing a reviewer could check: a few words that only claim the work
/// was done, by whom in general, or repeat the title, with no document, link, date, number or
/// name ("We did one", "Reviewed by legal", "Done by legal team", "Risk assessment completed":
/// a new-user trial saw each put a safeguard the policy requires in place). One word of its
/// own ("Reviewed by legal (Ana Ruiz)", "Approved by the DPO", "See the DPIA") and it names
/// something.
pub(crate) fn names_nothing_to_check(evidence: &str, title: &str) -> bool {
    const CLAIM: &[&str] = &[
        "we",
        "i",
        "did",
        "do",
        "does",
        "done",
        "have",
        "has",
        "had",
        "one",
        "it",
        "this",
        "that",
        "completed",
        "complete",
        "conducted",
        "performed",
        "carried",
        "out",
        "finished",
        "reviewed",
        "checked",
        "approved",
        "signed",
        "off",
        "by",
        "the",
        "a",
        "an",
        "our",
        "in",
        "place",
        "yes",
        "all",
        "good",
        "ok",
        "okay",
        "fine",
        "already",
        "been",
        "was",
        "were",
        "is",
        "are",
        "team",
        "teams",
        "legal",
        "compliance",
        "risk",
        "security",
        "management",
        "business",
        "department",
        "someone",
        "us",
        "them",
        "they",
        "internally",
        "internal",
        "written",
        "documented",
        "exists",
        "there",
        "and",
        "properly",
        "fully",
        "as",
        "well",
        // "Limits of use as per doctrine." (an eighth hostile review): a rule book named by
        // its kind is no record of the limits; "CONUSE-ATR-02 s.5" holds digits and stands.
        "per",
        "doctrine",
        "policy",
        "procedure",
        "usual",
        "according",
        "to",
    ];
    if evidence.bytes().any(|b| b.is_ascii_digit()) || title.trim().is_empty() {
        return false;
    }
    let plain = lower_alphanumeric;
    let title_words = title_stems(title);
    let text = plain(&visible_text(evidence));
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words
            .iter()
            .all(|w| CLAIM.contains(w) || title_words.contains(&stem(w)))
}

/// Evidence that opens by naming the safeguard as absent: "No risk assessment.", "No formal
/// bias testing; the team discussed it" (a thirteenth hostile review saw the first read as a
/// risk assessment in place). Only words of the safeguard's title count, with a few that
/// qualify them, so "No automated rejection: every adverse outcome goes to a caseworker"
/// stays evidence of human review.
pub(crate) fn denies_the_title(evidence: &str, title: &str) -> bool {
    let evidence = &*crate::assessment::as_words(evidence);
    const QUALIFIERS: &[&str] = &[
        "a",
        "an",
        "the",
        "any",
        "formal",
        "formally",
        "documented",
        "written",
        "proper",
        "official",
        "current",
        "signed",
        "real",
        "dedicated",
        "separate",
        "specific",
        "such",
        "our",
        "this",
        "yet",
    ];
    let plain = lower_alphanumeric;
    let title_words = title_stems(title);
    let visible = visible_text(evidence);
    let head = visible.trim_start();
    // Only the opening clause, and not "No-code ..." (a compound word).
    let end = head
        .find(['.', ';', ':', ',', '(', '\n', '!'])
        .unwrap_or(head.len());
    let clause = head.get(..end).unwrap_or_default();
    let spaced = plain(clause);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // "No ..." (not "No-code ...", a compound word), and the sentences that say the same of the
    // team: "We do not have a hazard analysis for SignalWatch" (a hostile review saw it count).
    // After "No", the title's words alone: "No incidents in 12 months of monitoring" is
    // evidence of monitoring. After the team's own "we do not have", the title's words and
    // what they would be for: "... for this system".
    let (skip, cut) = if clause
        .get(..3)
        .is_some_and(|h| h.eq_ignore_ascii_case("no "))
    {
        (1, false)
    } else {
        match DENYING_OPENINGS
            .iter()
            .chain(DENYING_OPENINGS_OF_THE_TITLE)
            .find(|o| words.starts_with(o))
        {
            Some(o) => (o.len(), true),
            None => return false,
        }
    };
    let rest: Vec<&str> = words
        .iter()
        .skip(skip)
        .copied()
        .filter(|w| !QUALIFIERS.contains(w))
        .take_while(|w| !cut || !TITLE_ENDS.contains(w) || title_words.contains(&stem(w)))
        .collect();
    !rest.is_empty() && rest.len() <= 4 && rest.iter().all(|w| title_words.contains(&stem(w)))
}

/// Openings that say the team lacks what follows them (words as [`denies_the_title`] splits
/// them: "don't" is "don t").
const DENYING_OPENINGS: &[&[&str]] = &[
    &["we", "do", "not", "have"],
    &["we", "don", "t", "have"],
    &["we", "dont", "have"],
    &["we", "have", "no"],
    &["we", "have", "not", "got"],
    &["we", "haven", "t", "got"],
    &["we", "never", "had"],
    &["we", "lack"],
];

/// Openings that deny only where the title follows: "We do not keep chat transcripts" and "The
/// system has no memory between sessions" are evidence of minimisation.
const DENYING_OPENINGS_OF_THE_TITLE: &[&[&str]] = &[
    &["we", "do", "not", "keep"],
    &["we", "don", "t", "keep"],
    &["there", "is", "no"],
    &["there", "s", "no"],
    &["this", "system", "has", "no"],
    &["the", "system", "has", "no"],
];

/// Words after a safeguard's title that say what it would be for, not what it is: "No risk
/// assessment for this system" denies it as "No risk assessment" does.
const TITLE_ENDS: &[&str] = &[
    "for", "of", "on", "in", "at", "about", "covering", "yet", "so", "because", "as", "since",
];

/// Whether lowercase `text` is only an address at a domain reserved for examples, with no page
/// ("http://example.com", "https://www.example.org/"): an address copied from a template.
fn bare_example_address(text: &str) -> bool {
    let Some((_, host)) = text.split_once("://") else {
        return false;
    };
    let host = host.trim_end_matches('/');
    let host = host.strip_prefix("www.").unwrap_or(host);
    !host.contains('/')
        && (matches!(host, "example.com" | "example.org" | "example.net")
            || [".example.com", ".example.org", ".example.net"]
                .iter()
                .any(|d| host.ends_with(d))
            || host.ends_with(".example")
            || host == "example")
}

/// Whether lowercase `text` holds an address whose path is a placeholder ("https://wiki/TODO",
/// ".../tbd/"); a host named so ("https://todo.example.com") is an address like any other.
fn placeholder_path(text: &str) -> bool {
    ["/todo", "/tbd", "/tbc", "/fixme"].iter().any(|p| {
        text.match_indices(p).any(|(i, _)| {
            let before = text.get(..i).and_then(|b| b.chars().next_back());
            let after = text.get(i + p.len()..).and_then(|a| a.chars().next());
            before.is_some_and(|c| c != '/')
                && after.is_none_or(|c| {
                    matches!(c, '/' | '?' | '#' | ')' | '.' | ',') || c.is_whitespace()
                })
        })
    })
}

/// Words that, alone, say neither what was done nor why something does not apply: a reason
/// made only of them ("Not applicable to this use case.", "Does not apply to us", "Out of scope
/// for v1", "See the notes", "No reason") gives none (a fifth hostile review).
const FILLER: &[&str] = &[
    "not",
    "applicable",
    "appliccable",
    "aplicable",
    "needed",
    "necessary",
    "required",
    "relevant",
    "apply",
    "applies",
    "does",
    "doesn",
    "doesnt",
    "do",
    "don",
    "t",
    "to",
    "this",
    "these",
    "that",
    "use",
    "case",
    "cases",
    "us",
    "we",
    "here",
    "for",
    "the",
    "a",
    "system",
    "product",
    "our",
    "it",
    "its",
    "is",
    "n",
    "na",
    "scope",
    "out",
    "of",
    "in",
    "v1",
    "v2",
    "mvp",
    "now",
    "yet",
    "see",
    "notes",
    "note",
    "above",
    "below",
    "will",
    "explain",
    "later",
    "no",
    "reason",
    "reasons",
    "given",
    "any",
    "just",
    "currently",
    "at",
    "moment",
    "so",
    "far",
    "status",
    "applicability",
    // A place with no page in it ("see wiki", "on Confluence"): a sixth hostile review.
    "on",
    "wiki",
    "confluence",
    "sharepoint",
    "jira",
    "ticket",
    "page",
    "docs",
    "doc",
    "drive",
    "folder",
    "repo",
    "readme",
];

/// Whether every word of `words` is a [`FILLER`] word (and there is at least one).
fn only_filler(words: &[&str]) -> bool {
    !words.is_empty() && words.iter().all(|w| FILLER.contains(w))
}

/// A few words that say the record is gone or not real: "Deleted", "Empty template", "Fake" (a
/// hostile review saw each count as evidence). Beside what they are about ("Applicant data
/// deleted after 30 days") they are evidence, so only text of these words alone is refused.
fn only_unreal(words: &[&str]) -> bool {
    const UNREAL: &[&str] = &[
        "deleted",
        "removed",
        "lost",
        "gone",
        "fake",
        "faked",
        "fabricated",
        "dummy",
        "empty",
        "blank",
        "template",
        "made",
        "up",
        "invented",
        "fictional",
        "fictitious",
        "mock",
        "sample",
        "example",
        "the",
        "a",
        "an",
        "it",
        "is",
        "was",
        "file",
        "document",
        "just",
        "only",
    ];
    (1..=4).contains(&words.len())
        && words.iter().all(|w| UNREAL.contains(w))
        && words.iter().any(|w| {
            !matches!(
                *w,
                "the" | "a" | "an" | "it" | "is" | "was" | "file" | "document" | "just" | "only"
            )
        })
}

/// `text` as a reader sees its words: compatibility forms folded (NFKC: full-width "ｎ/ａ" is
/// "n/a") and characters that show nothing dropped (zero-width spaces and joiners, bidi
/// controls, soft hyphens, variation selectors). A hostile review passed "n/a\u{200b}" and
/// "T\u{200b}B\u{200b}D" as evidence. ASCII text is returned as it is.
pub fn visible_text(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    // Typographic quotes and slashes read as the plain ones ("We don’t have one", "n⁄a").
    let plain = |c: char| match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2044}' | '\u{2215}' => '/',
        // Blank letters drawn as a space (Hangul fillers, the Braille blank) read as one (a
        // review put a Braille blank between "Not" and "performed", and it read as evidence).
        '\u{115F}' | '\u{1160}' | '\u{2800}' | '\u{3164}' | '\u{FFA0}' => ' ',
        c => latin_look_alike(c).unwrap_or(c),
    };
    // Most text outside ASCII ("prompt → answer", "café") reads as it is: no copy (every piece
    // of evidence is read so on every evaluation, issue 7).
    let as_it_is = || {
        text.chars()
            .all(|c| c.is_ascii() || (plain(c) == c && !shows_nothing(c)))
            && unicode_normalization::is_nfkc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
    };
    if text.is_ascii() || as_it_is() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.nfkc()
            .map(plain)
            .filter(|c| !shows_nothing(*c))
            .collect(),
    )
}

/// The Latin letter a Cyrillic or Greek one is drawn as, where they look the same: a hostile
/// review passed "ТВD" and "N/А" (Cyrillic Т, В, А) as evidence. Text is folded so only to be
/// read for what it says; it is shown and kept as written.
fn latin_look_alike(c: char) -> Option<char> {
    Some(match c {
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'С' | 'Ϲ' => 'C',
        'Е' | 'Ε' => 'E',
        'Н' | 'Η' => 'H',
        'І' | 'Ι' => 'I',
        'Ј' => 'J',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'О' | 'Ο' => 'O',
        'Р' | 'Ρ' => 'P',
        'Ѕ' => 'S',
        'Т' | 'Τ' => 'T',
        'Х' | 'Χ' => 'X',
        'У' | 'Υ' => 'Y',
        'Ζ' => 'Z',
        'Ν' => 'N',
        'а' => 'a',
        'с' | 'ϲ' => 'c',
        'е' => 'e',
        'һ' => 'h',
        'і' => 'i',
        'ј' => 'j',
        'о' | 'ο' => 'o',
        'р' | 'ρ' => 'p',
        'ѕ' => 's',
        'х' | 'χ' => 'x',
        'у' => 'y',
        // Armenian, Cherokee and Coptic letters drawn as Latin ones, and small capitals, read
        // as the small letters they stand for in a word (a review lifted a rejection with an
        // Armenian "օ", and wrote "Nօt performed." as evidence).
        'օ' | 'ⲟ' | 'ᴏ' => 'o',
        'ս' | 'ᴜ' => 'u',
        'հ' | 'ʜ' => 'h',
        'ո' | 'ɴ' => 'n',
        'ց' | 'ɢ' => 'g',
        'ք' => 'q',
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' | 'ⲉ' => 'e',
        'ᴊ' => 'j',
        'ᴋ' | 'ⲕ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ᴘ' | 'ⲣ' => 'p',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' | 'ⲩ' => 'y',
        'ᴢ' => 'z',
        'ⲭ' => 'x',
        'Ꭺ' | 'Ⲁ' => 'A',
        'Ᏼ' | 'Ⲃ' => 'B',
        'Ꮯ' | 'Ⲥ' => 'C',
        'Ꭰ' => 'D',
        'Ꭼ' | 'Ⲉ' => 'E',
        'Ꮐ' => 'G',
        'Ꮋ' | 'Ⲏ' => 'H',
        'Ꭻ' => 'J',
        'Ꮶ' | 'Ⲕ' => 'K',
        'Ꮮ' => 'L',
        'Ꮇ' | 'Ⲙ' => 'M',
        'Ⲛ' => 'N',
        'Ꮲ' | 'Ⲣ' => 'P',
        'Ꮪ' => 'S',
        'Ꭲ' | 'Ⲧ' => 'T',
        'Ꮩ' => 'V',
        'Ꮃ' => 'W',
        'Ⲭ' => 'X',
        'Ꮓ' => 'Z',
        _ => return None,
    })
}

/// Default-ignorable code points (Unicode's DerivedCoreProperties), which render as nothing.
pub(crate) fn shows_nothing(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{2800}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Every answer and reason placeholder, with the lists that hold it (1: answers, 2: reasons).
fn placeholder_index() -> &'static foldhash::HashMap<&'static str, u8> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = foldhash::HashMap::default();
        for (list, bit) in [(ANSWER_PLACEHOLDERS, 1u8), (REASON_PLACEHOLDERS, 2u8)] {
            for p in list {
                *index.entry(*p).or_insert(0) |= bit;
            }
        }
        index
    })
}

fn only_placeholders(text: &str, lists: &[&[&str]]) -> bool {
    // ASCII text is compared without case, in place: lowercasing a copy of every text answer
    // on every evaluation was a twentieth of evaluating 10,000 questions (issue 7). The lists
    // are lowercase (a test checks), so both ways agree on ASCII.
    if text.is_ascii() {
        // Each word is found in one lookup in an index of the lists, lowercased on the stack:
        // comparing it with each of some 200 placeholders was a third of reading the answers
        // of 10,000 questions (issue 7). A property test compares this with a lowercase copy.
        let bit = |l: &&[&str]| {
            if std::ptr::eq(l.as_ptr(), ANSWER_PLACEHOLDERS.as_ptr()) {
                Some(1u8)
            } else if std::ptr::eq(l.as_ptr(), REASON_PLACEHOLDERS.as_ptr()) {
                Some(2u8)
            } else {
                None
            }
        };
        if let Some(wanted) = lists.iter().map(bit).try_fold(0u8, |a, b| b.map(|b| a | b)) {
            let index = placeholder_index();
            let known = |w: &str| {
                let mut buf = [0u8; 48];
                if w.len() > buf.len() {
                    return false;
                }
                for (b, c) in buf.iter_mut().zip(w.as_bytes()) {
                    *b = c.to_ascii_lowercase();
                }
                std::str::from_utf8(buf.get(..w.len()).unwrap_or_default())
                    .ok()
                    .and_then(|k| index.get(k))
                    .is_some_and(|f| f & wanted != 0)
            };
            return placeholders_only(text, &known);
        }
        let known = |w: &str| {
            lists
                .iter()
                .any(|l| l.iter().any(|p| p.eq_ignore_ascii_case(w)))
        };
        return placeholders_only(text, &known);
    }
    let known = |w: &str| lists.iter().any(|l| l.contains(&w));
    placeholders_only(&visible_text(text).to_lowercase(), &known)
}

/// Whether `text` is blank, has no letter or digit at all ("🤷", "..."), or is made only of
/// `known` placeholders: as a whole, word by word, or in parts set apart by dashes, brackets or
/// commas ("N/A - not needed", "not applicable (see above)").
fn placeholders_only(text: &str, known: &dyn Fn(&str) -> bool) -> bool {
    if placeholder_part(text, known) {
        return true;
    }
    let is_break = |c: char| matches!(c, '-' | '–' | '—' | '(' | ')' | '[' | ']' | ',' | ';' | ':');
    // Part by part, stopping at the first that is no placeholder (most answers: the first).
    let mut parts = 0;
    for part in text.split(is_break).filter(|p| !p.trim().is_empty()) {
        if !placeholder_part(part, known) {
            return false;
        }
        parts += 1;
    }
    parts > 1
}

/// [`placeholders_only`] for one part.
fn placeholder_part(text: &str, known: &dyn Fn(&str) -> bool) -> bool {
    // "N / A" is "n/a".
    let collapsed;
    let text = if text.contains(" /") || text.contains("/ ") {
        collapsed = text.split('/').map(str::trim).collect::<Vec<_>>().join("/");
        collapsed.as_str()
    } else {
        text
    };
    let t = text.trim().trim_matches(|c: char| {
        c.is_ascii_punctuation() || c.is_whitespace() || c == '—' || c == '–'
    });
    if t.is_empty() || !t.chars().any(char::is_alphanumeric) || known(t) {
        return true;
    }
    // Spelled out letter by letter: "t.b.d.", "T B D". Counted before it is copied: most text
    // answers are longer, and copying each on every evaluation showed in reports (issue 7).
    let letters = || {
        t.chars()
            .filter(|c| !matches!(c, '.' | ' ' | '-' | '_' | '/'))
    };
    // Up to ten letters ("p-e-n-d-i-n-g", "T_B_D", "pen ding"): a hostile review split them.
    if letters().nth(10).is_none() {
        let compact: String = letters().collect();
        if compact != t && known(&compact) {
            return true;
        }
    }
    // Several placeholders in a row ("n/a n/a", "tbd, tbd").
    t.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .all(|w| known(w.trim_matches(|c: char| c.is_ascii_punctuation())))
}

/// Text that gives no answer: blank, or only placeholders ("n/a", "TBD", "n/a n/a", "see above").
pub fn is_placeholder(text: &str) -> bool {
    // Kept by text on each thread: every text answer is asked this on every evaluation, the
    // what-ifs' too, and at 10,000 questions reading each again was a tenth of the first
    // frame (issue 7).
    thread_local! {
        static SEEN: pass::ByText<bool> = std::cell::RefCell::new(HashMap::default());
    }
    pass::by_text(&SEEN, text, 16_384, || placeholder_read(text))
}

/// [`is_placeholder`], read afresh.
fn placeholder_read(text: &str) -> bool {
    let text = &*crate::assessment::as_words(text);
    only_placeholders(text, &[ANSWER_PLACEHOLDERS])
        || put_off(text)
        || only_to_come(text)
        || copied_example(text)
        || unfilled(text)
        || filler_shape(text)
}

/// A field left as a form's prompt or filler ("to be filled in", "Describe what the system does
/// here", "lorem ipsum dolor", "see description"), or an answer that opens by saying there is
/// none yet ("None yet: no tests have been run"): an eighth hostile review saw each count as
/// the intended use or the test summary.
fn unfilled(text: &str) -> bool {
    // Every text answer passes through here on every evaluation, so ASCII text is read in
    // place: only its opening bytes are lowercased, on the stack, and its words are counted
    // only where an opening matched (a lowercase copy of each, and a phrase formatted per
    // check, doubled evaluating 10,000 questions; issue 7).
    let seen = visible_text(text);
    let whole = seen
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let words = || whole.split_whitespace().take(10).count();
    if whole.is_ascii() {
        let mut buf = [0u8; 24];
        let n = whole.len().min(buf.len());
        for (b, c) in buf.iter_mut().zip(whole.as_bytes()) {
            *b = c.to_ascii_lowercase();
        }
        let head = std::str::from_utf8(buf.get(..n).unwrap_or_default()).unwrap_or_default();
        let ends_here = || {
            let b = whole.as_bytes();
            HERE_ENDINGS.iter().any(|e| {
                b.len() >= e.len()
                    && b.get(b.len() - e.len()..)
                        .is_some_and(|x| x.eq_ignore_ascii_case(e.as_bytes()))
            })
        };
        // Opening with "not done" in another language, or little more than it.
        let elsewhere = || {
            let tiny = whole.len() <= 40 && words() <= 3;
            NOT_DONE_ELSEWHERE.iter().any(|p| {
                p.is_ascii()
                    && (head.starts_with(p) || (tiny && contains_ignoring_ascii_case(whole, p)))
            }) && not_done_elsewhere(&whole.to_ascii_lowercase())
        };
        return unfilled_lower(head, &words, &ends_here, &|needle| {
            contains_ignoring_ascii_case(whole, needle)
        }) || elsewhere();
    }
    let t = whole.to_lowercase();
    let here = || HERE_ENDINGS.iter().any(|e| t.ends_with(e));
    unfilled_lower(&t, &words, &here, &|needle| t.contains(needle))
        || (words() <= 8 && not_done_elsewhere(&t))
}

/// How a form's prompt ends where it points at the field: "... here", or inside a slot's
/// brackets, "[list the excluded uses here]".
const HERE_ENDINGS: &[&str] = &[" here", " here.", " here]", " here>", " here)"];

/// Whether `needle` (lowercase ASCII) is in `text`, ignoring ASCII case.
fn contains_ignoring_ascii_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// [`unfilled`] for lowercase text `t` (the whole, or its opening), with how many words the
/// whole has (counted up to ten), whether it ends in "here", and a search of the whole for
/// lowercase words.
fn unfilled_lower(
    t: &str,
    words: &dyn Fn() -> usize,
    here: &dyn Fn() -> bool,
    has: &dyn Fn(&str) -> bool,
) -> bool {
    // Whatever follows, these say the field was never filled in.
    const ALWAYS: &[&str] = &[
        "to be filled",
        "to be written",
        "to be completed",
        "to be defined",
        "to be added",
        "lorem ipsum",
        "your text here",
        "text here",
        "see description",
        "see the description",
        "no tests have been",
        "no testing has been",
    ];
    // A form's prompt ("Describe what the system does here", "Replace with evidence"): only in
    // a few words, since a real answer may open so ("Enter the applicant's details and the
    // model proposes a limit...", a review of honest answers).
    const PROMPTS: &[&str] = &[
        "describe",
        "enter",
        "fill in",
        "fill this in",
        "insert",
        "type",
        "write",
        "add",
        "replace with",
        "replace this",
        "put",
        "your",
    ];
    if ALWAYS.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    let prompt = PROMPTS.iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':']))
    });
    if prompt {
        let n = words();
        if n <= 3 || (n <= 8 && here()) {
            return true;
        }
    }
    // Other prompts only where they end "here": "List the excluded uses here" (a review of
    // this round's out-of-scope heading), where "Give legal advice" may be an answer.
    const PROMPTS_HERE: &[&str] = &[
        "list",
        "name",
        "explain",
        "give",
        "state",
        "provide",
        "summarise",
        "summarize",
        "note",
    ];
    if PROMPTS_HERE
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(|r| r.starts_with(' ')))
        && words() <= 8
        && here()
    {
        return true;
    }
    // "None yet: no tests have been run; testing is planned for after launch" gives none; "None
    // yet seen in production. In validation, thin-file applicants..." gives the substance.
    ["none yet", "nothing yet"].iter().any(|p| t.starts_with(p))
        && (words() <= 3
            || [
                "no test",
                "not been",
                "planned",
                "after launch",
                "not yet",
                "pending",
                "will ",
            ]
            .iter()
            .any(|w| has(w)))
}

/// The shapes of filler that evidence is read for, read in an answer or a note too: a form's
/// slot ("<test summary>", "${SUMMARY}"), a run along the keyboard, an address no one can open,
/// a placeholder before unrelated text ("N/A. The hospital runs a safety programme") or an
/// opening that puts the work off ("Deferred until after launch"). A tenth hostile review saw
/// each complete an assessment. Each is looked at only when the text's first character could
/// start one, as every text answer passes through here on every evaluation.
fn filler_shape(text: &str) -> bool {
    let t = text.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    let one_word = !t.contains(char::is_whitespace);
    if matches!(first, '<' | '[' | '$' | '%' | '{' | '&') || one_word {
        let lower = t.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        if template_slot(&lower) || nowhere_address(&lower) || mashed(&words) {
            return true;
        }
    }
    let opens = |ps: &[&str]| {
        ps.iter()
            .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
    };
    if opens(&[
        "n/a",
        "na ",
        "na.",
        "tbd",
        "tbc",
        "todo",
        "none",
        "pending",
        "nil",
        "null",
        "not applicable",
        "nothing",
        "not available",
        "x ",
        "x.",
        "-",
        "?",
    ]) {
        let lower = t.to_lowercase();
        if opens_with_placeholder(&lower, false) {
            return true;
        }
    }
    if opens(PUT_OFF_OPENINGS) || opens(&["de-scoped"]) {
        return opens_put_off(&spaced_words(t), t);
    }
    false
}

/// A note that says nothing: blank, a placeholder ("TBD", "n/a", "x"), put off ("will add
/// later") or a few words that say it is not written yet ("pending"). A required note is
/// where the team says why (whose likeness, on what consent), so such a note is missing (an
/// eighth hostile review saw "TBD" complete an assessment).
pub fn is_empty_note(text: &str) -> bool {
    // Kept by text on each thread: every note beside an answer is asked this on every
    // evaluation (1,100 readings of 15,000 instructions each at 10,000 questions, issue 7).
    thread_local! {
        static SEEN: pass::ByText<bool> = std::cell::RefCell::new(HashMap::default());
    }
    pass::by_text(&SEEN, text, 16_384, || empty_note_read(text))
}

/// [`is_empty_note`], read afresh.
fn empty_note_read(text: &str) -> bool {
    let text = &*crate::assessment::as_words(text);
    let words = visible_text(text).split_whitespace().count();
    only_placeholders(text, &[ANSWER_PLACEHOLDERS, REASON_PLACEHOLDERS])
        || visible_text(text).trim().chars().count() < 3
        || put_off(text)
        || copied_example(text)
        || unfilled(text)
        || filler_shape(text)
        || (words <= 3 && says_not_done(text, Reading::Evidence))
        // No word at all, only a number ("12000": a new-user trial's script answered the
        // next question into a note prompt it did not expect).
        || !text.chars().any(char::is_alphabetic)
}

/// The example a field shows as its placeholder, copied in ("e.g. Dana Reyes, Head of
/// Clinical Informatics"): a seventh hostile review saw it count as a named owner.
fn copied_example(text: &str) -> bool {
    let t = text.trim_start();
    let head = t.get(..t.len().min(12)).unwrap_or(t).to_ascii_lowercase();
    ["e.g.", "e.g ", "eg.", "eg:", "for example", "example:"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// A few words that end by putting the answer off ("tests pending", "will do later", "summary
/// TBD"): a sixth hostile review saw them count as a test summary.
fn put_off(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    fn bare<'a>(w: &&'a str) -> &'a str {
        w.trim_matches(|c: char| c.is_ascii_punctuation())
    }
    let last = words.last().map(bare);
    // "Soon" and "later" end names too ("Lim Chee Soon", a review of honest answers): alone, or
    // after words that say what is to come ("coming soon", "details later").
    let to_come = words.len() == 1
        || words.first().map(bare).is_some_and(|w| {
            [
                "coming",
                "more",
                "details",
                "info",
                "available",
                "ready",
                "done",
                "will",
                "to",
            ]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
        });
    words.len() <= 3
        && last.is_some_and(|w| {
            ["pending", "tbd", "tbc", "todo"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w))
                || (to_come && ["later", "soon"].iter().any(|p| p.eq_ignore_ascii_case(w)))
        })
}

/// A short answer that only says the answer itself is still to come, clause by clause: "None
/// defined yet; we will write this later", "We will do this before launch", "Not defined yet",
/// "To be written" (a compliance review read the first as the out-of-scope uses written down,
/// and the second as the summary of the tests run). Only where the clause's subject is the
/// answer or the team, and only verbs of writing or doing it: "Will be reviewed by an adjuster"
/// and "Training will be provided to staff" say what the system does, not that nothing is said.
pub(crate) fn only_to_come(text: &str) -> bool {
    if text.len() > 120 {
        return false;
    }
    // Verbs of writing or doing the answer, and their participles.
    const VERBS: &[&str] = &[
        "do",
        "write",
        "define",
        "add",
        "complete",
        "document",
        "decide",
        "confirm",
        "fill",
        "finalise",
        "finalize",
        "specify",
        "draft",
        "agree",
        "determine",
        "identify",
        "list",
        "provide",
        "supply",
        "follow",
        "update",
        "revisit",
        "check",
        "finish",
        "name",
        "assign",
        "announce",
        "share",
        "send",
        "clarify",
    ];
    const DONE: &[&str] = &[
        "done",
        "written",
        "defined",
        "added",
        "completed",
        "documented",
        "decided",
        "confirmed",
        "filled",
        "finalised",
        "finalized",
        "specified",
        "drafted",
        "agreed",
        "determined",
        "identified",
        "listed",
        "provided",
        "supplied",
        "updated",
        "named",
        "assigned",
        "announced",
        "clarified",
        "worked",
        "assessed",
        "evaluated",
        "tested",
    ];
    const SUBJECTS: &[&str] = &[
        "to", "will", "we", "we'll", "well", "this", "these", "it", "they", "details", "answer",
        "scope", "tbd", "tbc", "later", "i", "i'll", "ill", "still",
    ];
    // A whole clause that only puts it off.
    const BARE: &[&str] = &[
        "later",
        "to follow",
        "tbd later",
        "to come",
        "more to come",
        "coming later",
        "coming soon",
        "soon",
        "wip",
        "work in progress",
        "in progress",
        "under discussion",
        "not decided",
        "undecided",
        "not finalised",
        "not finalized",
        "not started",
        "unknown",
        "placeholder",
        "will follow",
        "will revisit",
        "revisit later",
        "deferred",
        "tba",
        "to be announced",
        "t b d",
        "being drafted",
        "after the pilot",
        "planned",
        "add later",
        "fill in later",
        "n a for now",
        "n a yet",
        "for now",
        "tbd",
        "tbc",
        "todo",
        "to do",
    ];
    // A clause that opens so waits on someone or something else.
    const OPENS: &[&str] = &[
        "pending ",
        "awaiting ",
        "waiting on ",
        "waiting for ",
        "subject to the ",
        "still being ",
        "still working",
        "we are still ",
        "once the ",
        "after the pilot",
        "see later",
        "not sure yet",
        "placeholder ",
        "answer to follow",
        "details to follow",
        "documentation to follow",
        "we ll get back",
        "we will get back",
        "out of time",
        "deferred to ",
        "see next",
        "being written",
    ];
    // The same, read only in a clause of a few words: "TBD fields in the form are not read by
    // the model" describes the system.
    const SHORT_OPENS: &[&str] = &[
        "tbd ",
        "tbc ",
        "todo ",
        "update ",
        "ask the ",
        "need to check",
    ];
    // A dash between spaces parts clauses; one inside a word ("sign-off", "go-live") does not.
    let text = text.replace(" - ", ";");
    let mut clauses = text
        .split(['.', ';', ':', '!', '?', '\n', ','])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .peekable();
    clauses.peek().is_some()
        && clauses.all(|clause| {
            let spaced = spaced_words(clause);
            let bare = spaced.trim();
            let words: Vec<&str> = bare.split_whitespace().collect();
            if words.is_empty() {
                return true;
            }
            let first = words.first().copied().unwrap_or_default();
            // "None defined yet", "Not yet", "No tests yet", "We haven't decided yet".
            let none_yet = words.len() <= 6
                && words.contains(&"yet")
                && words
                    .iter()
                    .any(|w| matches!(*w, "none" | "not" | "no" | "nothing" | "t" | "unknown"));
            let opens = OPENS
                .iter()
                .any(|o| bare.starts_with(o) || bare == o.trim_end())
                || (words.len() <= 5 && SHORT_OPENS.iter().any(|o| bare.starts_with(o)));
            // The verb's object is the answer ("do this", "write them") or nothing, and a time
            // may follow: "will draft replies" is what the system does.
            let put_off = |next: Option<&&str>| {
                next.is_none_or(|n| {
                    matches!(
                        *n,
                        "this"
                            | "these"
                            | "it"
                            | "them"
                            | "that"
                            | "later"
                            | "soon"
                            | "after"
                            | "before"
                            | "once"
                            | "when"
                            | "in"
                            | "by"
                            | "at"
                            | "next"
                            | "with"
                            | "details"
                            | "up"
                            | "during"
                    )
                })
            };
            // Whose answer it is leads a short clause ("Vendor to confirm", "Owner to be
            // assigned", "Team will provide"); a longer one must open with the team or the
            // answer itself: "Training will be provided to staff" says what the system does.
            let subject = SUBJECTS.contains(&first) || words.len() <= 5;
            let to_do = subject
                && (0..words.len()).any(|i| {
                    let (a, b) = (words.get(i), words.get(i + 1));
                    // "Follow up leads" is work the system does.
                    let verb = matches!(
                        a,
                        Some(&("will" | "ll" | "to" | "plan" | "intend" | "going"))
                    ) && b.is_some_and(|b| VERBS.contains(b))
                        && !(b == Some(&"follow") && words.get(i + 2) == Some(&"up"));
                    let done = a == Some(&"be") && b.is_some_and(|b| DONE.contains(b));
                    (verb || done) && put_off(words.get(i + 2))
                })
                && words.iter().any(|w| {
                    matches!(
                        *w,
                        "will" | "ll" | "be" | "plan" | "intend" | "going" | "to"
                    )
                });
            none_yet || BARE.contains(&bare) || opens || to_do || scheduled(&words)
        })
}

/// A short clause that only says when the work will happen: "Risk assessment in progress",
/// "Planned for next quarter", "Risk assessment scheduled for January", "Tests will be run
/// before launch" (a review of answers put off saw these read as answers). A rule the system
/// keeps ("Every output is reviewed before release", "Retraining scheduled for every model
/// change") names no time of its own and is not one.
fn scheduled(words: &[&str]) -> bool {
    // A time to come, read from the word after "for".
    let when = |w: &[&str]| match w {
        [] => false,
        [
            "next" | "later" | "early" | "late" | "mid" | "end" | "after" | "before",
            ..,
        ] => true,
        ["the", "next" | "coming" | "end" | "new" | "following", ..] => true,
        [
            "this" | "the",
            "quarter" | "month" | "year" | "sprint" | "week" | "summer" | "autumn" | "fall"
            | "winter" | "spring",
            ..,
        ] => true,
        [w, ..] => {
            english_month(w).is_some()
                || matches!(
                    w.as_bytes(),
                    [b'q' | b'h', b'1'..=b'4'] | [b'2', b'0', b'0'..=b'9', b'0'..=b'9']
                )
        }
    };
    // "Before launch" and its kin end a clause of work not yet done.
    let before_launch = |tail: &[&str]| {
        matches!(
            tail,
            [
                "before" | "prior",
                ..,
                "launch" | "live" | "rollout" | "deployment" | "go"
            ] | ["later" | "soon"]
        ) || tail.first() == Some(&"next")
    };
    if words.len() <= 5 && words.ends_with(&["in", "progress"])
        || words.len() <= 5 && words.last() == Some(&"underway")
    {
        return true;
    }
    let at_for = words.windows(2).position(|w| {
        matches!(
            w,
            ["planned" | "scheduled" | "due" | "expected", "for"] | ["due", "by"]
        )
    });
    if let Some(i) = at_for
        && words.len() <= 7
        && when(words.get(i + 2..).unwrap_or_default())
    {
        return true;
    }
    // "Tests will be run before launch", "Risk assessment will be done before launch".
    words.len() <= 8
        && words.windows(3).enumerate().any(|(i, w)| {
            matches!(
                w,
                [
                    "will" | "to",
                    "be",
                    "done"
                        | "run"
                        | "performed"
                        | "conducted"
                        | "completed"
                        | "carried"
                        | "written"
                        | "held"
                ]
            ) && {
                let tail = words.get(i + 3..).unwrap_or_default();
                let tail = tail.strip_prefix(&["out"]).unwrap_or(tail);
                before_launch(tail)
            }
        })
}

/// Evidence that gives no reason: a placeholder ("n/a", "none", "yes", "see above"), too short
/// to be one, or words that say the work is not done ("None yet", "pending", "not started").
pub fn is_empty_reason(evidence: &str) -> bool {
    empty_as(evidence, Reading::Evidence)
}

/// [`is_empty_reason`] for the reason a safeguard does not apply: there "does not exist" can be
/// the reason ("a person-detector does not exist in the pipeline"), so it voids only a short
/// text (a later review saw such reasons refused).
pub fn is_empty_why(reason: &str) -> bool {
    empty_as(reason, Reading::Why)
}

fn empty_as(text: &str, reading: Reading) -> bool {
    // Kept by text on each thread, for each reading: the evidence of every safeguard is read
    // so at every evaluation, at some 100,000 instructions each (issue 7).
    thread_local! {
        static EVIDENCE: pass::ByText<bool> = std::cell::RefCell::new(HashMap::default());
        static WHY: pass::ByText<bool> = std::cell::RefCell::new(HashMap::default());
    }
    let seen = match reading {
        Reading::Evidence => &EVIDENCE,
        Reading::Why => &WHY,
    };
    pass::by_text(seen, text, 16_384, || empty_as_read(text, reading))
}

/// [`empty_as`], read afresh.
fn empty_as_read(text: &str, reading: Reading) -> bool {
    let words = crate::assessment::as_words(text);
    let initials = without_initials(&words);
    let text = &*without_next_cycle(&initials);
    only_placeholders(text, &[ANSWER_PLACEHOLDERS, REASON_PLACEHOLDERS])
        || visible_text(text).trim().chars().count() < 3
        || only_to_come(text)
        || says_not_done(text, reading)
        || copied_example(text)
        || unfilled(text)
}

/// `text` without the clauses after its first that only say when the work is next due: "Risk
/// assessment completed; next annual review is planned" is a completion and a schedule, where
/// "planned" read alone says the work is still to come (a compliance review saw it refused).
fn without_next_cycle(text: &str) -> std::borrow::Cow<'_, str> {
    const CYCLE: &[&str] = &[
        "review",
        "reviews",
        "audit",
        "reassessment",
        "renewal",
        "revalidation",
        "refresh",
        "update",
    ];
    if !["next ", "Next ", "NEXT "].iter().any(|n| text.contains(n)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let clauses: Vec<&str> = text.split([';', '\n']).collect();
    let next_cycle = |c: &str| {
        let spaced = spaced_words(c);
        let words: Vec<&str> = spaced.split_whitespace().collect();
        words.first() == Some(&"next")
            && words
                .get(1..4)
                .unwrap_or_else(|| words.get(1..).unwrap_or_default())
                .iter()
                .any(|w| CYCLE.contains(w))
    };
    let kept: Vec<&str> = clauses
        .iter()
        .enumerate()
        .filter(|(i, c)| *i == 0 || !next_cycle(c))
        .map(|(_, c)| *c)
        .collect();
    if kept.len() == clauses.len() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(kept.join(";"))
    }
}

/// `text` with the full stop after an initial or a title before a name taken out: "signed off
/// by J. O'Neill, Chief Risk Officer, on 14 March 2026" is one sentence, where the readers of
/// evidence, which part sentences at a full stop, read the date as another's (a compliance
/// review saw it refused).
fn without_initials(text: &str) -> std::borrow::Cow<'_, str> {
    const TITLES: &[&str] = &["Dr", "Mr", "Ms", "Mrs", "Prof", "St"];
    let b = text.as_bytes();
    // The byte offsets of the full stops to take out: after a word that is one capital letter
    // or a title, before a space and a capital letter.
    let mut cut = Vec::new();
    for (i, _) in text.match_indices(". ") {
        let start = text
            .get(..i)
            .and_then(|h| h.rfind(|c: char| c.is_whitespace() || c == '(' || c == '.'))
            .map_or(0, |p| p + 1);
        let word = text.get(start..i).unwrap_or_default();
        let initial = word.len() == 1 && word.bytes().all(|c| c.is_ascii_uppercase());
        let next_capital = b.get(i + 2).is_some_and(u8::is_ascii_uppercase);
        if (initial || TITLES.contains(&word)) && next_capital {
            cut.push(i);
        }
    }
    if cut.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for i in cut {
        out.push_str(text.get(at..i).unwrap_or_default());
        at = i + 1;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    std::borrow::Cow::Owned(out)
}

/// An answer that is only a placeholder ("n/a", "TBD"): something was typed, but it is no
/// answer. Screens say so rather than show it as answered or as blank.
pub fn is_placeholder_answer(a: &Answer) -> bool {
    a.is_given() && !is_given(a)
}

/// [`is_placeholder_answer`] for the answer to `question`, as [`is_given_to`] reads it.
pub fn is_placeholder_answer_to(question: &Question, a: &Answer) -> bool {
    a.is_given() && !is_given_to(question, a)
}

/// Whether an answer to `question` counts as given: [`is_given`], except that the question
/// asking which uses are out of scope may be answered under its own heading. "Out of scope:
/// customer documents." answers it, where the same opening in a test summary says the work was
/// left out (so this reading is the question's alone: taken for every text, it made "Out of
/// scope: fair-lending testing" a test run).
pub fn is_given_to(question: &Question, a: &Answer) -> bool {
    is_given(a)
        || (question.role.as_deref() == Some("out-of-scope")
            && matches!(question.kind, QuestionKind::Text | QuestionKind::LongText)
            && match a {
                Answer::Text(t) => {
                    out_of_scope_heading(t).is_some_and(|rest| !is_placeholder(rest))
                }
                _ => false,
            })
}

/// `text` past the list under an opening "Out of scope:" heading (its first sentence or
/// line), or all of it where it does not open so.
pub(crate) fn past_out_of_scope_list(text: &str) -> &str {
    let Some(list) = out_of_scope_heading(text) else {
        return text;
    };
    // At a full stop before a space, or a line break, however the text is spaced.
    let end = list.char_indices().find_map(|(at, c)| {
        let next = list.get(at + c.len_utf8()..).unwrap_or_default();
        match c {
            '\n' => Some(at + 1),
            '.' if next.starts_with(is_spacing) => Some(at + 1),
            _ => None,
        }
    });
    end.and_then(|at| list.get(at..)).unwrap_or_default()
}

/// Spacing as a text may hold it: white space, and the zero-width space typed beside it.
pub(crate) fn is_spacing(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}'
}

/// `text` past the word `word` (ASCII, any case) at its start, where the word ends there.
pub(crate) fn past_word<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let rest = text
        .get(..word.len())
        .filter(|o| o.eq_ignore_ascii_case(word))
        .and_then(|_| text.get(word.len()..))?;
    (!rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// What follows an opening "Out of scope:" (or "Out-of-scope uses -"), if the text opens so and
/// says more. Read however it is spaced (the verdict does not change with spacing).
fn out_of_scope_heading(text: &str) -> Option<&str> {
    let t = text.trim_start_matches(is_spacing);
    let rest = past_word(t, "out-of-scope").or_else(|| {
        let r = past_word(t, "out")?.trim_start_matches(is_spacing);
        let r = past_word(r, "of")?.trim_start_matches(is_spacing);
        past_word(r, "scope")
    })?;
    let spaced = rest.trim_start_matches(is_spacing);
    let rest = past_word(spaced, "uses")
        .or_else(|| past_word(spaced, "use"))
        .unwrap_or(rest)
        .trim_start_matches(is_spacing);
    let rest = [':', '-', '\u{2013}', '\u{2014}']
        .iter()
        .find_map(|m| rest.strip_prefix(*m))?
        .trim_matches(is_spacing);
    (!rest.is_empty()).then_some(rest)
}

/// Whether an answer counts as given: a blank or placeholder text ("n/a", "-") is no answer.
pub fn is_given(a: &Answer) -> bool {
    match a {
        Answer::Text(t) => a.is_given() && !is_placeholder(t),
        _ => a.is_given(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The system's own name reads as the system, as whole words and as written; a name too
    /// short or with no capital or digit is left alone, and so is a longer word holding it.
    #[test]
    fn the_system_s_own_name_reads_as_the_system() {
        assert_eq!(
            system_named(
                "ClaimSort rejects claims; ClaimSort's letters follow.",
                "ClaimSort"
            ),
            "the system rejects claims; the system's letters follow."
        );
        assert_eq!(
            system_named("The ClaimSort model proposes.", "ClaimSort"),
            "The system model proposes."
        );
        assert_eq!(
            system_named("ClaimSorter rejects claims.", "ClaimSort"),
            "ClaimSorter rejects claims."
        );
        assert_eq!(
            system_named("the review decides nothing", "review"),
            "the review decides nothing"
        );
        assert_eq!(system_named("Ab decides.", "Ab"), "Ab decides.");
        assert!(matches!(
            system_named("Nothing named here.", "ClaimSort"),
            std::borrow::Cow::Borrowed(_)
        ));
        // A name of two words across a line break.
        assert_eq!(
            system_named("TriageAssist\nED sets the level.", "TriageAssist ED"),
            "the system sets the level."
        );
    }

    /// "Out of scope: customer documents." answers the question that asks which uses are out
    /// of scope; the same words answer no other question, and a heading with nothing after it
    /// (or a placeholder) answers none (a hostile review's honest answer, counted unanswered).
    #[test]
    fn an_out_of_scope_heading_answers_only_its_own_question() {
        let q = crate::questionnaire::default_questionnaire().unwrap();
        let own = q
            .questions
            .iter()
            .find(|x| x.role.as_deref() == Some("out-of-scope"))
            .unwrap();
        let other = q
            .questions
            .iter()
            .find(|x| x.role.as_deref() == Some("limitations"))
            .unwrap();
        for t in [
            "Out of scope: customer documents.",
            "OUT OF SCOPE - customer documents, legal advice and HR case files.",
            "Out-of-scope uses: customer documents and legal advice.",
            "Out of scope use \u{2013} legal advice.",
        ] {
            let a = Answer::Text(t.to_string());
            assert!(
                is_given_to(own, &a),
                "{t:?} answers the out-of-scope question"
            );
            assert!(!is_placeholder_answer_to(own, &a), "{t:?}");
            // Any other question reads it as every text is read.
            assert_eq!(is_given_to(other, &a), is_given(&a), "{t:?}");
        }
        // Where the heading is read as work put off, only the out-of-scope question takes it.
        for t in [
            "Out of scope: customer documents.",
            "OUT OF SCOPE - customer documents.",
        ] {
            let a = Answer::Text(t.to_string());
            assert!(is_given_to(own, &a), "{t:?}");
            assert!(
                !is_given_to(other, &a),
                "{t:?} says another answer was left out"
            );
            assert!(!is_given(&a), "{t:?} alone is read as put off");
        }
        for t in [
            "Out of scope:",
            "Out of scope: TBD",
            "Out of scope: n/a",
            "Out of scope for now.",
            "Out of scope: to be defined later.",
        ] {
            let a = Answer::Text(t.to_string());
            assert!(!is_given_to(own, &a), "{t:?} is no answer");
            assert!(is_placeholder_answer_to(own, &a), "{t:?}");
        }
    }

    /// A compliance review's answers that only say the answer is to come are no answer; what
    /// says what the system does, or gives work done beside work to come, is one.
    #[test]
    fn only_to_come_reads_answers_put_off_not_descriptions() {
        for t in [
            "None defined yet; we will write this later.",
            "We will do this before launch.",
            "We will define these later.",
            "Not defined yet.",
            "To be written.",
            "Will be added after the pilot.",
            "We'll fill this in after the pilot.",
            "Details to be confirmed.",
            "TBD later",
            "Still to be confirmed.",
            "Vendor to confirm.",
            "Owner to be assigned.",
            "Will be provided later.",
            "We haven't decided yet.",
            "Awaiting sign-off before we can say.",
            "Placeholder - update before sign-off.",
            "Ask the data team.",
            "Planned for next quarter.",
            "Risk assessment in progress.",
            "Risk assessment scheduled for January.",
            "Risk assessment will be done before launch.",
            "Tests will be run before launch.",
            "Bias testing planned for Q3.",
            "Due for the next release.",
            "Testing will be carried out before go-live.",
            "Being written up now.",
            "Due by end of Q1.",
            "To be assessed during the pilot.",
        ] {
            assert!(only_to_come(t), "{t}");
            assert!(is_placeholder(t), "{t}");
            assert!(is_empty_reason(t), "{t}");
        }
        for t in [
            "Will be reviewed by adjusters before any letter is sent.",
            "Training will be provided to staff.",
            "Will draft replies to customer emails for agents to review.",
            "None: every use by staff is in scope.",
            "Risk assessment RA-7 approved 2025-01-10; we will add the annex later.",
            "Not for legal contracts.",
            "No medical advice; users are told in the terms.",
            "We will review every output before it is sent.",
            "-x :",
            "Ask-the-expert sessions run monthly since 2024 (wiki/ask)",
            "TBD fields in the form are not read by the model.",
            "Designed to follow up leads.",
            "Every output is reviewed before release.",
            "Retraining scheduled for every model change.",
            "Planned for use by loan officers in branches.",
            "Reviews will be completed before any decision is sent.",
            "Tests will be run on every release before it ships to customers.",
            "Progress of each application is shown to the applicant.",
        ] {
            assert!(!only_to_come(t), "{t}");
        }
    }

    /// A compliance review's risk assessments that were only planned, or only begun (a
    /// kick-off, a scoping, a template, a vendor), read as in place; work dated after such a
    /// step, or done with a template, is work done.
    #[test]
    fn evidence_of_the_steps_before_the_work_is_no_evidence_of_it() {
        for t in [
            "Risk assesment will be make by compliance team next month, we have already the template and kick-off meeting was done 2026-11-03.",
            "Risk assessment scoping was completed on 2026-10-01; the assessment itself starts in January.",
            "Risk assesment is going to be finish in Q1 2027.",
            "Template for the risk assessment agreed on 2026-09-12; vendor engaged, kick-off 2027-01-15.",
            "Risk assessment kick-off was done 2026-11-03.",
            "Risk evaluation targeted for completion end of January.",
            // A review of the new readings: the same steps in other words.
            "Statement of work for the model risk assessment signed with Deloitte on 2024-11-18.",
            "Project charter for model risk assessment MRM-CL-031 approved on 2024-11-18.",
            "RFP for an independent model risk assessment issued on 2024-11-18.",
            "Initiation meeting for model risk assessment MRM-CL-031 held on 2024-11-18.",
            "Planning phase of model risk assessment MRM-CL-031 completed on 2024-11-18.",
            "Model risk assessment MRM-CL-031 is pencilled in for the Model Risk Committee's February meeting.",
            "We aim to complete model risk assessment MRM-CL-031 before launch.",
            "Model risk assessment MRM-CL-031 kicks off in January.",
            // A review of those readings: the step as what was approved or agreed, and the
            // real work said to be still to come.
            "Model Risk Committee approved the terms of reference for assessment MRM-CL-031 on 2024-11-18.",
            "Requirements for model risk assessment MRM-CL-031 gathered and signed off on 2024-11-18.",
            "Model Risk has agreed the approach for assessment MRM-CL-031 and booked the committee slot.",
            "Model risk assessment MRM-CL-031 approved on 2024-11-18. J. O'Neill will start the actual assessment in January.",
            // A review of those: the step as the subject, the plan after the real work.
            "Methodology for the risk assessment agreed with the second line on 2024-11-18.",
            "Scope agreed with MRM on 2024-11-18, actual assessment to follow in January.",
            "Methodology agreed 2024-11-18; the real assessment is scheduled for Q1.",
            "Model Risk Committee nominated the validator and approved the plan for MRM-CL-031 on 2024-11-18.",
            "Requirements gathered for the risk assessment; assessment plan approved 2024-11-18.",
        ] {
            assert!(is_empty_reason(t), "{t}");
        }
        for t in [
            "RA-12 approved 2026-03-01 after a kick-off in January.",
            "RA-12 written with the group template, approved 2025-05-02.",
            "Risk assessment RA-7 completed 2026-02-10 following scoping with the product team.",
            "Risk assessment RA-7 approved by the CRO on 2026-02-10; the 2027 refresh starts in January.",
            "Model validation MV-3 signed off 2026-05-01; the validation team engaged with the model owners throughout.",
            // An initial's full stop ends no sentence.
            "Risk assessment RA-2026-031 (Jira GRC-1183) signed off by J. O'Neill, Chief Risk Officer, on 14 March 2026; reviewed yearly, next review planned for 2027-01.",
            "Risk assessment RA-2026-031 approved by J. Smith on 2026-03-14; next review planned for 2027-01.",
            "Risk assessment RA-9 approved by Dr. M. Jansen on 2026-03-14; next review planned for 2027-01.",
            // The next cycle after the work is no work to come.
            "Risk assessment completed; next annual review is planned.",
            // The steps named after the work reported, or as what it was done on.
            "Model risk assessment MRM-CL-031, completed on the Model Risk template agreed in 2023 and approved by the Model Risk Committee on 2024-11-18.",
            "Model risk assessment MRM-CL-031 approved by the Model Risk Committee on 2024-11-18 (kick-off 2024-09-02, scoping 2024-09-16).",
            "Model risk assessment MRM-CL-031 approved on 2024-11-18. The annual refresh starts in November 2027.",
            "Capacity planning model validated 2024-01-01 by the model risk team.",
            "Model Risk approved the methodology and results of assessment MRM-CL-031 on 2024-11-18.",
            "Assessment MRM-CL-031 covers the requirements gathered from the credit team; approved by the Model Risk Committee on 2024-11-18.",
            "Model risk assessment MRM-CL-031 approved 2024-11-18 after the committee agreed the approach in September.",
            "The actual assessment (MRM-CL-031) was approved by the Model Risk Committee on 2024-11-18.",
            "Model risk assessment MRM-CL-031 approved 2024-11-18; we will run the real assessment again after the next model change.",
            "Scope and methodology agreed 2024-10-01; assessment MRM-CL-031 completed and approved by the Model Risk Committee on 2024-11-18.",
        ] {
            assert!(!is_empty_reason(t), "{t}");
        }
        assert_eq!(
            without_initials("by J. O'Neill. Done. A. B."),
            "by J O'Neill. Done. A B."
        );
        // A day the work is in place from is the day it was done: one to come is not done yet.
        for t in [
            "Risk assessment: in place since 2027-02-01.",
            "Model risk assessment MRM-CL-031 in use since 2027-02-01.",
            "Model risk assessment MRM-CL-031 commences on 2027-02-01.",
        ] {
            assert_eq!(dates_in(t).made.as_deref(), Some("2027-02-01"), "{t}");
        }
        // The start of the next round is not the day the work was done.
        assert_eq!(
            dates_in("RA-12 approved on 2024-11-18. The annual refresh starts on 2027-11-01.")
                .made
                .as_deref(),
            Some("2024-11-18")
        );
        // A date no word ties to anything is the day of the thing named; a plan, an end, a
        // span or the next cycle is not.
        for (t, bare) in [
            (
                "Model risk assessment MRM-CL-031 (2027-01-15), Model Risk Committee.",
                Some("2027-01-15"),
            ),
            (
                "Model risk assessment MRM-CL-031 from 2027-01-15.",
                Some("2027-01-15"),
            ),
            (
                "Model risk assessment MRM-CL-031, Model Risk Committee meeting of 2027-01-15.",
                Some("2027-01-15"),
            ),
            (
                "DPIA DP-12 (2025-04-01); next review 2027-04-01.",
                Some("2025-04-01"),
            ),
            (
                "RA-12 approved on 2024-11-18; next review 2027-11-18.",
                None,
            ),
            ("Licence LIC-4, valid until 2027-12-31.", None),
            ("Re-approval planned for 2027-01-15.", None),
            ("Go-live 2027-02-01.", None),
            ("Trained on records up to 2027-01-01.", None),
            (
                "RA-12 approved 2024-11-18. The annual refresh starts in November 2027.",
                None,
            ),
        ] {
            assert_eq!(dates_in(t).bare.as_deref(), bare, "{t}");
        }
    }

    /// The words [`unapproved_document`] reads are each found by a key it looks for first.
    #[test]
    fn every_unapproved_phrase_holds_a_key() {
        let markers = ["awaiting", "awaits", "await", "pending", "under mrc review"];
        for p in APPROVAL_PENDING
            .iter()
            .chain(APPROVAL_TO_COME)
            .chain(APPROVED_ON_A_CONDITION)
            .chain(DRAFT_MARKS)
            .chain(markers.iter())
        {
            assert!(UNAPPROVED_KEYS.iter().any(|k| p.contains(k)), "{p}");
        }
        assert!(unapproved_document("Safety case CI-SC-2024-03 (DRAFT)."));
        assert!(!unapproved_document(
            "Safety case CI-SC-2024-03 approved on 2024-10-01."
        ));
    }

    /// Evidence that dates itself: the day the work was done, and the day it stops holding.
    #[test]
    fn evidence_gives_the_dates_its_words_tie_to_what_happened() {
        let d = |t: &str| dates_in(t);
        assert_eq!(
            d("RA-12 approved by the risk committee on 2099-11-18."),
            DatesIn {
                made: Some("2099-11-18".into()),
                expires: None,
                condition_due: None,
                bare: None,
            }
        );
        assert_eq!(
            d("Licence LIC-4, valid until 2020-12-31; signed 2019-01-02"),
            DatesIn {
                made: Some("2019-01-02".into()),
                expires: Some("2020-12-31".into()),
                condition_due: None,
                bare: None,
            }
        );
        // What is to come, and ids that look like dates, are neither.
        assert_eq!(
            d("Approved 2024-11-18; next review 2025-11-18."),
            DatesIn {
                made: Some("2024-11-18".into()),
                expires: None,
                condition_due: None,
                bare: None,
            }
        );
        assert_eq!(d("Ticket RISK-2024-11-18 in Jira"), DatesIn::default());
        // A hostile review's evidence: minutes of a meeting not yet held, and an approval
        // whose period has ended; beside them, a meeting to come and a period of data.
        for (text, made) in [
            (
                "MRM-CL-031; see Model Risk Committee minutes of 2027-01-14, item 4.",
                Some("2027-01-14"),
            ),
            (
                "MRM-CL-031 (MRC minutes 2027-01-14, item 4).",
                Some("2027-01-14"),
            ),
            ("MRM-CL-031, next committee meeting 2027-01-14.", None),
            // To come, or a time: reviews of honest evidence.
            (
                "MRM-CL-031; next review at the MRC meeting on 2027-01-14.",
                None,
            ),
            (
                "MRM-CL-031; the minutes of the 2027-01-14 meeting will record its re-approval.",
                None,
            ),
            (
                "Safety case CS-3; it is re-presented at the Safety Group meeting in January (2027-01-12).",
                None,
            ),
            (
                "Escalations answered within 15 minutes 2026-01-04 to 2026-06-30; runbook RB-7.",
                None,
            ),
            (
                "MRM-CL-031 (Model Risk Committee, January 2027 meeting).",
                Some("2027-01-01"),
            ),
        ] {
            assert_eq!(d(text).made.as_deref(), made, "{text}");
        }
        assert_eq!(
            d("MRM-CL-031, approved on 2024-11-18 on condition that the fair-lending retest is completed by 2025-03-31.")
                .expires
                .as_deref(),
            Some("2025-03-31")
        );
        // Said met in ordinary words (a review of honest evidence), and no condition at all.
        for met in [
            "MRM-CL-031, approved on 2024-11-18 on condition that the retest is completed by 2025-03-31; retest RT-4 completed 2025-02-10, condition met.",
            "MRM-CL-031, approved on 2024-11-18 on condition that the retest is completed by 2025-03-31; the retest was completed on 2025-02-10.",
            "MRM-CL-031, approved on 2024-11-18 on condition that the retest is completed by 2025-03-31; condition discharged by the MRC on 2025-03-05.",
            "MRM-CL-031, approved on 2024-11-18 with no conditions, after the validation was completed by 2024-10-31.",
            "MRM-CL-031, validation provided by Model Risk Management, completed by 2024-10-31.",
        ] {
            assert_eq!(d(met).expires, None, "{met}");
        }
        for unmet in [
            "MRM-CL-031, approved on 2024-11-18 provided the bias retest is finished by 2025-06-30.",
            "MRM-CL-031, approved on 2024-11-18, subject to a retest by 2025-03-31.",
            // "Conditional on" (a review of honest evidence read it in place two years on).
            "MRM-CL-031, approved on 2024-11-18, conditional on a fairness retest by 2025-06-30.",
            "MRM-CL-031, approved on 2024-11-18, contingent on a fairness retest by 2025-06-30.",
            // Said not met, in the words that say met (a hostile review).
            "MRM-CL-031, approved on 2024-11-18, conditional on a fairness retest by 2025-06-30; the condition was not met.",
            "MRM-CL-031, approved on 2024-11-18, conditional on a fairness retest by 2025-06-30; the retest was never completed.",
            "MRM-CL-031, approved on 2024-11-18, conditional on a fairness retest by 2025-06-30; retest completed: no.",
            "MRM-CL-031, approved on 2024-11-18, conditional on a fairness retest by 2025-06-30; the condition is unmet.",
            "MRM-CL-031, approved on 2024-11-18 on condition that the retest is completed by 2025-03-31; the retest hasn't been completed.",
            "MRM-CL-031, approved on 2024-11-18, conditional on a retest by 2025-06-30; nobody completed the retest.",
            // Work done before the condition was set says nothing of it.
            "MRM-CL-031, completed on 2024-11-01 and approved on 2024-11-18, conditional on a retest by 2025-06-30.",
            "MRM-CL-031 approved on 2024-11-18 conditional upon the retest being completed by 2025-06-30.",
        ] {
            let dates = d(unmet);
            assert!(dates.expires.is_some(), "{unmet}");
            // Said as the condition's day, not an expiry.
            assert_eq!(dates.condition_due, dates.expires, "{unmet}");
        }
        // An expiry is no condition's day; a conditional thing that lapsed is another thing.
        assert_eq!(
            d("Licence LIC-4, valid until 2020-12-31; signed 2019-01-02").condition_due,
            None
        );
        assert_eq!(
            d("Approved 2024-11-18; the conditional waiver WV-2 expired 2025-04-30.").expires,
            None
        );
        for met in [
            "Conditional on a retest by 2025-06-30, approved 2024-11-18; the retest was completed on 2025-05-20.",
            "Approved 2024-11-18, conditional on a fairness retest by 2025-06-30, which was carried out on 2025-05-20.",
            "Approved 2024-11-18, conditional on a fairness retest by 2025-06-30. Fairness retest: complete (2025-05-20).",
            "Approved 2024-11-18, conditional on a fairness retest by 2025-06-30; the retest was performed on 2025-05-20.",
            "Approved 2024-11-18, conditional on a fairness retest by 2025-06-30; the retest took place on 2025-05-20.",
        ] {
            assert_eq!(d(met).expires, None, "{met}");
        }
        assert_eq!(
            d("MRM-CL-031, approval period 2023-06-01 to 2025-05-31.")
                .expires
                .as_deref(),
            Some("2025-05-31")
        );
        for text in [
            "Validated on applications from the period 2021-01-01 to 2023-12-31, approved 2024-01-05.",
            "Back-tested on loans from the approval period 2019-01-01 to 2020-12-31; approved 2024-11-18.",
        ] {
            assert_eq!(d(text).expires, None, "{text}");
        }
        assert_eq!(
            d("MRM-CL-031, first approved for the approval period 2021-11-18 to 2024-11-17 and renewed on 2024-11-18 for the approval period 2024-11-18 to 2027-11-17.")
                .expires
                .as_deref(),
            Some("2027-11-17")
        );
        // A hostile review's other wordings of an expiry.
        for (text, date) in [
            ("RA-12, sunset 2025-10-14", "2025-10-14"),
            (
                "RA-12 approved 2024-10-15, must be renewed by 2025-10-14",
                "2025-10-14",
            ),
            ("Bias-Audit BA-3, gültig bis 31.12.2025", "2025-12-31"),
            ("Audit BA-3, valable jusqu'au 31/12/2025", "2025-12-31"),
        ] {
            assert_eq!(d(text).expires.as_deref(), Some(date), "{text}");
        }
        // A review of honest evidence: spans of work or data, and a term renewed.
        for text in [
            "Pilotbetrieb vom 01.03.2025 bis 30.09.2025, Audit abgeschlossen 10.10.2025",
            "Données de 2019 jusqu'au 31/12/2023; audit réalisé le 10/10/2025",
            "The training data runs until 2025-06-30; tested 2025-09-01",
        ] {
            assert_eq!(d(text).expires, None, "{text}");
        }
        assert_eq!(
            d("Bureau data licensed under contract until 2025-12-31, renewed to 2028-12-31")
                .expires
                .as_deref(),
            Some("2028-12-31")
        );
        // A hostile review's: more ways to say it lapsed.
        for (text, date) in [
            (
                "Bias audit BA-3, no longer valid after 2025-01-10",
                "2025-01-10",
            ),
            ("Bias audit BA-3; renewal due 2025-01-10", "2025-01-10"),
            // A review of dishonest evidence: an overdue reapproval or review.
            ("Reapproval due 2025-01-10.", "2025-01-10"),
            (
                "Hazard log approved 2024-01-10; review due 2025-01-10",
                "2025-01-10",
            ),
            ("Bias audit BA-3 ran out on 2025-01-10", "2025-01-10"),
            ("Bias audit BA-3, validity ended 2025-01-10", "2025-01-10"),
            ("Auditoría BA-3, caduca el 10/01/2025", "2025-01-10"),
            ("Audit BA-3, Ablaufdatum 10.01.2025", "2025-01-10"),
            ("Gültig bis zum 10.01.2025", "2025-01-10"),
            ("Valable du 10/01/2024 au 10/01/2025", "2025-01-10"),
            ("RA-12, exp. 2025-11-30", "2025-11-30"),
            (
                "RA-12 approved 2024-11-30; valid 12 months from approval",
                "2025-11-30",
            ),
            (
                "Evaluación de riesgos, válida hasta el 30/11/2025",
                "2025-11-30",
            ),
            ("Risicoanalyse, geldig tot 30-11-2025", "2025-11-30"),
            ("Valutazione, valida fino al 30/11/2025", "2025-11-30"),
        ] {
            assert_eq!(d(text).expires.as_deref(), Some(date), "{text}");
        }
        assert_eq!(
            d("Validated under BIS principles, completed 2025-06-01"),
            DatesIn {
                made: Some("2025-06-01".into()),
                expires: None,
                condition_due: None,
                bare: None,
            }
        );
        assert_eq!(d("Approved on 2024-13-40"), DatesIn::default());
        assert_eq!(
            d("Reviewed 2023-01-05 and again on 2024-06-30"),
            DatesIn {
                made: Some("2024-06-30".into()),
                expires: None,
                condition_due: None,
                bare: None,
            }
        );

        // A tenth hostile review's wordings, and a review of honest evidence's.
        assert_eq!(
            d("Approval date: 2099-10-15").made.as_deref(),
            Some("2099-10-15")
        );
        assert_eq!(
            d("Ratified by the board 2099-10-15").made.as_deref(),
            Some("2099-10-15")
        );
        assert_eq!(
            d("Licence valid to 2020-10-15").expires.as_deref(),
            Some("2020-10-15")
        );
        assert_eq!(
            d("Revoked 2020-10-15").expires.as_deref(),
            Some("2020-10-15")
        );
        for honest in [
            "Validation on ED visits from 2021-01-01 through 2023-12-31; approved 2024-10-15",
            "The hazard log covers records until 2023-12-31",
            "Superseding CI-SC-2019-01, which was valid until 2020-10-15",
            "Completed for the 2027-01-01 release",
            "Approved for go-live on 2027-01-15",
            "Approved 2024-10-15; the next review, to be signed 2027-10-15",
        ] {
            let got = d(honest);
            assert!(got.expires.is_none(), "{honest}: {got:?}");
            assert!(
                got.made.as_deref().is_none_or(|m| m < "2026"),
                "{honest}: {got:?}"
            );
        }
    }

    /// A tenth hostile review's filler, in evidence, answers and notes; and honest text a review
    /// saw thrown out.
    #[test]
    fn eleventh_round_addresses_and_single_words_are_no_evidence() {
        for none in [
            "http://[::1]/ra",
            "http://127.1/ra",
            "http://127.0.0.2/ra",
            "http://0x7f000001/ra",
            "http://2130706433/ra",
            "https://ra.invalid/x",
            "https://ra.test/x",
            "/home/me/ra.pdf",
            "~/Documents/ra.pdf",
            "C:\\Users\\me\\Desktop\\ra.docx",
            "Approved.",
            "Signed",
            "Reviewed",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "https://wiki.corp.local/ra-12",
            "docs/risk/ra-12.md",
            "RA-12 approved by the Risk Committee on 2024-11-20",
            "Reviewed by the Risk Committee on 2024-11-20 (RISK-12)",
            "https://contest.example.com/ra",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// The gate words open the search for every phrase: a phrase without one would never be
    /// found.
    #[test]
    fn every_not_done_phrase_holds_a_gate_word() {
        for p in NOT_DONE_UNLESS_DATED
            .iter()
            .chain(NOT_YET_ELSEWHERE)
            .chain(APPROVED_ON_A_CONDITION)
        {
            let spaced = format!(" {p} ");
            assert!(
                NOT_DONE_GATE.iter().any(|w| spaced.contains(w)),
                "{p:?} holds none of the gate words"
            );
        }
    }

    /// A fourteenth hostile review's evidence that read "met" for a dismissal-ranking tool's
    /// risk assessment: the model provider's work, a certificate of something else, a template,
    /// a statement of intent.
    #[test]
    fn fourteenth_round_other_peoples_work_and_intentions_are_no_evidence() {
        for text in [
            "The vendor (AWS) has done a risk assessment of the model; see the Bedrock service card.",
            "See the Bedrock service card.",
            "Risk assessment done by the model provider.",
            "Covered by our ISO 27001 certification.",
            "Covered by our SOC 2 report.",
            "Covered by our SOC2 report.",
            "The vendor has done a risk assessment on 2024-11-18.",
            "Risk assessment done by the supplier, 2024-11-18.",
            "Available on request.",
            "Group-wide AI risk assessment template, approved 2024-05-02.",
            "We take AI risk seriously and follow industry best practice.",
            "We are committed to responsible AI.",
            // The provider's card named by the provider or the model, dated or not.
            "See the Anthropic model card.",
            "Anthropic's model card for Claude 3.5 Sonnet, published 2024-06-20.",
            "Claude 3.5 Sonnet model card (Anthropic).",
            "OpenAI GPT-4o system card, August 2024.",
            "Per the Amazon Nova model card, risks were assessed by AWS.",
            "Meta Llama 3 model card",
            "The foundation model card covers this.",
            // A second review's rewordings: a label first, the card first, a verb first, no
            // provider named, a model not on any list, one word, the provider's own work.
            "Risk assessment: see Claude model card",
            "RA: Claude 3.5 Sonnet model card",
            "Model card: Claude 3.5 Sonnet",
            "We rely on the Claude 3.5 Sonnet model card",
            "See the upstream model card",
            "Phi-3 model card, published 2024-04-23",
            "Qwen2.5-72B model card",
            "See the Anthropic modelcard",
            "See the Anthropic model\u{ad}card",
            "Claude 3.5 Sonnet's card",
            "https://assets.anthropic.com/m/claude-3-5-sonnet-model-card.pdf",
            "The model's safety was assessed by Anthropic",
            "Anthropic red-teamed Claude 3.5 Sonnet before release",
            "Provider risk assessment (Anthropic) for Claude 3.5 Sonnet",
            "Anthropic's published evaluations of Claude 3.5 Sonnet",
            "Mistral Large model documentation and safety evaluation",
            "Documented by the provider in its transparency note (Azure OpenAI)",
            "Anthropic's Responsible Scaling Policy and the Claude usage policy",
            "Claude 3.5 Sonnet model card, reviewed by our risk team",
            // A third review's: the provider or a supplier as the one who did it, and the
            // provider's own numbering taken for the team's.
            "Assessed by the model provider on 2024-11-18.",
            "The vendor assessed the risks on 2024-11-18.",
            "Risk assessment by our supplier, completed 2024-11-18.",
            "Anthropic completed a risk assessment on 2024-11-18.",
            "Anthropic system card SC-2024-06.",
            "Anthropic's responsible scaling policy, see RSP-3.",
            "OpenAI transparency note TN-4.",
            "Meta Llama 3 responsible use guide.",
        ] {
            assert!(is_empty_reason(text), "{text:?} is no evidence");
        }
        for text in [
            "RA-12 written with the group template, approved 2025-05-02",
            "DPIA template filled in for CaseLens, approved 2025-05-02",
            "Template-based risk assessment RA-12, approved 2025-05-02",
            "RA-12 approved 2025-05-02, to be repeated in Q2 2027",
            "RA-12 approved 2025-05-02, will be reviewed again in 2027",
            "RA-12 follows industry best practice (NIST AI RMF), owned by the CRO",
            "RA-12 approved 2024-05-02, written with the group risk assessment template",
            "Guardrails configured from the Bedrock service card's advice; tested 2024-05-02 (GR-4)",
            "Model card MC-7 for our fine-tuned model, reviewed 2024-05-02",
            "Our own risk assessment RA-12 (approved 2024-05-02) builds on the vendor's model card",
            "Vendor contract VC-9 signed 2024-03-01 licenses the voices",
            "RA-12 approved 2024-05-02; full report available on request",
            "Guardrails GR-3 configured per the Anthropic model card, tested 2024-05-02",
            "Our Llama model card MC-7 for the fine-tuned classifier, reviewed 2024-05-02",
            "Internal model card for our tuned Titan model, approved 2024-05-02 (MC-2)",
            "Risk assessment RA-12 approved 2024-05-02; it cites the Anthropic model card",
            "System card SC-4 for CaseLens, approved 2024-05-02",
            // The team's own document or dated work that cites the provider's card.
            "Anthropic model card reviewed in our risk assessment RA-12, approved 2024-05-02",
            "Claude 3.5 Sonnet model card was reviewed in RA-12, approved by our committee on 2024-05-02",
            "Our committee reviewed the Anthropic model card and approved the use on 2024-05-02",
            "Penetration test by the vendor, report PT-2024-11 reviewed by our security team on 2024-11-20",
            "Users see a 'Powered by Claude' notice on every screen",
            "Bedrock guardrails GR-3 tested monthly by our team since 2024-05-02",
            "Risk assessment RA-12 by the AI governance board, completed 2024-11-18",
        ] {
            assert!(!is_empty_reason(text), "{text:?} is evidence");
        }
    }

    /// A thirteenth hostile review's evidence that read "met": planned, still to be approved,
    /// only advised, not redone since the system changed, or for another system; and evidence
    /// that opens by naming the safeguard as absent.
    #[test]
    fn thirteenth_round_planned_and_stale_work_is_no_evidence() {
        for text in [
            "Planned: RA-12.",
            "Risk assessment RA-12 planned for Q1 2027.",
            "Upcoming: RA-12.",
            "RA-12 is on the roadmap.",
            "Risk assessment to follow.",
            "Risk assessment RA-12 to be signed off after launch.",
            "RA-12 approval outstanding",
            "The team should do a risk assessment.",
            "Target completion 2026-05-01.",
            "Risk assessment RA-12 will be approved by the committee on 2027-01-10.",
            "Risk assessment RA-12, to be approved by the committee on 2027-01-10.",
            "Risk assessment RA-12, approval by the committee expected on 2027-01-10.",
            "Risk assessment RA-12 approved on 2024-11-18; since then the model was replaced by a new LLM and it has not been redone.",
            "Risk assessment for the previous version of the system (v1, retired).",
            "Copied from another team's risk assessment for a different product.",
            // A twenty-seventh round's hostile review.
            "Nobody has assessed the risks",
            "We haven't done it",
            "Deleted",
            "Empty template",
            "Fake",
            "RA-7 superseded and archived; no current version",
            "Risk assessment: rejected by committee; to be redone",
            // Its later reviews, of honest teams and hostile ones.
            "The hazard log has not yet been written.",
            "Hazard log not yet written.",
            "Hazard log draft v0.3 circulated for comment on 2026-11-30",
            "Ticket RISK-44 opened on 2026-11-20 to write the hazard log",
            "Consultant engaged on 2026-11-01 to produce the hazard log",
            "Hazard log started 2026-10-01; expected to complete January 2027",
            "Budget approved 2026-11-02 for the hazard analysis",
            "Kick-off meeting held 2026-11-15 with the safety team",
            "Hazard log HL-3 approved 2025-08-12 for MainsRisk v2; not yet updated for v3",
            "The two-person rule was scrapped for this deployment",
            "HL-3 was never approved",
            "The hazard log is fictitious",
            "Fabricated for the audit",
            "Doesn't exist",
            "We do not have a weapons review",
            "We don't have a documented two-person rule",
            "Licence from the narrator; she withdrew consent in October",
            "Licence terminated 2026-06-30",
            "The trust-and-safety team was disbanded; runbook RB-2 no longer followed",
            "RA-12 never got sign-off.",
            "RA-12: approval denied by the board.",
            "RA-12 approved 2026-03-02; since annulled.",
            "RA-12 is obsolete.",
            "RA-12 not yet finished.",
            "RA-12 approved 2026-03-02 in principle; conditions outstanding.",
            "RA-12 awaiting the board.",
            "RA-12 was cancelled.",
        ] {
            assert!(is_empty_reason(text), "{text:?} is no evidence");
        }
        // Honest evidence with the same words.
        for text in [
            "Planned quarterly audits by internal audit; last one 2025-02 (AUD-9)",
            "RA-12 approved 2024-11-18; next review planned for 2025-11.",
            "RA-12 approved 2024-11-18 by the committee; the actions to follow were closed 2025-01-10.",
            "Reviewers follow SOP-14, audited monthly (wiki/sop14)",
            "Caseworkers run the checklist CL-3 on every case; approved 2024-06-01",
            "Applicant data deleted after 30 days (retention policy RP-4)",
            "Removed fields: name, address, date of birth (DPIA-7)",
            "Template ST-3 filled in for every release; last 2025-02-01",
            "Pending engagements are held until the commander authorises them (CONUSE-ATR-02 s4, approved 2026-03-01)",
            "Employees can ask for their review to be written without ReviewDraft (HR-POL-22 s.4)",
            "We do not have access to raw images; hazard log HL-2 kept by the safety engineer",
            "Customer data has never been used for training (DPA-4, audited 2025-06-01)",
            "Abusive accounts are suspended within an hour; 42 bans in Q3 (TS-7)",
            // Words of something gone, in a clause beside the team's own dated work.
            "RA-12 approved by the AI Risk Board on 2026-03-02; the former ethics panel was disbanded in 2025.",
            "RA-12 approved 2026-03-02. The legacy rules engine was scrapped in 2025.",
            "RA-12 approved 2026-03-02; the manual spreadsheet is no longer followed since the tool went live.",
            "RA-12 approved 2026-03-02; the pilot's synthetic test patients are fictitious.",
            "RA-12 approved 2026-03-02; the old vendor contract was cancelled in 2025.",
            "We do not keep chat transcripts after the session ends (RET-2)",
            "Hazard log HL-2 kept since 2025-03-01; obsolete hazards are closed at each review.",
        ] {
            assert!(!is_empty_reason(text), "{text:?} is evidence");
        }
        for (evidence, title) in [
            ("No risk assessment.", "Documented risk assessment"),
            (
                "No formal risk assessment; the team discussed risks informally.",
                "Documented risk assessment",
            ),
            ("No bias testing", "Bias and adverse-impact testing"),
            // A twenty-seventh round's hostile review: the team says it has none.
            (
                "We do not have a hazard analysis for SignalWatch.",
                "Hazard analysis and safety case",
            ),
            (
                "We have no risk assessment for this system.",
                "Documented risk assessment",
            ),
            (
                "We don't have any documented risk assessment yet",
                "Documented risk assessment",
            ),
        ] {
            assert!(
                denies_the_title(evidence, title),
                "{evidence:?} says it is absent"
            );
        }
        for (evidence, title) in [
            (
                "No automated rejection: every adverse outcome goes to a caseworker.",
                "Human review of adverse decisions",
            ),
            (
                "No-code pipeline; risk assessment RA-12 approved 2024-11-18",
                "Documented risk assessment",
            ),
            (
                "No incidents in 12 months of monitoring",
                "Monitoring and incident response",
            ),
            (
                "None of the findings of risk assessment RA-12 is open",
                "Documented risk assessment",
            ),
            (
                "We do not have access to raw images; hazard log HL-2 kept by the safety engineer",
                "Hazard analysis and safety case",
            ),
            (
                "No hazard found open in 3 audits; hazard log HL-2 kept by the safety engineer",
                "Hazard analysis and safety case",
            ),
        ] {
            assert!(
                !denies_the_title(evidence, title),
                "{evidence:?} is evidence"
            );
        }
    }

    /// Evidence that says in plain words the work was not done or was turned down is no
    /// evidence; a description that opens with the same words is (a twelfth hostile review).
    #[test]
    fn twelfth_round_refused_and_never_done_work_is_no_evidence() {
        for none in [
            "No risk assessment was carried out; QQ-PD v5 is a refresh of v4.",
            "Rejected by the Model Risk Committee on 2024-11-18 (MRM-CL-031); resubmission not scheduled.",
            "MRM-CL-031, approved 2023-11-18 (superseded by the v5 change; re-approval pending).",
            "Not performed.",
            "Never done.",
            "Has not been performed.",
            "Not completed.",
            "Incomplete.",
            "Withdrawn.",
            "Failed review.",
            "Quote requested from an independent auditor.",
            "ETA Q3",
            "In progress: draft v0.3",
            "Not approved by the committee",
            // A later review's, each once counted as in place.
            "Elena Marsh declined to sign the licence HLA-VL-2024-011; her agent is reconsidering.",
            "Model risk assessment MRM-CL-031 (tier 1 model): the Model Risk Committee did not approve it on 2024-11-18; resubmission planned.",
            "Unsigned voice licence HLA-VL-2024-011 in the contracts folder.",
            "Licence HLA-VL-2024-011 under negotiation with her agent.",
            "Risk assessment RA-7 is awaiting approval by the committee.",
            "Risk assessment draft v0.3, not yet reviewed.",
            "RA-7 was sent back for rework by the committee on 2024-11-18.",
            "DPIA written 2024-10-01, yet to be signed by the DPO.",
            // A second review's.
            "Model risk assessment MRM-CL-031 was skipped for this release.",
            "RA-12 started 2024-11-18, never finished.",
            "RA-12 is still in progress.",
            "RA-12 submitted to the committee on 2024-11-18; awaiting decision.",
            "RA-12 was abandoned when the project lead left.",
            "RA-12 is incomplete: sections 3-6 are blank.",
            "The committee declined to review RA-12.",
            "RA-12 submitted; approval expected 2025-09-30.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Rejected applicants are told the main reasons (letter template L-4).",
            "Declined applications get a letter with the reasons and how to appeal.",
            "Incomplete applications go to a caseworker, never to the model.",
            "Failed-login monitoring alerts the SOC (runbook SEC-7).",
            "Withdrawn consent is honoured within 24 hours (DPIA-12, approved 2024-03-01).",
            "Rejected by the committee in 2024-01; approved after changes on 2024-11-18 (MRM-CL-031).",
            "No incidents in 12 months; incident runbook IR-4 approved 2024-05-02.",
            "Never shown to applicants before a credit officer reviews it (SOP-7).",
            // The same words about something beside dated work done.
            "Licence signed 2024-03-04, term until 2029-03-03; it replaced an unsigned letter of intent.",
            "Applications awaiting approval are checked by a credit officer (SOP-7, approved 2024-05-02).",
            "Model risk assessment MRM-CL-031, approved 2024-11-18 after it was sent back for rework in October.",
            "Incomplete applications go to a caseworker; SOP-9 approved 2024-05-02.",
            "Every decision is reviewed by a credit officer before it is sent (SOP-7, approved 2024-05-02).",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// A review of honest evidence: words about something else beside dated work done stand,
    /// and a reason why a safeguard does not apply may say what was not done and why.
    #[test]
    fn twelfth_round_honest_evidence_and_reasons_stand() {
        for evidence in [
            "Clinical safety case CI-SC-2024-03 and hazard log, approved by the clinical safety officer on 2024-10-15; version 1 was rejected by the safety board and reworked.",
            "Safety case approved on 2024-10-15; a separate DPIA was not performed because the trust-wide EHR DPIA covers this processing.",
            "Model risk assessment MRM-CL-031, approved by the Model Risk Committee on 2024-11-18; external audit quote requested for 2025.",
            "Voice licence signed 2024-03-04, term until 2029-03-03; stored in the contracts register.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
        for why in [
            "No bias testing was carried out because the model classifies vehicles, not people.",
            "Not performed: the model classifies vehicles, not people.",
        ] {
            assert!(!is_empty_why(why), "{why:?} is a reason");
        }
        let d = dates_in("Voice licence signed 2024-03-04, term until 2029-03-03.");
        assert_eq!(d.made.as_deref(), Some("2024-03-04"));
        assert_eq!(d.expires.as_deref(), Some("2029-03-03"));
        let d = dates_in(
            "Licence signed 2024-03-04, five-year term; an earlier option agreement expired 2024-03-01 unused.",
        );
        assert_eq!(d.made.as_deref(), Some("2024-03-04"));
        // Its own five-year term ends it, not the earlier agreement's expiry.
        assert_eq!(
            d.expires.as_deref(),
            Some("2029-03-04"),
            "the earlier agreement's expiry is not this one's"
        );
        // A period written with a dash, or an en dash (a review: a licence that had ended).
        for text in [
            "Signed voice licence HLA-VL-2021-011 with Elena Marsh, licence period 1 February 2021 - 31 January 2024.",
            "Voice licence valid 2021-02-01 \u{2013} 2024-01-31.",
            "Licence 2021-02-01 - 2024-01-31, stored in the contracts register.",
        ] {
            assert_eq!(
                dates_in(text).expires.as_deref(),
                Some("2024-01-31"),
                "{text}"
            );
        }
        // A term from the day it was signed.
        for (text, end) in [
            (
                "Voice licence signed on 2021-02-01 for a term of three years.",
                "2024-02-01",
            ),
            (
                "DPIA approved 2024-01-31, valid for 13 months.",
                "2025-02-28",
            ),
            (
                "Licence signed 2024-02-29 for a licence period of 1 year.",
                "2025-02-28",
            ),
        ] {
            assert_eq!(dates_in(text).expires.as_deref(), Some(end), "{text}");
        }
        for text in [
            "Bias test approved 2024-02-01, run on three years of applications.",
            "Tested 2024-02-01 for 3 years of data.",
            "Approved 2024-02-01; reviewed every two years.",
        ] {
            assert_eq!(dates_in(text).expires, None, "{text}");
        }
        // A cycle beside the last approval: the next was due a cycle later (a hostile review).
        for (text, due) in [
            (
                "Model risk assessment MRM-CL-031 (reviewed annually), last approved by the Model Risk Committee on 2023-11-18.",
                "2024-11-18",
            ),
            (
                "Re-approved every two years; last signed off 2023-05-02.",
                "2025-05-02",
            ),
            (
                "DPIA reviewed quarterly, last reviewed 2026-01-10.",
                "2026-04-10",
            ),
        ] {
            assert_eq!(dates_in(text).expires.as_deref(), Some(due), "{text}");
        }
        // A last approval with no cycle, and a cycle with no last approval, date no expiry.
        for text in [
            "Last approved by the committee on 2024-11-18.",
            "Approved 2024-11-18; the model is retrained annually.",
        ] {
            assert_eq!(dates_in(text).expires, None, "{text}");
        }
        // A span of data is no period of validity.
        for text in [
            "Bias test on applications 2020-01-01 - 2023-12-31, approved 2024-02-01.",
            "Trained on records 2019-01-01 \u{2013} 2023-12-31.",
        ] {
            assert_eq!(dates_in(text).expires, None, "{text}");
        }
        let d = dates_in("Signed 2024-03-04; runs until 2029-03-03.");
        assert_eq!(d.made.as_deref(), Some("2024-03-04"));
        // The days the work was run over are no term (a review of honest files); a term "runs
        // to" a day, and an expiry said beside the span, still are.
        for text in [
            "Red-team report SEC-RT-2026-09, run 2026-09-15 to 2026-09-26 on the production configuration.",
            "Red-team report SEC-RT-2026-09, run from 2026-09-15 to 2026-09-26.",
            "Red-team report SEC-RT-2026-09, run 2026-09-15 - 2026-09-26.",
        ] {
            assert_eq!(dates_in(text).expires, None, "{text}");
        }
        for (text, expires) in [
            (
                "Red-team report SEC-RT-2026-09, approved 2026-09-01; it runs to 2026-09-26.",
                "2026-09-26",
            ),
            (
                "Red-team report SEC-RT-2026-09, run 2026-09-15 to 2026-09-26; valid until 2026-10-31.",
                "2026-10-31",
            ),
        ] {
            assert_eq!(dates_in(text).expires.as_deref(), Some(expires), "{text}");
        }
        // The date of the next review is not the day the work was done.
        for evidence in [
            "DPIA completed 2026-09-01 with 2027-03-31 as the next review.",
            "DPIA completed 2026-09-01, 2027-03-31 next review by the DPO.",
            "DPIA completed 2026-09-01 and 2027-03-31 due for renewal.",
        ] {
            assert_eq!(
                dates_in(evidence).made.as_deref(),
                Some("2026-09-01"),
                "{evidence}"
            );
        }
        // A completion dated ahead still reads as dated ahead.
        let d = dates_in("Bias testing completed 2027-06-01 for the next release.");
        assert_eq!(d.made.as_deref(), Some("2027-06-01"));
    }

    #[test]
    fn dates_written_with_typographic_dashes_are_read() {
        // Each of the dashes a word processor or a full-width keyboard writes between digits.
        for dash in [
            '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}',
            '\u{fe58}', '\u{fe63}', '\u{ff0d}',
        ] {
            let text = format!("Risk assessment approved on 2099{dash}03{dash}15 by the board.");
            assert_eq!(
                dates_in(&text).made.as_deref(),
                Some("2099-03-15"),
                "{text}"
            );
            let text = format!("Licence valid until 2020{dash}12{dash}31.");
            assert_eq!(
                dates_in(&text).expires.as_deref(),
                Some("2020-12-31"),
                "{text}"
            );
        }
        // A range of years, a dash between words, and a lone dash are no date.
        assert_eq!(
            dates_in("Approved for the 2024\u{2013}2027 programme \u{2014} see RA-12."),
            DatesIn::default()
        );
        assert_eq!(ascii_dashes_between_digits("risk \u{2013} approved"), None);
        assert_eq!(ascii_dashes_between_digits("2027-03-15"), None);
        assert_eq!(
            ascii_dashes_between_digits("signed 2027\u{2013}03\u{2013}15 \u{2014} final")
                .as_deref(),
            Some("signed 2027-03-15 \u{2014} final")
        );
    }

    #[test]
    fn dates_written_other_ways_read_as_iso() {
        for (text, iso) in [
            ("valid until 18/11/2024", "valid until 2024-11-18"),
            ("valid until 18.11.2024.", "valid until 2024-11-18."),
            ("approved 18 November 2024;", "approved 2024-11-18;"),
            ("approved Nov 18, 2024", "approved 2024-11-18"),
            ("approved on 3rd March 2025", "approved on 2025-03-03"),
            ("valid until 11/18/2024", "valid until 2024-11-18"),
            // Either reading: the earlier.
            ("valid until 05/06/2024", "valid until 2024-05-06"),
            // Year first, run together, a month, a quarter, a year that dates work (a review
            // saw each, approved next year, count as done).
            ("approved on 2026/12/15.", "approved on 2026-12-15."),
            ("approved on 20261215.", "approved on 2026-12-15."),
            (
                "approved March 2027 by the board",
                "approved 2027-03-01 by the board",
            ),
            ("approved in March 2027.", "approved in 2027-03-01."),
            ("approved Q2 2027.", "approved 2027-04-01."),
            ("signed off in H2 2027", "signed off in 2027-07-01"),
            ("approved 2027.", "approved 2027-01-01."),
            ("Approved in 2027;", "Approved in 2027-01-01;"),
            // A period something lapses at runs to its last day (a review of honest evidence:
            // "valid until December 2026" had lapsed on its first).
            ("valid until December 2026", "valid until 2026-12-31"),
            ("valid through Q4 2026", "valid through 2026-12-31"),
            ("valid until H1 2028", "valid until 2028-06-30"),
            (
                "licence expires in February 2028",
                "licence expires in 2028-02-29",
            ),
            ("valid until 2026.", "valid until 2026-12-31."),
            // A year and a month (a fifteenth review's ways round).
            (
                "approved 2027-03 by the board",
                "approved 2027-03-01 by the board",
            ),
            ("approved 03/2027", "approved 2027-03-01"),
            ("valid until 2026-06", "valid until 2026-06-30"),
            ("approved 15-03-2027.", "approved 2027-03-15."),
            ("approved Q2/2027", "approved 2027-04-01"),
            ("approved 2027-Q2", "approved 2027-04-01"),
            ("approved (H1-2027)", "approved (2027-01-01)"),
            ("valid until Q4-2026", "valid until 2026-12-31"),
            ("approved FY2027.", "approved 2026-04-01."),
            ("approved early 2027", "approved early 2027-01-01"),
            // Without zeros, with a time, with a month's name between dashes, with a year of
            // two digits after slashes (a hostile review saw each, dated next year, pass).
            ("approved on 2027-3-15.", "approved on 2027-03-15."),
            ("approved 2027-03-5", "approved 2027-03-05"),
            ("approved 2027-03-15T10:00Z", "approved 2027-03-15"),
            (
                "approved (2027-03-15t10:00:00+01:00);",
                "approved (2027-03-15);",
            ),
            ("approved 15-Mar-2027", "approved 2027-03-15"),
            ("valid until 15-march-2026.", "valid until 2026-03-15."),
            ("valid until 15/03/27", "valid until 2027-03-15"),
            ("approved 3/15/27,", "approved 2027-03-15,"),
            ("approved 15-MAR-27", "approved 2027-03-15"),
            ("approved Mar-15-2027.", "approved 2027-03-15."),
            ("approved 15Mar2027", "approved 2027-03-15"),
        ] {
            assert_eq!(iso_dates(text).as_deref(), Some(iso), "{text}");
        }
        // "good until", "valid thru", and a term after the day it was made.
        assert_eq!(
            dates_in("Licence LIC-9 good until 2025-06-30.")
                .expires
                .as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(
            dates_in("Licence LIC-9 valid thru 2025-06-30.")
                .expires
                .as_deref(),
            Some("2025-06-30")
        );
        assert_eq!(
            dates_in("Licence LIC-9 signed 2024-01-10, expires after one year.")
                .expires
                .as_deref(),
            Some("2025-01-10")
        );
        // Full-width digits are read as digits (the reader folds them first).
        assert_eq!(
            dates_in("Approved on ２０２７-０３-１５.").made.as_deref(),
            Some("2027-03-15")
        );
        for text in [
            "no date here",
            "approved 2024-11-18",
            "version 1.2.3",
            "we may 2024 plan",
            "MRM-CL-031 in 2024",
            "decided 12 2024",
            "trained on 2019 data",
            "ticket 12345678 approved",
            "approved 19991231",
            "RA-12 approved by the CRO, ref 20271130",
            "ticket RA-12-2027 closed",
            "RA-2024-11 approved",
            "model v1.2.27 approved",
            "RA-1 approved",
            "tested on 2024-2027 data",
            "risk 3/4 of cases",
        ] {
            assert_eq!(iso_dates(text), None, "{text}");
        }
        assert_eq!(
            dates_in("MRM-CL-031, approved 18/11/2023, valid until 18/11/2024.").expires,
            Some("2024-11-18".to_string())
        );
        // Day and month either way: the expiry at its earlier reading, the day the work was
        // done at its later one (a review: "approved 12/01/2026", written month first, was
        // read as January and never checked against a today before December).
        let d = dates_in("Approved 12/01/2026, valid until 03/04/2027.");
        assert_eq!(d.made.as_deref(), Some("2026-12-01"));
        assert_eq!(d.expires.as_deref(), Some("2027-03-04"));
        let d = dates_in("Approved 18/11/2026, valid until 11/18/2027.");
        assert_eq!(d.made.as_deref(), Some("2026-11-18"));
        assert_eq!(d.expires.as_deref(), Some("2027-11-18"));
        assert_eq!(
            iso_dates_read("approved 05/06/2024", DateReading::Later).as_deref(),
            Some("approved 2024-06-05")
        );
        for (evidence, made) in [
            (
                "Assessment AIA-PP-4, approved March 2027 by the ethics board.",
                "2027-03-01",
            ),
            (
                "Report HA-2026-311, signed off on 2027/01/15.",
                "2027-01-15",
            ),
            (
                "Ethics board sign-off of RA-PP-4: 2027-03-01.",
                "2027-03-01",
            ),
            ("approved by the ethics board, December 2026.", "2026-12-01"),
            ("Approved 2027.", "2027-01-01"),
        ] {
            assert_eq!(dates_in(evidence).made.as_deref(), Some(made), "{evidence}");
        }
        // To come, as before: a quarter it is planned for is no day it was done.
        assert_eq!(dates_in("Approval planned for Q2 2027.").made, None);
        // Far from its word, after "sign off", and a term right after the day it was made.
        assert_eq!(
            dates_in(
                "Approved by the Model Risk Committee of Meridian Community Bank on 2027-03-15."
            )
            .made
            .as_deref(),
            Some("2027-03-15")
        );
        assert_eq!(
            dates_in("Sign off: 2027-03-15.").made.as_deref(),
            Some("2027-03-15")
        );
        assert_eq!(
            dates_in("Licence signed 2024-01-01 for 12 months.")
                .expires
                .as_deref(),
            Some("2025-01-01")
        );
    }

    #[test]
    fn tenth_round_filler_and_honest_text() {
        for none in [
            "Evidence: TBD",
            "Status: pending",
            "Safety case TBD",
            "Safety case (TBD)",
            "Safety case CI-SC-XXXX",
            "Safety case <link>",
            "Safety case [link](TBD)",
            "undefined",
            "foo",
            "blah blah",
            "Deferred; approved by the steering group on 2024-11-18 to go live without it.",
            "Deferred until after launch; deferral approved 2024-11-18 (ticket RISK-12).",
            "Not signed off; draft completed 2024-11-18, awaiting the CSO.",
            "Waived for the pilot",
            "Out of scope for the pilot",
            "Nicht durchgeführt.",
            "No realizado.",
            "Non réalisé.",
            "Pendente.",
            "미완료",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for answer in [
            "<test summary>",
            "${SUMMARY}",
            "<!-- summary -->",
            "qwertyuiop",
            "N/A. The hospital runs a safety programme.",
            "TBD. See report.",
            "Deferred until after launch (ticket RISK-12).",
            "127.0.0.1",
        ] {
            assert!(is_placeholder(answer), "{answer:?} is no answer");
            assert!(is_empty_note(answer), "{answer:?} is no note");
        }
        for evidence in [
            "<https://wiki.corp.example/RA-12>",
            "Todo el equipo clínico revisó la evaluación; aprobada el 2024-10-15 (RA-12).",
            "Pending-review queue design is covered by hazard log HL-4, approved 2024-10-15.",
            "On-hold patients are covered by hazard H-12 in safety case CI-SC-2024-03.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// "Not applicable: ..." gives a reason a safeguard does not apply; as evidence that it is
    /// in place, it says the opposite (a tenth hostile review: "Not applicable. <text>").
    #[test]
    fn not_applicable_opens_a_reason_not_evidence() {
        let text = "Not applicable: the model only summarises public regulations, and no personal data reaches it";
        assert!(!is_empty_why(text));
        assert!(is_empty_reason(text));
        assert!(is_empty_reason(
            "None. The hospital runs a safety programme."
        ));
        assert!(!is_placeholder("None: the system holds no personal data."));
    }

    /// A ninth hostile review's evidence that counted, and a review of honest evidence's false
    /// alarms from the eighth round's rules: both hold.
    #[test]
    fn filler_is_caught_without_throwing_out_honest_evidence() {
        for none in [
            "asdfasdf",
            "asdfghjkl",
            "qwertyuiop",
            "nicht erledigt",
            "noch offen",
            "en cours",
            "nog te doen",
            "lorem ipsum dolor sit amet",
            "T-B-D",
            "T_B_D",
            "T/B/D",
            "pen ding",
            "p-e-n-d-i-n-g",
            "N/A. Meridian Community Bank serves about 140,000 applicants a year.",
            "<evidence>",
            "[evidence]",
            "${EVIDENCE}",
            "%EVIDENCE%",
            "Describe the evidence here",
            "Replace with evidence",
            "insert link here",
            "<!-- evidence goes here -->",
            "<br>",
            "&nbsp;",
            "[](https://wiki.example.com)",
            "[evidence](TBD)",
            "http://127.0.0.1:8080/risk",
            "file:///tmp/risk.pdf",
            "about:blank",
            "javascript:void(0)",
            "data:text/plain,TBD",
            "Deferred until after launch (ticket RISK-12 in the backlog).",
            "Not signed off; the draft was deleted.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Model risk assessment MRM-CL-031 (tier 1 model), approved by the Model Risk Committee on 2024-11-18. One low-severity action (RA-3, wording of the officer dashboard) was deferred to Q1 2025 by the committee; it does not affect the approval.",
            "MRM-CL-031 approved 2024-11-18; no item is on hold or deferred.",
            "Évaluation des risques MRM-CL-031, validée par le comité des risques de modèle le 18/11/2024 ; aucune action en attente.",
            "Evaluación de riesgos MRM-CL-031, aprobada el 18/11/2024. Aún no se han registrado incidentes desde la aprobación.",
            "Licence VL-11 signée le 2024-09-01, pas encore expirée.",
            "Not signed off by the vendor (they do not review customer assessments); our own model risk assessment MRM-CL-031 was approved by the Model Risk Committee on 2024-11-18.",
            "Descoped the mortgage variant; the personal-loan model was assessed in MRM-CL-031 (approved 2024-11-18).",
            "Link: https://wiki.example.com/dpia (approved 2026-02-01)",
            "https://wiki.example.com/risk-assessment-2026",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
        for why in [
            "Descoped by the review board (RB-2024-31): the model classifies vehicles, not people, so there is no group of people to test for adverse impact.",
            "A person-detection feature is on hold and would need its own assessment; this model sees only vehicles.",
        ] {
            assert!(!is_empty_why(why), "{why:?} is a reason");
        }
        for answer in [
            "Fill in the online application for an unsecured personal loan up to $35,000, and the model estimates the probability of default; every proposed decline goes to a credit officer.",
            "Enter your income and the model proposes a credit limit for a person to approve.",
            "Describe the product in a few words and the model drafts a listing for a person to edit.",
            "None yet seen in production. In validation, thin-file applicants were scored less reliably.",
            "None yet: the bank uses a rules engine, no ML model.",
        ] {
            assert!(!is_placeholder(answer), "{answer:?} is an answer");
        }
        assert!(!is_empty_note(
            "Describe the voice? It is Elena Marsh's, used under licence VL-11 signed 2024-09-01."
        ));
    }

    /// An eighth hostile review's evidence, notes and text answers that counted, and honest
    /// ones beside them that must still count.
    #[test]
    fn filler_in_other_words_letters_and_languages_is_no_evidence() {
        for none in [
            "Deferred until after launch (ticket RISK-12 in the backlog).",
            "On hold; descoped for the MVP.",
            "not signed off",
            "Not signed off; the draft was deleted.",
            "We don't need one",
            "low risk so not needed",
            "exempt",
            "Lost",
            "Superseded, new one pending",
            "next sprint",
            "before go-live",
            "Legal is on it",
            "asdf",
            "aaaa",
            "Noch nicht erstellt.",
            "pas encore fait",
            "pendiente",
            "未実施",
            "尚未完成",
            "ТВD",
            "N/А",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Pending items closed; RA-12 approved 2024-11-18.",
            "RA-12 approved by the risk committee on 2024-11-18; next review 2025-11-18.",
            "Оценка рисков RA-12 утверждена 2024-11-18 (risk assessment approved).",
            "Model card v3 in the repo at docs/model-card.md, signed off by Legal 2024-10-02.",
            "Aaron Lee reviews every decline; log in ticket ML-88.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
        for note in [
            "TBD",
            "ТВD",
            "n/a",
            "pending",
            "will add later",
            "x",
            "Tbd.",
        ] {
            assert!(is_empty_note(note), "{note:?} is no note");
        }
        for note in [
            "Licensed from Elena Marsh under contract VC-2024-17, consent recorded 2024-09-01.",
            "Scheduled weekly reviews by the charge nurse",
        ] {
            assert!(!is_empty_note(note), "{note:?} is a note");
        }
        for answer in [
            "to be filled in",
            "See description",
            "Describe what the system does here",
            "Lorem ipsum dolor sit amet",
            "à compléter",
            "待定",
            "None yet: no tests have been run; testing is planned for after launch.",
            "List the excluded uses here.",
            "[list the excluded uses here]",
            "<Name the owner here>",
        ] {
            assert!(is_placeholder(answer), "{answer:?} is no answer");
        }
        for answer in [
            "Give legal advice.",
            "List of excluded uses: legal advice and HR case files.",
            "Explain the decline reasons to applicants; the letter template is kept here.",
            "Summarises discharge letters for GPs; a clinician checks every summary here.",
            "Not for diagnosis; staff use it here and in the clinic.",
            "Held-out test on 2,000 cases; AUC 0.91; no subgroup gap above 2 points.",
            "Describes the claim to the adjuster; it never decides.",
        ] {
            assert!(!is_placeholder(answer), "{answer:?} is an answer");
        }
    }

    /// A false-alarm review: a reason for "not applicable" may say that something does not
    /// exist or is not needed; as evidence of a safeguard in place, it says the opposite.
    #[test]
    fn a_reason_why_may_say_what_does_not_exist() {
        for why in [
            "A person-detector does not exist in the pipeline, so no one is scored",
            "Not needed - track images contain no people.",
        ] {
            assert!(!is_empty_why(why), "{why:?} is a reason");
        }
        assert!(is_empty_reason(
            "A person-detector does not exist in the pipeline, so no one is scored"
        ));
        for none in [
            "Does not exist yet",
            "to be decided",
            "Not needed",
            "n/a",
            "e.g. no people",
        ] {
            assert!(is_empty_why(none), "{none:?} gives no reason");
        }
        // A clause that points somewhere must not itself say the work is not done.
        assert!(is_empty_reason(
            "Risk assessment scheduled with Legal for Q3 2025."
        ));
        assert!(is_empty_reason("RA-17. Not started."));
        assert!(is_empty_reason("see https://wiki.example.com/tbd for now"));
    }

    /// Evidence that points only to the assessment itself (a new-user trial put the policy's
    /// risk evaluation "met" on it), and evidence that names a record beside it.
    #[test]
    fn evidence_that_points_to_this_assessment_names_no_record() {
        for own in [
            "This raia assessment (my-assessment.toml).",
            "See the raia file",
            "assessments/loan-2026.toml",
            "This assessment, generated by raia.",
            "raia report (report.json)",
        ] {
            assert!(points_to_this_assessment(own), "{own:?}");
        }
        for record in [
            "The raia assessment in this repo, reviewed by Risk (RA-12, 2026-10-01).",
            "Risk assessment RA-12 signed off by the CRO; the raia file is its summary.",
            "This assessment.",
            "DPIA in SharePoint",
            "config.toml sets the review threshold; change CR-88 approved by Ana Ruiz",
        ] {
            assert!(!points_to_this_assessment(record), "{record:?}");
        }
    }

    /// A new-user trial's evidence that names nothing to check, and look-alikes that do.
    #[test]
    fn evidence_that_names_nothing_to_check() {
        let title = "Documented risk assessment";
        for none in [
            "We did one",
            "Reviewed by legal",
            "Done by legal team",
            "Risk assessment completed.",
            "risk assessment",
            "Yes, it was done by the team.",
        ] {
            assert!(names_nothing_to_check(none, title), "{none:?}");
        }
        for some in [
            "Reviewed by legal (Ana Ruiz)",
            "Approved by the DPO",
            "Done by the legal team: DPIA in SharePoint",
            "Risk assessment RA-2024-11 approved by the risk committee",
            "Reviewed by legal on 2026-03-02",
            "See the model card, section Risks",
            "We did one, and then another, and another, and more",
        ] {
            assert!(!names_nothing_to_check(some, title), "{some:?}");
        }
        assert!(!names_nothing_to_check("We did one", ""));
        // Words of the title count as claims only of their own safeguard.
        assert!(!names_nothing_to_check("Human review", title));
        assert!(names_nothing_to_check(
            "Human review",
            "Human review of adverse decisions"
        ));
    }

    /// cargo mutants: the checks behind the seventh round's evidence, at their edges.
    #[test]
    fn titles_example_addresses_and_put_off_answers_at_their_edges() {
        let title = "Documented risk assessment";
        assert!(only_the_title("Documented risk assessment", title));
        assert!(only_the_title("  documented risk-assessment. ", title));
        assert!(!only_the_title("Documented risk assessment RA-17", title));
        assert!(!only_the_title("Risk assessment", title));
        assert!(!only_the_title("", ""));
        assert!(!only_the_title("x", ""));
        for bare in [
            "http://example.com",
            "https://www.example.org/",
            "http://example.net",
            "https://corp.example",
            "https://example",
        ] {
            assert!(bare_example_address(bare), "{bare}");
        }
        for real in [
            "https://example.com/risk/ra-17.pdf",
            "https://wiki.mycorp.com",
            "example.com",
            "https://example.community",
        ] {
            assert!(!bare_example_address(real), "{real}");
        }
        let forty = format!("{} pending", "x".repeat(32));
        assert_eq!(forty.len(), 40);
        assert!(put_off(&forty));
        assert!(!put_off(&format!("{} pending", "x".repeat(33))));
        assert!(put_off("summary pending"));
        assert!(!put_off(
            "pending review of the 2025 bias audit, report due"
        ));
    }

    /// The placeholder lists are lowercase, which comparing ASCII text without case relies on.
    #[test]
    fn the_placeholder_lists_are_lowercase() {
        for p in ANSWER_PLACEHOLDERS.iter().chain(REASON_PLACEHOLDERS) {
            assert_eq!(*p, p.to_lowercase(), "{p}");
        }
    }

    proptest! {
        /// The one-pass `spaced_words` writes what lowercasing, mapping every other character
        /// to a space and joining the words did (Greek is left out: lowercasing a whole string
        /// writes a final sigma, one character at a time does not, and no phrase is Greek).
        #[test]
        fn spaced_words_are_the_words_lowercased_between_single_spaces(text in "[a-zA-Z0-9 ,.;'\t\nÉéİẞ\u{212A}\u{2019}-]{0,40}") {
            let letters: String = text
                .to_lowercase()
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let before = format!(" {} ", letters.split_whitespace().collect::<Vec<_>>().join(" "));
            prop_assert_eq!(spaced_words(&text), before);
        }
    }

    proptest! {
        /// Comparing ASCII text without case finds the placeholders that lowercasing a copy
        /// finds, on text made of placeholders in any case, punctuation, dashes and other words.
        #[test]
        fn placeholders_are_found_in_place_as_in_a_lowercase_copy(parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(
                    ANSWER_PLACEHOLDERS.iter().chain(REASON_PLACEHOLDERS).copied().collect::<Vec<_>>()
                ).prop_flat_map(|p| proptest::collection::vec(any::<bool>(), p.len()).prop_map(
                    move |up| p.chars().zip(up).map(|(c, u)| if u { c.to_ascii_uppercase() } else { c }).collect::<String>()
                )),
                "[ ,;./!?—–\t\n-]{1,2}",
                "[a-zA-ZÉé\u{212A}]{1,4}",
            ],
            0..6,
        )) {
            let text = parts.concat();
            let lists = [ANSWER_PLACEHOLDERS, REASON_PLACEHOLDERS];
            let by_copy = |lists: &[&[&str]]| {
                placeholders_only(&text.to_lowercase(), &|w: &str| lists.iter().any(|l| l.contains(&w)))
            };
            prop_assert_eq!(only_placeholders(&text, &lists), by_copy(&lists));
            prop_assert_eq!(only_placeholders(&text, &lists[..1]), by_copy(&lists[..1]));
        }
    }

    /// Hostile review: "None yet" (the questionnaire's own word for nothing), "pending" and "Risk
    /// assessment not started" were taken as evidence, and a safeguard read "met".
    #[test]
    fn evidence_that_says_the_work_is_not_done_is_no_evidence() {
        for text in [
            "None yet",
            "none yet.",
            "Not yet",
            "pending",
            "Pending legal review",
            "Planned",
            "WIP",
            "Risk assessment not started; Legal to schedule.",
            "DPIA copied over from our parent company's exam-proctoring product; not yet adapted for Owl Tutor.",
            "Document yet to be written",
            "TODO: link the report",
            "ab",
            // A hostile review's evidence that read "met": status words, and placeholders
            // behind invisible or look-alike characters.
            "missing",
            "not in place",
            "Not in place yet",
            "no evidence yet",
            "to be confirmed",
            "We do not have one",
            "TBA",
            "n/a\u{200b}",
            "ｎ/ａ",
            "T\u{200b}B\u{200b}D",
            "\u{200b}\u{200b}\u{200b}ok",
            "𝐓𝐁𝐃",
            // A third review's: Armenian, Cherokee, Coptic and small-capital look-alikes, and a
            // Braille blank drawn as a space.
            "N\u{585}t performed.",
            "\u{13A2}\u{13F4}\u{13A0}",
            "\u{1D1B}\u{299}\u{1D05}",
            "\u{2CA3}ending",
            "Not\u{2800}performed.",
            // The second hostile review's.
            "We don\u{2019}t have one",
            "still missing",
            "none at present",
            "Does not exist yet",
            "N / A",
            "n\u{2044}a",
            "n\u{2215}a",
            "FIXME",
            "planned for Q3",
            "to follow",
            "awaiting",
            "draft",
            "Missing (see note)",
            "missing - audit booked",
            "xxx",
            "lorem ipsum",
            // The third hostile review's.
            "None so far",
            "none at the moment",
            "t.b.d.",
            "T.B.D",
            "t b d",
            "to be added",
            "will add later",
            "link to follow",
            "<link>",
            "<url>",
            "[link]",
            "https://",
            "ditto",
            "see attached",
            "n/a - not done",
            "we will do this",
            // The fourth hostile review's: evidence that says the work is not done, and
            // reasons for "not applicable" that do not say why.
            "No risk assessment has been done.",
            "Risk assessment scheduled with Legal for Q3 2025.",
            "Will be written after launch.",
            "To be completed by 2025-09-30",
            "Being drafted by Legal",
            "will be documented",
            "Link coming soon",
            "expected next month",
            "scheduled",
            "draft v0.1",
            "https://example.com/TODO",
            "file://",
            "s3://",
            "none required",
            "not required",
            "to be decided",
            "will decide later",
            "ask legal",
            "dunno",
            "nan",
            "same as before",
            "see notes",
            "out of scope",
            "N/A - not needed",
            "not applicable (see above)",
            "\u{1f937}",
            // The fifth round's.
            "not-applicable",
            "Not applicable to this use case.",
            "Not needed for this system.",
            "Doesn't apply.",
            "Does not apply to us.",
            "Not relevant here.",
            "Out of scope for v1",
            "See the notes",
            "Will explain later",
            "No reason",
            "Not appliccable",
            "N\\A",
            "Nothing has been done.",
            "None has been done.",
            "Hasn't been done.",
            "There is no risk assessment.",
            "No assessment exists.",
            "We intend to do this.",
            "Drafting now.",
            "Under review by Legal.",
            "In review.",
            "Booked with the vendor.",
            "https://confluence.example.com/x/PLACEHOLDER",
            "http://localhost",
            "https://wiki.example.com/tbd/",
            "see https://wiki.example.com/tbd for now",
            // The sixth round's.
            "see wiki",
            "see confluence",
            "On Confluence",
            "Not written yet",
            "Nothing written",
            "will write before launch",
            "we plan to write one",
            "Outstanding",
            "Nope",
            "ask Sam",
            "http://example.com",
            "https://www.example.org/",
            "true",
            "Done",
            "will do later",
            // The seventh round's.
            "We decided not to do one",
            "Not approved",
            "Rejected by the safety officer",
            "There is none",
            "Contact Sam for details",
            "It exists somewhere",
            "Expired in 2023",
            "{{evidence}}",
            "Skipped",
            "We chose not to",
            "Waived",
            "Too expensive",
        ] {
            assert!(is_empty_reason(text), "{text:?} should be no evidence");
        }
        for text in [
            "DPIA v2 approved by the DPO on 2026-03-01 (docs/dpia.pdf)",
            "Bias test report 2026-Q1, wiki/fairness",
            "Users who have not verified their age are blocked at sign-up",
            "The notice is shown before the first question; screenshot in docs/notice.png",
            "DPA",
            "Planned quarterly audits by internal audit; last report 2026-Q1 (wiki/audit)",
            "No evidence of bias in the 2026-Q1 audit across sex and age (wiki/audit)",
            "Missing-value handling validated in the 2026 model card",
            "Ｒｅｄ-team report 2026-02, signed by the CISO",
            "Évaluation des risques signée le 2026-01-10 (wiki/risques)",
            "Reviewers have a checklist to follow for each case (wiki/checklist)",
            "https://wiki.example.com/risk-assessment-2026",
            "Link: https://wiki.example.com/dpia (approved 2026-02-01)",
            "No incidents in 12 months of operation; weekly drift report in Grafana",
            "Quarterly reviews, the last on 2025-03-02 (minutes in Confluence)",
            "Expected error rate below 2% on the holdout set; measured 1.4% (wiki/eval)",
            "A DPIA has been done and approved by the DPO (docs/dpia.pdf)",
            "Out-of-hours cases go to the on-call clinician (rota in wiki/oncall)",
            "s3://audit-bucket/bias-report-2026-q1.pdf",
            // Real evidence the fourth round's phrases wrongly refused.
            "RA-17 approved 2024-11-18; it notes the TODO list from the pilot was closed.",
            "https://todo.example.com/ra-17 (our doc system is called Todo)",
            "https://wiki.example.com/todo-list-2025.pdf, closed 2025-03-01",
            "Internal tool; the people affected are employees, told in the staff handbook",
            // Real evidence beside the sixth round's placeholders.
            "Wiki page RISK-12, approved 2025-02-01",
            "Jira RAI-123 closed with the DPIA attached",
            "https://example.com/risk/ra-17.pdf",
            "Ask-the-expert sessions run monthly since 2024 (wiki/ask)",
            "Done in the 2025-Q1 audit, report AUD-7",
            "Outstanding findings from AUD-7 were closed on 2025-03-01",
            // A false-alarm review's: short evidence naming a document about declined
            // applications.
            "MRM-CL-031 covers declined applications.",
            // Real reasons and evidence beside the seventh round's refusals.
            "We decided not to collect personal data, so no privacy notice is needed here",
            "Rejected applications are reviewed by a credit officer within 2 days (SOP-14)",
            "Contact centre staff follow script CS-4, audited monthly (wiki/cs4)",
            "Expired certificates are renewed by the platform team; last audit 2025-02 (AUD-9)",
        ] {
            assert!(!is_empty_reason(text), "{text:?} is evidence");
        }
        // Answers: a placeholder behind an invisible or look-alike character is no answer.
        for text in [
            "n/a\u{200b}",
            "ｎ/ａ",
            "TBA",
            "to be determined",
            "\u{feff}-",
            "pending",
            "unknown",
            "coming soon",
            "TBD - to be named",
            "Not yet known",
            "Nobody yet",
            "\u{1f937}",
            "Not sure",
            "Don't know",
            "I don't know",
            "Ask the PM",
            "nobody",
            // The sixth round's.
            "will do later",
            "tests pending",
            "Summary TBD.",
            "later",
            // The seventh round's: the field's own example, copied in.
            "e.g. Dana Reyes, Head of Clinical Informatics",
            "E.g. GPT-4o via Amazon Bedrock",
            "For example: the DPO",
        ] {
            assert!(is_placeholder(text), "{text:?} is no answer");
        }
        for text in [
            "None",
            "GPT-4o via Bedrock",
            "ｎｏｎｅ of them",
            "ＡＷＳ Bedrock",
            // Put off, but in more than a few words: an answer that says what and when.
            "Bias testing is pending the 2026 data; accuracy passed",
            "Claude 3.5 Sonnet, Titan later",
        ] {
            assert!(!is_placeholder(text), "{text:?} is an answer");
        }
    }

    proptest! {
        /// The phrases are found as whole words as a search for " phrase " finds them.
        #[test]
        fn not_done_phrases_are_found_as_spaced_words(parts in proptest::collection::vec(
            prop_oneof![
                proptest::sample::select(
                    NOT_DONE_PHRASES.iter().chain(NEVER_HAPPENED).chain(NEVER_DONE).chain(&["pending", "not yet", "to do", "wip", "yet", "missing", "awaiting", "planned", "for", "no", "scheduled", "draft"]).copied().collect::<Vec<_>>()
                ).prop_map(String::from),
                "[ ,;.:!-]{1,2}",
                "[a-zA-Zé]{1,4}",
            ],
            0..6,
        )) {
            let text = parts.concat();
            let t: String = text
                .to_lowercase()
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            let joined = format!(" {} ", t.split_whitespace().collect::<Vec<_>>().join(" "));
            let lower = text.trim().to_lowercase();
            let by_search = [
                "pending", "not yet", "to do", "todo", "tbd", "tbc", "wip", "awaiting", "fixme",
                "planned for", "to follow", "scheduled", "draft", "upcoming",
            ]
            .iter()
            .any(|p| {
                joined.starts_with(&format!(" {p} "))
                    // A compound word ("pending-review") or Spanish "todo el ..." is no marker.
                    && !lower.strip_prefix(p).and_then(|r| r.strip_prefix('-')).is_some_and(|r| r.starts_with(char::is_alphabetic))
                    && (*p != "todo" || ![" todo el ", " todo la ", " toda la ", " todos los ", " todas las ", " todo lo "].iter().any(|s| joined.starts_with(s)))
                    && (*p != "draft" || !dates_approval(&text))
                    && !joined.get(1 + p.len()..).is_some_and(|r| r.starts_with(" none ") || r.starts_with(" nothing "))
                    && !pending_as_adjective(p, &joined.split_whitespace().collect::<Vec<_>>())
                    && !["items", "actions", "issues", "points"].iter().any(|i| {
                        ["closed", "resolved", "cleared", "completed", "done", "fixed"]
                            .iter()
                            .any(|d| joined.starts_with(&format!(" {p} {i} {d} ")))
                    })
            })
                || NOT_DONE_PHRASES.iter().chain(NEVER_HAPPENED).any(|p| {
                    joined.contains(&format!(" {p} "))
                        // An item of another version, or "approved after a kick off
                        // meeting": the step the work came after.
                        && !(of_another_item(&text, p)
                            || (p.starts_with("kick") && after_a_step(&joined, p)))
                        && !(p.starts_with("to be ")
                            && asks_for_it(&joined.split_whitespace().collect::<Vec<_>>()))
                        && !(p.ends_with(" withdrawn")
                            && consent_follows(&joined.split_whitespace().collect::<Vec<_>>(), p))
                        && !(p.starts_with("conditions ") && joined.contains(&format!(" no {p} ")))
                        && !(p.starts_with("to be re")
                            && on_a_condition(&joined.split_whitespace().collect::<Vec<_>>(), p))
                })
                || failed_outcome(&joined.split_whitespace().collect::<Vec<_>>())
                || switched_off(&lower)
                || undone(&lower, &joined)
                || denies_having(&lower)
                || (GONE_UNLESS_DATED.iter().any(|p| joined.contains(&format!(" {p} ")))
                    && !dates_work_done(&text))
                || step_towards(&lower)
                || (joined.starts_with(" no ")
                    && NEVER_DONE.iter().chain(NEVER_DONE_EVIDENCE).any(|p| joined.contains(&format!(" {p} "))))
                || joined.starts_with(" there is no ")
                || joined.starts_with(" there are no ")
                || no_work_took_place(&joined)
                || joined.starts_with(" there has been no ")
                || joined.starts_with(" there have been no ")
                || {
                    let words: Vec<&str> = joined.split_whitespace().collect();
                    !words.is_empty() && words.iter().all(|w| FILLER.contains(w))
                }
                || only_unreal(&joined.split_whitespace().collect::<Vec<_>>())
                || {
                    let words: Vec<&str> = joined.split_whitespace().collect();
                    asks_someone(&words)
                        || short_refusal(&words, &joined, Reading::Evidence)
                        || mashed(&words)
                        || opens_put_off(&joined, &text)
                }
                || not_done_elsewhere(&lower)
                || opens_with_placeholder(&lower, true)
                || template_slot(&lower)
                || nowhere_address(&lower)
                || trails_placeholder(&lower)
                || lower.strip_prefix("missing").is_some_and(|r| {
                    !r.starts_with(|c: char| c == '-' || c.is_alphanumeric())
                })
                || lower.strip_prefix("planned").is_some_and(|r| {
                    r.is_empty() || r.starts_with([':', ';', '.', ',', ')'])
                })
                || ends_a_clause_to_follow(&lower)
                || (NOT_DONE_UNLESS_DATED
                    .iter()
                    .chain(NOT_YET_ELSEWHERE)
                .chain(APPROVED_ON_A_CONDITION)
                    .any(|p| joined.contains(&format!(" {p} ")))
                    && !dates_work_done(&text))
                // "ETA 2027-01" and the like open work still to come; someone else's work;
                // intentions with nothing to check; a template for an assessment.
                || (opens_refused(&text) && !dates_work_done(&text))
                || OTHERS_WORK.iter().any(|p| joined.contains(&format!(" {p} ")))
                || providers_work(&text, &joined, &joined.split_whitespace().collect::<Vec<_>>())
                || (!text.bytes().any(|b| b.is_ascii_digit())
                    && !lower.contains("http")
                    && INTENT_ONLY.iter().any(|p| joined.contains(&format!(" {p} "))))
                || template_only(&lower)
                || only_begun(&lower)
                // Only the steps before the work: "kick off meeting held"; a question of the
                // work answered no ("... completed? Not yet"); the work itself still to come;
                // a path or an address that points nowhere (the model left them out, and runs
                // drew such texts).
                || only_first_steps(&lower)
                || answered_no(&lower)
                || actual_work_to_come(&joined.split_whitespace().collect::<Vec<_>>())
                || placeholder_path(&lower)
                || bare_example_address(&lower)
                || lower.contains("{{")
                || lower.contains("}}")
                || {
                    let words: Vec<&str> = joined.split_whitespace().collect();
                    (!text.is_ascii()
                        && (clauses(&lower)
                            .next()
                            .is_some_and(|c| NOT_DONE_CJK.iter().any(|p| c.contains(p)))
                            || (!has_year_digits(&text)
                                && NOT_DONE_CJK.iter().any(|p| text.contains(p)))))
                        || ((awaits_approval(&words)
                            || APPROVAL_PENDING.iter().any(|p| joined.contains(&format!(" {p} ")))
                            || marked_draft(&lower)
                            || clauses(&lower).any(decision_to_come))
                            && approval_outstanding(&lower))
                        || stand_in_name(&words, &lower)
                        || lapsed_clause(&lower)
                        || for_an_earlier_model(&lower)
                        || superseded(&lower)
                };
            prop_assert_eq!(says_not_done(&text, Reading::Evidence), by_search, "{:?}", text);
        }
    }

    #[test]
    fn numbers_read_with_thousands_grouped() {
        assert_eq!(display_number(72_000.0), "72,000");
        assert_eq!(display_number(1_234_567.0), "1,234,567");
        assert_eq!(display_number(-20_000.0), "-20,000");
        assert_eq!(display_number(9_999.0), "9999");
        assert_eq!(display_number(0.5), "0.5");
        assert_eq!(risk_points(1), "1 risk point");
        assert_eq!(risk_points(0), "0 risk points");
    }

    /// A twenty-second hostile review's evidence that read "met": drafts, work in progress,
    /// approvals asked for and not given, put off, an earlier model's, replaced or withdrawn, a
    /// stand-in approver, lapsed in words. Beside it, honest evidence that says such words about
    /// something else stays evidence (a review of honest evidence the same day).
    #[test]
    fn a_later_review_of_dishonest_evidence_finds_each_rewording_refused() {
        for none in [
            "Scrapped.",
            "Disbanded.",
            "Project axed.",
            "The hazard analysis was shelved.",
            "Imaginary review board.",
            "Invented for the audit.",
            "Conditionally approved by the safety board, conditions open.",
            "Monitoring turned off in 2026-01.",
            "Hazard monitoring switched off on 2026-01-05.",
            "Hazard analysis HA-3 approved 2026-03-02; the hazard checks are disabled.",
            "Bias test run 2026-03-01: failed.",
            "Hazard analysis HA-3: failed.",
            "Failed the safety audit on 2026-03-01.",
            "Fairness audit 2026-03-01 result: fail.",
            "Approval since withdrawn.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Hazard log HL-2 approved 2026-04-01. The former review board was disbanded in 2025.",
            "Hazard analysis HA-3 run on 2026-05-02; next run is scheduled for 2027-05.",
            "Hazard analysis HA-3 approved 2026-03-02; 3 of 400 tests failed, within tolerance.",
            "Hazard analysis HA-3 approved 2026-03-02; no tests failed.",
            "Safety test failed 2026-02-01; fixed and re-run 2026-02-10, passed.",
            "Hazard analysis failed to find any new hazards; signed off 2026-03-02.",
            "Hazard analysis HA-3 approved 2026-03-02. Failed signal cases go to a signaller.",
            "Hazard analysis HA-3 approved 2026-03-02; automation is switched off when an alert fires.",
            "Hazard analysis HA-3 approved 2026-03-02; auto-dispatch turned off for level crossings.",
            "Hazard log HL-2 approved 2026-04-01. Two drivers have since withdrawn consent; their \
             records were removed on 2026-06-01.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// A sixth review's alternative route "withdrawn with the 2026 branch closures", read in
    /// place; beside it, a route replaced by another and routes still open.
    #[test]
    fn a_route_withdrawn_with_nothing_in_its_place_is_no_evidence() {
        for none in [
            "Branch/phone route was withdrawn with the 2026 branch closures; applicants who ask \
             are sent back to the online form.",
            "The phone line was discontinued in 2026.",
            "Paper option has been withdrawn.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Branch and phone applications stay open after the 2026 branch closures; the phone \
             line covers the closed branches (OPS-1902).",
            "The paper route was withdrawn in 2025 and replaced by the phone line, staffed daily \
             (OPS-1902).",
            "Applications withdrawn by the applicant are closed; the branch route takes the rest.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// A third hostile review's and a review of honest teams' evidence that said the work was
    /// undone, turned down or never took effect, and read "met"; beside it, honest evidence with
    /// the same words about something else.
    #[test]
    fn work_undone_turned_down_or_never_in_effect_is_no_evidence() {
        for none in [
            "Disabled.",
            "Turned off.",
            "Switched off.",
            "Risk assessment turned off.",
            "The risk assessment is disabled.",
            "MRA-2026-07 approved 2026-08-14; turned off.",
            "Model risk assessment MRA-2026-07, approved on 2026-08-14; the controls it names are disabled.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; disabled.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; controls switched off.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; controls disabled in production.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; its controls are bypassed for the duration of the trial.",
            "HA-GW-3 approved on 2026-03-02; the Safety Review Board found the residual risk intolerable.",
            "MRA-2026-07 approved on 2026-08-14; the committee found the residual risk unacceptable.",
            "MRA-2026-07 approved on 2026-08-14; findings: model not fit for purpose.",
            "HA-GW-3 approved on 2026-03-02 by the Safety Review Board, which found the deferrals unsafe and rejected them.",
            "HA-GW-3 approved on 2026-03-02; the EASA audit of 2026-10-01 found it invalid.",
            "HA-GW-3 approved on 2026-03-02; the CAMO audit of 2026-10-01 found the controls ineffective.",
            "MRA-2026-07 approved on 2026-08-14; the committee later voted it down.",
            "HA-GW-3 approved on 2026-03-02; the board has since reopened it.",
            "HA-GW-3 approved on 2026-03-02; void.",
            "HA-GW-3 approved on 2026-03-02; cancelled.",
            "HA-GW-3 approved on 2026-03-02; obsolete.",
            "HA-GW-3 approved on 2026-03-02; invalidated by the model change of 2026-08-01.",
            "HA-GW-3 approved on 2026-03-02; its approval lapsed when the safety manager left in June.",
            "MRA-2026-07 approved on 2025-08-14; annual review overdue.",
            "MRA-2026-07 approved on 2026-08-14 for model HR-RISK v2; the model in use is v3.2.",
            "Hazard analysis written by ATR (the aircraft manufacturer) and approved by its safety board on 2026-03-02.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02 by the vendor's safety board.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; the controls it names have not been implemented.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02 was never implemented.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; mitigations to follow in 2027.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02, conditional on a second review that has not happened.",
            "Hazard analysis HA-GW-3 (example copy for training purposes) approved on 2026-03-02.",
            "Hazard analysis HA-GW-3 approved on 2026-03-02 (hypothetical example for the assessment).",
            "Hazard analysis HA-GW-3 approved on 2026-03-02; the deferral limits it sets are not enforced.",
            "Safety case SC-WW-01 rejected by the Safety Review Board on 2026-07-14 (minutes SRB-2026-07, item 4); hazard log HL-WW-01 returned to the Safety Manager for rework",
            "Safety case SC-WW-01 rejected by the Safety Review Board on 2026-07-14",
            "Hazard log HL-WW-01 not accepted by the CAA; resubmission required",
            "Hazard log HL-WW-01 awaiting acceptance by the Safety Review Board",
            "Hazard log HL-WW-01 withdrawn by the Safety Manager pending rework",
            "Safety case SC-WW-01 superseded; replacement in drafting",
            "Safety case SC-WW-01 returned by the CAMO with 4 findings open",
            "Hazard log HL-WW-01 archived when the project was paused",
            "Safety case SC-WW-01: CAA audit found it inadequate",
            "Model risk assessment MRA-CR-03 rejected by the Model Risk Committee 2026-09-20",
            "Model risk assessment MRA-CR-03 not approved by the Model Risk Committee",
            "Model risk assessment MRA-CR-03 returned by the Model Risk Committee for rework",
            "HA-GW-3 approved 2026-03-02. Cancelled.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Hazard analysis HA-3 approved 2026-03-02 by the safety board. Invalid inputs are rejected.",
            "Hazard analysis HA-3 approved 2026-03-02; the auto-decline rule is disabled.",
            "Hazard analysis HA-3 approved 2026-03-02; automatic dispatch is switched off when confidence drops.",
            "Hazard analysis HA-3 approved 2026-03-02; applications rejected by the model are reviewed by an officer.",
            "Hazard analysis HA-3 approved 2026-03-02; the previous version is superseded.",
            "Hazard analysis HA-3 approved 2026-03-02; it replaced HA-2, which is archived.",
            "Hazard analysis HA-3 approved 2026-03-02; the red team found the old prompt unsafe, fixed in v2.",
            "Hazard analysis HA-3 approved 2026-03-02; outputs that fail the check are rejected.",
            "Hazard analysis HA-3 approved 2026-03-02 by the Safety Review Board; unsafe deferrals are blocked.",
            "Hazard analysis HA-3 approved 2026-03-02; decisions are archived for seven years.",
            "Hazard analysis HA-3 approved 2026-03-02; the model is paused when drift exceeds 5%.",
            "Hazard analysis HA-3 approved 2026-03-02; reviewers rejected 12 of 400 outputs in the pilot.",
            "Hazard analysis HA-3 approved 2026-03-02; requests from unverified accounts are declined by the gateway.",
            "Hazard log HL-4 kept by the safety engineer, approved by the board on 2026-05-01; 2 low findings open, tracked in RISK-9.",
            "Hazard analysis HA-3 approved 2026-03-02; the vendor's model card was read by our safety engineer.",
            "Hazard analysis HA-3 approved 2026-03-02; limits set by the manufacturer are enforced by the scheduler.",
            "Hazard analysis HA-3 approved 2026-03-02; claims declined by the model go to a handler.",
            "Hazard analysis HA-3 approved 2026-03-02; the earlier draft was rejected by the board on 2026-02-01 and revised.",
            "Hazard analysis HA-3 approved 2026-03-02; data flagged invalid is excluded.",
            "Safety case SC-2 accepted by the CAA on 2026-04-10; turned-off alarms are logged and escalated.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// A fourth hostile review's and a second review of honest evidence's: more ways to say
    /// the work was turned down, undone, lost or someone else's; and honest text they refused
    /// midway (a drill that switched the model off, a fail-safe at work, "found no gaps").
    #[test]
    fn hedged_or_future_evidence_is_no_evidence_and_a_finding_beside_an_approval_is() {
        // A hostile review's hedges, each counted as in place.
        for none in [
            "EIA-RB-2024-09, if approved by the Director of Resources.",
            "EIA-RB-2024-09, hopefully approved by the Director of Resources.",
            "EIA-RB-2024-09, approval by the Director of Resources anticipated.",
            "EIA-RB-2024-09, approved by the Director next year.",
            "Die Risikobewertung EIA-RB-2024-09 wird nächstes Jahr erstellt.",
            "La evaluación de riesgos EIA-RB-2024-09 se hará el año próximo.",
            // A later review's: an approval with its condition open, or a year to come.
            "EIA-RB-2024-09, subject to approval by the Director of Resources.",
            "EIA-RB-2024-09, provisionally approved by the Director of Resources.",
            "EIA-RB-2024-09, conditionally approved by the Director of Resources.",
            "EIA-RB-2024-09, approved in principle by the Director of Resources.",
            "EIA-RB-2024-09, to be signed off in the coming year.",
            "Risicobeoordeling EIA-RB-2024-09 wordt volgend jaar goedgekeurd.",
            // A hostile review's: put off, on an agenda, or "not yet" in other languages.
            "EIA-RB-2024-09, deferred to 2027.",
            "EIA-RB-2024-09 goes to the Director of Resources on 2027-01-20.",
            "EIA-RB-2024-09 is on the agenda of the board for 2027-01-20.",
            "EIA-RB-2024-09, approved by the Director early in the new year.",
            "EIA-RB-2024-09, approved later this month.",
            "EIA-RB-2024-09, pas encore approuvée.",
            "EIA-RB-2024-09, todavía no aprobada.",
            "EIA-RB-2024-09, non ancora approvata.",
            "EIA-RB-2024-09, nog niet goedgekeurd.",
            // A second hostile review's: a review that refused the approval, dated.
            "EIA-RB-2024-09 reviewed by the board on 2024-11-18; changes requested.",
            "EIA-RB-2024-09 reviewed by the board on 2024-11-18; not approved.",
            "EIA-RB-2024-09 reviewed by the board on 2024-11-18; approval deferred.",
            "EIA-RB-2024-09 reviewed by the board on 2024-11-18; the chair declined to sign.",
            // A third hostile review's: still a draft, or its review still to come, beside a
            // dated review.
            "EIA-RB-2024-09, reviewed by the board on 2024-11-18 (draft v0.9).",
            "EIA-RB-2024-09 (draft, for comment), reviewed by the board on 2024-11-18.",
            "EIA-RB-2024-09, reviewed by the board on 2024-11-18; pending Model Risk Committee review.",
            "EIA-RB-2024-09 drafted on 2024-11-18; the board reviews it on 2027-01-20.",
            // A fourth's: word order turned, a body's review under way, other draft marks.
            "EIA-RB-2024-09, reviewed by the board on 2024-11-18; Model Risk Committee review pending.",
            "EIA-RB-2024-09, reviewed by the board on 2024-11-18; under MRC review.",
            "EIA-RB-2024-09 (in draft), reviewed by the board on 2024-11-18.",
            "EIA-RB-2024-09 v0.9-draft, reviewed by the board on 2024-11-18.",
            "EIA-RB-2024-09 draft v0.9, reviewed by the board on 2024-11-18.",
            "EIA-RB-2024-09 (not final), reviewed by the board on 2024-11-18.",
            // Its own version superseded, or an unnamed one's.
            "EIA-RB-2024-09 v1.0, approved by the board on 2024-07-15; v1.0 was superseded by v2.0.",
            "EIA-RB-2024-09, approved by the board on 2024-07-15; v1.0 was superseded by v2.0.",
            "EIA-RB-2024-09, drafted by Helen Marsh, CRO, on 2025-03-18. Approval is scheduled for March 2027.",
            "EIA-RB-2024-09 v2, approved by the board on 2026-06-03; v2 is under review.",
            "EIA-RB-2024-09 v2 is under review.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        // A review of honest teams: what the assessment found, and what is planned about it,
        // beside the day it was approved; and plans that follow a dated approval.
        for evidence in [
            "Risk assessment RA-TS-01 approved 2026-12-01: disparate impact has not been measured; bias testing is planned for Q1 2027.",
            "Risk assessment RA-HB-2026-03 approved by the Head of Housing Benefits on 2026-05-12: the risk that a wrong eligibility answer deters an eligible resident has not been measured yet; a follow-up survey of deterred residents is planned for Q1 2027.",
            "EIA-RB-2024-09 approved 2026-03-01; to be reviewed again next year.",
            "Hazard log HL-2 approved 2026-02-01; changes, once approved by the board, are logged within a week.",
            "RA-1 approved 2026-01-01 by the board; lists the harms anticipated",
            "RA-12 approved 2026-02-11. Next year's review will add the new product line.",
            "EIA-RB-2024-09 conditionally approved 2026-02-01; conditions closed and approved 2026-03-01.",
            "EIA-RB-2024-09 approved 2026-03-01, subject to annual review.",
            // A review of honest evidence: how it went, a span closed by "on", an action put
            // off beside the dated approval.
            "EIA-RB-2024-09 approved by the Director on 2024-11-18, as expected.",
            "EIA-RB-2024-09 approved by the Director (our fiscal year runs April to March) on 2026-06-10.",
            "EIA-RB-2024-09 approved 2024-11-18; one minor action deferred to Q1.",
            "EIA-RB-2024-09 approved by the board on 2024-11-18 after the changes requested on 2024-10-01 were made.",
            "EIA-RB-2024-09: changes requested 2024-10-01, made, and approved by the board on 2024-11-18.",
            "EIA-RB-2024-09 approved 2024-11-18; the earlier draft was not approved.",
            "EIA-RB-2024-09 (draft v0.9 circulated 2024-10-01; v1.0 approved by the board on 2024-11-18).",
            "EIA-RB-2024-09 (drafted 2024-10-01), approved by the board on 2024-11-18.",
            "EIA-RB-2024-09 approved by the board on 2024-11-18; the board reviews it again on 2025-11-18.",
            "Declines pending review are held; EIA-RB-2024-09 approved by the board on 2024-11-18.",
            // A review of honest teams: the approver's role set off by commas, beside a plan.
            "EIA-RB-2024-09, approved by Helen Marsh, CRO, on 2025-03-18. The next annual review is scheduled for March 2027.",
            // A review of honest teams: the next version under way beside the approved one.
            "EIA-RB-2024-09 v2, approved by the board on 2026-06-03; v3 is under review.",
            "EIA-RB-2024-09, approved by the board on 2026-06-03; an easy-read version is being drafted.",
            // A review of honest teams: the earlier version of it superseded.
            "EIA-RB-2024-09 (v2.0), approved by the board on 2025-07-15; v1.0 (pilot, 2024) was superseded.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
        // Still refused: the approval itself asked for, or denied, before the colon.
        for none in [
            "Approval requested: 2026-12-01; the assessment is planned.",
            "RA-1 not approved 2026-12-01: testing is planned.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        // Dates a hostile review wrote so that they were not read: an approver between the
        // word and the year, a fiscal year, a day written "the 16th of".
        let made = |t: &str| dates_in(t).made;
        assert_eq!(
            made("EIA-RB-2024-09 approved by the Director of Resources in 2031."),
            Some("2031-01-01".into())
        );
        assert_eq!(
            made("EIA-RB-2024-09, approved by the Director in FY2028."),
            Some("2027-04-01".into())
        );
        assert_eq!(
            made("EIA-RB-2024-09, approved by the Director on the 16th of December 2026."),
            Some("2026-12-16".into())
        );
        // A later review's: a year of two digits, a fiscal year apart, an ISO week. A fiscal
        // year counts from 1 April of the year before (FY2028 from 2027-04-01).
        for (text, day) in [
            (
                "EIA-RB-2024-09, approved by the Director in FY28.",
                "2027-04-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in FY 28.",
                "2027-04-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in FY 2028.",
                "2027-04-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in Q1'27.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in Q3 '27.",
                "2027-07-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in 2027-W03.",
                "2027-01-18",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in 2026W53.",
                "2026-12-28",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in 2025-W01-3.",
                "2025-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director on 20/1/27.",
                "2027-01-20",
            ),
            ("EIA-RB-2024-09, genehmigt am 20.1.27.", "2027-01-20"),
            ("EIA-RB-2024-09, approved on 20 Jan '27.", "2027-01-20"),
            ("EIA-RB-2024-09, approved in 1Q27.", "2027-01-01"),
            ("EIA-RB-2024-09, approved in 2027-W3.", "2027-01-18"),
            ("EIA-RB-2024-09, approved in CY2027.", "2027-01-01"),
            ("EIA-RB-2024-09, approved in FY2027/28.", "2027-04-01"),
            ("EIA-RB-2024-09, approved in FY26/27.", "2026-04-01"),
            // A month and its year with "de" between, and the approver between the word and
            // a month or a loose period.
            (
                "EIA-RB-2024-09, aprobada por el comité en enero de 2027.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, aprovada pelo comité em janeiro de 2027.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director 01/2027.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in 2027-01.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director early 2027.",
                "2027-01-01",
            ),
            (
                "EIA-RB-2024-09, approved by the Director in spring 2027.",
                "2027-01-01",
            ),
            ("EIA-RB-2024-09, genehmigt in KW3 2027.", "2027-01-18"),
            (
                "EIA-RB-2024-09, approved in fiscal year 2028.",
                "2027-04-01",
            ),
        ] {
            assert_eq!(made(text), Some(day.into()), "{text}");
        }
        // Two digits after dots may be a version, after "on" too ("re-validated on 5.2.27": a
        // review of honest evidence); and a fiscal year under way is no day to come.
        assert_eq!(
            made("Tool v1.2.27 approved 2026-03-01."),
            Some("2026-03-01".into())
        );
        assert_eq!(
            made("Re-validated on 5.2.27 on 2026-03-01."),
            Some("2026-03-01".into())
        );
        assert_eq!(
            made("Approved 2026-10-14, early in FY27."),
            Some("2026-10-14".into())
        );
        // "runs to" before a word that dates the work is no term of validity.
        assert_eq!(
            dates_in(
                "MRM-CL-031 runs to 40 pages and was approved by the committee on 2024-11-18."
            )
            .expires,
            None
        );
        assert_eq!(
            made("EIA-RB-2024-09, approved by the Director on 2027 01 05."),
            Some("2027-01-05".into())
        );
        assert_eq!(made("Ticket 2031 raised by the team in 2024"), None);
    }

    #[test]
    fn more_rewordings_of_work_undone_and_the_honest_text_beside_them() {
        for none in [
            "MRM-CL-031 approved 2024-11-18; scrapped.",
            "MRM-CL-031 approved 2024-11-18; no longer followed.",
            "Runbook IR-3 approved 2024-11-28; the kill switch has since been removed.",
            "Hazard analysis HA-3 approved 2024-11-28; its controls were bypassed in practice.",
            "FL-2024-09 run 2024-10-21: did not pass.",
            "FL-2024-09 run 2024-10-21: not passed.",
            "FL-2024-09 run 2024-10-21: the threshold was missed; results accepted as is.",
            "Hazard analysis HA-3 approved 2024-11-18; it has not been kept up since the 2025 model update.",
            "Validation CV-TA-2024 completed 2024-09-15 at another trust (St Elsewhere), not ours.",
            "Risk assessment RA-RR-3 v2, declined by the agency's risk and assurance committee 2026-10-28",
            "Risk assessment RA-RR-3 v2, vetoed by the risk and assurance committee 2026-10-28",
            "Risk assessment RA-RR-3 v2: risk committee verdict: reject",
            "Risk assessment RA-RR-3 v2: outcome of committee review: not approved",
            "Risk assessment RA-RR-3 v2, unapproved",
            "Risk assessment RA-RR-3 v2, not signed off by anyone",
            "Risk assessment RA-RR-3 v2: none exists yet",
            "Risk assessment RA-RR-3 v2 (retired; no current risk assessment)",
            "Risk assessment RA-RR-3 v2: decommissioned with the old platform",
            "Risk assessment RA-RR-3 v2, abandoned in October",
            "Risk assessment RA-RR-3 v2: empty template, nothing filled in",
            "Risk assessment RA-RR-3 v2: a dummy document for the audit",
            "Risk assessment RA-RR-3 v2: bogus",
            "Risk assessment RA-RR-3 v2, a sham review",
            "Risk assessment RA-RR-3 v2: the external audit found major nonconformities and it was not accepted",
            "Risk assessment RA-RR-3 v2: the audit concluded it is inadequate",
            "Risk assessment RA-RR-3 v2, approved by the committee 2026-10-28; later overturned by the board",
            "Risk assessment RA-RR-3 v2: lost in the 2026 document migration",
            "Risk assessment RA-RR-3 v2: cannot be found",
            "Risk assessment RA-RR-3 v2, for the LoanBot system (a different system)",
            "Risk assessment RA-RR-3 v2, covers the previous model only",
            "Risk assessment RA-RR-3 v2: written by ChatGPT, not reviewed by anyone",
            // A tenth hostile review's alternative route, gone since the branches closed.
            "Branch/phone route available. Since the 2026 branch closures the phone line says 'please apply online' and transfers callers to the web form; in-person and telephone decisions are no longer offered.",
            "Phone applications with a lending officer: no longer available since March.",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "Incident runbook IR-CL-3 (approved 2024-11-28). Exercise on 2025-09-18: the model was disabled, applications fell back to manual underwriting, and it was re-enabled after 40 minutes.",
            "Runbook IR-CL-3 approved 2024-11-28. Last drill 2025-09-18: model switched off; manual underwriting took over.",
            "Hazard analysis HAZ-SW-2 approved 2026-11-20. Fail-safe: on invalid input the extension is switched off and the asset reverts to 4 weeks.",
            "DS-LEND logs every score and decision (audit IA-2025-14, completed 2025-06-30, found no gaps). Invalid records are flagged, never deleted.",
            "RA-SW-004, approved 2026-11-20. No residual risk was found intolerable.",
            "Paused-model alerts: MON-QQ (live since 2024-12-02) pages on-call whenever scoring is paused or drift exceeds PSI 0.25.",
            "FL-2024-09 run 2024-10-21: adverse impact ratio 0.86 minimum; nothing found invalid by the second-line review on 2024-10-28.",
            "Each ranking, inputs and model version, and the planner's decision, are logged in AM-LOG (since 2026-09-01). An audit on 2026-11-02 found no records invalid.",
            "Risk assessment RA-PH-2 approved 2026-09-01 by the superintendent pharmacist; it found the risk of unsafe dose advice tolerable with the referral rules in place.",
            "Risk assessment RA-PH-2 approved 2026-09-01, to be redone in full when the model changes.",
            "Risk assessment RA-7 approved 2026-10-28; no conditions open.",
            "Risk assessment RA-7 approved 2026-10-28, after the audit found v1 invalid and it was redone.",
            "Hazard analysis HA-3 approved 2026-03-02; no records were lost in the migration.",
            "Hazard analysis HA-3 approved 2026-03-02; the v1 procedure is no longer followed.",
            "Hazard analysis HA-3 approved 2026-03-02; cases that did not pass the check go to a signaller.",
            "Risk assessment RA-9 approved 2026-05-01; teacher access to the raw scores was removed.",
            "DPIA DP-4 approved 2026-05-01; social-media data was removed from scope.",
            "Risk assessment RA-9 approved 2026-05-01; the sick-leave field has been removed.",
            "Applicants can apply by phone or in one of 42 branches, where a lending officer decides (procedure LEND-ALT-04); the old fax route is no longer offered.",
            "Branch and phone applications, decided by a lending officer (LEND-ALT-04); paper forms are no longer available, large print is sent on request.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    #[test]
    fn unfinished_replaced_and_lapsed_work_in_more_words_is_no_evidence() {
        for none in [
            "Risk assessment RA-TF-12: draft v0.3, awaiting AI Risk Board sign-off.",
            "RA-TF-12 submitted to the AI Risk Board on 2026-06-10; decision not yet received.",
            "RA-TF-12 approval requested on 2026-06-10.",
            "RA-TF-12 awaiting approval since 2026-06-10.",
            "RA-TF-12 in progress, about 40% complete.",
            "RA-TF-12 scheduled for 2027-02-01.",
            "RA-TF-12 approval postponed indefinitely.",
            "RA-TF-12 is overdue.",
            "Risikobewertung RA-TF-12 in Arbeit.",
            "Évaluation des risques RA-TF-12 en cours de rédaction.",
            "Evaluación de riesgos RA-TF-12 en borrador.",
            "RA-TF-12 — 未完成",
            "リスク評価 RA-TF-12 は作成中です。",
            "RA-TF-12 approved 2024-11-18; expired.",
            "RA-TF-12 approved 2024-11-18; it has since expired.",
            "RA-TF-12 approved 2024-11-18; must be renewed annually; not renewed.",
            "RA-TF-12 approved 2024-11-18 for the previous model TF-2022.1.",
            "RA-TF-12 approved 2024-11-18. Superseded by RA-TF-19 (not yet approved).",
            "RA-TF-12 approved 2024-11-18; the board later withdrew it.",
            "RA-TF-12 approved by J. Doe on 2026-06-10.",
            "RA-TF-12 signed off by Max Mustermann, 2026-06-10.",
            // A second hostile review the same day: approval outstanding beside a date of
            // writing, in more languages, stand-ins, and replaced in other words.
            "Risk assessment RA-12 written 2026-03-01, awaiting approval.",
            "Risk assessment RA-12 written 2026-03-01, work in progress.",
            "Risk assessment RA-12 dated 2026-03-01, not yet signed.",
            "Risk assessment RA-12 sent for approval on 2026-03-01.",
            "Risk assessment RA-12 (draft).",
            "Évaluation des risques RA-12 du 2026-03-01, en attente d'approbation.",
            "Risikobewertung RA-12 vom 2026-03-01, Freigabe durch den Direktor steht noch aus.",
            "RA-12 approved by Firstname Lastname on 2026-03-01.",
            "RA-12 approved by <approver> on 2026-03-01.",
            "RA-12 approved by XXX on 2026-03-01.",
            "RA-TF-12 审批中",
            "RA-TF-12 작성 중",
            "リスク評価 RA-12（2026年6月10日作成）承認待ち。",
            "RA-12 approved 2024-11-18; this legacy version has been replaced by RA-19.",
            "RA-TF-12 approved 2024-11-18; superseded.",
            "RA-TF-12 approved 2024-11-18; since replaced by RA-19 (not yet approved).",
            // A third hostile review: another thing's approval, and replaced after all.
            "Risk assessment WM-RA-2025-07 awaiting approval by the AI board; the data-sharing agreement was approved on 2026-07-30.",
            "WM-RA-2025-07, which replaced the earlier draft, has itself been replaced by WM-RA-2026-11.",
            "WM-RA-2025-07 approved 2025-01-10. Status: superseded (see the old register).",
        ] {
            assert!(is_empty_reason(none), "{none:?} is no evidence");
        }
        for evidence in [
            "RA-TF-12 drafted by J. Smith, approved by the AI Risk Board 2026-06-10.",
            "RA-TF-12 approved 2026-06-10; the draft EU guidance was also considered.",
            "RA-TF-12 approved 2026-06-10; retraining in progress since.",
            "RA-TF-12 approved 2026-06-10. Cases awaiting review are held.",
            "Every decline letter gives the four main reasons (template CARTA-DEN-04, approved by Legal 2025-05-02). Letters for applicants whose ID document has expired say so and ask for a new one.",
            "MRM-2025-044 approved 2025-03-01. Input checks: cards that expired before 2025-01-01 are declined unscored.",
            "Submitted for approval on 2025-02-01 and approved by the board on 2025-03-01.",
            // A review of honest evidence the same day.
            "PROC-CL-7 (in force since 2024-11-20): declines awaiting review are held.",
            "PROC-CL-7, approved 2024-11-20: credit officers review every proposed decline before it is sent. Retraining of QQ-PD v6 in progress.",
            "PROC-CL-7（2024年11月20日承認）：拒否案件はすべて送付前に審査担当者が確認。v6モデルの再学習は進行中。",
            "Fair-lending test FL-2024-09 completed 2024-11-05 for QQ-PD v5; the 2023 draft methodology was superseded by FL-METH-2.",
            "Draft v0.3 circulated 2024-10-01; MRM-CL-031 v1.0 approved by the Model Risk Committee on 2024-11-18.",
            "MRM-CL-031 v1.0 approved by the Model Risk Committee on 2024-11-18 (the earlier draft v0.3 is superseded).",
            "MRM-CL-031 v2, approved by the Model Risk Committee on 2024-11-18. MRM-CL-020 (2022) is superseded by this version.",
            "MRM-CL-031 approved 2024-11-18; replaces the assessment for the previous model (QQ-PD v4).",
            "MRM-CL-031 approved 2024-11-18 by J. Doe-Okafor, Head of Model Risk.",
            "MRM-CL-031 approved 2024-11-18 by J. Doe (Jennifer Doe, Head of Model Risk).",
            // A third review of honest evidence.
            "MRM-CL-031 approved 2024-11-18. The Dell servers were superseded in 2025.",
            "MRM-CL-031 approved 2024-11-18. The bureau vendor was replaced by Experian.",
            "MRM-CL-031 approved 2024-11-18. Letters open \"Dear <name>\" and list the reasons.",
            "MRM-CL-031 approved 2024-11-18. Names are stored as Firstname Lastname.",
            "MRM-CL-031 approved 2024-11-18. Statements show the account as XXX-XXX-1234.",
            "Risikobewertung MRM-CL-031, freigegeben am 18.11.2024. Ersetzt: MRM-CL-020.",
            "Évaluation des risques MRM-CL-031, approuvée le 18/11/2024. Statut : en vigueur ; remplacée l'ancienne version MRM-CL-020.",
            // A fifth: old systems replaced, in other languages.
            "RA-TF-12 genehmigt am 2026-06-10; das alte Regelwerk wurde ersetzt durch TriageAssist.",
            "RA-TF-12 approuvé le 2026-06-10; l'ancien système a été remplacé par TriageAssist.",
            "RB-2025-07 wurde am 18.11.2025 vom Sicherheitsbeauftragten freigegeben. Das Handbuch für v3 ist noch in Bearbeitung.",
        ] {
            assert!(!is_empty_reason(evidence), "{evidence:?} is evidence");
        }
    }

    /// Expiry in more words (a hostile review), and "expired", "sunset" or "renewed by" about
    /// something else or about a renewal done (a review of honest evidence).
    #[test]
    fn expiries_in_more_words_and_lapses_of_other_things() {
        for (evidence, expires) in [
            (
                "RA-TF-12 approved 2024-11-18; good for 12 months.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18; valid for 1 yr.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18; end of validity 2025-11-18.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18; 有効期限 2025-11-18",
                "2025-11-18",
            ),
            (
                "Approved 2024-11-18; must be renewed by 2025-11-18.",
                "2025-11-18",
            ),
            ("Approved 2024-11-18, expires 2025-11-18.", "2025-11-18"),
            // A hostile review's lapsed cycles.
            (
                "MRM-CL-031, approved 2023-11-18; next review was due 2024-11-18.",
                "2024-11-18",
            ),
            (
                "MRM-CL-031, approved 2023-06-01; to be reviewed by 2024-06-01.",
                "2024-06-01",
            ),
        ] {
            assert_eq!(
                dates_in(evidence).expires.as_deref(),
                Some(expires),
                "{evidence}"
            );
        }
        for evidence in [
            "MRM-2025-044 approved 2025-03-01. Input checks: cards that expired before 2025-01-01 are declined unscored.",
            "MRM-2025-044 approved 2025-03-01; the bank's moratorium on new card products (expired 2024-10-31) did not affect it.",
            "MRM-2025-044 approved 2025-03-01; the 2024 promotional rate expired on 31 December 2024 and is not modelled.",
            "MRM-2025-044 approved 2025-03-01; the old scorecard's approval expired 2025-06-30 when it was retired.",
            "MRM-2025-044 approved 2025-03-01. Sunset of the old rules engine: completed 2025-09-30.",
            "MRM-2025-044 approved 2025-03-01; conditional approval lapsed into full approval on 2025-06-01.",
            "MRM-2025-044 approved 2025-03-01; renewed by the committee on 2026-02-20.",
        ] {
            assert_eq!(dates_in(evidence).expires, None, "{evidence}");
        }
        assert_eq!(
            dates_in("MRM-2025-044 approved 2025-03-01; renewed by the committee on 2026-02-20.")
                .made
                .as_deref(),
            Some("2026-02-20")
        );
        let d = dates_in(
            "MRM-2025-044 approved 2025-03-01; valid until 2027-02-28. The temporary waiver WV-17 expired 2025-04-30 and was not needed.",
        );
        assert_eq!(d.expires.as_deref(), Some("2027-02-28"));
        // A renewal starts a stated term again (a review of honest evidence).
        for evidence in [
            "MRM-CL-031 approved 2024-11-18, good for 12 months; renewed on 2026-11-10.",
            "MRM-CL-031 approved 2024-11-18, valid 12 months from approval. Renewed on 2026-11-10 for a further 12 months.",
            "MRM-CL-031 approved 2024-11-18, valid 12 months from approval; re-approved by the Model Risk Committee on 2026-11-10.",
        ] {
            let d = dates_in(evidence);
            assert_eq!(d.expires.as_deref(), Some("2027-11-10"), "{evidence}");
            assert_eq!(d.made.as_deref(), Some("2026-11-10"), "{evidence}");
        }
        // A hardening review: expiry glued to a date in Japanese and Chinese, dates written
        // year 年 month 月 day 日, terms in words, days, weeks and other languages, and days that
        // do not exist.
        for (evidence, expires) in [
            (
                "RA-TF-12 approved 2024-11-18; 有効期限2025-01-01",
                "2025-01-01",
            ),
            (
                "RA-TF-12 approved 2024-11-18; 有効期限は2025-01-01",
                "2025-01-01",
            ),
            (
                "RA-TF-12 approved 2024-11-18; 有效期至2025-01-01",
                "2025-01-01",
            ),
            (
                "RA-TF-12 2024年11月18日承認、有効期限 2025年1月1日",
                "2025-01-01",
            ),
            (
                "RA-TF-12 approved 2024-11-18; valid for twelve months.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18; valid for 365 days.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18; valid for 52 weeks.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 genehmigt am 2024-11-18, gültig für 12 Monate.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approuvé le 2024-11-18, valable 12 mois.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 aprobado el 2024-11-18, válido por 12 meses.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 approved 2024-11-18, valid 12 months; renewed on 2026-02-30.",
                "2025-11-18",
            ),
        ] {
            assert_eq!(
                dates_in(evidence).expires.as_deref(),
                Some(expires),
                "{evidence}"
            );
        }
        // A fifth round: month names, number words and terms in other languages.
        for (evidence, expires) in [
            (
                "RA-TF-12 genehmigt am 12. März 2021; gültig bis 11. März 2024.",
                "2024-03-11",
            ),
            (
                "RA-TF-12 genehmigt am 2021-03-12, gültig für drei Jahre.",
                "2024-03-12",
            ),
            (
                "RA-TF-12 approuvé le 2021-03-12, valable trois ans.",
                "2024-03-12",
            ),
            (
                "RA-TF-12 aprobado el 2021-03-12, válido por dos años.",
                "2023-03-12",
            ),
            (
                "RA-TF-12 genehmigt am 2021-03-12, Laufzeit 24 Monate.",
                "2023-03-12",
            ),
            ("RA-TF-12 2021年3月12日承認、有効期間3年", "2024-03-12"),
            (
                "RA-TF-12 승인일 2021년 3월 12일, 유효기간 2년",
                "2023-03-12",
            ),
            (
                "RA-TF-12 aprovada em 18/11/2025, válida até 30/11/2027.",
                "2027-11-30",
            ),
        ] {
            assert_eq!(
                dates_in(evidence).expires.as_deref(),
                Some(expires),
                "{evidence}"
            );
        }
        for (evidence, made) in [
            ("RA-TF-12 aprobado el 20 de enero de 2027.", "2027-01-20"),
            ("RA-TF-12 承認：2027年1月10日", "2027-01-10"),
            ("RA-TF-12 于2027年1月10日批准", "2027-01-10"),
            ("RA-TF-12 批准日期：2027年1月10日", "2027-01-10"),
            (
                "RB-2025-07 wurde am 18.11.2025 vom Sicherheitsbeauftragten freigegeben.",
                "2025-11-18",
            ),
            (
                "RA-TF-12 aprovada em 18/11/2025, válida até 30/11/2027.",
                "2025-11-18",
            ),
        ] {
            assert_eq!(dates_in(evidence).made.as_deref(), Some(made), "{evidence}");
        }
        // A sixth round: the verb after the date in English, German nouns and expiry verbs,
        // and later clauses that approve other things.
        for (evidence, made) in [
            (
                "Risk assessment WM-RA-2026-07: on 2027-07-30 the committee formally approved it.",
                "2027-07-30",
            ),
            (
                "Risk assessment WM-RA-2026-07: 2027-07-30, committee approval.",
                "2027-07-30",
            ),
            (
                "Risikobewertung RA-12, Freigabe erteilt am 30.07.2027.",
                "2027-07-30",
            ),
            (
                "Risikobewertung MRM-CL-031, freigegeben am 18.11.2024. Die Migration zum 01.03.2027 ist vom IT-Ausschuss freigegeben.",
                "2024-11-18",
            ),
            (
                "リスク評価MRM-CL-031は2024年11月18日承認。2027年4月1日施行の新規制は当局が承認済み。",
                "2024-11-18",
            ),
            (
                "RA-12 for the 2027-01-01 release, approved by the board on 2026-06-10.",
                "2026-06-10",
            ),
        ] {
            assert_eq!(dates_in(evidence).made.as_deref(), Some(made), "{evidence}");
        }
        assert_eq!(
            dates_in("Risikobewertung genehmigt am 10.01.2023, läuft am 10.01.2024 ab.")
                .expires
                .as_deref(),
            Some("2024-01-10")
        );
        for (evidence, expires) in [
            (
                "Risikobewertung wurde am 10.01.2023 freigegeben; sie ist am 10.01.2024 abgelaufen.",
                "2024-01-10",
            ),
            (
                "风险评估 2023年1月10日批准，2024年1月10日到期。",
                "2024-01-10",
            ),
            (
                "风险评估 2023年1月10日批准，已于2024年1月10日失效。",
                "2024-01-10",
            ),
            (
                "リスク評価 2023年1月10日承認、2024年1月10日期限切れ。",
                "2024-01-10",
            ),
            (
                "위험 평가 2023년 1월 10일 승인, 2024년 1월 10일 만료.",
                "2024-01-10",
            ),
        ] {
            assert_eq!(
                dates_in(evidence).expires.as_deref(),
                Some(expires),
                "{evidence}"
            );
        }
        for (evidence, made) in [
            (
                "RA-12 approved by the committee on 30 juil. 2027.",
                "2027-07-30",
            ),
            (
                "RA-12 approved by the committee on 30 Dez. 2027.",
                "2027-12-30",
            ),
            (
                "RA-12 approved by the committee on 30 set 2027.",
                "2027-09-30",
            ),
            (
                "RA-12 approved by the committee on 30 de julio del 2027.",
                "2027-07-30",
            ),
            ("风险评估 2027年7月30日经委员会审批通过。", "2027-07-30"),
            ("風險評估 於2027年7月30日核准。", "2027-07-30"),
            ("リスク評価 は2027年7月30日付で承認済み。", "2027-07-30"),
        ] {
            assert_eq!(dates_in(evidence).made.as_deref(), Some(made), "{evidence}");
        }
        // A plan that runs from a day, approved: no day the work was done.
        assert_eq!(
            dates_in("2027年3月1日起的新抽样计划已批准。Officers review every decline.").made,
            None
        );
        // Durations that are no terms.
        assert_eq!(
            dates_in("RA-TF-12 approved 2026-06-10; trained on 365 days of data; a 52-week pilot; retention 90 days.").expires,
            None
        );
        assert!(!is_date("2026-02-30") && !is_date("9999-12-31") && !is_date("0000-01-01"));
        assert!(is_date("2024-02-29") && !is_date("2025-02-29"));
        // Something else renewed: the first term stands (a hostile review).
        assert_eq!(
            dates_in("Approved 2024-07-30, valid 12 months from approval; the vendor contract was renewed on 2026-11-10.")
                .expires
                .as_deref(),
            Some("2025-07-30")
        );
        // A policy in force from next year is no day the work was done (a review of honest
        // evidence).
        assert_eq!(
            dates_in("MRM-CL-031 approved 2024-11-18; lending policy CP-9 effective 2027-01-01 for the next release.")
                .made
                .as_deref(),
            Some("2024-11-18")
        );
        // Not renewed, or renewal still to come: the first term stands.
        for evidence in [
            "MRM-CL-031 approved 2024-11-18, good for 12 months; not renewed.",
            "MRM-CL-031 approved 2024-11-18, good for 12 months; to be renewed on 2026-11-10.",
        ] {
            assert_eq!(
                dates_in(evidence).expires.as_deref(),
                Some("2025-11-18"),
                "{evidence}"
            );
        }
        // Extended to a day: it holds until then.
        assert_eq!(
            dates_in("Under contract until 2025-12-31, renewed to 2028-12-31.")
                .expires
                .as_deref(),
            Some("2028-12-31")
        );
    }
}
