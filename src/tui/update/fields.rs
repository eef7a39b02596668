//! Committing what a field holds: saving typed text as an answer, a detail or a note, and keeping text that is not valid yet.

use super::*;

/// Nothing typed for a moment: save what is being typed, in every field, so closing the
/// terminal loses at most the last moment's typing, and look at the file for changes made to
/// it by others ([`Effect::TakeInFile`]). A value that is not valid yet (half a
/// date) waits quietly for more typing. The system name of a draft not yet saved waits for
/// the user to leave the field: it names the draft file.
pub(crate) fn idle(app: &mut App) {
    let names_new_draft = app.screen == Screen::Detail(Detail::System)
        && app.session().is_some_and(|s| s.path.is_none());
    if app.field.as_ref().is_some_and(Field::edited)
        && matches!(app.screen, Screen::Question(_) | Screen::Detail(_))
        && !names_new_draft
    {
        let _ = commit_field(app);
    }
    let overlay_dirty = app.overlay.field().is_some_and(Field::edited);
    if overlay_dirty
        && matches!(
            app.overlay,
            Overlay::Note { .. } | Overlay::Safeguard { .. }
        )
    {
        commit_overlay_field(app);
    }
    // A pause is when the file is looked at for changes made by others (`raia sign`): the
    // event loop has no other moment free of keys, and a stat is all it costs when there are
    // none.
    if app.session().is_some_and(|s| s.path.is_some()) {
        app.effects.push(Effect::TakeInFile);
    }
}

/// Ctrl+S: what is being typed is committed, and the file written now, with a message.
pub(crate) fn save(app: &mut App) {
    commit_overlay_field(app);
    if let Err(msg) = commit_field(app) {
        app.error(format!("Not saved: {msg}"));
        return;
    }
    if let Some(s) = app.session() {
        // After a collision was shown, Ctrl+S is the user's choice to keep their version.
        app.effects.push(Effect::Save {
            keep_mine: s.collided(),
            announce: true,
        });
    }
}

pub(crate) fn report<T>(app: &mut App, r: anyhow::Result<T>) {
    app.after_save(r);
}

/// Saves what the field of the current step holds. `Err` says why the text is not a valid
/// answer (nothing is saved then).
pub(crate) fn commit_field(app: &mut App) -> Result<(), String> {
    let Some(field) = app.field.as_ref() else {
        return Ok(());
    };
    // Moving through a field without changing it writes nothing.
    if !field.edited() {
        return Ok(());
    }
    let text = field.text();
    match app.screen {
        Screen::Detail(detail) => {
            let value = text.trim().to_string();
            if value != app.metadata_value(detail.index())
                && let Some(s) = app.session_mut()
            {
                let r = s.set_metadata(detail, &value);
                report(app, r);
                if let Some(warning) = crate::flow::detail_warning(detail, &value)
                    && app.message.is_none()
                {
                    app.info(warning);
                }
            }
        }
        Screen::Question(qi) => {
            let Some(q) = app.q().questions.get(qi).cloned() else {
                return Ok(());
            };
            let parsed = crate::typed::parse_answer(&q, &text)?;
            app.unsaved.remove(&qi);
            let stored = app.answer(qi).cloned();
            if parsed != stored {
                // A placeholder is kept but counts as no answer: said as it is saved, as plain
                // mode says it (a new-user pass heard of it only on coming back).
                let placeholder = parsed
                    .as_ref()
                    .is_some_and(crate::engine::is_placeholder_answer);
                set_answer(app, qi, parsed);
                if placeholder {
                    app.info(crate::explain::PLACEHOLDER_ANSWER.to_string());
                }
            }
        }
        _ => {}
    }
    if let Some(f) = app.field.as_mut() {
        f.mark_saved();
    }
    app.refresh();
    Ok(())
}

/// Commits the field before moving forward. An invalid value keeps the user here to fix it,
/// with a message; returns whether the move may go on.
pub(crate) fn commit_forward(app: &mut App) -> bool {
    // Emptying a field that holds a saved answer and pressing Enter asks first: a new-user
    // trial cleared a number to type it again, lost the saved 40,000, and the digits it typed
    // next changed the answer to the question after (data loss).
    if let (Screen::Question(qi), Some(f)) = (app.screen, app.field.as_ref())
        && f.edited()
        && f.text().trim().is_empty()
        && let Some(saved) = app.answer(qi).cloned()
        && app.confirm_clear != Some(qi)
    {
        app.confirm_clear = Some(qi);
        let shown = app
            .q()
            .questions
            .get(qi)
            .map(|q| crate::engine::display_answer(q, &saved))
            .unwrap_or_default();
        app.info(format!(
            "The field is empty: Enter again removes the saved answer ({}) and leaves the question unanswered; type an answer, or Ctrl+_ to bring the saved one back.",
            crate::tui::widgets::truncate(&shown, 40)
        ));
        app.typing = true;
        return false;
    }
    app.confirm_clear = None;
    match commit_field(app) {
        Ok(()) => {
            // Moving on from a question a migration asked to confirm again confirms it, kept
            // or changed.
            if let Screen::Question(qi) = app.screen
                && let Some(id) = app.q().questions.get(qi).map(|q| q.id.to_string())
                && let Some(s) = app.session_mut()
            {
                let r = s.confirm_again(&id);
                report(app, r);
            }
            true
        }
        Err(msg) => {
            app.error(format!(
                "{msg}. Ctrl+_ takes back what was typed (the saved answer stays); a cleared field leaves the question unanswered; Shift+Tab goes back."
            ));
            app.typing = true;
            false
        }
    }
}

