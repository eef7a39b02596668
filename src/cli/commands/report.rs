//! `raia report`: where a report may be written.

use super::*;

/// Refuses a report path that is the assessment itself (whatever --force says), or a file raia
/// did not write (unless --force).
pub(crate) fn check_out(
    out: &Path,
    file: &Path,
    format: Format,
    force: bool,
) -> anyhow::Result<()> {
    let suggestion = || suggested_out(out, file, format);
    // A folder that is not there is a typo more often than a wish (a new-user pass's
    // `--out /nonexistent/dir/x.md` made a folder at the root): it is not made unasked.
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(UsageError(format!(
            "the folder {} does not exist: create it first, or choose another --out",
            term_text::path(dir)
        ))
        .into());
    }
    match crate::report::out_target(out, file) {
        crate::report::OutTarget::Assessment => Err(UsageError(format!(
            "{} is the assessment being reported: raia never writes a report over it; choose another --out, e.g. {}",
            term_text::path(out),
            term_text::path(&suggestion())
        ))
        .into()),
        crate::report::OutTarget::NotAFile(kind) => Err(UsageError(format!(
            "{}; leave out --out to print the report, or choose a file, e.g. {}",
            term_text::line(&crate::report::not_a_file(out, kind)),
            term_text::path(&suggestion())
        ))
        .into()),
        crate::report::OutTarget::Foreign(why) if !force => Err(UsageError(format!(
            "{}: pass --force to replace it{}, or choose another --out, e.g. {}",
            term_text::line(&why.sentence(out)),
            why.loss(),
            term_text::path(&suggestion())
        ))
        .into()),
        _ => Ok(()),
    }
}

/// Another --out to suggest: the report's default name next to the assessment, or when that is
/// `out` or taken, the first of `NAME-2.report.md`, `NAME-3.report.md`, ... that is free.
fn suggested_out(out: &Path, file: &Path, format: Format) -> PathBuf {
    let stem = file
        .file_stem()
        .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
    let named = |n: u32| {
        let suffix = if n < 2 {
            String::new()
        } else {
            format!("-{n}")
        };
        file.with_file_name(format!("{stem}{suffix}.{}", format.extension()))
    };
    (1..100)
        .map(named)
        .find(|p| p != out && std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| named(1))
}
