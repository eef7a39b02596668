//! `evaluate()`: from a questionnaire and an assessment to findings, tier, score, required
//! safeguards and gaps. Pure: no I/O, no clock. Every number traces back to answers.
//! The rules are stated in docs/scoring.md; keep the two in step.

use crate::answer::Answer;
use crate::assessment::{Assessment, SafeguardStatus};
use crate::questionnaire::Facts;
use crate::questionnaire::{
    Applies, Effects, Question, QuestionKind, Questionnaire, RiskCombine, Tier,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One answer that produced an effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub question: String,
    pub prompt: String,
    /// The answer as a person reads it (an option label, a number with its band).
    pub answer: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProhibitionStatus {
    /// No answer raises it.
    Clear,
    /// An answer shows a way the system could be misused for it: safeguards are required.
    Concern,
    /// An answer confirms the prohibited use: the use must not proceed.
    Confirmed,
}

impl ProhibitionStatus {
    pub fn name(self) -> &'static str {
        match self {
            Self::Clear => "clear",
            Self::Concern => "concern",
            Self::Confirmed => "confirmed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProhibitionFinding {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub status: ProhibitionStatus,
    pub confirmed_by: Vec<Reason>,
    pub concerns: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryFinding {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub raised_by: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub question: String,
    pub answer: String,
    pub factor: String,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Credit {
    pub safeguard: String,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Sum of risk points from visible answers.
    pub raw: u32,
    /// Sum of the credits of safeguards in place, before the cap.
    pub credits_available: u32,
    /// The most that safeguards may take off: max_mitigation_percent of raw, rounded down.
    pub mitigation_cap: u32,
    /// What safeguards actually took off.
    pub mitigation: u32,
    /// raw - mitigation.
    pub total: u32,
    pub medium_at: u32,
    pub high_at: u32,
    /// The tier the score alone gives, before flags.
    pub band: Tier,
    pub by_factor: Vec<FactorPoints>,
    pub contributions: Vec<Contribution>,
    pub credits: Vec<Credit>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactorPoints {
    pub factor: String,
    pub title: String,
    pub points: u32,
}

/// Where a safeguard's status came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusSource {
    /// Set in the assessment's [safeguards] table.
    Assessment,
    /// Shown by an answer that satisfies it.
    Answer,
    /// Nothing says it exists.
    Default,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafeguardResult {
    pub id: String,
    pub title: String,
    pub requirement: String,
    pub clause: String,
    pub good: String,
    pub required: bool,
    /// Why it is required (empty when it is not).
    pub required_because: Vec<String>,
    pub status: SafeguardStatus,
    pub source: StatusSource,
    pub evidence: String,
    pub credit: u32,
    /// Set when the assessment records the safeguard in place but the answers that could show
    /// it do not: those answers, for a reviewer to reconcile.
    pub conflict: String,
}

impl SafeguardResult {
    /// A required safeguard that is missing or only planned.
    pub fn is_gap(&self) -> bool {
        self.required
            && matches!(
                self.status,
                SafeguardStatus::Missing | SafeguardStatus::Planned
            )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementResult {
    pub id: String,
    pub title: String,
    pub clause: String,
    pub applies: bool,
    pub why: String,
    /// Required safeguards under this requirement.
    pub safeguards: Vec<String>,
    /// Applies and every required safeguard under it is in place or not applicable.
    pub met: bool,
}

/// What closing one gap would do to the result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    pub safeguard: String,
    pub title: String,
    pub score_after: u32,
    pub tier_after: Tier,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub tier: Tier,
    /// Plain sentences that explain the tier, strongest first.
    pub tier_reasons: Vec<String>,
    /// No visible required question is unanswered and no required note is missing.
    pub complete: bool,
    pub visible: Vec<String>,
    pub unanswered: Vec<String>,
    pub notes_missing: Vec<String>,
    /// Questions that have an answer but are hidden by earlier answers: kept, not counted.
    pub hidden_answered: Vec<String>,
    pub prohibitions: Vec<ProhibitionFinding>,
    pub categories: Vec<CategoryFinding>,
    pub score: Score,
    pub requirements: Vec<RequirementResult>,
    pub safeguards: Vec<SafeguardResult>,
    /// Required safeguards that are missing or planned, largest credit first.
    pub gaps: Vec<String>,
    pub what_if: Vec<WhatIf>,
}

impl Evaluation {
    pub fn safeguard(&self, id: &str) -> Option<&SafeguardResult> {
        self.safeguards.iter().find(|s| s.id == id)
    }

    pub fn confirmed(&self) -> impl Iterator<Item = &ProhibitionFinding> {
        self.prohibitions
            .iter()
            .filter(|p| p.status == ProhibitionStatus::Confirmed)
    }

    pub fn is_visible(&self, question: &str) -> bool {
        self.visible.iter().any(|v| v == question)
    }
}

/// Running facts while walking the questions in order.
#[derive(Default)]
struct Walk<'a> {
    answers: HashMap<&'a str, &'a Answer>,
    categories: BTreeSet<String>,
    concerns: BTreeSet<String>,
}

impl Facts for Walk<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.get(question).copied()
    }
    fn has_category(&self, category: &str) -> bool {
        self.categories.contains(category)
    }
    fn any_category(&self) -> bool {
        !self.categories.is_empty()
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.concerns.contains(prohibition)
    }
}

/// The effects an answer brings, each with the answer text a person would read.
pub fn answer_effects<'q>(q: &'q Question, a: &Answer) -> Vec<(String, &'q Effects)> {
    match q.kind {
        QuestionKind::Single | QuestionKind::Multi | QuestionKind::YesNo => a
            .picked()
            .into_iter()
            .filter_map(|id| q.option(id))
            .map(|o| (o.label.clone(), &o.effects))
            .collect(),
        QuestionKind::Number => {
            let Some(n) = a.number() else {
                return Vec::new();
            };
            q.bands
                .iter()
                .rev()
                .find(|b| n >= b.at_least)
                .map(|b| {
                    let text = if b.label.is_empty() {
                        display_number(n)
                    } else {
                        format!("{} ({})", display_number(n), b.label)
                    };
                    vec![(text, &b.effects)]
                })
                .unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

/// Why a condition holds for this assessment, in words (see `Condition::describe_holding`):
/// for "asked because" lines in the wizard and plain mode. Reads visible answers only.
pub fn explain(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    c: &crate::questionnaire::Condition,
) -> String {
    let mut walk = Walk::default();
    for id in &e.visible {
        if let Some(ans) = a.answers.get(id).filter(|x| x.is_given()) {
            walk.answers.insert(id.as_str(), ans);
        }
    }
    walk.categories = e.categories.iter().map(|c| c.id.clone()).collect();
    walk.concerns = e
        .prohibitions
        .iter()
        .filter(|p| !p.concerns.is_empty())
        .map(|p| p.id.clone())
        .collect();
    c.describe_holding(&walk, q)
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
        Answer::Bool(b) => q.option(if *b { "yes" } else { "no" }).map_or_else(
            || if *b { "Yes".into() } else { "No".into() },
            |o| o.label.clone(),
        ),
        Answer::Choice(c) => q.option(c).map_or_else(|| c.clone(), |o| o.label.clone()),
        Answer::Choices(cs) if cs.is_empty() => "(none)".to_string(),
        Answer::Choices(cs) => cs
            .iter()
            .map(|c| q.option(c).map_or_else(|| c.clone(), |o| o.label.clone()))
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

/// A number for reading: whole numbers grouped in thousands ("72,000"), others as they are.
pub fn display_number(n: f64) -> String {
    let plain = format_number(n);
    if n.fract() != 0.0 || n.abs() < 10_000.0 {
        return plain;
    }
    let (sign, digits) = plain.split_at(usize::from(plain.starts_with('-')));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Evaluates an assessment. Answers to unknown or hidden questions are ignored.
pub fn evaluate(q: &Questionnaire, a: &Assessment) -> Evaluation {
    let mut walk = Walk {
        answers: HashMap::with_capacity(q.questions.len()),
        ..Walk::default()
    };
    let mut visible = Vec::new();
    let mut unanswered = Vec::new();
    let mut notes_missing = Vec::new();
    let mut hidden_answered = Vec::new();
    let mut confirmed: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut concerns: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut category_reasons: BTreeMap<&str, Vec<Reason>> = BTreeMap::new();
    let mut contributions = Vec::new();
    let mut satisfied: BTreeMap<&str, Vec<String>> = BTreeMap::new();

    // Hashed once: a search of the sorted map per question compared ids a dozen times each.
    let answers: HashMap<&str, &Answer> = a.answers.iter().map(|(k, v)| (k.as_str(), v)).collect();
    for question in &q.questions {
        let shown = question.show_if.as_ref().is_none_or(|c| c.holds(&walk));
        let answer = answers
            .get(question.id.as_str())
            .copied()
            .filter(|x| x.is_given());
        if !shown {
            if answer.is_some() {
                hidden_answered.push(question.id.clone());
            }
            continue;
        }
        visible.push(question.id.clone());
        let Some(answer) = answer else {
            if !question.optional {
                unanswered.push(question.id.clone());
            }
            continue;
        };
        walk.answers.insert(&question.id, answer);
        let reason = |text: &str| Reason {
            question: question.id.clone(),
            prompt: question.prompt.clone(),
            answer: text.to_string(),
        };
        let mut needs_note = false;
        // This question's contributions start here; only they can combine with a new one.
        let first = contributions.len();
        for (text, effects) in answer_effects(question, answer) {
            for p in &effects.prohibits {
                confirmed.entry(p).or_default().push(reason(&text));
            }
            for p in &effects.concerns {
                concerns.entry(p).or_default().push(reason(&text));
                walk.concerns.insert(p.clone());
            }
            for c in &effects.categories {
                category_reasons.entry(c).or_default().push(reason(&text));
                walk.categories.insert(c.clone());
            }
            for (factor, points) in &effects.risk {
                if *points == 0 {
                    continue;
                }
                let c = Contribution {
                    question: question.id.clone(),
                    answer: text.clone(),
                    factor: factor.clone(),
                    points: *points,
                };
                // With `risk_combine = "max"`, picking several options of one question counts
                // each factor once, at its largest: three kinds of generated media are one
                // generative risk, not three.
                let same = contributions[first..]
                    .iter()
                    .position(|x: &Contribution| x.question == c.question && x.factor == c.factor)
                    .map(|i| first + i);
                match (question.risk_combine, same) {
                    (RiskCombine::Max, Some(i)) if contributions[i].points < c.points => {
                        contributions[i] = c;
                    }
                    (RiskCombine::Max, Some(_)) => {}
                    _ => contributions.push(c),
                }
            }
            for s in &effects.satisfies {
                satisfied
                    .entry(s)
                    .or_default()
                    .push(format!("{} → {}", question.prompt, text));
            }
            needs_note |= effects.note_required;
        }
        if needs_note
            && a.notes
                .get(&question.id)
                .is_none_or(|n| n.trim().is_empty())
        {
            notes_missing.push(question.id.clone());
        }
    }

    let prohibitions: Vec<ProhibitionFinding> = q
        .prohibitions
        .iter()
        .map(|p| {
            let confirmed_by = confirmed.remove(p.id.as_str()).unwrap_or_default();
            let concerns = concerns.remove(p.id.as_str()).unwrap_or_default();
            let status = if !confirmed_by.is_empty() {
                ProhibitionStatus::Confirmed
            } else if !concerns.is_empty() {
                ProhibitionStatus::Concern
            } else {
                ProhibitionStatus::Clear
            };
            ProhibitionFinding {
                id: p.id.clone(),
                title: p.title.clone(),
                clause: p.clause.clone(),
                status,
                confirmed_by,
                concerns,
            }
        })
        .collect();
    let categories: Vec<CategoryFinding> = q
        .categories
        .iter()
        .filter_map(|c| {
            category_reasons
                .remove(c.id.as_str())
                .map(|raised_by| CategoryFinding {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    clause: c.clause.clone(),
                    raised_by,
                })
        })
        .collect();
    let consequential = !categories.is_empty();

    // Safeguards: required or not, and their status.
    let safeguards: Vec<SafeguardResult> = q
        .safeguards
        .iter()
        .map(|s| {
            let applies = q.requirement(&s.requirement).map(|r| r.applies);
            let (required, required_because) = match &s.required_when {
                Some(c) if c.holds(&walk) => (
                    true,
                    vec![format!("required because {}", c.describe_holding(&walk, q))],
                ),
                Some(_) => (false, Vec::new()),
                None => match applies {
                    Some(Applies::Always) => (
                        true,
                        vec![format!(
                            "required for every use ({})",
                            q.requirement(&s.requirement)
                                .map_or(s.requirement.as_str(), |r| r.title.as_str())
                        )],
                    ),
                    Some(Applies::Consequential) if consequential => (
                        true,
                        vec![format!(
                            "required because the use is consequential ({})",
                            categories
                                .iter()
                                .map(|c| c.title.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )],
                    ),
                    _ => (false, Vec::new()),
                },
            };
            let mut shown: Vec<String> = satisfied.get(s.id.as_str()).cloned().unwrap_or_default();
            if let Some(c) = s.satisfied_when.as_ref().filter(|c| c.holds(&walk)) {
                shown.push(c.describe_holding(&walk, q));
            }
            // A status recorded as in place while the answers that could show it say otherwise
            // is worth a reviewer's second look.
            let conflict = if shown.is_empty()
                && a.safeguards
                    .get(&s.id)
                    .is_some_and(|e| e.status == SafeguardStatus::InPlace)
            {
                q.questions_satisfying(&s.id)
                    .into_iter()
                    .filter_map(|x| walk.answers.get(x.id.as_str()).map(|ans| (x, ans)))
                    .map(|(x, ans)| format!("{} → {}", x.prompt, display_answer(x, ans)))
                    .collect::<Vec<_>>()
                    .join("; ")
            } else {
                String::new()
            };
            let shown = (!shown.is_empty()).then_some(shown);
            let (status, source, evidence) = match (a.safeguards.get(&s.id), shown) {
                (Some(e), _) => (e.status, StatusSource::Assessment, e.evidence.clone()),
                (None, Some(answers)) => (
                    SafeguardStatus::InPlace,
                    StatusSource::Answer,
                    answers.join("; "),
                ),
                (None, None) => (
                    SafeguardStatus::Missing,
                    StatusSource::Default,
                    String::new(),
                ),
            };
            SafeguardResult {
                id: s.id.clone(),
                title: s.title.clone(),
                requirement: s.requirement.clone(),
                clause: s.clause.clone(),
                good: s.good.clone(),
                required,
                required_because,
                status,
                source,
                evidence,
                credit: s.credit,
                conflict,
            }
        })
        .collect();

    let requirements: Vec<RequirementResult> = q
        .requirements
        .iter()
        .map(|r| {
            let under: Vec<&SafeguardResult> = safeguards
                .iter()
                .filter(|s| s.requirement == r.id && s.required)
                .collect();
            // A requirement also applies when an answer makes one of its safeguards required
            // (a concern about minors, say), even for a use that is not consequential.
            let (applies, why) = match r.applies {
                Applies::Always => (true, "applies to every use".to_string()),
                Applies::Consequential if consequential => {
                    (true, "applies because the use is consequential".to_string())
                }
                Applies::Consequential if !under.is_empty() => (
                    true,
                    format!(
                        "applies because answers require {}",
                        under
                            .iter()
                            .map(|s| s.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                Applies::Consequential => (false, "applies only to consequential uses".to_string()),
            };
            let met = applies
                && under.iter().all(|s| {
                    matches!(
                        s.status,
                        SafeguardStatus::InPlace | SafeguardStatus::NotApplicable
                    )
                });
            RequirementResult {
                id: r.id.clone(),
                title: r.title.clone(),
                clause: r.clause.clone(),
                applies,
                why,
                safeguards: under.iter().map(|s| s.id.clone()).collect(),
                met,
            }
        })
        .collect();

    let credits: Vec<Credit> = safeguards
        .iter()
        // A status the answers contradict earns nothing until a reviewer reconciles it.
        .filter(|s| s.status == SafeguardStatus::InPlace && s.credit > 0 && s.conflict.is_empty())
        .map(|s| Credit {
            safeguard: s.id.clone(),
            points: s.credit,
        })
        .collect();
    let raw: u32 = contributions.iter().map(|c| c.points).sum();
    let available: u32 = credits.iter().map(|c| c.points).sum();
    let score = score(q, raw, available, contributions, credits);
    let any_confirmed = prohibitions
        .iter()
        .any(|p| p.status == ProhibitionStatus::Confirmed);
    let tier = tier_of(q, any_confirmed, consequential, score.band);

    let mut gap_list: Vec<&SafeguardResult> = safeguards.iter().filter(|s| s.is_gap()).collect();
    gap_list.sort_by_key(|s| std::cmp::Reverse(s.credit));
    let what_if = gap_list
        .iter()
        .filter(|s| s.credit > 0)
        .map(|s| {
            let after = mitigated_total(q, raw, available + s.credit);
            WhatIf {
                safeguard: s.id.clone(),
                title: s.title.clone(),
                score_after: after,
                tier_after: tier_of(q, any_confirmed, consequential, band_of(q, after)),
            }
        })
        .filter(|w: &WhatIf| w.score_after < score.total)
        .collect();

    let mut tier_reasons = Vec::new();
    for p in prohibitions
        .iter()
        .filter(|p| p.status == ProhibitionStatus::Confirmed)
    {
        for r in &p.confirmed_by {
            tier_reasons.push(format!(
                "Prohibited use confirmed: {} ({} → {})",
                p.title, r.prompt, r.answer
            ));
        }
    }
    for c in &categories {
        tier_reasons.push(format!(
            "Consequential decision: {} sets a floor of {} ({})",
            c.title,
            q.tiers.consequential_floor,
            c.raised_by
                .iter()
                .map(|r| format!("{} → {}", r.prompt, r.answer))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    tier_reasons.push(format!(
        "Score {} ({} - {} for safeguards in place) is in the {} band (medium from {}, high from {})",
        score.total,
        risk_points(score.raw),
        score.mitigation,
        score.band,
        score.medium_at,
        score.high_at
    ));
    if !score.by_factor.is_empty() {
        tier_reasons.push(format!(
            "Most risk points come from: {}",
            score.top_factors(3).join(", ")
        ));
    }

    Evaluation {
        tier,
        tier_reasons,
        complete: unanswered.is_empty() && notes_missing.is_empty(),
        visible,
        unanswered,
        notes_missing,
        hidden_answered,
        prohibitions,
        categories,
        score,
        requirements,
        gaps: gap_list.iter().map(|s| s.id.clone()).collect(),
        safeguards,
        what_if,
    }
}

fn mitigated_total(q: &Questionnaire, raw: u32, available: u32) -> u32 {
    let cap = raw.saturating_mul(q.tiers.max_mitigation_percent) / 100;
    raw - available.min(cap)
}

fn band_of(q: &Questionnaire, total: u32) -> Tier {
    if total >= q.tiers.high_at {
        Tier::High
    } else if total >= q.tiers.medium_at {
        Tier::Medium
    } else {
        Tier::Low
    }
}

fn tier_of(q: &Questionnaire, confirmed: bool, consequential: bool, band: Tier) -> Tier {
    if confirmed {
        Tier::Prohibited
    } else if consequential {
        band.max(q.tiers.consequential_floor)
    } else {
        band
    }
}

fn score(
    q: &Questionnaire,
    raw: u32,
    available: u32,
    contributions: Vec<Contribution>,
    credits: Vec<Credit>,
) -> Score {
    let total = mitigated_total(q, raw, available);
    let by_factor = q
        .factors
        .iter()
        .map(|f| FactorPoints {
            factor: f.id.clone(),
            title: f.title.clone(),
            points: contributions
                .iter()
                .filter(|c| c.factor == f.id)
                .map(|c| c.points)
                .sum(),
        })
        .filter(|f| f.points > 0)
        .collect();
    Score {
        raw,
        credits_available: available,
        mitigation_cap: raw.saturating_mul(q.tiers.max_mitigation_percent) / 100,
        mitigation: raw - total,
        total,
        medium_at: q.tiers.medium_at,
        high_at: q.tiers.high_at,
        band: band_of(q, total),
        by_factor,
        contributions,
        credits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
