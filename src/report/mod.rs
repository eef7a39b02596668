//! Reports: one Report model built from the evaluation, rendered as Markdown and the
//! information-request response (tera templates), TOML and JSON (serde), CSV (csv).
//!
//! STUB: the report work replaces the bodies; the signatures below are what the CLI and the
//! wizard call.

use crate::assessment::Assessment;
use crate::questionnaire::Questionnaire;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Toml,
    Json,
    Csv,
    InfoRequest,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Toml,
        Format::Json,
        Format::Csv,
        Format::InfoRequest,
    ];

    /// The name used on the command line (`--format`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Toml => "toml",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::InfoRequest => "info-request",
        }
    }

    /// File extension for a default output path.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Toml => "report.toml",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::InfoRequest => "info-request.md",
        }
    }
}

/// The Markdown templates in use: built in, or overridden from a directory.
#[derive(Debug, Clone)]
pub struct Templates {
    _private: (),
}

impl Templates {
    /// Loads templates from `dir` if given, else from `templates/` in the user's config
    /// directory where present, else the built-in ones.
    pub fn load(_dir: Option<&Path>) -> anyhow::Result<Templates> {
        Ok(Templates { _private: () })
    }
}

/// Renders one report. The same inputs always give byte-identical output.
pub fn render(
    q: &Questionnaire,
    a: &Assessment,
    format: Format,
    _templates: &Templates,
) -> anyhow::Result<String> {
    let e = crate::engine::evaluate(q, a);
    Ok(format!("{} report: tier {}\n", format.name(), e.tier))
}
