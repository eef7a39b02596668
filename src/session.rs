//! An assessment being filled in: the questionnaire, the answers, and where they are saved.
//! Both the wizard and plain mode go through this, so every change is written to disk
//! atomically the moment it is made.

use crate::answer::Answer;
use crate::assessment::file;
use crate::assessment::lock::{self, SessionLock};
use crate::assessment::merge::{Collision, merge};
use crate::assessment::store::{self, ChangedOnDisk, Expect, Fingerprint};
use crate::assessment::{Assessment, Detail, Position, SafeguardEntry, SafeguardStatus};
use crate::engine::{Evaluation, evaluate};
use crate::questionnaire::{Questionnaire, Tier};
use anyhow::Context;
use std::path::{Path, PathBuf};

pub struct Session {
    pub questionnaire: Questionnaire,
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
    /// The last save stopped on items changed differently here and in the file.
    collided: bool,
    /// Raised by every change this session makes to `assessment`'s answers, notes, metadata
    /// or safeguards, so what was computed from them (the wizard's evaluation) is redone only
    /// when they changed. Anything else that changes them must raise it too.
    pub revision: u64,
    /// What each change made in this session replaced, newest last, for [`Session::undo`].
    undo: Vec<Change>,
    /// What each undo replaced, newest last, for [`Session::redo`]; a new change empties it.
    redo: Vec<Change>,
    /// Whether each change is written at once (plain mode), or waits for the caller to save
    /// (the wizard, whose `update` does no I/O and returns a save effect instead).
    deferred: bool,
    /// A change waits for [`Session::save`] (only while saves are deferred).
    staged: bool,
}

/// How many changes [`Session::undo`] can take back.
pub const UNDO_DEPTH: usize = 50;

/// One change made in this session, holding what it replaced.
#[derive(Debug, Clone, PartialEq)]
enum Change {
    Answer(String, Option<Answer>),
    Note(String, Option<String>),
    Metadata(Detail, String),
    Safeguard(String, Option<SafeguardEntry>),
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
}

/// A save that stopped because the file changed on disk in a way that cannot be merged.
/// Nothing was written; the session keeps its changes.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveStopped {
    #[error("{}: changed on disk since raia read it, and {} there and here: {}. Nothing was written", .path.display(), differ(.collisions.len()), describe(.collisions))]
    Collision {
        path: PathBuf,
        collisions: Vec<Collision>,
    },
    #[error("{}: changed on disk since raia read it, and it does not read as an assessment now ({reason}). Nothing was written: fix the file (`raia validate {}` shows where), then save again", .path.display(), .path.display())]
    Unreadable { path: PathBuf, reason: String },
}

