//! The review step: every answer, one row each, with only the rows in view laid out.

use super::*;

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
        summary.push_str(&format!(
            " · {}",
            crate::explain::plural(e.notes_missing.len(), "note missing", "notes missing")
        ));
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
    if items.is_empty() && !app.filter.is_empty() {
        // A blank panel looked as if the review had lost its rows (a new-user review, whose
        // `/unanswered` filter was left on after answering the last one).
        c.blank();
        c.push(Span::styled(
            format!(
                "No row holds \"{}\"; Esc shows them all.",
                crate::term_text::line(&app.filter)
            ),
            t.muted(),
        ));
    }
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
                            .map_or_else(String::new, |s| s.title.to_string()),
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
        let (prompt, mut pieces, warn, choices) = review_row(app, item);
        let mark = "›";
        // The row's "!" stays beside the cursor, as on the result's list (a new-user pass saw
        // the cursor take its place).
        let flag = if warn { "!" } else { " " };
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
                let (lead, flag) = if n == 0 { (mark, flag) } else { (" ", " ") };
                c.push(Span::styled(fit(&format!("{lead}{flag}{l}"), w), style));
            }
            for l in &answer_lines {
                c.push(Span::styled(fit(&format!("    {l}"), w), style));
            }
        } else {
            let n = prompt_lines.len().max(answer_lines.len());
            for k in 0..n {
                let (lead, flag) = if k == 0 { (mark, flag) } else { (" ", " ") };
                let p = prompt_lines.get(k).map_or("", String::as_str);
                let a = answer_lines.get(k).map_or("", String::as_str);
                c.push(Span::styled(
                    format!("{lead}{flag}{} {}", fit(p, left), fit(a, right)),
                    style,
                ));
            }
        }
        c.end_item(start);
        c.focus = (start.saturating_sub(1), c.start());
    }
    // The rows in view, as the panel will be scrolled.
    c.top = app.scroll;
    // As the frame will scroll it, so the rows filled in are the rows it shows.
    c.prev = crate::tui::view::Drawn::top_of(app);
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
pub(crate) fn review_row(app: &App, item: ReviewItem) -> (String, Vec<String>, bool, bool) {
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
            // A placeholder ("n/a") is no answer, as the evaluation counts it; the row says
            // what was typed, so the open question can be recognised.
            let placeholder = app
                .answer(qi)
                .filter(|a| crate::engine::is_placeholder_answer_to(q, a))
                .map(|a| crate::explain::placeholder_row(&display_answer(q, a)));
            let (pieces, warn, choices) =
                match app.answer(qi).filter(|a| crate::engine::is_given_to(q, a)) {
                    Some(a) => {
                        let (mut pieces, choices) = match a {
                            Answer::Choices(cs) if cs.len() > 1 => (
                                cs.iter()
                                    .map(|c| {
                                        q.option(c)
                                            .map_or_else(|| c.clone(), |o| o.label.to_string())
                                    })
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
                    None => {
                        let (what, warn) = if q.optional {
                            ("— (optional)", false)
                        } else {
                            ("unanswered", true)
                        };
                        let row = match placeholder {
                            Some(p) => format!("{what}: {p}"),
                            None => what.to_string(),
                        };
                        (vec![row], warn, false)
                    }
                };
            (q.prompt.to_string(), pieces, warn, choices)
        }
    }
}

/// Lines of the prompt and of the answer the review's cursor row shows.
pub(crate) const REVIEW_PROMPT_LINES: usize = 3;

pub(crate) const REVIEW_ANSWER_LINES: usize = 8;

/// At most `max` lines; when some are left out, the last one says so.
pub(crate) fn capped(mut lines: Vec<String>, max: usize, w: usize) -> Vec<String> {
    if lines.len() > max {
        lines.truncate(max.saturating_sub(1));
        lines.push(truncate("… more: Enter opens the question", w));
    }
    lines
}
