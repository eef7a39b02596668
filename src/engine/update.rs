//! Evaluating again after one question's answer or note changed, without walking every
//! question (issue 7: Space took 10 ms at 10,000 questions, most of it the walk).
//!
//! The patch follows a change only as far as it can prove the rest of the evaluation stays
//! as it was: the answer marks the same categories, raises the same concerns and confirms the
//! same prohibitions, in the same words, as before (and clears nothing), so every question is
//! shown as before unless a condition reading this answer says otherwise (those are checked),
//! and the contradictions and the requirements' own rules come out the same. Then only this question's entries, the
//! safeguards that read its answer, their requirements and the conclusion are worked out
//! again, by the functions the whole evaluation uses. Anything else is evaluated in full.
//! Debug builds (every test) check each patch against a whole evaluation, and a property test
//! does so over random edits of every example and of a generated questionnaire.

use super::pass::{
    Scope, add_risk, contradictions_holding, floors_holding, note_absent, requirement_result,
    settle, shown_by,
};
use super::*;
use crate::questionnaire::Condition;

/// Who reads each question's answer, built once per questionnaire (a few milliseconds at
/// 10,000 questions) and kept by the caller between changes.
#[derive(Debug, Clone)]
pub struct Readers {
    /// The number of questions and safeguards it was built for.
    len: (usize, usize),
    /// By question position: the questions whose `show_if` reads it.
    shows: HashMap<usize, Vec<usize>>,
    /// By question position: the safeguards (positions) whose result reads its answer.
    safeguards: HashMap<usize, Vec<usize>>,
    /// By safeguard position: the questions with an option or band that satisfies it, in
    /// asking order.
    satisfiers: Vec<Vec<usize>>,
    /// By question position: whether an effect of an answer to it can leave no reason in the
    /// findings, so that its reasons there do not show what it did. A derogation does (and,
    /// where there is one, a category marked and then cleared and marked again), and so does
    /// an id outside the catalogue (which validation refuses).
    untraced: Vec<bool>,
}

fn each_effects(question: &Question) -> impl Iterator<Item = &Effects> {
    question
        .options
        .iter()
        .map(|o| &o.effects)
        .chain(question.bands.iter().map(|b| &b.effects))
}

fn push_once(map: &mut HashMap<usize, Vec<usize>>, key: usize, value: usize) {
    let list = map.entry(key).or_default();
    if !list.contains(&value) {
        list.push(value);
    }
}

impl Readers {
    pub fn new(q: &Questionnaire) -> Self {
        let mut shows = HashMap::new();
        for (j, x) in q.questions.iter().enumerate() {
            for id in x.show_if.iter().flat_map(Condition::questions) {
                if let Some(k) = q.question_index(id) {
                    push_once(&mut shows, k, j);
                }
            }
        }
        let mut safeguards = HashMap::new();
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        for (i, s) in q.safeguards.iter().enumerate() {
            by_id.entry(s.id.as_str()).or_insert(i);
            let conditions = [
                &s.required_when,
                &s.satisfied_when,
                &s.policy_when,
                &s.never_not_applicable_when,
            ];
            for id in conditions.into_iter().flatten().flat_map(|c| c.questions()) {
                if let Some(k) = q.question_index(id) {
                    push_once(&mut safeguards, k, i);
                }
            }
        }
        let mut satisfiers = vec![Vec::new(); q.safeguards.len()];
        let clears_anywhere = q
            .questions
            .iter()
            .flat_map(each_effects)
            .any(|f| !f.clears.is_empty());
        let mut untraced = vec![false; q.questions.len()];
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
                    push_once(&mut safeguards, k, *i);
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
            safeguards,
            satisfiers,
            untraced,
        }
    }
}

/// Whether a condition reads the categories or concerns the walk has gathered so far, which
/// the patch does not keep by position.
fn reads_gathered(c: &Condition) -> bool {
    match c {
        Condition::Consequential | Condition::Category(_) | Condition::Concern(_) => true,
        Condition::All(cs) | Condition::Any(cs) => cs.iter().any(reads_gathered),
        Condition::Not(c) => reads_gathered(c),
        _ => false,
    }
}

/// The answers as the walk sees them, read from an evaluation and the assessment: an answer
/// counts where its question is visible and it is given, and only for questions before
/// `before` (a `show_if` sees only the questions asked before its own).
struct Seen<'a> {
    q: &'a Questionnaire,
    a: &'a Assessment,
    visible_at: &'a [(usize, bool)],
    before: usize,
    categories: &'a [CategoryFinding],
    prohibitions: &'a [ProhibitionFinding],
}

