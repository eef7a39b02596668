//! Evaluating again after one question's answer or note changed, without walking every
//! question (issue 7: Space took 10 ms at 10,000 questions, most of it the walk).
//!
//! The walk's only running state is the answers seen so far and the concerns and categories
//! raised so far. Without a derogation, a concern or category is raised at a question's place
//! from its first raiser on, and the findings list every raiser in asking order, so that state
//! at any place can be read back from the findings. The patch replaces this question's
//! reasons in the findings, finds the places where the raised concerns and categories now
//! differ, and checks the condition of every question that could see a difference (one that
//! reads this answer, or the concern or category where it changed): if any would be shown or
//! hidden otherwise than before, it gives up. Otherwise every question stays as it was, and
//! only this question's entries, the safeguards that read what changed, their requirements and
//! the conclusion are worked out again, by the functions the whole evaluation uses.
//!
//! The texts read for every safeguard (those that deny a review, an appeal, a notice or the
//! filters anywhere, and those that describe a prohibited use) are kept in the evaluation by
//! position, so only this question's text and note are read again.
//!
//! Anything it cannot follow (a question shown or hidden by the change, a derogation that
//! this answer could be undone by, an id outside the catalogue, words of this answer that now
//! deny a safeguard elsewhere or no longer do, an edit to the limitations or what is out of
//! scope) is evaluated in full. Debug builds (every test) check each patch against a whole
//! evaluation, and a property test does so over random runs of edits on five questionnaires.

use super::pass::{
    Holding, OutcomeTexts, Scope, add_risk, answers_by_position, category_finding,
    contradictions_holding, describes_a_prohibited_use, floors_holding, note_absent,
    prohibition_finding, requirement_result, settle, shown_by,
};
use super::*;
use crate::questionnaire::Condition;

/// Who reads each question's answer, and each concern and category, built once per
/// questionnaire (a few milliseconds at 10,000 questions) and kept by the caller.
#[derive(Debug, Clone)]
pub struct Readers {
    /// The number of questions and safeguards it was built for.
    len: (usize, usize),
    /// The questions whose `show_if` reads each answer, concern and category.
    shows: ReadBy,
    /// The safeguards (positions) whose result reads each answer (in a condition, or as one
    /// that can show it in place), concern and category.
    reading: ReadBy,
    /// The safeguards required by a requirement for consequential uses, whose reason names
    /// the categories marked.
    naming_categories: Vec<usize>,
    /// The safeguards under each requirement.
    by_requirement: HashMap<Text, Vec<usize>>,
    /// By safeguard position: the questions with an option or band that satisfies it, in
    /// asking order.
    satisfiers: Vec<Vec<usize>>,
    /// Whether any option or band clears a category: then a category's marks are not read
    /// back from the findings.
    clears_anywhere: bool,
    /// By question position: whether a change to its answer is evaluated in full. So is one
    /// whose effect can leave no reason in the findings, so that its reasons there do not show
    /// what it did: a derogation does (and, where there is one, a category mark, which a later
    /// answer may clear); so does an id outside the catalogue (which validation refuses). So is
    /// the answer that gives the limitations or what is out of scope: it is read for every
    /// safeguard whose title's words it names, which no reader list follows.
    untraced: Vec<bool>,
}

fn each_effects(question: &Question) -> impl Iterator<Item = &Effects> {
    question
        .options
        .iter()
        .map(|o| &o.effects)
        .chain(question.bands.iter().map(|b| &b.effects))
}

fn push_once<K: std::hash::Hash + Eq>(map: &mut HashMap<K, Vec<usize>>, key: K, value: usize) {
    let list = map.entry(key).or_default();
    if !list.contains(&value) {
        list.push(value);
    }
}

/// What a condition reads of what the walk gathers, as [`Gathered`] items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gathered<'a> {
    Concern(&'a Text),
    Category(&'a Text),
    Consequential,
}

fn gathered<'a>(c: &'a Condition, out: &mut Vec<Gathered<'a>>) {
    match c {
        Condition::Consequential => out.push(Gathered::Consequential),
        Condition::Category(x) => out.push(Gathered::Category(x)),
        Condition::Concern(x) => out.push(Gathered::Concern(x)),
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| gathered(c, out)),
        Condition::Not(c) => gathered(c, out),
        _ => {}
    }
}

