//! What an evaluation finds: prohibitions, categories, contradictions, floors, the score,
//! each safeguard's result with why it is required and what contradicts it, and requirements.

use super::*;
use crate::questionnaire::Text;
/// One answer that produced an effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub question: Text,
    pub prompt: Text,
    /// The answer as a person reads it (an option label, a number with its band).
    pub answer: Text,
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
    pub id: Text,
    pub title: Text,
    pub clause: Text,
    pub status: ProhibitionStatus,
    pub confirmed_by: Vec<Reason>,
    pub concerns: Vec<Reason>,
}

/// Why a recommended safeguard is one of several, one of which must be in place
/// ([`super::Evaluation::open_guards`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Guard {
    /// Against misuse the answers leave open.
    Misuse,
    /// To show this policy requirement (its title) met.
    Requirement(Text),
    /// The prohibited use (its title) is clear only while this safeguard is in place, and the
    /// file does not show it ([`Evaluation::unbacked`]): a review saw the licence records that
    /// keep a voice clone lawful called "recommended practice" beside "to be confirmed".
    KeepsClear(Text),
    /// In place, it shows this policy requirement (its title) met, where the policy leaves the
    /// means to the team: a new-user trial read "recommended practice ... never a breach" beside
    /// the only safeguard meeting a requirement the gate fails without. Never a gap.
    Shows(Text),
}

impl Guard {
    /// Against a prohibited use (left open, or clear only while it is in place), rather than
    /// to show a requirement met.
    pub fn against_misuse(&self) -> bool {
        matches!(self, Guard::Misuse | Guard::KeepsClear(_))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryFinding {
    pub id: Text,
    pub title: Text,
    pub clause: Text,
    pub raised_by: Vec<Reason>,
    /// The tier this category sets at least.
    pub floor: Tier,
    /// How the questionnaire reads the policy more strictly here, if it does.
    pub reading: Text,
}

/// A category an answer marked and a later answer removed again (a derogation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClearedCategory {
    pub id: Text,
    pub title: Text,
    pub raised_by: Vec<Reason>,
    pub cleared_by: Vec<Reason>,
}

/// A declared contradiction that holds: answers that cannot all be true.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContradictionFinding {
    pub id: Text,
    pub message: Text,
    /// The answers that make it hold, in words.
    pub answers: String,
    /// Safeguards no answer can show in place while it holds.
    pub blocks: Vec<Text>,
    /// The questions whose answers it reads (ids), to point at them in the file.
    pub questions: Vec<Text>,
    /// It may hide a consequential decision (see [`crate::questionnaire::Contradiction`]).
    pub consequential_in_doubt: bool,
    /// raia's judgement on what the answers add up to, not two answers at odds (see
    /// [`crate::questionnaire::Contradiction`]).
    pub judgement: bool,
    /// The prohibitions it leaves in doubt, each with the question that screens for it whose
    /// answer it may correct into one that raises it: a single choice, or a "none of these"
    /// (a scorer answering "None" for personal data put its privacy row at "no answer
    /// indicates it" beside a contradiction saying that answer cannot be true). Reports say so
    /// per prohibition ([`super::Evaluation::doubted`]).
    #[serde(skip)]
    pub doubts: Vec<(Text, Text)>,
}

impl ContradictionFinding {
    /// What a judgement says, before its reasons: "The review is likely nominal". `None` for
    /// answers at odds.
    pub fn judgement_title(&self) -> Option<&str> {
        self.judgement
            .then(|| self.message.split(':').next().unwrap_or_default().trim())
    }
}

