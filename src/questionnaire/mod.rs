//! The questionnaire: the policy as data. Sections, questions, options and their effects,
//! the catalogues (prohibitions, consequential categories, requirements, safeguards) and the
//! tier rules. Loading and validation live in `load`; conditions in `condition`.

pub(crate) use condition::merge_by_question;
pub use condition::{Condition, Facts};
use index::Index;
pub use load::{
    BUILTIN_OVERLAYS, QuestionnaireSource, apply_overlay, builtin_questionnaire,
    default_questionnaire, hex_digest, is_overlay, load_questionnaire, parse_questionnaire,
    stored_builtin, with_framework,
};
pub use load::{for_assessment, made_with_beside, named_by};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod condition;

mod text;
pub use text::Text;
// `with_string_table` is for build.rs, which includes this module, and the tests.
#[allow(unused_imports)]
pub(crate) use text::{borrowing_from, with_string_table};

mod index;

mod load;

/// The default questionnaire, embedded so `raia` works with no files around it.
pub const DEFAULT_QUESTIONNAIRE: &str =
    include_str!("../../questionnaires/aws-responsible-ai-2023-09-28.toml");
pub const DEFAULT_QUESTIONNAIRE_NAME: &str = "aws-responsible-ai-2023-09-28.toml";

/// Every released version of the built-in questionnaire, oldest first, as (file name, text):
/// a release never drops one, so an assessment made with an older version can still be read
/// against its own rules (`raia questions --version V`). The last is the default.
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "aws-responsible-ai-2023-09-28.1.toml",
        include_str!("../../questionnaires/aws-responsible-ai-2023-09-28.1.toml"),
    ),
    (DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE),
];

/// A built-in questionnaire's id and version, read from its header without loading it.
pub fn header_id_version(text: &str) -> (&str, &str) {
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().strip_prefix('='))
            .map_or("", |v| v.trim().trim_matches('"'))
    };
    (field("id "), field("version "))
}

/// The built-in questionnaire of `version`, as (file name, text).
pub fn builtin_version(version: &str) -> Option<(&'static str, &'static str)> {
    BUILTIN
        .iter()
        .copied()
        .find(|(_, text)| header_id_version(text).1 == version)
}

/// SHA-256 of the built-in questionnaire's text: computed by the build (build.rs), else once.
pub fn builtin_hash() -> &'static str {
    if let Some(hash) = crate::embedded::builtin_hash(DEFAULT_QUESTIONNAIRE_NAME) {
        return hash;
    }
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        use sha2::Digest;
        hex_digest(&sha2::Sha256::digest(DEFAULT_QUESTIONNAIRE.as_bytes()))
    })
}

/// Whether `hash` is the SHA-256 of the text of any built-in release.
pub fn is_builtin_release_hash(hash: &str) -> bool {
    BUILTIN
        .iter()
        .any(|(name, text)| match crate::embedded::builtin_hash(name) {
            Some(h) => h == hash,
            None => {
                use sha2::Digest;
                hex_digest(&sha2::Sha256::digest(text.as_bytes())) == hash
            }
        })
}

