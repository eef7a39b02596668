//! Atomic, owner-only writes, and the drafts directory.
//!
//! Every file raia writes goes through [`write_atomic`] or [`write_atomic_if`]: a temporary file
//! beside the target, fsync, rename, fsync of the directory. On the way it:
//!
//! - writes through a symbolic link to the file it names, atomically beside that file, so the link
//!   stays a link and its target gets the new contents;
//! - refuses a read-only file (no write bit, checked from the mode bits as editors do, so even
//!   root is refused) and a file the user may not write, with a message saying how to proceed;
//! - refuses anything that is not a regular file (a directory, a FIFO, a device);
//! - keeps the mode the file had, but for the write bit for every user, which it takes away (any
//!   user of the machine could change an assessment that others sign off), and, where the
//!   system allows it, its owner and group; a new file is readable by its owner only;
//! - removes its own temporary files (`.raia-XXXXXX.tmp`) that a killed run left in the same
//!   directory more than a minute ago.
//!
//! The rename gives the file a new inode: another hard link to the old file keeps the old
//! contents (docs/assessment-format.md says so).

use super::Assessment;
use crate::questionnaire::Questionnaire;
use anyhow::Context;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Prefix and suffix of raia's temporary files; the middle is six random characters.
const TMP_PREFIX: &str = ".raia-";
const TMP_SUFFIX: &str = ".tmp";
/// A temporary file of ours older than this is left over from a run that was killed.
const STALE_AFTER: Duration = Duration::from_secs(60);
/// Symbolic links followed before giving up, as the kernel does (ELOOP).
const MAX_LINKS: usize = 40;

/// What a file held when raia last read or wrote it: the content hash decides; the length and
/// the modification time are kept to describe it. A file touched without a change of content
/// counts as unchanged, and an edit that keeps the length and the (coarse) modification time
/// is still seen, because the hash differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub len: u64,
    pub modified: Option<SystemTime>,
    pub sha256: [u8; 32],
}

impl Fingerprint {
    pub fn of(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        Self {
            len: bytes.len() as u64,
            modified,
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// Whether both describe the same contents.
    pub fn same_contents(&self, other: &Fingerprint) -> bool {
        self.len == other.len && self.sha256 == other.sha256
    }
}

/// What the file must hold for [`write_atomic_if`] to replace it.
#[derive(Debug, Clone, Copy)]
pub enum Expect<'a> {
    /// Whatever is there.
    Anything,
    /// No file yet.
    Nothing,
    /// The contents last read or written.
    Same(&'a Fingerprint),
}

/// The file changed (or appeared) between reading it and replacing it; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("{}: changed on disk since it was read; nothing was written", .0.display())]
pub struct ChangedOnDisk(pub PathBuf);

/// The file a path names, following symbolic links (also a dangling one, whose target is then
/// created). Relative link targets are relative to the link's directory.
pub fn resolve_links(path: &Path) -> anyhow::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p)
                    .with_context(|| format!("{}: cannot read the link", p.display()))?;
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(p),
        }
    }
    anyhow::bail!(
        "{}: too many levels of symbolic links; point it at a file",
        path.display()
    )
}

/// Reads the file at `path` (through links) with its fingerprint; `None` when there is none.
/// Only a regular file is read (a FIFO put in its place would block), and at most
/// [`crate::textfile::MAX_BYTES`].
pub fn read_fingerprinted(path: &Path) -> anyhow::Result<Option<(Vec<u8>, Fingerprint)>> {
    let target = resolve_links(path)?;
    let not_regular = || {
        anyhow::anyhow!(
            "{}: is no longer a regular file; nothing was written",
            path.display()
        )
    };
    match std::fs::metadata(&target) {
        Ok(m) if !m.is_file() => return Err(not_regular()),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow::anyhow!("{}: cannot read: {e}", path.display())),
    }
    let f = match std::fs::File::open(&target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow::anyhow!("{}: cannot read: {e}", path.display())),
    };
    let meta = f
        .metadata()
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    f.take(crate::textfile::MAX_BYTES.saturating_add(1))
        .read_to_end(&mut bytes)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.len() as u64 > crate::textfile::MAX_BYTES {
        anyhow::bail!(
            "{}: has grown larger than {} MiB, so it is not the assessment raia read; nothing was written",
            path.display(),
            crate::textfile::MAX_BYTES / (1024 * 1024)
        );
    }
    let fp = Fingerprint::of(&bytes, meta.modified().ok());
    Ok(Some((bytes, fp)))
}