/// A floor from a condition that holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FloorFinding {
    pub tier: Tier,
    pub reason: Text,
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
    pub question: Text,
    pub answer: Text,
    pub factor: Text,
    pub points: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Credit {
    pub safeguard: Text,
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
    pub factor: Text,
    pub title: Text,
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
    /// An answer says it is there without showing it (its `claimed_when` holds): what keeps a
    /// prohibition clear may rest on it.
    #[serde(skip)]
    pub claimed: bool,
    pub id: Text,
    pub title: Text,
    pub requirement: Text,
    pub clause: Text,
    pub good: Text,
    pub required: bool,
    /// Why it is required (empty when it is not); `explain::required_because` words it.
    pub required_because: Vec<RequiredBecause>,
    pub status: SafeguardStatus,
    pub source: StatusSource,
    pub evidence: String,
    pub credit: u32,
    /// Policy: the policy's words require it for this use; practice: a recommendation.
    pub basis: Basis,
    /// How the policy words it, for a policy-basis safeguard.
    pub obligation: Obligation,
    /// How the questionnaire reads the policy more strictly here, if it does.
    pub reading: Text,
    /// Set when the answers contradict the status (recorded in place or not applicable, or
    /// shown in place by an answer that another answer contradicts), for a reviewer to
    /// reconcile; `explain::conflict` words it. Such a status is "to be confirmed": neither in
    /// place nor a gap.
    pub conflicts: Vec<Conflict>,
    /// Recorded not applicable with no reason given: it stays a gap.
    /// Also set for a status recorded in place with no evidence, when no answer shows it, and
    /// for not applicable where it cannot be ([`Self::ruled_out`]).
    pub unjustified: bool,
    /// Recorded not applicable for a use where the policy's own words require it
    /// ([`Conflict::NotApplicableUnderPolicy`], and [`Conflict::NotApplicableWhen`] where the
    /// safeguard says it never is when an answer holds), with no answer that says it is there.
    /// Not a doubt to confirm but a gap: the team says it is not there, and the use needs it (a
    /// review read "to be confirmed" and "no safeguard the policy requires is missing" beside a
    /// required bias test recorded not applicable for a lending model).
    /// `explain::safeguard_state` words it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ruled_out: Vec<Conflict>,
    /// When its evidence expires (YYYY-MM-DD, from the assessment), empty when it does not say.
    pub evidence_expires: String,
    /// `evidence_expires` is the day a condition of the approval falls due, which the evidence
    /// does not say was met ([`crate::engine::DatesIn::condition_due`]): said so, not "expired".
    #[serde(skip)]
    pub expires_on_condition: bool,
    /// The date of its evidence (YYYY-MM-DD, from the assessment), empty when it does not say.
    pub evidence_date: String,
    /// The target date of its plan (`target` in the assessment, YYYY-MM-DD), empty when none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub plan_target: String,
    /// The questionnaire layer it comes from (0: the base; an overlay's rules above it).
    #[serde(skip)]
    pub layer: usize,
    /// Required by the consequential use itself: its condition holds through a marked
    /// category, or its requirement's rule is the consequential one. Only these can show that
    /// a consequential use has safeguards specific to it.
    #[serde(skip)]
    pub for_consequential: bool,
    /// The policy's only by raia's reading for some uses (`policy_when`): such a safeguard,
    /// where the consequential use does not call for it itself, does not alone show a
    /// requirement met that the decision calls for safeguards of its own under.
    #[serde(skip)]
    pub policy_by_reading: bool,
    /// The prohibited uses raised as concerns that this safeguard is required against (its
    /// condition holds through the concern): one of them in place is what shows the system
    /// does not leave others free to use it so.
    #[serde(skip)]
    pub against: Vec<Text>,
    /// The prohibited uses this safeguard keeps clear while it is in place, whether or not
    /// they are raised: those whose clause it cites (weapon control), or whose concern its
    /// condition names (consent records). One of them to be confirmed leaves the use "clear
    /// only while ..." ([`super::Evaluation::unbacked`]).
    #[serde(skip)]
    pub guards: Vec<Text>,
    /// A safeguard the policy requires that nothing records and no answer shows yet, while a
    /// question that could show it is still unanswered: not shown yet rather than missing (a
    /// reports review read a blank question as non-compliance). Set by `settle`.
    #[serde(skip)]
    pub awaits_answer: bool,
    /// Any gap that nothing records while a question that could show it is still unanswered,
    /// whatever its basis: its state reads "not shown yet" rather than "missing" (a final sweep
    /// read robustness testing "missing" beside accuracy testing "not shown yet", both waiting
    /// on one question). Unlike `awaits_answer`, it moves no count: a recommendation stays
    /// one. Set by `settle`.
    #[serde(skip)]
    pub answer_pending: bool,
    /// The prompts of text answers that would show it but are read as showing nothing a
    /// reviewer could check (a post or a team for the owner's name, "not registered yet"):
    /// its "missing" says so, rather than leave the reader to wonder why an answered question
    /// does not count.
    #[serde(skip)]
    pub answers_show_nothing: Vec<Text>,
}

/// Why a safeguard is required for this use. The engine says which rule applied and what in
/// the answers made it apply; `explain::required_because` turns it into a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum RequiredBecause {
    /// The safeguard's own condition holds; `holding` names the answers that make it hold.
    Condition { holding: String },
    /// Its requirement applies to every use.
    EveryUse { requirement: Text },
    /// Its requirement applies to consequential decisions, and the use involves these
    /// categories (by id, in catalogue order).
    Consequential { categories: Vec<Text> },
    /// Its requirement's own condition holds.
    RequirementCondition { holding: String },
}

/// Why a requirement applies to this use, or does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "kebab-case")]
pub enum AppliesBecause {
    /// Its own rule reaches the use.
    Rule(Applies),
    /// Its rule does not reach the use, but the answers require these safeguards under it.
    SafeguardsRequired(Vec<Text>),
    /// It does not apply: its rule, which this use does not meet.
    NotApplying(Applies),
}

