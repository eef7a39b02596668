//! The one place that turns what the engine decides into words. The engine returns structured
//! causes, states and failures; every mode (command line, plain mode, wizard) and every report
//! words them through these functions, so a reason reads the same everywhere and never shows an
//! id or condition syntax.

use crate::assessment::{Assessment, SafeguardStatus};
use crate::engine::{
    AppliesBecause, Binding, Cause, Conflict, Evaluation, GateFailure, RequiredBecause,
    RequirementResult, RequirementState, SafeguardResult, StatusSource, Subject, WhatIf,
    risk_points,
};
use crate::questionnaire::{Basis, Obligation, Questionnaire, Tier};

/// A tier in the questionnaire's words.
pub fn tier(q: &Questionnaire, t: Tier) -> String {
    q.vocabulary.tier(t).to_string()
}

/// With a consequential decision left to be confirmed and the result below the floor one sets,
/// what the result would be once it is ("at least high if the consequential decision the
/// answers leave open is confirmed"): a compliance review read "tier LOW" in the headline above
/// four requirements of the policy to be confirmed. Every mode's headline says it beside the
/// tier.
pub fn tier_in_doubt(q: &Questionnaire, e: &crate::engine::Evaluation) -> Option<String> {
    let floor = q.tiers.consequential_floor;
    (e.consequential_in_doubt() && e.tier < floor).then(|| {
        format!(
            "at least {} if the {} the answers leave open is confirmed",
            tier(q, floor),
            q.vocabulary.consequential
        )
    })
}

/// A safeguard status recorded in the file, in words, for listings that show a raw status.
pub fn status(s: SafeguardStatus) -> &'static str {
    s.label()
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// How many required safeguards are to be confirmed, in the gate and on the result screen. Not
/// "status contradicted": an answer that claims a safeguard nothing records is counted too.
/// "1 pair of answers contradict each other", "1 judgement on the answers to settle (the review
/// is likely nominal)", or both, in every mode: a judgement is raia's, and the answers behind it
/// need not be at odds (a new-user trial read "answers contradict each other" beside "The
/// review is likely nominal").
pub fn contradicting_pairs(pairs: usize, judgements: &[String]) -> String {
    let mut parts = Vec::new();
    if pairs > 0 {
        parts.push(plural(
            pairs,
            "pair of answers contradict each other",
            "pairs of answers contradict each other",
        ));
    }
    if !judgements.is_empty() {
        let titles: Vec<String> = judgements.iter().map(|t| lower_first(t)).collect();
        parts.push(format!(
            "{} ({})",
            plural(
                judgements.len(),
                "judgement on the answers to settle",
                "judgements on the answers to settle"
            ),
            titles.join("; ")
        ));
    }
    parts.join("; ")
}

/// [`contradicting_pairs`] of the contradictions that hold.
pub fn contradicting(cs: &[crate::engine::ContradictionFinding]) -> String {
    let judgements: Vec<String> = cs
        .iter()
        .filter_map(|c| c.judgement_title().map(str::to_string))
        .collect();
    contradicting_pairs(cs.len() - judgements.len(), &judgements)
}

pub fn safeguards_to_confirm(n: usize) -> String {
    plural(
        n,
        "safeguard is to be confirmed: the answers, or the answers and the file, disagree on whether it is in place",
        "safeguards are to be confirmed: the answers, or the answers and the file, disagree on whether they are in place",
    )
}

/// Safeguards in doubt only while a contradiction or judgement that blocks them holds
/// ([`crate::engine::SafeguardResult::is_held_back`]): nothing disagrees on their status.
pub fn safeguards_held_back(n: usize) -> String {
    plural(
        n,
        "safeguard is to be confirmed until the contradiction or judgement on the answers that holds it back is settled",
        "safeguards are to be confirmed until the contradictions or judgements on the answers that hold them back are settled",
    )
}

/// The first letter in lower case, unless the word is an acronym ("AWS").
/// "A", "A and B", "A, B and C".
pub(crate) fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(n)) if !n.is_uppercase() => {
            f.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_string(),
    }
}

/// The first letter in upper case.
/// `s` ending a sentence: a full stop added unless it already ends with one (or ! ? …), so an
/// answer that ends with its own stop is not echoed with two.
pub fn stop(s: &str) -> String {
    if s.trim_end().ends_with(['.', '!', '?', '…']) {
        s.trim_end().to_string()
    } else {
        format!("{}.", s.trim_end())
    }
}

pub fn capital(s: &str) -> String {
    // raia's name is written in lower case, at the start of a sentence too ("raia's
    // judgement: ...": a new-user trial read "Raia's").
    if s.strip_prefix("raia")
        .is_some_and(|rest| !rest.chars().next().is_some_and(|c| c.is_alphanumeric()))
    {
        return s.to_string();
    }
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

mod answers;
mod gate;
mod layers;
mod safeguards;
mod tier;

pub use answers::*;
pub use gate::*;
pub use layers::*;
pub use safeguards::*;
pub use tier::*;

#[cfg(test)]
mod tests {
    /// The remediation plan gives what a safeguard asks for in its first clause, whole: not cut
    /// at an abbreviation or inside brackets.
    #[test]
    fn good_in_short_is_the_first_clause() {
        assert_eq!(
            super::good_in_short(
                "A signed consent (e.g. a licence; or a release) per person; stored. More."
            ),
            "A signed consent (e.g. a licence; or a release) per person."
        );
        assert_eq!(
            super::good_in_short("Rates compared, e.g. the four-fifths rule. Check the law."),
            "Rates compared, e.g. the four-fifths rule."
        );
        assert_eq!(super::good_in_short("Named owner"), "Named owner.");
    }

    /// A new user's answer ending with its own full stop was echoed "…is logged..".
    #[test]
    fn a_sentence_ends_with_one_stop() {
        assert_eq!(
            super::stop("every suggestion is logged."),
            "every suggestion is logged."
        );
        assert_eq!(super::stop("Yes"), "Yes.");
        assert_eq!(super::stop("Really?  "), "Really?");
        assert_eq!(super::stop("no evidence"), "no evidence.");
    }

    /// A new-user trial read "Raia's judgement": the name stays in lower case.
    #[test]
    fn capital_keeps_raia_in_lower_case() {
        assert_eq!(super::capital("raia's judgement: x"), "raia's judgement: x");
        assert_eq!(super::capital("raia reads it"), "raia reads it");
        assert_eq!(super::capital("raiant"), "Raiant");
        assert_eq!(super::capital("ärger"), "Ärger");
        assert_eq!(super::capital(""), "");
    }
}