/// Writes `contents` to `path` atomically, whatever the file holds now. See the module notes
/// for links, modes, owners and refusals.
pub fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    write_atomic_if(path, contents, Expect::Anything).map(|_| ())
}

/// [`write_atomic`] for a file meant to be shared (a report): a new file gets the mode the
/// user's umask gives (0644 under the usual 022), as any program's output does, where an
/// assessment is created owner-only. An existing file keeps its mode.
pub fn write_atomic_shared(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(path, contents, Expect::Anything, true, &|_| {}).map(|_| ())
}

/// Writes `contents` to `path` atomically if the file still holds what `expect` says, and
/// returns the fingerprint of what was written. Another raia writing the same file waits for
/// this write (a lock on the file for the moment of the check and the rename), so two raia
/// processes never replace each other's contents unseen. A file that changed fails with
/// [`ChangedOnDisk`] and is left as it is.
pub fn write_atomic_if(
    path: &Path,
    contents: &[u8],
    expect: Expect<'_>,
) -> anyhow::Result<Fingerprint> {
    write_atomic_with(path, contents, expect, false, &|_| {})
}

/// `synced`: called with the target once the new contents are synced, before the last check and
/// the rename (tests change the file there, as an editor saving at that moment would).
fn write_atomic_with(
    path: &Path,
    contents: &[u8],
    expect: Expect<'_>,
    shared: bool,
    synced: &dyn Fn(&Path),
) -> anyhow::Result<Fingerprint> {
    let target = resolve_links(path)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let existing = match std::fs::metadata(&target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(anyhow::anyhow!("{}: cannot read: {e}", path.display())),
    };
    if let Some(meta) = &existing {
        check_replaceable(path, &target, meta)?;
    }
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("{}: cannot create directory", dir.display()))?;
    // Held until the rename is done: other raia writers of this file wait here.
    let _write_lock = lock_for_write(&target);
    let holds = |now: &Option<(Vec<u8>, Fingerprint)>| match (expect, now) {
        (Expect::Anything, _) | (Expect::Nothing, None) => true,
        (Expect::Same(fp), Some((_, cur))) => fp.same_contents(cur),
        _ => false,
    };
    if !holds(&read_fingerprinted(&target)?) {
        return Err(ChangedOnDisk(path.to_path_buf()).into());
    }
    // tempfile creates the file with mode 0600 on Unix; a shared new file asks for 0666, which
    // the kernel narrows by the umask.
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    if shared && existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = shared;
    let mut tmp = builder
        .tempfile_in(&dir)
        .with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    remove_stale_temp_files(&dir, tmp.path());
    tmp.write_all(contents)
        .with_context(|| format!("{}: cannot write", path.display()))?;
    if let Some(meta) = &existing {
        keep_owner_and_mode(tmp.as_file(), meta)
            .with_context(|| format!("{}: cannot copy permissions", path.display()))?;
    }
    tmp.as_file()
        .sync_all()
        .with_context(|| format!("{}: cannot sync", path.display()))?;
    synced(&target);
    // An editor takes no lock: a save it made while this one was written and synced (a slow
    // disk makes that milliseconds; a hostile review lost 42 of 100 hand edits so) is found
    // here, just before the rename, which then does not go over it. What is left is the time
    // between this read and the rename itself.
    if !matches!(expect, Expect::Anything) && !holds(&read_fingerprinted(&target)?) {
        return Err(ChangedOnDisk(path.to_path_buf()).into());
    }
    tmp.persist(&target)
        .map_err(|e| anyhow::anyhow!("{}: cannot replace file: {}", path.display(), e.error))?;
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(&dir) {
        // Makes the rename itself durable; failure here does not lose the new contents.
        let _ = d.sync_all();
    }
    let modified = std::fs::metadata(&target).and_then(|m| m.modified()).ok();
    Ok(Fingerprint::of(contents, modified))
}

