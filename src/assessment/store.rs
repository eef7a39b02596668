//! Atomic, owner-only writes, and the drafts directory.

use super::Assessment;
use crate::questionnaire::Questionnaire;
use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `contents` to `path` atomically: a temp file in the same directory, fsync, rename,
/// then fsync the directory. A new file is created readable by its owner only; an existing
/// file keeps its permissions.
pub fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("{}: cannot create directory", dir.display()))?;
    // tempfile creates the file with mode 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".raia-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    tmp.write_all(contents)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .with_context(|| format!("{}: cannot copy permissions", path.display()))?;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("{}: cannot sync", path.display()))?;
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot replace file: {}", path.display(), e.error))?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        // Makes the rename itself durable; failure here does not lose the new contents.
        let _ = d.sync_all();
    }
    Ok(())
}

/// Saves an assessment as TOML at `path`, atomically.
pub fn save(path: &Path, a: &Assessment, q: &Questionnaire) -> anyhow::Result<()> {
    write_atomic(path, a.to_toml(q).as_bytes())
}

/// A draft in the data directory.
#[derive(Debug, Clone)]
pub struct Draft {
    pub path: PathBuf,
    pub name: String,
    pub modified: Option<std::time::SystemTime>,
}

/// Lists the drafts (`*.toml` in the drafts directory), newest first.
pub fn list_drafts(dir: &Path) -> Vec<Draft> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut drafts: Vec<Draft> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        // Exported TOML reports are not drafts.
        .filter(|p| !p.to_string_lossy().ends_with(".report.toml"))
        .map(|p| Draft {
            name: p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            modified: std::fs::metadata(&p).and_then(|m| m.modified()).ok(),
            path: p,
        })
        .collect();
    drafts.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.name.cmp(&b.name)));
    drafts
}

/// A file name for a new draft from the system name: lowercase, hyphens, unique in `dir`.
pub fn draft_path(dir: &Path, system: &str) -> PathBuf {
    let mut slug: String = system
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while slug.contains("--") {
        slug = slug.replace("--", "-");
    }
    let slug = slug.trim_matches('-');
    let base = if slug.is_empty() { "assessment" } else { slug };
    let mut candidate = dir.join(format!("{base}.toml"));
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{base}-{n}.toml"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_files_are_owner_only_and_existing_modes_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        write_atomic(&p, b"one").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
            write_atomic(&p, b"two").unwrap();
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        // No temp files are left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn exported_reports_are_not_listed_as_drafts() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), "").unwrap();
        std::fs::write(dir.path().join("a.report.toml"), "").unwrap();
        std::fs::write(dir.path().join("a.md"), "").unwrap();
        let names: Vec<String> = list_drafts(dir.path())
            .into_iter()
            .map(|d| d.name)
            .collect();
        assert_eq!(names, ["a"]);
    }

    #[test]
    fn draft_names_are_slugs_and_unique() {
        let dir = tempfile::tempdir().unwrap();
        let a = draft_path(dir.path(), "CV Screener (v2)!");
        assert_eq!(a.file_name().unwrap(), "cv-screener-v2.toml");
        std::fs::write(&a, "").unwrap();
        let b = draft_path(dir.path(), "CV Screener (v2)!");
        assert_eq!(b.file_name().unwrap(), "cv-screener-v2-2.toml");
        assert_eq!(
            draft_path(dir.path(), "  ").file_name().unwrap(),
            "assessment.toml"
        );
    }
}
