//! `update(&mut App, Action)`: the only place the wizard's state changes. Every answer, note,
//! metadata field and safeguard goes through the [`Session`](crate::session::Session), which
//! writes the assessment file atomically before `update` returns.

use super::action::Action;
use super::app::{
    App, ExportRow, FIELDS, Field, HomeItem, Overlay, ReviewItem, Screen, parse_field,
};
use super::view;
use crate::answer::Answer;
use crate::assessment::{SafeguardStatus, store};
use crate::questionnaire::QuestionKind;
use ratatui::layout::Rect;
use std::path::PathBuf;

pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Resize(w, h) => {
            app.size = (w, h);
            return;
        }
        Action::Idle => {
            idle(app);
            return;
        }
        Action::Redraw => {
            app.redraw = true;
            return;
        }
        _ => {}
    }
    app.message = None;
    match action {
        Action::Quit => {
            commit_overlay(app);
            commit_quietly(app);
            app.quit = true;
        }
        Action::Save => save(app),
        Action::Keys => {
            let was_keys = matches!(app.overlay, Overlay::Keys);
            commit_overlay(app);
            app.overlay = if was_keys {
                Overlay::None
            } else {
                Overlay::Keys
            };
            app.popup_scroll = 0;
        }
        Action::Help => {
            let was_help = matches!(app.overlay, Overlay::Help);
            commit_overlay(app);
            app.overlay = if was_help || app.screen == Screen::Home {
                Overlay::None
            } else {
                Overlay::Help
            };
            app.popup_scroll = 0;
        }
        action if !app.overlay.is_none() => overlay(app, action),
        action => match app.screen {
            Screen::Home => home(app, action),
            _ => flow(app, action),
        },
    }
}

/// Nothing typed for a moment: save long text and notes so a crash loses at most a second.
fn idle(app: &mut App) {
    let long_text = app.field.as_ref().is_some_and(|f| f.multiline && f.dirty);
    if long_text && matches!(app.screen, Screen::Question(_)) {
        let _ = commit_field(app);
    }
    let overlay_dirty = app.overlay.field().is_some_and(|f| f.dirty);
    if overlay_dirty
        && matches!(
            app.overlay,
            Overlay::Note { .. } | Overlay::Safeguard { .. }
        )
    {
        commit_overlay_field(app);
    }
}

fn save(app: &mut App) {
    commit_overlay_field(app);
    if let Err(msg) = commit_field(app) {
        app.error(format!("Not saved: {msg}"));
        return;
    }
    let Some(s) = app.session.as_mut() else {
        return;
    };
    match s.save() {
        Ok(Some(p)) => {
            let text = format!("Saved to {}", p.display());
            app.info(text);
        }
        Ok(None) => {
            app.error("Not saved yet: type the system name first; it names the draft file.")
        }
        Err(e) => app.error(format!("Not saved: {e:#}")),
    }
}

fn report<T>(app: &mut App, r: anyhow::Result<T>) {
    if let Err(e) = r {
        app.error(format!("Not saved: {e:#}"));
    }
}

/// Saves what the field of the current step holds. `Err` says why the text is not a valid
/// answer (nothing is saved then).
fn commit_field(app: &mut App) -> Result<(), String> {
    let Some(field) = app.field.as_ref() else {
        return Ok(());
    };
    let text = field.text();
    match app.screen {
        Screen::Metadata(i) => {
            let value = text.trim().to_string();
            if value != app.metadata_value(i)
                && let Some(s) = app.session.as_mut()
            {
                let r = s.set_metadata(FIELDS[i].0, &value);
                report(app, r);
            }
        }
        Screen::Question(qi) => {
            let q = app.q().questions[qi].clone();
            let parsed = parse_field(&q, &text)?;
            app.unsaved.remove(&qi);
            let stored = app.answer(qi).cloned();
            if parsed != stored {
                set_answer(app, qi, parsed);
            }
        }
        _ => {}
    }
    if let Some(f) = app.field.as_mut() {
        f.dirty = false;
    }
    app.refresh();
    Ok(())
}

