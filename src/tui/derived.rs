//! What the screens ask of the evaluation on every frame, by question position: which
//! questions are visible, which need a note, and progress per section. Built with the
//! evaluation, once per change of the answers, so a frame never searches the evaluation's lists
//! (that made every key take seconds at 10,000 questions; issue 7).

use crate::engine::Evaluation;
use crate::questionnaire::Questionnaire;
use foldhash::{HashMap, HashMapExt};

/// Answered and visible questions of one section, and its first visible question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SectionProgress {
    pub answered: usize,
    pub visible: usize,
    pub first_visible: Option<usize>,
    /// Visible questions whose answer needs a note that is not written: the section is not
    /// done while there is one.
    pub notes_missing: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Derived {
    visible: Vec<bool>,
    visible_list: Vec<usize>,
    note_missing: Vec<bool>,
    answered: usize,
    /// Progress by position in the questionnaire's sections.
    sections: Vec<SectionProgress>,
    /// Each question's section, by position in the questionnaire's sections.
    section_of: Vec<Option<usize>>,
    /// Section positions by id, for [`Derived::section`].
    section_at: HashMap<String, usize>,
    /// The content hash of the questionnaire `section_of` and `section_at` were built for:
    /// they are kept from one change to the next (at 10,000 questions, comparing every
    /// question's section again was an eighth of a key that changed an answer).
    built_for: String,
}

/// Section positions by id, and each question's section by position.
fn sections_of(q: &Questionnaire) -> (HashMap<String, usize>, Vec<Option<usize>>) {
    let mut section_at: HashMap<String, usize> = HashMap::new();
    for (k, s) in q.sections.iter().enumerate() {
        section_at.entry(s.id.to_string()).or_insert(k);
    }
    // Questions come in runs of one section: the id is looked up once per run.
    let mut run: Option<(&str, Option<usize>)> = None;
    let section_of: Vec<Option<usize>> = q
        .questions
        .iter()
        .map(|x| match run {
            Some((id, k)) if id == x.section.as_str() => k,
            _ => {
                let k = section_at.get(x.section.as_str()).copied();
                run = Some((x.section.as_str(), k));
                k
            }
        })
        .collect();
    (section_at, section_of)
}

impl Derived {
    /// Reads `e`, the evaluation of the assessment being edited against `q`. Everything here
    /// is by position: at 10,000 questions, looking each question up by id again took longer
    /// than building the rest (issue 7).
    pub fn new(q: &Questionnaire, e: Option<&Evaluation>) -> Self {
        Self::default().renew(q, e)
    }

    /// [`Derived::new`], keeping what depends only on the questionnaire from `self` when it
    /// was built for the same one.
    pub fn renew(self, q: &Questionnaire, e: Option<&Evaluation>) -> Self {
        let Some(e) = e else {
            return Self::default();
        };
        let n = q.questions.len();
        // The visible questions as the shared flow counts them (plain mode uses the same).
        let visible_list = crate::flow::visible(e);
        let mut visible = vec![false; n];
        for &i in &visible_list {
            if let Some(v) = visible.get_mut(i) {
                *v = true;
            }
        }
        let mut note_missing = vec![false; n];
        let mut missing_at = Vec::with_capacity(e.notes_missing.len());
        for id in &e.notes_missing {
            if let Some(i) = q.question_index(id)
                && let Some(m) = note_missing.get_mut(i)
            {
                *m = true;
                missing_at.push(i);
            }
        }
        let same = !self.built_for.is_empty()
            && self.built_for == q.content_hash
            && self.section_of.len() == n
            && self.section_at.len() <= q.sections.len();
        let (section_at, section_of) = if same {
            (self.section_at, self.section_of)
        } else {
            sections_of(q)
        };
        let mut sections = vec![SectionProgress::default(); q.sections.len()];
        let mut answered = 0;
        for &(i, has) in &e.visible_at {
            answered += usize::from(has);
            let Some(p) = section_of
                .get(i)
                .copied()
                .flatten()
                .and_then(|k| sections.get_mut(k))
            else {
                continue;
            };
            p.visible += 1;
            p.answered += usize::from(has);
            p.first_visible.get_or_insert(i);
        }
        for i in missing_at {
            if let Some(p) = section_of
                .get(i)
                .copied()
                .flatten()
                .and_then(|k| sections.get_mut(k))
            {
                p.notes_missing += 1;
            }
        }
        Self {
            visible,
            visible_list,
            note_missing,
            answered,
            sections,
            section_of,
            section_at,
            built_for: q.content_hash.clone(),
        }
    }

    /// The position of question `qi`'s section among the questionnaire's sections.
    pub fn section_of(&self, qi: usize) -> Option<usize> {
        self.section_of.get(qi).copied().flatten()
    }

    pub fn is_visible(&self, qi: usize) -> bool {
        self.visible.get(qi).copied().unwrap_or(false)
    }

    pub fn note_missing(&self, qi: usize) -> bool {
        self.note_missing.get(qi).copied().unwrap_or(false)
    }

