//! Home: start a new assessment, open a file, or resume a draft.

use super::{Content, footer, main_block};
use crate::tui::action::Action;
use crate::tui::app::{App, HomeItem};
use crate::tui::widgets::{elide_path, fit, path_name_width, stack, truncate, width};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};

struct HomeAreas {
    title: Rect,
    panel: Rect,
    status: Rect,
    footer: Rect,
}

fn areas(app: &App, area: Rect) -> HomeAreas {
    let status_h = super::flow::status_height(app, area);
    let [title, body, status, footer] = stack(area, true, [Some(1), None, Some(status_h), Some(1)]);
    let w = body.width.min(100);
    let panel = Rect::new(body.x + (body.width - w) / 2, body.y, w, body.height);
    // The panel is as tall as its content needs.
    let lines = content_height(app, w.saturating_sub(2) as usize) as u16 + 2;
    let panel = Rect {
        height: panel.height.min(lines.max(8)),
        ..panel
    };
    HomeAreas {
        title,
        panel,
        status,
        footer,
    }
}

fn content_height(app: &App, w: usize) -> usize {
    content(app, w).lines.len()
}

pub fn content(app: &App, w: usize) -> Content {
    let t = &app.theme;
    let q = &app.questionnaire;
    let mut c = Content::default();
    c.wrapped(
        &format!(
            "raia walks you through questions about an AI or ML use case, shows how it stands against the {} ({}), and lists the safeguards it needs. Every answer is saved the moment you give it.",
            q.policy.name, q.policy.date
        ),
        w,
        1,
        t.text(),
    );
    c.blank();
    let row_style = |i: usize| {
        if app.cursor == i {
            t.selected()
        } else {
            t.text()
        }
    };
    let marker = |i: usize| if app.cursor == i { " › " } else { "   " };
    let cols = columns(app, w);
    for (i, item) in app.home_items().into_iter().enumerate() {
        if let HomeItem::Draft(d) = item
            && d == 0
        {
            c.blank();
            c.push(Span::styled(" Drafts and files to resume", t.heading()));
            c.push(Span::styled(
                format!(
                    "   {}  {} {}{}TIER",
                    fit("SYSTEM", cols.system),
                    fit("FILE", cols.file),
                    fit("ANSWERED", 10),
                    fit("LAST EDIT", 12),
                ),
                t.muted(),
            ));
        }
        let start = c.start();
        let style = row_style(i);
        // A draft: its system name, then its file name (dimmed), which tells drafts of the same
        // system apart and is what `raia resume` takes. Columns are measured by display width,
        // so wide characters keep them straight under their headings.
        if let HomeItem::Draft(d) = item
            && let Some(s) = app.drafts.get(d).filter(|s| s.error.is_none())
        {
            let system = if s.system.is_empty() {
                "—"
            } else {
                &s.system
            };
            let rest = format!(
                " {}{}{}",
                fit(&format!("{}/{}", s.answered, s.visible), 10),
                fit(&s.updated, 12),
                s.tier_label(app.q())
            );
            let rest_w = w.saturating_sub(3 + cols.system + 2 + cols.file);
            c.push(Line::from(vec![
                Span::styled(marker(i), style),
                Span::styled(fit(system, cols.system), style),
                Span::styled("  ", style),
                // A file opened by name shows its path: the directories give way, not the name.
                Span::styled(
                    fit(&elide_path(&s.name, cols.file), cols.file),
                    style.patch(t.muted()),
                ),
                Span::styled(fit(&rest, rest_w), style),
            ]));
            c.end_item(start);
            if i == app.cursor {
                c.focus = (start, start + 1);
            }
            continue;
        }
        let text = match item {
            HomeItem::New => "Start a new assessment".to_string(),
            HomeItem::Open => "Open an assessment file (type its path)".to_string(),
            HomeItem::Draft(d) => {
                // Readable drafts are drawn above; this one could not be read.
                let Some(s) = app.drafts.get(d) else {
                    continue;
                };
                let e = s.error.as_deref().unwrap_or_default();
                // The message starts with the file's path; the name says which file.
                let first = e.lines().next().unwrap_or_default();
                let shown = s.path.display().to_string();
                let first = first.strip_prefix(shown.as_str()).unwrap_or(first);
                let first = first.trim_start_matches(':');
                // The path gets what the reason leaves, and at least half the row, so its
                // file name shows.
                let room = w.saturating_sub(4);
                let reason = format!(": cannot be read (line {first})");
                let name = elide_path(&s.name, room - width(&reason).min(room / 2));
                truncate(&format!("{name}{reason}"), room)
            }
        };
        c.push(Line::from(vec![
            Span::styled(marker(i), style),
            Span::styled(fit(&text, w.saturating_sub(4)), style),
        ]));
        c.end_item(start);
        if i == app.cursor {
            c.focus = (start, start + 1);
        }
    }
    if app.drafts.is_empty() {
        c.blank();
        let where_ = if app.drafts_dir.is_some() {
            "No drafts yet: a new assessment started without a file name becomes a draft once it has a system name; one started with a file name stays in that file (raia resume FILE)."
        } else {
            "No data directory for drafts: open or create a file by path instead."
        };
        c.wrapped(where_, w, 1, t.muted());
    }
    c.blank();
    // Which rules make the results: a questionnaire from the config directory is easy to forget.
    let q = app.q();
    c.wrapped(
        &format!("Questionnaire: {} {} ({})", q.id, q.version, q.source),
        w,
        1,
        t.muted(),
    );
    if q.layers.len() > 1 {
        c.wrapped(
            &format!("Layers: {}", crate::explain::layers(q)),
            w,
            1,
            t.muted(),
        );
    }
    c.wrapped(
        "A self-assessment aid, not legal advice. See the disclaimer in every report.",
        w,
        1,
        t.muted(),
    );
    c
}

