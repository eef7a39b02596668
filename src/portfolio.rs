//! `raia status`: every assessment under some folders, one row each, for an organisation's view
//! of where its AI systems stand. Each row's verdicts come from `engine::Evaluation` (policy
//! gaps, the gate) and its words from `crate::explain`; nothing is decided here.

use crate::assessment::{self, Assessment};
use crate::engine::{Binding, Evaluation, GateFinding};
use crate::questionnaire::{Questionnaire, Tier};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One assessment file, as far as it could be read.
pub struct Entry {
    /// The path as found (relative when the argument was).
    pub path: PathBuf,
    pub state: State,
}

pub enum State {
    Loaded(Box<Loaded>),
    /// The file does not load: every problem, located where the file says.
    Error {
        problems: Vec<crate::diag::Diagnostic>,
        message: String,
    },
}

pub struct Loaded {
    pub text: String,
    pub assessment: Assessment,
    pub evaluation: Evaluation,
    pub findings: Vec<GateFinding>,
    pub signoff: SignOffState,
    /// The questionnaire that judged it: "id version (source)".
    pub rules: String,
    /// That questionnaire, when it is not the one given to [`assess`] (a team's own rules
    /// beside the file, or an older built-in release): SARIF words its findings by it (a hostile
    /// review's SARIF told the file to bind to the built-in hash).
    pub questionnaire: Option<Box<Questionnaire>>,
}

/// Where the latest sign-off stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SignOffState {
    None,
    /// It approved (or rejected) these answers as they stand.
    Current {
        decision: String,
        name: String,
        date: String,
    },
    /// Something it covers changed since.
    Stale {
        decision: String,
        name: String,
        date: String,
    },
    /// An approval of these answers that the rules for signing refuse (a prohibited use, an
    /// incomplete or contradicted assessment): written by hand, since `raia sign` and the
    /// wizard would not record it (a hostile review's hand-written approval of a prohibited
    /// use read "current: approved" in status and in the response to AWS).
    NotValid {
        decision: String,
        name: String,
        date: String,
        why: String,
    },
}

impl SignOffState {
    /// The latest sign-off of `a`, current or stale against the questionnaire in use, or not
    /// valid for `e`, the evaluation of `a`.
    pub fn of(q: &Questionnaire, a: &Assessment, e: &crate::engine::Evaluation) -> Self {
        let Some(last) = a.latest_signoff() else {
            return Self::None;
        };
        let (decision, name, date) = (
            last.decision.map_or_else(String::new, |d| d.to_string()),
            last.name.clone(),
            last.date.clone(),
        );
        if last.is_current(&a.signoff_hashes(q)) {
            if let Some(why) = approval_refused(q, a, e, last) {
                return Self::NotValid {
                    decision,
                    name,
                    date,
                    why,
                };
            }
            Self::Current {
                decision,
                name,
                date,
            }
        } else {
            Self::Stale {
                decision,
                name,
                date,
            }
        }
    }
}

/// Why the rules for signing refuse `s`, an approval of `a` (evaluated as `e`), if it is one and
/// they do: what `raia sign` would have said.
pub fn approval_refused(
    q: &Questionnaire,
    a: &Assessment,
    e: &crate::engine::Evaluation,
    s: &crate::assessment::SignOff,
) -> Option<String> {
    if s.decision != Some(crate::assessment::Decision::Approved) {
        return None;
    }
    // Written by hand with a comment that withholds it: `raia sign` refuses that too.
    if let Err(r) = crate::signoff::check_comment(&s.comment, crate::assessment::Decision::Approved)
    {
        return Some(r.0);
    }
    crate::signoff::check(
        q,
        a,
        e,
        &s.name,
        &s.role,
        crate::assessment::Decision::Approved,
        &s.date,
    )
    .err()
    .map(|r| r.0)
}

/// The worst outcome over all files, as the exit status reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Pass,
    /// Some file fails its gate.
    Findings,
    /// Some file does not load: nothing can be said about it.
    Error,
}