/// Why the answers contradict a safeguard's status. `explain::conflict` words it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Conflict {
    /// A declared contradiction that blocks this safeguard holds: its id, its message and the
    /// answers involved.
    Contradiction {
        id: Text,
        message: Text,
        answers: String,
    },
    /// Recorded in place, but the answers that could show it do not: each is a question id
    /// and its answer in words.
    InPlaceAgainstAnswers { answers: Vec<(Text, String)> },
    /// Recorded not applicable (with a reason), missing or planned, but an answer says it is
    /// in place: what the answers say, in words.
    RecordedAgainstAnswers {
        status: SafeguardStatus,
        answers: Vec<String>,
    },
    /// Recorded in place with evidence that says the work is not done ("Not performed."),
    /// while an answer says it is there: what the answers say, in words.
    EvidenceAgainstAnswers { answers: Vec<String> },
    /// Shown in place by an answer whose own words say the work was not done, is still to come,
    /// or was only a vendor's: its note, or a text answer that dates it ("Testing has not been
    /// performed yet."). What shows it, and where the words are and what they say, in words.
    WordsAgainstAnswers {
        shown: Vec<String>,
        words: Vec<String>,
    },
    /// Recorded in place, shown by no answer, while the team's own words say the work was not
    /// done: where the words are and what they say, in words.
    WordsAgainstRecord { words: Vec<String> },
    /// Recorded not applicable, but the policy's own words require it for this use.
    NotApplicableUnderPolicy,
    /// Recorded not applicable, but the safeguard says it never is when this holds.
    NotApplicableWhen { holding: String },
    /// An answer says it is there (its `claimed_when` holds), and no evidence is recorded,
    /// which is all that shows it: what holds, in words.
    ClaimedWithoutEvidence { holding: String },
    /// Recorded in place, but the answers say it is not there (its `absent_when` holds): what
    /// holds, in words.
    InPlaceButAbsent { holding: String },
    /// Shown in place by an answer, while another answer says it is not there (its
    /// `absent_when` holds): what shows it and what holds, in words (a property test found a
    /// lawful basis ticked as recorded beside "the lawful basis is not settled yet" read in
    /// place, and the same status recorded by hand read to be confirmed).
    ShownButAbsent { shown: Vec<String>, holding: String },
    /// Recorded in place on evidence that names a check which does not show it (its
    /// `weak_evidence`): the words found, and why.
    WeakEvidence { words: Text, because: Text },
    /// Recorded in place on evidence that names none of the checks that show it
    /// (`weak_evidence` with `needs_unless`), and why.
    UnnamedCheck { because: Text },
    /// Recorded in place on evidence for another version of something the answers name at
    /// another version ("MRM-CL-031 for QQ-PD v3" while the answers run QQ-PD v5): the two as
    /// written.
    OtherVersion { evidence: String, answers: String },
    /// Recorded in place on evidence that says a use or part of the system is outside what it
    /// covers ("The childcare-subsidy extension went live under the same EIA", a tenth review):
    /// its sentence, as written.
    UncoveredUse { words: String },
}

impl SafeguardResult {
    /// Whether the answers contradict its status: "to be confirmed", neither held nor a gap.
    pub fn is_contradicted(&self) -> bool {
        !self.conflicts.is_empty()
    }

    /// In doubt only because a contradiction or judgement on the answers that blocks it holds:
    /// no answer or record disagrees on its status.
    pub fn is_held_back(&self) -> bool {
        !self.conflicts.is_empty()
            && self
                .conflicts
                .iter()
                .all(|c| matches!(c, Conflict::Contradiction { .. }))
    }

    /// A required safeguard that is missing, only planned, or not applicable with no reason.
    pub fn is_gap(&self) -> bool {
        self.required
            && self.conflicts.is_empty()
            && (self.unjustified
                || matches!(
                    self.status,
                    SafeguardStatus::Missing | SafeguardStatus::Planned
                ))
    }

