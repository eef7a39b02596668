//! Whose rule an item is: the policy or practice basis, the layer that requires it, and crosswalk statuses, in words.

use super::*;

/// What the basis of an item means, in a few words.
pub fn basis(basis: Basis, obligation: Obligation) -> &'static str {
    match (basis, obligation) {
        (Basis::Policy, Obligation::Must) => "required by the policy",
        (Basis::Policy, Obligation::Should) => "the policy says it should be done",
        (Basis::Practice, _) => "recommended practice",
    }
}

/// The layer an item comes from, named as its rules: the overlay's policy name (or title).
pub(crate) fn layer_rules(q: &Questionnaire, layer: usize) -> Option<String> {
    let l = q.layers.get(layer).filter(|_| layer > 0)?;
    Some(
        l.policy
            .as_ref()
            .map_or_else(|| l.title.clone(), |p| p.name.to_string()),
    )
}

/// What the basis of an item of a given layer means: an overlay's policy-basis items are
/// required by its own rules (its `[policy]`), never by the policy of the layer below.
pub fn basis_of(q: &Questionnaire, layer: usize, b: Basis, obligation: Obligation) -> String {
    match (layer_rules(q, layer), b, obligation) {
        (Some(name), Basis::Policy, Obligation::Must) => format!("required by {name}"),
        (Some(name), Basis::Policy, Obligation::Should) => format!("{name} says it should be done"),
        // An overlay's own recommendation names it: a reports review could not tell one from
        // raia's own in the CSV.
        (Some(name), Basis::Practice, _) => format!("recommended practice of {name}"),
        _ => basis(b, obligation).to_string(),
    }
}

/// [`basis_of`] for a safeguard that may stand against misuse left open (`misuse`): there
/// "recommended practice" alone would read as no breach, while the gate fails until one such
/// safeguard is in place.
pub fn gap_basis(
    q: &Questionnaire,
    layer: usize,
    b: Basis,
    obligation: Obligation,
    guard: Option<&crate::engine::Guard>,
) -> String {
    match guard {
        Some(crate::engine::Guard::Misuse) if b == Basis::Practice => MISUSE_GUARD.to_string(),
        Some(crate::engine::Guard::Requirement(title)) if b == Basis::Practice => {
            requirement_guard(title)
        }
        Some(crate::engine::Guard::KeepsClear(title)) if b == Basis::Practice => keeps_clear(title),
        Some(crate::engine::Guard::Shows(title)) if b == Basis::Practice => shows_met(title),
        _ => basis_of(q, layer, b, obligation),
    }
}

/// The basis of a recommended safeguard the answers rely on to keep a prohibited use (`title`)
/// clear, in words, for every mode.
pub fn keeps_clear(title: &str) -> String {
    format!(
        "keeps \"{title}\" clear, as the answers rely on it: it must be in place, as the policy forbids that use"
    )
}

/// The basis of a recommended safeguard one of which must be in place to show the policy
/// requirement `title` met, in words, for every mode.
pub fn requirement_guard(title: &str) -> String {
    format!(
        "needed to show \"{title}\", which the policy requires, is met: one such safeguard must be in place"
    )
}

/// The basis of a recommended safeguard in place that shows the policy requirement `title`
/// met, in words, for every mode.
pub fn shows_met(title: &str) -> String {
    format!(
        "shows \"{title}\", which the policy requires, is met: one such safeguard must stay in place"
    )
}

/// The basis of a safeguard against misuse left open, in words, for every mode.
// "Needed": a row began "against misuse left open: ...", a fragment beside "required by the
// policy" in the others (a wizard review).
pub const MISUSE_GUARD: &str = "needed against misuse left open: for each use left open, one such safeguard must be in place, as the policy forbids such uses, whether the system makes them or lets others make them";

/// [`basis_of`] for a safeguard, by id, with its own layer.
pub fn safeguard_basis(q: &Questionnaire, id: &str, b: Basis, obligation: Obligation) -> String {
    basis_of(q, q.safeguard(id).map_or(0, |s| s.layer), b, obligation)
}

