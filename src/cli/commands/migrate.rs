//! `raia migrate`: carry an assessment to a newer questionnaire version.

use super::*;

/// A built-in questionnaire by version, loaded.
pub(crate) fn builtin(version: &str) -> anyhow::Result<Questionnaire> {
    let Some((name, text)) = crate::questionnaire::builtin_version(version) else {
        return Err(UsageError(format!(
            "no built-in questionnaire has version {version}; built in: {}",
            builtin_versions()
        ))
        .into());
    };
    Ok(crate::questionnaire::builtin_questionnaire(name, text)?)
}

/// `raia migrate`: the file carried over to a newer questionnaire version, and what happened
/// to each answer, in words.
pub(crate) fn migrate(
    q: &Questionnaire,
    file: &Path,
    to: Option<&str>,
    from: Option<&Path>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let new = match to {
        Some(v) => builtin(v)?,
        None => q.clone(),
    };
    // Held until the file is written: a wizard with the file open would otherwise save its
    // answers to the old version over the migrated file, or merge them into it.
    let _lock = if dry_run {
        None
    } else {
        crate::assessment::lock::acquire(file)?
    };
    let modified = std::fs::metadata(file).and_then(|m| m.modified()).ok();
    let text = crate::textfile::read(file, "assessment")?;
    // A report given where an assessment goes is named as one, as every other command does.
    if let Some(e) = crate::assessment::report_instead(file, &text) {
        return Err(e);
    }
    let read = store::Fingerprint::of(text.as_bytes(), modified);
    let old = match from {
        // An overlay names the layers below it, as it does for --questionnaire.
        Some(p) => crate::questionnaire::load_questionnaire(Some(p))?.0,
        None => {
            let recorded = toml::from_str::<toml::Table>(&text)
                .ok()
                .and_then(|t| {
                    t.get("questionnaire")?
                        .get("version")?
                        .as_str()
                        .map(str::to_string)
                })
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "{}: no [questionnaire] version to migrate from",
                        term_text::path(file)
                    )
                })?;
            if crate::questionnaire::builtin_version(&recorded).is_none() {
                return Err(UsageError(format!(
                    "{} was made with version {recorded}, which is not built in: pass --from PATH with that questionnaire",
                    term_text::path(file)
                ))
                .into());
            }
            builtin(&recorded)?
        }
    };
    // Answers given against another text of the old version cannot be carried over as if they
    // were checked: the migrated file would be bound to the new text with nothing checked.
    if let Ok(before) = assessment::parse_assessment(&file.display().to_string(), &text, &old)
        && crate::engine::Binding::of(&old, &before) == crate::engine::Binding::Changed
    {
        return Err(UsageError(format!(
            "{}: its answers were given against another text of version {} (hash {}), so raia cannot tell which still hold; nothing was changed. Pass --from PATH with the questionnaire text the answers were given against; or, once each answer is checked against version {}, delete the `hash` line under [questionnaire] to say so and migrate again",
            term_text::path(file),
            old.version,
            term_text::line(before.questionnaire.hash.trim()),
            old.version
        ))
        .into());
    }
    // Built-in versions migrate across every release between them, each by its own table.
    let chain = match from {
        None => crate::migrate::builtin_chain(&old.version, &new),
        Some(_) => None,
    }
    .unwrap_or_else(|| vec![old.clone(), new.clone()]);
    let out = crate::migrate::migrate_chain(&chain.iter().collect::<Vec<_>>(), &text)?;
    // Nothing to carry over: said so, and the file left alone (a hostile check saw a file
    // already on the current version "written" and its sign-offs called stale, byte for byte
    // the same and still signed).
    if out.text == text {
        outln!(
            "{}: already at version {} of `{}`; nothing to migrate, and the file was not changed.",
            term_text::path(file),
            new.version,
            new.id
        );
        return Ok(());
    }
    // The result must load under the new version before it replaces anything.
    let migrated = assessment::parse_assessment(&file.display().to_string(), &out.text, &new)
        .map_err(|e| {
            anyhow::anyhow!("the migrated file would not load, so it was not changed:\n{e}")
        })?;
    outln!(
        "{}: from version {} to version {} of `{}`",
        term_text::path(file),
        old.version,
        new.version,
        new.id
    );
    let list = |heading: &str, items: Vec<String>| -> std::io::Result<()> {
        if !items.is_empty() {
            outln!("{heading} ({}):", items.len());
            for i in items {
                outln!("  - {i}");
            }
        }
        Ok(())
    };
    list(
        "Carried over unchanged",
        out.unchanged.iter().map(|p| format!("\"{p}\"")).collect(),
    )?;
    list(
        "Carried over to a renamed question",
        out.renamed
            .iter()
            .map(|(a, b)| format!("\"{a}\" is now \"{b}\""))
            .collect(),
    )?;
    list(
        "Option renamed",
        out.options
            .iter()
            .map(|(p, _, label)| format!("\"{p}\": now \"{label}\""))
            .collect(),
    )?;
    list(
        "To reconfirm",
        out.reconfirm
            .iter()
            .map(|(p, why)| format!("\"{p}\": {why}"))
            .collect(),
    )?;
    list(
        "Removed with its question",
        out.removed
            .iter()
            .map(|(p, why)| format!("\"{p}\": {why}"))
            .collect(),
    )?;
    list(
        "Split into new questions",
        out.split
            .iter()
            .map(|(p, what)| format!("\"{p}\": {what}"))
            .collect(),
    )?;
    list(
        "New questions to answer",
        out.new.iter().map(|p| format!("\"{p}\"")).collect(),
    )?;
    // A question kept from the old version can now be asked where it was not (its conditions
    // changed): listed too, or "carried over unchanged" reads as if nothing were left to do (a
    // hostile review: a robo-adviser's human-review question, hidden before, now unanswered).
    let e = crate::engine::evaluate_without_what_if(&new, &migrated);
    list(
        "Now asked, and not answered",
        e.unanswered
            .iter()
            .filter_map(|id| new.question(id))
            .map(|q| format!("\"{}\"", q.prompt))
            .filter(|p| !out.new.iter().any(|n| format!("\"{n}\"") == *p))
            .collect(),
    )?;
    if dry_run {
        outln!("Dry run: {} was not changed.", term_text::path(file));
    } else {
        // Refused if the file changed since it was read (the wizard saved it meanwhile).
        store::write_atomic_if(file, out.text.as_bytes(), store::Expect::Same(&read))?;
        outln!("Wrote {}.", term_text::path(file));
        if !migrated.signoff.is_empty() && old.version != new.version {
            outln!(
                "Its sign-offs are stale now, since the questionnaire changed: review it and sign it again."
            );
        }
    }
    Ok(())
}
