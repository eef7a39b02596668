//! The assessment file: metadata, answers keyed by question id, notes, safeguard status with
//! evidence, sign-offs. Parsing checks every answer against the questionnaire; `store` writes
//! files atomically.

mod load;
pub mod locate;
pub mod lock;
pub mod merge;
pub mod store;

pub use load::{parse_assessment, read_assessment, read_assessment_fingerprinted};

use crate::answer::Answer;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Version of the assessment file layout this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    #[serde(default)]
    pub system: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub owner_team: String,
    #[serde(default)]
    pub assessor: String,
    #[serde(default)]
    pub contact: String,
    /// YYYY-MM-DD, set when the assessment is created.
    #[serde(default)]
    pub created: String,
    /// YYYY-MM-DD, set on every save by the wizard.
    #[serde(default)]
    pub updated: String,
    /// YYYY-MM-DD: the assessment is to be reviewed again by then. Empty: the questionnaire's
    /// months for the tier, counted from the latest sign-off (none before a first sign-off).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub review_by: String,
}

impl Metadata {
    /// The metadata fields in the order the wizard asks them: (key, label, required).
    pub const FIELDS: [(&'static str, &'static str, bool); 6] = [
        ("system", "System name", true),
        (
            "description",
            "What the system does, in a sentence or two",
            true,
        ),
        ("organisation", "Organisation", false),
        (
            "owner_team",
            "Owning team (accountable for the system)",
            true,
        ),
        ("assessor", "Assessor (who fills this in)", true),
        (
            "contact",
            "Contact for questions about this use (e-mail)",
            false,
        ),
    ];

    pub fn get(&self, key: &str) -> Option<&str> {
        Some(match key {
            "system" => &self.system,
            "description" => &self.description,
            "organisation" => &self.organisation,
            "owner_team" => &self.owner_team,
            "assessor" => &self.assessor,
            "contact" => &self.contact,
            "created" => &self.created,
            "updated" => &self.updated,
            "review_by" => &self.review_by,
            _ => return None,
        })
    }

    pub fn set(&mut self, key: &str, value: String) -> bool {
        let slot = match key {
            "system" => &mut self.system,
            "description" => &mut self.description,
            "organisation" => &mut self.organisation,
            "owner_team" => &mut self.owner_team,
            "assessor" => &mut self.assessor,
            "contact" => &mut self.contact,
            "created" => &mut self.created,
            "updated" => &mut self.updated,
            "review_by" => &mut self.review_by,
            _ => return false,
        };
        *slot = value;
        true
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
    /// sha256 of the questionnaire text the answers were given against.
    #[serde(default)]
    pub hash: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SafeguardStatus {
    InPlace,
    Planned,
    Missing,
    NotApplicable,
}

impl SafeguardStatus {
    pub const ALL: [SafeguardStatus; 4] = [
        SafeguardStatus::InPlace,
        SafeguardStatus::Planned,
        SafeguardStatus::Missing,
        SafeguardStatus::NotApplicable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::InPlace => "in-place",
            Self::Planned => "planned",
            Self::Missing => "missing",
            Self::NotApplicable => "not-applicable",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::InPlace => "in place",
            Self::Planned => "planned",
            Self::Missing => "missing",
            Self::NotApplicable => "not applicable",
        }
    }
}

impl std::fmt::Display for SafeguardStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeguardEntry {
    pub status: SafeguardStatus,
    /// Text or a link a reviewer can follow.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
}

/// When a safeguard's evidence was produced and when it expires: the `date` and `expires` keys
/// of its `[safeguards.ID]` table (YYYY-MM-DD, each optional). Kept beside the status rather than
/// in it: like the other dates in the file they are not in the assessment hash, so renewing
/// evidence does not stale a sign-off, and an expired one fails the gate instead.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct EvidenceDates {
    pub date: String,
    pub expires: String,
}

/// A reviewer's sign-off. It names the assessment hash it approved, so it goes stale when
/// answers change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub date: String,
    #[serde(default)]
    pub decision: String,
    pub assessment_hash: String,
}

impl SignOff {
    /// Whether it approved these answers as they stand: `hash` is `Assessment::answers_hash`.
    pub fn is_current(&self, hash: &str) -> bool {
        self.assessment_hash.trim() == hash
    }
}

