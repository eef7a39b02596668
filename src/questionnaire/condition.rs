//! Show-conditions and required-when conditions over earlier answers.

use super::Text;
use crate::answer::Answer;
use serde::{Deserialize, Serialize};

/// A condition over answers given so far. Hidden questions count as unanswered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The question has an answer.
    Answered(Text),
    /// The answer picks this option (for multi: includes it; for yes/no: "yes" or "no").
    Is {
        question: Text,
        option: Text,
    },
    /// The answer picks at least one of these options.
    AnyOf {
        question: Text,
        options: Vec<Text>,
    },
    /// A number answer is at least this value.
    AtLeast {
        question: Text,
        value: f64,
    },
    /// A number answer is at most this value.
    AtMost {
        question: Text,
        value: f64,
    },
    /// Any consequential category has been marked by earlier answers.
    Consequential,
    /// This consequential category has been marked by earlier answers.
    Category(Text),
    /// A concern about this prohibition has been raised by earlier answers.
    Concern(Text),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// What a condition can look at.
pub trait Facts {
    /// The answer to a question, if it is visible and answered.
    fn answer(&self, question: &str) -> Option<&Answer>;
    fn has_category(&self, category: &str) -> bool;
    fn any_category(&self) -> bool;
    fn has_concern(&self, prohibition: &str) -> bool;
    /// The answers by the position of their question in asking order, where these facts hold
    /// them so (a question past the end has none): readers that walk every question take
    /// each answer from here instead of looking it up by id (issue 7). `None` where the facts
    /// only answer by id, or change some answers (a what-if).
    fn by_position(&self) -> Option<&[Option<&Answer>]> {
        None
    }
}

impl Condition {
    pub fn holds(&self, facts: &dyn Facts) -> bool {
        match self {
            Condition::Answered(q) => facts.answer(q).is_some(),
            Condition::Is { question, option } => {
                facts.answer(question).is_some_and(|a| a.picks(option))
            }
            Condition::AnyOf { question, options } => facts
                .answer(question)
                .is_some_and(|a| options.iter().any(|o| a.picks(o))),
            Condition::AtLeast { question, value } => facts
                .answer(question)
                .and_then(Answer::number)
                .is_some_and(|n| n >= *value),
            Condition::AtMost { question, value } => facts
                .answer(question)
                .and_then(Answer::number)
                .is_some_and(|n| n <= *value),
            Condition::Consequential => facts.any_category(),
            Condition::Category(c) => facts.has_category(c),
            Condition::Concern(p) => facts.has_concern(p),
            Condition::All(cs) => cs.iter().all(|c| c.holds(facts)),
            Condition::Any(cs) => cs.iter().any(|c| c.holds(facts)),
            Condition::Not(c) => !c.holds(facts),
        }
    }

    /// Whether the condition holds because of a particular consequential category the answers
    /// mark: some holding path through it rests on a named category. A safeguard required this
    /// way answers the consequential use itself; one required for personal data or a concern
    /// does not, and must not make "safeguards specific to the use case" met for a hiring
    /// screener that tells candidates nothing (a hostile review). Nor does one required for
    /// every consequential use alike ("any category"): a notice that AI is involved says
    /// nothing specific to lending (a thirteenth hostile review).
    pub fn holds_through_category(&self, facts: &dyn Facts) -> bool {
        match self {
            Condition::Consequential => false,
            Condition::Category(c) => facts.has_category(c),
            Condition::All(cs) => {
                cs.iter().all(|c| c.holds(facts))
                    && cs.iter().any(|c| c.holds_through_category(facts))
            }
            Condition::Any(cs) => cs.iter().any(|c| c.holds_through_category(facts)),
            _ => false,
        }
    }

    /// Whether this is a test of one question's answer (picked, any of, answered, or their
    /// negation) whose question has no answer: it holds or fails only because it was not asked.
    fn asks_unanswered(&self, facts: &dyn Facts) -> bool {
        match self {
            Condition::Is { question, .. }
            | Condition::AnyOf { question, .. }
            | Condition::Answered(question) => facts.answer(question).is_none(),
            Condition::Not(inner) => inner.asks_unanswered(facts),
            _ => false,
        }
    }

