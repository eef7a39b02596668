//! The Report model: everything any report format shows, built once from the questionnaire,
//! the assessment and `engine::evaluate`. Markdown and the information-request response render
//! it through templates; TOML and JSON are its serde serialisations; CSV reads its safeguards.
//!
//! Only ordered collections (Vec, BTreeMap) appear here, and nothing reads the clock, so the
//! same inputs always give the same report.
//!
//! Just over 600 lines on purpose: `Report::from_evaluation` builds every section from lookups
//! it makes once (by id, by question, in asking order: a search per row made reports cubic,
//! issue 7), and its sections share them. The types are in `rows`, the sections that need no
//! shared lookup in `sections`.

use crate::assessment::{Assessment, Metadata, SafeguardStatus};
use crate::engine::{
    self, Binding, Evaluation, ProhibitionStatus, RequirementState, SafeguardResult, StatusSource,
};
use crate::explain;
use crate::questionnaire::{Applies, Basis, Obligation, Question, Questionnaire, Tier};
use foldhash::{HashMap, HashMapExt, HashSet};
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// The day the result was judged as of (`--today`, else the day the report was made;
    /// empty when built without one): evidence that expires, review dates and plan target dates
    /// read differently on a later day, so both documents state it (a compliance review found
    /// two reports of the same file that differed and said nothing of why).
    pub judged_on: String,
    pub questionnaire: QuestionnaireInfo,
    /// SHA-256 of the canonical answers, notes and safeguard status (`Assessment::answers_hash`).
    pub assessment_hash: String,
    pub metadata: Metadata,
    pub status: Status,
    /// prohibited, high, medium or low.
    pub tier: Tier,
    /// The tier in the questionnaire's words.
    pub tier_label: String,
    /// With a consequential decision to be confirmed, what the tier would be once it is
    /// ([`explain::tier_in_doubt`]); empty otherwise.
    pub tier_in_doubt: String,
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
    /// The remediation plan: each gap above, then each other safeguard this use requires that
    /// the file records a plan for (recorded planned while the answers say it is in place, so to
    /// be confirmed), then each safeguard this use does not require that the team has planned
    /// anyway, with its owner and target date.
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
    /// Rejections and requests for changes of earlier answers that another reviewer's approval
    /// of the changed answers lifted, in words (`explain::lifted_objection`): named, not
    /// counted among the stale sign-offs (a review saw a rejection folded into "2 earlier
    /// sign-offs ... are STALE").
    pub lifted_objections: Vec<String>,
    pub disclaimer: String,
}

/// What a report reads of the file alone and of the questionnaire alone, found before the
/// evaluation is done: the answers' hash, and what each question screens for.
struct Ahead<'q> {
    hash: crate::assessment::AnswersHashes,
    screening: foldhash::HashMap<&'q str, std::collections::BTreeSet<&'q str>>,
}

impl Report {
    /// Builds the report for an assessment against a questionnaire.
    pub fn build(q: &Questionnaire, a: &Assessment) -> Report {
        Self::build_on(q, a, None)
    }

    /// [`Report::build`] as of `today`: see [`crate::report::render_on`].
    pub fn build_on(q: &Questionnaire, a: &Assessment, today: Option<&str>) -> Report {
        Self::build_for(q, a, today, &|_| true)
    }

