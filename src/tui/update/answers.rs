//! Answering: a detail, a question, picking options, notes, undo and redo, and saying what an answer changed (visibility, tier).

use super::*;

pub(crate) fn metadata(app: &mut App, i: usize, action: Action) {
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

pub(crate) fn question(app: &mut App, qi: usize, action: Action) {
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
            // After Esc, D clears a text answer as it does a choice (a second new-user review
            // pressed it there, as the key list says, and nothing happened).
            Action::Clear if !app.typing && app.answer(qi).is_some() => {
                set_answer(app, qi, None);
                rebuild_field(app, false);
                app.field_commands = true;
                say_first(app, "Answer cleared: u brings it back.");
            }
            _ => {}
        }
        return;
    }
    let n = q.options.len();
    if matches!(
        action,
        Action::Up
            | Action::Down
            | Action::First
            | Action::Last
            | Action::PageUp
            | Action::PageDown
    ) {
        app.cursor_moved = true;
    }
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
        // A digit on a single choice already answered moves to that option, as ↑↓ do, and
        // Enter or Space chooses it: a new user pressed a number to go to an option and had
        // their answer replaced at once. On one not answered yet it picks, as the footer says.
        Action::Choose(k) if k < n && q.kind != QuestionKind::Multi && app.answer(qi).is_some() => {
            move_to_option(app, qi, &q, k);
        }
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
            } else if app.answer(qi).is_none() && !app.cursor_moved {
                // Nothing is chosen by default: Enter pressed to skip ahead recorded the first
                // option, "No" to a prohibited-use screen (a second new-user review).
                let first = q.options.get(app.cursor).map_or("", |o| o.label.as_str());
                app.error(format!(
                    "Nothing chosen yet: Space or {} picks \"{}\", ↑↓ move to another; Tab leaves it unanswered for now.",
                    app.cursor + 1,
                    crate::explain::clip(first, 60)
                ));
                return;
            } else {
                // Enter on an answered question with the cursor moved elsewhere (G to read the
                // last options) changes the answer: said, with the way back (a new-user review
                // replaced an answer so and nothing said it).
                let before = app.answer(qi).cloned();
                pick(app, qi, app.cursor);
                if let (Some(was), Some(now)) = (before, app.answer(qi).cloned())
                    && was != now
                {
                    let words = |a: &Answer| crate::engine::display_answer(&q, a);
                    let text = format!(
                        "Changed from \"{}\" to \"{}\"; u undoes it.",
                        words(&was),
                        words(&now)
                    );
                    say_first(app, &text);
                }
            }
            // Enter goes on everywhere else: here it opens the note the answer needs, so keys
            // typed for the next screen go into the note, never into the answer (a workflow
            // review's next "1" and Enter changed "It decides" to "It informs", unseen).
            if app.note_missing(qi) {
                open_note(app);
                app.info(
                    "This answer needs a note: type it here; Esc or Tab saves it, then Enter goes on.",
                );
                return;
            }
            // Enter after a number key or Space changed nothing itself: what that pick
            // changed goes with the user to the next screen.
            let news = match (&app.message, app.answer_news.take()) {
                (None, Some((at, text))) if at == qi => Some(text),
                _ => None,
            };
            // A change of tier over all the ticks on this question, said once, where the
            // news of the tick that made it is gone.
            let multi = app
                .q()
                .questions
                .get(qi)
                .is_some_and(|q| q.kind == crate::questionnaire::QuestionKind::Multi);
            let summed = match (app.tier_before_picks.take(), app.eval()) {
                (Some((at, before)), Some(e)) if at == qi && multi => {
                    crate::explain::tier_change(app.q(), before, e)
                }
                _ => None,
            };
            let news = match (news, summed) {
                (Some(n), Some(s)) if !n.contains("The tier is now") => Some(format!("{s} {n}")),
                (None, Some(s)) => Some(s),
                (n, _) => n,
            };
            go_on(app);
            if let Some(text) = news.filter(|_| app.screen != Screen::Question(qi)) {
                say_first(app, &text);
            }
        }
        Action::Clear if app.answer(qi).is_some() => {
            set_answer(app, qi, None);
            say_first(app, "Answer cleared: u brings it back.");
        }
        _ => {}
    }
}

/// A digit on an answered single choice: the cursor goes to option `k`, and the message says
/// the answer stays until Enter or Space. Nothing is stored.
fn move_to_option(app: &mut App, qi: usize, q: &crate::questionnaire::Question, k: usize) {
    let Some(opt) = q.options.get(k) else {
        return;
    };
    // The filter hides it: the cursor would sit on a row not drawn.
    if !app.option_matches(k) {
        app.info(format!(
            "Option {} is hidden by the filter: Esc shows them all.",
            k + 1
        ));
        return;
    }
    app.cursor = k;
    app.cursor_moved = true;
    if app.answer_position(qi) == Some(k) {
        return;
    }
    let now = app
        .answer(qi)
        .map(|a| crate::engine::display_answer(q, a))
        .unwrap_or_default();
    app.info(format!(
        "Moved to {} \"{}\": Enter or Space chooses it; the answer stays \"{}\" until then.",
        k + 1,
        crate::explain::clip(&opt.label, 50),
        crate::explain::clip(&now, 50)
    ));
}