/// The default built-in questionnaire's id and version, read from its header.
pub fn builtin_id_version() -> (&'static str, &'static str) {
    header_id_version(DEFAULT_QUESTIONNAIRE)
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Questionnaire {
    pub id: Text,
    pub version: Text,
    pub title: Text,
    pub description: Text,
    pub policy: Policy,
    /// SHA-256 of the questionnaire file text, hex.
    pub content_hash: String,
    pub sections: Vec<Section>,
    /// Questions in asking order: by section order, then file order within a section.
    pub questions: Vec<Question>,
    pub prohibitions: Vec<CatalogueEntry>,
    pub categories: Vec<CatalogueEntry>,
    pub requirements: Vec<Requirement>,
    pub factors: Vec<Factor>,
    pub safeguards: Vec<Safeguard>,
    /// Answers that contradict each other, declared by the questionnaire.
    pub contradictions: Vec<Contradiction>,
    /// Tier floors that hold when a condition holds (besides category floors).
    pub floors: Vec<Floor>,
    pub tiers: TierRules,
    /// The questionnaire's own words for the engine's notions and its disclaimer.
    pub vocabulary: Vocabulary,
    /// Where the questionnaire was read from: "built-in NAME" or a path, for every report.
    pub source: String,
    /// How an assessment made with the version before carries over (`[migration]`).
    pub migration: Option<Migration>,
    /// The layers this questionnaire is made of, base first: the questionnaire itself, then each
    /// overlay stacked on it (`extends`). Items name their layer by position in this list.
    #[serde(default)]
    pub layers: Vec<Layer>,
    /// Other frameworks that safeguards and requirements map to (`[[framework]]`), for
    /// crosswalk reports.
    #[serde(default)]
    pub frameworks: Vec<Framework>,
    /// Positions by id, built when the questionnaire is loaded, so lookups by id take constant
    /// time. After editing the lists above in place, call [`Questionnaire::reindex`].
    #[serde(skip)]
    index: Index,
}

/// How to carry an assessment over from the questionnaire's previous version, declared as data
/// in `[migration]` and applied by `raia migrate`.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    /// The version it migrates from.
    pub from: String,
    /// Questions renamed: old id = new id. The answer and note carry over.
    #[serde(default)]
    pub renamed: BTreeMap<String, String>,
    /// Questions removed: old id = why, in words.
    #[serde(default)]
    pub removed: BTreeMap<String, String>,
    /// Options renamed, by (new) question id: `question = { old = "new" }`.
    #[serde(default)]
    pub options: BTreeMap<String, BTreeMap<String, String>>,
    /// Questions whose answer carries over but must be confirmed again: (new) id = why.
    #[serde(default)]
    pub reconfirm: BTreeMap<String, String>,
    /// Questions split into several: old id = the new questions and how each old answer maps.
    #[serde(default)]
    pub split: BTreeMap<String, Split>,
}

/// One old question split into new ones (`[migration.split.OLD-ID]`).
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Split {
    /// The new questions, in asking order; the note on the old answer goes with the first.
    pub into: Vec<String>,
    /// By old answer (an option id, `true` or `false` as text, or `*` for any other): the new
    /// answers, keyed by new question id (an option id; `true`/`false` for yes/no; several
    /// options of a multiple choice separated by commas). A new question an old answer does
    /// not map is left to answer.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, String>>,
    /// Why, in words.
    #[serde(default)]
    pub why: String,
}

/// Whether an item is required by the policy's own words or recommended by the questionnaire.
#[derive(
    Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq, PartialOrd, Ord, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The policy's words require it for this use.
    Policy,
    /// The questionnaire recommends it, as a way to meet a clause or as good practice.
    #[default]
    Practice,
}

impl Basis {
    pub fn name(self) -> &'static str {
        match self {
            Self::Policy => "policy",
            Self::Practice => "practice",
        }
    }
}

/// How strongly the policy words a requirement.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Obligation {
    /// The policy says it must be done: a gap is non-compliance.
    #[default]
    Must,
    /// The policy says it should be done: a gap is reported, not called a breach.
    Should,
}

impl Obligation {
    pub fn name(self) -> &'static str {
        match self {
            Self::Must => "must",
            Self::Should => "should",
        }
    }
}

/// Two or more answers that cannot all be true; while `when` holds, the safeguards in
/// `blocks` are not taken as in place on the strength of any answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Contradiction {
    pub id: Text,
    pub when: Condition,
    /// What is contradictory, in words, and how to resolve it.
    pub message: Text,
    pub blocks: Vec<Text>,
    /// The answers that disagree may hide a consequential decision ("none" beside an answer
    /// that names one): while it holds and no answer marks one, whether the requirements that
    /// come with one apply is to be confirmed, not "nothing is required".
    #[serde(default)]
    pub consequential_in_doubt: bool,
    /// Not two answers at odds but raia's judgement on what they add up to ("The review is
    /// likely nominal"): every mode words it as a judgement to settle, not as answers that
    /// contradict each other (a new-user trial read the latter as a claim about the team).
    #[serde(default)]
    pub judgement: bool,
}

