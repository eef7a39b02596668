//! One editing session per assessment file: an advisory lock on a lock file beside it.
//!
//! The wizard and plain mode hold the lock for as long as they have the file open, so a second
//! session on the same file is refused and told who holds it, instead of overwriting the first
//! one's answers from a stale copy. The lock is the kernel's (`flock`), so it dies with the
//! process that held it: a crash or `kill -9` never leaves the file locked, only an unlocked
//! lock file, which the next session reuses.
//!
//! The lock file is `.NAME.raia-lock` beside the file (beside the file a link leads to, so two
//! names of one file share one lock). It holds who has the file open, for the message; the
//! session removes it when it ends.

use super::store::{is_open_at, resolve_links};
use fs4::fs_std::FileExt;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The assessment file is open in another raia session.
#[derive(Debug, thiserror::Error)]
#[error(
    "{} is open in another raia session ({holder}): close it there first. Meanwhile `raia score {}` and `raia report {}` read it without changing it",
    .path.display(), .path.display(), .path.display()
)]
pub struct HeldElsewhere {
    pub path: PathBuf,
    /// Who holds it, as the lock file says: process, user, host and since when.
    pub holder: String,
}

/// The lock of one session; released (and the lock file removed) on drop.
#[derive(Debug)]
pub struct SessionLock {
    file: std::fs::File,
    lock_path: PathBuf,
}

/// The lock file for an assessment at `path`.
pub fn lock_path(path: &Path) -> anyhow::Result<PathBuf> {
    let target = resolve_links(path)?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "assessment".into());
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok(dir.join(format!(".{name}.raia-lock")))
}

/// Takes the session lock for the assessment at `path`. `Ok(None)` when no lock can be taken
/// here (the directory does not exist yet or is read-only, or the file system has no locks):
/// the session goes on, and the check before each save still keeps it from writing blind.
/// Fails with [`HeldElsewhere`] when another session holds it.
pub fn acquire(path: &Path) -> anyhow::Result<Option<SessionLock>> {
    let lock_path = lock_path(path)?;
    for _ in 0..8 {
        let Some(mut file) = open_lock_file(&lock_path) else {
            return Ok(None);
        };
        match file.try_lock_exclusive() {
            Ok(true) => {}
            Ok(false) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                let holder = if holder.is_empty() {
                    "its details are not known".to_string()
                } else {
                    // Anyone may write the lock file: keep its text to one printable line.
                    holder
                        .chars()
                        .take(200)
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect()
                };
                return Err(HeldElsewhere {
                    path: path.to_path_buf(),
                    holder,
                }
                .into());
            }
            Err(_) => return Ok(None),
        }
        // A session that was ending may have removed the lock file between our open and our
        // lock: then the lock is on a file no one else will open. Try again with a fresh one.
        if !is_open_at(&file, &lock_path) {
            continue;
        }
        let _ = file.set_len(0);
        let _ = file.rewind();
        // Not synced: other sessions read it through the page cache, and after a crash the
        // kernel's lock is gone with the process whatever the file holds. A sync here held the
        // wizard's first frame for a disk flush (issue 7).
        let _ = file.write_all(holder_text().as_bytes());
        return Ok(Some(SessionLock { file, lock_path }));
    }
    Ok(None)
}

fn open_lock_file(p: &Path) -> Option<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Readable by others sharing the directory, so they can be told who holds it.
        opts.mode(0o644);
    }
    match opts.open(p) {
        Ok(f) => Some(f),
        // Another user's lock file: a read-only descriptor can still be locked.
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => std::fs::File::open(p).ok(),
        Err(_) => None,
    }
}

/// The account this process runs as, where `$USER` is unset (cron, systemd, containers, CI;
/// a review saw "user unknown" for root): its name in /etc/passwd, else "uid N".
fn account_of_process() -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(uid) = std::fs::metadata("/proc/self").map(|m| m.uid()) {
            let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
            return name_in_passwd(&passwd, uid).unwrap_or_else(|| format!("uid {uid}"));
        }
    }
    "unknown".into()
}

/// The account name of `uid` in the text of /etc/passwd (`name:x:uid:gid:...`).
fn name_in_passwd(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut f = line.split(':');
        let name = f.next()?;
        let id: u32 = f.nth(1)?.parse().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_string())
    })
}

/// "pid 1234, user ana on build-7, since 2026-05-01 10:32 UTC".
fn holder_text() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(account_of_process);
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    let on = if host.is_empty() {
        String::new()
    } else {
        format!(" on {host}")
    };
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    format!(
        "pid {}, user {user}{on}, since {} {h:02}:{m:02} UTC\n",
        std::process::id(),
        crate::session::civil_from_days((secs / 86_400) as i64)
    )
}

impl SessionLock {
    /// Where the lock file is.
    pub fn path(&self) -> &Path {
        &self.lock_path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked, and only if it is still ours. A session starting now
        // either finds it locked (and is told), or locks it after the removal and, seeing it
        // is no longer at its path, starts again with a fresh one.
        if is_open_at(&self.file, &self.lock_path) {
            let _ = std::fs::remove_file(&self.lock_path);
        }
        let _ = FileExt::unlock(&self.file);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_named_from_the_password_file() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\n# comment\nana:x:1000:1000::/home/ana:/bin/sh\nbroken\n";
        assert_eq!(name_in_passwd(passwd, 0).as_deref(), Some("root"));
        assert_eq!(name_in_passwd(passwd, 1000).as_deref(), Some("ana"));
        assert_eq!(name_in_passwd(passwd, 7), None);
        // This process always has a name or a uid, never "unknown", on Linux.
        #[cfg(target_os = "linux")]
        assert_ne!(account_of_process(), "unknown");
    }
}