    /// [`Report::build_on`] with only the answer lists `need` names (`sections`, `noted`,
    /// `not_counted`, `answers_by_id`, `answers_by_role`) filled in; the others are left empty.
    /// For a format that reads only some: each lists every answer, and at 10,000 questions
    /// building the unread ones was a tenth of the Markdown report (issue 7).
    pub fn build_for(
        q: &Questionnaire,
        a: &Assessment,
        today: Option<&str>,
        need: &dyn Fn(&str) -> bool,
    ) -> Report {
        // The answers' hash reads only the file: for a large one it is worked out on a second
        // thread while the answers are judged (a twentieth of a report at 10,000 questions,
        // issue 7); for a small one a thread would cost more than it saves.
        if a.answers.len() + a.notes.len() < 1_000 {
            let e = engine::evaluate_on(q, a, today);
            return Self::from_evaluation_for(q, a, &e, today, need, None);
        }
        // So is what each question screens for, which reads only the questionnaire.
        let (e, ahead) = std::thread::scope(|t| {
            let ahead = std::thread::Builder::new()
                .spawn_scoped(t, || Ahead {
                    hash: a.signoff_hashes(q),
                    screening: q.screening(),
                })
                .ok();
            let e = engine::evaluate_on(q, a, today);
            (e, ahead.and_then(|h| h.join().ok()))
        });
        Self::from_evaluation_for(q, a, &e, today, need, ahead)
    }

    /// Builds the report from an evaluation already made of the same inputs.
    pub fn from_evaluation(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Report {
        Self::from_evaluation_for(q, a, e, None, &|_| true, None)
    }

    fn from_evaluation_for(
        q: &Questionnaire,
        a: &Assessment,
        e: &Evaluation,
        today: Option<&str>,
        need: &dyn Fn(&str) -> bool,
        ahead: Option<Ahead<'_>>,
    ) -> Report {
        let sg_layer = |id: &str| q.safeguard(id).map_or(0, |x| x.layer);
        let req_layer = |id: &str| q.requirement(id).map_or(0, |x| x.layer);
        let Ahead { hash, screening } = ahead.unwrap_or_else(|| Ahead {
            hash: a.signoff_hashes(q),
            screening: q.screening(),
        });
        let section_title = |id: &str| {
            q.section(id)
                .map_or_else(|| id.to_string(), |s| s.title.to_string())
        };
        let requirement_title = |id: &str| {
            q.requirement(id)
                .map_or_else(|| id.to_string(), |r| r.title.to_string())
        };
        let prompt = |id: &str| {
            q.question(id)
                .map_or_else(|| id.to_string(), |x| x.prompt.to_string())
        };
        // Notes and evidence as written, byte for byte (the Markdown filters lay them out);
        // blank counts as none.
        let note = |id: &str| exact(a.notes.get(id).map_or("", String::as_str));
        // The answer text of a question that counts (visible and answered).
        let shown_answer = |id: &str| -> Option<String> {
            let question = q.question(id)?;
            let answer = a
                .answers
                .get(id)
                .filter(|x| engine::is_given_to(question, x))?;
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
                    id: id.to_string(),
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
                        .zip(a.answers.get(id.as_str()))
                        .map(|(question, answer)| engine::note_hint(question, answer))
                        .unwrap_or_default();
                    NoteMissing {
                        id: id.to_string(),
                        prompt: prompt(id),
                        answer: shown_answer(id).unwrap_or_default(),
                        hint,
                    }
                })
                .collect(),
        };

