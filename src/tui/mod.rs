//! The terminal wizard. STUB: the wizard work replaces this; keep the signatures.

use crate::questionnaire::Questionnaire;
use crate::report::Templates;
use std::path::PathBuf;

/// Which screen the wizard opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Home: new assessment, resume a draft, open a file.
    Home,
    /// A new assessment, saved to the file if given, else a draft in the data directory.
    New(Option<PathBuf>),
    /// An existing assessment file, at the position where it was left.
    Resume(PathBuf),
}

pub struct Options {
    pub questionnaire: Questionnaire,
    pub templates: Templates,
    pub start: Start,
    pub no_color: bool,
    pub drafts_dir: Option<PathBuf>,
}

pub fn run(_opts: Options) -> anyhow::Result<()> {
    anyhow::bail!("the terminal wizard is not built yet; use `raia new --plain`")
}