/// A tier floor set by a condition.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Floor {
    pub when: Condition,
    pub tier: Tier,
    /// Why, in words, for the tier reasons.
    pub reason: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Policy {
    pub name: Text,
    pub date: Text,
    pub url: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Section {
    pub id: Text,
    pub title: Text,
    pub intro: Text,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multi,
    YesNo,
    Text,
    LongText,
    Number,
    Date,
}

impl QuestionKind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Multi => "multi",
            Self::YesNo => "yes_no",
            Self::Text => "text",
            Self::LongText => "long_text",
            Self::Number => "number",
            Self::Date => "date",
        }
    }

    pub fn has_options(self) -> bool {
        matches!(self, Self::Single | Self::Multi | Self::YesNo)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Question {
    pub id: Text,
    pub section: Text,
    pub kind: QuestionKind,
    pub prompt: Text,
    /// Why the question is asked, in plain words.
    pub help: Text,
    /// The policy clause the question serves, e.g. "Prohibitions (likeness)".
    pub clause: Text,
    /// Optional questions may stay unanswered without making the assessment incomplete.
    pub optional: bool,
    pub show_if: Option<Condition>,
    /// For yes/no questions these are always two options with ids "yes" and "no".
    pub options: Vec<Choice>,
    /// Risk bands for number questions: the highest band whose `at_least` is reached applies.
    pub bands: Vec<Band>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Number questions: only whole numbers (counts of people, say).
    pub integer: bool,
    pub placeholder: Text,
    /// How the risk points of several picked options add up (multiple choice).
    pub risk_combine: RiskCombine,
    /// The part the question plays in reports ("intended-use", "limitations", ...): templates
    /// read answers by role, so any questionnaire fills the same response.
    pub role: Option<Text>,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
    /// The layer whose `[[amend]]` last reworded its help; 0 when the help is its own. Reports
    /// name every help an overlay reworded: it is what the people answering were told (a
    /// hostile review's overlay told them that a tool that recommends to a manager decides
    /// nothing, and no report said so).
    #[serde(default)]
    pub help_layer: usize,
}

/// How the risk points of the options picked in one multiple-choice answer combine, per factor.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum RiskCombine {
    /// Every picked option adds its points.
    #[default]
    Sum,
    /// Each factor counts once, at the largest points among the picked options.
    Max,
}

