//! `config.toml` in the config directory: the user's settings, for now the wizard's colours
//! (`theme = "light"`), as huh and btop users keep theirs in a file. Command-line flags win
//! over it.

use crate::diag::{Diagnostic, SourceMap};
use crate::tui::theme::Palette;
use std::path::Path;

/// What `config.toml` may hold. Keys raia does not know are refused with the file, line and
/// column, so a typo is not silently ignored.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The wizard's palette: default, dark, light or mono.
    pub theme: Option<Palette>,
}

/// Reads `config.toml` from `dir`: the default settings when there is none.
pub fn load(dir: Option<&Path>) -> anyhow::Result<Config> {
    let Some(path) = dir.map(|d| d.join("config.toml")).filter(|p| p.exists()) else {
        return Ok(Config::default());
    };
    let text = crate::textfile::read(&path, "configuration")?;
    let name = path.display().to_string();
    toml::from_str(&text).map_err(|e| {
        let d: Diagnostic = SourceMap::new(&name, &text).from_toml(&e);
        anyhow::anyhow!("{d}")
    })
}
