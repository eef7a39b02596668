//! The assessment file: metadata, answers keyed by question id, notes, safeguard status with
//! evidence, sign-offs. Parsing checks every answer against the questionnaire; `store` writes
//! files atomically.

use crate::answer::Answer;
use crate::questionnaire::{Question, QuestionKind, Questionnaire};
pub(crate) use load::report_instead;
pub use load::{
    assessment_from_text, parse_assessment, read_assessment, read_assessment_fingerprinted,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub mod file;

mod load;

pub mod locate;

pub mod lock;

pub mod merge;

pub mod store;

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
    /// What names the system and who answers for it, which a sign-off covers (dates are left
    /// out, so a save does not stale it).
    pub fn identifying(&self) -> [&String; 6] {
        [
            &self.system,
            &self.description,
            &self.organisation,
            &self.owner_team,
            &self.assessor,
            &self.contact,
        ]
    }

    /// [`Metadata::identifying`], to change.
    fn identifying_mut(&mut self) -> [&mut String; 6] {
        [
            &mut self.system,
            &mut self.description,
            &mut self.organisation,
            &mut self.owner_team,
            &mut self.assessor,
            &mut self.contact,
        ]
    }

    /// A system detail's value, as stored.
    pub fn detail(&self, d: Detail) -> &str {
        self.get(d.key()).unwrap_or_default()
    }

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
/// in it. Unlike the other dates in the file they are in the assessment hash: renewed evidence
/// is new evidence, for a reviewer to approve again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct EvidenceDates {
    pub date: String,
    pub expires: String,
}

/// Who is to put a planned safeguard in place, and by when: the `owner` and `target` keys of its
/// `[safeguards.ID]` table (`target` is YYYY-MM-DD). Like the evidence dates they are not in the
/// assessment hash: moving a date does not stale a sign-off. The response and the report turn
/// them into a remediation plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct SafeguardPlan {
    pub owner: String,
    pub target: String,
}

/// What the reviewer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    Approved,
    ChangesRequested,
    Rejected,
}

impl Decision {
    pub const ALL: [Decision; 3] = [
        Decision::Approved,
        Decision::ChangesRequested,
        Decision::Rejected,
    ];

    /// As written in the file and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Decision::Approved => "approved",
            Decision::ChangesRequested => "changes-requested",
            Decision::Rejected => "rejected",
        }
    }

    /// The decision written `name` in the file, in words ("changes requested"); an unknown
    /// name as it is. Every text a person reads says it so (a review saw the id).
    pub fn words_of(name: &str) -> &str {
        Decision::ALL
            .iter()
            .find(|d| d.name() == name)
            .map_or(name, |d| d.label())
    }

    /// In words, for the wizard.
    pub fn label(self) -> &'static str {
        match self {
            Decision::Approved => "approved",
            Decision::ChangesRequested => "changes requested",
            Decision::Rejected => "rejected",
        }
    }
}

impl std::fmt::Display for Decision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
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
    /// Always there in a file raia loads (one without it is refused); `None` only while an
    /// entry is being read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// Why, in the reviewer's words: what must change, for a request for changes or a
    /// rejection (a review's team was told to "change what was asked for" with nothing in the
    /// file saying what). Not part of what the sign-off covers.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    pub assessment_hash: String,
    /// The questionnaire version and content hash the sign-off was made against (empty in
    /// sign-offs recorded before raia wrote them).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub questionnaire_version: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub questionnaire_hash: String,
}

impl SignOff {
    /// What it decides: the decision recorded, except an approval whose comment withholds it
    /// ("Not approved for launch until the retest is done"), which counts as a request for
    /// changes. `raia sign`, the wizard and plain mode refuse to record one; written by hand
    /// it passed the gate as an approval (a hostile review).
    pub fn decides(&self) -> Option<Decision> {
        match self.decision {
            Some(Decision::Approved) if self.withheld().is_some() => {
                Some(Decision::ChangesRequested)
            }
            d => d,
        }
    }

    /// Whether it approves: [`SignOff::decides`] is an approval.
    pub fn approves(&self) -> bool {
        self.decides() == Some(Decision::Approved)
    }

    /// For an approval, the words of its comment that withhold it ("not approved"), if any.
    pub fn withheld(&self) -> Option<&'static str> {
        (self.decision == Some(Decision::Approved))
            .then(|| crate::signoff::withholds_approval(&self.comment))
            .flatten()
    }

    /// Whether it was given for these answers as they stand: `hashes` is
    /// [`Assessment::signoff_hashes`].
    pub fn is_current(&self, hashes: &AnswersHashes) -> bool {
        // Hex digits in either case name the same hash: a rejection written in capitals must
        // still stand (hostile review, third round).
        let recorded = self.assessment_hash.trim();
        recorded.eq_ignore_ascii_case(&hashes.spaced)
            || recorded.eq_ignore_ascii_case(&hashes.exact)
    }
}

