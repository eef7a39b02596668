//! The report model's types: every section and row a template, the JSON and the TOML report read. Field names are the reports' schema (REPORT_SCHEMA_VERSION).

use super::*;

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
    pub(crate) fn of(v: &crate::questionnaire::Vocabulary) -> Self {
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
    /// One sentence on compliance with the policy's words (policy-basis items only), an
    /// overlay's rules included.
    pub statement: String,
    /// The same against the base policy alone: equal to `statement` without an overlay. The
    /// response to AWS leads with it, so an overlay's own open item does not read as doubt
    /// about the policy.
    pub policy_statement: String,
    /// With an overlay whose rules change the statement: what they add, in a sentence of its
    /// own; empty otherwise.
    pub rules_statement: String,
    /// The statement of intent says no prohibited use is intended or possible for users, and
    /// the answers leave misuse open: the response marks the statement as not borne out, rather
    /// than send AWS a claim its own findings refute (a review).
    pub intent_not_borne_out: bool,
    /// What the answers show against that statement, in words: a prohibited use recorded, one
    /// to be confirmed, misuse left open. Empty unless `intent_not_borne_out`.
    pub intent_against: String,
    /// Required safeguards the policy's words make non-compliance when missing ("must").
    pub policy_gaps: Vec<String>,
    /// Required safeguards the policy's words require that nothing records and only a question
    /// still unanswered could show: not shown yet, and no breach until it is answered.
    pub not_shown_yet: Vec<String>,
    /// Required safeguards the policy says should be in place, not shown.
    pub should_gaps: Vec<String>,
    /// Required safeguards against misuse the answers show possible, none of which is in place:
    /// each is recommended, but one of them must be in place (the gate fails until it is).
    pub misuse_guards: Vec<String>,
    /// Recommended safeguards one of which must be in place to show a policy requirement met
    /// that the answers leave to be confirmed (safeguards specific to the use case).
    pub requirement_guards: Vec<String>,
    /// Required safeguards the questionnaire recommends, not in place: never a breach. Those in
    /// `misuse_guards` or `requirement_guards` are not repeated here.
    pub recommendations: Vec<String>,
    /// Those of `recommendations` that nothing records while a question that could show them is
    /// still unanswered: not shown yet, as the counts say.
    pub recommendations_not_shown_yet: Vec<String>,
    /// Safeguards whose status the answers contradict: neither in place nor a gap until
    /// confirmed.
    pub to_confirm: Vec<String>,
    /// Misuse the answers show possible with no safeguard against it in place, in words; empty
    /// when every concern is guarded. Set beside a statement of intent, which it can belie.
    pub misuse_left_open: String,
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
    /// raia's judgement on what the answers add up to, not answers at odds.
    pub judgement: bool,
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
    /// bound, unbound, changed or superseded: whether the assessment records this exact text.
    pub binding: Binding,
    /// What to do when it is not bound, in words; empty when it is.
    pub binding_message: String,
    /// What the notice of `binding_message` is headed ("Not bound to these rules", "Older
    /// rules").
    pub binding_label: String,
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
    /// The questions whose help an overlay wrote or reworded (its own questions, and
    /// `[[amend]] help`), in asking order: what the people answering were told by it.
    pub reworded_help: Vec<RewordedHelp>,
}

/// A question's help as an overlay reworded it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RewordedHelp {
    pub question: String,
    pub prompt: String,
    /// The title of the layer that reworded it.
    pub by: String,
    pub help: String,
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

