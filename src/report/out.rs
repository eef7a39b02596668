//! Where reports are written: default names that cannot collide with the assessment, refusing to
//! replace what raia did not write (or what someone changed since), and the write itself.
//!
//! A report is replaced without asking only when it is exactly what raia wrote, shown by a
//! SHA-256 the report carries (Markdown, TOML, JSON) or, for CSV, which has no place for one
//! that spreadsheets would not show, by a record raia keeps in its data directory. The check
//! needs nothing else, so it works for a report another machine or another raia version wrote.

use super::*;
use crate::answer::lf;
use sha2::{Digest, Sha256};

/// How the last line of every Markdown report raia writes starts, in every raia version: a
/// comment (not shown when the Markdown is rendered) by which raia knows a report it wrote.
pub const MARKDOWN_MARKER_START: &str = "<!-- Written by raia";

/// The last line of a Markdown report up to the checksum; [`markdown_marker`] completes it.
const MARKER_TEXT: &str = "<!-- Written by raia from an assessment file; raia replaces it when the report is written again, unless the text above was changed (sha256:";

/// What JSON and TOML reports hold the checksum in: always the first field, so a reader finds
/// it without parsing, whatever raia version wrote the rest.
pub const REPORT_SHA256: &str = "report_sha256";

/// The value [`REPORT_SHA256`] has while the checksum is taken: 64 zeros.
const PLACEHOLDER: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const JSON_SEAL: &str = "{\n  \"report_sha256\": \"";
const TOML_SEAL: &str = "report_sha256 = \"";

/// SHA-256 of `text` as lowercase hex, with Windows line ends read as `\n`: a report that git
/// checked out with CRLF line ends is still the report raia wrote.
fn digest(text: &str) -> String {
    digest_of(&[text])
}

/// [`digest`] of the text the pieces make one after another, without joining them (a report
/// can be megabytes). No piece may end with `\r` where the next starts with `\n`.
fn digest_of(pieces: &[&str]) -> String {
    let mut h = Sha256::new();
    for piece in pieces {
        // Most reports hold no carriage return: hashed whole, without a search for "\r\n".
        if !piece.as_bytes().contains(&b'\r') {
            h.update(piece.as_bytes());
            continue;
        }
        for (i, part) in piece.split("\r\n").enumerate() {
            if i > 0 {
                h.update(b"\n");
            }
            h.update(part.as_bytes());
        }
    }
    crate::questionnaire::hex_digest(&h.finalize())
}

/// The last line of a Markdown report whose text above the line is `above`, without a line end.
pub fn markdown_marker(above: &str) -> String {
    format!("{MARKER_TEXT}{}). -->", digest(above))
}

pub(crate) fn with_marker(mut text: String) -> String {
    // A line of its own after a blank line, so no renderer takes it into a paragraph.
    while !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
    let marker = markdown_marker(&text);
    text.push_str(&marker);
    text.push('\n');
    text
}

/// Puts the checksum into a JSON (`json`) or TOML document raia serialised: a first field
/// [`REPORT_SHA256`] holding the SHA-256 of the document as it is with that field's value
/// [`PLACEHOLDER`].
pub(crate) fn sealed(mut text: String, json: bool) -> String {
    let (start, after, at) = if json {
        // serde_json's pretty output of a struct opens with "{\n".
        if !text.starts_with("{\n") {
            return text;
        }
        (JSON_SEAL, "\",\n", 2)
    } else {
        (TOML_SEAL, "\"\n", 0)
    };
    let rest = text.get(at..).unwrap_or_default();
    let hash = digest_of(&[start, PLACEHOLDER, after, rest]);
    // Put into the text where it is: a copy of a report of hundreds of kilobytes, grown by
    // doubling, faulted in a page of new memory per 4 KB (issue 7).
    let seal = [start.get(at..).unwrap_or_default(), &hash, after].concat();
    text.insert_str(at, &seal);
    text
}

/// The 64 lowercase hex digits at the start of `s`, if they are there.
fn hex64(s: &str) -> Option<&str> {
    let h = s.get(..64)?;
    h.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        .then_some(h)
}