/// Whether a file found in a folder is an assessment: the assessment format starts with
/// `schema_version`, which no questionnaire or Cargo.toml has. Other TOML files are passed
/// over; a file named on the command line is always taken. Judged by its bytes: a file that
/// is not valid UTF-8, or not valid TOML, is still taken, and reported as not loading rather
/// than left out of the gate (hostile review: one Latin-1 letter dropped a prohibited use from
/// the portfolio, and so did a misspelt `[questionaire]`).
///
/// A `.toml` file that cannot be read (a broken link, a link loop, a FIFO, no permission) or is
/// empty is taken too, and reported as not loading: a team reviewer saw an assessment emptied
/// by a failed merge, and one behind a broken link, left out while the portfolio passed. Empty
/// files under the names other tools give their settings are not assessments.
fn looks_like_assessment(path: &Path) -> bool {
    const TOOL_SETTINGS: &[&str] = &[
        "cargo.toml",
        "rustfmt.toml",
        ".rustfmt.toml",
        "clippy.toml",
        ".clippy.toml",
        "rust-toolchain.toml",
        "deny.toml",
        "taplo.toml",
        ".taplo.toml",
        "pyproject.toml",
        "config.toml",
        "typos.toml",
        "_typos.toml",
        ".typos.toml",
    ];
    // Read as every file is: a FIFO named `x.toml` is not waited on.
    match crate::textfile::read_bytes(path, "assessment") {
        Err(_) => true,
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            !TOOL_SETTINGS.contains(&name.as_str())
        }
        // A TOML report raia wrote beside the assessment (export's default) is no assessment:
        // it made `raia status` fail on every folder with one (a hostile review).
        Ok(bytes) => {
            !crate::report::is_raia_report_edited_or_not(&bytes)
                && String::from_utf8_lossy(&bytes).lines().any(assessment_line)
        }
    }
}

/// A line only an assessment has: its `schema_version` key, bare or quoted (`"schema_version"`
/// is the same key), or the header of a table only assessments hold. A hostile review quoted
/// the key, or left it out, and a failing assessment dropped out of the portfolio's gate.
fn assessment_line(line: &str) -> bool {
    let l = line.trim();
    let key = l.trim_start_matches(['"', '\'']);
    if key.starts_with("schema_version") {
        return true;
    }
    let header: String = l.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(header.as_str(), "[metadata]" | "[answers]" | "[[signoff]]")
        || header.starts_with("[safeguards.")
}

/// The assessment files named by `args`: each file as given, and under each folder every
/// `.toml` file that is an assessment, recursively, skipping hidden folders and `target`.
/// Sorted by path. A path that does not exist is kept, so it is reported as an error.
pub fn find_files(args: &[PathBuf]) -> Vec<PathBuf> {
    find_files_noting_hidden(args).0
}

