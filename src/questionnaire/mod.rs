//! The questionnaire: the policy as data. Sections, questions, options and their effects,
//! the catalogues (prohibitions, consequential categories, requirements, safeguards) and the
//! tier rules. Loading and validation live in `load`; conditions in `condition`.

mod condition;
mod index;
mod load;

pub use condition::{Condition, Facts};
use index::Index;
pub use load::{
    BUILTIN_OVERLAYS, QuestionnaireSource, apply_overlay, builtin_questionnaire,
    default_questionnaire, hex_digest, is_overlay, load_questionnaire, parse_questionnaire,
    stored_builtin, with_framework,
};
pub use load::{for_assessment, named_by};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// The default built-in questionnaire's id and version, read from its header.
pub fn builtin_id_version() -> (&'static str, &'static str) {
    header_id_version(DEFAULT_QUESTIONNAIRE)
}

impl Questionnaire {
    /// A questionnaire that claims the built-in's id and version with other text: results made
    /// with it cannot be compared with the built-in's, whatever it says.
    pub fn imitates_builtin(&self) -> bool {
        let (id, version) = builtin_id_version();
        self.id == id && self.version == version && self.content_hash != builtin_hash()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
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

/// One file in a stack of questionnaire layers: the base questionnaire, or an overlay on it.
#[derive(Debug, Clone, Default, serde::Deserialize, PartialEq, Eq)]
pub struct Layer {
    pub id: String,
    pub version: String,
    pub title: String,
    /// What it extends, as `id@version`; empty for the base.
    #[serde(default)]
    pub extends: String,
    /// The rules it states, when an overlay names its own (a company standard).
    #[serde(default)]
    pub policy: Option<Policy>,
    /// Where it was read from.
    #[serde(default)]
    pub source: String,
    /// SHA-256 of its own text, hex.
    #[serde(default)]
    pub content_hash: String,
}

/// Without a policy of its own, a layer's `policy` is left out of JSON and TOML (which have no
/// empty value for it); a compact format (the questionnaire stored by build.rs) reads its
/// fields by position, so there it is always written.
impl Serialize for Layer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let skip_policy = self.policy.is_none() && serializer.is_human_readable();
        let mut s = serializer.serialize_struct("Layer", 7 - usize::from(skip_policy))?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("version", &self.version)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("extends", &self.extends)?;
        if skip_policy {
            s.skip_field("policy")?;
        } else {
            s.serialize_field("policy", &self.policy)?;
        }
        s.serialize_field("source", &self.source)?;
        s.serialize_field("content_hash", &self.content_hash)?;
        s.end()
    }
}

/// Another framework's identifier that a safeguard or requirement maps to.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Mapping {
    /// `framework:item`, e.g. `eu-ai-act:art-14`.
    pub id: String,
    pub relationship: Relationship,
}

/// How closely a safeguard or requirement matches another framework's item.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    /// It asks for the same thing.
    Equal,
    /// It covers part of what the item asks.
    PartOf,
    /// It bears on the item without covering it.
    Related,
}

impl Relationship {
    pub fn name(self) -> &'static str {
        match self {
            Self::Equal => "equal",
            Self::PartOf => "part of",
            Self::Related => "related",
        }
    }
}

/// A framework that items map to: identifiers and short titles only, never its text.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct Framework {
    pub id: String,
    pub title: String,
    /// Where its text is published.
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub items: Vec<FrameworkItem>,
    /// The layer that declared it.
    #[serde(default)]
    pub layer: usize,
}

#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct FrameworkItem {
    pub id: String,
    pub title: String,
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
    pub id: String,
    pub when: Condition,
    /// What is contradictory, in words, and how to resolve it.
    pub message: String,
    pub blocks: Vec<String>,
}

/// A tier floor set by a condition.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Floor {
    pub when: Condition,
    pub tier: Tier,
    /// Why, in words, for the tier reasons.
    pub reason: String,
}