    /// Whether the answers support the status as it stands: in place, or not applicable with
    /// a reason, and nothing contradicts it.
    pub fn holds(&self) -> bool {
        self.conflicts.is_empty()
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

    /// A required safeguard that holds on evidence dated after `today`: evidence cannot come
    /// from a day still to come (a sixth hostile review saw it count).
    pub fn evidence_dated_later(&self, today: &str) -> bool {
        self.required
            && self.holds()
            && self.status == SafeguardStatus::InPlace
            && !self.evidence_date.is_empty()
            && self.evidence_date.as_str() > today
    }

    /// A required safeguard recorded in place whose plan still puts it in place after `today`:
    /// the file says both that it is there and that it will be by then (a review saw it pass,
    /// and the reports left the plan out).
    pub fn planned_later(&self, today: &str) -> bool {
        self.required
            && self.holds()
            && self.status == SafeguardStatus::InPlace
            && !self.plan_target.is_empty()
            && self.plan_target.as_str() > today
    }

    /// In place on evidence that has expired or is dated after `today`, or planned for a day
    /// after it: never a plain "in place" in any mode (reports, `score`, the wizard).
    pub fn evidence_lapsed(&self, today: &str) -> bool {
        self.evidence_expired(today)
            || self.evidence_dated_later(today)
            || self.planned_later(today)
    }

    /// A gap the policy's own words make non-compliance ("must"), not a recommendation.
    pub fn is_policy_gap(&self) -> bool {
        self.is_gap()
            && self.basis == Basis::Policy
            && self.obligation == Obligation::Must
            && !self.awaits_answer
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
    /// The titles of the prohibited uses confirmed, so the gate names them.
    Prohibited {
        titles: Vec<String>,
    },
    /// Questions that count left unanswered, and answers whose required note is missing (a
    /// team review read "the assessment is incomplete" with no word of how much, or where).
    Incomplete {
        unanswered: usize,
        notes: usize,
    },
    /// Required system details left blank (their labels): no system name or accountable team is
    /// no assessment to sign or gate on (a new-user pass saw the gate pass with every one blank
    /// while `raia sign` refused).
    /// Answers a migration asks to confirm again, by their prompts (`[wizard.reconfirm]`).
    ToReconfirm {
        prompts: Vec<String>,
    },
    BlankDetails {
        labels: Vec<String>,
    },
    /// `layer`: whose rules require them (0: the policy; an overlay's own rules above it), so
    /// an organisation's rule is never reported as the policy's.
    /// `titles`: the safeguards', so a CI log names them (a second new-user review).
    PolicyGaps {
        count: usize,
        layer: usize,
        titles: Vec<String>,
    },
    /// `titles`: the requirements', so the gate names them (a review saw "1 policy requirement
    /// is not shown to be met" with nothing to say which).
    RequirementsNotMet {
        count: usize,
        layer: usize,
        titles: Vec<String>,
    },
    /// Policy requirements ("must") that nothing in the answers shows are met.
    RequirementsToConfirm {
        count: usize,
        layer: usize,
        titles: Vec<String>,
    },
    /// `titles`: the safeguards', so the gate names them (a review saw "1 safeguard is to be
    /// confirmed" beside a requirement left in doubt, with nothing to say which).
    /// `held_back`: those of `titles` in doubt only while a contradiction or judgement on the
    /// answers that blocks them holds; nothing disagrees on their status (a new-user pass read
    /// "the answers disagree" beside a judgement that review is likely nominal, and nothing did).
    Conflicts {
        count: usize,
        titles: Vec<String>,
        held_back: Vec<String>,
    },
    /// `count`: the pairs of answers at odds; `judgements`: the titles of raia's judgements on
    /// what the answers add up to ([`ContradictionFinding::judgement_title`]).
    Contradictions {
        count: usize,
        judgements: Vec<String>,
        /// The prohibited uses they leave in doubt (titles), in the catalogue's order: the
        /// team's own words describe one, or an answer that screens for one may be wrong. Said
        /// in the gate's line (a hostile review read only "1 pair of answers contradict each
        /// other" under a collections tool that described harassing debtors).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        prohibitions: Vec<String>,
    },
    QuestionnaireUnbound,
    QuestionnaireChanged,
    /// The rules are an older built-in release (or an overlay on one) than raia holds.
    QuestionnaireSuperseded,
    /// The rules carry the built-in questionnaire's id but are none of its releases.
    QuestionnaireImitates,
    /// Prohibited uses the answers raise as concerns (the system could be used so) with none of
    /// the safeguards required against them in place: the policy forbids allowing others such
    /// uses, not only making them (titles of the concerns).
    ConcernsUnguarded {
        concerns: Vec<String>,
    },
    /// The rules in use do not screen every prohibited use the policy names (a questionnaire of
    /// a team's own with no prohibitions at all passed a deepfake): titles of those missing.
    PolicyNotScreened {
        missing: Vec<String>,
    },
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
    /// Required safeguards in place on evidence that has expired (only with today's date);
    /// `on_condition` of them on an approval whose condition fell due, not said met.
    EvidenceExpired {
        count: usize,
        on_condition: usize,
    },
    /// Required safeguards in place on evidence dated after today (only with today's date).
    EvidenceDatedLater {
        count: usize,
    },
    /// Required safeguards recorded in place whose plan targets a day after today (only with
    /// today's date).
    /// `titles`: the safeguards', so the gate names them (a new-user trial's status table and CI
    /// said "1 safeguard is recorded in place but planned for a day after today" and no more).
    PlannedLater {
        count: usize,
        titles: Vec<String>,
    },
    /// An answer kept for a question the other answers now hide would confirm a prohibited use.
    HiddenProhibits {
        count: usize,
    },
    /// Prohibited uses (their titles) clear only while a safeguard the file does not back is
    /// in place ([`super::Evaluation::unbacked`]).
    ProhibitionsToConfirm {
        prohibitions: Vec<String>,
    },
    /// An answer kept for a hidden question would mark a consequential category that nothing
    /// visible marks.
    HiddenMarks {
        count: usize,
    },
    /// The approval the review date counts from is dated after today (only with today's date):
    /// a date in the future would put the review off (hostile review: 2099-01-01).
    SignOffDatedLater {
        date: String,
    },
    /// Only with --require-signoff: no sign-off approves the answers as they stand; `latest`
    /// says why the latest one does not, in words (empty when there is none).
    NoCurrentApproval {
        latest: String,
    },
    /// The latest sign-off rejected the answers or asked for changes; `current`: it was given
    /// for the answers as they are (else for an earlier version of them).
    NotApproved {
        decision: crate::assessment::Decision,
        name: String,
        date: String,
        current: bool,
        /// Approvals of the same answers by others, which do not lift it ("T. Lead on
        /// 2026-12-01").
        #[serde(skip_serializing_if = "Vec::is_empty")]
        others: Vec<String>,
        /// What the reviewer asked for, in their words.
        #[serde(skip_serializing_if = "String::is_empty")]
        comment: String,
        /// Recorded as an approval whose comment withholds it.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        withheld: bool,
    },
}

impl GateFailure {
    /// A stable name for the kind of failure, for tools (a SARIF rule id); never shown alone
    /// to a person: `crate::explain::gate_rule` words it.
    pub fn rule_id(&self) -> &'static str {
        match self {
            Self::Prohibited { .. } => "prohibited-use",
            Self::HiddenProhibits { .. } => "hidden-answer-prohibited-use",
            Self::ProhibitionsToConfirm { .. } => "prohibited-use-to-confirm",
            Self::HiddenMarks { .. } => "hidden-answer-consequential",
            Self::Incomplete { .. } => "incomplete",
            Self::BlankDetails { .. } => "details-blank",
            Self::ToReconfirm { .. } => "answers-to-reconfirm",
            Self::PolicyGaps { .. } => "policy-gap",
            Self::RequirementsNotMet { .. } => "requirement-not-met",
            Self::RequirementsToConfirm { .. } => "requirement-to-confirm",
            Self::Conflicts { .. } => "contradicted-status",
            Self::Contradictions { .. } => "contradicting-answers",
            Self::QuestionnaireUnbound => "questionnaire-unbound",
            Self::QuestionnaireChanged => "questionnaire-changed",
            Self::QuestionnaireSuperseded => "questionnaire-superseded",
            Self::QuestionnaireImitates => "questionnaire-imitates-builtin",
            Self::PolicyNotScreened { .. } => "questionnaire-misses-prohibitions",
            Self::ConcernsUnguarded { .. } => "concern-unguarded",
            Self::ShouldGaps { .. } => "should-gap",
            Self::PracticeGaps { .. } => "recommendation-open",
            Self::ReviewOverdue { .. } => "review-overdue",
            Self::EvidenceExpired { .. } => "evidence-expired",
            Self::EvidenceDatedLater { .. } => "evidence-dated-later",
            Self::PlannedLater { .. } => "in-place-planned-later",
            Self::NotApproved { .. } => "not-approved",
            Self::SignOffDatedLater { .. } => "sign-off-dated-later",
            Self::NoCurrentApproval { .. } => "no-current-approval",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementResult {
    pub id: Text,
    pub title: Text,
    pub clause: Text,
    pub applies: bool,
    /// Why it applies or does not; `explain::applies_because` words it.
    pub why: AppliesBecause,
    /// Required safeguards under this requirement.
    pub safeguards: Vec<Text>,
    /// The positions of `safeguards` among the evaluation's, in the same order: looked at
    /// without finding each id again (issue 7).
    #[serde(skip)]
    pub(crate) at: Vec<usize>,
    pub basis: Basis,
    pub obligation: Obligation,
    pub reading: Text,
    pub state: RequirementState,
    /// Required practice safeguards under it that are gaps: recommendations, never a breach.
    pub recommendations: Vec<Text>,
    /// The questionnaire layer it comes from (0: the base; an overlay's rules above it).
    #[serde(skip)]
    pub layer: usize,
    /// A consequential decision would bring it, and the answers leave one in doubt
    /// ([`Evaluation::consequential_in_doubt`]): to be confirmed, under the policy's words.
    pub in_doubt: bool,
    /// Met by safeguards the policy's words leave to the team (raia's reading): the titles of
    /// those in place, which the state names. A review of honest teams could not tell which of
    /// a list marked "recommended practice" carried a requirement the policy binds.
    #[serde(skip)]
    pub met_by: Vec<Text>,
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
    pub safeguard: Text,
    pub title: Text,
    /// The answers that would change with it, in words ("prompt → label").
    pub answers: Vec<String>,
    pub score_after: u32,
    pub tier_after: Tier,
    /// Gaps closed by it, itself included (ids).
    pub gaps_closed: Vec<Text>,
    /// Gaps it would open (a changed answer can require another safeguard).
    pub gaps_opened: Vec<Text>,
    /// Gaps the changed answers would leave to be confirmed rather than close: another answer
    /// contradicts them (ids). A review saw "1 gap closed" promised for an answer that made
    /// the safeguard contradicted.
    pub gaps_to_confirm: Vec<Text>,
    /// Contradictions the changed answers would newly make hold (their messages).
    pub contradictions_opened: Vec<Text>,
    /// Required questions the changed answers would newly show, unanswered.
    pub questions_opened: usize,
}

/// An answer kept for a hidden question that would confirm prohibition `prohibition`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HiddenProhibit {
    pub prohibition: Text,
    pub reason: Reason,
}

/// An answer kept for a hidden question that would mark `category`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HiddenMark {
    pub category: Text,
    pub reason: Reason,
}

/// The position of each answer's question, the answers in the file's order ([`u32::MAX`] for
/// an id the questionnaire does not ask). Only a hint: an answer whose question is not at its
/// slot is looked up by id, so slots left from before an answer was added are never wrong,
/// only slower. Two evaluations are equal whatever their hints.
#[derive(Debug, Clone, Default)]
pub struct AnswerSlots(pub(crate) Vec<u32>);

impl PartialEq for AnswerSlots {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Where a text that the readers of other answers act on was written: a counted text answer
/// or the note on a counted answer (by question position), the system's description, or the
/// evidence recorded for a safeguard in place (by safeguard position).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum TextAt {
    Answer(usize),
    Description,
    Note(usize),
    Evidence(usize),
}

/// What the reader of a decision in the words found ([`TextsSaid::decided`]): the areas it read
/// for, the answered question that marks them, and the first text that read as a decision, in
/// the order it reads them (none where none did).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decided {
    /// Whether an area is marked, then whether each area it reads for is open, as `0` and `1`.
    pub(crate) reading: String,
    /// The position of the question that marks the areas.
    pub(crate) marking: usize,
    pub(crate) first: Option<TextAt>,
}

/// Where the texts the readers of words act on were written, kept so that the patch after one
/// answer reads only that answer's words again (issue 7); none where the evaluation did not
/// find them. Two evaluations are equal whatever they keep here: what the texts say is in the
/// safeguards' results and the contradictions.
#[derive(Debug, Clone, Default)]
pub struct TextsSaid {
    /// Those that say some outcomes go unreviewed, that no person reads the appeals, that
    /// people are not told the tool is used, or that content filters were weakened, each list
    /// in the order the evaluation reads them.
    pub(crate) outcomes: Option<Box<[Vec<TextAt>; 4]>>,
    /// Those that describe a prohibited use, in order (by [`TextAt`]'s order).
    pub(crate) prohibited: Option<Vec<TextAt>>,
    /// What the reader of a decision in the words found, where an answer marks the areas.
    pub(crate) decided: Option<Decided>,
}

impl PartialEq for TextsSaid {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub tier: Tier,
    /// What decides the tier, strongest first; `crate::explain::tier_reasons` words it.
    pub causes: Vec<Cause>,
    /// No visible required question is unanswered and no required note is missing.
    pub complete: bool,
    pub visible: Vec<Text>,
    /// For each of `visible`, in the same order: its position in the questionnaire and whether
    /// it is answered. Screens count by position (`flow::visible`, `tui::derived`); finding
    /// 10,000 ids again took longer than the evaluation's own walk (issue 7).
    #[serde(skip)]
    pub visible_at: Vec<(usize, bool)>,
    /// Where each answer's question stands, the answers in the file's order: where the next
    /// patch looks first (issue 7).
    #[serde(skip)]
    pub answer_slots: AnswerSlots,
    #[serde(skip)]
    pub texts_said: TextsSaid,
    pub unanswered: Vec<Text>,
    pub notes_missing: Vec<Text>,
    /// Questions that have an answer but are hidden by earlier answers: kept, not counted.
    pub hidden_answered: Vec<Text>,
    /// Answers kept for hidden questions that, counted, would confirm a prohibited use: the
    /// answers that hide them say the system does not do this, and these say it does. Not a
    /// verdict either way, so the prohibition is to be confirmed and the gate fails (a sixth
    /// hostile review saw such a use reported as ruled out).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden_prohibits: Vec<HiddenProhibit>,
    /// Answers kept for hidden questions that, counted, would mark a consequential category
    /// nothing visible marks or clears: the system's own kept answer says it decides matters
    /// the policy binds (an eighth hostile review saw a targeting aid's kept answer ignored
    /// and the tool pass as low risk). The gate fails until one side is corrected.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden_marks: Vec<HiddenMark>,
    /// Rules that name the AWS policy but do not screen these of its prohibited uses (titles):
    /// they cannot say a use clears them, and the gate fails ([`super::POLICY_PROHIBITIONS`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unscreened: Vec<String>,
    pub prohibitions: Vec<ProhibitionFinding>,
    pub categories: Vec<CategoryFinding>,
    /// Categories marked and then removed by a later answer.
    pub cleared: Vec<ClearedCategory>,
    pub floors: Vec<FloorFinding>,
    pub contradictions: Vec<ContradictionFinding>,
    pub score: Score,
    pub requirements: Vec<RequirementResult>,
    pub safeguards: Vec<SafeguardResult>,
    /// Positions in `safeguards` by id, for [`Evaluation::safeguard`]: reports look safeguards
    /// up inside loops over safeguards, and a search there was quadratic (issue 7).
    #[serde(skip)]
    pub(crate) safeguard_at: foldhash::HashMap<Text, usize>,
    /// For each of `safeguards`: what the answers that show it in place say ("prompt →
    /// answer"), before its own `satisfied_when`. Kept so that a patch after one answer
    /// gathers it again only for the safeguards that answer can show (`engine::update`).
    #[serde(skip)]
    pub(crate) shown_by: Vec<Vec<String>>,
    /// Required safeguards that are missing or planned, largest credit first.
    pub gaps: Vec<Text>,
    /// [`Evaluation::open_guards`], kept when the evaluation is settled.
    #[serde(skip)]
    pub(crate) guards: std::collections::BTreeMap<Text, Guard>,
    pub what_if: Vec<WhatIf>,
    /// The day the evaluation judges dates by (YYYY-MM-DD), when it was given one: evidence
    /// that has lapsed by then earns no credit off the score (a compliance review saw an
    /// expired risk assessment still take points off while the gate failed it).
    #[serde(skip)]
    pub(crate) judged_on: Option<String>,
    /// When the assessment is due to be reviewed again.
    pub review: Review,
    /// The latest sign-off, when it still holds for these answers and did not approve them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_approved: Option<NotApproved>,
    /// The required system details left blank, by `[metadata]` key, in asking order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub blank_details: Vec<&'static str>,
    /// The answered questions a migration asks to confirm again (`[wizard.reconfirm]`): id and
    /// prompt, in asking order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub to_reconfirm: Vec<(Text, Text)>,
    /// Rejections and requests for changes that someone else's approval of changed answers
    /// lifted, the reviewer who said no not having signed since: the gate lets them go, and
    /// every mode names them (a review saw a chief risk officer's rejection vanish from the
    /// score, the status table and the information request after a one-word edit).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lifted_objections: Vec<LiftedObjection>,
}

/// The sign-offs of `a` in the order `latest_signoff` reads them: by date, then by place in the
/// file.
fn signoffs_in_order(a: &Assessment) -> Vec<(usize, &crate::assessment::SignOff)> {
    let mut order: Vec<(usize, &crate::assessment::SignOff)> =
        a.signoff.iter().enumerate().collect();
    order.sort_by(|(i, x), (j, y)| x.date.trim().cmp(y.date.trim()).then(i.cmp(j)));
    order
}

/// A "no" given for an earlier version of the answers, lifted by another reviewer's approval
/// of the answers as they now stand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LiftedObjection {
    pub decision: crate::assessment::Decision,
    pub name: String,
    pub date: String,
    /// What the reviewer asked for, in their words (empty when they gave none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// Who approved the changed answers, and when ("B. Friendly on 2026-12-03").
    pub lifted_by: String,
}

