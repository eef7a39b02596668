//! `raia list`: the drafts in the data directory.

use super::*;

pub(crate) fn list(q: &Questionnaire, drafts: Option<&Path>, today: &str) -> anyhow::Result<()> {
    let Some(dir) = drafts else {
        outln!("No data directory is available for drafts.");
        return Ok(());
    };
    // Names and systems are escaped before they are measured, so columns stay aligned.
    let all: Vec<session::DraftSummary> = session::draft_summaries(q, dir)
        .into_iter()
        .map(|mut d| {
            d.name = term_text::line(&d.name).into_owned();
            d.system = term_text::line(&d.system).into_owned();
            d
        })
        .collect();
    // Their systems too, now that the files' table shows them.
    let recent: Vec<session::DraftSummary> = session::named_file_summaries(q, dir)
        .into_iter()
        .map(|mut d| {
            d.system = term_text::line(&d.system).into_owned();
            d
        })
        .collect();
    if all.is_empty() {
        outln!(
            "No drafts in {}. Start one with `raia new`.",
            term_text::path(dir)
        );
        return recent_files(q, &recent, today);
    }
    outln!("Drafts in {}:", term_text::path(dir));
    let rows: Vec<(String, &session::DraftSummary)> =
        all.iter().map(|d| (d.name.clone(), d)).collect();
    table(q, "NAME", &rows, today)?;
    recent_files(q, &recent, today)
}

/// The columns `raia list` gives each draft or file: a new-user trial saw the files opened by
/// name listed with no headers, no last edit and no review date, which the README promises.
fn table(
    q: &Questionnaire,
    first: &str,
    rows: &[(String, &session::DraftSummary)],
    today: &str,
) -> anyhow::Result<()> {
    // Columns are measured in terminal cells, so wide characters keep them aligned.
    let name_w = rows
        .iter()
        .map(|(n, _)| n.width())
        .max()
        .unwrap_or(4)
        .max(first.width());
    let sys_w = rows
        .iter()
        .map(|(_, d)| d.system.width())
        .max()
        .unwrap_or(6)
        .clamp(6, 40);
    outln!(
        "{}  {}  {:>9}  {:<10}  {:<10}  REVIEW",
        pad(first, name_w),
        pad("SYSTEM", sys_w),
        "PROGRESS",
        "UPDATED",
        "TIER"
    );
    for (name, d) in rows {
        // No review date until something is answered, as for the tier.
        let review = d.review.as_ref().filter(|_| d.answered > 0);
        let review = crate::explain::review_cell(
            review.and_then(|r| r.due.as_deref()),
            review.is_some_and(|r| r.overdue(today)),
            "-",
        );
        match &d.error {
            None => outln!(
                "{}  {}  {:>9}  {:<10}  {:<10}  {review}",
                pad(name, name_w),
                pad(&truncate(&d.system, sys_w), sys_w),
                format!("{}/{}", d.answered, d.visible),
                d.updated,
                d.tier_label(q)
            ),
            Some(e) => outln!(
                "{}  cannot be read: {}",
                pad(name, name_w),
                term_text::line(e.lines().next().unwrap_or_default())
            ),
        }
    }
    Ok(())
}

/// The assessment files opened by name, newest first: `raia resume FILE` continues one.
fn recent_files(
    q: &Questionnaire,
    recent: &[session::DraftSummary],
    today: &str,
) -> anyhow::Result<()> {
    if recent.is_empty() {
        return Ok(());
    }
    outln!("Assessment files opened by name (continue one with `raia resume FILE`):");
    let rows: Vec<(String, &session::DraftSummary)> = recent
        .iter()
        .map(|f| (term_text::path(&f.path), f))
        .collect();
    table(q, "FILE", &rows, today)
}

/// Pads to `w` terminal cells.
pub(crate) fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(s.width())))
}

/// Cuts to at most `w` terminal cells, with an ellipsis when cut.
pub(crate) fn truncate(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.width().unwrap_or(0) + 1 > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}
