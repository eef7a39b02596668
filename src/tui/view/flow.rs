//! The frame around every step: title bar, sidebar of sections, live result panel, progress
//! bar, status line and footer.

use super::screens::CONFLICT_MARK;
use super::{Areas, Content, areas, footer, main_block, main_content};
use crate::assessment::Detail;
use crate::engine::StatusSource;
use crate::tui::action::Action;
use crate::tui::app::{App, Screen, file_name};
use crate::tui::widgets::{bar, capital, fit, truncate, width};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// Draws a flow screen; returns where each part went, for hit-testing.
/// Draws a flow screen; returns its layout and the first line its main panel shows.
pub fn draw(app: &App, f: &mut Frame, area: Rect) -> (Areas, usize) {
    let a: Areas = areas(app, area);
    title_bar(app, f, a.title);
    if a.sidebar.width > 0 {
        sidebar(app, f, a.sidebar);
    }
    let focused = app.overlay.is_none();
    let (block, inner) = main_block(app, a.main, main_title(app), focused);
    f.render_widget(block, a.main);
    let mut content = main_content(app, inner.width as usize, inner.height as usize);
    content.top = app.scroll;
    content.prev = super::Drawn::top_of(app);
    let top = content.render(
        f,
        inner,
        app.field.as_ref(),
        app,
        app.typing && app.overlay.is_none(),
    );
    if let Some(side) = a.side {
        side_panel(app, f, side, side.width >= 30 && side.height > 8);
    }
    progress(app, f, a.progress);
    status_line(app, f, a.status);
    footer::draw(app, f, a.footer);
    (a, top)
}

fn main_title(app: &App) -> String {
    match app.screen {
        Screen::Home => String::new(),
        Screen::Detail(d) => format!(
            "System details · field {} of {}",
            d.index() + 1,
            Detail::ALL.len()
        ),
        Screen::Question(qi) => {
            let section = app
                .q()
                .questions
                .get(qi)
                .and_then(|q| app.q().section(&q.section))
                .map_or("", |s| s.title.as_str());
            let visible = app.derived.visible();
            let n = visible.binary_search(&qi).map_or(0, |p| p + 1);
            format!("Question {n} of {} · {section}", visible.len())
        }
        Screen::Review => "Review your answers".into(),
        Screen::Result => "Result and safeguards".into(),
        Screen::Export => "Export reports".into(),
    }
}

pub fn title_bar(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let q = app.q();
    let total = area.width as usize;
    let mut left = vec![Span::styled(" raia ", t.heading())];
    if let Some(s) = app.session() {
        let name = if s.assessment.metadata.system.trim().is_empty() {
            "New assessment".to_string()
        } else {
            s.assessment.metadata.system.clone()
        };
        // Cut by display width with an ellipsis: the file name first (keeping its closing
        // parenthesis), then the system name.
        let name = truncate(&format!("· {name}"), total.saturating_sub(7));
        let room = total.saturating_sub(6 + width(&name));
        left.push(Span::styled(name, t.text()));
        if let Some(p) = &s.path {
            let file = file_name(p);
            if width(&file) + 3 <= room {
                left.push(Span::styled(format!(" ({file})"), t.muted()));
            } else if room >= 8 {
                let cut = truncate(&file, room - 3);
                left.push(Span::styled(format!(" ({cut})"), t.muted()));
            }
        }
    }
    let right = format!("{} ({}) ", q.policy.name, q.policy.date);
    let left_w: usize = left.iter().map(|s| width(&s.content)).sum();
    if left_w + width(&right) + 2 <= total {
        left.push(Span::raw(" ".repeat(total - left_w - width(&right))));
        left.push(Span::styled(right, t.muted()));
    }
    f.render_widget(Paragraph::new(Line::from(left)), area);
}

/// One entry of the sidebar: label, progress text, where a click goes, state.
struct Entry {
    label: String,
    count: String,
    target: Option<Screen>,
    current: bool,
    done: bool,
    empty: bool,
}

