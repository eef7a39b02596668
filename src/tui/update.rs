//! `update(&mut App, Action)`: the only place the wizard's state changes. Every answer, note,
//! metadata field and safeguard goes through the [`Session`](crate::session::Session); the
//! file is written by the [`Effect::Save`] that `update` returns: at once by [`apply`], or, in
//! the event loop ([`apply_before_frame`]), by [`after_frame`], once the frame that shows the
//! change is drawn.

use super::action::Action;
use super::app::{App, ExportRow, Field, HomeItem, Overlay, ReviewItem, Screen};
use super::effects::{self, Effect};
use super::view;
use crate::answer::Answer;
use crate::assessment::Detail;
use crate::assessment::SafeguardStatus;
use crate::questionnaire::QuestionKind;
use crate::report::{OutTarget, out_target};
use ratatui::layout::Rect;
use std::path::PathBuf;

/// Applies `action` to the state and returns the I/O it calls for (saving the file, writing
/// reports, opening an assessment, recording the tour as seen), which the event loop carries
/// out with [`effects::run`]. Does no I/O itself: every change to the answers waits in the
/// session for the [`Effect::Save`] returned here.
#[must_use]
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    reduce(app, action);
    effects::pending(app)
}

/// [`update`], then its effects, with any save the event loop held back: after it returns,
/// every change is on disk. Tests, signals and quitting use it.
pub fn apply(app: &mut App, action: Action) {
    let fx = update(app, action);
    let fx = with_held_save(app, fx);
    effects::run(app, fx);
}

/// What the event loop does with each key: [`update`], then its effects, except that a save
/// alone waits for [`after_frame`]. The frame that shows a change is drawn before the change is
/// written, so a key that answers does not wait for the disk (fsync) to show it (issue 7).
/// Any other effect (reports, opening a file, a sign-off) runs at once, after the held save.
pub fn apply_before_frame(app: &mut App, action: Action) {
    let fx = update(app, action);
    if !fx.is_empty() && fx.iter().all(|e| matches!(e, Effect::Save { .. })) {
        for save in fx {
            app.held_save = Some(merged_save(app.held_save.take(), save));
        }
        return;
    }
    let fx = with_held_save(app, fx);
    effects::run(app, fx);
}

/// Writes the save [`apply_before_frame`] held back. Returns whether the screen must be drawn
/// again: the save said something (it failed, or took in changes made to the file meanwhile).
pub fn after_frame(app: &mut App) -> bool {
    let Some(save) = app.held_save.take() else {
        return false;
    };
    let message = app.message.clone();
    let revision = app.session().map(|s| s.revision);
    effects::run(app, vec![save]);
    app.message != message || app.session().map(|s| s.revision) != revision
}

/// `fx` with the held save, if any, in front (or merged into the save `fx` already has).
fn with_held_save(app: &mut App, mut fx: Vec<Effect>) -> Vec<Effect> {
    let Some(held) = app.held_save.take() else {
        return fx;
    };
    match fx.iter().position(|e| matches!(e, Effect::Save { .. })) {
        Some(i) => {
            if let Some(e) = fx.get_mut(i) {
                *e = merged_save(Some(held), e.clone());
            }
        }
        None => fx.insert(0, held),
    }
    fx
}

/// One save standing for two: it keeps this session's values, or says where it saved, if
/// either asked to.
fn merged_save(held: Option<Effect>, save: Effect) -> Effect {
    match (held, save) {
        (
            Some(Effect::Save {
                keep_mine: k1,
                announce: a1,
            }),
            Effect::Save {
                keep_mine: k2,
                announce: a2,
            },
        ) => Effect::Save {
            keep_mine: k1 || k2,
            announce: a1 || a2,
        },
        (_, save) => save,
    }
}