        // In place on evidence that lapsed or is dated later, as of the report's day: never a
        // plain "in place" (a review: a licence whose term had ended read in place, and the
        // report said there were no gaps).
        let lapsed = |s: &SafeguardResult| today.is_some_and(|t| s.evidence_lapsed(t));
        // A recommendation that is one of the guards against misuse left open reads so in every
        // row and format, not "recommended practice": one of them must be in place (a review
        // saw the one safeguard the gate failed on called a recommendation in the table, the
        // CSV and the JSON).
        let guards = e.open_guards();
        // An answer shows a safeguard as "prompt → option" in its evidence: the notes on those
        // answers go beside it.
        let answer_notes = |s: &SafeguardResult| -> Vec<AnswerNote> {
            if s.source != StatusSource::Answer {
                return Vec::new();
            }
            // Only the questions that can show it: an option that satisfies it, or its own
            // rule's. Every question for every safeguard made a report at 10,000 questions
            // quadratic (issue 7).
            let can_show: Option<Vec<&crate::questionnaire::Question>> =
                q.safeguard(&s.id).map(|def| {
                    let by_rule = def
                        .satisfied_when
                        .as_ref()
                        .map(|c| c.questions())
                        .unwrap_or_default();
                    let mut at: Vec<usize> = q
                        .questions_satisfying(&s.id)
                        .iter()
                        .map(|x| x.id.as_str())
                        .chain(by_rule)
                        .filter_map(|id| q.question_index(id))
                        .collect();
                    at.sort_unstable();
                    at.dedup();
                    at.iter().filter_map(|&i| q.questions.get(i)).collect()
                });
            let all = || q.questions.iter().collect::<Vec<_>>();
            can_show
                .unwrap_or_else(all)
                .into_iter()
                .filter_map(|x| {
                    let note = note(&x.id);
                    (!note.trim().is_empty() && s.evidence.contains(&format!("{} → ", x.prompt)))
                        .then(|| AnswerNote {
                            prompt: x.prompt.to_string(),
                            note,
                        })
                })
                .collect()
        };
        let safeguard_row = |s: &SafeguardResult| SafeguardRow {
            id: s.id.to_string(),
            title: s.title.to_string(),
            requirement: s.requirement.to_string(),
            requirement_title: requirement_title(&s.requirement),
            clause: s.clause.to_string(),
            good: s.good.to_string(),
            required: s.required,
            why_required: explain::required_reasons(q, s, guards.get(s.id.as_str())),
            status: s.status,
            status_label: explain::safeguard_state_on_in(e, s, today),
            lapsed: lapsed(s),
            source: s.source,
            source_label: explain::source(s).to_string(),
            evidence: exact(&s.evidence),
            answer_notes: answer_notes(s),
            credit: s.credit,
            conflict: explain::conflict(q, s),
            conflict_stated: explain::conflict_for(q, s, explain::Advice::Left),
            unjustified: s.unjustified,
            basis: s.basis,
            obligation: (s.basis == Basis::Policy).then_some(s.obligation),
            against_misuse: s.basis == Basis::Practice
                && matches!(
                    guards.get(s.id.as_str()),
                    Some(engine::Guard::Misuse | engine::Guard::KeepsClear(_))
                ),
            shows_requirement: s.basis == Basis::Practice
                && matches!(
                    guards.get(s.id.as_str()),
                    Some(engine::Guard::Requirement(_))
                ),
            keeps_requirement: s.basis == Basis::Practice
                && matches!(guards.get(s.id.as_str()), Some(engine::Guard::Shows(_))),
            basis_label: explain::gap_basis(
                q,
                sg_layer(&s.id),
                s.basis,
                s.obligation,
                guards.get(s.id.as_str()),
            ),
            required_by: explain::required_by(q, sg_layer(&s.id), s.basis, &s.clause),
            reading: s.reading.to_string(),
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
                    .filter(|x| engine::is_given_to(question, x));
                Some(Shown {
                    id,
                    question,
                    given,
                    text: given.map(|x| engine::display_answer(question, x)),
                })
            })
            .collect();
        // Visible answered questions by the prohibitions they screen for, in asking order.
        let mut contributions: HashMap<&str, Vec<&engine::Contribution>> = HashMap::new();
        for c in &e.score.contributions {
            contributions
                .entry(c.question.as_str())
                .or_default()
                .push(c);
        }
        let notes_missing: HashSet<&str> = e.notes_missing.iter().map(|s| s.as_str()).collect();
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
                id: question.id.to_string(),
                prompt: question.prompt.to_string(),
                clause: question.clause.to_string(),
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
        // Asked once each: `need` may search a template's text.
        let (need_sections, need_not_counted, need_by_id, need_by_role) = (
            need("sections"),
            need("not_counted"),
            need("answers_by_id"),
            need("answers_by_role"),
        );
        let need_any_section = need_sections || need("noted");
        // For the noted answers alone (the information request), only the rows `noted` keeps
        // are built: building every answer's row to keep a few was half that report's model
        // at 10,000 questions (issue 7).
        let row_needed =
            |row: &Shown| need_sections || (row.given.is_some() && !note(row.id).is_empty());
        let build_rows = || {
            let mut sections: Vec<SectionAnswers> = q
                .sections
                .iter()
                .filter(|_| need_any_section)
                .map(|s| SectionAnswers {
                    id: s.id.to_string(),
                    title: s.title.to_string(),
                    intro: s.intro.to_string(),
                    questions: visible_in
                        .get(s.id.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|row| row_needed(row))
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
            if !need_sections {
                sections.clear();
            }
            (sections, noted)
        };
        // The answers' rows are a third of the model at 10,000 questions (issue 7): for a long
        // assessment they are built on a second thread while the rest of the model is.
        std::thread::scope(|t| {
            let rows = (shown.len() >= 1_000)
                .then(|| std::thread::Builder::new().spawn_scoped(t, build_rows).ok())
                .flatten();
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
                    question: question.id.to_string(),
                    prompt: question.prompt.to_string(),
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
                    let unguarded = e.unguarded_concerns();
                    let screened_by: Vec<AnswerRef> =
                        screened.get(p.id.as_str()).cloned().unwrap_or_default();
                    let against: Vec<&SafeguardResult> = q
                        .safeguards
                        .iter()
                        .filter(|s| {
                            s.required_when
                                .as_ref()
                                .is_some_and(|c| c.mentions_concern(&p.id))
                        })
                        .filter_map(|s| result(&s.id))
                        .collect();
                    // An answer that says a safeguard against this use is there ("we keep the
                    // signed records", "only their own face, checked") keeps it clear; while the
                    // file does not back that answer, "clear" is not shown (a review saw it beside
                    // consent records with no evidence). Safeguards that cite the use's clause count
                    // too: weapon control shows "a human authorises every use of lethal force", and
                    // no concern requires it.
                    let unbacked = e.unbacked(p, today);
                    // Against a concern, only the safeguards that count against it: a response to
                    // AWS listed filters and a risk assessment beside "none of ... is in place" (a
                    // review).
                    let safeguards = against
                        .iter()
                        .filter(|s| {
                            p.status != ProhibitionStatus::Concern || s.against.contains(&p.id)
                        })
                        .map(|s| SafeguardBrief {
                            id: s.id.to_string(),
                            title: s.title.to_string(),
                            required: s.required,
                            status: s.status,
                            status_label: explain::safeguard_state(s),
                            evidence: exact(&s.evidence),
                        })
                        .collect();
                    let in_words =
                        p.status != ProhibitionStatus::Confirmed && e.described_in_words(&p.id);
                    // The screening answers a contradiction says may be wrong, as they read.
                    let doubted = e.doubted(p);
                    let doubted_by: Vec<AnswerRef> = screened_by
                        .iter()
                        .filter(|r| doubted.iter().any(|d| **d == r.question))
                        .cloned()
                        .collect();
                    // A question that screens for it not answered yet, and no other reason to
                    // confirm it: its "clear" waits on that answer.
                    let unanswered_by: Vec<String> = if e.unanswered.is_empty() {
                        Vec::new()
                    } else {
                        explain::unanswered_screens_in(q, &screening, e, p, today)
                            .iter()
                            .map(|x| x.prompt.to_string())
                            .collect()
                    };
                    let kept_hidden: Vec<AnswerRef> = refs(
                        &e.hidden_prohibits
                            .iter()
                            .filter(|h| h.prohibition == p.id)
                            .map(|h| h.reason.clone())
                            .collect::<Vec<_>>(),
                    );
                    ProhibitionRow {
                        id: p.id.to_string(),
                        title: p.title.to_string(),
                        summary: entry
                            .map(|x| x.summary.clone())
                            .unwrap_or_default()
                            .to_string(),
                        clause: p.clause.to_string(),
                        status: match p.status {
                            ProhibitionStatus::Clear
                                if !kept_hidden.is_empty()
                                    || unbacked.is_some()
                                    || !doubted.is_empty()
                                    || !unanswered_by.is_empty() =>
                            {
                                ProhibitionState::ToBeConfirmed
                            }
                            ProhibitionStatus::Clear | ProhibitionStatus::Concern if in_words => {
                                ProhibitionState::ToBeConfirmed
                            }
                            ProhibitionStatus::Clear => ProhibitionState::Clear,
                            ProhibitionStatus::Concern => ProhibitionState::Concern,
                            ProhibitionStatus::Confirmed => ProhibitionState::Confirmed,
                        },
                        status_label: explain::prohibition_state_waiting(
                            e,
                            p,
                            today,
                            unanswered_by.len(),
                        ),
                        guarded: p.status == ProhibitionStatus::Concern
                            && !in_words
                            && !unguarded.iter().any(|(u, _)| u.id == p.id),
                        kept_hidden,
                        in_words,
                        doubted_by,
                        unanswered_by,
                        unbacked_by: match (p.status, unbacked) {
                            (ProhibitionStatus::Clear, Some(s)) => s.title.to_string(),
                            _ => String::new(),
                        },
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
                to_confirm: explain::consequential_doubts(q, e, explain::DoubtWords::Full),
                unanswered: e
                    .unanswered
                    .iter()
                    .filter_map(|id| q.question(id))
                    .filter(|x| x.options.iter().any(|o| !o.effects.categories.is_empty()))
                    .map(|x| x.prompt.to_string())
                    .collect(),
                categories: q
                    .categories
                    .iter()
                    .map(|c| {
                        let found = e.categories.iter().find(|f| f.id == c.id);
                        CategoryRow {
                            id: c.id.to_string(),
                            title: c.title.to_string(),
                            summary: c.summary.to_string(),
                            clause: c.clause.to_string(),
                            marked: found.is_some(),
                            marked_by: found.map(|f| refs(&f.raised_by)).unwrap_or_default(),
                            floor: q.category_floor(&c.id),
                            floor_label: explain::tier(q, q.category_floor(&c.id)),
                            reading: c.reading.to_string(),
                        }
                    })
                    .collect(),
            };

            let score = score_report(q, e);

            let needs_one_of = |id: &str, title: &str| matches!(guards.get(id), Some(engine::Guard::Requirement(t)) if t.as_str() == title);
            let requirements = e
                .requirements
                .iter()
                .map(|r| RequirementRow {
                    id: r.id.to_string(),
                    title: r.title.to_string(),
                    summary: q
                        .requirement(&r.id)
                        .map(|x| x.summary.clone())
                        .unwrap_or_default()
                        .to_string(),
                    clause: r.clause.to_string(),
                    scope: q.requirement(&r.id).map_or(Applies::Always, |x| x.applies),
                    applies: r.applies,
                    in_doubt: r.in_doubt,
                    why: explain::applies_because(q, r),
                    safeguards: r.safeguards.iter().map(String::from).collect(),
                    met: (!matches!(
                        r.state,
                        RequirementState::DoesNotApply | RequirementState::NotApplicable
                    ))
                    .then_some(
                        explain::requirement_state_as_of(e, r, today) == RequirementState::Met,
                    ),
                    state: explain::requirement_state_as_of(e, r, today),
                    status_label: explain::requirement_state_on(e, r, today),
                    note: explain::requirement_note(q, e, r),
                    basis: r.basis,
                    obligation: (r.basis == Basis::Policy).then_some(r.obligation),
                    // Beside "nothing is required for this use", a bare "required by the policy"
                    // read as an obligation of this use (a reports review).
                    basis_label: {
                        let label = explain::basis_of(q, req_layer(&r.id), r.basis, r.obligation);
                        if r.applies && !r.in_doubt {
                            label
                        } else {
                            format!("{label} where it applies")
                        }
                    },
                    required_by: explain::required_by(q, req_layer(&r.id), r.basis, &r.clause),
                    // How raia reads the policy's words, where they bind this use: beside a
                    // recommendation it read as a rule the verdict broke (a reports review).
                    reading: if r.basis == Basis::Policy && r.applies {
                        r.reading.to_string()
                    } else {
                        String::new()
                    },
                    recommendations: r
                        .recommendations
                        .iter()
                        .filter(|id| !needs_one_of(id, &r.title))
                        .map(String::from)
                        .collect(),
                    needs_one_of: r
                        .safeguards
                        .iter()
                        .filter(|id| needs_one_of(id, &r.title))
                        .map(String::from)
                        .collect(),
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
            // Counted by what a reviewer reads, not by what the file records: a dashboard read
            // "20 of 20 in place" off a status the answers contradict (a reports review). Each
            // required safeguard falls in exactly one bucket.
            let count = |pick: &dyn Fn(&engine::SafeguardResult) -> bool| {
                e.safeguards
                    .iter()
                    .filter(|s| s.required && pick(s))
                    .count()
            };
            let clear = |s: &engine::SafeguardResult| s.conflicts.is_empty();
            let lapsed = |s: &engine::SafeguardResult| today.is_some_and(|t| s.evidence_lapsed(t));
            let unsupported = |s: &engine::SafeguardResult| match s.status {
                SafeguardStatus::InPlace => s.unjustified || lapsed(s),
                SafeguardStatus::NotApplicable => s.unjustified,
                _ => false,
            };
            let recorded = |st: SafeguardStatus| {
                move |s: &engine::SafeguardResult| s.status == st && clear(s) && !unsupported(s)
            };
            let safeguards = Safeguards {
                counts: SafeguardCounts {
                    required: required.len(),
                    in_place: count(&recorded(SafeguardStatus::InPlace)),
                    planned: count(&recorded(SafeguardStatus::Planned)),
                    missing: count(&|s| recorded(SafeguardStatus::Missing)(s) && !s.answer_pending),
                    not_applicable: count(&recorded(SafeguardStatus::NotApplicable)),
                    not_shown_yet: count(&|s| {
                        recorded(SafeguardStatus::Missing)(s) && s.answer_pending
                    }),
                    to_be_confirmed: count(&|s| !clear(s)),
                    unsupported: count(&|s| clear(s) && unsupported(s)),
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
                        safeguard: s.id.to_string(),
                        title: s.title.to_string(),
                        status: s.status,
                        status_label: explain::safeguard_state(s),
                        basis: s.basis,
                        basis_label: explain::gap_basis(
                            q,
                            sg_layer(&s.id),
                            s.basis,
                            s.obligation,
                            guards.get(s.id.as_str()),
                        ),
                        required_by: explain::required_by(q, sg_layer(&s.id), s.basis, &s.clause),
                        change: what_if
                            .map(|w| explain::what_if(q, e, w))
                            .unwrap_or_default(),
                        requirement: s.requirement.to_string(),
                        requirement_title: requirement_title(&s.requirement),
                        clause: s.clause.to_string(),
                        good: s.good.to_string(),
                        why_required: explain::required_reasons(q, s, guards.get(s.id.as_str())),
                        credit: s.credit,
                        lowers_score: what_if.is_some_and(|w| w.score_after < e.score.total),
                        score_after: what_if.map(|w| w.score_after),
                        tier_after: what_if.map(|w| w.tier_after),
                        plan: {
                            let p = plan_of(&s.id);
                            explain::plan(s, &p.owner, &p.target, today)
                        },
                    }
                })
                .collect();

            let plan_row = |s: &SafeguardResult, gap: bool| {
                let p = plan_of(&s.id);
                PlanRow {
                    safeguard: s.id.to_string(),
                    title: s.title.to_string(),
                    status: s.status,
                    status_label: explain::plan_state(s),
                    required: s.required,
                    gap,
                    // Whose rule it is: a reports review read an overlay's own register entry as
                    // "required by the policy" in the plan sent to AWS.
                    basis_label: explain::gap_basis(
                        q,
                        sg_layer(&s.id),
                        s.basis,
                        s.obligation,
                        guards.get(s.id.as_str()),
                    ),
                    plan: explain::plan(s, &p.owner, &p.target, today),
                    target_passed: explain::target_passed(&p.target, today),
                    owner: p.owner,
                    target: p.target,
                    missing: explain::good_in_short(&s.good),
                }
            };
            // Every plan the file records goes in: a safeguard recorded planned that is no gap
            // (the answers say it is in place, so it is to be confirmed) kept its owner and target
            // date out of every report (a compliance review), as did a plan recorded beside a status
            // the answers contradict.
            let in_gaps: HashSet<&str> = e.gaps.iter().map(|id| id.as_str()).collect();
            let recorded_plan = |s: &&SafeguardResult| {
                !in_gaps.contains(s.id.as_str())
                    && (s.status == SafeguardStatus::Planned
                        || s.is_contradicted() && {
                            let p = plan_of(&s.id);
                            !p.owner.trim().is_empty() || !p.target.trim().is_empty()
                        })
            };
            let remediation: Vec<PlanRow> = e
                .gaps
                .iter()
                .filter_map(|id| result(id))
                .map(|s| plan_row(s, true))
                .chain(
                    e.safeguards
                        .iter()
                        .filter(|s| s.required)
                        .filter(recorded_plan)
                        .map(|s| plan_row(s, false)),
                )
                .chain(
                    e.safeguards
                        .iter()
                        .filter(|s| !s.required)
                        .filter(recorded_plan)
                        .map(|s| plan_row(s, false)),
                )
                .collect();
            let (sections, noted) = match rows {
                Some(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                None => build_rows(),
            };
            let not_counted = e
                .hidden_answered
                .iter()
                .filter(|_| need_not_counted)
                .filter_map(|id| {
                    let question = q.question(id)?;
                    let given = a
                        .answers
                        .get(id.as_str())
                        .filter(|x| engine::is_given_to(question, x));
                    let text = given.map(|x| engine::display_answer(question, x));
                    Some(question_answer(question, given, text, false))
                })
                .collect();
            let mut answers_by_id: BTreeMap<String, AnswerEntry> = shown
                .iter()
                .filter(|_| need_by_id || need_by_role)
                // For the answers by role alone, only the questions that declare one.
                .filter(|row| need_by_id || row.question.role.is_some())
                .filter_map(|row| {
                    let answer = row.text.clone()?;
                    Some((
                        row.id.to_string(),
                        AnswerEntry {
                            prompt: row.question.prompt.to_string(),
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
                    answers_by_id
                        .get(x.id.as_str())
                        .map(|a| (role.to_string(), a.clone()))
                })
                .collect();
            if !need_by_id {
                answers_by_id.clear();
            }

            let signoffs = a
                .signoff
                .iter()
                .map(|s| {
                    let current = s.is_current(&hash);
                    let refused = current
                        .then(|| crate::portfolio::approval_refused(q, a, e, s))
                        .flatten();
                    SignOffRow {
                        name: s.name.clone(),
                        role: s.role.clone(),
                        date: s.date.clone(),
                        decision: s.decision.map_or_else(String::new, |d| d.to_string()),
                        decision_words: s
                            .decision
                            .map_or_else(String::new, |d| d.label().to_string()),
                        comment: s.comment.clone(),
                        assessment_hash: s.assessment_hash.clone(),
                        current,
                        valid: refused.is_none(),
                        state: match (&refused, current) {
                            (Some(why), _) => format!("NOT VALID: {why}"),
                            (None, true) => "current".to_string(),
                            (None, false) => "STALE".to_string(),
                        },
                        refused: refused.unwrap_or_default(),
                    }
                })
                .collect();

            let policy = PolicyInfo {
                name: q.policy.name.to_string(),
                date: q.policy.date.to_string(),
                url: q.policy.url.to_string(),
            };
            let binding = Binding::of(q, a);
            let compliance = compliance(q, a, e, today);
            let contradictions = e
                .contradictions
                .iter()
                .map(|c| ContradictionRow {
                    id: c.id.to_string(),
                    message: c.message.to_string(),
                    answers: c.answers.clone(),
                    // Only those this use calls for: a tenant-screening tool's nominal review named
                    // "Professional oversight of advice" too (a new user's trial).
                    blocks: c
                        .blocks
                        .iter()
                        .filter(|b| e.safeguard(b).is_none_or(|r| r.required))
                        .map(|b| {
                            q.safeguard(b)
                                .map_or_else(|| b.to_string(), |s| s.title.to_string())
                        })
                        .collect(),
                    judgement: c.judgement,
                })
                .collect();
            let cleared = e
                .cleared
                .iter()
                .map(|c| ClearedRow {
                    id: c.id.to_string(),
                    title: c.title.to_string(),
                    raised_by: refs(&c.raised_by),
                    cleared_by: refs(&c.cleared_by),
                })
                .collect();
            let disclaimer = q.vocabulary.disclaimer.to_string();
            Report {
                schema_version: REPORT_SCHEMA_VERSION,
                generator: format!("raia {}", env!("CARGO_PKG_VERSION")),
                judged_on: today.unwrap_or_default().to_string(),
                questionnaire: QuestionnaireInfo {
                    id: q.id.to_string(),
                    version: q.version.to_string(),
                    title: q.title.to_string(),
                    source: q.source.clone(),
                    binding,
                    binding_message: explain::binding(q, a, binding).unwrap_or_default(),
                    binding_label: explain::binding_label(binding).to_string(),
                    imitates_builtin: q.imitates_builtin(),
                    hash: q.content_hash.clone(),
                    answered_against_hash: a.questionnaire.hash.clone(),
                    hash_differs: !a.questionnaire.hash.is_empty()
                        && a.questionnaire.hash != q.content_hash,
                    policy,
                    layers: q.layers.clone(),
                    layers_label: explain::layers(q),
                    reworded_help: q
                        .questions
                        .iter()
                        // Reworded, or written with a question the overlay adds: an overlay's own
                        // question in a base section reached the people answering as well (a
                        // hostile review's said "insurance is not a decision area").
                        // Its own questions with or without help: their prompts reached the people
                        // answering too (a later review's said which answer Group Legal wanted).
                        .filter(|x| x.help_layer > 0 || x.layer > 0)
                        .map(|x| RewordedHelp {
                            question: x.id.to_string(),
                            prompt: x.prompt.to_string(),
                            by: q
                                .layers
                                .get(if x.help_layer > 0 {
                                    x.help_layer
                                } else {
                                    x.layer
                                })
                                .map_or_else(String::new, |l| l.title.clone()),
                            help: x.help.to_string(),
                        })
                        .collect(),
                },
                assessment_hash: hash.spaced,
                metadata: a.metadata.clone(),
                status,
                tier: e.tier,
                tier_label: explain::tier(q, e.tier),
                tier_in_doubt: explain::tier_in_doubt(q, e).unwrap_or_default(),
                vocabulary: q.vocabulary.clone(),
                terms: Terms::of(&q.vocabulary),
                compliance,
                contradictions,
                cleared,
                verdict: explain::verdict(q, e, today),
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
                lifted_objections: e
                    .lifted_objections
                    .iter()
                    .map(crate::explain::lifted_objection)
                    .collect(),
                disclaimer,
            }
        })
    }

    /// The current sign-offs (those whose hash matches the answers as they are now).
    pub fn current_signoffs(&self) -> impl Iterator<Item = &SignOffRow> {
        self.signoffs.iter().filter(|s| s.current)
    }
}

/// Text from the assessment as written; blank text (only spaces and line breaks) is none.
fn exact(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        text.to_string()
    }
}

mod rows;
mod sections;

pub use rows::*;
pub(crate) use sections::*;
