//! The drafts in the data directory, summarised for the home screen, `raia list` and plain mode's home.

use super::*;

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
    summaries(q, store::list_drafts(dir))
}

/// The drafts in `dir`, newest first, then the assessment files raia opened or started by
/// name ([`store::recent_files`]): the home screen offers both (a new-user review's
/// `raia new hr.toml` was not on it).
pub fn resumable_summaries(q: &Questionnaire, dir: &Path) -> Vec<DraftSummary> {
    let mut all = draft_summaries(q, dir);
    all.extend(named_file_summaries(q, dir));
    all
}

/// The assessment files raia opened or started by name, newest first.
pub fn named_file_summaries(q: &Questionnaire, dir: &Path) -> Vec<DraftSummary> {
    summaries(q, store::recent_files(dir))
}

fn summaries(q: &Questionnaire, found: Vec<store::Draft>) -> Vec<DraftSummary> {
    found
        .into_iter()
        .map(|d| match crate::assessment::read_assessment(&d.path, q) {
            Ok(a) => {
                // Judged today, as the home screen and `raia list` show it; no what-ifs, which
                // a summary never shows.
                let e = crate::engine::evaluate_without_what_if_on(q, &a, Some(&today()));
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

/// The day `--today` names, for the whole run: set once by the command line.
static TODAY: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Makes `day` (a valid YYYY-MM-DD) today for the rest of the run: `--today` then dates what the
/// wizard and plain mode record and judge, as it does for `raia sign` (a new-user review found a
/// wizard sign-off dated by the clock beside a `raia sign` dated by `--today` in one file).
pub fn set_today(day: &str) {
    if crate::answer::valid_date(day) {
        let _ = TODAY.set(day.to_string());
    }
}

/// Today's UTC date as YYYY-MM-DD: `--today` when given ([`set_today`]), else `RAIA_TODAY`
/// (which pins it for reproducible tests), else the clock.
pub fn today() -> String {
    if let Some(d) = TODAY.get() {
        return d.clone();
    }
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

/// A target date to show as an example beside a field for one: three months from [`today`],
/// so the example is never a day already past (a new-user review saw "e.g. 2026-03-31" in
/// December 2026).
pub fn example_target_date() -> String {
    let today = today();
    crate::answer::add_months(&today, 3).unwrap_or(today)
}

pub(crate) use crate::answer::{civil_from_days, days_from_civil};
