//! `update(&mut App, Action)`: the only place the wizard's state changes. Every answer, note,
//! metadata field and safeguard goes through the [`Session`](crate::session::Session); the
//! file is written by the [`Effect::Save`] that `update` returns: at once by [`apply`], or, in
//! the event loop ([`apply_before_frame`]), by [`after_frame`], once the frame that shows the
//! change is drawn.

use super::action::Action;
use super::app::{App, AskedFile, ExportRow, Field, HomeItem, Overlay, ReviewItem, Screen};
use super::effects::{self, Effect};
use super::view;
use crate::answer::Answer;
use crate::assessment::Detail;
use crate::assessment::SafeguardStatus;
use crate::questionnaire::QuestionKind;
use crate::report::{FileStamp, OutTarget, out_target};
use ratatui::layout::Rect;
use std::path::PathBuf;

/// Applies `action` to the state and returns the I/O it calls for (saving the file, writing
/// reports, opening an assessment, recording the tour as seen), which the event loop carries
/// out with [`effects::run`]. Does no I/O itself: every change to the answers waits in the
/// session for the [`Effect::Save`] returned here.
#[must_use]
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    // The safeguard being edited on the result screen: a status change can move it in the
    // list, and the cursor follows it rather than staying on the row number (a new-user pass
    // saw a second Enter open another safeguard).
    let editing = match &app.overlay {
        Overlay::Safeguard { id, .. } => Some(id.clone()),
        _ => None,
    };
    // A change that makes the sign-off stale says so at once, as a change of tier does: CI that
    // requires one fails on it, and a review saw only "Every answer is saved" (and a taken-back
    // change says the sign-off holds again).
    // The same sign-off, of the same file, before and after: taking one back (u) leaves an
    // older one latest, which this change did not make stale (a review was offered u for it).
    let latest = |app: &App| {
        app.session().and_then(|s| {
            s.assessment
                .latest_signoff()
                .map(|l| (s.path.clone(), l.clone()))
        })
    };
    let before = latest(app);
    let covered = app.signoff_covers();
    let back = if matches!(action, Action::Undo) {
        "U takes the undo back"
    } else {
        "u takes the change back"
    };
    let (action, pending) = typed_digit(app, action);
    if let Some(action) = action {
        reduce(app, action);
    }
    if let Some(mut p) = pending {
        p.mark_after = undo_mark(app);
        app.pending_digit = Some(p);
    }
    if before.is_some()
        && latest(app) == before
        && let (Some(was), Some(now)) = (covered, app.signoff_covers())
        && was != now
        && let Some(last) = app.session().and_then(|s| s.assessment.latest_signoff())
    {
        let text = crate::explain::signoff_coverage_changed(last, now, back);
        answers::append_info(app, &text);
    }
    // The tier before this question's picks holds only while the user stays on it.
    if app
        .tier_before_picks
        .is_some_and(|(q, _)| app.screen != Screen::Question(q))
    {
        app.tier_before_picks = None;
    }
    if app
        .visible_before_picks
        .as_ref()
        .is_some_and(|(q, _)| app.screen != Screen::Question(*q))
    {
        app.visible_before_picks = None;
    }
    if let Some(id) = editing.filter(|_| app.screen == Screen::Result)
        && let Some(at) = app.result_rows().iter().position(|s| s.id == id)
    {
        app.cursor = at;
    }
    // The result's order is kept from when it opened until it is left (see `result_order`).
    if app.screen != Screen::Result {
        app.result_order = None;
    } else if app.result_order.is_none() {
        app.result_order = Some(app.result_order_now());
    }
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
    run_before_frame(app, fx);
}

/// Runs `fx`, except that a save alone is held for [`after_frame`] (see
/// [`apply_before_frame`]).
pub(crate) fn run_before_frame(app: &mut App, fx: Vec<Effect>) {
    if !fx.is_empty() && fx.iter().all(|e| matches!(e, Effect::Save { .. })) {
        for save in fx {
            app.held_save = Some(merged_save(app.held_save.take(), save));
        }
        return;
    }
    let fx = with_held_save(app, fx);
    effects::run(app, fx);
}