fn reads_categories(c: &Condition) -> bool {
    let mut g = Vec::new();
    gathered(c, &mut g);
    g.iter().any(|x| !matches!(x, Gathered::Concern(_)))
}

/// Who reads what: by question position, by concern, by category, and whether any category is
/// marked; each list in the order the readers were noted.
#[derive(Debug, Clone, Default)]
struct ReadBy {
    answers: HashMap<usize, Vec<usize>>,
    concerns: HashMap<Text, Vec<usize>>,
    categories: HashMap<Text, Vec<usize>>,
    consequential: Vec<usize>,
}

impl ReadBy {
    /// Notes what condition `c` of `reader` reads.
    fn note(&mut self, q: &Questionnaire, c: &Condition, reader: usize) {
        for id in c.questions() {
            if let Some(k) = q.question_index(id) {
                push_once(&mut self.answers, k, reader);
            }
        }
        let mut g = Vec::new();
        gathered(c, &mut g);
        for item in g {
            match item {
                Gathered::Concern(p) => push_once(&mut self.concerns, p.clone(), reader),
                Gathered::Category(c) => push_once(&mut self.categories, c.clone(), reader),
                Gathered::Consequential if self.consequential.last() != Some(&reader) => {
                    self.consequential.push(reader);
                }
                Gathered::Consequential => {}
            }
        }
    }
}

impl Readers {
    pub fn new(q: &Questionnaire) -> Self {
        let mut shows = ReadBy::default();
        for (j, x) in q.questions.iter().enumerate() {
            if let Some(c) = &x.show_if {
                shows.note(q, c, j);
            }
        }
        let mut reading = ReadBy::default();
        let mut naming_categories = Vec::new();
        let mut by_requirement = HashMap::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, s) in q.safeguards.iter().enumerate() {
            by_id.entry(s.id.as_str()).or_insert(i);
            push_once(&mut by_requirement, s.requirement.clone(), i);
            if s.required_when.is_none()
                && q.requirement(&s.requirement)
                    .is_some_and(|r| r.applies == Applies::Consequential)
            {
                naming_categories.push(i);
            }
            // Required by its requirement's condition, it names what in that condition holds.
            let rule = q
                .requirement(&s.requirement)
                .filter(|_| s.required_when.is_none())
                .and_then(|r| r.applies_when.as_ref());
            let conditions = [
                s.required_when.as_ref(),
                s.satisfied_when.as_ref(),
                s.absent_when.as_ref(),
                s.claimed_when.as_ref(),
                s.policy_when.as_ref(),
                s.never_not_applicable_when.as_ref(),
                s.weak_evidence.as_ref().and_then(|w| w.when.as_ref()),
                rule,
            ];
            for c in conditions.into_iter().flatten() {
                reading.note(q, c, i);
            }
            // The text answers that date it, whose words can also say it was not done.
            for k in s.dated_by.iter().filter_map(|id| q.question_index(id)) {
                push_once(&mut reading.answers, k, i);
            }
        }
        let mut satisfiers = vec![Vec::new(); q.safeguards.len()];
        let clears_anywhere = q
            .questions
            .iter()
            .flat_map(each_effects)
            .any(|f| !f.clears.is_empty());
        let mut untraced: Vec<bool> = q
            .questions
            .iter()
            .map(|x| matches!(x.role.as_deref(), Some("limitations" | "out-of-scope")))
            .collect();
        for (k, x) in q.questions.iter().enumerate() {
            for f in each_effects(x) {
                let unknown = f
                    .prohibits
                    .iter()
                    .chain(&f.concerns)
                    .any(|p| q.prohibition(p).is_none())
                    || f.categories.iter().any(|c| q.category(c).is_none());
                if let Some(u) = untraced.get_mut(k) {
                    *u |= unknown
                        || !f.clears.is_empty()
                        || (clears_anywhere && !f.categories.is_empty());
                }
                for i in f.satisfies.iter().filter_map(|s| by_id.get(s.as_str())) {
                    push_once(&mut reading.answers, k, *i);
                    if let Some(list) = satisfiers.get_mut(*i)
                        && list.last() != Some(&k)
                    {
                        list.push(k);
                    }
                }
            }
        }
        Self {
            len: (q.questions.len(), q.safeguards.len()),
            shows,
            reading,
            naming_categories,
            by_requirement,
            satisfiers,
            clears_anywhere,
            untraced,
        }
    }
}