/// What a file is, as far as writing a report over it goes, read from its text alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A Markdown, TOML or JSON report exactly as raia wrote it.
    AsWritten,
    /// A CSV report: whether raia wrote it as it is, only raia's record can tell.
    Csv,
    /// Something raia did not write, or a raia report that cannot show it is unchanged.
    Foreign(Foreign),
}

fn shape(text: &str) -> Shape {
    let text = lf(text);
    sealed_data(&text)
        .or_else(|| is_csv_report(&text).then_some(Shape::Csv))
        .or_else(|| markdown(&text).map(|(shape, _)| shape))
        .or_else(|| unsealed_data(&text))
        .unwrap_or(Shape::Foreign(Foreign::NotRaia))
}

fn proven(as_written: bool) -> Shape {
    if as_written {
        Shape::AsWritten
    } else {
        Shape::Foreign(Foreign::Edited)
    }
}

/// A JSON or TOML report that opens with its checksum.
fn sealed_data(text: &str) -> Option<Shape> {
    [(JSON_SEAL, "\",\n"), (TOML_SEAL, "\"\n")]
        .into_iter()
        .find_map(|(start, after)| {
            let rest = text.strip_prefix(start)?;
            let h = hex64(rest)?;
            let rest = rest.get(64..)?.strip_prefix(after)?;
            Some(proven(digest_of(&[start, PLACEHOLDER, after, rest]) == h))
        })
}

fn is_csv_report(text: &str) -> bool {
    let first = text.lines().next();
    first == Some(CSV_HEADER.join(",").as_str())
        || super::spreadsheet::CSV_HEADERS_BEFORE
            .iter()
            .any(|&n| first == CSV_HEADER.get(..n).map(|h| h.join(",")).as_deref())
}

/// A Markdown report: by the last line that is raia's marker, wherever it is, since text added
/// after it is an edit too; and whether that line is the file's last one.
fn markdown(text: &str) -> Option<(Shape, bool)> {
    let at = text
        .match_indices(MARKDOWN_MARKER_START)
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || text.get(..i).is_some_and(|t| t.ends_with('\n')))
        .last()?;
    let (above, line) = text.split_at(at);
    let (line, after) = line.split_once('\n').unwrap_or((line, ""));
    let hash = line.split_once("sha256:").and_then(|(_, h)| hex64(h));
    let shape = match hash {
        Some(h) => proven(after.is_empty() && digest(above) == h),
        None => Shape::Foreign(Foreign::Unsealed),
    };
    Some((shape, after.trim().is_empty()))
}

/// A JSON or TOML report raia wrote before it sealed them, or one whose checksum was moved or
/// reformatted: raia's `generator` and an `assessment_hash`.
fn unsealed_data(text: &str) -> Option<Shape> {
    let fields = |generator: Option<&str>, has_hash: bool, sealed: bool| {
        (generator.is_some_and(|g| g.starts_with("raia ")) && has_hash).then_some(Shape::Foreign(
            if sealed {
                Foreign::Edited
            } else {
                Foreign::Unsealed
            },
        ))
    };
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        return fields(
            v.get("generator").and_then(|g| g.as_str()),
            v.get("assessment_hash").is_some(),
            v.get(REPORT_SHA256).is_some(),
        );
    }
    let t = toml::from_str::<toml::Table>(text).ok()?;
    fields(
        t.get("generator").and_then(|g| g.as_str()),
        t.contains_key("assessment_hash"),
        t.contains_key(REPORT_SHA256),
    )
}

/// Whether `bytes` look like a report raia wrote, in any format and edited or not: Markdown
/// ending with raia's marker line, CSV starting with [`CSV_HEADER`], or JSON or TOML with raia's
/// checksum, or with raia's `generator` and an `assessment_hash`. (A marker line followed by
/// more text is not enough here: opening a file must not mistake an assessment whose note
/// quotes the marker for a report.)
pub fn is_raia_report(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let text = lf(text);
    sealed_data(&text).is_some()
        || is_csv_report(&text)
        || markdown(&text).is_some_and(|(_, last)| last)
        || unsealed_data(&text).is_some()
}

