//! Popups: key table, help, note editor, safeguard status, open a file, report path; and the
//! notice shown when the terminal is too small.

use super::flow::{NOT_APPLICABLE_WHY, conflict_text};
use super::footer::{KEY_NOTES, KEY_TABLE};
use super::screens::CONFLICT_MARK;
use super::{Content, MIN_HEIGHT, MIN_WIDTH, popup};
use crate::assessment::SafeguardStatus;
use crate::engine::answer_effects;
use crate::tui::action::Action;
use crate::tui::app::{App, Field, Overlay, Screen};
use crate::tui::widgets::{capital, fit, truncate, wrap};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

pub fn too_small(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let w = area.width as usize;
    let mut c = Content::default();
    c.wrapped("The terminal is too small.", w, 0, t.warn());
    c.wrapped(
        &format!(
            "raia needs at least {MIN_WIDTH}x{MIN_HEIGHT}; this one is {}x{}.",
            area.width, area.height
        ),
        w,
        0,
        t.text(),
    );
    c.wrapped(
        "Make the window larger. Everything is saved; Ctrl+Q quits.",
        w,
        0,
        t.muted(),
    );
    let h = (c.lines.len() as u16).min(area.height);
    let rect = Rect::new(area.x, area.y + (area.height - h) / 2, area.width, h);
    f.render_widget(Paragraph::new(c.lines).centered(), rect);
}

/// The first run's tour of the keys, three lines over the bottom of the screen. It does not
/// take the keys: the first one closes it for good and acts as usual.
pub const TOUR: [&str; 3] = [
    "Tab, Shift+Tab: next, previous · Enter: choose · Esc: leave a text field",
    "Lists: ↑↓ jk move · ←→ hl step · Space/x tick · u undo · ? every key",
    "Saved as you go · Ctrl+Q quits · your next key closes this tour for good",
];

pub fn tour(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let w = area.width.saturating_sub(4).min(96);
    let inner_w = w.saturating_sub(2) as usize;
    let mut c = Content::default();
    for line in TOUR {
        c.wrapped(line, inner_w, 0, t.text());
    }
    let h = u16::try_from(c.lines.len() + 2).unwrap_or(u16::MAX);
    // Above the progress, status and footer rows.
    let y = area.height.saturating_sub(h + 4);
    let rect = Rect::new((area.width.saturating_sub(w)) / 2, y, w, h).intersection(area);
    frame(app, f, rect, "First time? The keys", &c, None);
}

/// Draws the popup, if one is open.
pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    match &app.overlay {
        Overlay::None => {}
        Overlay::Keys | Overlay::Help => {
            if let Some((rect, c)) = read_only_popup(app, area) {
                let title = if matches!(app.overlay, Overlay::Keys) {
                    "Keys"
                } else {
                    "Help"
                };
                frame(app, f, rect, title, &c, None);
            }
        }
        Overlay::Note { question, field } => {
            let (rect, c) = note_content(app, *question, area);
            frame(app, f, rect, "Note", &c, Some(field));
        }
        Overlay::Safeguard {
            field, on_evidence, ..
        } => {
            let (rect, c) = safeguard_content(app, area);
            let t = &app.theme;
            f.render_widget(Clear, rect);
            let block = Block::bordered()
                .title(Span::styled(" Safeguard status and evidence ", t.heading()))
                .border_style(t.focus_border());
            let inner = block.inner(rect);
            f.render_widget(block, rect);
            // The evidence has the caret only once it has the keys.
            c.render(f, inner, Some(field), app, *on_evidence);
        }
        Overlay::OpenFile { field } => {
            let (rect, c) = open_content(app, area);
            frame(app, f, rect, "Open an assessment file", &c, Some(field));
        }
        Overlay::SignOff {
            field,
            decision,
            signer,
        } => {
            let (rect, c) = signoff_content(app, *decision, signer.as_deref(), area);
            frame(app, f, rect, "Record a sign-off", &c, Some(field));
        }
        Overlay::Plan { id, field } => {
            let (rect, c) = plan_content(app, id, area);
            frame(app, f, rect, "Owner and target date", &c, Some(field));
        }
        Overlay::ExportPath { row, field } => {
            let (rect, c) = export_path_content(app, *row, area);
            frame(app, f, rect, "Report path", &c, Some(field));
        }
        Overlay::Filter { field } => {
            let t = &app.theme;
            let rect_w = 60.min(area.width.saturating_sub(4));
            let w = rect_w.saturating_sub(2) as usize;
            let mut c = Content::default();
            c.wrapped(
                &format!(
                    "Filter: {} the text",
                    crate::explain::plural(app.filtered_count(), "row holds", "rows hold")
                ),
                w,
                0,
                t.heading(),
            );
            field_lines(&mut c, 3);
            c.wrapped("Enter keeps the filter; Esc clears it.", w, 0, t.muted());
            // At the bottom, over the footer rather than the list: the rows it keeps stay in
            // view while the filter is typed (a new user saw one of four matches).
            let mut rect = sized(area, rect_w, c.lines.len());
            rect.y = (area.y + area.height)
                .saturating_sub(rect.height)
                .max(area.y);
            frame(app, f, rect, "Filter", &c, Some(field));
        }
        Overlay::Overwrite { rows } => {
            let (rect, c) = overwrite_content(app, rows, area);
            frame(app, f, rect, "Replace files?", &c, None);
        }
    }
}

