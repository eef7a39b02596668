//! The export step: which reports, where, in which format.

use super::*;

/// How the export screen names a report path: the file name when it sits next to the
/// assessment, the full path otherwise.
pub(crate) fn shown_path(app: &App, p: &str) -> String {
    let dir = app.export_dir();
    let path = Path::new(p);
    match (&dir, path.parent()) {
        (Some(d), Some(parent)) if d == parent => path
            .file_name()
            .map_or_else(|| p.to_string(), |n| n.to_string_lossy().into_owned()),
        _ => p.to_string(),
    }
}

pub(crate) fn short_label(f: crate::report::Format) -> &'static str {
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
        // In full, as the message after writing names it: "." says little.
        Some(d) => c.labelled(
            "Folder:",
            &std::path::absolute(&d).unwrap_or(d).display().to_string(),
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
    // Reports written before the answers last changed no longer say what the file says.
    let revision = app.session().map_or(0, |s| s.revision);
    let stale = |r: &crate::tui::app::ExportRow| r.out_of_date(revision);
    if app.export.iter().any(stale) {
        c.wrapped(
            "Out of date (marked !): the answers changed after these reports were written; w writes them again.",
            w,
            0,
            t.warn(),
        );
    }
    // The response to AWS is the one report a team sends out: while the gate fails or no
    // sign-off approves the answers, say so before it is written (a new-user review wrote it
    // by default, unsigned, with contradictions open, and nothing here said so).
    let sending = app
        .export
        .iter()
        .any(|r| r.selected && r.format == crate::report::Format::InfoRequest);
    if let (true, Some(s), Some(e)) = (sending, app.session(), app.eval())
        && let Some(warning) =
            crate::explain::info_request_warning(&s.questionnaire, &s.assessment, e, &app.today)
    {
        c.wrapped(&warning, w, 0, t.warn());
    }
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
            _ if stale(r) => "! ",
            Some(Ok(_)) => "✓ ",
            Some(Err(_)) => "✗ ",
            None if r.on_disk == Some(true) => "✓ ",
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
            _ if stale(r) => t.warn(),
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
