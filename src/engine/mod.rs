//! `evaluate()`: from a questionnaire and an assessment to findings, tier, score, required
//! safeguards and gaps. Pure: no I/O, no clock. Every number traces back to answers.
//! The rules are stated in docs/scoring.md; keep the two in step.

use crate::answer::Answer;
use crate::assessment::{Assessment, SafeguardStatus};
use crate::questionnaire::Facts;
use crate::questionnaire::{
    Applies, Basis, Effects, Obligation, Question, QuestionKind, Questionnaire, RiskCombine, Tier,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

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
    /// The tier this category sets at least.
    pub floor: Tier,
    /// How the questionnaire reads the policy more strictly here, if it does.
    pub reading: String,
}

/// A category an answer marked and a later answer removed again (a derogation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClearedCategory {
    pub id: String,
    pub title: String,
    pub raised_by: Vec<Reason>,
    pub cleared_by: Vec<Reason>,
}

/// A declared contradiction that holds: answers that cannot all be true.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContradictionFinding {
    pub id: String,
    pub message: String,
    /// The answers that make it hold, in words.
    pub answers: String,
    /// Safeguards no answer can show in place while it holds.
    pub blocks: Vec<String>,
    /// The questions whose answers it reads (ids), to point at them in the file.
    pub questions: Vec<String>,
}

/// A floor from a condition that holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FloorFinding {
    pub tier: Tier,
    pub reason: String,
    pub answers: String,
}

/// What decides the tier, strongest first, as data; `crate::explain` words it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Cause {
    /// A confirmed prohibition (index into `Evaluation::prohibitions`).
    Prohibited { prohibition: usize },
    /// A marked category (index into `Evaluation::categories`) and the floor it sets.
    Category { category: usize },
    /// A floor from a condition (index into `Evaluation::floors`).
    Floor { floor: usize },
    /// The score's band. Not given under a confirmed prohibition: the score is beside the
    /// point there (docs/scoring.md).
    Score,
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
    /// Policy: the policy's words require it for this use; practice: a recommendation.
    pub basis: Basis,
    /// How the policy words it, for a policy-basis safeguard.
    pub obligation: Obligation,
    /// How the questionnaire reads the policy more strictly here, if it does.
    pub reading: String,
    /// Set when the answers contradict the status (recorded in place or not applicable, or
    /// shown in place by an answer that another answer contradicts): why, in words, for a
    /// reviewer to reconcile. Such a status is "to be confirmed": neither in place nor a gap.
    pub conflict: String,
    /// Recorded not applicable with no reason given: it stays a gap.
    pub unjustified: bool,
    /// When its evidence expires (YYYY-MM-DD, from the assessment), empty when it does not say.
    pub evidence_expires: String,
}

impl SafeguardResult {
    /// A required safeguard that is missing, only planned, or not applicable with no reason.
    pub fn is_gap(&self) -> bool {
        self.required
            && self.conflict.is_empty()
            && (self.unjustified
                || matches!(
                    self.status,
                    SafeguardStatus::Missing | SafeguardStatus::Planned
                ))
    }

    /// Whether the answers support the status as it stands: in place, or not applicable with
    /// a reason, and nothing contradicts it.
    pub fn holds(&self) -> bool {
        self.conflict.is_empty()
            && !self.unjustified
            && matches!(
                self.status,
                SafeguardStatus::InPlace | SafeguardStatus::NotApplicable
            )
    }

    /// A required safeguard that holds on evidence whose `expires` date has come (`today`,
    /// YYYY-MM-DD: evidence that expires on a day no longer counts from that day).
    pub fn evidence_expired(&self, today: &str) -> bool {
        self.required
            && self.holds()
            && self.status == SafeguardStatus::InPlace
            && !self.evidence_expires.is_empty()
            && self.evidence_expires.as_str() <= today
    }

    /// A gap the policy's own words make non-compliance ("must"), not a recommendation.
    pub fn is_policy_gap(&self) -> bool {
        self.is_gap() && self.basis == Basis::Policy && self.obligation == Obligation::Must
    }

    /// A gap in what the policy says "should" be done: reported, never called a breach.
    pub fn is_should_gap(&self) -> bool {
        self.is_gap() && self.basis == Basis::Policy && self.obligation == Obligation::Should
    }

    /// A gap in a recommendation of the questionnaire's own.
    pub fn is_practice_gap(&self) -> bool {
        self.is_gap() && self.basis == Basis::Practice
    }
}

/// Where a requirement stands for this use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequirementState {
    /// The requirement does not apply to this use.
    DoesNotApply,
    /// It applies, and what it needs holds on the answers.
    Met,
    /// It applies, and everything under it is not applicable, each with a reason.
    NotApplicable,
    /// Something under it is contradicted by the answers, or nothing in the answers shows it.
    ToBeConfirmed,
    /// A policy requirement the policy words as "must" is not shown: non-compliance.
    NotMet,
    /// A policy requirement the policy words as "should" is not shown.
    NotShown,
    /// A practice requirement with recommendations still open.
    Open,
}

