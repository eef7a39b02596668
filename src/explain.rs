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

/// "prompt → answer; prompt → answer".
fn because(reasons: &[crate::engine::Reason]) -> String {
    reasons
        .iter()
        .map(|r| format!("{} → {}", r.prompt, r.answer))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A tier in the questionnaire's words.
pub fn tier(q: &Questionnaire, t: Tier) -> String {
    q.vocabulary.tier(t).to_string()
}

/// Why the tier is what it is, in full sentences, strongest first.
pub fn tier_reasons(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    let v = &q.vocabulary;
    let mut out = Vec::new();
    for cause in &e.causes {
        match cause {
            Cause::Prohibited { prohibition } => {
                if let Some(p) = e.prohibitions.get(*prohibition) {
                    out.push(format!(
                        "{} confirmed: {} ({}).",
                        capital(&v.prohibited_use),
                        p.title,
                        because(&p.confirmed_by)
                    ));
                }
            }
            Cause::Category { category } => {
                if let Some(c) = e.categories.get(*category) {
                    let reading = if c.reading.is_empty() {
                        String::new()
                    } else {
                        format!(" ({}: {})", v.reading, lower_first(&c.reading))
                    };
                    out.push(format!(
                        "{}: {} sets the floor at {} ({}).{reading}",
                        capital(&v.consequential),
                        c.title,
                        v.tier(c.floor),
                        because(&c.raised_by)
                    ));
                }
            }
            Cause::Floor { floor } => {
                if let Some(f) = e.floors.get(*floor) {
                    out.push(format!(
                        "{} sets the floor at {} ({}).",
                        capital(&f.reason),
                        v.tier(f.tier),
                        f.answers
                    ));
                }
            }
            Cause::Score => {
                let s = &e.score;
                out.push(format!(
                    "Score {} ({} − {} for safeguards in place) is in the {} band ({} from {}, {} from {}).",
                    s.total,
                    risk_points(s.raw),
                    s.mitigation,
                    v.tier(s.band),
                    v.tier(Tier::Medium),
                    s.medium_at,
                    v.tier(Tier::High),
                    s.high_at
                ));
                if !s.by_factor.is_empty() {
                    out.push(format!(
                        "Most risk points come from: {}.",
                        s.top_factors(3).join(", ")
                    ));
                }
            }
        }
    }
    if e.tier == Tier::Prohibited {
        out.push(format!(
            "The score is not used: a confirmed {} decides the result whatever else is answered.",
            v.prohibited_use
        ));
    }
    for c in &e.cleared {
        out.push(format!(
            "{} no longer applies: {} ({}).",
            c.title,
            because(&c.cleared_by),
            because(&c.raised_by)
        ));
    }
    out
}

/// Short reasons for the wizard's live panel: what sets the tier, one line each.
pub fn tier_reasons_short(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    let v = &q.vocabulary;
    let mut out = Vec::new();
    for cause in &e.causes {
        match cause {
            Cause::Prohibited { prohibition } => {
                if let Some(p) = e.prohibitions.get(*prohibition) {
                    out.push(format!("{}: confirmed, the use must not proceed", p.title));
                }
            }
            Cause::Category { category } => {
                if let Some(c) = e.categories.get(*category) {
                    out.push(format!(
                        "{}: a {}, so at least {}",
                        c.title,
                        v.consequential,
                        v.tier(c.floor)
                    ));
                }
            }
            Cause::Floor { floor } => {
                if let Some(f) = e.floors.get(*floor) {
                    out.push(format!(
                        "{}: at least {}",
                        capital(&f.reason),
                        v.tier(f.tier)
                    ));
                }
            }
            Cause::Score => out.push(format!(
                "Score {} is in the {} band ({} from {}, {} from {})",
                e.score.total,
                v.tier(e.score.band),
                v.tier(Tier::Medium),
                e.score.medium_at,
                v.tier(Tier::High),
                e.score.high_at
            )),
        }
    }
    out
}

/// One sentence a reader can act on.
pub fn verdict(q: &Questionnaire, e: &Evaluation) -> String {
    let v = &q.vocabulary;
    if e.tier == Tier::Prohibited {
        let mut s = format!(
            "{}: the answers confirm a {}, so the use must not proceed as described",
            capital(v.tier(Tier::Prohibited)),
            v.prohibited_use
        );
        if !e.complete {
            s.push_str("; the assessment is also incomplete");
        }
        s.push('.');
        return s;
    }
    let policy = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    let should = e.safeguards.iter().filter(|s| s.is_should_gap()).count();
    let other = e.gaps.len() - policy - should;
    let conflicts = e.conflicts().count() + e.contradictions.len();
    let mut parts = Vec::new();
    if policy > 0 {
        parts.push(plural(
            policy,
            "safeguard the policy requires is not in place",
            "safeguards the policy requires are not in place",
        ));
    }
    if conflicts > 0 {
        parts.push(plural(
            conflicts,
            "answer or status is contradicted and must be confirmed",
            "answers or statuses are contradicted and must be confirmed",
        ));
    }
    if should > 0 {
        parts.push(plural(
            should,
            "safeguard the policy says should be in place is open",
            "safeguards the policy says should be in place are open",
        ));
    }
    if other > 0 {
        parts.push(plural(
            other,
            "recommended safeguard is open",
            "recommended safeguards are open",
        ));
    }
    let mut s = format!(
        "{} risk: {}",
        capital(v.tier(e.tier)),
        if parts.is_empty() {
            "every required safeguard is in place or not applicable with a reason".to_string()
        } else {
            parts.join("; ")
        }
    );
    if !e.complete {
        s.push_str("; the assessment is incomplete, so this result may change");
    }
    s.push('.');
    s
}

/// Why a condition holds for this assessment, in words, for "asked because" lines in the
/// wizard and plain mode. Reads visible answers only.
pub fn asked_because(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    c: &crate::questionnaire::Condition,
) -> String {
    c.describe_holding(&crate::engine::established(a, e), q)
}

/// A declared contradiction that holds, as "answers disagree: ... (the answers)".
pub fn contradiction(c: &crate::engine::ContradictionFinding) -> String {
    format!("answers disagree: {} ({})", c.message, c.answers)
}

/// A safeguard whose status the answers contradict, with why.
pub fn to_be_confirmed(q: &Questionnaire, s: &SafeguardResult) -> String {
    format!("\"{}\" is to be confirmed: {}", s.title, conflict(q, s))
}

/// Everything a reviewer must reconcile before trusting the result: the contradictions that
/// hold, then the safeguard statuses the answers contradict.
pub fn disagreements(q: &Questionnaire, e: &Evaluation) -> Vec<String> {
    e.contradictions
        .iter()
        .map(contradiction)
        .chain(e.conflicts().map(|s| to_be_confirmed(q, s)))
        .collect()
}

/// Why a requirement applies to this use, or does not, as "applies ...".
pub fn applies_because(q: &Questionnaire, r: &RequirementResult) -> String {
    use crate::questionnaire::Applies;
    match &r.why {
        AppliesBecause::Rule(Applies::Always) => "applies to every use".to_string(),
        AppliesBecause::Rule(Applies::Consequential) => format!(
            "applies because the use involves a {}",
            q.vocabulary.consequential
        ),
        AppliesBecause::Rule(Applies::When) => "applies because of the answers below".to_string(),
        AppliesBecause::SafeguardsRequired(ids) => format!(
            "applies because the answers require {}",
            ids.iter()
                .map(|id| format!(
                    "\"{}\"",
                    q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str())
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        AppliesBecause::NotApplying(Applies::Consequential) => format!(
            "applies only to a use that involves a {}",
            q.vocabulary.consequential
        ),
        AppliesBecause::NotApplying(_) => "applies only when its condition holds".to_string(),
    }
}

/// Why a safeguard is required for this use, as "required because ...".
pub fn required_because(q: &Questionnaire, r: &RequiredBecause) -> String {
    match r {
        RequiredBecause::Condition { holding }
        | RequiredBecause::RequirementCondition { holding } => {
            format!("required because {holding}")
        }
        RequiredBecause::EveryUse { requirement } => format!(
            "required for every use ({})",
            q.requirement(requirement)
                .map_or(requirement.as_str(), |r| r.title.as_str())
        ),
        RequiredBecause::Consequential { categories } => format!(
            "required because the use involves a {} ({})",
            q.vocabulary.consequential,
            categories
                .iter()
                .map(|c| q.category(c).map_or(c.as_str(), |c| c.title.as_str()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Every reason a safeguard is required, in words; empty when it is not required.
pub fn required_reasons(q: &Questionnaire, s: &SafeguardResult) -> Vec<String> {
    s.required_because
        .iter()
        .map(|r| required_because(q, r))
        .collect()
}

/// Why the answers contradict a safeguard's status, in words, causes joined by "; ".
/// Empty when nothing contradicts it.
pub fn conflict(q: &Questionnaire, s: &SafeguardResult) -> String {
    s.conflicts
        .iter()
        .map(|c| match c {
            Conflict::Contradiction {
                message, answers, ..
            } => format!("{message} ({answers})"),
            Conflict::InPlaceAgainstAnswers { answers } => format!(
                "recorded as in place, but the answers that could show it do not: {}",
                answers
                    .iter()
                    .map(|(id, answer)| format!(
                        "{} → {answer}",
                        q.question(id).map_or(id.as_str(), |x| x.prompt.as_str())
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Conflict::NotApplicableUnderPolicy => {
                "recorded as not applicable, but the policy's words require it for this use"
                    .to_string()
            }
            Conflict::NotApplicableWhen { holding } => {
                format!("recorded as not applicable, but it cannot be when {holding}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A safeguard's status as a reviewer should read it: never "in place" or "not applicable"
/// unless the answers support it.
pub fn safeguard_state(s: &SafeguardResult) -> String {
    if s.is_contradicted() {
        return "to be confirmed".to_string();
    }
    if s.unjustified {
        return "not applicable, no reason given".to_string();
    }
    s.status.label().to_string()
}

/// A gap's line in the remediation plan: who puts it in place and by when, or what the plan
/// lacks. `owner` and `target` are the safeguard's recorded owner and target date ("" if none).
pub fn plan(s: &SafeguardResult, owner: &str, target: &str) -> String {
    let who_when = match (owner.trim(), target.trim()) {
        ("", "") => None,
        (o, "") => Some(format!("{o} to put it in place; no target date set")),
        ("", t) => Some(format!("to be in place by {t}; no owner named")),
        (o, t) => Some(format!("{o} to put it in place by {t}")),
    };
    match (s.status, who_when) {
        (SafeguardStatus::Planned, Some(w)) => format!("planned: {w}"),
        (SafeguardStatus::Planned, None) => {
            "planned, but with no owner and no target date: record both beside its status".into()
        }
        (_, Some(w)) => format!("not in place yet: {w}"),
        (_, None) => "not planned: no owner and no target date recorded".into(),
    }
}

/// Said when an assessment made with an older built-in release is read against that release.
pub fn older_release(old: &Questionnaire, current: &Questionnaire) -> String {
    format!(
        "made with version {} of `{}`, so it is read against that version's own rules; version {} is newer: `raia migrate` carries the file over to it",
        old.version, old.id, current.version
    )
}

/// Where a status came from, in words.
pub fn source(s: &SafeguardResult) -> &'static str {
    match s.source {
        StatusSource::Assessment => "recorded in the assessment",
        StatusSource::Answer => "shown by an answer",
        StatusSource::Default => "nothing recorded",
    }
}

/// What the basis of an item means, in a few words.
pub fn basis(basis: Basis, obligation: Obligation) -> &'static str {
    match (basis, obligation) {
        (Basis::Policy, Obligation::Must) => "required by the policy",
        (Basis::Policy, Obligation::Should) => "the policy says it should be done",
        (Basis::Practice, _) => "recommended practice",
    }
}

/// The layer an item comes from, named as its rules: the overlay's policy name (or title).
fn layer_rules(q: &Questionnaire, layer: usize) -> Option<String> {
    let l = q.layers.get(layer).filter(|_| layer > 0)?;
    Some(
        l.policy
            .as_ref()
            .map_or_else(|| l.title.clone(), |p| p.name.clone()),
    )
}

/// What the basis of an item of a given layer means: an overlay's policy-basis items are
/// required by its own rules (its `[policy]`), never by the policy of the layer below.
pub fn basis_of(q: &Questionnaire, layer: usize, b: Basis, obligation: Obligation) -> String {
    match (layer_rules(q, layer), b, obligation) {
        (Some(name), Basis::Policy, Obligation::Must) => format!("required by {name}"),
        (Some(name), Basis::Policy, Obligation::Should) => format!("{name} says it should be done"),
        _ => basis(b, obligation).to_string(),
    }
}

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
        _ => q.policy.name.clone(),
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

/// What a crosswalk item's status means, in words. `settled`: the assessment is complete,
/// bound and free of contradictions (otherwise nothing is called addressed, and a status to
/// be confirmed says why).
pub fn crosswalk_status(
    s: crate::report::crosswalk::CrosswalkStatus,
    settled: bool,
) -> &'static str {
    use crate::report::crosswalk::CrosswalkStatus as C;
    match s {
        C::Addressed => "addressed: a safeguard asking the same is in place",
        C::PartlyAddressed => "partly addressed: what is in place covers part of it",
        C::RelatedOnly => "not shown: only related safeguards are in place",
        C::NotApplicable => "not applicable, with reasons given",
        C::Gap => "gap: a required safeguard behind it is open",
        C::ToBeConfirmed if settled => "to be confirmed: the answers contradict a status behind it",
        C::ToBeConfirmed => {
            "to be confirmed: the assessment is incomplete, not bound, or contradicts itself"
        }
        C::NotRequired => "nothing mapped here is required for this use",
        C::NotCovered => "not covered by this assessment",
    }
}

/// A requirement's state in words.
pub fn requirement_state(r: &RequirementResult) -> String {
    match r.state {
        RequirementState::DoesNotApply => "nothing is required for this use".to_string(),
        RequirementState::Met => match r.recommendations.len() {
            0 => "met".to_string(),
            1 => "met; 1 recommendation open".to_string(),
            n => format!("met; {n} recommendations open"),
        },
        RequirementState::NotApplicable => "not applicable, with reasons given".to_string(),
        RequirementState::ToBeConfirmed => "to be confirmed".to_string(),
        RequirementState::NotMet => "not met".to_string(),
        RequirementState::NotShown => "not shown".to_string(),
        RequirementState::Open => match r.recommendations.len() {
            1 => "1 recommendation open".to_string(),
            n => format!("{n} recommendations open"),
        },
    }
}

/// Why a requirement is "to be confirmed", when it is.
pub fn requirement_note(e: &Evaluation, r: &RequirementResult) -> String {
    if r.state != RequirementState::ToBeConfirmed {
        return String::new();
    }
    let titles = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<String> {
        r.safeguards
            .iter()
            .filter_map(|id| e.safeguard(id))
            .filter(|s| f(s))
            .map(|s| format!("\"{}\"", s.title))
            .collect()
    };
    let contradicted = titles(&|s| s.is_contradicted());
    let unjustified = titles(&|s| s.unjustified && !s.is_contradicted());
    let mut parts = Vec::new();
    if !contradicted.is_empty() {
        parts.push(format!(
            "the answers contradict the status of {}",
            contradicted.join(", ")
        ));
    }
    if !unjustified.is_empty() {
        parts.push(format!(
            "no reason is given why {} {} not apply",
            unjustified.join(", "),
            if unjustified.len() == 1 { "does" } else { "do" }
        ));
    }
    if parts.is_empty() {
        "nothing in the answers shows how it is met".to_string()
    } else {
        parts.join("; ")
    }
}

/// Whether the result is bound to the questionnaire in use, in words (None when it is).
pub fn binding(q: &Questionnaire, a: &Assessment, b: Binding) -> Option<String> {
    let short = |h: &str| h.chars().take(12).collect::<String>();
    match b {
        Binding::Bound => None,
        Binding::Unbound => Some(format!(
            "the assessment does not record which questionnaire text its answers were given against; check the answers, then save it in the wizard (raia resume) or write hash = \"{}\" under [questionnaire]",
            q.content_hash
        )),
        Binding::Changed => Some(format!(
            "the answers were given against another text of questionnaire `{}` version {} (hash {}), not the one in use ({}, hash {}); check that each answer still holds, then save it in the wizard (raia resume) or write hash = \"{}\" under [questionnaire]",
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
pub fn gate_failures(failures: &[GateFailure], q: &Questionnaire) -> Vec<String> {
    failures
        .iter()
        .map(|f| match f {
            GateFailure::Prohibited => format!("a {} is confirmed", q.vocabulary.prohibited_use),
            GateFailure::Incomplete => "the assessment is incomplete".to_string(),
            GateFailure::PolicyGaps { count } => plural(
                *count,
                "safeguard the policy requires is missing, planned or not applicable without a reason",
                "safeguards the policy requires are missing, planned or not applicable without a reason",
            ),
            GateFailure::RequirementsNotMet { count } => {
                plural(*count, "policy requirement is not met", "policy requirements are not met")
            }
            GateFailure::Conflicts { count } => plural(
                *count,
                "safeguard status is contradicted by the answers",
                "safeguard statuses are contradicted by the answers",
            ),
            GateFailure::Contradictions { count } => plural(
                *count,
                "pair of answers contradict each other",
                "pairs of answers contradict each other",
            ),
            GateFailure::QuestionnaireUnbound => {
                "the assessment is not bound to a questionnaire text".to_string()
            }
            GateFailure::QuestionnaireChanged => {
                "the questionnaire text in use is not the one the answers were given against"
                    .to_string()
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
            GateFailure::ReviewOverdue { due } => format!("the review was due by {due}"),
            GateFailure::EvidenceExpired { count } => plural(
                *count,
                "safeguard is in place on evidence that has expired",
                "safeguards are in place on evidence that has expired",
            ),
        })
        .collect()
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
        ReviewBasis::SignOff { months, from } => format!(
            "{} for the {} tier, from the sign-off of {from}",
            plural(*months as usize, "month", "months"),
            tier(q, e.tier)
        ),
        ReviewBasis::None => String::new(),
    };
    format!("due by {due} ({why})")
}

/// A safeguard's evidence has expired, in a sentence that says what to do.
pub fn evidence_expired(s: &SafeguardResult) -> String {
    format!(
        "the evidence for \"{}\" expired on {}: renew it, then record the new evidence's date and expires date",
        s.title, s.evidence_expires
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
        } => format!("current: {decision} by {name}, {date}"),
        SignOffState::Stale {
            decision,
            name,
            date,
        } => format!("STALE: {decision} by {name}, {date}"),
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
        GateFailure::Prohibited => format!("An answer confirms a {}", q.vocabulary.prohibited_use),
        GateFailure::Incomplete => {
            "A question that counts is unanswered, or an answer needs a note".to_string()
        }
        GateFailure::PolicyGaps { .. } => {
            "A safeguard the policy requires is missing, planned or not applicable without a reason"
                .to_string()
        }
        GateFailure::RequirementsNotMet { .. } => "A policy requirement is not met".to_string(),
        GateFailure::Conflicts { .. } => {
            "A safeguard status is contradicted by the answers".to_string()
        }
        GateFailure::Contradictions { .. } => "Answers contradict each other".to_string(),
        GateFailure::QuestionnaireUnbound => {
            "The assessment is not bound to a questionnaire text".to_string()
        }
        GateFailure::QuestionnaireChanged => {
            "The questionnaire text in use is not the one the answers were given against"
                .to_string()
        }
        GateFailure::ShouldGaps { .. } => {
            "A safeguard the policy says should be in place is open (--strict)".to_string()
        }
        GateFailure::PracticeGaps { .. } => {
            "A recommended safeguard is open (--strict)".to_string()
        }
        GateFailure::ReviewOverdue { .. } => "The assessment is past its review date".to_string(),
        GateFailure::EvidenceExpired { .. } => {
            "A safeguard is in place on evidence that has expired".to_string()
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
            .map_or_else(|| id.to_string(), |x| x.prompt.clone())
    };
    let safeguard = |id: &str| -> String {
        e.safeguard(id).map_or_else(
            || id.to_string(),
            |s| format!("\"{}\" is {}", s.title, safeguard_state(s)),
        )
    };
    match (failure, subject) {
        (GateFailure::Prohibited, Subject::Question(id)) => {
            let confirmed: Vec<String> = e
                .confirmed()
                .filter(|p| p.confirmed_by.iter().any(|r| &r.question == id))
                .map(|p| p.title.clone())
                .collect();
            let answer = e
                .confirmed()
                .flat_map(|p| &p.confirmed_by)
                .find(|r| &r.question == id)
                .map_or(String::new(), |r| r.answer.clone());
            format!(
                "\"{}\" → {answer} confirms a {}: {}",
                prompt(id),
                q.vocabulary.prohibited_use,
                confirmed.join(", ")
            )
        }
        (_, Subject::Unanswered(id)) => format!(
            "\"{}\" is not answered, so the assessment is incomplete",
            prompt(id)
        ),
        (GateFailure::Incomplete, Subject::Question(id)) => format!(
            "the answer to \"{}\" needs a note, so the assessment is incomplete",
            prompt(id)
        ),
        (_, Subject::Questionnaire) => binding(q, a, Binding::of(q, a)).unwrap_or_default(),
        (GateFailure::EvidenceExpired { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
            Some(s) => evidence_expired(s),
            None => id.clone(),
        },
        (GateFailure::Conflicts { .. }, Subject::Safeguard(id)) => match e.safeguard(id) {
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
        (_, Subject::Safeguard(id)) => {
            format!("{}; the policy requires it for this use", safeguard(id))
        }
        (_, Subject::Requirement(id)) => match e.requirements.iter().find(|r| &r.id == id) {
            Some(r) => format!(
                "the policy requirement \"{}\" is not met{}",
                r.title,
                if r.clause.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.clause)
                }
            ),
            None => id.clone(),
        },
        (_, Subject::Contradiction(id)) => match e.contradictions.iter().find(|c| &c.id == id) {
            Some(c) => contradiction(c),
            None => id.clone(),
        },
        (_, Subject::Review) => review_overdue(q, e),
        (_, Subject::Question(id)) => format!("\"{}\"", prompt(id)),
    }
}

/// What putting one gap's safeguard in place would change, in a sentence.
pub fn what_if(q: &Questionnaire, e: &Evaluation, w: &WhatIf) -> String {
    let v = &q.vocabulary;
    let with = if w.answers.is_empty() {
        String::new()
    } else {
        format!(" (with {})", w.answers.join("; "))
    };
    let score = if w.score_after == e.score.total {
        "score unchanged".to_string()
    } else {
        format!("score {} → {}", e.score.total, w.score_after)
    };
    let tier = if w.tier_after == e.tier {
        format!("tier stays {}", v.tier(e.tier))
    } else {
        format!("tier {} → {}", v.tier(e.tier), v.tier(w.tier_after))
    };
    let title = |id: &String| {
        e.safeguard(id)
            .map_or_else(|| id.clone(), |s| format!("\"{}\"", s.title))
    };
    let mut gaps = match w.gaps_closed.len() {
        0 => "no gap closed".to_string(),
        1 => "1 gap closed".to_string(),
        n => format!(
            "{n} gaps closed ({})",
            w.gaps_closed
                .iter()
                .map(title)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    if !w.gaps_opened.is_empty() {
        gaps.push_str(&format!(
            ", and it would newly require {}",
            w.gaps_opened
                .iter()
                .map(title)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    format!("{}{with}: {score}, {tier}, {gaps}", w.title)
}

/// What an answer's effects do, in words, with titles for every id: prohibitions, concerns,
/// categories marked or removed, and safeguards shown in place. Risk points are worded by
/// `risk` (the engine decides how options of one answer combine).
pub fn effects(q: &Questionnaire, fx: &crate::questionnaire::Effects) -> Vec<String> {
    let v = &q.vocabulary;
    let prohibition = |p: &String| {
        q.prohibition(p)
            .map_or(p.as_str(), |x| x.title.as_str())
            .to_string()
    };
    let category = |c: &String| {
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

/// "adds 3 risk points (Autonomy)".
pub fn risk(q: &Questionnaire, factor: &str, points: u32) -> String {
    let title = q.factor(factor).map_or(factor, |x| x.title.as_str());
    format!("adds {} ({title})", risk_points(points))
}

/// "1 required question unanswered and 2 required notes missing".
pub fn missing(unanswered: usize, notes: usize) -> String {
    let qs = plural(
        unanswered,
        "required question unanswered",
        "required questions unanswered",
    );
    let ns = plural(notes, "required note missing", "required notes missing");
    match (unanswered, notes) {
        (0, 0) => String::new(),
        (_, 0) => qs,
        (0, _) => ns,
        _ => format!("{qs} and {ns}"),
    }
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

/// A safeguard status recorded in the file, in words, for listings that show a raw status.
pub fn status(s: SafeguardStatus) -> &'static str {
    s.label()
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first letter in lower case, unless the word is an acronym ("AWS").
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.next()) {
        (Some(f), Some(n)) if !n.is_uppercase() => {
            f.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_string(),
    }
}

/// The first letter in upper case.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
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
fn taken_back(q: &Questionnaire, a: &Assessment, u: &crate::session::Undone, verb: &str) -> String {
    use crate::session::Undone;
    let quoted = |t: &str| format!("\"{t}\"");
    match u {
        Undone::Answer(id) => {
            let Some(question) = q.question(id) else {
                return format!("{verb}: an answer.");
            };
            match a.answers.get(id) {
                Some(ans) => format!(
                    "{verb}: {} is back to {}.",
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
                Some(v) => format!("{verb}: {label} is back to {}.", quoted(v)),
                None => format!("{verb}: {label} is empty again."),
            }
        }
        Undone::Safeguard(id) => {
            let title = q.safeguard(id).map_or(id.as_str(), |s| s.title.as_str());
            match a.safeguards.get(id) {
                Some(e) => format!("{verb}: {} is back to {}.", quoted(title), status(e.status)),
                None => format!("{verb}: {} has no recorded status again.", quoted(title)),
            }
        }
    }
}

/// The sentence both modes say the moment an answer changes the tier: "The tier is now high
/// (was medium), because Medical diagnosis: a consequential decision, so at least high."
/// `None` when the tier did not change.
pub fn tier_change(q: &Questionnaire, before: Tier, after: &Evaluation) -> Option<String> {
    if before == after.tier {
        return None;
    }
    let v = &q.vocabulary;
    let why = tier_reasons_short(q, after)
        .into_iter()
        .next()
        .map(|r| format!(", because {}", r.trim_end_matches('.')))
        .unwrap_or_default();
    Some(format!(
        "The tier is now {} (was {}){why}.",
        v.tier(after.tier),
        v.tier(before)
    ))
}

/// How many required safeguards are still open, the same words in the live panel, its
/// one-line strip and the result step: "Missing or planned: 2 of 18 required, 1 by the policy."
/// A planned safeguard is not in place yet, so it counts.
pub fn open_safeguards(e: &Evaluation) -> String {
    let required = e.safeguards.iter().filter(|s| s.required).count();
    if e.gaps.is_empty() {
        return format!(
            "All {required} required safeguards are in place or not applicable with a reason."
        );
    }
    let policy = e.safeguards.iter().filter(|s| s.is_policy_gap()).count();
    format!(
        "Missing or planned: {} of {required} required, {policy} by the policy.",
        e.gaps.len()
    )
}

/// [`open_safeguards`] for one line: "missing or planned: 2 of 18".
pub fn open_safeguards_short(e: &Evaluation) -> String {
    let required = e.safeguards.iter().filter(|s| s.required).count();
    format!("missing or planned: {} of {required}", e.gaps.len())
}
