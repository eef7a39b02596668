//! The details and question steps: the fields, the options, the hint on how to answer, and the note.

use super::*;

pub fn metadata(app: &App, current: usize, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    c.wrapped(
        "These details identify the system in every report. Fields marked * are required.",
        w,
        0,
        t.muted(),
    );
    c.blank();
    for (i, d) in Detail::ALL.into_iter().enumerate() {
        let (label, required) = (d.label(), d.required());
        let start = c.start();
        let star = if required { " *" } else { "" };
        let value = app.metadata_value(i);
        let label_style = if i == current {
            t.heading()
        } else if required && value.trim().is_empty() {
            t.warn()
        } else {
            t.text()
        };
        c.wrapped(&format!("{label}{star}"), w, 0, label_style);
        if i == current {
            let at = c.start();
            // The description gets the rows its text needs (at least three, at most eight):
            // a fixed box scrolled its first rows out of sight.
            let fh = if d == crate::tui::app::WRAPPED_FIELD {
                let rows = app
                    .field
                    .as_ref()
                    .map_or(1, |f| f.editor.layout(w.saturating_sub(2)).len());
                (rows + 2).clamp(5, 10)
            } else {
                3
            };
            c.field = Some((at, fh));
            for _ in 0..fh {
                c.blank();
            }
            c.focus = (start, at + fh);
        } else if value.trim().is_empty() {
            c.push(Span::styled("  (empty)", t.muted()));
        } else {
            c.push(Span::styled(truncate(&format!("  {value}"), w), t.text()));
        }
        c.end_item(start);
    }
    c
}

/// The text shown under the prompt that says what kind of answer is wanted, and which key
/// saves it and where that key goes (on, or back to the review the step was opened from).
pub(crate) fn kind_hint(app: &App, qi: usize) -> String {
    let Some(q) = app.q().questions.get(qi) else {
        return String::new();
    };
    let back = app.from_review;
    let on = if back { "returns to review" } else { "goes on" };
    let what = match q.kind {
        QuestionKind::Single => return "Choose one: ↑↓ then Enter.".into(),
        QuestionKind::YesNo => return "Yes or no: ↑↓ then Enter (or 1 / 2).".into(),
        QuestionKind::Multi if q.options.iter().any(|o| o.exclusive) => {
            return "Tick all that apply with Space, then Enter.".into();
        }
        QuestionKind::Multi => {
            return "Tick all that apply with Space (at least one), then Enter.".into();
        }
        QuestionKind::Number => format!("A number{}", crate::typed::bounds(q)),
        QuestionKind::Date => "A date as YYYY-MM-DD".into(),
        QuestionKind::LongText if app.typing => {
            let tab = if back { "returns to review" } else { "goes on" };
            return format!("Type freely; Enter starts a new line, Tab saves and {tab}.");
        }
        QuestionKind::LongText | QuestionKind::Text => String::new(),
    };
    if app.typing {
        if what.is_empty() {
            format!("Type your answer; Enter saves it and {on}.")
        } else {
            format!("{what}; Enter saves it and {on}.")
        }
    } else {
        // After Esc letters are commands until Enter or e; reached with a command key, any
        // letter starts typing (keys.rs).
        let then = match (back, q.kind, app.field_commands) {
            (true, QuestionKind::LongText, _) => "Tab returns to review",
            (true, _, true) => "r returns to review",
            (true, _, false) => "Esc, then r, returns to review",
            (false, _, _) => "Tab goes on",
        };
        let answered = app.field.as_ref().is_some_and(|f| !f.text().is_empty());
        let edit = if app.field_commands || answered {
            format!("Enter or e edits the answer; {then}.")
        } else {
            format!("Type to answer; {then}.")
        };
        if what.is_empty() {
            edit
        } else {
            format!("{what}. {edit}")
        }
    }
}

/// Cells before an option's label: pointer, number, box and spaces ("›12 [x] ").
pub(crate) const OPTION_PREFIX: usize = 8;

/// Lines of a long-text field (with its border) when there is room.
pub(crate) const LONG_FIELD_MIN: usize = 5;