/// Writes the save [`apply_before_frame`] held back, and frees the evaluation a change
/// replaced. Returns whether the screen must be drawn again: the save said something (it
/// failed, or took in changes made to the file meanwhile).
pub fn after_frame(app: &mut App) -> bool {
    let Some(save) = app.held_save.take() else {
        app.free_retired();
        return false;
    };
    let message = app.message.clone();
    let revision = app.session().map(|s| s.revision);
    // The first save of a new draft gives it a file, which the title and status line name.
    let path = app.session().map(|s| s.path.clone());
    effects::run(app, vec![save]);
    // After the write: the file comes first.
    app.free_retired();
    app.message != message
        || app.session().map(|s| s.revision) != revision
        || app.session().map(|s| s.path.clone()) != path
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

/// How long after a digit the next one still makes a number of two digits with it.
const SECOND_DIGIT: std::time::Duration = std::time::Duration::from_millis(1000);

fn undo_mark(app: &App) -> u64 {
    app.session().map_or(0, crate::session::Session::undo_mark)
}

/// A digit key as the option it names. On a question of ten options or more, a digit that can
/// begin a number picks its option at once and waits: a second digit typed within
/// [`SECOND_DIGIT`] takes that pick back and picks the number the two make ("1" then "4" is
/// option 14). A new user typed 1 4 for option 14 and got options 1 and 4 ticked, with seven
/// questions they did not need. Returns the action to carry out, and the digit to wait on.
fn typed_digit(
    app: &mut App,
    action: Action,
) -> (Option<Action>, Option<super::app::PendingDigit>) {
    let Action::Digit(digit, at) = action else {
        // Ticks and resizes come between keys; anything else ends the wait.
        if !matches!(action, Action::Idle | Action::Resize(..)) {
            app.pending_digit = None;
        }
        return (Some(action), None);
    };
    let waiting = app.pending_digit.take();
    let on_list = app.overlay.is_none() && !app.typing;
    let question = match app.screen {
        Screen::Question(qi) if on_list => Some(qi),
        _ => None,
    };
    let n = question
        .and_then(|qi| app.q().questions.get(qi))
        .map_or(0, |q| q.options.len());
    if let (Some(p), Some(qi)) = (waiting, question)
        && p.question == qi
        && at.saturating_duration_since(p.at) <= SECOND_DIGIT
    {
        let number = usize::from(p.digit) * 10 + usize::from(digit);
        if (10..=n).contains(&number) {
            if p.mark_after > p.mark_before
                && undo_mark(app) == p.mark_after
                && let Some(s) = app.session_mut()
                && let Some((_, Err(e))) = s.undo()
            {
                app.error(format!("Could not take back option {}: {e:#}", p.digit));
                return (None, None);
            }
            return (Some(Action::Choose(number - 1)), None);
        }
    }
    if digit == 0 {
        if question.is_some() && n > 0 {
            app.error(format!("There is no option 0: pick 1 to {n}."));
        }
        return (None, None);
    }
    let choose = Action::Choose(usize::from(digit) - 1);
    let pending =
        question
            .filter(|_| usize::from(digit) * 10 <= n)
            .map(|qi| super::app::PendingDigit {
                question: qi,
                digit,
                at,
                mark_before: undo_mark(app),
                mark_after: 0,
            });
    (Some(choose), pending)
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
    let shown = app.message.take();
    // The news of a pick lives as long as it is on screen.
    app.answer_news = app
        .answer_news
        .take()
        .filter(|(_, t)| shown.as_ref().is_some_and(|m| !m.error && m.text == *t));
    match action {
        Action::Quit => {
            commit_overlay(app);
            commit_quietly(app);
            app.quit = true;
        }
        Action::Save => {
            // In the safeguard dialog Ctrl+S is done, as Enter on its status is: typing the
            // evidence, the footer offered no way to finish, and Esc put back what was there
            // (a new-user review).
            if matches!(app.overlay, Overlay::Safeguard { .. }) {
                commit_overlay(app);
            }
            save(app);
        }
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
            app.info("Read back from the editor; it is saved as typed text is, and Tab moves on.");
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

pub(crate) mod answers;
mod dialogs;
mod fields;
mod navigation;
mod steps;

pub(crate) use answers::*;
pub use dialogs::*;
pub(crate) use fields::*;
pub(crate) use navigation::*;
pub(crate) use steps::*;
