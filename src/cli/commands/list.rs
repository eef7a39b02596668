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
    let recent = session::named_file_summaries(q, dir);
    if all.is_empty() {
        outln!(
            "No drafts in {}. Start one with `raia new`.",
            term_text::path(dir)
        );
        return recent_files(q, &recent);
    }
    outln!("Drafts in {}:", term_text::path(dir));
    // Columns are measured in terminal cells, so wide characters keep them aligned.
    let name_w = all.iter().map(|d| d.name.width()).max().unwrap_or(4).max(4);
    let sys_w = all
        .iter()
        .map(|d| d.system.width())
        .max()
        .unwrap_or(6)
        .clamp(6, 40);
    outln!(
        "{}  {}  {:>9}  {:<10}  {:<10}  REVIEW",
        pad("NAME", name_w),
        pad("SYSTEM", sys_w),
        "PROGRESS",
        "UPDATED",
        "TIER"
    );
    for d in all {
        // No review date until something is answered, as for the tier.
        let review = d.review.as_ref().filter(|_| d.answered > 0);
        let review = crate::explain::review_cell(
            review.and_then(|r| r.due.as_deref()),
            review.is_some_and(|r| r.overdue(today)),
            "-",
        );
        match d.error {
            None => outln!(
                "{}  {}  {:>9}  {:<10}  {:<10}  {review}",
                pad(&d.name, name_w),
                pad(&truncate(&d.system, sys_w), sys_w),
                format!("{}/{}", d.answered, d.visible),
                d.updated,
                d.tier_label(q)
            ),
            Some(e) => outln!(
                "{}  cannot be read: {}",
                pad(&d.name, name_w),
                e.lines().next().unwrap_or_default()
            ),
        }
    }
    recent_files(q, &recent)
}

/// The assessment files opened by name, newest first: `raia resume FILE` continues one.
fn recent_files(q: &Questionnaire, recent: &[session::DraftSummary]) -> anyhow::Result<()> {
    if recent.is_empty() {
        return Ok(());
    }
    outln!("Assessment files opened by name (continue one with `raia resume FILE`):");
    for f in recent {
        match &f.error {
            None => outln!(
                "  {}  {}/{}  {}",
                term_text::path(&f.path),
                f.answered,
                f.visible,
                f.tier_label(q)
            ),
            Some(e) => outln!(
                "  {}  cannot be read: {}",
                term_text::path(&f.path),
                term_text::line(e.lines().next().unwrap_or_default())
            ),
        }
    }
    Ok(())
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