fn entries(app: &App) -> Vec<Entry> {
    let q = app.q();
    let mut v = Vec::new();
    let (filled, req) = app.metadata_progress();
    v.push(Entry {
        label: "System details".into(),
        count: format!("{filled}/{req}"),
        target: Some(Screen::Detail(Detail::System)),
        current: matches!(app.screen, Screen::Detail(_)),
        done: filled == req,
        empty: false,
    });
    let current_section = app.question().map(|x| x.section.clone());
    for s in &q.sections {
        let (answered, visible) = app.section_progress(&s.id);
        v.push(Entry {
            label: s.title.to_string(),
            count: if visible == 0 {
                "–".into()
            } else {
                format!("{answered}/{visible}")
            },
            target: app.first_visible_in(&s.id).map(Screen::Question),
            current: current_section.as_deref() == Some(s.id.as_str()),
            done: app.section_done(&s.id),
            empty: visible == 0,
        });
    }
    for (label, screen) in [
        ("Review", Screen::Review),
        ("Result", Screen::Result),
        ("Export", Screen::Export),
    ] {
        v.push(Entry {
            label: label.into(),
            count: String::new(),
            target: Some(screen),
            current: app.screen == screen,
            done: false,
            empty: false,
        });
    }
    v
}

/// The sidebar's entries in a panel `w` x `h`. Entries out of view are left blank: with
/// hundreds of sections only a screenful is laid out (issue 7).
fn sidebar_content(app: &App, w: usize, h: usize) -> (Content, Vec<Option<Screen>>) {
    let mut c = Content::default();
    let entries = entries(app);
    let mut targets = Vec::with_capacity(entries.len());
    let mut starts = Vec::with_capacity(entries.len());
    for e in &entries {
        let start = c.start();
        let (_, label_w) = entry_widths(e, w);
        // Long section titles take a second line rather than losing their end.
        let n = entry_label_count(e, label_w);
        c.lines
            .extend(std::iter::repeat_with(Line::default).take(n));
        c.end_item(start);
        if e.current {
            c.focus = (start, c.start());
        }
        starts.push(start);
        targets.push(e.target);
    }
    let top = c.scroll(h);
    for (e, &start) in entries.iter().zip(&starts) {
        if start + 2 <= top {
            continue;
        }
        if start >= top.saturating_add(h) {
            break;
        }
        for (k, line) in entry_lines(app, e, w).into_iter().enumerate() {
            if let Some(slot) = c.lines.get_mut(start + k) {
                *slot = line;
            }
        }
    }
    (c, targets)
}

/// Cells for the count and for the label of a sidebar entry in a panel `w` wide.
fn entry_widths(e: &Entry, w: usize) -> (usize, usize) {
    let count_w = width(&e.count);
    (count_w, w.saturating_sub(3 + count_w))
}

/// Whether `wrap` keeps `text` on one line of `max` cells: it has no line break, tab or other
/// control character (shown escaped, wider) and fits as it is (wrapping only drops spaces).
fn fits_one_line(text: &str, max: usize) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() || (c.is_whitespace() && c != ' '))
        && width(text) <= max.max(1)
}

/// How many lines [`entry_label_lines`] gives, without wrapping a label that cannot fit on one
/// line: every entry is measured on every frame, hundreds of them at 10,000 questions (issue 7).
fn entry_label_count(e: &Entry, label_w: usize) -> usize {
    if fits_one_line(&e.label, label_w) {
        return 1;
    }
    let first = e.label.split(' ').next().unwrap_or_default();
    let cut_first = width(first) > label_w && width(&e.label) > label_w;
    // Plain words between single spaces, too wide for one line: wrapped, they take two lines
    // or more, and the rest is cut into the second.
    let plain = !e.label.starts_with(' ')
        && !e.label.ends_with(' ')
        && !e.label.contains("  ")
        && !e
            .label
            .chars()
            .any(|c| c.is_control() || (c.is_whitespace() && c != ' '));
    if !cut_first && plain && label_w > 0 {
        return 2;
    }
    entry_label_lines(e, label_w, label_w).len()
}