/// [`find_files`], and besides the assessments found under hidden folders, which are passed
/// over: a tenth hostile review hid a failing one in `.assessments/` and the portfolio said
/// nothing of it. A hidden folder named as an argument is searched like any other. `.git` and
/// `target` are not looked into.
pub fn find_files_noting_hidden(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    // Hidden folders, `target` and folders reached through a link are not searched for the
    // gate, but what they hold is named (a hostile review hid a failing assessment under
    // `target/` and behind a link). A link may lead back up the tree: depth bounds the walk.
    fn walk(
        dir: &Path,
        passed_over: bool,
        depth: usize,
        out: &mut Vec<PathBuf>,
        skipped: &mut Vec<PathBuf>,
    ) {
        if depth > 16 {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let linked_dir = kind.is_symlink() && path.is_dir();
            // A link back up the tree leads to what the walk reads already: followed, a team
            // review saw one file named seven times over ("./sub/up/sub/cv.toml", ...).
            let loops_back = linked_dir
                && std::fs::canonicalize(&path).is_ok_and(|target| {
                    std::fs::canonicalize(dir).is_ok_and(|here| here.starts_with(&target))
                });
            if kind.is_dir() || linked_dir {
                if name != ".git" && !loops_back {
                    let over =
                        passed_over || name.starts_with('.') || name == "target" || linked_dir;
                    walk(&path, over, depth + 1, out, skipped);
                }
            } else if name.to_ascii_lowercase().ends_with(".toml") && looks_like_assessment(&path) {
                if passed_over {
                    skipped.push(path);
                } else {
                    out.push(path);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let mut found = Vec::new();
            walk(arg, false, 0, &mut found, &mut skipped);
            found.sort();
            out.extend(found);
        } else {
            out.push(arg.clone());
        }
    }
    out.dedup();
    skipped.sort();
    (out, skipped)
}

/// What the gate judges besides the policy's requirements: with `strict`, also "should" items
/// and recommendations; with `require_signoff`, also that a sign-off approves the answers as
/// they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GateRules {
    pub strict: bool,
    pub require_signoff: bool,
}

/// The gate's findings for `a` (evaluated as `e`, by `q`) on `today`, under `rules`.
pub fn gate_findings(
    q: &Questionnaire,
    a: &Assessment,
    e: &Evaluation,
    rules: GateRules,
    today: &str,
) -> Vec<GateFinding> {
    let mut findings = e.gate_on(Binding::of(q, a), rules.strict, Some(today));
    if rules.require_signoff
        && let Some(f) = approval_missing(q, a, e)
    {
        findings.push(f);
    }
    findings
}

/// With `--require-signoff`: a finding unless a sign-off approves the answers as they stand (a
/// new-user review's CI passed an unsigned high-tier file, and one whose approval was stale).
/// None where the gate already fails on the latest sign-off rejecting the answers.
fn approval_missing(q: &Questionnaire, a: &Assessment, e: &Evaluation) -> Option<GateFinding> {
    if e.not_approved.is_some() {
        return None;
    }
    let latest = match SignOffState::of(q, a, e) {
        SignOffState::Current { decision, .. } if decision == "approved" => return None,
        SignOffState::None => String::new(),
        SignOffState::Current {
            decision,
            name,
            date,
        } => format!(
            "the latest sign-off ({name}, {date}) records no approval (\"{}\")",
            crate::assessment::Decision::words_of(&decision)
        ),
        SignOffState::Stale {
            decision,
            name,
            date,
        } => format!(
            "the latest sign-off ({} by {name}, {date}) was given for what has changed since (the answers, notes, safeguard records, system details or the questionnaire text)",
            crate::assessment::Decision::words_of(&decision)
        ),
        SignOffState::NotValid {
            decision,
            name,
            date,
            why,
        } => format!(
            "the latest sign-off ({} by {name}, {date}) cannot stand: {why}",
            crate::assessment::Decision::words_of(&decision)
        ),
    };
    Some(GateFinding {
        failure: crate::engine::GateFailure::NoCurrentApproval { latest },
        subjects: vec![crate::engine::Subject::SignOff],
    })
}

/// Reads and judges one file on `today` (YYYY-MM-DD) under the gate's `rules`.
pub fn assess(q: &Questionnaire, path: &Path, rules: GateRules, today: &str) -> Entry {
    // Read, then decoded, so a file that is not UTF-8 keeps the line of its first bad byte for
    // SARIF (a team review saw its annotation on line 1).
    let text = crate::textfile::read_bytes(path, "assessment")
        .map_err(|e| State::Error {
            problems: Vec::new(),
            message: format!("{e:#}"),
        })
        .and_then(|bytes| {
            crate::textfile::utf8(&path.display().to_string(), bytes).map_err(|d| State::Error {
                message: d.to_string(),
                problems: d.0,
            })
        });
    let state = match text {
        Err(state) => state,
        Ok(text) => {
            // A file made with another questionnaire (a team's overlay kept beside it) is
            // judged by that one, when it is there.
            match crate::questionnaire::made_with_beside(&q.id, path, &text) {
                Some(Ok(other)) => {
                    let mut state = judge(&other, path, text, rules, today);
                    if let State::Loaded(l) = &mut state
                        && l.questionnaire.is_none()
                    {
                        l.questionnaire = Some(Box::new(other));
                    }
                    state
                }
                Some(Err(e)) => State::Error {
                    problems: Vec::new(),
                    message: format!("{e:#}"),
                },
                None => judge(q, path, text, rules, today),
            }
        }
    };
    Entry {
        path: path.to_path_buf(),
        state,
    }
}

fn judge(q: &Questionnaire, path: &Path, text: String, rules: GateRules, today: &str) -> State {
    let mut own: Option<Questionnaire> = None;
    let parsed = assessment::parse_assessment(&path.display().to_string(), &text, q).or_else(|d| {
        // A file made with an older built-in release is judged against that release. Looked
        // for only when the file does not load, so the common case parses once.
        own = assessment::file::own_release(q, &text).map(|(old, _)| old);
        match &own {
            Some(old) => assessment::parse_assessment(&path.display().to_string(), &text, old),
            None => Err(d),
        }
    });
    match parsed {
        Err(d) => State::Error {
            message: d.to_string(),
            problems: d.0,
        },
        Ok(a) => {
            let judged_by = own.as_ref().unwrap_or(q);
            let e = crate::engine::evaluate_on(judged_by, &a, Some(today));
            let findings = gate_findings(judged_by, &a, &e, rules, today);
            let signoff = SignOffState::of(judged_by, &a, &e);
            let rules = format!(
                "{} {} ({})",
                judged_by.id, judged_by.version, judged_by.source
            );
            State::Loaded(Box::new(Loaded {
                text,
                assessment: a,
                evaluation: e,
                findings,
                signoff,
                rules,
                questionnaire: own.map(Box::new),
            }))
        }
    }
}

/// Judges every file, on as many threads as the machine offers, in the order given.
pub fn assess_all(
    q: &Questionnaire,
    files: &[PathBuf],
    rules: GateRules,
    today: &str,
) -> Vec<Entry> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(files.len().max(1));
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|f| assess(q, f, rules, today))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                // A thread that panicked has no rows to give; the panic is already reported.
                h.join().unwrap_or_default()
            })
            .collect()
    })
}

