//! Parsing the questionnaire TOML and checking it, with every problem located by line and column.

use super::condition::Condition;
use super::*;
use crate::diag::{Diagnostic, Diagnostics, SourceMap};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

mod overlay;
pub use overlay::{
    BUILTIN_OVERLAYS, apply_overlay, for_assessment, is_overlay, named_by, with_framework,
};
use overlay::{RawFramework, RawMapping};

/// Where the questionnaire in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionnaireSource {
    Embedded,
    File(PathBuf),
    /// `.raia/questionnaire.toml` at the root of the project (the git repository) being worked in.
    Project(PathBuf),
}

impl std::fmt::Display for QuestionnaireSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Embedded => write!(f, "built-in {DEFAULT_QUESTIONNAIRE_NAME}"),
            Self::File(p) | Self::Project(p) => write!(f, "{}", p.display()),
        }
    }
}

impl QuestionnaireSource {
    /// The file it was read from, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Embedded => None,
            Self::File(p) | Self::Project(p) => Some(p),
        }
    }
}

/// Loads the questionnaire from `path`, else from the project's `.raia/questionnaire.toml`,
/// else from the user's config directory (`questionnaire.toml`), else the embedded default.
/// Any of these files may be an overlay (`extends`): then the layers below it are loaded too.
pub fn load_questionnaire(
    path: Option<&Path>,
) -> anyhow::Result<(Questionnaire, QuestionnaireSource)> {
    let chosen = match path {
        Some(p) => Some(QuestionnaireSource::File(p.to_path_buf())),
        None => std::env::current_dir()
            .ok()
            .and_then(|d| crate::paths::project_questionnaire(&d))
            .map(QuestionnaireSource::Project)
            .or_else(|| {
                crate::paths::config_dir()
                    .map(|d| d.join("questionnaire.toml"))
                    // Present but not a regular file is an error, not a reason to use the
                    // built-in one.
                    .filter(|p| p.exists())
                    .map(QuestionnaireSource::File)
            }),
    };
    match chosen {
        Some(source) => {
            let p = source.path().unwrap_or(Path::new(""));
            let q = overlay::load_file(p)?;
            Ok((q, source))
        }
        None => Ok((default_questionnaire()?, QuestionnaireSource::Embedded)),
    }
}

/// The built-in questionnaire of file `name` as build.rs stored it, read back; `None` when it is
/// not built in or does not read back ([`builtin_questionnaire`] then parses the text). For the
/// test that every stored form reads back.
pub fn stored_builtin(name: &str) -> Option<Questionnaire> {
    crate::embedded::builtin(name)
}

/// The default built-in questionnaire, loaded (see [`builtin_questionnaire`]).
pub fn default_questionnaire() -> Result<Questionnaire, Diagnostics> {
    builtin_questionnaire(DEFAULT_QUESTIONNAIRE_NAME, DEFAULT_QUESTIONNAIRE)
}

