//! Where raia keeps its files: the user's config directory (questionnaire and template
//! overrides) and data directory (drafts). `RAIA_CONFIG_DIR` and `RAIA_DATA_DIR` override both,
//! which keeps tests and CI away from the real home directory.

use std::path::PathBuf;

/// An override from the environment; an empty one counts as unset, as the XDG variables do (a
/// review's session started with `RAIA_DATA_DIR=` and wrote its drafts into the git checkout).
fn from_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "raia")
}

pub fn config_dir() -> Option<PathBuf> {
    if let Some(d) = from_env("RAIA_CONFIG_DIR") {
        return Some(d);
    }
    project_dirs().map(|p| p.config_dir().to_path_buf())
}

pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = from_env("RAIA_DATA_DIR") {
        return Some(d);
    }
    project_dirs().map(|p| p.data_dir().to_path_buf())
}

/// Drafts started without a file name live here.
pub fn drafts_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("drafts"))
}

/// The nearest `.raia/` folder at or above `start`, no higher than its git repository's root.
pub fn project_dir(start: &std::path::Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        let candidate = dir.join(".raia");
        if candidate.is_dir() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// The project's own questionnaire or overlay: `.raia/questionnaire.toml` in `start` or the
/// nearest directory above it, looking no higher than the root of the git repository `start`
/// is in (the directory holding `.git`).
pub fn project_questionnaire(start: &std::path::Path) -> Option<PathBuf> {
    for dir in start.ancestors() {
        let candidate = dir.join(".raia").join("questionnaire.toml");
        if candidate.exists() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}