fn reduce(app: &mut App, action: Action) {
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
        // Behind the too-small notice nothing but quitting acts: the user cannot see what a
        // key would change.
        Action::Quit => {}
        _ if app.too_small() => return,
        // The first key closes the first run's tour for good, and then acts as usual.
        _ if app.tour => {
            app.tour = false;
            app.effects.push(Effect::RecordTourSeen);
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
        Action::Undo => undo(app),
        Action::Redo => redo(app),
        Action::ExternalEditor => {
            if app.long_field().is_some() {
                app.external_edit = true;
            }
        }
        Action::ReplaceText(text) => {
            match app.overlay.field_mut() {
                Some(f) => f.set_text(&text),
                None => {
                    if let Some(f) = app.field.as_mut() {
                        f.set_text(&text);
                    }
                }
            }
            app.info("Read back from the editor; Tab or Enter saves it as usual.");
        }
        Action::Filter if app.overlay.is_none() => {
            let field = Field::new(&app.filter, false, "text in a row", &app.theme);
            app.overlay = Overlay::Filter { field };
        }
        action if !app.overlay.is_none() => {
            overlay(app, action);
            // The list follows the filter as it is typed.
            if let Overlay::Filter { field } = &app.overlay {
                let text = field.text().trim().to_string();
                if text != app.filter {
                    app.filter = text;
                    app.scroll = None;
                    // In an option list, the cursor goes to the first option that matches.
                    app.cursor = (0..app.row_count())
                        .find(|&k| {
                            !matches!(app.screen, Screen::Question(_)) || app.option_matches(k)
                        })
                        .unwrap_or(0);
                }
            }
        }
        action => match app.screen {
            Screen::Home => home(app, action),
            _ => flow(app, action),
        },
    }
}

/// Nothing typed for a moment: save what is being typed, in every field, so closing the
/// terminal loses at most the last moment's typing. A value that is not valid yet (half a
/// date) waits quietly for more typing. The system name of a draft not yet saved waits for
/// the user to leave the field: it names the draft file.
fn idle(app: &mut App) {
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
}

