//! The questionnaire: the policy as data. Sections, questions, options and their effects,
//! the catalogues (prohibitions, consequential categories, requirements, safeguards) and the
//! tier rules. Loading and validation live in `load`; conditions in `condition`.

mod condition;
mod index;
mod load;

pub use condition::{Condition, Facts};
use index::Index;
pub use load::{
    QuestionnaireSource, default_questionnaire, hex_digest, load_questionnaire, parse_questionnaire,
};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The default questionnaire, embedded so `raia` works with no files around it.
pub const DEFAULT_QUESTIONNAIRE: &str =
    include_str!("../../questionnaires/aws-responsible-ai-2023-09-28.toml");
pub const DEFAULT_QUESTIONNAIRE_NAME: &str = "aws-responsible-ai-2023-09-28.toml";

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
    pub tiers: TierRules,
    /// Positions by id, built when the questionnaire is loaded, so lookups by id take constant
    /// time. After editing the lists above in place, call [`Questionnaire::reindex`].
    #[serde(skip)]
    index: Index,
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
    pub id: String,
    pub label: String,
    /// In a multiple-choice question, this option ("none of these") cannot be combined.
    pub exclusive: bool,
    pub effects: Effects,
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
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    /// Required of every use.
    Always,
    /// Required once any consequential category is marked.
    Consequential,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Requirement {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub clause: String,
    pub applies: Applies,
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
                if let Some(i) = self.question_index(id) {
                    readers[i].push(j);
                }
            }
        }
        // Conditions only read earlier questions, so walking backwards sees every dependant first.
        let mut sets: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); self.questions.len()];
        for (i, question) in self.questions.iter().enumerate().rev() {
            let mut set: BTreeSet<&str> = question
                .options
                .iter()
                .map(|o| &o.effects)
                .chain(question.bands.iter().map(|b| &b.effects))
                .flat_map(|e| e.prohibits.iter().chain(e.concerns.iter()))
                .map(String::as_str)
                .collect();
            for &j in readers[i].iter().filter(|&&j| j > i) {
                set.extend(sets[j].iter().copied());
            }
            sets[i] = set;
        }
        let mut out: HashMap<&str, BTreeSet<&str>> = HashMap::with_capacity(sets.len());
        for (question, set) in self.questions.iter().zip(sets).rev() {
            out.insert(question.id.as_str(), set);
        }
        out
    }
}

impl Questionnaire {
    /// The answers that show a safeguard in place, as "question-id = option" readings: options
    /// that name it in `satisfies`, and its own `satisfied_when`.
    pub fn satisfied_by(&self, safeguard: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .questions_satisfying(safeguard)
            .into_iter()
            .flat_map(|q| {
                q.options
                    .iter()
                    .filter(|o| o.effects.satisfies.iter().any(|s| s == safeguard))
                    .map(move |o| format!("{} = {}", q.id, o.id))
            })
            .collect();
        if let Some(c) = self
            .safeguard(safeguard)
            .and_then(|s| s.satisfied_when.as_ref())
        {
            out.push(c.describe());
        }
        out
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }
}