/// Why the gate fails: each reason, as data; `crate::explain::gate_failures` words them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GateFailure {
    Prohibited,
    Incomplete,
    PolicyGaps {
        count: usize,
    },
    RequirementsNotMet {
        count: usize,
    },
    Conflicts {
        count: usize,
    },
    Contradictions {
        count: usize,
    },
    QuestionnaireUnbound,
    QuestionnaireChanged,
    /// Only with --strict.
    ShouldGaps {
        count: usize,
    },
    /// Only with --strict.
    PracticeGaps {
        count: usize,
    },
    /// The review date has passed (only when the gate is given today's date).
    ReviewOverdue {
        due: String,
    },
    /// Required safeguards in place on evidence that has expired (only with today's date).
    EvidenceExpired {
        count: usize,
    },
}

impl GateFailure {
    /// A stable name for the kind of failure, for tools (a SARIF rule id); never shown alone
    /// to a person: `crate::explain::gate_rule` words it.
    pub fn rule_id(&self) -> &'static str {
        match self {
            Self::Prohibited => "prohibited-use",
            Self::Incomplete => "incomplete",
            Self::PolicyGaps { .. } => "policy-gap",
            Self::RequirementsNotMet { .. } => "requirement-not-met",
            Self::Conflicts { .. } => "contradicted-status",
            Self::Contradictions { .. } => "contradicting-answers",
            Self::QuestionnaireUnbound => "questionnaire-unbound",
            Self::QuestionnaireChanged => "questionnaire-changed",
            Self::ShouldGaps { .. } => "should-gap",
            Self::PracticeGaps { .. } => "recommendation-open",
            Self::ReviewOverdue { .. } => "review-overdue",
            Self::EvidenceExpired { .. } => "evidence-expired",
        }
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
    pub basis: Basis,
    pub obligation: Obligation,
    pub reading: String,
    pub state: RequirementState,
    /// Required practice safeguards under it that are gaps: recommendations, never a breach.
    pub recommendations: Vec<String>,
}

impl RequirementResult {
    /// True only when the answers support it: see `RequirementState::Met`.
    pub fn is_met(&self) -> bool {
        self.state == RequirementState::Met
    }
}

/// What closing one gap would do to the result: the safeguard in place, with the answers
/// the questionnaire says come with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhatIf {
    pub safeguard: String,
    pub title: String,
    /// The answers that would change with it, in words ("prompt → label").
    pub answers: Vec<String>,
    pub score_after: u32,
    pub tier_after: Tier,
    /// Gaps closed by it, itself included (ids).
    pub gaps_closed: Vec<String>,
    /// Gaps it would open (a changed answer can require another safeguard).
    pub gaps_opened: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub tier: Tier,
    /// What decides the tier, strongest first; `crate::explain::tier_reasons` words it.
    pub causes: Vec<Cause>,
    /// No visible required question is unanswered and no required note is missing.
    pub complete: bool,
    pub visible: Vec<String>,
    pub unanswered: Vec<String>,
    pub notes_missing: Vec<String>,
    /// Questions that have an answer but are hidden by earlier answers: kept, not counted.
    pub hidden_answered: Vec<String>,
    pub prohibitions: Vec<ProhibitionFinding>,
    pub categories: Vec<CategoryFinding>,
    /// Categories marked and then removed by a later answer.
    pub cleared: Vec<ClearedCategory>,
    pub floors: Vec<FloorFinding>,
    pub contradictions: Vec<ContradictionFinding>,
    pub score: Score,
    pub requirements: Vec<RequirementResult>,
    pub safeguards: Vec<SafeguardResult>,
    /// Required safeguards that are missing or planned, largest credit first.
    pub gaps: Vec<String>,
    pub what_if: Vec<WhatIf>,
    /// When the assessment is due to be reviewed again.
    pub review: Review,
}

/// When an assessment is due for review, and where that date comes from. The engine has no
/// clock: whether it is overdue is for `Evaluation::gate_on` with a date to compare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    /// YYYY-MM-DD; None under a prohibited use (stopped, not reviewed) or with neither
    /// `review_by` nor a sign-off to count from.
    pub due: Option<String>,
    pub basis: ReviewBasis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReviewBasis {
    /// `review_by` in the assessment's metadata.
    Set,
    /// The questionnaire's months for the tier, counted from the latest sign-off.
    SignOff { months: u32, from: String },
    /// No `review_by` and no sign-off to count from, or a prohibited use.
    None,
}

impl Review {
    pub fn of(q: &Questionnaire, a: &Assessment, tier: Tier) -> Self {
        let set = a.metadata.review_by.trim();
        if crate::answer::valid_date(set) {
            return Self {
                due: Some(set.to_string()),
                basis: ReviewBasis::Set,
            };
        }
        let none = Self {
            due: None,
            basis: ReviewBasis::None,
        };
        let Some(months) = q.tiers.review_months.of(tier) else {
            return none;
        };
        // Counted from the latest sign-off: a review renews an approval. An assessment never
        // signed has no approval to renew (its sign-off shows as none) unless `review_by` says.
        let Some(from) = a
            .signoff
            .iter()
            .map(|s| s.date.trim())
            .filter(|d| crate::answer::valid_date(d))
            .max()
        else {
            return none;
        };
        Self {
            due: crate::answer::add_months(from, months),
            basis: ReviewBasis::SignOff {
                months,
                from: from.to_string(),
            },
        }
    }