/// Takes back the last change made in this session, saved like any change. Text typed and not
/// saved yet because it is not valid is what is taken back first.
pub(crate) fn undo(app: &mut App) {
    take_back(app, false);
}

/// Makes again the last change undo took back, saved like any change. Text typed since is a
/// change of its own, so it is saved first and leaves nothing to redo.
pub(crate) fn redo(app: &mut App) {
    take_back(app, true);
}

/// Undo, or with `redo` its reverse: both say what they put back and what that changed.
pub(crate) fn take_back(app: &mut App, redo: bool) {
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
            "Nothing to undo: no change since raia started is left to take back (the last 50 can be)."
        });
        return;
    };
    let text = if redo {
        crate::explain::redone(&s.questionnaire, &s.assessment, &undone)
    } else {
        crate::explain::undone(&s.questionnaire, &s.assessment, &undone)
    };
    let changed = match &undone {
        crate::session::Undone::Answer(id) | crate::session::Undone::Note(id) => {
            s.questionnaire.question_index(id)
        }
        _ => None,
    };
    if let (crate::session::Undone::Answer(_), Some(qi)) = (&undone, changed) {
        app.unsaved.remove(&qi);
    }
    app.refresh();
    // What was put back may hide the question on screen (a hostile review kept answering one):
    // go to the question it changed.
    leave_hidden_question(app, changed);
    rebuild_field(app, typing);
    // The cursor goes to the option put back: left on the one taken back, the next Enter
    // chose it again (a new-user pass undid "It decides", pressed Enter, and had it back).
    if let Screen::Question(qi) = app.screen
        && changed == Some(qi)
        && app
            .q()
            .questions
            .get(qi)
            .is_some_and(|q| matches!(q.kind, QuestionKind::Single | QuestionKind::YesNo))
    {
        app.cursor = app.answer_position(qi).unwrap_or(0);
    }
    app.info(text);
    say_visibility_change(app, &before_visible);
    say_tier_change(app, before);
    report(app, r);
}

/// When the question on screen is hidden now (an undo, or a change taken in from the file, hid
/// it), goes to question `to` if it is shown, else to the step after this one: a hidden question
/// is never shown as one to answer.
pub(crate) fn leave_hidden_question(app: &mut App, to: Option<usize>) {
    let Screen::Question(qi) = app.screen else {
        return;
    };
    if app.derived.is_visible(qi) {
        return;
    }
    let target = to
        .filter(|&t| app.derived.is_visible(t))
        .map(Screen::Question)
        .or_else(|| app.next_screen());
    if let Some(target) = target {
        app.go(target);
    }
}

/// The current step's field built again from what is stored, keeping whether it has the
/// keyboard.
pub(crate) fn rebuild_field(app: &mut App, typing: bool) {
    app.field = app.field_for(app.screen);
    app.typing = typing && app.field.is_some();
    let theme = app.theme;
    if let Some(f) = app.field.as_mut() {
        f.set_focus(typing, &theme);
    }
}