fn overwrite_content(
    app: &App,
    rows: &[crate::tui::app::AskedFile],
    area: Rect,
) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 90.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let mut c = Content::default();
    c.wrapped(
        "Replacing these files could lose someone's work:",
        w,
        0,
        t.text(),
    );
    for (r, why) in rows
        .iter()
        .filter_map(|(i, why, _)| Some((app.export.get(*i)?, *why)))
    {
        c.wrapped(&format!("• {}: {}", r.path, why.short()), w, 2, t.warn());
    }
    c.blank();
    c.wrapped(
        "y replaces them with the reports. n or Esc leaves them as they are and writes the other reports; Enter on a row then chooses another path.",
        w,
        0,
        t.muted(),
    );
    (sized(area, rect_w, c.lines.len()), c)
}

/// Clears the popup's rectangle and draws its border, title, lines and text field.
fn frame(app: &App, f: &mut Frame, rect: Rect, title: &str, c: &Content, field: Option<&Field>) {
    let t = &app.theme;
    f.render_widget(Clear, rect);
    let block = Block::bordered()
        .title(Span::styled(format!(" {title} "), t.heading()))
        .border_style(t.focus_border());
    let inner = block.inner(rect);
    f.render_widget(block, rect);
    c.render(f, inner, field, app, true);
}

/// Leaves `h` blank lines for a text field and keeps them in view.
fn field_lines(c: &mut Content, h: usize) {
    let at = c.lines.len();
    c.field = Some((at, h));
    for _ in 0..h {
        c.blank();
    }
    c.focus = (at, at + h);
}

/// A popup sized to its content: `w` wide (at most), as tall as the lines.
fn sized(area: Rect, w: u16, lines: usize) -> Rect {
    popup(area, w, lines as u16 + 2)
}

/// The key list or the help, laid out for `area` and scrolled as the user chose.
pub fn read_only_popup(app: &App, area: Rect) -> Option<(Rect, Content)> {
    let (rect, mut c) = match app.overlay {
        Overlay::Keys => keys_content(app, area),
        Overlay::Help => {
            let rect_w = 76.min(area.width.saturating_sub(4));
            let c = help_content(app, rect_w.saturating_sub(2) as usize);
            (sized(area, rect_w, c.lines.len()), c)
        }
        _ => return None,
    };
    c.top = Some(app.popup_scroll);
    Some((rect, c))
}

/// How far the key list or help can scroll.
pub fn popup_max_scroll(app: &App, area: Rect) -> usize {
    read_only_popup(app, area).map_or(0, |(rect, c)| {
        c.max_scroll(Block::bordered().inner(rect).height as usize)
    })
}

fn keys_content(app: &App, area: Rect) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 86.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let key_w = 17;
    let mut c = Content::default();
    let mut group = "";
    for (g, k, d) in KEY_TABLE {
        if *g != group {
            if !group.is_empty() {
                c.blank();
            }
            c.wrapped(g, w, 0, t.heading());
            group = g;
        }
        for (n, l) in wrap(d, w.saturating_sub(key_w + 2)).into_iter().enumerate() {
            let key = if n == 0 { *k } else { "" };
            c.push(Line::from(vec![
                Span::styled(format!(" {} ", fit(key, key_w)), t.key()),
                Span::styled(l, t.text()),
            ]));
        }
    }
    c.blank();
    for n in KEY_NOTES {
        c.wrapped(n, w, 0, t.muted());
    }
    c.wrapped(
        "↑↓ PgUp PgDn scroll this list; any other key closes it.",
        w,
        0,
        t.muted(),
    );
    (sized(area, rect_w, c.lines.len()), c)
}