/// Whether the file at `path` is a report raia wrote that says what the `format` report of `a`
/// says today, byte for byte (`Some(true)`), or something else (`Some(false)`, out of date);
/// `None` where there is no report raia wrote. Not only the answers: a sign-off or a plan date
/// changed since makes it out of date too (a new-user trial sent AWS a response ticked up to
/// date that still said nobody had approved the answers).
pub fn up_to_date(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
    path: &Path,
) -> Option<bool> {
    if path.as_os_str().is_empty() {
        return None;
    }
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > crate::textfile::MAX_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    if !is_raia_report(&bytes) {
        return None;
    }
    let today = crate::session::today();
    let now = render_on(q, a, format, templates, Some(&today)).ok()?;
    if now.as_bytes() == bytes.as_slice() {
        return Some(true);
    }
    // Written on an earlier day, and otherwise what raia would write today: up to date. The
    // day it was judged on is in the report, and without this every report would read out of
    // date the morning after it was written.
    let written = std::str::from_utf8(&bytes).ok()?;
    Some(as_judged_on(&now, &today, written) == written)
}

/// `now` with the day it was judged on (`today`) put back as `written` gives it, in each of the
/// forms the reports write it: the Markdown and the information request's words, the JSON and
/// TOML field.
fn as_judged_on(now: &str, today: &str, written: &str) -> String {
    let mut out = now.to_string();
    for marker in [
        "Judged as of | ",
        "Judged as of ",
        "\"judged_on\": \"",
        "judged_on = \"",
    ] {
        let day = written
            .find(marker)
            .and_then(|at| written.get(at + marker.len()..at + marker.len() + today.len()));
        if let Some(day) = day.filter(|d| crate::answer::valid_date(d)) {
            out = out.replacen(&format!("{marker}{today}"), &format!("{marker}{day}"), 1);
        }
    }
    out
}

/// [`is_raia_report`], or a Markdown report raia wrote with text added after its marker line:
/// for a file that does not read as an assessment, where saying what it is beats a TOML error
/// (a new-user pass opened a report with one line appended and got "key with no value").
pub fn is_raia_report_edited_or_not(bytes: &[u8]) -> bool {
    is_raia_report(bytes)
        || std::str::from_utf8(bytes).is_ok_and(|text| markdown(&lf(text)).is_some())
}

/// The file in raia's data directory that records what raia last wrote at `out` (a CSV
/// report), named by the SHA-256 of the canonical path so that every path has its own file and
/// two raia processes writing different reports never race for one record.
fn record_path(out: &Path) -> Option<(PathBuf, PathBuf)> {
    let canonical = std::fs::canonicalize(out).ok()?;
    let name =
        crate::questionnaire::hex_digest(&Sha256::digest(canonical.as_os_str().as_encoded_bytes()));
    let record = crate::paths::data_dir()?.join("written-reports").join(name);
    Some((record, canonical))
}

/// Records that raia wrote `text` at `out` (which exists now), as `sha256  path` as
/// `sha256sum` writes it. A record that cannot be written only means the next write asks.
fn remember(out: &Path, text: &str) {
    let Some((record, canonical)) = record_path(out) else {
        return;
    };
    let line = format!("{}  {}\n", digest(text), canonical.display());
    let _ = crate::assessment::store::write_atomic(&record, line.as_bytes());
}

/// Whether raia's record says it wrote `text` at `out`: `None` when there is no record.
fn recorded(out: &Path, text: &str) -> Option<bool> {
    let record = std::fs::read_to_string(record_path(out)?.0).ok()?;
    Some(hex64(&record).is_some_and(|h| h == digest(text)))
}

/// Why a file at a report's path is not replaced without asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// Not a report raia wrote.
    NotRaia,
    /// A report raia wrote that was changed since.
    Edited,
    /// A Markdown, TOML or JSON report an older raia wrote, which carries no checksum.
    Unsealed,
    /// A CSV report raia has no record of writing at this path (another machine or an older
    /// raia wrote it, or it was moved here).
    Unrecorded,
}

