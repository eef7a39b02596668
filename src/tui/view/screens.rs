//! The main panel of each step: metadata, a question, review, result, export.

use super::Content;
use crate::answer::Answer;
use crate::assessment::Detail;
use crate::assessment::SafeguardStatus;
use crate::engine::{answer_effects, display_answer};
use crate::questionnaire::QuestionKind;
use crate::tui::app::{App, ReviewItem};
use crate::tui::widgets::{fit, truncate, truncate_left, width, wrap};
use ratatui::text::{Line, Span};
use std::path::Path;

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
            let fh = if d == crate::tui::app::WRAPPED_FIELD {
                5
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
fn kind_hint(app: &App, qi: usize) -> String {
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
        // Reached with a command key: letters are commands until Enter or e.
        let then = match (back, q.kind) {
            (true, QuestionKind::LongText) => "Tab returns to review",
            (true, _) => "r returns to review",
            (false, _) => "Tab goes on",
        };
        let edit = format!("Enter or e edits the answer; {then}.");
        if what.is_empty() {
            edit
        } else {
            format!("{what}. {edit}")
        }
    }
}

/// Cells before an option's label: pointer, number, box and spaces ("›12 [x] ").
const OPTION_PREFIX: usize = 8;

/// Lines of a long-text field (with its border) when there is room.
const LONG_FIELD_MIN: usize = 5;

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
        .map(|o| wrap(&o.label, w.saturating_sub(OPTION_PREFIX + 1)).len())
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
                    "{shown} of {} options hold \"{}\"; Esc shows them all.",
                    q.options.len(),
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
            let prefix = format!("{pointer}{:>2} {mark} ", k + 1);
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
            let needed = app.field.as_ref().map_or(0, |f| {
                f.area
                    .lines()
                    .iter()
                    .map(|l| {
                        crate::tui::widgets::wrap(l, w.saturating_sub(2))
                            .len()
                            .max(1)
                    })
                    .sum::<usize>()
            }) + 3;
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
                let saved = answer == Some(&a);
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
                c.wrapped(&s, w, 0, if saved { t.ok() } else { t.muted() });
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