pub(crate) fn note_needed_message(app: &mut App, qi: usize) {
    let hint = app.note_needed(qi).unwrap_or_default();
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

pub(crate) fn set_answer(app: &mut App, qi: usize, answer: Option<Answer>) {
    let Some(id) = app.q().questions.get(qi).map(|q| q.id.clone()) else {
        return;
    };
    let before = visible_positions(app);
    if app
        .visible_before_picks
        .as_ref()
        .is_none_or(|(q, _)| *q != qi)
    {
        app.visible_before_picks = Some((qi, before.clone()));
    }
    let before_eval = app.eval().map(|e| e.tier);
    if let Some(tier) = before_eval
        && app.tier_before_picks.is_none_or(|(q, _)| q != qi)
    {
        app.tier_before_picks = Some((qi, tier));
    }
    // A note written for one option stays when another is picked: say so, since it may no
    // longer fit (new-user pass: "users can upload a celebrity photo" stayed on "no real person").
    let note_to_check = app
        .q()
        .questions
        .get(qi)
        .is_some_and(|q| q.kind.has_options())
        && !app.note(qi).trim().is_empty()
        && app
            .answer(qi)
            .is_some_and(|was| Some(was) != answer.as_ref());
    // The contradictions before, by id: cloning the evaluation on every key would cost more
    // than the frame (issue 7).
    let before_disagreeing: Vec<crate::questionnaire::Text> = app
        .eval()
        .map(|e| e.contradictions.iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default();
    if let Some(s) = app.session_mut() {
        let r = s.set_answer(&id, answer);
        report(app, r);
    }
    app.refresh();
    say_visibility_change(app, &before);
    say_tier_change(app, before_eval);
    if let Some(text) = app.eval().and_then(|now| {
        crate::explain::contradictions_opened_short(app.q(), &before_disagreeing, now, &id)
    }) {
        say_first(app, &text);
    }
    if note_to_check {
        let hint = app.note_needed(qi).unwrap_or_default();
        append_info(
            app,
            &crate::explain::note_for_earlier_answer("n opens it", &hint),
        );
    }
}

/// Positions of the visible questions, in asking order.
pub(crate) fn visible_positions(app: &App) -> Vec<usize> {
    app.derived.visible().to_vec()
}

/// When an answer makes questions appear or disappear, says so: otherwise the user only
/// notices in the review.
pub(crate) fn say_visibility_change(app: &mut App, before: &[usize]) {
    let after = visible_positions(app);
    if after == before {
        return;
    }
    // Counted from before the first pick on this question, over all its ticks.
    let first = match (&app.visible_before_picks, app.screen) {
        (Some((q, v)), Screen::Question(at)) if *q == at => v.clone(),
        _ => before.to_vec(),
    };
    let before = first.as_slice();
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
pub(crate) fn append_info(app: &mut App, text: &str) {
    match app.message.take() {
        Some(m) if m.error => app.message = Some(m),
        Some(m) => app.info(format!("{} {text}", m.text)),
        None => app.info(text),
    }
}

/// Says so when the tier changed since `before`, the moment it changes.
pub(crate) fn say_tier_change(app: &mut App, before: Option<crate::questionnaire::Tier>) {
    let (Some(before), Some(after)) = (before, app.eval()) else {
        return;
    };
    if let Some(text) = crate::explain::tier_change(app.q(), before, after) {
        append_info(app, &text);
    }
}

/// Puts `text` before an information message already shown (such as questions added by the
/// same answer), or shows it alone.
pub(crate) fn say_first(app: &mut App, text: &str) {
    match app.message.take() {
        Some(m) if !m.error => app.info(format!("{text} {}", m.text)),
        _ => app.info(text),
    }
}

/// Chooses (single, yes/no) or ticks and unticks (multiple) option `k`.
pub(crate) fn pick(app: &mut App, qi: usize, k: usize) {
    let Some(q) = app.q().questions.get(qi).cloned() else {
        return;
    };
    let Some(opt) = q.options.get(k) else { return };
    // What a tick cleared, to say so (new-user pass: "None of these yet" unticked the rest
    // without a word).
    let mut cleared: Vec<String> = Vec::new();
    let answer = match q.kind {
        QuestionKind::YesNo => Answer::Bool(opt.id == "yes"),
        QuestionKind::Single => Answer::Choice(opt.id.to_string()),
        QuestionKind::Multi => {
            let mut picked: Vec<String> = match app.answer(qi) {
                Some(Answer::Choices(v)) => v.clone(),
                _ => Vec::new(),
            };
            if let Some(pos) = picked.iter().position(|p| *p == opt.id) {
                picked.remove(pos);
            } else if opt.exclusive {
                // "None of these" replaces whatever was ticked.
                cleared = picked
                    .iter()
                    .filter_map(|p| q.option(p).map(|o| o.label.to_string()))
                    .collect();
                picked = vec![opt.id.to_string()];
            } else {
                // A real option replaces "none of these".
                cleared = picked
                    .iter()
                    .filter_map(|p| q.option(p).filter(|o| o.exclusive))
                    .map(|o| o.label.to_string())
                    .collect();
                picked.retain(|p| q.option(p).is_none_or(|o| !o.exclusive));
                picked.push(opt.id.to_string());
            }
            // Keep questionnaire order so the file diffs cleanly.
            let ordered = q
                .options
                .iter()
                .filter(|o| picked.iter().any(|p| *p == o.id))
                .map(|o| o.id.to_string())
                .collect();
            Answer::Choices(ordered)
        }
        _ => return,
    };
    if app.answer(qi) == Some(&answer) {
        return;
    }
    set_answer(app, qi, Some(answer));
    if !cleared.is_empty() {
        append_info(
            app,
            &format!(
                "Unticked {}: it does not go with \"{}\".",
                cleared
                    .iter()
                    .map(|c| format!("\"{c}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
                opt.label
            ),
        );
    }
    if app.note_missing(qi) {
        note_needed_message(app, qi);
    }
    app.answer_news = app
        .message
        .as_ref()
        .filter(|m| !m.error)
        .map(|m| (qi, m.text.clone()));
}

pub(crate) fn open_note(app: &mut App) {
    let Screen::Question(qi) = app.screen else {
        app.info(if matches!(app.screen, Screen::Detail(_)) {
            "Notes belong to answers; system details have none."
        } else {
            "Notes belong to answers: open a question to write one."
        });
        return;
    };
    commit_quietly(app);
    let hint = Some(app.note_needed(qi).unwrap_or_default())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "Why you answered this way, or anything a reviewer should know".into());
    let field = Field::new(app.note(qi), true, &hint, &app.theme);
    app.overlay = Overlay::Note {
        question: qi,
        field,
    };
}