    /// Whether the condition names a concern about prohibited use `prohibition` where it can
    /// make the condition hold: in the condition itself or a group of it, not under a `not`
    /// (a safeguard required when a concern is absent does not answer that concern).
    pub fn mentions_concern(&self, prohibition: &str) -> bool {
        match self {
            Condition::Concern(p) => p == prohibition,
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().any(|c| c.mentions_concern(prohibition))
            }
            _ => false,
        }
    }

    /// The options the condition asks to be picked, by question, where a pick can make it hold:
    /// in the condition itself or a group of it, not under a `not` (there the answer does not
    /// pick them).
    pub fn picks(&self) -> Vec<(&str, &[Text])> {
        let mut out = Vec::new();
        self.collect_picks(&mut out, false);
        out.into_iter()
            .filter(|p| !p.2)
            .map(|(q, o, _)| (q, o))
            .collect()
    }

    /// Each test of a question's picks, with whether it stands under a `not`.
    fn collect_picks<'a>(&'a self, out: &mut Vec<(&'a str, &'a [Text], bool)>, negated: bool) {
        match self {
            Condition::Is { question, option } => {
                out.push((question, std::slice::from_ref(option), negated));
            }
            Condition::AnyOf { question, options } => out.push((question, options, negated)),
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().for_each(|c| c.collect_picks(out, negated));
            }
            Condition::Not(c) => c.collect_picks(out, !negated),
            _ => {}
        }
    }

    /// Whether the condition holds, and holds because the answers raise a concern about
    /// prohibited use `concern`: such a safeguard is one that stands against that misuse.
    pub fn holds_through_concern(&self, facts: &dyn Facts, concern: &str) -> bool {
        match self {
            Condition::Concern(c) => c.as_str() == concern && facts.has_concern(c),
            Condition::All(cs) => {
                cs.iter().all(|c| c.holds(facts))
                    && cs.iter().any(|c| c.holds_through_concern(facts, concern))
            }
            Condition::Any(cs) => cs.iter().any(|c| c.holds_through_concern(facts, concern)),
            _ => false,
        }
    }

    /// Every question id this condition reads.
    pub fn questions(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_questions(&mut out);
        out
    }

    fn collect_questions<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Condition::Answered(q)
            | Condition::Is { question: q, .. }
            | Condition::AnyOf { question: q, .. }
            | Condition::AtLeast { question: q, .. }
            | Condition::AtMost { question: q, .. } => out.push(q),
            Condition::All(cs) | Condition::Any(cs) => {
                cs.iter().for_each(|c| c.collect_questions(out));
            }
            Condition::Not(c) => c.collect_questions(out),
            Condition::Consequential | Condition::Category(_) | Condition::Concern(_) => {}
        }
    }

    /// Why the condition holds now, in words a reviewer can check without knowing ids: of an
    /// `any` only the branches that hold, questions by their prompt, options by their labels,
    /// categories and prohibitions by their titles.
    pub fn describe_holding(
        &self,
        facts: &dyn Facts,
        q: &crate::questionnaire::Questionnaire,
    ) -> String {
        self.holding_words(facts, q, false)
    }

    /// [`Condition::describe_holding`] as the grounds for calling something for: in an `all`,
    /// the parts under "not" are exclusions, not reasons, and are left out where another part
    /// gives one (a review read "needed because … and Does the system identify …? → No: it does
    /// not identify …" as a ground for a privacy safeguard).
    pub fn describe_grounds(
        &self,
        facts: &dyn Facts,
        q: &crate::questionnaire::Questionnaire,
    ) -> String {
        self.holding_words(facts, q, true)
    }

    fn holding_words(
        &self,
        facts: &dyn Facts,
        q: &crate::questionnaire::Questionnaire,
        grounds: bool,
    ) -> String {
        let picked_labels = |question: &str, wanted: &[&str]| -> String {
            let labels: Vec<String> = facts
                .answer(question)
                .map(|a| a.picked())
                .unwrap_or_default()
                .into_iter()
                .filter(|p| wanted.contains(p))
                .map(|p| {
                    q.question(question)
                        .and_then(|x| x.option(p))
                        .map_or_else(|| p.to_string(), |o| format!("\"{}\"", o.label))
                })
                .collect();
            format!("{} → {}", short_prompt(q, question), labels.join(", "))
        };
        // The answer given, in full: what shows that an option is absent from it (a sixth
        // hostile review read "... is answered, and ... is none of ..." in a contradiction).
        let given = |question: &str| -> String {
            let picked = facts
                .answer(question)
                .map(|a| a.picked())
                .unwrap_or_default();
            if picked.is_empty() {
                // The text itself, so a reviewer can check it (a review read "… is answered"
                // where the answer said "not registered yet").
                match facts.answer(question) {
                    Some(crate::answer::Answer::Text(t)) if !t.trim().is_empty() => {
                        let flat = t.split_whitespace().collect::<Vec<_>>().join(" ");
                        let cut: String = flat.chars().take(120).collect();
                        let more = if cut.len() < flat.len() { "…" } else { "" };
                        format!("{} → \"{cut}{more}\"", short_prompt(q, question))
                    }
                    _ => format!("{} is answered", short_prompt(q, question)),
                }
            } else {
                picked_labels(question, &picked)
            }
        };
        match self {
            Condition::Is { question, option } if self.holds(facts) => {
                picked_labels(question, &[option.as_str()])
            }
            Condition::AnyOf { question, options } if self.holds(facts) => {
                let wanted: Vec<&str> = options.iter().map(Text::as_str).collect();
                picked_labels(question, &wanted)
            }
            Condition::Answered(question) => given(question),
            Condition::Not(inner) if self.holds(facts) => match &**inner {
                Condition::Is { question, .. } | Condition::AnyOf { question, .. }
                    if facts.answer(question).is_some() =>
                {
                    given(question)
                }
                // "Not all of these" holds by the parts that do not: say those, rather than the
                // whole group bracketed behind "not" (a review read "it is not so that (inputs;
                // and audits)" beside an answer that ticked inputs).
                // Where a part fails only because its question was never asked (the machine
                // questions of a system that runs no machine), the group holds by an absence, and
                // nothing is said: reasons never cite a question that was not asked.
                Condition::All(cs) => {
                    let failing: Vec<&Condition> = cs.iter().filter(|c| !c.holds(facts)).collect();
                    if failing.iter().any(|c| c.asks_unanswered(facts)) {
                        return String::new();
                    }
                    let mut parts: Vec<String> = Vec::new();
                    for c in failing {
                        // A failing "not X" holds as X: say X's answers.
                        let part = match c {
                            Condition::Not(x) => x.describe_holding(facts, q),
                            other => {
                                Condition::Not(Box::new(other.clone())).describe_holding(facts, q)
                            }
                        };
                        if !parts.contains(&part) {
                            parts.push(part);
                        }
                    }
                    if parts.is_empty() {
                        self.describe(q)
                    } else {
                        merge_by_question(&mut parts);
                        parts.join(", and ")
                    }
                }
                _ => self.describe(q),
            },
            Condition::Category(c) => format!(
                "the use involves {}",
                q.category(c).map_or(c.as_str(), |x| x.title.as_str())
            ),
            Condition::Concern(p) => format!(
                "a concern about \"{}\" is raised",
                q.prohibition(p).map_or(p.as_str(), |x| x.title.as_str())
            ),
            Condition::Any(cs) => {
                let mut holding: Vec<String> = cs
                    .iter()
                    .filter(|c| c.holds(facts))
                    .map(|c| c.holding_words(facts, q, grounds))
                    .collect();
                // A branch said whole inside another that holds is said once (a review read
                // "→ "It advises …"; → "It advises …", and the use involves …").
                let all = holding.clone();
                holding.retain(|h| !all.iter().any(|o| o != h && o.contains(h.as_str())));
                holding.dedup();
                if holding.is_empty() {
                    self.describe(q)
                } else {
                    holding.join("; ")
                }
            }
            // The answers that make it hold. A long "none of these" (a contradiction that holds
            // while no screening answer confirms a prohibition) is an absence, which the finding's
            // own message states: listing the eleven answers not given buried the one that was.
            Condition::All(cs) => {
                // Nor "... is not ..." of a question with no answer (not asked, or hidden): it
                // holds only because nothing was said (a new-user review read about the weapon
                // question in an insurance tool's reasons).
                let unanswered_not = |c: &Condition| match c {
                    Condition::Not(inner) => match &**inner {
                        Condition::Is { question, .. } | Condition::AnyOf { question, .. } => {
                            facts.answer(question).is_none()
                        }
                        _ => false,
                    },
                    _ => false,
                };
                let shown: Vec<&Condition> = cs
                    .iter()
                    .filter(|c| !matches!(c, Condition::Not(inner) if matches!(&**inner, Condition::Any(xs) if xs.len() > 3)))
                    .filter(|c| !unanswered_not(c))
                    .collect();
                let shown = if shown.is_empty() {
                    cs.iter().collect()
                } else {
                    shown
                };
                let positive: Vec<&Condition> = shown
                    .iter()
                    .copied()
                    .filter(|c| !matches!(c, Condition::Not(_)))
                    .collect();
                let shown = if grounds && !positive.is_empty() {
                    positive
                } else {
                    shown
                };
                let mut parts: Vec<String> = Vec::new();
                for part in shown.iter().map(|c| c.holding_words(facts, q, grounds)) {
                    // One answer read by two parts ("answered", "none of") is said once; a part
                    // that holds by a question never asked says nothing.
                    if !part.is_empty() && !parts.contains(&part) {
                        parts.push(part);
                    }
                }
                merge_by_question(&mut parts);
                parts.join(", and ")
            }
            _ => self.describe(q),
        }
    }

    /// The condition in words, for help panels, listings and reports: questions by their
    /// prompt, options by their labels, numbers as a person writes them, categories and
    /// prohibitions by their titles; nested and/or groups are bracketed so precedence is plain.
    pub fn describe(&self, q: &crate::questionnaire::Questionnaire) -> String {
        let label = |question: &str, option: &str| -> String {
            let text = q
                .question(question)
                .and_then(|x| x.option(option))
                .map_or(option, |o| o.label.as_str());
            format!("\"{text}\"")
        };
        let labels = |question: &str, options: &[Text]| -> String {
            let all: Vec<String> = options.iter().map(|o| label(question, o)).collect();
            match all.len() {
                0 | 1 => all.join(""),
                _ => format!("one of {}", all.join(", ")),
            }
        };
        let title = |kind: &str, id: &str| -> String {
            match kind {
                "category" => q.category(id).map_or(id, |c| c.title.as_str()),
                _ => q.prohibition(id).map_or(id, |c| c.title.as_str()),
            }
            .to_string()
        };
        let number = crate::number::display_number;
        match self {
            Condition::Answered(x) => format!("{} is answered", short_prompt(q, x)),
            Condition::Is { question, option } => {
                format!(
                    "{} → {}",
                    short_prompt(q, question),
                    label(question, option)
                )
            }
            Condition::AnyOf { question, options } => {
                format!(
                    "{} → {}",
                    short_prompt(q, question),
                    labels(question, options)
                )
            }
            Condition::AtLeast { question, value } => {
                format!(
                    "{} is at least {}",
                    short_prompt(q, question),
                    number(*value)
                )
            }
            Condition::AtMost { question, value } => {
                format!(
                    "{} is at most {}",
                    short_prompt(q, question),
                    number(*value)
                )
            }
            Condition::Consequential => {
                format!("the use involves a {}", q.vocabulary.consequential)
            }
            Condition::Category(c) => format!("the use involves {}", title("category", c)),
            Condition::Concern(p) => {
                format!("a concern about \"{}\" is raised", title("prohibition", p))
            }
            Condition::All(cs) => join_group(q, cs, "and"),
            Condition::Any(cs) => join_group(q, cs, "or"),
            Condition::Not(c) => match c.as_ref() {
                Condition::Is { question, option } => format!(
                    "{} is not {}",
                    short_prompt(q, question),
                    label(question, option)
                ),
                Condition::AnyOf { question, options } => format!(
                    "{} is none of {}",
                    short_prompt(q, question),
                    options
                        .iter()
                        .map(|o| label(question, o))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Condition::Answered(x) => format!("{} is not answered", short_prompt(q, x)),
                Condition::Consequential => {
                    format!("the use involves no {}", q.vocabulary.consequential)
                }
                Condition::Category(c) => {
                    format!("the use does not involve {}", title("category", c))
                }
                Condition::Concern(p) => {
                    format!("no concern about \"{}\" is raised", title("prohibition", p))
                }
                Condition::All(cs) if cs.len() == 2 => {
                    format!("not both: {}", join_group(q, cs, "and"))
                }
                Condition::All(cs) => format!("not all of: {}", join_group(q, cs, "and")),
                Condition::Any(cs) => format!(
                    "none of: {}",
                    cs.iter()
                        .map(|c| c.describe(q))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                other => format!("it is not so that {}", other.describe(q)),
            },
        }
    }
}

/// Parts of an all/any group joined by "and"/"or"; a part that is itself a group is bracketed,
/// so "A and (B or C)" never reads as "(A and B) or C".
fn join_group(q: &crate::questionnaire::Questionnaire, cs: &[Condition], word: &str) -> String {
    let parts: Vec<String> = cs
        .iter()
        .map(|c| match c {
            Condition::All(inner) | Condition::Any(inner) if inner.len() > 1 => {
                format!("({})", c.describe(q))
            }
            _ => c.describe(q),
        })
        .collect();
    let sep = format!("; {word} ");
    if cs.len() > 2 && word == "or" {
        format!("any of: {}", parts.join("; or "))
    } else {
        parts.join(&sep)
    }
}

/// A question's prompt up to its first question mark: "Which of these does the system do?"
/// rather than the instructions that follow it.
fn short_prompt(q: &crate::questionnaire::Questionnaire, id: &str) -> String {
    match q.question(id) {
        Some(x) => match x.prompt.find('?') {
            Some(i) => x.prompt[..=i].to_string(),
            None => x.prompt.to_string(),
        },
        None => id.to_string(),
    }
}

/// Parts that each say one answer to the same question ("Q → A", "Q → B") said once, as
/// "Q → A, B": a reviewer read one long prompt three times in one cell. Where one of them is
/// quoted, every one is: labels hold commas, and a new-user review could not tell where one
/// unquoted label ended beside quoted ones.
pub(crate) fn merge_by_question(parts: &mut Vec<String>) {
    const ARROW: &str = " → ";
    // Each part's prompt and its answers, in order.
    let mut out: Vec<(String, Vec<String>)> = Vec::with_capacity(parts.len());
    for part in parts.drain(..) {
        let split = part
            .split_once(ARROW)
            .filter(|(_, a)| !a.contains(ARROW))
            .map(|(p, a)| (p.to_string(), a.to_string()));
        match split {
            Some((prompt, answer)) => {
                match out
                    .iter_mut()
                    .find(|(p, answers)| *p == prompt && !answers.is_empty())
                {
                    Some((_, answers)) => answers.push(answer),
                    None => out.push((prompt, vec![answer])),
                }
            }
            None => out.push((part, Vec::new())),
        }
    }
    *parts = out
        .into_iter()
        .map(|(prompt, answers)| {
            if answers.is_empty() {
                return prompt;
            }
            let quoted = answers.len() > 1 && answers.iter().any(|a| a.starts_with('"'));
            let answers: Vec<String> = answers
                .into_iter()
                .map(|a| {
                    if quoted && !a.starts_with('"') {
                        format!("\"{a}\"")
                    } else {
                        a
                    }
                })
                .collect();
            format!("{prompt}{ARROW}{}", answers.join(", "))
        })
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Picks under a `not` are picks the answer does not make; groups are read through.
    #[test]
    fn picks_are_the_options_that_can_make_it_hold() {
        let t = |s: &str| Text::from(s);
        let c = Condition::All(vec![
            Condition::Is {
                question: t("a"),
                option: t("x"),
            },
            Condition::Any(vec![
                Condition::AnyOf {
                    question: t("b"),
                    options: vec![t("y"), t("z")],
                },
                Condition::Answered(t("c")),
            ]),
            Condition::Not(Box::new(Condition::Is {
                question: t("d"),
                option: t("w"),
            })),
            Condition::Concern(t("privacy")),
        ]);
        let picks: Vec<(&str, Vec<&str>)> = c
            .picks()
            .into_iter()
            .map(|(q, o)| (q, o.iter().map(Text::as_str).collect()))
            .collect();
        assert_eq!(picks, [("a", vec!["x"]), ("b", vec!["y", "z"])]);
    }
}