fn help_content(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    match app.screen {
        Screen::Question(qi) => {
            let Some(q) = app.q().questions.get(qi) else {
                return c;
            };
            c.wrapped(&q.prompt, w, 0, t.heading());
            c.blank();
            if let Some(s) = app.q().section(&q.section)
                && !s.intro.is_empty()
            {
                c.labelled(&format!("{}:", s.title), &s.intro, w, t.heading(), t.text());
            }
            let why = if q.help.is_empty() {
                "The questionnaire gives no explanation for this question."
            } else {
                &q.help
            };
            c.labelled("Why we ask:", why, w, t.heading(), t.text());
            if !q.clause.is_empty() {
                let p = &app.q().policy;
                c.labelled(
                    "Policy:",
                    &format!("{} ({}), {}", p.name, p.date, q.clause),
                    w,
                    t.heading(),
                    t.text(),
                );
            }
            if let Some(cond) = &q.show_if {
                // In words, from the answers that make it hold (not ids).
                let why = match (app.eval(), app.session()) {
                    (Some(e), Some(s)) => {
                        crate::explain::asked_because(app.q(), &s.assessment, e, cond)
                    }
                    _ => cond.describe(app.q()),
                };
                c.labelled("Asked because:", &why, w, t.heading(), t.text());
            }
            if q.optional {
                c.push(Span::styled("Optional: it may stay blank.", t.muted()));
            }
            c.blank();
            match app.answer(qi) {
                Some(a) => {
                    let effects = answer_effects(q, a);
                    let mut said = false;
                    for (text, e) in effects {
                        let mut parts = crate::explain::effects(app.q(), e);
                        for (factor, pts) in &e.risk {
                            parts.push(crate::explain::risk(app.q(), factor, *pts));
                        }
                        if e.note_required {
                            parts.push("needs a note".into());
                        }
                        if !parts.is_empty() {
                            said = true;
                            // The whole option, then what it does: a new-user trial read
                            // "Members of the public who nev…" in a popup with room for it.
                            if text.chars().count() <= 30 {
                                c.labelled(
                                    &format!("\"{text}\""),
                                    &parts.join("; "),
                                    w,
                                    t.heading(),
                                    t.text(),
                                );
                            } else {
                                c.wrapped(&format!("\"{text}\":"), w, 0, t.heading());
                                c.wrapped(&parts.join("; "), w, 2, t.text());
                            }
                        }
                    }
                    if !said {
                        c.wrapped("Your answer adds no risk and marks nothing.", w, 0, t.muted());
                    }
                }
                None => c.wrapped("Not answered yet.", w, 0, t.muted()),
            }
        }
        Screen::Detail(d) => {
            c.wrapped(
                d.label(),
                w,
                0,
                t.heading(),
            );
            c.blank();
            c.wrapped(
                "These details name the system and who answers for it. Reports show them on the first page; an information request response uses them to say who to contact.",
                w,
                0,
                t.text(),
            );
            c.blank();
            c.wrapped(&app.q().vocabulary.owner_hint, w, 0, t.text());
        }
        Screen::Review => c.wrapped(
            "Every question that applies, with your answer. Rows marked ! are unanswered or need a note; ✎ marks an answer that has one. Enter goes to the question, and Enter there, once it is answered, brings you back here (so does r).",
            w,
            0,
            t.text(),
        ),
        Screen::Result => {
            // The safeguard under the cursor, whole: its panel beside the list is cut on all
            // but tall screens, and a wizard review could not read how to close a gap.
            if !app.result_rows().is_empty() {
                for line in super::flow::safeguard_detail(app, w).lines {
                    c.push(line);
                }
                c.blank();
            }
            let q = app.q();
            let v = &q.vocabulary;
            c.wrapped(
                &format!(
                    "The tier follows from your answers: a confirmed {} means the use must not proceed; a {} sets a floor (at least {} unless the questionnaire says otherwise for its category); otherwise the score decides. Safeguards this use calls for that are missing, only planned, not applicable without a reason, or in place with nothing to show it are gaps; those marked 'required by the policy' are non-compliance, the rest are recommendations. A status the answers contradict is 'to be confirmed'. Set each safeguard's status and give evidence a reviewer can check. In the list, › is the row under the cursor, ! marks a gap that fails the gate (the policy requires the safeguard, or one against a misuse left open must be in place), · a recommended safeguard that is open, and ? a status to confirm.",
                    v.prohibited_use,
                    v.consequential,
                    v.tier(q.tiers.consequential_floor)
                ),
                w,
                0,
                t.text(),
            );
        }
        Screen::Export | Screen::Home => c.wrapped(
            "Reports are rendered from the saved assessment: the same answers always give the same files. Tick the ones you want, change paths with Enter, and write them with w.",
            w,
            0,
            t.text(),
        ),
    }
    c.blank();
    c.wrapped(
        "↑↓ PgUp PgDn scroll; any other key closes this help.",
        w,
        0,
        t.muted(),
    );
    c
}