/// The label of a sidebar entry wrapped to at most two lines: the first `label_w` wide, beside
/// the count; the rest cut to `rest_w`, the width under the count too (a wizard review saw the
/// second line lose letters as the count beside the first grew).
fn entry_label_lines(e: &Entry, label_w: usize, rest_w: usize) -> Vec<String> {
    // A first word wider than the first line (beside the count) is cut there with "…", not
    // broken mid-word onto the next line ("Consequentia" / "l decisions").
    let first = e.label.split(' ').next().unwrap_or_default();
    if width(first) > label_w && width(&e.label) > label_w {
        let rest = e.label.get(first.len()..).unwrap_or_default().trim();
        let mut lines = vec![truncate(first, label_w)];
        if !rest.is_empty() {
            lines.push(truncate(rest, rest_w));
        }
        return lines;
    }
    let mut lines = crate::tui::widgets::wrap(&e.label, label_w);
    if lines.len() > 2 {
        let rest = lines.get(1..).unwrap_or_default().join(" ");
        lines.truncate(1);
        lines.push(truncate(&rest, rest_w));
    }
    lines
}

fn entry_lines(app: &App, e: &Entry, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mark = if e.current {
        "›"
    } else if e.done {
        "✓"
    } else {
        " "
    };
    let (count_w, label_w) = entry_widths(e, w);
    let style = if e.current {
        t.selected()
    } else if e.empty {
        t.muted()
    } else if e.done {
        t.ok()
    } else {
        t.text()
    };
    entry_label_lines(e, label_w, label_w + 1 + count_w)
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let text = if n == 0 {
                format!("{mark} {} {}", fit(l, label_w), e.count)
            } else {
                format!("  {}", fit(l, label_w + 1 + count_w))
            };
            Line::from(Span::styled(text, style))
        })
        .collect()
}

