//! Lookups by id in constant time. Built once when a questionnaire is loaded: screens, reports
//! and validation look questions and safeguards up by id inside loops over every question, and
//! a linear search there made them quadratic (issue 7).

use super::{Question, Questionnaire};
// foldhash: ids are short strings looked up in every loop; SipHash was a tenth of evaluating.
use foldhash::{HashMap, HashMapExt};

/// Positions by id in one list, and the list's length when they were taken.
#[derive(Debug, Clone, Default)]
pub(super) struct Ids {
    pos: HashMap<String, usize>,
    len: usize,
}

impl Ids {
    fn new<T>(list: &[T], key: impl Fn(&T) -> &str) -> Self {
        let mut pos = HashMap::with_capacity(list.len());
        for (i, x) in list.iter().enumerate() {
            // With duplicate ids (a validation error) the first one counts, as a search finds.
            pos.entry(key(x).to_string()).or_insert(i);
        }
        Self {
            pos,
            len: list.len(),
        }
    }

    /// The position of `id` in `list`. A list edited since the index was built (another
    /// length, or another id at the indexed position) is searched instead, so the answer is
    /// always right.
    pub(super) fn find<T>(&self, list: &[T], id: &str, key: impl Fn(&T) -> &str) -> Option<usize> {
        if self.len == list.len() {
            match self.pos.get(id) {
                None => return None,
                Some(&i) if list.get(i).is_some_and(|x| key(x) == id) => return Some(i),
                Some(_) => {}
            }
        }
        list.iter().position(|x| key(x) == id)
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    pub(super) questions: Ids,
    pub(super) safeguards: Ids,
    pub(super) sections: Ids,
    /// For each safeguard id, the questions (by position) with an option that satisfies it.
    satisfied_by: HashMap<super::Text, Vec<usize>>,
    /// The questions (by position) with an option that says reviewers change "a meaningful"
    /// share of outcomes and one that draws the line "under 1 in 100": the only ones the
    /// engine's reader of a rate in a note asks about, on every evaluation (issue 7).
    rate_lines: Vec<usize>,
    /// For each prohibition id, the questions (by position) with an option that confirms it
    /// or raises a concern of it: the engine reads their notes for a use the policy forbids,
    /// and walking every question's options for them took a third of the wizard's key after
    /// an answer at 10,000 questions (issue 7).
    screening: HashMap<super::Text, Vec<usize>>,
    /// The questions (by position) that ask for the limitations or what is out of scope: the
    /// engine reads their answers for each safeguard a patch redoes, and finding them walked
    /// every question, a cache miss each, at every key at 10,000 questions (issue 7).
    limits: Vec<usize>,
    /// For each requirement id, the safeguards (by position) under it: an evaluation works out
    /// each requirement from them, and walking every safeguard for each requirement was a
    /// tenth of the wizard's key at 10,000 questions, most of it cache misses (issue 7).
    under: HashMap<super::Text, Vec<usize>>,
    /// How many questions there were when `satisfied_by` was built.
    questions_len: usize,
}

/// The index is derived from the lists; two questionnaires with the same lists are equal.
impl PartialEq for Index {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Index {
    pub(super) fn new(q: &Questionnaire) -> Self {
        let mut satisfied_by: HashMap<super::Text, Vec<usize>> = HashMap::new();
        let mut screening: HashMap<super::Text, Vec<usize>> = HashMap::new();
        let add = |map: &mut HashMap<super::Text, Vec<usize>>, id: &super::Text, i| {
            let list = map.entry(id.clone()).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        };
        for (i, question) in q.questions.iter().enumerate() {
            for o in &question.options {
                for s in &o.effects.satisfies {
                    add(&mut satisfied_by, s, i);
                }
                for p in o.effects.prohibits.iter().chain(&o.effects.concerns) {
                    add(&mut screening, p, i);
                }
            }
        }
        let positions = |keep: fn(&Question) -> bool| {
            q.questions
                .iter()
                .enumerate()
                .filter(|(_, x)| keep(x))
                .map(|(i, _)| i)
                .collect()
        };
        let rate_lines = positions(draws_a_rate_line);
        let limits = positions(asks_for_limits);
        let mut under: HashMap<super::Text, Vec<usize>> = HashMap::new();
        for (i, s) in q.safeguards.iter().enumerate() {
            under.entry(s.requirement.clone()).or_default().push(i);
        }
        Self {
            questions: Ids::new(&q.questions, |x| x.id.as_str()),
            safeguards: Ids::new(&q.safeguards, |x| x.id.as_str()),
            sections: Ids::new(&q.sections, |x| x.id.as_str()),
            satisfied_by,
            rate_lines,
            screening,
            limits,
            under,
            questions_len: q.questions.len(),
        }
    }

    /// [`Index::rate_lines`], when the index is current.
    pub(super) fn rate_lines(&self, q: &Questionnaire) -> Option<&[usize]> {
        self.current(q, &self.rate_lines)
    }

    /// [`Index::limits`], when the index is current.
    pub(super) fn limits(&self, q: &Questionnaire) -> Option<&[usize]> {
        self.current(q, &self.limits)
    }

    /// The positions of the safeguards under `requirement`, when the index is current.
    pub(super) fn under(&self, q: &Questionnaire, requirement: &str) -> Option<&[usize]> {
        (self.safeguards.len == q.safeguards.len())
            .then(|| self.under.get(requirement).map_or(&[][..], Vec::as_slice))
    }

    /// `list`, when the index is current.
    fn current<'a>(&self, q: &Questionnaire, list: &'a [usize]) -> Option<&'a [usize]> {
        (self.questions_len == q.questions.len()).then_some(list)
    }

    /// [`Index::screening`] for `prohibition`, when the index is current.
    pub(super) fn screening(&self, q: &Questionnaire, prohibition: &str) -> Option<&[usize]> {
        self.listed(q, &self.screening, prohibition)
    }

    /// The positions of the questions that satisfy `safeguard`, when the index is current.
    pub(super) fn positions_satisfying(
        &self,
        q: &Questionnaire,
        safeguard: &str,
    ) -> Option<&[usize]> {
        self.listed(q, &self.satisfied_by, safeguard)
    }

    /// The positions `map` lists for `id` (none where it lists nothing), when the index is
    /// current.
    fn listed<'a>(
        &self,
        q: &Questionnaire,
        map: &'a HashMap<super::Text, Vec<usize>>,
        id: &str,
    ) -> Option<&'a [usize]> {
        self.current(q, map.get(id).map_or(&[][..], Vec::as_slice))
    }
}

/// Whether `x` has an option that says reviewers change "a meaningful" share of outcomes and
/// another that draws the line "under 1 in 100" ([`Index::rate_lines`]).
pub(super) fn draws_a_rate_line(x: &Question) -> bool {
    x.options.iter().any(|o| o.label.contains("meaningful"))
        && x.options.iter().any(|o| o.label.contains("under 1 in 100"))
}

/// Whether `x` asks for the system's limitations or what is out of scope.
pub(super) fn asks_for_limits(x: &Question) -> bool {
    matches!(x.role.as_deref(), Some("limitations" | "out-of-scope"))
}
