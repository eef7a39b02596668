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
    // The release the earlier side was made with, where it was carried to `q`'s version.
    let mut made_with: Option<Questionnaire> = None;
    let (before_name, before, after_name, after) = match (other, rev) {
        (Some(other), _) => {
            let (before, was, old) = read_carried(q, file)?;
            let (after, now, _) = read_carried(q, other)?;
            made_with = old;
            (
                format!("{}{was}", file.display()),
                before,
                format!("{}{now}", other.display()),
                after,
            )
        }
        (None, Some(rev)) => {
            let name = format!("{rev}:{}", file.display());
            let (after, now, _) = read_carried(q, file)?;
            let after_name = format!("{}{now}", file.display());
            match git_show(rev, file)? {
                Some(text) => match parse_carried(q, &name, &text) {
                    Ok((before, was, old)) => {
                        made_with = old;
                        (format!("{name}{was}"), before, after_name, after)
                    }
                    // The pull request that mends a file that does not load at REV: what the
                    // mended file now says is what a reviewer needs, as for a new file (a CI
                    // review saw the diff job fail on the fix). The heading says why.
                    Err(e) => (
                        format!(
                            "{name} (does not load at {rev}: {}; compared with a blank assessment)",
                            term_text::line(e.to_string().lines().next().unwrap_or_default())
                        ),
                        assessment::Assessment::new(q),
                        after_name,
                        after,
                    ),
                },
                // A file added since REV: everything in it is new, as `git diff` shows an added
                // file (a review saw a pull request's new assessment fail its diff job).
                None => (
                    format!("{name} (not in {rev}: a new file)"),
                    assessment::Assessment::new(q),
                    after_name,
                    after,
                ),
            }
        }
        (None, None) => {
            return Err(UsageError("give a second file, or --rev REV".into()).into());
        }
    };
    let d = crate::diff::diff_from(
        q,
        made_with.as_ref(),
        &before_name,
        &before,
        &after_name,
        &after,
        Some(today),
    );
    data(&match format {
        DiffFormat::Md => d.markdown(),
        DiffFormat::Json => d.json(),
    })?;
    Ok(())
}

/// An assessment read for a diff, the words for its heading, and the older release it was
/// made with where it was carried to the version in use.
type Carried = (assessment::Assessment, String, Option<Questionnaire>);

/// The assessment at `file`, read as [`parse_carried`] reads it.
fn read_carried(q: &Questionnaire, file: &Path) -> anyhow::Result<Carried> {
    let text = crate::textfile::read(file, "assessment")?;
    parse_carried(q, &file.display().to_string(), &text)
}

/// An assessment's text read against `q`, or, where it was made with an older built-in
/// release of `q`, carried to `q`'s version in memory as `raia migrate` would carry it: a team
/// review diffed a signed file against its migration and read every answer changed, a blank
/// old side and its sign-off "ADDED", where the migration had changed two lines. With the words
/// that say so for the heading (empty when nothing was carried).
fn parse_carried(q: &Questionnaire, name: &str, text: &str) -> anyhow::Result<Carried> {
    let err = match assessment::parse_assessment(name, text, q) {
        Ok(a) => return Ok((a, String::new(), None)),
        Err(e) => e,
    };
    let carried = crate::assessment::file::own_release(q, text).and_then(|(old, _)| {
        let chain = crate::migrate::builtin_chain(&old.version, q)?;
        let steps: Vec<&Questionnaire> = chain.iter().collect();
        let out = crate::migrate::migrate_chain(&steps, text).ok()?;
        let a = assessment::parse_assessment(name, &out.text, q).ok()?;
        // No backticks: the Markdown escapes them, and the diff is read in a terminal too.
        let heading = format!(
            " (made for version {}, read as raia migrate would carry it to version {})",
            old.version, q.version
        );
        Some((a, heading, Some(old)))
    });
    carried.ok_or_else(|| err.into())
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
