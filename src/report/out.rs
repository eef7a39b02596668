//! Where reports are written: default names that cannot collide with the assessment, refusing to replace what raia did not write, and the write itself.

use super::*;

/// The last line of every Markdown report, whatever the template: a comment (not shown when
/// the Markdown is rendered) by which raia knows a report it wrote, so writing the report again
/// replaces it without asking.
pub const MARKDOWN_MARKER: &str = "<!-- Written by raia from an assessment file; raia replaces it when the report is written again. -->";

pub(crate) fn with_marker(mut text: String) -> String {
    // A line of its own after a blank line, so no renderer takes it into a paragraph.
    while !text.is_empty() && !text.ends_with("\n\n") {
        text.push('\n');
    }
    text.push_str(MARKDOWN_MARKER);
    text.push('\n');
    text
}

/// Whether `bytes` are a report raia wrote, in any format: Markdown ending with
/// [`MARKDOWN_MARKER`], CSV starting with [`CSV_HEADER`], or JSON or TOML with raia's
/// `generator` and an `assessment_hash`.
pub fn is_raia_report(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    if text.trim_end().ends_with(MARKDOWN_MARKER)
        || text.lines().next() == Some(CSV_HEADER.join(",").as_str())
    {
        return true;
    }
    let ours = |generator: Option<&str>, has_hash: bool| {
        has_hash && generator.is_some_and(|g| g.starts_with("raia "))
    };
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
        return ours(
            v.get("generator").and_then(|g| g.as_str()),
            v.get("assessment_hash").is_some(),
        );
    }
    if let Ok(t) = toml::from_str::<toml::Table>(text) {
        return ours(
            t.get("generator").and_then(|g| g.as_str()),
            t.contains_key("assessment_hash"),
        );
    }
    false
}

/// What is at the path a report is about to be written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutTarget {
    /// Nothing, an empty file, or a report raia wrote: write it.
    Free,
    /// The assessment being reported (or another link to it): never written over.
    Assessment,
    /// A file raia did not write: only when the user says so.
    Foreign,
}

/// Where a report for the assessment at `assessment` may go: see [`OutTarget`].
pub fn out_target(out: &Path, assessment: &Path) -> OutTarget {
    let Ok(meta) = std::fs::metadata(out) else {
        return OutTarget::Free;
    };
    if same_file(out, assessment) {
        return OutTarget::Assessment;
    }
    if meta.is_file() && meta.len() == 0 {
        return OutTarget::Free;
    }
    match std::fs::read(out) {
        Ok(bytes) if is_raia_report(&bytes) => OutTarget::Free,
        _ => OutTarget::Foreign,
    }
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
        OutTarget::Foreign if !replace => Err(format!(
            "not written: {} exists and raia did not write it",
            out.display()
        )),
        _ => render_on(q, a, format, templates, Some(&crate::session::today()))
            .and_then(|text| crate::assessment::store::write_atomic_shared(out, text.as_bytes()))
            .map(|()| out.display().to_string())
            .map_err(|e| format!("{e:#}")),
    }
}