    /// Whether the review date has passed on `today` (YYYY-MM-DD; such dates compare as text).
    pub fn overdue(&self, today: &str) -> bool {
        self.due.as_deref().is_some_and(|due| due < today)
    }
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

    /// Required safeguards whose status the answers contradict.
    pub fn conflicts(&self) -> impl Iterator<Item = &SafeguardResult> {
        self.safeguards
            .iter()
            .filter(|s| s.required && !s.conflict.is_empty())
    }

    /// Whether the score decides anything: not under a confirmed prohibition.
    pub fn score_counts(&self) -> bool {
        self.tier != Tier::Prohibited
    }

    /// Why `raia score --gate` fails, empty when it passes. The default gate fails on what the
    /// policy's words make non-compliance and on anything that makes the result untrustworthy
    /// (incomplete, contradicted, or not bound to the questionnaire in use); `strict` also fails
    /// on "should" gaps and on the questionnaire's recommendations.
    pub fn gate(&self, binding: Binding, strict: bool) -> Vec<GateFailure> {
        self.gate_findings(binding, strict)
            .into_iter()
            .map(|f| f.failure)
            .collect()
    }

    /// [`Evaluation::gate`] with what each failure is about: the answers, safeguards and
    /// requirements behind it, so that each can be pointed at in the file (SARIF, annotations).
    pub fn gate_findings(&self, binding: Binding, strict: bool) -> Vec<GateFinding> {
        self.gate_on(binding, strict, None)
    }

    /// The gate on a given day (YYYY-MM-DD): [`Evaluation::gate_findings`], and besides, an
    /// assessment past its review date fails. Without a day, dates are not judged: the engine
    /// has no clock, so the commands pass today's date (or `--today`).
    pub fn gate_on(&self, binding: Binding, strict: bool, today: Option<&str>) -> Vec<GateFinding> {
        let mut out = Vec::new();
        let mut push = |failure: GateFailure, subjects: Vec<Subject>| {
            out.push(GateFinding { failure, subjects });
        };
        if self.tier == Tier::Prohibited {
            let mut questions: Vec<Subject> = Vec::new();
            for r in self.confirmed().flat_map(|p| &p.confirmed_by) {
                let s = Subject::Question(r.question.clone());
                if !questions.contains(&s) {
                    questions.push(s);
                }
            }
            push(GateFailure::Prohibited, questions);
        }
        if !self.complete {
            let mut missing: Vec<Subject> = self
                .unanswered
                .iter()
                .map(|id| Subject::Unanswered(id.clone()))
                .collect();
            missing.extend(
                self.notes_missing
                    .iter()
                    .map(|id| Subject::Question(id.clone())),
            );
            push(GateFailure::Incomplete, missing);
        }
        match binding {
            Binding::Bound => {}
            Binding::Unbound => push(
                GateFailure::QuestionnaireUnbound,
                vec![Subject::Questionnaire],
            ),
            Binding::Changed => push(
                GateFailure::QuestionnaireChanged,
                vec![Subject::Questionnaire],
            ),
        }
        let safeguards = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<Subject> {
            self.safeguards
                .iter()
                .filter(|s| f(s))
                .map(|s| Subject::Safeguard(s.id.clone()))
                .collect()
        };
        let policy = safeguards(&|s| s.is_policy_gap());
        if !policy.is_empty() {
            push(
                GateFailure::PolicyGaps {
                    count: policy.len(),
                },
                policy,
            );
        }
        // A must-requirement can fail with no single policy gap (none of its use-case
        // safeguards is in place), so it is counted on its own.
        let unmet: Vec<Subject> = self
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::NotMet)
            .map(|r| Subject::Requirement(r.id.clone()))
            .collect();
        if !unmet.is_empty() {
            push(
                GateFailure::RequirementsNotMet { count: unmet.len() },
                unmet,
            );
        }
        let conflicts: Vec<Subject> = self
            .conflicts()
            .map(|s| Subject::Safeguard(s.id.clone()))
            .collect();
        if !conflicts.is_empty() {
            push(
                GateFailure::Conflicts {
                    count: conflicts.len(),
                },
                conflicts,
            );
        }
        if !self.contradictions.is_empty() {
            push(
                GateFailure::Contradictions {
                    count: self.contradictions.len(),
                },
                self.contradictions
                    .iter()
                    .map(|c| Subject::Contradiction(c.id.clone()))
                    .collect(),
            );
        }
        if strict {
            let should = safeguards(&|s| s.is_should_gap());
            if !should.is_empty() {
                push(
                    GateFailure::ShouldGaps {
                        count: should.len(),
                    },
                    should,
                );
            }
            let practice = safeguards(&|s| s.is_practice_gap());
            if !practice.is_empty() {
                push(
                    GateFailure::PracticeGaps {
                        count: practice.len(),
                    },
                    practice,
                );
            }
        }
        if let Some(today) = today {
            let expired = safeguards(&|s| s.evidence_expired(today));
            if !expired.is_empty() {
                push(
                    GateFailure::EvidenceExpired {
                        count: expired.len(),
                    },
                    expired,
                );
            }
        }
        if let (Some(today), Some(due)) = (today, &self.review.due)
            && self.review.overdue(today)
        {
            push(
                GateFailure::ReviewOverdue { due: due.clone() },
                vec![Subject::Review],
            );
        }
        out
    }
}