/// A built-in questionnaire (file `name`, text `text`, from `BUILTIN`), loaded. The build
/// parsed and validated its text with this loader and stored the result (see build.rs); that
/// is read back here rather than the text parsed again. The content hash is the SHA-256 of the
/// text, as for any questionnaire.
pub fn builtin_questionnaire(name: &str, text: &str) -> Result<Questionnaire, Diagnostics> {
    let mut q = match crate::embedded::builtin(name) {
        Some(q) => q,
        None => parse_questionnaire(name, text)?,
    };
    q.source = format!("built-in {name}");
    if let Some(l) = q.layers.first_mut() {
        l.source = q.source.clone();
    }
    Ok(q)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    questionnaire: RawHeader,
    policy: RawPolicy,
    tiers: RawTiers,
    #[serde(default)]
    prohibition: Vec<RawEntry>,
    #[serde(default)]
    category: Vec<RawEntry>,
    #[serde(default)]
    requirement: Vec<RawRequirement>,
    #[serde(default)]
    factor: Vec<RawFactor>,
    #[serde(default)]
    safeguard: Vec<RawSafeguard>,
    #[serde(default)]
    section: Vec<RawSection>,
    #[serde(default)]
    question: Vec<RawQuestion>,
    #[serde(default)]
    contradiction: Vec<RawContradiction>,
    #[serde(default)]
    floor: Vec<RawFloor>,
    #[serde(default)]
    vocabulary: Option<RawVocabulary>,
    #[serde(default)]
    migration: Option<Spanned<super::Migration>>,
    #[serde(default)]
    framework: Vec<RawFramework>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContradiction {
    id: Spanned<String>,
    when: Spanned<RawCondition>,
    message: Spanned<String>,
    #[serde(default)]
    blocks: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFloor {
    when: Spanned<RawCondition>,
    tier: Spanned<Tier>,
    reason: Spanned<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawVocabulary {
    tier_low: Option<String>,
    tier_medium: Option<String>,
    tier_high: Option<String>,
    tier_prohibited: Option<String>,
    consequential: Option<String>,
    prohibited_use: Option<String>,
    reading: Option<String>,
    owner_hint: Option<String>,
    disclaimer: Option<String>,
    services: Option<String>,
    #[serde(default)]
    placeholders: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComesWith {
    question: Spanned<String>,
    option: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: Spanned<String>,
    version: String,
    title: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPolicy {
    name: String,
    date: String,
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTiers {
    medium_at: Spanned<u32>,
    high_at: Spanned<u32>,
    #[serde(default = "default_floor")]
    consequential_floor: Spanned<Tier>,
    #[serde(default = "default_mitigation")]
    max_mitigation_percent: Spanned<u32>,
    #[serde(default)]
    review_months: Option<Spanned<super::ReviewMonths>>,
}

fn default_floor() -> Spanned<Tier> {
    Spanned::new(0..0, Tier::High)
}

fn default_combine() -> Spanned<RiskCombine> {
    Spanned::new(0..0, RiskCombine::Sum)
}

fn default_mitigation() -> Spanned<u32> {
    Spanned::new(0..0, 50)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    clause: String,
    floor: Option<Spanned<Tier>>,
    #[serde(default)]
    reading: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirement {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    clause: String,
    applies: Option<Spanned<RawApplies>>,
    applies_when: Option<Spanned<RawCondition>>,
    basis: Spanned<Basis>,
    #[serde(default)]
    obligation: Obligation,
    #[serde(default)]
    reading: String,
    #[serde(default)]
    maps_to: Vec<Spanned<RawMapping>>,
}

/// `applies` as written; a requirement with `applies_when` applies when its condition holds.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum RawApplies {
    Always,
    Consequential,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFactor {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafeguard {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    good: String,
    requirement: Spanned<String>,
    #[serde(default)]
    clause: String,
    required_when: Option<Spanned<RawCondition>>,
    satisfied_when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    credit: Option<Spanned<u32>>,
    basis: Spanned<Basis>,
    policy_when: Option<Spanned<RawCondition>>,
    never_not_applicable_when: Option<Spanned<RawCondition>>,
    #[serde(default)]
    comes_with: Vec<Spanned<RawComesWith>>,
    #[serde(default)]
    reading: String,
    #[serde(default)]
    maps_to: Vec<Spanned<RawMapping>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    intro: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: Spanned<String>,
    section: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<RawKind>,
    prompt: String,
    #[serde(default)]
    help: String,
    #[serde(default)]
    clause: String,
    #[serde(default)]
    optional: bool,
    show_if: Option<Spanned<RawCondition>>,
    #[serde(default)]
    placeholder: String,
    #[serde(default = "default_combine")]
    risk_combine: Spanned<RiskCombine>,
    role: Option<Spanned<String>>,
    min: Option<f64>,
    max: Option<f64>,
    #[serde(default)]
    integer: bool,
    #[serde(default)]
    option: Vec<Spanned<RawOption>>,
    #[serde(default)]
    band: Vec<Spanned<RawOption>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum RawKind {
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
struct RawOption {
    id: Option<Spanned<String>>,
    at_least: Option<f64>,
    #[serde(default)]
    label: String,
    #[serde(default)]
    exclusive: bool,
    #[serde(default)]
    prohibits: Vec<Spanned<String>>,
    #[serde(default)]
    concerns: Vec<Spanned<String>>,
    #[serde(default)]
    categories: Vec<Spanned<String>>,
    #[serde(default)]
    risk: BTreeMap<String, Spanned<u32>>,
    #[serde(default)]
    satisfies: Vec<Spanned<String>>,
    #[serde(default)]
    clears: Vec<Spanned<String>>,
    #[serde(default)]
    note_required: bool,
    #[serde(default)]
    note_hint: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    question: Option<Spanned<String>>,
    is: Option<String>,
    any_of: Option<Vec<String>>,
    at_least: Option<f64>,
    at_most: Option<f64>,
    answered: Option<Spanned<String>>,
    consequential: Option<bool>,
    category: Option<Spanned<String>>,
    concern: Option<Spanned<String>>,
    all: Option<Vec<Spanned<RawCondition>>>,
    any: Option<Vec<Spanned<RawCondition>>>,
    not: Option<Box<Spanned<RawCondition>>>,
}

const CONDITION_FORMS: &str = "use one of: { question = \"id\", is = \"option\" }, { question = \"id\", any_of = [..] }, { question = \"id\", at_least = N }, { question = \"id\", at_most = N }, { answered = \"id\" }, { consequential = true }, { category = \"id\" }, { concern = \"id\" }, { all = [..] }, { any = [..] }, { not = {..} }";

/// Parses and validates questionnaire text; `file` names it in messages.
pub fn parse_questionnaire(file: &str, text: &str) -> Result<Questionnaire, Diagnostics> {
    let map = SourceMap::new(file, text);
    let raw = parse_raw(text).map_err(|e| Diagnostics(vec![map.from_toml(&e)]))?;
    check(&map, raw, text)
}

/// Builds the questionnaire from the file as written, with every problem found, in file order.
fn check(map: &SourceMap, raw: RawFile, text: &str) -> Result<Questionnaire, Diagnostics> {
    let mut v = Validator {
        map,
        errors: Vec::new(),
        below: Vec::new(),
    };
    let mut q = v.build(raw, text);
    q.source = map.file.to_string();
    if let Some(l) = q.layers.first_mut() {
        l.source = map.file.to_string();
    }
    if v.errors.is_empty() {
        Ok(q)
    } else {
        v.errors.sort_by_key(|d| (d.line, d.column));
        Err(Diagnostics(v.errors))
    }
}

/// The questions as written in the file, and where each id first appears.
struct RawQuestions<'r> {
    list: &'r [RawQuestion],
    by_id: HashMap<&'r str, usize>,
}

impl<'r> RawQuestions<'r> {
    fn new(list: &'r [RawQuestion]) -> Self {
        let mut by_id = HashMap::with_capacity(list.len());
        for (i, rq) in list.iter().enumerate() {
            by_id.entry(rq.id.get_ref().as_str()).or_insert(i);
        }
        Self { list, by_id }
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
}

/// Text longer than this is parsed a run of questions at a time. While it works, the TOML
/// parser holds about twenty times the text it parses: 150 MB for a questionnaire of 10,000
/// questions parsed whole (issue 7).
const CHUNK: usize = 256 * 1024;

/// The questionnaire file as written. A large file is parsed in parts: what comes before the
/// first `[[question]]`, then runs of questions, each starting at a `[[question]]` line. If
/// any part does not parse on its own (the file does not have that layout, or has an error),
/// the whole text is parsed instead, so errors are reported exactly as for a small file.
fn parse_raw(text: &str) -> Result<RawFile, toml::de::Error> {
    if text.len() > CHUNK
        && let Some(raw) = parse_in_parts(text)
    {
        return Ok(raw);
    }
    toml::from_str(text)
}

/// Only questions, for the parts of a large file after its first `[[question]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionRun {
    #[serde(default)]
    question: Vec<RawQuestion>,
}

/// Where the first line that is a `[[question]]` header and nothing else starts.
fn first_question_line(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[question]]" {
            return Some(at);
        }
        at += line.len();
    }
    None
}

fn parse_in_parts(text: &str) -> Option<RawFile> {
    // Lines that are a `[[question]]` header and nothing else. One inside a multi-line string
    // or array splits it, and the part before it then fails to parse.
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[question]]" {
            starts.push(at);
        }
        at += line.len();
    }
    let first = *starts.first()?;
    let mut raw: RawFile = toml::from_str(text.get(..first)?).ok()?;
    if !raw.question.is_empty() {
        return None;
    }
    let mut i = 0;
    while let Some(&begin) = starts.get(i) {
        let mut j = i + 1;
        while starts.get(j).is_some_and(|&at| at - begin < CHUNK) {
            j += 1;
        }
        let end = starts.get(j).copied().unwrap_or(text.len());
        let run: RawQuestionRun = toml::from_str(text.get(begin..end)?).ok()?;
        raw.question
            .extend(run.question.into_iter().map(|q| q.shifted(begin)));
        i = j;
    }
    Some(raw)
}

/// A span moved by `by` bytes; an empty span at 0 (a default value, no place in the file)
/// stays as it is.
fn shift<T>(s: Spanned<T>, by: usize) -> Spanned<T> {
    let r = s.span();
    if r.is_empty() && r.start == 0 {
        return s;
    }
    Spanned::new(r.start + by..r.end + by, s.into_inner())
}

fn shift_all<T>(v: Vec<Spanned<T>>, by: usize) -> Vec<Spanned<T>> {
    v.into_iter().map(|s| shift(s, by)).collect()
}

// Spans of a part are offsets into that part; these move them to offsets into the file. Each
// destructures its struct, so a new field cannot be forgotten here.
impl RawQuestion {
    fn shifted(self, by: usize) -> Self {
        let RawQuestion {
            id,
            section,
            kind,
            prompt,
            help,
            clause,
            optional,
            show_if,
            placeholder,
            risk_combine,
            role,
            min,
            max,
            integer,
            option,
            band,
        } = self;
        let options = |v: Vec<Spanned<RawOption>>| {
            v.into_iter()
                .map(|o| {
                    let o = shift(o, by);
                    let r = o.span();
                    Spanned::new(r, o.into_inner().shifted(by))
                })
                .collect()
        };
        RawQuestion {
            id: shift(id, by),
            section: shift(section, by),
            kind: shift(kind, by),
            prompt,
            help,
            clause,
            optional,
            show_if: show_if.map(|c| shift_condition(c, by)),
            placeholder,
            risk_combine: shift(risk_combine, by),
            role: role.map(|s| shift(s, by)),
            min,
            max,
            integer,
            option: options(option),
            band: options(band),
        }
    }
}

impl RawOption {
    fn shifted(self, by: usize) -> Self {
        let RawOption {
            id,
            at_least,
            label,
            exclusive,
            prohibits,
            concerns,
            categories,
            risk,
            satisfies,
            clears,
            note_required,
            note_hint,
        } = self;
        RawOption {
            id: id.map(|s| shift(s, by)),
            at_least,
            label,
            exclusive,
            prohibits: shift_all(prohibits, by),
            concerns: shift_all(concerns, by),
            categories: shift_all(categories, by),
            risk: risk.into_iter().map(|(k, v)| (k, shift(v, by))).collect(),
            satisfies: shift_all(satisfies, by),
            clears: shift_all(clears, by),
            note_required,
            note_hint,
        }
    }
}

fn shift_condition(c: Spanned<RawCondition>, by: usize) -> Spanned<RawCondition> {
    let c = shift(c, by);
    let r = c.span();
    let RawCondition {
        question,
        is,
        any_of,
        at_least,
        at_most,
        answered,
        consequential,
        category,
        concern,
        all,
        any,
        not,
    } = c.into_inner();
    let list = |v: Option<Vec<Spanned<RawCondition>>>| {
        v.map(|v| v.into_iter().map(|c| shift_condition(c, by)).collect())
    };
    Spanned::new(
        r,
        RawCondition {
            question: question.map(|s| shift(s, by)),
            is,
            any_of,
            at_least,
            at_most,
            answered: answered.map(|s| shift(s, by)),
            consequential,
            category: category.map(|s| shift(s, by)),
            concern: concern.map(|s| shift(s, by)),
            all: list(all),
            any: list(any),
            not: not.map(|c| Box::new(shift_condition(*c, by))),
        },
    )
}

/// The ids a condition may refer to.
struct Refs<'a, 'r> {
    position: &'a HashMap<String, usize>,
    questions: &'a RawQuestions<'r>,
    categories: &'a HashSet<String>,
    prohibitions: &'a HashSet<String>,
}

struct Validator<'a> {
    map: &'a SourceMap<'a>,
    errors: Vec<Diagnostic>,
    /// Frameworks declared by the layers below this file (for an overlay), which its mappings
    /// may name besides its own.
    below: Vec<Framework>,
}

/// The most risk points one option may give a factor, and the most credit a safeguard may
/// take off. Sums of them saturate rather than wrap, and this bound keeps them far below that.
pub const MAX_POINTS: u32 = 1_000_000;

fn span_of<T>(s: &Spanned<T>) -> Option<Range<usize>> {
    let r = s.span();
    if r.is_empty() && r.start == 0 {
        None
    } else {
        Some(r)
    }
}

impl Validator<'_> {
    fn err(&mut self, span: Option<Range<usize>>, msg: impl Into<String>, help: impl Into<String>) {
        self.errors.push(self.map.at(span, msg, help));
    }

    /// Checks that ids in one list are unique and well-formed; returns them in order.
    fn ids(&mut self, what: &str, ids: &[&Spanned<String>]) -> Vec<String> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            let s = id.get_ref().as_str();
            if !valid_id(s) {
                self.err(
                    span_of(id),
                    format!("{what} id `{s}` is not a valid id"),
                    "ids use lowercase letters, digits, hyphens and underscores, like `human-review`",
                );
            }
            if let Some(prev) = seen.insert(s, id.span().start) {
                let (line, _) = self.map.line_col(prev);
                self.err(
                    span_of(id),
                    format!("duplicate {what} id `{s}` (first defined on line {line})"),
                    "ids must be unique: rename one of them",
                );
            }
        }
        ids.iter().map(|s| s.get_ref().clone()).collect()
    }

    /// Checks one catalogue's ids and returns them as a set for reference checks.
    fn id_set<'s>(
        &mut self,
        what: &str,
        ids: impl Iterator<Item = &'s Spanned<String>>,
    ) -> HashSet<String> {
        self.ids(what, &ids.collect::<Vec<_>>())
            .into_iter()
            .collect()
    }

    fn check_refs(
        &mut self,
        what: &str,
        refs: &[Spanned<String>],
        known: &HashSet<String>,
        owner: &str,
    ) {
        for r in refs {
            if !known.contains(r.get_ref()) {
                self.err(
                    span_of(r),
                    format!("{owner} refers to unknown {what} `{}`", r.get_ref()),
                    format!("use one of the declared {what} ids: {}", sorted(known)),
                );
            }
        }
    }

    fn build(&mut self, raw: RawFile, text: &str) -> Questionnaire {
        let frameworks = self.frameworks(&raw.framework);
        let prohibition_ids = self.id_set("prohibition", raw.prohibition.iter().map(|e| &e.id));
        let category_ids = self.id_set("category", raw.category.iter().map(|e| &e.id));
        let requirement_ids = self.id_set("requirement", raw.requirement.iter().map(|e| &e.id));
        let factor_ids = self.id_set("factor", raw.factor.iter().map(|e| &e.id));
        let safeguard_ids = self.id_set("safeguard", raw.safeguard.iter().map(|e| &e.id));
        let section_order = self.ids(
            "section",
            &raw.section.iter().map(|e| &e.id).collect::<Vec<_>>(),
        );
        self.ids(
            "question",
            &raw.question.iter().map(|e| &e.id).collect::<Vec<_>>(),
        );
        if !valid_id(raw.questionnaire.id.get_ref()) {
            self.err(
                span_of(&raw.questionnaire.id),
                "questionnaire id is not a valid id",
                "use lowercase letters, digits and hyphens",
            );
        }

        let t = &raw.tiers;
        if *t.medium_at.get_ref() == 0 || t.medium_at.get_ref() >= t.high_at.get_ref() {
            self.err(
                span_of(&t.high_at),
                format!(
                    "tiers: medium_at ({}) must be above 0 and below high_at ({})",
                    t.medium_at.get_ref(),
                    t.high_at.get_ref()
                ),
                "set 0 < medium_at < high_at",
            );
        }
        if *t.consequential_floor.get_ref() == Tier::Prohibited
            || *t.consequential_floor.get_ref() == Tier::Low
        {
            self.err(
                span_of(&t.consequential_floor),
                "tiers: consequential_floor must be medium or high",
                "set consequential_floor = \"high\" (the policy's default reading)",
            );
        }
        if *t.max_mitigation_percent.get_ref() > 100 {
            self.err(
                span_of(&t.max_mitigation_percent),
                "tiers: max_mitigation_percent is over 100",
                "use a percentage from 0 to 100",
            );
        }
        if let Some(r) = &t.review_months {
            let m = r.get_ref();
            if [m.low, m.medium, m.high].contains(&0)
                || [m.low, m.medium, m.high].iter().any(|n| *n > 120)
            {
                self.err(
                    span_of(r),
                    "tiers.review_months: each tier's months must be from 1 to 120",
                    "write e.g. high = 6, medium = 12, low = 24",
                );
            }
        }

        // Questions are asked section by section; within a section, in file order.
        // A question in an unknown section (a typo, reported below) keeps the place of the
        // question before it, so the typo does not also move it after questions it precedes.
        let mut section_at: HashMap<&str, usize> = HashMap::new();
        for (k, s) in section_order.iter().enumerate() {
            section_at.entry(s.as_str()).or_insert(k);
        }
        let mut key = Vec::with_capacity(raw.question.len());
        let mut last = 0;
        for rq in &raw.question {
            if let Some(&k) = section_at.get(rq.section.get_ref().as_str()) {
                last = k;
            }
            key.push(last);
        }
        // A stable sort: within a section, file order stays.
        let mut order: Vec<(usize, &RawQuestion)> = key.into_iter().zip(&raw.question).collect();
        order.sort_by_key(|&(k, _)| k);
        // With duplicate ids the first one counts, so one mistake gives one error.
        let mut position: HashMap<String, usize> = HashMap::new();
        for (pos, (_, rq)) in order.iter().enumerate() {
            position.entry(rq.id.get_ref().clone()).or_insert(pos);
        }

        let raw_questions = RawQuestions::new(&raw.question);

        let mut questions: Vec<Question> = Vec::new();
        let mut roles_seen: HashMap<String, String> = HashMap::new();
        for &(_, rq) in &order {
            let qid = rq.id.get_ref().clone();
            if !section_at.contains_key(rq.section.get_ref().as_str()) {
                self.err(
                    span_of(&rq.section),
                    format!(
                        "question `{qid}` is in unknown section `{}`",
                        rq.section.get_ref()
                    ),
                    format!(
                        "declare it with [[section]] or use one of: {}",
                        section_order.join(", ")
                    ),
                );
            }
            let kind = match rq.kind.get_ref() {
                RawKind::Single => QuestionKind::Single,
                RawKind::Multi => QuestionKind::Multi,
                RawKind::YesNo => QuestionKind::YesNo,
                RawKind::Text => QuestionKind::Text,
                RawKind::LongText => QuestionKind::LongText,
                RawKind::Number => QuestionKind::Number,
                RawKind::Date => QuestionKind::Date,
            };
            let owner = format!("question `{qid}`");
            let mut options = Vec::new();
            for ro in &rq.option {
                let o = ro.get_ref();
                let Some(oid) = &o.id else {
                    self.err(
                        span_of(ro),
                        format!("an option of {owner} has no id"),
                        "add id = \"...\" to the option",
                    );
                    continue;
                };
                if o.at_least.is_some() {
                    self.err(
                        span_of(ro),
                        format!("option `{}` of {owner} has at_least", oid.get_ref()),
                        "at_least belongs to [[question.band]] of number questions; remove it",
                    );
                }
                let effects = self.effects(
                    o,
                    &owner,
                    &prohibition_ids,
                    &category_ids,
                    &factor_ids,
                    &safeguard_ids,
                );
                if o.exclusive && kind != QuestionKind::Multi {
                    self.err(
                        span_of(oid),
                        format!("option `{}` of {owner} is exclusive, but only multi questions combine options", oid.get_ref()),
                        "remove exclusive = true, or use type = \"multi\"",
                    );
                }
                options.push((oid, o.label.clone(), o.exclusive, effects));
            }
            self.ids(
                &format!("option (in question `{qid}`)"),
                &options.iter().map(|(id, _, _, _)| *id).collect::<Vec<_>>(),
            );
            let mut choices: Vec<Choice> = options
                .into_iter()
                .map(|(id, label, exclusive, effects)| Choice {
                    id: id.get_ref().clone(),
                    label,
                    exclusive,
                    effects,
                    layer: 0,
                })
                .collect();
            match kind {
                QuestionKind::Single | QuestionKind::Multi if choices.len() < 2 => {
                    self.err(
                        span_of(&rq.id),
                        format!(
                            "{owner} is a {} question with fewer than two options",
                            kind.name()
                        ),
                        "add [[question.option]] entries, or use type = \"yes_no\"",
                    );
                }
                QuestionKind::YesNo => {
                    for c in &choices {
                        if c.id != "yes" && c.id != "no" {
                            self.err(span_of(&rq.id), format!("{owner} is yes_no but has option `{}`", c.id), "yes_no options may only be `yes` and `no`; use type = \"single\" for other options");
                        }
                    }
                    for (id, label) in [("yes", "Yes"), ("no", "No")] {
                        match choices.iter_mut().find(|c| c.id == id) {
                            Some(c) if c.label.is_empty() => c.label = label.to_string(),
                            Some(_) => {}
                            None => choices.push(Choice {
                                id: id.to_string(),
                                label: label.to_string(),
                                exclusive: false,
                                effects: Effects::default(),
                                layer: 0,
                            }),
                        }
                    }
                    choices.sort_by_key(|c| c.id != "yes");
                }
                QuestionKind::Text
                | QuestionKind::LongText
                | QuestionKind::Number
                | QuestionKind::Date
                    if !choices.is_empty() =>
                {
                    self.err(
                        span_of(&rq.id),
                        format!("{owner} is a {} question but has options", kind.name()),
                        "remove the [[question.option]] entries or change the type",
                    );
                }
                _ => {}
            }
            let mut bands = Vec::new();
            for rb in &rq.band {
                let b = rb.get_ref();
                if kind != QuestionKind::Number {
                    self.err(
                        span_of(rb),
                        format!("{owner} has a band but is not a number question"),
                        "bands apply to type = \"number\" only",
                    );
                }
                let Some(at_least) = b.at_least else {
                    self.err(
                        span_of(rb),
                        format!("a band of {owner} has no at_least"),
                        "add at_least = N",
                    );
                    continue;
                };
                if b.id.is_some() {
                    self.err(
                        span_of(rb),
                        format!("a band of {owner} has an id"),
                        "bands are identified by at_least; remove id",
                    );
                }
                let effects = self.effects(
                    b,
                    &owner,
                    &prohibition_ids,
                    &category_ids,
                    &factor_ids,
                    &safeguard_ids,
                );
                bands.push(Band {
                    at_least,
                    label: b.label.clone(),
                    effects,
                });
            }
            bands.sort_by(|a, b| a.at_least.total_cmp(&b.at_least));
            if let (Some(min), Some(max)) = (rq.min, rq.max)
                && min > max
            {
                self.err(
                    span_of(&rq.id),
                    format!("{owner}: min ({min}) is above max ({max})"),
                    "swap min and max",
                );
            }
            if (rq.min.is_some() || rq.max.is_some() || rq.integer) && kind != QuestionKind::Number
            {
                self.err(
                    span_of(&rq.id),
                    format!("{owner} has min/max but is not a number question"),
                    "remove min and max",
                );
            }
            let show_if = rq.show_if.as_ref().and_then(|c| {
                self.condition(
                    c,
                    &owner,
                    position.get(&qid).copied(),
                    &position,
                    &raw_questions,
                    &category_ids,
                    &prohibition_ids,
                )
            });
            let qid_for_role = qid.clone();
            questions.push(Question {
                id: qid,
                section: rq.section.get_ref().clone(),
                kind,
                prompt: rq.prompt.clone(),
                help: rq.help.clone(),
                clause: rq.clause.clone(),
                optional: rq.optional,
                show_if,
                options: choices,
                bands,
                min: rq.min,
                max: rq.max,
                integer: rq.integer,
                placeholder: rq.placeholder.clone(),
                risk_combine: *rq.risk_combine.get_ref(),
                role: rq.role.as_ref().map(|r| r.get_ref().clone()),
                layer: 0,
            });
            if let Some(role) = &rq.role {
                let name = role.get_ref();
                if !ROLES.iter().any(|(r, _)| r == name) {
                    self.err(
                        span_of(role),
                        format!("{owner} has unknown role `{name}`"),
                        format!(
                            "use one of: {}",
                            ROLES.iter().map(|(r, _)| *r).collect::<Vec<_>>().join(", ")
                        ),
                    );
                } else if let Some(prev) = roles_seen.insert(name.clone(), qid_for_role.clone()) {
                    self.err(
                        span_of(role),
                        format!("{owner} has role `{name}`, which question `{prev}` already has"),
                        "give each role to one question",
                    );
                }
            }
            if *rq.risk_combine.get_ref() == RiskCombine::Max && kind != QuestionKind::Multi {
                self.err(
                    span_of(&rq.risk_combine),
                    format!(
                        "{owner} sets risk_combine, but only multi questions pick several options"
                    ),
                    "remove risk_combine, or use type = \"multi\"",
                );
            }
        }

        // What conditions outside a question's show_if may read: every question, category and
        // prohibition.
        let refs = Refs {
            position: &position,
            questions: &raw_questions,
            categories: &category_ids,
            prohibitions: &prohibition_ids,
        };
        let mut safeguards = Vec::new();
        for rs in &raw.safeguard {
            let owner = format!("safeguard `{}`", rs.id.get_ref());
            self.check_refs(
                "requirement",
                std::slice::from_ref(&rs.requirement),
                &requirement_ids,
                &owner,
            );
            let [
                required_when,
                satisfied_when,
                policy_when,
                never_not_applicable_when,
            ] = [
                &rs.required_when,
                &rs.satisfied_when,
                &rs.policy_when,
                &rs.never_not_applicable_when,
            ]
            .map(|cond| {
                cond.as_ref()
                    .and_then(|c| self.any_condition(c, &owner, &refs))
            });
            if rs.policy_when.is_some() && *rs.basis.get_ref() != Basis::Policy {
                self.err(
                    span_of(&rs.basis),
                    format!("{owner} has policy_when, but its basis is practice"),
                    "set basis = \"policy\" (policy_when narrows when the policy requires it), or remove policy_when",
                );
            }
            let mut comes_with = Vec::new();
            for cw in &rs.comes_with {
                let c = cw.get_ref();
                let qid = c.question.get_ref();
                match raw.question.iter().find(|x| x.id.get_ref() == qid) {
                    None => self.err(
                        span_of(&c.question),
                        format!("{owner}: comes_with refers to unknown question `{qid}`"),
                        "check the spelling of the question id",
                    ),
                    Some(rq) => {
                        let yes_no = matches!(rq.kind.get_ref(), RawKind::YesNo);
                        let known = rq.option.iter().any(|o| {
                            o.get_ref()
                                .id
                                .as_ref()
                                .is_some_and(|i| i.get_ref() == &c.option)
                        }) || (yes_no && (c.option == "yes" || c.option == "no"));
                        if known {
                            comes_with.push((qid.clone(), c.option.clone()));
                        } else {
                            self.err(
                                span_of(cw),
                                format!("{owner}: comes_with names option `{}`, which `{qid}` does not have", c.option),
                                "use an option id of that question",
                            );
                        }
                    }
                }
            }
            safeguards.push(Safeguard {
                id: rs.id.get_ref().clone(),
                title: rs.title.clone(),
                good: rs.good.clone(),
                requirement: rs.requirement.get_ref().clone(),
                clause: rs.clause.clone(),
                required_when,
                satisfied_when,
                credit: self.points(
                    rs.credit.as_ref(),
                    &format!("safeguard `{}` has credit", rs.id.get_ref()),
                ),
                basis: *rs.basis.get_ref(),
                policy_when,
                never_not_applicable_when,
                comes_with,
                reading: rs.reading.clone(),
                layer: 0,
                maps_to: self.mappings(&rs.maps_to, &frameworks),
            });
        }

        let mut requirements = Vec::new();
        for r in &raw.requirement {
            let owner = format!("requirement `{}`", r.id.get_ref());
            let applies_when = r
                .applies_when
                .as_ref()
                .and_then(|c| self.any_condition(c, &owner, &refs));
            let written = r.applies.as_ref().map(|a| match a.get_ref() {
                RawApplies::Always => Applies::Always,
                RawApplies::Consequential => Applies::Consequential,
            });
            let applies = match (written, &r.applies_when) {
                (None, Some(_)) => Applies::When,
                (Some(a), Some(_)) => {
                    self.err(
                        r.applies.as_ref().and_then(span_of),
                        format!("{owner} has both applies and applies_when"),
                        "keep one: applies_when alone makes the requirement apply when its condition holds",
                    );
                    a
                }
                (None, None) => {
                    self.err(
                        span_of(&r.id),
                        format!("{owner} does not say when it applies"),
                        "add applies = \"always\", applies = \"consequential\", or applies_when = { ... }",
                    );
                    Applies::Always
                }
                (Some(a), None) => a,
            };
            if *r.basis.get_ref() == Basis::Practice && r.obligation == Obligation::Should {
                self.err(
                    span_of(&r.basis),
                    format!("{owner} has obligation = \"should\", but its basis is practice"),
                    "obligation says how the policy words a policy requirement; remove it for practice",
                );
            }
            requirements.push(Requirement {
                id: r.id.get_ref().clone(),
                title: r.title.clone(),
                summary: r.summary.clone(),
                clause: r.clause.clone(),
                applies,
                applies_when,
                basis: *r.basis.get_ref(),
                obligation: r.obligation,
                reading: r.reading.clone(),
                layer: 0,
                maps_to: self.mappings(&r.maps_to, &frameworks),
            });
        }

        let safeguard_refs = safeguard_ids.clone();
        self.id_set("contradiction", raw.contradiction.iter().map(|c| &c.id));
        let mut contradictions = Vec::new();
        for rc in &raw.contradiction {
            let owner = format!("contradiction `{}`", rc.id.get_ref());
            self.check_refs("safeguard", &rc.blocks, &safeguard_refs, &owner);
            if rc.message.get_ref().trim().is_empty() {
                self.err(
                    span_of(&rc.message),
                    format!("{owner} has an empty message"),
                    "say in words which answers disagree and how to resolve it",
                );
            }
            if let Some(when) = self.any_condition(&rc.when, &owner, &refs) {
                contradictions.push(Contradiction {
                    id: rc.id.get_ref().clone(),
                    when,
                    message: rc.message.get_ref().trim().to_string(),
                    blocks: rc.blocks.iter().map(|b| b.get_ref().clone()).collect(),
                });
            }
        }
        let mut floors = Vec::new();
        for (i, rf) in raw.floor.iter().enumerate() {
            let owner = format!("floor {} (`{}`)", i + 1, rf.reason.get_ref());
            if *rf.tier.get_ref() == Tier::Prohibited || *rf.tier.get_ref() == Tier::Low {
                self.err(
                    span_of(&rf.tier),
                    format!("{owner}: a floor must be medium or high"),
                    "a prohibition is confirmed by an option's `prohibits`, and low is no floor",
                );
            }
            if let Some(when) = self.any_condition(&rf.when, &owner, &refs) {
                floors.push(Floor {
                    when,
                    tier: *rf.tier.get_ref(),
                    reason: rf.reason.get_ref().trim().to_string(),
                });
            }
        }
        for c in &raw.category {
            if let Some(f) = &c.floor
                && matches!(f.get_ref(), Tier::Prohibited | Tier::Low)
            {
                self.err(
                    span_of(f),
                    format!(
                        "category `{}`: floor must be medium or high",
                        c.id.get_ref()
                    ),
                    "set floor = \"high\" or \"medium\", or remove it to use consequential_floor",
                );
            }
        }
        for p in &raw.prohibition {
            if let Some(f) = &p.floor {
                self.err(
                    span_of(f),
                    format!("prohibition `{}` has a floor", p.id.get_ref()),
                    "a confirmed prohibition always gives the top tier; remove floor",
                );
            }
        }
        let vocabulary = {
            let d = Vocabulary::default();
            let v = raw.vocabulary.as_ref();
            let pick = |f: fn(&RawVocabulary) -> &Option<String>, d: String| {
                v.and_then(|v| f(v).clone()).unwrap_or(d)
            };
            Vocabulary {
                tier_low: pick(|v| &v.tier_low, d.tier_low),
                tier_medium: pick(|v| &v.tier_medium, d.tier_medium),
                tier_high: pick(|v| &v.tier_high, d.tier_high),
                tier_prohibited: pick(|v| &v.tier_prohibited, d.tier_prohibited),
                consequential: pick(|v| &v.consequential, d.consequential),
                prohibited_use: pick(|v| &v.prohibited_use, d.prohibited_use),
                reading: pick(|v| &v.reading, d.reading),
                owner_hint: pick(|v| &v.owner_hint, d.owner_hint),
                disclaimer: pick(|v| &v.disclaimer, d.disclaimer),
                services: pick(|v| &v.services, d.services),
                placeholders: v.map(|v| v.placeholders.clone()).unwrap_or_default(),
            }
        };

        let mut q = Questionnaire {
            id: raw.questionnaire.id.get_ref().clone(),
            version: raw.questionnaire.version.clone(),
            title: raw.questionnaire.title.clone(),
            description: raw.questionnaire.description.clone(),
            policy: Policy {
                name: raw.policy.name.clone(),
                date: raw.policy.date.clone(),
                url: raw.policy.url.clone(),
            },
            content_hash: hex_digest(&Sha256::digest(text.as_bytes())),
            sections: raw
                .section
                .iter()
                .map(|s| Section {
                    id: s.id.get_ref().clone(),
                    title: s.title.clone(),
                    intro: s.intro.clone(),
                    layer: 0,
                })
                .collect(),
            questions,
            prohibitions: raw.prohibition.iter().map(entry).collect(),
            categories: raw.category.iter().map(entry).collect(),
            requirements,
            factors: raw
                .factor
                .iter()
                .map(|f| Factor {
                    id: f.id.get_ref().clone(),
                    title: f.title.clone(),
                    description: f.description.clone(),
                })
                .collect(),
            safeguards,
            contradictions,
            floors,
            vocabulary,
            source: String::new(),
            migration: raw.migration.as_ref().map(|m| m.get_ref().clone()),
            layers: vec![Layer {
                id: raw.questionnaire.id.get_ref().clone(),
                version: raw.questionnaire.version.clone(),
                title: raw.questionnaire.title.clone(),
                extends: String::new(),
                policy: None,
                source: String::new(),
                content_hash: hex_digest(&Sha256::digest(text.as_bytes())),
            }],
            frameworks,
            tiers: TierRules {
                medium_at: *t.medium_at.get_ref(),
                high_at: *t.high_at.get_ref(),
                consequential_floor: *t.consequential_floor.get_ref(),
                max_mitigation_percent: *t.max_mitigation_percent.get_ref(),
                review_months: t
                    .review_months
                    .as_ref()
                    .map(|r| *r.get_ref())
                    .unwrap_or_default(),
            },
            index: Index::default(),
        };
        q.reindex();
        if let Some(m) = &raw.migration {
            let named = m.get_ref();
            let targets = named
                .renamed
                .values()
                .chain(named.options.keys())
                .chain(named.reconfirm.keys())
                .chain(named.split.values().flat_map(|x| {
                    x.into
                        .iter()
                        .chain(x.answers.values().flat_map(|m| m.keys()))
                }));
            for id in targets {
                if q.question(id).is_none() {
                    self.err(
                        span_of(m),
                        format!("migration: `{id}` is not a question of this version"),
                        "name questions by their id in this version (renamed = { old-id = \"new-id\" })",
                    );
                }
            }
        }
        if self.errors.is_empty() {
            self.check_reachable(&mut q, &raw);
        }
        let used: HashSet<&str> = q.questions.iter().map(|x| x.section.as_str()).collect();
        for s in &q.sections {
            if !used.contains(s.id.as_str()) {
                let span = raw
                    .section
                    .iter()
                    .find(|r| r.id.get_ref() == &s.id)
                    .and_then(|r| span_of(&r.id));
                self.err(
                    span,
                    format!("section `{}` has no questions", s.id),
                    "add questions to it or remove the section",
                );
            }
        }
        q
    }

    #[allow(clippy::too_many_arguments)]
    fn effects(
        &mut self,
        o: &RawOption,
        owner: &str,
        prohibitions: &HashSet<String>,
        categories: &HashSet<String>,
        factors: &HashSet<String>,
        safeguards: &HashSet<String>,
    ) -> Effects {
        self.check_refs("prohibition", &o.prohibits, prohibitions, owner);
        self.check_refs("prohibition", &o.concerns, prohibitions, owner);
        self.check_refs("category", &o.categories, categories, owner);
        self.check_refs("safeguard", &o.satisfies, safeguards, owner);
        self.check_refs("category", &o.clears, categories, owner);
        let who = match (&o.id, &o.at_least) {
            (Some(id), _) => format!("option `{}` of {owner}", id.get_ref()),
            (None, Some(at)) => format!("the band at {at} of {owner}"),
            (None, None) => owner.to_string(),
        };
        let mut risk = BTreeMap::new();
        for (f, points) in &o.risk {
            let n = self.points(Some(points), &format!("{who} gives factor `{f}`"));
            risk.insert(f.clone(), n);
        }
        for f in o.risk.keys() {
            if !factors.contains(f) {
                let span = o.id.as_ref().and_then(span_of);
                self.err(
                    span,
                    format!("{owner} adds risk to unknown factor `{f}`"),
                    format!("use one of the declared factor ids: {}", sorted(factors)),
                );
            }
        }
        Effects {
            prohibits: o.prohibits.iter().map(|s| s.get_ref().clone()).collect(),
            concerns: o.concerns.iter().map(|s| s.get_ref().clone()).collect(),
            categories: o.categories.iter().map(|s| s.get_ref().clone()).collect(),
            risk,
            satisfies: o.satisfies.iter().map(|s| s.get_ref().clone()).collect(),
            clears: o.clears.iter().map(|s| s.get_ref().clone()).collect(),
            note_required: o.note_required,
            note_hint: o.note_hint.clone(),
        }
    }

    /// A number of risk points or credit, checked against [`MAX_POINTS`]: `what` says whose
    /// it is ("option `x` of question `q` gives factor `f`"). Too many is an error, located
    /// at the number.
    fn points(&mut self, n: Option<&Spanned<u32>>, what: &str) -> u32 {
        let Some(n) = n else { return 0 };
        let v = *n.get_ref();
        if v > MAX_POINTS {
            self.err(
                span_of(n),
                format!("{what} {v} points, more than the {MAX_POINTS} raia allows"),
                format!("use at most {MAX_POINTS}: scores add points up, so a larger number can only mean \"always high\", and it could overflow"),
            );
        }
        v
    }

    /// Converts and checks one condition. `before` is the asking position of the question that
    /// owns a show_if: such conditions may read only earlier questions.
    /// A condition that may read any question (required_when, contradictions, floors, ...).
    fn any_condition(
        &mut self,
        c: &Spanned<RawCondition>,
        owner: &str,
        refs: &Refs<'_, '_>,
    ) -> Option<Condition> {
        self.condition(
            c,
            owner,
            None,
            refs.position,
            refs.questions,
            refs.categories,
            refs.prohibitions,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn condition(
        &mut self,
        c: &Spanned<RawCondition>,
        owner: &str,
        before: Option<usize>,
        position: &HashMap<String, usize>,
        raw_questions: &RawQuestions<'_>,
        categories: &HashSet<String>,
        prohibitions: &HashSet<String>,
    ) -> Option<Condition> {
        let r = c.get_ref();
        let span = span_of(c);
        let forms = [
            r.question.is_some(),
            r.answered.is_some(),
            r.consequential.is_some(),
            r.category.is_some(),
            r.concern.is_some(),
            r.all.is_some(),
            r.any.is_some(),
            r.not.is_some(),
        ];
        if forms.iter().filter(|f| **f).count() != 1 {
            self.err(
                span,
                format!("{owner}: a condition must have exactly one form"),
                CONDITION_FORMS,
            );
            return None;
        }
        let question_ref = |v: &mut Self, q: &Spanned<String>| -> Option<usize> {
            let id = q.get_ref();
            let Some(&pos) = position.get(id) else {
                v.err(
                    span_of(q),
                    format!("{owner}: condition refers to unknown question `{id}`"),
                    "check the spelling of the question id",
                );
                return None;
            };
            if let Some(b) = before
                && pos >= b
            {
                v.err(span_of(q), format!("{owner}: condition refers to `{id}`, which is not asked before it"), format!("a show_if may only read earlier questions: move `{id}` earlier or change the condition"));
                return None;
            }
            raw_questions.find(id)
        };
        if let Some(q) = &r.question {
            let idx = question_ref(self, q)?;
            let rq = raw_questions.list.get(idx)?;
            let kind = *rq.kind.get_ref();
            let ops = [
                r.is.is_some(),
                r.any_of.is_some(),
                r.at_least.is_some(),
                r.at_most.is_some(),
            ];
            if ops.iter().filter(|o| **o).count() != 1 {
                self.err(span, format!("{owner}: a question condition needs exactly one of is, any_of, at_least, at_most"), CONDITION_FORMS);
                return None;
            }
            let id = q.get_ref().clone();
            let option_ok = |o: &str| match kind {
                RawKind::YesNo => o == "yes" || o == "no",
                RawKind::Single | RawKind::Multi => rq
                    .option
                    .iter()
                    .any(|x| x.get_ref().id.as_ref().is_some_and(|i| i.get_ref() == o)),
                _ => false,
            };
            if let Some(o) = &r.is {
                if !option_ok(o) {
                    self.err(span, format!("{owner}: condition `{id} = {o}` can never hold: `{id}` has no option `{o}`"), "use an option id of that question (yes_no questions have `yes` and `no`)");
                    return None;
                }
                return Some(Condition::Is {
                    question: id,
                    option: o.clone(),
                });
            }
            if let Some(os) = &r.any_of {
                for o in os {
                    if !option_ok(o) {
                        self.err(
                            span,
                            format!(
                                "{owner}: condition lists `{o}`, which is not an option of `{id}`"
                            ),
                            "use option ids of that question",
                        );
                        return None;
                    }
                }
                return Some(Condition::AnyOf {
                    question: id,
                    options: os.clone(),
                });
            }
            if !matches!(kind, RawKind::Number) {
                self.err(
                    span,
                    format!(
                        "{owner}: at_least/at_most need a number question, and `{id}` is not one"
                    ),
                    "compare options with is or any_of",
                );
                return None;
            }
            if let Some(v) = r.at_least {
                return Some(Condition::AtLeast {
                    question: id,
                    value: v,
                });
            }
            return r.at_most.map(|v| Condition::AtMost {
                question: id,
                value: v,
            });
        }
        if r.is.is_some() || r.any_of.is_some() || r.at_least.is_some() || r.at_most.is_some() {
            self.err(
                span,
                format!("{owner}: is, any_of, at_least and at_most need question = \"id\""),
                CONDITION_FORMS,
            );
            return None;
        }
        if let Some(q) = &r.answered {
            question_ref(self, q)?;
            return Some(Condition::Answered(q.get_ref().clone()));
        }
        if let Some(b) = r.consequential {
            return Some(if b {
                Condition::Consequential
            } else {
                Condition::Not(Box::new(Condition::Consequential))
            });
        }
        if let Some(cat) = &r.category {
            self.check_refs("category", std::slice::from_ref(cat), categories, owner);
            return Some(Condition::Category(cat.get_ref().clone()));
        }
        if let Some(p) = &r.concern {
            self.check_refs("prohibition", std::slice::from_ref(p), prohibitions, owner);
            return Some(Condition::Concern(p.get_ref().clone()));
        }
        let list = |v: &mut Self, cs: &Vec<Spanned<RawCondition>>| -> Option<Vec<Condition>> {
            if cs.is_empty() {
                v.err(
                    span.clone(),
                    format!("{owner}: all/any needs at least one condition"),
                    CONDITION_FORMS,
                );
                return None;
            }
            let out: Vec<Option<Condition>> = cs
                .iter()
                .map(|c| {
                    v.condition(
                        c,
                        owner,
                        before,
                        position,
                        raw_questions,
                        categories,
                        prohibitions,
                    )
                })
                .collect();
            out.into_iter().collect()
        };
        if let Some(cs) = &r.all {
            return list(self, cs).map(Condition::All);
        }
        if let Some(cs) = &r.any {
            return list(self, cs).map(Condition::Any);
        }
        if let Some(c) = &r.not {
            return self
                .condition(
                    c,
                    owner,
                    before,
                    position,
                    raw_questions,
                    categories,
                    prohibitions,
                )
                .map(|c| Condition::Not(Box::new(c)));
        }
        None
    }

    /// Finds show-conditions that no set of answers can satisfy.
    fn check_reachable(&mut self, q: &mut Questionnaire, raw: &RawFile) {
        let mut reachable: HashSet<String> = HashSet::new();
        let mut cats_so_far: HashSet<String> = HashSet::new();
        let mut concerns_so_far: HashSet<String> = HashSet::new();
        for question in &q.questions {
            let ok = question
                .show_if
                .as_ref()
                .is_none_or(|c| may_hold(c, q, &reachable, &cats_so_far, &concerns_so_far));
            if ok {
                reachable.insert(question.id.clone());
                for e in question
                    .options
                    .iter()
                    .map(|o| &o.effects)
                    .chain(question.bands.iter().map(|b| &b.effects))
                {
                    cats_so_far.extend(e.categories.iter().cloned());
                    concerns_so_far.extend(e.concerns.iter().cloned());
                }
            } else {
                let span = raw
                    .question
                    .iter()
                    .find(|r| r.id.get_ref() == &question.id)
                    .and_then(|r| r.show_if.as_ref())
                    .and_then(span_of);
                self.err(
                    span,
                    format!("question `{}` is unreachable: its show_if ({}) can never hold", question.id, question.show_if.as_ref().map(|c| c.describe(q)).unwrap_or_default()),
                    "check for contradictory options, or for categories and concerns that no earlier answer raises",
                );
            }
        }
        for (c, rc) in q.contradictions.iter().zip(&raw.contradiction) {
            if !may_hold(&c.when, q, &reachable, &cats_so_far, &concerns_so_far) {
                self.err(
                    span_of(&rc.when),
                    format!("contradiction `{}` can never hold: {}", c.id, c.when.describe(q)),
                    "a contradiction names answers that can be given together; check its options and questions",
                );
            }
        }
    }
}

fn may_hold(
    c: &Condition,
    q: &Questionnaire,
    reachable: &HashSet<String>,
    cats: &HashSet<String>,
    concerns: &HashSet<String>,
) -> bool {
    match c {
        Condition::Answered(x)
        | Condition::AtLeast { question: x, .. }
        | Condition::AtMost { question: x, .. } => reachable.contains(x),
        Condition::Is { question, .. } | Condition::AnyOf { question, .. } => {
            reachable.contains(question)
        }
        Condition::Consequential => !cats.is_empty(),
        Condition::Category(x) => cats.contains(x),
        Condition::Concern(x) => concerns.contains(x),
        Condition::Any(cs) => cs.iter().any(|c| may_hold(c, q, reachable, cats, concerns)),
        Condition::Not(_) => true,
        Condition::All(cs) => {
            if !cs.iter().all(|c| may_hold(c, q, reachable, cats, concerns)) {
                return false;
            }
            // Two different options of one single-choice or yes/no question cannot both hold,
            // nor an exclusive ("none of these") option with another option of its question,
            // nor a number range whose lower bound is above its upper bound, nor an option
            // together with its negation.
            let mut picked: HashMap<&str, &str> = HashMap::new();
            let mut multi: HashMap<&str, Vec<&str>> = HashMap::new();
            let mut low: HashMap<&str, f64> = HashMap::new();
            let mut high: HashMap<&str, f64> = HashMap::new();
            for c in cs {
                match c {
                    Condition::Is { question, option } => {
                        let single = q
                            .question(question)
                            .is_some_and(|x| x.kind != QuestionKind::Multi);
                        if single {
                            if let Some(prev) = picked.insert(question, option)
                                && prev != option
                            {
                                return false;
                            }
                        } else {
                            multi.entry(question).or_default().push(option);
                        }
                    }
                    Condition::AtLeast { question, value } => {
                        let v = low.entry(question).or_insert(*value);
                        *v = v.max(*value);
                    }
                    Condition::AtMost { question, value } => {
                        let v = high.entry(question).or_insert(*value);
                        *v = v.min(*value);
                    }
                    _ => {}
                }
            }
            for (question, options) in &multi {
                let exclusive = options.iter().any(|o| {
                    q.question(question)
                        .and_then(|x| x.option(o))
                        .is_some_and(|x| x.exclusive)
                });
                if exclusive && options.iter().any(|o| options.first() != Some(o)) {
                    return false;
                }
            }
            if low
                .iter()
                .any(|(k, lo)| high.get(k).is_some_and(|hi| lo > hi))
            {
                return false;
            }
            !cs.iter()
                .any(|c| matches!(c, Condition::Not(inner) if cs.contains(inner)))
        }
    }
}

fn entry(e: &RawEntry) -> CatalogueEntry {
    CatalogueEntry {
        layer: 0,
        id: e.id.get_ref().clone(),
        title: e.title.clone(),
        summary: e.summary.clone(),
        clause: e.clause.clone(),
        floor: e.floor.as_ref().map(|f| *f.get_ref()),
        reading: e.reading.trim().to_string(),
    }
}

fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn sorted(set: &HashSet<String>) -> String {
    let mut v: Vec<&str> = set.iter().map(String::as_str).collect();
    v.sort_unstable();
    if v.is_empty() {
        "(none declared)".to_string()
    } else {
        v.join(", ")
    }
}

pub fn hex_digest(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    /// A questionnaire of `n` questions, large enough to be parsed in parts, with conditions
    /// and options whose spans must land in the right place, and `extra` appended to question
    /// `bad` (a mistake, for the error tests).
    fn large(n: usize, bad: usize, extra: &str) -> String {
        let mut t = String::from(
            "[questionnaire]\nid = \"big\"\nversion = \"1\"\ntitle = \"Big\"\n\n\
             [policy]\nname = \"P\"\ndate = \"2024-01-01\"\nurl = \"https://e\"\n\n\
             [tiers]\nmedium_at = 4\nhigh_at = 8\n\n\
             [[prohibition]]\nid = \"likeness\"\ntitle = \"Likeness\"\n\n\
             [[category]]\nid = \"employment\"\ntitle = \"Employment\"\n\n\
             [[requirement]]\nid = \"oversight\"\ntitle = \"Oversight\"\napplies = \"consequential\"\nbasis = \"policy\"\n\n\
             [[factor]]\nid = \"autonomy\"\ntitle = \"Autonomy\"\n\n\
             [[safeguard]]\nid = \"review\"\ntitle = \"Review\"\nrequirement = \"oversight\"\n\
             required_when = { question = \"q0\", is = \"b\" }\nbasis = \"practice\"\n\n\
             [[section]]\nid = \"s\"\ntitle = \"S\"\n\n",
        );
        for i in 0..n {
            writeln!(
                t,
                "[[question]]\nid = \"q{i}\"\nsection = \"s\"\ntype = \"single\"\n\
                 prompt = \"\"\"Question {i}\n[[question]] inside a string\"\"\"\n\
                 help = \"{}\"",
                "help ".repeat(20)
            )
            .unwrap_or_default();
            if i > 0 {
                writeln!(
                    t,
                    "show_if = {{ any = [{{ question = \"q{}\", is = \"a\" }}, {{ not = {{ category = \"employment\" }} }}] }}",
                    i - 1
                )
                .unwrap_or_default();
            }
            if i == bad {
                t.push_str(extra);
            }
            t.push_str(
                "\n[[question.option]]\nid = \"a\"\nlabel = \"A\"\nconcerns = [\"likeness\"]\n\n\
                 [[question.option]]\nid = \"b\"\nlabel = \"B\"\ncategories = [\"employment\"]\n\
                 satisfies = [\"review\"]\nrisk = { autonomy = 2 }\n\n",
            );
        }
        t
    }

    /// What parsing the whole text at once gives: the questionnaire or the error messages.
    fn whole(text: &str) -> Result<Questionnaire, Vec<String>> {
        let map = SourceMap::new("q.toml", text);
        let raw: RawFile = toml::from_str(text).map_err(|e| vec![map.from_toml(&e).to_string()])?;
        check(&map, raw, text).map_err(|d| d.0.iter().map(ToString::to_string).collect())
    }

    fn in_parts(text: &str) -> Result<Questionnaire, Vec<String>> {
        parse_questionnaire("q.toml", text)
            .map_err(|d| d.0.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn a_large_file_parsed_in_parts_is_the_file_parsed_whole() {
        let text = large(3000, usize::MAX, "");
        assert!(text.len() > 4 * CHUNK, "{} bytes", text.len());
        assert!(
            parse_in_parts(&text).is_some(),
            "the file is parsed in parts"
        );
        let q = in_parts(&text).map_err(|e| e.join("\n"));
        assert_eq!(q, whole(&text).map_err(|e| e.join("\n")));
        assert_eq!(q.map(|q| q.questions.len()), Ok(3000));
    }

    #[test]
    fn errors_in_a_late_part_are_located_as_in_the_file_parsed_whole() {
        for extra in [
            // Validation errors, found after the parts parsed: their spans moved to the file.
            "show_if = { question = \"q2999\", is = \"a\" }\n",
            "\n[[question.option]]\nid = \"c\"\nsatisfies = [\"nope\"]\nprohibits = [\"x\"]\n",
            // Syntax and shape errors: the file is parsed whole.
            "unknown = 1\n",
            "oops = \n",
        ] {
            let text = large(2500, 2100, extra);
            let got = in_parts(&text);
            assert!(got.is_err(), "{extra}");
            assert_eq!(got, whole(&text), "{extra}");
        }
    }

    /// An overlay is told apart by its header, read from the part before the first question of
    /// a large file (issue 7: reading all of it held 150 MB at 10,000 questions).
    #[test]
    fn a_large_file_is_told_from_an_overlay_by_its_header() {
        let text = large(3000, usize::MAX, "");
        assert!(!overlay::is_overlay(&text));
        let over = text.replacen(
            "title = \"Big\"\n",
            "title = \"Big\"\nextends = \"aws-responsible-ai@2023-09-28.1\"\n",
            1,
        );
        assert!(overlay::is_overlay(&over));
    }

    #[test]
    fn a_large_file_of_another_layout_is_parsed_whole() {
        // A table after the questions: the parts do not parse on their own.
        let mut text = large(2500, usize::MAX, "");
        text.push_str("[[section]]\nid = \"t\"\ntitle = \"T\"\n");
        assert!(parse_in_parts(&text).is_none());
        assert_eq!(in_parts(&text), whole(&text));
        // `[[question]]` lines inside a multi-line string are not where questions start: a
        // part that ends inside the string does not parse, and the file is parsed whole.
        let long = "x\n[[question]]\n".repeat(40_000);
        let text = large(2500, 2000, &format!("placeholder = \"\"\"\n{long}\"\"\"\n"));
        assert!(parse_in_parts(&text).is_none());
        let q = in_parts(&text);
        assert_eq!(q, whole(&text));
        assert_eq!(q.map(|q| q.questions[2000].placeholder.clone()), Ok(long));
    }
}