    /// Positions of the visible questions, in asking order.
    pub fn visible(&self) -> &[usize] {
        &self.visible_list
    }

    /// (answered, visible) over all visible questions.
    pub fn progress(&self) -> (usize, usize) {
        (self.answered, self.visible_list.len())
    }

    pub fn section(&self, section: &str) -> SectionProgress {
        self.section_at
            .get(section)
            .and_then(|&k| self.sections.get(k))
            .copied()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::answer::Answer;
    use crate::questionnaire::{DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_NAME};

    /// Every example; each with its first text answer replaced by a placeholder ("n/a"), which
    /// the evaluation counts as unanswered; and each without its notes.
    fn cases() -> Vec<(Questionnaire, crate::assessment::Assessment)> {
        let q = crate::questionnaire::parse_questionnaire(
            DEFAULT_QUESTIONNAIRE_NAME,
            DEFAULT_QUESTIONNAIRE,
        )
        .unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let a = crate::assessment::parse_assessment("a.toml", &text, &q).unwrap();
            let mut placeholder = a.clone();
            if let Some(v) = placeholder
                .answers
                .values_mut()
                .find(|v| matches!(v, Answer::Text(_)))
            {
                *v = Answer::Text("n/a".into());
            }
            // And without its notes, so that notes required by its answers are missing.
            let mut no_notes = a.clone();
            no_notes.notes.clear();
            out.push((q.clone(), a));
            out.push((q.clone(), placeholder));
            out.push((q.clone(), no_notes));
        }
        assert!(out.len() >= 20, "the examples were found");
        out
    }

    /// Counting by position gives what counting the evaluation's lists by id gives, and a
    /// section shows complete exactly when the evaluation leaves none of its questions
    /// unanswered.
    #[test]
    fn progress_by_position_is_progress_by_id() {
        let mut notes_missing = 0;
        for (q, a) in cases() {
            let e = crate::engine::evaluate_without_what_if(&q, &a);
            let d = Derived::new(&q, Some(&e));
            let by_id: Vec<usize> = e
                .visible
                .iter()
                .map(|id| q.question_index(id).unwrap())
                .collect();
            assert_eq!(d.visible(), by_id.as_slice());
            for (i, question) in q.questions.iter().enumerate() {
                assert_eq!(d.is_visible(i), by_id.contains(&i));
                assert_eq!(
                    d.note_missing(i),
                    e.notes_missing
                        .iter()
                        .any(|m| m.as_str() == question.id.as_str())
                );
                let section = q.sections.iter().position(|s| s.id == question.section);
                assert_eq!(d.section_of(i), section);
            }
            assert!(!d.is_visible(q.questions.len()));
            notes_missing += (0..q.questions.len())
                .filter(|&i| d.note_missing(i))
                .count();
            let given = |i: usize| {
                a.answers
                    .get(q.questions[i].id.as_str())
                    .is_some_and(crate::engine::is_given)
            };
            let answered = by_id.iter().filter(|&&i| given(i)).count();
            assert_eq!(d.progress(), (answered, by_id.len()));
            for s in &q.sections {
                let mine: Vec<usize> = by_id
                    .iter()
                    .copied()
                    .filter(|&i| q.questions[i].section.as_str() == s.id.as_str())
                    .collect();
                let p = d.section(&s.id);
                assert_eq!(p.visible, mine.len());
                assert_eq!(p.answered, mine.iter().filter(|&&i| given(i)).count());
                assert_eq!(p.first_visible, mine.first().copied());
                let open = mine.iter().any(|&i| {
                    e.unanswered
                        .iter()
                        .any(|u| u.as_str() == q.questions[i].id.as_str())
                });
                let required_unanswered =
                    mine.iter().any(|&i| !q.questions[i].optional && !given(i));
                assert_eq!(open, required_unanswered, "section {}", s.id);
            }
        }
        assert!(notes_missing > 0, "some case misses a note");
    }

    /// Renewed after a change, from what was derived for the answers before, it is what
    /// deriving afresh gives; from what was derived for another questionnaire too.
    #[test]
    fn renewed_is_derived_afresh() {
        let cases = cases();
        let mut previous = Derived::default();
        for (q, a) in &cases {
            let e = crate::engine::evaluate_without_what_if(q, a);
            let afresh = Derived::new(q, Some(&e));
            assert_eq!(previous.renew(q, Some(&e)), afresh);
            previous = afresh;
        }
        // Another questionnaire of the same size, whose first question sits in another section.
        let (q, a) = &cases[0];
        let mut other = q.clone();
        other.content_hash = "another".into();
        other.questions[0].section = other.sections.last().unwrap().id.clone();
        let e = crate::engine::evaluate_without_what_if(&other, a);
        let afresh = Derived::new(&other, Some(&e));
        assert_ne!(afresh.section_of(0), previous.section_of(0));
        assert_eq!(previous.renew(&other, Some(&e)), afresh);
    }
}