impl LiftedObjection {
    /// From the sign-offs of `a`, given `hash`: each "no" for answers that have changed since,
    /// followed by an approval of the answers as they stand from someone else, with no later
    /// sign-off of its own reviewer. The latest first.
    pub fn of(a: &Assessment, hash: &crate::assessment::AnswersHashes) -> Vec<Self> {
        use crate::assessment::Decision;
        let order = signoffs_in_order(a);
        let same = |x: &crate::assessment::SignOff, y: &crate::assessment::SignOff| {
            x.name.trim().to_lowercase() == y.name.trim().to_lowercase()
        };
        let mut out = Vec::new();
        for (at, (_, no)) in order.iter().enumerate().rev() {
            if no.decides().is_none_or(|d| d == Decision::Approved) || no.is_current(hash) {
                continue;
            }
            let later = order.get(at + 1..).unwrap_or_default();
            if later.iter().any(|(_, s)| same(s, no)) {
                continue;
            }
            let Some((_, by)) = later
                .iter()
                .find(|(_, s)| s.approves() && s.is_current(hash) && !same(s, no))
            else {
                continue;
            };
            out.push(Self {
                decision: no.decides().unwrap_or(Decision::Rejected),
                name: no.name.clone(),
                date: no.date.clone(),
                comment: no.comment.clone(),
                lifted_by: match by.date.trim() {
                    "" => by.name.trim().to_string(),
                    d => format!("{} on {d}", by.name.trim()),
                },
            });
        }
        out
    }
}