/// Whether the file at `path` (through its links) may be replaced by a save: the check every
/// save makes, asked before a session opens it, so the wizard never takes edits it cannot
/// keep (a hostile review edited a read-only file and was told at the end they were lost).
/// How many other names (hard links) the file at `path` has, through symbolic links: a save
/// does not keep them (see the module's comment), so the user is told.
pub fn other_names(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).map_or(0, |m| m.nlink().saturating_sub(1))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0
    }
}

pub fn check_saveable(path: &Path) -> anyhow::Result<()> {
    let target = resolve_links(path)?;
    match std::fs::metadata(&target) {
        Ok(meta) => check_replaceable(path, &target, &meta),
        Err(_) => Ok(()),
    }
}

/// Refuses to replace what is not a regular file, a read-only file (no write bit at all, so
/// root is refused too, as editors refuse) and a file this user may not write.
fn check_replaceable(shown: &Path, target: &Path, meta: &std::fs::Metadata) -> anyhow::Result<()> {
    let via = if shown == target {
        String::new()
    } else {
        format!(" (the link leads to {})", target.display())
    };
    if !meta.is_file() {
        let kind = if meta.is_dir() {
            "a directory"
        } else {
            "not a regular file (a device, a FIFO or a socket)"
        };
        anyhow::bail!(
            "{}{via} is {kind}: raia writes only regular files; give the path of a file",
            shown.display()
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o222 == 0 {
            anyhow::bail!(
                "{}{via} is read-only (mode {mode:04o}), so raia does not replace it; make it writable (chmod u+w {}) if it should change, or write elsewhere",
                shown.display(),
                target.display()
            );
        }
    }
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(target)
        && e.kind() == std::io::ErrorKind::PermissionDenied
    {
        anyhow::bail!(
            "{}{via} is not writable by you, so raia does not replace it; ask its owner, or write elsewhere",
            shown.display()
        );
    }
    Ok(())
}

/// Gives the new file the old one's mode without write access for every user (issue 7: a
/// world-writable file was never tightened; group write, a team's choice, stays) and, where
/// allowed, its owner and group. Changing the owner needs root; keeping the group needs
/// membership of it; where neither is allowed the new file is the writer's, as after any
/// atomic save.
fn keep_owner_and_mode(tmp: &std::fs::File, old: &std::fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::os::unix::fs::fchown(tmp, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(tmp, None, Some(old.gid()));
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = old.permissions().mode() & !0o002;
        tmp.set_permissions(std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    tmp.set_permissions(old.permissions())
}

/// An exclusive lock on the file being replaced, for the moment of checking and renaming.
/// Another raia writing the same file takes the same lock and so waits; the lock goes with the
/// old inode when the rename is done. Best effort: where locks are not supported (some network
/// file systems) the write goes ahead unlocked.
fn lock_for_write(target: &Path) -> Option<std::fs::File> {
    use fs4::fs_std::FileExt;
    for _ in 0..MAX_LINKS {
        let f = std::fs::File::open(target).ok()?;
        f.lock_exclusive().ok()?;
        // The file may have been replaced while this waited: lock the one at the path now.
        if is_open_at(&f, target) {
            return Some(f);
        }
    }
    None
}

/// Whether the open file `f` is the file at `path` now (not replaced or removed since).
pub(crate) fn is_open_at(f: &std::fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (f.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (f, path);
        true
    }
}

/// Whether `name` is one of raia's temporary file names (`.raia-XXXXXX.tmp`).
fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TMP_PREFIX)
        .and_then(|r| r.strip_suffix(TMP_SUFFIX))
        .is_some_and(|mid| mid.len() == 6 && mid.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes raia's temporary files in `dir` that a killed run left behind: ours by name and
/// owner, regular files, last written more than a minute ago (a write in progress is younger).
/// `current` is the temporary file of this write.
fn remove_stale_temp_files(dir: &Path, current: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let Ok(ours) = std::fs::symlink_metadata(current) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.filter_map(Result::ok) {
        let path = e.path();
        if path == current || !e.file_name().to_str().is_some_and(is_temp_name) {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        let stale = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && stale && same_owner(&meta, &ours) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn same_owner(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.uid() == b.uid()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        true
    }
}

/// Saves an assessment at `path`, atomically, keeping the comments of the file there.
pub fn save(path: &Path, a: &Assessment, q: &Questionnaire) -> anyhow::Result<()> {
    super::file::save(path, a, q)
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

/// Where the assessment files opened by name are remembered, beside the drafts directory.
fn recent_list(drafts: &Path) -> PathBuf {
    drafts.with_file_name("recent-files")
}

/// How many named files are remembered.
const RECENT_KEPT: usize = 20;

/// Remembers `file`, an assessment opened or started by name, so that `raia resume` with no
/// name and `raia list` find it as they find drafts (a new-user review quit `raia new
/// loan.toml`, and `raia resume` said there was nothing to resume). Drafts are not listed, nor
/// a path that cannot be one line. Best effort: a list that cannot be written costs only this
/// convenience, so the error is returned for the caller to pass over.
pub fn remember_file(drafts: &Path, file: &Path) -> anyhow::Result<()> {
    let Ok(abs) = std::path::absolute(file) else {
        return Ok(());
    };
    if abs.starts_with(drafts) || std::path::absolute(drafts).is_ok_and(|d| abs.starts_with(d)) {
        return Ok(());
    }
    let Some(line) = abs.to_str().filter(|s| !s.contains(['\n', '\r'])) else {
        return Ok(());
    };
    let mut kept: Vec<String> = vec![line.to_string()];
    if let Ok(text) = std::fs::read_to_string(recent_list(drafts)) {
        kept.extend(
            text.lines()
                .filter(|l| !l.is_empty() && *l != line)
                .map(str::to_string),
        );
    }
    kept.truncate(RECENT_KEPT);
    if let Some(dir) = drafts.parent() {
        std::fs::create_dir_all(dir)?;
    }
    write_atomic(&recent_list(drafts), (kept.join("\n") + "\n").as_bytes())
}

/// The assessment files remembered by [`remember_file`] that are still there, newest first by
/// when they were last written.
pub fn recent_files(drafts: &Path) -> Vec<Draft> {
    let Ok(text) = std::fs::read_to_string(recent_list(drafts)) else {
        return Vec::new();
    };
    let mut files: Vec<Draft> = text
        .lines()
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .map(|p| Draft {
            name: p.display().to_string(),
            modified: std::fs::metadata(&p).and_then(|m| m.modified()).ok(),
            path: p,
        })
        .collect();
    files.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.name.cmp(&b.name)));
    files
}

/// A file name for a new draft from the system name: lowercase, hyphens, unique in `dir`.
pub fn draft_path(dir: &Path, system: &str) -> PathBuf {
    let base = draft_stem(system);
    let mut candidate = dir.join(format!("{base}.toml"));
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{base}-{n}.toml"));
        n += 1;
    }
    candidate
}

/// The draft name a system name gives, before a number is added to keep it unique:
/// "Support Chat" gives "support-chat".
pub fn draft_stem(system: &str) -> String {
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
    if slug.is_empty() {
        "assessment".to_string()
    } else {
        slug.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hostile review (fourth round): an editor's save that landed while raia wrote and synced
    /// its own was replaced by raia's, unseen. It is found just before the rename: nothing is
    /// written, the editor's text stays, and the temporary file is gone.
    #[test]
    fn a_save_made_elsewhere_while_this_one_syncs_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        let fp = write_atomic_if(&p, b"one", Expect::Nothing).unwrap();
        let editor = |target: &Path| std::fs::write(target, b"the editor's").unwrap();
        let err = write_atomic_with(&p, b"raia's", Expect::Same(&fp), false, &editor).unwrap_err();
        assert!(err.downcast_ref::<ChangedOnDisk>().is_some(), "{err:#}");
        assert_eq!(std::fs::read(&p).unwrap(), b"the editor's");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        // Without an expectation (a report), it is written as before.
        write_atomic_with(&p, b"report", Expect::Anything, false, &editor).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"report");
    }

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