pub fn question(app: &App, qi: usize, w: usize, h: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let Some(q) = app.q().questions.get(qi) else {
        return c;
    };
    // What is answered comes first: the prompt and the options or the field. The hint on how
    // to answer and the section intro show only when they leave room for it (the footer gives
    // the keys, and `i` shows the intro).
    let optional = if q.optional { " (optional)" } else { "" };
    let prompt = format!("{}{optional}", q.prompt);
    let prompt_n = wrap(&prompt, w).len();
    let hint = kind_hint(app, qi);
    let hint_n = wrap(&hint, w).len();
    let option_lines: usize = q
        .options
        .iter()
        .map(|o| {
            let prefix = OPTION_PREFIX + usize::from(q.options.len() >= 10);
            wrap(&o.label, w.saturating_sub(prefix + 1)).len()
        })
        .sum();
    let (core_min, core_pref) = if q.kind.has_options() {
        (option_lines.min(3), option_lines.min(6))
    } else if q.kind == QuestionKind::LongText {
        (LONG_FIELD_MIN + 1, LONG_FIELD_MIN + 1)
    } else {
        (4, 4)
    };
    let show_hint = prompt_n + hint_n + 1 + core_min <= h;
    let above = prompt_n + if show_hint { hint_n } else { 0 } + 1;
    // A section's intro comes with its first question.
    let intro = app
        .q()
        .section(&q.section)
        .filter(|_| app.first_visible_in(&q.section) == Some(qi))
        .map(|s| s.intro.as_str())
        .filter(|i| !i.is_empty());
    if let Some(intro) = intro
        && wrap(intro, w).len() + 1 + above + core_pref <= h
    {
        c.wrapped(intro, w, 0, t.muted());
        c.blank();
    }
    // Scrolled down a long list, the prompt stays on the top row (cut to one line).
    c.pin = Some((
        c.start(),
        Line::from(Span::styled(truncate(&prompt, w), t.heading())),
    ));
    c.wrapped(&prompt, w, 0, t.heading());
    if show_hint {
        c.wrapped(&hint, w, 0, t.muted());
    }
    c.blank();
    let answer = app.answer(qi);
    if q.kind.has_options() {
        let picked: Vec<&str> = answer.map(Answer::picked).unwrap_or_default();
        if !app.filter.is_empty() {
            let shown = app.filtered_count();
            c.wrapped(
                &format!(
                    "{shown} of {} {} \"{}\"; Esc shows them all.",
                    q.options.len(),
                    if shown == 1 {
                        "options holds"
                    } else {
                        "options hold"
                    },
                    app.filter
                ),
                w,
                0,
                t.muted(),
            );
        }
        for (k, o) in q.options.iter().enumerate() {
            let start = c.start();
            // The filter hides what does not hold it (each option keeps its row number, so
            // digits and clicks still name the same option).
            if !app.option_matches(k) {
                c.end_item(start);
                continue;
            }
            let on = picked.contains(&o.id.as_str());
            let mark = match (q.kind, on) {
                (QuestionKind::Multi, true) => "[x]",
                (QuestionKind::Multi, false) => "[ ]",
                (_, true) => "(•)",
                (_, false) => "( )",
            };
            let cur = k == app.cursor;
            let pointer = if cur { "›" } else { " " };
            // A space between the pointer and a number of two digits ("›11" ran together: a
            // second new-user review).
            let digits = if q.options.len() >= 10 { 3 } else { 2 };
            let prefix = format!("{pointer}{:>digits$} {mark} ", k + 1);
            let pw = width(&prefix);
            let style = if cur { t.selected() } else { t.text() };
            for (n, l) in wrap(&o.label, w.saturating_sub(pw + 1))
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 {
                    prefix.clone()
                } else {
                    " ".repeat(pw)
                };
                let text = if cur {
                    fit(&format!("{lead}{l}"), w)
                } else {
                    format!("{lead}{l}")
                };
                c.push(Span::styled(text, style));
            }
            c.end_item(start);
            if cur {
                // The cursor row must be in view; the prompt above it shows when there is room.
                c.focus = (start, c.start());
            }
        }
    } else {
        let at = c.start();
        let fh = if q.kind == QuestionKind::LongText {
            // The text as wrapped in the box, and a line to type on: a long answer gets the
            // rows it needs when the terminal has them (the help below is reached with PgDn).
            let needed = app
                .field
                .as_ref()
                .map_or(0, |f| f.editor.height_in(w.saturating_sub(2)))
                + 3;
            // Room for the help below when the panel is tall; never more than fits.
            h.saturating_sub(at + 8)
                .clamp(LONG_FIELD_MIN, 8)
                .max(needed)
                .min(h.saturating_sub(at + 1))
                .max(3)
        } else {
            3
        };
        c.field = Some((at, fh));
        for _ in 0..fh {
            c.blank();
        }
        // The field and the line that says whether it is saved.
        c.focus = (at, at + fh + 1);
        // Inline validation of what is typed.
        let text = app.field.as_ref().map(|f| f.text()).unwrap_or_default();
        match crate::typed::parse_answer(q, &text) {
            Err(msg) => c.wrapped(&format!("✗ {msg}"), w, 0, t.error()),
            Ok(Some(a)) => {
                // A field not typed in holds the saved answer, even where it cannot show it as
                // it is (a leading tab, a line break written by hand).
                let unedited = app.field.as_ref().is_some_and(|f| !f.edited());
                let saved = answer == Some(&a) || (unedited && answer.is_some());
                let effects = answer_effects(q, &a);
                let band = effects
                    .first()
                    .map(|(text, _)| text.clone())
                    .filter(|_| q.kind == QuestionKind::Number);
                let mut s = if saved {
                    "✓ Saved".to_string()
                } else if q.kind == QuestionKind::LongText {
                    // Enter starts a new line here.
                    "Not saved yet: Tab or a pause in typing saves it".to_string()
                } else {
                    "Not saved yet: Enter or Tab saves it".to_string()
                };
                if let Some(b) = band {
                    s.push_str(&format!(" · counts as {b}"));
                }
                if saved && crate::engine::is_placeholder_answer_to(q, &a) {
                    // Saved, and still unanswered: say why, or the progress looks wrong.
                    s.push_str(". ");
                    s.push_str(crate::explain::PLACEHOLDER_ANSWER);
                    c.wrapped(&s, w, 0, t.warn());
                } else {
                    c.wrapped(&s, w, 0, if saved { t.ok() } else { t.muted() });
                }
            }
            Ok(None) if !q.optional => {
                c.push(Span::styled("Unanswered: Tab skips it for now.", t.muted()));
            }
            Ok(None) => c.blank(),
        }
    }
    c.blank();
    note_lines(app, qi, w, &mut c);
    if !q.help.is_empty() {
        c.blank();
        c.labelled("Why we ask:", &q.help, w, t.heading(), t.muted());
    }
    if !q.clause.is_empty() {
        c.labelled("Policy:", &q.clause, w, t.heading(), t.muted());
    }
    c
}