/// One option of a choice question and what picking it does.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Choice {
    pub id: Text,
    pub label: Text,
    /// In a multiple-choice question, this option ("none of these") cannot be combined.
    pub exclusive: bool,
    pub effects: Effects,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Band {
    pub at_least: f64,
    pub label: Text,
    pub effects: Effects,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Effects {
    /// Prohibitions this answer confirms: the use must not proceed.
    pub prohibits: Vec<Text>,
    /// Prohibitions this answer raises as a concern: safeguards needed, not a verdict.
    pub concerns: Vec<Text>,
    /// Consequential categories this answer marks.
    pub categories: Vec<Text>,
    /// Risk points per factor id.
    pub risk: BTreeMap<Text, u32>,
    /// Safeguards this answer shows to be in place.
    pub satisfies: Vec<Text>,
    /// Consequential categories this answer removes, whichever answer marked them (a
    /// derogation: the use falls outside the category after all).
    pub clears: Vec<Text>,
    /// Whether a note explaining this answer is required.
    pub note_required: bool,
    /// What the note should say.
    pub note_hint: Text,
}

impl Effects {
    pub fn is_empty(&self) -> bool {
        self == &Effects::default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CatalogueEntry {
    pub id: Text,
    pub title: Text,
    /// A paraphrase of what the policy says, never its sentences.
    pub summary: Text,
    pub clause: Text,
    /// Categories: the tier a marked category sets at least (the questionnaire's
    /// `consequential_floor` when not given).
    pub floor: Option<Tier>,
    /// Where the questionnaire reads the policy more strictly than its words: how, in words.
    pub reading: Text,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    /// Required of every use.
    Always,
    /// Required once any consequential category is marked.
    Consequential,
    /// Required when the requirement's `applies_when` condition holds.
    When,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Requirement {
    pub id: Text,
    pub title: Text,
    pub summary: Text,
    pub clause: Text,
    pub applies: Applies,
    /// With `applies = When`: the condition.
    pub applies_when: Option<Condition>,
    /// Policy: the policy's words bind this use to it; practice: the questionnaire's advice.
    pub basis: Basis,
    pub obligation: Obligation,
    pub reading: Text,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
    /// Other frameworks' items it maps to, for crosswalk reports.
    #[serde(default)]
    pub maps_to: Vec<Mapping>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Factor {
    pub id: Text,
    pub title: Text,
    pub description: Text,
}

/// See [`Safeguard::weak_evidence`]: lowercase words or phrases, and why they do not show it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct WeakEvidence {
    pub words: Vec<Text>,
    /// Words that name a check that does show it: evidence that names one, in a clause that
    /// neither denies nor defers it, is read as that check.
    #[serde(default)]
    pub unless: Vec<Text>,
    /// Evidence must name one of `unless` to show the safeguard: paraphrases of a weak check
    /// are endless, the checks that show it are few (reviews found 14 of 15 rewordings of a
    /// self-declared age passing a list of weak words).
    #[serde(default)]
    pub needs_unless: bool,
    /// Read only while this holds (adult content, not a children's service, where a card or a
    /// neutral age screen can be the proportionate check); always when absent.
    #[serde(default)]
    pub when: Option<Condition>,
    pub because: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Safeguard {
    pub id: Text,
    pub title: Text,
    /// What good looks like: the evidence a reviewer should expect.
    pub good: Text,
    pub requirement: Text,
    pub clause: Text,
    /// When absent the safeguard is required whenever its requirement applies.
    pub required_when: Option<Condition>,
    /// Answers that show the safeguard in place, besides options that name it in `satisfies`.
    pub satisfied_when: Option<Condition>,
    /// Answers that say the safeguard is not there (consent "assumed but not recorded" for
    /// consent records): a status recorded as in place beside them is to be confirmed, not met.
    #[serde(default)]
    pub absent_when: Option<Condition>,
    /// Answers that say the safeguard is there without showing it in place (only a status
    /// with evidence does): a status recorded as missing or planned beside them is to be
    /// confirmed.
    #[serde(default)]
    pub claimed_when: Option<Condition>,
    /// Words in recorded evidence that name a kind of check that does not show the safeguard
    /// (a payment card or a typed date of birth for age assurance), and why: evidence that says
    /// one is to be confirmed, not in place.
    #[serde(default)]
    pub weak_evidence: Option<WeakEvidence>,
    /// Points taken off the score when the safeguard is in place.
    pub credit: u32,
    pub basis: Basis,
    /// With basis policy: the policy requires it only when this also holds (otherwise it is
    /// practice). Without it, a policy safeguard is policy whenever it is required.
    pub policy_when: Option<Condition>,
    /// When this holds, the safeguard cannot be recorded as not applicable.
    pub never_not_applicable_when: Option<Condition>,
    /// The answers that come with the safeguard (question id, option id), for "what would
    /// change": the option that means the safeguard is there.
    pub comes_with: Vec<(Text, Text)>,
    pub reading: Text,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
    /// Other frameworks' items it maps to, for crosswalk reports.
    #[serde(default)]
    pub maps_to: Vec<Mapping>,
    /// Text questions whose answers and notes date its evidence when answers show it in place
    /// (the summary of the tests run): an expiry written there lapses it.
    #[serde(default)]
    pub dated_by: Vec<Text>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Low,
    Medium,
    High,
    Prohibited,
}

impl Tier {
    pub fn name(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Prohibited => "prohibited",
        }
    }
}

impl std::fmt::Display for Tier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TierRules {
    /// Score at which the tier is at least medium.
    pub medium_at: u32,
    /// Score at which the tier is at least high.
    pub high_at: u32,
    /// Tier floor set by any consequential category.
    pub consequential_floor: Tier,
    /// Largest share of the raw score that safeguards may take off, in percent.
    pub max_mitigation_percent: u32,
    /// How long an assessment of each tier holds before it is reviewed again.
    pub review_months: ReviewMonths,
}

/// Months until an assessment is due for review, by tier (`[tiers.review_months]`). A
/// questionnaire that does not say gets high 6, medium 12, low 24.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ReviewMonths {
    #[serde(default = "ReviewMonths::default_low")]
    pub low: u32,
    #[serde(default = "ReviewMonths::default_medium")]
    pub medium: u32,
    #[serde(default = "ReviewMonths::default_high")]
    pub high: u32,
}

impl ReviewMonths {
    fn default_low() -> u32 {
        24
    }
    fn default_medium() -> u32 {
        12
    }
    fn default_high() -> u32 {
        6
    }

    /// The months for a tier; None for a prohibited use, which is not reviewed but stopped.
    pub fn of(&self, t: Tier) -> Option<u32> {
        match t {
            Tier::Low => Some(self.low),
            Tier::Medium => Some(self.medium),
            Tier::High => Some(self.high),
            Tier::Prohibited => None,
        }
    }
}

impl Default for ReviewMonths {
    fn default() -> Self {
        Self {
            low: Self::default_low(),
            medium: Self::default_medium(),
            high: Self::default_high(),
        }
    }
}

mod layers;
mod lookup;
mod vocabulary;

pub use layers::*;
pub use vocabulary::*;