/// [`basis_of`] for a requirement, by id, with its own layer.
pub fn requirement_basis(q: &Questionnaire, id: &str, b: Basis, obligation: Obligation) -> String {
    basis_of(q, q.requirement(id).map_or(0, |r| r.layer), b, obligation)
}

/// For an item an overlay added: which layer requires it and where ("required by: Acme RAI
/// Standard 2.1, §4.1"); empty for the base questionnaire's own items.
pub fn required_by(q: &Questionnaire, layer: usize, b: Basis, clause: &str) -> String {
    let by = match b {
        Basis::Policy => "required by",
        Basis::Practice => "recommended by",
    };
    match q.layers.get(layer).filter(|_| layer > 0) {
        Some(l) if clause.trim().is_empty() => format!("{by}: {}", l.title),
        Some(l) => format!("{by}: {}, {}", l.title, clause.trim()),
        None => String::new(),
    }
}

/// The rules a questionnaire judges by, in words: its policy, and the rules of every overlay
/// that names its own ("AWS Responsible AI Policy and Acme Responsible AI Standard").
pub fn policy_names(q: &Questionnaire) -> String {
    let mut names = vec![q.policy.name.clone()];
    for l in q.layers.iter().skip(1) {
        if let Some(p) = &l.policy
            && !names.contains(&p.name)
        {
            names.push(p.name.clone());
        }
    }
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => q.policy.name.to_string(),
    }
}

/// The layers of a questionnaire, base first, in one line: "AWS ... (aws-responsible-ai
/// 2023-09-28.1), then Acme RAI Standard 2.1 (acme-rai-standard 2.1)".
pub fn layers(q: &Questionnaire) -> String {
    q.layers
        .iter()
        .map(|l| format!("{} ({} {})", l.title, l.id, l.version))
        .collect::<Vec<_>>()
        .join(", then ")
}

/// What a crosswalk item's status means, in words. `unsettled`: why the assessment is not
/// complete, bound and free of contradictions, if it is not (then nothing is called
/// addressed, and a status to be confirmed says which of the three holds: a new-user pass read
/// "incomplete, not bound, or contradicts itself" and could not tell which).
pub fn crosswalk_status(
    s: crate::report::crosswalk::CrosswalkStatus,
    unsettled: Option<crate::report::crosswalk::Unsettled>,
) -> &'static str {
    use crate::report::crosswalk::CrosswalkStatus as C;
    use crate::report::crosswalk::Unsettled as U;
    match s {
        C::Addressed => "addressed: a safeguard asking the same is in place",
        C::PartlyAddressed => "partly addressed: what is in place covers part of it",
        C::RelatedOnly => "not shown: only related safeguards are in place",
        C::NotApplicable => "not applicable, with reasons given",
        // "The policy" is the one assessed, never the framework the item belongs to: in an EU AI
        // Act crosswalk, "not a breach of the policy" read as the Act (a new-user trial).
        C::Gap => "gap: something the assessed policy requires behind it is open",
        C::RecommendationsOpen => {
            "recommendations open: only recommended practice behind it is missing or planned, not a breach of the assessed policy (this says nothing of what the framework itself requires)"
        }
        C::ToBeConfirmed => match unsettled {
            // Contradicted or lapsed alike: a compliance review read "the answers contradict" over
            // an item whose one safeguard rested on expired evidence. The links say which.
            None => {
                "to be confirmed: a status behind it is contradicted by the answers or rests on evidence to renew (each link below says which)"
            }
            Some(U::Incomplete) => {
                "to be confirmed: the assessment is incomplete, and nothing is called addressed until it is complete"
            }
            Some(U::Unbound) => {
                "to be confirmed: the assessment is not bound to the questionnaire text it was answered against"
            }
            Some(U::Contradicted) => {
                "to be confirmed: a contradiction or judgement on the answers is to be settled first, and nothing is called addressed until it is"
            }
        },
        C::NotRequired => "nothing mapped here is required for this use",
        C::NotCovered => "not covered by this assessment",
    }
}