/// Where each concern and category is first raised (none: `usize::MAX`): from there on the
/// walk has it. Read from findings in asking order.
struct Firsts {
    concerns: Vec<(Text, usize)>,
    categories: Vec<(Text, usize)>,
}

impl Firsts {
    fn of<'a>(
        q: &Questionnaire,
        prohibitions: impl IntoIterator<Item = &'a ProhibitionFinding>,
        categories: &[CategoryFinding],
    ) -> Self {
        let first = |reasons: &[Reason]| {
            reasons
                .first()
                .and_then(|r| q.question_index(&r.question))
                .unwrap_or(usize::MAX)
        };
        Self {
            concerns: prohibitions
                .into_iter()
                .map(|p| (p.id.clone(), first(&p.concerns)))
                .collect(),
            categories: categories
                .iter()
                .map(|c| (c.id.clone(), first(&c.raised_by)))
                .collect(),
        }
    }

    fn concern(&self, p: &str) -> usize {
        self.concerns
            .iter()
            .find(|(x, _)| x == p)
            .map_or(usize::MAX, |x| x.1)
    }

    fn category(&self, c: &str) -> usize {
        self.categories
            .iter()
            .find(|(x, _)| x == c)
            .map_or(usize::MAX, |x| x.1)
    }

    fn any_category(&self) -> usize {
        self.categories
            .iter()
            .map(|x| x.1)
            .min()
            .unwrap_or(usize::MAX)
    }
}

/// The walk's facts at the place of question `before` (everything: `usize::MAX`), read from
/// an evaluation and the assessment: an answer counts where its question is visible, it is
/// given and asked before; a concern or category where it is first raised before.
struct Seen<'a> {
    q: &'a Questionnaire,
    /// Each question's answer where it counts, by position ([`counted`]).
    counted: &'a [Option<&'a Answer>],
    before: usize,
    firsts: &'a Firsts,
}

impl Seen<'_> {
    /// The answer to the question at position `i`, if it counts here.
    fn answer_at(&self, i: usize) -> Option<&Answer> {
        if i >= self.before {
            return None;
        }
        self.counted.get(i).copied().flatten()
    }
}

/// Each question's answer by position where it counts (visible and answered), as evaluation
/// `visible_at` found it, with the question `changed` since (its position, and whether it is
/// answered now) read again. Found once for all the readers of a patch: looking each answer up
/// by id, and asking again whether a text answer is a placeholder, on every reading made the
/// key that ticks an option at 10,000 questions miss its 2 ms many times over (issue 7).
fn counted<'a>(
    q: &Questionnaire,
    a: &'a Assessment,
    e: &Evaluation,
    changed: Option<(usize, bool)>,
) -> (Vec<Option<&'a Answer>>, Vec<u32>) {
    // Only one answer may have been added or removed since `e`: with as many answers as it
    // had, every answer's id is one it had, in the same order, at the same slot.
    let trusted = a.answers.len() == e.answer_slots.0.len();
    let (given, slots) = answers_by_position(q, a, &e.answer_slots.0, trusted);
    let visible_at = &e.visible_at;
    let mut out = vec![None; q.questions.len()];
    for &(i, answered) in visible_at {
        let answered = match changed {
            Some((k, now)) if k == i => now,
            _ => answered,
        };
        if answered && let Some(slot) = out.get_mut(i) {
            *slot = given.get(i).copied().flatten();
        }
    }
    (out, slots)
}

impl Facts for Seen<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        self.answer_at(self.q.question_index(question)?)
    }
    fn has_category(&self, category: &str) -> bool {
        self.firsts.category(category) < self.before
    }
    fn any_category(&self) -> bool {
        self.firsts.any_category() < self.before
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.firsts.concern(prohibition) < self.before
    }
    fn by_position(&self) -> Option<&[Option<&Answer>]> {
        self.counted.get(..self.before.min(self.counted.len()))
    }
}

