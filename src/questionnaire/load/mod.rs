//! Parsing the questionnaire TOML and checking it, with every problem located by line and column.

use super::condition::Condition;
use super::*;
use crate::diag::{Diagnostic, Diagnostics, SourceMap};
pub use overlay::{
    BUILTIN_OVERLAYS, apply_overlay, for_assessment, is_overlay, made_with_beside, named_by,
    with_framework,
};
use overlay::{RawFramework, RawMapping};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

mod overlay;

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

/// Parses and validates questionnaire text; `file` names it in messages.
pub fn parse_questionnaire(file: &str, text: &str) -> Result<Questionnaire, Diagnostics> {
    let map = SourceMap::new(file, text);
    // Said as an assessment's is: "missing field `questionnaire`" said nothing of an empty file
    // (a hostile check).
    if text.trim().is_empty() {
        return Err(Diagnostics(vec![map.at(
            None,
            "the file is empty",
            "restore it from version control, or start from the built-in one: `raia questions --format source > FILE`",
        )]));
    }
    let raw = parse_raw(text).map_err(|e| Diagnostics(vec![map.from_toml(&e)]))?;
    check(&map, raw, text)
}

/// Builds the questionnaire from the file as written, with every problem found, in file order.
fn check(map: &SourceMap, raw: RawFile, text: &str) -> Result<Questionnaire, Diagnostics> {
    let mut v = Validator {
        map,
        errors: Vec::new(),
        below: Vec::new(),
        points_read: 0,
        total_passed_at: None,
    };
    let mut q = v.build(raw, text);
    v.check_total(&q);
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

/// The ids a condition may refer to.
struct Refs<'a, 'r> {
    position: &'a HashMap<String, usize>,
    questions: &'a RawQuestions<'r>,
    categories: &'a HashSet<String>,
    prohibitions: &'a HashSet<String>,
}

/// What `Validator::question` reads of the whole questionnaire.
struct Scope<'a, 'r> {
    section_at: &'a HashMap<&'a str, usize>,
    section_order: &'a [String],
    position: &'a HashMap<String, usize>,
    refs: &'a Refs<'a, 'r>,
    ids: &'a Ids<'a>,
}

/// The ids an option's effects may name.
struct Ids<'a> {
    prohibitions: &'a HashSet<String>,
    categories: &'a HashSet<String>,
    factors: &'a HashSet<String>,
    safeguards: &'a HashSet<String>,
}

struct Validator<'a> {
    map: &'a SourceMap<'a>,
    errors: Vec<Diagnostic>,
    /// Frameworks declared by the layers below this file (for an overlay), which its mappings
    /// may name besides its own.
    below: Vec<Framework>,
    /// The risk points and credit of this file read so far, and where they first passed
    /// [`MAX_TOTAL_POINTS`], for [`Validator::check_total`].
    points_read: u64,
    total_passed_at: Option<Range<usize>>,
}

/// The most risk points one option may give a factor, and the most credit a safeguard may
/// take off.
pub const MAX_POINTS: u32 = 1_000_000;

/// The most that every option's risk points and every safeguard's credit of a questionnaire may
/// add up to, so that no score, however answered, passes what raia adds up exactly (a hostile
/// review gave 5,000 options 1,000,000 points each and saw a score stop at 4,294,967,295).
pub const MAX_TOTAL_POINTS: u64 = 1_000_000_000;

/// Every option's risk points and every safeguard's credit in `q`, added up, each at most
/// [`MAX_POINTS`] (a larger one has an error of its own).
pub(crate) fn total_points(q: &Questionnaire) -> u64 {
    let risk: u64 = q
        .questions
        .iter()
        .flat_map(|question| {
            let options = question.options.iter().map(|o| &o.effects);
            options.chain(question.bands.iter().map(|b| &b.effects))
        })
        .flat_map(|effects| effects.risk.values())
        .map(|&p| u64::from(p.min(MAX_POINTS)))
        .sum();
    let credit: u64 = q
        .safeguards
        .iter()
        .map(|s| u64::from(s.credit.min(MAX_POINTS)))
        .sum();
    risk + credit
}

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

    /// Refuses a questionnaire whose points add up past [`MAX_TOTAL_POINTS`], at the number in
    /// this file where the sum passed it (else at the top of the file: an overlay whose own
    /// points are few can still take the layers below past it).
    pub(crate) fn check_total(&mut self, q: &Questionnaire) {
        let total = total_points(q);
        if total > MAX_TOTAL_POINTS {
            self.err(
                self.total_passed_at.clone(),
                format!(
                    "the risk points and credit of all options and safeguards add up to {total}, more than the {MAX_TOTAL_POINTS} raia adds up"
                ),
                "use smaller numbers: a score adds points up, so totals this large could not be kept exactly, and tiers are set by a few dozen points",
            );
        }
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
}

fn entry(e: &RawEntry) -> CatalogueEntry {
    CatalogueEntry {
        layer: 0,
        id: Text::from(e.id.get_ref()),
        title: Text::from(&e.title),
        summary: Text::from(&e.summary),
        clause: Text::from(&e.clause),
        floor: e.floor.as_ref().map(|f| *f.get_ref()),
        reading: Text::from(e.reading.trim()),
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

/// SHA-256 of a questionnaire's text as hex, read with Windows line ends (CR LF) as `\n` and
/// without a byte-order mark: a copy git checked out on Windows is the same text (a review of
/// honest use saw a CRLF checkout fail the gate as "another text"). LF text hashes as it is.
pub fn text_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !text.as_bytes().contains(&b'\r') {
        return hex_digest(&Sha256::digest(text.as_bytes()));
    }
    let mut h = Sha256::new();
    for (i, part) in text.split("\r\n").enumerate() {
        if i > 0 {
            h.update(b"\n");
        }
        h.update(part.as_bytes());
    }
    hex_digest(&h.finalize())
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
        assert_eq!(
            q.map(|q| q.questions[2000].placeholder.to_string()),
            Ok(long)
        );
    }
}

mod assemble;
mod conditions;
mod parts;
mod questions;
mod raw;

pub(crate) use parts::*;
pub(crate) use raw::*;