fn differ(n: usize) -> String {
    if n == 1 {
        "1 item differs".to_string()
    } else {
        format!("{n} items differ")
    }
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
        questionnaire: Questionnaire,
        path: Option<PathBuf>,
        drafts_dir: Option<PathBuf>,
    ) -> Self {
        let mut assessment = Assessment::new(&questionnaire);
        let today = today();
        assessment.metadata.created = today.clone();
        assessment.metadata.updated = today;
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
            collided: false,
            revision: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            deferred: false,
            staged: false,
        }
    }

    /// Opens an existing assessment file, taking its lock: a file open in another session is
    /// refused with [`lock::HeldElsewhere`], which says who has it.
    pub fn open(questionnaire: Questionnaire, path: &Path) -> anyhow::Result<Self> {
        not_a_report(path)?;
        let lock = lock::acquire(path)?;
        let (assessment, fingerprint) =
            crate::assessment::read_assessment_fingerprinted(path, &questionnaire)?;
        Ok(Self {
            questionnaire,
            disk: Some((assessment.clone(), fingerprint)),
            doc: None,
            assessment,
            path: Some(path.to_path_buf()),
            drafts_dir: None,
            lock,
            pending: None,
            merged: Vec::new(),
            collided: false,
            revision: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            deferred: false,
            staged: false,
        })
    }

    /// The evaluation the wizard and plain mode show after every change, without the
    /// what-ifs neither shows (reports and `raia score` evaluate with them).
    pub fn evaluate(&self) -> Evaluation {
        crate::engine::evaluate_without_what_if(&self.questionnaire, &self.assessment)
    }

    /// Why changes made in this session are not all on disk, if they are not: the last save
    /// failed or was stopped. `None` when everything is saved.
    pub fn unsaved(&self) -> Option<&str> {
        self.pending.as_deref()
    }

    /// Whether the last save stopped on items changed differently here and in the file, so
    /// that [`Session::save_keeping_mine`] is the way to write them.
    pub fn collided(&self) -> bool {
        self.collided
    }

    /// Items the saves since the last call took in from the file (changed there, not here).
    pub fn take_merged(&mut self) -> Vec<String> {
        std::mem::take(&mut self.merged)
    }

    /// Changes made from now on wait for [`Session::save`] instead of being written at once:
    /// the caller saves once per batch ([`Session::take_staged`] says whether to).
    pub fn defer_saves(&mut self) {
        self.deferred = true;
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

    /// Writes the assessment now. A draft without a path gets one from the system name; with
    /// no system name yet there is nothing worth keeping, so nothing is written.
    ///
    /// The file is never written blind: if it changed on disk since this session read or wrote
    /// it (a hand edit, `raia sign`), what changed only there is taken in and what changed only
    /// here is written; an item changed differently on both sides stops the save with
    /// [`SaveStopped`], and nothing is written.
    pub fn save(&mut self) -> anyhow::Result<Option<&Path>> {
        self.save_with(false)
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
        let result = self.write(&path, keep_mine);
        self.pending = result.as_ref().err().map(|e| format!("{e:#}"));
        self.collided = result.as_ref().err().is_some_and(|e| {
            matches!(
                e.downcast_ref::<SaveStopped>(),
                Some(SaveStopped::Collision { .. })
            )
        });
        result?;
        Ok(self.path.as_deref())
    }

    fn write(&mut self, path: &Path, keep_mine: bool) -> anyhow::Result<()> {
        if self.lock.is_none() {
            // A new file, or one whose directory did not allow a lock before.
            self.lock = lock::acquire(path)?;
        }
        self.assessment.metadata.updated = today();
        // The file may change again between reading it and replacing it; then read it again.
        for _ in 0..5 {
            let now = store::read_fingerprinted(path)?;
            let expect = match (&self.disk, &now) {
                // Not there (not yet written, or deleted since): write it.
                (_, None) => Expect::Nothing,
                (Some((_, read)), Some((_, cur))) if read.same_contents(cur) => Expect::Same(cur),
                (disk, Some((bytes, cur))) => {
                    let base = disk.as_ref().map(|(a, _)| a.clone());
                    self.take_in(path, base.as_ref(), bytes, keep_mine)?;
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
            let text = file::write(&mut doc, &self.assessment, &self.questionnaire);
            match store::write_atomic_if(path, text.as_bytes(), expect) {
                Ok(fingerprint) => {
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
    fn take_in(
        &mut self,
        path: &Path,
        base: Option<&Assessment>,
        bytes: &[u8],
        keep_mine: bool,
    ) -> anyhow::Result<()> {
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
        let m = merge(base.unwrap_or(&blank), &self.assessment, &theirs);
        if !m.collisions.is_empty() && !keep_mine {
            return Err(SaveStopped::Collision {
                path: path.to_path_buf(),
                collisions: m.collisions,
            }
            .into());
        }
        if m.assessment != self.assessment {
            // What was computed from the answers must be redone.
            self.revision += 1;
        }
        self.assessment = m.assessment;
        self.merged.extend(m.taken);
        Ok(())
    }

    /// Sets or clears (None) an answer and saves.
    pub fn set_answer(&mut self, question: &str, answer: Option<Answer>) -> anyhow::Result<()> {
        if let (Some(a), Some(q)) = (&answer, self.questionnaire.question(question)) {
            crate::assessment::check_answer(q, a).map_err(anyhow::Error::msg)?;
        }
        let before = self.assessment.answers.get(question).cloned();
        self.record(
            before != answer,
            Change::Answer(question.to_string(), before),
        );
        self.put_answer(question, answer);
        self.commit()
    }

    fn put_answer(&mut self, question: &str, answer: Option<Answer>) {
        self.revision += 1;
        match answer {
            Some(a) => {
                self.assessment.answers.insert(question.to_string(), a);
            }
            None => {
                self.assessment.answers.remove(question);
            }
        }
    }

    pub fn set_note(&mut self, question: &str, note: &str) -> anyhow::Result<()> {
        let before = self.assessment.notes.get(question).cloned();
        let after = (!note.trim().is_empty()).then(|| note.to_string());
        self.record(before != after, Change::Note(question.to_string(), before));
        self.put_note(question, after);
        self.commit()
    }

    fn put_note(&mut self, question: &str, note: Option<String>) {
        self.revision += 1;
        match note {
            Some(n) => {
                self.assessment.notes.insert(question.to_string(), n);
            }
            None => {
                self.assessment.notes.remove(question);
            }
        }
    }

    pub fn set_metadata(&mut self, detail: Detail, value: &str) -> anyhow::Result<()> {
        let before = self.assessment.metadata.detail(detail).to_string();
        self.record(before != value, Change::Metadata(detail, before));
        self.revision += 1;
        self.assessment
            .metadata
            .set(detail.key(), value.to_string());
        self.commit()
    }

    pub fn set_safeguard(
        &mut self,
        id: &str,
        status: SafeguardStatus,
        evidence: &str,
    ) -> anyhow::Result<()> {
        let after = SafeguardEntry {
            status,
            evidence: evidence.to_string(),
        };
        let before = self.assessment.safeguards.get(id).cloned();
        self.record(
            before.as_ref() != Some(&after),
            Change::Safeguard(id.to_string(), before),
        );
        self.put_safeguard(id, Some(after));
        self.commit()
    }

    fn put_safeguard(&mut self, id: &str, entry: Option<SafeguardEntry>) {
        self.revision += 1;
        match entry {
            Some(e) => {
                self.assessment.safeguards.insert(id.to_string(), e);
            }
            None => {
                self.assessment.safeguards.remove(id);
            }
        }
    }

    /// Puts a safeguard's entry back as it was (`None`: nothing recorded), saved and undoable
    /// like any change: a cancelled status dialog.
    pub fn restore_safeguard(
        &mut self,
        id: &str,
        entry: Option<SafeguardEntry>,
    ) -> anyhow::Result<()> {
        let before = self.assessment.safeguards.get(id).cloned();
        self.record(
            before != entry,
            Change::Safeguard(id.to_string(), before.clone()),
        );
        if before != entry {
            self.put_safeguard(id, entry);
        }
        self.commit()
    }

    /// Remembers what a change replaced, keeping the last [`UNDO_DEPTH`].
    fn record(&mut self, changed: bool, change: Change) {
        if !changed {
            return;
        }
        self.redo.clear();
        self.push_undo(change);
    }

    fn push_undo(&mut self, change: Change) {
        self.undo.push(change);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    /// How many changes [`Session::undo`] can still take back.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    /// Takes back the last change made in this session (an answer, note, system detail or
    /// safeguard) and saves, like any change. `None` when there is nothing left to undo. The
    /// wizard (`u`, Ctrl+_) and plain mode (`undo`) both call this.
    pub fn undo(&mut self) -> Option<(Undone, anyhow::Result<()>)> {
        let change = self.undo.pop()?;
        let (inverse, undone) = self.swap(change);
        self.redo.push(inverse);
        Some((undone, self.commit()))
    }

    /// Makes again the last change [`Session::undo`] took back, saved like any change. `None`
    /// when there is nothing to redo: nothing was undone, or a change was made since. The
    /// wizard (`U`, Ctrl+R) and plain mode (`redo`) both call this.
    pub fn redo(&mut self) -> Option<(Undone, anyhow::Result<()>)> {
        let change = self.redo.pop()?;
        let (inverse, redone) = self.swap(change);
        self.push_undo(inverse);
        Some((redone, self.commit()))
    }

    /// Puts back what `change` holds; returns the change that would put back what it replaced.
    fn swap(&mut self, change: Change) -> (Change, Undone) {
        match change {
            Change::Answer(id, before) => {
                let now = self.assessment.answers.get(&id).cloned();
                self.put_answer(&id, before);
                (Change::Answer(id.clone(), now), Undone::Answer(id))
            }
            Change::Note(id, before) => {
                let now = self.assessment.notes.get(&id).cloned();
                self.put_note(&id, before);
                (Change::Note(id.clone(), now), Undone::Note(id))
            }
            Change::Metadata(detail, before) => {
                let now = self.assessment.metadata.detail(detail).to_string();
                self.revision += 1;
                self.assessment.metadata.set(detail.key(), before);
                (Change::Metadata(detail, now), Undone::Metadata(detail))
            }
            Change::Safeguard(id, before) => {
                let now = self.assessment.safeguards.get(&id).cloned();
                self.put_safeguard(&id, before);
                (Change::Safeguard(id.clone(), now), Undone::Safeguard(id))
            }
        }
    }

    /// Records the export step's report paths and ticks, so they are kept for next time.
    pub fn set_report_choices(
        &mut self,
        choices: std::collections::BTreeMap<String, crate::assessment::ReportChoice>,
    ) -> anyhow::Result<()> {
        if self.assessment.wizard.reports != choices {
            self.assessment.wizard.reports = choices;
            self.commit()?;
        }
        Ok(())
    }

    /// Records a sign-off as `raia sign` does (same rules, same entry, naming the questionnaire
    /// version and hash), dated `date`, and writes it with the rest of the file. The file is
    /// saved first, so the hash signed is that of the answers on disk.
    pub fn sign(
        &mut self,
        name: &str,
        role: &str,
        decision: crate::signoff::Decision,
        date: &str,
    ) -> anyhow::Result<crate::assessment::SignOff> {
        if self.save()?.is_none() {
            return Err(crate::signoff::Refused(
                "type the system name first: it names the file the sign-off is written to".into(),
            )
            .into());
        }
        let e = self.evaluate();
        crate::signoff::check(&self.questionnaire, &self.assessment, &e, name, decision)?;
        // Bound to the questionnaire in use as it is signed, as `raia sign` does.
        self.assessment.questionnaire.hash = self.questionnaire.content_hash.clone();
        let entry = crate::signoff::entry(
            &self.questionnaire,
            &self.assessment,
            name,
            role,
            decision,
            date,
        );
        self.assessment.signoff.push(entry.clone());
        if let Err(err) = self.save() {
            self.assessment.signoff.pop();
            return Err(err);
        }
        Ok(entry)
    }

    /// Records where the user is, so resume returns there.
    pub fn set_position(&mut self, position: Position) -> anyhow::Result<()> {
        if self.assessment.wizard.position != position {
            self.assessment.wizard.position = position;
            self.commit()?;
        }
        Ok(())
    }
}

/// A report written by raia is not an assessment: opening one says what it is and which file
/// to open instead, rather than a TOML error.
fn not_a_report(path: &Path) -> anyhow::Result<()> {
    // Only a regular file of a sensible size is looked at: a FIFO or a device would block, and
    // the reader refuses those with the reason.
    let regular =
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= crate::textfile::MAX_BYTES);
    let Some(bytes) = regular.then(|| std::fs::read(path).ok()).flatten() else {
        return Ok(());
    };
    if !crate::report::is_raia_report(&bytes) {
        return Ok(());
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = [
        "report.md",
        "report.toml",
        "report.json",
        "report.csv",
        "info-request.md",
    ]
    .iter()
    .find_map(|ext| name.strip_suffix(&format!(".{ext}")));
    let hint = match stem {
        Some(s) => format!(
            "open the assessment it was written from, {}",
            path.with_file_name(format!("{s}.toml")).display()
        ),
        None => "open the assessment file (.toml) it was written from".to_string(),
    };
    anyhow::bail!(
        "{} is a report raia wrote, not an assessment: reports are made from an assessment and cannot be edited back; {hint}",
        path.display()
    )
}

/// One draft as `raia list` and the home screen show it.
#[derive(Debug, Clone)]
pub struct DraftSummary {
    pub path: PathBuf,
    pub name: String,
    pub system: String,
    pub answered: usize,
    pub visible: usize,
    pub updated: String,
    pub tier: Option<Tier>,
    /// Every visible required question is answered and every required note written.
    pub complete: bool,
    /// When it is due for review, if there is a date to count from.
    pub review: Option<crate::engine::Review>,
    /// Why the draft could not be read, if it could not.
    pub error: Option<String>,
}

impl DraftSummary {
    /// The tier column of `raia list` and the home screen: the tier only once the draft is
    /// complete, "incomplete" before (a tier from 4 answers of 16 would read as a verdict).
    pub fn tier_label(&self, q: &Questionnaire) -> String {
        match self.tier {
            Some(t) if self.complete => crate::explain::tier(q, t),
            Some(_) => "incomplete".to_string(),
            None => "-".to_string(),
        }
    }
}

/// Summarises every draft in `dir`, newest first. Unreadable drafts are listed with the error.
pub fn draft_summaries(q: &Questionnaire, dir: &Path) -> Vec<DraftSummary> {
    store::list_drafts(dir)
        .into_iter()
        .map(|d| match crate::assessment::read_assessment(&d.path, q) {
            Ok(a) => {
                let e = evaluate(q, &a);
                let answered = e.visible.iter().filter(|id| a.has_answer(id)).count();
                DraftSummary {
                    system: a.metadata.system.clone(),
                    answered,
                    visible: e.visible.len(),
                    updated: a.metadata.updated.clone(),
                    tier: Some(e.tier),
                    complete: e.complete,
                    review: Some(e.review.clone()),
                    error: None,
                    path: d.path,
                    name: d.name,
                }
            }
            Err(err) => DraftSummary {
                system: String::new(),
                answered: 0,
                visible: 0,
                updated: String::new(),
                tier: None,
                complete: false,
                review: None,
                error: Some(err.to_string()),
                path: d.path,
                name: d.name,
            },
        })
        .collect()
}

/// Today's UTC date as YYYY-MM-DD. `RAIA_TODAY` pins it for reproducible tests.
pub fn today() -> String {
    if let Ok(d) = std::env::var("RAIA_TODAY")
        && crate::answer::valid_date(&d)
    {
        return d;
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((secs / 86_400) as i64)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> String {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
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