/// A note on an answer, beside what the answer shows: the question's prompt and the note as
/// written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerNote {
    pub prompt: String,
    pub note: String,
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
    /// clear, concern, confirmed, or to-be-confirmed (only an answer kept for a hidden question
    /// records it, or it is clear only through a safeguard the file does not back).
    pub status: ProhibitionState,
    pub status_label: String,
    /// A concern with a safeguard against it in place: the summary says it is guarded rather
    /// than one "safeguards must address" (a review of honest teams read a guarded triage chat
    /// as open under the prohibitions).
    pub guarded: bool,
    pub confirmed_by: Vec<AnswerRef>,
    pub concerns: Vec<AnswerRef>,
    /// Visible answered questions that screen for this prohibition, whatever they answered.
    pub screened_by: Vec<AnswerRef>,
    /// `screened_by` without the answers in `Report::screened_all_by`.
    pub screened_by_own: Vec<AnswerRef>,
    /// Answers kept for questions the other answers now hide that would confirm this use: it
    /// is to be confirmed, never "clear" (`status_label` says so).
    pub kept_hidden: Vec<AnswerRef>,
    /// The file's own words (a text answer or a note) describe this use while no answer
    /// confirms it: to be confirmed (the contradiction `words-describe-ID` says where).
    pub in_words: bool,
    /// Clear, but the screening answers that rule it out include ones a contradiction says may
    /// be wrong in a way that would raise it: to be confirmed.
    pub doubted_by: Vec<AnswerRef>,
    /// Clear with no other reason to confirm it, while a visible question that screens for it
    /// is not answered yet (their prompts): to be confirmed.
    pub unanswered_by: Vec<String>,
    /// A safeguard against this use that an answer says is there and the file does not back
    /// (no evidence, or recorded missing): the answers keep the use clear only through it, so
    /// it is to be confirmed (its title; empty when none).
    pub unbacked_by: String,
    /// Safeguards the questionnaire asks for when this concern is raised.
    pub safeguards: Vec<SafeguardBrief>,
}