/// The hashes a sign-off's `assessment_hash` may name for the answers as they stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswersHashes {
    /// [`Assessment::answers_hash`]: what raia records in a sign-off.
    pub spaced: String,
    /// [`Assessment::answers_hash_as_written`], so sign-offs recorded before 2026-12-01 still
    /// hold; the same as `spaced` where every sign-off names `spaced` (it is not computed then).
    pub exact: String,
}

/// Whether `s` is written with every run of spaces and line breaks as one space, and none at
/// either end: [`spaced`] leaves it as it is.
fn is_spaced(s: &str) -> bool {
    // Most text is ASCII: read by bytes (every answer, note and piece of evidence is read so on
    // every evaluation, issue 7).
    if s.is_ascii() {
        let mut after_space = true;
        for &c in s.as_bytes() {
            match c {
                b' ' if after_space => return false,
                b' ' => after_space = true,
                b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => return false,
                _ => after_space = false,
            }
        }
        return s.is_empty() || !after_space;
    }
    // At the start, as if after a space: a leading space is one too many.
    let mut after_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if c != ' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    s.is_empty() || !after_space
}

/// `s` as the words a reader sees: every run of spaces and line breaks written as one space and
/// none at either end (the words as `raia diff` compares them: "only spaces or line breaks
/// changed"), characters that show nothing left out, and look-alike letters and compatibility
/// forms (full-width digits) read as what they show ([`crate::engine::visible_text`]). A
/// sign-off hashes text so, and the engine reads evidence, notes and text answers so, so a
/// change a sign-off does not see cannot change a verdict either (a hostile review wrapped a
/// future date onto its own line and the gate passed; another lifted a rejection with a
/// zero-width space).
pub fn as_words(s: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let join = |t: &str| {
        let mut out = String::with_capacity(t.len());
        for w in t.split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    };
    if s.is_ascii() {
        if is_spaced(s) {
            return Cow::Borrowed(s);
        }
        // As `join`, by bytes: in ASCII, `char::is_whitespace` is these six and every byte is a
        // character of its own (a multi-line answer is joined on every evaluation, issue 7).
        let mut out = String::with_capacity(s.len());
        let mut start = 0;
        // One more than the last byte: the end of the text ends the last word.
        for end in 0..=s.len() {
            let space = s
                .as_bytes()
                .get(end)
                .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c));
            if space {
                // Every index of ASCII text is a character boundary, so `get` finds the word.
                if let Some(w) = s.get(start..end).filter(|w| !w.is_empty()) {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(w);
                }
                start = end + 1;
            }
        }
        return Cow::Owned(out);
    }
    match crate::engine::visible_text(s) {
        Cow::Borrowed(v) if is_spaced(v) => Cow::Borrowed(s),
        Cow::Borrowed(v) => Cow::Owned(join(v)),
        Cow::Owned(v) if is_spaced(&v) => Cow::Owned(v),
        Cow::Owned(v) => Cow::Owned(join(&v)),
    }
}

/// Where the wizard was, so `raia resume` returns there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WizardState {
    #[serde(default, skip_serializing_if = "Position::is_none")]
    pub position: Position,
    /// The export step's choices by report format (`md`, `csv`...): where each report goes and
    /// whether it is ticked, so they are as the user left them next time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reports: BTreeMap<String, ReportChoice>,
    /// Answers `raia migrate` asks to confirm again, by question id, with why in words: kept
    /// until each is confirmed in the wizard or plain mode, and the gate fails meanwhile (a
    /// new-user trial's migration listed six, and nothing in the file kept them).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reconfirm: BTreeMap<String, String>,
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
    /// Owner and target date by safeguard id, for safeguards that have either.
    pub plans: BTreeMap<String, SafeguardPlan>,
    pub signoff: Vec<SignOff>,
    pub wizard: WizardState,
}

