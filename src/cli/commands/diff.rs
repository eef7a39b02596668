//! `raia diff`: what changed between two versions of an assessment.

use super::*;

/// `raia diff`: two files, or a file against itself at a git revision.
pub(crate) fn diff(
    q: &Questionnaire,
    file: &Path,
    other: Option<&Path>,
    rev: Option<&str>,
    format: DiffFormat,
    today: &str,
) -> anyhow::Result<()> {
    let (before_name, before, after_name, after) = match (other, rev) {
        (Some(other), _) => (
            file.display().to_string(),
            assessment::read_assessment(file, q)?,
            other.display().to_string(),
            assessment::read_assessment(other, q)?,
        ),
        (None, Some(rev)) => {
            let name = format!("{rev}:{}", file.display());
            let after = assessment::read_assessment(file, q)?;
            match git_show(rev, file)? {
                Some(text) => match assessment::parse_assessment(&name, &text, q) {
                    Ok(before) => (name.clone(), before, file.display().to_string(), after),
                    // The pull request that mends a file that does not load at REV: what the
                    // mended file now says is what a reviewer needs, as for a new file (a CI
                    // review saw the diff job fail on the fix). The heading says why.
                    Err(e) => (
                        format!(
                            "{name} (does not load at {rev}: {}; compared with a blank assessment)",
                            term_text::line(e.to_string().lines().next().unwrap_or_default())
                        ),
                        assessment::Assessment::new(q),
                        file.display().to_string(),
                        after,
                    ),
                },
                // A file added since REV: everything in it is new, as `git diff` shows an added
                // file (a review saw a pull request's new assessment fail its diff job).
                None => (
                    format!("{name} (not in {rev}: a new file)"),
                    assessment::Assessment::new(q),
                    file.display().to_string(),
                    after,
                ),
            }
        }
        (None, None) => {
            return Err(UsageError("give a second file, or --rev REV".into()).into());
        }
    };
    let d = crate::diff::diff(q, &before_name, &before, &after_name, &after, Some(today));
    data(&match format {
        DiffFormat::Md => d.markdown(),
        DiffFormat::Json => d.json(),
    })?;
    Ok(())
}

/// The text of `file` at git revision `rev`, by `git show REV:./NAME` run in the file's folder;
/// `None` if the revision exists and the file is not in it.
pub(crate) fn git_show(rev: &str, file: &Path) -> anyhow::Result<Option<String>> {
    if rev.starts_with('-') || rev.contains(':') || rev.trim().is_empty() {
        return Err(UsageError(format!(
            "--rev {rev} is not a revision: give a branch, tag or commit, e.g. --rev origin/main"
        ))
        .into());
    }
    let dir = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = file
        .file_name()
        .ok_or_else(|| UsageError(format!("{} is not a file name", term_text::path(file))))?;
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("show")
        .arg(format!("{rev}:./{}", name.to_string_lossy()))
        .output()
        .map_err(|e| {
            anyhow::anyhow!(
                "cannot run git to read {rev}:{}: {e}",
                term_text::path(file)
            )
        })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let revision_exists = || {
            std::process::Command::new("git")
                .arg("-C")
                .arg(dir)
                .args(["cat-file", "-e"])
                .arg(format!("{rev}^{{commit}}"))
                .output()
                .is_ok_and(|o| o.status.success())
        };
        if (stderr.contains("but not in") || stderr.contains("does not exist in"))
            && revision_exists()
        {
            return Ok(None);
        }
        anyhow::bail!(
            "git cannot show {} at {rev}: {}",
            term_text::path(file),
            term_text::line(String::from_utf8_lossy(&out.stderr).trim())
        );
    }
    String::from_utf8(out.stdout)
        .map(Some)
        .map_err(|_| anyhow::anyhow!("{} at {rev} is not UTF-8 text", term_text::path(file)))
}