fn sidebar(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let block = Block::bordered()
        .title(Span::styled(" Steps ", t.heading()))
        .border_style(t.border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let (c, _) = sidebar_content(app, inner.width as usize, inner.height as usize);
    c.render(f, inner, None, app, false);
}

pub fn sidebar_hit(app: &App, area: Rect, pos: Position) -> Option<Action> {
    let inner = Block::bordered().inner(area);
    let (c, targets) = sidebar_content(app, inner.width as usize, inner.height as usize);
    let row = c.row_at(inner, pos.y)?;
    targets.get(row).copied().flatten().map(Action::GoTo)
}

fn progress(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let (answered, visible) = app.progress();
    // A note an answer needs is part of answering it: "44/44" beside an incomplete assessment
    // read as done (a new-user pass).
    let notes = app.eval().map_or(0, |e| e.notes_missing.len());
    let label = match notes {
        0 => format!(" {answered}/{visible} questions answered "),
        n => format!(
            " {answered}/{visible} questions answered, {} ",
            crate::explain::plural(n, "note missing", "notes missing")
        ),
    };
    let bar_w = (area.width as usize)
        .saturating_sub(width(&label) + 11)
        .min(40);
    let line = Line::from(vec![
        Span::styled(" Progress ", t.heading()),
        Span::styled(bar(answered, visible, bar_w), t.ok()),
        Span::styled(label, t.text()),
    ]);
    f.render_widget(Paragraph::new(line), area);
}

/// Rows the status line needs in a terminal of `area`: as many as the message wraps to, up
/// to two, four where the terminal is 24 rows or more (a new-user pass saw a tier change and
/// an undo cut off at 60 and at 100 columns), or six where it is 30 or more (a third trial saw
/// a change that added questions, moved the tier and cleared the filter cut off at 100x30,
/// just where it said what to do next).
pub fn status_height(app: &App, area: Rect) -> u16 {
    let w = (area.width as usize).saturating_sub(1);
    match &app.message {
        Some(m) if crate::tui::widgets::width(&m.text) > w => {
            let most = match area.height {
                30.. => 6,
                24.. => 4,
                _ => 2,
            };
            let rows = crate::tui::widgets::wrap(&m.text, w).len().clamp(1, most);
            u16::try_from(rows).unwrap_or(1)
        }
        _ => 1,
    }
}

pub fn status_line(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let w = (area.width as usize).saturating_sub(1);
    let lines: Vec<Line> = match &app.message {
        Some(m) => {
            let style = if m.error { t.error() } else { t.ok() };
            let mut wrapped = crate::tui::widgets::wrap(&m.text, w);
            let rows = area.height.max(1) as usize;
            if wrapped.len() > rows {
                let rest = wrapped.get(rows - 1..).unwrap_or_default().join(" ");
                wrapped.truncate(rows - 1);
                wrapped.push(truncate(&rest, w));
            }
            wrapped
                .into_iter()
                .map(|l| Line::from(Span::styled(format!(" {l}"), style)))
                .collect()
        }
        None => {
            // While the file's value is kept for an item changed here too, the line says so
            // until it is settled, rather than "every answer is saved" (new-user pass: the
            // notice was gone at the next key).
            let held = app.session().map_or(0, |s| s.held_back().len());
            let text = match app.session() {
                Some(_) if held > 0 => format!(
                    "The file's value is kept for {} you changed here too; Ctrl+S puts yours back.",
                    crate::explain::plural(held, "item", "items")
                ),
                Some(s) => match &s.path {
                    Some(p) => {
                        format!("Every answer is saved as you give it, to {}.", file_name(p))
                    }
                    None => "The system name comes first: it names the draft file; nothing is saved before.".to_string(),
                },
                None => String::new(),
            };
            let style = if held > 0 { t.warn() } else { t.muted() };
            vec![Line::from(Span::styled(
                format!(" {}", truncate(&text, w)),
                style,
            ))]
        }
    };
    f.render_widget(Paragraph::new(lines), area);
}

/// The live result (tier, categories, top reasons, missing safeguards), or on the result
/// screen the safeguard under the cursor.
fn side_panel(app: &App, f: &mut Frame, area: Rect, tall: bool) {
    let t = &app.theme;
    let title = if app.screen == Screen::Result {
        " Safeguard "
    } else {
        " Result so far "
    };
    let block = Block::bordered()
        .title(Span::styled(title, t.heading()))
        .border_style(t.border());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let w = inner.width as usize;
    // Before any answer there is no result to show: "LOW 0" would read as a verdict (a
    // new-user review).
    let unanswered = app
        .session()
        .is_some_and(|s| s.assessment.answers.is_empty());
    let mut c = if app.screen == Screen::Result {
        safeguard_detail(app, w)
    } else if unanswered {
        let mut c = Content::default();
        c.wrapped(
            "No answers yet: the tier, its reasons and the safeguards needed appear here as you answer.",
            w,
            0,
            t.muted(),
        );
        c
    } else if tall {
        live_result(app, w)
    } else {
        live_result_compact(app, w)
    };
    // The safeguard panel does not scroll: where it is cut, it says where the rest is (a new-user
    // review looked for a key to scroll it past "▼ more").
    let h = inner.height as usize;
    if app.screen == Screen::Result && c.lines.len() > h && h > 1 {
        c.lines.truncate(h - 1);
        c.lines.push(Line::from(Span::styled(
            truncate("(more: i shows all of it)", w),
            t.muted(),
        )));
    }
    c.render(f, inner, None, app, false);
}

fn live_result(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let Some(e) = app.eval() else { return c };
    c.push(Line::from(vec![
        Span::styled("Tier ", t.text()),
        Span::styled(
            format!(" {} ", crate::explain::tier(app.q(), e.tier).to_uppercase()),
            t.tier(e.tier),
        ),
        Span::styled(format!("  {}", crate::explain::score_short(e)), t.muted()),
    ]));
    // Provisional until every question is answered: a wizard review read "LOW" after one
    // answer about a clinic-triage chatbot. On a line of its own, so the score is never cut.
    if !e.complete {
        c.wrapped("So far, with questions open.", w, 0, t.muted());
    }
    let confirmed: Vec<&str> = e.confirmed().map(|p| p.title.as_str()).collect();
    if !confirmed.is_empty() {
        c.blank();
        c.wrapped("Prohibited use confirmed:", w, 0, t.error());
        for p in confirmed {
            c.bullet(p, w, t.error());
        }
    }
    let unbacked = e.unbacked_prohibitions(Some(&app.today));
    // The answers themselves are in the disagreements below: a narrow panel names the use.
    let doubted: Vec<String> = e
        .doubted_prohibitions(Some(&app.today))
        .map(|p| {
            format!(
                "{}: {}",
                p.title,
                crate::explain::RULED_OUT_BY_DISAGREEING_SHORT
            )
        })
        .collect();
    if !e.hidden_prohibits.is_empty() || !unbacked.is_empty() || !doubted.is_empty() {
        c.blank();
        c.wrapped("Prohibited use to be confirmed:", w, 0, t.warn());
        for h in &e.hidden_prohibits {
            c.bullet(&crate::explain::hidden_prohibit_short(e, h), w, t.warn());
        }
        for (p, s) in unbacked {
            let why = crate::explain::clear_only_while(s, Some(&app.today));
            c.bullet(&format!("{}: {why}", p.title), w, t.warn());
        }
        for line in &doubted {
            c.bullet(line, w, t.warn());
        }
    }
    c.blank();
    if e.categories.is_empty() {
        // Not "No ..." while answers leave one in doubt (said below), nor before the question
        // that could mark one is answered.
        if crate::explain::consequential_unanswered(app.q(), e)
            .next()
            .is_some()
        {
            c.wrapped(
                &format!(
                    "{}s: not answered yet",
                    crate::explain::capital(&app.q().vocabulary.consequential)
                ),
                w,
                0,
                t.muted(),
            );
        } else if !e.consequential_in_doubt() {
            c.push(Span::styled(
                format!("No {}s", app.q().vocabulary.consequential),
                t.muted(),
            ));
        }
    } else {
        c.push(Span::styled(
            format!(
                "{}s:",
                crate::explain::capital(&app.q().vocabulary.consequential)
            ),
            t.heading(),
        ));
        for cat in &e.categories {
            c.bullet(&cat.title, w, t.text());
        }
    }
    let doubts =
        crate::explain::consequential_doubts(app.q(), e, crate::explain::DoubtWords::Short);
    if !doubts.is_empty() {
        // Wrapped: the panel is narrower than the heading, which lost "confirmed".
        c.wrapped(
            &format!(
                "{}s to be confirmed:",
                crate::explain::capital(&app.q().vocabulary.consequential)
            ),
            w,
            0,
            t.warn(),
        );
        for d in &doubts {
            c.bullet(d, w, t.warn());
        }
    }
    // Answers that contradict each other leave the result to be confirmed, whatever the lines
    // below say (a new-user review read "No consequential decisions" and "all in place" while
    // `raia score` said the answers disagree).
    if !e.contradictions.is_empty() {
        c.wrapped(
            &format!(
                "To be confirmed: {}; the Result step says which.",
                crate::explain::contradicting(&e.contradictions)
            ),
            w,
            0,
            t.warn(),
        );
    }
    for (heading, titles, open) in crate::explain::concern_groups(e) {
        // Wrapped like the rest: a narrow panel cut it with no ellipsis (new-user pass).
        let style = if open { t.warn() } else { t.text() };
        c.wrapped(&format!("{heading}:"), w, 0, style);
        for p in titles {
            c.bullet(p, w, t.text());
        }
    }
    c.blank();
    c.push(Span::styled("Why:", t.heading()));
    let reasons = tier_reasons(app);
    for r in &reasons {
        c.bullet(r, w, t.text());
    }
    // Labelled as the largest, so a reader does not expect them to add up to the score.
    let top = top_contributions(app, 4usize.saturating_sub(reasons.len()).max(2));
    if !top.is_empty() {
        c.wrapped("Largest contributions:", w, 0, t.heading());
        for r in &top {
            c.bullet(r, w, t.text());
        }
    }
    c.blank();
    c.wrapped(
        &crate::explain::open_safeguards(e, Some(&app.today)),
        w,
        0,
        if e.gaps.is_empty() { t.ok() } else { t.warn() },
    );
    if !e.notes_missing.is_empty() {
        c.push(Span::styled(
            format!("Notes missing: {}", e.notes_missing.len()),
            t.warn(),
        ));
    }
    c
}

fn live_result_compact(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let Some(e) = app.eval() else { return c };
    c.push(Line::from(vec![
        Span::styled("Tier ", t.text()),
        Span::styled(
            format!(" {} ", crate::explain::tier(app.q(), e.tier).to_uppercase()),
            t.tier(e.tier),
        ),
        Span::styled(
            truncate(
                &format!(
                    "{}  {} · {}",
                    if e.complete { "" } else { " so far" },
                    crate::explain::score_short(e),
                    crate::explain::open_safeguards_short(e)
                ),
                w.saturating_sub(7 + e.tier.name().len()),
            ),
            t.text(),
        ),
    ]));
    let cats: Vec<&str> = e.categories.iter().map(|c| c.title.as_str()).collect();
    let confirmed: Vec<&str> = e.confirmed().map(|p| p.title.as_str()).collect();
    let second = if !confirmed.is_empty() {
        format!("Prohibited: {}", confirmed.join(", "))
    } else if cats.is_empty() {
        // As the wide panel says it (a review read "No consequential decisions" here at 80x24
        // while it was in doubt, or not asked yet).
        let v = &app.q().vocabulary;
        if e.consequential_in_doubt() {
            format!(
                "{}s: to be confirmed",
                crate::explain::capital(&v.consequential)
            )
        } else if crate::explain::consequential_unanswered(app.q(), e)
            .next()
            .is_some()
        {
            format!(
                "{}s: not answered yet",
                crate::explain::capital(&v.consequential)
            )
        } else {
            format!("No {}s", v.consequential)
        }
    } else {
        let floor = e.categories.iter().map(|c| c.floor).max().unwrap_or(e.tier);
        format!(
            "{}, so at least {}: {}",
            crate::explain::capital(&app.q().vocabulary.consequential),
            crate::explain::tier(app.q(), floor),
            cats.join(", ")
        )
    };
    c.push(Span::styled(truncate(&second, w), t.text()));
    // The line above already gives the flags and the score, so the third line gives the
    // answers adding the most points, labelled so they do not read as the whole sum.
    let top = top_contributions(app, 2);
    if !top.is_empty() {
        c.push(Span::styled(
            truncate(&format!("Largest contributions: {}", top.join("; ")), w),
            t.muted(),
        ));
    }
    c
}

pub(crate) fn safeguard_detail(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let mut c = Content::default();
    let rows = app.result_rows();
    let Some(s) = rows.get(app.cursor) else {
        c.push(Span::styled(
            "No safeguards in this questionnaire.",
            t.muted(),
        ));
        return c;
    };
    c.wrapped(&s.title, w, 0, t.heading());
    let state = crate::explain::safeguard_state_on(s, Some(&app.today));
    let status = match s.source {
        // Nothing recorded: the answers show it, and another answer contradicts them (a new-user
        // pass read "recorded: missing" of a safeguard never set).
        _ if s.is_contradicted() && s.source == StatusSource::Default => {
            format!("{state} (nothing recorded)")
        }
        _ if s.is_contradicted() && s.source == StatusSource::Answer => {
            format!("{state} (shown by the answers)")
        }
        _ if s.is_contradicted() => format!("{state} (recorded: {})", s.status.label()),
        // A status of "missing" on a safeguard the use does not need would read as a gap.
        StatusSource::Default if !s.required => {
            "nothing recorded; not required for this use".to_string()
        }
        _ if !s.required => format!("{state}; not required for this use"),
        StatusSource::Answer => format!("{state} (from an answer)"),
        StatusSource::Default => format!("{state} (not set yet)"),
        StatusSource::Assessment => state,
    };
    c.labelled(
        "Status:",
        &status,
        w,
        t.text(),
        if s.is_gap() || s.is_contradicted() {
            t.warn()
        } else {
            t.text()
        },
    );
    // Against misuse left open, said as the reports say it (a new-user review read "recommended
    // practice" beside the one safeguard the gate failed on).
    // A status to be confirmed keeps the basis it had as a gap (a new-user review saw
    // "recommended practice" once it was contradicted).
    let guard = app
        .eval()
        .and_then(|e| e.open_guards().get(s.id.as_str()).cloned());
    c.wrapped(
        &crate::explain::gap_basis(
            app.q(),
            app.q().safeguard(&s.id).map_or(0, |x| x.layer),
            s.basis,
            s.obligation,
            guard.as_ref(),
        ),
        w,
        0,
        t.muted(),
    );
    // What was recorded comes before the advice: below it, a wizard review could not see its
    // own evidence at 100 by 30.
    if !s.evidence.is_empty() {
        c.labelled("Evidence:", &s.evidence, w, t.heading(), t.text());
    }
    if s.is_gap() {
        let plan = app
            .session()
            .and_then(|x| x.assessment.plans.get(s.id.as_str()));
        let recorded = app
            .session()
            .is_some_and(|x| x.assessment.safeguards.contains_key(s.id.as_str()));
        let text = match plan {
            Some(p) => {
                crate::explain::plan_words(&p.owner, &p.target, Some(&crate::session::today()))
            }
            // p asks for a status first (a new-user pass pressed p here and got nowhere).
            None if !recorded => {
                "no owner or target date: set a status first (Enter), then p records them"
                    .to_string()
            }
            None => "no owner or target date: p records them".to_string(),
        };
        c.labelled("Plan:", &text, w, t.text(), t.muted());
    }
    if s.is_contradicted() {
        c.labelled(
            &format!("{CONFLICT_MARK} Check:"),
            &conflict_text(app, s),
            w,
            t.warn(),
            t.warn(),
        );
    }
    // How to close it before why it is needed: the reasons can be long, and a wizard review
    // found this list cut below them.
    answers_that_show(app, s, w, &mut c);
    if s.required {
        for r in crate::explain::required_reasons(app.q(), s, guard.as_ref()) {
            c.wrapped(&capital(&r), w, 0, t.text());
        }
        // A contradicted status is to be confirmed, not a gap: its check above says why.
        // "Nothing shows it" is said only where no answer speaks of it: against an answer that
        // says otherwise, the check above says what (new-user pass: both were said at once).
        if s.unjustified
            && s.status == crate::assessment::SafeguardStatus::InPlace
            && !s.is_contradicted()
        {
            c.wrapped(IN_PLACE_WHY, w, 0, t.warn());
        } else if !s.ruled_out.is_empty() {
            // No reason makes it not applicable: its state above says why.
            c.wrapped(
                crate::explain::not_applicable_under_policy(s),
                w,
                0,
                t.warn(),
            );
        } else if s.unjustified && !s.is_contradicted() {
            c.wrapped(NOT_APPLICABLE_WHY, w, 0, t.warn());
        }
    } else {
        c.wrapped(crate::explain::not_required(app.eval()), w, 0, t.muted());
    }
    c.labelled("Good looks like:", &s.good, w, t.heading(), t.text());
    if !s.clause.is_empty() {
        c.labelled("Policy:", &s.clause, w, t.muted(), t.muted());
    }
    c
}

/// For a required safeguard nothing is recorded for: the answers that would show it in place,
/// or that none can. Said as a what-if: a wizard review read "An answer shows it" as its own
/// answers showing it, beside "missing".
pub fn answers_that_show(app: &App, s: &crate::engine::SafeguardResult, w: usize, c: &mut Content) {
    let t = &app.theme;
    if !(s.required && s.source == StatusSource::Default) {
        return;
    }
    let by = match app.eval() {
        Some(e) => app
            .q()
            .satisfied_by_shown(&s.id, &|id| e.visible.iter().any(|v| v == id)),
        None => app.q().satisfied_by(&s.id),
    };
    if by.is_empty() {
        // In the dialog, Enter is done: there the status and evidence are below.
        let how = if matches!(app.overlay, crate::tui::app::Overlay::Safeguard { .. }) {
            "No answer can show this one: set its status and evidence below."
        } else {
            "No answer can show this one: set its status and evidence (Enter)."
        };
        c.wrapped(how, w, 0, t.warn());
    } else if let Some(change) = crate::explain::answers_to_change(s) {
        c.labelled("To show it in place:", &change, w, t.muted(), t.text());
    } else if s.is_gap() {
        // Which answers show it, so an honest team picks the answer that says what it does
        // rather than recording a status its answers then contradict (a new-user review's
        // credit officers checked every pre-score, answered "staff check each result as part
        // of their work", and were told nothing).
        c.labelled(
            "To show it in place, answer:",
            &format!("{}.", by.join("; or ")),
            w,
            t.muted(),
            t.text(),
        );
    }
}

/// Why the answers contradict a safeguard's status, in words (`crate::explain`).
pub fn conflict_text(app: &App, s: &crate::engine::SafeguardResult) -> String {
    crate::explain::conflict(app.q(), s)
}

/// Asked of a required safeguard set to "in place" with no evidence, that no answer shows.
pub const IN_PLACE_WHY: &str = "In place, but nothing shows it: no answer, and no evidence. It stays a gap until the evidence says where a reviewer can check it.";

pub use crate::explain::NOT_APPLICABLE_WHY;

/// What sets the tier, in short sentences for the live panel (`crate::explain`).
pub fn tier_reasons(app: &App) -> Vec<String> {
    app.eval()
        .map(|e| crate::explain::tier_reasons_short(app.q(), e))
        .unwrap_or_default()
}

/// The `n` answers adding the most risk points, largest first ("+3 Factor: answer"). Only the
/// largest: they need not add up to the score, which also counts the rest and subtracts
/// safeguards in place.
pub fn top_contributions(app: &App, n: usize) -> Vec<String> {
    let Some(e) = app.eval() else {
        return Vec::new();
    };
    let q = app.q();
    // The first n of a stable sort by points, largest first, without sorting them all.
    let mut top: Vec<&crate::engine::Contribution> = Vec::with_capacity(n + 1);
    for c in &e.score.contributions {
        let at = top.partition_point(|x| x.points >= c.points);
        if at < n {
            top.insert(at, c);
            top.truncate(n);
        }
    }
    top.into_iter()
        .map(|c| {
            let factor = q
                .factor(&c.factor)
                .map_or(c.factor.as_str(), |f| f.title.as_str());
            format!("+{} {factor}: {}", c.points, c.answer)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The count the sidebar lays out by is the number of lines it draws.
        #[test]
        fn an_entry_takes_the_lines_its_label_wraps_to(
            label in "[a-zé漢 \\t\\n\u{1}-]{0,40}",
            label_w in 0usize..30,
        ) {
            let e = Entry {
                label,
                count: "3/4".into(),
                target: None,
                current: false,
                done: false,
                empty: false,
            };
            proptest::prop_assert_eq!(
                entry_label_count(&e, label_w),
                entry_label_lines(&e, label_w, label_w + 4).len()
            );
        }
    }

    /// At two-digit counts a new user's sidebar read "Consequentia" / "l decisions…".
    #[test]
    fn a_long_first_word_is_cut_with_an_ellipsis_not_broken() {
        let e = Entry {
            label: "Consequential decisions and rights".into(),
            count: "11/11".into(),
            target: None,
            current: false,
            done: true,
            empty: false,
        };
        let (_, label_w) = entry_widths(&e, 20);
        let lines = entry_label_lines(&e, label_w, label_w);
        assert_eq!(lines.first().map(String::as_str), Some("Consequenti…"));
        assert!(
            lines.get(1).is_some_and(|l| l.starts_with("decisions")),
            "{lines:?}"
        );
        // A first word that fits wraps as before.
        let e = Entry {
            label: "Testing and monitoring".into(),
            ..e
        };
        assert_eq!(
            entry_label_lines(&e, label_w, label_w)
                .first()
                .map(String::as_str),
            Some("Testing and")
        );
        // The second line takes the width under the count as well: it reads the same beside
        // "4/4" as beside "10/10" (a wizard review saw "likeness, p…" against "likeness, pri…").
        let second = |count: &str| {
            let e = Entry {
                label: "People: likeness, privacy, children and harm".into(),
                count: count.into(),
                target: None,
                current: false,
                done: true,
                empty: false,
            };
            let (count_w, label_w) = entry_widths(&e, 20);
            entry_label_lines(&e, label_w, label_w + 1 + count_w)
                .get(1)
                .cloned()
                .unwrap_or_default()
        };
        assert_eq!(second("10/10"), second("4/4"));
        assert_eq!(second("10/10"), "likeness, privacy…");
    }
}
