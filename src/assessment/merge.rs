//! Three-way merge of an assessment: what a session read (`base`), what it holds now (`mine`)
//! and what the file holds now (`theirs`, after a hand edit, `raia sign` or another program).
//!
//! Each answer, note, safeguard and metadata field is one item. An item changed on one side
//! only takes that side; changed the same way on both is fine; changed differently on both
//! sides is a collision, which the caller must not resolve silently.

use super::{Assessment, Metadata};
use crate::answer::Answer;
use crate::questionnaire::Questionnaire;
use std::collections::{BTreeMap, BTreeSet};

/// One item changed differently here and in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// Which item, for copying it from one side to the other ([`Item::copy`]).
    pub key: Item,
    /// The item in words: "the answer to \"Who uses it?\"", "the detail \"Organisation\"".
    pub item: String,
    /// This session's value, in words ("(none)" when removed).
    pub mine: String,
    /// The file's value.
    pub theirs: String,
}

/// One mergeable item of an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A `[metadata]` detail by key (`review_by` included).
    Detail(&'static str),
    Answer(String),
    Note(String),
    Safeguard(String),
    EvidenceDates(String),
    Plan(String),
}

impl Item {
    /// Puts `from`'s value of this item into `to` (removing it where `from` has none).
    pub fn copy(&self, from: &Assessment, to: &mut Assessment) {
        fn put<V: Clone>(map: &mut BTreeMap<String, V>, from: &BTreeMap<String, V>, id: &str) {
            match from.get(id) {
                Some(v) => {
                    map.insert(id.to_string(), v.clone());
                }
                None => {
                    map.remove(id);
                }
            }
        }
        match self {
            Item::Detail("review_by") => to.metadata.review_by = from.metadata.review_by.clone(),
            Item::Detail(key) => {
                to.metadata
                    .set(key, from.metadata.get(key).unwrap_or_default().to_string());
            }
            Item::Answer(id) => put(&mut to.answers, &from.answers, id),
            Item::Note(id) => put(&mut to.notes, &from.notes, id),
            Item::Safeguard(id) => put(&mut to.safeguards, &from.safeguards, id),
            Item::EvidenceDates(id) => put(&mut to.evidence_dates, &from.evidence_dates, id),
            Item::Plan(id) => put(&mut to.plans, &from.plans, id),
        }
    }