/// The questionnaire's words for what the engine decides, so reports read in its language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Vocabulary {
    pub tier_low: String,
    pub tier_medium: String,
    pub tier_high: String,
    pub tier_prohibited: String,
    /// What a marked category is called ("consequential decision").
    pub consequential: String,
    /// What a confirmed prohibition is called ("prohibited use").
    pub prohibited_use: String,
    /// How an interpretation stricter than the policy's words is introduced.
    pub reading: String,
    /// Why the owning team and assessor are asked for.
    pub owner_hint: String,
    /// The disclaimer every report ends with.
    pub disclaimer: String,
    /// What the information-request response says the requests are about ("AI services").
    pub services: String,
    /// Example values shown in empty metadata fields, by field key.
    pub placeholders: BTreeMap<String, String>,
}

impl Default for Vocabulary {
    fn default() -> Self {
        Self {
            tier_low: "low".into(),
            tier_medium: "medium".into(),
            tier_high: "high".into(),
            tier_prohibited: "prohibited".into(),
            consequential: "consequential decision".into(),
            prohibited_use: "prohibited use".into(),
            reading: "raia's reading".into(),
            owner_hint: "Someone must answer for the system, so the owning team and the assessor are required.".into(),
            disclaimer: "This is a self-assessment made with raia, an open-source aid. It records the answers its authors gave and what the questionnaire derives from them. It is not legal advice, nor an audit or a certification; the text of the rules it paraphrases governs.".into(),
            services: "AI services".into(),
            placeholders: BTreeMap::new(),
        }
    }
}