impl Assessment {
    /// The required details left blank, or holding only a placeholder ("TBD", "n/a",
    /// "<assessor>"), in the order both modes ask them (a review passed the gate with each).
    pub fn blank_required(&self) -> impl Iterator<Item = Detail> + '_ {
        Detail::ALL.into_iter().filter(|d| {
            let v = self.metadata.detail(*d);
            d.required() && (v.trim().is_empty() || crate::engine::is_placeholder(v))
        })
    }

    /// A blank assessment for this questionnaire.
    pub fn new(q: &Questionnaire) -> Self {
        Self {
            questionnaire: QuestionnaireRef {
                id: q.id.to_string(),
                version: q.version.to_string(),
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
    /// The latest sign-off: the one dated last, and of those dated the same day, the last in
    /// the file (a hostile review put an older approval after a newer rejection, and the file's
    /// order let it stand).
    pub fn latest_signoff(&self) -> Option<&SignOff> {
        self.signoff
            .iter()
            .enumerate()
            .max_by(|(i, a), (j, b)| a.date.trim().cmp(b.date.trim()).then(i.cmp(j)))
            .map(|(_, s)| s)
    }

    /// Spaces and line breaks are read as the words they separate: the text with each run of
    /// them as one space. A change of spacing alone changes nothing a reviewer approved, and
    /// must not turn a rejection into one of "other answers" that anyone may then approve (a
    /// hostile review added one space to a rejected answer, and a colleague's approval passed
    /// the gate). `raia diff` still shows such a change ("only spaces or line breaks changed").
    pub fn answers_hash(&self, q: &Questionnaire) -> String {
        self.canonical_hash(q, true).0
    }

    /// The latest sign-off, and whether it covers these answers as they stand.
    pub fn latest_signoff_coverage(&self, q: &Questionnaire) -> Option<(&SignOff, bool)> {
        let last = self.latest_signoff()?;
        Some((last, last.is_current(&self.signoff_hashes(q))))
    }

    /// What a sign-off's `assessment_hash` may name for these answers: [`Assessment::answers_hash`],
    /// which raia records, or the hash of the text with its spacing as written, which raia
    /// recorded before 2026-12-01.
    pub fn signoff_hashes(&self, q: &Questionnaire) -> AnswersHashes {
        let (spaced, read) = self.canonical_hash(q, true);
        // Written as words already (no line break either), or every sign-off names the words:
        // the text as written is not hashed again (hashing is most of reading the sign-offs,
        // issue 7).
        let exact = if !read
            || self
                .signoff
                .iter()
                .all(|s| s.assessment_hash.trim().eq_ignore_ascii_case(&spaced))
        {
            spaced.clone()
        } else {
            self.answers_hash_as_written(q)
        };
        AnswersHashes { spaced, exact }
    }

    /// Whether `holds` is true of every text the answers hash reads: text answers, notes,
    /// evidence and the details that name the system.
    fn every_hashed_text(&self, holds: impl Fn(&str) -> bool) -> bool {
        self.answers.values().all(|a| match a {
            Answer::Text(t) | Answer::Date(t) => holds(t),
            _ => true,
        }) && self.notes.values().all(|n| holds(n))
            && self.safeguards.values().all(|s| holds(&s.evidence))
            && self.metadata.identifying().iter().all(|t| holds(t))
    }

    /// `change` applied to every text [`Assessment::every_hashed_text`] reads.
    fn each_hashed_text_mut(&mut self, mut change: impl FnMut(&mut String)) {
        for answer in self.answers.values_mut() {
            if let Answer::Text(t) | Answer::Date(t) = answer {
                change(t);
            }
        }
        self.notes.values_mut().for_each(&mut change);
        self.safeguards
            .values_mut()
            .for_each(|s| change(&mut s.evidence));
        for t in self.metadata.identifying_mut() {
            change(t);
        }
    }

    /// The hash of the text with its spacing as written, which sign-offs recorded before
    /// 2026-12-01 name. Windows line breaks count as line breaks: the same file checked out
    /// with CR LF (git's autocrlf) holds the same answers, and a sign-off must not go stale over
    /// it (a hostile review saw every multi-line answer "changed" with nothing to see).
    pub fn answers_hash_as_written(&self, q: &Questionnaire) -> String {
        if self.every_hashed_text(|t| !t.contains("\r\n")) {
            return self.canonical_hash(q, false).0;
        }
        let mut a = self.clone();
        a.read_line_breaks_as_lf();
        a.canonical_hash(q, false).0
    }

    /// Every Windows line break (CR LF) in the text the assessment holds read as a line feed:
    /// the reader does this, so a file checked out with CR LF holds the text a person typed, not
    /// carriage returns that text boxes show and saves write back as escapes (a hostile review).
    pub fn read_line_breaks_as_lf(&mut self) {
        let lf = |s: &mut String| {
            if s.contains("\r\n") {
                *s = crate::answer::lf(s).into_owned();
            }
        };
        self.each_hashed_text_mut(lf);
        for p in self.plans.values_mut() {
            lf(&mut p.owner);
        }
    }

    /// The SHA-256 of the canonical JSON of what a sign-off approves, with its text as written,
    /// or, with `words`, read as [`as_words`] and each list of options as a set (sorted, once
    /// each); and whether reading it so changed anything. The words are put in place as the
    /// JSON is written: no copy of the assessment is made (issue 7).
    fn canonical_hash(&self, q: &Questionnaire, words: bool) -> (String, bool) {
        use std::borrow::Cow;
        #[derive(Serialize)]
        struct Canonical<'a> {
            questionnaire: (&'a str, &'a str, &'a str),
            /// What names the system and who answers for it: a sign-off must not carry over to
            /// a relabelled file. The dates are left out, so a save does not stale it.
            system: [Cow<'a, str>; 6],
            answers: BTreeMap<&'a str, Cow<'a, Answer>>,
            notes: BTreeMap<&'a str, Cow<'a, str>>,
            safeguards: BTreeMap<&'a str, Cow<'a, SafeguardEntry>>,
            /// The evidence's dates: an approval covers the expiry it saw (a hostile review
            /// moved one years on after sign-off, and the approval still held). Left out when
            /// there are none, so files without them keep their hashes.
            #[serde(skip_serializing_if = "BTreeMap::is_empty")]
            evidence_dates: &'a BTreeMap<String, EvidenceDates>,
        }
        fn text<'t>(t: &'t str, words: bool, read: &mut bool) -> Cow<'t, str> {
            if !words {
                return Cow::Borrowed(t);
            }
            let w = as_words(t);
            *read |= matches!(w, Cow::Owned(_));
            w
        }
        let mut read = false;
        let system = self
            .metadata
            .identifying()
            .map(|t| text(t, words, &mut read));
        let mut answers = BTreeMap::new();
        for (id, answer) in &self.answers {
            let a = match answer {
                Answer::Text(t) if words => match text(t, words, &mut read) {
                    Cow::Owned(w) => Cow::Owned(Answer::Text(w)),
                    Cow::Borrowed(_) => Cow::Borrowed(answer),
                },
                Answer::Date(t) if words => match text(t, words, &mut read) {
                    Cow::Owned(w) => Cow::Owned(Answer::Date(w)),
                    Cow::Borrowed(_) => Cow::Borrowed(answer),
                },
                // A list of options is a set: its order, or an option named twice, changes
                // nothing a reviewer signed (a hostile review reordered one to lift a rejection).
                Answer::Choices(c) if words && !c.is_sorted_by(|x, y| x < y) => {
                    read = true;
                    let mut c = c.clone();
                    c.sort_unstable();
                    c.dedup();
                    Cow::Owned(Answer::Choices(c))
                }
                _ => Cow::Borrowed(answer),
            };
            answers.insert(id.as_str(), a);
        }
        let mut notes = BTreeMap::new();
        for (id, note) in &self.notes {
            let n = text(note, words, &mut read);
            if !n.trim().is_empty() {
                notes.insert(id.as_str(), n);
            }
        }
        let mut safeguards = BTreeMap::new();
        for (id, entry) in &self.safeguards {
            let e = match text(&entry.evidence, words, &mut read) {
                Cow::Owned(evidence) => Cow::Owned(SafeguardEntry {
                    status: entry.status,
                    evidence,
                }),
                Cow::Borrowed(_) => Cow::Borrowed(entry),
            };
            safeguards.insert(id.as_str(), e);
        }
        let c = Canonical {
            questionnaire: (&q.id, &q.version, &q.content_hash),
            system,
            answers,
            notes,
            safeguards,
            evidence_dates: &self.evidence_dates,
        };
        // Serialising maps of strings and plain values cannot fail.
        let json = serde_json::to_vec(&c).unwrap_or_default();
        (
            crate::questionnaire::hex_digest(&Sha256::digest(&json)),
            read,
        )
    }

    /// Renders the assessment as the text of a new file, answers in asking order so diffs read
    /// top to bottom. An existing file is saved with [`file::update`], which keeps its comments.
    pub fn to_toml(&self, q: &Questionnaire) -> String {
        file::render(self, q)
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

    /// Whether the answer to `question` counts as given, as the evaluation counts it: a
    /// placeholder text ("n/a") does not, so every count of answers agrees with the result.
    pub fn has_answer(&self, question: &str) -> bool {
        self.answers
            .get(question)
            .is_some_and(crate::engine::is_given)
    }
}

mod check;
mod position;

pub use check::*;
pub use position::*;