/// The worst outcome over `entries`.
pub fn outcome(entries: &[Entry]) -> Outcome {
    entries
        .iter()
        .map(|e| match &e.state {
            State::Error { .. } => Outcome::Error,
            State::Loaded(l) if !l.findings.is_empty() => Outcome::Findings,
            State::Loaded(_) => Outcome::Pass,
        })
        .max()
        .unwrap_or(Outcome::Pass)
}

/// One row of the table, in words, as every format prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub file: String,
    pub system: String,
    pub owner: String,
    /// The tier in the questionnaire's words; empty when the file does not load.
    pub tier: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier_id: Option<Tier>,
    pub answered: usize,
    pub visible: usize,
    pub complete: bool,
    /// "complete (12 of 14 answered)", "incomplete: 2 questions unanswered".
    pub completeness: String,
    /// Safeguards the policy's words require that are not in place.
    pub policy_gaps: usize,
    pub signoff: SignOffState,
    /// Another reviewer's rejection or request for changes of these same answers that the
    /// latest approval does not lift, in words ("rejected by A. Auditor, 2026-12-01"); empty
    /// when none stands (a review read "current: approved" beside a rejection failing the gate).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub standing_objection: String,
    /// Another reviewer's rejection or request for changes of earlier answers that an approval
    /// of the changed answers lifted, its reviewer not having signed since, in words ("rejected
    /// by A. Risk, 2026-12-01, lifted by B. Friendly on 2026-12-03"); empty when none (a review
    /// saw a chief risk officer's rejection vanish from the table after a one-word edit).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lifted_objection: String,
    /// YYYY-MM-DD, or empty when there is none.
    pub review_due: String,
    /// The review date has passed: the gate fails on it.
    pub review_overdue: bool,
    /// "passes", or each reason it fails.
    pub gate_passed: bool,
    pub gate: Vec<String>,
    /// Why the file does not load; empty when it does.
    pub error: String,
    /// The questionnaire that judged it ("id version (source)"); empty when it does not load.
    pub rules: String,
}