impl Vocabulary {
    /// A tier in the questionnaire's words.
    pub fn tier(&self, t: Tier) -> &str {
        match t {
            Tier::Low => &self.tier_low,
            Tier::Medium => &self.tier_medium,
            Tier::High => &self.tier_high,
            Tier::Prohibited => &self.tier_prohibited,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Policy {
    pub name: String,
    pub date: String,
    pub url: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub intro: String,
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
    pub id: String,
    pub section: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// Why the question is asked, in plain words.
    pub help: String,
    /// The policy clause the question serves, e.g. "Prohibitions (likeness)".
    pub clause: String,
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
    pub placeholder: String,
    /// How the risk points of several picked options add up (multiple choice).
    pub risk_combine: RiskCombine,
    /// The part the question plays in reports ("intended-use", "limitations", ...): templates
    /// read answers by role, so any questionnaire fills the same response.
    pub role: Option<String>,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
}

/// The roles a question can play in reports, with what each means.
pub const ROLES: &[(&str, &str)] = &[
    ("intended-use", "what the system is for"),
    ("intended-users", "who uses it, and who is affected"),
    (
        "affected-people",
        "the groups affected, with benefits and harms",
    ),
    ("subjects", "whom its outputs act on besides its users"),
    ("out-of-scope", "uses that are out of scope"),
    ("services", "the AI services used"),
    ("models", "the models used"),
    ("data-sources", "where the data comes from"),
    ("lifecycle", "the stage the system is in"),
    ("scale", "how many people it affects"),
    ("vulnerable", "groups needing particular care"),
    ("ai-role", "the system's part in decisions or advice"),
    ("intent", "the team's statement of intent"),
    ("tests-done", "the tests passed"),
    ("test-summary", "the test results"),
    ("limitations", "known limitations and residual risk"),
    ("consulted", "who was consulted"),
    ("owner-name", "the accountable owner"),
    ("monitoring", "how it is monitored"),
    ("incidents", "how incidents are handled"),
];

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
    pub id: String,
    pub label: String,
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
    pub label: String,
    pub effects: Effects,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Effects {
    /// Prohibitions this answer confirms: the use must not proceed.
    pub prohibits: Vec<String>,
    /// Prohibitions this answer raises as a concern: safeguards needed, not a verdict.
    pub concerns: Vec<String>,
    /// Consequential categories this answer marks.
    pub categories: Vec<String>,
    /// Risk points per factor id.
    pub risk: BTreeMap<String, u32>,
    /// Safeguards this answer shows to be in place.
    pub satisfies: Vec<String>,
    /// Consequential categories this answer removes, whichever answer marked them (a
    /// derogation: the use falls outside the category after all).
    pub clears: Vec<String>,
    /// Whether a note explaining this answer is required.
    pub note_required: bool,
    /// What the note should say.
    pub note_hint: String,
}

impl Effects {
    pub fn is_empty(&self) -> bool {
        self == &Effects::default()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CatalogueEntry {
    pub id: String,
    pub title: String,
    /// A paraphrase of what the policy says, never its sentences.
    pub summary: String,
    pub clause: String,
    /// Categories: the tier a marked category sets at least (the questionnaire's
    /// `consequential_floor` when not given).
    pub floor: Option<Tier>,
    /// Where the questionnaire reads the policy more strictly than its words: how, in words.
    pub reading: String,
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
    pub id: String,
    pub title: String,
    pub summary: String,
    pub clause: String,
    pub applies: Applies,
    /// With `applies = When`: the condition.
    pub applies_when: Option<Condition>,
    /// Policy: the policy's words bind this use to it; practice: the questionnaire's advice.
    pub basis: Basis,
    pub obligation: Obligation,
    pub reading: String,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
    /// Other frameworks' items it maps to, for crosswalk reports.
    #[serde(default)]
    pub maps_to: Vec<Mapping>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Factor {
    pub id: String,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Safeguard {
    pub id: String,
    pub title: String,
    /// What good looks like: the evidence a reviewer should expect.
    pub good: String,
    pub requirement: String,
    pub clause: String,
    /// When absent the safeguard is required whenever its requirement applies.
    pub required_when: Option<Condition>,
    /// Answers that show the safeguard in place, besides options that name it in `satisfies`.
    pub satisfied_when: Option<Condition>,
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
    pub comes_with: Vec<(String, String)>,
    pub reading: String,
    /// The layer it comes from (a position in [`Questionnaire::layers`]; 0 is the base).
    #[serde(default)]
    pub layer: usize,
    /// Other frameworks' items it maps to, for crosswalk reports.
    #[serde(default)]
    pub maps_to: Vec<Mapping>,
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

impl Questionnaire {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.get(self.question_index(id)?)
    }

    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.index.questions.find(&self.questions, id, |x| &x.id)
    }

    /// `question_index(id)`, looking first at the few questions from position `from` on. Ids
    /// taken in asking order (the visible questions, say) are each found where the last one
    /// left off, without hashing: at 10,000 questions a hash lookup costs several cache misses.
    pub fn question_index_from(&self, id: &str, from: usize) -> Option<usize> {
        let end = from.saturating_add(8).min(self.questions.len());
        let near = self
            .questions
            .get(from..end)
            .and_then(|near| near.iter().position(|x| x.id == id));
        match near {
            Some(k) => Some(from + k),
            None => self.question_index(id),
        }
    }

    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        let i = self
            .index
            .safeguards
            .find(&self.safeguards, id, |x| &x.id)?;
        self.safeguards.get(i)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        let i = self.index.sections.find(&self.sections, id, |x| &x.id)?;
        self.sections.get(i)
    }

    pub fn prohibition(&self, id: &str) -> Option<&CatalogueEntry> {
        self.prohibitions.iter().find(|s| s.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&CatalogueEntry> {
        self.categories.iter().find(|s| s.id == id)
    }

    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        self.requirements.iter().find(|s| s.id == id)
    }

    pub fn factor(&self, id: &str) -> Option<&Factor> {
        self.factors.iter().find(|s| s.id == id)
    }

    /// The questions with an option that names this safeguard in `satisfies`, in asking order.
    pub fn questions_satisfying(&self, safeguard: &str) -> Vec<&Question> {
        self.index.satisfied_by(self, safeguard).unwrap_or_else(|| {
            self.questions
                .iter()
                .filter(|x| {
                    x.options
                        .iter()
                        .any(|o| o.effects.satisfies.iter().any(|s| s == safeguard))
                })
                .collect()
        })
    }

    /// Rebuilds the lookup index after the lists of questions, safeguards or sections were
    /// edited in place. Loading builds it; lookups stay correct without it, only slower.
    pub fn reindex(&mut self) {
        self.index = Index::new(self);
    }
}

impl Questionnaire {
    /// For each question, the prohibitions it screens for: those its own options can confirm or
    /// raise, and those of every question it shows or hides (a gate such as "which of these does
    /// the system do?" screens for everything behind it).
    pub fn screening(&self) -> std::collections::HashMap<&str, std::collections::BTreeSet<&str>> {
        use std::collections::{BTreeSet, HashMap};
        // Who reads whom, once: for each question, the positions of the questions whose
        // show_if reads it.
        let mut readers: Vec<Vec<usize>> = vec![Vec::new(); self.questions.len()];
        for (j, later) in self.questions.iter().enumerate() {
            let Some(c) = &later.show_if else { continue };
            let mut read = c.questions();
            read.sort_unstable();
            read.dedup();
            for id in read {
                if let Some(r) = self.question_index(id).and_then(|i| readers.get_mut(i)) {
                    r.push(j);
                }
            }
        }
        // Conditions only read earlier questions, so walking backwards sees every dependant first.
        let mut sets: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); self.questions.len()];
        for (i, (question, later)) in self.questions.iter().zip(&readers).enumerate().rev() {
            let mut set: BTreeSet<&str> = question
                .options
                .iter()
                .map(|o| &o.effects)
                .chain(question.bands.iter().map(|b| &b.effects))
                .flat_map(|e| e.prohibits.iter().chain(e.concerns.iter()))
                .map(String::as_str)
                .collect();
            for &j in later.iter().filter(|&&j| j > i) {
                if let Some(s) = sets.get(j) {
                    set.extend(s.iter().copied());
                }
            }
            if let Some(slot) = sets.get_mut(i) {
                *slot = set;
            }
        }
        let mut out: HashMap<&str, BTreeSet<&str>> = HashMap::with_capacity(sets.len());
        for (question, set) in self.questions.iter().zip(sets).rev() {
            out.insert(question.id.as_str(), set);
        }
        out
    }
}

impl Questionnaire {
    /// The answers that show a safeguard in place, in words ("prompt → option label"): options
    /// that name it in `satisfies`, and its own `satisfied_when`.
    pub fn satisfied_by(&self, safeguard: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .questions_satisfying(safeguard)
            .into_iter()
            .flat_map(|q| {
                q.options
                    .iter()
                    .filter(|o| o.effects.satisfies.iter().any(|s| s == safeguard))
                    .map(move |o| {
                        Condition::Is {
                            question: q.id.clone(),
                            option: o.id.clone(),
                        }
                        .describe(self)
                    })
            })
            .collect();
        if let Some(c) = self
            .safeguard(safeguard)
            .and_then(|s| s.satisfied_when.as_ref())
        {
            out.push(c.describe(self));
        }
        out
    }

    /// The contradictions that block this safeguard.
    pub fn contradictions_blocking<'a>(
        &'a self,
        safeguard: &'a str,
    ) -> impl Iterator<Item = &'a Contradiction> + 'a {
        self.contradictions
            .iter()
            .filter(move |c| c.blocks.iter().any(|b| b == safeguard))
    }

    /// The floor a marked category sets.
    pub fn category_floor(&self, category: &str) -> Tier {
        self.category(category)
            .and_then(|c| c.floor)
            .unwrap_or(self.tiers.consequential_floor)
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}
