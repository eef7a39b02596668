//! An assessment being filled in: the questionnaire, the answers, and where they are saved.
//! Both the wizard and plain mode go through this, so every change is written to disk
//! atomically the moment it is made.

use crate::answer::Answer;
use crate::assessment::file;
use crate::assessment::lock::{self, SessionLock};
use crate::assessment::merge::{Collision, merge};
use crate::assessment::store::{self, ChangedOnDisk, Expect, Fingerprint};
use crate::assessment::{Assessment, Detail, Position, SafeguardEntry, SafeguardStatus};
use crate::engine::Evaluation;
use crate::questionnaire::{Questionnaire, Tier};
use anyhow::Context;
use std::path::{Path, PathBuf};

pub struct Session {
    /// Shared with the wizard, which keeps it for its home screen: a clone of 10,000 questions
    /// per opened file was a tenth of the first frame (issue 7).
    pub questionnaire: std::sync::Arc<Questionnaire>,
    pub assessment: Assessment,
    /// Where the assessment is saved. `None` until a new draft has a system name.
    pub path: Option<PathBuf>,
    /// Where drafts without a chosen file go.
    pub drafts_dir: Option<PathBuf>,
    /// The assessment as last read from or written to the file, and what the file held then:
    /// the base for merging changes made to the file meanwhile. `None` before the first save
    /// of a new assessment.
    disk: Option<(Assessment, Fingerprint)>,
    /// The file's text as this session last wrote it, parsed: edited in place by the next
    /// save while the file still holds it (see `disk`).
    doc: Option<toml_edit::DocumentMut>,
    /// This session's lock on the file; taken when the file is opened or first saved.
    lock: Option<SessionLock>,
    /// Why the last save wrote nothing, while changes wait in memory.
    pending: Option<String>,
    /// Items taken in from the file by saves since the caller last asked.
    merged: Vec<String>,
    /// A save since the caller last asked found the file it had read gone (moved or deleted)
    /// and wrote it again there.
    recreated: bool,
    /// Items changed differently here and in the file, for which the file's value was kept and
    /// written: this session's values, for [`Session::save_keeping_mine`] to put back.
    held: Option<HeldBack>,
    /// Items held back by saves since the caller last asked, to say so.
    held_now: Vec<Collision>,
    /// Raised by every change this session makes to `assessment`'s answers, notes, metadata
    /// or safeguards, so what was computed from them (the wizard's evaluation) is redone only
    /// when they changed. Anything else that changes them must raise it too.
    pub revision: u64,
    /// What changed since [`Session::take_changes`] was last called, for the wizard to patch
    /// its evaluation after one answer rather than evaluate every question again (issue 7).
    changes: Changes,
    /// What each change made in this session replaced, newest last, for [`Session::undo`].
    undo: Vec<Change>,
    /// How many changes were ever put on `undo`: counts what a dialog added even once the
    /// oldest have been dropped ([`UNDO_DEPTH`]).
    undo_pushed: u64,
    /// What each undo replaced, newest last, for [`Session::redo`]; a new change empties it.
    redo: Vec<Change>,
    /// Whether each change is written at once (plain mode), or waits for the caller to save
    /// (the wizard, whose `update` does no I/O and returns a save effect instead).
    deferred: bool,
    /// A change waits for [`Session::save`] (only while saves are deferred).
    staged: bool,
}

/// This session's values of items whose file value was kept ([`Session::held_back`]).
#[derive(Debug, Clone)]
struct HeldBack {
    /// The assessment as this session had it, for those items' values.
    mine: Assessment,
    /// The file's values kept for them: an item changed here since is the user's new word.
    theirs: Assessment,
    items: Vec<Collision>,
}

/// What changed in a session's assessment since the caller last asked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Changes {
    #[default]
    Nothing,
    /// Only the answer or the note (or both) of this question.
    Question(String),
    /// Only the recorded status and evidence of this safeguard.
    Safeguard(String),
    /// Anything else, or more than one question: evaluate in full.
    Everything,
}

/// How many changes [`Session::undo`] can take back.
pub const UNDO_DEPTH: usize = 50;

