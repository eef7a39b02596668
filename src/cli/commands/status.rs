//! `raia status`: the portfolio table.

use super::*;

/// `raia status`: the portfolio table, and the worst outcome as the exit status.
pub(crate) fn status(
    q: &Questionnaire,
    paths: &[PathBuf],
    format: Option<StatusFormat>,
    rules: crate::portfolio::GateRules,
    today: &str,
) -> anyhow::Result<ExitCode> {
    use crate::portfolio;
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let (files, hidden) = portfolio::find_files_noting_hidden(&paths);
    if !hidden.is_empty() {
        let shown: Vec<String> = hidden.iter().take(5).map(|p| term_text::path(p)).collect();
        errln!(
            "note: {} under hidden, target or linked folders passed over: {}{}; name such a folder to include it",
            crate::explain::plural(hidden.len(), "assessment", "assessments"),
            shown.join(", "),
            if hidden.len() > shown.len() {
                ", ..."
            } else {
                ""
            }
        );
    }
    if files.is_empty() {
        return Err(UsageError(format!(
            "no assessment files under {}: name folders or files that hold assessments",
            paths
                .iter()
                .map(|p| term_text::path(p))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    }
    let entries = portfolio::assess_all(q, &files, rules, today);
    let rows: Vec<portfolio::Row> = entries.iter().map(|e| portfolio::Row::of(q, e)).collect();
    // Escaped Markdown reads badly on a screen (a new-user trial saw "\\`scale\\`" in it): a
    // terminal gets text unless a format is asked for, a file or a pipe the table.
    let format = format.unwrap_or(if std::io::stdout().is_terminal() {
        StatusFormat::Text
    } else {
        StatusFormat::Md
    });
    match format {
        StatusFormat::Text => {
            // The terminal's width; into a file or a pipe, 100 columns.
            let width = if std::io::stdout().is_terminal() {
                crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w))
            } else {
                100
            };
            data(&portfolio::text(&rows, width))?
        }
        StatusFormat::Md => data(&portfolio::markdown(&rows))?,
        StatusFormat::Csv => data(&portfolio::csv(&rows)?)?,
        StatusFormat::Json => data(&portfolio::json(&rows))?,
        StatusFormat::Sarif => data(&portfolio::sarif(q, &entries))?,
    }
    if !matches!(format, StatusFormat::Md | StatusFormat::Text) {
        errln!("{}", portfolio::summary(&rows));
    }
    Ok(match portfolio::outcome(&entries) {
        portfolio::Outcome::Pass => ExitCode::SUCCESS,
        portfolio::Outcome::Findings => ExitCode::from(EXIT_FINDINGS),
        portfolio::Outcome::Error => ExitCode::from(EXIT_ERROR),
    })
}