/// Where the wizard was, so `raia resume` returns there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WizardState {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// The export step's choices by report format (`md`, `csv`...): where each report goes and
    /// whether it is ticked, so they are as the user left them next time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reports: BTreeMap<String, ReportChoice>,
}

/// One report's place on the export step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportChoice {
    pub path: String,
    #[serde(default = "ticked")]
    pub selected: bool,
}

fn ticked() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assessment {
    pub metadata: Metadata,
    pub questionnaire: QuestionnaireRef,
    /// Answers by question id. Answers to questions that are now hidden are kept here.
    pub answers: BTreeMap<String, Answer>,
    pub notes: BTreeMap<String, String>,
    pub safeguards: BTreeMap<String, SafeguardEntry>,
    /// Evidence dates by safeguard id, for safeguards that have any.
    pub evidence_dates: BTreeMap<String, EvidenceDates>,
    pub signoff: Vec<SignOff>,
    pub wizard: WizardState,
}

impl Assessment {
    /// A blank assessment for this questionnaire.
    pub fn new(q: &Questionnaire) -> Self {
        Self {
            questionnaire: QuestionnaireRef {
                id: q.id.clone(),
                version: q.version.clone(),
                hash: q.content_hash.clone(),
            },
            ..Self::default()
        }
    }

    /// SHA-256 over the canonical JSON of what a sign-off approves: the questionnaire text in
    /// use (id, version and content hash), the system's identifying details, answers, notes and
    /// safeguard status. Dates and sign-offs are left out so saving and signing do not change
    /// it; the questionnaire's content hash is in, so a sign-off goes stale when the rules
    /// behind the result change.
    pub fn answers_hash(&self, q: &Questionnaire) -> String {
        #[derive(Serialize)]
        struct Canonical<'a> {
            questionnaire: (&'a str, &'a str, &'a str),
            /// What names the system and who answers for it: a sign-off must not carry over to
            /// a relabelled file. The dates are left out, so a save does not stale it.
            system: [&'a str; 6],
            answers: &'a BTreeMap<String, Answer>,
            notes: &'a BTreeMap<String, String>,
            safeguards: &'a BTreeMap<String, SafeguardEntry>,
        }
        let notes: BTreeMap<String, String> = self
            .notes
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let m = &self.metadata;
        let c = Canonical {
            questionnaire: (&q.id, &q.version, &q.content_hash),
            system: [
                &m.system,
                &m.description,
                &m.organisation,
                &m.owner_team,
                &m.assessor,
                &m.contact,
            ],
            answers: &self.answers,
            notes: &notes,
            safeguards: &self.safeguards,
        };
        // Serialising maps of strings and plain values cannot fail.
        let json = serde_json::to_vec(&c).unwrap_or_default();
        crate::questionnaire::hex_digest(&Sha256::digest(&json))
    }

    /// Renders the assessment as TOML, answers in asking order so diffs read top to bottom.
    pub fn to_toml(&self, q: &Questionnaire) -> String {
        let mut doc = toml::Table::new();
        doc.insert(
            "schema_version".into(),
            toml::Value::Integer(SCHEMA_VERSION.into()),
        );
        doc.insert("metadata".into(), to_value(&self.metadata));
        // Every save records the exact questionnaire text the answers now stand against.
        let bound = QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
            hash: q.content_hash.clone(),
        };
        doc.insert("questionnaire".into(), to_value(&bound));
        let mut answers = toml::Table::new();
        let ordered = q
            .questions
            .iter()
            .filter_map(|x| self.answers.get(&x.id).map(|a| (x.id.clone(), a)));
        let unknown = self
            .answers
            .iter()
            .filter(|(k, _)| q.question(k).is_none())
            .map(|(k, a)| (k.clone(), a));
        for (id, a) in ordered.chain(unknown) {
            answers.insert(id, answer_to_toml(a));
        }
        doc.insert("answers".into(), toml::Value::Table(answers));
        let mut notes = toml::Table::new();
        let ordered_notes = q
            .questions
            .iter()
            .filter_map(|x| self.notes.get(&x.id).map(|n| (x.id.clone(), n)));
        for (id, n) in ordered_notes {
            if !n.trim().is_empty() {
                notes.insert(id, toml::Value::String(n.clone()));
            }
        }
        doc.insert("notes".into(), toml::Value::Table(notes));
        let mut sg = toml::Table::new();
        for s in &q.safeguards {
            if let Some(e) = self.safeguards.get(&s.id) {
                let mut entry = to_value(e);
                if let (Some(d), toml::Value::Table(t)) =
                    (self.evidence_dates.get(&s.id), &mut entry)
                {
                    for (key, value) in [("date", &d.date), ("expires", &d.expires)] {
                        if !value.is_empty() {
                            t.insert(key.into(), toml::Value::String(value.clone()));
                        }
                    }
                }
                sg.insert(s.id.clone(), entry);
            }
        }
        doc.insert("safeguards".into(), toml::Value::Table(sg));
        if !self.signoff.is_empty() {
            doc.insert(
                "signoff".into(),
                toml::Value::Array(self.signoff.iter().map(to_value).collect()),
            );
        }
        if self.wizard != WizardState::default() {
            doc.insert("wizard".into(), to_value(&self.wizard));
        }
        let body = toml::to_string_pretty(&doc).unwrap_or_default();
        format!(
            "# raia assessment ({} {}). Edit with `raia resume` or by hand; check with `raia validate`.\n{body}",
            q.id, q.version
        )
    }