/// One change made in this session, holding what it replaced.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    Answer(String, Option<Answer>),
    Note(String, Option<String>),
    Metadata(Detail, String),
    Safeguard(String, Option<SafeguardEntry>),
    Plan(String, Option<crate::assessment::SafeguardPlan>),
    /// A sign-off this session recorded, with the questionnaire hash the file named before: a
    /// sign-off made by mistake in the wizard can be taken back like any change. Only that
    /// entry is taken back; sign-offs taken in from the file meanwhile stay (a review's undo
    /// after a colleague signed was lost).
    SignOffAdded(Box<crate::assessment::SignOff>, String),
    /// A sign-off this session took back (by undo), to record again.
    SignOffRemoved(Box<crate::assessment::SignOff>, String),
}

/// What [`Session::undo`] put back, for the modes to word.
#[derive(Debug, Clone, PartialEq)]
pub enum Undone {
    /// The answer to this question (its id) is back to what it was.
    Answer(String),
    /// The note on this question (its id).
    Note(String),
    /// This system detail.
    Metadata(Detail),
    /// This safeguard's status and evidence (its id).
    Safeguard(String),
    /// This safeguard's owner and target date (its id).
    Plan(String),
    /// A sign-off: `Some` the one taken back (undo) or recorded again (redo).
    SignOff {
        removed: Option<Box<crate::assessment::SignOff>>,
        added: Option<Box<crate::assessment::SignOff>>,
    },
}

/// A save that stopped because the file changed on disk in a way that cannot be merged.
/// Nothing was written; the session keeps its changes.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveStopped {
    #[error("{}: changed on disk since raia read it, and it does not read as an assessment now ({reason}). Nothing was written: fix the file (`raia validate {}` shows where), then save again", .path.display(), .path.display())]
    Unreadable { path: PathBuf, reason: String },
}