/// Commits the field for quitting or jumping: an invalid value is left unsaved, with a message.
pub(crate) fn commit_quietly(app: &mut App) {
    if let Err(msg) = commit_field(app) {
        keep_unsaved(app, &msg);
    }
}

/// An invalid value being left: it waits in its field (not on disk) for the user to fix.
pub(crate) fn keep_unsaved(app: &mut App, msg: &str) {
    if let (Screen::Question(qi), Some(f)) = (app.screen, app.field.as_ref()) {
        app.unsaved.insert(qi, f.text());
    }
    app.error(format!(
        "Not saved: {msg}. It stays in the field to fix; the saved answer is unchanged."
    ));
}

/// Saves the note or evidence being typed in a popup, keeping the popup open.
pub(crate) fn commit_overlay_field(app: &mut App) {
    let crate::tui::app::State::Editing(ed) = &mut app.state else {
        return;
    };
    let s = &mut ed.session;
    let r = match &mut app.overlay {
        Overlay::Note { question, field } if field.edited() => {
            field.mark_saved();
            match s.questionnaire.questions.get(*question) {
                Some(q) => {
                    let id = q.id.clone();
                    s.set_note(&id, field.text().trim_end())
                }
                None => Ok(()),
            }
        }
        Overlay::Safeguard { id, field, .. } if field.edited() => {
            field.mark_saved();
            let status = s
                .evaluate()
                .safeguard(id)
                .map_or(SafeguardStatus::Missing, |r| r.status);
            let evidence = field.text().trim().to_string();
            let id = id.clone();
            s.set_safeguard(&id, status, &evidence)
        }
        _ => Ok(()),
    };
    report(app, r);
    app.refresh();
}

/// Closes any popup, saving what was typed in it.
pub(crate) fn commit_overlay(app: &mut App) {
    commit_overlay_field(app);
    if let Overlay::Safeguard { id, undo_from, .. } = &app.overlay {
        let (id, from) = (id.clone(), *undo_from);
        if let Some(s) = app.session_mut() {
            s.squash_safeguard(&id, from);
        }
    }
    if let Overlay::ExportPath { row, field } = &app.overlay {
        let text = field.text().trim().to_string();
        let row = *row;
        // The assessment itself is never a report's path: refused here, before it is kept in
        // the file (new-user pass: it was kept, and every later export failed the same way).
        let assessment = app.session().and_then(|s| s.path.clone());
        if let Some(a) = assessment.filter(|a| {
            !text.is_empty()
                && crate::report::out_target(&super::navigation::expand_home(&text), a)
                    == crate::report::OutTarget::Assessment
        }) {
            // The full path only where the typed one differs from it (a new-user pass read
            // "work/loan.toml is the assessment itself (work/loan.toml)").
            let full = a.display().to_string();
            let named = if full == text {
                String::new()
            } else {
                format!(" ({full})")
            };
            app.error(format!(
                "{text} is the assessment itself{named}: raia never writes a report over it; type another path."
            ));
            return;
        }
        let default = app.default_export_rows();
        if let Some(r) = app.export.get_mut(row) {
            r.path = if text.is_empty() {
                default
                    .get(row)
                    .map_or_else(String::new, |d| d.path.clone())
            } else {
                text
            };
            r.outcome = None;
        }
        remember_export(app);
    }
    app.overlay = Overlay::None;
}

/// Saves the export rows' paths and ticks in the assessment, where they differ from the
/// defaults, so the next visit finds them as they were left.
pub(crate) fn remember_export(app: &mut App) {
    let defaults = app.default_export_rows();
    let choices = app
        .export
        .iter()
        .zip(&defaults)
        .filter(|(r, d)| r.path != d.path || r.selected != d.selected)
        .map(|(r, _)| {
            (
                r.format.name().to_string(),
                crate::assessment::ReportChoice {
                    path: r.path.clone(),
                    selected: r.selected,
                },
            )
        })
        .collect();
    if let Some(s) = app.session_mut() {
        let r = s.set_report_choices(choices);
        report(app, r);
    }
}