impl Row {
    pub fn of(q: &Questionnaire, entry: &Entry) -> Self {
        let file = entry.path.display().to_string();
        match &entry.state {
            State::Error { message, .. } => Row {
                file,
                system: String::new(),
                owner: String::new(),
                tier: String::new(),
                tier_id: None,
                answered: 0,
                visible: 0,
                complete: false,
                completeness: String::new(),
                policy_gaps: 0,
                signoff: SignOffState::None,
                standing_objection: String::new(),
                lifted_objection: String::new(),
                review_due: String::new(),
                review_overdue: false,
                gate_passed: false,
                gate: Vec::new(),
                error: message.clone(),
                rules: String::new(),
            },
            State::Loaded(l) => {
                let (a, e) = (&l.assessment, &l.evaluation);
                // Worded by the questionnaire that judged the file: an overlay found beside it
                // names its own rules, never the policy's (a team review read an overlay's
                // rule called "a safeguard the policy requires").
                let q = l.questionnaire.as_deref().unwrap_or(q);
                let answered = e
                    .visible
                    .iter()
                    .filter(|id| {
                        a.answers
                            .get(id.as_str())
                            .is_some_and(crate::engine::is_given)
                    })
                    .count();
                let completeness = if e.complete {
                    format!("complete ({answered} of {} answered)", e.visible.len())
                } else {
                    format!(
                        "incomplete: {}",
                        crate::explain::missing(e.unanswered.len(), e.notes_missing.len())
                    )
                };
                let failures: Vec<_> = l.findings.iter().map(|f| f.failure.clone()).collect();
                Row {
                    file,
                    system: a.metadata.system.clone(),
                    owner: a.metadata.owner_team.clone(),
                    tier: crate::explain::tier(q, e.tier),
                    tier_id: Some(e.tier),
                    answered,
                    visible: e.visible.len(),
                    complete: e.complete,
                    completeness,
                    policy_gaps: e.safeguards.iter().filter(|s| s.is_policy_gap()).count(),
                    signoff: l.signoff.clone(),
                    standing_objection: e
                        .not_approved
                        .as_ref()
                        .filter(|n| n.current && !n.others.is_empty())
                        .map(|n| {
                            format!(
                                "{} by {}, {}",
                                n.decision.label(),
                                n.name.trim(),
                                n.date.trim()
                            )
                        })
                        .unwrap_or_default(),
                    lifted_objection: e
                        .lifted_objections
                        .iter()
                        .map(|l| {
                            format!(
                                "{} by {}, {}, lifted by {}",
                                l.decision.label(),
                                l.name.trim(),
                                l.date.trim(),
                                l.lifted_by
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                    review_due: e.review.due.clone().unwrap_or_default(),
                    review_overdue: failures
                        .iter()
                        .any(|f| matches!(f, crate::engine::GateFailure::ReviewOverdue { .. })),
                    gate_passed: failures.is_empty(),
                    gate: crate::explain::gate_failures(&failures, q),
                    error: String::new(),
                    rules: l.rules.clone(),
                }
            }
        }
    }

    /// The latest sign-off in words, and a "no" it does not lift.
    pub fn signoff_words(&self) -> String {
        let mut latest = crate::explain::signoff_state(&self.signoff);
        // An approval given over open gaps is not a clean one: say so beside it (a new-user
        // trial's approval of three policy gaps read as plain "current: approved").
        if matches!(&self.signoff, SignOffState::Current { decision, .. } if decision == "approved")
            && self.policy_gaps > 0
        {
            latest.push_str(&format!(
                ", with {} open",
                crate::explain::plural(self.policy_gaps, "policy gap", "policy gaps")
            ));
        }
        let latest = if self.standing_objection.is_empty() {
            latest
        } else {
            format!("{latest}; still standing: {}", self.standing_objection)
        };
        if self.lifted_objection.is_empty() {
            latest
        } else {
            format!(
                "{latest}; earlier, for answers changed since: {}",
                self.lifted_objection
            )
        }
    }

    /// "2026-07-15", "OVERDUE, due by 2026-07-15", or "none".
    pub fn review_words(&self) -> String {
        crate::explain::review_cell(
            Some(self.review_due.as_str()).filter(|d| !d.is_empty()),
            self.review_overdue,
            "none",
        )
    }

    fn gate_words(&self) -> String {
        if !self.error.is_empty() {
            "does not load".to_string()
        } else if self.gate_passed {
            "passes".to_string()
        } else {
            format!("fails: {}", self.gate.join("; "))
        }
    }
}

const HEADER: [&str; 9] = [
    "File",
    "System",
    "Owner",
    "Tier",
    "Completeness",
    "Policy gaps",
    "Sign-off",
    "Review due",
    "Gate",
];

/// The rows as a Markdown table, with a line under it counting what needs attention. When the
/// files were not all judged by one questionnaire (a team's own kept beside its file, an older
/// release), a Rules column says which judged each: a hostile review saw a team's edited rules
/// pass a file in the portfolio with no word of it.
pub fn markdown(rows: &[Row]) -> String {
    use crate::report::escape::cell;
    let mut rules = rows.iter().filter(|r| r.error.is_empty()).map(|r| &r.rules);
    let first = rules.next();
    let mixed = rules.any(|r| Some(r) != first);
    let mut header: Vec<&str> = HEADER.to_vec();
    if mixed {
        header.insert(4, "Rules");
    }
    let mut out = format!(
        "| {} |\n|{}\n",
        header.join(" | "),
        " --- |".repeat(header.len())
    );
    for r in rows {
        let cells: Vec<String> = if r.error.is_empty() {
            vec![
                cell(&r.file),
                cell(&r.system),
                cell(&r.owner),
                cell(&r.tier),
                cell(&r.completeness),
                r.policy_gaps.to_string(),
                cell(&r.signoff_words()),
                cell(&r.review_words()),
                cell(&r.gate_words()),
            ]
        } else {
            let first = r.error.lines().next().unwrap_or_default();
            vec![
                cell(&r.file),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                cell(&format!("does not load: {first}")),
            ]
        };
        let mut cells = cells;
        if mixed {
            cells.insert(4, cell(&r.rules));
        }
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n{}\n", summary(rows)));
    out
}

/// The rows as text to read in a terminal: a few lines for each file, its gate's reasons one
/// to a line, each wrapped to `width` columns, then the count and where to look next.
pub fn text(rows: &[Row], width: usize) -> String {
    let width = width.max(40);
    // Lines wrapped under their own indent: the terminal's own wrapping breaks words.
    // Each piece through the terminal-safe printer before it is measured: names and errors
    // come from files, and text into a pipe is read on a terminal later too.
    let put = |out: &mut String, first: &str, rest: &str, text: &str| {
        let text = &*crate::term_text::line(text);
        let room = width.saturating_sub(first.len().max(rest.len())).max(20);
        for (i, l) in wrap_words(text, room).iter().enumerate() {
            out.push_str(if i == 0 { first } else { rest });
            out.push_str(l);
            out.push('\n');
        }
    };
    let mut rules = rows.iter().filter(|r| r.error.is_empty()).map(|r| &r.rules);
    let first = rules.next();
    let mixed = rules.any(|r| Some(r) != first);
    let mut out = String::new();
    for r in rows {
        if !r.error.is_empty() {
            out.push_str(&format!("{}: does not load\n", r.file));
            for line in r.error.lines() {
                // The error's own indent ("  help: ...") is kept, under the file's.
                let body = line.trim_start();
                let indent = format!("  {}", &line[..line.len() - body.len()]);
                put(&mut out, &indent, &format!("{indent}  "), body);
            }
            out.push('\n');
            continue;
        }
        let who = match (r.system.trim(), r.owner.trim()) {
            ("", "") => String::new(),
            (s, "") => format!(": {s}"),
            ("", o) => format!(": ({o})"),
            (s, o) => format!(": {s} ({o})"),
        };
        put(&mut out, "", "  ", &format!("{}{who}", r.file));
        put(
            &mut out,
            "  ",
            "    ",
            &format!(
                "Tier {}, {}, {}",
                r.tier.to_uppercase(),
                r.completeness,
                crate::explain::plural(r.policy_gaps, "policy gap", "policy gaps")
            ),
        );
        if mixed {
            put(&mut out, "  Rules: ", "    ", &r.rules);
        }
        put(&mut out, "  Sign-off: ", "    ", &r.signoff_words());
        put(&mut out, "  Review due: ", "    ", &r.review_words());
        if r.gate_passed {
            out.push_str("  Gate: passes\n");
        } else {
            out.push_str("  Gate: fails\n");
            for reason in &r.gate {
                put(&mut out, "    - ", "      ", reason);
            }
        }
        out.push('\n');
    }
    put(&mut out, "", "", &summary(rows));
    if rows.iter().any(|r| r.error.is_empty() && !r.gate_passed) {
        put(
            &mut out,
            "",
            "",
            "Why one fails and what to do: raia score FILE --gate; the whole assessment: raia report FILE.",
        );
    }
    out
}

/// `text` in lines of at most `room` columns, broken at spaces; a word longer than a line has
/// one to itself.
fn wrap_words(text: &str, room: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

/// "11 assessments: 8 pass the gate, 3 fail it, 0 do not load."
pub fn summary(rows: &[Row]) -> String {
    let errors = rows.iter().filter(|r| !r.error.is_empty()).count();
    let passed = rows
        .iter()
        .filter(|r| r.error.is_empty() && r.gate_passed)
        .count();
    let failed = rows.len() - errors - passed;
    format!(
        "{}: {passed} {} the gate, {failed} {} it, {errors} {} not load.",
        crate::explain::plural(rows.len(), "assessment", "assessments"),
        if passed == 1 { "passes" } else { "pass" },
        if failed == 1 { "fails" } else { "fail" },
        if errors == 1 { "does" } else { "do" },
    )
}

/// The rows as CSV, one line each after a header; text cells are kept from being read as
/// spreadsheet formulas.
pub fn csv(rows: &[Row]) -> anyhow::Result<String> {
    use crate::report::spreadsheet_safe as safe;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record([
        "file",
        "system",
        "owner",
        "tier",
        "answered",
        "visible",
        "complete",
        "policy_gaps",
        "signoff",
        "review_due",
        "gate",
        "error",
        "rules",
        // Last, so a sheet made from the columns above still reads: the field to filter on
        // (a review found it only in the JSON, which docs/ci.md told scripts to use).
        "gate_passed",
        "review_overdue",
    ])?;
    for r in rows {
        w.write_record([
            safe(&r.file),
            safe(&r.system),
            safe(&r.owner),
            // The questionnaire's own word for the tier (hostile review: raw, and a formula).
            safe(&r.tier),
            r.answered.to_string(),
            r.visible.to_string(),
            r.complete.to_string(),
            r.policy_gaps.to_string(),
            safe(&r.signoff_words()),
            safe(&r.review_words()),
            safe(&r.gate_words()),
            safe(&r.error),
            safe(&r.rules),
            r.gate_passed.to_string(),
            r.review_overdue.to_string(),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// The rows as a JSON array.
pub fn json(rows: &[Row]) -> String {
    // Rows hold only strings, numbers and plain enums: serialising cannot fail.
    crate::report::json_terminal_safe(serde_json::to_string_pretty(rows).unwrap_or_default() + "\n")
}

/// Every finding of every file, and every file that does not load, as one SARIF log.
pub fn sarif(q: &Questionnaire, entries: &[Entry]) -> String {
    let mut log = crate::sarif::Log::new();
    for entry in entries {
        let path = entry.path.to_string_lossy();
        match &entry.state {
            State::Loaded(l) => {
                let q = l.questionnaire.as_deref().unwrap_or(q);
                log.add_findings(q, &l.assessment, &l.evaluation, &l.findings, &path, &l.text)
            }
            State::Error { problems, message } => log.add_load_error(&path, problems, message),
        }
    }
    log.to_text()
}