/// Ctrl+S: what is being typed is committed, and the file written now, with a message.
fn save(app: &mut App) {
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

fn report<T>(app: &mut App, r: anyhow::Result<T>) {
    app.after_save(r);
}

/// Saves what the field of the current step holds. `Err` says why the text is not a valid
/// answer (nothing is saved then).
fn commit_field(app: &mut App) -> Result<(), String> {
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
                set_answer(app, qi, parsed);
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
    let super::app::State::Editing(ed) = &mut app.state else {
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
        remember_export(app);
    }
    app.overlay = Overlay::None;
}

/// Saves the export rows' paths and ticks in the assessment, where they differ from the
/// defaults, so the next visit finds them as they were left.
fn remember_export(app: &mut App) {
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
        .session()
        .is_some_and(|s| crate::flow::needs_system_name(&s.assessment, s.path.is_some(), to));
    if needs_name {
        if app.screen != Screen::Detail(Detail::System) {
            app.go(Screen::Detail(Detail::System));
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
            let Some(d) = app.drafts.get(i).cloned() else {
                return;
            };
            if let Some(err) = d.error {
                let first = err.lines().next().unwrap_or_default().to_string();
                app.error(format!("Cannot open {}: {first}", d.name));
                return;
            }
            app.effects.push(Effect::Open {
                path: d.path,
                typed: None,
            });
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
        Action::StartTyping(c) => {
            if app.field.is_some() {
                start_typing(app);
                if let Some(f) = app.field.as_mut() {
                    f.type_text(&c.to_string());
                }
            }
        }
        Action::Escape => {
            if app.typing {
                stop_typing(app);
                commit_quietly(app);
            } else if matches!(app.screen, Screen::Review | Screen::Result) {
                back_one_level(app);
            } else if !app.filter.is_empty() {
                app.filter.clear();
                app.info("Every option again.");
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
        Action::Type(text) => {
            if app.typing
                && let Some(f) = app.field.as_mut()
            {
                f.type_text(&text);
            }
        }
        action => match app.screen {
            Screen::Detail(d) => metadata(app, d.index(), action),
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
                Action::Down => (i + 1).min(Detail::ALL.len() - 1),
                Action::First => 0,
                _ => Detail::last().index(),
            };
            // ↑↓ from a field walk the form typing; j/k after Esc stay in command mode.
            let arrive = if was_typing {
                Arrive::Typing
            } else {
                Arrive::Commands
            };
            if to != i {
                navigate(
                    app,
                    Screen::Detail(Detail::at(to).unwrap_or(Detail::System)),
                    false,
                    arrive,
                );
            }
        }
        Action::Activate(j) => {
            if let Some(d) = Detail::at(j) {
                navigate(app, Screen::Detail(d), false, Arrive::Typing);
            }
        }
        _ => {}
    }
}

fn question(app: &mut App, qi: usize, action: Action) {
    let Some(q) = app.q().questions.get(qi).cloned() else {
        return;
    };
    if !q.kind.has_options() {
        match action {
            Action::Confirm if !app.typing => start_typing(app),
            Action::Confirm => go_on(app),
            Action::Activate(_) => start_typing(app),
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                move_or_scroll(app, &action, 0);
            }
            _ => {}
        }
        return;
    }
    let n = q.options.len();
    match action {
        // With a filter, the cursor moves over the options that hold it (the others are hidden).
        Action::Up | Action::Down | Action::First | Action::Last if !app.filter.is_empty() => {
            let next = match action {
                Action::Down => (app.cursor + 1..n).find(|&k| app.option_matches(k)),
                Action::Up => (0..app.cursor).rev().find(|&k| app.option_matches(k)),
                Action::First => (0..n).find(|&k| app.option_matches(k)),
                _ => (0..n).rev().find(|&k| app.option_matches(k)),
            };
            match next {
                Some(k) => app.cursor = k,
                None if matches!(action, Action::Up | Action::Down) => {
                    move_or_scroll(app, &action, n);
                }
                None => {}
            }
        }
        // Nothing under the cursor holds the filter: there is no option there to choose.
        Action::Toggle | Action::Confirm if !app.option_matches(app.cursor) => {
            app.info("No option holds the filter: change it with /, or Esc shows them all.");
        }
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
                    if let Some((k, o)) = q.options.iter().enumerate().find(|(_, o)| o.exclusive) {
                        app.error(format!(
                            "Nothing is ticked: tick \"{}\" ({}) if none apply, or Tab to come back later.",
                            o.label,
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
        Action::Clear if app.answer(qi).is_some() => {
            set_answer(app, qi, None);
            say_first(app, "Answer cleared: u brings it back.");
        }
        _ => {}
    }
}

/// Takes back the last change made in this session, saved like any change. Text typed and not
/// saved yet because it is not valid is what is taken back first.
fn undo(app: &mut App) {
    take_back(app, false);
}

/// Makes again the last change undo took back, saved like any change. Text typed since is a
/// change of its own, so it is saved first and leaves nothing to redo.
fn redo(app: &mut App) {
    take_back(app, true);
}

/// Undo, or with `redo` its reverse: both say what they put back and what that changed.
fn take_back(app: &mut App, redo: bool) {
    commit_overlay(app);
    let typing = app.typing;
    if redo {
        if let Err(msg) = commit_field(app) {
            keep_unsaved(app, &msg);
            return;
        }
    } else if commit_field(app).is_err() {
        if let Screen::Question(qi) = app.screen {
            app.unsaved.remove(&qi);
        }
        rebuild_field(app, typing);
        app.info("Undone: what was typed; the saved answer is unchanged.");
        return;
    }
    // Only the tier is compared: the whole evaluation is large at scale (issue 7).
    let before = app.eval().map(|e| e.tier);
    let before_visible = visible_positions(app);
    let Some(s) = app.session_mut() else {
        return;
    };
    let taken = if redo { s.redo() } else { s.undo() };
    let Some((undone, r)) = taken else {
        app.info(if redo {
            "Nothing to redo: redo makes again what undo took back, until the next change."
        } else {
            "Nothing to undo: no answer has changed since raia started."
        });
        return;
    };
    let text = if redo {
        crate::explain::redone(&s.questionnaire, &s.assessment, &undone)
    } else {
        crate::explain::undone(&s.questionnaire, &s.assessment, &undone)
    };
    if let crate::session::Undone::Answer(id) = &undone
        && let Some(qi) = s.questionnaire.question_index(id)
    {
        app.unsaved.remove(&qi);
    }
    app.refresh();
    rebuild_field(app, typing);
    app.info(text);
    say_visibility_change(app, &before_visible);
    say_tier_change(app, before);
    report(app, r);
}

/// The current step's field built again from what is stored, keeping whether it has the
/// keyboard.
fn rebuild_field(app: &mut App, typing: bool) {
    app.field = app.field_for(app.screen);
    app.typing = typing && app.field.is_some();
    let theme = app.theme;
    if let Some(f) = app.field.as_mut() {
        f.set_focus(typing, &theme);
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
    let Some(id) = app.q().questions.get(qi).map(|q| q.id.clone()) else {
        return;
    };
    let before = visible_positions(app);
    let before_eval = app.eval().map(|e| e.tier);
    if let Some(s) = app.session_mut() {
        let r = s.set_answer(&id, answer);
        report(app, r);
    }
    app.refresh();
    say_visibility_change(app, &before);
    say_tier_change(app, before_eval);
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
    append_info(app, &text);
}

/// Adds `text` after an information message already shown, or shows it alone; an error shown
/// stays as it is.
fn append_info(app: &mut App, text: &str) {
    match app.message.take() {
        Some(m) if m.error => app.message = Some(m),
        Some(m) => app.info(format!("{} {text}", m.text)),
        None => app.info(text),
    }
}

/// Says so when the tier changed since `before`, the moment it changes.
fn say_tier_change(app: &mut App, before: Option<crate::questionnaire::Tier>) {
    let (Some(before), Some(after)) = (before, app.eval()) else {
        return;
    };
    if let Some(text) = crate::explain::tier_change(app.q(), before, after) {
        append_info(app, &text);
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
    let Some(q) = app.q().questions.get(qi).cloned() else {
        return;
    };
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
        app.info(if matches!(app.screen, Screen::Detail(_)) {
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

/// Esc on the review or the result, as in lazygit and k9s: a filter is cleared first, then
/// the step before.
fn back_one_level(app: &mut App) {
    if !app.filter.is_empty() {
        app.filter.clear();
        app.cursor = 0;
        app.scroll = None;
        app.info("All rows again.");
        return;
    }
    if let Some(to) = app.prev_screen() {
        navigate(app, to, false, Arrive::Commands);
    }
}

fn open_review_item(app: &mut App) {
    let to = match app.review_items().get(app.cursor) {
        Some(ReviewItem::Meta(i)) => match Detail::at(*i) {
            Some(d) => Screen::Detail(d),
            None => return,
        },
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
        Screen::Detail(d) if app.from_review => Some(ReviewItem::Meta(d.index())),
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
    if action == Action::SignOff {
        app.overlay = Overlay::SignOff {
            field: Field::new(
                "",
                false,
                "your name, then your role after a comma",
                &app.theme,
            ),
            decision: crate::signoff::Decision::ChangesRequested,
        };
        return;
    }
    let n = app.result_rows().len();
    list_action(app, &action, n, open_safeguard);
}

/// Records the sign-off typed in the dialog through the session (the same rules and the same
/// writer as `raia sign`); a refusal says why and leaves the dialog open. An effect: it writes
/// the file.
pub(super) fn record_signoff(app: &mut App) {
    let Overlay::SignOff { field, decision } = &app.overlay else {
        return;
    };
    let decision = *decision;
    let typed = field.text();
    let (name, role) = typed.split_once(',').unwrap_or((typed.as_str(), ""));
    let (name, role) = (name.trim().to_string(), role.trim().to_string());
    let Some(s) = app.session_mut() else {
        return;
    };
    match s.sign(&name, &role, decision, &crate::session::today()) {
        Ok(entry) => {
            app.overlay = Overlay::None;
            app.refresh();
            app.info(format!(
                "Signed: {} by {name}, for assessment {} against {} version {}. It goes stale if any answer, note, safeguard status or the questionnaire text changes.",
                decision.label(),
                entry.assessment_hash.get(..12).unwrap_or_default(),
                app.q().id,
                entry.questionnaire_version
            ));
        }
        Err(e) => app.error(format!("Not signed: {e:#}")),
    }
}

fn open_safeguard(app: &mut App) {
    let Some(row) = app.result_rows().get(app.cursor).map(|s| s.id.clone()) else {
        return;
    };
    let evidence = app
        .session()
        .and_then(|s| s.assessment.safeguards.get(&row))
        .map_or_else(String::new, |e| e.evidence.clone());
    let before = app
        .session()
        .and_then(|s| s.assessment.safeguards.get(&row))
        .cloned();
    let mut field = Field::new(
        &evidence,
        true,
        "a link or a sentence a reviewer can check; several lines are fine",
        &app.theme,
    );
    field.set_focus(false, &app.theme);
    app.overlay = Overlay::Safeguard {
        id: row,
        field,
        on_evidence: false,
        before,
    };
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
            remember_export(app);
        }
        Action::Confirm if app.cursor < app.export.len() => {
            let path = app
                .export
                .get(app.cursor)
                .map_or_else(String::new, |r| r.path.clone());
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
    app.effects.push(Effect::WriteReports { replace: None });
}

/// Writes the selected reports. Never over the assessment itself. A file raia did not write is
/// replaced only after the user says so: with `replace` unset, such files are asked about first
/// and nothing is written yet; `Some(true)` replaces them, `Some(false)` leaves them and writes
/// the rest.
pub(super) fn write_reports_with(app: &mut App, replace: Option<bool>) {
    let Some(s) = app.session() else {
        return;
    };
    let Some(assessment) = s.path.clone() else {
        app.error("Type the system name first: reports are written next to the assessment file.");
        return;
    };
    let targets: Vec<Option<(PathBuf, OutTarget)>> = app
        .export
        .iter()
        .map(|r| {
            (r.selected && !r.path.trim().is_empty()).then(|| {
                let path = expand_home(r.path.trim());
                let target = out_target(&path, &assessment);
                (path, target)
            })
        })
        .collect();
    let foreign: Vec<usize> = targets
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, Some((_, OutTarget::Foreign))))
        .map(|(i, _)| i)
        .collect();
    if replace.is_none() && !foreign.is_empty() {
        app.overlay = Overlay::Overwrite { rows: foreign };
        return;
    }
    let mut rows: Vec<ExportRow> = app.export.clone();
    let (mut ok, mut failed) = (0, 0);
    for (r, target) in rows.iter_mut().zip(targets).filter(|(r, _)| r.selected) {
        let outcome = match target {
            None => Err("no path: press Enter on the row to choose one".to_string()),
            Some((path, target)) => crate::report::write_report(
                &s.questionnaire,
                &s.assessment,
                r.format,
                &app.templates,
                &path,
                &assessment,
                replace == Some(true) || target != OutTarget::Foreign,
            )
            .map_err(|e| match target {
                OutTarget::Free => e,
                _ => format!("{e}; press Enter on the row to choose another path"),
            }),
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
        (n, f) => app.error(format!("Wrote {n}, {f} not written: see the list.")),
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
        (Overlay::Overwrite { .. }, Action::Yes) => {
            app.overlay = Overlay::None;
            app.effects.push(Effect::WriteReports {
                replace: Some(true),
            });
        }
        (Overlay::Overwrite { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.effects.push(Effect::WriteReports {
                replace: Some(false),
            });
        }
        (Overlay::Overwrite { .. }, _) => {}
        (Overlay::Filter { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.filter.clear();
            app.cursor = 0;
        }
        (Overlay::Filter { .. }, Action::Confirm | Action::Next | Action::Back) => {
            app.overlay = Overlay::None;
            if !app.filter.is_empty() {
                let n = app.filtered_count();
                app.info(format!(
                    "{} hold \"{}\"; Esc shows them all again.",
                    crate::explain::plural(n, "row", "rows"),
                    app.filter
                ));
            }
        }
        (Overlay::SignOff { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.info("Not signed.");
        }
        (Overlay::SignOff { .. }, Action::Confirm) => app.effects.push(Effect::SignOff),
        (
            Overlay::SignOff { .. },
            a @ (Action::Next | Action::Back | Action::Up | Action::Down),
        ) => {
            if let Overlay::SignOff { decision, .. } = &mut app.overlay {
                let all = crate::signoff::Decision::ALL;
                let at = all.iter().position(|d| d == decision).unwrap_or(0);
                let to = if matches!(a, Action::Back | Action::Up) {
                    (at + all.len() - 1) % all.len()
                } else {
                    (at + 1) % all.len()
                };
                *decision = all.get(to).copied().unwrap_or(*decision);
            }
        }
        (Overlay::OpenFile { .. }, Action::Escape) => {
            app.overlay = Overlay::None;
            app.pending_new = None;
        }
        // Tab completes the path, as in a shell, instead of closing the box.
        (Overlay::OpenFile { .. }, Action::Next) => app.effects.push(Effect::CompletePath),
        (Overlay::OpenFile { .. }, Action::Back) => {}
        (Overlay::OpenFile { field }, Action::Confirm) => {
            let text = field.text().trim().to_string();
            if text.is_empty() {
                app.error("Type the path of an assessment file, e.g. ./triage.toml");
            } else {
                app.effects.push(Effect::OpenTyped(text));
            }
        }
        (Overlay::Safeguard { id, .. }, a @ (Action::Up | Action::Down | Action::Choose(_))) => {
            let id = id.clone();
            let current = app
                .eval()
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
            if let Some(&status) = all.get(to)
                && (to != at || current_source_is_default(app, &id))
            {
                set_safeguard_status(app, &id, status);
            }
        }
        (Overlay::Safeguard { .. }, a @ (Action::Next | Action::Back | Action::StartTyping(_))) => {
            let typed = match a {
                Action::StartTyping(c) => Some(c),
                _ => None,
            };
            let theme = app.theme;
            commit_overlay_field(app);
            if let Overlay::Safeguard {
                field, on_evidence, ..
            } = &mut app.overlay
            {
                *on_evidence = typed.is_some() || !*on_evidence;
                field.set_focus(*on_evidence, &theme);
                if let Some(c) = typed {
                    field.type_text(&c.to_string());
                }
            }
        }
        (Overlay::Safeguard { id, before, .. }, Action::Escape) => {
            let (id, before) = (id.clone(), before.clone());
            app.overlay = Overlay::None;
            if let Some(s) = app.session_mut() {
                let r = s.restore_safeguard(&id, before);
                report(app, r);
            }
            app.refresh();
            say_first(app, "Cancelled: the status and evidence are as they were.");
        }
        (_, Action::Edit(input)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.input(input);
            }
        }
        (_, Action::Type(text)) => {
            if let Some(f) = app.overlay.field_mut() {
                f.type_text(&text);
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
    app.eval()
        .and_then(|e| e.safeguard(id))
        .is_some_and(|s| s.source == crate::engine::StatusSource::Default)
}

fn set_safeguard_status(app: &mut App, id: &str, status: SafeguardStatus) {
    // The evidence as typed if it was edited, else exactly as stored.
    let evidence = match app.overlay.field() {
        Some(f) if f.edited() => f.text().trim().to_string(),
        _ => app
            .session()
            .and_then(|s| s.assessment.safeguards.get(id))
            .map(|e| e.evidence.clone())
            .unwrap_or_default(),
    };
    if let Some(s) = app.session_mut() {
        let r = s.set_safeguard(id, status, &evidence);
        report(app, r);
    }
    if let Some(f) = app.overlay.field_mut() {
        f.mark_saved();
    }
    app.refresh();
}

/// Completes a typed path as a shell does: to the one entry that starts with it (a folder
/// gets a `/`), or to what all the entries that start with it share. Returns the new text and
/// the names that matched. Hidden entries match only when asked for with a dot.
pub fn complete_path(text: &str) -> (String, Vec<String>) {
    let (dir_part, prefix) = match text.rfind('/') {
        Some(i) => (&text[..=i], &text[i + 1..]),
        None => ("", text),
    };
    let dir = if dir_part.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(dir_part)
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (text.to_string(), Vec::new());
    };
    let mut names: Vec<(String, bool)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.path().is_dir();
            (name.starts_with(prefix) && (prefix.starts_with('.') || !name.starts_with('.')))
                .then_some((name, is_dir))
        })
        .collect();
    names.sort();
    let shown: Vec<String> = names
        .iter()
        .map(|(n, d)| if *d { format!("{n}/") } else { n.clone() })
        .collect();
    let done = match shown.as_slice() {
        [] => return (text.to_string(), shown),
        [one] => one.clone(),
        [first, rest @ ..] => {
            let mut common = first.len();
            for m in rest {
                common = common.min(
                    first
                        .char_indices()
                        .zip(m.chars())
                        .take_while(|((_, a), b)| a == b)
                        .count(),
                );
            }
            first.chars().take(common).collect()
        }
    };
    (format!("{dir_part}{done}"), shown)
}

/// Tab in the open-file box (an effect: it reads the folder): completes the path typed, as a
/// shell does, and lists the matches when there are several.
pub(super) fn complete_typed_path(app: &mut App) {
    let Overlay::OpenFile { field } = &app.overlay else {
        return;
    };
    let text = field.text();
    let (done, choices) = complete_path(&text);
    if let Overlay::OpenFile { field } = &mut app.overlay
        && done != text
    {
        field.set_text(&done);
    }
    match choices.len() {
        0 => app.error("No file or folder starts with that."),
        1 => {}
        n => {
            let shown: Vec<&str> = choices.iter().take(8).map(String::as_str).collect();
            let more = if n > 8 { ", …" } else { "" };
            app.info(format!("{n} match: {}{more}", shown.join(", ")));
        }
    }
}

/// Enter in the open-file box (an effect: it looks at the file system). A file opens; a path
/// with nothing there asks once, then starts a new assessment saved there.
pub(super) fn open_typed_path(app: &mut App, text: &str) {
    let path = expand_home(text);
    if path.is_dir() {
        app.error(format!(
            "{} is a directory: type the path of a .toml file.",
            path.display()
        ));
        return;
    }
    // Anything else that is there (a FIFO, a device) is refused by the reader, with the reason.
    if path.exists() {
        app.overlay = Overlay::None;
        app.effects.push(Effect::Open {
            path,
            typed: Some(text.to_string()),
        });
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