/// Where a report leaves a prohibited use: the engine's finding, and besides "to be confirmed"
/// when only an answer kept for a hidden question records it. Tools read the status alone, so
/// it must never say "clear" then (a JSON reader did, where the label said otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProhibitionState {
    Clear,
    Concern,
    Confirmed,
    ToBeConfirmed,
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
    /// The questions that mark a category, shown and not answered yet, by their prompts: with
    /// none marked, "no consequential decision" waits on them (a team review saw an
    /// information-request response say none was found with the question unanswered).
    pub unanswered: Vec<String>,
    /// Answers kept for hidden questions that would mark a category nothing visible marks, in
    /// words: until one side is corrected, "no consequential decision" is not a finding.
    pub to_confirm: Vec<String>,
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
    /// What the safeguards' points are, in words: "for safeguards in place", and whether that is
    /// the most they can take off (as every mode words it).
    pub mitigation_words: &'static str,
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
    /// A consequential decision would bring it, and the answers leave one to be confirmed.
    pub in_doubt: bool,
    pub why: String,
    /// Required safeguards under this requirement.
    pub safeguards: Vec<String>,
    /// True only when the answers show it met; false when it applies and is not shown; none
    /// (null in JSON, left out of TOML) when nothing is required, so no script counts a
    /// requirement that does not apply as unmet (a review read `false` there as a breach).
    pub met: Option<bool>,
    pub state: RequirementState,
    /// The state in words: "met", "not met", "to be confirmed", "nothing is required for this
    /// use", ...
    pub status_label: String,
    /// Why it is to be confirmed, when it is.
    pub note: String,
    pub basis: Basis,
    /// The policy's word, "must" or "should"; none for a recommendation, which the policy does
    /// not word at all (a review saw tools read "must" on every recommended practice).
    #[serde(serialize_with = "policy_word")]
    pub obligation: Option<Obligation>,
    /// "required by the policy", "the policy says it should be done", "recommended practice".
    pub basis_label: String,
    /// For a requirement an overlay added: "required by: <layer title>, <clause>".
    pub required_by: String,
    pub reading: String,
    /// Recommended safeguards under it still open (ids): never a breach. Those in
    /// `needs_one_of` are not repeated here.
    pub recommendations: Vec<String>,
    /// While the answers leave it to be confirmed: the safeguards under it one of which must be
    /// in place to show it met (ids). A review saw them listed as mere recommendations of a
    /// requirement the gate failed on.
    pub needs_one_of: Vec<String>,
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
    /// Recorded or shown in place, with nothing against it.
    pub in_place: usize,
    pub planned: usize,
    /// Nothing shows it, and every question that could is answered.
    pub missing: usize,
    pub not_applicable: usize,
    /// Nothing shows it yet, while a question that could is unanswered.
    pub not_shown_yet: usize,
    /// A status the answers contradict, whatever the file records.
    pub to_be_confirmed: usize,
    /// Recorded in place or not applicable without the evidence or reason it needs, or in
    /// place on evidence that has lapsed.
    pub unsupported: usize,
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
    /// it, "not shown to be not applicable: no reason given" when no reason is given.
    pub status_label: String,
    /// assessment, answer or default.
    pub source: StatusSource,
    pub source_label: String,
    pub evidence: String,
    /// The team's notes on the answers that show it in place: a note may qualify or contradict
    /// the option picked, and a reviewer must read the two together (a hostile review saw
    /// "in place" beside an option, with the note that said reviewers overturn nothing only in
    /// the appendix).
    pub answer_notes: Vec<AnswerNote>,
    pub credit: u32,
    /// Why the answers contradict the status, in words ("" when they do not), with what the team
    /// should do about it in brackets.
    pub conflict: String,
    /// The same disagreement stated alone, without what the team should do about it: the
    /// response to AWS gives this (a compliance review read the team's to-do list in it).
    pub conflict_stated: String,
    pub unjustified: bool,
    /// In place on evidence that has expired, or is dated after the day of the report (only
    /// when the report is made as of a day): `status_label` says which.
    pub lapsed: bool,
    pub basis: Basis,
    /// The policy's word, "must" or "should"; none for a recommendation, which the policy does
    /// not word at all (a review saw tools read "must" on every recommended practice).
    #[serde(serialize_with = "policy_word")]
    pub obligation: Option<Obligation>,
    /// One of the recommended safeguards against a misuse the answers leave open: one of them
    /// must be in place, as the policy forbids allowing such uses.
    pub against_misuse: bool,
    /// One of the recommended safeguards one of which must be in place to show its requirement
    /// (`requirement`) met, which the answers leave to be confirmed ("safeguards specific to the
    /// use case"): a review saw these rows read as plain recommendations in the CSV.
    pub shows_requirement: bool,
    /// A recommended safeguard in place that shows a requirement of the policy met: one such
    /// safeguard must stay in place (`basis_label` says which requirement). Counted apart in the
    /// report's summary, where "0 required" read as if nothing the policy requires rested on it.
    pub keeps_requirement: bool,
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
    /// Whether this use requires it, or the team plans it beyond what is required.
    pub required: bool,
    /// One of the gaps (missing, planned, or not applicable with no reason): false for a plan
    /// recorded beside a status to be confirmed, and for one beyond what is required.
    pub gap: bool,
    /// For a safeguard this use calls for: "required by the policy", "the policy says it should
    /// be done" or "recommended practice".
    pub basis_label: String,
    /// Who is to put it in place ("" when the assessment names no one).
    pub owner: String,
    /// By when, YYYY-MM-DD ("" when no date is set).
    pub target: String,
    /// The target date is before the day of the report.
    pub target_passed: bool,
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
    /// As the file writes it: "approved", "changes-requested" or "rejected".
    pub decision: String,
    /// In words, for people: "changes requested".
    pub decision_words: String,
    /// Why, in the reviewer's words (empty when none was given).
    pub comment: String,
    pub assessment_hash: String,
    /// The sign-off approved the answers as they are now.
    pub current: bool,
    /// False for an approval of these answers that the rules for signing refuse (a prohibited
    /// use, an incomplete or contradicted assessment), which only a hand edit can record.
    pub valid: bool,
    /// "current", "STALE", or "NOT VALID: " and why.
    pub state: String,
    /// Why the rules refuse it, when not valid; else empty.
    pub refused: String,
}

/// A visible question and its answer, looked up once while a report is built.
pub(crate) struct Shown<'a> {
    pub(crate) id: &'a crate::questionnaire::Text,
    pub(crate) question: &'a Question,
    pub(crate) given: Option<&'a crate::answer::Answer>,
    /// The answer as a person reads it, when given.
    pub(crate) text: Option<String>,
}

/// An obligation as the reports write it: the policy's word, or "" for a recommendation, the
/// same in JSON, TOML and CSV.
fn policy_word<S: serde::Serializer>(o: &Option<Obligation>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(o.map_or("", Obligation::name))
}