/// Each collision with both values: "answer `x` (here "a", in the file "b"); ...".
pub fn describe(collisions: &[Collision]) -> String {
    collisions
        .iter()
        .map(|c| format!("{} (here {}, in the file {})", c.item, c.mine, c.theirs))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Session {
    /// A new assessment. With `path`, it is saved there; otherwise it becomes a draft named
    /// after the system once the system name is known.
    pub fn new(
        questionnaire: impl Into<std::sync::Arc<Questionnaire>>,
        path: Option<PathBuf>,
        drafts_dir: Option<PathBuf>,
    ) -> Self {
        let questionnaire = questionnaire.into();
        let mut assessment = Assessment::new(&questionnaire);
        let today = today();
        assessment.metadata.created = today.clone();
        assessment.metadata.updated = today;
        Self::with(questionnaire, assessment, path, drafts_dir)
    }

    /// A session on `assessment`, nothing read from disk yet, no lock, no history.
    fn with(
        questionnaire: std::sync::Arc<Questionnaire>,
        assessment: Assessment,
        path: Option<PathBuf>,
        drafts_dir: Option<PathBuf>,
    ) -> Self {
        Self {
            questionnaire,
            assessment,
            path,
            drafts_dir,
            disk: None,
            doc: None,
            lock: None,
            pending: None,
            merged: Vec::new(),
            recreated: false,
            held: None,
            held_now: Vec::new(),
            revision: 0,
            changes: Changes::Everything,
            undo: Vec::new(),
            undo_pushed: 0,
            redo: Vec::new(),
            deferred: false,
            staged: false,
        }
    }

    /// Opens an existing assessment file, taking its lock: a file open in another session is
    /// refused with [`lock::HeldElsewhere`], which says who has it.
    pub fn open(
        questionnaire: impl Into<std::sync::Arc<Questionnaire>>,
        path: &Path,
    ) -> anyhow::Result<Self> {
        let questionnaire = questionnaire.into();
        // A report raia wrote is refused by the reader with what it is and what to open.
        let (lock, (assessment, fingerprint)) = lock::acquire(path).and_then(|lock| {
            let read = crate::assessment::read_assessment_fingerprinted(path, &questionnaire)?;
            store::check_saveable(path)?;
            Ok((lock, read))
        })?;
        let mut s = Self::with(questionnaire, assessment, Some(path.to_path_buf()), None);
        s.disk = Some((s.assessment.clone(), fingerprint));
        s.lock = lock;
        Ok(s)
    }

    /// The evaluation the wizard and plain mode show after every change, without the
    /// what-ifs neither shows (reports and `raia score` evaluate with them).
    pub fn evaluate(&self) -> Evaluation {
        crate::engine::evaluate_without_what_if_on(
            &self.questionnaire,
            &self.assessment,
            Some(&today()),
        )
    }

    /// Why changes made in this session are not all on disk, if they are not: the last save
    /// failed or was stopped. `None` when everything is saved.
    pub fn unsaved(&self) -> Option<&str> {
        self.pending.as_deref()
    }

    /// Whether items changed differently here and in the file hold the file's value, so
    /// that [`Session::save_keeping_mine`] is the way to put this session's back.
    pub fn collided(&self) -> bool {
        !self.held_back().is_empty()
    }

    /// The items that hold the file's value rather than this session's, with both values; an
    /// item changed here since is the user's new word, and no longer held.
    pub fn held_back(&self) -> Vec<Collision> {
        self.held.as_ref().map_or_else(Vec::new, |h| {
            h.items
                .iter()
                .filter(|c| c.key.same(&self.assessment, &h.theirs))
                .cloned()
                .collect()
        })
    }

    /// Items saves since the last call kept the file's value for (changed differently here).
    pub fn take_held(&mut self) -> Vec<Collision> {
        std::mem::take(&mut self.held_now)
    }

    /// Items the saves since the last call took in from the file (changed there, not here).
    pub fn take_merged(&mut self) -> Vec<String> {
        std::mem::take(&mut self.merged)
    }

    /// Whether a save since the last call found the file gone and wrote it again: said to the
    /// user, as a hostile review saw a moved file silently written anew, comments and all lost.
    pub fn take_recreated(&mut self) -> bool {
        std::mem::take(&mut self.recreated)
    }

    /// Changes made from now on wait for [`Session::save`] instead of being written at once:
    /// the caller saves once per batch ([`Session::take_staged`] says whether to).
    pub fn defer_saves(&mut self) {
        self.deferred = true;
    }

    /// Raises the revision for a change to the assessment: to one question's answer or note,
    /// one safeguard's entry, or (`Changes::Everything`) anything else.
    pub(crate) fn changed(&mut self, what: Changes) {
        self.revision += 1;
        self.changes = match std::mem::take(&mut self.changes) {
            Changes::Nothing => what,
            was if was == what => was,
            _ => Changes::Everything,
        };
    }

    /// What changed since the last call; the caller then brings what it computed up to date.
    pub fn take_changes(&mut self) -> Changes {
        std::mem::take(&mut self.changes)
    }

    /// Whether a change waits to be saved since the last call; clears it.
    pub fn take_staged(&mut self) -> bool {
        std::mem::take(&mut self.staged)
    }

    /// After a change: writes it now, or marks it for the caller's save when saves are
    /// deferred.
    fn commit(&mut self) -> anyhow::Result<()> {
        if self.deferred {
            self.staged = true;
            return Ok(());
        }
        self.save().map(|_| ())
    }

    /// Binds the answers to the questionnaire text in use, as the user says they still hold
    /// (Ctrl+S in the wizard): written with the next save. Returns whether it was bound to
    /// another text, or to none, before.
    pub fn bind(&mut self) -> bool {
        let was = self.assessment.questionnaire.hash != self.questionnaire.content_hash;
        if was {
            self.assessment.questionnaire.hash = self.questionnaire.content_hash.clone();
            self.changed(Changes::Everything);
        }
        was
    }

    /// Writes the assessment now. A draft without a path gets one from the system name; with
    /// no system name yet there is nothing worth keeping, so nothing is written.
    ///
    /// The file is never written blind: if it changed on disk since this session read or wrote
    /// it (a hand edit, `raia sign`), what changed only there is taken in and what changed only
    /// here is written; an item changed differently on both sides keeps the file's value, and
    /// this session's is held ([`Session::held_back`]) for [`Session::save_keeping_mine`].
    pub fn save(&mut self) -> anyhow::Result<Option<&Path>> {
        self.save_with(false)
    }

    /// Whether anything here is not yet in the file as this session last read or wrote it: a
    /// change whose save failed, or a file never written.
    pub fn has_unsaved(&self) -> bool {
        self.pending.is_some()
            || self.path.is_none()
            || self
                .disk
                .as_ref()
                .is_none_or(|(a, _)| *a != self.assessment)
    }

    /// Like [`Session::save`], but items changed differently here and in the file take this
    /// session's value: the user has seen the collision and chosen to keep theirs.
    pub fn save_keeping_mine(&mut self) -> anyhow::Result<Option<&Path>> {
        self.save_with(true)
    }

    fn save_with(&mut self, keep_mine: bool) -> anyhow::Result<Option<&Path>> {
        if self.path.is_none() {
            let system = self.assessment.metadata.system.trim();
            if system.is_empty() {
                return Ok(None);
            }
            let dir = self.drafts_dir.clone().context(
                "no data directory for drafts: give a file name, e.g. `raia new my-system.toml`",
            )?;
            self.path = Some(store::draft_path(&dir, system));
        }
        let Some(path) = self.path.clone() else {
            return Ok(None);
        };
        // Ctrl+S: the items the user was told about get this session's values back; only they,
        // and only while the file still holds the value the user was told of.
        let confirmed = if keep_mine {
            self.put_back_held()
        } else {
            None
        };
        let result = self.write(&path, confirmed.as_ref());
        self.pending = result.as_ref().err().map(|e| format!("{e:#}"));
        result?;
        Ok(self.path.as_deref())
    }

    fn write(&mut self, path: &Path, confirmed: Option<&HeldBack>) -> anyhow::Result<()> {
        if self.lock.is_none() {
            // A new file, or one whose directory did not allow a lock before.
            self.lock = lock::acquire(path)?;
        }
        // Only what the team records moves "updated": where the wizard was, or which reports
        // are ticked, changes nothing a reviewer reads (a new-user review saw a look through the
        // answers re-date the file).
        let recorded = match &self.disk {
            Some((on_disk, _)) => !same_record(on_disk, &self.assessment),
            None => true,
        };
        if recorded {
            self.assessment.metadata.updated = today();
        }
        // The file may change again between reading it and replacing it; then read it again.
        for _ in 0..5 {
            let now = store::read_fingerprinted(path)?;
            let expect = match (&self.disk, &now) {
                // Not there (not yet written, or deleted since): write it.
                (_, None) => Expect::Nothing,
                (Some((_, read)), Some((_, cur))) if read.same_contents(cur) => Expect::Same(cur),
                (disk, Some((bytes, cur))) => {
                    let base = disk.as_ref().map(|(a, _)| a.clone());
                    self.take_in(path, base.as_ref(), bytes, confirmed)?;
                    Expect::Same(cur)
                }
            };
            // Written into the file's own text, so its comments and layout stay. The text this
            // session wrote last is kept parsed: while the file still holds it, it is not
            // parsed again.
            let unchanged = matches!(
                (&self.disk, &now),
                (Some((_, read)), Some((_, cur))) if read.same_contents(cur)
            );
            let mut doc = match (self.doc.take().filter(|_| unchanged), &now) {
                (Some(doc), _) => doc,
                (None, Some((bytes, _))) => file::edit(
                    &path.display().to_string(),
                    &file::existing_text(path, bytes)?,
                )?,
                (None, None) => file::new_document(&self.assessment, &self.questionnaire),
            };
            let original = now.as_ref().map_or(&[][..], |(bytes, _)| bytes.as_slice());
            let text = file::write(&mut doc, &self.assessment, &self.questionnaire, original);
            let gone = self.disk.is_some() && now.is_none();
            match store::write_atomic_if(path, text.as_bytes(), expect) {
                Ok(fingerprint) => {
                    self.recreated |= gone;
                    self.disk = Some((self.assessment.clone(), fingerprint));
                    self.doc = Some(doc);
                    return Ok(());
                }
                Err(e) if e.is::<ChangedOnDisk>() => continue,
                Err(e) => return Err(e),
            }
        }
        anyhow::bail!(
            "{}: keeps changing on disk while raia tries to save it; nothing was written. Save again in a moment",
            path.display()
        )
    }

    /// Merges the file's contents (`bytes`, changed since `base` was read) into this session.
    /// Returns the file's assessment.
    fn take_in(
        &mut self,
        path: &Path,
        base: Option<&Assessment>,
        bytes: &[u8],
        confirmed: Option<&HeldBack>,
    ) -> anyhow::Result<Assessment> {
        let text = String::from_utf8_lossy(bytes);
        let theirs = crate::assessment::parse_assessment(
            &path.display().to_string(),
            &text,
            &self.questionnaire,
        )
        .map_err(|d| SaveStopped::Unreadable {
            path: path.to_path_buf(),
            reason: d
                .0
                .first()
                .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.column, d.message))
                .unwrap_or_default(),
        })?;
        // A file that appeared after this session started is merged against a blank one.
        let blank = Assessment::new(&self.questionnaire);
        let m = merge(
            &self.questionnaire,
            base.unwrap_or(&blank),
            &self.assessment,
            &theirs,
        );
        let mut merged = m.assessment;
        // This session's value stands only for an item the user was told about and chose to
        // keep (Ctrl+S), and only while the file still holds the value they were told of: a
        // value the file took since was never shown, so it is held like any collision (a
        // hostile review saw Ctrl+S write over it blind).
        let (_, collisions): (Vec<Collision>, Vec<Collision>) =
            m.collisions.into_iter().partition(|c| {
                confirmed.is_some_and(|h| {
                    h.items.iter().any(|x| x.key == c.key) && c.key.same(&theirs, &h.theirs)
                })
            });
        if !collisions.is_empty() {
            // Nothing is written over blind, and nothing else waits: the file's value is kept
            // for what both sides changed, and everything else is written. This session's
            // values are held for Ctrl+S (a new-user pass lost every later answer while a
            // stopped save waited for a choice).
            let mut mine = self.assessment.clone();
            let mut kept = theirs.clone();
            let mut items = collisions.clone();
            if let Some(old) = self.held.take() {
                for c in old.items {
                    if !items.iter().any(|n| n.key == c.key) {
                        c.key.copy(&old.mine, &mut mine);
                        c.key.copy(&old.theirs, &mut kept);
                        items.push(c);
                    }
                }
            }
            for c in &collisions {
                c.key.copy(&theirs, &mut merged);
            }
            self.held = Some(HeldBack {
                mine,
                theirs: kept,
                items,
            });
            self.held_now.extend(collisions);
        }
        if merged != self.assessment {
            // What was computed from the answers must be redone.
            self.changed(Changes::Everything);
        }
        self.assessment = merged;
        self.merged.extend(m.taken);
        Ok(theirs)
    }

    /// Takes in what changed in the file since this session last read or wrote it, as a save
    /// does, without writing anything: the wizard calls it when the user pauses, so a sign-off
    /// made meanwhile (`raia sign`) shows as it is, not stale until the next save (a new-user
    /// review). What this session has not saved yet stays, merged as a save merges it, and is
    /// written by the next save. Returns whether anything was taken in. A file gone, or no
    /// longer read as an assessment (a hand edit half done), is left to the next save, which
    /// says so.
    pub fn take_in_file(&mut self) -> anyhow::Result<bool> {
        let (Some(path), Some((base, read))) = (self.path.clone(), self.disk.as_ref()) else {
            return Ok(false);
        };
        // The same size and time of change: the file as last read or written, without reading
        // it (this runs every moment the user pauses). A save still compares the contents.
        let stat = store::resolve_links(&path).and_then(|p| Ok(std::fs::metadata(p)?));
        if let Ok(m) = &stat
            && read.modified.is_some()
            && m.modified().ok() == read.modified
            && m.len() == read.len
        {
            return Ok(false);
        }
        let base = base.clone();
        let Some((bytes, now)) = store::read_fingerprinted(&path)? else {
            return Ok(false);
        };
        if read.same_contents(&now) {
            // Touched, not changed: the next look is a stat again.
            if let Some((_, fp)) = self.disk.as_mut() {
                fp.modified = now.modified;
            }
            return Ok(false);
        }
        let revision = self.revision;
        let theirs = self.take_in(&path, Some(&base), &bytes, None)?;
        // The file as read is the base of the next merge; its text, not the one this session
        // wrote last, is what the next save edits, so what the other writer wrote stays.
        self.disk = Some((theirs, now));
        self.doc = None;
        Ok(self.revision != revision || !self.merged.is_empty() || !self.held_now.is_empty())
    }

    /// Puts back this session's values of the items held back (Ctrl+S: "keep mine"), where the
    /// file's value has not been changed here since. Returns what was held, for the save to
    /// check the file against.
    fn put_back_held(&mut self) -> Option<HeldBack> {
        let h = self.held.take()?;
        for c in &h.items {
            if c.key.same(&self.assessment, &h.theirs) {
                c.key.copy(&h.mine, &mut self.assessment);
            }
        }
        self.changed(Changes::Everything);
        Some(h)
    }

    /// Records a sign-off as `raia sign` does (same rules, same entry, naming the questionnaire
    /// version and hash), dated `date`, and writes it with the rest of the file. The file is
    /// saved first, so the hash signed is that of the answers on disk.
    pub fn sign(
        &mut self,
        name: &str,
        role: &str,
        decision: crate::signoff::Decision,
        comment: &str,
        date: &str,
    ) -> anyhow::Result<crate::assessment::SignOff> {
        // What the reviewer was shown: a sign-off names these answers or none (a hostile review
        // signed a colleague's edit, taken in at this save, that the screen never showed).
        let shown = self.assessment.answers_hash(&self.questionnaire);
        if self.save()?.is_none() {
            return Err(crate::signoff::Refused(
                "type the system name first: it names the file the sign-off is written to".into(),
            )
            .into());
        }
        if self.assessment.answers_hash(&self.questionnaire) != shown {
            let what = if self.merged.is_empty() {
                String::new()
            } else {
                format!(" ({})", std::mem::take(&mut self.merged).join(", "))
            };
            return Err(crate::signoff::Refused(format!(
                "the file changed on disk since the result was shown{what}; its changes are taken in now: read the result again, then sign"
            ))
            .into());
        }
        let e = self.evaluate();
        crate::signoff::check(
            &self.questionnaire,
            &self.assessment,
            &e,
            name,
            role,
            decision,
            date,
        )?;
        crate::signoff::check_comment(comment, decision)?;
        // Bound to the questionnaire in use as it is signed, as `raia sign` does.
        let before_hash = self.assessment.questionnaire.hash.clone();
        self.assessment.questionnaire.hash = self.questionnaire.content_hash.clone();
        let mut entry = crate::signoff::entry(
            &self.questionnaire,
            &self.assessment,
            name,
            role,
            decision,
            date,
        );
        entry.comment = comment.trim().to_string();
        let before = Change::SignOffAdded(Box::new(entry.clone()), before_hash);
        self.assessment.signoff.push(entry.clone());
        if let Err(err) = self.save() {
            self.assessment.signoff.pop();
            return Err(err);
        }
        self.record(true, before);
        // The review cycle counts from the sign-off, and a rejection holds the gate.
        self.changed(Changes::Everything);
        Ok(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), "1970-01-01");
        assert_eq!(civil_from_days(19_782), "2024-02-29");
        assert_eq!(civil_from_days(20_418), "2025-11-26");
    }
}

mod changes;
mod drafts;

pub use drafts::*;

/// Whether two versions of an assessment record the same things, apart from the day it was last
/// updated and the wizard's own state (where it was, the reports ticked).
fn same_record(a: &Assessment, b: &Assessment) -> bool {
    let metadata = |x: &Assessment| crate::assessment::Metadata {
        updated: String::new(),
        ..x.metadata.clone()
    };
    metadata(a) == metadata(b)
        && a.questionnaire == b.questionnaire
        && a.answers == b.answers
        && a.notes == b.notes
        && a.safeguards == b.safeguards
        && a.evidence_dates == b.evidence_dates
        && a.plans == b.plans
        && a.signoff == b.signoff
}