    /// A warning when the answers were given against other text of the same questionnaire
    /// version (its hash differs): the questions may have been reworded since.
    pub fn questionnaire_drift(&self, q: &Questionnaire) -> Option<String> {
        (!self.questionnaire.hash.is_empty() && self.questionnaire.hash != q.content_hash).then(|| {
            format!(
                "the answers were given against a different text of `{}` version {} (its hash differs); check that the questions still mean what they meant",
                q.id, q.version
            )
        })
    }

    /// Whether the answer to `question` counts as given.
    pub fn has_answer(&self, question: &str) -> bool {
        self.answers.get(question).is_some_and(Answer::is_given)
    }
}

fn to_value<T: Serialize>(v: &T) -> toml::Value {
    toml::Value::try_from(v).unwrap_or_else(|_| toml::Value::Table(toml::Table::new()))
}

fn answer_to_toml(a: &Answer) -> toml::Value {
    match a {
        Answer::Bool(b) => toml::Value::Boolean(*b),
        Answer::Choice(s) | Answer::Text(s) | Answer::Date(s) => toml::Value::String(s.clone()),
        Answer::Choices(v) => {
            toml::Value::Array(v.iter().cloned().map(toml::Value::String).collect())
        }
        Answer::Number(n)
            if n.fract() == 0.0 && n.abs() <= crate::answer::MAX_EXACT_INTEGER as f64 =>
        {
            // Whole numbers are written as integers, so they read back as integers; up to
            // 2^53 the cast is exact.
            toml::Value::Integer(*n as i64)
        }
        Answer::Number(n) => toml::Value::Float(*n),
    }
}