/// A reviewer's standing "no": the latest sign-off still holds for these answers (nothing it
/// covers changed, or not) and rejected them or asked for changes. The gate fails until a
/// later sign-off approves them: a hostile review found a current rejection passing the gate,
/// and a fourth cleared one by editing an answer that does not count. Changing the answers
/// does not undo a reviewer's decision; a reviewer signing the changed answers does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotApproved {
    pub decision: crate::assessment::Decision,
    pub name: String,
    pub date: String,
    /// Given for the answers as they are now; else for an earlier version of them.
    pub current: bool,
    /// Approvals of these same answers by someone else ("T. Lead on 2026-12-01"), which do not
    /// lift it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<String>,
    /// What the reviewer asked for, in their words (empty when they gave none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// Recorded as an approval, but its comment withholds it ("Not approved for launch until
    /// ..."), so it counts as a request for changes.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub withheld: bool,
}

impl NotApproved {
    /// From the sign-offs of `a`, given `hash`, the assessment's answers hash: the latest
    /// rejection or request for changes, unless an approval of the answers as they are now
    /// came after it. A stale approval, or one that names other answers (a hostile review
    /// approved an edited version, then put back exactly what was rejected), clears nothing.
    /// Nor does someone else's approval of the very answers rejected: only the reviewer who
    /// said no can take it back without a change (a review merged a risk officer's rejection
    /// and a team lead's approval of the same answers, and the later date passed the gate).
    pub fn of(a: &Assessment, hash: &crate::assessment::AnswersHashes) -> Option<Self> {
        use crate::assessment::Decision;
        let order = signoffs_in_order(a);
        // Every "no" stands until it is lifted, not only the latest: a second reviewer's own
        // request for changes, then approval, lifted nothing of a first reviewer's rejection of
        // the same answers (a hostile review passed the gate so). The latest standing one is
        // the one shown.
        order
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, (_, s))| s.decides().is_some_and(|d| d != Decision::Approved))
            .find_map(|(at, (_, no))| {
                let current = no.is_current(hash);
                let same_person = |s: &crate::assessment::SignOff| {
                    s.name.trim().to_lowercase() == no.name.trim().to_lowercase()
                };
                let later: Vec<&crate::assessment::SignOff> = order
                    .get(at + 1..)
                    .unwrap_or_default()
                    .iter()
                    .map(|(_, s)| *s)
                    .filter(|s| s.approves())
                    .collect();
                let approvals: Vec<&crate::assessment::SignOff> = later
                    .iter()
                    .copied()
                    .filter(|s| s.is_current(hash))
                    .collect();
                // Only an approval of the answers as they stand lifts a "no": one of an earlier
                // version cannot be told from one written by hand for nothing (a twelfth hostile
                // review passed the gate on a "TBD" approval of hash 0000 after a rejection).
                // The very answers said no to stay for that reviewer to lift.
                let lifted = approvals.iter().any(|s| !current || same_person(s));
                // For a "no" to an earlier version, the approvals given since, stale too, are
                // named: "no one has signed them since" was untrue beside one (a team workflow
                // review).
                let approvals = if current { approvals } else { later };
                (!lifted).then(|| {
                    let mut others: Vec<String> = Vec::with_capacity(approvals.len());
                    for s in &approvals {
                        let who = match s.date.trim() {
                            "" => s.name.trim().to_string(),
                            d => format!("{} on {d}", s.name.trim()),
                        };
                        // One reviewer's approvals of one day, named once.
                        if !others.contains(&who) {
                            others.push(who);
                        }
                    }
                    Self {
                        decision: no.decides().unwrap_or(Decision::Rejected),
                        name: no.name.clone(),
                        date: no.date.clone(),
                        current,
                        others,
                        comment: no.comment.clone(),
                        withheld: no.withheld().is_some(),
                    }
                })
            })
    }
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
    /// The questionnaire's months for the tier, counted from the latest approval; `current`:
    /// whether it still matches the answers.
    SignOff {
        months: u32,
        from: String,
        current: bool,
    },
    /// No `review_by` and no sign-off to count from, or a prohibited use.
    None,
}