fn note_content(app: &App, qi: usize, area: Rect) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 76.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let prompt = app.q().questions.get(qi).map_or("", |q| q.prompt.as_str());
    let mut c = Content::default();
    c.labelled("On:", prompt, w, t.heading(), t.text());
    let required = app.note_missing(qi);
    // A note the answer needs, already written (perhaps for an earlier answer): what it must
    // say stays in view, since the box's placeholder is hidden by the text (a new-user review
    // read "Optional" over a note the answer required).
    let needed = app.note_needed(qi);
    if required {
        c.wrapped(
            "This answer needs a note before the assessment is complete.",
            w,
            0,
            t.warn(),
        );
    } else if let Some(hint) = needed {
        let text = if hint.trim().is_empty() {
            "This answer needs a note.".to_string()
        } else {
            format!("This answer needs a note that says: {}", hint.trim())
        };
        c.wrapped(&text, w, 0, t.text());
    } else {
        c.wrapped(
            "Optional: why you answered this way, for a reviewer.",
            w,
            0,
            t.muted(),
        );
    }
    let fh = area
        .height
        .saturating_sub(c.lines.len() as u16 + 6)
        .clamp(3, 10) as usize;
    field_lines(&mut c, fh);
    c.wrapped(
        "Saved as you type. Esc or Tab closes; Enter starts a new line.",
        w,
        0,
        t.muted(),
    );
    (sized(area, rect_w, c.lines.len()), c)
}

fn safeguard_content(app: &App, area: Rect) -> (Rect, Content) {
    let rect_w = 76.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let room = area.height.saturating_sub(4) as usize;
    // The statuses and the evidence box come first: on a short terminal the reasons go, then
    // "good looks like" shrinks to a line, then it goes (the result screen shows both).
    let mut c = Content::default();
    for detail in [
        Detail::Full,
        Detail::NoReasons,
        Detail::ShowOneLine,
        Detail::OneLine,
        Detail::Bare,
    ] {
        c = safeguard_lines(app, w, detail);
        if c.lines.len() <= room {
            break;
        }
    }
    (sized(area, rect_w, c.lines.len()), c)
}

/// How much of a safeguard's explanation its popup shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Detail {
    Full,
    NoReasons,
    /// The answers that would show it, and "good looks like" on one line.
    ShowOneLine,
    OneLine,
    Bare,
}