/// One reason the gate fails, with what it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GateFinding {
    pub failure: GateFailure,
    pub subjects: Vec<Subject>,
}

/// What a gate failure is about, by id: where in the assessment file a reader finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Subject {
    /// An answer (given, or whose note is missing).
    Question(String),
    /// A question with no answer that counts.
    Unanswered(String),
    Safeguard(String),
    Requirement(String),
    /// A declared contradiction that holds (its id in `Evaluation::contradictions`).
    Contradiction(String),
    /// The `[questionnaire]` table: which questionnaire text the answers were given against.
    Questionnaire,
    /// The review date: `review_by` in `[metadata]`, or the sign-off it is counted from.
    Review,
}

/// Whether an assessment names the exact questionnaire text it is evaluated against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Binding {
    /// The recorded content hash is the questionnaire in use.
    Bound,
    /// No content hash is recorded.
    Unbound,
    /// Another text of the questionnaire was recorded.
    Changed,
}

impl Binding {
    pub fn of(q: &Questionnaire, a: &Assessment) -> Self {
        let recorded = a.questionnaire.hash.trim();
        if recorded.is_empty() {
            Self::Unbound
        } else if recorded == q.content_hash {
            Self::Bound
        } else {
            Self::Changed
        }
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
        if let Some(ans) = a.answers.get(id).filter(|x| is_given(x)) {
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

pub use crate::number::{display_number, format_number};

/// Evaluates an assessment. Answers to unknown or hidden questions are ignored.
pub fn evaluate(q: &Questionnaire, a: &Assessment) -> Evaluation {
    let mut e = evaluate_once(q, a, None);
    e.what_if = what_if(q, a, &e);
    e
}

/// [`evaluate`] without the what-ifs (`what_if` is empty): for the wizard and plain mode,
/// which evaluate after every change and show no what-if (issue 7). Reports and `raia score`
/// evaluate with them.
pub fn evaluate_without_what_if(q: &Questionnaire, a: &Assessment) -> Evaluation {
    evaluate_once(q, a, None)
}

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
];

fn only_placeholders(text: &str, lists: &[&[&str]]) -> bool {
    let known = |w: &str| lists.iter().any(|l| l.contains(&w));
    let t = text.trim().to_lowercase();
    let t = t.trim_matches(|c: char| {
        c.is_ascii_punctuation() || c.is_whitespace() || c == '—' || c == '–'
    });
    if t.is_empty() || known(t) {
        return true;
    }
    // Several placeholders in a row ("n/a n/a", "tbd, tbd").
    t.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .all(|w| known(w.trim_matches(|c: char| c.is_ascii_punctuation())))
}

/// Text that gives no answer: blank, or only placeholders ("n/a", "TBD", "n/a n/a", "see above").
pub fn is_placeholder(text: &str) -> bool {
    only_placeholders(text, &[ANSWER_PLACEHOLDERS])
}

/// Evidence that gives no reason: a placeholder ("n/a", "none", "yes", "see above"), or too short
/// to be one.
pub fn is_empty_reason(evidence: &str) -> bool {
    only_placeholders(evidence, &[ANSWER_PLACEHOLDERS, REASON_PLACEHOLDERS])
        || evidence.trim().chars().count() < 3
}

/// Whether an answer counts as given: a blank or placeholder text ("n/a", "-") is no answer.
pub fn is_given(a: &Answer) -> bool {
    match a {
        Answer::Text(t) => a.is_given() && !is_placeholder(t),
        _ => a.is_given(),
    }
}

/// `assume`: a safeguard taken as in place with nothing contradicting it ("what if it were").
fn evaluate_once(q: &Questionnaire, a: &Assessment, assume: Option<&str>) -> Evaluation {
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
    let mut cleared: BTreeMap<&str, (Vec<Reason>, Vec<Reason>)> = BTreeMap::new();
    let mut contributions: Vec<Contribution> = Vec::new();
    let mut satisfied: BTreeMap<&str, Vec<String>> = BTreeMap::new();

    // Hashed once: a search of the sorted map per question compared ids a dozen times each.
    let answers: HashMap<&str, &Answer> = a.answers.iter().map(|(k, v)| (k.as_str(), v)).collect();
    for question in &q.questions {
        let shown = question.show_if.as_ref().is_none_or(|c| c.holds(&walk));
        let answer = answers
            .get(question.id.as_str())
            .copied()
            .filter(|x| is_given(x));
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
            // A derogation removes a category whichever earlier answer marked it.
            for c in &effects.clears {
                if let Some(raised) = category_reasons.remove(c.as_str()) {
                    let entry = cleared.entry(c).or_default();
                    entry.0.extend(raised);
                    entry.1.push(reason(&text));
                    walk.categories.remove(c);
                }
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
                    (RiskCombine::Max, Some(i)) => {
                        if let Some(prev) = contributions.get_mut(i)
                            && prev.points < c.points
                        {
                            *prev = c;
                        }
                    }
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
                    floor: q.category_floor(&c.id),
                    reading: c.reading.clone(),
                })
        })
        .collect();
    let cleared: Vec<ClearedCategory> = q
        .categories
        .iter()
        .filter(|c| !walk.categories.contains(&c.id))
        .filter_map(|c| {
            cleared
                .remove(c.id.as_str())
                .map(|(raised_by, cleared_by)| ClearedCategory {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    raised_by,
                    cleared_by,
                })
        })
        .collect();
    let consequential = !categories.is_empty();
    let floors: Vec<FloorFinding> = q
        .floors
        .iter()
        .filter(|f| f.when.holds(&walk))
        .map(|f| FloorFinding {
            tier: f.tier,
            reason: f.reason.clone(),
            answers: f.when.describe_holding(&walk, q),
        })
        .collect();
    let contradictions: Vec<ContradictionFinding> = q
        .contradictions
        .iter()
        .filter(|c| c.when.holds(&walk))
        .map(|c| ContradictionFinding {
            id: c.id.clone(),
            message: c.message.clone(),
            answers: c.when.describe_holding(&walk, q),
            blocks: c.blocks.clone(),
            questions: c.when.questions().into_iter().map(str::to_string).collect(),
        })
        .collect();

