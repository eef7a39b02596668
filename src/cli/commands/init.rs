//! `raia init`: a blank assessment for filling in with an editor.

use super::*;

/// A blank assessment with every question as a comment, for people who prefer an editor.
pub(crate) fn init(q: &Questionnaire, file: &Path, force: bool) -> anyhow::Result<()> {
    if file.exists() && !force {
        return Err(UsageError(format!(
            "{} already exists; pass --force to overwrite it",
            term_text::path(file)
        ))
        .into());
    }
    let text = assessment::file::blank(q, &session::today());
    store::write_atomic(file, text.as_bytes())?;
    outln!(
        "wrote {} ({} questions). Fill in [answers], then run `raia validate {}`.",
        term_text::path(file),
        q.questions.len(),
        term_text::path(file)
    );
    Ok(())
}