pub(crate) fn note_lines(app: &App, qi: usize, w: usize, c: &mut Content) {
    let t = &app.theme;
    let note = app.note(qi);
    let key = if app.letters_type() { "Ctrl+N" } else { "n" };
    if app.note_missing(qi) {
        let hint = app.note_needed(qi).unwrap_or_default();
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!(" {hint}")
        };
        // A note is there but says nothing ("TBD"): said so, or "needs a note" reads wrong.
        let what = if note.trim().is_empty() {
            "This answer needs a note."
        } else {
            "This note says nothing yet, so it counts as missing."
        };
        c.wrapped(
            &format!("! {what}{hint} Press {key} to write it."),
            w,
            0,
            t.warn(),
        );
    } else if note.trim().is_empty() {
        c.push(Span::styled(
            truncate(&format!("No note. {key} adds one."), w),
            t.muted(),
        ));
    } else {
        let lines = wrap(note, w.saturating_sub(6));
        let more = lines.len() > 3;
        for (i, l) in lines.into_iter().take(3).enumerate() {
            let lead = if i == 0 { "Note: " } else { "      " };
            c.push(Line::from(vec![
                Span::styled(lead, t.heading()),
                Span::styled(l, t.text()),
            ]));
        }
        if more {
            c.push(Span::styled(
                format!("      … ({key} shows all)"),
                t.muted(),
            ));
        }
    }
}