impl Foreign {
    /// Why, in words, after the file's path: "PATH exists and raia did not write it".
    pub fn sentence(self, path: &Path) -> String {
        let p = path.display();
        match self {
            Foreign::NotRaia => format!("{p} exists and raia did not write it"),
            Foreign::Edited => format!("{p} was changed since raia wrote it"),
            Foreign::Unsealed => format!(
                "{p} was written by an older raia, which left no checksum to show that it is unchanged"
            ),
            Foreign::Unrecorded => format!(
                "{p} is a CSV report that raia has no record of writing there, so raia cannot tell whether it was changed"
            ),
        }
    }

    /// Why, in a few words, for a list of paths.
    pub fn short(self) -> &'static str {
        match self {
            Foreign::NotRaia => "raia did not write it",
            Foreign::Edited => "changed since raia wrote it",
            Foreign::Unsealed => "from an older raia, which cannot show it is unchanged",
            Foreign::Unrecorded => "a CSV report raia has no record of writing there",
        }
    }

    /// What replacing it loses, in words, for "pass --force to replace it{}".
    pub fn loss(self) -> &'static str {
        match self {
            Foreign::Edited => " and lose the changes",
            _ => "",
        }
    }
}

/// What a file held when the user was asked whether to replace it. The answer was about the
/// file the question showed: one changed while the question was open is kept (a review's
/// colleague edited a listed report while the dialog was up, and `y` replaced the edit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp(Option<(u64, Option<std::time::SystemTime>, [u8; 32])>);

impl FileStamp {
    /// The file at `path` now: its length, modification time and a checksum of what it holds
    /// (up to raia's read limit). Anything but a regular file, or a file that cannot be read,
    /// stamps as nothing, which matches no file that can be.
    pub fn of(path: &Path) -> FileStamp {
        use std::io::Read;
        let read = || -> Option<(u64, Option<std::time::SystemTime>, [u8; 32])> {
            let meta = std::fs::metadata(path).ok()?;
            if !meta.is_file() {
                return None;
            }
            let mut h = Sha256::new();
            let mut file = std::fs::File::open(path)
                .ok()?
                .take(crate::textfile::MAX_BYTES);
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = file.read(&mut buf).ok()?;
                if n == 0 {
                    break;
                }
                h.update(buf.get(..n)?);
            }
            Some((meta.len(), meta.modified().ok(), h.finalize().into()))
        };
        FileStamp(read())
    }
}

/// What is at the path a report is about to be written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutTarget {
    /// Nothing, an empty file, or a report exactly as raia wrote it: write it.
    Free,
    /// The assessment being reported (or another link to it): never written over.
    Assessment,
    /// Not a regular file (a device, a FIFO, a directory; named in words): never written to.
    /// A report is written beside its path and renamed over it, and reading what is there
    /// first would block on a FIFO or never end on `/dev/zero`.
    NotAFile(&'static str),
    /// Anything else: only when the user says so.
    Foreign(Foreign),
}

/// Where a report for the assessment at `assessment` may go: see [`OutTarget`].
pub fn out_target(out: &Path, assessment: &Path) -> OutTarget {
    let Ok(meta) = std::fs::metadata(out) else {
        return OutTarget::Free;
    };
    if same_file(out, assessment) {
        return OutTarget::Assessment;
    }
    if let Some(kind) = crate::textfile::not_regular(&meta) {
        return OutTarget::NotAFile(kind);
    }
    if meta.len() == 0 {
        return OutTarget::Free;
    }
    // Read as every file raia reads, within its limit: a file too large to be a report is not
    // one raia wrote.
    let Ok(text) = crate::textfile::read(out, "report") else {
        return OutTarget::Foreign(Foreign::NotRaia);
    };
    let bytes = text.into_bytes();
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return OutTarget::Foreign(Foreign::NotRaia);
    };
    match shape(text) {
        Shape::AsWritten => OutTarget::Free,
        Shape::Foreign(why) => OutTarget::Foreign(why),
        Shape::Csv => match recorded(out, text) {
            Some(true) => OutTarget::Free,
            Some(false) => OutTarget::Foreign(Foreign::Edited),
            // Written on another machine and committed as it stands: git keeps what it held,
            // so writing it again loses nothing (a team review saw CI refuse to regenerate a
            // committed CSV report).
            None if committed_as_it_stands(out) => OutTarget::Free,
            None => OutTarget::Foreign(Foreign::Unrecorded),
        },
    }
}