/// Where ids that come in asking order would put question `k`.
fn place(q: &Questionnaire, ids: &[Text], k: usize) -> usize {
    ids.partition_point(|x| q.question_index(x).is_some_and(|i| i < k))
}

/// Puts `id` into `ids` (in asking order) at `k`'s place, or takes it out.
fn keep_in(q: &Questionnaire, ids: &mut Vec<Text>, k: usize, id: &Text, wanted: bool) {
    let at = place(q, ids, k);
    let there = ids.get(at).is_some_and(|x| x == id);
    if wanted && !there {
        ids.insert(at, id.clone());
    } else if !wanted && there {
        ids.remove(at);
    }
}

/// `was` (reasons in asking order) with question `k`'s reasons replaced by `now`; `None` when
/// they are the same.
fn replaced(q: &Questionnaire, was: &[Reason], k: usize, now: Vec<Reason>) -> Option<Vec<Reason>> {
    let from = was.partition_point(|r| q.question_index(&r.question).is_some_and(|i| i < k));
    let id = q.questions.get(k).map(|x| x.id.as_str());
    let to = from
        + was
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|r| id.is_some_and(|id| r.question == id))
            .count();
    if was.get(from..to).is_some_and(|old| old == now.as_slice()) {
        return None;
    }
    let mut out = Vec::with_capacity(was.len() + now.len());
    out.extend_from_slice(was.get(..from).unwrap_or_default());
    out.extend(now);
    out.extend_from_slice(was.get(to..).unwrap_or_default());
    Some(out)
}

/// Points per factor id in `contributions`.
fn points(contributions: &[Contribution]) -> Vec<(&Text, u64)> {
    let mut out: Vec<(&Text, u64)> = Vec::new();
    for c in contributions {
        match out.iter_mut().find(|(f, _)| *f == &c.factor) {
            Some((_, n)) => *n += u64::from(c.points),
            None => out.push((&c.factor, u64::from(c.points))),
        }
    }
    out
}

/// Past this many points a sum may have saturated, and taking points off would not undo it.
const EXACT_BELOW: u64 = u32::MAX as u64 / 2;

/// The positions in `list` (ascending) within `lo < j <= hi`.
fn within(list: &[usize], lo: usize, hi: usize) -> &[usize] {
    let from = list.partition_point(|j| *j <= lo);
    let to = list.partition_point(|j| *j <= hi);
    list.get(from..to).unwrap_or_default()
}

/// Whether `e` and `readers` were made for `q`, and `e` without what-ifs, as a patch needs;
/// [`super::reevaluate`] asks before either patch.
pub(super) fn fits(readers: &Readers, q: &Questionnaire, e: &Evaluation) -> bool {
    readers.len == (q.questions.len(), q.safeguards.len())
        && e.what_if.is_empty()
        && e.requirements.len() == q.requirements.len()
        && e.safeguards.len() == q.safeguards.len()
        && e.prohibitions.len() == q.prohibitions.len()
        && e.shown_by.len() == q.safeguards.len()
}

