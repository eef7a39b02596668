//! A questionnaire file as it is written: the tables, read with their positions, before any check.

use super::*;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub(crate) questionnaire: RawHeader,
    pub(crate) policy: RawPolicy,
    pub(crate) tiers: RawTiers,
    #[serde(default)]
    pub(crate) prohibition: Vec<RawEntry>,
    #[serde(default)]
    pub(crate) category: Vec<RawEntry>,
    #[serde(default)]
    pub(crate) requirement: Vec<RawRequirement>,
    #[serde(default)]
    pub(crate) factor: Vec<RawFactor>,
    #[serde(default)]
    pub(crate) safeguard: Vec<RawSafeguard>,
    #[serde(default)]
    pub(crate) section: Vec<RawSection>,
    #[serde(default)]
    pub(crate) question: Vec<RawQuestion>,
    #[serde(default)]
    pub(crate) contradiction: Vec<RawContradiction>,
    #[serde(default)]
    pub(crate) floor: Vec<RawFloor>,
    #[serde(default)]
    pub(crate) vocabulary: Option<RawVocabulary>,
    #[serde(default)]
    pub(crate) migration: Option<Spanned<super::Migration>>,
    #[serde(default)]
    pub(crate) framework: Vec<RawFramework>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContradiction {
    pub(crate) id: Spanned<String>,
    pub(crate) when: Spanned<RawCondition>,
    pub(crate) message: Spanned<String>,
    #[serde(default)]
    pub(crate) blocks: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) consequential_in_doubt: bool,
    #[serde(default)]
    pub(crate) judgement: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFloor {
    pub(crate) when: Spanned<RawCondition>,
    pub(crate) tier: Spanned<Tier>,
    pub(crate) reason: Spanned<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawVocabulary {
    pub(crate) tier_low: Option<String>,
    pub(crate) tier_medium: Option<String>,
    pub(crate) tier_high: Option<String>,
    pub(crate) tier_prohibited: Option<String>,
    pub(crate) consequential: Option<String>,
    pub(crate) prohibited_use: Option<String>,
    pub(crate) reading: Option<String>,
    pub(crate) owner_hint: Option<String>,
    pub(crate) disclaimer: Option<String>,
    pub(crate) services: Option<String>,
    #[serde(default)]
    pub(crate) placeholders: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawComesWith {
    pub(crate) question: Spanned<String>,
    pub(crate) option: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHeader {
    pub(crate) id: Spanned<String>,
    pub(crate) version: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPolicy {
    pub(crate) name: String,
    pub(crate) date: String,
    pub(crate) url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTiers {
    pub(crate) medium_at: Spanned<u32>,
    pub(crate) high_at: Spanned<u32>,
    #[serde(default = "default_floor")]
    pub(crate) consequential_floor: Spanned<Tier>,
    #[serde(default = "default_mitigation")]
    pub(crate) max_mitigation_percent: Spanned<u32>,
    #[serde(default)]
    pub(crate) review_months: Option<Spanned<super::ReviewMonths>>,
}

pub(crate) fn default_floor() -> Spanned<Tier> {
    Spanned::new(0..0, Tier::High)
}

pub(crate) fn default_combine() -> Spanned<RiskCombine> {
    Spanned::new(0..0, RiskCombine::Sum)
}

pub(crate) fn default_mitigation() -> Spanned<u32> {
    Spanned::new(0..0, 50)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) summary: String,
    #[serde(default)]
    pub(crate) clause: String,
    pub(crate) floor: Option<Spanned<Tier>>,
    #[serde(default)]
    pub(crate) reading: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRequirement {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) summary: String,
    #[serde(default)]
    pub(crate) clause: String,
    pub(crate) applies: Option<Spanned<RawApplies>>,
    pub(crate) applies_when: Option<Spanned<RawCondition>>,
    pub(crate) basis: Spanned<Basis>,
    #[serde(default)]
    pub(crate) obligation: Obligation,
    #[serde(default)]
    pub(crate) reading: String,
    #[serde(default)]
    pub(crate) maps_to: Vec<Spanned<RawMapping>>,
}

/// `applies` as written; a requirement with `applies_when` applies when its condition holds.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RawApplies {
    Always,
    Consequential,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFactor {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWeakEvidence {
    pub(crate) words: Vec<String>,
    #[serde(default)]
    pub(crate) unless: Vec<String>,
    #[serde(default)]
    pub(crate) needs_unless: bool,
    #[serde(default)]
    pub(crate) when: Option<Spanned<RawCondition>>,
    pub(crate) because: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSafeguard {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) good: String,
    pub(crate) requirement: Spanned<String>,
    #[serde(default)]
    pub(crate) clause: String,
    pub(crate) required_when: Option<Spanned<RawCondition>>,
    pub(crate) satisfied_when: Option<Spanned<RawCondition>>,
    pub(crate) absent_when: Option<Spanned<RawCondition>>,
    pub(crate) claimed_when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    pub(crate) weak_evidence: Option<Spanned<RawWeakEvidence>>,
    #[serde(default)]
    pub(crate) credit: Option<Spanned<u32>>,
    pub(crate) basis: Spanned<Basis>,
    pub(crate) policy_when: Option<Spanned<RawCondition>>,
    pub(crate) never_not_applicable_when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    pub(crate) comes_with: Vec<Spanned<RawComesWith>>,
    #[serde(default)]
    pub(crate) reading: String,
    #[serde(default)]
    pub(crate) maps_to: Vec<Spanned<RawMapping>>,
    #[serde(default)]
    pub(crate) dated_by: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSection {
    pub(crate) id: Spanned<String>,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) intro: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuestion {
    pub(crate) id: Spanned<String>,
    pub(crate) section: Spanned<String>,
    #[serde(rename = "type")]
    pub(crate) kind: Spanned<RawKind>,
    pub(crate) prompt: String,
    #[serde(default)]
    pub(crate) help: String,
    #[serde(default)]
    pub(crate) clause: String,
    #[serde(default)]
    pub(crate) optional: bool,
    pub(crate) show_if: Option<Spanned<RawCondition>>,
    #[serde(default)]
    pub(crate) placeholder: String,
    #[serde(default = "default_combine")]
    pub(crate) risk_combine: Spanned<RiskCombine>,
    pub(crate) role: Option<Spanned<String>>,
    pub(crate) min: Option<f64>,
    pub(crate) max: Option<f64>,
    #[serde(default)]
    pub(crate) integer: bool,
    #[serde(default)]
    pub(crate) option: Vec<Spanned<RawOption>>,
    #[serde(default)]
    pub(crate) band: Vec<Spanned<RawOption>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RawKind {
    Single,
    Multi,
    YesNo,
    Text,
    LongText,
    Number,
    Date,
}

/// An option of a choice question, or a band of a number question: the same effects apply.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOption {
    pub(crate) id: Option<Spanned<String>>,
    pub(crate) at_least: Option<f64>,
    #[serde(default)]
    pub(crate) label: String,
    #[serde(default)]
    pub(crate) exclusive: bool,
    #[serde(default)]
    pub(crate) prohibits: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) concerns: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) categories: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) risk: BTreeMap<String, Spanned<u32>>,
    #[serde(default)]
    pub(crate) satisfies: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) clears: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) note_required: bool,
    #[serde(default)]
    pub(crate) note_hint: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCondition {
    pub(crate) question: Option<Spanned<String>>,
    pub(crate) is: Option<String>,
    pub(crate) any_of: Option<Vec<String>>,
    pub(crate) at_least: Option<f64>,
    pub(crate) at_most: Option<f64>,
    pub(crate) answered: Option<Spanned<String>>,
    pub(crate) consequential: Option<bool>,
    pub(crate) category: Option<Spanned<String>>,
    pub(crate) concern: Option<Spanned<String>>,
    pub(crate) all: Option<Vec<Spanned<RawCondition>>>,
    pub(crate) any: Option<Vec<Spanned<RawCondition>>>,
    pub(crate) not: Option<Box<Spanned<RawCondition>>>,
}

pub(crate) const CONDITION_FORMS: &str = "use one of: { question = \"id\", is = \"option\" }, { question = \"id\", any_of = [..] }, { question = \"id\", at_least = N }, { question = \"id\", at_most = N }, { answered = \"id\" }, { consequential = true }, { category = \"id\" }, { concern = \"id\" }, { all = [..] }, { any = [..] }, { not = {..} }";

/// The questions as written in the file, and where each id first appears.
pub(crate) struct RawQuestions<'r> {
    pub(crate) list: &'r [RawQuestion],
    pub(crate) by_id: HashMap<&'r str, usize>,
}

impl<'r> RawQuestions<'r> {
    pub(crate) fn new(list: &'r [RawQuestion]) -> Self {
        let mut by_id = HashMap::with_capacity(list.len());
        for (i, rq) in list.iter().enumerate() {
            by_id.entry(rq.id.get_ref().as_str()).or_insert(i);
        }
        Self { list, by_id }
    }

    pub(crate) fn find(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}