/// Whether `file` is tracked by git with no change since its last commit.
fn committed_as_it_stands(file: &Path) -> bool {
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Some(name) = file.file_name() else {
        return false;
    };
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .arg("--")
            .arg(name)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output()
            .ok()
    };
    let tracked = git(&["ls-files", "--error-unmatch"]).is_some_and(|o| o.status.success());
    tracked
        && git(&["status", "--porcelain"])
            .is_some_and(|o| o.status.success() && o.stdout.is_empty())
}

/// Writes a rendered report to `out`, atomically and following the umask (a report is meant to
/// be shared), and records a CSV report in raia's data directory so that writing it again knows
/// it for raia's. The caller has checked `out` with [`out_target`].
pub fn write_out(out: &Path, text: &str) -> anyhow::Result<()> {
    crate::assessment::store::write_atomic_shared(out, text.as_bytes())?;
    if is_csv_report(text) {
        remember(out, text);
    }
    Ok(())
}

/// Whether two paths name one file (through links, and hard links too).
pub(crate) fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!((std::fs::canonicalize(a), std::fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
    }
}

pub(crate) fn source_name(s: crate::engine::StatusSource) -> &'static str {
    match s {
        crate::engine::StatusSource::Assessment => "assessment",
        crate::engine::StatusSource::Answer => "answer",
        crate::engine::StatusSource::Default => "default",
    }
}

