//! The result step: tier, why, and the safeguards to act on, with only the rows in view laid out.

use super::*;

pub fn result(app: &App, w: usize, h: usize) -> Content {
    // Every line is wrapped, never cut. When the verdict, the reasons and the first few
    // safeguards do not fit together, the score sum goes, then the reasons move after the list
    // (the first screen shows the verdict and the safeguards to act on, never just one on the
    // last row; G reaches the reasons). The reasons can be long (one answer after another):
    // they are wrapped once, and each layout tried leaves room for them.
    let why = why_lines(app, w);
    // What the layouts tried below share is worked out once: each of them read the evaluation
    // again, three times a frame at 10,000 questions (issue 7).
    let Some(texts) = ResultTexts::of(app) else {
        return Content::default();
    };
    let mut built = (Content::default(), None);
    for layout in [
        ResultLayout::Full,
        ResultLayout::NoSum,
        ResultLayout::WhyLast,
    ] {
        built = result_content(app, &texts, w, h, layout, why.len());
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
pub(crate) const RESULT_ROWS_IN_VIEW: usize = 3;

/// The safeguards one of which must be in place (against misuse left open, or to show a
/// policy requirement met), by id.
type OpenGuards<'a> =
    &'a std::collections::BTreeMap<crate::questionnaire::Text, crate::engine::Guard>;

#[derive(Clone, Copy)]
enum SignOffStyle {
    Ok,
    Muted,
    Warn,
}

/// What the result screen says that does not depend on the layout: read from the evaluation
/// once per frame, whichever layouts are tried.
struct ResultTexts<'a> {
    /// A stale sign-off, required details left blank, answers bound to another text.
    session_warnings: Vec<String>,
    /// The open safeguards, counted.
    open: String,
    /// The policy statement where the gate would fail for a reason the lines above do not
    /// give, and whether the gate passes.
    statement: Option<(String, bool)>,
    confirmed: String,
    none_confirmed: bool,
    /// Each group of concerns, and whether it is open.
    concerns: Vec<(String, bool)>,
    rows: Vec<&'a crate::engine::SafeguardResult>,
    guards: OpenGuards<'a>,
    sign_off: String,
    sign_off_style: SignOffStyle,
    how_lead: String,
    how_command: String,
}

impl<'a> ResultTexts<'a> {
    fn of(app: &'a App) -> Option<ResultTexts<'a>> {
        let e = app.eval()?;
        let mut session_warnings = Vec::new();
        // What the evaluation does not count, but a reviewer must not miss: a required detail
        // left blank, and answers made against another text of the questionnaire.
        if let Some(s) = app.session() {
            // A sign-off the answers have moved on from, on the first screen: its line at the
            // end was the only one, and the notice of the change went with the next key (a
            // review).
            if let Some((last, false)) = s.assessment.latest_signoff_coverage(&s.questionnaire) {
                session_warnings.push(crate::explain::signoff_stale_short(last));
            }
            let blank = crate::explain::blank_required_details(&s.assessment);
            if !blank.is_empty() {
                session_warnings.push(format!(
                    "Details still needed: {} (System details, the first step).",
                    blank.join("; ")
                ));
            }
            let binding = crate::engine::Binding::of(&s.questionnaire, &s.assessment);
            if binding != crate::engine::Binding::Bound {
                session_warnings.push(
                    "Not bound to the questionnaire text in use: check the answers, then press Ctrl+S."
                        .to_string(),
                );
            }
        }
        // Where the gate would fail for a reason the lines above do not give (a requirement
        // nothing shows is met, misuse left open), the policy statement the reports make says
        // it: a new user saw "missing or planned" counts here while `raia score --gate` failed.
        let statement = app.session().and_then(|s| {
            crate::explain::result_statement(&s.questionnaire, &s.assessment, e, &app.today)
        });
        // The prohibited uses, as plain mode and the reports give them: a new-user review found
        // a concern raised everywhere but on this screen.
        let confirmed: Vec<&str> = e.confirmed().map(|p| p.title.as_str()).collect();
        let none_confirmed = confirmed.is_empty();
        let confirmed = format!(
            "{}s confirmed: {}.",
            crate::explain::capital(&app.q().vocabulary.prohibited_use),
            if none_confirmed {
                "none".to_string()
            } else {
                confirmed.join("; ")
            }
        );
        let concerns = crate::explain::concern_groups(e)
            .into_iter()
            .map(|(heading, titles, open)| (format!("{heading}: {}.", titles.join("; ")), open))
            .collect();
        // The sign-off: the latest one and whether it still holds, then how to record one
        // (here, or with `raia sign`, which names these answers). A draft by its name, as
        // `raia sign` takes it: a path into the data directory is long enough to be cut in the
        // middle (new-user pass).
        let file = app.session().and_then(|s| s.path.as_deref()).map_or_else(
            || "FILE".to_string(),
            |p| match p.file_stem().filter(|_| app.is_draft()) {
                Some(stem) => stem.to_string_lossy().into_owned(),
                None => p.display().to_string(),
            },
        );
        let latest = app
            .session()
            .map(|s| crate::portfolio::SignOffState::of(&s.questionnaire, &s.assessment, e));
        let (sign_off, sign_off_style) = match &latest {
            Some(l) => {
                let (words, warn) = crate::explain::sign_off_state(l, e, &app.today);
                let style = match l {
                    crate::portfolio::SignOffState::Current { .. } if !warn => SignOffStyle::Ok,
                    crate::portfolio::SignOffState::None => SignOffStyle::Muted,
                    _ => SignOffStyle::Warn,
                };
                (words, style)
            }
            None => (
                crate::explain::sign_off_state(
                    &crate::portfolio::SignOffState::None,
                    e,
                    &app.today,
                )
                .0,
                SignOffStyle::Muted,
            ),
        };
        let how = app.session().map_or_else(
            || crate::explain::HowToSign {
                why_not: String::new(),
                command: format!("raia sign {file} --name NAME"),
            },
            |s| crate::explain::how_to_sign(&s.questionnaire, &s.assessment, e, &file),
        );
        Some(ResultTexts {
            session_warnings,
            open: crate::explain::open_safeguards(e, Some(&app.today)),
            statement,
            confirmed,
            none_confirmed,
            concerns,
            rows: app.result_rows(),
            guards: e.open_guards(),
            sign_off,
            sign_off_style,
            how_lead: how.lead_where(Some("s")),
            how_command: how.command,
        })
    }
}

/// "Why" and the reasons for the tier, as bullets.
pub(crate) fn why_lines(app: &App, w: usize) -> Vec<Line<'static>> {
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
pub(crate) enum ResultLayout {
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
    texts: &ResultTexts,
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
    let score = format!("  {}", crate::explain::score_short(e));
    // Under a confirmed prohibited use the score decides nothing: no bands, no sum.
    let bands = if e.score_counts() {
        format!(
            "(medium from {}, high from {})",
            e.score.medium_at, e.score.high_at
        )
    } else {
        String::new()
    };
    let first_w = 5 + width(&tier) + width(&score);
    let mut first = vec![
        Span::styled("Tier ", t.heading()),
        Span::styled(tier.clone(), t.tier(e.tier)),
        Span::styled(score.clone(), t.text()),
    ];
    let bands_inline = bands.is_empty() || first_w + 1 + width(&bands) <= w;
    if bands_inline && !bands.is_empty() {
        first.push(Span::styled(format!(" {bands}"), t.text()));
    }
    // The verdict stays on the top row when a long header (contradictions, categories) scrolls
    // it out of view (new-user pass: at 80x24 the result opened with the tier out of sight).
    // When the header scrolls out of view, the pinned verdict still says the assessment is
    // incomplete (a new-user pass: the result opened at its first safeguard, with
    // "Incomplete" above the window).
    // Beside the tier, with the key that shows what is missing, since that line may be out of
    // view too; the score and then its bands give way when they do not fit, never cut (a new
    // user at 80x24 read "high" with no number and nothing on what to do).
    let mut pinned = vec![
        Span::styled("Tier ", t.heading()),
        Span::styled(tier.clone(), t.tier(e.tier)),
    ];
    let mut pinned_w = 5 + width(&tier);
    if !e.complete {
        let note = " · incomplete (r reviews)";
        pinned_w += width(note);
        pinned.push(Span::styled(note, t.warn()));
    }
    if pinned_w + width(&score) <= w {
        pinned_w += width(&score);
        pinned.push(Span::styled(score, t.text()));
        if !bands.is_empty() && pinned_w + 1 + width(&bands) <= w {
            pinned.push(Span::styled(format!(" {bands}"), t.text()));
        }
    }
    c.pin = Some((0, Line::from(pinned)));
    c.push(Line::from(first));
    if !bands_inline {
        c.wrapped(&bands, w, 0, t.text());
    }
    if layout == ResultLayout::Full {
        let sum = if e.score_counts() {
            format!(
                "Score {} = {} − {} {}.",
                e.score.total,
                crate::engine::risk_points(e.score.raw),
                e.score.mitigation,
                crate::explain::safeguard_credit(&e.score)
            )
        } else {
            crate::explain::score_not_used(app.q())
        };
        c.wrapped(&sum, w, 0, t.muted());
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
    for line in &texts.session_warnings {
        c.wrapped(line, w, 0, t.warn());
    }
    c.wrapped(
        &texts.open,
        w,
        0,
        if e.gaps.is_empty() { t.ok() } else { t.warn() },
    );
    if let Some((statement, passes)) = &texts.statement {
        c.wrapped(statement, w, 0, if *passes { t.ok() } else { t.warn() });
    }
    c.wrapped(
        &texts.confirmed,
        w,
        0,
        if texts.none_confirmed {
            t.text()
        } else {
            t.warn()
        },
    );
    for (line, open) in &texts.concerns {
        c.wrapped(line, w, 0, if *open { t.warn() } else { t.text() });
    }
    let held = e.conflicts().filter(|s| s.is_held_back()).count();
    let conflicts = e.conflicts().count() - held;
    if conflicts > 0 {
        c.wrapped(
            &format!(
                "{} (marked {CONFLICT_MARK}); settle each before sign-off.",
                crate::explain::safeguards_to_confirm(conflicts)
            ),
            w,
            0,
            t.warn(),
        );
    }
    if held > 0 {
        c.wrapped(
            &format!(
                "{} (marked {CONFLICT_MARK}).",
                crate::explain::safeguards_held_back(held)
            ),
            w,
            0,
            t.warn(),
        );
    }
    // The contradictions themselves are long: said here in a line, in full below the list, so
    // the verdict above stays on the first screen (a new-user review opened the result
    // scrolled past it).
    if !e.contradictions.is_empty() {
        c.wrapped(
            &format!(
                "{}: in full below the safeguards.",
                crate::explain::contradicting(&e.contradictions)
            ),
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
    // The marks are explained where there is room, and always in the help (?).
    let heading = "Safeguards (Enter sets status and evidence):";
    let legend = "Safeguards (Enter sets status and evidence; ! must be in place, · recommended, ? to confirm):";
    c.wrapped(
        if width(legend) <= w { legend } else { heading },
        w,
        0,
        t.heading(),
    );
    let rows = &texts.rows;
    let required = rows.iter().filter(|s| s.required).count();
    if rows.is_empty() && !app.filter.is_empty() {
        // The filter hides them all: saying none is required misled a hostile review.
        c.push(Span::styled(
            format!(
                "No safeguard holds \"{}\"; Esc shows them all.",
                crate::term_text::line(&app.filter)
            ),
            t.muted(),
        ));
    } else if required == 0 && !app.filter.is_empty() {
        // Nor where it hides only the required ones ("Red-teaming", a recommendation, beside
        // twenty required: a review of the wizard).
        c.wrapped(
            &format!(
                "No required safeguard holds \"{}\"; Esc shows them all.",
                crate::term_text::line(&app.filter)
            ),
            w,
            0,
            t.muted(),
        );
    } else if required == 0 {
        c.push(Span::styled("None is required for this use.", t.muted()));
    }
    // Rows away from the cursor take one line each and are drawn below, only where they show.
    let mut later: Vec<(usize, usize)> = Vec::new();
    for (i, s) in rows.iter().enumerate() {
        if i == required && i < rows.len() {
            // While the answers leave a consequential decision in doubt, what it would bring
            // is among these (a review read "Not required" beside risk assessment and human
            // review for an HR tool whose answers disagreed).
            if e.consequential_in_doubt() {
                c.wrapped(
                    "Not required by the answers as they stand (a consequential decision, to be confirmed, may require some):",
                    w,
                    0,
                    t.warn(),
                );
            } else {
                c.push(Span::styled("Not required for this use:", t.muted()));
            }
        }
        let start = c.start();
        let cur = i == app.cursor;
        if !cur {
            later.push((start, i));
            c.blank();
            c.end_item(start);
            continue;
        }
        c.lines.extend(safeguard_row(app, texts.guards, s, w, true));
        c.end_item(start);
        c.focus = (start, c.start());
    }
    if !e.contradictions.is_empty() {
        c.blank();
        for x in &e.contradictions {
            c.wrapped(
                &crate::explain::capital(&crate::explain::contradiction(x)),
                w,
                0,
                t.warn(),
            );
        }
    }
    if layout == ResultLayout::WhyLast {
        c.blank();
        why(&mut c);
        // The last row brings the reasons under it into view.
        if app.cursor + 1 == rows.len() {
            c.focus.1 = c.lines.len();
        }
    }
    // The sign-off, then how to record one. The command has a line of its own, so it is not
    // broken inside a word and can be copied.
    c.blank();
    let style = match texts.sign_off_style {
        SignOffStyle::Ok => t.ok(),
        SignOffStyle::Muted => t.muted(),
        SignOffStyle::Warn => t.warn(),
    };
    c.wrapped(&texts.sign_off, w, 0, style);
    c.wrapped(&texts.how_lead, w, 0, t.muted());
    for line in command_lines(&texts.how_command, w.saturating_sub(2)) {
        c.push(Span::styled(format!("  {line}"), t.muted()));
    }
    // The last row brings the sign-off under it into view.
    if app.cursor + 1 == rows.len() {
        c.focus.1 = c.lines.len();
    }
    c.top = app.scroll;
    // As the frame will scroll it, so the rows filled in are the rows it shows.
    c.prev = crate::tui::view::Drawn::top_of(app);
    let top = c.scroll(h);
    for &(start, i) in &later {
        if start < top {
            continue;
        }
        if start >= top.saturating_add(h) {
            break;
        }
        let row = rows
            .get(i)
            .map(|s| safeguard_row(app, texts.guards, s, w, false));
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
    guards: OpenGuards,
    s: &crate::engine::SafeguardResult,
    w: usize,
    cur: bool,
) -> Vec<Line<'static>> {
    let t = &app.theme;
    let conflict = s.is_contradicted();
    let in_place = s.status == SafeguardStatus::InPlace;
    let lapsed = s.evidence_lapsed(&app.today);
    // The cursor has a column of its own, so the row under it keeps its mark (a new-user review
    // saw the one gap the policy requires lose its "!" as the screen opened on it).
    let cursor = if cur { "›" } else { " " };
    let mark = if conflict {
        CONFLICT_MARK
    } else if s.is_policy_gap() || (s.is_gap() && guards.contains_key(s.id.as_str())) {
        // Against misuse left open, one must be in place: the gate fails as on a policy gap
        // (a new-user review read age assurance as a mere recommendation here).
        "!"
    } else if s.is_gap() {
        "·"
    } else {
        " "
    };
    let style = if cur {
        t.selected()
    } else if s.is_gap() || conflict || lapsed {
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
            // The mark column already shows it (a new-user review read "? to confirm?").
            "to confirm".to_string()
        } else if s.unjustified && s.status == SafeguardStatus::InPlace {
            "no evidence".to_string()
        } else if s.unjustified {
            "n/a, no reason".to_string()
        } else if lapsed && s.planned_later(&app.today) {
            // As the summary above says: recorded in place, planned for later.
            "planned later".to_string()
        } else if lapsed {
            // As the summary above says: the evidence is to renew.
            "to renew".to_string()
        } else if s.answer_pending {
            // As the pane below says: a question that could show it is unanswered.
            "not shown yet".to_string()
        } else {
            s.status.label().to_string()
        };
        (
            format!("{cursor}{mark} {} ", fit(&status, 14)),
            s.title.to_string(),
        )
    } else {
        let suffix = match (in_place, conflict) {
            (true, false) => " · in place".to_string(),
            // Never "in place" for a status the answers contradict.
            (_, true) => " · to confirm".to_string(),
            _ => String::new(),
        };
        (format!("{cursor}{mark} "), format!("{}{suffix}", s.title))
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

/// A shell command in lines of at most `w` cells, broken only between its words, each line but
/// the last ending in " \\" so that the lines copied together still run. A word wider than a
/// line keeps a line of its own. Wrapped as prose, a long path broke "--name" into "--nam" and
/// "e" (a wizard review).
pub(crate) fn command_lines(command: &str, w: usize) -> Vec<String> {
    let command = crate::term_text::line(command);
    if width(&command) <= w {
        return vec![command.into_owned()];
    }
    let room = w.saturating_sub(2).max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in command.split(' ').filter(|x| !x.is_empty()) {
        if !line.is_empty() && width(&line) + 1 + width(word) > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| if i < last { format!("{l} \\") } else { l })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::command_lines;

    /// Broken only between words, with continuations a shell reads as one command.
    #[test]
    fn a_long_command_breaks_between_its_words() {
        let cmd = "raia sign /tmp/revA/work/internal-doc-summariser.toml --name NAME";
        assert_eq!(command_lines(cmd, 80), [cmd]);
        assert_eq!(
            command_lines(cmd, 56),
            [
                "raia sign /tmp/revA/work/internal-doc-summariser.toml \\",
                "--name NAME"
            ]
        );
        assert_eq!(
            command_lines(cmd, 30),
            [
                "raia sign \\",
                "/tmp/revA/work/internal-doc-summariser.toml \\",
                "--name NAME"
            ]
        );
        // Every word kept whole, in order.
        for w in 1..70 {
            let joined = command_lines(cmd, w).join(" ").replace(" \\", "");
            assert_eq!(joined, cmd, "at {w}");
        }
    }
}
