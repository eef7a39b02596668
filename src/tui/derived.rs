//! What the screens ask of the evaluation on every frame, by question position: which
//! questions are visible, which need a note, and progress per section. Built with the
//! evaluation, once per change of the answers, so a frame never searches the evaluation's lists
//! (that made every key take seconds at 10,000 questions; issue 7).

use crate::assessment::Assessment;
use crate::engine::Evaluation;
use crate::questionnaire::Questionnaire;
use foldhash::{HashMap, HashMapExt, HashSet};

/// Answered and visible questions of one section, and its first visible question.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SectionProgress {
    pub answered: usize,
    pub visible: usize,
    pub first_visible: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Derived {
    visible: Vec<bool>,
    visible_list: Vec<usize>,
    note_missing: Vec<bool>,
    answered: usize,
    sections: HashMap<String, SectionProgress>,
    /// Each question's section, by position in the questionnaire's sections.
    section_of: Vec<Option<usize>>,
}

impl Derived {
    /// Reads `e`, the evaluation of `a` against `q`.
    pub fn new(q: &Questionnaire, e: Option<&Evaluation>, a: Option<&Assessment>) -> Self {
        let Some(e) = e else {
            return Self::default();
        };
        let n = q.questions.len();
        // The visible questions as the shared flow counts them (plain mode uses the same).
        let visible_list = crate::flow::visible(q, e);
        let mut visible = vec![false; n];
        for &i in &visible_list {
            if let Some(v) = visible.get_mut(i) {
                *v = true;
            }
        }
        let mut note_missing = vec![false; n];
        for id in &e.notes_missing {
            if let Some(m) = q.question_index(id).and_then(|i| note_missing.get_mut(i)) {
                *m = true;
            }
        }
        let mut section_at: HashMap<&str, usize> = HashMap::new();
        for (k, s) in q.sections.iter().enumerate() {
            section_at.entry(s.id.as_str()).or_insert(k);
        }
        let section_of = q
            .questions
            .iter()
            .map(|x| section_at.get(x.section.as_str()).copied())
            .collect();
        let mut sections: HashMap<String, SectionProgress> = HashMap::new();
        let given: HashSet<&str> = a
            .map(|a| {
                a.answers
                    .iter()
                    .filter(|(_, v)| v.is_given())
                    .map(|(k, _)| k.as_str())
                    .collect()
            })
            .unwrap_or_default();
        let mut answered = 0;
        for &i in &visible_list {
            let Some(question) = q.questions.get(i) else {
                continue;
            };
            let has = given.contains(question.id.as_str());
            answered += usize::from(has);
            if !sections.contains_key(question.section.as_str()) {
                sections.insert(question.section.to_string(), SectionProgress::default());
            }
            if let Some(p) = sections.get_mut(question.section.as_str()) {
                p.visible += 1;
                p.answered += usize::from(has);
                p.first_visible.get_or_insert(i);
            }
        }
        Self {
            visible,
            visible_list,
            note_missing,
            answered,
            sections,
            section_of,
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
        self.sections.get(section).copied().unwrap_or_default()
    }
}
