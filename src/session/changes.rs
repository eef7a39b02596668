//! Changing the answers in a session: answers, notes, details, safeguard statuses, and undo and redo of each change.

use super::*;

impl Session {
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

    /// Confirms again an answer a migration asked about (`[wizard.reconfirm]`): kept as it is or
    /// changed, its entry goes, and the gate no longer fails on it. Returns whether there was one.
    pub fn confirm_again(&mut self, question: &str) -> anyhow::Result<bool> {
        if self.assessment.wizard.reconfirm.remove(question).is_none() {
            return Ok(false);
        }
        self.changed(Changes::Everything);
        self.commit()?;
        Ok(true)
    }

    /// Why a migration asks to confirm the answer to `question` again, if it does.
    pub fn to_reconfirm(&self, question: &str) -> Option<&str> {
        self.assessment
            .wizard
            .reconfirm
            .get(question)
            .map(String::as_str)
    }

    pub(crate) fn put_answer(&mut self, question: &str, answer: Option<Answer>) {
        self.changed(Changes::Question(question.to_string()));
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

    pub(crate) fn put_note(&mut self, question: &str, note: Option<String>) {
        self.changed(Changes::Question(question.to_string()));
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
        self.changed(Changes::Everything);
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

    pub(crate) fn put_safeguard(&mut self, id: &str, entry: Option<SafeguardEntry>) {
        self.changed(Changes::Safeguard(id.to_string()));
        match entry {
            Some(e) => {
                self.assessment.safeguards.insert(id.to_string(), e);
            }
            None => {
                self.assessment.safeguards.remove(id);
            }
        }
    }

    /// Records who is to put a safeguard in place (`owner`) and by when (`target`,
    /// YYYY-MM-DD, or empty), and saves; both empty takes the plan away. The reports turn it
    /// into the remediation plan they ask for (a new-user pass found no way to record it but by
    /// editing the file).
    pub fn set_plan(&mut self, id: &str, owner: &str, target: &str) -> anyhow::Result<()> {
        let target = target.trim();
        // The plan is kept in the safeguard's table beside its status, which must be there.
        if !self.assessment.safeguards.contains_key(id) {
            anyhow::bail!(
                "record the safeguard's status first: its owner and target date are kept beside it"
            );
        }
        if !target.is_empty() && !crate::answer::valid_date(target) {
            anyhow::bail!(
                "{}",
                crate::answer::not_a_date(target, &super::example_target_date())
            );
        }
        let after = crate::assessment::SafeguardPlan {
            owner: owner.trim().to_string(),
            target: target.to_string(),
        };
        let after = (after != crate::assessment::SafeguardPlan::default()).then_some(after);
        let before = self.assessment.plans.get(id).cloned();
        self.record(before != after, Change::Plan(id.to_string(), before));
        self.put_plan(id, after);
        self.commit()
    }

    pub(crate) fn put_plan(&mut self, id: &str, plan: Option<crate::assessment::SafeguardPlan>) {
        self.changed(Changes::Safeguard(id.to_string()));
        match plan {
            Some(p) => {
                self.assessment.plans.insert(id.to_string(), p);
            }
            None => {
                self.assessment.plans.remove(id);
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
    pub(crate) fn record(&mut self, changed: bool, change: Change) {
        if !changed {
            return;
        }
        self.redo.clear();
        self.push_undo(change);
    }

    pub(crate) fn push_undo(&mut self, change: Change) {
        self.undo_pushed += 1;
        self.undo.push(change);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
    }

    /// A mark for [`Session::squash_safeguard`]: how many changes have been recorded so far.
    pub fn undo_mark(&self) -> u64 {
        self.undo_pushed
    }

    /// Makes the changes to safeguard `id` recorded since `mark` ([`Session::undo_mark`]) one
    /// change, which takes it back to what it was before them: a status dialog is one step,
    /// however many keys it took (a wizard review's first undo left "in place, with no
    /// evidence", a state never chosen; a later one, deep in a long session, still took four).
    /// Nothing is merged past another change, nor when the first of them has been dropped.
    pub fn squash_safeguard(&mut self, id: &str, mark: u64) {
        let Ok(since) = usize::try_from(self.undo_pushed.saturating_sub(mark)) else {
            return;
        };
        if since < 2 || since > self.undo.len() {
            return;
        }
        let first = self.undo.len() - since;
        if self.undo.get(first..).is_some_and(|run| {
            run.iter()
                .all(|c| matches!(c, Change::Safeguard(x, _) if x == id))
        }) {
            self.undo.truncate(first + 1);
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
    pub(crate) fn swap(&mut self, change: Change) -> (Change, Undone) {
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
                self.changed(Changes::Everything);
                self.assessment.metadata.set(detail.key(), before);
                (Change::Metadata(detail, now), Undone::Metadata(detail))
            }
            Change::Safeguard(id, before) => {
                let now = self.assessment.safeguards.get(&id).cloned();
                self.put_safeguard(&id, before);
                (Change::Safeguard(id.clone(), now), Undone::Safeguard(id))
            }
            Change::Plan(id, before) => {
                let now = self.assessment.plans.get(&id).cloned();
                self.put_plan(&id, before);
                (Change::Plan(id.clone(), now), Undone::Plan(id))
            }
            Change::SignOffAdded(entry, hash) => {
                if let Some(at) = self.assessment.signoff.iter().rposition(|s| *s == *entry) {
                    self.assessment.signoff.remove(at);
                }
                let now_hash = std::mem::replace(&mut self.assessment.questionnaire.hash, hash);
                // The review cycle and the gate read the sign-offs.
                self.changed(Changes::Everything);
                (
                    Change::SignOffRemoved(entry.clone(), now_hash),
                    Undone::SignOff {
                        removed: Some(entry),
                        added: None,
                    },
                )
            }
            Change::SignOffRemoved(entry, hash) => {
                self.assessment.signoff.push((*entry).clone());
                let now_hash = std::mem::replace(&mut self.assessment.questionnaire.hash, hash);
                self.changed(Changes::Everything);
                (
                    Change::SignOffAdded(entry.clone(), now_hash),
                    Undone::SignOff {
                        removed: None,
                        added: Some(entry),
                    },
                )
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

    /// Records where the user is, so resume returns there.
    pub fn set_position(&mut self, position: Position) -> anyhow::Result<()> {
        if self.assessment.wizard.position != position {
            self.assessment.wizard.position = position;
            self.commit()?;
        }
        Ok(())
    }
}
