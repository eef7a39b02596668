//! The Report model: everything any report format shows, built once from the questionnaire,
//! the assessment and `engine::evaluate`. Markdown and the information-request response render
//! it through templates; TOML and JSON are its serde serialisations; CSV reads its safeguards.
//!
//! Only ordered collections (Vec, BTreeMap) appear here, and nothing reads the clock, so the
//! same inputs always give the same report.

use crate::assessment::{Assessment, Metadata, SafeguardStatus};
use crate::engine::{
    self, Binding, Evaluation, ProhibitionStatus, RequirementState, SafeguardResult, StatusSource,
};
use crate::explain;
use crate::questionnaire::{Applies, Basis, Condition, Obligation, Question, Questionnaire, Tier};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Version of the report layout (the TOML and JSON outputs and the template context).
/// Raise it when a field is renamed or removed; adding a field does not need a new version.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// Shown instead of an answer that the assessment does not give.
pub const NOT_STATED: &str = "Not stated in the assessment";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: u32,
    /// "raia" and the crate version that built the report.
    pub generator: String,
    pub questionnaire: QuestionnaireInfo,
    /// SHA-256 of the canonical answers, notes and safeguard status (`Assessment::answers_hash`).
    pub assessment_hash: String,
    pub metadata: Metadata,
    pub status: Status,
    /// prohibited, high, medium or low.
    pub tier: Tier,
    /// The tier in the questionnaire's words.
    pub tier_label: String,
    /// The questionnaire's words for its notions (tier names, "consequential decision").
    pub vocabulary: crate::questionnaire::Vocabulary,
    /// The same words as headings and plurals, ready for templates.
    pub terms: Terms,
    /// Where the use stands against the policy's own words, apart from recommendations.
    pub compliance: Compliance,
    /// Answers that contradict each other (declared by the questionnaire), in words.
    pub contradictions: Vec<ContradictionRow>,
    /// Categories a later answer removed again.
    pub cleared: Vec<ClearedRow>,
    /// One sentence a reader can act on.
    pub verdict: String,
    /// Why the tier is what it is, in plain sentences, strongest first.
    pub reasons: Vec<String>,
    /// Every prohibition in the questionnaire, in its order.
    pub prohibitions: Vec<ProhibitionRow>,
    /// Answers that screened every prohibition at once (a "what does the system do?" gate),
    /// stated once instead of on every row.
    pub screened_all_by: Vec<AnswerRef>,
    pub consequential: Consequential,
    pub score: ScoreReport,
    pub requirements: Vec<RequirementRow>,
    pub safeguards: Safeguards,
    /// Required safeguards that are missing or planned, largest credit first.
    pub gaps: Vec<Gap>,
    /// The remediation plan: each gap above, then each safeguard this use does not require that
    /// the team has planned anyway, with its owner and target date.
    pub remediation: Vec<PlanRow>,
    /// Every visible question with its answer, grouped by section in asking order.
    pub sections: Vec<SectionAnswers>,
    /// Answers kept in the file for questions that earlier answers now hide; not counted.
    pub not_counted: Vec<QuestionAnswer>,
    /// Visible answers that carry a note, in asking order: what the team explained.
    pub noted: Vec<QuestionAnswer>,
    /// Visible, answered questions by id, for templates that look answers up by id.
    pub answers_by_id: BTreeMap<String, AnswerEntry>,
    /// The same answers by the role their question declares (`role = "limitations"`): what the
    /// built-in templates read, so a custom questionnaire fills them too.
    pub answers_by_role: BTreeMap<String, AnswerEntry>,
    pub signoffs: Vec<SignOffRow>,
    pub disclaimer: String,
}

/// The questionnaire's words in the forms a template needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Terms {
    /// "Prohibited uses"
    pub prohibited_uses_title: String,
    /// "prohibited uses"
    pub prohibited_uses: String,
    /// "Prohibited use"
    pub prohibited_use_title: String,
    /// "Consequential decisions"
    pub consequential_title: String,
    /// "consequential decisions"
    pub consequentials: String,
    /// "AI services" as a heading word
    pub services_title: String,
}