impl Review {
    /// The earlier of `review_by` and the tier's cycle from the latest approval:
    /// `review_by` is outside the signed hash, so a date set after the sign-off can bring the
    /// review forward, never put it off (a hostile review set 2099).
    /// `hash`: the assessment's answers hash, given when it has sign-offs.
    pub fn of(
        q: &Questionnaire,
        a: &Assessment,
        tier: Tier,
        hash: Option<&crate::assessment::AnswersHashes>,
    ) -> Self {
        let set = a.metadata.review_by.trim();
        let cycle = Self::cycle(q, a, tier, hash);
        if crate::answer::valid_date(set) {
            if cycle.due.as_deref().is_some_and(|d| d < set) {
                return cycle;
            }
            return Self {
                due: Some(set.to_string()),
                basis: ReviewBasis::Set,
            };
        }
        cycle
    }

    /// The tier's months counted from the latest approval, if any.
    fn cycle(
        q: &Questionnaire,
        a: &Assessment,
        tier: Tier,
        hash: Option<&crate::assessment::AnswersHashes>,
    ) -> Self {
        let none = Self {
            due: None,
            basis: ReviewBasis::None,
        };
        let Some(months) = q.tiers.review_months.of(tier) else {
            return none;
        };
        // Counted from the latest approval, current or stale: a review renews an approval, and
        // changing the answers since does not (a ninth hostile review added a space to a note,
        // the approval went stale, and an overdue review was no longer due). Only an approval
        // renews: a rejection or a request for changes starts no cycle, and neither does an
        // entry with no decision (a file with one does not load).
        // And only one raia could have recorded: a person's name and a whole SHA-256 of some
        // answers (a twelfth hostile review appended a "TBD" approval of hash 0000 and an overdue
        // review was due again a year later).
        let approvals = || {
            a.signoff.iter().filter(|s| {
                let h = s.assessment_hash.trim();
                crate::answer::valid_date(s.date.trim())
                    && s.approves()
                    && !crate::engine::signer_names_no_one(&s.name)
                    && h.len() == 64
                    && h.bytes().all(|b| b.is_ascii_hexdigit())
            })
        };
        let Some(from) = approvals().map(|s| s.date.trim()).max() else {
            return none;
        };
        let current =
            hash.is_some_and(|h| approvals().any(|s| s.date.trim() == from && s.is_current(h)));
        Self {
            due: crate::answer::add_months(from, months),
            basis: ReviewBasis::SignOff {
                months,
                from: from.to_string(),
                current,
            },
        }
    }

    /// Whether the review date has passed on `today` (YYYY-MM-DD; such dates compare as text).
    pub fn overdue(&self, today: &str) -> bool {
        self.due.as_deref().is_some_and(|due| due < today)
    }
}
