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
    let suggestion = || {
        let stem = file
            .file_stem()
            .map_or_else(|| "assessment".into(), |s| s.to_string_lossy().into_owned());
        file.with_file_name(format!("{stem}.{}", format.extension()))
    };
    match crate::report::out_target(out, file) {
        crate::report::OutTarget::Assessment => Err(UsageError(format!(
            "{} is the assessment being reported: raia never writes a report over it; choose another --out, e.g. {}",
            term_text::path(out),
            term_text::path(&suggestion())
        ))
        .into()),
        crate::report::OutTarget::Foreign if !force => Err(UsageError(format!(
            "{} exists and raia did not write it: pass --force to replace it, or choose another --out, e.g. {}",
            term_text::path(out),
            term_text::path(&suggestion())
        ))
        .into()),
        _ => Ok(()),
    }
}