fn note_lines(app: &App, qi: usize, w: usize, c: &mut Content) {
    let t = &app.theme;
    let note = app.note(qi);
    let key = if app.typing { "Ctrl+N" } else { "n" };
    if app.note_missing(qi) {
        let hint = app
            .q()
            .questions
            .get(qi)
            .zip(app.answer(qi))
            .map(|(q, a)| crate::engine::note_hint(q, a))
            .unwrap_or_default();
        let hint = if hint.is_empty() {
            String::new()
        } else {
            format!(" {hint}")
        };
        c.wrapped(
            &format!("! This answer needs a note.{hint} Press {key} to write it."),
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

/// Marks an answer that has a note, on the review.
const NOTE_MARK: &str = "✎";

pub fn review(app: &App, w: usize, h: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let Some(e) = app.eval() else { return c };
    let (answered, visible) = app.progress();
    let mut summary = format!("{answered} of {visible} questions answered");
    if !e.unanswered.is_empty() {
        summary.push_str(&format!(" · {} required unanswered", e.unanswered.len()));
    }
    if !e.notes_missing.is_empty() {
        summary.push_str(&format!(" · {} notes missing", e.notes_missing.len()));
    }
    c.wrapped(&summary, w, 0, if e.complete { t.ok() } else { t.warn() });
    c.wrapped(
        &format!("Enter on a row goes there to change it. {NOTE_MARK} has a note."),
        w,
        0,
        t.muted(),
    );
    let two_lines = w < 70;
    let left = if two_lines {
        26.min(w / 2)
    } else {
        (w * 11 / 20).max(10)
    };
    let right = w.saturating_sub(left + 3);
    let items = app.review_items();
    // A row away from the cursor takes one line (two on narrow panels), so the layout is known
    // without drawing it: such rows are drawn below, and only where they show. A review of
    // 10,000 questions then draws a screenful, not every row (issue 7).
    let mut later: Vec<(usize, usize)> = Vec::with_capacity(items.len());
    c.lines
        .reserve(items.len() + 2 * app.q().sections.len() + 8);
    c.items.reserve(items.len());
    let mut section = String::new();
    // The section of the row above: the next row in it has the same heading.
    let mut section_at: Option<Option<usize>> = None;
    for (row, &item) in items.iter().enumerate() {
        let heading = match item {
            ReviewItem::Meta(_) => {
                section_at = None;
                Some("System details".to_string())
            }
            ReviewItem::Question(qi) => {
                let at = app.derived.section_of(qi);
                if section_at == Some(at) {
                    None
                } else {
                    section_at = Some(at);
                    Some(
                        at.and_then(|k| app.q().sections.get(k))
                            .map_or_else(String::new, |s| s.title.clone()),
                    )
                }
            }
        };
        if let Some(heading) = heading
            && heading != section
        {
            c.blank();
            c.push(Span::styled(truncate(&heading, w), t.heading()));
            section = heading;
        }
        let start = c.start();
        let narrow = two_lines && matches!(item, ReviewItem::Question(_));
        if row != app.cursor {
            later.push((start, row));
            c.blank();
            if narrow {
                c.blank();
            }
            c.end_item(start);
            continue;
        }
        let (prompt, mut pieces, _, choices) = review_row(app, item);
        let mark = "›";
        let style = t.selected();
        // The whole answer, up to a few lines; the row is one block in the cursor's style.
        let (prompt_w, answer_w) = if narrow {
            (w.saturating_sub(2), w.saturating_sub(4))
        } else {
            (left, right)
        };
        let mut prompt_lines = wrap(&prompt, prompt_w);
        if prompt_lines.len() > REVIEW_PROMPT_LINES {
            let rest = prompt_lines
                .get(REVIEW_PROMPT_LINES - 1..)
                .unwrap_or_default()
                .join(" ");
            prompt_lines.truncate(REVIEW_PROMPT_LINES - 1);
            prompt_lines.push(truncate(&rest, prompt_w));
        }
        if choices {
            // "• " before each ticked option, so where one ends and the next starts shows.
            pieces = pieces.into_iter().map(|p| format!("• {p}")).collect();
        }
        let mut answer_lines = Vec::new();
        for p in &pieces {
            for (n, l) in wrap(p, answer_w.saturating_sub(2 * usize::from(choices)))
                .into_iter()
                .enumerate()
            {
                let lead = if choices && n > 0 { "  " } else { "" };
                answer_lines.push(format!("{lead}{l}"));
            }
        }
        let answer_lines = capped(answer_lines, REVIEW_ANSWER_LINES, answer_w);
        if narrow {
            for (n, l) in prompt_lines.iter().enumerate() {
                let lead = if n == 0 { mark } else { " " };
                c.push(Span::styled(fit(&format!("{lead} {l}"), w), style));
            }
            for l in &answer_lines {
                c.push(Span::styled(fit(&format!("    {l}"), w), style));
            }
        } else {
            let n = prompt_lines.len().max(answer_lines.len());
            for k in 0..n {
                let lead = if k == 0 { mark } else { " " };
                let p = prompt_lines.get(k).map_or("", String::as_str);
                let a = answer_lines.get(k).map_or("", String::as_str);
                c.push(Span::styled(
                    format!("{lead} {} {}", fit(p, left), fit(a, right)),
                    style,
                ));
            }
        }
        c.end_item(start);
        c.focus = (start.saturating_sub(1), c.start());
    }
    // The rows in view, as the panel will be scrolled.
    c.top = app.scroll;
    let top = c.scroll(h);
    for &(start, row) in &later {
        if start + 2 <= top {
            continue;
        }
        if start >= top.saturating_add(h) {
            break;
        }
        let Some(&item) = items.get(row) else {
            continue;
        };
        let (prompt, pieces, style_warn, _) = review_row(app, item);
        let (mark, style) = if style_warn {
            ("!", t.warn())
        } else {
            (" ", t.text())
        };
        let answer = pieces.join("; ");
        let lines = if two_lines && matches!(item, ReviewItem::Question(_)) {
            // Narrow panels: the prompt on one line, the answer under it.
            vec![
                fit(&format!("{mark} {prompt}"), w),
                fit(&format!("    {answer}"), w),
            ]
        } else {
            vec![format!(
                "{mark} {} {}",
                fit(&prompt, left),
                fit(&answer, right)
            )]
        };
        for (k, l) in lines.into_iter().enumerate() {
            if let Some(line) = c.lines.get_mut(start + k) {
                *line = Line::from(Span::styled(l, style));
            }
        }
    }
    c
}

/// One row of the review: its prompt, the answer in pieces (one per ticked
/// option or paragraph: a row shows them joined on one line, the row under the cursor shows
/// them all, wrapped), whether it needs attention, and whether the pieces are ticked options.
fn review_row(app: &App, item: ReviewItem) -> (String, Vec<String>, bool, bool) {
    match item {
        ReviewItem::Meta(i) => {
            let v = app.metadata_value(i);
            let d = Detail::at(i).unwrap_or(Detail::System);
            let missing = v.trim().is_empty() && d.required();
            let shown = if v.trim().is_empty() {
                if d.required() { "unanswered" } else { "—" }.to_string()
            } else {
                v.to_string()
            };
            (d.label().to_string(), vec![shown], missing, false)
        }
        ReviewItem::Question(qi) => {
            let Some(q) = app.q().questions.get(qi) else {
                return (String::new(), vec![String::new()], false, false);
            };
            let (pieces, warn, choices) = match app.answer(qi).filter(|a| a.is_given()) {
                Some(a) => {
                    let (mut pieces, choices) = match a {
                        Answer::Choices(cs) if cs.len() > 1 => (
                            cs.iter()
                                .map(|c| q.option(c).map_or_else(|| c.clone(), |o| o.label.clone()))
                                .collect::<Vec<_>>(),
                            true,
                        ),
                        // Paragraphs (split at blank lines), each flowed.
                        Answer::Text(t) => (
                            t.split("\n\n")
                                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                                .filter(|p| !p.is_empty())
                                .collect(),
                            false,
                        ),
                        a => (vec![display_answer(q, a)], false),
                    };
                    if pieces.is_empty() {
                        pieces.push(String::new());
                    }
                    let nm = app.note_missing(qi);
                    if nm {
                        if let Some(last) = pieces.last_mut() {
                            last.push_str(" · note needed");
                        }
                    } else if !app.note(qi).trim().is_empty()
                        && let Some(first) = pieces.first_mut()
                    {
                        *first = format!("{NOTE_MARK} {first}");
                    }
                    (pieces, nm, choices)
                }
                None if q.optional => (vec!["— (optional)".to_string()], false, false),
                None => (vec!["unanswered".to_string()], true, false),
            };
            (q.prompt.clone(), pieces, warn, choices)
        }
    }
}

/// Lines of the prompt and of the answer the review's cursor row shows.
const REVIEW_PROMPT_LINES: usize = 3;
const REVIEW_ANSWER_LINES: usize = 8;

/// At most `max` lines; when some are left out, the last one says so.
fn capped(mut lines: Vec<String>, max: usize, w: usize) -> Vec<String> {
    if lines.len() > max {
        lines.truncate(max.saturating_sub(1));
        lines.push(truncate("… Enter shows all", w));
    }
    lines
}

pub fn result(app: &App, w: usize, h: usize) -> Content {
    // Every line is wrapped, never cut. When the verdict, the reasons and the first few
    // safeguards do not fit together, the score sum goes, then the reasons move after the list
    // (the first screen shows the verdict and the safeguards to act on, never just one on the
    // last row; G reaches the reasons). The reasons can be long (one answer after another):
    // they are wrapped once, and each layout tried leaves room for them.
    let why = why_lines(app, w);
    let mut built = (Content::default(), None);
    for layout in [
        ResultLayout::Full,
        ResultLayout::NoSum,
        ResultLayout::WhyLast,
    ] {
        built = result_content(app, w, h, layout, why.len());
        let c = &built.0;
        let shown = c.items.len().min(RESULT_ROWS_IN_VIEW);
        if shown == 0 || c.items.get(shown - 1).is_some_and(|&(_, end)| end <= h) {
            break;
        }
    }
    let (mut c, why_at) = built;
    if let Some(at) = why_at.filter(|&at| at + why.len() <= c.lines.len()) {
        c.lines.splice(at..at + why.len(), why);
    }
    c
}

/// How many safeguard rows the result's first screen shows, when there are that many.
const RESULT_ROWS_IN_VIEW: usize = 3;

/// "Why" and the reasons for the tier, as bullets.
fn why_lines(app: &App, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut c = Content::default();
    if let Some(e) = app.eval() {
        c.push(Span::styled("Why", t.heading()));
        for r in crate::explain::tier_reasons(app.q(), e) {
            c.bullet(&r, w, t.text());
        }
    }
    c.lines
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ResultLayout {
    Full,
    /// Without the line that sums the score.
    NoSum,
    /// Without the sum, and with the reasons after the safeguards.
    WhyLast,
}

/// The result screen in one layout, with `why_len` blank lines where the reasons go (their
/// first line is returned with the content).
fn result_content(
    app: &App,
    w: usize,
    h: usize,
    layout: ResultLayout,
    why_len: usize,
) -> (Content, Option<usize>) {
    let t = &app.theme;
    let mut c = Content::default();
    let Some(e) = app.eval() else {
        return (c, None);
    };
    let tier = format!(" {} ", crate::explain::tier(app.q(), e.tier).to_uppercase());
    let score = format!("  score {}", e.score.total);
    let bands = format!(
        "(medium from {}, high from {})",
        e.score.medium_at, e.score.high_at
    );
    let first_w = 5 + width(&tier) + width(&score);
    let mut first = vec![
        Span::styled("Tier ", t.heading()),
        Span::styled(tier, t.tier(e.tier)),
        Span::styled(score, t.text()),
    ];
    let bands_inline = first_w + 1 + width(&bands) <= w;
    if bands_inline {
        first.push(Span::styled(format!(" {bands}"), t.text()));
    }
    c.push(Line::from(first));
    if !bands_inline {
        c.wrapped(&bands, w, 0, t.text());
    }
    if layout == ResultLayout::Full {
        c.wrapped(
            &format!(
                "Score {} = {} risk points − {} for safeguards in place.",
                e.score.total, e.score.raw, e.score.mitigation
            ),
            w,
            0,
            t.muted(),
        );
    }
    if e.complete {
        c.wrapped("Every question that applies is answered.", w, 0, t.ok());
    } else {
        let mut missing = Vec::new();
        match e.unanswered.len() {
            0 => {}
            1 => missing.push("1 unanswered question".to_string()),
            n => missing.push(format!("{n} unanswered questions")),
        }
        match e.notes_missing.len() {
            0 => {}
            1 => missing.push("1 note missing".to_string()),
            n => missing.push(format!("{n} notes missing")),
        }
        c.wrapped(
            &format!(
                "Incomplete: {} (r reviews). Reports say so.",
                missing.join(", ")
            ),
            w,
            0,
            t.warn(),
        );
    }
    c.wrapped(
        &crate::explain::open_safeguards(e),
        w,
        0,
        if e.gaps.is_empty() { t.ok() } else { t.warn() },
    );
    let conflicts = e.conflicts().count();
    if conflicts > 0 {
        c.wrapped(
            &format!(
                "{} ({CONFLICT_MARK}): to be confirmed before sign-off.",
                crate::explain::plural(
                    conflicts,
                    "safeguard status is contradicted by the answers",
                    "safeguard statuses are contradicted by the answers"
                )
            ),
            w,
            0,
            t.warn(),
        );
    }
    for x in &e.contradictions {
        c.wrapped(
            &crate::explain::capital(&crate::explain::contradiction(x)),
            w,
            0,
            t.warn(),
        );
    }
    let mut why_at = None;
    let mut why = |c: &mut Content| {
        why_at = Some(c.start());
        c.lines
            .extend(std::iter::repeat_with(Line::default).take(why_len));
    };
    if layout == ResultLayout::WhyLast {
        c.wrapped(
            "Why this tier: below the list; the G key goes there.",
            w,
            0,
            t.muted(),
        );
    } else {
        c.blank();
        why(&mut c);
    }
    if layout != ResultLayout::WhyLast {
        c.blank();
    }
    c.wrapped(
        "Safeguards (Enter sets status and evidence):",
        w,
        0,
        t.heading(),
    );
    let rows = app.result_rows();
    let required = rows.iter().filter(|s| s.required).count();
    if required == 0 {
        c.push(Span::styled("None is required for this use.", t.muted()));
    }
    // Rows away from the cursor take one line each and are drawn below, only where they show.
    let mut later: Vec<(usize, usize)> = Vec::new();
    for (i, s) in rows.iter().enumerate() {
        if i == required && i < rows.len() {
            c.push(Span::styled("Not required for this use:", t.muted()));
        }
        let start = c.start();
        let cur = i == app.cursor;
        if !cur {
            later.push((start, i));
            c.blank();
            c.end_item(start);
            continue;
        }
        c.lines.extend(safeguard_row(app, s, w, true));
        c.end_item(start);
        c.focus = (start, c.start());
    }
    if layout == ResultLayout::WhyLast {
        c.blank();
        why(&mut c);
        // The last row brings the reasons under it into view.
        if app.cursor + 1 == rows.len() {
            c.focus.1 = c.lines.len();
        }
    }
    // The sign-off: recorded by the reviewer with `raia sign`, which names these answers.
    let file = app
        .session()
        .and_then(|s| s.path.as_deref())
        .map_or_else(|| "FILE".to_string(), |p| p.display().to_string());
    c.blank();
    c.wrapped(
        &format!(
            "Sign-off: {} a reviewer records it with raia sign {file} --name NAME; it names this version of the answers.",
            if e.complete {
                "the assessment is complete;"
            } else {
                "once every question is answered,"
            }
        ),
        w,
        0,
        t.muted(),
    );
    c.top = app.scroll;
    let top = c.scroll(h);
    for &(start, i) in &later {
        if start < top {
            continue;
        }
        if start >= top.saturating_add(h) {
            break;
        }
        let row = rows.get(i).map(|s| safeguard_row(app, s, w, false));
        if let (Some(row), Some(line)) = (
            row.and_then(|r| r.into_iter().next()),
            c.lines.get_mut(start),
        ) {
            *line = row;
        }
    }
    (c, why_at)
}

/// The lines of one safeguard on the result screen: the row under the cursor wraps its title
/// instead of cutting it.
fn safeguard_row(
    app: &App,
    s: &crate::engine::SafeguardResult,
    w: usize,
    cur: bool,
) -> Vec<Line<'static>> {
    let t = &app.theme;
    let conflict = s.is_contradicted();
    let in_place = s.status == SafeguardStatus::InPlace;
    let mark = if cur {
        "›"
    } else if conflict {
        CONFLICT_MARK
    } else if s.is_policy_gap() {
        "!"
    } else if s.is_gap() {
        "·"
    } else {
        " "
    };
    let style = if cur {
        t.selected()
    } else if s.is_gap() || conflict {
        t.warn()
    } else if !s.required && !in_place {
        t.muted()
    } else {
        t.text()
    };
    // Required: a status column, then the title. Not required: the title alone, with "in
    // place" after it when it is (a status of "missing" there would read as a gap). The
    // row under the cursor wraps its title instead of cutting it.
    let (lead, text) = if s.required {
        let status = if conflict {
            format!("to confirm{CONFLICT_MARK}")
        } else if s.unjustified {
            "n/a, no reason".to_string()
        } else {
            s.status.label().to_string()
        };
        (format!("{mark} {} ", fit(&status, 14)), s.title.clone())
    } else {
        let suffix = match (in_place, conflict) {
            (true, false) => " · in place".to_string(),
            // Never "in place" for a status the answers contradict.
            (_, true) => format!(" · to confirm{CONFLICT_MARK}"),
            _ => String::new(),
        };
        (format!("{mark} "), format!("{}{suffix}", s.title))
    };
    let lw = width(&lead);
    let tw = w.saturating_sub(lw);
    let lines = if cur {
        wrap(&text, tw)
    } else {
        vec![truncate(&text, tw)]
    };
    let mut out = Vec::with_capacity(lines.len());
    for (n, l) in lines.iter().enumerate() {
        let lead = if n == 0 { lead.clone() } else { " ".repeat(lw) };
        out.push(Line::from(Span::styled(
            fit(&format!("{lead}{l}"), w),
            style,
        )));
    }
    out
}

/// Marks a safeguard recorded in place while the answers that could show it say otherwise.
pub const CONFLICT_MARK: &str = "?";

/// How the export screen names a report path: the file name when it sits next to the
/// assessment, the full path otherwise.
fn shown_path(app: &App, p: &str) -> String {
    let dir = app.export_dir();
    let path = Path::new(p);
    match (&dir, path.parent()) {
        (Some(d), Some(parent)) if d == parent => path
            .file_name()
            .map_or_else(|| p.to_string(), |n| n.to_string_lossy().into_owned()),
        _ => p.to_string(),
    }
}

fn short_label(f: crate::report::Format) -> &'static str {
    use crate::report::Format;
    match f {
        Format::Markdown => "Markdown",
        Format::Toml => "TOML data",
        Format::Json => "JSON data",
        Format::Csv => "CSV",
        Format::InfoRequest => "Info request",
    }
}

pub fn format_label(f: crate::report::Format) -> &'static str {
    use crate::report::Format;
    match f {
        Format::Markdown => "Markdown report",
        Format::Toml => "TOML data",
        Format::Json => "JSON data",
        Format::Csv => "CSV of safeguards",
        Format::InfoRequest => "Info-request response",
    }
}

pub fn export(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    match app.export_dir() {
        Some(d) => c.labelled(
            "Folder:",
            &d.display().to_string(),
            w,
            t.heading(),
            t.text(),
        ),
        None => c.wrapped(
            "Type the system name first: reports are named after the assessment file.",
            w,
            0,
            t.warn(),
        ),
    }
    c.wrapped(
        "Space ticks a report, Enter changes its path, w writes the ticked ones.",
        w,
        0,
        t.muted(),
    );
    c.blank();
    // Narrow panels get short labels so the file names keep their room.
    let short = w < 60;
    let label_w = if short { 12 } else { 22.min(w / 2) };
    for (i, r) in app.export.iter().enumerate() {
        let start = c.start();
        let cur = i == app.cursor;
        let mark = if cur { "›" } else { " " };
        let tick = if r.selected { "[x]" } else { "[ ]" };
        let path = shown_path(app, &r.path);
        let outcome = match &r.outcome {
            Some(Ok(_)) => "✓ ",
            Some(Err(_)) => "✗ ",
            None => "",
        };
        let path_w = w.saturating_sub(label_w + 7 + width(outcome));
        let text = fit(
            &format!(
                "{mark} {tick} {} {outcome}{}",
                fit(
                    if short {
                        short_label(r.format)
                    } else {
                        format_label(r.format)
                    },
                    label_w
                ),
                truncate_left(&path, path_w)
            ),
            w,
        );
        let style = match (&r.outcome, cur) {
            (_, true) => t.selected(),
            (Some(Err(_)), _) => t.error(),
            (Some(Ok(_)), _) => t.ok(),
            (None, _) => t.text(),
        };
        c.push(Span::styled(text, style));
        c.end_item(start);
        if cur {
            c.focus = (start, start + 1);
        }
    }
    c.blank();
    let start = c.start();
    let cur = app.cursor == app.export.len();
    let button = format!(
        "{} [ Write the ticked reports ]",
        if cur { "›" } else { " " }
    );
    c.push(Span::styled(
        if cur { fit(&button, w) } else { button },
        if cur { t.selected() } else { t.heading() },
    ));
    c.end_item(start);
    if cur {
        c.focus = (start, start + 1);
    }
    let failed: Vec<_> = app
        .export
        .iter()
        .filter_map(|r| match &r.outcome {
            Some(Err(e)) => Some((r.format, e)),
            _ => None,
        })
        .collect();
    if !failed.is_empty() {
        c.blank();
        c.push(Span::styled("Not written:", t.error()));
        for (f, e) in failed {
            c.wrapped(&format!("✗ {}: {e}", format_label(f)), w, 0, t.error());
        }
    }
    c
}
