//! Checking conditions: what they may name, that a show_if reads only earlier questions, and that a condition can hold at all.

use super::*;

impl Validator<'_> {
    /// Converts and checks one condition. `before` is the asking position of the question that
    /// owns a show_if: such conditions may read only earlier questions.
    /// A condition that may read any question (required_when, contradictions, floors, ...).
    pub(crate) fn any_condition(
        &mut self,
        c: &Spanned<RawCondition>,
        owner: &str,
        refs: &Refs<'_, '_>,
    ) -> Option<Condition> {
        self.condition(c, owner, None, refs)
    }

    pub(crate) fn condition(
        &mut self,
        c: &Spanned<RawCondition>,
        owner: &str,
        before: Option<usize>,
        refs: &Refs<'_, '_>,
    ) -> Option<Condition> {
        let Refs {
            position,
            questions: raw_questions,
            categories,
            prohibitions,
        } = *refs;
        let r = c.get_ref();
        let span = span_of(c);
        let forms = [
            r.question.is_some(),
            r.answered.is_some(),
            r.consequential.is_some(),
            r.category.is_some(),
            r.concern.is_some(),
            r.all.is_some(),
            r.any.is_some(),
            r.not.is_some(),
        ];
        if forms.iter().filter(|f| **f).count() != 1 {
            self.err(
                span,
                format!("{owner}: a condition must have exactly one form"),
                CONDITION_FORMS,
            );
            return None;
        }
        let question_ref = |v: &mut Self, q: &Spanned<String>| -> Option<usize> {
            let id = q.get_ref();
            let Some(&pos) = position.get(id) else {
                v.err(
                    span_of(q),
                    format!("{owner}: condition refers to unknown question `{id}`"),
                    "check the spelling of the question id",
                );
                return None;
            };
            if let Some(b) = before
                && pos >= b
            {
                v.err(span_of(q), format!("{owner}: condition refers to `{id}`, which is not asked before it"), format!("a show_if may only read earlier questions: move `{id}` earlier or change the condition"));
                return None;
            }
            raw_questions.find(id)
        };
        if let Some(q) = &r.question {
            let idx = question_ref(self, q)?;
            let rq = raw_questions.list.get(idx)?;
            let kind = *rq.kind.get_ref();
            let ops = [
                r.is.is_some(),
                r.any_of.is_some(),
                r.at_least.is_some(),
                r.at_most.is_some(),
            ];
            if ops.iter().filter(|o| **o).count() != 1 {
                self.err(span, format!("{owner}: a question condition needs exactly one of is, any_of, at_least, at_most"), CONDITION_FORMS);
                return None;
            }
            let id = q.get_ref().clone();
            let option_ok = |o: &str| match kind {
                RawKind::YesNo => o == "yes" || o == "no",
                RawKind::Single | RawKind::Multi => rq
                    .option
                    .iter()
                    .any(|x| x.get_ref().id.as_ref().is_some_and(|i| i.get_ref() == o)),
                _ => false,
            };
            if let Some(o) = &r.is {
                if !option_ok(o) {
                    self.err(span, format!("{owner}: condition `{id} = {o}` can never hold: `{id}` has no option `{o}`"), "use an option id of that question (yes_no questions have `yes` and `no`)");
                    return None;
                }
                return Some(Condition::Is {
                    question: id.into(),
                    option: Text::from(o.as_str()),
                });
            }
            if let Some(os) = &r.any_of {
                for o in os {
                    if !option_ok(o) {
                        self.err(
                            span,
                            format!(
                                "{owner}: condition lists `{o}`, which is not an option of `{id}`"
                            ),
                            "use option ids of that question",
                        );
                        return None;
                    }
                }
                return Some(Condition::AnyOf {
                    question: id.into(),
                    options: os.iter().map(Text::from).collect(),
                });
            }
            if !matches!(kind, RawKind::Number) {
                self.err(
                    span,
                    format!(
                        "{owner}: at_least/at_most need a number question, and `{id}` is not one"
                    ),
                    "compare options with is or any_of",
                );
                return None;
            }
            if let Some(v) = r.at_least {
                return Some(Condition::AtLeast {
                    question: id.into(),
                    value: v,
                });
            }
            return r.at_most.map(|v| Condition::AtMost {
                question: id.into(),
                value: v,
            });
        }
        if r.is.is_some() || r.any_of.is_some() || r.at_least.is_some() || r.at_most.is_some() {
            self.err(
                span,
                format!("{owner}: is, any_of, at_least and at_most need question = \"id\""),
                CONDITION_FORMS,
            );
            return None;
        }
        if let Some(q) = &r.answered {
            question_ref(self, q)?;
            return Some(Condition::Answered(Text::from(q.get_ref())));
        }
        if let Some(b) = r.consequential {
            return Some(if b {
                Condition::Consequential
            } else {
                Condition::Not(Box::new(Condition::Consequential))
            });
        }
        if let Some(cat) = &r.category {
            self.check_refs("category", std::slice::from_ref(cat), categories, owner);
            return Some(Condition::Category(Text::from(cat.get_ref())));
        }
        if let Some(p) = &r.concern {
            self.check_refs("prohibition", std::slice::from_ref(p), prohibitions, owner);
            return Some(Condition::Concern(Text::from(p.get_ref())));
        }
        let list = |v: &mut Self, cs: &Vec<Spanned<RawCondition>>| -> Option<Vec<Condition>> {
            if cs.is_empty() {
                v.err(
                    span.clone(),
                    format!("{owner}: all/any needs at least one condition"),
                    CONDITION_FORMS,
                );
                return None;
            }
            let out: Vec<Option<Condition>> = cs
                .iter()
                .map(|c| v.condition(c, owner, before, refs))
                .collect();
            out.into_iter().collect()
        };
        if let Some(cs) = &r.all {
            return list(self, cs).map(Condition::All);
        }
        if let Some(cs) = &r.any {
            return list(self, cs).map(Condition::Any);
        }
        if let Some(c) = &r.not {
            return self
                .condition(c, owner, before, refs)
                .map(|c| Condition::Not(Box::new(c)));
        }
        None
    }

    /// Finds show-conditions that no set of answers can satisfy.
    pub(crate) fn check_reachable(&mut self, q: &mut Questionnaire, raw: &RawFile) {
        let mut reachable: HashSet<String> = HashSet::new();
        let mut cats_so_far: HashSet<String> = HashSet::new();
        let mut concerns_so_far: HashSet<String> = HashSet::new();
        for question in &q.questions {
            let ok = question
                .show_if
                .as_ref()
                .is_none_or(|c| may_hold(c, q, &reachable, &cats_so_far, &concerns_so_far));
            if ok {
                reachable.insert(question.id.to_string());
                for e in question
                    .options
                    .iter()
                    .map(|o| &o.effects)
                    .chain(question.bands.iter().map(|b| &b.effects))
                {
                    cats_so_far.extend(e.categories.iter().map(String::from));
                    concerns_so_far.extend(e.concerns.iter().map(String::from));
                }
            } else {
                let span = raw
                    .question
                    .iter()
                    .find(|r| r.id.get_ref() == &question.id)
                    .and_then(|r| r.show_if.as_ref())
                    .and_then(span_of);
                self.err(
                    span,
                    format!("question `{}` is unreachable: its show_if ({}) can never hold", question.id, question.show_if.as_ref().map(|c| c.describe(q)).unwrap_or_default()),
                    "check for contradictory options, or for categories and concerns that no earlier answer raises",
                );
            }
        }
        for (c, rc) in q.contradictions.iter().zip(&raw.contradiction) {
            if !may_hold(&c.when, q, &reachable, &cats_so_far, &concerns_so_far) {
                self.err(
                    span_of(&rc.when),
                    format!("contradiction `{}` can never hold: {}", c.id, c.when.describe(q)),
                    "a contradiction names answers that can be given together; check its options and questions",
                );
            }
        }
    }
}