/// Describes what kind of value a question takes, for error messages and `raia init`.
pub fn expected_value(q: &Question) -> String {
    let opts = || {
        q.options
            .iter()
            .map(|o| format!("\"{}\"", o.id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match q.kind {
        QuestionKind::YesNo => "true or false".to_string(),
        QuestionKind::Single => format!("one of {}", opts()),
        QuestionKind::Multi => format!("a list of any of {}", opts()),
        QuestionKind::Text | QuestionKind::LongText => "a string".to_string(),
        QuestionKind::Number => {
            let what = if q.integer {
                "a whole number"
            } else {
                "a number"
            };
            match (q.min, q.max) {
                (Some(a), Some(b)) => format!("{what} from {a} to {b}"),
                (Some(a), None) => format!("{what} of at least {a}"),
                (None, Some(b)) => format!("{what} of at most {b}"),
                (None, None) => what.to_string(),
            }
        }
        QuestionKind::Date => "a date as \"YYYY-MM-DD\"".to_string(),
    }
}

/// The id in `known` closest to `id` when it looks like a typo of it.
pub fn closest<'a>(id: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let id_bag = CharBag::new(id);
    known
        .into_iter()
        // Cheap lower bounds on the distance first: most ids are nowhere near, and computing
        // the distance for each of them made 100,000 unknown ids take seconds.
        .filter(|k| id_bag.may_be_within(&CharBag::new(k), 2.max(k.len() / 4)))
        .map(|k| (strsim::damerau_levenshtein(id, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

/// The characters of a string, counted: two strings whose counts differ by more than twice
/// some distance cannot be within that edit distance (an insertion or deletion changes the
/// counts by one, a substitution by two, a transposition not at all).
struct CharBag {
    ascii: [u16; 128],
    other: Vec<char>,
    len: usize,
}

impl CharBag {
    fn new(s: &str) -> Self {
        let mut ascii = [0u16; 128];
        let mut other = Vec::new();
        let mut len = 0;
        for c in s.chars() {
            len += 1;
            match usize::try_from(u32::from(c)).ok().filter(|&i| i < 128) {
                Some(i) => {
                    if let Some(n) = ascii.get_mut(i) {
                        *n = n.saturating_add(1);
                    }
                }
                None => other.push(c),
            }
        }
        other.sort_unstable();
        Self { ascii, other, len }
    }

    /// False only when the two strings are certainly more than `max` edits apart.
    fn may_be_within(&self, other: &CharBag, max: usize) -> bool {
        if self.len.abs_diff(other.len) > max {
            return false;
        }
        let mut diff: usize = self
            .ascii
            .iter()
            .zip(&other.ascii)
            .map(|(a, b)| usize::from(a.abs_diff(*b)))
            .sum();
        // Characters beyond ASCII: the size of the symmetric difference of the two multisets.
        let (mut i, mut j) = (0, 0);
        while i < self.other.len() || j < other.other.len() {
            match (self.other.get(i), other.other.get(j)) {
                (Some(a), Some(b)) if a == b => {
                    i += 1;
                    j += 1;
                }
                (Some(a), Some(b)) if a < b => {
                    diff += 1;
                    i += 1;
                }
                (Some(_), Some(_)) | (None, Some(_)) => {
                    diff += 1;
                    j += 1;
                }
                (Some(_), None) => {
                    diff += 1;
                    i += 1;
                }
                (None, None) => break,
            }
        }
        diff <= 2 * max
    }
}

fn did_you_mean(q: &Question, option: &str) -> String {
    closest(option, q.options.iter().map(|o| o.id.as_str()))
        .map(|c| format!(" (did you mean \"{c}\"?)"))
        .unwrap_or_default()
}

/// Checks one answer against its question; returns a message saying what is wrong.
pub fn check_answer(q: &Question, a: &Answer) -> Result<(), String> {
    let bad = || Err(format!("`{}` expects {}", q.id, expected_value(q)));
    match (q.kind, a) {
        (QuestionKind::YesNo, Answer::Bool(_)) => Ok(()),
        (QuestionKind::Single, Answer::Choice(c)) => {
            if q.option(c).is_some() {
                Ok(())
            } else {
                Err(format!(
                    "`{}` has no option \"{c}\"{}; it expects {}",
                    q.id,
                    did_you_mean(q, c),
                    expected_value(q)
                ))
            }
        }
        (QuestionKind::Multi, Answer::Choices(cs)) => {
            if let Some(c) = cs.iter().find(|c| q.option(c).is_none()) {
                return Err(format!(
                    "`{}` has no option \"{c}\"{}; it expects {}",
                    q.id,
                    did_you_mean(q, c),
                    expected_value(q)
                ));
            }
            if cs.len() > 1
                && let Some(x) = cs.iter().filter_map(|c| q.option(c)).find(|o| o.exclusive)
            {
                return Err(format!(
                    "\"{}\" cannot be combined with other options: choose it alone",
                    x.label
                ));
            }
            let mut seen = std::collections::HashSet::new();
            if let Some(c) = cs.iter().find(|c| !seen.insert(c.as_str())) {
                return Err(format!("`{}` lists \"{c}\" twice", q.id));
            }
            Ok(())
        }
        (QuestionKind::Text | QuestionKind::LongText, Answer::Text(_)) => Ok(()),
        (QuestionKind::Number, Answer::Number(n)) => {
            if !n.is_finite()
                || q.min.is_some_and(|m| *n < m)
                || q.max.is_some_and(|m| *n > m)
                || (q.integer && n.fract() != 0.0)
            {
                bad()
            } else {
                Ok(())
            }
        }
        (QuestionKind::Date, Answer::Date(d)) => {
            if crate::answer::valid_date(d) {
                Ok(())
            } else {
                bad()
            }
        }
        _ => bad(),
    }
}