/// Widths of the SYSTEM and FILE columns of the drafts table.
struct Columns {
    system: usize,
    file: usize,
}

/// The system and file columns share what the other columns leave: each as wide as its
/// longest entry when both fit. Else the file column gets two fifths, what the system names
/// leave, or room for the widest file name that can be whole after "…/" while the system names
/// keep a third, whichever is most: a path gives up its directories first (a new user saw
/// "…r-with-a-long-name.toml" beside a system column with room to spare). A name still too wide
/// is cut from the left, since drafts of one system differ at the end: "-2".
fn columns(app: &App, w: usize) -> Columns {
    // Marker, then " " + ANSWERED, LAST EDIT and the longest tier ("prohibited"); two cells
    // between the system and the file.
    let names = w.saturating_sub(3 + 1 + 10 + 12 + 10).max(12);
    let room = names.saturating_sub(2);
    let readable = app.drafts.iter().filter(|d| d.error.is_none());
    let system_max = readable
        .clone()
        .map(|d| {
            width(if d.system.is_empty() {
                "—"
            } else {
                &d.system
            })
        })
        .max()
        .unwrap_or(0)
        .max(width("SYSTEM"));
    let file_max = readable
        .clone()
        .map(|d| width(&d.name))
        .max()
        .unwrap_or(0)
        .max(width("FILE"));
    if system_max + file_max <= room {
        return Columns {
            system: system_max,
            file: room - system_max,
        };
    }
    // A name that cannot be whole even so is not worth cutting the system names for.
    let system_floor = (room / 3).max(12).min(system_max);
    let names_whole = readable
        .map(|d| path_name_width(&d.name))
        .filter(|&n| n <= room.saturating_sub(system_floor))
        .max()
        .unwrap_or(0);
    let share = (room * 2 / 5).max(8).min(room / 2);
    let file = file_max.min(share.max(room.saturating_sub(system_max)).max(names_whole));
    Columns {
        system: room - file,
        file,
    }
}

pub fn draw(app: &App, f: &mut Frame, area: Rect) {
    let a = areas(app, area);
    super::flow::title_bar(app, f, a.title);
    let (block, inner) = main_block(app, a.panel, "raia: Responsible AI assessment".into(), true);
    f.render_widget(block, a.panel);
    content(app, inner.width as usize).render(f, inner, None, app, false);
    super::flow::status_line(app, f, a.status);
    footer::draw(app, f, a.footer);
}

pub fn hit_test(app: &App, area: Rect, pos: Position) -> Option<Action> {
    let a = areas(app, area);
    let (_, inner) = main_block(app, a.panel, String::new(), true);
    if !inner.contains(pos) {
        return None;
    }
    content(app, inner.width as usize)
        .row_at(inner, pos.y)
        .map(Action::Activate)
}