fn safeguard_lines(app: &App, w: usize, detail: Detail) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let Overlay::Safeguard { id, .. } = &app.overlay else {
        return c;
    };
    let Some(s) = app.eval().and_then(|e| e.safeguard(id)) else {
        return c;
    };
    if detail == Detail::Full {
        c.wrapped(&s.title, w, 0, t.heading());
        if s.required {
            let guard = app
                .eval()
                .and_then(|e| e.open_guards().get(s.id.as_str()).cloned());
            for r in crate::explain::required_reasons(app.q(), s, guard.as_ref()) {
                c.wrapped(&capital(&r), w, 0, t.muted());
            }
        } else {
            c.wrapped(crate::explain::not_required(app.eval()), w, 0, t.muted());
        }
    } else {
        c.push(Span::styled(truncate(&s.title, w), t.heading()));
    }
    // The result's panel sends here for what it cuts: how to show it in place, and the clause.
    if matches!(
        detail,
        Detail::Full | Detail::NoReasons | Detail::ShowOneLine
    ) {
        super::flow::answers_that_show(app, s, w, &mut c);
    }
    if detail == Detail::Full && !s.clause.is_empty() {
        c.labelled("Policy:", &s.clause, w, t.muted(), t.muted());
    }
    if s.is_contradicted() {
        let label = format!("{CONFLICT_MARK} Check:");
        if matches!(detail, Detail::Full | Detail::NoReasons) {
            c.labelled(&label, &conflict_text(app, s), w, t.warn(), t.warn());
        } else {
            c.push(Span::styled(
                truncate(&format!("{label} {}", conflict_text(app, s)), w),
                t.warn(),
            ));
        }
    }
    match detail {
        Detail::Full | Detail::NoReasons => {
            c.labelled("Good looks like:", &s.good, w, t.heading(), t.text());
            c.blank();
        }
        Detail::ShowOneLine | Detail::OneLine => c.push(Line::from(vec![
            Span::styled("Good looks like: ", t.heading()),
            Span::styled(truncate(&s.good, w.saturating_sub(17)), t.text()),
        ])),
        Detail::Bare => {}
    }
    c.push(Span::styled(
        truncate("Status (1-4 or ↑↓, saved at once):", w),
        t.heading(),
    ));
    // A status the file records is marked, or "missing" where nothing shows one: a new-user
    // trial opened a safeguard the side panel called "to be confirmed (shown by the answers)"
    // and read "(•) missing" here.
    let recorded = crate::tui::update::marked_status(app, &s.id);
    if recorded.is_none() {
        let state = crate::explain::safeguard_state_on(s, Some(&app.today));
        let shown = if s.source == crate::engine::StatusSource::Answer {
            "as the answers show it"
        } else {
            "as nothing shows it yet"
        };
        c.wrapped(
            &format!("Nothing recorded: {state}, {shown}. Pick a status to record one."),
            w,
            0,
            t.muted(),
        );
    }
    for (i, st) in SafeguardStatus::ALL.iter().enumerate() {
        let start = c.start();
        let on = Some(*st) == recorded;
        let mark = if on { "(•)" } else { "( )" };
        c.push(Span::styled(
            format!(" {} {mark} {}", i + 1, st.label()),
            if on { t.selected() } else { t.text() },
        ));
        c.end_item(start);
    }
    // A required safeguard that does not apply needs a reason; it is asked, not enforced.
    let evidence_empty = app
        .overlay
        .field()
        .is_none_or(|f| crate::engine::is_empty_why(&f.text()));
    let under_policy = s.basis == crate::questionnaire::Basis::Policy;
    if s.required && s.status == SafeguardStatus::NotApplicable && under_policy {
        c.wrapped(
            crate::explain::not_applicable_under_policy(s),
            w,
            0,
            t.warn(),
        );
    } else if s.required && s.status == SafeguardStatus::NotApplicable && evidence_empty {
        c.wrapped(NOT_APPLICABLE_WHY, w, 0, t.warn());
    } else {
        c.push(Span::styled(
            truncate("Evidence (a link or a sentence):", w),
            t.heading(),
        ));
    }
    field_lines(&mut c, 5);
    c.wrapped(
        "Tab: between status and evidence (a letter starts the evidence). Enter on the status, or Ctrl+S anywhere: done. Esc: cancel, putting back what was recorded.",
        w,
        0,
        t.muted(),
    );
    c
}

fn open_content(app: &App, area: Rect) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 76.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let mut c = Content::default();
    c.wrapped(
        "Type the path of an assessment file (~ is your home). A path with no file starts a new assessment there.",
        w,
        0,
        t.text(),
    );
    field_lines(&mut c, 3);
    match &app.message {
        Some(m) => c.wrapped(&m.text, w, 0, if m.error { t.error() } else { t.warn() }),
        None => c.wrapped("Enter opens; Esc cancels.", w, 0, t.muted()),
    }
    (sized(area, rect_w, c.lines.len()), c)
}