/// The folder reports go to by default: next to the assessment file; for a draft (which lives
/// in the data directory, out of the user's sight) the directory raia was started in. The
/// wizard's export step and plain mode's `export` both use it.
pub fn default_dir(assessment: &Path, draft: bool) -> PathBuf {
    if draft && let Ok(cwd) = std::env::current_dir() {
        return cwd;
    }
    match assessment.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Each format's default report path: `<default_dir>/<stem>.<extension>`.
pub fn default_paths(assessment: &Path, draft: bool) -> Vec<(Format, PathBuf)> {
    let dir = default_dir(assessment, draft);
    let stem = assessment
        .file_stem()
        .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
    Format::ALL
        .iter()
        .map(|&f| (f, dir.join(format!("{stem}.{}", f.extension()))))
        .collect()
}

/// Why a report is not written to `out`, which is `kind` ("a named pipe (FIFO)"), in words.
pub fn not_a_file(out: &Path, kind: &str) -> String {
    format!(
        "{} is {kind}, not a regular file: raia writes a report to a file of its own, beside it and renamed into place, so it never writes one to a pipe, a device or a folder",
        out.display()
    )
}

/// Writes one report for the assessment at `assessment` to `out`, never over the assessment
/// itself and never over a file raia did not write unless `replace`. Returns the path written,
/// or why nothing was, in words (the caller adds how to choose another path). The wizard's export step and plain mode's `export` both use it.
pub fn write_report(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    templates: &Templates,
    out: &Path,
    assessment: &Path,
    replace: bool,
) -> Result<String, String> {
    match out_target(out, assessment) {
        OutTarget::Assessment => Err(format!(
            "{} is the assessment itself: raia never writes a report over it",
            out.display()
        )),
        OutTarget::NotAFile(kind) => Err(not_a_file(out, kind)),
        OutTarget::Foreign(why) if !replace => Err(format!("not written: {}", why.sentence(out))),
        _ => {
            // A folder made for the report is said: a typo in the path shows (a new-user pass
            // saw "nosuchdir/deeper" made in silence).
            let made = out
                .parent()
                .filter(|d| !d.as_os_str().is_empty() && !d.is_dir())
                .map(Path::to_path_buf);
            render_on(q, a, format, templates, Some(&crate::session::today()))
                .and_then(|text| write_out(out, &text))
                .map(|()| match made {
                    Some(d) => format!(
                        "{} (the folder {} was made for it)",
                        out.display(),
                        d.display()
                    ),
                    None => out.display().to_string(),
                })
                .map_err(|e| format!("{e:#}"))
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn json_doc() -> String {
        let v = serde_json::json!({"schema_version": 1, "generator": "raia 9.9.9", "assessment_hash": "ab", "tier": "high"});
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    }

    #[test]
    fn a_sealed_report_is_as_written_and_any_change_is_an_edit() {
        let md = with_marker(format!("# Report\n\n{}", "Text of the report. ".repeat(40)));
        let toml_doc = sealed(
            "schema_version = 1\ngenerator = \"raia 9.9.9\"\n".to_string(),
            false,
        );
        let json = sealed(json_doc(), true);
        assert!(json.starts_with("{\n  \"report_sha256\": \""), "{json}");
        assert!(toml_doc.starts_with("report_sha256 = \""), "{toml_doc}");
        for doc in [&md, &toml_doc, &json] {
            assert_eq!(shape(doc), Shape::AsWritten, "{doc}");
            // Line ends turned into CRLF by a git checkout are no change.
            assert_eq!(shape(&doc.replace('\n', "\r\n")), Shape::AsWritten, "{doc}");
            // One character changed anywhere (but in the marker line's own words), or a line
            // added at the end, is.
            let last = doc.rfind("\n<!--").unwrap_or(doc.len() - 1) - 1;
            for at in [0, doc.len() / 2, last] {
                let mut bytes = doc.clone().into_bytes();
                bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
                let edited = String::from_utf8(bytes).unwrap();
                assert_ne!(shape(&edited), Shape::AsWritten, "{edited}");
            }
            assert_eq!(
                shape(&format!("{doc}A comment.\n")),
                Shape::Foreign(Foreign::Edited),
                "{doc}"
            );
        }
        // The placeholder is what is hashed: a field set to zeros by hand does not pass.
        let zeros = format!("{JSON_SEAL}{PLACEHOLDER}\",\n{}", &json_doc()[2..]);
        assert_eq!(shape(&zeros), Shape::Foreign(Foreign::Edited));
        // A checksum moved out of first place, or reformatted JSON, is an edit, not an older raia.
        let reformatted =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&json).unwrap())
                .unwrap();
        assert_eq!(shape(&reformatted), Shape::Foreign(Foreign::Edited));
    }

    #[test]
    fn reports_from_before_the_checksum_cannot_show_they_are_unchanged() {
        let old_md = "# Report\n\n<!-- Written by raia from an assessment file; raia replaces it when the report is written again. -->\n";
        assert_eq!(shape(old_md), Shape::Foreign(Foreign::Unsealed));
        assert_eq!(shape(&json_doc()), Shape::Foreign(Foreign::Unsealed));
        let old_toml = "schema_version = 1\ngenerator = \"raia 0.1.0\"\nassessment_hash = \"ab\"\n";
        assert_eq!(shape(old_toml), Shape::Foreign(Foreign::Unsealed));
        for doc in [old_md, &json_doc(), old_toml] {
            assert!(is_raia_report(doc.as_bytes()), "{doc}");
        }
        assert_eq!(
            shape("{\"name\": \"web\"}\n"),
            Shape::Foreign(Foreign::NotRaia)
        );
        assert_eq!(shape(&CSV_HEADER.join(",")), Shape::Csv);
        // CSV reports written before the against_misuse and shows_requirement columns are
        // still raia's own.
        for n in [16, 17] {
            let before = CSV_HEADER[..n].join(",");
            assert_eq!(shape(&format!("{before}\nx\n")), Shape::Csv);
        }
        assert_ne!(shape(&CSV_HEADER[..15].join(",")), Shape::Csv);
        assert_ne!(shape("id,title\nx\n"), Shape::Csv);
    }

    #[test]
    fn a_note_quoting_the_marker_does_not_make_an_assessment_a_report() {
        let assessment = "schema_version = 1\n[notes]\nrole = \"\"\"\n<!-- Written by raia x -->\nmore\n\"\"\"\n";
        assert!(!is_raia_report(assessment.as_bytes()));
    }

    #[test]
    fn a_markdown_report_with_a_line_added_is_a_report_edited() {
        let md = with_marker("# Report\n\nText.\n".to_string());
        assert!(is_raia_report(md.as_bytes()));
        let added = format!("{md}Added by hand.\n");
        assert!(!is_raia_report(added.as_bytes()));
        assert!(is_raia_report_edited_or_not(added.as_bytes()));
        assert!(!is_raia_report_edited_or_not(b"schema_version = 1\n"));
    }
}