/// Patches `e`, the evaluation without what-ifs of an assessment that differed from `a` at
/// most in the answer and the note of question `id`, into the evaluation of `a`. Returns
/// false, with `e` as it was, where the change may reach further than the patch follows; the
/// caller then evaluates in full.
pub(super) fn patch(
    readers: &Readers,
    q: &Questionnaire,
    a: &Assessment,
    e: &mut Evaluation,
    id: &str,
) -> bool {
    let Some(k) = q.question_index(id) else {
        return false;
    };
    let Some(question) = q.questions.get(k) else {
        return false;
    };
    let answer = a
        .answers
        .get(id)
        .filter(|x| super::is_given_to(question, x));
    let Ok(v) = e.visible_at.binary_search_by_key(&k, |x| x.0) else {
        // Hidden: its answer is kept, not counted.
        keep_in(q, &mut e.hidden_answered, k, &question.id, answer.is_some());
        // An answer may have come or gone: the slots found for the answers before are no
        // longer each answer's own (`counted` would trust them with as many answers again).
        e.answer_slots = AnswerSlots::default();
        settle(q, a, e);
        return true;
    };
    if readers.untraced.get(k).is_none_or(|u| *u) {
        return false;
    }
    let mut effects: Vec<(Text, &Effects)> = Vec::new();
    if let Some(x) = answer {
        each_answer_effect(question, x, |text, f| effects.push((text, f)));
    }

    // The findings with this answer's reasons as it gives them now.
    let now = |pick: fn(&Effects) -> &Vec<Text>, finding: &Text| {
        let mut out = Vec::new();
        for (text, f) in &effects {
            for _ in pick(f).iter().filter(|x| *x == finding) {
                out.push(Reason {
                    question: question.id.clone(),
                    prompt: question.prompt.clone(),
                    answer: text.clone(),
                });
            }
        }
        out
    };
    let mut prohibitions: Vec<(usize, ProhibitionFinding)> = Vec::new();
    for (i, (p, was)) in q.prohibitions.iter().zip(&e.prohibitions).enumerate() {
        if p.id != was.id {
            return false;
        }
        let confirmed = replaced(q, &was.confirmed_by, k, now(|f| &f.prohibits, &p.id));
        let concerns = replaced(q, &was.concerns, k, now(|f| &f.concerns, &p.id));
        if confirmed.is_some() || concerns.is_some() {
            prohibitions.push((
                i,
                prohibition_finding(
                    p,
                    confirmed.unwrap_or_else(|| was.confirmed_by.clone()),
                    concerns.unwrap_or_else(|| was.concerns.clone()),
                ),
            ));
        }
    }
    let mut marks: Vec<(usize, Vec<Reason>)> = Vec::new();
    for (i, c) in q.categories.iter().enumerate() {
        let was = e
            .categories
            .iter()
            .find(|x| x.id == c.id)
            .map_or(&[][..], |x| x.raised_by.as_slice());
        if let Some(list) = replaced(q, was, k, now(|f| &f.categories, &c.id)) {
            marks.push((i, list));
        }
    }
    let categories: Option<Vec<CategoryFinding>> = (!marks.is_empty()).then(|| {
        q.categories
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match marks.iter().find(|(m, _)| *m == i) {
                Some((_, list)) if list.is_empty() => None,
                Some((_, list)) => Some(category_finding(q, c, list.clone())),
                None => e.categories.iter().find(|x| x.id == c.id).cloned(),
            })
            .collect()
    });
    let new_prohibitions: Vec<&ProhibitionFinding> = e
        .prohibitions
        .iter()
        .enumerate()
        .map(|(i, p)| {
            prohibitions
                .iter()
                .find(|(x, _)| *x == i)
                .map_or(p, |(_, n)| n)
        })
        .collect();
    let new_categories = categories.as_deref().unwrap_or(&e.categories);

    // Where the concerns and categories raised so far now differ, and which conditions could
    // see it: those reading this answer, or a concern or category where it changed.
    let before = Firsts::of(q, &e.prohibitions, &e.categories);
    let after = Firsts::of(q, new_prohibitions.iter().copied(), new_categories);
    let window = |x: usize, y: usize| (x.min(y), x.max(y));
    let mut check: Vec<usize> = readers
        .shows
        .answers
        .get(&k)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .copied()
        .filter(|j| *j > k)
        .collect();
    for (p, was) in &before.concerns {
        let (lo, hi) = window(*was, after.concern(p));
        if lo != hi {
            let list = readers.shows.concerns.get(p).map_or(&[][..], Vec::as_slice);
            check.extend_from_slice(within(list, lo, hi));
        }
    }
    let mut category_ids: Vec<&Text> = before.categories.iter().map(|(c, _)| c).collect();
    category_ids.extend(after.categories.iter().map(|(c, _)| c));
    for c in category_ids {
        let (lo, hi) = window(before.category(c), after.category(c));
        if lo != hi {
            let list = readers
                .shows
                .categories
                .get(c)
                .map_or(&[][..], Vec::as_slice);
            check.extend_from_slice(within(list, lo, hi));
        }
    }
    let (lo, hi) = window(before.any_category(), after.any_category());
    if lo != hi {
        check.extend_from_slice(within(&readers.shows.consequential, lo, hi));
    }
    check.sort_unstable();
    check.dedup();
    let (counted, slots) = counted(q, a, e, Some((k, answer.is_some())));
    for j in check {
        let Some(c) = q.questions.get(j).and_then(|x| x.show_if.as_ref()) else {
            continue;
        };
        // With a derogation, the categories raised at a place are not read back.
        if readers.clears_anywhere && reads_categories(c) {
            return false;
        }
        let shown = e.visible_at.binary_search_by_key(&j, |x| x.0).is_ok();
        let seen = Seen {
            q,
            counted: &counted,
            before: j,
            firsts: &after,
        };
        if c.holds(&seen) != shown {
            return false;
        }
    }

    // Every question is shown or hidden as before: what follows the walk, from its facts.
    let all = Seen {
        q,
        counted: &counted,
        before: usize::MAX,
        firsts: &after,
    };
    // Words in any answer can deny a review, an appeal, a notice or the filters of a safeguard
    // that shows nothing of that answer: where this question's text or note now says otherwise
    // than before, every safeguard may read otherwise.
    let Some(texts) = OutcomeTexts::kept(e, q, a, &all, TextAt::Answer(k)) else {
        return false;
    };
    // Only the texts that described a prohibited use before can, and this question's own text
    // and note: the others are not read again.
    let only = e.texts_said.prohibited.as_ref().map(|was| {
        let mut only: Vec<TextAt> = was
            .iter()
            .copied()
            .filter(|t| *t != TextAt::Answer(k) && *t != TextAt::Note(k))
            .chain([TextAt::Answer(k), TextAt::Note(k)])
            .collect();
        only.sort_unstable();
        only
    });
    let decided = e.texts_said.decided.as_ref().map(|d| (d, k));
    let Holding {
        findings: contradictions,
        describing,
        decided,
    } = contradictions_holding(q, a, &all, only.as_deref(), decided);
    let scope = Scope {
        q,
        a,
        facts: &all,
        categories: new_categories,
        contradictions: &contradictions,
        assume: None,
        denied_ahead: &[],
        texts,
    };
    let by_rule: Vec<bool> = q
        .requirements
        .iter()
        .map(|r| scope.applies_by_rule(r))
        .collect();

    // The safeguards whose result may read what changed.
    let mut redo: Vec<usize> = readers
        .reading
        .answers
        .get(&k)
        .map_or(&[][..], Vec::as_slice)
        .to_vec();
    let held = |firsts: &Firsts, p: &str| firsts.concern(p) != usize::MAX;
    for (p, _) in &before.concerns {
        if held(&before, p) != held(&after, p) {
            redo.extend(readers.reading.concerns.get(p).into_iter().flatten());
        }
    }
    let ids = |list: &[CategoryFinding]| list.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let (was_marked, now_marked) = (ids(&e.categories), ids(new_categories));
    if was_marked != now_marked {
        redo.extend_from_slice(&readers.naming_categories);
        redo.extend_from_slice(&readers.reading.consequential);
        for c in was_marked.iter().chain(&now_marked) {
            if was_marked.contains(c) != now_marked.contains(c) {
                redo.extend(readers.reading.categories.get(c).into_iter().flatten());
            }
        }
    }
    let rules_changed: Vec<usize> = e
        .requirements
        .iter()
        .zip(&by_rule)
        .enumerate()
        .filter(|(_, (r, now))| matches!(r.why, AppliesBecause::Rule(_)) != **now)
        .map(|(i, _)| i)
        .collect();
    for &i in &rules_changed {
        if let Some(r) = q.requirements.get(i) {
            redo.extend(readers.by_requirement.get(&r.id).into_iter().flatten());
        }
    }
    if contradictions != e.contradictions {
        for c in contradictions.iter().chain(&e.contradictions) {
            redo.extend(c.blocks.iter().filter_map(|b| e.safeguard_at.get(b)));
        }
    }
    redo.sort_unstable();
    redo.dedup();

    // What the answers' words deny of a safeguard this answer neither shows nor dates, where it
    // is no limitation either, is what the evaluation found: the texts that deny a review, an
    // appeal, a notice or the filters say what they said (`OutcomeTexts::kept`), and every
    // question is shown or hidden as before. Read again, the notes of the answers that show
    // each of the tens of safeguards a concern reaches were a sixth of the key at 10,000
    // questions (issue 7). Only where it was read: shown by an answer, and blocked by nothing.
    let mut denied_before: Vec<(&str, Vec<String>)> = Vec::new();
    if q.positions_asking_limits().binary_search(&k).is_err() {
        for &i in &redo {
            let (Some(s), Some(before), Some(shown)) =
                (q.safeguards.get(i), e.safeguards.get(i), e.shown_by.get(i))
            else {
                continue;
            };
            let satisfiers = readers.satisfiers.get(i).map_or(&[][..], Vec::as_slice);
            if satisfiers.binary_search(&k).is_ok()
                || !s.dated_by.is_empty()
                || shown.is_empty()
                || before.id != s.id
                || e.contradictions.iter().any(|c| c.blocks.contains(&s.id))
            {
                continue;
            }
            let words = before.conflicts.iter().find_map(|c| match c {
                Conflict::WordsAgainstAnswers { words, .. } => Some(words.clone()),
                _ => None,
            });
            denied_before.push((s.id.as_str(), words.unwrap_or_default()));
        }
    }
    denied_before.sort_unstable_by(|x, y| x.0.cmp(y.0));
    let scope = Scope {
        denied_ahead: &denied_before,
        ..scope
    };

    // This question's risk points, replacing its run among the contributions.
    let mut mine: Vec<Contribution> = Vec::new();
    for (text, f) in &effects {
        add_risk(question, text, f, 0, &mut mine);
    }
    let contributions = &e.score.contributions;
    let from =
        contributions.partition_point(|c| q.question_index(&c.question).is_some_and(|i| i < k));
    let to = from
        + contributions
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.question == id)
            .count();
    let removed = points(contributions.get(from..to).unwrap_or_default());
    let added = points(&mine);
    let sum = |p: &[(&Text, u64)]| p.iter().map(|(_, n)| n).sum::<u64>();
    let raw = u64::from(e.score.raw) + sum(&added);
    if raw >= EXACT_BELOW || sum(&removed) > raw {
        return false;
    }
    let raw = raw - sum(&removed);
    let by_factor: Vec<FactorPoints> = q
        .factors
        .iter()
        .filter_map(|f| {
            let before = e
                .score
                .by_factor
                .iter()
                .find(|x| x.factor == f.id)
                .map_or(0, |x| u64::from(x.points));
            let of = |p: &[(&Text, u64)]| {
                p.iter()
                    .filter(|(x, _)| **x == f.id)
                    .map(|(_, n)| n)
                    .sum::<u64>()
            };
            let points = (before + of(&added)).checked_sub(of(&removed))?;
            Some(FactorPoints {
                factor: f.id.clone(),
                title: f.title.clone(),
                points: u32::try_from(points).ok()?,
            })
        })
        .filter(|f| f.points > 0)
        .collect();

    // What the answers show of each, gathered again only where this answer can show it.
    let mut redone: Vec<(usize, SafeguardResult, Option<Vec<String>>)> =
        Vec::with_capacity(redo.len());
    for i in redo {
        let (Some(s), Some(kept)) = (q.safeguards.get(i), e.shown_by.get(i)) else {
            return false;
        };
        let satisfiers = readers.satisfiers.get(i).map_or(&[][..], Vec::as_slice);
        if satisfiers.binary_search(&k).is_err() {
            redone.push((i, scope.safeguard(s, kept), None));
            continue;
        }
        let mut shown = Vec::new();
        for &x in satisfiers {
            let Some(xq) = q.questions.get(x) else {
                continue;
            };
            let Some(ans) = all.answer_at(x) else {
                continue;
            };
            each_answer_effect(xq, ans, |text, f| {
                for _ in f.satisfies.iter().filter(|x| **x == s.id) {
                    shown.push(shown_by(xq, &text));
                }
            });
        }
        redone.push((i, scope.safeguard(s, &shown), Some(shown)));
    }
    let floors = floors_holding(q, &all);
    let needs_note = effects.iter().any(|(_, f)| f.note_required);

    // Nothing above changed `e`; from here on it is patched.
    for (i, p) in prohibitions {
        if let Some(slot) = e.prohibitions.get_mut(i) {
            *slot = p;
        }
    }
    if let Some(c) = categories {
        e.categories = c;
    }
    if let Some(x) = e.visible_at.get_mut(v) {
        x.1 = answer.is_some();
    }
    let qid = question.id.clone();
    keep_in(
        q,
        &mut e.unanswered,
        k,
        &qid,
        answer.is_none() && !question.optional,
    );
    keep_in(
        q,
        &mut e.notes_missing,
        k,
        &qid,
        answer.is_some() && needs_note && note_absent(a, id),
    );
    e.score.contributions.splice(from..to, mine);
    // Checked above: below EXACT_BELOW.
    e.score.raw = u32::try_from(raw).unwrap_or(u32::MAX);
    e.score.by_factor = by_factor;
    e.floors = floors;
    e.contradictions = contradictions;
    e.texts_said.prohibited = Some(describing);
    e.texts_said.decided = decided;
    let mut requirements: Vec<Text> = rules_changed
        .iter()
        .filter_map(|i| q.requirements.get(*i))
        .map(|r| r.id.clone())
        .collect();
    for (i, r, shown) in redone {
        if !requirements.contains(&r.requirement) {
            requirements.push(r.requirement.clone());
        }
        if let Some(slot) = e.safeguards.get_mut(i) {
            *slot = r;
        }
        if let Some((slot, shown)) = e.shown_by.get_mut(i).zip(shown) {
            *slot = shown;
        }
    }
    for (i, r) in q.requirements.iter().enumerate() {
        if requirements.contains(&r.id)
            && let Some(slot) = e.requirements.get_mut(i)
        {
            *slot = requirement_result(
                q,
                r,
                &e.safeguards,
                by_rule.get(i).copied().unwrap_or(false),
            );
        }
    }
    settle(q, a, e);
    e.answer_slots = AnswerSlots(slots);
    true
}

