//! `raia`, `raia new`, `raia resume`: the wizard, or plain mode where there is no terminal.

use super::*;

pub(crate) fn wizard(
    questionnaire: Questionnaire,
    templates: Templates,
    start: crate::tui::Start,
    (no_color, palette): (bool, crate::tui::theme::Palette),
    drafts_dir: Option<PathBuf>,
) -> anyhow::Result<()> {
    crate::tui::run(crate::tui::Options {
        questionnaire,
        templates,
        start,
        no_color,
        palette,
        drafts_dir,
    })
}

pub(crate) fn plain(session: Session, templates: &Templates) -> anyhow::Result<()> {
    let mut input = crate::plain::Interruptible::stdin();
    let mut output = std::io::stdout();
    // A script's answers stop at the first one refused; a person at a terminal is asked again.
    let scripted = !std::io::IsTerminal::is_terminal(&std::io::stdin());
    let r = crate::plain::run_scripted(session, Some(templates), scripted, &mut input, &mut output);
    end_by_signal(&input, &mut output);
    r
}

/// After plain mode saw a signal as the end of its input (and saved, and said how to resume),
/// ends the process by that signal.
pub(crate) fn end_by_signal(input: &crate::plain::Interruptible, output: &mut dyn std::io::Write) {
    if let Some(sig) = input.signal() {
        let _ = output.flush();
        crate::tui::signals::terminate(sig);
    }
}

/// Remembers an assessment opened or started by name, for `raia resume` and `raia list`; a list
/// that cannot be written is passed over (it is only a convenience).
pub(crate) fn remember(file: &Path, drafts: Option<&Path>) {
    if let Some(d) = drafts {
        let _ = store::remember_file(d, file);
    }
}

/// A FILE argument: the path if it exists, else a draft of that name (as `raia resume` and the
/// wizard's quit message name drafts), else the path as given so the error names it.
pub(crate) fn draft_or_path(file: &Path, drafts: Option<&Path>) -> PathBuf {
    if file.exists() {
        return file.to_path_buf();
    }
    let name = file.to_string_lossy();
    let is_plain_name = file.components().count() == 1;
    match drafts {
        Some(d) if is_plain_name => {
            let draft = d.join(format!("{}.toml", name.trim_end_matches(".toml")));
            if draft.is_file() {
                draft
            } else {
                file.to_path_buf()
            }
        }
        _ => file.to_path_buf(),
    }
}

pub(crate) fn resolve_resume(
    target: Option<&str>,
    drafts: Option<&Path>,
) -> anyhow::Result<PathBuf> {
    match target {
        Some(t) => {
            let p = PathBuf::from(t);
            // Something that is there but not a regular file is refused, with the reason, when read.
            if p.exists() {
                return Ok(p);
            }
            if let Some(d) = drafts {
                let named = d.join(format!("{}.toml", t.trim_end_matches(".toml")));
                if named.is_file() {
                    return Ok(named);
                }
                // A file opened by name from another folder, by its file name, when only one
                // remembered file has it (a new-user review's `raia resume claims.toml`).
                let want = format!("{}.toml", t.trim_end_matches(".toml"));
                let matching: Vec<PathBuf> = store::recent_files(d)
                    .into_iter()
                    .map(|f| f.path)
                    .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy() == want))
                    .collect();
                if let [only] = matching.as_slice() {
                    return Ok(only.clone());
                }
            }
            Err(UsageError(format!(
                "no assessment file or draft named `{t}`: `raia list` names the drafts and the files raia has opened"
            ))
            .into())
        }
        // The newest of the drafts and the files opened by name (a new-user review's
        // `raia new loan.toml` was not found).
        None => {
            let newest = drafts
                .map(|d| {
                    let mut all = store::list_drafts(d);
                    all.extend(store::recent_files(d));
                    all.into_iter().max_by_key(|x| x.modified)
                })
                .and_then(|d| d);
            match newest {
                Some(d) => Ok(d.path),
                None => Err(UsageError(
                    "there are no drafts or assessment files to resume: start one with `raia new`, or name a file: `raia resume FILE`".into(),
                )
                .into()),
            }
        }
    }
}
