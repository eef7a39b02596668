//! An assessment being filled in: the questionnaire, the answers, and where they are saved.
//! Both the wizard and plain mode go through this, so every change is written to disk
//! atomically the moment it is made.

use crate::answer::Answer;
use crate::assessment::{Assessment, SafeguardEntry, SafeguardStatus, store};
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
    /// Raised by every change this session makes to `assessment`'s answers, notes, metadata
    /// or safeguards, so what was computed from them (the wizard's evaluation) is redone only
    /// when they changed. Anything else that changes them must raise it too.
    pub revision: u64,
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
            revision: 0,
        }
    }

    /// Opens an existing assessment file.
    pub fn open(questionnaire: Questionnaire, path: &Path) -> anyhow::Result<Self> {
        let assessment = crate::assessment::read_assessment(path, &questionnaire)?;
        Ok(Self {
            questionnaire,
            assessment,
            path: Some(path.to_path_buf()),
            drafts_dir: None,
            revision: 0,
        })
    }

    pub fn evaluate(&self) -> Evaluation {
        evaluate(&self.questionnaire, &self.assessment)
    }

    /// Writes the assessment now. A draft without a path gets one from the system name; with
    /// no system name yet there is nothing worth keeping, so nothing is written.
    pub fn save(&mut self) -> anyhow::Result<Option<&Path>> {
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
        self.assessment.metadata.updated = today();
        let Some(path) = self.path.as_deref() else {
            return Ok(None);
        };
        // Sign-offs are written by `raia sign`, possibly while this session is open: keep the
        // ones on disk rather than overwrite them with the list read at start.
        if let Some(on_disk) = signoffs_on_disk(path) {
            self.assessment.signoff = on_disk;
        }
        store::save(path, &self.assessment, &self.questionnaire)?;
        Ok(Some(path))
    }

    /// Sets or clears (None) an answer and saves.
    pub fn set_answer(&mut self, question: &str, answer: Option<Answer>) -> anyhow::Result<()> {
        self.revision += 1;
        match answer {
            Some(a) => {
                if let Some(q) = self.questionnaire.question(question) {
                    crate::assessment::check_answer(q, &a).map_err(anyhow::Error::msg)?;
                }
                self.assessment.answers.insert(question.to_string(), a);
            }
            None => {
                self.assessment.answers.remove(question);
            }
        }
        self.save().map(|_| ())
    }

    pub fn set_note(&mut self, question: &str, note: &str) -> anyhow::Result<()> {
        self.revision += 1;
        if note.trim().is_empty() {
            self.assessment.notes.remove(question);
        } else {
            self.assessment
                .notes
                .insert(question.to_string(), note.to_string());
        }
        self.save().map(|_| ())
    }

    pub fn set_metadata(&mut self, key: &str, value: &str) -> anyhow::Result<()> {
        self.revision += 1;
        self.assessment.metadata.set(key, value.to_string());
        self.save().map(|_| ())
    }

    pub fn set_safeguard(
        &mut self,
        id: &str,
        status: SafeguardStatus,
        evidence: &str,
    ) -> anyhow::Result<()> {
        self.revision += 1;
        self.assessment.safeguards.insert(
            id.to_string(),
            SafeguardEntry {
                status,
                evidence: evidence.to_string(),
            },
        );
        self.save().map(|_| ())
    }

    /// Records where the user is, so resume returns there.
    pub fn set_position(&mut self, position: &str) -> anyhow::Result<()> {
        if self.assessment.wizard.position != position {
            self.assessment.wizard.position = position.to_string();
            self.save()?;
        }
        Ok(())
    }
}

/// The sign-offs in the file at `path`, if it exists and its [[signoff]] table reads.
fn signoffs_on_disk(path: &Path) -> Option<Vec<crate::assessment::SignOff>> {
    #[derive(serde::Deserialize)]
    struct OnlySignoffs {
        #[serde(default)]
        signoff: Vec<crate::assessment::SignOff>,
    }
    let text = crate::textfile::read(path, "assessment").ok()?;
    toml::from_str::<OnlySignoffs>(&text)
        .ok()
        .map(|o| o.signoff)
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
    /// Why the draft could not be read, if it could not.
    pub error: Option<String>,
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
fn civil_from_days(z: i64) -> String {
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
