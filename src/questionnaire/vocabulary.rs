//! The questionnaire's own words for its verdicts, and the roles a question may play.

use super::*;

/// The questionnaire's words for what the engine decides, so reports read in its language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Vocabulary {
    pub tier_low: Text,
    pub tier_medium: Text,
    pub tier_high: Text,
    pub tier_prohibited: Text,
    /// What a marked category is called ("consequential decision").
    pub consequential: Text,
    /// What a confirmed prohibition is called ("prohibited use").
    pub prohibited_use: Text,
    /// How an interpretation stricter than the policy's words is introduced.
    pub reading: Text,
    /// Why the owning team and assessor are asked for.
    pub owner_hint: Text,
    /// The disclaimer every report ends with.
    pub disclaimer: Text,
    /// What the information-request response says the requests are about ("AI services").
    pub services: Text,
    /// Example values shown in empty metadata fields, by field key.
    pub placeholders: BTreeMap<Text, Text>,
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