/// Commits the field before moving forward. An invalid value keeps the user here to fix it,
/// with a message; returns whether the move may go on.
fn commit_forward(app: &mut App) -> bool {
    match commit_field(app) {
        Ok(()) => true,
        Err(msg) => {
            app.error(format!(
                "{msg}. Or clear the field to skip; Shift+Tab goes back."
            ));
            app.typing = true;
            false
        }
    }
}

/// Commits the field for quitting or jumping: an invalid value is left unsaved, with a message.
fn commit_quietly(app: &mut App) {
    if let Err(msg) = commit_field(app) {
        keep_unsaved(app, &msg);
    }
}

/// An invalid value being left: it waits in its field (not on disk) for the user to fix.
fn keep_unsaved(app: &mut App, msg: &str) {
    if let (Screen::Question(qi), Some(f)) = (app.screen, app.field.as_ref()) {
        app.unsaved.insert(qi, f.text());
    }
    app.error(format!(
        "Not saved: {msg}. It stays in the field to fix; the saved answer is unchanged."
    ));
}

/// Saves the note or evidence being typed in a popup, keeping the popup open.
fn commit_overlay_field(app: &mut App) {
    let Some(s) = app.session.as_mut() else {
        return;
    };
    let r = match &mut app.overlay {
        Overlay::Note { question, field } if field.dirty => {
            field.dirty = false;
            let id = s.questionnaire.questions[*question].id.clone();
            let text = field.text();
            s.set_note(&id, text.trim_end())
        }
        Overlay::Safeguard { id, field } if field.dirty => {
            field.dirty = false;
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
fn commit_overlay(app: &mut App) {
    commit_overlay_field(app);
    if let Overlay::ExportPath { row, field } = &app.overlay {
        let text = field.text().trim().to_string();
        let row = *row;
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
    }
    app.overlay = Overlay::None;
}

/// How a move arrives at a step that has a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arrive {
    /// The field has the keyboard: Tab, Shift+Tab and Enter walk through a form this way.
    Typing,
    /// Letters stay commands until Enter or e: after h, l, j, k, g, G, a click on a section or
    /// a row of the review, so the next command key never types into an answer.
    Commands,
}

/// Leaves the current step for `to`. With `strict`, an invalid value keeps the user here to fix
/// it (forward moves); otherwise it is left unsaved in its field with a message (back and
/// jumps), so going back always works.
fn navigate(app: &mut App, to: Screen, strict: bool, arrive: Arrive) {
    if strict {
        if !commit_forward(app) {
            return;
        }
    } else if let Err(msg) = commit_field(app) {
        keep_unsaved(app, &msg);
    }
    let needs_name = app
        .session
        .as_ref()
        .is_some_and(|s| s.path.is_none() && s.assessment.metadata.system.trim().is_empty());
    if needs_name && !matches!(to, Screen::Metadata(_)) {
        if app.screen != Screen::Metadata(0) {
            app.go(Screen::Metadata(0));
        }
        app.error("Type the system name first: it names the draft file that keeps your answers.");
        return;
    }
    app.go(to);
    if arrive == Arrive::Commands {
        stop_typing(app);
    }
}

/// Letters become commands; the field keeps what it holds.
fn stop_typing(app: &mut App) {
    app.typing = false;
    let theme = app.theme;
    if let Some(f) = app.field.as_mut() {
        f.set_focus(false, &theme);
    }
}

fn home(app: &mut App, action: Action) {
    let n = app.home_items().len();
    if list_action(app, &action, n, activate_home) {
        return;
    }
    match action {
        Action::New => app.start_new(None),
        Action::Open => open_file_popup(app),
        Action::Escape => app.pending_new = None,
        _ => {}
    }
}

/// Cursor moves and choosing a row, the same on every list screen. Returns whether the action
/// was one of those.
fn list_action(app: &mut App, action: &Action, n: usize, open: fn(&mut App)) -> bool {
    match action {
        Action::Up
        | Action::Down
        | Action::First
        | Action::Last
        | Action::PageUp
        | Action::PageDown => move_or_scroll(app, action, n),
        Action::Activate(i) if *i < n => {
            app.cursor = *i;
            open(app);
        }
        Action::Confirm | Action::Toggle => open(app),
        _ => return false,
    }
    true
}

fn open_file_popup(app: &mut App) {
    app.pending_new = None;
    app.overlay = Overlay::OpenFile {
        field: Field::new("", false, "path/to/assessment.toml", &app.theme),
    };
}

fn activate_home(app: &mut App) {
    match app.home_items().get(app.cursor).copied() {
        Some(HomeItem::New) => app.start_new(None),
        Some(HomeItem::Open) => open_file_popup(app),
        Some(HomeItem::Draft(i)) => {
            let d = app.drafts[i].clone();
            if let Some(err) = d.error {
                let first = err.lines().next().unwrap_or_default().to_string();
                app.error(format!("Cannot open {}: {first}", d.name));
                return;
            }
            if let Err(e) = app.open(&d.path) {
                app.error(format!("Cannot open {}: {e:#}", d.name));
            }
        }
        None => {}
    }
}

/// Moves the cursor over `n` rows. Past either end of the list, ↑↓ and PgUp/PgDn scroll the
/// panel instead, so what is above or below the list (help, the policy clause, the reasons
/// for a result) can be read; moving back towards the list follows the cursor again.
fn move_or_scroll(app: &mut App, action: &Action, n: usize) {
    if app.screen == Screen::Home {
        move_cursor(app, action, n);
        return;
    }
    let (inner, content) = view::main_panel(app, Rect::new(0, 0, app.size.0, app.size.1));
    let h = inner.height as usize;
    let page = h.saturating_sub(1).max(1);
    let (amount, down) = match action {
        Action::Down => (1, true),
        Action::Up => (1, false),
        Action::PageDown => (page, true),
        Action::PageUp => (page, false),
        _ => {
            move_cursor(app, action, n);
            return;
        }
    };
    let top = content.scroll(h);
    let follow = content.follow(h);
    let (at_start, at_end) = (app.cursor == 0, app.cursor + 1 >= n);
    let to = match (down, app.scroll) {
        // Scrolled away from the cursor: back towards it first.
        (true, Some(t)) if t < follow => (t + amount).min(follow),
        (false, Some(t)) if t > follow => t.saturating_sub(amount).max(follow),
        (true, _) if !at_end => return move_cursor(app, action, n),
        (false, _) if !at_start => return move_cursor(app, action, n),
        (true, _) => (top + amount).min(content.max_scroll(h)),
        (false, _) => top.saturating_sub(amount),
    };
    app.scroll = (to != follow).then_some(to);
}

fn move_cursor(app: &mut App, action: &Action, n: usize) {
    app.scroll = None;
    if n == 0 {
        app.cursor = 0;
        return;
    }
    let page = usize::from(app.size.1.saturating_sub(8)).max(1);
    app.cursor = match action {
        Action::Up => app.cursor.saturating_sub(1),
        Action::Down => (app.cursor + 1).min(n - 1),
        Action::PageUp => app.cursor.saturating_sub(page),
        Action::PageDown => (app.cursor + page).min(n - 1),
        Action::First => 0,
        Action::Last => n - 1,
        _ => app.cursor,
    }
    .min(n - 1);
}

fn flow(app: &mut App, action: Action) {
    match action {
        // Long text opened from the review: Enter starts a new line there, so Tab returns.
        Action::Next if app.from_review && long_text(app) => go_on(app),
        Action::Next | Action::StepNext => {
            let arrive = if action == Action::Next {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            // The answer first: it may show or hide the questions that come next.
            if !commit_forward(app) {
                return;
            }
            if let Some(to) = app.next_screen() {
                navigate(app, to, true, arrive);
            } else {
                app.info("This is the last step: write the reports with w, or quit with q.");
            }
        }
        Action::Back | Action::StepBack => {
            let arrive = if action == Action::Back {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            if let Some(to) = app.prev_screen() {
                navigate(app, to, false, arrive);
            }
        }
        Action::GoTo(to) => navigate(app, to, false, Arrive::Commands),
        Action::Review => back_to_review(app, false),
        Action::StartEdit => start_typing(app),
        Action::Escape => {
            if app.typing {
                stop_typing(app);
                commit_quietly(app);
            }
        }
        Action::Note => open_note(app),
        Action::Paste(text) => {
            if let Some(f) = app.field.as_mut() {
                f.paste(&text);
                app.typing = true;
                let theme = app.theme;
                if let Some(f) = app.field.as_mut() {
                    f.set_focus(true, &theme);
                }
            }
        }
        Action::Edit(input) => {
            if app.typing
                && let Some(f) = app.field.as_mut()
            {
                f.input(input);
            }
        }
        action => match app.screen {
            Screen::Metadata(i) => metadata(app, i, action),
            Screen::Question(qi) => question(app, qi, action),
            Screen::Review => review(app, action),
            Screen::Result => result(app, action),
            Screen::Export => export(app, action),
            Screen::Home => {}
        },
    }
}

/// Whether the current step is a long-text question.
fn long_text(app: &App) -> bool {
    app.question()
        .is_some_and(|q| q.kind == QuestionKind::LongText)
}

fn start_typing(app: &mut App) {
    if app.field.is_some() {
        app.typing = true;
        let theme = app.theme;
        if let Some(f) = app.field.as_mut() {
            f.set_focus(true, &theme);
        }
    }
}

fn metadata(app: &mut App, i: usize, action: Action) {
    let was_typing = app.typing;
    match action {
        Action::Confirm if !app.typing => start_typing(app),
        Action::Confirm => go_on(app),
        Action::Up | Action::Down | Action::First | Action::Last => {
            let to = match action {
                Action::Up => i.saturating_sub(1),
                Action::Down => (i + 1).min(FIELDS.len() - 1),
                Action::First => 0,
                _ => FIELDS.len() - 1,
            };
            // ↑↓ from a field walk the form typing; j/k after Esc stay in command mode.
            let arrive = if was_typing {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            if to != i {
                navigate(app, Screen::Metadata(to), false, arrive);
            }
        }
        Action::Activate(j) if j < FIELDS.len() => {
            navigate(app, Screen::Metadata(j), false, Arrive::Typing);
        }
        Action::Clear => {
            app.field = Some(Field::new("", false, "", &app.theme));
            commit_quietly(app);
            app.go(app.screen);
        }
        _ => {}
    }
}

fn question(app: &mut App, qi: usize, action: Action) {
    let q = app.q().questions[qi].clone();
    if !q.kind.has_options() {
        match action {
            Action::Confirm if !app.typing => start_typing(app),
            Action::Confirm => go_on(app),
            Action::Activate(_) => start_typing(app),
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                move_or_scroll(app, &action, 0);
            }
            Action::Clear => {
                app.unsaved.remove(&qi);
                set_answer(app, qi, None);
                app.go(app.screen);
                app.typing = false;
                say_first(app, "Answer cleared.");
            }
            _ => {}
        }
        return;
    }
    let n = q.options.len();
    match action {
        Action::Up
        | Action::Down
        | Action::First
        | Action::Last
        | Action::PageUp
        | Action::PageDown => move_or_scroll(app, &action, n),
        Action::Toggle => pick(app, qi, app.cursor),
        Action::Choose(k) | Action::Activate(k) if k < n => {
            app.cursor = k;
            pick(app, qi, k);
        }
        Action::Choose(k) => app.error(format!("There is no option {}: pick 1 to {n}.", k + 1)),
        Action::Confirm => {
            if q.kind == QuestionKind::Multi {
                let none_ticked = match app.answer(qi) {
                    None => true,
                    Some(Answer::Choices(v)) => v.is_empty(),
                    Some(_) => false,
                };
                if none_ticked {
                    // With a "none of these" option, nothing ticked is not an answer yet.
                    if let Some(k) = q.options.iter().position(|o| o.exclusive) {
                        app.error(format!(
                            "Nothing is ticked: tick \"{}\" ({}) if none apply, or Tab to come back later.",
                            q.options[k].label,
                            k + 1
                        ));
                        return;
                    }
                    // An empty list is not an answer (see Answer::is_given).
                    app.error(
                        "Nothing is ticked: tick at least one with Space, or Tab to come back later."
                            .to_string(),
                    );
                    return;
                }
            } else {
                pick(app, qi, app.cursor);
            }
            if app.note_missing(qi) {
                note_needed_message(app, qi);
                return;
            }
            go_on(app);
        }
        Action::Clear => {
            set_answer(app, qi, None);
            say_first(app, "Answer cleared.");
        }
        _ => {}
    }
}

fn note_needed_message(app: &mut App, qi: usize) {
    let hint = app
        .q()
        .questions
        .get(qi)
        .and_then(|q| Some(crate::engine::note_hint(q, app.answer(qi)?)))
        .unwrap_or_default();
    let hint = if hint.is_empty() {
        String::new()
    } else {
        format!(" ({hint})")
    };
    let before = match app.message.take() {
        Some(m) if !m.error => format!("{} ", m.text),
        _ => String::new(),
    };
    app.error(format!(
        "{before}This answer needs a note{hint}: press n to write it, or Tab to come back to it later."
    ));
}

fn set_answer(app: &mut App, qi: usize, answer: Option<Answer>) {
    let id = app.q().questions[qi].id.clone();
    let before = visible_positions(app);
    if let Some(s) = app.session.as_mut() {
        let r = s.set_answer(&id, answer);
        report(app, r);
    }
    app.refresh();
    say_visibility_change(app, &before);
}

/// Positions of the visible questions, in asking order.
fn visible_positions(app: &App) -> Vec<usize> {
    app.derived.visible().to_vec()
}

/// When an answer makes questions appear or disappear, says so: otherwise the user only
/// notices in the review.
fn say_visibility_change(app: &mut App, before: &[usize]) {
    let after = visible_positions(app);
    // Both lists are sorted: walk them together.
    let (mut added, mut hidden) = (0, 0);
    let (mut i, mut j) = (0, 0);
    while i < before.len() || j < after.len() {
        match (before.get(i), after.get(j)) {
            (Some(b), Some(a)) if b == a => {
                i += 1;
                j += 1;
            }
            (Some(b), Some(a)) if b < a => {
                hidden += 1;
                i += 1;
            }
            (_, Some(_)) => {
                added += 1;
                j += 1;
            }
            (Some(_), None) => {
                hidden += 1;
                i += 1;
            }
            (None, None) => break,
        }
    }
    let questions = |n: usize| if n == 1 { "question" } else { "questions" };
    let text = match (added, hidden) {
        (0, 0) => return,
        (a, 0) => format!("{a} {} added by this answer.", questions(a)),
        (0, h) => format!("{h} {} hidden by this answer.", questions(h)),
        (a, h) => format!("{a} {} added, {h} hidden by this answer.", questions(a)),
    };
    if app.message.as_ref().is_none_or(|m| !m.error) {
        app.info(text);
    }
}

/// Puts `text` before an information message already shown (such as questions added by the
/// same answer), or shows it alone.
fn say_first(app: &mut App, text: &str) {
    match app.message.take() {
        Some(m) if !m.error => app.info(format!("{text} {}", m.text)),
        _ => app.info(text),
    }
}

/// Chooses (single, yes/no) or ticks and unticks (multiple) option `k`.
fn pick(app: &mut App, qi: usize, k: usize) {
    let q = app.q().questions[qi].clone();
    let Some(opt) = q.options.get(k) else { return };
    let answer = match q.kind {
        QuestionKind::YesNo => Answer::Bool(opt.id == "yes"),
        QuestionKind::Single => Answer::Choice(opt.id.clone()),
        QuestionKind::Multi => {
            let mut picked: Vec<String> = match app.answer(qi) {
                Some(Answer::Choices(v)) => v.clone(),
                _ => Vec::new(),
            };
            if let Some(pos) = picked.iter().position(|p| *p == opt.id) {
                picked.remove(pos);
            } else if opt.exclusive {
                // "None of these" replaces whatever was ticked.
                picked = vec![opt.id.clone()];
            } else {
                // A real option replaces "none of these".
                picked.retain(|p| q.option(p).is_none_or(|o| !o.exclusive));
                picked.push(opt.id.clone());
            }
            // Keep questionnaire order so the file diffs cleanly.
            let ordered = q
                .options
                .iter()
                .filter(|o| picked.contains(&o.id))
                .map(|o| o.id.clone())
                .collect();
            Answer::Choices(ordered)
        }
        _ => return,
    };
    if app.answer(qi) == Some(&answer) {
        return;
    }
    set_answer(app, qi, Some(answer));
    if app.note_missing(qi) {
        note_needed_message(app, qi);
    }
}

fn open_note(app: &mut App) {
    let Screen::Question(qi) = app.screen else {
        app.info(if matches!(app.screen, Screen::Metadata(_)) {
            "Notes belong to answers; system details have none."
        } else {
            "Notes belong to answers: open a question to write one."
        });
        return;
    };
    commit_quietly(app);
    let hint = app
        .q()
        .questions
        .get(qi)
        .and_then(|q| Some(crate::engine::note_hint(q, app.answer(qi)?)))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "Why you answered this way, or anything a reviewer should know".into());
    let field = Field::new(app.note(qi), true, &hint, &app.theme);
    app.overlay = Overlay::Note {
        question: qi,
        field,
    };
}

fn review(app: &mut App, action: Action) {
    let n = app.review_items().len();
    list_action(app, &action, n, open_review_item);
}

fn open_review_item(app: &mut App) {
    let to = match app.review_items().get(app.cursor) {
        Some(ReviewItem::Meta(i)) => Screen::Metadata(*i),
        Some(ReviewItem::Question(qi)) => Screen::Question(*qi),
        None => return,
    };
    // Letters stay commands: Enter or e edits a text answer, r or Enter returns.
    navigate(app, to, false, Arrive::Commands);
    // As in a form's summary: after changing the answer, Enter comes back here.
    app.from_review = app.screen == to;
}

/// Enter on an answered step: back to the review it was opened from, else the next step.
fn go_on(app: &mut App) {
    // The answer first: it may show or hide the questions that come next.
    if !commit_forward(app) {
        return;
    }
    if !app.from_review {
        if let Some(to) = app.next_screen() {
            navigate(app, to, true, Arrive::Typing);
        }
        return;
    }
    back_to_review(app, true);
}

/// To the review, with the cursor on the row of the step it was opened from (r, or Enter after
/// a jump from the review). With `strict`, an invalid value keeps the user here to fix it.
fn back_to_review(app: &mut App, strict: bool) {
    let item = match app.screen {
        Screen::Metadata(i) if app.from_review => Some(ReviewItem::Meta(i)),
        Screen::Question(qi) if app.from_review => Some(ReviewItem::Question(qi)),
        _ => None,
    };
    navigate(app, Screen::Review, strict, Arrive::Commands);
    if app.screen == Screen::Review
        && let Some(row) = item.and_then(|it| app.review_items().iter().position(|r| *r == it))
    {
        app.cursor = row;
    }
}

fn result(app: &mut App, action: Action) {
    let n = app.result_rows().len();
    list_action(app, &action, n, open_safeguard);
}

fn open_safeguard(app: &mut App) {
    let Some(row) = app.result_rows().get(app.cursor).map(|s| s.id.clone()) else {
        return;
    };
    let evidence = app
        .session
        .as_ref()
        .and_then(|s| s.assessment.safeguards.get(&row))
        .map_or_else(String::new, |e| e.evidence.clone());
    let field = Field::new(
        &evidence,
        false,
        "a link or a sentence a reviewer can check",
        &app.theme,
    );
    app.overlay = Overlay::Safeguard { id: row, field };
}

fn export(app: &mut App, action: Action) {
    let n = app.export.len() + 1;
    match action {
        Action::Up
        | Action::Down
        | Action::First
        | Action::Last
        | Action::PageUp
        | Action::PageDown => move_or_scroll(app, &action, n),
        Action::Activate(i) if i < n => {
            app.cursor = i;
            export(app, Action::Toggle);
        }
        Action::Toggle if app.cursor < app.export.len() => {
            if let Some(r) = app.export.get_mut(app.cursor) {
                r.selected = !r.selected;
            }
        }
        Action::Confirm if app.cursor < app.export.len() => {
            let path = app.export[app.cursor].path.clone();
            let field = Field::new(&path, false, "where to write this report", &app.theme);
            app.overlay = Overlay::ExportPath {
                row: app.cursor,
                field,
            };
        }
        Action::Toggle | Action::Confirm | Action::Write => write_reports(app),
        _ => {}
    }
}

fn write_reports(app: &mut App) {
    let Some(s) = app.session.as_ref() else {
        return;
    };
    if s.path.is_none() {
        app.error("Type the system name first: reports are written next to the assessment file.");
        return;
    }
    let mut rows: Vec<ExportRow> = app.export.clone();
    let (mut ok, mut failed) = (0, 0);
    for r in rows.iter_mut().filter(|r| r.selected) {
        let outcome = if r.path.trim().is_empty() {
            Err("no path: press Enter on the row to choose one".to_string())
        } else {
            let path = expand_home(r.path.trim());
            crate::report::render(&s.questionnaire, &s.assessment, r.format, &app.templates)
                .and_then(|text| store::write_atomic(&path, text.as_bytes()))
                .map(|()| path.display().to_string())
                .map_err(|e| format!("{e:#}"))
        };
        if outcome.is_ok() {
            ok += 1;
        } else {
            failed += 1;
        }
        r.outcome = Some(outcome);
    }
    app.export = rows;
    match (ok, failed) {
        (0, 0) => app.error("Nothing selected: tick a report with Space first."),
        (n, 0) => {
            let dir = app.export_dir();
            let all_there = app.export.iter().all(|r| match &r.outcome {
                Some(Ok(p)) => std::path::Path::new(p).parent() == dir.as_deref(),
                _ => true,
            });
            let s = if n == 1 { "" } else { "s" };
            match dir {
                Some(d) if all_there => {
                    // "." would read as "to ..": name the folder in full.
                    let full = std::fs::canonicalize(&d).unwrap_or(d);
                    app.info(format!("Wrote {n} report{s} to {}.", full.display()));
                }
                _ => app.info(format!(
                    "Wrote {n} report{s}: each is marked ✓ with its path."
                )),
            }
        }
        (n, f) => app.error(format!("Wrote {n}, {f} failed: see the list.")),
    }
}

/// `~/x` to `$HOME/x`, as a shell would.
fn expand_home(p: &str) -> PathBuf {
    if let Some(rest) = p.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(p)
}

fn overlay(app: &mut App, action: Action) {
    match (&app.overlay, action) {
        (
            Overlay::Keys | Overlay::Help,
            a @ (Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last),
        ) => {
            let area = Rect::new(0, 0, app.size.0, app.size.1);
            let max = view::popup_max_scroll(app, area);
            let page = usize::from(app.size.1.saturating_sub(6)).max(1);
            let s = app.popup_scroll.min(max);
            app.popup_scroll = match a {
                Action::Up => s.saturating_sub(1),
                Action::Down => s + 1,
                Action::PageUp => s.saturating_sub(page),
                Action::PageDown => s + page,
                Action::First => 0,
                _ => max,
            }
            .min(max);
        }
        (Overlay::Keys | Overlay::Help, _) => app.overlay = Overlay::None,
        (Overlay::OpenFile { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.pending_new = None;
        }
        (Overlay::OpenFile { field }, Action::Confirm) => {
            let text = field.text().trim().to_string();
            open_typed_path(app, &text);
        }
        (Overlay::Safeguard { id, .. }, a @ (Action::Up | Action::Down | Action::Choose(_))) => {
            let id = id.clone();
            let current = app
                .eval
                .as_ref()
                .and_then(|e| e.safeguard(&id))
                .map_or(SafeguardStatus::Missing, |s| s.status);
            let all = SafeguardStatus::ALL;
            let at = all.iter().position(|s| *s == current).unwrap_or(0);
            let to = match a {
                Action::Up => at.saturating_sub(1),
                Action::Down => (at + 1).min(all.len() - 1),
                Action::Choose(k) => k.min(all.len() - 1),
                _ => at,
            };
            if to != at || current_source_is_default(app, &id) {
                set_safeguard_status(app, &id, all[to]);
            }
        }
        (_, Action::Edit(input)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.input(input);
            }
        }
        (_, Action::Paste(text)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.paste(&text);
            }
        }
        (_, Action::Escape | Action::Confirm | Action::Next | Action::Back) => commit_overlay(app),
        _ => {}
    }
}

/// Whether nothing has set this safeguard's status yet (so choosing "missing" records it).
fn current_source_is_default(app: &App, id: &str) -> bool {
    app.eval
        .as_ref()
        .and_then(|e| e.safeguard(id))
        .is_some_and(|s| s.source == crate::engine::StatusSource::Default)
}

fn set_safeguard_status(app: &mut App, id: &str, status: SafeguardStatus) {
    let evidence = app
        .overlay
        .field()
        .map(|f| f.text().trim().to_string())
        .unwrap_or_default();
    if let Some(s) = app.session.as_mut() {
        let r = s.set_safeguard(id, status, &evidence);
        report(app, r);
    }
    if let Some(f) = app.overlay.field_mut() {
        f.dirty = false;
    }
    app.refresh();
}

fn open_typed_path(app: &mut App, text: &str) {
    if text.is_empty() {
        app.error("Type the path of an assessment file, e.g. ./triage.toml");
        return;
    }
    let path = expand_home(text);
    if path.is_dir() {
        app.error(format!(
            "{} is a directory: type the path of a .toml file.",
            path.display()
        ));
        return;
    }
    if path.is_file() {
        app.overlay = Overlay::None;
        if let Err(e) = app.open(&path) {
            app.overlay = Overlay::OpenFile {
                field: Field::new(text, false, "", &app.theme),
            };
            let first = format!("{e:#}");
            app.error(format!(
                "Cannot open it: {}",
                first.lines().next().unwrap_or_default()
            ));
        }
        return;
    }
    if app.pending_new.as_deref() == Some(path.as_path()) {
        app.overlay = Overlay::None;
        app.pending_new = None;
        app.start_new(Some(path));
        return;
    }
    app.info(format!(
        "No file at {}. Enter again starts a new assessment saved there; Esc cancels.",
        path.display()
    ));
    app.pending_new = Some(path);
}