fn signoff_content(
    app: &App,
    decision: crate::signoff::Decision,
    signer: Option<&str>,
    area: Rect,
) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 76.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let mut c = Content::default();
    // The second step of a request for changes or a rejection: what must change.
    if let Some(who) = signer {
        let name = who.split_once(',').map_or(who, |(n, _)| n).trim();
        c.wrapped(
            &format!(
                "{}: what must change, in {name}'s words (kept in the sign-off; the CI gate and reports show it; empty says nothing):",
                crate::explain::capital(decision.label())
            ),
            w,
            0,
            t.text(),
        );
        field_lines(&mut c, 3);
        match &app.message {
            Some(m) if m.error => c.wrapped(&m.text, w, 0, t.error()),
            _ => c.wrapped("Enter signs; Esc goes back to who signs.", w, 0, t.muted()),
        }
        return (sized(area, rect_w, c.lines.len()), c);
    }
    c.wrapped(
        "Who signs off, with their role after a comma (\"Dana Reviewer, Risk officer\"):",
        w,
        0,
        t.text(),
    );
    field_lines(&mut c, 3);
    let choices: Vec<String> = crate::signoff::Decision::ALL
        .iter()
        .map(|d| {
            if *d == decision {
                format!("[{}]", d.label())
            } else {
                d.label().to_string()
            }
        })
        .collect();
    c.wrapped(
        &format!("Decision: {}", choices.join(" ")),
        w,
        0,
        t.heading(),
    );
    let q = app.q();
    c.wrapped(
        &format!(
            "The sign-off names questionnaire {} version {} and these answers; it goes stale when any of them changes. An approval needs a complete assessment with nothing contradicted.",
            q.id, q.version
        ),
        w,
        0,
        t.muted(),
    );
    // Said before Enter, as `raia sign` notes it after: an approval does not close what the
    // gate fails on (a new-user review approved an app open to under-18s with no word of it).
    if decision == crate::signoff::Decision::Approved
        && let Some(e) = app.eval()
        && let Some(warning) = crate::explain::approval_warning(e)
    {
        c.wrapped(&format!("Before you approve: {warning}."), w, 0, t.error());
    }
    match &app.message {
        Some(m) if m.error => c.wrapped(&m.text, w, 0, t.error()),
        _ => c.wrapped(
            if decision == crate::signoff::Decision::Approved {
                "Tab changes the decision; Enter signs; Esc cancels."
            } else {
                "Tab changes the decision; Enter asks what must change; Esc cancels."
            },
            w,
            0,
            t.muted(),
        ),
    }
    (sized(area, rect_w, c.lines.len()), c)
}

fn plan_content(app: &App, id: &str, area: Rect) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 76.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let mut c = Content::default();
    let title = app
        .eval()
        .and_then(|e| e.safeguard(id))
        .map_or(id, |s| s.title.as_str());
    c.wrapped(title, w, 0, t.heading());
    c.wrapped(
        "Who puts it in place, then the target date after a comma (\"Dana Smith, YYYY-MM-DD\"):",
        w,
        0,
        t.text(),
    );
    field_lines(&mut c, 3);
    match &app.message {
        Some(m) if m.error => c.wrapped(&m.text, w, 0, t.error()),
        _ => c.wrapped(
            "The reports' remediation plan names both. Enter saves; empty takes the plan away; Esc cancels.",
            w,
            0,
            t.muted(),
        ),
    }
    (sized(area, rect_w, c.lines.len()), c)
}

fn export_path_content(app: &App, row: usize, area: Rect) -> (Rect, Content) {
    let t = &app.theme;
    let rect_w = 90.min(area.width.saturating_sub(4));
    let w = rect_w.saturating_sub(2) as usize;
    let mut c = Content::default();
    let label = app
        .export
        .get(row)
        .map_or("", |r| super::screens::format_label(r.format));
    c.wrapped(&format!("Where to write: {label}"), w, 0, t.heading());
    field_lines(&mut c, 3);
    c.wrapped(
        "Enter: done. Esc: cancel, keeping the path as it was. Empty puts back the default path.",
        w,
        0,
        t.muted(),
    );
    (sized(area, rect_w, c.lines.len()), c)
}

/// Clicks while a popup is open: status rows in the safeguard popup; elsewhere a click closes
/// read-only popups.
pub fn hit_test(app: &App, area: Rect, pos: Position) -> Option<Action> {
    match &app.overlay {
        Overlay::Keys | Overlay::Help => Some(Action::Escape),
        Overlay::Safeguard { .. } => {
            let (rect, c) = safeguard_content(app, area);
            let inner = Block::bordered().inner(rect);
            if !inner.contains(pos) {
                return None;
            }
            c.row_at(inner, pos.y).map(Action::Choose)
        }
        _ => None,
    }
}