/// Patches `e`, the evaluation without what-ifs of an assessment that differed from `a` at
/// most in the recorded entry of safeguard `id`, into the evaluation of `a`. A recorded entry
/// is read by that safeguard's result alone (the walk, the findings and the other safeguards
/// do not read it, unless its evidence says what [`OutcomeTexts`] lists, or no longer does:
/// then it gives way to a whole evaluation): that result, its requirement and the conclusion
/// are worked out again.
pub(super) fn patch_safeguard(
    q: &Questionnaire,
    a: &Assessment,
    e: &mut Evaluation,
    id: &str,
) -> bool {
    let Some(&i) = e.safeguard_at.get(id) else {
        return false;
    };
    let (Some(s), Some(shown)) = (q.safeguards.get(i), e.shown_by.get(i)) else {
        return false;
    };
    let firsts = Firsts::of(q, &e.prohibitions, &e.categories);
    // Only a recorded entry changed: every answer is as the evaluation found it.
    let (counted, _) = counted(q, a, e, None);
    let all = Seen {
        q,
        counted: &counted,
        before: usize::MAX,
        firsts: &firsts,
    };
    // The evidence of a safeguard in place is read for others too, where it says outcomes go
    // unreviewed (or any of what `OutcomeTexts` lists).
    let Some(texts) = OutcomeTexts::kept(e, q, a, &all, TextAt::Evidence(i)) else {
        return false;
    };
    // So is a prohibited use it describes, or described before: the contradictions change.
    let evidence = a.safeguards.get(id).map_or("", |r| r.evidence.as_str());
    if e.texts_said
        .prohibited
        .as_ref()
        .is_none_or(|was| was.contains(&TextAt::Evidence(i)))
        || (!evidence.trim().is_empty() && describes_a_prohibited_use(evidence))
    {
        return false;
    }
    let scope = Scope {
        q,
        a,
        facts: &all,
        categories: &e.categories,
        contradictions: &e.contradictions,
        assume: None,
        denied_ahead: &[],
        texts,
    };
    let result = scope.safeguard(s, shown);
    if let Some(slot) = e.safeguards.get_mut(i) {
        *slot = result;
    }
    for (r, slot) in q.requirements.iter().zip(e.requirements.iter_mut()) {
        if r.id == s.requirement {
            let by_rule = matches!(slot.why, AppliesBecause::Rule(_));
            *slot = requirement_result(q, r, &e.safeguards, by_rule);
        }
    }
    settle(q, a, e);
    true
}