    /// Whether `a` and `b` hold the same value of this item.
    pub fn same(&self, a: &Assessment, b: &Assessment) -> bool {
        match self {
            Item::Detail("review_by") => a.metadata.review_by == b.metadata.review_by,
            Item::Detail(key) => a.metadata.get(key) == b.metadata.get(key),
            Item::Answer(id) => a.answers.get(id) == b.answers.get(id),
            Item::Note(id) => a.notes.get(id) == b.notes.get(id),
            Item::Safeguard(id) => a.safeguards.get(id) == b.safeguards.get(id),
            Item::EvidenceDates(id) => a.evidence_dates.get(id) == b.evidence_dates.get(id),
            Item::Plan(id) => a.plans.get(id) == b.plans.get(id),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    /// Items taken from the file because only the file changed them.
    pub taken: Vec<String>,
    /// Items changed differently on both sides; `assessment` keeps this session's value.
    pub collisions: Vec<Collision>,
}

/// Merges `mine` and `theirs`, both changed from `base`. Items are named in words read from
/// `q` (a prompt, a safeguard's title), never by id, for the messages that name them.
pub fn merge(
    q: &Questionnaire,
    base: &Assessment,
    mine: &Assessment,
    theirs: &Assessment,
) -> Merged {
    let mut m = Merger::default();
    let mut metadata = Metadata::default();
    for detail in super::Detail::ALL {
        let key = detail.key();
        let get = |a: &Assessment| a.metadata.get(key).unwrap_or_default().to_string();
        let v = m.item(
            Item::Detail(key),
            &format!("the detail \"{}\"", detail.label()),
            get(base),
            get(mine),
            get(theirs),
            |s| format!("\"{s}\""),
        );
        metadata.set(key, v);
    }
    // The review date is set by people, like the fields above, though the wizard does not ask it.
    let get = |a: &Assessment| a.metadata.review_by.clone();
    metadata.review_by = m.item(
        Item::Detail("review_by"),
        "the review date (review_by)",
        get(base),
        get(mine),
        get(theirs),
        |s| format!("\"{s}\""),
    );
    // Dates are facts about the file, not answers: the first creation and the last change
    // (YYYY-MM-DD compares as text).
    metadata.created = [&mine.metadata.created, &theirs.metadata.created]
        .into_iter()
        .filter(|d| !d.is_empty())
        .min()
        .cloned()
        .unwrap_or_default();
    metadata.updated = mine
        .metadata
        .updated
        .clone()
        .max(theirs.metadata.updated.clone());
    let prompt = |what: &str, id: &str| match q.question(id) {
        Some(x) => format!("{what} \"{}\"", x.prompt),
        None => format!("{what} `{id}`"),
    };
    let title = |what: &str, id: &str| match q.safeguard(id) {
        Some(x) => format!("{what} \"{}\"", x.title),
        None => format!("{what} `{id}`"),
    };
    let answers = m.map(
        |id| Item::Answer(id.to_string()),
        |id| prompt("the answer to", id),
        &base.answers,
        &mine.answers,
        &theirs.answers,
        |id, a| match q.question(id) {
            Some(x) => format!("\"{}\"", crate::engine::display_answer(x, a)),
            None => answer_text(a),
        },
    );
    let notes = m.map(
        |id| Item::Note(id.to_string()),
        |id| prompt("the note on", id),
        &base.notes,
        &mine.notes,
        &theirs.notes,
        |_, n| format!("\"{n}\""),
    );
    let safeguards = m.map(
        |id| Item::Safeguard(id.to_string()),
        |id| title("the status of", id),
        &base.safeguards,
        &mine.safeguards,
        &theirs.safeguards,
        |_, e| {
            if e.evidence.is_empty() {
                e.status.label().to_string()
            } else {
                format!("{} (evidence \"{}\")", e.status.label(), e.evidence)
            }
        },
    );
    let evidence_dates = m.map(
        |id| Item::EvidenceDates(id.to_string()),
        |id| title("the evidence dates of", id),
        &base.evidence_dates,
        &mine.evidence_dates,
        &theirs.evidence_dates,
        |_, d| format!("dated \"{}\", expires \"{}\"", d.date, d.expires),
    );
    let plans = m.map(
        |id| Item::Plan(id.to_string()),
        |id| title("the plan for", id),
        &base.plans,
        &mine.plans,
        &theirs.plans,
        |_, p| format!("owner \"{}\", target \"{}\"", p.owner, p.target),
    );
    // Sign-offs are added by `raia sign` and the wizard, and taken back only by the wizard's
    // undo of its own: keep every one from either side but those this side took back (a review's
    // undo was lost when a colleague signed meanwhile, and the mistaken approval stayed).
    let taken_back: Vec<&crate::assessment::SignOff> = base
        .signoff
        .iter()
        .filter(|s| !mine.signoff.contains(s))
        .collect();
    let mut signoff: Vec<crate::assessment::SignOff> = theirs
        .signoff
        .iter()
        .filter(|s| !taken_back.contains(s))
        .cloned()
        .collect();
    for s in &mine.signoff {
        if !signoff.contains(s) && !base.signoff.contains(s) {
            signoff.push(s.clone());
        }
    }
    if theirs.signoff != base.signoff {
        m.taken.push("sign-offs".into());
    }
    let questionnaire = if mine.questionnaire == base.questionnaire {
        theirs.questionnaire.clone()
    } else {
        mine.questionnaire.clone()
    };
    Merged {
        assessment: Assessment {
            metadata,
            questionnaire,
            answers,
            notes,
            safeguards,
            evidence_dates,
            plans,
            signoff,
            // Where this session is: never a collision.
            wizard: mine.wizard.clone(),
        },
        taken: m.taken,
        collisions: m.collisions,
    }
}

fn answer_text(a: &Answer) -> String {
    match a {
        Answer::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Answer::Choice(c) => format!("\"{c}\""),
        Answer::Choices(cs) => format!("[{}]", cs.join(", ")),
        Answer::Text(t) | Answer::Date(t) => format!("\"{t}\""),
        Answer::Number(n) => crate::engine::format_number(*n),
    }
}

#[derive(Default)]
struct Merger {
    taken: Vec<String>,
    collisions: Vec<Collision>,
}

impl Merger {
    /// One item: `None` is "not there".
    fn item<T: PartialEq + Clone>(
        &mut self,
        key: Item,
        name: &str,
        base: T,
        mine: T,
        theirs: T,
        show: impl Fn(&T) -> String,
    ) -> T {
        if mine == theirs || theirs == base {
            mine
        } else if mine == base {
            self.taken.push(name.to_string());
            theirs
        } else {
            self.collisions.push(Collision {
                key,
                item: name.to_string(),
                mine: show(&mine),
                theirs: show(&theirs),
            });
            mine
        }
    }

    /// A map merged key by key: `name` words an item by its key, `show` its value.
    fn map<V: PartialEq + Clone>(
        &mut self,
        key: impl Fn(&str) -> Item,
        name: impl Fn(&str) -> String,
        base: &BTreeMap<String, V>,
        mine: &BTreeMap<String, V>,
        theirs: &BTreeMap<String, V>,
        show: impl Fn(&str, &V) -> String,
    ) -> BTreeMap<String, V> {
        let keys: BTreeSet<&String> = base
            .keys()
            .chain(mine.keys())
            .chain(theirs.keys())
            .collect();
        let mut out = BTreeMap::new();
        for k in keys {
            let v = self.item(
                key(k),
                &name(k),
                base.get(k).cloned(),
                mine.get(k).cloned(),
                theirs.get(k).cloned(),
                |v: &Option<V>| {
                    v.as_ref()
                        .map_or_else(|| "(none)".to_string(), |v| show(k, v))
                },
            );
            if let Some(v) = v {
                out.insert(k.clone(), v);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{SafeguardEntry, SafeguardStatus};

    fn with(answers: &[(&str, Answer)]) -> Assessment {
        let mut a = Assessment::default();
        for (k, v) in answers {
            a.answers.insert((*k).to_string(), v.clone());
        }
        a
    }

    #[test]
    fn changes_on_one_side_are_kept_and_collisions_named() {
        let base = with(&[("a", Answer::Bool(true)), ("b", Answer::Bool(true))]);
        let mut mine = base.clone();
        mine.answers.insert("a".into(), Answer::Bool(false));
        mine.answers.insert("c".into(), Answer::Text("mine".into()));
        mine.notes.insert("a".into(), "why".into());
        let mut theirs = base.clone();
        theirs.answers.remove("b");
        theirs.answers.insert("d".into(), Answer::Number(3.0));
        theirs.safeguards.insert(
            "s".into(),
            SafeguardEntry {
                status: SafeguardStatus::InPlace,
                evidence: String::new(),
            },
        );
        let q = crate::questionnaire::parse_questionnaire(
            crate::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
            crate::questionnaire::DEFAULT_QUESTIONNAIRE,
        )
        .unwrap();
        let m = merge(&q, &base, &mine, &theirs);
        assert!(m.collisions.is_empty());
        assert_eq!(m.assessment.answers["a"], Answer::Bool(false));
        assert!(!m.assessment.answers.contains_key("b"));
        assert_eq!(m.assessment.answers["c"], Answer::Text("mine".into()));
        assert_eq!(m.assessment.answers["d"], Answer::Number(3.0));
        assert_eq!(m.assessment.notes["a"], "why");
        assert!(m.assessment.safeguards.contains_key("s"));
        assert_eq!(
            m.taken,
            [
                "the answer to `b`",
                "the answer to `d`",
                "the status of `s`"
            ]
        );

        theirs.answers.insert("a".into(), Answer::Bool(true));
        theirs
            .answers
            .insert("c".into(), Answer::Text("theirs".into()));
        let m = merge(&q, &base, &mine, &theirs);
        assert_eq!(
            m.collisions,
            [Collision {
                key: Item::Answer("c".into()),
                item: "the answer to `c`".into(),
                mine: "\"mine\"".into(),
                theirs: "\"theirs\"".into(),
            }]
        );
        // The same change on both sides is no collision.
        theirs
            .answers
            .insert("c".into(), Answer::Text("mine".into()));
        assert!(merge(&q, &base, &mine, &theirs).collisions.is_empty());
    }

    /// Items the questionnaire knows are named in its words: a prompt, a safeguard's title, a
    /// detail's label, and answers by their option labels (the new-user pass saw
    /// "answer `consulted` (here [legal, privacy], ...)" and "metadata.organisation").
    #[test]
    fn items_are_named_in_words() {
        let q = crate::questionnaire::parse_questionnaire(
            crate::questionnaire::DEFAULT_QUESTIONNAIRE_NAME,
            crate::questionnaire::DEFAULT_QUESTIONNAIRE,
        )
        .unwrap();
        let consulted = q.question("consulted").unwrap();
        let legal = consulted.options[0].id.to_string();
        let other = consulted.options[1].id.to_string();
        let base = Assessment::default();
        let (mut mine, mut theirs) = (base.clone(), base.clone());
        mine.answers
            .insert("consulted".into(), Answer::Choices(vec![legal.clone()]));
        theirs
            .answers
            .insert("consulted".into(), Answer::Choices(vec![other.clone()]));
        mine.metadata.organisation = "Acme".into();
        theirs.metadata.organisation = "Acme Ltd".into();
        theirs.safeguards.insert(
            "human-review".into(),
            SafeguardEntry {
                status: SafeguardStatus::InPlace,
                evidence: "SOP 12".into(),
            },
        );
        let m = merge(&q, &base, &mine, &theirs);
        let said = crate::session::describe(&m.collisions);
        assert!(
            said.contains("the detail \"Organisation\" (here \"Acme\", in the file \"Acme Ltd\")"),
            "{said}"
        );
        assert!(
            said.contains(&format!(
                "the answer to \"{}\" (here \"{}\"",
                consulted.prompt, consulted.options[0].label
            )),
            "{said}"
        );
        assert!(!said.contains('`'), "no ids: {said}");
        let title = &q.safeguard("human-review").unwrap().title;
        assert_eq!(m.taken, [format!("the status of \"{title}\"")]);
    }
}