impl Terms {
    fn of(v: &crate::questionnaire::Vocabulary) -> Self {
        Self {
            prohibited_uses_title: explain::capital(&format!("{}s", v.prohibited_use)),
            prohibited_uses: format!("{}s", v.prohibited_use),
            prohibited_use_title: explain::capital(&v.prohibited_use),
            consequential_title: explain::capital(&format!("{}s", v.consequential)),
            consequentials: format!("{}s", v.consequential),
            services_title: explain::capital(&v.services),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compliance {
    /// One sentence on compliance with the policy's words (policy-basis items only).
    pub statement: String,
    /// Required safeguards the policy's words make non-compliance when missing ("must").
    pub policy_gaps: Vec<String>,
    /// Required safeguards the policy says should be in place, not shown.
    pub should_gaps: Vec<String>,
    /// Required safeguards the questionnaire recommends, not in place: never a breach.
    pub recommendations: Vec<String>,
    /// Safeguards whose status the answers contradict: neither in place nor a gap until
    /// confirmed.
    pub to_confirm: Vec<String>,
    /// Why `raia score --gate` would fail, in words; empty when it passes.
    pub gate_failures: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContradictionRow {
    pub id: String,
    pub message: String,
    pub answers: String,
    /// Titles of the safeguards no answer can show while it holds.
    pub blocks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClearedRow {
    pub id: String,
    pub title: String,
    pub raised_by: Vec<AnswerRef>,
    pub cleared_by: Vec<AnswerRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    /// "built-in NAME" or the path the questionnaire was read from.
    pub source: String,
    /// bound, unbound or changed: whether the assessment records this exact text.
    pub binding: Binding,
    /// What to do when it is not bound, in words; empty when it is.
    pub binding_message: String,
    /// It has the built-in questionnaire's id and version but other text.
    pub imitates_builtin: bool,
    /// SHA-256 of the questionnaire text in use.
    pub hash: String,
    /// The questionnaire hash recorded in the assessment (empty when not recorded).
    pub answered_against_hash: String,
    /// The assessment recorded a different questionnaire text than the one in use.
    pub hash_differs: bool,
    pub policy: PolicyInfo,
    /// Every layer the questionnaire is made of, base first: the questionnaire itself and each
    /// overlay on it, with where it was read from and its own hash.
    pub layers: Vec<crate::questionnaire::Layer>,
    /// The layers in one line of words.
    pub layers_label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyInfo {
    pub name: String,
    pub date: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// No required visible question is unanswered and no required note is missing.
    pub complete: bool,
    /// "complete" or "incomplete".
    pub label: String,
    /// What is missing, in words ("1 required question unanswered and 2 required notes
    /// missing"); empty when complete.
    pub missing: String,
    pub unanswered: Vec<Unanswered>,
    pub notes_missing: Vec<NoteMissing>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unanswered {
    pub id: String,
    pub prompt: String,
    pub section: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteMissing {
    pub id: String,
    pub prompt: String,
    pub answer: String,
    /// What the note should say, from the questionnaire.
    pub hint: String,
}

/// One answer that had an effect, or that screened for one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRef {
    pub question: String,
    pub prompt: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProhibitionRow {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub clause: String,
    /// clear, concern or confirmed.
    pub status: ProhibitionStatus,
    pub status_label: String,
    pub confirmed_by: Vec<AnswerRef>,
    pub concerns: Vec<AnswerRef>,
    /// Visible answered questions that screen for this prohibition, whatever they answered.
    pub screened_by: Vec<AnswerRef>,
    /// `screened_by` without the answers in `Report::screened_all_by`.
    pub screened_by_own: Vec<AnswerRef>,
    /// Safeguards the questionnaire asks for when this concern is raised.
    pub safeguards: Vec<SafeguardBrief>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafeguardBrief {
    pub id: String,
    pub title: String,
    pub required: bool,
    pub status: SafeguardStatus,
    /// The status as a reviewer should read it ("to be confirmed" when contradicted).
    pub status_label: String,
    pub evidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consequential {
    /// Any consequential category is marked.
    pub any: bool,
    /// Every category in the questionnaire, marked or not.
    pub categories: Vec<CategoryRow>,
    /// The tier a marked category sets at least, unless the category sets its own.
    pub floor: Tier,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryRow {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub clause: String,
    pub marked: bool,
    pub marked_by: Vec<AnswerRef>,
    /// The tier this category sets at least.
    pub floor: Tier,
    pub floor_label: String,
    /// How the questionnaire reads the policy more strictly here ("" when it does not).
    pub reading: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreReport {
    /// Risk points from visible answers.
    pub raw: u32,
    /// Credits of safeguards in place, before the cap.
    pub credits_available: u32,
    pub max_mitigation_percent: u32,
    /// The most safeguards may take off.
    pub mitigation_cap: u32,
    /// What safeguards took off.
    pub mitigation: u32,
    /// raw - mitigation.
    pub total: u32,
    pub medium_at: u32,
    pub high_at: u32,
    /// The tier the score alone gives.
    pub band: Tier,
    pub band_label: String,
    /// False under a confirmed prohibition: the score decides nothing there.
    pub counts: bool,
    pub by_factor: Vec<FactorRow>,
    pub contributions: Vec<ContributionRow>,
    pub credits: Vec<CreditRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactorRow {
    pub id: String,
    pub title: String,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContributionRow {
    pub question: String,
    pub prompt: String,
    pub answer: String,
    pub factor: String,
    pub factor_title: String,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CreditRow {
    pub safeguard: String,
    pub title: String,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementRow {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub clause: String,
    /// always (every use) or consequential (consequential uses only).
    pub scope: Applies,
    pub applies: bool,
    pub why: String,
    /// Required safeguards under this requirement.
    pub safeguards: Vec<String>,
    /// Only when the answers support it.
    pub met: bool,
    pub state: RequirementState,
    /// The state in words: "met", "not met", "to be confirmed", "nothing is required for this
    /// use", ...
    pub status_label: String,
    /// Why it is to be confirmed, when it is.
    pub note: String,
    pub basis: Basis,
    pub obligation: Obligation,
    /// "required by the policy", "the policy says it should be done", "recommended practice".
    pub basis_label: String,
    /// For a requirement an overlay added: "required by: <layer title>, <clause>".
    pub required_by: String,
    pub reading: String,
    /// Recommended safeguards under it still open (ids): never a breach.
    pub recommendations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Safeguards {
    pub counts: SafeguardCounts,
    /// Required safeguards, in questionnaire order.
    pub required: Vec<SafeguardRow>,
    /// Safeguards in the catalogue that this use does not require.
    pub not_required: Vec<SafeguardRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafeguardCounts {
    pub required: usize,
    pub in_place: usize,
    pub planned: usize,
    pub missing: usize,
    pub not_applicable: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafeguardRow {
    pub id: String,
    pub title: String,
    pub requirement: String,
    pub requirement_title: String,
    pub clause: String,
    /// What good looks like: the evidence a reviewer should expect.
    pub good: String,
    pub required: bool,
    pub why_required: Vec<String>,
    pub status: SafeguardStatus,
    /// The status as a reviewer should read it: "to be confirmed" when the answers contradict
    /// it, "not applicable, no reason given" when no reason is given.
    pub status_label: String,
    /// assessment, answer or default.
    pub source: StatusSource,
    pub source_label: String,
    pub evidence: String,
    pub credit: u32,
    /// Why the answers contradict the status, in words ("" when they do not).
    pub conflict: String,
    pub unjustified: bool,
    pub basis: Basis,
    pub obligation: Obligation,
    pub basis_label: String,
    /// For a safeguard an overlay added: "required by: <layer title>, <clause>".
    pub required_by: String,
    pub reading: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    pub safeguard: String,
    pub title: String,
    pub status: SafeguardStatus,
    pub status_label: String,
    pub basis: Basis,
    pub basis_label: String,
    /// For a safeguard an overlay added: "required by: <layer title>, <clause>".
    pub required_by: String,
    /// What putting it in place would change, in a sentence ("" under a prohibition).
    pub change: String,
    pub requirement: String,
    pub requirement_title: String,
    pub clause: String,
    pub good: String,
    pub why_required: Vec<String>,
    pub credit: u32,
    /// Putting this safeguard in place would lower the score.
    pub lowers_score: bool,
    /// Score once this safeguard alone is in place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score_after: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier_after: Option<Tier>,
    /// The gap's line in the remediation plan, in words: owner and date, or what is lacking.
    pub plan: String,
}

/// One line of the remediation plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanRow {
    pub safeguard: String,
    pub title: String,
    pub status: SafeguardStatus,
    pub status_label: String,
    /// Whether this use requires it (a gap) or the team plans it beyond what is required.
    pub required: bool,
    /// For a gap: "required by the policy", "the policy says it should be done" or
    /// "recommended practice".
    pub basis_label: String,
    /// Who is to put it in place ("" when the assessment names no one).
    pub owner: String,
    /// By when, YYYY-MM-DD ("" when no date is set).
    pub target: String,
    /// What is missing: what good looks like for it.
    pub missing: String,
    /// The line in words: owner and date, or what the plan lacks.
    pub plan: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionAnswers {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<QuestionAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionAnswer {
    pub id: String,
    pub prompt: String,
    pub clause: String,
    pub kind: String,
    pub optional: bool,
    pub answered: bool,
    /// The answer as a person reads it (empty when unanswered).
    pub answer: String,
    pub note: String,
    /// A note is required for this answer and is missing.
    pub note_missing: bool,
    /// What the answer did, in plain words.
    pub effects: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerEntry {
    pub prompt: String,
    pub section: String,
    pub answer: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignOffRow {
    pub name: String,
    pub role: String,
    pub date: String,
    pub decision: String,
    pub assessment_hash: String,
    /// The sign-off approved the answers as they are now.
    pub current: bool,
    /// "current" or "STALE".
    pub state: String,
}

/// A visible question and its answer, looked up once while a report is built.
struct Shown<'a> {
    id: &'a String,
    question: &'a Question,
    given: Option<&'a crate::answer::Answer>,
    /// The answer as a person reads it, when given.
    text: Option<String>,
}

fn refs(reasons: &[engine::Reason]) -> Vec<AnswerRef> {
    reasons
        .iter()
        .map(|r| AnswerRef {
            question: r.question.clone(),
            prompt: r.prompt.clone(),
            answer: r.answer.clone(),
        })
        .collect()
}

fn mentions_concern(c: &Condition, prohibition: &str) -> bool {
    match c {
        Condition::Concern(p) => p == prohibition,
        Condition::All(cs) | Condition::Any(cs) => {
            cs.iter().any(|c| mentions_concern(c, prohibition))
        }
        // A safeguard required when a concern is absent does not answer that concern.
        _ => false,
    }
}

impl Report {
    /// Builds the report for an assessment against a questionnaire.
    pub fn build(q: &Questionnaire, a: &Assessment) -> Report {
        let e = engine::evaluate(q, a);
        Self::from_evaluation(q, a, &e)
    }

    /// Builds the report from an evaluation already made of the same inputs.
    pub fn from_evaluation(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Report {
        let sg_layer = |id: &str| q.safeguard(id).map_or(0, |x| x.layer);
        let req_layer = |id: &str| q.requirement(id).map_or(0, |x| x.layer);
        let hash = a.answers_hash(q);
        let section_title = |id: &str| {
            q.section(id)
                .map_or_else(|| id.to_string(), |s| s.title.clone())
        };
        let requirement_title = |id: &str| {
            q.requirement(id)
                .map_or_else(|| id.to_string(), |r| r.title.clone())
        };
        let prompt = |id: &str| {
            q.question(id)
                .map_or_else(|| id.to_string(), |x| x.prompt.clone())
        };
        // Notes and evidence as written, byte for byte (the Markdown filters lay them out);
        // blank counts as none.
        let note = |id: &str| exact(a.notes.get(id).map_or("", String::as_str));
        // The answer text of a question that counts (visible and answered).
        let shown_answer = |id: &str| -> Option<String> {
            let question = q.question(id)?;
            let answer = a.answers.get(id).filter(|x| engine::is_given(x))?;
            Some(engine::display_answer(question, answer))
        };

        let status = Status {
            complete: e.complete,
            label: if e.complete { "complete" } else { "incomplete" }.to_string(),
            missing: explain::missing(e.unanswered.len(), e.notes_missing.len()),
            unanswered: e
                .unanswered
                .iter()
                .map(|id| Unanswered {
                    id: id.clone(),
                    prompt: prompt(id),
                    section: q
                        .question(id)
                        .map(|x| section_title(&x.section))
                        .unwrap_or_default(),
                })
                .collect(),
            notes_missing: e
                .notes_missing
                .iter()
                .map(|id| {
                    let hint = q
                        .question(id)
                        .zip(a.answers.get(id))
                        .map(|(question, answer)| engine::note_hint(question, answer))
                        .unwrap_or_default();
                    NoteMissing {
                        id: id.clone(),
                        prompt: prompt(id),
                        answer: shown_answer(id).unwrap_or_default(),
                        hint,
                    }
                })
                .collect(),
        };

        let safeguard_row = |s: &SafeguardResult| SafeguardRow {
            id: s.id.clone(),
            title: s.title.clone(),
            requirement: s.requirement.clone(),
            requirement_title: requirement_title(&s.requirement),
            clause: s.clause.clone(),
            good: s.good.clone(),
            required: s.required,
            why_required: explain::required_reasons(q, s),
            status: s.status,
            status_label: explain::safeguard_state(s),
            source: s.source,
            source_label: explain::source(s).to_string(),
            evidence: exact(&s.evidence),
            credit: s.credit,
            conflict: explain::conflict(q, s),
            unjustified: s.unjustified,
            basis: s.basis,
            obligation: s.obligation,
            basis_label: explain::basis_of(q, sg_layer(&s.id), s.basis, s.obligation),
            required_by: explain::required_by(q, sg_layer(&s.id), s.basis, &s.clause),
            reading: s.reading.clone(),
        };

        // Looked up by id in the loops below; a search there made reports cubic (issue 7).
        let results: HashMap<&str, &SafeguardResult> = e
            .safeguards
            .iter()
            .rev()
            .map(|s| (s.id.as_str(), s))
            .collect();
        let result = |id: &str| results.get(id).copied();
        // Each visible question with its answer, looked up once for the lists below.
        let answers: HashMap<&str, &crate::answer::Answer> =
            a.answers.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let mut from = 0;
        let shown: Vec<Shown> = e
            .visible
            .iter()
            .filter_map(|id| {
                // In asking order: each is found where the last one left off.
                let i = q.question_index_from(id, from)?;
                from = i + 1;
                let question = q.questions.get(i)?;
                let given = answers
                    .get(id.as_str())
                    .copied()
                    .filter(|x| engine::is_given(x));
                Some(Shown {
                    id,
                    question,
                    given,
                    text: given.map(|x| engine::display_answer(question, x)),
                })
            })
            .collect();
        let screening = q.screening();
        // Visible answered questions by the prohibitions they screen for, in asking order.
        let mut screened: HashMap<&str, Vec<AnswerRef>> = HashMap::new();
        for row in &shown {
            let question = row.question;
            let Some(set) = screening
                .get(question.id.as_str())
                .filter(|set| !set.is_empty())
            else {
                continue;
            };
            let Some(answer) = row.text.clone() else {
                continue;
            };
            let r = AnswerRef {
                question: question.id.clone(),
                prompt: question.prompt.clone(),
                answer,
            };
            for p in set {
                screened.entry(p).or_default().push(r.clone());
            }
        }
        let prohibitions = e
            .prohibitions
            .iter()
            .map(|p| {
                let entry = q.prohibition(&p.id);
                let screened_by: Vec<AnswerRef> =
                    screened.get(p.id.as_str()).cloned().unwrap_or_default();
                let safeguards = q
                    .safeguards
                    .iter()
                    .filter(|s| {
                        s.required_when
                            .as_ref()
                            .is_some_and(|c| mentions_concern(c, &p.id))
                    })
                    .filter_map(|s| result(&s.id))
                    .map(|s| SafeguardBrief {
                        id: s.id.clone(),
                        title: s.title.clone(),
                        required: s.required,
                        status: s.status,
                        status_label: explain::safeguard_state(s),
                        evidence: exact(&s.evidence),
                    })
                    .collect();
                ProhibitionRow {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    summary: entry.map(|x| x.summary.clone()).unwrap_or_default(),
                    clause: p.clause.clone(),
                    status: p.status,
                    status_label: match p.status {
                        ProhibitionStatus::Clear => "clear",
                        ProhibitionStatus::Concern => "concern: safeguards required",
                        ProhibitionStatus::Confirmed => "CONFIRMED: must not proceed",
                    }
                    .to_string(),
                    confirmed_by: refs(&p.confirmed_by),
                    concerns: refs(&p.concerns),
                    screened_by_own: screened_by.clone(),
                    screened_by,
                    safeguards,
                }
            })
            .collect();
        // What screened every prohibition is said once; each row keeps only its own answers.
        let mut prohibitions: Vec<ProhibitionRow> = prohibitions;
        // A question's answer reads the same on every row, so rows are compared by question.
        let screened: Vec<HashSet<&str>> = prohibitions
            .iter()
            .map(|p| p.screened_by.iter().map(|r| r.question.as_str()).collect())
            .collect();
        let screened_all_by: Vec<AnswerRef> = match prohibitions.first() {
            Some(first) if prohibitions.len() > 1 => first
                .screened_by
                .iter()
                .filter(|r| screened.iter().all(|set| set.contains(r.question.as_str())))
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        drop(screened);
        let all: HashSet<String> = screened_all_by.iter().map(|r| r.question.clone()).collect();
        for p in &mut prohibitions {
            p.screened_by_own.retain(|r| !all.contains(&r.question));
        }

        let consequential = Consequential {
            any: !e.categories.is_empty(),
            floor: q.tiers.consequential_floor,
            categories: q
                .categories
                .iter()
                .map(|c| {
                    let found = e.categories.iter().find(|f| f.id == c.id);
                    CategoryRow {
                        id: c.id.clone(),
                        title: c.title.clone(),
                        summary: c.summary.clone(),
                        clause: c.clause.clone(),
                        marked: found.is_some(),
                        marked_by: found.map(|f| refs(&f.raised_by)).unwrap_or_default(),
                        floor: q.category_floor(&c.id),
                        floor_label: explain::tier(q, q.category_floor(&c.id)),
                        reading: c.reading.clone(),
                    }
                })
                .collect(),
        };

        let sc = &e.score;
        // Contributions come in asking order: each question is found where the last one was.
        let mut from = 0;
        let mut prompt_in_order = |id: &str| {
            let i = q.question_index_from(id, from);
            from = i.unwrap_or(from);
            i.and_then(|i| q.questions.get(i))
                .map_or_else(|| id.to_string(), |x| x.prompt.clone())
        };
        let score = ScoreReport {
            raw: sc.raw,
            credits_available: sc.credits_available,
            max_mitigation_percent: q.tiers.max_mitigation_percent,
            mitigation_cap: sc.mitigation_cap,
            mitigation: sc.mitigation,
            total: sc.total,
            medium_at: sc.medium_at,
            high_at: sc.high_at,
            band: sc.band,
            band_label: explain::tier(q, sc.band),
            counts: e.score_counts(),
            by_factor: sc
                .by_factor
                .iter()
                .map(|f| FactorRow {
                    id: f.factor.clone(),
                    title: f.title.clone(),
                    points: f.points,
                })
                .collect(),
            contributions: sc
                .contributions
                .iter()
                .map(|c| ContributionRow {
                    question: c.question.clone(),
                    prompt: prompt_in_order(&c.question),
                    answer: c.answer.clone(),
                    factor: c.factor.clone(),
                    factor_title: q
                        .factor(&c.factor)
                        .map_or_else(|| c.factor.clone(), |f| f.title.clone()),
                    points: c.points,
                })
                .collect(),
            credits: sc
                .credits
                .iter()
                .map(|c| CreditRow {
                    safeguard: c.safeguard.clone(),
                    title: q
                        .safeguard(&c.safeguard)
                        .map_or_else(|| c.safeguard.clone(), |s| s.title.clone()),
                    points: c.points,
                })
                .collect(),
        };

        let requirements = e
            .requirements
            .iter()
            .map(|r| RequirementRow {
                id: r.id.clone(),
                title: r.title.clone(),
                summary: q
                    .requirement(&r.id)
                    .map(|x| x.summary.clone())
                    .unwrap_or_default(),
                clause: r.clause.clone(),
                scope: q.requirement(&r.id).map_or(Applies::Always, |x| x.applies),
                applies: r.applies,
                why: explain::applies_because(q, r),
                safeguards: r.safeguards.clone(),
                met: r.is_met(),
                state: r.state,
                status_label: explain::requirement_state(r),
                note: explain::requirement_note(e, r),
                basis: r.basis,
                obligation: r.obligation,
                basis_label: explain::basis_of(q, req_layer(&r.id), r.basis, r.obligation),
                required_by: explain::required_by(q, req_layer(&r.id), r.basis, &r.clause),
                reading: r.reading.clone(),
                recommendations: r.recommendations.clone(),
            })
            .collect();

        let required: Vec<SafeguardRow> = e
            .safeguards
            .iter()
            .filter(|s| s.required)
            .map(safeguard_row)
            .collect();
        let not_required = e
            .safeguards
            .iter()
            .filter(|s| !s.required)
            .map(safeguard_row)
            .collect();
        let count = |st: SafeguardStatus| required.iter().filter(|s| s.status == st).count();
        let safeguards = Safeguards {
            counts: SafeguardCounts {
                required: required.len(),
                in_place: count(SafeguardStatus::InPlace),
                planned: count(SafeguardStatus::Planned),
                missing: count(SafeguardStatus::Missing),
                not_applicable: count(SafeguardStatus::NotApplicable),
            },
            required,
            not_required,
        };

        let what_ifs: HashMap<&str, &engine::WhatIf> = e
            .what_if
            .iter()
            .rev()
            .map(|w| (w.safeguard.as_str(), w))
            .collect();
        let plan_of = |id: &str| a.plans.get(id).cloned().unwrap_or_default();
        let gaps = e
            .gaps
            .iter()
            .filter_map(|id| result(id))
            .map(|s| {
                let what_if = what_ifs.get(s.id.as_str()).copied();
                Gap {
                    safeguard: s.id.clone(),
                    title: s.title.clone(),
                    status: s.status,
                    status_label: explain::safeguard_state(s),
                    basis: s.basis,
                    basis_label: explain::basis_of(q, sg_layer(&s.id), s.basis, s.obligation),
                    required_by: explain::required_by(q, sg_layer(&s.id), s.basis, &s.clause),
                    change: what_if
                        .map(|w| explain::what_if(q, e, w))
                        .unwrap_or_default(),
                    requirement: s.requirement.clone(),
                    requirement_title: requirement_title(&s.requirement),
                    clause: s.clause.clone(),
                    good: s.good.clone(),
                    why_required: explain::required_reasons(q, s),
                    credit: s.credit,
                    lowers_score: what_if.is_some_and(|w| w.score_after < e.score.total),
                    score_after: what_if.map(|w| w.score_after),
                    tier_after: what_if.map(|w| w.tier_after),
                    plan: {
                        let p = plan_of(&s.id);
                        explain::plan(s, &p.owner, &p.target)
                    },
                }
            })
            .collect();

        let plan_row = |s: &SafeguardResult, required: bool| {
            let p = plan_of(&s.id);
            PlanRow {
                safeguard: s.id.clone(),
                title: s.title.clone(),
                status: s.status,
                status_label: explain::safeguard_state(s),
                required,
                basis_label: explain::basis(s.basis, s.obligation).to_string(),
                plan: explain::plan(s, &p.owner, &p.target),
                owner: p.owner,
                target: p.target,
                missing: s.good.clone(),
            }
        };
        let remediation: Vec<PlanRow> = e
            .gaps
            .iter()
            .filter_map(|id| result(id))
            .map(|s| plan_row(s, true))
            .chain(
                e.safeguards
                    .iter()
                    .filter(|s| !s.required && s.status == SafeguardStatus::Planned)
                    .map(|s| plan_row(s, false)),
            )
            .collect();
        let mut contributions: HashMap<&str, Vec<&engine::Contribution>> = HashMap::new();
        for c in &e.score.contributions {
            contributions
                .entry(c.question.as_str())
                .or_default()
                .push(c);
        }
        let notes_missing: HashSet<&str> = e.notes_missing.iter().map(String::as_str).collect();
        let question_answer = |question: &Question,
                               given: Option<&crate::answer::Answer>,
                               text: Option<String>,
                               visible: bool|
         -> QuestionAnswer {
            let id = question.id.as_str();
            let effects = match (visible, given) {
                (true, Some(answer)) => effect_lines(
                    q,
                    question,
                    answer,
                    contributions.get(id).map_or(&[][..], Vec::as_slice),
                ),
                _ => Vec::new(),
            };
            QuestionAnswer {
                id: question.id.clone(),
                prompt: question.prompt.clone(),
                clause: question.clause.clone(),
                kind: question.kind.name().to_string(),
                optional: question.optional,
                answered: given.is_some(),
                answer: text.unwrap_or_default(),
                note: note(id),
                note_missing: visible && notes_missing.contains(id),
                effects,
            }
        };

        let mut visible_in: HashMap<&str, Vec<&Shown>> = HashMap::new();
        for row in &shown {
            visible_in
                .entry(row.question.section.as_str())
                .or_default()
                .push(row);
        }
        let sections: Vec<SectionAnswers> = q
            .sections
            .iter()
            .map(|s| SectionAnswers {
                id: s.id.clone(),
                title: s.title.clone(),
                intro: s.intro.clone(),
                questions: visible_in
                    .get(s.id.as_str())
                    .into_iter()
                    .flatten()
                    .map(|row| question_answer(row.question, row.given, row.text.clone(), true))
                    .collect(),
            })
            .collect();
        let noted: Vec<QuestionAnswer> = sections
            .iter()
            .flat_map(|s: &SectionAnswers| s.questions.iter())
            .filter(|x| x.answered && !x.note.is_empty())
            .cloned()
            .collect();
        let not_counted = e
            .hidden_answered
            .iter()
            .filter_map(|id| {
                let question = q.question(id)?;
                let given = a.answers.get(id).filter(|x| engine::is_given(x));
                let text = given.map(|x| engine::display_answer(question, x));
                Some(question_answer(question, given, text, false))
            })
            .collect();
        let answers_by_id: BTreeMap<String, AnswerEntry> = shown
            .iter()
            .filter_map(|row| {
                let answer = row.text.clone()?;
                Some((
                    row.id.clone(),
                    AnswerEntry {
                        prompt: row.question.prompt.clone(),
                        section: section_title(&row.question.section),
                        answer,
                        note: note(row.id),
                    },
                ))
            })
            .collect();
        // The same answers by the role their question declares, for templates that must work
        // with any questionnaire.
        let answers_by_role = q
            .questions
            .iter()
            .filter_map(|x| {
                let role = x.role.as_ref()?;
                answers_by_id.get(&x.id).map(|a| (role.clone(), a.clone()))
            })
            .collect();

        let signoffs = a
            .signoff
            .iter()
            .map(|s| {
                let current = s.is_current(&hash);
                SignOffRow {
                    name: s.name.clone(),
                    role: s.role.clone(),
                    date: s.date.clone(),
                    decision: s.decision.clone(),
                    assessment_hash: s.assessment_hash.clone(),
                    current,
                    state: if current { "current" } else { "STALE" }.to_string(),
                }
            })
            .collect();

        let policy = PolicyInfo {
            name: q.policy.name.clone(),
            date: q.policy.date.clone(),
            url: q.policy.url.clone(),
        };
        let binding = Binding::of(q, a);
        let gate = e.gate(binding, false);
        let ids = |f: &dyn Fn(&SafeguardResult) -> bool| -> Vec<String> {
            e.gaps
                .iter()
                .filter_map(|id| e.safeguard(id))
                .filter(|s| f(s))
                .map(|s| s.id.clone())
                .collect()
        };
        let policy_gaps = ids(&|s| s.is_policy_gap());
        let should_gaps = ids(&|s| s.is_should_gap());
        let recommendations = ids(&|s| s.is_practice_gap());
        let to_confirm: Vec<String> = e.conflicts().map(|s| s.id.clone()).collect();
        let unmet: Vec<&str> = e
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::NotMet)
            .map(|r| r.title.as_str())
            .collect();
        // Requirements the policy's own words bind this use to, with nothing to show for them.
        let unshown: Vec<&str> = e
            .requirements
            .iter()
            .filter(|r| {
                r.state == RequirementState::ToBeConfirmed
                    && r.basis == Basis::Policy
                    && r.obligation == Obligation::Must
            })
            .map(|r| r.title.as_str())
            .collect();
        let policy_name = explain::policy_names(q);
        let statement = if e.tier == Tier::Prohibited {
            format!(
                "The answers confirm a {}: the use does not comply with the {} and must not proceed as described.",
                q.vocabulary.prohibited_use, policy_name
            )
        } else if !unmet.is_empty() || !policy_gaps.is_empty() {
            format!(
                "Not compliant with the {} as answered: {}.",
                policy_name,
                if unmet.is_empty() {
                    explain::plural(
                        policy_gaps.len(),
                        "safeguard its words require is not in place",
                        "safeguards its words require are not in place",
                    )
                } else {
                    format!("not met: {}", unmet.join(", "))
                }
            )
        } else if !to_confirm.is_empty() || !e.contradictions.is_empty() {
            format!(
                "Compliance with the {} is to be confirmed: answers contradict each other or the recorded statuses.",
                policy_name
            )
        } else if !unshown.is_empty() {
            format!(
                "Compliance with the {} is to be confirmed: nothing in the answers shows how {} {} met.",
                policy_name,
                unshown.join(", "),
                if unshown.len() == 1 { "is" } else { "are" }
            )
        } else if !e.complete {
            format!(
                "Compliance with the {} cannot be stated yet: the assessment is incomplete.",
                policy_name
            )
        } else {
            format!(
                "No gap against the {}'s own requirements was found in the answers{}.",
                policy_name,
                match (should_gaps.len(), recommendations.len()) {
                    (0, 0) => String::new(),
                    (s, r) => format!(
                        "; {}{}{} {} open, which is not a breach",
                        if s > 0 {
                            explain::plural(
                                s,
                                "item the policy says should be done",
                                "items the policy says should be done",
                            )
                        } else {
                            String::new()
                        },
                        if s > 0 && r > 0 { " and " } else { "" },
                        if r > 0 {
                            explain::plural(r, "recommendation", "recommendations")
                        } else {
                            String::new()
                        },
                        if s + r == 1 { "remains" } else { "remain" }
                    ),
                }
            )
        };
        let compliance = Compliance {
            statement,
            policy_gaps,
            should_gaps,
            recommendations,
            to_confirm,
            gate_failures: explain::gate_failures(&gate, q),
        };
        let contradictions = e
            .contradictions
            .iter()
            .map(|c| ContradictionRow {
                id: c.id.clone(),
                message: c.message.clone(),
                answers: c.answers.clone(),
                blocks: c
                    .blocks
                    .iter()
                    .map(|b| {
                        q.safeguard(b)
                            .map_or_else(|| b.clone(), |s| s.title.clone())
                    })
                    .collect(),
            })
            .collect();
        let cleared = e
            .cleared
            .iter()
            .map(|c| ClearedRow {
                id: c.id.clone(),
                title: c.title.clone(),
                raised_by: refs(&c.raised_by),
                cleared_by: refs(&c.cleared_by),
            })
            .collect();
        let disclaimer = q.vocabulary.disclaimer.clone();
        Report {
            schema_version: REPORT_SCHEMA_VERSION,
            generator: format!("raia {}", env!("CARGO_PKG_VERSION")),
            questionnaire: QuestionnaireInfo {
                id: q.id.clone(),
                version: q.version.clone(),
                title: q.title.clone(),
                source: q.source.clone(),
                binding,
                binding_message: explain::binding(q, a, binding).unwrap_or_default(),
                imitates_builtin: q.imitates_builtin(),
                hash: q.content_hash.clone(),
                answered_against_hash: a.questionnaire.hash.clone(),
                hash_differs: !a.questionnaire.hash.is_empty()
                    && a.questionnaire.hash != q.content_hash,
                policy,
                layers: q.layers.clone(),
                layers_label: explain::layers(q),
            },
            assessment_hash: hash,
            metadata: a.metadata.clone(),
            status,
            tier: e.tier,
            tier_label: explain::tier(q, e.tier),
            vocabulary: q.vocabulary.clone(),
            terms: Terms::of(&q.vocabulary),
            compliance,
            contradictions,
            cleared,
            verdict: explain::verdict(q, e),
            reasons: explain::tier_reasons(q, e),
            prohibitions,
            screened_all_by,
            consequential,
            score,
            requirements,
            safeguards,
            gaps,
            remediation,
            sections,
            not_counted,
            noted,
            answers_by_id,
            answers_by_role,
            signoffs,
            disclaimer,
        }
    }

    /// The current sign-offs (those whose hash matches the answers as they are now).
    pub fn current_signoffs(&self) -> impl Iterator<Item = &SignOffRow> {
        self.signoffs.iter().filter(|s| s.current)
    }
}

/// What one answer does, in plain words, for the question-by-question listing.
fn effect_lines(
    q: &Questionnaire,
    question: &crate::questionnaire::Question,
    answer: &crate::answer::Answer,
    contributions: &[&engine::Contribution],
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |line: String| {
        if !out.contains(&line) {
            out.push(line);
        }
    };
    let effects: Vec<_> = engine::answer_effects(question, answer);
    for (_, fx) in &effects {
        for line in explain::effects(q, fx) {
            // Safeguards shown in place are listed after the risk points.
            if !line.starts_with("shows ") {
                add(line);
            }
        }
    }
    // Risk as the engine counted it for this question (options of one answer may combine).
    let mut by_factor: Vec<(&str, u32)> = Vec::new();
    for c in contributions.iter().filter(|c| c.question == question.id) {
        match by_factor.iter_mut().find(|(f, _)| *f == c.factor) {
            Some((_, p)) => *p += c.points,
            None => by_factor.push((&c.factor, c.points)),
        }
    }
    for (factor, points) in by_factor {
        add(explain::risk(q, factor, points));
    }
    for (_, fx) in &effects {
        for line in explain::effects(q, fx) {
            if line.starts_with("shows ") {
                add(line);
            }
        }
    }
    out
}

/// Text from the assessment as written; blank text (only spaces and line breaks) is none.
fn exact(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        text.to_string()
    }
}