pub(crate) fn may_hold(
    c: &Condition,
    q: &Questionnaire,
    reachable: &HashSet<String>,
    cats: &HashSet<String>,
    concerns: &HashSet<String>,
) -> bool {
    match c {
        Condition::Answered(x)
        | Condition::AtLeast { question: x, .. }
        | Condition::AtMost { question: x, .. } => reachable.contains(x.as_str()),
        Condition::Is { question, .. } | Condition::AnyOf { question, .. } => {
            reachable.contains(question.as_str())
        }
        Condition::Consequential => !cats.is_empty(),
        Condition::Category(x) => cats.contains(x.as_str()),
        Condition::Concern(x) => concerns.contains(x.as_str()),
        Condition::Any(cs) => cs.iter().any(|c| may_hold(c, q, reachable, cats, concerns)),
        Condition::Not(_) => true,
        Condition::All(cs) => {
            if !cs.iter().all(|c| may_hold(c, q, reachable, cats, concerns)) {
                return false;
            }
            // Two different options of one single-choice or yes/no question cannot both hold,
            // nor an exclusive ("none of these") option with another option of its question,
            // nor a number range whose lower bound is above its upper bound, nor an option
            // together with its negation.
            let mut picked: HashMap<&str, &str> = HashMap::new();
            let mut multi: HashMap<&str, Vec<&str>> = HashMap::new();
            let mut low: HashMap<&str, f64> = HashMap::new();
            let mut high: HashMap<&str, f64> = HashMap::new();
            for c in cs {
                match c {
                    Condition::Is { question, option } => {
                        let single = q
                            .question(question)
                            .is_some_and(|x| x.kind != QuestionKind::Multi);
                        if single {
                            if let Some(prev) = picked.insert(question, option)
                                && prev != option
                            {
                                return false;
                            }
                        } else {
                            multi.entry(question).or_default().push(option);
                        }
                    }
                    Condition::AtLeast { question, value } => {
                        let v = low.entry(question).or_insert(*value);
                        *v = v.max(*value);
                    }
                    Condition::AtMost { question, value } => {
                        let v = high.entry(question).or_insert(*value);
                        *v = v.min(*value);
                    }
                    _ => {}
                }
            }
            for (question, options) in &multi {
                let exclusive = options.iter().any(|o| {
                    q.question(question)
                        .and_then(|x| x.option(o))
                        .is_some_and(|x| x.exclusive)
                });
                if exclusive && options.iter().any(|o| options.first() != Some(o)) {
                    return false;
                }
            }
            if low
                .iter()
                .any(|(k, lo)| high.get(k).is_some_and(|hi| lo > hi))
            {
                return false;
            }
            !cs.iter()
                .any(|c| matches!(c, Condition::Not(inner) if cs.contains(inner)))
        }
    }
}