    // Whether a requirement applies by its own rule (not counting safeguards an answer
    // requires on their own account).
    let applies_by_rule = |r: &crate::questionnaire::Requirement| match r.applies {
        Applies::Always => true,
        Applies::Consequential => consequential,
        Applies::When => r.applies_when.as_ref().is_some_and(|c| c.holds(&walk)),
    };

    // Safeguards: required or not, their status, and whether the answers support it.
    let safeguards: Vec<SafeguardResult> = q
        .safeguards
        .iter()
        .map(|s| {
            let requirement = q.requirement(&s.requirement);
            let (required, required_because) = match &s.required_when {
                Some(c) if c.holds(&walk) => (
                    true,
                    vec![format!("required because {}", c.describe_holding(&walk, q))],
                ),
                Some(_) => (false, Vec::new()),
                None => match requirement {
                    Some(r) if applies_by_rule(r) => (
                        true,
                        vec![match r.applies {
                            Applies::Always => {
                                format!("required for every use ({})", r.title)
                            }
                            Applies::Consequential => format!(
                                "required because the use involves a {} ({})",
                                q.vocabulary.consequential,
                                categories
                                    .iter()
                                    .map(|c| c.title.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                            Applies::When => format!(
                                "required because {}",
                                r.applies_when
                                    .as_ref()
                                    .map(|c| c.describe_holding(&walk, q))
                                    .unwrap_or_default()
                            ),
                        }],
                    ),
                    _ => (false, Vec::new()),
                },
            };
            let basis = match (
                s.basis,
                requirement.filter(|r| applies_by_rule(r)).map(|r| r.basis),
            ) {
                (Basis::Policy, Some(Basis::Policy)) => {
                    if s.policy_when.as_ref().is_none_or(|c| c.holds(&walk)) {
                        Basis::Policy
                    } else {
                        Basis::Practice
                    }
                }
                _ => Basis::Practice,
            };
            let obligation = requirement.map_or(Obligation::Must, |r| r.obligation);

            let blocking: Vec<&ContradictionFinding> = contradictions
                .iter()
                .filter(|c| c.blocks.iter().any(|b| b == &s.id))
                .collect();
            let mut shown: Vec<String> = satisfied.get(s.id.as_str()).cloned().unwrap_or_default();
            if let Some(c) = s.satisfied_when.as_ref().filter(|c| c.holds(&walk)) {
                shown.push(c.describe_holding(&walk, q));
            }
            let recorded = a.safeguards.get(&s.id);
            let mut conflict: Vec<String> = Vec::new();
            // A satisfying answer never wins over a contradicting one.
            for c in &blocking {
                conflict.push(format!("{} ({})", c.message, c.answers));
            }
            let mut unjustified = false;
            if assume == Some(s.id.as_str()) {
                conflict.clear();
            }
            match recorded
                .map(|r| r.status)
                .filter(|_| assume != Some(s.id.as_str()))
            {
                Some(SafeguardStatus::InPlace) if shown.is_empty() => {
                    // Recorded in place while the answers that could show it say otherwise.
                    let against: Vec<String> = q
                        .questions_satisfying(&s.id)
                        .into_iter()
                        .filter_map(|x| walk.answers.get(x.id.as_str()).map(|ans| (x, ans)))
                        .map(|(x, ans)| format!("{} → {}", x.prompt, display_answer(x, ans)))
                        .collect();
                    if !against.is_empty() {
                        conflict.push(format!(
                            "recorded as in place, but the answers that could show it do not: {}",
                            against.join("; ")
                        ));
                    }
                }
                Some(SafeguardStatus::NotApplicable) if required => {
                    if basis == Basis::Policy {
                        // Policy basis means the policy's own words require it for this use.
                        conflict.push(
                            "recorded as not applicable, but the policy's words require it for this use"
                                .to_string(),
                        );
                    }
                    if let Some(c) = s
                        .never_not_applicable_when
                        .as_ref()
                        .filter(|c| c.holds(&walk))
                    {
                        conflict.push(format!(
                            "recorded as not applicable, but it cannot be when {}",
                            c.describe_holding(&walk, q)
                        ));
                    }
                    if recorded.is_some_and(|r| is_empty_reason(&r.evidence)) {
                        unjustified = true;
                    }
                }
                _ => {}
            }
            let (status, source, evidence) = match (recorded, shown.is_empty()) {
                (Some(e), _) => (e.status, StatusSource::Assessment, e.evidence.clone()),
                (None, false) if blocking.is_empty() => (
                    SafeguardStatus::InPlace,
                    StatusSource::Answer,
                    shown.join("; "),
                ),
                (None, false) => (
                    // Shown by an answer that another answer contradicts: not in place.
                    SafeguardStatus::Missing,
                    StatusSource::Answer,
                    shown.join("; "),
                ),
                (None, true) => (
                    SafeguardStatus::Missing,
                    StatusSource::Default,
                    String::new(),
                ),
            };
            // A contradiction blocks only a status that claims the safeguard is there.
            let claims_in_place = status == SafeguardStatus::InPlace
                || (status == SafeguardStatus::Missing && source == StatusSource::Answer);
            if !claims_in_place {
                conflict.retain(|c| !blocking.iter().any(|b| c.starts_with(&b.message)));
            }
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
                basis,
                obligation,
                reading: s.reading.clone(),
                conflict: conflict.join("; "),
                unjustified,
                evidence_expires: a
                    .evidence_dates
                    .get(&s.id)
                    .map(|d| d.expires.clone())
                    .unwrap_or_default(),
            }
        })
        .collect();

    let requirements: Vec<RequirementResult> = q
        .requirements
        .iter()
        .map(|r| requirement_result(q, r, &safeguards, applies_by_rule(r)))
        .collect();

    let credits: Vec<Credit> = safeguards
        .iter()
        // A status the answers contradict earns nothing until a reviewer reconciles it.
        // Only safeguards this use requires earn credit: a catalogue item the use does not
        // need (a weapon control on a shop camera) must not buy points off the score.
        .filter(|s| {
            s.required
                && s.status == SafeguardStatus::InPlace
                && s.credit > 0
                && s.conflict.is_empty()
        })
        .map(|s| Credit {
            safeguard: s.id.clone(),
            points: s.credit,
        })
        .collect();
    let raw: u32 = contributions
        .iter()
        .fold(0u32, |sum, c| sum.saturating_add(c.points));
    let available: u32 = credits
        .iter()
        .fold(0u32, |sum, c| sum.saturating_add(c.points));
    let score = score(q, raw, available, contributions, credits);
    let any_confirmed = prohibitions
        .iter()
        .any(|p| p.status == ProhibitionStatus::Confirmed);
    let floor = categories
        .iter()
        .map(|c| c.floor)
        .chain(floors.iter().map(|f| f.tier))
        .max();
    let tier = tier_of(any_confirmed, floor, score.band);

    let mut gap_list: Vec<&SafeguardResult> = safeguards.iter().filter(|s| s.is_gap()).collect();
    // Policy gaps first, then by credit, so the work that matters most comes first.
    gap_list.sort_by_key(|s| (s.basis, std::cmp::Reverse(s.credit)));

    let mut causes: Vec<Cause> = Vec::new();
    for (i, p) in prohibitions.iter().enumerate() {
        if p.status == ProhibitionStatus::Confirmed {
            causes.push(Cause::Prohibited { prohibition: i });
        }
    }
    for i in 0..categories.len() {
        causes.push(Cause::Category { category: i });
    }
    for i in 0..floors.len() {
        causes.push(Cause::Floor { floor: i });
    }
    if !any_confirmed {
        causes.push(Cause::Score);
    }

    Evaluation {
        tier,
        causes,
        complete: unanswered.is_empty() && notes_missing.is_empty(),
        visible,
        unanswered,
        notes_missing,
        hidden_answered,
        prohibitions,
        categories,
        cleared,
        floors,
        contradictions,
        score,
        requirements,
        gaps: gap_list.iter().map(|s| s.id.clone()).collect(),
        review: Review::of(q, a, tier),
        safeguards,
        what_if: Vec::new(),
    }
}

/// Where one requirement stands (docs/scoring.md, "Requirements").
fn requirement_result(
    q: &Questionnaire,
    r: &crate::questionnaire::Requirement,
    safeguards: &[SafeguardResult],
    by_rule: bool,
) -> RequirementResult {
    let under: Vec<&SafeguardResult> = safeguards
        .iter()
        .filter(|s| s.requirement == r.id && s.required)
        .collect();
    // A requirement also applies when an answer makes one of its safeguards required (a
    // concern about minors, say), even for a use its own rule does not reach.
    let (applies, why) = if by_rule {
        (
            true,
            match r.applies {
                Applies::Always => "applies to every use".to_string(),
                Applies::Consequential => format!(
                    "applies because the use involves a {}",
                    q.vocabulary.consequential
                ),
                Applies::When => "applies because of the answers below".to_string(),
            },
        )
    } else if !under.is_empty() {
        (
            true,
            format!(
                "applies because the answers require {}",
                under
                    .iter()
                    .map(|s| format!("\"{}\"", s.title))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    } else {
        (
            false,
            match r.applies {
                Applies::Consequential => format!(
                    "applies only to a use that involves a {}",
                    q.vocabulary.consequential
                ),
                _ => "applies only when its condition holds".to_string(),
            },
        )
    };
    // The policy's words bind a requirement only where its own rule reaches: one that applies
    // because an answer requires a safeguard under it (a concern about minors for a use that
    // decides nothing) is the questionnaire's advice for this use.
    let basis = if by_rule || !applies {
        r.basis
    } else {
        Basis::Practice
    };
    let recommendations: Vec<String> = under
        .iter()
        .filter(|s| s.is_gap() && s.basis == Basis::Practice)
        .map(|s| s.id.clone())
        .collect();
    let short = match r.obligation {
        Obligation::Must => RequirementState::NotMet,
        Obligation::Should => RequirementState::NotShown,
    };
    let state = if !applies {
        RequirementState::DoesNotApply
    } else if under
        .iter()
        .any(|s| !s.conflict.is_empty() || s.unjustified)
    {
        // Nothing is met while a status under it is contradicted or not applicable without a
        // reason: a reviewer has to confirm it first.
        RequirementState::ToBeConfirmed
    } else if basis == Basis::Practice {
        if under.is_empty() {
            RequirementState::ToBeConfirmed
        } else if !recommendations.is_empty() {
            RequirementState::Open
        } else if under
            .iter()
            .any(|s| s.holds() && s.status == SafeguardStatus::InPlace)
        {
            RequirementState::Met
        } else {
            RequirementState::NotApplicable
        }
    } else {
        let policy: Vec<&&SafeguardResult> =
            under.iter().filter(|s| s.basis == Basis::Policy).collect();
        let in_place = |v: &[&&SafeguardResult]| {
            v.iter()
                .any(|s| s.holds() && s.status == SafeguardStatus::InPlace)
        };
        if !policy.is_empty() {
            if policy.iter().any(|s| s.is_gap()) {
                short
            } else if in_place(&policy) {
                RequirementState::Met
            } else {
                RequirementState::NotApplicable
            }
        } else if under.is_empty() {
            // Nothing under it is required, so nothing in the answers shows it.
            RequirementState::ToBeConfirmed
        } else {
            // The policy leaves the means to the team (raia's reading): it is met when at least
            // one of the safeguards the answers call for is in place.
            // With none in place, nothing in the answers shows how it is met: to be confirmed,
            // not a breach, since the policy names no particular safeguard.
            let all: Vec<&&SafeguardResult> = under.iter().collect();
            // Everything not applicable is no answer to a requirement the policy's own rule
            // brings: a reviewer has to confirm it.
            if in_place(&all) {
                RequirementState::Met
            } else {
                RequirementState::ToBeConfirmed
            }
        }
    };
    RequirementResult {
        id: r.id.clone(),
        title: r.title.clone(),
        clause: r.clause.clone(),
        applies,
        why,
        safeguards: under.iter().map(|s| s.id.clone()).collect(),
        basis,
        obligation: r.obligation,
        reading: r.reading.clone(),
        state,
        recommendations,
    }
}

/// For each gap: the result with that safeguard in place and the answers that come with it
/// (docs/scoring.md, "What would change").
fn what_if(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Vec<WhatIf> {
    what_ifs(q, a, e, true)
}

/// `shortcut`: a gap that changes no answer takes [`what_if_in_place`] instead of a whole
/// evaluation (off only to test that both agree).
fn what_ifs(q: &Questionnaire, a: &Assessment, e: &Evaluation, shortcut: bool) -> Vec<WhatIf> {
    if e.tier == Tier::Prohibited {
        return Vec::new();
    }
    let before: BTreeSet<&str> = e.gaps.iter().map(String::as_str).collect();
    // Looked up once per answer below, not searched in the visible list.
    let visible: HashSet<&str> = e.visible.iter().map(String::as_str).collect();
    e.gaps
        .iter()
        .filter_map(|id| q.safeguard(id))
        .map(|s| {
            // The answers that come with the safeguard, as they would be.
            let mut new_answers: Vec<(&String, Answer)> = Vec::new();
            let mut answers = Vec::new();
            for (question, option) in &s.comes_with {
                // Only an answer that counts can change; a hidden question stays as it is.
                let Some(x) = q
                    .question(question)
                    .filter(|_| visible.contains(question.as_str()))
                else {
                    continue;
                };
                let current = new_answers
                    .iter()
                    .rev()
                    .find(|(id, _)| *id == question)
                    .map(|(_, x)| x)
                    .or_else(|| a.answers.get(question));
                let new = match (x.kind, current) {
                    (QuestionKind::YesNo, _) => Answer::Bool(option == "yes"),
                    (QuestionKind::Multi, Some(Answer::Choices(cs))) => {
                        // Add the option; an exclusive "none of these" cannot stay beside it.
                        let mut cs: Vec<String> = cs
                            .iter()
                            .filter(|c| x.option(c).is_none_or(|o| !o.exclusive))
                            .cloned()
                            .collect();
                        if !cs.contains(option) {
                            cs.push(option.clone());
                        }
                        Answer::Choices(cs)
                    }
                    (QuestionKind::Multi, _) => Answer::Choices(vec![option.clone()]),
                    _ => Answer::Choice(option.clone()),
                };
                if current != Some(&new) {
                    answers.push(format!(
                        "{} → {}",
                        x.prompt,
                        x.option(option)
                            .map_or(option.as_str(), |o| o.label.as_str())
                    ));
                }
                new_answers.push((question, new));
            }
            if shortcut && answers.is_empty() {
                return what_if_in_place(q, e, s, answers);
            }
            let mut alt = a.clone();
            // Answers kept for hidden questions stay out of it: a changed answer can show a
            // question again, and what an earlier answer hid must not count there either.
            alt.answers.retain(|id, _| visible.contains(id.as_str()));
            for (question, new) in new_answers {
                alt.answers.insert(question.clone(), new);
            }
            alt.safeguards.insert(
                s.id.clone(),
                crate::assessment::SafeguardEntry {
                    status: SafeguardStatus::InPlace,
                    evidence: "(what if)".to_string(),
                },
            );
            let after = evaluate_once(q, &alt, Some(&s.id));
            let now: BTreeSet<&str> = after.gaps.iter().map(String::as_str).collect();
            WhatIf {
                safeguard: s.id.clone(),
                title: s.title.clone(),
                answers,
                score_after: after.score.total,
                tier_after: after.tier,
                gaps_closed: before.difference(&now).map(|x| (*x).to_string()).collect(),
                gaps_opened: now.difference(&before).map(|x| (*x).to_string()).collect(),
            }
        })
        .collect()
}

/// The what-if of gap `s` when no answer changes with it: the same evaluation of the same
/// answers, with `s` in place. What `evaluate_once` would give for it, without walking the
/// questions again (at 10,000 questions and hundreds of gaps, that walk per gap took seconds,
/// issue 7). Each safeguard's result depends only on the answers and its own entry, so only
/// `s` changes: a required gap becomes in place, uncontradicted (the what-if assumes it), and
/// earns its credit; it was earning none as a gap. The answers' walk, the risk points, the
/// prohibitions and the floors stay as they are; so do the other gaps.
fn what_if_in_place(
    q: &Questionnaire,
    e: &Evaluation,
    s: &crate::questionnaire::Safeguard,
    answers: Vec<String>,
) -> WhatIf {
    let available = e.score.credits_available.saturating_add(s.credit);
    let total = mitigated_total(q, e.score.raw, available);
    let any_confirmed = e
        .prohibitions
        .iter()
        .any(|p| p.status == ProhibitionStatus::Confirmed);
    let floor = e
        .categories
        .iter()
        .map(|c| c.floor)
        .chain(e.floors.iter().map(|f| f.tier))
        .max();
    WhatIf {
        safeguard: s.id.clone(),
        title: s.title.clone(),
        answers,
        score_after: total,
        tier_after: tier_of(any_confirmed, floor, band_of(q, total)),
        gaps_closed: vec![s.id.clone()],
        gaps_opened: Vec::new(),
    }
}

fn mitigated_total(q: &Questionnaire, raw: u32, available: u32) -> u32 {
    raw - available.min(mitigation_cap(q, raw))
}

/// max_mitigation_percent of raw, rounded down, computed wide so it cannot overflow.
fn mitigation_cap(q: &Questionnaire, raw: u32) -> u32 {
    let cap = u64::from(raw) * u64::from(q.tiers.max_mitigation_percent.min(100)) / 100;
    u32::try_from(cap).unwrap_or(raw)
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

fn tier_of(confirmed: bool, floor: Option<Tier>, band: Tier) -> Tier {
    if confirmed {
        Tier::Prohibited
    } else {
        floor.map_or(band, |f| band.max(f))
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
                .fold(0u32, |sum, c| sum.saturating_add(c.points)),
        })
        .filter(|f| f.points > 0)
        .collect();
    Score {
        raw,
        credits_available: available,
        mitigation_cap: mitigation_cap(q, raw),
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

    /// The what-if of a gap that changes no answer, worked out from the evaluation, is what a
    /// whole evaluation with the safeguard in place gives, on every example and judgement case.
    #[test]
    fn a_what_if_without_answers_is_what_evaluating_again_gives() {
        let q = crate::questionnaire::default_questionnaire().unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut shortcuts = 0;
        for dir in ["examples", "tests/fixtures/judgement"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|x| x != "toml") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let Ok(mut a) = crate::assessment::parse_assessment("a.toml", &text, &q) else {
                    continue;
                };
                // Also with every safeguard status dropped, so more of them are gaps.
                for round in 0..2 {
                    if round == 1 {
                        a.safeguards.clear();
                    }
                    let e = evaluate(&q, &a);
                    let full = what_ifs(&q, &a, &e, false);
                    assert_eq!(e.what_if, full, "{}", path.display());
                    shortcuts += full.iter().filter(|w| w.answers.is_empty()).count();
                }
            }
        }
        assert!(shortcuts > 10, "only {shortcuts} what-ifs without answers");
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
}