impl Facts for Seen<'_> {
    fn answer(&self, question: &str) -> Option<&Answer> {
        let i = self.q.question_index(question)?;
        if i >= self.before || self.visible_at.binary_search_by_key(&i, |x| x.0).is_err() {
            return None;
        }
        self.a.answers.get(question).filter(|x| is_given(x))
    }
    fn has_category(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c.id == category)
    }
    fn any_category(&self) -> bool {
        !self.categories.is_empty()
    }
    fn has_concern(&self, prohibition: &str) -> bool {
        self.prohibitions
            .iter()
            .any(|p| p.id == prohibition && !p.concerns.is_empty())
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
    if readers.len != (q.questions.len(), q.safeguards.len())
        || !e.what_if.is_empty()
        || e.requirements.len() != q.requirements.len()
        || e.safeguards.len() != q.safeguards.len()
    {
        return false;
    }
    let Some(k) = q.question_index(id) else {
        return false;
    };
    let Some(question) = q.questions.get(k) else {
        return false;
    };
    let answer = a.answers.get(id).filter(|x| is_given(x));
    let Ok(v) = e.visible_at.binary_search_by_key(&k, |x| x.0) else {
        // Hidden: its answer is kept, not counted.
        keep_in(q, &mut e.hidden_answered, k, &question.id, answer.is_some());
        settle(q, a, e);
        return true;
    };

    // What the answer marks, raises and confirms stays as it was: the reasons it gives in the
    // findings are the ones it gave. Without a derogation anywhere, every such effect leaves
    // its reason there (a category is never unmarked), so equal reasons mean equal effects.
    if readers.untraced.get(k).is_none_or(|u| *u) {
        return false;
    }
    let mut effects: Vec<(Text, &Effects)> = Vec::new();
    if let Some(x) = answer {
        each_answer_effect(question, x, |text, f| effects.push((text, f)));
    }
    let reason = |text: &Text| Reason {
        question: question.id.clone(),
        prompt: question.prompt.clone(),
        answer: text.clone(),
    };
    // This answer's reasons in one list of a finding, against those it gives now.
    let same = |was: &[Reason], pick: fn(&Effects) -> &Vec<Text>, finding: &Text| {
        let mut now = Vec::new();
        for (text, f) in &effects {
            for _ in pick(f).iter().filter(|x| *x == finding) {
                now.push(reason(text));
            }
        }
        was.iter().filter(|r| r.question == id).eq(now.iter())
    };
    let unchanged = e.prohibitions.iter().all(|p| {
        same(&p.confirmed_by, |f| &f.prohibits, &p.id) && same(&p.concerns, |f| &f.concerns, &p.id)
    }) && e
        .categories
        .iter()
        .all(|c| same(&c.raised_by, |f| &f.categories, &c.id));
    // A category this answer marks now that no answer had marked has no finding to compare.
    let marks_new = effects.iter().any(|(_, f)| {
        f.categories
            .iter()
            .any(|c| !e.categories.iter().any(|x| x.id == *c))
    });
    if !unchanged || marks_new {
        return false;
    }

    // Every question stays shown or hidden as it was: those whose condition reads this answer
    // are checked (a question asked before it cannot see it).
    let seen = |before: usize| Seen {
        q,
        a,
        visible_at: &e.visible_at,
        before,
        categories: &e.categories,
        prohibitions: &e.prohibitions,
    };
    for &j in readers.shows.get(&k).map_or(&[][..], Vec::as_slice) {
        let Some(c) = q.questions.get(j).and_then(|x| x.show_if.as_ref()) else {
            continue;
        };
        if j <= k {
            continue;
        }
        let shown = e.visible_at.binary_search_by_key(&j, |x| x.0).is_ok();
        if reads_gathered(c) || c.holds(&seen(j)) != shown {
            return false;
        }
    }
    let all = seen(usize::MAX);
    let contradictions = contradictions_holding(q, &all);
    if contradictions != e.contradictions {
        return false;
    }
    let scope = Scope {
        q,
        a,
        facts: &all,
        categories: &e.categories,
        contradictions: &e.contradictions,
        assume: None,
    };
    let by_rule: Vec<bool> = q
        .requirements
        .iter()
        .map(|r| scope.applies_by_rule(r))
        .collect();
    let same_rules = e
        .requirements
        .iter()
        .zip(&by_rule)
        .all(|(r, now)| matches!(r.why, AppliesBecause::Rule(_)) == *now);
    if !same_rules {
        return false;
    }

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

    // The safeguards that read this answer, worked out again.
    let mut redone: Vec<(usize, SafeguardResult)> = Vec::new();
    for &i in readers.safeguards.get(&k).map_or(&[][..], Vec::as_slice) {
        let Some(s) = q.safeguards.get(i) else {
            return false;
        };
        let mut shown = Vec::new();
        for &x in readers.satisfiers.get(i).map_or(&[][..], Vec::as_slice) {
            let Some(xq) = q.questions.get(x) else {
                continue;
            };
            let Some(ans) = all.answer(&xq.id) else {
                continue;
            };
            each_answer_effect(xq, ans, |text, f| {
                for _ in f.satisfies.iter().filter(|x| **x == s.id) {
                    shown.push(shown_by(xq, &text));
                }
            });
        }
        redone.push((i, scope.safeguard(s, shown)));
    }
    let floors = floors_holding(q, &all);
    let needs_note = effects.iter().any(|(_, f)| f.note_required);

    // Nothing above changed `e`; from here on it is patched.
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
    let mut requirements: Vec<Text> = Vec::new();
    for (i, r) in redone {
        if !requirements.contains(&r.requirement) {
            requirements.push(r.requirement.clone());
        }
        if let Some(slot) = e.safeguards.get_mut(i) {
            *slot = r;
        }
    }
    for (i, r) in q.requirements.iter().enumerate() {
        if requirements.contains(&r.id)
            && let Some(slot) = e.requirements.get_mut(i)
        {
            *slot = requirement_result(r, &e.safeguards, by_rule.get(i).copied().unwrap_or(false));
        }
    }
    settle(q, a, e);
    true
}
